"""The publication in the browser, against a real udata on 127.0.0.1 (the custom API address of the
page): a file with errors refused, the repairs accepted, the title edited in the fiche, a wrong key,
published, read back from the udata API (never through irve), a second version, a forced one; and
the key searched in every response the browser saw, every page, every download and every file the
server wrote."""

import hashlib
import json
import os
import shutil
import subprocess
import time
import urllib.request

from selenium.webdriver.support.ui import WebDriverWait

import pages
from steps import Scenario, expect

TITLE = "IRVE – Bornes de recharge de Marmande (essai dans Chromium)"
# The two cells the repairs cannot fill: a height restriction left empty, a charging point id used twice.
TYPED_CELLS = [(12, "restriction_gabarit", "Aucune"), (20, "id_pdc_itinerance", "FRRGSE4715700802")]


class Udata:
    """The test's own reading of the udata API (urllib, the seeded member's token)."""

    def __init__(self, base, key, org):
        self.base, self.key, self.org = base.rstrip("/"), key, org

    def get(self, path):
        request = urllib.request.Request(self.base + path, headers={"X-API-KEY": self.key})
        with urllib.request.urlopen(request, timeout=60) as r:
            return json.loads(r.read().decode("utf-8"))

    def datasets(self):
        return self.get(f"/datasets/?organization={self.org}&page_size=50")["data"]

    def dataset(self, ident):
        return self.get(f"/datasets/{ident}/")


class Publication:
    """What the scenario needs from the Swift test: udata's address, the member's key, a key udata
    does not know, its organisation, and the server's temporary folder (its sessions' files)."""

    def __init__(self, api, org, files):
        self.api, self.org, self.files = api, org, files
        self.key = os.environ.get("IRVE_E2E_UDATA_KEY", "")
        self.wrong = os.environ.get("IRVE_E2E_WRONG_KEY", "")
        if not (api and org and files and len(self.key) >= 8 and len(self.wrong) >= 8):
            raise RuntimeError("the publish scenario needs --udata-api, --udata-org, --server-files, "
                               "IRVE_E2E_UDATA_KEY and IRVE_E2E_WRONG_KEY (set by BrowserPublicationTests)")


class KeyWatch(Scenario):
    """A scenario that, at the end of every step, keeps what the browser saw: the page's source, the
    DevTools network events (headers of every response, redirects included) and the bodies Chromium
    still holds; and the files under the server's temporary folder. `leaks(keys)` searches them."""

    def __init__(self, name, browser, out, files):
        super().__init__(name, browser, out)
        self.files = files
        self.seen = []  # (where, text)
        self.bodies = {"read": 0, "gone": 0}
        self.file_texts = {}  # path#n -> bytes: every version of every file seen
        self.duplicate_ids = {}  # page -> ids used twice (a label or a script would find the wrong one)

    def after_page(self, name, record, allow_http_errors):
        super().after_page(name, record, allow_http_errors)
        try:
            self.keep_what_the_browser_saw(name)
        except Exception as e:  # the watch itself failed: said, and the leak step fails for want of data
            record.setdefault("notes", []).append(f"key watch failed: {e}")
            self.seen.append((name, f"WATCH-FAILED {e}"))
        self.keep_files()

    def keep_what_the_browser_saw(self, name):
        d = self.browser.driver
        self.seen.append((f"{name}: page source", d.page_source))
        twice = d.execute_script("""
            var seen = {}, twice = [];
            document.querySelectorAll('[id]').forEach(function (e) {
              if (seen[e.id] && twice.indexOf(e.id) < 0) { twice.push(e.id); } seen[e.id] = true; });
            return twice;""")
        if twice:
            self.duplicate_ids.setdefault(self.browser.path(), twice)
        for entry in d.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            method, params = message.get("method", ""), message.get("params", {})
            if method == "Network.requestWillBeSent":
                # The request itself carries the key the visitor typed (the form's body): only the
                # answer it got when it was redirected counts.
                if "redirectResponse" in params:
                    self.seen.append((f"{name}: redirect {params['redirectResponse'].get('url')}",
                                      json.dumps(params["redirectResponse"], ensure_ascii=False)))
                continue
            if method == "Network.requestWillBeSentExtraInfo":
                continue  # the request's headers (the browser's own cookie)
            if method.startswith("Network."):
                self.seen.append((f"{name}: {method}", json.dumps(params, ensure_ascii=False)))
            if method == "Network.responseReceived":
                self.read_body(name, params)

    def read_body(self, name, params):
        url = params.get("response", {}).get("url", "")
        try:
            body = self.browser.driver.execute_cdp_cmd("Network.getResponseBody", {"requestId": params["requestId"]})
            self.seen.append((f"{name}: body of {url}", body.get("body", "")))
            self.bodies["read"] += 1
        except Exception:  # a document already replaced: its source was kept when it was shown
            self.bodies["gone"] += 1

    def keep_files(self):
        for folder, _, names in os.walk(self.files):
            for n in names:
                path = os.path.join(folder, n)
                try:
                    with open(path, "rb") as f:
                        self.file_texts[path + f"#{len(self.file_texts)}"] = f.read()
                except OSError:
                    pass  # removed between the listing and the read (a session's temporary file)

    def leaks(self, keys, downloads):
        found = []
        for key in keys:
            raw = key.encode("utf-8")
            found += [f"{where}: the key" for where, text in self.seen if key in text]
            found += [f"server file {p.split('#')[0]}" for p, b in self.file_texts.items() if raw in b]
            for top in downloads:
                for folder, _, names in os.walk(top):
                    for n in names:
                        with open(os.path.join(folder, n), "rb") as f:
                            if raw in f.read():
                                found.append(f"download {os.path.join(folder, n)}")
        return found


