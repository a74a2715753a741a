"""A real udata (PyPI `udata`, in-memory MongoDB through mongomock) on 127.0.0.1, for irve's tests.

Recipe: ../shared/docs/datagouv-api.md §9. The database lives in this process, so seeding happens
here, before serving. Usage:

    .venv-udata/bin/python Tests/Udata/udata_server.py --seed seed.json --workdir DIR [--catalog schemas.json]

seed.json: {"zones": [{"code": "47157", "name": "Marmande"}],
            "users": [{"key": "maire", "email": "maire@example.org"}],
            "organizations": [{"key": "marmande", "name": "Commune de Marmande", "members": ["maire"]}]}

Optional, for `irve survey`: "zones" entries may give "level" ("fr:departement"); "files": {"root": DIR,
"slow_seconds": 3} serves DIR on a loopback port of its own (paths under /slow/ answer after the delay, /big/N
streams N MiB); "datasets": [{"key", "title", "organization": orgKey | "owner": userKey, "zones": [ids],
"tags": [...], "resources": [{"title", "url" ("{files}" is the file server's base), "format", "schema":
{"name", "version"} | null, "checksum": true (sha1 of the served file)}]}].
--request-log PATH appends one line per request received, "api|file <monotonic seconds> <path>".

Prints one JSON line once it serves: {"port", "tokens": {userKey: token}, "organizations": {orgKey: id},
"users": {userKey: id}, "datasets": {datasetKey: id}, "files": base URL or null}. Exits when its standard
input closes (the test that started it ended), or after --lifetime seconds.
"""
import argparse
import json
import os
import socket
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_catalog(path):
    """The schema catalogue (schema.data.gouv.fr's schemas.json format) on a loopback port of its own."""
    body = open(path, "rb").read()

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/schemas.json"


REQUEST_LOG = {"path": None, "lock": threading.Lock()}


def log_request(kind, path):
    if not REQUEST_LOG["path"]:
        return
    with REQUEST_LOG["lock"], open(REQUEST_LOG["path"], "a") as f:
        f.write(f"{kind} {time.monotonic():.6f} {path}\n")


