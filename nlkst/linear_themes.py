"""A linear theme model beside the spaCy classifier, and the blend of their scores (``kst_themes``).

The linear model is TF-IDF over word uni- and bigrams and the character 3-5-grams inside word boundaries, with
one logistic regression per theme (scikit-learn, class weights balanced). It is saved as plain arrays and a term
list (``linear/``: ``vocabulary.json``, ``weights.npz``), never pickled, so a pipeline loads under any
scikit-learn version and the package holds no code objects.

The blend (``blend.json``) standardises each model's log-odds per theme by their mean and spread over the
out-of-fold scores they were placed on, and averages the two with ``weight`` on the spaCy classifier; the
blended score is the logistic of that mean, and the theme thresholds are chosen on it as on any score.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy

from .schema import THEME_LABELS

LINEAR_DIR = "linear"
BLEND_FILE = "blend.json"
# (analyzer, n-gram range, minimum document frequency, most features): measured in docs/themes.md
FEATURES = (("word", (1, 2), 2, None), ("char_wb", (3, 5), 2, 150_000))
C = 4.0


def _vectorizers(vocabularies: Sequence[dict[str, int]] | None = None):
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizers = []
    for n, (analyzer, ngrams, min_df, most) in enumerate(FEATURES):
        vectorizers.append(TfidfVectorizer(analyzer=analyzer, ngram_range=ngrams, min_df=min_df, max_features=most,
                                           sublinear_tf=True, dtype=numpy.float32,
                                           vocabulary=vocabularies[n] if vocabularies else None))
    return vectorizers


class LinearThemeModel:
    """TF-IDF over words and character n-grams, one logistic regression per theme."""

    def __init__(self, vocabularies: list[list[str]], idf: list[numpy.ndarray], coef: numpy.ndarray,
                 intercept: numpy.ndarray) -> None:
        self.vocabularies, self.idf, self.coef, self.intercept = vocabularies, idf, coef, intercept
        self._vectorizers = None

    @classmethod
    def fit(cls, texts: Sequence[str], labels: Sequence[Sequence[str]]) -> LinearThemeModel:
        from scipy import sparse
        from sklearn.linear_model import LogisticRegression

        vectorizers = _vectorizers()
        matrix = sparse.hstack([v.fit_transform(texts) for v in vectorizers]).tocsr()
        coef = numpy.zeros((len(THEME_LABELS), matrix.shape[1]), dtype=numpy.float32)
        intercept = numpy.zeros(len(THEME_LABELS), dtype=numpy.float32)
        for row, label in enumerate(THEME_LABELS):
            wanted = numpy.array([label in given for given in labels])
            if wanted.all() or not wanted.any():  # nothing to tell apart: a constant score
                intercept[row] = 10.0 if wanted.all() else -10.0
                continue
            model = LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(matrix, wanted)
            coef[row], intercept[row] = model.coef_[0], model.intercept_[0]
        vocabularies = [sorted(v.vocabulary_, key=v.vocabulary_.get) for v in vectorizers]
        return cls(vocabularies, [v.idf_.astype(numpy.float32) for v in vectorizers], coef, intercept)

    def _matrix(self, texts: Sequence[str]):
        from scipy import sparse  # here, not at import: the shipped pipeline has no linear model

        if self._vectorizers is None:
            self._vectorizers = _vectorizers([{term: i for i, term in enumerate(v)} for v in self.vocabularies])
            for vectorizer, idf in zip(self._vectorizers, self.idf):
                vectorizer.idf_ = idf
        return sparse.hstack([v.transform(texts) for v in self._vectorizers]).tocsr()

    def log_odds(self, texts: Iterable[str]) -> numpy.ndarray:
        """One row per text, one column per theme (``THEME_LABELS``)."""
        texts = list(texts)
        if not texts:
            return numpy.zeros((0, len(THEME_LABELS)))
        return numpy.asarray(self._matrix(texts) @ self.coef.T) + self.intercept

    def to_disk(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        (path / "vocabulary.json").write_text(json.dumps(self.vocabularies, ensure_ascii=False), encoding="utf-8")
        numpy.savez_compressed(path / "weights.npz", coef=self.coef.astype(numpy.float16), intercept=self.intercept,
                               **{f"idf{n}": idf for n, idf in enumerate(self.idf)})

    @classmethod
    def from_disk(cls, path: Path) -> LinearThemeModel:
        vocabularies = json.loads((path / "vocabulary.json").read_text(encoding="utf-8"))
        with numpy.load(path / "weights.npz") as arrays:
            idf = [arrays[f"idf{n}"] for n in range(len(vocabularies))]
            return cls(vocabularies, idf, arrays["coef"].astype(numpy.float32), arrays["intercept"])


def logit(probability: float) -> float:
    probability = min(max(probability, 1e-7), 1 - 1e-7)
    return math.log(probability / (1 - probability))


def spread(log_odds: Sequence[Sequence[float]]) -> dict[str, list[float]]:
    """Per theme, the mean and standard deviation of log-odds (rows of ``THEME_LABELS`` columns)."""
    columns = numpy.asarray(log_odds, dtype=float).reshape(-1, len(THEME_LABELS))
    return {label: [float(columns[:, n].mean()), float(columns[:, n].std() or 1.0)]
            for n, label in enumerate(THEME_LABELS)}


def blend(spacy_scores: Sequence[dict[str, float]], linear_log_odds: numpy.ndarray,
          settings: dict) -> list[dict[str, float]]:
    """The blended scores: the logistic of the weighted mean of both models' standardised log-odds."""
    weight = settings["weight"]
    blended = []
    for scores, row in zip(spacy_scores, linear_log_odds):
        out = {}
        for n, label in enumerate(THEME_LABELS):
            mean_s, sd_s = settings["spacy"][label]
            mean_l, sd_l = settings["linear"][label]
            z = weight * (logit(scores.get(label, 0.0)) - mean_s) / sd_s + (1 - weight) * (row[n] - mean_l) / sd_l
            out[label] = 1 / (1 + math.exp(-min(max(z, -50.0), 50.0)))
        blended.append(out)
    return blended
