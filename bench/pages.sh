#!/usr/bin/env bash
# The article page against static files on this machine: prints requests/s and the ratio to nginx for
#   nginx        the article's bytes as a file (Debian's nginx-light, installed when missing)
#   static       Payara Micro serving the same bytes as a file of the WAR (its default servlet)
#   cached       Vitrine's article from the page cache, every request a new visitor (every one counted)
#   full render  the same with the cache off (VITRINE_PAGE_CACHE=off): every request rendered
#   304          conditional requests of one visitor (a repeat: not counted, the same bytes)
#   baseline     (with BASELINE=<git revision>) that revision's article, every request a new visitor
# in rounds that take turns, then the resident memory of the cached server and its time to ready.
# Numbers on a 2-core machine are noisy: compare the ratios within one run.
#
#   bench/pages.sh [seconds per run, default 10] [rounds, default 3]
#   JAVA_OPTS='...' bench/pages.sh       JVM options of both Vitrine servers (default: README's)
#   BASELINE=020f7a2 bench/pages.sh      also that revision's full render (built in a temporary worktree)
#   GRID=--nocluster bench/pages.sh      Payara Micro's data grid of one instead of none (--nohazelcast)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
ROUNDS=${2:-3}
ARTICLE=/news/protect-your-battery-in-winter
FIREFOX="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
JAVA_OPTS=${JAVA_OPTS:-"-Xms128m -Xmx256m -XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=192m"}
GRID=${GRID:---nohazelcast}
CACHED_PORT=8190 UNCACHED_PORT=8191 BASELINE_PORT=8192 NGINX_PORT=8193

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
if ! command -v nginx >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
fi
[ -f target/vitrine.war ] || mvn -q package -DskipTests
[ -f target/payara-micro.jar ] || mvn -q dependency:copy@copy-payara-micro

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "${BASELINE:-}" ] && git worktree remove --force "$WORK/baseline" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Starts Vitrine from a WAR on a port with a fresh data directory; prints nothing, records the pid and the
# time from start to the article's first 200 (in $WORK/ready-<port>).
start_vitrine() { # war port [environment...]
  local war=$1 port=$2; shift 2
  mkdir -p "$WORK/data-$port"
  local started; started=$(date +%s.%N)
  env VITRINE_DATA_DIR="$WORK/data-$port" "$@" java $JAVA_OPTS -jar target/payara-micro.jar --deploy "$war" \
    --contextroot / --port "$port" "$GRID" --prebootcommandfile src/main/payara/pre-boot-commands.txt \
    >"$WORK/server-$port.log" 2>&1 &
  PIDS+=($!)
  echo $! >"$WORK/pid-$port"
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$ARTICLE")" = 200 ]; then
      echo "$(date +%s.%N) - $started" | bc >"$WORK/ready-$port"
      return
    fi
    sleep 0.1
  done
  echo "Vitrine on $port did not start; see its log:"; tail -20 "$WORK/server-$port.log"; exit 1
}

# The WAR with the article's bytes added as a plain file, for Payara's static-file figure.
cp target/vitrine.war "$WORK/vitrine.war"
start_vitrine "$WORK/vitrine.war" $CACHED_PORT
mkdir -p "$WORK/war/bench" "$WORK/nginx"
curl -s -A "curl" "http://127.0.0.1:$CACHED_PORT$ARTICLE" >"$WORK/war/bench/article.html"
cp "$WORK/war/bench/article.html" "$WORK/nginx/article.html"
kill "$(cat "$WORK/pid-$CACHED_PORT")"; wait "$(cat "$WORK/pid-$CACHED_PORT")" 2>/dev/null || true
rm -rf "$WORK/data-$CACHED_PORT"
(cd "$WORK/war" && jar uf "$WORK/vitrine.war" bench/article.html)
start_vitrine "$WORK/vitrine.war" $CACHED_PORT
start_vitrine "$WORK/vitrine.war" $UNCACHED_PORT VITRINE_PAGE_CACHE=off
if [ -n "${BASELINE:-}" ]; then
  git worktree add -q --detach "$WORK/baseline" "$BASELINE"
  (cd "$WORK/baseline" && mvn -q -B package -DskipTests -Dspotless.check.skip=true)
  start_vitrine "$WORK/baseline/target/vitrine.war" $BASELINE_PORT
fi

cat >"$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/nginx;
    location / { default_type text/html; }
  }
}
NGINX
nginx -c "$WORK/nginx.conf"
PIDS+=("$(sleep 0.5; cat "$WORK/nginx.pid")")


