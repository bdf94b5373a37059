"""The session of a Bijlagen page's foot as OCR garbled it past the readers (``nlkst.header.page_foot``), and a place
and date whose comma OCR set apart (``nlkst.header.prewar``), on real SGD pages."""

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
