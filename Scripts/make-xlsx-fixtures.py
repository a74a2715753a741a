#!/usr/bin/env python3
"""Writes the small .xlsx fixtures of Tests/Fixtures/xlsx/ used by IRVEXLSXTests.

Run with a Python that has openpyxl:  /tmp/fl/bin/python Scripts/make-xlsx-fixtures.py

Two kinds of fixtures:
- openpyxl workbooks (what most scripts produce), post-processed where openpyxl
  cannot produce what Excel does: openpyxl writes inline strings, Excel writes a
  shared string table, so `use_shared_strings` rewrites the package like Excel;
- hand-written packages (`write_package`) for XML that no Python writer emits:
  cached formula results, rich text runs, phonetic runs, `_xHHHH_` escapes,
  namespace prefixes, date1904, custom number formats, corrupt or oversized parts.

The output is deterministic (fixed zip timestamps, no docProps dates) so that
re-running the script does not churn the committed files.
"""
import datetime
import io
import os
import re
import struct
import zipfile
import xml.etree.ElementTree as ET

import openpyxl
from openpyxl.styles import Font

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "xlsx")
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
FIXED_DATE = (2024, 1, 1, 0, 0, 0)


def out(name):
    return os.path.join(OUT, name)


def read_zip(path):
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def write_zip(path, parts):
    """Writes parts [(name, bytes)] deflated with a fixed timestamp (deterministic output)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name.startswith("docProps/"):
                continue  # carries creation dates: would change at every run
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def save_openpyxl(wb, path):
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    parts = [(n, d) for n, d in parts if n != "[Content_Types].xml"] + \
            [(n, strip_docprops_types(d)) for n, d in parts if n == "[Content_Types].xml"]
    parts = [(n, strip_docprops_rels(d) if n == "_rels/.rels" else d) for n, d in parts]
    write_zip(path, parts)


def strip_docprops_types(data):
    return re.sub(rb'<Override PartName="/docProps/[^"]*"[^>]*/>', b"", data)


def strip_docprops_rels(data):
    return re.sub(rb'<Relationship [^>]*Target="/?docProps/[^"]*"[^>]*/>', b"", data)


def use_shared_strings(path):
    """Rewrites openpyxl's inline strings into a shared string table, as Excel saves them."""
    ET.register_namespace("", MAIN_NS)
    ET.register_namespace("r", REL_NS)
    parts = read_zip(path)
    strings, index = [], {}
    rewritten = []
    for name, data in parts:
        if name.startswith("xl/worksheets/sheet"):
            root = ET.fromstring(data)
            for cell in root.iter("{%s}c" % MAIN_NS):
                if cell.get("t") != "inlineStr":
                    continue
                text = "".join(t.text or "" for t in cell.iter("{%s}t" % MAIN_NS))
                for child in list(cell):
                    cell.remove(child)
                if text not in index:
                    index[text] = len(strings)
                    strings.append(text)
                cell.set("t", "s")
                ET.SubElement(cell, "{%s}v" % MAIN_NS).text = str(index[text])
            data = ET.tostring(root, xml_declaration=True, encoding="UTF-8")
        elif name == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", (
                b'<Relationship Type="%s/sharedStrings" Target="sharedStrings.xml" Id="rIdSst" />'
                b"</Relationships>") % REL_NS.encode())
        elif name == "[Content_Types].xml":
            data = data.replace(b"</Types>", (
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>'))
        rewritten.append((name, data))
    sst = ET.Element("{%s}sst" % MAIN_NS, count=str(len(strings)), uniqueCount=str(len(strings)))
    for s in strings:
        t = ET.SubElement(ET.SubElement(sst, "{%s}si" % MAIN_NS), "{%s}t" % MAIN_NS)
        t.text = s
        if s != s.strip():
            t.set("xml:space", "preserve")
    rewritten.append(("xl/sharedStrings.xml", ET.tostring(sst, xml_declaration=True, encoding="UTF-8")))
    write_zip(path, rewritten)


# --- hand-written packages -------------------------------------------------------------

CONTENT_TYPES = {
    "worksheets/": "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
    "sharedStrings": "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
    "styles": "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
}


def content_types(part_names):
    """[Content_Types].xml declaring each part: Excel (and openpyxl) refuse undeclared parts."""
    overrides = "".join('<Override PartName="/%s" ContentType="%s"/>' % (name, kind)
                        for name in part_names for key, kind in CONTENT_TYPES.items() if key in name)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '%s</Types>' % overrides).encode()


ROOT_RELS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""


def write_package(path, workbook, rels, parts):
    """A minimal SpreadsheetML package: workbook.xml, its rels, and the given parts."""
    write_zip(path, [("[Content_Types].xml", content_types([n for n, _ in parts])), ("_rels/.rels", ROOT_RELS),
                     ("xl/workbook.xml", workbook.encode()), ("xl/_rels/workbook.xml.rels", rels.encode())]
              + [(n, d.encode() if isinstance(d, str) else d) for n, d in parts])


def workbook_xml(sheets, prefix="", workbook_pr=""):
    p = prefix + ":" if prefix else ""
    ns = ('xmlns:%s="%s"' % (prefix, MAIN_NS)) if prefix else ('xmlns="%s"' % MAIN_NS)
    items = "".join('<%ssheet name="%s" sheetId="%d" r:id="%s"/>' % (p, n, i + 1, rid)
                    for i, (n, rid) in enumerate(sheets))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<%sworkbook %s xmlns:r="%s">%s<%ssheets>%s</%ssheets></%sworkbook>'
            % (p, ns, REL_NS, workbook_pr, p, items, p, p))


