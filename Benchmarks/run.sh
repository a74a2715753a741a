#!/usr/bin/env bash
# Benchmark `irve check` against frictionless-py on generated IRVE statique 2.3.1 files, and test
# the targets of issue 16 (default check, schema only, geography, fix, cold start, 1M rows).
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
  --check             exit 1 unless every target of issue 16 PASSes (stand-in runs never pass)
  -h, --help          this help

Environment:
  IRVE_BIN   irve executable (default: $(swift build -c release --show-bin-path)/irve;
             setting it skips the build). A stand-in such as /bin/cat is called
             as `cat FILE` (IRVE_ARGS defaults to empty for it).
  IRVE_ARGS  stand-in only: arguments placed before FILE (default empty for cat). The real
             irve runs `check --format json` (default), with `--no-geo` and with `--schema-only`
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

# Targets (issue 16), on the 100k valid file unless said otherwise
TARGET_RATIO=50        # default check >= 50x faster than frictionless (schema only)
TARGET_SCHEMA_RATIO=100  # --schema-only >= 100x faster than frictionless
TARGET_GEO=1.15        # default check <= 1.15x the check with --no-geo
TARGET_FIX=1.5         # irve fix (defect file) <= 1.5x the default check of the same file
TARGET_COLD_MS=50      # default check of a 50-row file < 50 ms
TARGET_BIG_S=3         # 1M rows default check <= 3 s (--big)
TARGET_BIG_MB=96       # 1M rows default check peak RSS <= 96 MiB (--big)
TARGET_RSS_MB=64       # 100k rows default check peak RSS <= 64 MiB

# --- tools -------------------------------------------------------------------
TIME_BIN=/usr/bin/time
if [[ -z "${EPOCHREALTIME:-}" ]]; then
  echo "run.sh: bash 5 or later is required (EPOCHREALTIME, the wall clock)" >&2
  exit 2
fi
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
IRVE_ARGS="${IRVE_ARGS-}"

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
RAW="$OUT/raw.tsv"   # mode, file, run, rc, wall s, maxrss kB, CPU %, user+sys s
: > "$RAW"

# measure MODE FILE RUN CMD...  -> appends one line to $RAW, echoes a summary
measure() {
  local mode="$1" file="$2" run="$3"; shift 3
  local rc=0
  # GNU time gives the peak RSS and CPU times; its wall time (%e) comes in 10 ms steps, 5 % of a
  # 0.19 s check, so the wall time is bash's microsecond clock around it (GNU time's own start
  # included: the figure can only be against irve).
  local t0 t1
  t0=$EPOCHREALTIME
  "$TIME_BIN" -f "%e %M %P %U %S" -o "$TMP/time" "$@" >/dev/null 2>"$TMP/stderr" || rc=$?
  t1=$EPOCHREALTIME
  # GNU time prints "Command exited with non-zero status N" before the format line
  local secs kb cpu user sys
  read -r secs kb cpu user sys < <(tail -n 1 "$TMP/time")
  secs="$(awk "BEGIN{printf \"%.4f\", ${t1/,/.} - ${t0/,/.}}")"
  cpu="${cpu%\%}"; [[ "$cpu" =~ ^[0-9]+$ ]] || cpu=0
  local cpus
  cpus="$(awk "BEGIN{print $user + $sys}")"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "$(basename "$file")" "$run" "$rc" "$secs" "$kb" "$cpu" "$cpus" >> "$RAW"
  printf '    %-13s run %d: %8.3f s  %7.1f MiB  CPU %4s%%  exit %d\n' "$mode" "$run" "$secs" \
    "$(awk "BEGIN{print $kb/1024}")" "$cpu" "$rc"
  if [[ "$rc" -gt 1 ]]; then
    echo "    !! $mode failed (exit $rc); stderr:" >&2
    head -n 5 "$TMP/stderr" | sed 's/^/       /' >&2
  fi
}

# irve MODE FILE: the command of one irve mode (a stand-in ignores the mode)
read -r -a STANDIN_ARGV <<< "$IRVE_ARGS"
irve_cmd() {
  local mode="$1" file="$2"
  if [[ "$STANDIN" == 1 ]]; then echo "$IRVE_BIN" "${STANDIN_ARGV[@]}" "$file"; return; fi
  case "$mode" in
    check)  echo "$IRVE_BIN" check --format json "$file" ;;
    nogeo)  echo "$IRVE_BIN" check --format json --no-geo "$file" ;;
    schema) echo "$IRVE_BIN" check --format json --schema-only "$file" ;;
    fix)    echo "$IRVE_BIN" fix "$file" -o "$OUT/fixed-$(basename "$file")" --force ;;
  esac
}

run_irve() {  # run_irve MODE FILE: REPEAT measured runs
  local -a cmd
  read -r -a cmd <<< "$(irve_cmd "$1" "$2")"
  for ((i = 1; i <= REPEAT; i++)); do measure "irve-$1" "$2" "$i" "${cmd[@]}"; done
}

