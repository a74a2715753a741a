"""The pages of the shared UI contract (COMMON.md), each read or driven as a person would:
what is asserted here is only what the contract names, compared with the CLI's answers."""

import collections
import os
import shutil
import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.support.ui import Select

from oracle import error_cells, optional_changes
from steps import expect

# A valid value for a cell the repairs cannot fill, by column (the sample's empty restriction_gabarit).
MANUAL_VALUES = {"restriction_gabarit": "Aucune"}


def upload_page(b, base, lang="fr"):
    """A new visitor's upload page: the upload form, its file input, the sample's form, the progress bar."""
    b.fresh(f"{base}?lang={lang}")
    for css in ["form#upload", "form#upload #file", "form#sample", "progress#progress"]:
        b.one(css)
    expect(not b.one("progress#progress").is_displayed(), "progress#progress shown before any upload")
    return "form#upload, #file, form#sample and a hidden progress#progress"


def upload(b, base, path, lang="fr", fresh=True):
    """The file set on `#file` (as a drop does), then the form's button; the verdict page follows.
    `fresh`: as a new visitor (else on the upload page already open)."""
    if fresh:
        upload_page(b, base, lang)
    b.one("#file").send_keys(os.path.abspath(path))
    b.one("form#upload button[type=submit], form#upload [type=submit]").click()
    b.wait_path("/verdict")
    b.wait_for("#verdict")
    return f"{os.path.basename(path)} sent, verdict page shown"


def verdict(b, cli, path, lang="fr"):
    """`#verdict` says what `irve check` says (same words), with the outlook, summary and groups."""
    report = cli.check(path, lang)
    element = b.one("#verdict")
    classes = (element.get_attribute("class") or "").split()
    wanted = "valid" if report["valid"] else "invalid"
    expect(wanted in classes, f"#verdict has classes {classes}, expected {wanted!r}")
    line = cli.verdict_line(path, lang)
    said = element.text.strip().lstrip("✘✔ ")
    expect(said == line, f"#verdict says {said!r}, irve check says {line!r}")
    if not report["valid"]:
        expect(b.text("#outlook"), "#outlook is empty")
        b.one("#summary")
        expect(b.all("details.group"), "no details.group on an invalid file")
    for link in ["a#open-map", "a#open-repairs", "a#open-fiche"]:
        b.one(link)
    return f"{line}; {len(b.all('details.group'))} groups"


def filters(b, stations):
    """`form#filters`: its four selects; errors only keeps fewer or as many groups; the stations offered
    are the file's."""
    form = b.one("form#filters")
    for css in ["#f-severity", "#f-column", "#f-family", "#f-station"]:
        b.one(f"form#filters {css}")
    offered = [o.get_attribute("value") for o in Select(b.one("#f-station")).options]
    expect(any(offered) or not stations, "#f-station offers no station")
    strangers = [v for v in offered if v and v not in stations]
    expect(not strangers, f"#f-station offers stations not in the file: {strangers[:5]}")
    before = len(b.all("details.group"))
    Select(b.one("#f-severity")).select_by_value("error")
    form.find_element("css selector", "[type=submit]").click()
    b.wait_path("/verdict")
    chosen = Select(b.wait_for("#f-severity")).first_selected_option.get_attribute("value")
    after = len(b.all("details.group"))
    expect(chosen == "error", f"#f-severity shows {chosen!r} after filtering on errors")
    expect(0 < after <= before, f"{after} groups with errors only, {before} without filter")
    return f"{before} groups, {after} with errors only; {len([v for v in offered if v])} stations offered"


def open_link(b, css, path):
    b.one(css).click()
    b.wait_path(path)
    return f"{css} opened {path}"


def map_stations(b, stations):
    """One `g.station[data-station]` per distinct station of the file."""
    b.wait_for("#irve-map-wrap g.station")
    drawn = [g.get_attribute("data-station") for g in b.all("#irve-map-wrap g.station[data-station]")]
    expect(len(drawn) == len(stations), f"{len(drawn)} g.station on the map, {len(stations)} stations in the file")
    expect(set(drawn) == set(stations), f"stations drawn {sorted(set(drawn) ^ set(stations))[:5]} differ")
    return f"{len(drawn)} stations drawn, as in the file"


def map_swapped(b, swapped):
    """Each swapped station as `g.swapped[data-station]` with its arrow (marker-end url(#irve-arrow))."""
    found = b.driver.execute_script("""
        return Array.from(document.querySelectorAll('#irve-map-wrap g.swapped[data-station]')).map(function (g) {
          var arrows = Array.from(g.querySelectorAll('[marker-end]')).filter(function (e) {
            return (e.getAttribute('marker-end') || '').indexOf('#irve-arrow') >= 0; });
          return [g.getAttribute('data-station'), arrows.length];
        });""")
    names = sorted(s for s, _ in found)
    expect(names == sorted(swapped), f"g.swapped for {names}, irve check says swapped: {sorted(swapped)}")
    no_arrow = [s for s, n in found if n == 0]
    expect(not no_arrow, f"no marker-end url(#irve-arrow) in g.swapped of {no_arrow}")
    expect(b.all("#irve-arrow"), "no #irve-arrow marker in the map")
    return f"swapped: {', '.join(names) or 'none'}, each with its arrow"


