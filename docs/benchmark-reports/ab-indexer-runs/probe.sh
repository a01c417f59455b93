#!/bin/bash
# probe.sh JARDIR OUT: the cluster scenario with 1 and 3 servers (COUNTS="3" COUNTS_LOOP="3" for three only) from
# JARDIR (quarkus-app/, messenger-bench.jar); SETTLE s into each warm-up (WARMUP), every server's per-thread CPU for
# 15 s, then the last server's file calls for 10 s
J=$1; OUT=$2; mkdir -p $OUT
java -jar $J/messenger-bench.jar cluster --server-jar $J/quarkus-app/quarkus-run.jar --database jdbc:mysql://127.0.0.1:3306 \
  --servers ${COUNTS:-1,3} --warmup ${WARMUP:-120} --duration 20 --rate 50 ${EXTRA} --json $OUT/report.json > $OUT/bench.log 2>&1 &
B=$!
for count in ${COUNTS_LOOP:-1 3}; do
  while ! pgrep -f "servers-$count/server-$((count-1))[/ ]" > /dev/null; do sleep 1; kill -0 $B 2>/dev/null || exit 1; done
  sleep ${SETTLE:-70}
  tp=()
  for i in $(seq 0 $((count-1))); do
    pid=$(pgrep -f "servers-$count/server-$i[/ ]" | head -1)
    "$(dirname "$0")"/threads.py $pid 15 > $OUT/threads-$count-$i.txt &
    tp+=($!)
  done
  wait "${tp[@]}"
  sleep 1
  pid=$(pgrep -f "servers-$count/server-$((count-1))[/ ]" | head -1)
  timeout 10 strace -f -qq -e trace=openat,unlink,fsync -p $pid -o $OUT/strace-$count.txt 2>/dev/null
done
wait $B
