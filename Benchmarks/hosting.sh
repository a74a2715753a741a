#!/usr/bin/env bash
# `irve serve` hosted for a territory, under load on loopback (issue 14): 100 concurrent sessions
# each uploading and checking a 5 000-row file in a loop; throughput, p95 latency, the server's
# peak RSS, no failed request, and memory back to its baseline once the sessions have expired:
# anonymous RSS (heap, stacks) after the expiry wait at most --margin MiB (default 4) above its value
# after the warm-up check; the file-backed RSS (code and embedded data, paged in once) is reported apart.
#
#   Benchmarks/hosting.sh                       # 100 sessions, 60 s (release build)
#   Benchmarks/hosting.sh --duration 600        # the 10-minute run
#   Benchmarks/hosting.sh --no-build --sessions 20 --duration 20
#   IRVE_BIN=.build/debug/irve Benchmarks/hosting.sh --duration 10   # smoke test of the harness
set -euo pipefail
cd "$(dirname "$0")/.."

sessions=100 duration=60 rows=5000 port=18480 build=1 expire_wait=100 margin=4
while [ $# -gt 0 ]; do
  case "$1" in
    --sessions) sessions=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --expire-wait) expire_wait=$2; shift 2 ;;
    --margin) margin=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

bin=${IRVE_BIN:-}
if [ -z "$bin" ]; then
  bin=.build-release/release/irve
  if [ "$build" = 1 ]; then swift build -c release --product irve --scratch-path .build-release >&2; fi
fi
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 Benchmarks/generate.py --rows "$rows" --output "$work/rows-$rows.csv"
# The server's temporary folder is ours: its sessions' files are counted after they expired.
mkdir "$work/tmp"

# Sessions live 1 minute (the sweep runs every 15 s); the rate limit is lifted because every
# simulated commune comes from 127.0.0.1; checks wait up to 2 minutes for their turn.
TMPDIR="$work/tmp" "$bin" serve --public --port "$port" --session-minutes 1 --max-sessions 200 --rate-limit 100000000 \
  --check-wait 120 > "$work/server.out" 2> "$work/server.log" &
server=$!
for _ in $(seq 100); do
  grep -q "http://" "$work/server.out" 2>/dev/null && break
  sleep 0.1
done
sleep 1
size=$(stat -c %s "$work/rows-$rows.csv")
echo "server pid $server, $(nproc) cores, $rows rows ($size bytes), $sessions sessions, ${duration}s" >&2
status=0
files=$(ls -d "$work"/tmp/irve-serve-* | head -1)
python3 Benchmarks/hosting_load.py --port "$port" --pid "$server" --file "$work/rows-$rows.csv" \
  --sessions "$sessions" --duration "$duration" --expire-wait "$expire_wait" --files "$files" \
  --margin "$margin" || status=$?
echo "server log: $(wc -l < "$work/server.log") lines" >&2
curl -s "http://127.0.0.1:$port/metrics" | grep -E '^irve_(sessions_active|checks_total|rejections_total)' >&2 || true
exit $status
