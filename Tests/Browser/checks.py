"""The keyboard alone (Tab, Enter, Space, the map's keys) through every form, and the English switch."""

from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

import pages
from steps import Scenario, expect

SUBMIT = "[type=submit]"


def keyboard(ctx):
    """The sample reached, filtered, mapped and repaired without the mouse."""
    s, b = Scenario("keyboard", ctx.browser, ctx.out), ctx.browser
    s.step("upload-form", lambda: upload_form(b, ctx.base))
    s.step("sample-with-enter", lambda: sample_with_enter(b))
    s.values["verdict"] = b.driver.current_url
    s.step("open-a-group", lambda: open_group(b), blocks=False)
    s.step("filters", lambda: filters(b), blocks=False)
    s.step("map-keys", lambda: map_keys(b, s.values["verdict"]), blocks=False)
    s.step("repairs-checkbox-space", lambda: repairs_checkbox(b, s.values["verdict"]))
    s.step("repairs-cell-edit", lambda: cell_edit(b), blocks=False)
    s.step("repairs-apply-enter", lambda: apply_with_enter(b))
    return s.finish()


def upload_form(b, base):
    b.fresh(base)
    b.focus_start()
    b.tab_to("form#upload #file")
    b.tab_to(f"form#upload {SUBMIT}")
    b.tab_to(f"form#sample {SUBMIT}")
    return "Tab reaches #file, the upload button, the sample's button"


def sample_with_enter(b):
    b.new_page(lambda: b.press(Keys.ENTER))
    b.wait_path("/verdict")
    b.wait_for("#verdict")
    return "Enter on the sample's button: verdict page"


def open_group(b):
    b.focus_start()
    b.tab_to("details.group > summary")
    b.press(Keys.ENTER)
    opened = b.driver.execute_script("return document.activeElement.parentElement.open")
    expect(opened, "Enter on a group's summary did not open it")
    return "Enter opens a details.group"


def filters(b):
    """Arrow keys choose a severity, Enter on the button filters."""
    b.focus_start()
    b.tab_to("#f-severity")
    b.press(Keys.ARROW_DOWN)
    chosen = Select(b.one("#f-severity")).first_selected_option.get_attribute("value")
    expect(chosen, "ArrowDown on #f-severity chose nothing")
    b.tab_to(f"form#filters {SUBMIT}")
    b.new_page(lambda: b.press(Keys.ENTER))
    b.wait_path("/verdict")
    kept = Select(b.wait_for("#f-severity")).first_selected_option.get_attribute("value")
    expect(kept == chosen, f"filtered on {chosen!r}, the page shows {kept!r}")
    return f"severity {chosen!r} chosen and applied with the keyboard"


def map_keys(b, verdict):
    """Tab to the map, + zooms, 0 comes back."""
    b.get(verdict)
    b.focus_start()
    b.tab_to("a#open-map")
    b.new_page(lambda: b.press(Keys.ENTER))
    b.wait_path("/map")
    b.wait_for("#irve-map-wrap")
    b.focus_start()
    b.tab_to("#irve-map-wrap, #irve-map-wrap *")
    before = view(b)
    b.press("+")
    zoomed = view(b)
    expect(zoomed != before, "+ changed nothing in the map's view")
    b.press("0")
    expect(view(b) == before, "0 did not bring the map back to its first view")
    return "Tab focuses the map, + zooms in, 0 resets"


def view(b):
    """The map's view: the SVG's viewBox and the transforms of its groups."""
    return b.driver.execute_script("""
        var svg = document.querySelector('#irve-map-wrap svg');
        if (!svg) { return null; }
        var t = Array.from(svg.querySelectorAll('[transform]')).slice(0, 5).map(function (e) {
          return e.getAttribute('transform'); });
        return [svg.getAttribute('viewBox'), svg.getAttribute('style')].concat(t).join('|');""")