rate() { awk '/Requests\/sec/ {print $2}'; }
nginx_run() { wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" "http://127.0.0.1:$NGINX_PORT/article.html" | rate; }
static_run() { wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" "http://127.0.0.1:$CACHED_PORT/bench/article.html" | rate; }
visitors_run() { # port round
  wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" -s bench/new-visitors.lua "http://127.0.0.1:$1$ARTICLE" -- "$2" | rate
}
not_modified_run() {
  local headers=(-H "User-Agent: $FIREFOX" -H "X-Forwarded-For: 10.200.0.1")
  local etag
  curl -s -o /dev/null "${headers[@]}" "http://127.0.0.1:$CACHED_PORT$ARTICLE"
  etag=$(curl -s -D - -o /dev/null "${headers[@]}" "http://127.0.0.1:$CACHED_PORT$ARTICLE" |
    awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" -H "If-None-Match: $etag" \
    "http://127.0.0.1:$CACHED_PORT$ARTICLE")
  [ "$code" = 304 ] || { echo "expected 304, got $code" >&2; exit 1; }
  wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" "${headers[@]}" -H "If-None-Match: $etag" \
    "http://127.0.0.1:$CACHED_PORT$ARTICLE" | rate
}

echo "warming up..."
for port in $CACHED_PORT $UNCACHED_PORT ${BASELINE:+$BASELINE_PORT}; do
  wrk -t2 -c32 -d10s -s bench/new-visitors.lua "http://127.0.0.1:$port$ARTICLE" -- 60 >/dev/null
done
wrk -t2 -c32 -d5s "http://127.0.0.1:$CACHED_PORT/bench/article.html" >/dev/null

declare -A total
names=(nginx static cached "full render" 304 ${BASELINE:+baseline})
for name in "${names[@]}"; do total[$name]=0; done
for round in $(seq 1 "$ROUNDS"); do
  for name in "${names[@]}"; do
    case $name in
      nginx) r=$(nginx_run) ;;
      static) r=$(static_run) ;;
      cached) r=$(visitors_run $CACHED_PORT "$round") ;;
      "full render") r=$(visitors_run $UNCACHED_PORT "$((round + 10))") ;;
      304) r=$(not_modified_run) ;;
      baseline) r=$(visitors_run $BASELINE_PORT "$((round + 20))") ;;
    esac
    printf '  round %d  %-12s %10s req/s\n' "$round" "$name" "$r"
    total[$name]=$(echo "${total[$name]} + $r" | bc)
  done
done

mean() { echo "scale=0; ${total[$1]} / $ROUNDS" | bc; }
ratio() { echo "scale=3; ${total[$1]} / ${total[$2]}" | bc; }
printf '\narticle page (%s bytes), wrk -t2 -c32, %s s per run, mean of %s rounds\n' \
  "$(wc -c <"$WORK/nginx/article.html")" "$SECONDS_PER_RUN" "$ROUNDS"
printf '  %-44s %10s  %8s\n' "served" "req/s" "x nginx"
for name in "${names[@]}"; do
  case $name in
    nginx) label="nginx, the bytes as a file" ;;
    static) label="Payara Micro, the same bytes as a file" ;;
    cached) label="Vitrine, cached, every request counted" ;;
    "full render") label="Vitrine, cache off (full render), counted" ;;
    304) label="Vitrine, conditional requests (304)" ;;
    baseline) label="Vitrine $BASELINE, full render, counted" ;;
  esac
  printf '  %-44s %10s  %8s\n' "$label" "$(mean "$name")" "$(ratio "$name" nginx)"
done
printf '  cached / Payara static file: %s\n' "$(ratio cached static)"
printf '  cached / full render: %s\n' "$(ratio cached "full render")"
if [ -n "${BASELINE:-}" ]; then
  printf '  cached / baseline: %s, full render / baseline: %s\n' "$(ratio cached baseline)" \
    "$(ratio "full render" baseline)"
fi
printf '\nJVM options: %s\n' "$JAVA_OPTS"
printf '  resident memory of the cached server after the run: %s MB\n' \
  "$(( $(ps -o rss= -p "$(cat "$WORK/pid-$CACHED_PORT")") / 1024 ))"
printf '  ready (article answers 200) after start: %s s (with two other servers starting or idle)\n' \
  "$(cat "$WORK/ready-$CACHED_PORT")"
