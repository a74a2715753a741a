#!/usr/bin/env bash
# `irve check DIR` on 200 generated commune files of 20 to 2 000 rows (issue 15): total wall time,
# and how it scales with the number of workers (--jobs 1, 2, … up to the cores).
# Usage: Benchmarks/batch.sh [--files N] [--defects RATE]
# Environment: IRVE_BIN (default: the release binary, built if absent), PYTHON (default python3),
# DIR (default /tmp/irve-bench-batch: the generated files are kept and reused).
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=200 DEFECTS=0.02
while [[ $# -gt 0 ]]; do
  case "$1" in
    --files) FILES="${2:?}"; shift ;;
    --defects) DEFECTS="${2:?}"; shift ;;
    -h|--help) sed -n 2,6p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
PYTHON="${PYTHON:-python3}"
DIR="${DIR:-/tmp/irve-bench-batch}/v2-n$FILES-d$DEFECTS"
if [[ -z "${IRVE_BIN:-}" ]]; then
  swift build -c release --product irve >/dev/null
  IRVE_BIN="$(swift build -c release --show-bin-path)/irve"
fi

# Row counts spread from 20 to 2 000, the same every time (seed = file number).
if [[ ! -f "$DIR/.complete" ]]; then
  mkdir -p "$DIR"
  rows_total=0
  for i in $(seq 1 "$FILES"); do
    rows=$(( 20 + (i * 397) % 1981 ))
    rows_total=$(( rows_total + rows ))
    "$PYTHON" Benchmarks/generate.py --rows "$rows" --seed "$i" --defects "$DEFECTS" \
      --output "$DIR/commune-$(printf %03d "$i").csv" 2>/dev/null
  done
  echo "$rows_total" > "$DIR/.complete"
fi
echo "files: $FILES in $DIR, $(cat "$DIR/.complete") data rows, $(du -sh "$DIR" | cut -f1)"
echo "binary: $IRVE_BIN; cores: $(nproc)"

reference=""
for jobs in $(seq 1 "$(nproc)"); do
  start=$(date +%s.%N)
  set +e
  "$IRVE_BIN" check "$DIR" --jobs "$jobs" > "$DIR/../out-$jobs.txt"
  code=$?
  set -e
  end=$(date +%s.%N)
  printf 'jobs %2d: %6.2f s (exit %d)\n' "$jobs" "$(echo "$end - $start" | bc)" "$code"
  if [[ -z "$reference" ]]; then reference="$DIR/../out-$jobs.txt"
  elif ! cmp -s "$reference" "$DIR/../out-$jobs.txt"; then echo "  output differs from --jobs 1!" >&2; exit 1; fi
done
tail -1 "$reference"
