"""Dump the reference records of a whole corpus, and compare two dumps (before/after a change).

    python training/measure/reference_pool_diff.py dump OUT.jsonl [--corpus ../shared/corpora/sgd/sgd_ocr.jsonl]
    python training/measure/reference_pool_diff.py diff BEFORE.jsonl AFTER.jsonl [--show 20 --seed 1]

``dump`` runs ``parse_references`` (no header, no year) on every document of the corpus with the ``nlkst`` that
is first on ``PYTHONPATH`` (so the package of another commit, ``git archive C nlkst | tar -x -C /tmp/old``, with
``PYTHONPATH=/tmp/old``) and writes one line per record: document, span, type, id, implicit. ``diff`` counts the
records added, removed and changed (same document, type and span, another id) per type, and prints a random sample
of the changes with their text, for reading.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter


def dump(out: str, corpus: str) -> None:
    from nlkst.references import parse_references

    with open(corpus, encoding="utf-8") as source, open(out, "w", encoding="utf-8") as sink:
        for line in source:
            document = json.loads(line)
            for record in parse_references(document["text"]):
                sink.write(json.dumps({"doc": document["id"], "start": record["start"], "end": record["end"],
                                       "text": record["text"], "type": record["type"], "id": record.get("id"),
                                       "implicit": bool(record.get("implicit"))}, ensure_ascii=False) + "\n")


def _read(path: str) -> Counter:
    with open(path, encoding="utf-8") as handle:
        return Counter(tuple(sorted(json.loads(line).items())) for line in handle)


def diff(before_path: str, after_path: str, show: int, seed: int) -> None:
    before, after = _read(before_path), _read(after_path)
    removed, added = before - after, after - before
    key = lambda r: (dict(r)["doc"], dict(r)["start"], dict(r)["end"], dict(r)["type"])  # noqa: E731
    removed_by_key = {}
    for record in removed.elements():
        removed_by_key.setdefault(key(record), []).append(record)
    changed, only_added = [], []
    for record in added.elements():
        old = removed_by_key.get(key(record))
        if old:
            changed.append((old.pop(), record))
        else:
            only_added.append(record)
    only_removed = [r for records in removed_by_key.values() for r in records]
    print(f"records before {sum(before.values())}, after {sum(after.values())}")
    print(f"with an id before {sum(n for r, n in before.items() if dict(r)['id'])}, "
          f"after {sum(n for r, n in after.items() if dict(r)['id'])}")
    print(f"changed {len(changed)}, added {len(only_added)}, removed {len(only_removed)}, in "
          f"{len({dict(r)['doc'] for r in [*only_added, *only_removed, *(n for _, n in changed)]})} documents")
    for name, records in (("added", only_added), ("removed", only_removed)):
        print(name, "by type:", dict(Counter(dict(r)["type"] for r in records)))
    rng = random.Random(seed)
    for name, items in (("CHANGED", changed), ("ADDED", only_added), ("REMOVED", only_removed)):
        for item in rng.sample(items, min(show, len(items))):
            if name == "CHANGED":
                old, new = dict(item[0]), dict(item[1])
                print(f"{name} {new['doc']} {new['start']} {new['text']!r}: {old['id']} -> {new['id']}")
            else:
                r = dict(item)
                print(f"{name} {r['doc']} {r['start']} {r['type']} {r['text']!r} {r['id']} implicit={r['implicit']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--corpus", default="../shared/corpora/sgd/sgd_ocr.jsonl")
    c = sub.add_parser("diff")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument("--show", type=int, default=20)
    c.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.corpus)
    else:
        diff(args.before, args.after, args.show, args.seed)


if __name__ == "__main__":
    main()
