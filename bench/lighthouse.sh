#!/usr/bin/env bash
# Lighthouse 12 (mobile preset, Debian's Chromium) on the public page types of a fresh demo shop: prints
# the performance, accessibility, best-practices and SEO scores of the home page, the product list, a
# product, an article and the contact page, in Chinese and in English. Lighthouse is installed with npm into a temporary folder.
#
#   bench/lighthouse.sh                 starts Vitrine (Payara Micro, H2, demo content) on port 8194
#   bench/lighthouse.sh http://host:port   measures a site that is already running
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || { echo "Chromium is missing: apt-get install -y chromium"; exit 1; }
WORK=$(mktemp -d)
SERVER=
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

(cd "$WORK" && npm install --silent --no-audit --no-fund lighthouse@12.2.3 >/dev/null)

SITE=${1:-}
if [ -z "$SITE" ]; then
  [ -f target/vitrine.war ] || mvn -q package -DskipTests
  [ -f target/payara-micro.jar ] || mvn -q dependency:copy@copy-payara-micro
  SITE=http://127.0.0.1:8194
  VITRINE_DATA_DIR="$WORK/data" java -jar target/payara-micro.jar --deploy target/vitrine.war --contextroot / \
    --port 8194 --nohazelcast --prebootcommandfile src/main/payara/pre-boot-commands.txt >"$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$SITE/")" = 200 ] && break
    sleep 0.5
  done
fi

pages=(
  "home /"
  "products /products"
  "product /products/a4-class-d-amplifier"
  "article /news/protect-your-battery-in-winter"
  "contact /contact"
  "en-home /en/"
  "en-products /en/products"
  "en-product /en/products/st-26-silk-dome-tweeter"
  "en-article /en/news/protect-your-battery-in-winter"
  "en-contact /en/contact"
)
printf '%-12s %12s %14s %15s %5s\n' page performance accessibility best-practices SEO
for entry in "${pages[@]}"; do
  name=${entry%% *} path=${entry#* }
  curl -s -o /dev/null "$SITE$path" # rendered once: Lighthouse measures the page as visitors get it
  CHROME_PATH=$CHROMIUM "$WORK/node_modules/.bin/lighthouse" "$SITE$path" --quiet --output=json \
    --output-path="$WORK/$name.json" --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run \
--disable-background-networking --disable-component-update --disable-sync --user-data-dir=$WORK/chrome-$name" \
    >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories;
    const s = k => (c[k] && c[k].score !== null) ? Math.round(c[k].score * 100) : "-";
    console.log(process.argv[2].padEnd(12) + String(s("performance")).padStart(13) +
      String(s("accessibility")).padStart(15) + String(s("best-practices")).padStart(16) + String(s("seo")).padStart(6));
    for (const [id, a] of Object.entries(r.audits)) {
      if (a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary") console.log("    failed: " + id);
    }' "$WORK/$name.json" "$name"
done
