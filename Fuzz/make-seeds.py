#!/usr/bin/env python3
"""Builds the fuzz seed corpora in OUT/<target>/ from the shared corpus, the official examples and
the repository's own samples and fixtures. Nothing is copied into the repository: run it into a
temporary folder (Fuzz/run.sh does). Without the shared folder, the repository's files and the
hand-written seeds below still make a corpus.

usage: make-seeds.py OUT [SHARED]   (SHARED defaults to <repo>/../shared)
"""
import csv
import gzip
import hashlib
import io
import json
import os
import sys
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAX_TEXT = 6000  # bytes per text seed: libFuzzer's -max_len follows the largest seed
csv.field_size_limit(1 << 24)


def sources(shared):
    """CSV files to learn from: real corpus, examples, official examples, the repo's samples."""
    dirs = [os.path.join(shared, "corpus", d) for d in ("real", "examples", "derived")]
    dirs += [os.path.join(shared, "irve"), os.path.join(REPO, "Samples")]
    out = []
    for d in dirs:
        if os.path.isdir(d):
            out += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".csv"))
    return out


def decode(raw):
    for enc in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("latin-1")


def rows_of(path, limit=400):
    raw = open(path, "rb").read(4 << 20)
    text = decode(raw)
    first = text.split("\n", 1)[0]
    delim = max([",", ";", "\t", "|"], key=first.count)
    rows = []
    for r in csv.reader(io.StringIO(text), delimiter=delim):
        rows.append(r)
        if len(rows) > limit:
            break
    return rows


class Writer:
    def __init__(self, out):
        self.out = out
        self.counts = {}

    def add(self, target, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        d = os.path.join(self.out, target)
        os.makedirs(d, exist_ok=True)
        name = hashlib.sha1(data).hexdigest()[:16]
        path = os.path.join(d, name)
        if not os.path.exists(path):
            with open(path, "wb") as f:
                f.write(data)
            self.counts[target] = self.counts.get(target, 0) + 1


def head_at_line(raw, limit):
    if len(raw) <= limit:
        return raw
    cut = raw.rfind(b"\n", 0, limit)
    return raw[: cut + 1] if cut > 0 else raw[:limit]


def csv_line(cells):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cells)
    return buf.getvalue()


def statique_fields():
    schema = json.load(open(os.path.join(REPO, "Schemas", "irve-statique-2.3.1.json"), encoding="utf-8"))
    return [f["name"] for f in schema["fields"]]


