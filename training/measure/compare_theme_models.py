"""Two or more theme classifiers on the same labelled paragraphs: each one's macro-F1 with its interval, and each
one minus the first with a 95% interval from the same document draws for both (``bootstrap_macro_f1``), so that a
difference is read against the luck of which documents the split holds rather than against two separate intervals.

    python training/measure/compare_theme_models.py corpora/themes/test_modern.jsonl \\
        --model shipped --model /tmp/themes22 --model /tmp/themes22_s1

``shipped`` names the pipeline nlkst ships. The first model is the reference. With ``--fallback-ratio R`` each
model is also scored with the kst_themes fallback at R (a paragraph that reaches no threshold gets the rarer theme
nearest its threshold, docs/themes.md), on the same scores, the pipeline's own setting being the other row; with
``--per-theme`` each row is followed by its P/R/F1 per theme:

    python training/measure/compare_theme_models.py corpora/themes/test_modern.jsonl --model shipped \
        --fallback-ratio 0.5 --per-theme
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy

import nlkst
from nlkst.components.themes import labels_with_fallback
from nlkst.metrics import bootstrap_macro_f1, score_labels
from nlkst.schema import THEME_LABELS
from nlkst.train import document_key, read_labelled


def paired_difference(predicted: list[list[str]], reference: list[list[str]], gold: list[list[str]],
                      documents: list[str], resamples: int = 1000) -> tuple[float, float, float]:
    """``predicted``'s macro-F1 minus ``reference``'s, with the 2.5 and 97.5 percentiles of that difference over the
    same ``resamples`` draws of documents for both."""
    difference = score_labels(predicted, gold)["macro"]["f"] - score_labels(reference, gold)["macro"]["f"]
    draws = (bootstrap_macro_f1(predicted, gold, documents, resamples)
             - bootstrap_macro_f1(reference, gold, documents, resamples))
    low, high = numpy.nanpercentile(draws, [2.5, 97.5])
    return difference, float(low), float(high)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labelled", type=Path, nargs="+")
    parser.add_argument("--model", action="append", required=True, help="a pipeline directory, or 'shipped'")
    parser.add_argument("--fallback-ratio", type=float, help="also score each model with the fallback at this ratio")
    parser.add_argument("--per-theme", action="store_true", help="P/R/F1 per theme under each row")
    args = parser.parse_args()
    paragraphs = read_labelled(args.labelled)
    gold = [p.labels for p in paragraphs]
    documents = [document_key(p) for p in paragraphs]
    names, predictions = [], []
    for name in args.model:
        themes = (nlkst.load() if name == "shipped" else nlkst.load(name)).get_pipe("kst_themes")
        scores = themes.score_texts(p.text for p in paragraphs)
        names.append(name)
        predictions.append([themes.labels_for(s) for s in scores])
        if args.fallback_ratio is not None:
            names.append(f"{name}, fallback {args.fallback_ratio:g}")
            predictions.append([labels_with_fallback(s, themes.thresholds, args.fallback_ratio) for s in scores])
    print(f"{len(paragraphs)} paragraphs of {len(set(documents))} documents")
    for i, (name, predicted) in enumerate(zip(names, predictions)):
        scored = score_labels(predicted, gold)
        low, high = numpy.nanpercentile(bootstrap_macro_f1(predicted, gold, documents), [2.5, 97.5])
        line = f"{name}: macro-F1 {scored['macro']['f']:.3f} ({low:.3f}-{high:.3f})"
        if i:
            difference, d_low, d_high = paired_difference(predicted, predictions[0], gold, documents)
            line += f"; minus {names[0]}: {difference:+.3f} ({d_low:+.3f} to {d_high:+.3f})"
        print(line)
        if args.per_theme:
            print("   " + "; ".join(f"{label} {scored[label]['p']:.2f}/{scored[label]['r']:.2f}/"
                                    f"{scored[label]['f']:.2f} (n {int(scored[label].get('support', 0))})"
                                    for label in THEME_LABELS if label in scored))


if __name__ == "__main__":
    main()
