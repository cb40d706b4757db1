#!/usr/bin/env python3
"""Builds data/places.yaml and data/reference-list.yaml from data/reference/beijing-sister-cities.csv.

Each row of the reference list becomes an agreement between Beijing and the partner, with one
attestation per source page; the attestation's quote is the CSV line verbatim, so every row can be
found again. Conflicts the list's notes record are kept as separate attestations, never resolved.
An earlier agreement of another kind that a row's note mentions (Berlin 1988, Wellington 1994, Riga
2004, Ile-de-France's 1987 accord) is a predecessor, not a date of this agreement: it stays in the
row's note (the agreement's notes) until agreements can list predecessors (issue 14).
Run from the repository root: python3 scripts/reference/build.py
"""
import csv
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from pages import DOCUMENTS, NOTE_SOURCES, PAGES, UNDATED  # noqa: E402
from places import PART_OF, PLACES, REFERENCE_NAMES  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
CSV = os.path.join(ROOT, "data", "reference", "beijing-sister-cities.csv")
LIST_SOURCE = "data/reference/beijing-sister-cities.csv"


def q(s):
    return json.dumps(s, ensure_ascii=False)


# Rows whose dates need more than "the row's date, else its year": place -> {page id: [(date, type, note)]};
# an empty list for a page that gives no date of this agreement (only of a predecessor).
NINETIES = ["islamabad", "jakarta", "kyiv", "amsterdam", "paris"]
SPECIAL = {
    "belgrade": {"tip-rs-belgrade": [("1980", "cooperation", "Belgrade's side calls it a cooperation agreement.")]},
    "seoul": {"beijing-fao-2019-12-20": [("1993", "", "The year from the Beijing FAO.")],
              "hankyung-1993-10-21": [("1993-10", "", "An advance notice (1993-10-21) that the signing was set for the 23rd of the month.")]},
    "berlin": {"berlin-de-peking": [("1994-04-05", "", "The joint declaration.")]},
    "brussels-capital-region": {"brussels-2014-06": [("1994-09-22", "cooperation", "Brussels calls it a cooperation agreement.")],
                                "brussels-2019-10": [("1994-09-22", "cooperation", "Brussels calls it a cooperation agreement.")]},
    "moscow": {"china-org-2004-10-27": [("1995-05", "", "Xinhua 2004 says 'May 1995'.")]},
    "rome": {"roma-capitale-news": [("1998", "friendship-city", "Rome calls it a 'Patto di Amicizia' (friendship pact).")]},
    "ottawa": {"ottawa-citizen-2021": [("2009", "", "CONFLICT: the Ottawa Citizen op-ed gives 2009.")]},
    "manila": {"inquirer-2008-08-07": [("2002-06", "", "'since June 2002'")],
               "china-org-manila": [("2003/2007", "", "An agreement on friendly relations signed by Mayor Wang Qishan (2003-2007).")]},
    "london": {"china-daily-2006-04-11": [("2006-04-10", "", "London does not consider it a formal twinning (China Daily Europe 2013).")]},
    "wellington": {"wellington-city-council": [("2006-05-10", "", "The formal sister-city agreement.")]},
    "new-south-wales": {"people-daily-2011-09-13": [("../2011-09-13", "", "The NSW Premier says 'Beijing and Sydney' are sister cities.")],
                        "beijing-gov-new-south-wales": [("../2020-05-13", "", "The profile's date was not visible.")]},
    "minsk": {"kopyl-belta-minsk": [("2016?", "", "UNCERTAIN year.")],
              "belnovosti-2015-05": [("2015-05/..", "", "In May 2015 the agreement was still to come.")]},
    "riga": {"beijing-gov-riga": [("2017-09", "", "The sister-city agreement.")]},
    "ile-de-france": {"beijing-gov-ile-de-france": [("../2020-05-13", "", "Exact sister date not found.")],
                      "iledefrance-accords": [],
                      "china-org-fr-2018": [("1988", "", "2018 called the 30th anniversary, which means 1988.")]},
    "tel-aviv-yafo": {"china-org-2007-04-12": [("../2007-04-12", "", "Listed by Xinhua, April 2007.")],
                      "copy-globes-2018-tel-aviv": [("1998~", "", "'twin cities for the past 20 years' (about 1998, unverified).")]},
    "havana": {"china-org-2007-04-12": [("../2007-04-12", "", "Listed by Xinhua, April 2007.")],
               "beijing-gov-havana": [("../2020-11-03", "", "")]},
    "vientiane": {"beijing-gov-vientiane": [("../2020-05-13", "", "The profile's date was cut from the excerpt.")],
                  "wikipedia-copy-twin-towns-china": [("../2025", "", "")]},
}
# Ties that ended, with why the date is what it is: place -> (ended, note added to the row's note).
ENDED = {"prague": ("2019-10", "Ended in October 2019: Prague's council voted on 2019-10-07 to terminate the agreement,"
                    " and Beijing then declared it terminated and suspended official contacts (Radio Prague,"
                    " radio.cz, 2019-10-10, reporting the Czech News Agency). None of the five documents mentions the end.")}
EXTRA_PAGES = {"ottawa": ["ottawa-citizen-2021"], "ile-de-france": ["china-org-fr-2018"]}


def page_ids(row):
    """The pages a row cites, as source ids; a page that is one of the five documents is left out: its
    own words are quoted in its own file, and the row is the list's statement, not the document's."""
    return [PAGES[url.strip()][0] for url in row["source"].split(" ; ") if url.strip() not in DOCUMENTS]


def default_date(row, place):
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
           "# Generated by scripts/reference/build.py; the quotes are the list's rows verbatim.", "sources:"]
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
        special = SPECIAL.get(place, {})
        for pid in page_ids(row) + EXTRA_PAGES.get(place, []):
            entries = special.get(pid, [(default_date(row, place), "", "")])
            for date, typ, note in entries:
                out += [f"      - source: {pid}", f"        date: {q(date)}"]
                if typ:
                    out.append(f"        type: {typ}")
                out.append(f"        quote: {q(line)}")
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
    with open(os.path.join(ROOT, "data", "places.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(places) + "\n")


if __name__ == "__main__":
    main()
