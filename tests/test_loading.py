"""nlkst's faster loading gives the pipeline that spacy.load gives, and the same records."""

from __future__ import annotations

import pytest
import spacy
from conftest import MODERN_LETTER, sgd_documents

from nlkst.annotate import annotate_documents
from nlkst.io import SourceDocument
from nlkst.pipeline import DEFAULT_MODEL_DIR


@pytest.fixture(scope="module")
def plain():
    return spacy.load(DEFAULT_MODEL_DIR)


def test_the_loaded_pipeline_is_the_one_spacy_loads(nlp, plain):
    assert nlp.pipe_names == plain.pipe_names and nlp.disabled == plain.disabled
    assert nlp.config.to_str() == plain.config.to_str()
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    assert nlp.get_pipe("kst_gazetteer").to_bytes() == plain.get_pipe("kst_gazetteer").to_bytes()
    themes, plain_themes = nlp.get_pipe("kst_themes").classifier, plain.get_pipe("kst_themes").classifier
    assert themes.tokenizer.to_bytes(exclude=["vocab"]) == plain_themes.tokenizer.to_bytes(exclude=["vocab"])


@pytest.mark.shared
def test_the_loaded_pipeline_writes_the_records_spacy_load_does(nlp, plain):
    documents = [SourceDocument(doc_id, text, doc_id) for doc_id, text in list(sgd_documents().items())[:40]]
    documents.append(SourceDocument("letter", MODERN_LETTER.read_text(encoding="utf-8"), "letter"))
    assert list(annotate_documents(nlp, documents)) == list(annotate_documents(plain, documents))


def test_a_tokenizer_saved_unlike_its_config_is_read(tmp_path):
    """A pipeline whose saved tokenizer has a special case of its own keeps it."""
    from nlkst.loading import load_pipeline_dir

    classifier = spacy.load(DEFAULT_MODEL_DIR / "kst_themes" / "classifier")
    classifier.tokenizer.add_special_case("Kamerstuk", [{"ORTH": "Kamer"}, {"ORTH": "stuk"}])
    classifier.to_disk(tmp_path / "classifier")
    loaded = load_pipeline_dir(tmp_path / "classifier")
    assert [t.text for t in loaded.make_doc("het Kamerstuk")] == ["het", "Kamer", "stuk"]
