"""The assembled pipeline: spans, paragraphs, and a round trip through to_disk."""

from __future__ import annotations

import spacy
from conftest import MODERN_LETTER, seed_text, sgd_text

from nlkst.schema import FOOTNOTE_SPANS, HEADER_SPANS, PARAGRAPH_SPANS


def test_load_returns_language_with_kamerstuk(nlp):
    doc = nlp(seed_text("kst-31490-312"))
    assert doc._.kamerstuk["ondernummer"] == "312"
    labels = {span.label_ for span in doc.spans[HEADER_SPANS]}
    assert {"chamber", "vergaderjaar", "dossiers", "ondernummer", "heading", "addressee", "place", "date",
            "signatories", "subject"} <= labels


def test_paragraphs_leave_out_header_signature_footnotes_and_headings(nlp):
    doc = nlp(seed_text("kst-31490-312"))
    paragraphs = [span.text for span in doc.spans[PARAGRAPH_SPANS]]
    assert paragraphs[0].startswith("Bij het debat over de regeringsverklaring")
    assert paragraphs[-1].startswith("Daarnaast zal ik uw Kamer jaarlijks informeren")
    assert "Voorzetting programma Werk aan Uitvoering" not in paragraphs
    assert not any("C.J. Schouten" in p or "↩" in p for p in paragraphs)
    assert len(doc.spans[FOOTNOTE_SPANS]) == 5
    assert len(paragraphs) == 16


def test_ocr_paragraphs_are_lines(nlp):
    doc = nlp(sgd_text("sgd-0000108391"))
    paragraphs = doc.spans[PARAGRAPH_SPANS]
    assert paragraphs and paragraphs[0].text.startswith("Hierbij zend ik u, mede namens")


def test_pdf_letter_paragraphs_skip_sidebar_and_page_footnotes(nlp):
    doc = nlp(MODERN_LETTER.read_text(encoding="utf-8"))
    paragraphs = [span.text for span in doc.spans[PARAGRAPH_SPANS]]
    # A paragraph that runs on across a page break covers the furniture between its parts; no other does.
    joined = "\n".join(p for p in paragraphs if "P agina" not in p)
    assert paragraphs[0].startswith("Met deze Kamerbrief bied ik u")
    for furniture in ("Rijnstraat 8", "Kenmerk", "I E NW/BSK-2023/33017", "Zie ook de Nationale Grondstoffenstrategie"):
        assert furniture not in joined
    for paragraph in paragraphs:
        assert not paragraph.startswith(("P agina", "Kenmerk", "Ministerie van")) and not paragraph.endswith("van 7")
    assert "Hoogachtend" not in joined and "Heijnen" not in joined
    footnotes = [span.text for span in doc.spans[FOOTNOTE_SPANS]]
    assert any(note.startswith("1 Zie ook de Nationale Grondstoffenstrategie") for note in footnotes)


def test_pdf_letter_sentence_cut_by_a_page_break_is_one_paragraph(nlp):
    # "... hoe afhankelijk we als Nederland zijn van andere" / footnote, sidebar, "P agina 2 van 7" /
    # "landen voor onze grondstoffen1. ..."
    doc = nlp(MODERN_LETTER.read_text(encoding="utf-8"))
    paragraphs = [span.text for span in doc.spans[PARAGRAPH_SPANS]]
    cut = [p for p in paragraphs if "zijn van andere" in p]
    assert len(cut) == 1 and "landen voor onze grondstoffen" in cut[0]
    assert not any(p.startswith(("landen voor onze", "afspraken maken met")) for p in paragraphs)


def test_pipeline_round_trips_through_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "model")
    reloaded = spacy.load(tmp_path / "model")
    assert reloaded.pipe_names == nlp.pipe_names
    text = seed_text("kst-31490-271")
    assert reloaded(text)._.kamerstuk == nlp(text)._.kamerstuk


def test_footnote_spans_start_and_end_on_their_text(nlp):
    # The letter's footnotes follow blank lines and an indent: none of that belongs to the note.
    for name in ("kst-31490-312", "kst-31490-271"):
        doc = nlp(seed_text(name))
        notes = [span.text for span in doc.spans[FOOTNOTE_SPANS]]
        assert notes and all(note == note.strip() for note in notes), name
        if name == "kst-31490-312":
            assert notes[0].startswith("1. Kamerstuk 29\xa0362, nr.\xa0295")


def test_a_chamber_line_above_one_paragraph_leaves_the_paragraph(nlp):
    # A kind of short text a user pastes in: the chamber line, then the paragraph they want read.
    letter = nlp(seed_text("kst-31490-271"))
    paragraphs = [span.text for span in letter.spans[PARAGRAPH_SPANS]]
    for chamber in ("Tweede Kamer der Staten-Generaal", "Eerste Kamer der Staten-Generaal\nVergaderjaar 2019-2020"):
        for paragraph in paragraphs[:6]:
            doc = nlp(f"{chamber}\n\n{paragraph}")
            assert [span.text for span in doc.spans[PARAGRAPH_SPANS]] == [paragraph], paragraph[:40]
            assert doc._.kamerstuk["chamber"] == chamber.split("\n")[0]


def test_spacy_load_takes_spacys_keyword_arguments_and_the_meta_says_what_the_pipeline_is(nlp):
    import nlkst

    # spaCy calls a pipeline package's load() with vocab, disable, enable, exclude and config.
    loaded = spacy.load("nlkst", vocab=nlp.vocab, exclude=["kst_themes"], disable=["ner"],
                        config={"components": {"kst_paragraphs": {"min_chars": 300}}})
    assert loaded.vocab is nlp.vocab
    assert "kst_themes" not in loaded.component_names and loaded.disabled == ["ner"]
    assert "ner" not in loaded.pipe_names  # loaded, but not run
    doc = loaded(seed_text("kst-31490-312"))
    assert doc._.kamerstuk["ondernummer"] == "312"
    assert loaded.get_pipe("kst_paragraphs").min_chars == 300 and nlp.get_pipe("kst_paragraphs").min_chars == 60
    meta = nlp.meta
    assert meta["version"] == nlkst.__version__ and meta["license"] == "EUPL-1.2"
    assert "kamerstukken" in meta["description"] and len(meta["sources"]) >= 4
    assert all(source["license"] for source in meta["sources"])
