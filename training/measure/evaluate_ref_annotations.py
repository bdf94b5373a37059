"""Score the reference parser on ``../shared/corpora/ref-annotations-dev`` (Bos, van Opijnen and Marx).

    python training/measure/evaluate_ref_annotations.py [--shared ../shared] [--show]

The sample gives, for each annotated reference, its text, the paragraph it stands in and its offsets in the whole
minute, not the minute itself. Each minute is rebuilt from what the sample holds: every annotated paragraph put
where its annotation's offsets place it (the annotation's text where the paragraph is cut short, as the
publication XML cuts ``Zij krijgt nr.`` from its linked number), the rest left blank. The rebuilt minute is parsed
once, as the pipeline parses a whole text without its header; an annotation counts as resolved when a record that
overlaps its span has its id (``27659`` is ``kst-27659``). Reported per reference type of the sample
(``explicit-parl-doc``, ``impl-local``, ...): resolved / with an id, and the records with another id. Most of the
two minutes is not in the sample (the agenda that names the bill debated, ``sUk-epw9Aw``, the motie's dossier), so
the figures say what the sample's own text allows, no more: a development check of conventions, too small to tune on.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from nlkst.references import parse_references


def _identifier(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    return f"kst-{value}" if value.isdigit() else value


def rebuild(rows: list[dict[str, str]]) -> str:
    """The minute's text as far as the annotated paragraphs give it, blanks elsewhere."""
    length = max(int(row["end_char"]) for row in rows) + 2000
    chars = [" "] * length
    for row in rows:
        start = int(row["start_char"])
        paragraph, text = row["paragraph"], row["text"]
        at = paragraph.find(text.strip()) if text.strip() else -1
        if at >= 0:
            offset = start + (len(text) - len(text.lstrip())) - at
            for index, char in enumerate(paragraph):
                if 0 <= offset + index < length:
                    chars[offset + index] = char
        else:  # the paragraph is cut before the reference ends: "Zij krijgt nr. " + "17"
            tail = paragraph.rstrip()
            cut = max(paragraph.rfind(text.strip().split()[0]), 0) if text.strip() else 0
            offset = start - cut
            for index, char in enumerate(tail):
                if 0 <= offset + index < length:
                    chars[offset + index] = char
        for index, char in enumerate(text):
            chars[start + index] = char
    return "".join(chars)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--show", action="store_true", help="print every annotation and what the parser gives it")
    args = parser.parse_args()
    path = args.shared / "corpora" / "ref-annotations-dev" / "annotated-minutes.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_minute: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_minute[row["minute_id"]].append(row)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # resolved, with id, other id, annotations
    for minute, minute_rows in sorted(by_minute.items()):
        text = rebuild(minute_rows)
        records = parse_references(text)
        seen = set()
        for row in minute_rows:
            key = (row["annotation_id"], row["start_char"])
            if key in seen:  # the sample repeats an annotation once per annotator
                continue
            seen.add(key)
            start, end = int(row["start_char"]), int(row["end_char"])
            wanted = _identifier(row["external_identifier"])
            near = [r for r in records if r["start"] < end and start < r["end"]]
            ids = {r.get("id") for r in near if r.get("id")}
            row_counts = counts[row["reference_type"]]
            row_counts[3] += 1
            if wanted:
                row_counts[1] += 1
                row_counts[0] += wanted in ids
            row_counts[2] += bool(ids - {wanted})
            if args.show:
                print(f"{minute} {row['reference_type']:<22} {row['text'].strip()[:45]!r:<48} gold {wanted} "
                      f"parser {sorted(ids) or None}")
    print(f"\n{'type':<22} {'resolved':>9} {'with id':>8} {'other id':>9} {'mentions':>9}")
    for kind, (right, gold, other, total) in sorted(counts.items()):
        print(f"{kind:<22} {right:>9} {gold:>8} {other:>9} {total:>9}")


if __name__ == "__main__":
    main()
