"""Pages of 1814-1850 under a Roman running head (``(N°. XIX.)`` / ``XIX. Algemeen entrepôt ...``) that read no
dossier before: heads OCR garbled past the bracket readers but printed again on the title's line, and the
afdelingen's minutes (``ZITTING VAN 8 APRIL 1829.``) that made the page read as a sitting's minutes. Excerpts of
real SGD pages (``tests/data/roman_head_cases.jsonl``, each with its id)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlkst.header import parse_header

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "roman_head_cases.jsonl").read_text(encoding="utf-8").splitlines()
]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_roman_head_page(case):
    fields = parse_header(case["text"], learned_signatures=False).fields
    assert {name: fields[name] for name in case["expected"]} == case["expected"]


def test_a_short_line_is_no_head_where_the_title_prints_another_number():
    text = "679\n(*\"• xv->\nXIV. Aanvulling van gapingen in het Strafwetboek.\n(Processen-verbaal der Afdeelingen.)\n"
    assert parse_header(text, learned_signatures=False).fields["dossiers"] != [
        {"number": "XV", "title": "Aanvulling van gapingen in het Strafwetboek"}]


MARKER_CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "roman_marker_cases.jsonl").read_text(encoding="utf-8").splitlines()
]


@pytest.mark.parametrize("case", MARKER_CASES, ids=[case["id"] for case in MARKER_CASES])
def test_roman_marker_garbled(case):
    """Bijlagen pages of 1850-1870 whose stuk's Roman marker OCR garbled with an H or U (``[LXH. 8.]``, ``[LUI. 6.J``):
    read as another marker prints it legibly, else as printed."""
    fields = parse_header(case["text"], learned_signatures=False).fields
    assert [dossier["number"] for dossier in fields["dossiers"] or []] == case["numbers"]
    assert fields["ondernummer"] == case["ondernummer"]
