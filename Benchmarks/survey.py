#!/usr/bin/env python3
"""`irve survey` on N seeded datasets of a local udata (issue 15), standard library only.

Generates N commune files (Benchmarks/generate.py, 20 to 2 000 rows, 2 % defects, seeds 1..N),
seeds N datasets over 5 organisations on the real udata of the tests (Tests/Udata/udata_server.py,
in .venv-udata, on 127.0.0.1, files served by its loopback file server), then runs
`irve survey --format json` twice with the same fresh cache folder: the first run downloads every
file, the second must download none (target: 0). The figures come from the server's request log
(`--request-log`) and from the survey's own summary; printed, and written to Benchmarks/out/survey.json.

    python3 Benchmarks/survey.py --bin .build-release/release/irve [--datasets 50] [--rate 10]
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORGANISATIONS = 5


def generate(folder, n, defects):
    """N files, the same bytes every time (seed = file number), 20 to 2 000 rows."""
    rows_total = 0
    for i in range(1, n + 1):
        rows = 20 + (i * 397) % 1981
        rows_total += rows
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks/generate.py"), "--rows", str(rows),
                        "--seed", str(i), "--defects", str(defects),
                        "--output", os.path.join(folder, f"commune-{i:03d}.csv")],
                       check=True, stderr=subprocess.DEVNULL)
    return rows_total


def seed(folder, n):
    orgs = [{"key": f"org{k}", "name": f"Territoire {k}", "members": ["animateur"]} for k in range(ORGANISATIONS)]
    datasets = [{"key": f"d{i}", "title": f"IRVE commune {i:03d}", "organization": f"org{i % ORGANISATIONS}",
                 "zones": ["fr:commune:47157"],
                 "resources": [{"title": f"commune-{i:03d}.csv", "url": "{files}/" + f"commune-{i:03d}.csv",
                                "format": "csv", "checksum": True,
                                "schema": {"name": "etalab/schema-irve-statique", "version": "2.3.1"}}]}
                for i in range(1, n + 1)]
    return {"zones": [{"code": "47157", "name": "Marmande"}],
            "users": [{"key": "animateur", "email": "animateur@example.org"}],
            "organizations": orgs, "files": {"root": folder}, "datasets": datasets}


def start_udata(workdir, seed_path, log_path):
    python = os.path.join(ROOT, ".venv-udata/bin/python")
    if not os.access(python, os.X_OK):
        sys.exit(f"udata is not installed ({python}): bash .ci/run installs it")
    server = subprocess.Popen([python, os.path.join(ROOT, "Tests/Udata/udata_server.py"), "--seed", seed_path,
                               "--workdir", workdir, "--request-log", log_path, "--lifetime", "3600"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=open(os.path.join(workdir, "udata.log"), "w"))
    line = server.stdout.readline()
    if not line:
        sys.exit("udata did not start: see " + os.path.join(workdir, "udata.log"))
    return server, json.loads(line)


def log_lines(path):
    try:
        with open(path) as f:
            return [line.split(" ", 2) for line in f.read().splitlines()]
    except FileNotFoundError:
        return []


def survey(binary, api, orgs, cache, rate, log_path):
    before = len(log_lines(log_path))
    args = [binary, "survey", "--api", api, "--allow-http", "--cache-dir", cache, "--format", "json",
            "--rate", str(rate)]
    for o in orgs:
        args += ["--org", o]
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    run = subprocess.run(args, capture_output=True)
    seconds = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    irve_cpu = (after.ru_utime - cpu.ru_utime) + (after.ru_stime - cpu.ru_stime)
    report = json.loads(run.stdout)
    requests = log_lines(log_path)[before:]
    api = [float(r[1]) for r in requests if r[0] == "api"]
    return {"seconds": round(seconds, 3), "exit": run.returncode,
            "resources": report["summary"]["resources"], "downloaded": report["summary"]["downloaded"],
            "from_cache": report["summary"]["from_cache"],
            "api_requests": sum(1 for r in requests if r[0] == "api"),
            "files_requested": sum(1 for r in requests if r[0] == "file"),
            # From the first API request received to the last one (udata answers them one by one).
            "api_span_seconds": round(max(api) - min(api), 3) if api else 0,
            "irve_cpu_seconds": round(irve_cpu, 3),
            "valid": report["summary"]["valid"], "invalid": report["summary"]["invalid"],
            "stations": report["summary"]["stations"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--datasets", type=int, default=50)
    ap.add_argument("--rate", type=float, default=10, help="irve survey --rate (default 10, irve's default)")
    ap.add_argument("--defects", type=float, default=0.02)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="irve-bench-survey-")
    server = None
    try:
        files = os.path.join(work, "files")
        os.makedirs(files)
        rows = generate(files, args.datasets, args.defects)
        size = sum(os.path.getsize(os.path.join(files, f)) for f in os.listdir(files))
        seed_path = os.path.join(work, "seed.json")
        with open(seed_path, "w") as f:
            json.dump(seed(files, args.datasets), f)
        log_path = os.path.join(work, "requests.log")
        server, seeded = start_udata(work, seed_path, log_path)
        api = f"http://127.0.0.1:{seeded['port']}/api/1"
        orgs = sorted(seeded["organizations"].values())
        cache = os.path.join(work, "cache")
        first = survey(args.bin, api, orgs, cache, args.rate, log_path)
        second = survey(args.bin, api, orgs, cache, args.rate, log_path)
        out = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cores": os.cpu_count(),
               "load_average": os.getloadavg()[0], "datasets": args.datasets, "rows": rows, "bytes": size,
               "rate": args.rate, "first": first, "second": second}
        print(f"{args.datasets} datasets ({ORGANISATIONS} organisations), {rows} rows, {size / 1e6:.1f} MB; "
              f"--rate {args.rate:g}; load {out['load_average']:.2f}")
        for name, r in (("first run", first), ("second run (cache)", second)):
            print(f"{name:>19}: {r['seconds']:6.2f} s, exit {r['exit']}, {r['resources']} resources, "
                  f"{r['downloaded']} downloaded, {r['from_cache']} from cache; server saw {r['api_requests']} "
                  f"API requests (first to last: {r['api_span_seconds']:.2f} s) and {r['files_requested']} file "
                  f"requests; irve CPU {r['irve_cpu_seconds']:.2f} s")
        os.makedirs(os.path.join(ROOT, "Benchmarks/out"), exist_ok=True)
        with open(os.path.join(ROOT, "Benchmarks/out/survey.json"), "w") as f:
            json.dump(out, f, indent=2)
        if second["files_requested"] != 0 or first["resources"] != args.datasets:
            sys.exit("the second run downloaded files again, or resources are missing")
    finally:
        if server:
            server.stdin.close()
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
