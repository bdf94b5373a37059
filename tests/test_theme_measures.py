"""The theme measuring tools of ``training/measure/``: where a classifier errs (``theme_errors.py``) and two
classifiers compared on the same document draws (``compare_theme_models.py``), on the dev split's paragraphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "themes"


def test_theme_errors_counts_found_wrong_and_missed_per_theme_and_orders_the_surest_mistakes_first():
    from training.measure import theme_errors

    rows = [json.loads(line) for line in (CORPUS / "dev.jsonl").open(encoding="utf-8")]
    with_theme = [row for row in rows if "samenwerking" in row["labels"]][:3]
    without = [row for row in rows if not row["labels"]][:3]
    records = with_theme + without
    # found, found, missed (0.05); given wrongly at 0.9 and 0.6, right at 0.1
    samenwerking = [0.8, 0.5, 0.05, 0.9, 0.6, 0.1]
    scores = [{"samenwerking": s} for s in samenwerking]
    result = theme_errors.errors(records, scores, {"samenwerking": 0.2}, themes=("samenwerking",))
    row = result["samenwerking"]
    assert row["found"] == 2
    assert [score for score, _ in row["given_wrongly"]] == [0.9, 0.6]
    assert [record["id"] for _, record in row["missed"]] == [with_theme[2]["id"]]
    table = theme_errors.summary_rows(result)
    assert table[2].startswith("| samenwerking | 3 | 2 | 1 (") and table[2].endswith("| 0.571 |")  # 4 / (4 + 2 + 1)


def test_a_paired_difference_is_drawn_on_the_same_documents_for_both_models():
    from nlkst.train import document_key, read_labelled
    from training.measure.compare_theme_models import paired_difference

    paragraphs = read_labelled([CORPUS / "dev.jsonl"])
    gold = [p.labels for p in paragraphs]
    documents = [document_key(p) for p in paragraphs]
    assert paired_difference(gold, gold, gold, documents, 200) == (0.0, 0.0, 0.0)  # the same model: no spread
    # one model that misses every samenwerking paragraph against the gold itself: lower on every draw
    worse = [[label for label in labels if label != "samenwerking"] for labels in gold]
    difference, low, high = paired_difference(worse, gold, gold, documents, 200)
    assert difference == pytest.approx(-1 / 6) and low <= difference <= high < 0