def publish(ctx):
    """The whole publication, step by step (see the module's docstring)."""
    p = ctx.publication
    b, cli, udata = ctx.browser, ctx.cli, Udata(p.api, p.key, p.org)
    s = KeyWatch("publish", b, ctx.out, p.files)
    b.driver.get_log("performance")  # what earlier scenarios left
    work = os.path.join(ctx.out, "work")
    os.makedirs(work, exist_ok=True)
    sample = ctx.sample
    newer = newer_version(sample, os.path.join(work, "commune-exemple-v2", "commune-exemple.csv"))
    s.step("drop-the-sample", lambda: (pages.upload_page(b, ctx.base), pages.drop(b, sample))[1])
    s.step("publish-page", lambda: publish_page(s, ctx.base))
    s.step("errors-refused", lambda: errors_refused(s, p, udata, cli, sample, work), allow_http_errors=True)
    s.step("accept-repairs", lambda: accept_repairs(s, ctx.base, "v1"))
    s.step("fiche-title-edited", lambda: fiche_title(s, ctx.base))
    s.step("dry-run-plan", lambda: dry_run(s, p))
    s.step("wrong-key", lambda: wrong_key(s, p, udata, cli, work), allow_http_errors=True)
    s.step("publish-v1", lambda: publish_click(s, p.key, created=True))
    s.step("read-back-v1", lambda: read_back(s, udata, "v1"))
    s.step("drop-v2", lambda: drop_again(b, ctx.base, newer))
    s.step("accept-repairs-v2", lambda: accept_repairs(s, ctx.base, "v2"))
    s.step("publish-v2-kept-key", lambda: publish_again(s, ctx.base))
    s.step("read-back-v2", lambda: read_back_v2(s, udata))
    s.step("drop-faulty-again", lambda: drop_again(b, ctx.base, sample), blocks=False)
    s.step("forced", lambda: forced(s, ctx.base, udata, sample), allow_http_errors=True, blocks=False)
    s.step("forget-key", lambda: forget(s, ctx.base), needs_previous=False, allow_http_errors=True)
    s.step("downloads-after-the-key", lambda: later_downloads(s, ctx.base), needs_previous=False)
    s.step("no-key-anywhere", lambda: no_key(s, p, b), needs_previous=False, blocks=False, page=False)
    s.step("ids-unique", lambda: ids_unique(s), needs_previous=False, blocks=False, page=False)
    return s.finish()


def drop_again(b, base, path):
    """Another file dropped in the same session (its cookie kept: the key and the fiche stay)."""
    b.get(base + "?lang=fr")
    return pages.drop(b, path)


