"""The session of a Bijlagen page's foot as OCR garbled it past the readers (``nlkst.header.page_foot``), a place
and date whose comma OCR set apart (``nlkst.header.prewar``), and a letter's addressee alone on its line at its foot
(``nlkst.header.closing``), on real SGD pages."""

from __future__ import annotations

import pytest

from conftest import sgd_text

from nlkst.header import parse_header


@pytest.mark.parametrize(
    ("doc_id", "session"),
    [
        # the words over two lines, the years after the second's: "Handelingen der Staten-Generaal." /
        # "Biilagen. 192°.—1924."
        ("sgd-0000304674", "1923-1924"),
        # the same with the first line garbled and an apostrophe in a year: "Handelingen J-r Staten-Gcneraal." /
        # "Bijlagen. 1921—19'22."
        ("sgd-0000310918", "1921-1922"),
        # a hyphen inside the first year, the second legible and one more: "Bijlagen. 192-3—1924."
        ("sgd-0000304896", "1923-1924"),
        # the second year garbled past reading: "Bijlagen. 1900—KOI."
        ("sgd-0000366184", "1900-1901"),
        # OCR's i for 1 in the second year, the years on the line under the words: "Bijlagen." / "1917—19i8."
        ("sgd-0000328534", "1917-1918"),
    ],
)
def test_garbled_foot_gives_the_session(doc_id, session):
    assert parse_header(sgd_text(doc_id), learned_signatures=False).fields["vergaderjaar"] == session


@pytest.mark.parametrize(
    "doc_id",
    [
        # "192-3—1926." on a page of the budget for 1926: the hyphen is a garbled digit, the first year unread
        "sgd-0000299778",
        # "Handelingen der Staten-Generaal. — 1894. — I.": the one-year session of 1894, its volume I
        "sgd-0000378166",
    ],
)
def test_foot_that_gives_no_session(doc_id):
    assert parse_header(sgd_text(doc_id), learned_signatures=False).fields["vergaderjaar"] is None


def test_place_and_date_with_the_comma_set_apart():
    # "BRIEF , HOUDENDE INTREKKING VAN HET VOORSTEL. Den Heer Voorzitter ..." / "'s GRAVENHAGE , 7 September 1891."
    fields = parse_header(sgd_text("sgd-0000384084"), learned_signatures=False).fields
    assert (fields["place"], fields["date"]) == ("'s GRAVENHAGE", "1891-09-07")


@pytest.mark.parametrize(
    ("doc_id", "addressee"),
    [
        # at the foot of a 1950s letter, under the signature: "Aan de Heer Voorzitter van de Tweede Kamer der ..."
        ("sgd-0000214374", "Aan de Heer Voorzitter van de Tweede Kamer der Staten-Generaal"),
        # "Aan" alone on the line over a stray "»": "Aan" / "» de Heer Voorzitter ..."
        ("sgd-0000246353", "Aan » de Heer Voorzitter van de Tweede Kamer der Staten-Generaal"),
        # under a letter of 1845: "Den Heere Voorzitter van de Tweede Kamer der Stalen-Generaal."
        ("sgd-0000446225", "Den Heere Voorzitter van de Tweede Kamer der Stalen-Generaal"),
    ],
)
def test_chairman_addressee_line_gives_addressee_and_chamber(doc_id, addressee):
    fields = parse_header(sgd_text(doc_id), learned_signatures=False).fields
    assert (fields["addressee"], fields["chamber"]) == (addressee, "Tweede Kamer der Staten-Generaal")


def test_chamber_of_an_addressee_line_that_lost_kamer():
    # "Aan de lieer Voorzitter van de Tweede der Staten-Generaal" / "Kamer": the chamber all the same
    fields = parse_header(sgd_text("sgd-0000261353"), learned_signatures=False).fields
    assert fields["chamber"] == "Tweede Kamer der Staten-Generaal"