def repairs_checkbox(b, verdict):
    b.get(verdict)
    b.focus_start()
    b.tab_to("a#open-repairs")
    b.new_page(lambda: b.press(Keys.ENTER))
    b.wait_path("/repairs")
    b.wait_for("form#repairs")
    b.focus_start()
    b.tab_to("form#repairs input[type=checkbox][name=change]")
    box = b.driver.switch_to.active_element
    first = box.is_selected()
    b.press(Keys.SPACE)
    expect(box.is_selected() != first, "Space did not toggle the focused change")
    b.press(Keys.SPACE)
    expect(box.is_selected() == first, "Space did not toggle it back")
    b.tab_to("form#repairs button[name=accept-rule]")
    return "Tab reaches a change and a rule button; Space toggles the change"


def cell_edit(b):
    """Tab to the first cell still in error that the test can fill, type its value, Enter: the
    recheck says it is valid."""
    known = [f for f in b.all("form.cell-edit") if f.get_attribute("id").rsplit("-", 1)[-1] in pages.MANUAL_VALUES]
    expect(known, f"no form.cell-edit for a column among {sorted(pages.MANUAL_VALUES)}")
    form = "form.cell-edit#" + known[0].get_attribute("id")
    column = known[0].get_attribute("id").rsplit("-", 1)[-1]
    b.focus_start()
    b.tab_to(f"{form} input[name=value]", limit=600)
    current = b.driver.switch_to.active_element.get_attribute("value") or ""
    b.press(Keys.END, *([Keys.BACKSPACE] * len(current)), pages.MANUAL_VALUES[column])
    b.new_page(lambda: b.press(Keys.ENTER))
    answer = pages.rechecked_valid(b, form)
    return f"Enter rechecked the cell: {answer!r}"


def apply_with_enter(b):
    b.focus_start()
    b.tab_to("button#apply-repairs", limit=600)
    b.new_page(lambda: b.press(Keys.ENTER))
    b.wait_for("a#download-repaired")
    b.focus_start()
    b.tab_to("a#download-repaired", limit=600)
    return "Enter on apply; Tab reaches the repaired file's link"


def english(ctx):
    """`?lang=en`: the same pages in English (html lang, control names, the CLI's English verdict)."""
    s, b, cli = Scenario("english", ctx.browser, ctx.out), ctx.browser, ctx.cli
    s.step("upload-page-en", lambda: upload_page_en(b, ctx.base))
    s.step("verdict-en", lambda: verdict_in(b, cli, ctx.sample, "en"))
    s.step("switch-back-fr", lambda: switch(b, cli, ctx.sample, "fr"), blocks=False)
    s.step("switch-again-en", lambda: switch(b, cli, ctx.sample, "en"), blocks=False)
    return s.finish()


def upload_page_en(b, base):
    b.fresh(f"{base}?lang=fr")
    french = b.control_names()
    b.get(f"{base}?lang=en")
    lang = b.driver.execute_script("return document.documentElement.lang")
    expect(lang == "en", f"<html lang={lang!r}> with ?lang=en")
    english = b.control_names()
    expect(len(english) == len(french), f"{len(english)} controls in English, {len(french)} in French")
    same = [n for (_, n), (_, f) in zip(english, french) if n == f]
    expect(len(same) < len(english), f"no control name changed in English: {english}")
    return f"html lang=en; controls named {[n for _, n in english]}"


def verdict_in(b, cli, sample, lang):
    b.new_page(lambda: b.one(f"form#sample {SUBMIT}").click())
    b.wait_path("/verdict")
    return verdict_is(b, cli, sample, lang)


def switch(b, cli, sample, lang):
    b.get(b.driver.current_url.split("?")[0] + f"?lang={lang}")
    return verdict_is(b, cli, sample, lang)


def verdict_is(b, cli, sample, lang):
    got = b.driver.execute_script("return document.documentElement.lang")
    expect(got == lang, f"<html lang={got!r}>, expected {lang!r}")
    return pages.verdict(b, cli, sample, lang)