def minimal_xlsx(rows, shared_strings):
    """A small workbook (inline or shared strings) with the given rows."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    def esc(v):
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

    table, cells_xml = [], []
    for y, row in enumerate(rows, 1):
        cs = []
        for x, v in enumerate(row):
            ref = f"{col(x)}{y}"
            if shared_strings:
                table.append(v)
                cs.append(f'<c r="{ref}" t="s"><v>{len(table) - 1}</v></c>')
            elif v.replace(".", "", 1).isdigit():
                cs.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cs.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></c>')
        cells_xml.append(f'<row r="{y}">{"".join(cs)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook {ns} xmlns:r="{rel}"><sheets>'
                   '<sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
                   'Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0"?><worksheet {ns}><sheetData>'
                   f'{"".join(cells_xml)}</sheetData></worksheet>')
        if shared_strings:
            items = "".join(f"<si><t>{esc(v)}</t></si>" for v in table)
            z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst {ns} count="{len(table)}">{items}</sst>')
    return buf.getvalue()


HAND_CELLS = ["", " ", "1e300", "1e999999", "-0", "NaN", "Infinity", "-inf", "1" * 400, "0x1F", "22,5", "7 400 W",
              "2024-02-30", "31/12/2024", "20241231", "2024-01-01T25:61:61+25:00", "24:00:00", "P1Y2M3DT4H5M6.5S",
              "P2W", "[1e308,1e308]", "[NaN,NaN]", "[" * 200 + "]" * 200, '{"lon": 2.35, "lat": 48.85}', "2.35, 48.85",
              "Non concerné", "FRA68E680210015", "FR*A68*E*680210015", "0612345678", "+33 6 12 34 56 78",
              "Mo-Fr 08:00:00-19:00:00", "24h/24 7j/7", "true", "Vrai", "٣٤", "２０２４-０１-０１",
              "\u00a0x\u200b"]

HAND_SCHEMAS = [
    '{"fields": []}', '{"fields": [{"name": "a"}]}', '[]', '{"fields": {}}', '{"fields": [1]}',
    '{"fields": [{"name": "a", "type": "nope"}]}',
    '{"fields": [{"name": "a", "constraints": {"pattern": "(a+)+$"}}]}',
    '{"fields": [{"name": "a", "constraints": {"pattern": "((((((((((x*)*)*)*)*)*)*)*)*)*)y"}}]}',
    '{"fields": [{"name": "a", "constraints": {"pattern": "["}}]}',
    '{"fields": [{"name": "a", "type": "integer", "constraints": {"minimum": 1e999, "maximum": "x", "enum": []}}]}',
    '{"fields": [{"name": "a", "type": "date", "format": "%Y%Y%Y%Y%Y%Y%Y%Y", "constraints": {"minimum": "2020"}}]}',
    '{"fields": [{"name": "a", "type": "string", "constraints": {"minLength": 99999999999999999999999}}]}',
    '{"missingValues": ["", "NA"], "primaryKey": ["a"], "fields": [{"name": "a"}, {"name": "a"}]}',
    '{"fields": [{"name": "a", "type": "year", "constraints": {"minimum": "-9223372036854775809"}}]}',
    '{"fields": [{"name": "d", "type": "datetime", "format": "%d %m %y %H %M %S %f %z %%"}]}',
    '{"fields": [' + ",".join(f'{{"name": "f{i}"}}' for i in range(50)) + "]}",
    "[" * 5000 + "]" * 5000,
]


def main():
    out = sys.argv[1]
    shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(REPO), "shared")
    w = Writer(out)
    names = statique_fields()
    files = sources(shared)
    if not os.path.isdir(shared):
        print(f"make-seeds: {shared} is absent: seeds from the repository and hand-written ones only", file=sys.stderr)

    cells, points = set(HAND_CELLS), {"[2.35,48.85]", "2.35,48.85", "[7.48710500,48.345345]"}
    for path in files:
        raw = open(path, "rb").read()
        w.add("csv", head_at_line(raw, MAX_TEXT))
        w.add("probe", raw[:512])
        rows = rows_of(path)
        if not rows:
            continue
        header = [h.strip().lstrip("\ufeff") for h in rows[0]]
        index = {h: i for i, h in enumerate(header)}
        for r in rows[1:60]:
            for v in r:
                if len(v) <= 300 and len(cells) < 2000:
                    cells.add(v)
            for key in ("coordonneesXY", "coordonnees", "geo_point_borne"):
                if key in index and index[key] < len(r):
                    points.add(r[index[key]])
        # Rows re-ordered under the 2.3.1 header (the rules and repairs targets prepend it).
        if len(set(names) & set(header)) >= 10:
            for r in rows[1:12]:
                line = csv_line([r[index[n]] if n in index and index[n] < len(r) else "" for n in names])
                w.add("rules", line)
                w.add("repairs", line)
        if path.endswith("exemple-valide-statique-2.3.1.csv") or path.endswith("commune-exemple.csv"):
            w.add("xlsx", minimal_xlsx(rows[:6], shared_strings=False))
            w.add("xlsx", minimal_xlsx(rows[:6], shared_strings=True))
    gz = os.path.join(shared, "corpus", "real_other", "qualicharge_irve-statique_v2.3_sample_2025.jsonl.gz")
    if os.path.exists(gz):
        with gzip.open(gz, "rt", encoding="utf-8") as f:
            for k, line in enumerate(f):
                if k >= 30:
                    break
                obj = json.loads(line)
                w.add("rules", csv_line([str(obj.get(n, "")) for n in names]))
    for v in cells:
        w.add("cells", v)
    for v in points:
        w.add("geopoint", v)
    for v in HAND_CELLS[19:24]:
        w.add("geopoint", v)
    for d in (os.path.join(REPO, "Schemas"), os.path.join(shared, "irve")):
        if os.path.isdir(d):
            for f in sorted(os.listdir(d)):
                if f.endswith(".json"):
                    w.add("schema", open(os.path.join(d, f), "rb").read())
    for s in HAND_SCHEMAS:
        w.add("schema", s)
    fixtures = os.path.join(REPO, "Tests", "Fixtures", "xlsx")
    if os.path.isdir(fixtures):
        for f in sorted(os.listdir(fixtures)):
            w.add("xlsx", open(os.path.join(fixtures, f), "rb").read())
            w.add("probe", open(os.path.join(fixtures, f), "rb").read()[:512])
    for magic in (b"%PDF-1.7\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xff\xfea\x00;\x00b\x00", b"<html><body>",
                  b"\xef\xbb\xbf<?xml version='1.0'?>", b"PK\x05\x06" + b"\0" * 18):
        w.add("probe", magic)
        w.add("csv", magic + b"a;b\n1;2\n")
    w.add("csv", "nom;prénom\r\nÉlodie;\"x\"\"y\"\r\n".encode("cp1252"))
    w.add("csv", '"unterminated,quote\n1,2\n')
    w.add("rules", csv_line(["x"] * len(names)))
    w.add("repairs", csv_line([""] * len(names)))
    for t in ("csv", "probe", "xlsx", "cells", "geopoint", "schema", "rules", "repairs"):
        print(f"{t}: {w.counts.get(t, 0)} seeds")


if __name__ == "__main__":
    main()
