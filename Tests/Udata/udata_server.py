"""A real udata (PyPI `udata`, in-memory MongoDB through mongomock) on 127.0.0.1, for irve's tests.

Recipe: ../shared/docs/datagouv-api.md §9. The database lives in this process, so seeding happens
here, before serving. Usage:

    .venv-udata/bin/python Tests/Udata/udata_server.py --seed seed.json --workdir DIR [--catalog schemas.json]

seed.json: {"zones": [{"code": "47157", "name": "Marmande"}],
            "users": [{"key": "maire", "email": "maire@example.org"}],
            "organizations": [{"key": "marmande", "name": "Commune de Marmande", "members": ["maire"]}]}

Prints one JSON line once it serves: {"port", "tokens": {userKey: token}, "organizations": {orgKey: id},
"users": {userKey: id}}. Exits when its standard input closes (the test that started it ended), or
after --lifetime seconds.
"""
import argparse
import json
import os
import socket
import sys
import threading
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


def seed(app, spec):
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
        for z in spec.get("zones", []):
            GeoZone(id=f"fr:commune:{z['code']}", slug=z["name"].lower().replace(" ", "-"), name=z["name"],
                    code=z["code"], level="fr:commune").save()
        users = {}
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
            out["organizations"][o["key"]] = str(org.id)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--catalog")
    ap.add_argument("--lifetime", type=float, default=600)
    args = ap.parse_args()

    catalog_url = serve_catalog(args.catalog) if args.catalog else None
    port = free_port()
    os.environ["UDATA_SETTINGS"] = write_config(os.path.abspath(args.workdir), port, catalog_url)

    from udata.app import create_app, standalone
    from werkzeug.serving import make_server

    app = standalone(create_app())
    out = seed(app, json.load(open(args.seed)))
    server = make_server("127.0.0.1", port, app, threaded=True)
    out["port"] = port
    print(json.dumps(out), flush=True)

    threading.Timer(args.lifetime, lambda: os._exit(0)).start()
    threading.Thread(target=lambda: (sys.stdin.buffer.read(), os._exit(0)), daemon=True).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
