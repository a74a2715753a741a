#!/usr/bin/env bash
# Time and peak memory of `irve check` and `irve fix` on a 20-row IRVE file with the 40 schema
# columns plus 1 000 … 20 000 extra ones (release build): the cost must grow linearly.
# Usage: Benchmarks/columns.sh [--no-build] [COUNTS…]   (default counts: 1000 2500 5000 10000 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=1
if [[ "${1:-}" == "--no-build" ]]; then BUILD=0; shift; fi
COUNTS=("$@")
[[ ${#COUNTS[@]} -gt 0 ]] || COUNTS=(1000 2500 5000 10000 20000)
for n in "${COUNTS[@]}"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "columns.sh: not a count: $n" >&2; exit 2; }
done
if [[ -z "${IRVE_BIN:-}" ]]; then
  [[ $BUILD == 1 ]] && swift build -c release --product irve >&2
  IRVE_BIN="$(swift build -c release --show-bin-path)/irve"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
TIME=/usr/bin/time
[[ -x $TIME ]] || { echo "columns.sh: needs GNU time at /usr/bin/time" >&2; exit 2; }

printf '%-8s %-22s %10s %10s %12s\n' extra command seconds "RSS (MB)" "s / 1000 col"
for n in "${COUNTS[@]}"; do
  python3 - "$n" "$WORK/cols-$n.csv" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
lines = [l for l in open("Samples/commune-exemple-corrige.csv", encoding="utf-8").read().split("\n") if l]
extra = "".join(";extra_%d" % i for i in range(n))
with open(out, "w", encoding="utf-8") as f:
    f.write(lines[0] + extra + "\n")
    for l in lines[1:21]:
        f.write(l + ";x" * n + "\n")
PY
  for cmd in "check --format json" "check" "fix --dry-run"; do
    # shellcheck disable=SC2086
    $TIME -f "%e %M" -o "$WORK/t" "$IRVE_BIN" $cmd "$WORK/cols-$n.csv" >/dev/null 2>&1 || true
    read -r secs kb < "$WORK/t"
    awk -v n="$n" -v c="$cmd" -v s="$secs" -v k="$kb" \
      'BEGIN { printf "%-8d %-22s %10.2f %10.1f %12.3f\n", n, c, s, k / 1024, s * 1000 / (n > 0 ? n : 1) }'
  done
done