def newer_version(sample, path):
    """The sample as next month's file (same stations, a new update date): another checksum."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(sample, encoding="utf-8") as f:
        text = f.read()
    expect("2026-10-15" in text, "the sample has no date 2026-10-15 to move")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("2026-10-15", "2026-11-02"))
    return path


def publish_page(s, base):
    """From the verdict, the fiche, then the publication page: where to find the key, the demo site
    recommended, the custom address folded, the file's errors said."""
    b = s.browser
    pages.open_link(b, "a#open-fiche", "/fiche")
    pages.open_link(b, "a#open-publish", "/publish")
    for css in ["#key-help", "#demo-advice", "form#publish-form", "input#api-key[type=password]", "#errors-warning",
                "#no-organisation"]:
        b.one(css)
    expect("data.gouv.fr" in b.text("#key-help"), f"#key-help: {b.text('#key-help')!r}")
    expect("demo.data.gouv.fr" in b.text("#demo-advice"), f"#demo-advice: {b.text('#demo-advice')!r}")
    expect(b.one("details#api-custom").get_attribute("open") is None, "the custom API address is shown unasked")
    expect(not b.one("#api-url").is_displayed(), "#api-url visible while its details are closed")
    expect(b.one("input[name=api][value=demo]").is_selected(), "demo.data.gouv.fr is not the first choice")
    warning = b.text("#errors-warning")
    expect("mauvaise idée" in warning, f"#errors-warning does not say why: {warning!r}")
    box = b.one("input#force")
    expect(not box.is_selected(), "the force box is checked before the visitor chose")
    return f"warning: {warning[:90]}…; force unchecked; custom address folded"


def choose_custom(s, api):
    """Opens the folded custom address, picks it and types udata's address."""
    b = s.browser
    if b.one("details#api-custom").get_attribute("open") is None:
        b.one("details#api-custom > summary").click()
    b.one("input[name=api][value=custom]").click()
    field = b.one("#api-url")
    field.clear()
    field.send_keys(api)


def type_key(b, key):
    field = b.one("#api-key")
    field.clear()
    if key:
        field.send_keys(key)


def page_text(b):
    return b.driver.execute_script("return document.body ? document.body.innerText : ''") or ""


def cli_sentence(cli, path, api, key, marker, cwd):
    """What `irve publish FILE --send --api API` says (the CLI's own words), from `marker` on."""
    env = dict(os.environ, DATAGOUV_API_KEY=key, IRVE_LANG="fr")
    r = subprocess.run([cli.binary, "publish", os.path.basename(path), "--send", "--api", api,
                        "--state", os.path.join(cwd, "cli-state.sqlite")], cwd=cwd, env=env, capture_output=True,
                       text=True, timeout=300, stdin=subprocess.DEVNULL)
    said = r.stdout + r.stderr
    expect(key not in said, "irve publish printed the key")
    expect(marker in said, f"irve publish exited {r.returncode} without {marker!r}: {said[-400:]!r}")
    line = next(x for x in said.splitlines() if marker in x)
    return line[line.index(marker):].strip()


def errors_refused(s, p, udata, cli, sample, work):
    """The sample as dropped (with errors), Publier without the box: the CLI's refusal, nothing on udata."""
    b = s.browser
    choose_custom(s, p.api)
    type_key(b, p.key)
    b.new_page(lambda: b.one("button#publish").click())
    said = b.text("#publish-error")
    folder = os.path.join(work, "as-dropped")
    os.makedirs(folder, exist_ok=True)
    shutil.copyfile(sample, os.path.join(folder, os.path.basename(sample)))
    wanted = cli_sentence(cli, sample, p.api, p.wrong, "publication refusée", folder)
    expect(wanted in said, f"#publish-error says {said!r}; irve publish says {wanted!r}")
    expect(udata.datasets() == [], "a dataset exists on udata after a refused file")
    expect(not b.all("#published"), "#published after a refusal")
    return f"refused as the CLI: {wanted[:100]}…; udata has no dataset"


