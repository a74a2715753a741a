#!/usr/bin/env bash
# `irve serve` under load (issue 13): upload → verdict time on a 5 000-row commune file (target < 1 s)
# and on the 100 000-row file, the server's RSS with 20 sessions each holding a 5 MB file, and the
# latency of 20 concurrent clients uploading the sample (p50, p95, failures: must be 0).
# Usage: Benchmarks/web.sh [--repeat N] [--clients N] [--per-client N]
# Environment: IRVE_BIN (default: the release binary, built if absent), PYTHON (default python3),
# DIR (default /tmp/irve-bench-web: the generated files are kept and reused).
set -euo pipefail
cd "$(dirname "$0")/.."

REPEAT=3 CLIENTS=20 PER_CLIENT=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --repeat) REPEAT="${2:?}"; shift ;;
    --clients) CLIENTS="${2:?}"; shift ;;
    --per-client) PER_CLIENT="${2:?}"; shift ;;
    -h|--help) sed -n 2,7p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
PYTHON="${PYTHON:-python3}"
DIR="${DIR:-/tmp/irve-bench-web}"
if [[ -z "${IRVE_BIN:-}" ]]; then
  swift build -c release --product irve >/dev/null
  IRVE_BIN="$(swift build -c release --show-bin-path)/irve"
fi

# A commune's file (5 000 rows, 2 % of rows with a defect), the 100 000-row file of the CLI
# benchmarks, and a 5 MB file (about 9 100 rows) for the sessions' memory.
mkdir -p "$DIR" Benchmarks/out
[[ -f "$DIR/commune-5000.csv" ]] || "$PYTHON" Benchmarks/generate.py --rows 5000 --defects 0.02 \
  --output "$DIR/commune-5000.csv"
[[ -f "$DIR/rows-100000.csv" ]] || "$PYTHON" Benchmarks/generate.py --rows 100000 --defects 0.02 \
  --output "$DIR/rows-100000.csv"
[[ -f "$DIR/session-5mb.csv" ]] || "$PYTHON" Benchmarks/generate.py --rows 9100 --defects 0.02 \
  --seed 7 --output "$DIR/session-5mb.csv"
echo "binary: $IRVE_BIN; cores: $(nproc); $(uptime)"

"$PYTHON" Benchmarks/web_load.py --bin "$IRVE_BIN" --repeat "$REPEAT" \
  --file "$DIR/commune-5000.csv" --file "$DIR/rows-100000.csv" \
  --session-file "$DIR/session-5mb.csv" --sessions 20 \
  --sample Samples/commune-exemple.csv --clients "$CLIENTS" --per-client "$PER_CLIENT" \
  --json Benchmarks/out/web.json
