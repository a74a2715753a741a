#!/usr/bin/env bash
# Benchmark `irve check` against frictionless-py on generated IRVE statique 2.3.1 files.
# Usage: Benchmarks/run.sh [--no-build] [--check] [--big] [--frictionless-big] [--repeat N]
#                          [--fl-repeat N] [--rows N] [--big-rows N]
# See Benchmarks/README.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: Benchmarks/run.sh [options]

  --no-build          do not run `swift build -c release --product irve`
  --big               also benchmark a 1 000 000-row file
  --frictionless-big  also run frictionless on the big file (slow: several minutes)
  --repeat N          irve runs per file, best wall time kept (default 3)
  --fl-repeat N       frictionless runs per file (default 1)
  --rows N            rows of the valid and defect files (default 100000)
  --big-rows N        rows of the --big file (default 1000000)
  --check             exit 1 unless every target PASSes (stand-in runs never pass)
  -h, --help          this help

Environment:
  IRVE_BIN   irve executable (default: $(swift build -c release --show-bin-path)/irve;
             setting it skips the build). A stand-in such as /bin/cat is called
             as `cat FILE` (IRVE_ARGS defaults to empty for it).
  IRVE_ARGS  arguments placed before FILE (default: "check --format json --schema-only",
             like for like with frictionless; the rules' overhead is reported apart)
  VENV       Python venv holding frictionless (default .venv, fallback /tmp/fl)
  PYTHON     Python 3 interpreter for the generator (default python3)
EOF
}

BUILD=1 CHECK=0 BIG=0 FL_BIG=0 REPEAT=3 FL_REPEAT=1 ROWS=100000 BIG_ROWS=1000000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --check) CHECK=1 ;;
    --big) BIG=1 ;;
    --frictionless-big) FL_BIG=1; BIG=1 ;;
    --repeat) REPEAT="${2:?--repeat needs a value}"; shift ;;
    --fl-repeat) FL_REPEAT="${2:?--fl-repeat needs a value}"; shift ;;
    --rows) ROWS="${2:?--rows needs a value}"; shift ;;
    --big-rows) BIG_ROWS="${2:?--big-rows needs a value}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
for n in "$REPEAT" "$FL_REPEAT" "$ROWS" "$BIG_ROWS"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: not a positive integer: $n" >&2; exit 2; }
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BENCH="$ROOT/Benchmarks"
OUT="$BENCH/out"
mkdir -p "$OUT"
PYTHON="${PYTHON:-python3}"

# Targets
TARGET_RATIO=50      # irve must be >= 50x faster than frictionless
TARGET_RSS_MB=64     # irve peak RSS <= 64 MiB

# --- tools -------------------------------------------------------------------
TIME_BIN=/usr/bin/time
if ! "$TIME_BIN" -f "%e %M" true >/dev/null 2>&1; then
  echo "run.sh: GNU time is required at $TIME_BIN (install: apt-get install -y time)" >&2
  exit 2
fi

STANDIN=0
if [[ -n "${IRVE_BIN:-}" ]]; then
  BUILD=0
  STANDIN=1
  if [[ "$(basename "$IRVE_BIN")" == "cat" ]]; then IRVE_ARGS="${IRVE_ARGS-}"; fi
  [[ "$(basename "$IRVE_BIN")" == "irve" ]] && STANDIN=0
fi
# Like for like with frictionless (schema only); the business rules' overhead is measured apart.
IRVE_ARGS="${IRVE_ARGS-check --format json --schema-only}"

if [[ "$BUILD" == 1 ]]; then
  echo "==> swift build -c release --product irve"
  swift build -c release --product irve
fi
if [[ -z "${IRVE_BIN:-}" ]]; then
  IRVE_BIN="$(swift build -c release --show-bin-path)/irve"
fi
if [[ ! -x "$IRVE_BIN" ]]; then
  echo "run.sh: irve binary not found or not executable: $IRVE_BIN" >&2
  echo "        (build it, drop --no-build, or set IRVE_BIN)" >&2
  exit 2
fi

VENV="${VENV:-.venv}"
FL_BIN=""
for cand in "$VENV/bin/frictionless" /tmp/fl/bin/frictionless; do
  if [[ -x "$cand" ]]; then FL_BIN="$cand"; break; fi
done
if [[ -z "$FL_BIN" ]]; then
  echo "run.sh: frictionless not found in $VENV/bin nor /tmp/fl/bin: frictionless columns skipped" >&2
  echo "        (create it: python3 -m venv .venv && .venv/bin/pip install -r Tests/Oracle/requirements.txt)" >&2
