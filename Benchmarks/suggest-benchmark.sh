#!/usr/bin/env bash
# The suggest benchmark (issue 5): `share suggest --offline` over the 1,000-feed corpus with 200
# friends, end to end, in three ways a user runs it:
#   store:    the feeds fetched into the store beforehand, every entry (--since 1y);
#   store 7d: the same, the default window on the corpus's day (2026-11-28): the daily path,
#             fetch then suggest;
#   files:    the corpus's OPML of local files, parsed on the spot.
# Each round drafts into a fresh copy of the store, so that no round finds another's drafts.
# "Today" is pinned, so that every run, on any date, drafts from the same entries.
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
# A copy of the store with its write-ahead log, if one is left.
fresh() {
  rm -f "$work/round.sqlite"* "$work/none.sqlite"*
  for file in "$work/store.sqlite"*; do cp "$file" "${file/store.sqlite/round.sqlite}"; done
}
for run in $(seq "$runs"); do
  fresh
  measure "store $run" "$drafts" "$share" suggest --offline --since 1y --today 2026-12-07 --friends "$work/friends.yaml" --store "$work/round.sqlite"
  fresh
  measure "store 7d $run" "$drafts" "$share" suggest --offline --today 2026-11-28 --friends "$work/friends.yaml" --store "$work/round.sqlite"
  fresh
  measure "files $run" "$drafts" "$share" suggest --offline --since 1y --today 2026-12-07 --friends "$work/friends.yaml" --opml "$corpus/corpus.opml" --store "$work/none.sqlite"
done
