"""nlkst.CharNgramBOW.v1-v4: word and character n-gram features (static vectors, theme cues) for the theme
classifier."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy
import pytest
import spacy
from conftest import seed_text

import nlkst  # noqa: F401  (registers the architecture)
from nlkst import architectures
from nlkst.architectures import (THEME_CUES, build_char_ngram_bow_with_vectors_and_cues, create_document_frequencies,
                                 _literal_first, extract_word_and_char_ngrams, read_theme_cues, sigmoid_for_log_loss,
                                 theme_cue_counts)
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
    assert model_config["@architectures"] == "nlkst.CharNgramBOW.v4"
    assert themes.classifier.vocab.vectors.shape == (20000, 100)  # the vectors ship inside the model
    idf = themes.classifier.get_pipe("textcat_multilabel").model.get_ref("features").get_param("idf")
    assert float(idf.max()) > 2.0 > 1.0 < float(idf.min()) + 0.5  # counted from the corpus, not left at 1
    text = seed_text("kst-31490-271")[:3000]
    before = themes.score_texts([text])
    themes.classifier.to_disk(tmp_path / "classifier")
    after = [{label: float(score) for label, score in doc.cats.items()}
             for doc in spacy.load(tmp_path / "classifier").pipe([text])]
    assert before == after


def test_document_frequencies_weigh_a_word_every_paragraph_has_below_a_rare_one(tmp_path):
    from spacy.tokens import DocBin

    nlp = spacy.blank("nl")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "nlkst.CharNgramBOW.v2", "exclusive_classes": False, "idf_length": 2 ** 20}})
    corpus = Path(__file__).resolve().parents[1] / "corpora" / "themes" / "train.jsonl"
    lines = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    paragraphs = [line["text"] for line in lines if line["doc_id"] == "kst-31490-312"]  # the 2022 WaU letter
    docs = DocBin(docs=[nlp.make_doc(p) for p in paragraphs])
    docs.to_disk(tmp_path / "train.spacy")
    textcat.add_label("rol_politiek")
    nlp.initialize()
    create_document_frequencies(str(tmp_path / "train.spacy"))(nlp)
    features = textcat.model.get_ref("features")
    idf = features.get_param("idf")

    def weight(word: str) -> float:
        key = nlp.vocab.strings[word]  # the LOWER hash of a lower-case word
        return float(idf[key % len(idf)])

    words = [{t.lower_ for t in nlp.make_doc(p)} for p in paragraphs]
    frequency = {w: sum(w in ws for ws in words) for w in set().union(*words)}
    common = max(sorted(frequency), key=frequency.get)  # "de", in nearly every paragraph
    rare = next(w for w in sorted(frequency) if len(w) > 8 and w.isalpha() and frequency[w] == 1)
    assert weight(common) < 1.5 < 2.5 < weight(rare)
    nlp.to_disk(tmp_path / "model")
    reloaded = spacy.load(tmp_path / "model").get_pipe("textcat_multilabel").model.get_ref("features")
    assert numpy.array_equal(reloaded.get_param("idf"), idf)


def test_the_log_loss_output_passes_the_textcat_gradient_through_unchanged():
    layer = sigmoid_for_log_loss()
    logits = numpy.asarray([[0.0, 2.0, -3.0]], dtype="f")
    scores, backprop = layer(logits, is_train=True)
    assert numpy.allclose(scores, 1 / (1 + numpy.exp(-logits)))
    d_scores = scores - numpy.asarray([[1.0, 0.0, 1.0]], dtype="f")  # what textcat_multilabel passes back
    assert numpy.array_equal(backprop(d_scores), d_scores)  # = d(log loss)/d(logit)


def _paragraph_with(text: str, words: str) -> str:
    return next(paragraph for paragraph in text.split("\n\n") if words in paragraph)


def _cue_counts(cues: list[list[str]], texts: list[str]) -> numpy.ndarray:
    counts, _ = theme_cue_counts(cues)([spacy.blank("nl").make_doc(text) for text in texts], is_train=False)
    return numpy.asarray(counts)


def test_each_theme_counts_all_its_cues_as_one_feature():
    letter = seed_text("kst-31490-312")
    knelpunten = _paragraph_with(letter, "knelpuntenbrieven")
    staat = _paragraph_with(letter, "verschijnt de Staat van de Uitvoering")
    cues = read_theme_cues(THEME_CUES)
    themes = list(dict.fromkeys(theme for theme, _ in cues))
    counts = _cue_counts(cues, [knelpunten, staat, "In artikel 3 wordt “1 januari” vervangen door “1 juli”."])
    assert counts.shape == (3, 6)
    column = themes.index("uitvoeringskracht")
    # Two different cues (knelpuntenbrie, staat van de uitvoering) land in the same feature.
    assert counts[0, column] > 0 and counts[1, column] > 0
    assert not counts[2].any()  # an article amendment names no theme
    only_knelpunten = [["uitvoeringskracht", "knelpuntenbrie"]]
    assert _cue_counts(only_knelpunten, [knelpunten])[0, 0] == numpy.float32(numpy.log1p(knelpunten.lower().count(
        "knelpuntenbrie")))


def test_a_cue_file_with_a_broken_pattern_names_the_line(tmp_path):
    path = tmp_path / "cues.tsv"
    path.write_text("theme\tpattern\nwetgeving\twetgeving\nwetgeving\t(uitvoerbaar\n", encoding="utf8")
    with pytest.raises(ValueError, match="line 3.*not a regular expression"):
        read_theme_cues(path)
    path.write_text("theme\tpattern\nwetgeving\twetgeving\nwetgeving\t\\b(regels)?\n", encoding="utf8")
    with pytest.raises(ValueError, match="line 3.*matches the empty string"):
        read_theme_cues(path)
    path.write_text("label,pattern\nwetgeving,wet\n", encoding="utf8")
    with pytest.raises(ValueError, match="columns 'theme' and 'pattern'"):
        read_theme_cues(path)


def test_a_saved_classifier_keeps_the_cues_it_was_trained_with():
    trained = build_char_ngram_bow_with_vectors_and_cues(False, nO=2)
    trained_cues = [[theme, pattern] for theme, pattern in read_theme_cues(THEME_CUES) if theme != "rol_politiek"]
    next(node for node in trained.walk() if node.name == "theme_cue_counts").attrs["cues"] = trained_cues
    loaded = build_char_ngram_bow_with_vectors_and_cues(False, nO=2).from_bytes(trained.to_bytes())
    assert next(node for node in loaded.walk() if node.name == "theme_cue_counts").attrs["cues"] == trained_cues


def test_cues_compiled_literal_first_match_what_they_say_on_real_letters():
    text = (seed_text("kst-31490-312") + seed_text("kst-31490-271")).lower()
    cues = read_theme_cues(THEME_CUES)
    rewritten = [pattern for _, pattern in cues if _literal_first(pattern) != pattern]
    assert len(rewritten) > 50
    for pattern in rewritten:
        assert re.findall(_literal_first(pattern), text) == re.findall(pattern, text), pattern
    # The word boundary still counts: some cue occurs inside a longer word that it must not match.
    assert any(len(re.findall(pattern[2:], text)) > len(re.findall(pattern, text)) for pattern in rewritten)


def test_a_trained_classifier_loads_with_its_own_cues_when_the_cue_file_has_changed(nlp, tmp_path, monkeypatch):
    themes = nlp.get_pipe("kst_themes")
    text = seed_text("kst-31490-312")[:4000]
    before = themes.score_texts([text])
    themes.classifier.to_disk(tmp_path / "classifier")
    changed = tmp_path / "cues.tsv"
    changed.write_text("theme\tpattern\nuitvoeringskracht\tpersoneel\nnieuw_thema\tknelpunt\n", encoding="utf8")
    monkeypatch.setattr(architectures, "THEME_CUES", changed)
    loaded = spacy.load(tmp_path / "classifier")
    assert [{label: float(score) for label, score in doc.cats.items()} for doc in loaded.pipe([text])] == before
