#!/bin/bash
# A/B: the presence of 500 logins in one request, one server in cluster mode (its own redis-server), alternating.
set -e; trap "kill \$spid \$rpid 2>/dev/null" EXIT
cd /work/ab-presence
CP=/work/main/protocol/target/protocol-1.0.0-SNAPSHOT.jar:$HOME/.m2/repository/com/google/code/gson/gson/2.13.2/gson-2.13.2.jar
for variant in "$@"; do
  rport=$(python3 -c 'import socket;s=socket.socket();s.bind(("",0));print(s.getsockname()[1])')
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("",0));print(s.getsockname()[1])')
  mport=$(python3 -c 'import socket;s=socket.socket();s.bind(("",0));print(s.getsockname()[1])')
  redis-server --port $rport --save '' --appendonly no --daemonize no > redis-$variant.log 2>&1 &
  rpid=$!
  java -Dmessenger.port=$port -Dquarkus.management.port=$mport -Dmessenger.data-dir=/work/ab-presence/data-$variant \
    -Dmessenger.cluster.redis=redis://127.0.0.1:$rport -Dmessenger.password-hash-cost=4 \
    -Dmessenger.registrations-per-address-per-hour=100000 -jar $variant/quarkus-run.jar > server-$variant.log 2>&1 &
  spid=$!
  for i in $(seq 1 120); do grep -q "started in" server-$variant.log && break; sleep 1; done
  echo -n "$variant: "
  java -cp $CP:. PresenceProbe $port 500 300
  kill $spid; wait $spid || true
  kill $rpid; wait $rpid || true
done
