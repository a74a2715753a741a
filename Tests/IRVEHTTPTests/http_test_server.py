"""Tiny HTTP server for IRVEHTTPTests, on 127.0.0.1 and a free port (printed on the first line).

/echo            any method: the request as JSON (method, path, headers, body, multipart parts)
/slow?s=N        answers after N seconds
/flaky?key=K&fail=N&status=503&retry_after=V
                 the first N requests for K get `status` (with Retry-After: V when given), then 200
/status/N        answers with status N
/big?n=N         N bytes of body
/endless…        a chunked body that never ends (until the client hangs up), under any sub-path
Stops when its standard input closes (the test process ended, however it ended), or after 5 minutes.
"""
import os
import email.parser
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

counts = {}
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type="application/json", extra=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def handle_any(self):
        url = urlsplit(self.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if url.path == "/echo":
            parts = []
            ctype = self.headers.get("Content-Type") or ""
            if ctype.startswith("multipart/"):
                msg = email.parser.BytesParser().parsebytes(b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body)
                for p in msg.get_payload():
                    data = p.get_payload(decode=True) or b""
                    parts.append({"name": p.get_param("name", header="content-disposition"),
                                  "filename": p.get_filename(), "contentType": p.get_content_type(),
                                  "size": len(data), "text": data.decode("utf-8", "replace")[:200]})
            out = {"method": self.command, "path": url.path, "query": q,
                   "headers": {k.lower(): v for k, v in self.headers.items()},
                   "body": body.decode("utf-8", "replace"), "bodyLength": len(body), "parts": parts}
            self.reply(200, json.dumps(out).encode(), extra=[("X-Multi", "a"), ("X-Multi", "b")])
        elif url.path == "/slow":
            time.sleep(float(q.get("s", "3")))
            self.reply(200, b"{}")
        elif url.path == "/flaky":
            key = q.get("key", "")
            with lock:
                counts[key] = counts.get(key, 0) + 1
                n = counts[key]
            if n <= int(q.get("fail", "1")):
                extra = [("Retry-After", q["retry_after"])] if "retry_after" in q else []
                self.reply(int(q.get("status", "503")), b'{"message": "busy"}', extra=extra)
            else:
                self.reply(200, json.dumps({"attempts": n}).encode())
        elif url.path == "/redirect":
            self.reply(302, b"{}", extra=[("Location", q["to"])])
        elif url.path.startswith("/status/"):
            self.reply(int(url.path.rsplit("/", 1)[1]), b'{"message": "as asked"}')
        elif url.path.startswith("/endless"):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"x" * 65536
            try:
                while True:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
        elif url.path == "/big":
            self.reply(200, b"x" * int(q.get("n", "1000000")), content_type="text/plain")
        else:
            self.reply(404, b'{"message": "not found"}')

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = handle_any


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Timer(300, lambda: os._exit(0)).start()
    threading.Thread(target=lambda: (sys.stdin.buffer.read(), os._exit(0)), daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
