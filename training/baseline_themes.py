"""The scikit-learn baseline for the theme classifier, scored on the same test split.

TF-IDF over word uni- and bigrams with one-vs-rest logistic regression;
per-label thresholds chosen on dev exactly as ``nlkst train`` chooses them.

    python training/baseline_themes.py corpora/themes
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

from nlkst.schema import THEME_LABELS
from nlkst.train import choose_thresholds, format_report, read_labelled, score_labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="directory with train.jsonl, dev.jsonl, test.jsonl")
    args = parser.parse_args()
    train, dev, test = (read_labelled([args.corpus / f"{split}.jsonl"]) for split in ("train", "dev", "test"))
    binarizer = MultiLabelBinarizer(classes=list(THEME_LABELS))
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True)
    model = OneVsRestClassifier(LogisticRegression(max_iter=2000, C=10.0, class_weight="balanced"))
    model.fit(vectorizer.fit_transform([p.text for p in train]), binarizer.fit_transform([p.labels for p in train]))

    def scores(paragraphs):
        probabilities = model.predict_proba(vectorizer.transform([p.text for p in paragraphs]))
        return [dict(zip(THEME_LABELS, map(float, row))) for row in probabilities]

    thresholds = choose_thresholds(scores(dev), [p.labels for p in dev])
    predicted = [[label for label in THEME_LABELS if s[label] >= thresholds[label]] for s in scores(test)]
    print(format_report(score_labels(predicted, [p.labels for p in test])))


if __name__ == "__main__":
    main()
