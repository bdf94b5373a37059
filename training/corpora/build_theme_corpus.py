"""Write the labelled theme paragraphs as train/dev/test JSON Lines (``datasets`` loads them).

Splits are drawn per source document, never per paragraph, so that no letter
has paragraphs on both sides of the split: the seed of 15 February 2022 goes to
train (it defines the six themes), the seed of 14 February 2020 to test, the
modern letter to dev; other documents by a stable hash of their id (70/15/15).

    python training/corpora/build_theme_corpus.py LABELLED.json [MORE.jsonl ...] -o corpora/themes

Each input is a JSON array or JSON Lines of labelled paragraphs; the current
splits themselves can be inputs, so that a new batch is added with
``build_theme_corpus.py corpora/themes/*.jsonl NEW.json -o corpora/themes``
(``relabelled*.jsonl``, the second labellings, are not splits and are skipped). A paragraph id seen twice
keeps its first labels. The test paragraphs of the modern sources (1995 onwards) are also written to
``test_modern.jsonl``, the modern test split.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from nlkst.train import document_group

FIXED_SPLITS = {"kst-31490-312": "train", "kst-31490-271": "test", "kamerbrief-2023-02-03-npce": "dev"}
# The sources of 1995 onwards: the test paragraphs they hold are also written to ``test_modern.jsonl``, the split
# of the headline figure (``docs/themes.md``). SGD documents are 1814-1995.
MODERN_SOURCES = ("seeds", "modern-letters", "modern-gov", "handelingen-xml", "parlspeech-sample", "be-questions")
DERIVED = ("test_modern.jsonl",)  # written from the splits, never read as input


def split_of(record: dict) -> str:
    group = document_group(record["doc_id"])
    if group in FIXED_SPLITS:
        return FIXED_SPLITS[group]
    bucket = int(hashlib.sha1(group.encode("utf-8")).hexdigest(), 16) % 100
    return "train" if bucket < 70 else "dev" if bucket < 85 else "test"


def read_labelled_file(path: Path) -> list[dict]:
    """A JSON array or JSON Lines file of labelled paragraphs."""
    text = path.read_text("utf-8")
    if text.lstrip().startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labelled", type=Path, nargs="+")
    parser.add_argument("-o", "--output", type=Path, default=Path("corpora/themes"))
    args = parser.parse_args()
    records = []
    seen: set[str] = set()
    for path in args.labelled:
        if path.name.startswith("relabelled") or path.name in DERIVED:
            continue
        for record in read_labelled_file(path):
            if record["id"] not in seen:
                seen.add(record["id"])
                records.append(record)
    splits: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    for record in records:
        splits[split_of(record)].append(record)
    args.output.mkdir(parents=True, exist_ok=True)
    for name, rows in splits.items():
        with (args.output / f"{name}.jsonl").open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(name, len(rows))
    modern = [row for row in splits["test"] if row["source"] in MODERN_SOURCES]
    with (args.output / "test_modern.jsonl").open("w", encoding="utf-8") as out:
        for row in modern:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("test_modern", len(modern))


if __name__ == "__main__":
    main()
