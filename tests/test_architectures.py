"""nlkst.CharNgramBOW.v1: word and character n-gram features for the shipped theme classifier."""

from __future__ import annotations

import numpy
import spacy
from conftest import seed_text

import nlkst  # noqa: F401  (registers the architecture)
from nlkst.architectures import extract_word_and_char_ngrams
from nlkst.schema import PARAGRAPH_SPANS


def _features(nlp, texts: list[str]) -> list[tuple[set[int], numpy.ndarray]]:
    extractor = extract_word_and_char_ngrams(2, (3, 5))
    extractor.initialize()
    (keys, values, lengths), _ = extractor([nlp.make_doc(text) for text in texts], is_train=False)
    out, start = [], 0
    for length in lengths:
        out.append((set(keys[start:start + length].tolist()), values[start:start + length]))
        start += length
    return out


def test_a_compound_shares_features_with_its_parts_and_not_with_other_words():
    nlp = spacy.blank("nl")
    compound, part, other = _features(nlp, ["uitvoeringsorganisaties", "uitvoering", "Kamer"])
    assert compound[0] & part[0]  # "uitvoeringsorganisaties" carries the n-grams of "uitvoering"
    assert not part[0] & other[0]


def test_features_of_a_real_paragraph_have_unit_length(nlp):
    doc = nlp(seed_text("kst-31490-312"))
    paragraph = next(span.text for span in doc.spans[PARAGRAPH_SPANS] if "uitvoeringsorganisaties" in span.text)
    (_, values), = _features(spacy.blank("nl"), [paragraph])
    assert abs(float(numpy.sqrt((values ** 2).sum())) - 1.0) < 1e-5


def test_the_shipped_classifier_uses_the_architecture_and_round_trips(nlp, tmp_path):
    themes = nlp.get_pipe("kst_themes")
    model_config = themes.classifier.config["components"]["textcat_multilabel"]["model"]
    assert model_config["@architectures"] == "nlkst.CharNgramBOW.v1"
    text = seed_text("kst-31490-271")[:3000]
    before = themes.score_texts([text])
    themes.classifier.to_disk(tmp_path / "classifier")
    after = [{label: float(score) for label, score in doc.cats.items()}
             for doc in spacy.load(tmp_path / "classifier").pipe([text])]
    assert before == after
