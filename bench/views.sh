#!/usr/bin/env bash
# Serves an article under load with wrk and prints requests/s with view counting on and off, and how many
# database writes every 1,000 counted views cost. Runs Vitrine on a fresh PostgreSQL database so that the
# writes can be read from PostgreSQL's own statistics. Numbers on a 2-core machine are noisy: compare the
# ratios within one run.
#
#   bench/views.sh [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
PORT=8090
DB=vitrine_bench_$$
ARTICLE=/news/protect-your-battery-in-winter
FIREFOX="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
PSQL=(psql -h 127.0.0.1 -U postgres -qtA)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
[ -f target/vitrine.war ] || mvn -q package -DskipTests
[ -f target/payara-micro.jar ] || mvn -q dependency:copy@copy-payara-micro

"${PSQL[@]}" -d test -c "CREATE DATABASE $DB"
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  "${PSQL[@]}" -d test -c "DROP DATABASE IF EXISTS $DB" >/dev/null || true
  rm -rf "$DATA" "$SCRIPTS"
}
DATA=$(mktemp -d)
SCRIPTS=$(mktemp -d)
trap cleanup EXIT

VITRINE_DATA_DIR=$DATA VITRINE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=postgres" \
  java -jar target/payara-micro.jar --deploy target/vitrine.war --contextroot / --port $PORT --nohazelcast \
  >"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$ARTICLE")" = 200 ] && break
  sleep 1
done

# A crawler: the page is served and shows the count, but nothing is counted.
cat >"$SCRIPTS/crawler.lua" <<'LUA'
wrk.headers["User-Agent"] = "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)"
LUA
# One visitor reloading: repeats within 30 minutes, not counted.
cat >"$SCRIPTS/reloads.lua" <<LUA
wrk.headers["User-Agent"] = "$FIREFOX"
LUA

writes() {
  "${PSQL[@]}" -d "$DB" -c "SELECT COALESCE(SUM(n_tup_upd + n_tup_ins), 0) FROM pg_stat_user_tables
                            WHERE relname IN ('view_count', 'view_day', 'view_drop_day')"
}
views() { "${PSQL[@]}" -d "$DB" -c "SELECT COALESCE(SUM(views), 0) FROM view_count"; }
script() { [ "$1" = new-visitors ] && echo bench/new-visitors.lua || echo "$SCRIPTS/$1.lua"; }
run() {
  wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" -s "$(script "$1")" "http://127.0.0.1:$PORT$ARTICLE" -- "${2:-0}" |
    awk '/Requests\/sec/ {print $2}'
}

echo "warming up..."
wrk -t2 -c32 -d5s -s "$SCRIPTS/crawler.lua" "http://127.0.0.1:$PORT$ARTICLE" >/dev/null
sleep 2

# A first round warms the JIT up on every path; the second is the one reported.
run crawler >/dev/null; run reloads >/dev/null; run new-visitors >/dev/null
crawler=$(run crawler)
reloads=$(run reloads)
sleep 2; writes_before=$(writes); views_before=$(views)
counted=$(run new-visitors 1)
sleep 4  # pending views are written within a second; PostgreSQL's statistics lag a little more
writes_after=$(writes); views_after=$(views)

counted_views=$((views_after - views_before))
printf 'article page, %s s per run, 32 connections, 2 wrk threads\n' "$SECONDS_PER_RUN"
printf '  %-44s %10s req/s\n' "counting off (a crawler: served, not counted)" "$crawler"
printf '  %-44s %10s req/s\n' "one visitor reloading (repeats, not counted)" "$reloads"
printf '  %-44s %10s req/s\n' "every request a new visitor (all counted)" "$counted"
printf '  counted/off ratio: %s\n' "$(echo "scale=3; $counted / $crawler" | bc)"
printf '  counted views: %d, database row writes for them: %d, per 1,000 views: %s\n' \
  "$counted_views" "$((writes_after - writes_before))" \
  "$(echo "scale=2; 1000 * ($writes_after - $writes_before) / $counted_views" | bc)"