echo "==> irve: $IRVE_BIN$([[ $STANDIN == 1 ]] && echo " ${IRVE_ARGS}   (STAND-IN, not the real irve)")"
echo "==> frictionless: ${FL_BIN:-none} ${FL_VERSION}"
echo "==> schema: $SCHEMA"
SMALL="$OUT/first-50-rows.csv"
head -n 51 "${FILES[0]}" > "$SMALL"
for f in "${FILES[@]}"; do
  echo "==> $(basename "$f")"
  cat "$f" > /dev/null   # warm the page cache so every tool reads from memory
  for ((i = 1; i <= REPEAT; i++)); do measure wc "$f" "$i" wc -l "$f"; done
  run_irve check "$f"
  run_irve nogeo "$f"
  run_irve schema "$f"
  [[ "$f" == "${FILES[1]}" ]] && run_irve fix "$f"
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
echo "==> $(basename "$SMALL") (cold start)"
run_irve check "$SMALL"

# --- report ------------------------------------------------------------------
rc_report=0
IRVE_VERSION="$("$IRVE_BIN" --version 2>/dev/null | head -n 1 || true)"
[[ "$STANDIN" == 1 ]] && IRVE_VERSION="stand-in: $IRVE_BIN"
export IRVE_VERSION FL_VERSION IRVE_BIN FL_BIN SCHEMA STANDIN REPEAT FL_REPEAT BIG
export TARGET_RATIO TARGET_SCHEMA_RATIO TARGET_GEO TARGET_FIX TARGET_COLD_MS TARGET_BIG_S TARGET_BIG_MB TARGET_RSS_MB
"$PYTHON" - "$RAW" "$OUT/results.json" "$SMALL" "${FILES[@]}" <<'PY' || rc_report=$?
import json, os, platform, subprocess, sys, time

raw_path, json_path, small, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
env = os.environ
T = {k: float(env[k]) for k in env if k.startswith("TARGET_")}
standin = env["STANDIN"] == "1"
cpus = os.cpu_count() or 1

runs = {}
for line in open(raw_path):
    mode, name, run, rc, secs, kb, cpu, cpusecs = line.rstrip("\n").split("\t")
    runs.setdefault((mode, name), []).append(
        {"run": int(run), "exit": int(rc), "seconds": float(secs), "max_rss_mib": int(kb) / 1024,
         "cpu_percent": int(cpu), "cpu_seconds": float(cpusecs)})

def best(mode, name):
    """Best (lowest) wall time, highest peak RSS, CPU of the best run; None when not run."""
    rs = runs.get((mode, name))
    if not rs:
        return None
    ok = [r for r in rs if r["exit"] in (0, 1)]
    if not ok:
        return {"seconds": None, "max_rss_mib": None, "exit": rs[-1]["exit"], "runs": rs}
    b = min(ok, key=lambda r: r["seconds"])
    return {"seconds": b["seconds"], "max_rss_mib": max(r["max_rss_mib"] for r in ok),
            "cpu_percent": b["cpu_percent"], "cpu_seconds": b["cpu_seconds"], "exit": b["exit"], "runs": rs}

def secs(mode, name):
    b = best(mode, name)
    return None if not b or b["seconds"] is None else max(b["seconds"], 0.0001)  # 0.1 ms steps

def ratio(a, b):
    return None if a is None or b is None else a / b

def count_rows(path):
    n = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            n += chunk.count(b"\n")
    return n - 1

results = []
for path in files:
    name = os.path.basename(path)
    size_mb = os.path.getsize(path) / 1e6
    check = best("irve-check", name) or {}
    fl = secs("frictionless", name)
    cpu_s = check.get("cpu_seconds")
    results.append({
        "file": name, "rows": count_rows(path), "size_mb": size_mb,
        "modes": {m: best(m, name) for m in ("wc", "irve-check", "irve-nogeo", "irve-schema", "irve-fix",
                                             "frictionless")},
        "check_vs_frictionless": ratio(fl, secs("irve-check", name)),
        "schema_vs_frictionless": ratio(fl, secs("irve-schema", name)),
        "geo_ratio": ratio(secs("irve-check", name), secs("irve-nogeo", name)),
        "fix_ratio": ratio(secs("irve-fix", name), secs("irve-check", name)),
        "vs_wc": ratio(secs("irve-check", name), secs("wc", name)),
        # MB of file per CPU second (user + sys) of the default check: throughput per core.
        "mb_per_core_s": None if not cpu_s else size_mb / cpu_s,
    })

def fmt(v, spec, suffix=""):
    return "-" if v is None else format(v, spec) + suffix

hdr = ("file", "rows", "MB", "check s", "MiB", "CPU%", "no-geo s", "schema s", "fl s", "check/fl", "schema/fl",
       "geo", "fix", "MB/s/core", "/wc -l")