def accept_repairs(s, base, version):
    """Every proposed change checked, applied, the two cells typed by hand, the repaired file
    downloaded: no cell left in error."""
    b = s.browser
    b.get(base + "repairs?lang=fr")
    b.wait_for("form#repairs")
    boxes = b.all("form#repairs input[type=checkbox][name=change]")
    for box in boxes:
        if not box.is_selected():
            box.click()
    b.new_page(lambda: b.one("button#apply-repairs").click())
    for row, column, value in TYPED_CELLS:
        form = pages.cell_form(row, column)
        expect(b.all(form), f"no {form}: cells in error {[f.get_attribute('id') for f in b.all('form.cell-edit')]}")
        field = b.one(f"{form} input[name=value]")
        field.clear()
        field.send_keys(value)
        b.new_page(lambda: b.one(f"{form} [type=submit]").click())
        pages.rechecked_valid(b, form)
    b.new_page(lambda: b.one("button#apply-repairs").click())
    b.wait_for("#no-cell")
    kept, detail = pages.apply_and_download(b, os.path.join(s.out, "work"), f"repaired-{version}.csv")
    s.values[f"download-{version}"] = kept
    return f"{len(boxes)} changes accepted, {len(TYPED_CELLS)} cells typed, no cell in error; {detail}"


def fiche_title(s, base):
    """The title edited in the form: the live score answers; saved, the publication page follows."""
    b = s.browser
    b.get(base + "fiche?lang=fr")
    title = b.wait_for("#f-title")
    before = b.one("#quality-score").get_attribute("data-updated")
    title.clear()  # the emptied title is answered first (refused), then the typed one
    title.send_keys(TITLE)

    def answered(d):
        q = d.find_element("css selector", "#quality-score")
        return q.get_attribute("data-updated") != before and q.get_attribute("data-score") is not None

    try:
        WebDriverWait(b.driver, 30).until(answered)
        time.sleep(0.6)  # past the script's 250 ms pause: no later answer is on its way
        WebDriverWait(b.driver, 30).until(answered)
    except Exception:
        said = b.text("#quality-score")[:200]
        raise AssertionError(f"#quality-score not updated for the typed title: {said!r}") from None
    score = b.one("#quality-score").get_attribute("data-score")
    maximum = b.one("#quality-score").get_attribute("data-maximum")
    expect(score is not None and score.isdigit(), f"#quality-score data-score={score!r}")
    s.values["predicted"] = int(score)
    s.values["missing"] = b.text("#quality-missing")
    b.new_page(lambda: b.one("button#save-fiche").click())
    b.wait_path("/publish")
    expect(not b.all("#errors-warning"), "the repaired file still has #errors-warning")
    said = b.text("#file-to-publish")
    expect("avec les corrections choisies" in said, f"#file-to-publish: {said!r}")
    return f"title typed; predicted {score}/{maximum} ({s.values['missing'][:60]}); saved, /publish shown"


def dry_run(s, p):
    """The plan for the custom address: the exact requests, the key masked."""
    b = s.browser
    choose_custom(s, p.api)
    type_key(b, "")
    b.new_page(lambda: b.one("button#show-plan").click())
    plan = b.wait_for("section#plan")
    expect(b.one("details#api-custom").get_attribute("open") is not None, "the custom address folded again")
    items = plan.find_elements("css selector", "li")
    codes = [c.text for c in plan.find_elements("css selector", "code")]
    expect(f"POST {p.api}/datasets/" in codes, f"no POST {p.api}/datasets/ in the plan: {codes}")
    source = b.driver.page_source
    masked = "clé d'API masquée" in source or "clé d&#39;API masquée" in source
    expect(masked, "the plan does not show the masked key")
    return f"{len(items)} requests planned for {p.api}: {', '.join(c.split(' ')[0] for c in codes)}"


def wrong_key(s, p, udata, cli, work):
    """A key udata does not know: the CLI's sentence, nothing published, the key not kept."""
    b = s.browser
    choose_custom(s, p.api)
    type_key(b, p.wrong)
    b.new_page(lambda: b.one("button#publish").click())
    said = b.text("#publish-error")
    folder = os.path.join(work, "repaired")
    os.makedirs(folder, exist_ok=True)
    shutil.copyfile(s.values["download-v1"], os.path.join(folder, "commune-exemple.csv"))
    wanted = cli_sentence(cli, os.path.join(folder, "commune-exemple.csv"), p.api, p.wrong, "clé d'API refusée",
                          folder)
    expect(wanted in said, f"#publish-error says {said!r}; irve publish says {wanted!r}")
    expect(not b.all("#key-kept"), "a refused key is kept")
    expect(udata.datasets() == [], "a dataset exists on udata after a wrong key")
    return f"the CLI's sentence: {wanted[:90]}…"


