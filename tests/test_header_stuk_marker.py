"""The stuk's number from a marker that OCR garbled over or before a stuk's heading (``nlkst.header.stuk_marker``),
on real SGD pages."""

from __future__ import annotations

import pytest

from conftest import sgd_text

from nlkst.header import parse_header


@pytest.mark.parametrize(
    ("doc_id", "number"),
    [
        # a budget marker of three pieces before the heading on its line: "(9. VI. 29.) NOTA VAN WIJZIGING."
        ("sgd-0000321480", "29"),
        # the kamerstuk's number garbled: "(1,12 7.) MEMORIE VAX TOELICHTING."
        ("sgd-0000364137", "7"),
        # the marker broken over two lines, its second half alone over the heading: "(240." / "1.)"
        ("sgd-0000352994", "1"),
        # the same, its bracket read as J: "[25." / "9.J" / "BIJLAGE <i."
        ("sgd-0000421919", "9"),
        # the budget's Wet op de Middelen: "(2. Midd. 5.)" / "NOTA VAN SCHRIJF-EN DRUKFEILEN."
        ("sgd-0000370551", "5"),
        # a joint stuk's marker: "(28 en 29. 6.)" / "VERSLAG OMTRENT ..."
        ("sgd-0000380180", "6"),
        # the 1950s' numbers without stops, the first the dossier's: "2358 6" / "BIJLAGE III VAN DE MEMORIE ..."
        ("sgd-0000290359", "6"),
        # "[N°. 113. 18]." / "BIJLAGE L."
        ("sgd-0000295874", "18"),
    ],
)
def test_garbled_marker_gives_the_stuk_number(doc_id, number):
    assert parse_header(sgd_text(doc_id), learned_signatures=False).fields["ondernummer"] == number


@pytest.mark.parametrize(
    "doc_id",
    [
        # a label's number under the marker: "[t. -4.J" / "MJLA.GK 1." / "STAAT": not 1
        "sgd-0000390029",
        # two stukken's numbers: "f». 9 en 15.]"
        "sgd-0000424009",
        # the running head prints 7—8, the marker "(2." / "VII A." / "6.)": no surer than the head
        "sgd-0000344913",
        # an earlier stuk's marker of the kamerstuk above: "(432. 100.V" over "(432. 101.) MEMORIE ..."
        "sgd-0000324669",
    ],
)
def test_marker_that_gives_no_sure_number(doc_id):
    assert parse_header(sgd_text(doc_id), learned_signatures=False).fields["ondernummer"] is None
