#!/bin/bash
# AA: server a7027a4 + bench a7027a4; BA: server of this change + bench a7027a4; BB: both of this change
cd /work/ab-transport
for round in 1 2; do for cfg in AA BA BB; do
  server=${cfg:0:1}; bench=bench-${cfg:1:1}.jar
  java -jar $bench fanout --server-jar $server/quarkus-app/quarkus-run.jar --rate 2000 --duration 20 --warmup 20 --json fanout-$cfg-$round.json > fanout-$cfg-$round.txt 2>&1
  java -jar $bench files --server-jar $server/quarkus-app/quarkus-run.jar --size 256m --rounds 2 --dir /work/scratch/f --json files-$cfg-$round.json > files-$cfg-$round.txt 2>&1
done; done
echo finished > done.txt
