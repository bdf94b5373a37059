"""``kst_themes``: WaU theme scores and labels for every paragraph (ANNOTATION.md section 5)."""

from __future__ import annotations

import json
from pathlib import Path
from collections.abc import Callable, Iterable
from typing import Optional

from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..linear_themes import BLEND_FILE, LINEAR_DIR, LinearThemeModel, blend
from ..loading import load_pipeline_dir
from ..schema import PARAGRAPH_SPANS, THEME_LABELS

if not Span.has_extension("theme_scores"):
    Span.set_extension("theme_scores", default=None)
if not Span.has_extension("themes"):
    Span.set_extension("themes", default=None)

CLASSIFIER_DIR = "classifier"
FALLBACK_FILE = "fallback.json"
# The themes a paragraph that reaches no threshold may fall back on: all but digitalisering, the one theme whose
# recall the thresholds already give (docs/themes.md, the leave-one-sample-out section).
FALLBACK_THEMES = tuple(label for label in THEME_LABELS if label != "digitalisering")


@Language.factory(
    "kst_themes",
    default_config={"thresholds": {label: 0.5 for label in THEME_LABELS}, "fallback_ratio": None},
    requires=["doc.spans"],
    assigns=["span._.theme_scores", "span._.themes"],
)
def make_theme_classifier(nlp: Language, name: str, thresholds: dict[str, float],
                          fallback_ratio: Optional[float]) -> ThemeClassifier:
    return ThemeClassifier(name, thresholds=thresholds, fallback_ratio=fallback_ratio)


def labels_with_fallback(scores: dict[str, float], thresholds: dict[str, float],
                         ratio: float | None) -> list[str]:
    """The themes whose score reaches their threshold; where none does and ``ratio`` is set, the theme of
    ``FALLBACK_THEMES`` with the highest score-to-threshold ratio, if that ratio reaches ``ratio``.

    The thresholds leave some paragraphs of the rarer themes with no label at all. In the leave-one-sample-out run
    (classifiers retrained with the other samples) a ratio of 0.5 found more of them than it cost in precision; on
    the shipped classifier it costs more (docs/themes.md). Off by default; the blind sample tests it.
    """
    labels = [label for label in THEME_LABELS if scores.get(label, 0.0) >= thresholds.get(label, 0.5)]
    if labels or ratio is None:
        return labels
    best = max(FALLBACK_THEMES, key=lambda label: scores.get(label, 0.0) / thresholds.get(label, 0.5))
    return [best] if scores.get(best, 0.0) >= ratio * thresholds.get(best, 0.5) else []


