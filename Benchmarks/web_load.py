#!/usr/bin/env python3
"""Load figures of `irve serve` (Python 3 stdlib only; run by Benchmarks/web.sh).

Starts the server (`--port 0`), then measures over plain HTTP, as a browser's form would post:
  - upload → verdict time on each --file (POST /upload, then GET /verdict), best and median;
  - the server's RSS with --sessions sessions each holding --session-file;
  - --clients concurrent clients each uploading --sample --per-client times: latency p50 / p95
    and failures (any answer but 303 then 200 counts as one).
Writes the figures as JSON (--json) and a summary on stdout."""

import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import threading
import time
import uuid

ADDRESS = re.compile(r"http://127\.0\.0\.1:(\d+)/")
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class Visitor:
    """One browser: its cookie and its CSRF token."""

    def __init__(self, port):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        self.conn.request("GET", "/")
        r = self.conn.getresponse()
        page = r.read().decode("utf-8")
        self.cookie = (r.getheader("Set-Cookie") or "").split(";")[0]
        self.csrf = CSRF.search(page).group(1)

    def upload(self, name, data):
        """POST /upload then GET /verdict; the seconds from the first byte sent to the verdict read."""
        boundary = "----irveload" + uuid.uuid4().hex
        head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{self.csrf}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                "Content-Type: text/csv\r\n\r\n").encode()
        body = head + data + f"\r\n--{boundary}--\r\n".encode()
        start = time.perf_counter()
        self.conn.request("POST", "/upload?lang=fr", body=body, headers={
            "Cookie": self.cookie, "Content-Type": f"multipart/form-data; boundary={boundary}"})
        r = self.conn.getresponse()
        r.read()
        if r.status != 303:
            raise RuntimeError(f"upload answered {r.status}")
        self.conn.request("GET", r.getheader("Location"), headers={"Cookie": self.cookie})
        v = self.conn.getresponse()
        page = v.read()
        if v.status != 200 or b'id="verdict"' not in page:
            raise RuntimeError(f"verdict answered {v.status}")
        return time.perf_counter() - start


def start_server(binary, max_upload_mb):
    p = subprocess.Popen([binary, "serve", "--port", "0", "--max-upload-mb", str(max_upload_mb)],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, text=True)
    line = p.stdout.readline()
    m = ADDRESS.search(line)
    if not m:
        p.kill()
        raise SystemExit(f"irve serve printed no address: {line!r}")
    return p, int(m.group(1))


def rss_kib(pid, key="VmRSS"):
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def upload_times(port, path, repeat):
    data = open(path, "rb").read()
    times = [Visitor(port).upload(os.path.basename(path), data) for _ in range(repeat)]
    return {"file": path, "bytes": len(data), "runs": times, "best_s": min(times),
            "median_s": statistics.median(times)}


def sessions_rss(pid, port, path, count):
    data = open(path, "rb").read()
    before = rss_kib(pid)
    visitors = [Visitor(port) for _ in range(count)]
    for v in visitors:
        v.upload(os.path.basename(path), data)
    return {"sessions": count, "file_bytes": len(data), "rss_before_kib": before,
            "rss_after_kib": rss_kib(pid), "peak_rss_kib": rss_kib(pid, "VmHWM")}


def concurrent(port, path, clients, per_client):
    data = open(path, "rb").read()
    latencies, failures, lock = [], [], threading.Lock()

    def client():
        try:
            v = Visitor(port)
        except Exception as e:  # a refused visit is a failure like a refused upload
            with lock:
                failures.extend([repr(e)] * per_client)
            return
        for _ in range(per_client):
            try:
                t = v.upload(os.path.basename(path), data)
                with lock:
                    latencies.append(t)
            except Exception as e:
                with lock:
                    failures.append(repr(e))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    return {"clients": clients, "uploads": clients * per_client, "wall_s": wall,
            "p50_s": percentile(latencies, 0.50) if latencies else None,
            "p95_s": percentile(latencies, 0.95) if latencies else None,
            "failures": len(failures), "failure_examples": failures[:3]}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bin", required=True)
    p.add_argument("--file", action="append", default=[], help="upload → verdict timed on it (repeatable)")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--session-file", required=True)
    p.add_argument("--sessions", type=int, default=20)
    p.add_argument("--sample", required=True)
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--per-client", type=int, default=5)
    p.add_argument("--json", required=True)
    a = p.parse_args()
    server, port = start_server(a.bin, 200)
    try:
        result = {"load_before": os.getloadavg(), "cpus": os.cpu_count()}
        result["upload_to_verdict"] = [upload_times(port, f, a.repeat) for f in a.file]
        result["concurrent"] = concurrent(port, a.sample, a.clients, a.per_client)
        result["sessions"] = sessions_rss(server.pid, port, a.session_file, a.sessions)
        result["load_after"] = os.getloadavg()
    finally:
        server.terminate()
        server.wait(30)
    with open(a.json, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)
    for u in result["upload_to_verdict"]:
        print(f"upload → verdict  {os.path.basename(u['file'])} ({u['bytes'] / 1e6:.1f} MB): "
              f"best {u['best_s']:.3f} s, median {u['median_s']:.3f} s over {len(u['runs'])}")
    c = result["concurrent"]
    print(f"{c['clients']} concurrent clients, {c['uploads']} uploads of the sample: p50 {c['p50_s'] or 0:.3f} s, "
          f"p95 {c['p95_s'] or 0:.3f} s, failures {c['failures']} (wall {c['wall_s']:.1f} s)")
    s = result["sessions"]
    print(f"RSS with {s['sessions']} sessions of {s['file_bytes'] / 1e6:.1f} MB: {s['rss_after_kib'] / 1024:.0f} MiB "
          f"(before {s['rss_before_kib'] / 1024:.0f} MiB, peak {s['peak_rss_kib'] / 1024:.0f} MiB)")
    print(f"load average before {result['load_before'][0]:.1f}, after {result['load_after'][0]:.1f} "
          f"({result['cpus']} CPUs)")
    return 1 if c["failures"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
