"""The closing part of Bijlagen letters of 1860-1920 (``nlkst/header/closing.py``): a letter signed halfway down a
page that goes on to the stuk it sends, offices whose portfolio OCR garbled, and the place of a letter dated at
OCR's garbled 's-Gravenhage. Real SGD pool pages (``tests/data/closing_pages.jsonl``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlkst.header import parse_header
from nlkst.header.values import is_garbled_the_hague
from nlkst.offices import mend_ocr_portfolio

PAGES = {
    row["id"]: row["text"]
    for row in map(json.loads, (Path(__file__).parent / "data" / "closing_pages.jsonl").read_text("utf-8").splitlines())
}


def _closing(page_id: str) -> dict:
    fields = parse_header(PAGES[page_id]).fields
    return {name: fields[name] for name in ("sender", "signatories", "co_senders", "place", "date")}


def test_a_letter_signed_over_the_verslag_it_sends_under_a_garbled_marker():
    closing = _closing("sgd-0000400956")
    assert closing["signatories"] == [
        {"role": "minister", "portfolio": "Financiën", "name": "VAN LYNDEN VAN SANDENBURG"}]
    assert closing["sender"] == {"role": "minister", "portfolio": "Financiën"}


def test_a_letter_signed_over_the_schikking_it_sends():
    closing = _closing("sgd-0000391610")
    assert closing["signatories"] == [
        {"role": "minister", "portfolio": "Buitenlandsche Zaken", "name": "VAN KARNEBEEK"}]


def test_no_signature_over_the_next_stuk_where_the_header_is_not_the_pages_first_stuk():
    # "[lift. 5.]" (an unheaded rectification) stands above "[lift. 6.]" / "MISSIVE.": the missive's signature is no
    # signature of the page's first stuk
    closing = _closing("sgd-0000416331")
    assert closing["signatories"] is None and closing["sender"] is None and closing["co_senders"] is None


def test_minister_van_staat_en_van_a_portfolio_signs_for_the_portfolio():
    closing = _closing("sgd-0000419313")
    assert closing["signatories"] == [{"role": "minister", "portfolio": "Binnenlandsche Zaken", "name": "THORBECKE"}]


def test_a_signing_office_garbled_by_ocr_in_its_listed_spelling():
    closing = _closing("sgd-0000360233")
    assert closing["signatories"] == [{"role": "minister", "portfolio": "Binnenlandsche Zaken", "name": "KUYPER"}]
    assert closing["sender"] == {"role": "minister", "portfolio": "Binnenlandsche Zaken"}


@pytest.mark.parametrize(("printed", "mended"), [
    ("Binnenlandsche Zaleen", "Binnenlandsche Zaken"),  # sgd-0000360233
    ("Buitcnlandsehe Zaken", "Buitenlandsche Zaken"),  # sgd-0000375276: the old spelling, as long as the print
    ("Binnenlandsdie Zaken", "Binnenlandsche Zaken"),  # sgd-0000343998
    ("BinnenlandseZaken", "Binnenlandse Zaken"),  # sgd-0000001421
    ("Jvstitie", "Justitie"),  # sgd-0000332040
    ("Financiin", "Financiën"),  # sgd-0000378714
    ("Overzeese Rijksdelen", "Overzeese Rijksdelen"),  # a ministry of its own, not Overzeese Gebiedsdelen
    ("Verlieer", "Verlieer"),  # sgd-0000077519: no listed office near it
])
def test_mend_ocr_portfolio(printed, mended):
    assert mend_ocr_portfolio(printed) == mended


def test_a_letter_dated_at_a_garbled_the_hague():
    closing = _closing("sgd-0000324447")
    assert (closing["place"], closing["date"]) == ("'s GHAVEMIAGE", "1919-04-07")
    assert is_garbled_the_hague("'SGBAVBNHAGK")  # sgd-0000400956
    assert not is_garbled_the_hague("'s Heerenberg")


def test_a_headings_office_cut_at_a_full_stop_for_a_comma_is_the_signatorys():
    # "BRIEF VAN DE STAATSSECRETARIS VAN WELZIJN. VOLKSGE ZONDHEID EN CULTUUR", signed "De Staatssecretaris van
    # Welzijn, Volksgezondheid en Cultuur, D. J. D. Dees"
    assert _closing("sgd-0000110953")["sender"] == {
        "role": "staatssecretaris", "portfolio": "Welzijn, Volksgezondheid en Cultuur"}
