#!/bin/bash
# A/B: the server's start (to "listening") on a database whose schema is current, before and after; CPU and wall.
# BEFORE and AFTER: checkouts of the two commits, each built with ./mvnw -pl server -am package -DskipTests; a
# local MariaDB on 3306 with a database cpu_probe whose schema the server created earlier.
for round in 1 2 3 4 5 6 7; do
  for side in before after; do
    if [ $side = before ]; then J=$BEFORE/server/target/quarkus-app/quarkus-run.jar; else J=$AFTER/server/target/quarkus-app/quarkus-run.jar; fi
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dmessenger.port=27771 -Dquarkus.management.port=27772 -Dmessenger.data-dir=/tmp/probe-$side \
      "-Dquarkus.datasource.jdbc.url=jdbc:mysql://127.0.0.1:3306/cpu_probe?sslMode=DISABLED&useInformationSchema=false" -Dquarkus.datasource.username=root -Dquarkus.datasource.password= -jar $J > /tmp/probe.log 2>&1 &
    pid=$!; s=$(date +%s%N)
    until grep -q "messenger listening" /tmp/probe.log; do sleep 0.02; done
    e=$(date +%s%N); ticks=$(awk '{print $14+$15}' /proc/$pid/stat)
    echo "$side wall_ms=$(( (e-s)/1000000 )) cpu_ms=$((ticks*10))"
    kill $pid; wait $pid 2>/dev/null
  done
done
