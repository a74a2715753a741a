#!/usr/bin/env bash
# Builds the libFuzzer targets (AddressSanitizer where the toolchain supports it) and runs each one
# for a bounded time on a seed corpus made at run time. Exit 1 on any crash, timeout or memory blow-up.
#
# usage: Fuzz/run.sh [seconds-per-target] [target…]        (default: 30 s, every target)
# env:   IRVE_FUZZ_WORK=DIR   keep the corpora and artefacts there (default: a temporary folder, removed)
#        IRVE_SHARED=DIR      the shared corpus (default: <repo>/../shared)
#        IRVE_FUZZ_ASAN=0     build without AddressSanitizer
set -u -o pipefail

here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-30}
[ $# -gt 0 ] && shift
all=(csv probe xlsx cells geopoint schema rules repairs)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
case $seconds in '' | *[!0-9]*) echo "fuzz: seconds must be a whole number, not '$seconds'" >&2; exit 2 ;; esac

work=${IRVE_FUZZ_WORK:-}
if [ -z "$work" ]; then
    work=$(mktemp -d "${TMPDIR:-/tmp}/irve-fuzz.XXXXXX")
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

flags=(-c release -Xswiftc -sanitize=fuzzer -Xswiftc -g)
[ "${IRVE_FUZZ_ASAN:-1}" = 1 ] && flags+=(--sanitize=address)
echo "fuzz: building (${flags[*]})"
build() { (cd "$here" && swift build "${flags[@]}") > "$work/build.log" 2>&1; }
# SwiftPM keeps the build plan of the parent package (a path dependency) across a renamed source
# file ("missing inputs"): drop the plan once and build again.
status=0
build || status=$?
if [ $status -ne 0 ] && grep -q 'missing inputs' "$work/build.log"; then
    rm -f "$here/.build/release.yaml" "$here/.build/build.db"
    status=0
    build || status=$?
fi
if [ $status -ne 0 ]; then
    tail -30 "$work/build.log" >&2
    echo "fuzz: the build failed (log above)" >&2
    exit 2
fi
bin=$(cd "$here" && swift build "${flags[@]}" --show-bin-path)

python3 "$here/make-seeds.py" "$work/seeds" ${IRVE_SHARED:+"$IRVE_SHARED"} > "$work/seeds.log" || exit 2

# Scratch inputs and the workbook reader's temporary parts stay in the work folder.
export IRVE_FUZZ_SCRATCH="$work/scratch" TMPDIR="$work/tmp"
mkdir -p "$TMPDIR"
# The Swift runtime's own backtracer would race AddressSanitizer's report.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1:symbolize=1}

# Targets run side by side, one per core (each libFuzzer process uses one): same time per target,
# half the wall time on two cores. IRVE_FUZZ_JOBS overrides the count.
jobs_max=${IRVE_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}

# Runs one target; its summary line (and the crash excerpt) goes to $work/$t.result.
run_target() {
    local t=$1 exe="$bin/fuzz-$1" result
    if [ ! -x "$exe" ]; then echo "fuzz $t: no such target (known: ${all[*]}): FAILED" > "$work/$t.result"; return; fi
    local corpus="$work/corpus/$t" artefacts="$work/artefacts/$t/" log="$work/$t.log"
    mkdir -p "$corpus" "$artefacts"
    [ -d "$work/seeds/$t" ] && cp -n "$work/seeds/$t"/* "$corpus"/ 2>/dev/null
    local start; start=$(date +%s)
    "$exe" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -detect_leaks=0 -print_final_stats=1 \
        -artifact_prefix="$artefacts" "$corpus" > "$log" 2>&1
    local status=$?
    local elapsed=$(( $(date +%s) - start ))
    local runs cov ft found size
    runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    found=$(ls "$artefacts" 2>/dev/null | head -1)
    if [ $status -eq 0 ] && [ -z "$found" ]; then
        result=ok
    else
        result="FAILED (exit $status${found:+, input $artefacts$found})"
    fi
    size=$(ls "$corpus" | wc -l)
    {
        echo "fuzz $t: ${runs:-?} runs in ${elapsed} s, coverage ${cov:-?} edges, ${ft:-?} features, corpus $size: $result"
        if [ "$result" != ok ]; then
            grep -E 'Fatal error|ERROR: (AddressSanitizer|libFuzzer)|SUMMARY|#[0-9]+ 0x.* in .*(IRVE|irve)' "$log" \
                | head -12 | sed 's/^/    /'
        fi
    } > "$work/$t.result"
}

for t in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do wait -n; done
    run_target "$t" &
done
wait

failed=0
for t in "${targets[@]}"; do
    cat "$work/$t.result" 2>/dev/null || { echo "fuzz $t: no result: FAILED"; failed=1; }
    grep -q 'FAILED' "$work/$t.result" 2>/dev/null && failed=1
done
exit $failed
