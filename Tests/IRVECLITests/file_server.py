"""Tiny HTTP server for the `irve check URL` tests, on 127.0.0.1 and a free port (first line).

/files/NAME      the file NAME of the folder given as the first argument (200), else 404
/redirect/NAME   302 to /files/NAME
/status/N        answers with status N
/big?n=N         N bytes of CSV-looking text
/slow?s=N        answers after N seconds
Stops when its standard input closes (the test process ended), or after 5 minutes.
"""
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

FOLDER = sys.argv[1] if len(sys.argv) > 1 else "."


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, extra=()):
        self.send_response(status)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlsplit(self.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        name = os.path.basename(url.path)
        if url.path.startswith("/files/"):
            path = os.path.join(FOLDER, name)
            if os.path.isfile(path):
                with open(path, "rb") as f:
                    self.reply(200, f.read())
            else:
                self.reply(404, b"not found")
        elif url.path.startswith("/redirect/"):
            self.reply(302, b"", extra=[("Location", "/files/" + name)])
        elif url.path.startswith("/status/"):
            self.reply(int(name), b"as asked")
        elif url.path == "/big":
            self.reply(200, b"a,b\n" + b"1,2\n" * (int(q.get("n", "1000000")) // 4))
        elif url.path == "/slow":
            time.sleep(float(q.get("s", "5")))
            self.reply(200, b"a,b\n1,2\n")
        else:
            self.reply(404, b"not found")


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Timer(300, lambda: os._exit(0)).start()
    threading.Thread(target=lambda: (sys.stdin.buffer.read(), os._exit(0)), daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
