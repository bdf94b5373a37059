"""Draw SGD Aanhangsel documents at random for a header development set (corpora/headers/aanhangsel_sgd_dev.jsonl).

    python training/corpora/draw_aanhangsel_dev.py --shared ../shared --exclude /work/helpers/blind8_doc_ids.txt \\
        --seed 2222050 --count 30

The pool: SGD documents whose first 800 characters name an Aanhangsel (``aanhangsel``, any case) or open a
written question (``Vragen van``, ``Vragen gesteld``, ``Vragen door``, any case). Prints ``--count`` ids drawn
with ``random.Random(seed).sample`` from the sorted pool ids that are neither in ``--exclude`` (one id a line)
nor named anywhere in a file under ``corpora/`` or ``tests/data/``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from the checkout
from training.corpora.draw_random_sgd import held_ids  # noqa: E402

_AANHANGSEL = re.compile(r"aanhangsel|vragen\s+(?:van|gesteld|door)\b", re.IGNORECASE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--exclude", type=Path)
    parser.add_argument("--seed", type=int, default=2222050)
    parser.add_argument("--count", type=int, default=30)
    args = parser.parse_args()
    excluded = set(args.exclude.read_text().split()) if args.exclude else set()
    excluded |= held_ids([Path("corpora"), Path("tests/data")])
    ids = []
    with (args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if _AANHANGSEL.search(record["text"][:800]):
                ids.append(record["id"])
    pool = sorted(i for i in ids if i not in excluded)
    print("\n".join(random.Random(args.seed).sample(pool, args.count)))


if __name__ == "__main__":
    main()
