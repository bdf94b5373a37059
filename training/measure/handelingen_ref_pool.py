"""Dump, and compare, the reference records the parser gives on the whole Handelingen pool.

    python training/measure/handelingen_ref_pool.py dump OUT.jsonl [--shared ../shared] \
        [--sources handelingen-xml parlspeech-sample]
    python training/measure/handelingen_ref_pool.py diff BEFORE.jsonl AFTER.jsonl [--sample 20] [--seed 21]

``dump`` parses every item of the Handelingen XML minutes (``handelingen-xml/*.xml``, read as the pipeline reads
them) and every ParlSpeech speech (``parlspeech-sample/speeches.jsonl``, with its date's year) whole, and writes one
line per reference record: ``doc``, ``start``, ``end``, ``text``, ``type``, ``id``, ``implicit``, ``antecedent``
(its text). Run it with the parser before a change (``PYTHONPATH`` of an old checkout) and after. ``diff`` counts the
records added, removed and whose id changed (matched by document, span and type) and prints a random sample of each
with the text around it, to be read.
"""

from __future__ import annotations

import argparse
import glob
import json
import random
from pathlib import Path

from nlkst.io.readers import read_file
from nlkst.references import parse_references


def _documents(shared: Path, sources: list[str]):
    if "handelingen-xml" in sources:
        for name in sorted(glob.glob(str(shared / "corpora" / "handelingen-xml" / "*.xml"))):
            for document in read_file(name):
                if hasattr(document, "text"):
                    yield document.id, document.text, None
    if "parlspeech-sample" in sources:
        with (shared / "corpora" / "parlspeech-sample" / "speeches.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                speech = json.loads(line)
                year = int(speech["date"][:4]) if speech.get("date") else None
                yield f"parlspeech:{speech['id']}", speech["text"], year


def dump(out: Path, shared: Path, sources: list[str]) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for doc, text, year in _documents(shared, sources):
            for record in parse_references(text, document_year=year):
                antecedent = record.get("antecedent") or {}
                handle.write(json.dumps({
                    "doc": doc, "start": record["start"], "end": record["end"], "text": record["text"],
                    "type": record["type"], "id": record.get("id"), "implicit": bool(record.get("implicit")),
                    "antecedent": antecedent.get("text") or antecedent.get("source"),
                }, ensure_ascii=False) + "\n")


def _read(path: Path) -> dict[tuple, dict]:
    records = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            records[(record["doc"], record["start"], record["end"], record["type"])] = record
    return records


def _show(record: dict, other: dict | None = None) -> str:
    line = (f"{record['doc']} [{record['start']}:{record['end']}] {record['type']} {record['text'][:60]!r}"
            f" -> {record['id']}")
    if record["implicit"]:
        line += f" (implicit, antecedent {str(record['antecedent'])[:50]!r})"
    if other is not None:
        line += f"   before: {other['id']}"
    return line


def diff(before_path: Path, after_path: Path, sample: int, seed: int) -> None:
    before, after = _read(before_path), _read(after_path)
    added = [after[k] for k in after if k not in before]
    removed = [before[k] for k in before if k not in after]
    changed = [(after[k], before[k]) for k in after if k in before and after[k]["id"] != before[k]["id"]]
    with_id = lambda records: sum(1 for r in records.values() if r["id"])  # noqa: E731
    print(f"records before {len(before)} ({with_id(before)} with an id), "
          f"after {len(after)} ({with_id(after)} with an id)")
    print(f"added {len(added)} ({sum(1 for r in added if r['id'])} with an id), removed {len(removed)} "
          f"({sum(1 for r in removed if r['id'])} with an id), id changed {len(changed)}")
    rng = random.Random(seed)
    for title, items in (("ADDED", added), ("REMOVED", removed)):
        print(f"\n{title} ({min(sample, len(items))} of {len(items)} at random)")
        for record in sorted(rng.sample(items, min(sample, len(items))), key=lambda r: (r["doc"], r["start"])):
            print("  " + _show(record))
    print(f"\nCHANGED ({min(sample, len(changed))} of {len(changed)} at random)")
    for new, old in sorted(rng.sample(changed, min(sample, len(changed))), key=lambda p: (p[0]["doc"], p[0]["start"])):
        print("  " + _show(new, old))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--shared", type=Path, default=Path("../shared"))
    dumping.add_argument("--sources", nargs="+", default=["handelingen-xml", "parlspeech-sample"])
    diffing = commands.add_parser("diff")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    diffing.add_argument("--sample", type=int, default=20)
    diffing.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.shared, args.sources)
    else:
        diff(args.before, args.after, args.sample, args.seed)


if __name__ == "__main__":
    main()
