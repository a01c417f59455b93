#!/usr/bin/env bash
# usage: starts.sh ROUNDS ; measures java -jar start to "started in" for A and B on their own data dirs
run() {
  v=$1; d=/work/scratch/data-$v; log=/work/scratch/start-$v.log
  s=$(date +%s.%N)
  java -Dmessenger.data-dir=$d -Dmessenger.port=0 -Dquarkus.management.port=0 -jar /work/ab/jars/$v/quarkus-run.jar > $log 2>&1 &
  pid=$!
  while ! grep -q "started in" $log; do sleep 0.05; if ! kill -0 $pid 2>/dev/null; then echo "$v died"; tail -5 $log; return; fi; done
  e=$(date +%s.%N)
  cpu=$(awk '{print ($14+$15)/100}' /proc/$pid/stat)
  md=$(pgrep -f "$d/mariadb/bin/mariadbd"); mdcpu=$(awk '{print ($14+$15)/100}' /proc/$md/stat)
  echo "$v $2 wall=$(echo "$e - $s" | bc) quarkus=$(grep -o 'started in [0-9.]*s' $log | cut -d' ' -f3) jvm_cpu=$cpu mariadb_cpu=$mdcpu"
  kill -TERM $pid; wait $pid
}
rm -rf /work/scratch/data-A /work/scratch/data-B
run A fresh; run B fresh
for i in $(seq 1 $1); do run A restart; run B restart; done
