#!/usr/bin/env python3
"""Checks that every quote in data/ is verbatim: a substring of a source document or a line of the
reference list. Usage: scripts/check-quotes.py SEEDS_DIR (the folder of the five source documents)."""
import glob
import os
import sys

import yaml

root = os.path.join(os.path.dirname(__file__), "..")
seeds = "".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.txt"))))
rows = set(open(os.path.join(root, "data/reference/beijing-sister-cities.csv"), encoding="utf-8").read().splitlines())


def quotes(x):
    if isinstance(x, dict):
        for k, v in x.items():
            if k == "quote":
                yield v
            else:
                yield from quotes(v)
    elif isinstance(x, list):
        for i in x:
            yield from quotes(i)


bad = n = 0
for f in sorted(glob.glob(os.path.join(root, "data/*.yaml"))):
    for q in quotes(yaml.safe_load(open(f, encoding="utf-8"))):
        n += 1
        if q not in seeds and q not in rows:
            bad += 1
            print(f"{f}: not verbatim: {q[:100]}")
print(f"{n} quotes, {bad} not verbatim")
sys.exit(1 if bad else 0)