fi
FL_VERSION=""
[[ -n "$FL_BIN" ]] && FL_VERSION="$("$FL_BIN" --version 2>/dev/null | tail -1 || true)"

SCHEMA="$ROOT/../shared/irve/schema-irve-statique-2.3.1.json"
[[ -f "$SCHEMA" ]] || SCHEMA="$ROOT/Schemas/irve-statique-2.3.1.json"
if [[ -n "$FL_BIN" && ! -f "$SCHEMA" ]]; then
  echo "run.sh: schema not found (../shared/irve/schema-irve-statique-2.3.1.json nor Schemas/irve-statique-2.3.1.json)" >&2
  exit 2
fi
SCHEMA="$(cd "$(dirname "$SCHEMA")" && pwd)/$(basename "$SCHEMA")"

# --- data --------------------------------------------------------------------
# name|rows|defect rate ; regenerated when missing or older than generate.py
gen() {
  local file="$1" rows="$2" rate="$3"
  if [[ -s "$file" && "$file" -nt "$BENCH/generate.py" ]]; then
    echo "==> reusing $(basename "$file")"
    return
  fi
  echo "==> generating $(basename "$file") ($rows rows, defects $rate)"
  local extra=()
  [[ "$rate" != 0 ]] && extra=(--manifest "${file%.csv}-manifest.csv")
  "$PYTHON" "$BENCH/generate.py" --rows "$rows" --defects "$rate" --output "$file.tmp" "${extra[@]}"
  mv "$file.tmp" "$file"
}

label() { # 100000 -> 100k, 1000000 -> 1M
  local n="$1"
  if (( n % 1000000 == 0 )); then echo "$((n / 1000000))M"
  elif (( n % 1000 == 0 )); then echo "$((n / 1000))k"
  else echo "$n"; fi
}

FILES=("$OUT/valid-$(label "$ROWS").csv" "$OUT/defects5-$(label "$ROWS").csv")
gen "${FILES[0]}" "$ROWS" 0
gen "${FILES[1]}" "$ROWS" 0.05
if [[ "$BIG" == 1 ]]; then
  FILES+=("$OUT/valid-$(label "$BIG_ROWS").csv")
  gen "${FILES[2]}" "$BIG_ROWS" 0
fi

# --- measurements ------------------------------------------------------------
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
RAW="$OUT/raw.tsv"   # tool, file, run, rc, seconds, maxrss_kb
: > "$RAW"

# measure TOOL FILE RUN CMD...  -> appends one line to $RAW, echoes a summary
measure() {
  local tool="$1" file="$2" run="$3"; shift 3
  local rc=0
  "$TIME_BIN" -f "%e %M" -o "$TMP/time" "$@" >/dev/null 2>"$TMP/stderr" || rc=$?
  # GNU time prints "Command exited with non-zero status N" before the format line
  local line
  line="$(tail -n 1 "$TMP/time")"
  local secs="${line%% *}" kb="${line##* }"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$(basename "$file")" "$run" "$rc" "$secs" "$kb" >> "$RAW"
  printf '    %-13s run %d: %7.2f s  %7.1f MiB  exit %d\n' "$tool" "$run" "$secs" "$(awk "BEGIN{print $kb/1024}")" "$rc"
  if [[ "$rc" -gt 1 ]]; then
    echo "    !! $tool failed (exit $rc); stderr:" >&2
    head -n 5 "$TMP/stderr" | sed 's/^/       /' >&2
  fi
}

read -r -a IRVE_ARGV <<< "$IRVE_ARGS"
echo "==> irve: $IRVE_BIN ${IRVE_ARGS}$([[ $STANDIN == 1 ]] && echo '   (STAND-IN, not the real irve)')"
echo "==> frictionless: ${FL_BIN:-none} ${FL_VERSION}"
echo "==> schema: $SCHEMA"
for f in "${FILES[@]}"; do
  echo "==> $(basename "$f")"
  cat "$f" > /dev/null   # warm the page cache so both tools read from memory
  for ((i = 1; i <= REPEAT; i++)); do
    measure irve "$f" "$i" "$IRVE_BIN" "${IRVE_ARGV[@]}" "$f"
  done
  if [[ -z "$FL_BIN" ]]; then
    continue
  fi
  if [[ "$BIG" == 1 && "$f" == "${FILES[2]:-}" && "$FL_BIG" == 0 ]]; then
    echo "    frictionless skipped on the big file (use --frictionless-big; expect several minutes)"
    continue
  fi
  for ((i = 1; i <= FL_REPEAT; i++)); do
    # --trusted: frictionless 5 refuses absolute or '..' paths ("path is not safe") without it
    measure frictionless "$f" "$i" "$FL_BIN" validate --trusted --limit-errors 0 --schema "$SCHEMA" "$f"
  done
