"""Write the hand-corrected entity paragraphs as train/dev/test JSON Lines.

Entity offsets are checked against nlkst's tokenizer: a span that does not fall on
token boundaries cannot be learnt or predicted by spaCy, and is reported, not kept.
Splits are drawn per source document (seed kst-31490-312 to train, kst-31490-271 to
test, the rest 60/15/25 by a hash of the document id).

    python training/corpora/build_entity_corpus.py CORRECTED.jsonl... -o corpora/entities
    python training/corpora/build_entity_corpus.py /tmp/modern-corrected.jsonl --prefix modern- -o corpora/entities

``--prefix`` writes the splits beside the others (``modern-train.jsonl``, ...), so a batch from
new sources is scored on its own test split as well as together with the old one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import nlkst

FIXED_SPLITS = {"kst-31490-312": "train", "kst-31490-271": "test"}


def split_of(doc_id: str) -> str:
    if doc_id in FIXED_SPLITS:
        return FIXED_SPLITS[doc_id]
    bucket = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 100
    return "train" if bucket < 60 else "dev" if bucket < 75 else "test"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corrected", type=Path, nargs="+")
    parser.add_argument("-o", "--output", type=Path, default=Path("corpora/entities"))
    parser.add_argument("--prefix", default="", help="prefix of the split files' names (modern-)")
    args = parser.parse_args()
    tokenizer = nlkst.load().tokenizer
    splits: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    dropped = 0
    for line in (line for path in args.corrected for line in path.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        doc = tokenizer(record["text"])
        kept = []
        for entity in record["entities"]:
            if doc.char_span(entity["start"], entity["end"]) is None:
                dropped += 1
                left_out = record["text"][entity["start"]:entity["end"]]
                print(f"not on token boundaries, left out: {record['id']} {left_out!r}")
            else:
                kept.append({**entity, "text": record["text"][entity["start"]:entity["end"]]})
        record["entities"] = kept
        splits[split_of(record["doc_id"])].append(record)
    args.output.mkdir(parents=True, exist_ok=True)
    for name, rows in splits.items():
        with (args.output / f"{args.prefix}{name}.jsonl").open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts: dict[str, int] = {}
        for row in rows:
            for entity in row["entities"]:
                counts[entity["label"]] = counts.get(entity["label"], 0) + 1
        print(name, len(rows), "paragraphs", dict(sorted(counts.items())))
    print("left out", dropped)


if __name__ == "__main__":
    main()
