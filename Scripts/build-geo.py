#!/usr/bin/env python3
"""Build irve's compact geographic reference (Resources/geo/irve-geo-cog2026.bin) from ../shared/geo.

Inputs (Licence Ouverte 2.0, see Resources/geo/PROVENANCE.md):
  communes_2026.csv.gz                  COG 2026 entities, postcodes, population, interior point, bbox
  contours_communes_arm_2026.geojson.gz simplified polygons of every commune and PLM arrondissement
  codes_insee_historiques_vers_2026.csv.gz  old INSEE codes -> current commune codes

The output is read in place (embedded in the executable, no parsing at start-up), so it is a set of
fixed-size little-endian tables plus blobs; the layout is described in Sources/IRVEGeo/GeoFile.swift.
Deterministic: the same inputs give the same bytes (`--check` compares with the committed file).

Usage: python3 Scripts/build-geo.py [--shared ../shared] [--check]
"""
import argparse
import csv
import gzip
import hashlib
import io
import json
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "Resources", "geo", "irve-geo-cog2026.bin")
STAMP = os.path.join(ROOT, "Sources", "CGeoData", "include", "irve_geo_stamp.h")

TYPES = {"COM": 0, "ARM": 1, "COMD": 2, "COMA": 3, "COM_TOM": 4}
HISTORY_STATUS = {"disparu": 0, "COMD": 1, "COMA": 2, "ARM": 3}
POINT_SCALE = 1_000_000   # communes table: 6 decimals as in the source
VERTEX_SCALE = 100_000    # contours: 5 decimals as in the source (quantisation 1e5)
CELL = 5_000              # grid cell: 0.05 degree in vertex units
NO_INDEX = 0xFFFFFFFF
FLAG_NO_POLYGON_USE_15141 = 1
FLAG_UNION_OF_DELEGUEES = 2
FLAG_COVERS_RECREATED = 4


def q(value, scale):
    return int(round(float(value) * scale)) if value not in ("", None) else 0


def zigzag(n):
    return (n << 1) ^ (n >> 63)


def varint(n, out):
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def type_rank(t):
    # Several entities share a code (a chef-lieu commune déléguée has its parent's code): the
    # current commune comes first so a lookup by code finds it.
    return TYPES[t]


