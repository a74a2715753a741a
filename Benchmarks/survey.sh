#!/usr/bin/env bash
# `irve survey` of 50 datasets seeded on the local udata (issue 15): total time, the time of a
# second run with the cache, and the files downloaded again by it (target: 0). Driver: survey.py.
# Usage: Benchmarks/survey.sh [--datasets N] [--rate R]
# Environment: IRVE_BIN (default: the release binary in .build-release, built if absent).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then sed -n 2,5p "$0"; exit 0; fi
if [[ -z "${IRVE_BIN:-}" ]]; then
  swift build -c release --product irve --scratch-path .build-release >/dev/null
  IRVE_BIN="$(swift build -c release --scratch-path .build-release --show-bin-path)/irve"
fi
echo "binary: $IRVE_BIN; cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
exec python3 Benchmarks/survey.py --bin "$IRVE_BIN" "$@"
