#!/bin/bash
# search-cluster.sh JARDIR OUT: two servers of a cluster on the machine's MariaDB and a redis-server of their own;
# the search scenario against the keeper (K: the first started) and the other server (F), in the order ORDER
# (default K F F K; W: a warm-up run against the other server, which also stores the messages)
J=$1; OUT=$2; mkdir -p $OUT; W=/tmp/search-cluster; rm -rf $W; mkdir -p $W
RP=16399; while (echo > /dev/tcp/127.0.0.1/$RP) 2>/dev/null; do RP=$((RP+1)); done
redis-server --port $RP --save '' --daemonize yes --logfile $W/redis.log
DB=search_cluster_$(date +%s)
start() { # n port mgmt
  java -Dquarkus.datasource.jdbc.url="jdbc:mysql://127.0.0.1:3306/$DB?createDatabaseIfNotExist=true" \
    -Dquarkus.datasource.username=root -Dquarkus.datasource.password= -Dmessenger.cluster.redis=redis://127.0.0.1:$RP \
    -Dmessenger.port=$2 -Dquarkus.management.port=$3 -Dmessenger.data-dir=$W/s$1 \
    -Dmessenger.messages-per-second=0 -Dmessenger.max-unauthenticated-per-address=100000 -Dmessenger.registrations-per-address-per-hour=100000 \
    -jar $J/quarkus-app/quarkus-run.jar > $W/s$1.log 2>&1 &
  echo $!
}
P1=$(start 1 7811 9811); until grep -q "started in" $W/s1.log; do sleep 1; done; sleep 4
P2=$(start 2 7812 9812); until grep -q "started in" $W/s2.log; do sleep 1; done; sleep 4
curl -s localhost:9811/q/health/ready > $OUT/ready-1.json; curl -s localhost:9812/q/health/ready > $OUT/ready-2.json
n=0
for x in ${ORDER:-K F F K}; do
  n=$((n+1)); if [ $x = K ]; then port=7811; pid=$P1; else port=7812; pid=$P2; fi
  java -jar $J/messenger-bench.jar search --port $port --pid $pid --messages ${MESSAGES:-100000} --duration 30 --warmup 10 \
    --json $OUT/$n-$x.json > $OUT/$n-$x.log 2>&1
done
kill $P1 $P2; wait $P1 $P2 2>/dev/null
cp $W/s1.log $W/s2.log $OUT/
redis-cli -p $RP shutdown nosave > /dev/null 2>&1
mysql -uroot -h127.0.0.1 -e "drop database $DB"
echo done
