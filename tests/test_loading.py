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


@pytest.mark.shared
def test_the_gazetteer_token_patterns_match_as_spacy_s_matcher_does(nlp):
    """The word tests made vocabulary flags (nlkst.loading.native_token_patterns) find what the ruler's patterns
    find in spaCy's own matcher, in the same order, on words the tokenizer's special cases make too (``J.``)."""
    from spacy.matcher import Matcher

    ruler = nlp.get_pipe("kst_gazetteer")
    assert any(isinstance(key, int) for pattern in ruler.matcher._patterns.values() for spec in pattern[0]
               for key in spec), "the ruler's matcher tests no word by a flag"
    own = Matcher(nlp.vocab, validate=False, fuzzy_compare=ruler.matcher_fuzzy_compare)
    for label, patterns in ruler.token_patterns.items():
        for pattern in patterns:
            own.add(label, [pattern])
    docs = [nlp.make_doc(text) for text in list(sgd_documents().values())[:80]]
    signed = "Den Haag, 3 mei 1950\nJ. M. B. A. C. GOIJAERTS, rechtbank te Utrecht, W. F. de Gaay Fortman"
    docs.append(nlp.make_doc(signed))
    found = [ruler.matcher(doc) for doc in docs]
    assert found == [own(doc) for doc in docs]
    assert sum(map(len, found)) > 80 and len(found[-1]) >= 3


def test_the_theme_classifier_reads_its_tokenizer_only_when_asked(tmp_path):
    """Scoring paragraphs gives the classifier words: its tokenizer's special cases wait until it is asked for,
    and are then those spacy.load reads."""
    import nlkst
    from nlkst.loading import load_pipeline_dir
    from nlkst.schema import PARAGRAPH_SPANS

    path = DEFAULT_MODEL_DIR / "kst_themes" / "classifier"
    classifier, complete = load_pipeline_dir(path, defer_tokenizer=True)
    assert not classifier.tokenizer.rules
    complete()
    assert classifier.tokenizer.to_bytes(exclude=["vocab"]) == spacy.load(path).tokenizer.to_bytes(exclude=["vocab"])

    nlp = nlkst.load()
    themes = nlp.get_pipe("kst_themes")
    text = ("De minister van Binnenlandse Zaken schrijft de Kamer over de dienstverlening aan burgers en de "
            "digitalisering van de uitvoering door gemeenten en het UWV, en over de samenwerking daarbij.")
    doc = nlp(text)
    scores = [span._.theme_scores for span in doc.spans[PARAGRAPH_SPANS]]
    assert scores and themes._complete_tokenizer is not None  # scored without reading the tokenizer
    assert themes.score_texts([text]) == scores  # score_texts reads it, and gives the same scores
    assert themes._complete_tokenizer is None and themes.classifier.tokenizer.rules


@pytest.mark.shared
def test_the_ner_multiplies_with_numpy_and_finds_the_same_entities(nlp, plain):
    """The ner's layers multiply with numpy on one BLAS thread (nlkst.loading.numpy_matmul); it finds the entities
    that spaCy's loading (thinc's BLIS products) finds, on 200 SGD documents, and leaves the BLAS threads as it
    found them."""
    from threadpoolctl import threadpool_info

    from nlkst.loading import OneThreadNumpyOps

    ner, plain_ner = nlp.get_pipe("ner"), plain.get_pipe("ner")
    # the layers that multiply in Python (the output layer, which spaCy makes anew when a document brings an
    # entity label of the ruler's, is multiplied in the parser's compiled loop)
    multiplying = [layer for ref in ("tok2vec", "lower") for layer in ner.model.get_ref(ref).walk()]
    assert all(isinstance(layer.ops, OneThreadNumpyOps) for layer in multiplying)
    assert not any(isinstance(layer.ops, OneThreadNumpyOps) for layer in plain_ner.model.walk())
    earlier = nlp.pipe_names[:nlp.pipe_names.index("ner")]
    docs = list(nlp.pipe(list(sgd_documents().values())[:200],
                         disable=[name for name in nlp.pipe_names if name not in earlier]))
    threads = [library["num_threads"] for library in threadpool_info()]
    found = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in ner.pipe([doc.copy() for doc in docs])]
    assert [library["num_threads"] for library in threadpool_info()] == threads
    assert found == [[(e.start, e.end, e.label_) for e in doc.ents]
                     for doc in plain_ner.pipe([doc.copy() for doc in docs])]
