#!/usr/bin/env bash
# A short fuzz run of every libFuzzer target from its committed seeds (Fuzz/README.md has the
# long runs): catches a crash, a leak or a hang the last change brought, in SECONDS per target.
#   Scripts/fuzz-smoke.sh 30
# Exit status: 0 when every target ran clean, 1 when one found something (its input is kept
# as crash-*, leak-* or timeout-* in the package root, which git ignores).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
status=0
for pair in FuzzFeedParser:feed FuzzOPMLReader:opml; do
  target=${pair%%:*} seeds=${pair##*:}
  # The one flag combination that instruments Swift for coverage and links ASan/LSan.
  swift build --product "$target" --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address --scratch-path .build-fuzz
  corpus=$(mktemp -d)
  cp Fuzz/Seeds/"$seeds"/* "$corpus"/
  echo "fuzz-smoke: $target for $seconds s"
  # SWIFT_BACKTRACE=enable=no: Swift's backtracer would linger for minutes after a crash.
  if ! SWIFT_BACKTRACE=enable=no .build-fuzz/debug/"$target" -max_total_time="$seconds" -max_len=65536 \
      -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 "$corpus" 2>"$corpus.log"; then
    status=1
    echo "fuzz-smoke: $target found a problem:"
    tail -40 "$corpus.log"
  else
    grep -E '^stat::number_of_executed_units|^Done' "$corpus.log" | sed "s/^/fuzz-smoke: $target: /"
  fi
  rm -rf "$corpus" "$corpus.log"
done
exit $status