def map_panel(b):
    """Clicking a station lists it in `#irve-map-panel`."""
    g = b.one("#irve-map-wrap g.station[data-station]")
    station = g.get_attribute("data-station")
    ActionChains(b.driver).move_to_element(g).click().perform()
    panel = b.one("#irve-map-panel")
    for _ in range(100):
        if station in panel.text:
            return f"clicked {station}: the panel lists it"
        time.sleep(0.1)
    raise AssertionError(f"#irve-map-panel does not name {station} after a click: {panel.text[:200]!r}")


def repairs_proposals(b, cli, path):
    """One checkbox per change `irve fix --aggressive --dry-run` lists (same rules, same confidences);
    certain and likely checked, guesses not; a button per rule."""
    b.wait_for("form#repairs")
    plan = optional_changes(cli.fix_plan(path, aggressive=True))
    boxes = b.all("form#repairs input[type=checkbox][name=change]")
    seen = collections.Counter((x.get_attribute("data-rule"), x.get_attribute("data-confidence")) for x in boxes)
    wanted = collections.Counter((c["rule"], c["confidence"]) for c in plan)
    expect(seen == wanted, f"page proposes {dict(seen)}, irve fix proposes {dict(wanted)}")
    wrong = [x.get_attribute("value") for x in boxes
             if x.is_selected() != (x.get_attribute("data-confidence") in ("certain", "likely"))]
    expect(not wrong, f"wrongly pre-checked or unchecked: {wrong[:5]}")
    rules = {x.get_attribute("value") for x in b.all("form#repairs button[name=accept-rule]")}
    expect(rules and rules <= {c["rule"] for c in plan}, f"accept-rule buttons {sorted(rules)}")
    b.one("button#apply-repairs")
    return f"{len(boxes)} changes proposed as irve fix does, {len(rules)} rule buttons"


def manual_cell(b, cli, path, work):
    """Fixes by hand the first cell that stays in error after the default repairs and that
    MANUAL_VALUES knows; `.cell-result` answers."""
    fixed = cli.fix(path, os.path.join(work, "cli-fixed.csv"))
    remaining = [c for c in error_cells(cli.check(fixed)) if c[1] in MANUAL_VALUES]
    expect(remaining, "no cell left in error that the test knows how to fill")
    row, column = remaining[0]
    forms = [f for f in b.all("form.cell-edit") if column in f.text and str(row) in f.text]
    expect(forms, f"no form.cell-edit names row {row}, column {column} ({len(b.all('form.cell-edit'))} forms)")
    field = forms[0].find_element("css selector", "input[name=value]")
    field.clear()
    field.send_keys(MANUAL_VALUES[column])
    forms[0].find_element("css selector", "[type=submit]").click()
    b.wait_ready()
    answer = wait_text(b, ".cell-result")
    return (row, column, MANUAL_VALUES[column]), f"row {row} {column} = {MANUAL_VALUES[column]!r}: {answer!r}"


def wait_text(b, css, tries=600):
    for _ in range(tries):
        texts = [e.text.strip() for e in b.all(css) if e.text.strip()]
        if texts:
            return texts[0]
        time.sleep(0.1)
    raise AssertionError(f"{css} stayed empty")


def accept_guesses(b, cli, path, count):
    """As many guesses as `irve fix --aggressive` makes, none checked; checks the first `count`."""
    plan = optional_changes(cli.fix_plan(path, aggressive=True))
    wanted = [c for c in plan if c["confidence"] == "guess"]
    boxes = b.all("form#repairs input[type=checkbox][name=change][data-confidence=guess]")
    expect(len(boxes) == len(wanted), f"{len(boxes)} guesses on the page, irve fix --aggressive makes {len(wanted)}")
    if not wanted:
        return [], "this file has no guess (irve fix --aggressive makes none): nothing to accept"
    for box in boxes[:count]:
        expect(not box.is_selected(), "a guess is pre-checked")
        box.click()
        expect(box.is_selected(), "clicking a guess did not check it")
    return wanted, f"accepted {count} of {len(wanted)} guesses ({boxes[0].get_attribute('value')})"


def apply_and_download(b, out, name):
    """`button#apply-repairs`, then `a#download-repaired` into Chromium's download folder."""
    b.one("button#apply-repairs").click()
    b.wait_ready()
    link = b.wait_for("a#download-repaired")
    for css in ["a#download-log-csv", "a#download-log-json"]:
        b.one(css)
    b.clear_downloads()
    link.click()
    got = b.wait_download()
    kept = os.path.join(out, name)
    shutil.copyfile(got, kept)
    return kept, f"downloaded {os.path.basename(got)} ({os.path.getsize(kept)} bytes)"
