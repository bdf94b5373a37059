"""Build ``nlkst/resources/budget_dossiers.tsv``: the dossier number of each year's Rijksbegroting, from the heads of
the SGD pool's own budget stukken.

A budget chapter's stuk opens with its budget's year and dossier (``Zitting 1973-1974 -12 600`` /
``RIJKSBEGROTING VOOR HET DIENSTJAAR 1974`` / ``HOOFDSTUK X``; ``Rijksbegroting voor het dienstjaar 1950 1400 III 9``;
``Rijksbegroting voor het jaar 1989`` / ``20 800`` / ``Hoofdstuk XV``). In the first 600 characters of each document,
each such year is paired with the round numbers (``\\d\\d00``) printed within 40 characters of it; a year keeps the
number that most documents give it, where no other number ties with it. From 1946 only: before that, the Bijlagen were
numbered anew each session and are no kamerstuk dossier (``references.CONTINUOUS_NUMBERING_FROM``).

    python training/corpora/build_budget_dossiers.py --shared ../shared -o nlkst/resources/budget_dossiers.tsv
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

HEAD = re.compile(r"rijks[- ]?\n?begroting[ \n]+voor[ \n]+(?:het[ \n]+(?:dienst)?jaar[ \n]+)?(19[4-9]\d)", re.I)
ROUND_NUMBER = re.compile(r"(?<![\d.,/])(\d{1,2}[ \u00a0]?\d00|[1-9]00)(?!\d)")
HEAD_REACH = 600
NUMBER_REACH = 40
FIRST_YEAR = 1946


def budget_dossiers(lines) -> dict[int, tuple[str, int]]:
    documents: dict[tuple[int, str], set[str]] = defaultdict(set)
    for line in lines:
        document = json.loads(line)
        head = document["text"][:HEAD_REACH]
        for match in HEAD.finditer(head):
            year = int(match.group(1))
            if year < FIRST_YEAR:
                continue
            window = head[max(0, match.start() - NUMBER_REACH):match.end() + NUMBER_REACH]
            for number in ROUND_NUMBER.finditer(window):
                dossier = re.sub(r"\D", "", number.group(1))
                if dossier != str(year):
                    documents[(year, dossier)].add(document["id"])
    by_year: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for (year, dossier), ids in documents.items():
        by_year[year].append((len(ids), dossier))
    table = {}
    for year, counted in by_year.items():
        counted.sort(reverse=True)
        if len(counted) == 1 or counted[0][0] > counted[1][0]:
            table[year] = (counted[0][1], counted[0][0])
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    with open(args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl", encoding="utf-8") as lines:
        table = budget_dossiers(lines)
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# The dossier number of each year's Rijksbegroting (its chapters are <dossier>-<chapter>:\n"
                  "# 6100-XI), read from the heads of the SGD pool's budget stukken by\n"
                  "# training/corpora/build_budget_dossiers.py (year, dossier, documents whose head pairs them).\n"
                  "# A year not listed gives no dossier.\n")
        for year in sorted(table):
            dossier, count = table[year]
            out.write(f"{year}\t{dossier}\t{count}\n")


if __name__ == "__main__":
    main()
