"""Build ``nlkst/resources/laws_older_names.tsv``: the laws of the 2017 list whose name an older act had.

A text written before the act that made a law of the 2017 list may name that law while it was still a bill (the
Algemene wet bestuursrecht in 1990, made in 1992: the act's id, corpora/CONVENTIONS.md "A law named while it was
still a bill"), or name an older act that today's act took the name of (the Gemeentewet of 1851 in 1930: no id, "A
law younger than the document"). Only the second kind of law has a use of its name long before its act: this reads
every document of the SGD pool with its year (the header's date, else the later year of its vergaderjaar) and keeps
each law that a document names more than ``GAP`` years before the law's act was made (``laws.BILL_YEARS``). One row
per law: its BWB id, the year of its act, the earliest year a document names it, and that document.

    python training/resources/build_law_older_names.py --shared ../shared
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from nlkst import laws
from nlkst.header import parse_header
from nlkst.references import ReferenceParser

OUTPUT = Path(__file__).resolve().parents[2] / "nlkst" / "resources" / "laws_older_names.tsv"


def document_year(text: str) -> int | None:
    """The year the pipeline gives the document: its header's date, else the later year of its vergaderjaar."""
    fields = parse_header(text).fields
    for day in (fields.get("date"), (fields.get("vergaderjaar") or "")[-4:]):
        if day and str(day)[:4].isdigit():
            return int(str(day)[:4])
    return None


def build(corpus: Path) -> dict[str, tuple[int, str]]:
    """Per law whose name a document uses more than ``laws.BILL_YEARS`` years before its act: the earliest year and
    document."""
    earliest: dict[str, tuple[int, str]] = {}
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            document = json.loads(line)
            year = document_year(document["text"])
            if year is None:
                continue
            for mention in ReferenceParser(document_year=year).mentions(document["text"], implicit=False):
                for record in mention.records:
                    bwb = record.get("successor") if record["type"] == "wet" else None
                    enacted = laws.enacted_year(bwb) if bwb else None
                    if enacted is None or enacted - year <= laws.BILL_YEARS:
                        continue
                    if bwb not in earliest or year < earliest[bwb][0]:
                        earliest[bwb] = (year, document["id"])
    return earliest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    earliest = build(args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl")
    with args.output.open("w", encoding="utf-8") as sink:
        sink.write("bwb_id\tenacted\tnamed_in\tdocument\n")
        for bwb, (year, document) in sorted(earliest.items()):
            sink.write(f"{bwb}\t{laws.enacted_year(bwb)}\t{year}\t{document}\n")
    print(f"{len(earliest)} laws whose name an older act had written to {args.output}")


if __name__ == "__main__":
    main()
