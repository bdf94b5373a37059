"""The header fields of every SGD document, dumped and compared between two versions of the reader.

    python training/measure/header_pool_diff.py dump /tmp/before.jsonl --shared ../shared
    python training/measure/header_pool_diff.py dump /tmp/after.jsonl --shared ../shared
    python training/measure/header_pool_diff.py diff /tmp/before.jsonl /tmp/after.jsonl [--sample 20 --seed 1]

``diff`` counts the documents that changed, per field, and prints a random sample of the changes
(document, field, old value, new value) to read.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from nlkst.schema import HEADER_FIELDS


def dump(out: Path, shared: Path, learned_signatures: bool = True) -> None:
    from nlkst.header import parse_header

    with (shared / "corpora/sgd/sgd_ocr.jsonl").open(encoding="utf-8") as handle, out.open("w", encoding="utf-8") as w:
        for line in handle:
            doc = json.loads(line)
            fields = parse_header(doc["text"], learned_signatures=learned_signatures).fields
            w.write(json.dumps({"id": doc["id"], "fields": {n: fields.get(n) or None for n in HEADER_FIELDS}},
                               ensure_ascii=False) + "\n")


def _load(path: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row["fields"] for row in rows}


def diff(before: Path, after: Path, sample: int, seed: int) -> None:
    old, new = _load(before), _load(after)
    per_field: Counter[str] = Counter()
    changes: list[tuple[str, str, object, object]] = []
    changed_docs = set()
    for doc_id, fields in new.items():
        for name in HEADER_FIELDS:
            if old.get(doc_id, {}).get(name) != fields.get(name):
                per_field[name] += 1
                changed_docs.add(doc_id)
                changes.append((doc_id, name, old.get(doc_id, {}).get(name), fields.get(name)))
    print(f"{len(changed_docs)} of {len(new)} documents changed")
    for name, count in per_field.most_common():
        print(f"  {name:<16}{count}")
    docs = sorted(changed_docs)
    for doc_id in random.Random(seed).sample(docs, min(sample, len(docs))):
        for d, name, a, b in changes:
            if d == doc_id:
                old_value, new_value = json.dumps(a, ensure_ascii=False), json.dumps(b, ensure_ascii=False)
                print(f"{d} {name}: {old_value[:200]}\n    -> {new_value[:200]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--shared", type=Path, default=Path("../shared"))
    d.add_argument("--no-learned-signatures", action="store_true", help="the rules alone (no learned signature reader)")
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--sample", type=int, default=20)
    c.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.shared, not args.no_learned_signatures)
    else:
        diff(args.before, args.after, args.sample, args.seed)


if __name__ == "__main__":
    main()
