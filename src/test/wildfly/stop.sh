#!/usr/bin/env bash
# Stops the WildFly that start.sh started (if it did), as an operator would: the CLI's shutdown.
#
#   stop.sh <skipITs> <it.defaultLegOnly> <wildfly home> <port offset>
set -uo pipefail
skip_its=$1 default_leg_only=$2 home=$3 offset=$4
[ "$skip_its" = true ] || [ "$default_leg_only" = true ] && exit 0
"$home/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$((9990 + offset))" --command=shutdown >/dev/null 2>&1 || true
