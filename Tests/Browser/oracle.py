"""What the pages should say, computed without the browser: the `irve` binary's own answers
(`check`, `fix --dry-run`) and facts read straight from the files (stations, cells)."""

import csv
import io
import json
import os
import subprocess


class CLI:
    def __init__(self, binary):
        self.binary = binary

    def run(self, *args):
        r = subprocess.run([self.binary, *args], capture_output=True, text=True, timeout=600,
                           stdin=subprocess.DEVNULL)
        return r.returncode, r.stdout, r.stderr

    def check(self, path, lang="fr"):
        """`irve check --format json`: the findings the page's verdict should match."""
        code, out, err = self.run("check", path, "--format", "json", "--lang", lang)
        if code not in (0, 1):
            raise AssertionError(f"irve check {path} exited {code}: {err.strip()}")
        return json.loads(out)

    def verdict_line(self, path, lang="fr"):
        """The text report's verdict line without its sign (✔/✘): the same words as `#verdict`."""
        _, out, _ = self.run("check", path, "--lang", lang)
        for line in out.splitlines():
            if " — " in line and line[:1] in ("✘", "✔"):
                return line.lstrip("✘✔ ").strip()
        raise AssertionError(f"no verdict line in irve check {path}")

    def fix_plan(self, path, aggressive):
        """`irve fix --dry-run --format json`: every change the repairs page should propose."""
        args = ["fix", path, "--dry-run", "--format", "json"] + (["--aggressive"] if aggressive else [])
        code, out, err = self.run(*args)
        if code != 0:
            raise AssertionError(f"irve fix --dry-run {path} exited {code}: {err.strip()}")
        return json.loads(out)

    def fix(self, path, output):
        code, _, err = self.run("fix", path, "-o", output, "--force")
        if code != 0:
            raise AssertionError(f"irve fix {path} exited {code}: {err.strip()}")
        return output


def optional_changes(plan):
    """The cell changes a person may refuse (the file's layout, row 1, is always repaired)."""
    return [c for c in plan["changes"] if c["row"] > 1]


def finding_keys(report):
    """(type, severity, row, column) of each finding, sorted: what two reports are compared on."""
    keys = [(f["type"], f["severity"], f.get("rowNumber") or 0, f.get("fieldName") or "")
            for f in report["findings"]]
    return sorted(keys)


def error_cells(report):
    """(row, column) of the cells still in error."""
    return sorted({(f["rowNumber"], f["fieldName"]) for f in report["findings"]
                   if f["severity"] == "error" and f.get("rowNumber") and f.get("fieldName")
                   and f["rowNumber"] > 1})


def read_rows(path):
    """The rows of a CSV (delimiter guessed among ; , tab) or of a workbook's first sheet, as dicts."""
    if path.endswith(".xlsx"):
        import openpyxl
        sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
        values = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        header, body = values[0], values[1:]
        return [dict(zip(header, row)) for row in body]
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    first = text.split("\n", 1)[0]
    delimiter = max([";", ",", "\t"], key=first.count)
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def stations(path):
    """The distinct id_station_itinerance of the file, in file order."""
    seen = []
    for row in read_rows(path):
        s = (row.get("id_station_itinerance") or "").strip()
        if s and s not in seen:
            seen.append(s)
    return seen


def station_details(path):
    """{id_station_itinerance: (its nom_station values, its row numbers)}: what the map's panel lists."""
    out = {}
    for k, row in enumerate(read_rows(path)):
        s = (row.get("id_station_itinerance") or "").strip()
        if s:
            names, rows = out.setdefault(s, (set(), []))
            names.add((row.get("nom_station") or "").strip())
            rows.append(k + 2)
    return out


def swapped_stations(path, report):
    """The stations whose rows `irve check` says have latitude and longitude swapped."""
    rows = read_rows(path)
    out = []
    for f in report["findings"]:
        if f["type"] == "coordinates-swapped" and f.get("rowNumber"):
            s = rows[f["rowNumber"] - 2].get("id_station_itinerance", "")
            if s and s not in out:
                out.append(s)
    return out


def write_workbook(source_csv, path, guess_rows=2):
    """The sample as a workbook, its first station's coordinates written without brackets and
    outside France (Rome): `irve fix --aggressive` can only guess them, so the page has guesses."""
    import openpyxl
    with open(source_csv, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    column = rows[0].index("coordonneesXY")
    for row in rows[1:1 + guess_rows]:
        row[column] = "12.496400,41.902800"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "IRVE"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_not_irve(path):
    """A well-formed CSV that is not an IRVE file at all."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("nom;age;ville\nAlice;31;Agen\nBob;45;Nérac\n")
    return path


def ensure_dir(path):
    os.makedirs(path, exist_ok=True)
    return path
