"""Apply a reader's corrections to pre-annotated entity paragraphs.

The corrections file holds one line per paragraph that needed any, keyed by the paragraph's
line number in the pool counted from 0 (``#12``), then operations separated by `` ; ``
(a line starting ``# `` is a comment):

- ``-TEXT``: drop every suggested entity whose text is TEXT;
- ``+LAB TEXT``: add an entity (``PER``, ``ORG``, ``MIN``, ``REF``) on every whole-word
  occurrence of TEXT that no kept entity overlaps; ``TEXT@2`` only on the second occurrence;
- ``=LAB TEXT``: give the suggested entity with text TEXT another label.

A paragraph without a line keeps the suggestions, as its reader accepted them. Lines starting
``#!`` drop the paragraph (``#!12``: text that is no paragraph, such as a table row).

    python training/corpora/apply_entity_corrections.py /tmp/modern-pool.jsonl corpora/entities/modern-corrections.txt \
        -o /tmp/modern-corrected.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

LABELS = {"PER": "PERSON", "ORG": "ORG", "MIN": "MINISTER", "REF": "REF"}


class CorrectionError(ValueError):
    """A correction that does not fit its paragraph (a text it does not hold)."""


def parse_corrections(text: str) -> tuple[dict[int, list[str]], set[int]]:
    corrections: dict[int, list[str]] = {}
    dropped: set[int] = set()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("# "):  # a comment
            continue
        if line.startswith("#!"):
            dropped.add(int(line[2:].split()[0]))
        elif line.startswith("#"):
            number, _, rest = line[1:].partition(" ")
            corrections.setdefault(int(number), []).extend(op.strip() for op in rest.split(" ; ") if op.strip())
    return corrections, dropped


def _occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    pattern = re.compile(rf"(?<![\w]){re.escape(phrase)}(?![\w])")
    return [m.span() for m in pattern.finditer(text)]


def apply(record: dict, operations: list[str]) -> dict:
    text = record["text"]
    entities = [dict(e) for e in record["entities"]]
    where = record["id"]
    for op in operations:
        if op.startswith("-"):
            target = op[1:]
            kept = [e for e in entities if text[e["start"]:e["end"]] != target]
            if len(kept) == len(entities):
                raise CorrectionError(f"{where}: no suggested entity {target!r} to drop")
            entities = kept
        elif op[:1] in "+=":
            label, _, phrase = op[1:].partition(" ")
            if label not in LABELS:
                raise CorrectionError(f"{where}: unknown label {label!r} in {op!r}")
            nth = None
            if re.search(r"@\d+$", phrase):
                phrase, _, number = phrase.rpartition("@")
                nth = int(number)
            if op[0] == "=":
                found = [e for e in entities if text[e["start"]:e["end"]] == phrase]
                if not found:
                    raise CorrectionError(f"{where}: no suggested entity {phrase!r} to relabel")
                for entity in found:
                    entity["label"] = LABELS[label]
                continue
            spans = _occurrences(text, phrase)
            if nth is not None:
                spans = spans[nth - 1:nth]
            if not spans:
                raise CorrectionError(f"{where}: {phrase!r} is not in the paragraph")
            for start, end in spans:
                if not any(e["start"] < end and start < e["end"] for e in entities):
                    entities.append({"start": start, "end": end, "label": LABELS[label]})
        else:
            raise CorrectionError(f"{where}: an operation starts with -, + or =, not {op!r}")
    entities.sort(key=lambda e: e["start"])
    return {**record, "entities": [{"start": e["start"], "end": e["end"], "label": e["label"]} for e in entities]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pool", type=Path)
    parser.add_argument("corrections", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    corrections, dropped = parse_corrections(args.corrections.read_text("utf-8"))
    written = 0
    with args.output.open("w", encoding="utf-8") as out:
        for number, line in enumerate(args.pool.read_text("utf-8").splitlines()):
            if number in dropped:
                continue
            record = apply(json.loads(line), corrections.get(number, []))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    print(f"{written} paragraphs written to {args.output} ({len(corrections)} corrected, {len(dropped)} dropped)")


if __name__ == "__main__":
    main()