def publish_click(s, key, created, force=False):
    """Publier (the custom address already chosen): the published section, its link and real score."""
    b = s.browser
    type_key(b, key)
    if force:
        b.one("input#force").click()
    b.new_page(lambda: b.one("button#publish").click())
    if not b.all("section#published"):
        error = b.all("#publish-error")
        raise AssertionError(f"not published: {error[0].text if error else page_text(b)[:400]!r}")
    section = b.one("section#published")
    expect(section.get_attribute("data-created") == ("true" if created else "false"),
           f"data-created={section.get_attribute('data-created')!r}, {created} expected")
    heading = section.find_element("css selector", "h2").text
    expect(heading == ("Publié : nouveau jeu de données" if created else "Publié : jeu de données mis à jour"),
           f"heading {heading!r}")
    link = b.one("a#dataset-link").get_attribute("href")
    real = b.one("#real-score")
    s.values["page"] = {"dataset": section.get_attribute("data-dataset"),
                        "resource": section.get_attribute("data-resource"), "link": link,
                        "score": real.get_attribute("data-score"), "predicted": real.get_attribute("data-predicted"),
                        "score-text": real.text}
    expect(b.all("#key-kept"), "the key is not kept for the session after a publication")
    return f"{heading}; {link}; {real.text}"


def sha1(path):
    with open(path, "rb") as f:
        return hashlib.sha1(f.read()).hexdigest()


def irve_resource(ds):
    found = [r for r in ds.get("resources", []) if (r.get("schema") or {}).get("name") == "etalab/schema-irve-statique"]
    expect(len(found) == 1, f"{len(found)} resources declare etalab/schema-irve-statique: {ds.get('resources')}")
    return found[0]


def read_back(s, udata, version):
    """The dataset as udata has it: title, public, schema 2.3.1, zones, tag irve, the file's checksum,
    the quality score the fiche predicted and the page showed."""
    page = s.values["page"]
    listed = udata.datasets()
    expect([d["id"] for d in listed] == [page["dataset"]], f"udata lists {[d['id'] for d in listed]}, page {page}")
    ds = udata.dataset(page["dataset"])
    expect(ds["title"] == TITLE, f"title {ds['title']!r}")
    expect(ds.get("private") is False, f"private={ds.get('private')!r}")
    expect(ds.get("deleted") in (None, False), f"deleted={ds.get('deleted')!r}")
    expect((ds.get("spatial") or {}).get("zones") == ["fr:commune:47157"], f"zones {ds.get('spatial')}")
    expect("irve" in ds.get("tags", []), f"tags {ds.get('tags')}")
    r = irve_resource(ds)
    expect(r["schema"].get("version") == "2.3.1", f"schema {r['schema']}")
    expect(r["id"] == page["resource"], f"resource {r['id']}, page says {page['resource']}")
    checksum = (r.get("checksum") or {})
    wanted = sha1(s.values[f"download-{version}"])
    expect(checksum.get("type") == "sha1" and checksum.get("value") == wanted,
           f"checksum {checksum}, sha1 of the repaired download {wanted}")
    quality = (ds.get("quality") or {}).get("score")
    expect(isinstance(quality, (int, float)), f"quality {ds.get('quality')}")
    real = round(quality * 9)
    predicted = s.values["predicted"]
    expect(real == predicted, f"udata's score {real}/9 ({quality}), the fiche predicted {predicted}")
    expect(page["score"] == str(real), f"the page shows {page['score-text']!r}, udata has {real}/9")
    expect(page["predicted"] == str(s.values["predicted"]), f"the page's prediction {page['predicted']}")
    expect(page["link"] == ds.get("page") or page["link"] == ds.get("uri"), f"link {page['link']} vs {ds.get('page')}")
    s.values[f"ids-{version}"] = (ds["id"], r["id"], checksum["value"])
    return (f"{ds['id']}: {ds['title']!r}, public, {r['schema']['name']} {r['schema']['version']}, zones "
            f"{ds['spatial']['zones']}, tag irve, sha1 {checksum['value'][:12]}… = the download, quality {real}/9 "
            f"= predicted = shown")