rows = []
for r in results:
    m = r["modes"]
    c = m["irve-check"] or {}
    rows.append((r["file"], str(r["rows"]), fmt(r["size_mb"], ".1f"), fmt(c.get("seconds"), ".3f"),
                 fmt(c.get("max_rss_mib"), ".1f"), fmt(c.get("cpu_percent"), "d"),
                 fmt((m["irve-nogeo"] or {}).get("seconds"), ".3f"),
                 fmt((m["irve-schema"] or {}).get("seconds"), ".3f"),
                 fmt((m["frictionless"] or {}).get("seconds"), ".2f"), fmt(r["check_vs_frictionless"], ".1f", "x"),
                 fmt(r["schema_vs_frictionless"], ".1f", "x"), fmt(r["geo_ratio"], ".2f", "x"),
                 fmt(r["fix_ratio"], ".2f", "x"), fmt(r["mb_per_core_s"], ".0f"), fmt(r["vs_wc"], ".1f", "x")))
widths = [max(len(x[c]) for x in rows + [hdr]) for c in range(len(hdr))]
line = lambda cells: "  ".join(c.rjust(w) if k else c.ljust(w) for k, (c, w) in enumerate(zip(cells, widths)))
print()
print(line(hdr))
print("  ".join("-" * w for w in widths))
for row in rows:
    print(line(row))
print(f"(best wall time of {env['REPEAT']} irve / {env['FL_REPEAT']} frictionless runs; highest peak RSS; "
      f"CPU% of GNU time on {cpus} CPUs; MB/s/core = MB per CPU second of the default check)")

# --- targets of issue 16 ---
valid, defects = results[0], results[1]
big = results[2] if len(results) > 2 else None
cold = secs("irve-check", os.path.basename(small))
checks = []
def target(label, value, ok, shown):
    checks.append({"target": label, "value": value, "pass": None if value is None else ok(value)})
    print(f"  {'n/a ' if value is None else ('PASS' if ok(value) else 'FAIL')}  {label}: {shown(value)}")
print()
print("targets (issue 16):")
show_x = lambda v: fmt(v, ".2f", "x")
target(f"default check >= {T['TARGET_RATIO']:g}x frictionless ({valid['file']})", valid["check_vs_frictionless"],
       lambda v: v >= T["TARGET_RATIO"], show_x)
target(f"--schema-only >= {T['TARGET_SCHEMA_RATIO']:g}x frictionless ({valid['file']})",
       valid["schema_vs_frictionless"], lambda v: v >= T["TARGET_SCHEMA_RATIO"], show_x)
target(f"geography <= {T['TARGET_GEO']:g}x the check with --no-geo ({valid['file']})", valid["geo_ratio"],
       lambda v: v <= T["TARGET_GEO"], show_x)
target(f"irve fix <= {T['TARGET_FIX']:g}x the default check ({defects['file']})", defects["fix_ratio"],
       lambda v: v <= T["TARGET_FIX"], show_x)
target(f"cold start on a 50-row file < {T['TARGET_COLD_MS']:g} ms", None if cold is None else cold * 1000,
       lambda v: v < T["TARGET_COLD_MS"], lambda v: fmt(v, ".0f", " ms"))
vc = (valid["modes"]["irve-check"] or {}).get("max_rss_mib")
target(f"default check peak RSS <= {T['TARGET_RSS_MB']:g} MiB ({valid['file']})", vc,
       lambda v: v <= T["TARGET_RSS_MB"], lambda v: fmt(v, ".1f", " MiB"))
if big:
    bc = big["modes"]["irve-check"] or {}
    target(f"default check <= {T['TARGET_BIG_S']:g} s ({big['file']})", bc.get("seconds"),
           lambda v: v <= T["TARGET_BIG_S"], lambda v: fmt(v, ".2f", " s"))
    target(f"default check peak RSS <= {T['TARGET_BIG_MB']:g} MiB ({big['file']})", bc.get("max_rss_mib"),
           lambda v: v <= T["TARGET_BIG_MB"], lambda v: fmt(v, ".1f", " MiB"))
else:
    print("  n/a   1 000 000 rows <= 3 s and <= 96 MiB: run with --big")
if standin:
    print("WARNING: irve was a STAND-IN (%s): PASS/FAIL above are meaningless" % env["IRVE_BIN"])

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
    "host": {"cpu": cpu, "cpus": cpus, "platform": platform.platform(), "load": os.getloadavg()},
    "git": git_rev(),
    "irve": {"bin": env["IRVE_BIN"], "version": env.get("IRVE_VERSION") or None,
             "stand_in": standin, "repeat": int(env["REPEAT"])},
    "frictionless": {"bin": env.get("FL_BIN") or None, "version": env.get("FL_VERSION") or None,
                     "repeat": int(env["FL_REPEAT"]), "schema": env["SCHEMA"]},
    "targets": T, "cold_start_seconds": cold, "results": results, "checks": checks,
    # Every measured target passes (the big-file ones only with --big), and never for a stand-in.
    "pass": all(c["pass"] for c in checks) and not standin,
}
with open(json_path, "w") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"results written to {os.path.relpath(json_path)}")
sys.exit(0 if doc["pass"] else 3)
PY
if [[ "$rc_report" == 3 ]]; then
  [[ "$CHECK" == 1 ]] && exit 1
elif [[ "$rc_report" != 0 ]]; then
  exit "$rc_report"
fi
exit 0
