#!/usr/bin/env bash
# Requests a second through nginx (the shipped deploy/nginx/vitrine.conf over HTTPS, as ClusterIT runs it)
# with one Payara Micro instance without the data grid (the baseline), then one, two and three clustered
# instances on one PostgreSQL database, every request a new, counted visitor of the cached article page. On
# this 2-core machine more instances share the same two cores: the point is the cost of the seams (the shared
# repeat window, one more hop), not a speed-up. Each run is warmed up as long as it is measured (new JVMs are
# slow for a while). Compare the ratios within one run: the last lines print them.
#
#   bench/cluster.sh [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
NGINX_PORT=18443
NGINX_HTTP_PORT=18480
DB=vitrine_bench_cluster_$$
ARTICLE=/news/protect-your-battery-in-winter
PSQL=(psql -h 127.0.0.1 -U postgres -qtA)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
[ -x /usr/sbin/nginx ] || { echo "nginx is missing: apt-get install -y nginx-light"; exit 1; }
[ -f target/vitrine.war ] && [ -f target/test-classes/dev/vitrine/testing/NginxConfig.class ] \
  || mvn -q package -DskipTests
[ -f target/payara-micro.jar ] || mvn -q dependency:copy@copy-payara-micro

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "${PSQL[@]}" -d test -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
"${PSQL[@]}" -d test -c "CREATE DATABASE $DB"
# The grid's settings, as the README's "Several instances" writes them (the secret made anew each run).
cat >"$WORK/cluster.properties" <<EOF
vitrine.cluster.secret=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
vitrine.cluster.interface=127.0.0.1
vitrine.cluster.port=16950
vitrine.cluster.members=127.0.0.1:16950,127.0.0.1:16951,127.0.0.1:16952
EOF

start_instance() { # number [--nohazelcast: alone, without the grid]
  local n=$1 port=$((18400 + $1)) grid
  grid=(--hzconfigfile "$PWD/src/main/payara/cluster.xml" --systemproperties "$WORK/cluster.properties")
  [ "${2:-}" = --nohazelcast ] && grid=(--nohazelcast)
  mkdir -p "$WORK/instance-$n"
  VITRINE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" VITRINE_DB_USER=postgres \
  VITRINE_DATA_DIR="$WORK/instance-$n" VITRINE_MEDIA_DIR="$WORK/media" \
    java -Xms128m -Xmx320m -XX:+UseSerialGC -jar target/payara-micro.jar --deploy target/vitrine.war \
    --contextroot / --port "$port" --name "bench-$n" "${grid[@]}" \
    --prebootcommandfile src/main/payara/pre-boot-commands.txt >"$WORK/instance-$n.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ] && return
    sleep 1
  done
  echo "instance $n did not get ready: $WORK/instance-$n.log"; exit 1
}

balance() { # first and last instance
  local ports=() n config
  for n in $(seq "$1" "$2"); do ports+=("$((18400 + n))"); done
  config=$(java -cp target/test-classes dev.vitrine.testing.NginxConfig "$WORK/run-$1" "$NGINX_HTTP_PORT" \
    "$NGINX_PORT" "${ports[@]}")
  /usr/sbin/nginx -p "$(dirname "$config")" -c "$config" &
  NGINX=$!
  sleep 1
}

measure() { # first and last instance, round
  balance "$1" "$2"
  shift
  wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" -s bench/new-visitors.lua "https://127.0.0.1:$NGINX_PORT$ARTICLE" -- "$(( $2 * 2 ))" >/dev/null
  local rate
  rate=$(wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" -s bench/new-visitors.lua "https://127.0.0.1:$NGINX_PORT$ARTICLE" \
    -- "$(( $2 * 2 + 1 ))" | awk '/Requests\/sec/ {print $2}')
  kill "$NGINX"; wait "$NGINX" 2>/dev/null || true
  RATES+=("$rate")
}

printf 'article page through nginx (HTTPS), every request a new visitor, %s s per run, 32 connections\n' "$SECONDS_PER_RUN"
RATES=()
start_instance 0 --nohazelcast; measure 0 0 1
kill "${PIDS[0]}"; wait "${PIDS[0]}" 2>/dev/null || true
start_instance 1; measure 1 1 2
start_instance 2; measure 1 2 3
start_instance 3; measure 1 3 4
# What three JVMs on these two cores give with no grid at all (each counting alone: not a way to run the site,
# the ceiling for the three clustered ones).
for n in 1 2 3; do kill "${PIDS[$n]}"; done; wait "${PIDS[@]:1:3}" 2>/dev/null || true
start_instance 4 --nohazelcast; start_instance 5 --nohazelcast; start_instance 6 --nohazelcast; measure 4 6 5
printf '  %-34s %10s req/s\n' "1 instance without the grid" "${RATES[0]}" "1 clustered instance" "${RATES[1]}" \
  "2 clustered instances" "${RATES[2]}" "3 clustered instances" "${RATES[3]}" \
  "3 instances without the grid" "${RATES[4]}"
printf '  against the one without the grid: %s\n' "$(awk -v b="${RATES[0]}" -v a="${RATES[1]}" -v c="${RATES[2]}" \
  -v d="${RATES[3]}" -v e="${RATES[4]}" 'BEGIN { printf "%.2f, %.2f, %.2f (three without the grid: %.2f)", a / b, c / b, d / b, e / b }')"
