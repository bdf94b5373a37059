"""The scikit-learn baseline for the theme classifier, scored on the same test split.

TF-IDF over word uni- and bigrams with one-vs-rest logistic regression, with
per-label thresholds chosen exactly as ``nlkst train`` chooses them: by default as
the shipped model's are (``--folds 5``: on out-of-fold scores of train and dev
together, by document, then trained on both), or on dev with ``--folds 0``.

Then the shipped pipeline (or ``--model``) is scored on the same split, and the
difference of the two macro-F1s is given with a 95% interval from the same document
draws for both (``bootstrap_macro_f1``): whether the shipped model beats the baseline
by more than the luck of which letters the test split holds.

    python training/measure/baseline_themes.py corpora/themes
    python training/measure/baseline_themes.py corpora/themes --folds 0
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

import nlkst
from nlkst.schema import THEME_LABELS
from nlkst.metrics import add_macro_f1_interval, bootstrap_macro_f1, format_report, score_labels
from nlkst.train import LabelledParagraph, choose_thresholds, document_key, out_of_fold_scores, read_labelled


def _fit(train: list[LabelledParagraph]):
    """A TF-IDF + one-vs-rest logistic regression fitted on ``train``; returns a scoring function."""
    binarizer = MultiLabelBinarizer(classes=list(THEME_LABELS))
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True)
    model = OneVsRestClassifier(LogisticRegression(max_iter=2000, C=10.0, class_weight="balanced"))
    model.fit(vectorizer.fit_transform([p.text for p in train]), binarizer.fit_transform([p.labels for p in train]))

    def scores(paragraphs: list[LabelledParagraph]) -> list[dict[str, float]]:
        probabilities = model.predict_proba(vectorizer.transform([p.text for p in paragraphs]))
        return [dict(zip(THEME_LABELS, map(float, row))) for row in probabilities]

    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="directory with train.jsonl, dev.jsonl, test.jsonl")
    parser.add_argument("--folds", type=int, default=5, help="0: thresholds on dev, as nlkst train without --folds")
    parser.add_argument("--model", help="pipeline directory to compare with; default: the shipped one")
    args = parser.parse_args()
    train, dev, test = (read_labelled([args.corpus / f"{split}.jsonl"]) for split in ("train", "dev", "test"))
    if args.folds:
        pooled = train + dev
        out_of_fold = out_of_fold_scores(pooled, args.folds, lambda inside, held: _fit(inside)(held))
        thresholds = choose_thresholds(out_of_fold, [p.labels for p in pooled])
        score = _fit(pooled)
    else:
        score = _fit(train)
        thresholds = choose_thresholds(score(dev), [p.labels for p in dev])
    predicted = [[label for label in THEME_LABELS if s[label] >= thresholds[label]] for s in score(test)]
    gold = [p.labels for p in test]
    documents = [document_key(p) for p in test]
    report = score_labels(predicted, gold)
    add_macro_f1_interval(report, predicted, gold, documents)
    print(format_report(report))

    themes = nlkst.load(args.model).get_pipe("kst_themes")
    shipped = [themes.labels_for(s) for s in themes.score_texts(p.text for p in test)]
    difference = score_labels(shipped, gold)["macro"]["f"] - report["macro"]["f"]
    low, high = numpy.percentile(bootstrap_macro_f1(shipped, gold, documents)
                                 - bootstrap_macro_f1(predicted, gold, documents), [2.5, 97.5])
    print(f"\n{args.model or 'shipped pipeline'} minus baseline, macro-F1: {difference:+.3f} "
          f"(95% interval {low:+.3f} to {high:+.3f}, the same {len(set(documents))} documents drawn for both)")


if __name__ == "__main__":
    main()
