#!/usr/bin/env python3
"""Load for `irve serve` hosted (Benchmarks/hosting.sh): N concurrent sessions, each one in a loop
for DURATION seconds: upload the file, read its verdict. Python 3 standard library only.

Prints one JSON object: requests, failures, checks per second, p50/p95/max latency of the upload
(which includes the check) and of the verdict, the server's RSS (baseline, peak, after the
sessions expired) read from /proc/PID/status, and, after the expiry wait, what /metrics says
(sessions still open, disk in use) and how many files are left under --files (the server's
sessions folder). Exit 1 on any failed request, when a session or a file outlived its expiry, or
when the memory is not back to its baseline.

"Back to baseline" is about the anonymous RSS (`RssAnon`: heap, thread stacks; what the sessions
can hold): after the expiry wait it must be at most --margin MiB above its value at the warm
baseline (after one warm-up session has checked the file). The file-backed RSS (`RssFile`: pages of
the executable and libraries, touched once by code that runs under load and kept mapped) is
reported beside it, not judged: it is not memory that any session holds.

    hosting_load.py --port 8080 --pid 1234 --file rows-5000.csv --sessions 100 --duration 600 \
        --expire-wait 90 [--files /tmp/irve-serve-XXXX] [--margin 4]
"""

import argparse
import datetime
import http.client
import json
import os
import re
import sys
import threading
import time


def rss_kib(pid, field="VmRSS"):
    """A field of /proc/PID/status in KiB (VmRSS = RssAnon + RssFile + RssShmem)."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


class Worker(threading.Thread):
    BOUNDARY = "----irveLoad7MA4YWxkTrZu0gW"

    def __init__(self, port, content, name, deadline, results, lock, once=False):
        super().__init__(daemon=True)
        self.port, self.content, self.name, self.deadline, self.once = port, content, name, deadline, once
        self.results, self.lock = results, lock

    def request(self, method, path, headers=None, body=None):
        start = time.monotonic()
        try:
            self.conn.request(method, path, body=body, headers=headers or {})
            r = self.conn.getresponse()
            data = r.read()
            status = r.status
            cookie = r.getheader("Set-Cookie")
        except (OSError, http.client.HTTPException) as e:
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)
            status, data, cookie = 0, str(e).encode(), None
        return status, data, cookie, time.monotonic() - start

    def record(self, kind, ok, seconds, status):
        with self.lock:
            self.results["latency"].setdefault(kind, []).append(seconds)
            self.results["requests"] += 1
            if not ok:
                self.results["failures"] += 1
                self.results["statuses"][str(status)] = self.results["statuses"].get(str(status), 0) + 1

    def run(self):
        self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)
        status, page, cookie, t = self.request("GET", "/")
        self.record("home", status == 200 and cookie, t, status)
        if status != 200 or not cookie:
            return
        cookie = cookie.split(";")[0]
        csrf = re.search(rb'name="csrf" value="([0-9a-f]+)"', page).group(1).decode()
        b = self.BOUNDARY
        body = (
            f'--{b}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{csrf}\r\n'
            f'--{b}\r\nContent-Disposition: form-data; name="file"; filename="{self.name}"\r\n'
            f"Content-Type: text/csv\r\n\r\n"
        ).encode() + self.content + f"\r\n--{b}--\r\n".encode()
        headers = {"Cookie": cookie, "Content-Type": f"multipart/form-data; boundary={b}"}
        while self.once or time.monotonic() < self.deadline:
            status, _, _, t = self.request("POST", "/upload", headers, body)
            self.record("upload", status == 303, t, status)
            with self.lock:
                self.results["checks"] += status == 303
            status, page, _, t = self.request("GET", "/verdict", {"Cookie": cookie})
            self.record("verdict", status == 200 and self.name.encode() in page, t, status)
            if self.once:
                break
        self.conn.close()


def metrics(port):
    """The gauges and counters of /metrics (loopback), by name and labels."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/metrics")
    text = conn.getresponse().read().decode("utf-8", "replace")
    conn.close()
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            try:
                out[name] = float(value)
            except ValueError:
                pass
    return out


def files_under(folder):
    if not folder:
        return None
    return sum(len(names) for _, _, names in os.walk(folder))


