"""Build ``nlkst/resources/budget_chapters.tsv``: which chapter of the Rijksbegroting each department's budget was,
and in which years, from the heads of the SGD pool's own budget stukken.

A budget chapter's stuk opens with its year and its chapter with the department's name (``Rijksbegroting voor het
dienstjaar 1980`` / ``15 800 XII`` / ``Hoofdstuk XII (Departement van Verkeer en Waterstaat)``; ``Rijksbegroting
voor het jaar 1989`` / ``Hoofdstuk XVI (Ministerie van Welzijn, Volksgezondheid en Cultuur)``). In the first 800
characters of each document the year is paired with each ``Hoofdstuk <roman> (Ministerie|Departement van <name>)``
printed there; the name is read up to a bracket or line end (its OCR break hyphens joined). A (name, chapter) pair
kept is one at least two documents give, counting no year in which a document pairs the name with another
chapter.
Chapters moved over the years (Cultuur, Recreatie en Maatschappelijk Werk XVI; Welzijn, Volksgezondheid en Cultuur
XVI from 1983), so each row has its first and last year seen; ``nlkst/budgets.py`` gives a department's chapter
only for a year within its row's span.

    python training/corpora/build_budget_chapters.py --shared ../shared -o nlkst/resources/budget_chapters.tsv
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from the checkout
from training.corpora.build_budget_dossiers import HEAD  # noqa: E402  (the budget head with its year)

CHAPTER = re.compile(r"(?i)hoofdstuk[ \n]+(?P<chapter>[IVX]+(?:[ ]?[A-F](?![\w]))?)[ \n,]*\(?\n?"
                     r"(?:ministerie|departement)[ \n]+van[ \n]+(?P<name>[^\n()]{3,80})")
CUT = re.compile(r"[ ]+(?:Hoofdstuk|Nr\b|Deel|Onderdeel)\b.*|[ .,]+$")
ROMAN = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})[A-F]?")
HEAD_REACH = 800
MIN_DOCUMENTS = 2


def department(printed: str) -> str:
    name = re.sub(r"[-\u00ad][ \n]?(?=[a-zë])", "", printed)  # "Alge-mene", "Voed\xadsel"
    return CUT.sub("", re.sub(r"\s+", " ", name)).strip()


def budget_chapters(lines) -> list[tuple[str, str, int, int, int]]:
    seen: dict[tuple[str, str], list[int]] = defaultdict(list)
    for line in lines:
        head = json.loads(line)["text"][:HEAD_REACH]
        year = HEAD.search(head)
        if year is None:
            continue
        for match in CHAPTER.finditer(head):
            chapter = match["chapter"].replace(" ", "")
            if ROMAN.fullmatch(chapter):
                seen[(department(match["name"]), chapter)].append(int(year.group(1)))
    by_year: dict[tuple[str, int], set[str]] = defaultdict(set)
    for (name, chapter), years in seen.items():
        for year in years:
            by_year[(name, year)].add(chapter)
    rows = []
    for (name, chapter), years in sorted(seen.items()):
        years = [year for year in years if len(by_year[(name, year)]) == 1]  # a year two chapters claim: neither
        if len(years) >= MIN_DOCUMENTS:
            rows.append((name, chapter, min(years), max(years), len(years)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-o", "--output", type=Path, default=Path("nlkst/resources/budget_chapters.tsv"))
    args = parser.parse_args()
    with open(args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl", encoding="utf-8") as lines:
        rows = budget_chapters(lines)
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# The chapter of the Rijksbegroting that a department's budget was (department's name as\n"
                  "# 'Ministerie/Departement van <name>' prints it, chapter, first and last year seen, documents).\n"
                  "# Source: the heads of the SGD pool's budget stukken, read by\n"
                  "# training/corpora/build_budget_chapters.py. A year outside a row's span gives no chapter\n"
                  "# (chapters moved over the years).\n")
        for row in rows:
            out.write("\t".join(map(str, row)) + "\n")


if __name__ == "__main__":
    main()
