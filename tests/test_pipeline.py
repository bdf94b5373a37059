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
    joined = "\n".join(paragraphs)
    assert paragraphs[0].startswith("Met deze Kamerbrief bied ik u")
    for furniture in ("P agina", "Rijnstraat 8", "Kenmerk", "I E NW/BSK-2023/33017",
                      "Zie ook de Nationale Grondstoffenstrategie"):
        assert furniture not in joined
    assert "Hoogachtend" not in joined and "Heijnen" not in joined
    footnotes = [span.text for span in doc.spans[FOOTNOTE_SPANS]]
    assert any(note.startswith("1 Zie ook de Nationale Grondstoffenstrategie") for note in footnotes)


def test_pipeline_round_trips_through_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "model")
    reloaded = spacy.load(tmp_path / "model")
    assert reloaded.pipe_names == nlp.pipe_names
    text = seed_text("kst-31490-271")
    assert reloaded(text)._.kamerstuk == nlp(text)._.kamerstuk
