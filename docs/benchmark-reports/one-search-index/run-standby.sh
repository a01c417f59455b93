#!/bin/bash
# three servers only: B as it is (B) and B with standby runs kept out (S: standby-every=1h), S B B S
P=/work/main/docs/benchmark-reports/ab-indexer-runs/probe.sh
n=4
for x in S B B S; do
  n=$((n+1))
  if [ $x = S ]; then export JAVA_TOOL_OPTIONS=-Dmessenger.search.standby-every=1h; else unset JAVA_TOOL_OPTIONS; fi
  COUNTS=3 COUNTS_LOOP=3 WARMUP=200 SETTLE=150 $P /work/ab/jars/B /work/ab/out/$n-$x
  for f in /tmp/messenger-bench-cluster-*/servers-3/server-*/server.log; do
    [ -f "$f" ] && cp "$f" /work/ab/out/$n-$x/$(basename $(dirname $f)).log
  done
  mysql -uroot -h127.0.0.1 -N -e "select concat('drop database ', schema_name, ';') from information_schema.schemata where schema_name like 'cluster_bench_%'" | mysql -uroot -h127.0.0.1
  rm -rf /tmp/messenger-bench-cluster-*
done
echo done
