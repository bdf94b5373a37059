"""One real SGD document per kind of header the reader covers (``tests/data/header_kinds.jsonl``: the
document's text as ``../shared/corpora/sgd/sgd_ocr.jsonl`` holds it, the kind, and the fields that kind
decides, checked by hand against the text). Each case fails when the reading of its kind breaks. One text is one
record (several kinds read on it are joined by "; "); a document that ``header_cases.jsonl`` holds whole is checked
there, every field, and names its kinds in ``kinds``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlkst.header import parse_header

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "header_kinds.jsonl").read_text(encoding="utf-8").splitlines()
]


@pytest.mark.parametrize("case", CASES, ids=[f"{case['kind']}-{case['id']}" for case in CASES])
def test_header_kind(case):
    fields = parse_header(case["text"]).fields
    assert {name: fields[name] for name in case["expected"]} == case["expected"]
