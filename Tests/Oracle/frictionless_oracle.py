#!/usr/bin/env python3
"""frictionless-py oracle for the irve Swift test-suite.

Reads ONE JSON object on stdin, writes ONE JSON object on stdout.  Python is
started once per batch; every job is isolated (a failing job yields
``{"id": ..., "error": "..."}`` and the batch goes on).  Nothing but the final
JSON document is ever written to stdout (warnings, prints and tracebacks go to
stderr or into the per-job ``error`` string).

Request (both keys may be present in the same request):

    {"files": [{"id": "a", "path": "/abs/file.csv", "schema": "/abs/schema.json",
                "byName": true,
                # optional: "format": "csv", "encoding": "utf-8",
                #           "limitRows": 0, "headerCase": true}],
     "cells": [{"id": "c1", "field": {"name": "x", "type": "date"},
                "missingValues": [""], "value": "2021-2-3"}]}

    "value" may be null: the reader then sees a *missing* cell (row too short),
    exactly like Row does with zip_longest.

Response:

    {"oracle": {"frictionless": "5.21.0", "python": "3.11.x"},
     "files": [{"id", "valid", "rows", "encoding", "delimiter", "labels",
                "errors": [{"type", "rowNumber", "fieldName", "fieldNumber",
                            "cell", "constraint", "note", "label"}]}],
     "cells": [{"id", "errors": [{"type", "constraint", "note"}]}]}

File jobs are validated with frictionless' default baseline checks and NO
error cap (``limit_errors=0``).  ``byName: true`` uses
``Detector(schema_sync=True)`` which frictionless 5.21 resolves to
``fieldsMatch: "partial"`` (Validata's behaviour: missing optional column ok,
extra/reordered columns ok, missing required column -> missing-label); a
``fieldsMatch`` declared in the schema file itself would take precedence.
``byName: false`` is the plain positional ("exact") Table Schema matching.

Usage:
    echo '{"cells": [...]}' | python frictionless_oracle.py
    python frictionless_oracle.py --selftest
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import traceback
import warnings

_REAL_STDOUT = sys.stdout
_CONSTRAINT_RE = re.compile(r'^constraint "([^"]+)" is ')


def _fail_text(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    # last frame only: useful, short, never a full traceback
    tb = traceback.extract_tb(exc.__traceback__)
    if tb:
        frame = tb[-1]
        text += f" (at {os.path.basename(frame.filename)}:{frame.lineno})"
    return text


def _import_frictionless():
    warnings.simplefilter("ignore")
    import frictionless  # noqa: F401
    from frictionless import system

    # Absolute paths (data, schema) are refused as "not safe" unless trusted.
    system.trusted = True
    return frictionless


# --------------------------------------------------------------------------
# files


def _constraint_of(error_type: str, note):
    if error_type != "constraint-error" or not isinstance(note, str):
        return None
    match = _CONSTRAINT_RE.match(note)
    return match.group(1) if match else None


def _error_json(error) -> dict:
    d = error.to_descriptor()
    etype = d.get("type")
    note = d.get("note")
    return {
        "type": etype,
        "rowNumber": d.get("rowNumber"),
        "fieldName": d.get("fieldName"),
        "fieldNumber": d.get("fieldNumber"),
        "cell": d.get("cell"),
        "constraint": _constraint_of(etype, note),
        "note": note,
        "label": d.get("label"),
    }


def _delimiter_of(resource):
    try:
        dialect = resource.dialect
        for control in getattr(dialect, "controls", []) or []:
            if getattr(control, "type", None) == "csv":
                return control.delimiter
    except Exception:
        pass
    return None


def _drop_row_cells(row) -> None:
    # Every row error carries a copy of the whole row ("cells"); we never
    # output it, and on big files with many errors it costs gigabytes
    # (qualicharge extract, positional: 178k errors, 2.2 GB with the CLI).
    for error in row.errors:
        error.cells = []


def validate_file(job: dict) -> dict:
    from frictionless import Detector, Dialect, Resource

    out = {"id": job.get("id")}
    path = job["path"]
    schema_path = job["schema"]
    by_name = bool(job.get("byName", False))

    # The schema is given as a path (as the CLI does): an invalid schema then
    # becomes a report with schema-error/field-error instead of an exception.
    options = {}
    if job.get("format"):
        options["format"] = job["format"]
    if job.get("encoding"):
        options["encoding"] = job["encoding"]
    resource = Resource(
        path=path,
        schema=schema_path,
        detector=Detector(schema_sync=by_name),
        **options,
    )
    if "headerCase" in job:
        resource.dialect = Dialect(header_case=bool(job["headerCase"]))
    report = resource.validate(
        limit_errors=0,  # 0 disables the cap (default would be 1000)
        limit_rows=int(job.get("limitRows") or 0) or None,
        on_row=_drop_row_cells,
    )

    errors = [_error_json(e) for e in report.errors]  # metadata-level errors
    task = report.tasks[0] if report.tasks else None
    if task is not None:
        errors += [_error_json(e) for e in task.errors]
        stats = task.stats or {}
        # task.stats drops zero values (header-only file -> no "rows" key);
        # the resource keeps the real counter.
        rows = getattr(resource.stats, "rows", None)
        out["rows"] = rows if rows is not None else stats.get("rows")
        out["labels"] = list(task.labels or [])
    else:
        out["rows"] = None
        out["labels"] = []
    out["valid"] = bool(report.valid)
    out["encoding"] = resource.encoding
    out["delimiter"] = _delimiter_of(resource)
    out["errors"] = errors
    warns = list(report.warnings) + (list(task.warnings) if task is not None else [])
    if warns:
        out["warnings"] = warns
    return out


# --------------------------------------------------------------------------
# cells

_READERS: dict = {}


def _cell_reader(field: dict, missing_values):
    key = json.dumps([field, missing_values], sort_keys=True)
    reader = _READERS.get(key)
    if reader is None:
        from frictionless import Schema

        field = dict(field)
        field.setdefault("name", "field")
        # `example` never affects reading, but frictionless 5.21 refuses a
        # field whose example does not parse (schema-irve-statique-1.0.3 has
        # two such fields), which would make every cell job of that field fail.
        field.pop("example", None)
        descriptor = {"fields": [field]}
        if missing_values is not None:
            descriptor["missingValues"] = missing_values
        # Built through a one-field Schema, as in a real row: the field then
        # inherits schema-level missingValues exactly like Row's handlers.
        schema = Schema.from_descriptor(descriptor)
        reader = schema.fields[0].create_cell_reader()
        _READERS[key] = reader
    return reader


def check_cell(job: dict) -> dict:
    reader = _cell_reader(job["field"], job.get("missingValues", [""]))
    _, notes = reader(job.get("value"))
    errors = []
    if notes:
        notes = dict(notes)
        type_note = notes.pop("type", None)
        if type_note:
            errors.append({"type": "type-error", "constraint": None, "note": type_note})
        for name, note in notes.items():
            errors.append({"type": "constraint-error", "constraint": name, "note": note})
    return {"id": job.get("id"), "errors": errors}


# --------------------------------------------------------------------------
# driver


def _size_of(job) -> int:
    try:
        return os.path.getsize(job["path"])
    except (OSError, KeyError, TypeError):
        return 0


def _file_result(job) -> dict:
    try:
        return validate_file(job)
    except Exception as exc:  # noqa: BLE001 - never a traceback
        return {"id": job.get("id") if isinstance(job, dict) else None, "error": _fail_text(exc)}


def run(request: dict) -> dict:
    import platform

    import frictionless

    response: dict = {
        "oracle": {
            "frictionless": getattr(frictionless, "__version__", None),
            "python": platform.python_version(),
        }
    }
    if "files" in request:
        jobs = request.get("files") or []
        workers = min(len(jobs), os.cpu_count() or 1)
        if workers > 1:
            # One process per core (frictionless is pure Python): the corpus batch takes half the time on
            # two cores. Forked, so each worker already has frictionless imported and trusted.
            import multiprocessing

            # Largest files first, so that no big file starts last; the answers keep the request's order.
            order = sorted(range(len(jobs)), key=lambda i: -_size_of(jobs[i]))
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                done = pool.map(_file_result, [jobs[i] for i in order], chunksize=1)
            results = [None] * len(jobs)
            for i, result in zip(order, done):
                results[i] = result
            response["files"] = results
        else:
            response["files"] = [_file_result(job) for job in jobs]
    if "cells" in request:
        results = []
        for job in request.get("cells") or []:
            try:
                results.append(check_cell(job))
            except BaseException as exc:  # noqa: BLE001
                if isinstance(exc, KeyboardInterrupt):
                    raise
                results.append({"id": job.get("id") if isinstance(job, dict) else None,
                                "error": _fail_text(exc)})
        response["cells"] = results
    return response


SELFTEST = [
    # (field, value, expected [(type, constraint)])
    ({"name": "d", "type": "date"}, "2021-2-3", []),
    ({"name": "d", "type": "date"}, "30/12/2021", [("type-error", None)]),
    ({"name": "b", "type": "boolean"}, "VRAI", [("type-error", None)]),
    ({"name": "b", "type": "boolean"}, "TRUE", []),
    ({"name": "g", "type": "geopoint", "format": "array"}, "[48.3,7.4]", []),
    ({"name": "g", "type": "geopoint", "format": "array"}, "[7,48, 48,34]", [("type-error", None)]),
    ({"name": "n", "type": "number", "constraints": {"minimum": 0}}, "-1", [("constraint-error", "minimum")]),
    ({"name": "n", "type": "number"}, "22,5", [("type-error", None)]),
    ({"name": "s", "type": "string", "constraints": {"required": True}}, "", [("constraint-error", "required")]),
    ({"name": "s", "type": "string", "constraints": {"required": True}}, None, [("constraint-error", "required")]),
    ({"name": "s", "type": "string", "constraints": {"pattern": "[0-9]{9}"}}, "12345678 ", [("constraint-error", "pattern")]),
    ({"name": "i", "type": "integer"}, " 3", []),
]


def selftest() -> int:
    request = {"cells": [{"id": str(i), "field": f, "missingValues": [""], "value": v}
                         for i, (f, v, _) in enumerate(SELFTEST)]}
    response = run(request)
    failures = 0
    for (field, value, expected), result in zip(SELFTEST, response["cells"]):
        got = [(e["type"], e["constraint"]) for e in result.get("errors", [])]
        if "error" in result or got != expected:
            failures += 1
            print(f"FAIL {field['type']} {value!r}: expected {expected}, got "
                  f"{result.get('error') or got}", file=sys.stderr)
    # one file job, end to end, through a temporary CSV
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        csv_path = os.path.join(tmp, "t.csv")
        schema_path = os.path.join(tmp, "s.json")
        with open(csv_path, "w", encoding="utf-8") as f:
            f.write("b;a\nx;1\n;2\n")
        with open(schema_path, "w", encoding="utf-8") as f:
            json.dump({"fields": [
                {"name": "a", "type": "integer"},
                {"name": "b", "type": "string", "constraints": {"required": True}},
                {"name": "c", "type": "string"}]}, f)
        out = run({"files": [{"id": "f", "path": csv_path, "schema": schema_path, "byName": True}]})
        got = out["files"][0]
        want = [("constraint-error", 3, "b", "required")]
        have = [(e["type"], e["rowNumber"], e["fieldName"], e["constraint"]) for e in got.get("errors", [])]
        if have != want or got.get("delimiter") != ";" or got.get("rows") != 2:
            failures += 1
            print(f"FAIL file job: {got}", file=sys.stderr)
    print("selftest: %s (%d cases)" % ("FAILED" if failures else "ok", len(SELFTEST) + 1),
          file=sys.stderr)
    return 1 if failures else 0


def main(argv) -> int:
    # Anything printed by libraries goes to stderr; stdout carries only our JSON.
    sys.stdout = sys.stderr
    try:
        _import_frictionless()
    except BaseException as exc:  # noqa: BLE001
        _REAL_STDOUT.write(json.dumps({"error": "cannot import frictionless: " + _fail_text(exc)}) + "\n")
        _REAL_STDOUT.flush()
        return 2

    if "--selftest" in argv:
        try:
            return selftest()
        except BaseException as exc:  # noqa: BLE001
            print("selftest crashed: " + _fail_text(exc), file=sys.stderr)
            return 1

    try:
        raw = sys.stdin.buffer.read().decode("utf-8")
        request = json.loads(raw) if raw.strip() else {}
        if not isinstance(request, dict):
            raise ValueError("request must be a JSON object")
        response = run(request)
        code = 0
    except BaseException as exc:  # noqa: BLE001
        response = {"error": _fail_text(exc)}
        code = 0
    _REAL_STDOUT.write(json.dumps(response, ensure_ascii=False, default=str) + "\n")
    _REAL_STDOUT.flush()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
