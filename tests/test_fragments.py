"""A passage of body text given alone (``nlp(paragraph)``, a JSON Lines record of one passage) has no header."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import sgd_text

from nlkst.header import parse_header

# 120 body paragraphs drawn at random from the SGD corpus by training/corpora/sample_body_paragraphs.py (seed 22).
BODY_PARAGRAPHS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "body_paragraphs.jsonl").read_text(encoding="utf-8").splitlines()
]


def test_sample_is_large_enough_and_real():
    assert len(BODY_PARAGRAPHS) >= 100
    for record in BODY_PARAGRAPHS[:10]:
        assert sgd_text(record["id"])[record["start"]:record["end"]] == record["text"]


@pytest.mark.parametrize("record", BODY_PARAGRAPHS, ids=[r["id"] for r in BODY_PARAGRAPHS])
def test_body_paragraph_alone_has_no_header_field(record):
    fields = parse_header(record["text"]).fields
    assert {name: value for name, value in fields.items() if value is not None} == {}


def _mede_namens_paragraph() -> str:
    text = sgd_text("sgd-0000199877")
    start = text.index("Mede namens de Ministers van Land-bouw")
    return text[start:text.index("\n", start)]


def test_sentence_that_goes_on_after_the_office_is_no_co_sender_line():
    # "Mede namens de Ministers van ... en van Buitenlandse Zaken bericht ik u, dat ...": a body sentence.
    header = parse_header(_mede_namens_paragraph())
    assert header.fields["co_senders"] is None
    assert header.body_end == len(_mede_namens_paragraph())  # the paragraph stays body


def test_mede_namens_paragraph_alone_is_a_paragraph(nlp):
    doc = nlp.make_doc(_mede_namens_paragraph())
    for name in ("kst_header", "kst_paragraphs"):
        doc = nlp.get_pipe(name)(doc)
    assert [span.text for span in doc.spans["paragraphs"]] == [_mede_namens_paragraph()]


def test_vergaderjaar_named_in_a_sentence_is_no_header():
    # "... (Gedrukte Stukken Zitting 1923—1924, n°. 956). De in artikel ...": a reference, not the page's session.
    text = sgd_text("sgd-0000301946")
    start = text.index("(Gedrukte Stukken Zitting 1923")
    line = text[text.rfind("\n", 0, start) + 1 : text.index("\n", start)]
    assert parse_header(line).fields["vergaderjaar"] is None


def test_passage_that_carries_a_page_foot_has_no_header():
    # A passage of sgd-0000357376 with the foot "Handelingen der Staten-Generaal. Bijlagen. 1905—1906." inside it
    # (corpora/fresh-2026-12-03/fragments.jsonl): the foot gives a page's session, not a passage's.
    text = sgd_text("sgd-0000357376")
    start = text.index("Artikel 3.\nTen gevolge van artikel 2")
    passage = text[start:text.index("Ad art. 1 van het wetsontwerp.", start) + len("Ad art. 1 van het wetsontwerp.")]
    assert "Bijlagen. 1905" in passage
    assert {name: value for name, value in parse_header(passage).fields.items() if value is not None} == {}


def test_a_footnote_citing_another_stuk_gives_no_vergaderjaar(nlp):
    """A body paragraph with its footnote "1 Kamerstuk 21 223, nr 16, Vergaderjaar 1989-1990." (an SGD nota of
    1990; the only fragment of the second fresh sample that got a header field, read after its first run): the
    footnote's session is the cited stuk's, not a header of this text."""
    text = sgd_text("sgd-0000028035")
    note = text.index("Kamerstuk 21 223")
    passage = text[text.rfind("\n", 0, note - 400) + 1 : text.find("\n", note)]
    doc = nlp(passage)
    assert "Vergaderjaar 1989-1990" in passage and not (doc._.kamerstuk or {}).get("vergaderjaar")


# Passages that open with a line from the middle of a document (a signature closing an earlier stuk, the foot of
# the page before, running text above a page's chamber line) and carry the start of a new stuk or page below it:
# slices of SGD documents (``tests/data/mid_document_passages.jsonl``, from the fragments of the fresh samples).
_PASSAGES_FILE = Path(__file__).parent / "data" / "mid_document_passages.jsonl"
MID_DOCUMENT_PASSAGES = [json.loads(line) for line in _PASSAGES_FILE.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("record", MID_DOCUMENT_PASSAGES, ids=[r["id"] for r in MID_DOCUMENT_PASSAGES])
def test_passage_from_the_middle_of_a_document_has_no_header(record):
    text = sgd_text(record["id"])[record["start"]:record["end"]]
    assert {name: value for name, value in parse_header(text).fields.items() if value is not None} == {}


def test_page_that_opens_with_the_end_of_a_stuk_still_reads_its_header():
    # The same stuk start read from its page's top ("Bijlagen." / "[303." / "1—2.]" / "Tweede Kamer."), sgd-0000344698:
    # the page's furniture above is no passage's opening; the geleidende brief is read.
    fields = parse_header(sgd_text("sgd-0000344698")).fields
    assert fields["heading"] == "GELEIDENDE BRIEF" and fields["ondernummer"] == "1"


def test_page_that_opens_with_a_stuk_marker_and_prints_its_foot_keeps_its_header():
    # sgd-0000375035 opens with "(34. 1.)" / "VOORLOOPIG VERSLAG." (its head lost by OCR) and ends with the page's foot
    # "Handelingen der Staten-Generaal. Bijlagen. 1895—1896.": a page, not a slice cut at a stuk's start.
    fields = parse_header(sgd_text("sgd-0000375035")).fields
    assert fields["heading"] == "VOORLOOPIG VERSLAG" and fields["ondernummer"] == "1"