def rels_xml(rels):
    items = "".join('<Relationship Id="%s" Type="%s/%s" Target="%s"/>' % (rid, REL_NS, kind, target)
                    for rid, kind, target in rels)
    return '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="%s">%s</Relationships>' % (PKG_REL_NS, items)


def sheet_xml(rows, prefix=""):
    p = prefix + ":" if prefix else ""
    ns = ('xmlns:%s="%s"' % (prefix, MAIN_NS)) if prefix else ('xmlns="%s"' % MAIN_NS)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<%sworksheet %s><%ssheetData>%s</%ssheetData></%sworksheet>' % (p, ns, p, rows, p, p))


def styles_xml(num_fmts, xf_fmt_ids):
    fmts = "".join('<numFmt numFmtId="%d" formatCode="%s"/>' % (i, esc(code)) for i, code in num_fmts)
    xfs = "".join('<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0"/>' % i for i in xf_fmt_ids)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="%s">'
            '<numFmts count="%d">%s</numFmts>'
            # cellStyleXfs come first and must not be mistaken for cellXfs (the `s` index).
            '<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="%d">%s</cellXfs></styleSheet>' % (MAIN_NS, len(num_fmts), fmts, len(xf_fmt_ids), xfs))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# --- fixtures ----------------------------------------------------------------------------

def irve_like():
    """Header + 3 rows in the shape of a commune's IRVE table, strings in a shared table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Consolidation"
    ws.append(["nom_amenageur", "id_pdc_itinerance", "puissance_nominale", "date_mise_en_service",
               "gratuit", "num_pdl", "observations", "date_maj"])
    ws.append(["Mairie de Saint-Étienne", "FRA00P0001", 22, datetime.date(2023, 1, 15), True,
               12345678912345, "Borne près de l'église", datetime.date(2024, 3, 1)])
    ws.append(["Communauté d'agglomération Côte-d'Or", "FRA00P0002", 3.7, None, False,
               "01234567891234", "  espace en tête", datetime.datetime(2024, 2, 29, 14, 30)])
    ws.append(["Île-de-France Mobilités", "FRA00P0003", 150, datetime.date(2019, 12, 31), True,
               98765432109876, None, datetime.date(2024, 3, 1)])
    save_openpyxl(wb, out("irve-like.xlsx"))
    use_shared_strings(out("irve-like.xlsx"))


def first_sheet_not_sheet1():
    """The first sheet in workbook order is stored in sheet2.xml (tabs were reordered in Excel)."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Notes"
    notes.append(["Ceci n'est pas la bonne feuille"])
    data = wb.create_sheet("Données")
    data.append(["id_station_itinerance", "nom_station"])
    data.append(["FRA00P0001", "Parking de la gare"])
    path = out("first-sheet-not-sheet1.xlsx")
    save_openpyxl(wb, path)
    parts = []
    for name, content in read_zip(path):
        if name == "xl/workbook.xml":
            sheets = re.findall(rb"<sheet [^>]*/>", content)
            assert len(sheets) == 2
            content = content.replace(sheets[0] + sheets[1], sheets[1] + sheets[0])
        parts.append((name, content))
    write_zip(path, parts)
    use_shared_strings(path)


