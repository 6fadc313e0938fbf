#!/usr/bin/env bash
# The match benchmark (issue 15): `share match --offline` over the 1,000-feed corpus with 1,000
# friends, end to end, CPU and wall time, as a user runs it:
#   store:    the feeds fetched into the store beforehand, every entry (--since 1y);
#   store 7d: the same, the default window on the corpus's day (2026-11-28);
#   files:    the corpus's OPML of local files, parsed on the spot (--since 1y).
# "Today" is pinned, so every run on any date matches the same entries.
#
#   Benchmarks/match-benchmark.sh [CORPUS_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/tmp/bench-corpus}
runs=${2:-3}
. Benchmarks/common.sh
python3 Benchmarks/generate-friends.py "$work/friends.yaml" --friends 1000
"$share" fetch --opml "$corpus/corpus.opml" --store "$work/store.sqlite" > /dev/null
lines='echo "$(wc -l < "$work/out") lines"'
for run in $(seq "$runs"); do
  measure "store $run" "$lines" "$share" match --offline --since 1y --today 2026-12-07 --friends "$work/friends.yaml" --store "$work/store.sqlite"
  measure "store 7d $run" "$lines" "$share" match --offline --today 2026-11-28 --friends "$work/friends.yaml" --store "$work/store.sqlite"
  measure "files $run" "$lines" "$share" match --offline --since 1y --today 2026-12-07 --friends "$work/friends.yaml" --opml "$corpus/corpus.opml" --store "$work/none.sqlite"
done
