"""The static word vectors of the theme classifier: how they are built and how a paragraph sums them."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy
import pytest
import spacy
from conftest import seed_text

import nlkst  # noqa: F401  (registers the architecture and callbacks)
from nlkst.architectures import create_static_vectors, sum_of_static_vectors

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from training.resources.build_vectors import ppmi_svd_vectors, words_of  # noqa: E402


@pytest.fixture(scope="module")
def with_vectors():
    return create_static_vectors()(spacy.blank("nl"))


def test_the_shipped_vectors_place_agencies_near_other_public_bodies(with_vectors):
    vectors = with_vectors.vocab.vectors
    assert vectors.shape == (20000, 100)
    query = vectors.data[[vectors.find(key="uitvoeringsorganisaties")]]
    keys, _, _ = vectors.most_similar(query / numpy.linalg.norm(query), n=15)
    neighbours = {with_vectors.vocab.strings[key] for key in keys[0]}
    assert neighbours & {"organisaties", "ministeries", "gemeenten", "gemeentes", "overheidsorganisaties", "instanties"}
    assert not neighbours & {"de", "het", "vergaderjaar", "artikel"}


def test_a_frequent_word_weighs_less_than_a_rare_one(with_vectors):
    vectors = with_vectors.vocab.vectors
    norm = {word: float(numpy.linalg.norm(vectors[with_vectors.vocab.strings[word]]))
            for word in ("de", "van", "uitvoeringsorganisaties", "digitalisering")}
    assert max(norm["de"], norm["van"]) < 0.2 < 0.5 < min(norm["uitvoeringsorganisaties"], norm["digitalisering"])


def test_a_paragraph_sums_the_vectors_of_its_words_and_words_without_one_add_nothing(with_vectors):
    layer = sum_of_static_vectors()
    paragraph = next(p for p in seed_text("kst-31490-312").split("\n") if "uitvoeringsorganisaties" in p)
    docs = [with_vectors.make_doc(paragraph), with_vectors.make_doc(paragraph + " Xqzvw Qwxzy"),
            with_vectors.make_doc("Xqzvw Qwxzy")]
    sums, _ = layer(docs, is_train=False)
    assert abs(float(numpy.linalg.norm(sums[0])) - 1.0) < 1e-5
    assert numpy.allclose(sums[0], sums[1])  # the made-up words have no vector
    assert not sums[2].any()


def test_the_classifier_refuses_to_run_without_vectors_and_says_how_to_load_them():
    nlp = spacy.blank("nl")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "nlkst.CharNgramBOW.v3", "exclusive_classes": False}})
    textcat.add_label("digitalisering")
    textcat.add_label("wetgeving")
    with pytest.raises(ValueError, match="nlkst.static_vectors.v1"):
        nlp.initialize()


def test_vectors_built_from_real_letters_are_deterministic_and_weigh_frequent_words_down():
    texts = [seed_text("kst-31490-312"), seed_text("kst-31490-271")]
    documents = words_of(texts)
    vocabulary, vectors = ppmi_svd_vectors(documents, size=500, dimensions=16)
    again = ppmi_svd_vectors(words_of(texts), size=500, dimensions=16)
    assert vectors.shape == (500, 16) and vocabulary == again[0] and numpy.array_equal(vectors, again[1])
    assert vocabulary[0] in {"de", "van", "het", "en"}
    assert "uitvoering" in vocabulary and all(any(c.isalpha() for c in word) for word in vocabulary)
    norms = numpy.linalg.norm(vectors, axis=1)
    assert norms[vocabulary.index(vocabulary[0])] < norms[vocabulary.index("uitvoering")]
