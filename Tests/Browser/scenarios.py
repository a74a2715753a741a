"""The scenarios: the whole path on the sample, a workbook, a file that is not IRVE. Each step
is named; the Swift test (Tests/IRVEWebE2ETests) reports the first one that failed."""

import os

import oracle
import pages
from steps import Scenario, expect


class Context:
    """What every scenario gets: the browser, the server's address, the CLI and the folders."""

    def __init__(self, browser, base, cli, root, out):
        self.browser, self.base, self.cli, self.root, self.out = browser, base, cli, root, out
        self.sample = os.path.join(root, "Samples", "commune-exemple.csv")


def whole_path(ctx):
    """Drop the sample, read the verdict, the map, the repairs (defaults, a guess if any, one cell by
    hand), apply, download; the downloaded file has exactly the findings expected."""
    s, b, cli, path = Scenario("whole-path", ctx.browser, ctx.out), ctx.browser, ctx.cli, ctx.sample
    report = cli.check(path)
    stations = oracle.stations(path)
    s.step("upload-page", lambda: pages.upload_page(b, ctx.base))
    s.step("drop-the-file", lambda: pages.drop(b, path))
    s.step("verdict", lambda: pages.verdict(b, cli, path))
    s.values["verdict"] = b.driver.current_url
    s.step("filters", lambda: pages.filters(b, stations), blocks=False)
    s.step("open-map", lambda: from_verdict(s, "a#open-map", "/map"), blocks=False)
    s.step("map-stations", lambda: pages.map_stations(b, stations), **ON_MAP)
    s.step("map-swapped-arrow", lambda: pages.map_swapped(b, oracle.swapped_stations(path, report)), **ON_MAP)
    s.step("map-panel", lambda: pages.map_panel(b, oracle.station_details(path)), **ON_MAP)
    s.step("open-repairs", lambda: from_verdict(s, "a#open-repairs", "/repairs"))
    s.step("repairs-proposals", lambda: pages.repairs_proposals(b, cli, path), blocks=False)
    s.step("repairs-fix-one-cell", lambda: keep(s, "manual", pages.manual_cell(b, cli, path, ctx.out)))
    s.step("repairs-accept-a-guess", lambda: keep(s, "guesses", pages.accept_guesses(b, cli, path, 1)))
    s.step("apply-and-download", lambda: keep(s, "download", pages.apply_and_download(b, ctx.out, "repaired.csv")))
    s.step("downloaded-file-findings", lambda: downloaded_findings(s, cli, path))
    s.step("remaining-as-the-page-said", lambda: remaining_as_said(s, cli))
    return s.finish()


# The map's checks need the map page, and nothing after them needs the map.
ON_MAP = {"blocks": False, "needs": ("open-map",)}


def from_verdict(s, link, path):
    """Back on the verdict page, then its link (as a person does after looking at the map)."""
    s.browser.get(s.values["verdict"])
    return pages.open_link(s.browser, link, path)


def keep(s, key, pair):
    """Stores a step's value for the next steps and returns its detail."""
    s.values[key] = pair[0]
    return pair[1]


def downloaded_findings(s, cli, path):
    """`irve check` on the download finds exactly what `irve fix` leaves, less the cell fixed by hand
    (and the guessed cells, if one was accepted); the hand-typed value is in the file."""
    row, column, value = s.values["manual"]
    got_report = cli.check(s.values["download"])
    fixed = cli.check(os.path.join(s.out, "cli-fixed.csv"))
    guessed = {(c["row"], c["column"]) for c in s.values.get("guesses") or []}
    skip = guessed | {(row, column)}
    wanted = [k for k in oracle.finding_keys(fixed) if (k[2], k[3]) not in skip]
    got = [k for k in oracle.finding_keys(got_report) if (k[2], k[3]) not in guessed]
    expect(got == wanted, f"downloaded file: {got} ; expected {wanted}")
    cell = (oracle.read_rows(s.values["download"])[row - 2].get(column) or "").strip()
    expect(cell == value, f"row {row} {column} is {cell!r} in the download, {value!r} was typed")
    return f"{len(got)} findings left, as expected ({got_report['stats']})"


def remaining_as_said(s, cli):
    """After applying, the page lists one `form.cell-edit` per cell still in error in the download."""
    b = s.browser
    left = oracle.error_cells(cli.check(s.values["download"]))
    forms = b.all("form.cell-edit")
    expect(len(forms) == len(left), f"page lists {len(forms)} cells still in error, irve check finds {left}")
    return f"{len(left)} cells still in error: {left}"


def workbook(ctx):
    """The sample as a workbook whose first station can only be guessed: verdict as the CLI's, the map,
    the guesses unchecked; one accepted, and only that one is in the download."""
    s, b, cli = Scenario("workbook", ctx.browser, ctx.out), ctx.browser, ctx.cli
    path = oracle.write_workbook(ctx.sample, os.path.join(ctx.out, "commune-exemple.xlsx"))
    s.step("upload", lambda: pages.upload(b, ctx.base, path))
    s.step("verdict", lambda: pages.verdict(b, cli, path))
    s.values["verdict"] = b.driver.current_url
    s.step("open-map", lambda: pages.open_link(b, "a#open-map", "/map"), blocks=False)
    s.step("map-stations", lambda: pages.map_stations(b, oracle.stations(path)), **ON_MAP)
    s.step("open-repairs", lambda: from_verdict(s, "a#open-repairs", "/repairs"))
    s.step("repairs-proposals", lambda: pages.repairs_proposals(b, cli, path), blocks=False)
    s.step("repairs-accept-a-guess", lambda: keep(s, "guesses", pages.accept_guesses(b, cli, path, 1)))
    s.step("apply-and-download", lambda: keep(s, "download", pages.apply_and_download(b, ctx.out, "workbook.csv")))
    s.step("only-the-accepted-guess", lambda: one_guess_applied(s))
    return s.finish()


def one_guess_applied(s):
    guesses = s.values["guesses"]
    expect(guesses, "no guess was proposed")
    rows = oracle.read_rows(s.values["download"])
    applied = [g for g in guesses if (rows[g["row"] - 2].get(g["column"]) or "") == g["after"]]
    expect(len(applied) == 1, f"{len(applied)} of the {len(guesses)} guesses are in the download, 1 was accepted")
    return f"row {applied[0]['row']} {applied[0]['column']} = {applied[0]['after']}, the other guesses left alone"


def not_irve(ctx):
    """A CSV that is not an IRVE file: the page says what `irve check` says."""
    s, b, cli = Scenario("not-irve", ctx.browser, ctx.out), ctx.browser, ctx.cli
    path = oracle.write_not_irve(os.path.join(ctx.out, "pas-irve.csv"))
    message = next(f["message"] for f in cli.check(path)["findings"] if f["severity"] == "error")

    def send():
        b.fresh(ctx.base)
        b.one("#file").send_keys(path)
        b.new_page(lambda: b.one("form#upload [type=submit]").click())
        said = b.driver.execute_script("return document.body ? document.body.innerText : ''") or ""
        expect(message in said, f"the page does not say {message!r}: {said[:300]!r}")
        return f"the page says: {message[:80]}…"

    s.step("upload-and-message", send, allow_http_errors=True)
    s.step("verdict-invalid", lambda: expect_invalid(b), allow_http_errors=True)
    return s.finish()


def expect_invalid(b):
    classes = (b.one("#verdict").get_attribute("class") or "").split()
    expect("invalid" in classes, f"#verdict classes {classes}")
    return "#verdict is invalid"
