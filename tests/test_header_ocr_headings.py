"""Headings of fixed words as the OCR garbled or glued them (``resources/heading_ocr_forms.tsv``, read by
``nlkst.header.headings.garbled_heading_kind``): each line is a real line of ``../shared/corpora/sgd/sgd_ocr.jsonl``
(its document in the comment); the negatives are lines the tolerant match must leave alone."""

from __future__ import annotations

import pytest

from nlkst.header.headings import doc_type_of, garbled_heading_kind, is_heading
from nlkst.header.prewar import is_page_label

READ = [
    ("NOTAVAN WIJZIGING Ontvangen 30 juli 1992", "nota"),  # sgd-0000022364
    ("ONTWEEP VAN WET.", "wetsvoorstel"),  # sgd-0000049620
    ("VUORLOOPIG VERSLAG", "verslag"),  # sgd-0000356809
    ("VOÜRLOOPIG VERSLAG.", "verslag"),  # sgd-0000382582
    ("MKMORIE VAN TOELICHTING.", "memorie_van_toelichting"),  # sgd-0000417729
    ("MEMOEIE VAN ANTWOOBD.", "nota"),  # sgd-0000046272
    ("0NTWER1' VAN WET houdende wettelijke maatregelen", "wetsvoorstel"),  # sgd-0000330577
    ("KINDVERSLAG der Commissie van Rapporteurs voor de Ontwerpen", "verslag"),  # sgd-0000431700
    ("KONINKLIJKE BOO])SCHAP.", "other"),  # sgd-0000364441
]

LEFT = [
    "EINDVERSLAGEN DER COMMISSIËN VAN RAPPORTEURS",  # sgd-0000042300: a list of reports, not one report's heading
    "VOORSTEL VAN DEN HEER",  # sgd-0000066580: a member's proposal, not "VOORSTEL VAN WET"
    "i.) KONINKLIJKE BOODSCHAP.",  # sgd-0000336825: a garbled marker's tail over the heading
    "1.] KONINKLIJKE BOODSCHAP",  # sgd-0000402699: the stuk's number, read where the marker is
    "JO.) VOORLOOPIG VERSLAG",  # sgd-0000387508
    "Ontwerp van wel",  # small letters: not a heading's line
]


@pytest.mark.parametrize(("line", "kind"), READ)
def test_garbled_heading_is_read_with_its_kind(line, kind):
    assert is_heading(line) and garbled_heading_kind(line) == kind and doc_type_of(line) == kind


@pytest.mark.parametrize("line", LEFT)
def test_line_like_a_heading_is_not_read_as_garbled(line):
    assert garbled_heading_kind(line) is None


def test_exact_heading_is_left_to_the_exact_list():
    assert garbled_heading_kind("VOORLOOPIG VERSLAG.") is None and doc_type_of("VOORLOOPIG VERSLAG.") == "verslag"


LABELS = [
    "Bytagen.",  # sgd-0000382582
    "Bfllagei.",  # sgd-0000358615
    "Bjjlage:.",  # sgd-0000375498
    "Kjjlagen.",  # a first line of three SGD pages: OCR's K for B
    "Bijlagen",  # sgd-0000079394: the label of 1947-1951 without its stop
]
NOT_LABELS = ["Beatrix", "Betuweroute", "Korthals", "Korpsen."]  # sgd-0000002191, -13830, -17917, -44385


@pytest.mark.parametrize("line", LABELS)
def test_page_label_as_ocr_left_it(line):
    assert is_page_label(line)


@pytest.mark.parametrize("line", NOT_LABELS)
def test_short_word_is_no_page_label(line):
    assert not is_page_label(line)
