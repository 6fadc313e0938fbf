#!/usr/bin/env bash
# The suggest benchmark (issue 5): `share suggest --offline` over the 1,000-feed corpus with 200
# friends, end to end, in two ways a user runs it:
#   store: the feeds fetched into the store beforehand (the daily path: fetch, then suggest);
#   files: the corpus's OPML of local files, parsed on the spot.
#
#   Benchmarks/suggest-benchmark.sh [CORPUS_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/tmp/bench-corpus}
runs=${2:-3}
. Benchmarks/common.sh
python3 Benchmarks/generate-friends.py "$work/friends.yaml" --friends 200
"$share" fetch --opml "$corpus/corpus.opml" --store "$work/store.sqlite" > /dev/null
drafts='echo "$(grep -c "^To: " "$work/out") drafts"'
for run in $(seq "$runs"); do
  measure "store $run" "$drafts" "$share" suggest --offline --since 1y --friends "$work/friends.yaml" --store "$work/store.sqlite"
  measure "files $run" "$drafts" "$share" suggest --offline --since 1y --friends "$work/friends.yaml" --opml "$corpus/corpus.opml" --store "$work/none.sqlite"
done
