"""Retrain the ``ner`` alone on the entity splits and ten fresh samples' golds (the fourteenth round, k17l).

k17j's tokenizer splits an acronym from a hyphenated word (``NAVO-lidstaten`` → ``NAVO`` ``-``
``lidstaten``); the shipped ``ner`` had been trained on the old tokens. This trains it again on
today's tokens, from a rebased pipeline (``training/resources/rebase_pipeline.py``), with the
old and three modern train splits and the fresh golds up to ``fresh-2026-12-05e``; the samples
``fresh-2026-12-06``, ``-06b`` and ``-06c`` are left out as the held-out test. The fresh
Belgian answers glue sentences (``Vragen).De``), so spans off token boundaries are left
unlearnt rather than stopping the run. ``--seed`` is spaCy's ``system.seed``:

    python training/resources/rebase_pipeline.py -o /tmp/nlkst-base
    nice python training/retrain_ner.py --seed 1 --base /tmp/nlkst-base -o /tmp/ner-seed1
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from nlkst.train import train

SPLITS = Path("corpora/entities")  # run from the repository root, as the other training commands
TRAIN_FRESH = ("2026-12-03", "2026-12-03b", "2026-12-04", "2026-12-04b", "2026-12-04c", "2026-12-05",
               "2026-12-05b", "2026-12-05c", "2026-12-05d", "2026-12-05e")
TRAIN = [SPLITS / f"{name}-train.jsonl" for name in ("modern", "modern2", "modern3")]
DEV = [SPLITS / "dev.jsonl", *(SPLITS / f"{name}-dev.jsonl" for name in ("modern", "modern2", "modern3"))]


def training_files() -> list[Path]:
    """The old and modern train splits and the fresh golds that are not held out."""
    return [SPLITS / "train.jsonl", *TRAIN, *(Path(f"corpora/fresh-{name}/entities.jsonl") for name in TRAIN_FRESH)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--base", required=True, help="the rebased pipeline to add the ner to")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    reports = train(training_files(), args.output, dev_paths=DEV, base=args.base,
                    overrides={"system.seed": args.seed}, missing_off_boundaries=True)
    print(json.dumps({key: reports[key] for key in ("entities", "warnings") if key in reports}, indent=1))


if __name__ == "__main__":
    main()
