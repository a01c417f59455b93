#!/bin/bash
cd /work/ab-transport
for round in 3 4 5; do for cfg in AA BA BB; do
  server=${cfg:0:1}; bench=bench-${cfg:1:1}.jar
  java -jar $bench fanout --server-jar $server/quarkus-app/quarkus-run.jar --rate 2000 --duration 20 --warmup 20 --json fanout-$cfg-$round.json > fanout-$cfg-$round.txt 2>&1
done; done
echo finished > done2.txt
