#!/usr/bin/env python3
"""The web assistant in a real headless Chromium (Debian's chromium + chromium-driver, Selenium).

    .venv-browser/bin/python Tests/Browser/e2e.py --bin .build/debug/irve --out DIR [--url URL]
        [--scenario NAME ...] [--udata-api URL --udata-org ID --server-files DIR]

Starts `irve serve --port 0` (unless --url names a running one), runs the scenarios, saves each
step's screenshot in DIR and writes DIR/result.json: per scenario, its steps with status
(passed / failed / not-run) and detail. Exit 0 when every step passed, 1 otherwise, 2 when the
run could not start (no browser, no server)."""

import argparse
import json
import os
import signal
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks  # noqa: E402
import isolation  # noqa: E402
import oracle  # noqa: E402
import publication  # noqa: E402
import scenarios  # noqa: E402

SCENARIOS = {
    "whole-path": scenarios.whole_path,
    "workbook": scenarios.workbook,
    "not-irve": scenarios.not_irve,
    "keyboard": checks.keyboard,
    "english": checks.english,
    "two-visitors": isolation.two_visitors,
    "publish": publication.publish,
}
# Scenarios that need more than the server (BrowserPublicationTests gives it): not in a run by default.
ON_REQUEST = {"publish"}


def arguments():
    p = argparse.ArgumentParser(description="irve serve in headless Chromium")
    p.add_argument("--bin", required=True, help="the irve binary (for irve serve and the CLI's answers)")
    p.add_argument("--out", required=True, help="folder for screenshots, downloads and result.json")
    p.add_argument("--url", help="a running irve serve (default: start one with --port 0)")
    p.add_argument("--root", default=os.path.dirname(os.path.dirname(HERE)), help="the package (Samples/)")
    p.add_argument("--scenario", action="append", choices=sorted(SCENARIOS), help="only these (repeatable)")
    p.add_argument("--udata-api", help="publish: a udata's API address (http://127.0.0.1:PORT/api/1)")
    p.add_argument("--udata-org", help="publish: the id of the organisation the key's user is a member of")
    p.add_argument("--server-files", help="publish: the server's temporary folder (TMPDIR), searched for the key")
    return p.parse_args()


def run(args):
    from browser import Browser
    from server import Server

    out = oracle.ensure_dir(os.path.abspath(args.out))
    server = None if args.url else Server(os.path.abspath(args.bin))
    base = args.url or server.url
    chosen = args.scenario or [n for n in SCENARIOS if n not in ON_REQUEST]
    browser = Browser(os.path.join(out, "downloads"), network="publish" in chosen)
    results = []
    try:
        ctx = scenarios.Context(browser, base, oracle.CLI(os.path.abspath(args.bin)), args.root, out)
        if "publish" in chosen:
            ctx.publication = publication.Publication(args.udata_api, args.udata_org, args.server_files)
        for name in chosen:
            results.append(SCENARIOS[name](ctx))
    finally:
        browser.quit()
        if server:
            server.stop()
    return {"url": base, "scenarios": results, "passed": all(r["passed"] for r in results)}


def main():
    args = arguments()
    # Stopped by the Swift test's time limit: still close Chromium and the server (the finally blocks).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    try:
        result = run(args)
    except Exception as e:  # no browser, no server: the run did not start, said as such
        result = {"error": f"{type(e).__name__}: {e}", "trace": traceback.format_exc(limit=6), "passed": False}
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "result.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    for r in result.get("scenarios", []):
        for s in r["steps"]:
            print(f"{r['name']:>10} {s['status']:>7}  {s['name']}: {s['detail'][:300]}")
    if "error" in result:
        print("e2e: " + result["error"], file=sys.stderr)
        return 2
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
