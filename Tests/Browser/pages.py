"""The pages of the shared UI contract (COMMON.md), each read or driven as a person would:
what is asserted here is only what the contract names, compared with the CLI's answers."""

import base64
import collections
import os
import shutil

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.support.ui import Select, WebDriverWait

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
    b.new_page(lambda: b.one("form#upload [type=submit]").click())
    b.wait_path("/verdict")
    b.wait_for("#verdict")
    return f"{os.path.basename(path)} sent, verdict page shown"


def drop(b, path):
    """The file dropped on the drop zone (a DataTransfer holding its bytes, as a drag from the desktop
    gives): the page's script sends it; the verdict page follows."""
    with open(path, "rb") as f:
        data = base64.b64encode(f.read()).decode("ascii")
    b.one(".drop")
    b.new_page(lambda: b.driver.execute_script("""
        var bytes = Uint8Array.from(atob(arguments[0]), function (c) { return c.charCodeAt(0); });
        var t = new DataTransfer();
        t.items.add(new File([bytes], arguments[1], { type: "text/csv" }));
        var zone = document.querySelector(".drop");
        ["dragenter", "dragover", "drop"].forEach(function (type) {
          zone.dispatchEvent(new DragEvent(type, { dataTransfer: t, bubbles: true, cancelable: true }));
        });""", data, os.path.basename(path)))
    b.wait_path("/verdict")
    b.wait_for("#verdict")
    name = b.text("h1")
    expect(os.path.basename(path) in name, f"the verdict's heading {name!r} does not name the dropped file")
    return f"{os.path.basename(path)} dropped, verdict page shown"


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
    b.new_page(lambda: form.find_element("css selector", "[type=submit]").click())
    b.wait_path("/verdict")
    chosen = Select(b.wait_for("#f-severity")).first_selected_option.get_attribute("value")
    after = len(b.all("details.group"))
    expect(chosen == "error", f"#f-severity shows {chosen!r} after filtering on errors")
    expect(0 < after <= before, f"{after} groups with errors only, {before} without filter")
    return f"{before} groups, {after} with errors only; {len([v for v in offered if v])} stations offered"


def open_link(b, css, path):
    b.new_page(lambda: b.one(css).click())
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


def map_panel(b, stations):
    """Clicking each station's marker shows it in `#irve-map-panel`: a heading with its name and its
    id, and its rows as in the file. `stations`: {id: (names, rows)} read from the file."""
    seen = []
    swapped = {g.get_attribute("data-station") for g in b.all("#irve-map-wrap g.swapped[data-station]")}
    # A swapped station last: the step's screenshot shows it zoomed in, its arrow and its panel.
    markers = sorted(b.all("#irve-map-wrap g.station[data-station]"),
                     key=lambda g: g.get_attribute("data-station") in swapped)
    for g in markers:
        station = g.get_attribute("data-station")
        names, rows = stations[station]
        zoom_on(b, g.find_element("css selector", "circle"))
        ActionChains(b.driver).move_to_element(g.find_element("css selector", "circle")).click().perform()
        try:
            WebDriverWait(b.driver, 10).until(lambda d: f"({station})" in panel_heading(b))
        except TimeoutException:
            raise AssertionError(f"clicked {station}: #irve-map-panel shows {panel_heading(b)!r}") from None
        heading = panel_heading(b)
        expect(any(n and n in heading for n in names), f"{station}: the panel's heading {heading!r} has no {names}")
        listed = b.driver.execute_script("var p = document.querySelector('#irve-map-panel h2 + h3 + p');"
                                         "return p ? p.textContent : '';")
        expect(listed == ", ".join(map(str, rows)), f"{station}: the panel lists rows {listed!r}, the file {rows}")
        seen.append(station)
    expect(len(seen) == len(stations), f"{len(seen)} markers clicked, {len(stations)} stations")
    return f"each of the {len(seen)} markers clicked shows its name, id and rows"


def zoom_on(b, marker, notches=12):
    """The first view (key 0), then the mouse wheel over `marker` (the commune's stations are a few
    pixels apart at first; zooming in spreads them, their markers keep their size)."""
    b.driver.execute_script("document.getElementById('irve-map-wrap').focus();")
    b.press("0")
    before = map_width(b)
    for _ in range(notches):
        ActionChains(b.driver).scroll_from_origin(ScrollOrigin.from_element(marker), 0, -100).perform()
    after = map_width(b)
    expect(after < before / 8, f"the mouse wheel zoomed from a width of {before} to {after}")


def map_width(b):
    return b.driver.execute_script("return document.querySelector('#irve-map-wrap svg').viewBox.baseVal.width")


def panel_heading(b):
    return b.driver.execute_script("var h = document.querySelector('#irve-map-panel h2');"
                                   "return h ? h.textContent : '';")


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
    form = cell_form(row, column)
    expect(b.all(form), f"no {form} ({len(b.all('form.cell-edit'))} form.cell-edit on the page)")
    field = b.one(f"{form} input[name=value]")
    field.clear()
    field.send_keys(MANUAL_VALUES[column])
    b.new_page(lambda: b.one(f"{form} [type=submit]").click())
    answer = rechecked_valid(b, form)
    return (row, column, MANUAL_VALUES[column]), f"row {row} {column} = {MANUAL_VALUES[column]!r}: {answer!r}"


def cell_form(row, column):
    """The form of one cell still in error (its id names the row and the column)."""
    return f"form.cell-edit#cell-{row}-{column}"


def rechecked_valid(b, form):
    """The cell's `.cell-result` after its form was sent: the value typed is now valid."""
    answer = b.wait_for(f"{form} .cell-result p")
    classes = (answer.get_attribute("class") or "").split()
    expect("valid" in classes, f"{form}: the recheck says {answer.text!r} (classes {classes}), valid expected")
    return answer.text.strip()


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
    b.new_page(lambda: b.one("button#apply-repairs").click())
    link = b.wait_for("a#download-repaired")
    for css in ["a#download-log-csv", "a#download-log-json"]:
        b.one(css)
    b.clear_downloads()
    link.click()
    got = b.wait_download()
    kept = os.path.join(out, name)
    shutil.copyfile(got, kept)
    return kept, f"downloaded {os.path.basename(got)} ({os.path.getsize(kept)} bytes)"
