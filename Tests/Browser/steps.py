"""A scenario is a list of named steps. Each step passes or fails with its reason and leaves a
screenshot; after a failure the steps that need it are reported as not run (never skipped in
silence). Every page a step ends on is also checked for console errors and unlabelled controls,
reported by the scenario's last two steps."""

import os
import re
import traceback

PASSED, FAILED, NOT_RUN = "passed", "failed", "not-run"
# A non-2xx answer the scenario asked for (a refused file) is logged by Chromium as a network error.
NETWORK_STATUS = re.compile(r"status of (\d{3})")


class Scenario:
    def __init__(self, name, browser, out):
        self.name = name
        self.browser = browser
        self.out = out
        self.steps = []
        self.blocking = None  # the first failed step that later steps need
        self.console_errors = []
        self.unlabelled = {}
        self.values = {}  # what a step found and a later one needs

    def step(self, name, action, needs_previous=True, blocks=True, needs=(), allow_http_errors=False,
             page=True):
        """Runs `action()` (its return value is the step's detail) unless a needed step failed: a
        failed step that `blocks` stops the later steps that need their previous ones, and a step
        also waits for the steps it `needs` by name. `page`: the step ends on a page to check (its
        screenshot, console and controls)."""
        record = {"name": name, "status": PASSED, "detail": "", "screenshot": None}
        missing = [n for n in needs if self.status(n) != PASSED]
        if (needs_previous and self.blocking) or missing:
            why = self.blocking if needs_previous and self.blocking else missing[0]
            record.update(status=NOT_RUN, detail=f"not run: step '{why}' did not pass")
            self.steps.append(record)
            return record
        try:
            detail = action()
            record["detail"] = "" if detail is None else str(detail)
        except Exception as e:  # a step's failure is data for the report, whatever raised it
            # Selenium's messages end with the driver's native stack: only the message is kept.
            message = (getattr(e, "msg", None) or str(e)).split("\nStacktrace")[0].strip()
            record.update(status=FAILED, detail=f"{type(e).__name__}: {message}")
            record["trace"] = traceback.format_exc(limit=4)
            if blocks:
                self.blocking = self.blocking or name
        if page:
            self.after_page(name, record, allow_http_errors)
        self.steps.append(record)
        return record

    def status(self, name):
        return next((r["status"] for r in self.steps if r["name"] == name), NOT_RUN)

    def after_page(self, name, record, allow_http_errors):
        """Screenshot, console and accessibility tree of the page the step ended on."""
        b = self.browser
        try:
            shot = os.path.join(self.out, f"{self.name}-{len(self.steps) + 1:02d}-{name}.png")
            record["screenshot"] = b.screenshot(shot)
            page = b.path()
            for e in b.read_console(page):
                if e.get("level") != "SEVERE":
                    continue
                status = NETWORK_STATUS.search(e.get("message", ""))
                if allow_http_errors and e.get("source") == "network" and status and status.group(1) < "500":
                    continue
                self.console_errors.append(f"{name} ({page}): {e.get('message')}")
            missing = b.unlabelled_controls()
            if missing:
                self.unlabelled.setdefault(page, missing)
        except Exception as e:  # the browser itself failed: the step says so
            record.setdefault("notes", []).append(f"page checks failed: {e}")

    def finish(self):
        """The two checks every page shares, then the scenario's record."""
        def console():
            if self.console_errors:
                raise AssertionError("; ".join(self.console_errors[:10]))
            return "no console error on any page"

        def labels():
            if self.unlabelled:
                raise AssertionError("; ".join(f"{p}: {', '.join(m[:5])}" for p, m in self.unlabelled.items()))
            return "every textbox, combobox, checkbox and button has a name"

        self.step("console-clean", console, needs_previous=False, blocks=False, page=False)
        self.step("controls-labelled", labels, needs_previous=False, blocks=False, page=False)
        failed = [s["name"] for s in self.steps if s["status"] != PASSED]
        return {"name": self.name, "passed": not failed, "failed": failed, "steps": self.steps}


def expect(condition, message):
    if not condition:
        raise AssertionError(message)