def formulas():
    """Cells with formulas and the cached results Excel stores next to them."""
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c>'
        '<c r="G1" t="s"><v>6</v></c></row>'
        '<row r="2"><c r="A2"><v>22</v></c><c r="B2"><v>3.7</v></c>'
        '<c r="C2"><f>A2+B2</f><v>25.7</v></c>'
        '<c r="D2" t="str"><f>"FRA"&amp;"-"&amp;TEXT(1,"000")</f><v>FRA-001</v></c>'
        '<c r="E2" t="b"><f>A2&gt;B2</f><v>1</v></c>'
        '<c r="F2" t="e"><f>VLOOKUP(1,H:H,1,0)</f><v>#N/A</v></c>'
        '<c r="G2"><f>0.1+0.2</f><v>0.30000000000000004</v></c></row>'
        '<row r="3"><c r="A3"><v>-1.5</v></c><c r="B3"><v>1E-3</v></c>'
        '<c r="C3"><f>A3*1000000000</f></c>'  # never calculated: no cached value
        '<c r="D3" t="str"><f>""</f><v></v></c>'
        '<c r="E3" t="b"><v>0</v></c><c r="F3" t="e"><v>#DIV/0!</v></c>'
        '<c r="G3"><v>1.2345678912345678E+17</v></c></row>'
    )
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="7" uniqueCount="7">'
           % MAIN_NS + "".join("<si><t>%s</t></si>" % h for h in
                              ["a", "b", "somme", "texte", "booleen", "erreur", "flottant"]) + "</sst>")
    write_package(out("formulas.xlsx"), workbook_xml([("Calculs", "rId1")]),
                  rels_xml([("rId1", "worksheet", "worksheets/sheet1.xml"),
                            ("rId2", "sharedStrings", "sharedStrings.xml")]),
                  [("xl/worksheets/sheet1.xml", sheet_xml(rows)), ("xl/sharedStrings.xml", sst)])


