"""Shared fixtures: the real documents in ../shared that every test reads.

A test that reads ../shared, itself or through a fixture, is marked ``shared`` here (the names
below appear in its source or its fixtures'), so that ``pytest -m "not shared"`` runs the unit
tests on a checkout without it; ``NLKST_SHARED`` points the tests at another copy. CI runs all.
"""

from __future__ import annotations

import inspect
import json
import os
import re
from functools import lru_cache
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("NLKST_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
SEEDS = SHARED / "seeds"
SGD = SHARED / "corpora" / "sgd" / "sgd_ocr.jsonl"
HANDELINGEN_XML = SHARED / "corpora" / "handelingen-xml"
MODERN_LETTER = SHARED / "corpora" / "modern-letters" / "kamerbrief-2023-02-03-npce.txt"


@lru_cache(maxsize=1)
def sgd_documents() -> dict[str, str]:
    with SGD.open(encoding="utf-8") as handle:
        return {record["id"]: record["text"] for record in map(json.loads, handle)}


def sgd_text(doc_id: str) -> str:
    return sgd_documents()[doc_id]


def seed_text(name: str) -> str:
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    import nlkst

    return nlkst.load()


_READS_SHARED = re.compile(r"\b(?:SHARED|SEEDS|SGD|HANDELINGEN_XML|MODERN_LETTER|sgd_text|seed_text|sgd_documents)\b")


def _reads_shared(function) -> bool:
    try:
        return bool(_READS_SHARED.search(inspect.getsource(function)))
    except (OSError, TypeError):
        return False


def pytest_collection_modifyitems(items):
    for item in items:
        fixtures = [definition.func for definitions in item._fixtureinfo.name2fixturedefs.values()
                    for definition in definitions]
        if any(_reads_shared(function) for function in [item.function, *fixtures]):
            item.add_marker(pytest.mark.shared)
