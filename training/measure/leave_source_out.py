"""How well the theme classifier carries over to a kind of text it was not trained on.

The labelled paragraphs come from six sources: the letters (the two seed letters
and the 2023 kamerbrief), the 2018 Handelingen, the Tweede Kamer speeches of 1995-2019,
the Belgian written questions, the modern government text and the SGD kamerstukken of
1814-1995. Each source in turn is left out; a classifier trained
on all the others' paragraphs (train, dev and test splits together) scores it. The
figure per source and theme is ROC AUC, which needs no threshold; their mean over
every source and theme with at least two positive paragraphs sums it up. Paragraphs
labelled by others come from letters this project has never seen, which is what this
imitates.

``--f1`` also gives what a user of labels meets there: for each left-out source, the
thresholds are chosen as ``nlkst train --folds 5`` chooses them, on out-of-fold scores of the
other sources' paragraphs (by document), and the left-out source's per-theme F1 follows, with
the F1 over all the sources pooled. It trains six classifiers per source rather than one.

    python training/measure/leave_source_out.py corpora/themes
    python training/measure/leave_source_out.py corpora/themes --f1
    python training/measure/leave_source_out.py corpora/themes \\
        --override components.textcat_multilabel.model.@architectures=nlkst.CharNgramBOW.v2
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy
from sklearn.metrics import roc_auc_score

from nlkst import pipeline
from nlkst.components.themes import ThemeClassifier
from nlkst.schema import THEME_LABELS
from nlkst.metrics import format_report, score_labels
from nlkst.train import (
    DEFAULT_CONFIG,
    LabelledParagraph,
    choose_thresholds,
    held_out_theme_scores,
    out_of_fold_scores,
    read_labelled,
)

SOURCE_GROUPS = {"seeds": "letters", "modern-letters": "letters", "handelingen-xml": "handelingen",
                 "parlspeech-sample": "speeches", "be-questions": "be-questions", "modern-gov": "modern-gov",
                 "sgd": "sgd"}


def _config_value(text: str):
    """A config value as the command line gives it: JSON (``20``, ``2.0``, ``true``) or else a string."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="directory with train.jsonl, dev.jsonl, test.jsonl")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    parser.add_argument("--f1", action="store_true",
                        help="also F1 on each left-out source, thresholds chosen by 5-fold CV on the others")
    parser.add_argument("--override", action="append", default=[],
                        help="KEY=VALUE for the config (VALUE as JSON, else a string), repeatable")
    args = parser.parse_args()
    overrides = {key: _config_value(value) for key, value in (item.split("=", 1) for item in args.override)}
    files = [args.corpus / f"{split}.jsonl" for split in ("train", "dev", "test")]
    paragraphs = read_labelled(files)
    groups = [SOURCE_GROUPS[p.origin] for p in paragraphs]
    nlp = pipeline.build()
    rows = [f"{'left out':<12} {'paragraphs':>10}  " + "  ".join(f"{label[:12]:>12}" for label in THEME_LABELS)]
    aucs = []
    predicted: dict[str, list[list[str]]] = {}
    gold_labels: dict[str, list[list[str]]] = {}

    def fit_and_score(inside: list[LabelledParagraph], held: list[LabelledParagraph]) -> list[dict[str, float]]:
        return held_out_theme_scores(args.config, nlp, inside, held, overrides=overrides)

    for group in dict.fromkeys(SOURCE_GROUPS.values()):
        held = [p for p, g in zip(paragraphs, groups) if g == group]
        inside = [p for p, g in zip(paragraphs, groups) if g != group]
        scores = fit_and_score(inside, held)
        if args.f1:
            labeller = ThemeClassifier(thresholds=choose_thresholds(out_of_fold_scores(inside, 5, fit_and_score),
                                                                    [p.labels for p in inside]))
            predicted[group] = [labeller.labels_for(s) for s in scores]
            gold_labels[group] = [p.labels for p in held]
        cells = []
        for label in THEME_LABELS:
            gold = [label in p.labels for p in held]
            if sum(gold) < 2:
                cells.append(f"{'-':>12}")
                continue
            auc = roc_auc_score(gold, [s[label] for s in scores])
            aucs.append(auc)
            cells.append(f"{auc:>7.3f} ({sum(gold):>2})")
        rows.append(f"{group:<12} {len(held):>10}  " + "  ".join(cells))
    print("\n".join(rows))
    print(f"mean ROC AUC over {len(aucs)} source-theme pairs (positives in brackets): {numpy.mean(aucs):.4f}")
    if args.f1:
        for group, labels in predicted.items():
            print(f"\nF1 on {group}, thresholds from the other sources:")
            print(format_report(score_labels(labels, gold_labels[group])))
        print("\nF1 over the left-out sources pooled:")
        print(format_report(score_labels([labels for g in predicted for labels in predicted[g]],
                                         [labels for g in predicted for labels in gold_labels[g]])))


if __name__ == "__main__":
    main()
