#!/bin/bash
# A B B A, three servers and one, warm-up 200 s
P=/work/main/docs/benchmark-reports/ab-indexer-runs/probe.sh
for x in A B B A; do
  n=$((n+1))
  WARMUP=200 SETTLE=150 $P /work/ab/jars/$x /work/ab/out/$n-$x
  mysql -uroot -h127.0.0.1 -N -e "select concat('drop database ', schema_name, ';') from information_schema.schemata where schema_name like 'cluster_bench_%'" | mysql -uroot -h127.0.0.1
  rm -rf /tmp/messenger-bench-cluster-*
done
echo done
