"""The hostile inputs: each case writes its files into a temporary folder and says how irve is run on them.

Nothing here is committed as data: every file is generated at run time (some are hundreds of MB), and
deleted as soon as its case has run.
"""
import os
import random
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Callable, List, Optional

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "Samples", "commune-exemple.csv")
# Valid and coherent: a workbook built from it must not be declared valid once a hostile part is added.
CORRECTED = os.path.join(ROOT, "Samples", "commune-exemple-corrige.csv")
MILLION = 1_000_000


def sample_lines(path=SAMPLE):
    with open(path, "rb") as f:
        return f.read().decode("utf-8").splitlines()


HEADER_LINE = sample_lines()[0]
HEADER = HEADER_LINE.split(";")
ROW = sample_lines()[1].split(";")
VALID_ROWS = [line.split(";") for line in sample_lines(CORRECTED)[1:]]


def col(name):
    return HEADER.index(name)


@dataclass
class Case:
    """One hostile input and how irve is run on it.

    `make(folder)` writes the input and returns its path; `args(path)` gives irve's arguments.
    """
    name: str
    make: Callable[[str], str]
    args: Callable[[str], List[str]] = lambda p: ["check", p]
    exits: tuple = (1, 2)
    max_seconds: float = 10.0
    # A report whose size is proportional to the input (every finding of a JSON report) may also take
    # one second per this many MB of output: time stays linear, in the output's size.
    output_mb_per_s: Optional[float] = None
    expect: List[str] = field(default_factory=list)  # substrings the output must contain
    stdin: Optional[bytes] = None
    feed: Optional[bytes] = None  # written into the input (a FIFO) by another thread once irve runs
    then: Optional[Callable[[str], List[str]]] = None  # a second run on the first one's output (a fixed file)
    names_file: bool = True


def write(folder, name, data: bytes):
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


def write_rows(folder, name, header: str, make_row, count: int, chunk=20_000):
    """Writes `header` then `count` rows, `make_row(i)` → str, in chunks (hundreds of MB in a few seconds)."""
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write((header + "\n").encode())
        for start in range(0, count, chunk):
            end = min(count, start + chunk)
            f.write("".join(make_row(i) + "\n" for i in range(start, end)).encode())
    return path


