"""Reads a workbook irve wrote with openpyxl (an independent reader) and prints what the tests check, as JSON.

Usage: python inspect_workbook.py FILE.xlsx. Exit code 3 when openpyxl is absent (the test then skips).
"""
import datetime
import json
import sys

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    sys.exit(3)


def text(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def fill(cell):
    f = cell.fill
    if f is None or f.fill_type != "solid":
        return None
    return f.fgColor.rgb if isinstance(f.fgColor.rgb, str) else None


def sheet(ws):
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None and c.comment is None and fill(c) is None:
                continue
            cells[c.coordinate] = {
                "value": text(c.value),
                "format": c.number_format,
                "bold": bool(c.font and c.font.b),
                "fill": fill(c),
                "comment": c.comment.text if c.comment else None,
            }
    columns = {}
    for i in range(1, ws.max_column + 1):
        letter = get_column_letter(i)
        d = ws.column_dimensions[letter]
        columns[letter] = {"width": d.width, "format": d.number_format}
    validations = [
        {
            "type": v.type,
            "formula1": v.formula1,
            "sqref": str(v.sqref),
            "prompt": v.prompt,
            "promptTitle": v.promptTitle,
            "showInputMessage": bool(v.showInputMessage),
        }
        for v in ws.data_validations.dataValidation
    ]
    return {
        "name": ws.title,
        "freeze": ws.freeze_panes,
        "maxRow": ws.max_row,
        "cells": cells,
        "columns": columns,
        "validations": validations,
    }


book = openpyxl.load_workbook(sys.argv[1])
json.dump(
    {"sheets": [sheet(ws) for ws in book.worksheets], "definedNames": sorted(book.defined_names.keys())
     if hasattr(book.defined_names, "keys") else []},
    sys.stdout, ensure_ascii=False)