def sparse():
    """Cells far apart and a gap row: openpyxl writes only the cells that hold something."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Clairsemée"
    ws["A1"], ws["B1"], ws["C1"] = "a", "b", "c"
    # Row 2 is absent from the XML.
    ws["A3"], ws["C3"] = "x", 3
    ws["B4"].font = Font(bold=True)  # a styled but empty cell: row 4 holds no value
    ws["E5"] = "loin"
    ws["A6"], ws["B6"] = "fin", None
    ws["D6"].font = Font(bold=True)  # trailing empty cell, trimmed
    save_openpyxl(wb, out("sparse.xlsx"))


def rich_text():
    """Shared strings as Excel writes them once a cell is formatted part by part."""
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="6" uniqueCount="6">'
           '<si><t>simple</t></si>'
           '<si><r><rPr><b/></rPr><t>Borne</t></r><r><t xml:space="preserve"> rapide </t></r><r><t>Élec</t></r></si>'
           # Phonetic reading (Japanese workbooks): not part of the cell text.
           '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>'
           '<si><t>ligne 1_x000D_\nligne 2</t></si>'
           '<si><t>_x005F_x0041_ reste littéral</t></si>'
           '<si><t xml:space="preserve">  deux espaces  </t></si>'
           '</sst>' % MAIN_NS)
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>'
            '<row r="3"><c r="A3" t="inlineStr"><is><t>en ligne</t></is></c>'
            '<c r="B3" t="inlineStr"><is><r><t>en </t></r><r><t>morceaux</t></r></is></c>'
            '<c r="C3" t="inlineStr"><is><t><![CDATA[a<b & c]]></t></is></c></row>')
    write_package(out("rich-text.xlsx"), workbook_xml([("Textes", "rId1")]),
                  rels_xml([("rId1", "worksheet", "worksheets/sheet1.xml"),
                            ("rId2", "sharedStrings", "sharedStrings.xml")]),
                  [("xl/worksheets/sheet1.xml", sheet_xml(rows)), ("xl/sharedStrings.xml", sst)])


def dates_1904():
    """A Mac workbook (date1904), custom number formats, `x:`-prefixed elements, absolute targets."""
    formats = [(164, "dd/mm/yyyy"), (165, '[$-40C]d mmmm yyyy'), (166, '0.0 "h"'),
               (167, '"m²" 0.00'), (168, "hh:mm"), (169, "[h]:mm:ss"), (170, 'yyyy-mm-dd"T"hh:mm:ss'),
               (171, "[Red]0.00;[Blue]-0.00"), (172, '\\d0')]
    # cellXfs index: 0 General, 1 → 164, 2 → 165, ... , 10 → built-in 14, 11 → built-in 22
    styles = styles_xml(formats, [0] + [i for i, _ in formats] + [14, 22])
    cells = [(1, 0), (2, 0), (3, 7.5), (4, 7.5), (5, 0.6041666666666666), (6, 1.5),
             (7, 44000.25), (8, 7.5), (9, 7.5), (10, 1), (11, 1.75)]
    row1 = "".join('<x:c r="%s1" s="%d"><x:v>%r</x:v></x:c>' % (chr(64 + col), s, v)
                   for col, (s, v) in enumerate(cells, start=1))
    write_package(out("date1904-formats.xlsx"),
                  workbook_xml([("Mac", "rId7")], prefix="x", workbook_pr='<x:workbookPr date1904="1"/>'),
                  rels_xml([("rId7", "worksheet", "/xl/worksheets/feuille.xml"),
                            ("rId8", "styles", "/xl/styles.xml")]),
                  [("xl/worksheets/feuille.xml", sheet_xml('<x:row r="1">%s</x:row>' % row1, prefix="x")),
                   ("xl/styles.xml", styles)])


def error_cases():
    """Packages that must be refused with a clear XLSXError."""
    one_sheet = workbook_xml([("F", "rId1")])
    one_rel = rels_xml([("rId1", "worksheet", "worksheets/sheet1.xml")])
    # Unclosed <row>: the XML parser must report it.
    write_package(out("malformed-sheet.xlsx"), one_sheet, one_rel,
                  [("xl/worksheets/sheet1.xml", sheet_xml('<row r="1"><c r="A1"><v>1</v></c>'))])
    # The relationship points to a part that is not in the archive.
    write_package(out("missing-sheet-part.xlsx"), one_sheet, one_rel, [])
    # A zip that is not a spreadsheet at all.
    write_zip(out("zip-without-workbook.xlsx"), [("notes.txt", b"pas un classeur")])
    # Shared string index 5 in a table of one string.
    write_package(out("bad-shared-string-index.xlsx"), one_sheet,
                  rels_xml([("rId1", "worksheet", "worksheets/sheet1.xml"),
                            ("rId2", "sharedStrings", "sharedStrings.xml")]),
                  [("xl/worksheets/sheet1.xml", sheet_xml('<row r="1"><c r="A1" t="s"><v>5</v></c></row>')),
                   ("xl/sharedStrings.xml", '<sst xmlns="%s"><si><t>seule</t></si></sst>' % MAIN_NS)])
    # No <sheet> in the workbook.
    write_package(out("no-sheet.xlsx"), workbook_xml([]), rels_xml([]), [])
    # 2 MB of a repeated row deflate to a few kB: tests lower the part limit to 1 MB.
    big = sheet_xml('<row><c><v>0</v></c></row>' * 80000)
    write_package(out("large-sheet.xlsx"), one_sheet, one_rel, [("xl/worksheets/sheet1.xml", big)])
    # Same, but the zip headers claim the sheet is 100 bytes: the guard must count what inflates.
    lying = out("lying-size.xlsx")
    write_package(lying, one_sheet, one_rel, [("xl/worksheets/sheet1.xml", big)])
    patch_uncompressed_size(lying, "xl/worksheets/sheet1.xml", 100)


def patch_uncompressed_size(path, member, size):
    """Overwrites the uncompressed size of `member` in its local and central headers (a zip-bomb trick)."""
    data = bytearray(open(path, "rb").read())
    name = member.encode()
    # (signature, offset of the uncompressed size, of the name length, of the name) per header kind.
    for signature, size_offset, name_len_offset, name_offset in ((b"PK\x03\x04", 22, 26, 30),
                                                                 (b"PK\x01\x02", 24, 28, 46)):
        start = 0
        while True:
            at = data.find(signature, start)
            if at < 0:
                break
            name_len = struct.unpack_from("<H", data, at + name_len_offset)[0]
            if data[at + name_offset:at + name_offset + name_len] == name:
                struct.pack_into("<I", data, at + size_offset, size)
            start = at + 4
    open(path, "wb").write(bytes(data))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    irve_like()
    first_sheet_not_sheet1()
    formulas()
    sparse()
    rich_text()
    dates_1904()
    error_cases()
    for name in sorted(os.listdir(OUT)):
        print("%8d  %s" % (os.path.getsize(out(name)), name))
