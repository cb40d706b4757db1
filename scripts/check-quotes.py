#!/usr/bin/env python3
"""Checks every quote in data/ together with the source it names: a quote under one of the five
documents' sources must be found in that document's text; a row of the reference list may only be
quoted under the list's own source. Any other speaker has no text here, so its quotes are reported.

Usage: scripts/check-quotes.py [SEEDS_DIR]   (default: src/test/resources/seeds, the five documents)
Exit status: 0 when every quote is found in its own source, 1 otherwise.
"""
import glob
import os
import sys

import yaml

ROOT = os.path.join(os.path.dirname(__file__), "..")
SEEDS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "src", "test", "resources", "seeds")

# The five documents, by file name, and the source id each one is in data/.
DOCUMENTS = {
    "000_1d77f8bfe5ec7819.txt": "cankao-xiaoxi-2019-11-13",
    "001_9295d74c1870d6ca.txt": "china-daily-2016-09-03",
    "002_95c847c155da84e8.txt": "people-daily-2000-09-19",
    "003_7391625d5ac1e584.txt": "global-times-2023-11-06",
    "004_27542e4b8d421adf.txt": "beijing-foreign-affairs-2023-06-26",
}
# The reference list's own source id (issue 15): its rows are its statements, and no one else's.
LIST_SOURCE = "beijing-sister-cities-list"

texts = {sid: open(os.path.join(SEEDS, name), encoding="utf-8").read() for name, sid in DOCUMENTS.items()}
lines = open(os.path.join(ROOT, "data", "reference", "beijing-sister-cities.csv"), encoding="utf-8").read().splitlines()
rows = {l for l in lines[1:] if l.strip()}


def quotes(x, where):
    """Yields (path, source, quote) for every mapping that has a quote; source is None when unnamed."""
    if isinstance(x, dict):
        if "quote" in x:
            yield where, x.get("source"), x["quote"]
        for k, v in x.items():
            if k != "quote":
                yield from quotes(v, f"{where}.{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            name = v.get("id") or v.get("agreement") or v.get("program") if isinstance(v, dict) else None
            yield from quotes(v, f"{where}[{name or i}]")


def verdict(source, quote):
    """Why the quote is not its source's words, or None when it is."""
    if source is None:
        return "names no source"
    if source == LIST_SOURCE:
        return None if quote in rows else "is not a row of the reference list"
    if source in texts:
        return None if quote in texts[source] else f"is not in the text of {source}"
    if quote in rows:
        return f"is a row of the reference list, quoted under {source} instead of {LIST_SOURCE}"
    return f"names {source}, whose text the project does not hold"


bad = n = 0
for f in sorted(glob.glob(os.path.join(ROOT, "data", "*.yaml"))):
    name = os.path.relpath(f, ROOT)
    for where, source, quote in quotes(yaml.safe_load(open(f, encoding="utf-8")), ""):
        n += 1
        why = verdict(source, quote)
        if why:
            bad += 1
            print(f"{name}: {where.lstrip('.')}: the quote {why}: {quote[:80]}")
print(f"{n} quotes, {bad} not found in the source they name")
sys.exit(1 if bad else 0)
