#!/bin/sh
# A/B of the history and sync latency: A = the server of de35bc2, B = the server of HEAD, on copies of one data
# directory of 300,000 bulk-loaded messages, alternating A B A B.
set -eu
W=/work/ab-history
BENCH="java -jar $W/messenger-bench.jar"
if [ ! -d $W/data0 ]; then
    $BENCH search --messages 1000 --duration 2 --warmup 1 --data-dir $W/data0 --server-jar $W/B/quarkus-run.jar > $W/setup-search.txt 2>&1
    /work/main/bench/search-bulk-load.sh $W/data0 3 > $W/setup-bulk.txt 2>&1
    # one run that lets the server index the loaded messages, so neither side's runs pay for it
    $BENCH history --messages 301000 --duration 60 --warmup 60 --data-dir $W/data0 --server-jar $W/B/quarkus-run.jar > $W/setup-index.txt 2>&1
    cp -a $W/data0 $W/dataA
    cp -a $W/data0 $W/dataB
fi
i=0
for side in ${ORDER:-A B A B}; do
    i=$((i + 1))
    $BENCH history --messages 301000 --warmup 20 --duration 20 --data-dir $W/data$side \
        --server-jar $W/$side/quarkus-run.jar --json $W/run$i-$side.json > $W/run$i-$side.txt 2>&1
    echo "run $i ($side) done at $(date -u +%H:%M:%S)"
done
