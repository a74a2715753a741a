"""Headless Chromium through chromedriver (Debian's packages), with what every check reads:
the console, the accessibility tree, screenshots, downloads and the keyboard."""

import os
import shutil
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

# Roles of the controls a person fills or presses: each needs an accessible name.
CONTROL_ROLES = {"textbox", "combobox", "checkbox", "button", "searchbox", "spinbutton", "radio", "listbox"}


def find_tool(env, names):
    """The tool named by the environment variable `env`, else the first of `names` on PATH."""
    chosen = os.environ.get(env)
    if chosen:
        return chosen if os.access(chosen, os.X_OK) else None
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One Chromium for a whole run; each scenario starts with no cookie (a new session)."""

    def __init__(self, downloads, width=1100, height=900, network=False):
        chromium = find_tool("IRVE_CHROMIUM", ["chromium", "chromium-browser"])
        driver = find_tool("IRVE_CHROMEDRIVER", ["chromedriver"])
        if not chromium or not driver:
            raise RuntimeError("chromium or chromedriver not found (apt-get install chromium chromium-driver)")
        self.downloads = downloads
        os.makedirs(downloads, exist_ok=True)
        opts = webdriver.ChromeOptions()
        opts.binary_location = chromium
        for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    f"--window-size={width},{height}", "--lang=fr-FR", "--no-first-run",
                    "--disable-extensions", "--disable-background-networking"]:
            opts.add_argument(arg)
        # `network`: DevTools' network events kept too (the "performance" log), for the key search.
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL", **({"performance": "ALL"} if network else {})})
        if network:
            opts.add_experimental_option("perfLoggingPrefs", {"enableNetwork": True, "enablePage": False})
        opts.add_experimental_option("prefs", {
            "download.default_directory": downloads, "download.prompt_for_download": False,
            "intl.accept_languages": "fr-FR,fr"})
        # Selenium Manager is never asked to download anything: the driver's path is given.
        self.driver = webdriver.Chrome(service=Service(driver), options=opts)
        self.driver.set_page_load_timeout(120)
        self.driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                                    {"behavior": "allow", "downloadPath": downloads})
        self.console = []  # (page, entry) of every console message read so far

    def quit(self):
        self.driver.quit()

    # --- pages -----------------------------------------------------------------------------

    def fresh(self, url):
        """A new visitor: no cookie, then the page."""
        self.driver.delete_all_cookies()
        self.get(url)

    def get(self, url):
        self.driver.get(url)
        self.wait_ready()

    def wait_ready(self, timeout=120):
        WebDriverWait(self.driver, timeout).until(
            lambda d: d.execute_script("return document.readyState") == "complete")

    def new_page(self, action, timeout=120):
        """Runs `action` (a click, a key on a form) and waits until it replaced the page: the old
        document (marked before) gone, the new one loaded. Elements found before are stale after
        this: find them again."""
        self.driver.execute_script("document.documentElement.setAttribute('data-irve-old', '');")
        action()
        replaced = ("var h = document.documentElement;"
                    "return !!h && !h.hasAttribute('data-irve-old') && document.readyState === 'complete';")
        try:
            # While the old document goes, the driver may answer with an error: asked again.
            WebDriverWait(self.driver, timeout, ignored_exceptions=(WebDriverException,)).until(
                lambda d: d.execute_script(replaced))
        except TimeoutException:
            raise AssertionError(f"the page {self.path()} was not replaced after {timeout} s") from None

    def wait_for(self, css, timeout=20):
        """The first element matching `css`, once it exists (the page itself is already loaded)."""
        try:
            return WebDriverWait(self.driver, timeout).until(lambda d: d.find_element(By.CSS_SELECTOR, css))
        except TimeoutException:
            raise AssertionError(f"no element matches {css!r} on {self.path()} after {timeout} s") from None

    def wait_path(self, path, timeout=120):
        """Waits until the location's path is `path` (after a form's redirect: the server checks the
        file first), then for the page."""
        try:
            WebDriverWait(self.driver, timeout).until(lambda d: self.path() == path)
        except TimeoutException:
            raise AssertionError(f"still on {self.path()} after {timeout} s, {path} expected") from None
        self.wait_ready(timeout)

    def path(self):
        return self.driver.execute_script("return location.pathname")

    def all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def one(self, css):
        found = self.all(css)
        if not found:
            raise AssertionError(f"no element matches {css!r} on {self.path()}")
        return found[0]

    def text(self, css):
        return self.one(css).text.strip()

    def screenshot(self, path):
        self.driver.save_screenshot(path)
        return path

    # --- what the checks read ----------------------------------------------------------------

    def read_console(self, page):
        """The console messages logged since the last read, remembered with the page they came from."""
        entries = self.driver.get_log("browser")
        for e in entries:
            self.console.append((page, e))
        return entries

    def unlabelled_controls(self):
        """Controls (textbox, combobox, checkbox, button…) of the accessibility tree with no name."""
        tree = self.driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})
        missing = []
        for node in tree.get("nodes", []):
            if node.get("ignored"):
                continue
            role = (node.get("role") or {}).get("value", "")
            name = str((node.get("name") or {}).get("value", "")).strip()
            if role in CONTROL_ROLES and not name:
                missing.append(f"{role} (backend node {node.get('backendDOMNodeId')})")
        return missing

    def control_names(self):
        """(role, name) of every control of the accessibility tree, in tree order."""
        tree = self.driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})
        out = []
        for node in tree.get("nodes", []):
            role = (node.get("role") or {}).get("value", "")
            if role in CONTROL_ROLES and not node.get("ignored"):
                out.append((role, str((node.get("name") or {}).get("value", ""))))
        return out

    # --- keyboard ---------------------------------------------------------------------------

    def active_matches(self, css):
        return self.driver.execute_script(
            "var a = document.activeElement; return !!(a && a.matches(arguments[0]));", css)

    def tab_to(self, css, limit=200):
        """Presses Tab (from wherever the focus is) until the focused element matches `css`."""
        for _ in range(limit):
            if self.active_matches(css):
                return
            ActionChains(self.driver).send_keys(Keys.TAB).perform()
        raise AssertionError(f"Tab never reached {css!r} on {self.path()} ({limit} presses)")

    def press(self, *keys):
        ActionChains(self.driver).send_keys(*keys).perform()

    def focus_start(self):
        """The focus back at the top of the page, as after loading it (the next Tab goes to the first link)."""
        self.driver.execute_script("if (document.activeElement) { document.activeElement.blur(); }"
                                   "window.scrollTo(0, 0);")

    # --- downloads --------------------------------------------------------------------------

    def clear_downloads(self):
        for name in os.listdir(self.downloads):
            os.remove(os.path.join(self.downloads, name))

    def wait_download(self, timeout=120):
        """The one finished file of the download folder."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            names = [n for n in os.listdir(self.downloads) if not n.endswith((".crdownload", ".tmp"))]
            partial = [n for n in os.listdir(self.downloads) if n.endswith(".crdownload")]
            if names and not partial:
                return os.path.join(self.downloads, sorted(names)[0])
            time.sleep(0.2)
        raise AssertionError(f"no download finished in {timeout} s (folder {self.downloads})")
