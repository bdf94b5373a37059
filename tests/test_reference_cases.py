"""Every form of the reference grammar on a passage of a real document (tests/data/reference_cases.jsonl).

One line per form: the passage as the corpus has it (``source`` names the document), the
``own_dossier`` and ``document_year`` a header would supply where the form needs them (or ``"header": "passage"``:
what the header the passage holds gives, as ``nlp(passage)`` passes it), and the ids expected, as a
multiset: a form that finds too much fails as surely as one that finds too little; ``expected_records`` names
records by their fields where the id alone cannot tell (a record without id, a budget's dossier field). Known
misses carry an ``xfail`` reason.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from nlkst.header import parse_header
from nlkst.references import FORMS, ReferenceParser, header_context, parse_references

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "reference_cases.jsonl").open(encoding="utf-8")]


def _param(case: dict) -> object:
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_reference_case(case):
    if case.get("header") == "passage":  # the context the passage's own header gives, as the pipeline passes it
        header = parse_header(case["text"])
        parser = ReferenceParser(document_year=case.get("document_year"),
                                 **header_context(header.fields, header.spans, case.get("document_year")))
        records = [record for mention in parser.mentions(case["text"]) for record in mention.records]
    else:
        records = parse_references(case["text"], own_dossier=case.get("own_dossier"),
                                   document_year=case.get("document_year"))
    assert Counter(r["id"] for r in records if r["id"]) == Counter(case["expected"])
    for record in records:
        assert case["text"][record["start"]:record["end"]] == record["text"]
    for expected in case.get("expected_records", []):  # records without id (or with fields besides it): each is
        # one the parser gives, with these fields ("dossier" of a budget named by its year, a decree's "law_date")
        assert any(all(record.get(key) == value for key, value in expected.items()) for record in records), expected


def test_every_form_of_the_table_has_a_case():
    covered = {case["form"] for case in CASES}
    # ids as metadata writes them, document ids and the publication page's title are tested on the
    # seed letters in test_references.py; no text in ../shared has an LJN (1999-2013) or an ECLI
    # typed loosely, so those two forms are tested on written examples there
    untested = {form.name for form in FORMS} - covered - {"kst_id", "h_id", "document_id", "dossier_page", "ljn",
                                                          "ecli_loose"}
    assert not untested