def publish_again(s, base):
    """Back to the publication page with the key kept: the field left empty."""
    b = s.browser
    b.get(base + "publish?lang=fr")
    expect(not b.all("#errors-warning"), "the repaired v2 still has #errors-warning")
    expect(b.all("#key-kept"), "no #key-kept: the key was not kept for the session")
    expect(b.one("input[name=api][value=custom]").is_selected(), "the custom address was not kept")
    return publish_click(s, "", created=False)


def read_back_v2(s, udata):
    """Same dataset, same resource, the new file's checksum; the title still the edited one."""
    dataset, resource, first = s.values["ids-v1"]
    detail = read_back(s, udata, "v2")
    d2, r2, second = s.values["ids-v2"]
    expect((d2, r2) == (dataset, resource), f"v2 went to {d2}/{r2}, v1 was {dataset}/{resource}")
    expect(second != first, "the checksum did not change with the new file")
    return f"same dataset and resource, checksum {first[:10]}… → {second[:10]}…; {detail[:60]}"


def forced(s, base, udata, sample):
    """The sample with its errors again: refused without the box; with it (the visitor's explicit
    choice), published as it is."""
    b = s.browser
    b.get(base + "publish?lang=fr")
    expect(b.all("#errors-warning"), "no #errors-warning for the file with errors")
    dataset, resource, before = s.values["ids-v2"]
    type_key(b, "")
    b.new_page(lambda: b.one("button#publish").click())
    expect(b.all("#publish-error") and "publication refusée" in b.text("#publish-error"),
           f"not refused without the box: {page_text(b)[:300]!r}")
    expect(irve_resource(udata.dataset(dataset))["checksum"]["value"] == before, "the file changed on udata")
    detail = publish_click(s, "", created=False, force=True)
    now = irve_resource(udata.dataset(dataset))["checksum"]["value"]
    expect(now == sha1(sample), f"udata's checksum {now}, sha1 of the sample as dropped {sha1(sample)}")
    return f"refused, then forced: {detail[:80]}"


def forget(s, base):
    b = s.browser
    b.get(base + "publish?lang=fr")
    expect(b.all("button#forget-key"), "no « Oublier la clé » while a key is kept")
    b.new_page(lambda: b.one("button#forget-key").click())
    expect("La clé est oubliée." in b.text("#publish-notice"), "no notice after forgetting the key")
    expect(not b.all("#key-kept"), "#key-kept after « Oublier la clé »")
    type_key(b, "")
    b.new_page(lambda: b.one("button#publish").click())
    said = b.text("#publish-error")
    expect("Tapez la clé" in said, f"publishing without a key says {said!r}")
    return "key forgotten; Publier then asks for it"


def later_downloads(s, base):
    """Downloads made after the key was typed: fiche.txt and the repaired file."""
    b = s.browser
    b.get(base + "fiche?lang=fr")
    b.clear_downloads()
    b.one("button#download-fiche").click()
    got = b.wait_download()
    kept = os.path.join(s.out, "work", "fiche.txt")
    shutil.copyfile(got, kept)
    with open(kept, encoding="utf-8") as f:
        text = f.read()
    expect(f"titre : {TITLE}" in text, f"fiche.txt has no edited title: {text[:300]!r}")
    b.get(base + "verdict?lang=fr")
    b.clear_downloads()
    b.one("a[href^='/download/repaired']").click()
    b.wait_download()
    return f"fiche.txt ({len(text)} characters) and the repaired file downloaded"


def no_key(s, p, b):
    time.sleep(0.5)
    folders = [b.downloads, os.path.join(s.out, "work")]
    found = s.leaks([p.key, p.wrong], folders)
    failed = [where for where, text in s.seen if text.startswith("WATCH-FAILED")]
    expect(not failed, f"the watch failed at {failed}: what the browser saw there is unknown")
    expect(s.bodies["read"] > 0, "no response body could be read from Chromium")
    expect(not found, "; ".join(found[:10]))
    files = len({k.split("#")[0] for k in s.file_texts})
    return (f"neither key in {len(s.seen)} pages, network events and bodies ({s.bodies['read']} bodies read, "
            f"{s.bodies['gone']} gone with their page), {files} server files, the downloads")


def ids_unique(s):
    expect(not s.duplicate_ids, f"ids used twice: {s.duplicate_ids}")
    return "no id used twice on any page of the publication"
