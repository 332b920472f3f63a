#!/usr/bin/env python3
"""Writes places-towns.tsv: the places of a build with MIN_POP=15000 that a build with MIN_POP=100000 lacks (the
towns: regions and cities are the same in both) and whose pattern and value are in neither gazetteer.tsv nor
places-world.tsv, under the header of the current file.

usage: towns.py <resources folder> <build at 15000> <build at 100000>
"""
import sys

res, built, larger = sys.argv[1], sys.argv[2], sys.argv[3]
patterns, values = set(), set()
for line in open(larger, encoding="utf-8"):
    patterns.add(line.split("\t")[1])
for name in ("gazetteer.tsv", "places-world.tsv"):
    for line in open(f"{res}/{name}", encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 3 and not line.startswith("#"):
            patterns.add(f[1])
            values.add(f[2])
header = [l for l in open(f"{res}/places-towns.tsv", encoding="utf-8") if l.startswith("#")]
rows = [l for l in open(built, encoding="utf-8")
        if l.startswith("place\t") and l.split("\t")[1] not in patterns and l.split("\t")[2] not in values]
with open(f"{res}/places-towns.tsv", "w", encoding="utf-8") as out:
    out.writelines(header + rows)
print(f"{len(rows)} towns", file=sys.stderr)
