"""Header regression cases as data: real text excerpts (``tests/data/header_cases.jsonl``) and the fields
their hand-checked gold (``corpora/headers/``) gives; known misses are marked ``xfail`` with the reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlkst.header import parse_header
from nlkst.schema import HEADER_FIELDS

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "header_cases.jsonl").read_text(encoding="utf-8").splitlines()
]


def _param(case: dict) -> pytest.param:
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_header_case(case):
    fields = parse_header(case["text"]).fields
    assert {name: fields[name] for name in HEADER_FIELDS} == {
        name: case["expected"].get(name) for name in HEADER_FIELDS
    }


def test_cases_cover_every_layout_of_the_gold():
    assert {case["layout"] for case in CASES} >= {
        "aanhangsel",
        "aanhangsel_random",
        "bijlage_1814_1949",
        "brief",
        "motie",
    }
