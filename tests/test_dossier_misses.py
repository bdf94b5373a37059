"""``training/measure/dossier_misses.py``: a gold document's dossier miss by kind, on a real gold record and what
the header reader makes of its page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "corpora" / "fresh-2026-12-07c" / "headers_gold.jsonl"


@pytest.fixture(scope="module")
def report_list() -> list[dict]:
    """sgd-0000288678: an Eerste Kamer head over eleven bills' Tweede Kamer numbers."""
    for line in GOLD.open(encoding="utf-8"):
        record = json.loads(line)
        if record["id"] == "sgd-0000288678":
            return record["header"]["dossiers"]
    raise AssertionError("sgd-0000288678 is not in the gold")


def test_each_kind_of_dossier_miss_is_told_apart(report_list):
    from training.measure.dossier_misses import miss_kind

    assert len(report_list) == 11
    assert miss_kind(report_list, [dict(d) for d in report_list]) == "right"
    assert miss_kind(report_list, None) == "none"
    assert miss_kind(report_list, [report_list[6]]) == "numbers-partial"  # '2285' alone
    assert miss_kind(report_list, [{"number": "2231", "title": None}]) == "numbers-wrong"
    retitled = [dict(d) for d in report_list]
    retitled[0]["title"] = "Wijziging"
    assert miss_kind(report_list, retitled) == "title-only"
