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
[ -d "$corpus/feeds" ] || python3 Benchmarks/generate-corpus.py "$corpus" >&2
swift build -c release --product share >&2
share=$(swift build -c release --show-bin-path)/share
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/generate-friends.py "$work/friends.yaml" --friends 200
"$share" fetch --opml "$corpus/corpus.opml" --store "$work/store.sqlite" > /dev/null
measure() {  # label, then the command
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U s user, %S s system, %M KB peak RSS" "$@" > "$work/out" 2> "$work/err" || true
  echo "  $(grep -c '^To: ' "$work/out") drafts"
  tail -1 "$work/err"
}
for run in $(seq "$runs"); do
  measure "store $run" "$share" suggest --offline --since 1y --friends "$work/friends.yaml" --store "$work/store.sqlite"
  measure "files $run" "$share" suggest --offline --since 1y --friends "$work/friends.yaml" --opml "$corpus/corpus.opml" --store "$work/none.sqlite"
done