def percentile(values, p):
    if not values:
        return None
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--file", required=True)
    ap.add_argument("--sessions", type=int, default=100)
    ap.add_argument("--duration", type=float, default=60)
    ap.add_argument("--expire-wait", type=float, default=90)
    ap.add_argument("--files", help="the server's sessions folder (files left after expiry are counted)")
    ap.add_argument("--margin", type=float, default=4, help="MiB of anonymous RSS allowed above the baseline")
    a = ap.parse_args()
    started_at = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    load_start = os.getloadavg()
    content = open(a.file, "rb").read()
    results = {"requests": 0, "failures": 0, "checks": 0, "statuses": {}, "latency": {}}
    lock = threading.Lock()
    cold = rss_kib(a.pid)
    # One check first: what the first check loads once for all (the schema, the communes' contours)
    # is the server's baseline, not the load's.
    warm = {"requests": 0, "failures": 0, "checks": 0, "statuses": {}, "latency": {}}
    Worker(a.port, content, "warm-up.csv", 0, warm, lock, once=True).run()
    if warm["failures"] or not warm["checks"]:
        print(f"the warm-up check failed: {warm}", flush=True)
        return 1
    baseline = rss_kib(a.pid)
    baseline_anon, baseline_file = rss_kib(a.pid, "RssAnon"), rss_kib(a.pid, "RssFile")
    peak = [baseline]
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], rss_kib(a.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.monotonic()
    deadline = start + a.duration
    workers = [Worker(a.port, content, f"commune-{i:03d}.csv", deadline, results, lock) for i in range(a.sessions)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.monotonic() - start
    rss_end_of_load = rss_kib(a.pid)
    load_end = os.getloadavg()
    during = metrics(a.port)
    files_end_of_load = files_under(a.files)
    # Sessions expire after their lifetime without a request; the server sweeps them itself.
    time.sleep(a.expire_wait)
    stop.set()
    after = rss_kib(a.pid)
    after_anon, after_file = rss_kib(a.pid, "RssAnon"), rss_kib(a.pid, "RssFile")
    growth = (after_anon - baseline_anon) / 1024
    later = metrics(a.port)
    left = files_under(a.files)
    out = {
        "date": started_at,
        "cores": os.cpu_count(),
        "load_average": {"start": [round(x, 1) for x in load_start], "end_of_load": [round(x, 1) for x in load_end]},
        "sessions": a.sessions,
        "file_bytes": len(content),
        "seconds": round(elapsed, 1),
        "requests": results["requests"],
        "failures": results["failures"],
        "failed_statuses": results["statuses"],
        "checks": results["checks"],
        "checks_per_second": round(results["checks"] / elapsed, 2),
        "requests_per_second": round(results["requests"] / elapsed, 2),
        "rss_mib": {
            "cold": round(cold / 1024, 1),
            "baseline": round(baseline / 1024, 1),
            "peak": round(max(peak[0], rss_kib(a.pid, "VmHWM")) / 1024, 1),
            "end_of_load": round(rss_end_of_load / 1024, 1),
            "after_expiry": round(after / 1024, 1),
        },
        "rss_anon_mib": {"baseline": round(baseline_anon / 1024, 1), "after_expiry": round(after_anon / 1024, 1)},
        "rss_file_mib": {"baseline": round(baseline_file / 1024, 1), "after_expiry": round(after_file / 1024, 1)},
        "back_to_baseline": {"anon_growth_mib": round(growth, 1), "margin_mib": a.margin, "ok": growth <= a.margin},
        "server": {
            "checks_total": during.get("irve_checks_total"),
            "rejections": {k: v for k, v in during.items() if k.startswith("irve_rejections_total") and v},
            "files_end_of_load": files_end_of_load,
            "after_expiry": {
                "sessions_active": later.get("irve_sessions_active"),
                "disk_used_bytes": later.get("irve_disk_used_bytes"),
                "files_left": left,
            },
        },
        "latency_ms": {
            kind: {
                "count": len(v),
                "p50": round(percentile(v, 50) * 1000),
                "p95": round(percentile(v, 95) * 1000),
                "max": round(max(v) * 1000),
            }
            for kind, v in results["latency"].items()
        },
    }
    print(json.dumps(out, indent=2))
    expired = later.get("irve_sessions_active") == 0 and left in (None, 0)
    if not expired:
        print(f"sessions or files outlived their expiry: {out['server']['after_expiry']}", file=sys.stderr)
    if growth > a.margin:
        print(f"anonymous RSS {growth:.1f} MiB above its baseline after expiry (margin {a.margin} MiB)",
              file=sys.stderr)
    return 0 if results["failures"] == 0 and expired and growth <= a.margin else 1


if __name__ == "__main__":
    raise SystemExit(main())
