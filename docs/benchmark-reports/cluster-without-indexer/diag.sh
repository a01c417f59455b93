#!/bin/bash
# diag.sh: H with and without its search indexer running (index-every 1h), 3 servers, alternating N X X N
cd "$(dirname "$0")"   # the server and bench of H copied to /work/ab/jars/H; Y: the same with a scratch build
for side in N X X N; do
  if [ $side = X ]; then export JAVA_TOOL_OPTIONS=-Dmessenger.search.index-every=1h; else unset JAVA_TOOL_OPTIONS; fi
  i=$(( $(ls -d runs-diag/$side* 2>/dev/null | wc -l) + 1 ))
  COUNTS=3 COUNTS_LOOP=3 WARMUP=200 SETTLE=150 ../ab-indexer-runs/probe.sh /work/ab/jars/H runs-diag/$side$i
  mysql -uroot -N -e "show databases like 'cluster_bench_%'" | while read db; do mysql -uroot -e "drop database $db"; done; rm -rf /tmp/messenger-bench-cluster-*
done
echo done
