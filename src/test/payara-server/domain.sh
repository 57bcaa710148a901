#!/usr/bin/env bash
# The it-payara-server leg's Payara Server domain, made and set up with the commands README.md ("Deploying",
# Payara Server) gives an operator, the WAR deployed and its pages fetched, then undeployed and the domain stopped:
#   domain.sh PAYARA_HOME PORT_BASE WAR DATA_DIR SKIP
# The domain's ports start at PORT_BASE (admin +48, HTTP +80). The leg's Arquillian then starts the domain again,
# deploys the tests' own WAR (testing/SuiteDeployment) and stops it (arquillian.xml, "payara-server").
set -euo pipefail
home=$1 base=$2 war=$3 data=$4 skip=${5:-false}
if [ "$skip" = true ]; then
  echo "it-payara-server: skipped"
  exit 0
fi
domain=vitrine-it
setup="$(cd "$(dirname "$0")/../../main/payara" && pwd)/payara-server-setup.asadmin"
local_asadmin() { "$home/bin/asadmin" "$@"; }
asadmin() { "$home/bin/asadmin" --port $((base + 48)) "$@"; }
http="http://127.0.0.1:$((base + 80))"

# A domain of an earlier run that was cut short: stopped and made anew.
local_asadmin stop-domain "$domain" >/dev/null 2>&1 || true
local_asadmin delete-domain "$domain" >/dev/null 2>&1 || true
local_asadmin create-domain --nopassword --portbase "$base" "$domain" >/dev/null
local_asadmin start-domain "$domain"
trap 'echo "it-payara-server: setting up the domain failed, stopping it"; local_asadmin stop-domain "$domain"' ERR

# The README's commands. multimode answers 0 if its last command succeeded: look at every one.
asadmin multimode --file "$setup" </dev/null | tee "$data.setup.log"
if grep -q "failed" "$data.setup.log"; then
  echo "it-payara-server: a command of $setup failed"
  false
fi
# The database as JVM options, colons escaped (an H2 file of its own in place of the README's PostgreSQL URL, away
# from the one the data directory would give, so that the file shows the option was used).
asadmin create-jvm-options "-Dvitrine.db.url=jdbc\:h2\:file\:$data/from-jvm-option/vitrine;DB_CLOSE_ON_EXIT=FALSE"
asadmin create-jvm-options -Dvitrine.db.user=vitrine
# The set commands restart the HTTP listeners in the background; CI twice found the HTTP port still closed 30 s
# after the deploy. A restart opens them with the new settings before the deploy.
asadmin restart-domain "$domain"
asadmin deploy --contextroot / "$war"
if [ ! -f "$data/from-jvm-option/vitrine.mv.db" ]; then
  echo "it-payara-server: no database at $data/from-jvm-option: the JVM option -Dvitrine.db.url was not used"
  false
fi
# A refused connection right after the deploy is tried again, for 30 s.
for page in / /en/; do
  curl -fsS -o /dev/null --max-time 60 --retry 30 --retry-delay 1 --retry-connrefused "$http$page" || { echo "it-payara-server: $http$page failed"; false; }
done
echo "it-payara-server: $war serves $http/ and $http/en/"
# The tests deploy the same WAR with themselves in it (Arquillian), on the same database.
asadmin undeploy vitrine
trap - ERR
local_asadmin stop-domain "$domain"