done

# --- business-rule overhead (issue: rules within 1.5x of the schema-only time) ---
RULES_LINE=""
if [[ "$STANDIN" == 0 ]]; then
  f="${FILES[0]}"
  best() {  # best wall time of REPEAT runs of the given command
    local b=""
    for ((i = 1; i <= REPEAT; i++)); do
      local t0 t1
      t0=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; t1=$(date +%s.%N)
      b=$("$PYTHON" -c "a=$t1-$t0; b='$b'; print(min(a, float(b)) if b else a)")
    done
    echo "$b"
  }
  with_rules=$(best "$IRVE_BIN" check --format json --no-geo "$f")
  schema_only=$(best "$IRVE_BIN" check --format json --schema-only "$f")
  RULES_LINE=$("$PYTHON" -c "w=$with_rules; s=$schema_only; r=w/s; print(f'business rules on $(basename "$f"): {w:.2f} s vs schema only {s:.2f} s = {r:.2f}x (target <= 1.5x) ' + ('PASS' if r <= 1.5 else 'FAIL'))")
  # Geographic checks (default) against the same check without them (target: at most +50 %).
  with_geo=$(best "$IRVE_BIN" check --format json "$f")
  RULES_LINE="$RULES_LINE"$'\n'$("$PYTHON" -c "g=$with_geo; w=$with_rules; r=g/w; print(f'geographic checks on $(basename "$f"): {g:.2f} s vs --no-geo {w:.2f} s = {r:.2f}x (target <= 1.5x) ' + ('PASS' if r <= 1.5 else 'FAIL'))")
  # Cold start with the embedded reference on a 50-row file (target: under 150 ms).
  small="$OUT/first-50-rows.csv"
  head -n 51 "$f" > "$small"
  cold=$(best "$IRVE_BIN" check --format json "$small")
  RULES_LINE="$RULES_LINE"$'\n'$("$PYTHON" -c "c=$cold; print(f'cold check of a 50-row file with geographic checks: {c*1000:.0f} ms (target < 150 ms) ' + ('PASS' if c < 0.15 else 'FAIL'))")
  # irve fix on the defect file, against irve check on the same file (target: within 2x).
  g="${FILES[1]:-$f}"
  fix_out="$OUT/fixed-$(basename "$g")"
  fixed=$(best "$IRVE_BIN" fix "$g" -o "$fix_out" --force)
  checked=$(best "$IRVE_BIN" check --format json "$g")
  RULES_LINE="$RULES_LINE"$'\n'$("$PYTHON" -c "x=$fixed; c=$checked; r=x/c; print(f'irve fix on $(basename "$g"): {x:.2f} s vs irve check {c:.2f} s = {r:.2f}x (target <= 2x) ' + ('PASS' if r <= 2 else 'FAIL'))")
fi

# --- report ------------------------------------------------------------------
rc_report=0
IRVE_VERSION="$("$IRVE_BIN" --version 2>/dev/null | head -n 1 || true)"
[[ "$STANDIN" == 1 ]] && IRVE_VERSION="stand-in: $IRVE_BIN"
export IRVE_VERSION FL_VERSION IRVE_BIN FL_BIN SCHEMA STANDIN TARGET_RATIO TARGET_RSS_MB REPEAT FL_REPEAT
"$PYTHON" - "$RAW" "$OUT/results.json" "${FILES[@]}" <<'PY' || rc_report=$?
import json, os, platform, subprocess, sys, time

raw_path, json_path, files = sys.argv[1], sys.argv[2], sys.argv[3:]
ratio_target = float(os.environ["TARGET_RATIO"])
rss_target = float(os.environ["TARGET_RSS_MB"])
standin = os.environ["STANDIN"] == "1"

runs = {}
for line in open(raw_path):
    tool, name, run, rc, secs, kb = line.rstrip("\n").split("\t")
    runs.setdefault((tool, name), []).append(
        {"run": int(run), "exit": int(rc), "seconds": float(secs), "max_rss_mib": int(kb) / 1024})

def best(tool, name):
    rs = runs.get((tool, name))
    if not rs:
        return None
    ok = [r for r in rs if r["exit"] in (0, 1)]
    if not ok:
        return {"seconds": None, "max_rss_mib": None, "exit": rs[-1]["exit"], "runs": rs}
    return {"seconds": min(r["seconds"] for r in ok),          # best wall time
            "max_rss_mib": max(r["max_rss_mib"] for r in ok),  # worst (highest) peak RSS
            "exit": ok[0]["exit"], "runs": rs}

