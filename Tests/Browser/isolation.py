"""Two browsers at once: each visitor sees only its own file (verdict, map, download), and neither
page can read its session cookie."""

import csv
import os

import oracle
import pages
from browser import Browser
from steps import Scenario, expect

COOKIE = "irve_session"


def two_visitors(ctx):
    """Visitor A drops the sample, visitor B (a second Chromium) a file of its first two stations."""
    a = ctx.browser
    b = Browser(os.path.join(ctx.out, "downloads-b"))
    s = Scenario("two-visitors", a, ctx.out)
    try:
        mine = ctx.sample
        theirs = first_stations(ctx.sample, os.path.join(ctx.out, "deux-stations.csv"), 2)
        s.step("a-uploads", lambda: pages.upload(a, ctx.base, mine))
        s.step("b-uploads", lambda: pages.upload(b, ctx.base, theirs))
        s.step("cookies-apart", lambda: cookies_apart(a, b))
        s.step("a-still-sees-a", lambda: sees(a, ctx.base, mine))
        s.step("b-sees-b", lambda: sees(b, ctx.base, theirs), blocks=False)
        s.step("b-downloads-b", lambda: downloads(b, ctx.base, ctx.out, theirs, "b-corrige.csv"), blocks=False)
        s.step("a-downloads-a", lambda: downloads(a, ctx.base, ctx.out, mine, "a-corrige.csv"), blocks=False)
    finally:
        b.quit()
    return s.finish()


def first_stations(sample, path, count):
    """The sample's rows of its first `count` stations, as another commune's file."""
    with open(sample, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    column = rows[0].index("id_station_itinerance")
    keep = []
    for row in rows[1:]:
        if row[column] not in keep:
            keep.append(row[column])
    kept = [rows[0]] + [r for r in rows[1:] if r[column] in keep[:count]]
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\n").writerows(kept)
    return path


def cookies_apart(a, b):
    """Two sessions of 256 bits, HttpOnly (no script of the page sees them)."""
    ids = []
    for browser in (a, b):
        cookie = browser.driver.get_cookie(COOKIE)
        expect(cookie, f"no {COOKIE} cookie")
        expect(cookie.get("httpOnly"), f"{COOKIE} is not HttpOnly: {cookie}")
        expect(cookie.get("sameSite") == "Strict", f"{COOKIE} is SameSite={cookie.get('sameSite')}")
        seen = browser.driver.execute_script("return document.cookie")
        expect(COOKIE not in seen, f"the page's script reads the session cookie: {seen!r}")
        ids.append(cookie["value"])
    expect(ids[0] != ids[1], "both browsers have the same session")
    expect(all(len(i) == 64 for i in ids), f"session ids of {[len(i) for i in ids]} hex digits, 64 expected")
    return "two distinct 256-bit HttpOnly SameSite=Strict sessions"


def sees(browser, base, path):
    """The verdict names this visitor's file and its row count; the map draws its stations only."""
    browser.get(base + "verdict")
    heading = browser.text("h1")
    expect(os.path.basename(path) in heading, f"the verdict's heading is {heading!r}")
    rows = len(oracle.read_rows(path))
    expect(browser.text("#rows") == str(rows), f"#rows says {browser.text('#rows')}, the file has {rows} rows")
    browser.get(base + "map")
    pages.map_stations(browser, oracle.stations(path))
    return f"{os.path.basename(path)}: {rows} rows, {len(oracle.stations(path))} stations on the map"


def downloads(browser, base, out, path, name):
    """The repaired file of the verdict page holds this visitor's stations, never the other's."""
    browser.get(base + "verdict")
    browser.clear_downloads()
    browser.one("a[href^='/download/repaired']").click()
    kept = os.path.join(out, name)
    os.replace(browser.wait_download(), kept)
    got = oracle.stations(kept)
    expect(got == oracle.stations(path), f"the download has stations {got}, the visitor's file {oracle.stations(path)}")
    return f"{name}: {len(got)} stations, the visitor's own"
