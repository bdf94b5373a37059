"""Entity scores on the held-out split: the rules alone, and the shipped pipeline with its ``ner``.

Exact-span precision, recall and F1 per label (MINISTER, PERSON, ORG, REF), each paragraph run
through the pipeline as a document of its own.

    python training/measure/evaluate_entities.py corpora/entities/test.jsonl
"""

from __future__ import annotations

import argparse
from pathlib import Path

import nlkst
from nlkst.pipeline import build
from nlkst.metrics import format_report
from nlkst.train import evaluate, read_labelled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, nargs="+")
    parser.add_argument("--model", default=None, help="pipeline directory; default: the one shipped in nlkst")
    args = parser.parse_args()
    paragraphs = read_labelled(args.data)
    print("rules only (references, gazetteer, signature and member patterns)")
    print(format_report(evaluate(build(), paragraphs)["entities"]))
    print("\nrules and the trained ner (the shipped pipeline)" if args.model is None else f"\n{args.model}")
    print(format_report(evaluate(nlkst.load(args.model), paragraphs)["entities"]))


if __name__ == "__main__":
    main()
