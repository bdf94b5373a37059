"""The header's dossier misses by kind, from a dump of ``header_misses.py``.

    python training/measure/header_misses.py corpora/fresh-*/headers_gold.jsonl --layout fresh_sgd-random \
        --shared ../shared --dump /tmp/dump.jsonl
    python training/measure/dossier_misses.py /tmp/dump.jsonl corpora/fresh-*/headers_gold.jsonl --list none

Each gold document with dossiers is counted once: ``right``, ``none`` (the reader has no dossier), ``title-only``
(every number right in its order, a title wrong), ``numbers-partial`` (some numbers shared) or ``numbers-wrong``.
``--list KIND`` (repeatable) prints that kind's documents with the gold's note; the title-only ones print gold and
reader title side by side.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path


def miss_kind(gold: list[dict], got: list[dict] | None) -> str:
    if got == gold:
        return "right"
    if not got:
        return "none"
    gold_numbers = [dossier["number"] for dossier in gold]
    got_numbers = [dossier["number"] for dossier in got]
    if gold_numbers == got_numbers:
        return "title-only"
    return "numbers-partial" if set(gold_numbers) & set(got_numbers) else "numbers-wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path, help="header_misses.py --dump output")
    parser.add_argument("golds", type=Path, nargs="+")
    parser.add_argument("--layout", default="fresh_sgd-random", help="count only this layout ('' for all)")
    parser.add_argument("--list", action="append", default=[], help="print the documents of this kind")
    args = parser.parse_args()

    read = {}
    with args.dump.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            read[record["key"]] = record["fields"]
    kinds: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, str, list[dict], list[dict] | None]]] = defaultdict(list)
    for gold_file in args.golds:
        with gold_file.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                gold = record["header"].get("dossiers")
                if not gold or (args.layout and record.get("layout") != args.layout):
                    continue
                got = read.get(f"{gold_file}:{record['id']}", {}).get("dossiers")
                kind = miss_kind(gold, got)
                kinds[kind] += 1
                examples[kind].append((record["id"], record.get("note") or "", gold, got))
    print(", ".join(f"{kind} {count}" for kind, count in kinds.most_common()))
    for kind in args.list:
        for document_id, note, gold, got in examples[kind]:
            if kind == "title-only":
                for gold_dossier, got_dossier in zip(gold, got or []):
                    if gold_dossier["title"] != got_dossier["title"]:
                        print(f"{document_id}\n   gold: {gold_dossier['title']}\n   read: {got_dossier['title']}")
            else:
                print(document_id, "gold", [d["number"] for d in gold], "read", [d["number"] for d in got or []],
                      "|", note[:200])


if __name__ == "__main__":
    main()
