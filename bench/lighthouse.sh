#!/usr/bin/env bash
# Lighthouse 12 (mobile preset, Debian's Chromium) on the public page types of a fresh demo shop, in each look a
# site can publish (layout and header): prints the performance, accessibility, best-practices and SEO scores of
# the home page, the product list, a product, an article and the contact page, in Chinese and in English, and
# what each page's first visit weighs besides pictures. Each look is published from the back office's design
# page by a headless Chromium (puppeteer-core, which Lighthouse brings). Lighthouse is installed with npm into a
# temporary folder.
#
#   bench/lighthouse.sh                    starts Vitrine (Payara Micro, H2, demo content) on port 8194
#   VITRINE_ADMIN_PASSWORD=... bench/lighthouse.sh http://host:port
#                                          measures a site that is already running (and publishes its own look
#                                          again at the end: SIDEBAR with the logo beside the name)
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
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
--disable-component-update --disable-sync"

(cd "$WORK" && npm install --silent --no-audit --no-fund lighthouse@12.2.3 >/dev/null)

SITE=${1:-}
if [ -z "$SITE" ]; then
  [ -f target/vitrine.war ] || mvn -q package -DskipTests
  [ -f target/payara-micro.jar ] || mvn -q dependency:copy@copy-payara-micro
  SITE=http://127.0.0.1:8194
  export VITRINE_ADMIN_PASSWORD=bench-admin-password-2026
  VITRINE_DATA_DIR="$WORK/data" java -jar target/payara-micro.jar --deploy target/vitrine.war --contextroot / \
    --port 8194 --nohazelcast --prebootcommandfile src/main/payara/pre-boot-commands.txt >"$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$SITE/")" = 200 ] && break
    sleep 0.5
  done
fi
[ -n "${VITRINE_ADMIN_PASSWORD:-}" ] || { echo "VITRINE_ADMIN_PASSWORD: the admin's password, to publish each look"; exit 1; }

# Publishes a look (a layout and a header layout, as the design page names them) as an admin would, after
# giving the site its address (canonical and alternate links are absolute only once it has one).
cat >"$WORK/publish.js" <<'JS'
const puppeteer = require('puppeteer-core');
const [site, theme, header, chromium, flags, profile] = process.argv.slice(2);
(async () => {
  const browser = await puppeteer.launch({executablePath: chromium, args: [...flags.split(/\s+/), `--user-data-dir=${profile}`]});
  const page = await browser.newPage();
  await page.goto(`${site}/login`);
  await page.type('#form\\:username', 'admin');
  await page.type('#form\\:password', process.env.VITRINE_ADMIN_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('#form\\:signIn')]);
  await page.goto(`${site}/admin/site/settings`);
  if (await page.$eval('#form\\:siteUrl', input => input.value) !== site) {
    await page.$eval('#form\\:siteUrl', input => { input.value = ''; });
    await page.type('#form\\:siteUrl', site);
    await page.click('#form\\:save');
    await page.waitForSelector('.ui-growl-message');
  }
  await page.goto(`${site}/admin/site/design`);
  for (const value of [theme, header]) {
    const id = await page.$eval(`input[value="${value}"]`, input => input.id);
    await page.click(`label[for="${id}"]`);
  }
  await page.click('#form\\:publish');
  await page.waitForSelector('.ui-growl-message');
  await browser.close();
})().catch(error => { console.error(error); process.exit(1); });
JS

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
for look in "SIDEBAR INLINE" "WIDE CENTRED" "CATALOGUE LOGO_ONLY"; do
  read -r theme header <<<"$look"
  NODE_PATH="$WORK/node_modules" node "$WORK/publish.js" "$SITE" "$theme" "$header" "$CHROMIUM" "$FLAGS" "$WORK/chrome-publish"
  printf '\n%s, header %s\n' "$theme" "$header"
  printf '%-12s %12s %14s %15s %5s %12s\n' page performance accessibility best-practices SEO "KB (no pics)"
  for entry in "${pages[@]}"; do
    name=${entry%% *} path=${entry#* }
    curl -s -o /dev/null "$SITE$path" # rendered once: Lighthouse measures the page as visitors get it
    CHROME_PATH=$CHROMIUM "$WORK/node_modules/.bin/lighthouse" "$SITE$path" --quiet --output=json \
      --output-path="$WORK/$name.json" --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="$FLAGS --user-data-dir=$WORK/chrome-$theme-$name" >/dev/null 2>&1 || true
    node -e '
      const r = require(process.argv[1]);
      const c = r.categories;
      const s = k => (c[k] && c[k].score !== null) ? Math.round(c[k].score * 100) : "-";
      const items = (r.audits["network-requests"].details || {}).items || [];
      const bytes = items.filter(i => i.resourceType !== "Image").reduce((sum, i) => sum + (i.transferSize || 0), 0);
      console.log(process.argv[2].padEnd(12) + String(s("performance")).padStart(13) +
        String(s("accessibility")).padStart(15) + String(s("best-practices")).padStart(16) + String(s("seo")).padStart(6) +
        (bytes / 1024).toFixed(1).padStart(13));
      for (const [id, a] of Object.entries(r.audits)) {
        if (a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary") console.log("    failed: " + id);
      }' "$WORK/$name.json" "$name"
  done
done
NODE_PATH="$WORK/node_modules" node "$WORK/publish.js" "$SITE" SIDEBAR INLINE "$CHROMIUM" "$FLAGS" "$WORK/chrome-publish"
