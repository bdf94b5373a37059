"""Shared fixtures: the real documents in ../shared that every test reads."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
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