def count_rows(path):
    n = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            n += chunk.count(b"\n")
    return n - 1

results = []
for path in files:
    name = os.path.basename(path)
    irve, fl = best("irve", name), best("frictionless", name)
    ratio = None
    if irve and fl and irve["seconds"] is not None and fl["seconds"] is not None:
        ratio = fl["seconds"] / max(irve["seconds"], 0.01)  # GNU time has 10 ms resolution
    irve_failed = bool(irve) and irve["seconds"] is None   # every irve run exited >= 2
    res = {
        "file": name, "rows": count_rows(path), "size_mib": os.path.getsize(path) / 2**20,
        "irve": irve, "frictionless": fl, "speed_ratio": ratio,
        "ratio_pass": False if irve_failed else (None if ratio is None else ratio >= ratio_target),
        "rss_pass": False if irve_failed else (None if not irve else irve["max_rss_mib"] <= rss_target),
    }
    results.append(res)

def fmt(v, spec):
    return "-" if v is None else format(v, spec)

def verdict(v):
    return "n/a" if v is None else ("PASS" if v else "FAIL")

hdr = ("file", "rows", "size MiB", "irve s", "irve MiB", "irve rc", "fl s", "fl MiB", "fl rc",
       "ratio", f">={ratio_target:g}x", f"RSS<={rss_target:g}MiB")
rows = []
for r in results:
    i, f = r["irve"] or {}, r["frictionless"] or {}
    rows.append((r["file"], str(r["rows"]), fmt(r["size_mib"], ".1f"),
                 fmt(i.get("seconds"), ".2f"), fmt(i.get("max_rss_mib"), ".1f"), fmt(i.get("exit"), "d"),
                 fmt(f.get("seconds"), ".2f"), fmt(f.get("max_rss_mib"), ".1f"), fmt(f.get("exit"), "d"),
                 fmt(r["speed_ratio"], ".1f") + ("x" if r["speed_ratio"] else ""),
                 verdict(r["ratio_pass"]), verdict(r["rss_pass"])))
widths = [max(len(x[c]) for x in rows + [hdr]) for c in range(len(hdr))]
line = lambda cells: "  ".join(c.rjust(w) if k else c.ljust(w) for k, (c, w) in enumerate(zip(cells, widths)))
print()
print(line(hdr))
print("  ".join("-" * w for w in widths))
for row in rows:
    print(line(row))
print()
print(f"targets: irve >= {ratio_target:g}x faster than frictionless (wall time, best of "
      f"{os.environ['REPEAT']} irve / {os.environ['FL_REPEAT']} frictionless runs); "
      f"irve peak RSS <= {rss_target:g} MiB (highest of the runs)")
if standin:
    print("WARNING: irve was a STAND-IN (%s): PASS/FAIL above are meaningless" % os.environ["IRVE_BIN"])

def git_rev():
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except Exception:
        return None

cpu = None
try:
    for l in open("/proc/cpuinfo"):
        if l.startswith("model name"):
            cpu = l.split(":", 1)[1].strip()
            break
except OSError:
    pass
doc = {
    "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    "host": {"cpu": cpu, "cpus": os.cpu_count(), "platform": platform.platform()},
    "git": git_rev(),
    "irve": {"bin": os.environ["IRVE_BIN"], "version": os.environ.get("IRVE_VERSION") or None,
             "stand_in": standin, "repeat": int(os.environ["REPEAT"])},
    "frictionless": {"bin": os.environ.get("FL_BIN") or None,
                     "version": os.environ.get("FL_VERSION") or None,
                     "repeat": int(os.environ["FL_REPEAT"]), "schema": os.environ["SCHEMA"]},
    "targets": {"speed_ratio_min": ratio_target, "irve_max_rss_mib": rss_target},
    "results": results,
    "pass": all(r["ratio_pass"] is not False and r["rss_pass"] is not False for r in results)
            and any(r["ratio_pass"] for r in results) and not standin,
}
with open(json_path, "w") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"results written to {os.path.relpath(json_path)}")
sys.exit(0 if doc["pass"] else 3)
PY
[[ -n "$RULES_LINE" ]] && echo "$RULES_LINE"
if [[ "$rc_report" == 3 ]]; then
  [[ "$CHECK" == 1 ]] && exit 1
elif [[ "$rc_report" != 0 ]]; then
  exit "$rc_report"
fi
exit 0
