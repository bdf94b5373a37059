"""Relabel annotated entity corpora to two conventions of issue 17 (``nlkst/units.py``).

The bare chamber (``de Kamer``, ``uw Kamer``) becomes an ``ORG`` over ``Kamer``, and a unit named
with its parent (``de griffie van de Kamer``, ``het Meldpunt van de FOD Economie``) one ``ORG`` over
both. The gold spans of each paragraph are put on nlkst's tokens and passed through the same function
the pipeline uses; each file is rewritten in place, and every change is printed with its paragraph id.

    .venv/bin/python training/corpora/relabel_units.py corpora/entities/*.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import nlkst
from nlkst.units import with_chamber_and_units


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="print the changes, write nothing")
    args = parser.parse_args()
    tokenizer = nlkst.load().tokenizer
    for path in args.files:
        records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        added = joined = 0
        for record in records:
            doc = tokenizer(record["text"])
            spans, off_tokens = [], []
            for ent in record["entities"]:
                span = doc.char_span(ent["start"], ent["end"], label=ent["label"])
                if span is None:
                    off_tokens.append(ent)  # a span inside a glued token (mark_law_references): kept as it is
                else:
                    spans.append(span)
            new = with_chamber_and_units(doc, sorted(spans, key=lambda s: s.start))
            old_keys = {(s.start_char, s.end_char, s.label_) for s in spans}
            new_keys = {(s.start_char, s.end_char, s.label_) for s in new}
            if old_keys == new_keys:
                continue
            for span in new:
                if (span.start_char, span.end_char, span.label_) not in old_keys:
                    kind = "chamber" if span.text == "Kamer" else "unit"
                    added += kind == "chamber"
                    joined += kind == "unit"
                    print(f"{path.name}\t{record['id']}\t{kind}\t{span.text!r}")
            entities = [{"start": s.start_char, "end": s.end_char, "label": s.label_, "text": s.text}
                        for s in new] + off_tokens
            record["entities"] = sorted(entities, key=lambda e: e["start"])
        print(f"{path}: {added} bare chambers added, {joined} units joined to their parent")
        if not args.dry_run:
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


if __name__ == "__main__":
    main()
