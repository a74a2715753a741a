"""`irve serve` started on 127.0.0.1 with a free port (`--port 0`): the address is the one it prints."""

import re
import subprocess
import threading
import time

ADDRESS = re.compile(r"http://127\.0\.0\.1:(\d+)/")


class Server:
    """The real binary, stopped (SIGTERM, then SIGKILL) when the run ends."""

    def __init__(self, binary, extra=(), timeout=60):
        self.process = subprocess.Popen(
            [binary, "serve", "--port", "0", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL, text=True)
        self.url = None
        self.output = []
        found = threading.Event()

        def read():
            for line in self.process.stdout:
                self.output.append(line)
                m = ADDRESS.search(line)
                if m and not self.url:
                    self.url = m.group(0)
                    found.set()

        threading.Thread(target=read, daemon=True).start()
        deadline = time.time() + timeout
        while not found.wait(0.1):
            if self.process.poll() is not None or time.time() > deadline:
                err = self.process.stderr.read() if self.process.poll() is not None else ""
                self.stop()
                raise RuntimeError(f"irve serve printed no address ({''.join(self.output)}{err})")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def rss_kib(self):
        """The server's resident memory (VmRSS, KiB), from /proc."""
        with open(f"/proc/{self.process.pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0
