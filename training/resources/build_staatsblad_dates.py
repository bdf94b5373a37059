"""Build ``nlkst/resources/staatsblad_dates.tsv``: the acts the SGD text cites by their date and Staatsblad number.

Reads the SGD pool (``../shared/corpora/sgd/sgd_ocr.jsonl``) and keeps every citation printed clean in the form
``(de wet) van 12 December 1892 (Staatsblad n°. 268)``: a day, a month's name (old spellings and abbreviations of
``resources/months.tsv``), a year of four digits and a number of digits in brackets after ``Staatsblad``, ``Stb.``
or ``Staatsbl.``. One row per act: its date, its Staatsblad number and the number of documents that print that pair.
The reference parser reads it where the OCR garbled the year of such a citation (``wet van 1 Juni 18S5
(Staatsblad n°. 58)``: ``S`` is a 5, 6 or 8) or printed a number that the date's act never had (``12 December 1892
(Staatsblad n°. 208)``, an act printed with ``268`` in 81 documents): ``nlkst/references.py``, ``_dated_act``.

    python training/resources/build_staatsblad_dates.py --shared ../shared
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from nlkst.laws import month_numbers

OUTPUT = Path(__file__).resolve().parents[2] / "nlkst" / "resources" / "staatsblad_dates.tsv"
_CITATION = re.compile(
    r"\bvan[ \n](?:den[ \n])?(?P<day>[1-3]?\d)(?:sten|ste|den|de|e)?[ \n](?P<month>[A-Za-z]{3,9}\.?)[ \n]"
    r"(?P<year>1[89]\d\d),?[ \n]?[(\[][ \n]?(?:Staatsblad|Stb\.?|Staatsbl\.)[ \n]?(?:n°\.?|[Nn]o\.?|[Nn]r\.?)?[ \n]?"
    r"(?P<number>[1-9]\d{0,3})[)\],]")


def build(corpus: Path) -> dict[tuple[str, int], set[str]]:
    found: dict[tuple[str, int], set[str]] = defaultdict(set)
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            document = json.loads(line)
            for match in _CITATION.finditer(document["text"]):
                month = month_numbers().get(match["month"].lower().rstrip("."))
                day = int(match["day"])
                if month is None or not 1 <= day <= 31:
                    continue
                found[(f"{match['year']}-{month:02d}-{day:02d}", int(match["number"]))].add(document["id"])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    found = build(args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl")
    with args.output.open("w", encoding="utf-8") as sink:
        sink.write("date\tstaatsblad\tdocuments\n")
        for (date, number), documents in sorted(found.items()):
            sink.write(f"{date}\t{number}\t{len(documents)}\n")
    print(f"{len(found)} acts by date and number written to {args.output}")


if __name__ == "__main__":
    main()
