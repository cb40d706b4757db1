#!/usr/bin/env python3
"""Builds data/places.yaml and data/reference-list.yaml from data/reference/beijing-sister-cities.csv.

The reference list is a compiled source of its own (beijing-sister-cities-list, kind: compiled).
Each row becomes an agreement between Beijing and the partner, attested by the list's statement:
the quote is the CSV line verbatim, and the pages the row names are what it cites (cites), not
speakers. Where a row's note says what a page says (another date, another name for the tie), the
list reports that page: a second statement with reports: PAGE (hearsay, ranked below the direct
ones), never resolved here. An earlier agreement of another kind that a row's note mentions (Berlin
1988, Wellington 1994, Riga 2004, Ile-de-France's 1987 accord) is a predecessor, not a date.
Run from the repository root: python3 scripts/reference/build.py
"""
import csv
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pages import DOCUMENTS, NOTE_SOURCES, PAGES, UNDATED  # noqa: E402
from places import OWN, PART_OF, PLACES, REFERENCE_NAMES  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
CSV = os.path.join(ROOT, "data", "reference", "beijing-sister-cities.csv")
LIST_SOURCE = "data/reference/beijing-sister-cities.csv"
LIST_ID = "beijing-sister-cities-list"


def q(s):
    return json.dumps(s, ensure_ascii=False)


# The list's own date for rows whose date is not "the row's date, else its year" (the row's note gives
# it; Seoul's day is the list reporting an advance notice, so its own date is the year).
NINETIES = ["islamabad", "jakarta", "kyiv", "amsterdam", "paris"]
DATES = {"seoul": "1993", "manila": "2002?", "new-south-wales": "../2011-09-13", "minsk": "2016?", "tel-aviv-yafo": "../2007-04-12",
         "havana": "../2007-04-12", "vientiane": "../2020-05-13"}
# What a row's note says another source says (hearsay: the list reporting that source): place ->
# [(reported source, date, type, note)]. Ile-de-France's row gives no date of its own, only the report.
HEARSAY = {
    "belgrade": [("tip-rs-belgrade", "1980", "cooperation", "Belgrade's side calls it a 1980 cooperation agreement.")],
    "seoul": [("hankyung-1993-10-21", "1993-10-23", "", "An advance notice (1993-10-21) that the signing was set for the 23rd.")],
    "brussels-capital-region": [("brussels-2019-10", "1994-09-22", "cooperation",
                                 "Both Brussels pages (2014-06, 2019-10) call it a cooperation agreement.")],
    "moscow": [("china-org-2004-10-27", "1995-05", "", "Xinhua 2004 says 'May 1995'.")],
    "rome": [("roma-capitale-news", "1998", "friendship-city", "Rome calls it a 'Patto di Amicizia' (friendship pact).")],
    "ottawa": [("ottawa-citizen-2021", "2009", "", "The list reporting an op-ed; refuted by People's Daily (2000-09-19),"
                " which lists Ottawa among the ties of the 1990s.")],
    "manila": [("china-org-manila", "2003/2007", "", "An agreement on friendly relations signed by Mayor Wang Qishan"
                " (2003-2007); it may be a later agreement rather than another date of this one.")],
    "minsk": [("belnovosti-2015-05", "2015-05/..", "", "In May 2015 the agreement was still to come.")],
    "tel-aviv-yafo": [("copy-globes-2018-tel-aviv", "1998~", "", "'twin cities for the past 20 years' (about 1998, unverified).")],
    "ile-de-france": [("china-org-fr-2018", "1988", "", "2018 called the 30th anniversary, which means 1988.")],
}
ONLY_HEARSAY = {"ile-de-france"}
# Earlier agreements of another kind a row's note names (issue 14): place -> [(type, date, cited pages, note)].
PREDECESSORS = {
    "berlin": [("friendship-cooperation", "1988-05-05", ["berlin-de-peking"], "With East Berlin's Magistrat.")],
    "wellington": [("friendship-city", "1994", ["wellington-city-council"], "A 'friendly city' link.")],
    "riga": [("cooperation", "2004-04", ["beijing-gov-riga"], "")],
    "ile-de-france": [("cooperation", "1987", ["iledefrance-accords"], "The region's site names two cooperation accords.")],
}
# Ties that ended, with why the date is what it is: place -> (ended, note added to the row's note).
ENDED = {"prague": ("2019-10", "Ended in October 2019: Prague's council voted on 2019-10-07 to terminate the agreement,"
                    " and Beijing then declared it terminated and suspended official contacts (Radio Prague,"
                    " radio.cz, 2019-10-10, reporting the Czech News Agency). The date is the data keeper's: none of the five"
                    " documents mentions the end, the project holds no text of that report to quote, and the list's row"
                    " says only that Prague moved in 2019 to drop the One-China clause.")}


