#!/usr/bin/env python3
"""BAN CSV (adresses-XX.csv[.gz], 23 columns, ';') → addok ndjson, as geodata.md §6 describes.

Streets are grouped on (code_insee, nom_voie, code_postal) and carry their house numbers; one
`municipality` document is written per commune met. Positions of streets and communes are the mean
of their addresses, and importance = min(1, log10(1 + addresses of the commune) / 5): the same
formulas as irve's local index (BANIndexSchema.importance), so the two back-ends score alike.

Usage: ban2addok.py adresses-fixture.csv > fixture.ndjson
"""
import csv
import gzip
import json
import math
import sys


def open_text(path):
    with open(path, "rb") as probe:
        gz = probe.read(2) == b"\x1f\x8b"
    return gzip.open(path, "rt", encoding="utf-8", newline="") if gz else open(path, encoding="utf-8-sig", newline="")


def importance(n):
    return min(1.0, math.log10(1 + n) / 5)


def main(paths):
    streets, communes = {}, {}
    for path in paths:
        with open_text(path) as f:
            for row in csv.DictReader(f, delimiter=";"):
                code, name, postcode = row["code_insee"], row["nom_voie"], row["code_postal"]
                lon, lat = float(row["lon"]), float(row["lat"])
                c = communes.setdefault(code, {"name": row["nom_commune"], "postcodes": [], "lon": 0.0, "lat": 0.0, "n": 0})
                c["lon"] += lon; c["lat"] += lat; c["n"] += 1
                if postcode and postcode not in c["postcodes"]:
                    c["postcodes"].append(postcode)
                s = streets.setdefault((code, name, postcode), {"city": row["nom_commune"], "lon": 0.0, "lat": 0.0, "n": 0, "numbers": {}})
                s["lon"] += lon; s["lat"] += lat; s["n"] += 1
                if row["numero"] and row["numero"] != "99999":
                    raw = (row["numero"].lstrip("0") + (" " + row["rep"] if row["rep"] else "")).strip()
                    s["numbers"].setdefault(raw, {"id": row["id"], "lon": lon, "lat": lat})
    out = sys.stdout
    for code, c in sorted(communes.items()):
        out.write(json.dumps({
            "id": code, "type": "municipality", "name": c["name"], "postcode": c["postcodes"], "citycode": code,
            "lon": round(c["lon"] / c["n"], 6), "lat": round(c["lat"] / c["n"], 6), "city": c["name"],
            "context": code[:2], "importance": round(importance(c["n"]), 4),
        }, ensure_ascii=False) + "\n")
    for i, ((code, name, postcode), s) in enumerate(sorted(streets.items())):
        out.write(json.dumps({
            "id": "%s_s%05d" % (code, i), "type": "street", "name": name, "postcode": postcode, "citycode": code,
            "lon": round(s["lon"] / s["n"], 6), "lat": round(s["lat"] / s["n"], 6), "city": s["city"],
            "context": code[:2], "importance": round(importance(communes[code]["n"]), 4),
            "housenumbers": s["numbers"],
        }, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
