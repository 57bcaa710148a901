#!/usr/bin/env bash
# The time to move a site of N posts in (issue 26): a WordPress export (WXR 1.2), or a MySQL dump of a PbootCMS
# site, of N posts in 20 categories (each with a body of about 1.5 KB and a view count) is posted to one Vitrine on a
# fresh H2 database, three times through the operator's endpoint (README, "Moving in"): the plan, the import, and
# the import again (every post updated). Prints the seconds of each and posts per second, the progress lines a long
# import wrote, then the heap the server holds after.
#
#   bench/import.sh [posts, default 10000] [wordpress|pbootcms, default wordpress]
#   JAVA_OPTS='...' bench/import.sh       the server's JVM options (default: the README's)
set -euo pipefail
cd "$(dirname "$0")/.."
POSTS=${1:-10000}
SYSTEM=${2:-wordpress}
PORT=8194
TOKEN=bench-operator-token-0123456789abcdef01234567
JAVA_OPTS=${JAVA_OPTS:-"-Xms128m -Xmx256m -XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=192m"}
[ -f target/vitrine.war ] || mvn -q package -DskipTests
[ -f target/payara-micro.jar ] || mvn -q dependency:copy@copy-payara-micro

WORK=$(mktemp -d)
PID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

paragraph='<p>冬天气温低，电瓶的化学反应变慢，启动时更容易亏电。建议每月检查一次电压，长时间停放时断开负极，并保持接线柱清洁。</p>'
body="$paragraph$paragraph$paragraph$paragraph$paragraph$paragraph$paragraph$paragraph"
wordpress() {
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"'
  printf ' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
  printf '<link>https://old.bench.example</link><wp:wxr_version>1.2</wp:wxr_version>\n'
  printf '<wp:base_site_url>https://old.bench.example</wp:base_site_url><wp:base_blog_url>https://old.bench.example</wp:base_blog_url>\n'
  for c in $(seq 1 20); do
    printf '<wp:category><wp:term_id>%d</wp:term_id><wp:category_nicename>topic-%d</wp:category_nicename>' "$c" "$c"
    printf '<wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[话题 %d]]></wp:cat_name></wp:category>\n' "$c"
  done
  for i in $(seq 1 "$POSTS"); do
    printf '<item><title><![CDATA[汽车音响保养第 %d 篇]]></title><link>https://old.bench.example/?p=%d</link>' "$i" "$i"
    printf '<content:encoded><![CDATA[%s]]></content:encoded><excerpt:encoded><![CDATA[第 %d 篇的摘要]]></excerpt:encoded>' "$body" "$i"
    printf '<wp:post_id>%d</wp:post_id><wp:post_date>2024-03-12 16:00:00</wp:post_date><wp:post_name>post-%d</wp:post_name>' "$i" "$i"
    printf '<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>'
    printf '<category domain="category" nicename="topic-%d"><![CDATA[话题]]></category>' $((i % 20 + 1))
    printf '<wp:postmeta><wp:meta_key>views</wp:meta_key><wp:meta_value>%d</wp:meta_value></wp:postmeta></item>\n' $((i * 7 % 1000))
  done
  printf '</channel>\n</rss>\n'
}
pbootcms() { # a dump as mysqldump writes it: one INSERT of many rows a table
  printf 'CREATE TABLE `ay_model` (`id` int, `mcode` varchar(20), `name` varchar(50), `type` char(1), `urlname` varchar(50));\n'
  printf "INSERT INTO \`ay_model\` VALUES (1,'2','新闻','2','news');\n"
  printf 'CREATE TABLE `ay_content_sort` (`id` int, `acode` varchar(20), `mcode` varchar(20), `pcode` varchar(20),'
  printf ' `scode` varchar(20), `name` varchar(100), `filename` varchar(30), `sorting` int);\nINSERT INTO `ay_content_sort` VALUES '
  local sep=
  for c in $(seq 1 20); do
    printf "%s(%d,'cn','2','0','%d','话题 %d','topic-%d',255)" "$sep" "$c" "$c" "$c" "$c"
    sep=,
  done
  printf ';\nCREATE TABLE `ay_content` (`id` int, `acode` varchar(20), `scode` varchar(20), `title` varchar(100),'
  printf ' `filename` varchar(50), `date` datetime, `content` mediumtext, `description` varchar(500), `status` char(1),'
  printf ' `visits` int);\nINSERT INTO `ay_content` VALUES '
  sep=
  for i in $(seq 1 "$POSTS"); do
    printf "%s(%d,'cn','%d','汽车音响保养第 %d 篇','post-%d','2024-03-12 16:00:00','%s','第 %d 篇的摘要','1',%d)" \
      "$sep" "$i" $((i % 20 + 1)) "$i" "$i" "$body" "$i" $((i * 7 % 1000))
    sep=,
  done
  printf ';\n'
}
"$SYSTEM" >"$WORK/site.export"
echo "$SYSTEM export: $POSTS posts, $(du -m "$WORK/site.export" | cut -f1) MB"

mkdir -p "$WORK/data"
VITRINE_DATA_DIR="$WORK/data" VITRINE_OPERATOR_TOKEN=$TOKEN VITRINE_DEMO_CONTENT=false \
  java $JAVA_OPTS -jar target/payara-micro.jar --deploy target/vitrine.war --contextroot / --port $PORT \
  --nohazelcast --prebootcommandfile src/main/payara/pre-boot-commands.txt >"$WORK/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/")" = 200 ] && break
  sleep 0.1
done

post() { # label query
  local started ended
  started=$(date +%s.%N)
  curl -fsS -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/octet-stream" --data-binary @"$WORK/site.export" \
    "http://127.0.0.1:$PORT/operator/move-in$2" >"$WORK/report.txt" || { cat "$WORK/report.txt"; tail -30 "$WORK/server.log"; exit 1; }
  ended=$(date +%s.%N)
  printf '%-16s %7.1f s  %7.0f posts/s   %s (%d progress lines)\n' "$1" "$(echo "$ended - $started" | bc)" \
    "$(echo "$POSTS / ($ended - $started)" | bc -l)" "$(grep '^ARTICLE' "$WORK/report.txt")" \
    "$(grep -c ' done$' "$WORK/report.txt" || true)"
}
post "plan" ""
post "import" "?run=true"
post "import again" "?run=true"
printf 'server heap after: %s\n' "$(jcmd "$PID" GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' || echo unknown)"
