"""Write a second labelling's settled labels into the splits: each line's ``labels`` replace those of the paragraph
with its ``id`` in train, dev or test (the line's ``first_labels`` must match what the split holds, so that a file is
applied once and only to the labels it was read against).

    python training/corpora/apply_relabelled.py corpora/themes/agreement/relabelled_rules.jsonl --corpus corpora/themes
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

SPLITS = ("train", "dev", "test")


def apply(relabelled: Path, corpus: Path) -> dict[str, int]:
    """Replace the labels; the number of paragraphs changed per split. A stale or unknown line is an error."""
    settled = {record["id"]: record for record in map(json.loads, relabelled.read_text("utf-8").splitlines())}
    changed = {}
    for split in SPLITS:
        path = corpus / f"{split}.jsonl"
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
        changed[split] = 0
        for row in rows:
            record = settled.pop(row["id"], None)
            if record is None or row["labels"] == record["labels"]:
                continue
            if sorted(row["labels"]) != sorted(record["first_labels"]):
                raise SystemExit(f"{row['id']}: the split holds {row['labels']}, the file was read against "
                                 f"{record['first_labels']}")
            row["labels"] = record["labels"]
            changed[split] += 1
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
    if settled:
        raise SystemExit(f"{len(settled)} ids are in no split, e.g. {next(iter(settled))}")
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("relabelled", type=Path)
    parser.add_argument("--corpus", type=Path, default=Path("corpora/themes"))
    args = parser.parse_args()
    print(apply(args.relabelled, args.corpus))


if __name__ == "__main__":
    main()