def build(shared):
    geo = os.path.join(shared, "geo")
    with gzip.open(os.path.join(geo, "communes_2026.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows.sort(key=lambda r: (r["code"], type_rank(r["type"])))
    index_of = {}
    for i, r in enumerate(rows):
        index_of.setdefault((r["code"], r["type"]), i)
    first_of_code = {}
    for i, r in enumerate(rows):
        first_of_code.setdefault(r["code"], i)

    with gzip.open(os.path.join(geo, "contours_communes_arm_2026.geojson.gz"), "rt", encoding="utf-8") as f:
        features = json.load(f)["features"]
    features.sort(key=lambda ft: (ft["properties"]["code"], type_rank(ft["properties"]["type"])))

    # Strings blob (names), deduplicated.
    strings = bytearray()
    string_at = {}

    def put_string(s):
        b = s.encode("utf-8")
        if b not in string_at:
            string_at[b] = len(strings)
            strings.extend(b)
        return string_at[b], len(b)

    # Postcode lists per commune.
    postcode_list = []  # u32 postcodes
    # Polygons.
    polygon_of = {}
    vertices = bytearray()
    polygons = []  # (offset, ring count, bbox w,s,e,n, commune index)
    for ft in features:
        p = ft["properties"]
        key = (p["code"], p["type"])
        if key not in index_of:
            raise SystemExit(f"contour without commune row: {key}")
        g = ft["geometry"]
        parts = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        rings = [ring for part in parts for ring in part]
        offset = len(vertices)
        w = s = 2**31 - 1
        e = n = -(2**31)
        for ring in rings:
            pts = [(q(x, VERTEX_SCALE), q(y, VERTEX_SCALE)) for x, y in ring]
            if len(pts) > 1 and pts[0] == pts[-1]:
                pts = pts[:-1]  # closing vertex implied
            varint(len(pts), vertices)
            px = py = 0
            for x, y in pts:
                varint(zigzag(x - px), vertices)
                varint(zigzag(y - py), vertices)
                px, py = x, y
                w, e, s, n = min(w, x), max(e, x), min(s, y), max(n, y)
        polygon_of[key] = len(polygons)
        polygons.append((offset, len(rings), w, s, e, n, index_of[key]))

    communes = bytearray()
    parent_fix = {}
    for i, r in enumerate(rows):
        parent = NO_INDEX
        if r["code_parent"]:
            parent = first_of_code.get(r["code_parent"], NO_INDEX)
        if r["type"] in ("COMD", "COMA") and r["code"] == r["code_parent"]:
            parent = first_of_code[r["code"]]
        name_off, name_len = put_string(r["nom"])
        upper_off, upper_len = put_string(r["nom_sans_article_maj"])
        pcs = [int(x) for x in r["codes_postaux"].split("|") if x]
        pc_first = len(postcode_list)
        postcode_list.extend(pcs)
        note = r["note"]
        flags = 0
        if note.startswith("no geometry"):
            flags |= FLAG_NO_POLYGON_USE_15141
        if note.startswith("geometry=union"):
            flags |= FLAG_UNION_OF_DELEGUEES
        if note.startswith("polygon still covers"):
            flags |= FLAG_COVERS_RECREATED
        dep = r["dep"].encode("ascii")[:3].ljust(3, b"\0")
        poly = polygon_of.get((r["code"], r["type"]), NO_INDEX)
        # Layout (76 bytes): code 5s, type, flags, pad, dep 3s, pad, parent, name offset, upper
        # name offset, name length, upper length, population, interior point, centroid, bbox
        # (1e-6 degree), polygon index, first postcode, postcode count, pad.
        communes += struct.pack(
            "<5sBBB3sBIIIHHIiiiiiiiiIIHH",
            r["code"].encode("ascii"), TYPES[r["type"]], flags, 0, dep, 0,
            parent, name_off, upper_off, name_len, upper_len,
            int(r["population_2023"] or 0),
            q(r["interieur_lon"], POINT_SCALE), q(r["interieur_lat"], POINT_SCALE),
            q(r["centroide_lon"], POINT_SCALE), q(r["centroide_lat"], POINT_SCALE),
            q(r["bbox_ouest"], POINT_SCALE), q(r["bbox_sud"], POINT_SCALE),
            q(r["bbox_est"], POINT_SCALE), q(r["bbox_nord"], POINT_SCALE),
            poly, pc_first, len(pcs), 0)
    COMMUNE_SIZE = 76
    assert len(communes) == COMMUNE_SIZE * len(rows), len(communes) / len(rows)

    # Postcode -> commune index, sorted by (postcode, commune).
    pc_pairs = sorted({(pc, i) for i, r in enumerate(rows) for pc in
                       [int(x) for x in r["codes_postaux"].split("|") if x]})
    postcode_index = b"".join(struct.pack("<II", pc, i) for pc, i in pc_pairs)

    # History: old code -> current communes.
    with gzip.open(os.path.join(geo, "codes_insee_historiques_vers_2026.csv.gz"), "rt", encoding="utf-8", newline="") as f:
        hist = sorted(csv.DictReader(f), key=lambda r: r["ancien_code"])
    hist_targets = []
    history = bytearray()
    for h in hist:
        targets = [first_of_code[c] for c in h["codes_commune_2026"].split("|") if c in first_of_code]
        name_off, name_len = put_string(h["ancien_nom"])
        # Layout (20 bytes): code 5s, status, target count, pad, first target, name offset, name
        # length, year of the last change.
        history += struct.pack("<5sBBBIIHH", h["ancien_code"].encode("ascii"), HISTORY_STATUS[h["statut_2026"]],
                               len(targets), 0, len(hist_targets), name_off, name_len,
                               int(h["date_dernier_evenement"][:4] or 0))
        hist_targets.extend(targets)
    HISTORY_SIZE = 20
    assert len(history) == HISTORY_SIZE * len(hist)

    # Polygon table.
    polygon_table = b"".join(struct.pack("<IIiiiiI", *p) for p in polygons)

    # Grid zones: one per territory with polygons (metropole, each DROM), cells of 0.05 degree
    # listing the polygons whose bbox touches them.
    zones_by = {}
    for pi, p in enumerate(polygons):
        dep = rows[p[6]]["dep"]
        zone = dep if dep.startswith("97") else "FR"
        zones_by.setdefault(zone, []).append(pi)
    zone_table = bytearray()
    cell_offsets = []
    cell_entries = []
    for zone in sorted(zones_by):
        ids = zones_by[zone]
        w = min(polygons[i][2] for i in ids) // CELL * CELL
        s = min(polygons[i][3] for i in ids) // CELL * CELL
        e = max(polygons[i][4] for i in ids)
        n = max(polygons[i][5] for i in ids)
        nx = (e - w) // CELL + 1
        ny = (n - s) // CELL + 1
        cells = [[] for _ in range(nx * ny)]
        for i in ids:
            _, _, pw, ps, pe, pn, _ = polygons[i]
            for cy in range((ps - s) // CELL, (pn - s) // CELL + 1):
                for cx in range((pw - w) // CELL, (pe - w) // CELL + 1):
                    cells[cy * nx + cx].append(i)
        first_offset = len(cell_offsets)
        for c in cells:
            cell_offsets.append(len(cell_entries))
            cell_entries.extend(sorted(c))
        zone_table += struct.pack("<4siiiIII", zone.encode("ascii").ljust(4, b"\0"), w, s, CELL, nx, ny, first_offset)
    cell_offsets.append(len(cell_entries))
    offsets_blob = b"".join(struct.pack("<I", o) for o in cell_offsets)
    entries_blob = b"".join(struct.pack("<H", e) for e in cell_entries)
    assert len(polygons) < 65536

    postcode_lists = b"".join(struct.pack("<I", pc) for pc in postcode_list)
    hist_targets_blob = b"".join(struct.pack("<I", t) for t in hist_targets)

    sections = [
        ("communes", bytes(communes), len(rows)),
        ("postcodeLists", postcode_lists, len(postcode_list)),
        ("postcodeIndex", postcode_index, len(pc_pairs)),
        ("history", bytes(history), len(hist)),
        ("historyTargets", hist_targets_blob, len(hist_targets)),
        ("polygons", polygon_table, len(polygons)),
        ("vertices", bytes(vertices), len(vertices)),
        ("zones", bytes(zone_table), len(zones_by)),
        ("cellOffsets", offsets_blob, len(cell_offsets)),
        ("cellEntries", entries_blob, len(cell_entries)),
        ("strings", bytes(strings), len(strings)),
    ]
    header_size = 16 + 12 * len(sections)
    out = bytearray(b"IRVEGEO1")
    out += struct.pack("<II", 1, len(sections))
    offset = header_size
    table = bytearray()
    for _, blob, count in sections:
        offset = (offset + 7) // 8 * 8
        table += struct.pack("<III", offset, len(blob), count)
        offset += len(blob)
    out += table
    for _, blob, _ in sections:
        out += b"\0" * ((len(out) + 7) // 8 * 8 - len(out))
        out += blob
    stats = {name: (len(blob), count) for name, blob, count in sections}
    return bytes(out), stats


def stamp_text(data):
    digest = hashlib.sha256(data).hexdigest()
    return ("/* Generated by Scripts/build-geo.py: the checksum of Resources/geo/irve-geo-cog2026.bin.\n"
            " * Including it makes the build recompile the embedding file whenever the data change. */\n"
            f'#define IRVE_GEO_SHA256 "{digest}"\n#define IRVE_GEO_SIZE {len(data)}\n')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--check", action="store_true", help="fail if the committed file differs from a rebuild")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "geo")):
        print(f"build-geo: {args.shared}/geo is absent; nothing to build or check", file=sys.stderr)
        return 0
    data, stats = build(args.shared)
    if args.check:
        ok = os.path.exists(OUT) and open(OUT, "rb").read() == data and open(STAMP).read() == stamp_text(data)
        if not ok:
            print("build-geo: Resources/geo/irve-geo-cog2026.bin is out of date; run python3 Scripts/build-geo.py", file=sys.stderr)
            return 1
        print("build-geo: reference data up to date")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    for path, content, mode in ((OUT, data, "wb"), (STAMP, stamp_text(data), "w")):
        tmp = path + ".tmp"
        with open(tmp, mode) as f:
            f.write(content)
        os.replace(tmp, path)
    for name, (size, count) in stats.items():
        print(f"{name:15} {count:9} items {size / 1024:9.1f} KiB")
    print(f"total {len(data) / 1024 / 1024:.2f} MiB -> {os.path.relpath(OUT, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
