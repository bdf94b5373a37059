"""How the theme classifier's test score grows with the labelled paragraphs it learns from.

Train and dev are pooled and cut by document into eighths (``document_bucket``); the
classifier is made as the shipped one is (``nlkst train --folds 5``) from the first 1, 2, 4
and 8 eighths, and each is scored on the whole test split, with ROC AUC and the 95%
interval of its macro-F1 (``nlkst evaluate``). The slope per doubling says what more
labelled paragraphs of the same kinds would buy.

    python training/measure/learning_curve.py corpora/themes
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import srsly

from nlkst.pipeline import load
from nlkst.schema import THEME_LABELS
from nlkst.train import document_bucket, evaluate, read_labelled, train

EIGHTHS = (1, 2, 4, 8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="directory with train.jsonl, dev.jsonl, test.jsonl")
    args = parser.parse_args()
    splits = {split: (list(srsly.read_jsonl(args.corpus / f"{split}.jsonl")),
                      read_labelled([args.corpus / f"{split}.jsonl"])) for split in ("train", "dev")}
    test = read_labelled([args.corpus / "test.jsonl"])
    lines = [f"{'eighths':>7} {'paragraphs':>10} {'macro-F1':>8} {'95% interval':>13} {'AUC':>6}  F1: "
             + " ".join(label[:5] for label in THEME_LABELS)]
    with tempfile.TemporaryDirectory() as tmp:
        for eighths in EIGHTHS:
            paths, size = {}, 0
            for split, (rows, paragraphs) in splits.items():
                subset = [row for row, paragraph in zip(rows, paragraphs) if document_bucket(paragraph, 8) < eighths]
                paths[split] = Path(tmp) / f"{split}-{eighths}.jsonl"
                srsly.write_jsonl(paths[split], subset)
                size += len(subset)
            train([paths["train"]], Path(tmp) / f"model-{eighths}", dev_paths=[paths["dev"]], folds=5)
            report = evaluate(load(Path(tmp) / f"model-{eighths}"), test)["themes"]
            macro = report["macro"]
            per_theme = " ".join(f"{report[label]['f']:>5.2f}" for label in THEME_LABELS)
            lines.append(f"{eighths:>7} {size:>10} {macro['f']:>8.3f} "
                         f"{macro['f_low']:>6.3f}-{macro['f_high']:.3f} {macro['auc']:>6.3f}      {per_theme}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