def page_ids(row):
    """The pages a row cites, as source ids (one of the five documents by its own id)."""
    urls = [url.strip() for url in row["source"].split(" ; ") if url.strip()]
    return [DOCUMENTS[u] if u in DOCUMENTS else PAGES[u][0] for u in urls]


def default_date(row, place):
    if place in DATES:
        return DATES[place]
    if row["date_if_known"]:
        return row["date_if_known"]
    if row["year"]:
        return row["year"]
    if place in NINETIES:
        return "199X"
    return UNDATED


def main():
    with open(CSV, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    rows = list(csv.DictReader(lines))
    # The raw line of each row, for verbatim quotes (no row spans lines in this file).
    raw = [l for l in lines[1:] if l.strip()]
    assert len(raw) == len(rows) == 54, (len(raw), len(rows))

    out = ["# Beijing's partners from the reference list (data/reference/beijing-sister-cities.csv).",
           "# Generated by scripts/reference/build.py; the quotes are the list's rows verbatim, under the list's own",
           "# source: the pages a row names are what it cites, not speakers (see data/README.md).", "sources:",
           f"  - id: {LIST_ID}", "    kind: compiled",
           "    title: " + q("Beijing's municipal-level partner cities and regions (reference list)"),
           f"    publisher: {q('amity project (compiled from public pages)')}", '    published: "2025"',
           f"    url: {q(LIST_SOURCE)}",
           "    notes: " + q("Compiled by the project from the Beijing Foreign Affairs Office's sister-city profiles,"
                          " then partner-city governments and news reports (data/reference/README.md). Each row is"
                          " the list's statement; the pages in its source column are what the row cites.")]
    for url, (sid, publisher, title, published, copy_of, notes) in PAGES.items():
        clean_url = url.split(" (")[0]
        out += [f"  - id: {sid}", f"    title: {q(title)}", f"    publisher: {q(publisher)}",
                f"    published: {q(published)}", f"    url: {q(clean_url)}"]
        if copy_of:
            out.append(f"    copy_of: {q(copy_of)}")
        if notes:
            out.append(f"    notes: {q(notes)}")
    for sid, publisher, title, published, copy_of, notes in NOTE_SOURCES:
        out += [f"  - id: {sid}", f"    title: {q(title)}", f"    publisher: {q(publisher)}",
                f"    published: {q(published)}", f"    notes: {q(notes)}"]
    out.append("agreements:")
    for row, line in zip(rows, raw):
        place = REFERENCE_NAMES[row["partner_city"]]
        out += [f"  - id: beijing-{place}", f"    parties: [beijing, {place}]", "    type: sister-city",
                "    level: municipal"]
        if place in ENDED:
            out.append(f"    ended: {q(ENDED[place][0])}")
        notes = " ".join(n for n in (row["note"], ENDED.get(place, ("", ""))[1]) if n)
        if notes:
            out.append(f"    notes: {q(notes)}")
        if row["note"].startswith("UNCERTAIN"):
            # The list itself doubts the entry: reconcile --without-implied leaves it out.
            out.append("    certainty: uncertain")
        out.append("    attested:")
        cites = "[" + ", ".join(page_ids(row)) + "]"
        if place not in ONLY_HEARSAY:
            out += [f"      - source: {LIST_ID}", f"        date: {q(default_date(row, place))}",
                    f"        quote: {q(line)}", f"        cites: {cites}"]
        for reports, date, typ, note in HEARSAY.get(place, []):
            out += [f"      - source: {LIST_ID}", f"        reports: {reports}", f"        date: {q(date)}"]
            if typ:
                out.append(f"        type: {typ}")
            out.append(f"        quote: {q(line)}")
            if place in ONLY_HEARSAY:
                out.append(f"        cites: {cites}")
            out.append(f"        notes: {q(note)}")
        if place in PREDECESSORS:
            out.append("    predecessors:")
            for typ, date, pages, note in PREDECESSORS[place]:
                out += [f"      - type: {typ}", f"        date: {q(date)}", f"        source: {LIST_ID}",
                        f"        quote: {q(line)}", "        cites: [" + ", ".join(pages) + "]"]
                if note:
                    out.append(f"        notes: {q(note)}")
    with open(os.path.join(ROOT, "data", "reference-list.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

    places = ["# Every place the shipped data names. Generated by scripts/reference/build.py from scripts/reference/places.py.",
              "places:"]
    for pid, (name, names, country, level, capital) in PLACES.items():
        places += [f"  - id: {pid}", f"    name: {q(name)}"]
        if names:
            places.append("    names: [" + ", ".join(q(n) for n in names) + "]")
        places += [f"    country: {q(country)}", f"    level: {level}"]
        if PART_OF.get(pid):
            places.append(f"    part_of: {PART_OF[pid]}")
        if capital:
            places.append("    capital: true")
        for key, value in OWN.get(pid, {}).items():
            places.append(f"    {key}: {q(value)}")
    with open(os.path.join(ROOT, "data", "places.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(places) + "\n")


if __name__ == "__main__":
    main()
