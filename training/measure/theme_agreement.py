"""Agreement between two labellings of the same theme paragraphs: per-label Cohen's kappa, and
the second labelling's precision, recall and F1 against the first, the figure a classifier's
F1 against either can be read beside.

The first labels are the corpus's, unless a line of the second labelling keeps them in
``first_labels``: where disagreements were adjudicated afterwards, the corpus no longer
holds the first pass.

    python training/measure/theme_agreement.py corpora/themes corpora/themes/agreement/relabelled.jsonl
    python training/measure/theme_agreement.py corpora/themes corpora/themes/agreement/relabelled_later.jsonl
    python training/measure/theme_agreement.py corpora/themes corpora/themes/agreement/relabelled_review.jsonl
    python training/measure/theme_agreement.py corpora/themes corpora/themes/agreement/relabelled_test.jsonl
    python training/measure/theme_agreement.py corpora/themes corpora/themes/agreement/relabelled_rol.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

from nlkst.schema import THEME_LABELS
from nlkst.metrics import format_report, score_labels


def second_against_first(first: dict[str, set[str]], second: dict[str, set[str]]) -> dict[str, dict[str, float]]:
    """Per-label P/R/F1 of the second labelling with the first as reference, for the paragraphs of ``second``.

    The macro average is over the labels that either labelling gives: a label that neither
    gives (a sample drawn for other themes) is agreement, not an F1 of 0.
    """
    ids = sorted(second)
    used = [label for label in THEME_LABELS if any(label in first[i] or label in second[i] for i in ids)]
    return score_labels([sorted(second[i]) for i in ids], [sorted(first[i]) for i in ids], labels=used)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("relabelled", type=Path, help="JSON Lines with id and the second labels")
    args = parser.parse_args()
    first = {}
    for split in ("train", "dev", "test"):
        for line in (args.corpus / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            first[row["id"]] = set(row["labels"])
    second = {}
    for row in map(json.loads, args.relabelled.read_text("utf-8").splitlines()):
        second[row["id"]] = set(row["labels"])
        if "first_labels" in row:
            first[row["id"]] = set(row["first_labels"])
    ids = sorted(second)
    exact = sum(first[i] == second[i] for i in ids) / len(ids)
    print(f"{len(ids)} paragraphs labelled twice; identical label sets: {exact:.2f}")
    print(f"{'label':<20} {'both':>5} {'1st':>5} {'2nd':>5} {'kappa':>6}")
    for label in THEME_LABELS:
        a = [label in first[i] for i in ids]
        b = [label in second[i] for i in ids]
        kappa = cohen_kappa_score(a, b) if any(a) or any(b) else float("nan")
        print(f"{label:<20} {sum(x and y for x, y in zip(a, b)):>5} {sum(a):>5} {sum(b):>5} {kappa:>6.2f}")
    report = second_against_first(first, second)
    used = len(report) - 1
    print(f"\nThe second labelling scored against the first (macro over the {used} labels either gives):")
    print(format_report(report))


if __name__ == "__main__":
    main()