class ThemeClassifier:
    """Scores each paragraph span with a trained paragraph classifier.

    The classifier is a pipeline of its own (a ``textcat_multilabel``, on a CPU
    tok2vec or a transformer) trained on paragraphs, saved in the component's
    directory, so the full pipeline round-trips through ``to_disk``/``spacy.load``.
    A label is assigned where its score reaches the threshold chosen on dev data; with ``fallback_ratio`` set, a
    paragraph that reaches none gets the rarer theme nearest its threshold (``labels_with_fallback``).

    Where the component's directory also holds a linear model (``linear/``) and its blend (``blend.json``,
    ``nlkst.linear_themes``), a paragraph's score is the blend of both models' scores.
    """

    def __init__(self, name: str = "kst_themes", *, thresholds: dict[str, float] | None = None,
                 fallback_ratio: float | None = None) -> None:
        self.name = name
        self.thresholds = dict(thresholds or {label: 0.5 for label in THEME_LABELS})
        self.fallback_ratio = fallback_ratio
        self._classifier: Language | None = None
        self._complete_tokenizer: Callable[[], None] | None = None
        self.linear: LinearThemeModel | None = None
        self.blend: dict | None = None

    @property
    def classifier(self) -> Language | None:
        """The paragraph classifier's own pipeline, whole (its tokenizer read, see ``from_disk``)."""
        if self._complete_tokenizer is not None:
            self._complete_tokenizer()
            self._complete_tokenizer = None
        return self._classifier

    @classifier.setter
    def classifier(self, classifier: Language | None) -> None:
        # a new classifier drops the linear model blended with the old one: the blend was placed on the old scores
        self._classifier, self._complete_tokenizer = classifier, None
        self.linear = self.blend = None

    def __call__(self, doc: Doc) -> Doc:
        paragraphs = list(doc.spans.get(PARAGRAPH_SPANS, []))
        for span, scores in zip(paragraphs, self.score_spans(paragraphs)):
            span._.theme_scores = scores
            span._.themes = self.labels_for(scores)
        return doc

    def score_spans(self, spans: list[Span]) -> list[dict[str, float]]:
        """Theme scores for each paragraph span, read from its own tokens.

        The same scores as ``score_texts`` on the spans' texts: the classifier uses the
        pipeline's tokenizer, which splits a paragraph alone as it split it in its document
        (a paragraph starts and ends where whitespace does). Copying the tokens into the
        classifier's vocabulary spares tokenizing every paragraph twice (profiled: a third of
        this component's time, docs/scale.md).
        """
        if self._classifier is None:  # given words, the classifier needs no tokenizer of its own
            return [{} for _ in spans]
        words: dict[int, tuple[Doc, list[str], list[bool]]] = {}  # each document's words, read once
        scores = self._scores(self._classifier.pipe((self._classifier_doc(span, words) for span in spans),
                                                    batch_size=64))
        return self._blended(scores, [span.text for span in spans])

    def _classifier_doc(self, span: Span, words: dict[int, tuple[Doc, list[str], list[bool]]]) -> Doc:
        if id(span.doc) not in words:  # from the arrays: a Token object per word cost more than the Doc
            strings = span.doc.vocab.strings
            orths, spaces = zip(*span.doc.to_array([ORTH, SPACY]).tolist()) if len(span.doc) else ((), ())
            words[id(span.doc)] = (span.doc, [strings[orth] for orth in orths], [bool(space) for space in spaces])
        _, doc_words, doc_spaces = words[id(span.doc)]
        spaces = doc_spaces[span.start:span.end]
        if spaces:
            spaces[-1] = False  # span.text leaves out the last token's whitespace
        return Doc(self._classifier.vocab, words=doc_words[span.start:span.end], spaces=spaces)

    def score_texts(self, texts: Iterable[str]) -> list[dict[str, float]]:
        """Theme scores for each paragraph text; none where no classifier has been trained."""
        texts = list(texts)
        if self.classifier is None:
            return [{} for _ in texts]
        return self._blended(self._scores(self.classifier.pipe(texts, batch_size=64)), texts)

    def _blended(self, scores: list[dict[str, float]], texts: list[str]) -> list[dict[str, float]]:
        if self.linear is None or self.blend is None:
            return scores
        return blend(scores, self.linear.log_odds(texts), self.blend)

    @staticmethod
    def _scores(docs: Iterable[Doc]) -> list[dict[str, float]]:
        return [{label: float(doc.cats.get(label, 0.0)) for label in THEME_LABELS} for doc in docs]

    def labels_for(self, scores: dict[str, float]) -> list[str]:
        return labels_with_fallback(scores, self.thresholds, self.fallback_ratio)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "thresholds.json").write_text(json.dumps(self.thresholds, indent=2), encoding="utf-8")
        # its own file, as the thresholds have theirs: a ratio set after loading (`--fallback-ratio`) is saved too
        (path / FALLBACK_FILE).write_text(json.dumps({"fallback_ratio": self.fallback_ratio}), encoding="utf-8")
        if self.classifier is not None:
            self.classifier.to_disk(path / CLASSIFIER_DIR)
        if self.linear is not None and self.blend is not None:
            self.linear.to_disk(path / LINEAR_DIR)
            (path / BLEND_FILE).write_text(json.dumps(self.blend, indent=2), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ThemeClassifier:
        path = Path(path)
        if (path / "thresholds.json").exists():
            self.thresholds = json.loads((path / "thresholds.json").read_text(encoding="utf-8"))
        if (path / FALLBACK_FILE).exists():  # pipelines saved before the fallback have none: the config's stands
            self.fallback_ratio = json.loads((path / FALLBACK_FILE).read_text(encoding="utf-8"))["fallback_ratio"]
        if (path / CLASSIFIER_DIR / "config.cfg").exists():
            # Its tokenizer (Dutch's special cases, a third of a second) is read when first asked for:
            # scoring paragraph spans gives it words, not text.
            self._classifier, self._complete_tokenizer = load_pipeline_dir(path / CLASSIFIER_DIR, defer_tokenizer=True)
        if (path / BLEND_FILE).exists() and (path / LINEAR_DIR).is_dir():
            self.blend = json.loads((path / BLEND_FILE).read_text(encoding="utf-8"))
            self.linear = LinearThemeModel.from_disk(path / LINEAR_DIR)
        return self

