#!/usr/bin/env bash
# Query times of the site search's Lucene index over a made-up shop of N items (default 10,000) in Chinese
# and English: the 50th, 95th and 99th percentile of a mixed query set (Chinese words, English words in
# other forms, two words, pages 1-3, words found nowhere). The index alone, as the search page uses it,
# without HTTP; see the README for searches a second through the server.
#
#   bench/search.sh [items]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.vitrine.search.service.SearchBench \
  -Dexec.args="${1:-10000}"
