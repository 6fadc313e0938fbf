# What the benchmark scripts share; sourced from the package root with `corpus` set.
# Sets `share` (the release build) and `work` (a scratch directory, removed on exit unless the
# script sets its own trap afterwards), and defines `measure`.

[ -d "$corpus/feeds" ] || python3 Benchmarks/generate-corpus.py "$corpus" >&2
swift build -c release --product share >&2
share=$(swift build -c release --show-bin-path)/share
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure LABEL SUMMARY COMMAND…: runs COMMAND under /usr/bin/time, prints SUMMARY (a shell
# command reading the run's stdout from "$work/out") and the time line.
measure() {
  local label=$1 summary=$2; shift 2
  /usr/bin/time -f "$label: %e s wall, %U s user, %S s system, %M KB peak RSS" "$@" > "$work/out" 2> "$work/err" || true
  echo "  $(eval "$summary")"
  tail -1 "$work/err"
}
