#!/usr/bin/env bash
# The it-wildfly leg's WildFly, started as an operator starts it: bin/standalone.sh, which reads the stock
# bin/standalone.conf (its memory settings and its JDK serialization filter), with the ports moved by an
# offset. Waits until the server runs; the leg's tests connect to it (arquillian.xml), then stop.sh stops it.
#
#   start.sh <skipITs> <it.defaultLegOnly> <wildfly home> <port offset> <log file> (skipped if either is true)
set -euo pipefail
skip_its=$1 default_leg_only=$2 home=$3 offset=$4 log=$5
[ "$skip_its" = true ] || [ "$default_leg_only" = true ] && exit 0
controller=127.0.0.1:$((9990 + offset))
nohup "$home/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" >"$log" 2>&1 &
for _ in $(seq 1 90); do
  sleep 2
  if "$home/bin/jboss-cli.sh" --connect --controller="$controller" --command='read-attribute server-state' \
      2>/dev/null | grep -q running; then
    exit 0
  fi
done
echo "WildFly did not start within 180 s; the end of $log:"
tail -n 30 "$log"
exit 1
