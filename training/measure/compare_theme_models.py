"""Two or more theme classifiers on the same labelled paragraphs: each one's macro-F1 with its interval, and each
one minus the first with a 95% interval from the same document draws for both (``bootstrap_macro_f1``), so that a
difference is read against the luck of which documents the split holds rather than against two separate intervals.

    python training/measure/compare_theme_models.py corpora/themes/test_modern.jsonl \\
        --model shipped --model /tmp/themes22 --model /tmp/themes22_s1

``shipped`` names the pipeline nlkst ships. The first model is the reference.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy

import nlkst
from nlkst.metrics import bootstrap_macro_f1, score_labels
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
    args = parser.parse_args()
    paragraphs = read_labelled(args.labelled)
    gold = [p.labels for p in paragraphs]
    documents = [document_key(p) for p in paragraphs]
    predictions = []
    for name in args.model:
        themes = (nlkst.load() if name == "shipped" else nlkst.load(name)).get_pipe("kst_themes")
        predictions.append([themes.labels_for(s) for s in themes.score_texts(p.text for p in paragraphs)])
    print(f"{len(paragraphs)} paragraphs of {len(set(documents))} documents")
    for i, (name, predicted) in enumerate(zip(args.model, predictions)):
        macro = score_labels(predicted, gold)["macro"]["f"]
        low, high = numpy.nanpercentile(bootstrap_macro_f1(predicted, gold, documents), [2.5, 97.5])
        line = f"{name}: macro-F1 {macro:.3f} ({low:.3f}-{high:.3f})"
        if i:
            difference, d_low, d_high = paired_difference(predicted, predictions[0], gold, documents)
            line += f"; minus {args.model[0]}: {difference:+.3f} ({d_low:+.3f} to {d_high:+.3f})"
        print(line)


if __name__ == "__main__":
    main()