def repeat_rows(folder, name, header: str, line: str, count: int):
    path = os.path.join(folder, name)
    block = ((line + "\n") * 10_000).encode()
    with open(path, "wb") as f:
        f.write((header + "\n").encode())
        for _ in range(count // 10_000):
            f.write(block)
        f.write(((line + "\n") * (count % 10_000)).encode())
    return path


def with_cell(column: str, value: str) -> str:
    row = list(ROW)
    row[col(column)] = value
    return ";".join(row)


def one_row_file(folder, name, column, value):
    return write(folder, name, (HEADER_LINE + "\n" + with_cell(column, value) + "\n").encode())


def rows_file(folder, name, column, values):
    lines = [HEADER_LINE] + [with_cell(column, v) for v in values]
    return write(folder, name, ("\n".join(lines) + "\n").encode())


# ---------------------------------------------------------------------------------------------- bytes

def basic_cases():
    rng = random.Random(20261201)
    return [
        Case("empty file", lambda d: write(d, "vide.csv", b"")),
        Case("BOM only", lambda d: write(d, "bom.csv", b"\xef\xbb\xbf")),
        Case("binary garbage 1 MB", lambda d: write(d, "garbage.csv", rng.randbytes(1 << 20))),
        Case("NUL bytes 1 MB", lambda d: write(d, "nul.csv", b"\0" * (1 << 20))),
        Case("NUL bytes in cells", lambda d: write(
            d, "nul-cells.csv", (HEADER_LINE + "\n" + with_cell("nom_station", "a\0b\0c") + "\n").encode())),
        Case("10 MB line", lambda d: write(d, "ligne.csv", b"a" * (10 << 20))),
        Case("20 000 columns", lambda d: write_rows(
            d, "colonnes.csv", HEADER_LINE + "".join(f";extra_{i}" for i in range(19_960)),
            lambda i: ";".join(ROW) + ";x" * 19_960, 20)),
        Case("10 MB header of commas", lambda d: write(d, "virgules.csv", b"," * (10 << 20) + b"\n1,2\n")),
        Case("10 MB header of commas (fix)", lambda d: write(d, "virgules-fix.csv", b"," * (10 << 20) + b"\n"),
             args=lambda p: ["fix", p, "-o", p + ".out.csv"]),
        Case("quote bomb: one open quote then 10 MB", lambda d: write(
            d, "guillemet.csv", (HEADER_LINE + "\n\"").encode() + b"x;" * (5 << 20))),
        Case("quote bomb: 10 MB of quotes", lambda d: write(
            d, "guillemets.csv", (HEADER_LINE + "\n").encode() + b"\"" * (10 << 20))),
    ]


# ---------------------------------------------------------------------------------------------- million rows

def million_cases():
    dup = ";".join(ROW)
    station = col("nom_station")

    def incoherent(i):
        row = list(ROW)
        row[station] = f"Station {i}"
        return ";".join(row)

    cases = []
    for mode in ("text", "json"):
        fmt = [] if mode == "text" else ["--format", "json"]
        # Every finding is in a JSON report: its time is bounded by its size as well (≥ 50 MB/s).
        rate = None if mode == "text" else 50.0
        # A row of one cell under the 39-column header has 60 findings (missing cells, required values…):
        # 1M of them make a 20 GB JSON report. The JSON runs of those two shapes use 100 000 rows (2 GB).
        wide = MILLION if mode == "text" else MILLION // 10
        count = "1M" if mode == "text" else "100k"
        cases += [
            Case(f"1M rows sharing one id_pdc_itinerance ({mode})",
                 lambda d: repeat_rows(d, "doublons.csv", HEADER_LINE, dup, MILLION),
                 args=lambda p, fmt=fmt: ["check", p] + fmt, expect=["id_pdc_itinerance"], output_mb_per_s=rate),
            Case(f"1M rows of one station with 1M names ({mode})",
                 lambda d: write_rows(d, "station.csv", HEADER_LINE, incoherent, MILLION),
                 args=lambda p, fmt=fmt: ["check", p] + fmt, output_mb_per_s=rate),
            Case(f"{count} rows of one cell under an IRVE header ({mode})",
                 lambda d, n=wide: repeat_rows(d, "une-cellule.csv", HEADER_LINE, "x", n),
                 args=lambda p, fmt=fmt: ["check", p] + fmt, output_mb_per_s=rate),
            Case(f"1M unterminated quotes ({mode})",
                 lambda d: repeat_rows(d, "guillemets-ouverts.csv", HEADER_LINE, "x\";\"y", MILLION),
                 args=lambda p, fmt=fmt: ["check", p] + fmt, output_mb_per_s=rate),
            Case(f"{count} lines of one quote ({mode})",
                 lambda d, n=wide: repeat_rows(d, "guillemet-seul.csv", HEADER_LINE, "\"", n),
                 args=lambda p, fmt=fmt: ["check", p] + fmt, output_mb_per_s=rate),
            Case(f"1M blank rows ({mode})",
                 lambda d: repeat_rows(d, "lignes-vides.csv", HEADER_LINE, ";" * 39, MILLION),
                 args=lambda p, fmt=fmt: ["check", p] + fmt, output_mb_per_s=rate),
            Case(f"1M rows with an extra cell ({mode})",
                 lambda d: repeat_rows(d, "cellule-en-trop.csv", HEADER_LINE, dup + ";x", MILLION),
                 args=lambda p, fmt=fmt: ["check", p] + fmt, output_mb_per_s=rate),
        ]
    station_id = col("id_station_itinerance")

    def distinct_station(i):
        row = list(ROW)
        row[station_id] = f"FRXXXP{i:08d}"
        return ";".join(row)

    # The map and the extraction keep bounded state whatever the rows: one station of 1M rows, 1M
    # stations (20 000 drawn, the rest counted), 1M rows extracted.
    cases += [
        Case("map of 1M rows sharing one id", lambda d: repeat_rows(d, "carte-doublons.csv", HEADER_LINE, dup, MILLION),
             args=lambda p: ["map", p, "-o", p + ".svg", "--force"], exits=(0,), max_seconds=60),
        Case("check of 1M stations (json)",
             lambda d: write_rows(d, "stations-distinctes.csv", HEADER_LINE, distinct_station, MILLION),
             args=lambda p: ["check", p, "--format", "json"], output_mb_per_s=50.0, max_seconds=30),
        Case("map of 1M stations", lambda d: write_rows(d, "carte-stations.csv", HEADER_LINE, distinct_station, MILLION),
             args=lambda p: ["map", p, "-o", p + ".html", "--force"], exits=(0,), max_seconds=60),
        Case("extract of 1M rows", lambda d: repeat_rows(d, "extrait.csv", HEADER_LINE, dup, MILLION),
             args=lambda p: ["extract", p, "--departement", "47", "-o", p + ".out.csv", "--force"], exits=(0,),
             max_seconds=40, expect=["gardées"]),
    ]
    # `irve check DIR` (issue 15): files checked in parallel, at most 2 × workers results alive, each
    # with its findings on disk: 6 files of 100 000 findings each stay within the same memory bound.
    def folder_of_duplicates(d):
        path = os.path.join(d, "lot")
        os.mkdir(path)
        for i in range(6):
            repeat_rows(path, f"commune-{i}.csv", HEADER_LINE, dup, 100_000)
        return path

    # (Only the start of an output is kept: the last file's name is looked for in the short text one.)
    for mode, fmt, rate, last in (("text", [], None, ["commune-5.csv"]), ("ndjson", ["--format", "ndjson"], 50.0, [])):
        cases.append(Case(f"folder of 6 files × 100k duplicate rows ({mode})", folder_of_duplicates,
                          args=lambda p, fmt=fmt: ["check", p, "--jobs", "2"] + fmt, exits=(1,), max_seconds=40,
                          output_mb_per_s=rate, expect=last))
    cases.append(Case("fix of 1M rows sharing one id", lambda d: repeat_rows(d, "doublons-fix.csv", HEADER_LINE,
                                                                              dup, MILLION),
                      args=lambda p: ["fix", p, "-o", p + ".out.csv", "--force"], exits=(0, 1, 2), max_seconds=20))
    return cases


# ---------------------------------------------------------------------------------------------- cells

def CHECK_FIXED(path):
    """Checks what `irve fix` wrote: a repaired file must never make `check` fail to run."""
    return ["check", path + ".out.csv"]


def cell_cases():
    cases = []
    big_digits = "9" * (5 << 20)
    for name in HEADER:
        value = "[" + big_digits + ",45]" if name == "coordonneesXY" else big_digits
        cases.append(Case(f"5 MB cell in {name}", lambda d, n=name, v=value: one_row_file(d, f"5mo-{n}.csv", n, v),
                          expect=[name] if name not in ("observations", "nom_station") else []))
    numbers = ["1e999999", "-1e999999", "NaN", "nan", "Infinity", "-Infinity", "inf", "-0", "0e0", "1e300",
               "1" * 400, "-" + "9" * 400, "0x1p3", "1_000", "١٢", "9" * 25, "4.9e-324", "1e-999999"]
    for column in ("puissance_nominale", "nbre_pdc", "date_maj", "date_mise_en_service", "siren_amenageur",
                   "code_insee_commune", "telephone_operateur"):
        cases.append(Case(f"numbers in {column}", lambda d, c=column: rows_file(d, f"nombres-{c}.csv", c, numbers),
                          expect=[column]))
    cases.append(Case("numbers in puissance_nominale (fix, then check the fix)",
                      lambda d: rows_file(d, "nombres-fix.csv", "puissance_nominale", numbers),
                      args=lambda p: ["fix", p, "-o", p + ".out.csv", "--force"], exits=(0, 1), then=CHECK_FIXED))
    points = ["[1e308,1e308]", "[-1e308,1e308]", "[NaN,NaN]", "[Infinity,-Infinity]", "[1e999,1e999]",
              "[" * 100_000 + "]" * 100_000, "{" * 50_000, "[" + "1," * 100_000 + "1]", "[0,0]",
              "[\"a\",\"b\"]", "[null,null]", "[1]", "[]", "48.8,2.3,1", "[1e-400,1e-400]"]
    cases.append(Case("pathological coordinates", lambda d: rows_file(d, "points.csv", "coordonneesXY", points),
                      expect=["coordonneesXY"]))
    cases.append(Case("pathological coordinates (fix)", lambda d: rows_file(d, "points-fix.csv", "coordonneesXY",
                                                                             points),
                      args=lambda p: ["fix", p, "-o", p + ".out.csv", "--force"], exits=(0, 1), then=CHECK_FIXED))
    dates = ["9" * 5_000_000, "99999-12-31", "2021-13-45", "0000-00-00", "31/12/99999999999999999999", "2021-02-30"]
    cases.append(Case("dates (fix, then check the fix)", lambda d: rows_file(d, "dates-fix.csv", "date_maj", dates),
                      args=lambda p: ["fix", p, "-o", p + ".out.csv", "--force"], exits=(0, 1), then=CHECK_FIXED))
    return cases


# ---------------------------------------------------------------------------------------------- schemas

def schema_cases():
    def sample_with_schema(d, name, schema: bytes):
        path = write(d, name + ".json", schema)
        return path

    def run_with(schema_arg):
        return lambda p: ["check", SAMPLE, "--schema", schema_arg if schema_arg is not None else p]

    field_list = ",".join(f'{{"name":"f{i}","type":"string"}}' for i in range(100_000))
    schemas = {
        "schema: not JSON": b"{ceci n'est pas du JSON",
        "schema: empty file": b"",
        "schema: a JSON array": b"[]",
        "schema: no fields": b"{}",
        "schema: fields is a string": b'{"fields": "x"}',
        "schema: 100 000-deep nesting": b'{"fields": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "schema: 100 000 fields": ('{"fields": [' + field_list + "]}").encode(),
        "schema: invalid 1.5 MB pattern": ('{"fields": [{"name": "nom_amenageur", "type": "string", '
                                           '"constraints": {"pattern": "(' + "a" * 1_500_000 + '"}}]}').encode(),
        "schema: catastrophic pattern": b'{"fields": [{"name": "nom_amenageur", "type": "string", '
                                        b'"constraints": {"pattern": "(a+)+$"}}]}',
        "schema: unknown type": b'{"fields": [{"name": "a", "type": "quaternion"}]}',
        "schema: huge maxLength": b'{"fields": [{"name": "nom_amenageur", "type": "string", '
                                  b'"constraints": {"maxLength": 1e999}}]}',
        "schema: NUL in names": b'{"fields": [{"name": "a\\u0000b", "type": "string"}]}',
    }
    cases = [Case(name, lambda d, n=name, s=s: sample_with_schema(d, "schema", s), args=run_with(None))
             for name, s in schemas.items()]
    for arg in ("", "@", "statique@", "@2.3.1", "statique@9.9.9", "/nonexistent/schema.json"):
        cases.append(Case(f"--schema {arg!r}", lambda d: SAMPLE, args=run_with(arg), names_file=False))
    return cases


# ---------------------------------------------------------------------------------------------- workbooks

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                 b'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 b'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
                 b'"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
ROOT_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
             b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
             b'2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (b'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            b'<sheet name="IRVE" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                 b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_OPEN = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
              b'spreadsheetml/2006/main"><sheetData>')
SHEET_CLOSE = b"</sheetData></worksheet>"


def xml_escape(text: str) -> bytes:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode()


def sheet_row(index: int, values) -> bytes:
    cells = b"".join(b'<c t="inlineStr"><is><t>' + xml_escape(v) + b"</t></is></c>" for v in values)
    return b'<row r="%d">' % index + cells + b"</row>"


def xlsx(folder, name, sheet_chunks, extra=()):
    """A minimal workbook; the sheet is streamed from `sheet_chunks` (bytes) so that a 500 MB sheet costs no memory."""
    path = os.path.join(folder, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        for part, data in extra:
            z.writestr(part, data)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for chunk in sheet_chunks:
                sheet.write(chunk)
    return path


def small_sheet(body: bytes = b"", prolog: bytes = b""):
    """The corrected sample (valid) as a sheet, then `body`: only the hostile part can make it invalid."""
    head = prolog if prolog else SHEET_OPEN
    rows = [sheet_row(i + 2, r) for i, r in enumerate(VALID_ROWS)]
    return [head, sheet_row(1, HEADER)] + rows + [body, SHEET_CLOSE]


def bomb_sheet():
    yield SHEET_OPEN
    yield sheet_row(1, HEADER)
    row = sheet_row(2, ROW)
    block = row * 1_000
    target, written = 500 << 20, 0
    while written < target:
        yield block
        written += len(block)
    yield SHEET_CLOSE


def one_big_cell_sheet():
    yield SHEET_OPEN
    yield sheet_row(1, HEADER)
    yield b'<row r="2"><c t="inlineStr"><is><t>'
    block = b"a" * (1 << 20)
    for _ in range(500):
        yield block
    yield b"</t></is></c></row>"
    yield SHEET_CLOSE


def truncated(folder, name):
    path = xlsx(folder, name, small_sheet())
    with open(path, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[: len(data) // 2])
    return path


DOCTYPE_ENTITY = (b'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY nom "Station secrete">]>'
                  b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10))
          + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
XXE = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')


def entity_sheet_row():
    """A complete, valid 21st point whose station name is a DOCTYPE entity: dropping the row would go unseen."""
    values = list(VALID_ROWS[0])
    values[col("id_pdc_itinerance")] = values[col("id_pdc_itinerance")][:-2] + "09"
    values[col("id_pdc_local")] += "-9"
    cells = [b"&nom;" if i == col("nom_station") else xml_escape(v) for i, v in enumerate(values)]
    inline = b"".join(b'<c t="inlineStr"><is><t>' + c + b"</t></is></c>" for c in cells)
    return b'<row r="22">' + inline + b"</row>"


def workbook_cases():
    entity_row = entity_sheet_row()
    laughs_row = b'<row r="22"><c t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    xxe_row = b'<row r="22"><c t="inlineStr"><is><t>&xxe;</t></is></c></row>'
    huge_dimension = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    bad_shared = b'<row r="22"><c t="s"><v>99999999999</v></c></row>'
    bad_name = b'<row r="22"><c\xff t="inlineStr"><is><t>x</t></is></c\xff></row>'
    bad_attr = b'<row r="22"><c r\xfe="A22" t="inlineStr"><is><t>x</t></is></c></row>'
    cases = [
        # 256 000 full rows inflating to 500 MB, under the part bound: read in bounded memory, linearly, but
        # workbook XML goes at ~20 MB/s (describe reads it twice), hence the bound of 90 s.
        Case("xlsx: 500 MB sheet (zip bomb)", lambda d: xlsx(d, "bombe.xlsx", bomb_sheet()), max_seconds=90),
        Case("xlsx: 500 MB sheet (zip bomb, fix)", lambda d: xlsx(d, "bombe-fix.xlsx", bomb_sheet()),
             args=lambda p: ["fix", p, "-o", p + ".out.csv"], exits=(0, 1, 2), max_seconds=90),
        Case("xlsx: 500 MB sheet (zip bomb, describe)", lambda d: xlsx(d, "bombe-describe.xlsx", bomb_sheet()),
             args=lambda p: ["describe", p], exits=(0, 1, 2), max_seconds=110),
        Case("xlsx: one 500 MB cell", lambda d: xlsx(d, "cellule.xlsx", one_big_cell_sheet())),
        Case("xlsx: truncated zip", lambda d: truncated(d, "tronque.xlsx")),
        Case("xlsx: XFD1048576", lambda d: xlsx(d, "dimension.xlsx", small_sheet(huge_dimension))),
        Case("xlsx: shared string index out of range", lambda d: xlsx(d, "sst.xlsx", small_sheet(bad_shared))),
        Case("xlsx: DOCTYPE entity used in a row", lambda d: xlsx(d, "entite.xlsx", small_sheet(entity_row,
                                                                                            DOCTYPE_ENTITY))),
        Case("xlsx: billion laughs", lambda d: xlsx(d, "laughs.xlsx", small_sheet(laughs_row, LAUGHS))),
        Case("xlsx: external entity (XXE)", lambda d: xlsx(d, "xxe.xlsx", small_sheet(xxe_row, XXE))),
        Case("xlsx: non-UTF-8 element name", lambda d: xlsx(d, "nom.xlsx", small_sheet(bad_name))),
        Case("xlsx: non-UTF-8 attribute name", lambda d: xlsx(d, "attribut.xlsx", small_sheet(bad_attr))),
        Case("xlsx: a CSV renamed .xlsx", lambda d: write(d, "csv.xlsx", open(SAMPLE, "rb").read())),
        Case("xlsx: empty zip", lambda d: empty_zip(d, "vide.xlsx")),
    ]
    return cases


def empty_zip(folder, name):
    path = os.path.join(folder, name)
    with zipfile.ZipFile(path, "w"):
        pass
    return path


# ---------------------------------------------------------------------------------------------- special files

def special_cases():
    def fifo(d):
        path = os.path.join(d, "tube.csv")
        os.mkfifo(path)
        return path

    def directory(d):
        path = os.path.join(d, "dossier.csv")
        os.mkdir(path)
        return path

    def zero(d):
        path = os.path.join(d, "zero.csv")
        os.symlink("/dev/zero", path)
        return path

    with open(SAMPLE, "rb") as f:
        sample = f.read()
    return [
        Case("FIFO fed by a writer", fifo, feed=sample, expect=["id_pdc_itinerance"]),
        Case("directory", directory),
        Case("directory (fix)", directory, args=lambda p: ["fix", p, "-o", p + ".out.csv"]),
        Case("directory (describe)", directory, args=lambda p: ["describe", p]),
        Case("/dev/zero (check)", zero),
        Case("/dev/zero (fix)", zero, args=lambda p: ["fix", p, "-o", p + ".out.csv"]),
        Case("/dev/zero (describe)", zero, args=lambda p: ["describe", p]),
        Case("/dev/zero (import-ban)", zero, args=lambda p: ["geo", "import-ban", p, "--index", p + ".sqlite"]),
        Case("stdin as -", lambda d: "-", args=lambda p: ["check", "-"], stdin=sample, names_file=False,
             expect=["id_pdc_itinerance"]),
        Case("gzip bomb (import-ban)", lambda d: gzip_bomb(d, "adresses-99.csv.gz"),
             args=lambda p: ["geo", "import-ban", p, "--index", p + ".sqlite"]),
    ]


def gzip_bomb(folder, name):
    """One line of 2 GB of 'a' gzipped (about 2 MB)."""
    path = os.path.join(folder, name)
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"a" * (1 << 24)
    with open(path, "wb") as f:
        for _ in range(128):
            f.write(compressor.compress(block))
        f.write(compressor.compress(b"\n"))
        f.write(compressor.flush())
    return path


def all_cases():
    return basic_cases() + cell_cases() + schema_cases() + workbook_cases() + special_cases() + million_cases()
