"""Dump the header output on every document of an SGD-style JSONL pool, and compare two dumps field by field.

    python training/measure/header_pool_dump.py dump ../shared/corpora/sgd/sgd_ocr.jsonl /tmp/after.jsonl
    python training/measure/header_pool_dump.py compare /tmp/before.jsonl /tmp/after.jsonl [--show 20 --seed 1]

``compare`` prints the number of documents changed per field and a random selection of the changes (before ->
after), for reading. Run ``dump`` with ``PYTHONPATH`` pointing at the code to measure (an archive of an older
commit for "before").
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter

from nlkst.header import parse_header


def dump(pool: str, out: str) -> None:
    with open(pool, encoding="utf-8") as source, open(out, "w", encoding="utf-8") as sink:
        for line in source:
            doc = json.loads(line)
            fields = parse_header(doc["text"]).fields
            sink.write(json.dumps({"id": doc["id"], "header": fields}, ensure_ascii=False) + "\n")


def compare(before: str, after: str, show: int, seed: int) -> None:
    old = {r["id"]: r["header"] for r in map(json.loads, open(before, encoding="utf-8"))}
    new = {r["id"]: r["header"] for r in map(json.loads, open(after, encoding="utf-8"))}
    per_field, changes, documents = Counter(), [], set()
    for doc_id, fields in new.items():
        for name, value in fields.items():
            if old.get(doc_id, {}).get(name) != value:
                per_field[name] += 1
                documents.add(doc_id)
                changes.append((doc_id, name, old.get(doc_id, {}).get(name), value))
    print(f"{len(documents)} of {len(new)} documents changed; per field: {dict(per_field.most_common())}")
    for doc_id, name, was, now in random.Random(seed).sample(changes, min(show, len(changes))):
        print(f"{doc_id}\t{name}\t{json.dumps(was, ensure_ascii=False)} -> {json.dumps(now, ensure_ascii=False)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("pool")
    d.add_argument("out")
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument("--show", type=int, default=20)
    c.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.pool, args.out)
    else:
        compare(args.before, args.after, args.show, args.seed)


if __name__ == "__main__":
    main()