def serve_files(root, slow_seconds):
    """Data files for the survey tests: as they are, slow (/slow/…), or without end (/big/N: N MiB)."""
    root = os.path.abspath(root)

    class Handler(SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=root, **k)

        def log_message(self, *a):
            pass

        def do_GET(self):
            log_request("file", self.path)
            if self.path.startswith("/slow/"):
                time.sleep(slow_seconds)
                self.path = self.path[len("/slow"):]
            if self.path.startswith("/big/"):
                size = int(self.path.split("/")[2]) << 20
                self.send_response(200)
                self.send_header("Content-Type", "text/csv")
                self.send_header("Content-Length", str(size))
                self.end_headers()
                chunk = b"a" * 65536
                try:
                    for _ in range(size // len(chunk)):
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return
            return super().do_GET()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", root


def seed_datasets(spec, orgs, users, files):
    """The datasets of the survey tests, saved straight into the database (as the API would)."""
    import hashlib
    from udata.core.dataset.models import Checksum, Dataset, Resource, Schema
    from udata.core.spatial.models import GeoZone, SpatialCoverage

    base, root = files if files else ("", "")
    out = {}
    for d in spec.get("datasets", []):
        resources = []
        for r in d.get("resources", []):
            url = r["url"].replace("{files}", base)
            checksum = None
            if r.get("checksum") and root:
                local = os.path.join(root, url[len(base):].lstrip("/").removeprefix("slow/"))
                if os.path.isfile(local):
                    checksum = Checksum(type="sha1", value=hashlib.sha1(open(local, "rb").read()).hexdigest())
            schema = Schema(**r["schema"]) if r.get("schema") else None
            resources.append(Resource(title=r["title"], url=url, filetype="remote", format=r.get("format", "csv"),
                                      schema=schema, checksum=checksum))
        zones = [GeoZone.objects.get(id=z) for z in d.get("zones", [])]
        owner = {"organization": orgs[d["organization"]]} if d.get("organization") else {"owner": users[d["owner"]]}
        dataset = Dataset(title=d["title"], description=d.get("description", d["title"]), license="lov2",
                          frequency=d.get("frequency", "unknown"), tags=d.get("tags", []), resources=resources,
                          spatial=SpatialCoverage(zones=zones, granularity="fr:commune"), **owner)
        dataset.save()
        out[d["key"]] = str(dataset.id)
    return out


def write_config(workdir, port, catalog_url):
    cfg = os.path.join(workdir, "udata.cfg")
    fs_root = os.path.join(workdir, "fs")
    os.makedirs(fs_root, exist_ok=True)
    with open(cfg, "w") as f:
        f.write(f"""
import mongomock
SECRET_KEY = "irve-tests-only"
API_TOKEN_SECRET = "irve-tests-only-token-secret"
SECURITY_PASSWORD_SALT = "irve-tests-only-salt"
SERVER_NAME = "127.0.0.1:{port}"
PREFERRED_URL_SCHEME = "http"
SESSION_COOKIE_SECURE = False
MONGODB_SETTINGS = {{"host": "mongodb://localhost:27017/udata", "mongo_client_class": mongomock.MongoClient, "connect": False}}
CELERY_TASK_ALWAYS_EAGER = True
CACHE_TYPE = "flask_caching.backends.SimpleCache"
FS_ROOT = {fs_root!r}
FS_SERVE = True
URLS_ALLOW_LOCAL = True
URLS_ALLOW_PRIVATE = True
URLS_RESOLVE_HOSTNAME = False
SECURITY_EMAIL_VALIDATOR_ARGS = {{"check_deliverability": False}}
SCHEMA_CATALOG_URL = {catalog_url!r}
DEBUG = False
TESTING = False
""")
    return cfg


def seed(app, spec, files=None):
    from udata.core.api_token.models import ApiToken
    from udata.core.dataset.models import License
    from udata.core.organization.models import Member, Organization
    from udata.core.spatial.models import GeoLevel, GeoZone
    from udata.models import datastore
    from datetime import datetime, timezone

    out = {"tokens": {}, "organizations": {}, "users": {}}
    with app.app_context():
        for lid, title in [("lov2", "Licence Ouverte / Open Licence version 2.0"), ("notspecified", "License Not Specified"),
                           ("odc-odbl", "Open Data Commons Open Database License (ODbL)"), ("fr-lo", "Licence Ouverte / Open Licence")]:
            License(id=lid, title=title, active=True).save()
        GeoLevel(id="fr:commune", name="Commune", admin_level=80).save()
        GeoLevel(id="fr:departement", name="Département", admin_level=60).save()
        for z in spec.get("zones", []):
            level = z.get("level", "fr:commune")
            GeoZone(id=f"{level}:{z['code']}", slug=z["name"].lower().replace(" ", "-"), name=z["name"],
                    code=z["code"], level=level).save()
        users = {}
        orgs = {}
        for u in spec.get("users", []):
            user = datastore.create_user(email=u["email"], password="Irve-tests-0nly!", first_name=u.get("first_name", u["key"]),
                                         last_name=u.get("last_name", "Test"), active=True,
                                         confirmed_at=datetime.now(timezone.utc))
            user.save()
            users[u["key"]] = user
            _, plaintext = ApiToken.generate(user, name="irve-tests")
            out["tokens"][u["key"]] = plaintext
            out["users"][u["key"]] = str(user.id)
        for o in spec.get("organizations", []):
            org = Organization(name=o["name"], description=o.get("description", o["name"]),
                               members=[Member(user=users[k], role="admin") for k in o.get("members", [])])
            org.save()
            orgs[o["key"]] = org
            out["organizations"][o["key"]] = str(org.id)
        out["datasets"] = seed_datasets(spec, orgs, users, files)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--catalog")
    ap.add_argument("--lifetime", type=float, default=600)
    ap.add_argument("--request-log")
    args = ap.parse_args()
    REQUEST_LOG["path"] = args.request_log
    spec = json.load(open(args.seed))
    files = None
    if spec.get("files"):
        files = serve_files(spec["files"]["root"], spec["files"].get("slow_seconds", 3))

    catalog_url = serve_catalog(args.catalog) if args.catalog else None
    port = free_port()
    os.environ["UDATA_SETTINGS"] = write_config(os.path.abspath(args.workdir), port, catalog_url)

    from udata.app import create_app, standalone
    from werkzeug.serving import make_server

    app = standalone(create_app())
    out = seed(app, spec, files)
    out["files"] = files[0] if files else None

    def logged(environ, start_response):
        log_request("api", environ.get("PATH_INFO", "") + "?" + environ.get("QUERY_STRING", ""))
        return app(environ, start_response)

    server = make_server("127.0.0.1", port, logged, threaded=True)
    out["port"] = port
    print(json.dumps(out), flush=True)

    threading.Timer(args.lifetime, lambda: os._exit(0)).start()
    threading.Thread(target=lambda: (sys.stdin.buffer.read(), os._exit(0)), daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
