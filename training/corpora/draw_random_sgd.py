"""Draw SGD documents at random for a header development sample (corpora/headers/random_sgd2.jsonl).

    python training/corpora/draw_random_sgd.py --shared ../shared --exclude /work/helpers/blind_doc_ids.txt \\
        --seed 2222023 --count 30

Prints ``--count`` ids drawn with ``random.Random(seed).sample`` from the sorted SGD ids that are neither
in ``--exclude`` (one id a line) nor named anywhere in a file under ``corpora/`` or ``tests/data/``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

_ID = re.compile(r"sgd-\d{10}")


def held_ids(roots: list[Path]) -> set[str]:
    """Every SGD id that a file under the roots names."""
    held: set[str] = set()
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                held |= set(_ID.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--exclude", type=Path)
    parser.add_argument("--seed", type=int, default=2222023)
    parser.add_argument("--count", type=int, default=30)
    args = parser.parse_args()
    excluded = set(args.exclude.read_text().split()) if args.exclude else set()
    excluded |= held_ids([Path("corpora"), Path("tests/data")])
    with (args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl").open(encoding="utf-8") as handle:
        ids = sorted(json.loads(line)["id"] for line in handle)
    pool = [i for i in ids if i not in excluded]
    print("\n".join(random.Random(args.seed).sample(pool, args.count)))


if __name__ == "__main__":
    main()
