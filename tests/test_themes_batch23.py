"""Batch 23 of the theme corpus: the draw (``training/corpora/draw_theme_batch23.py``) and the batch in the splits."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from training.corpora import draw_theme_batch23 as batch23
from training.corpora.build_theme_corpus import split_of

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
CORPUS = CORPORA / "themes"
# The batch's first line in each split and its length there, so that a later batch appended after it leaves the
# test as it is.
FIRST = {"train.jsonl": ("be-dekamer-185227/answer:0", 110), "dev.jsonl": ("be-dekamer-186444/answer:779", 40)}
BLIND = Path("/work/helpers/blind12_doc_ids.txt")


def _lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (CORPUS / name).open(encoding="utf-8")]


def _batch() -> tuple[list[dict], list[dict]]:
    """The batch's lines and the lines of train and dev before it."""
    batch, before = [], []
    for name, (first_id, count) in FIRST.items():
        lines = _lines(name)
        first = next(i for i, record in enumerate(lines) if record["id"] == first_id)
        batch += lines[first:first + count]
        before += lines[:first]
    return batch, before


def test_a_blind_id_with_an_offset_leaves_out_its_whole_document(tmp_path):
    # The blind lists name Handelingen passages as day:offset (h-tk-20172018-70-5 is a 2018 Handelingen day).
    blind = tmp_path / "blind.txt"
    blind.write_text("h-tk-20172018-70-5:515\nbe-dekamer-185146\n", encoding="utf-8")
    corpora = tmp_path / "corpora"
    (corpora / "fresh-x").mkdir(parents=True)
    (corpora / "fresh-x" / "themes.jsonl").write_text(
        json.dumps({"id": "be-dekamer-193147", "doc_id": "be-dekamer-193147", "text": "..."}) + "\n", encoding="utf-8")
    excluded = batch23.excluded_documents([blind], corpora)
    assert {"h-tk-20172018-70-5", "h-tk-20172018-70-5:515", "be-dekamer-185146", "be-dekamer-193147"} <= excluded
    assert "h-tk-20172018-70-50" not in excluded and "be-dekamer-18514" not in excluded


def test_the_pool_is_the_questions_and_answers_of_train_and_dev_documents_never_test(tmp_path):
    from conftest import SHARED

    source = SHARED / "corpora/be-questions/questions.jsonl"
    if not source.exists():
        pytest.skip("no ../shared")
    questions = []
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            questions.append(json.loads(line))
            if len(questions) == 80:
                break
    path = tmp_path / "questions.jsonl"
    path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions), encoding="utf-8")
    split = {q["id"]: split_of({"doc_id": q["id"]}) for q in questions}
    assert set(split.values()) == {"train", "dev", "test"}  # the sample has all three, so the filter is tried
    left_out = next(q["id"] for q in questions if split[q["id"]] == "dev")
    records = batch23.pool_records(path, {left_out})
    documents = {record["id"].removesuffix("/answer") for record in records}
    assert documents == {q["id"] for q in questions if split[q["id"]] in ("train", "dev") and q["id"] != left_out
                         and ((q.get("question") or "").strip() or (q.get("answer") or "").strip())}
    assert any(record["id"].endswith("/answer") for record in records)


def test_batch_23_is_in_train_and_dev_from_documents_no_other_file_or_blind_list_holds():
    batch, before = _batch()
    assert len(batch) == 150 and {record["source"] for record in batch} == {"be-questions"}
    for name, (_, count) in FIRST.items():
        assert sum(split_of(record) == name.removesuffix(".jsonl") for record in batch) == count
    documents = [record["doc_id"] for record in batch]
    assert len(set(documents)) == 150  # one paragraph a document
    held = {record["doc_id"] for record in before}
    for path in CORPORA.rglob("*.jsonl"):
        if path.parent == CORPUS and path.name in FIRST:
            continue
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            held |= {str(record.get(key, "")).split(":")[0] for key in ("doc_id", "id")}
    assert not set(documents) & held
    if BLIND.exists():
        blind = {line.split(":")[0] for line in BLIND.read_text("utf-8").split()}
        assert not set(documents) & blind


def test_batch_23_labels():
    batch, _ = _batch()
    counts = Counter(label for record in batch for label in record["labels"])
    counts["none"] = sum(not record["labels"] for record in batch)
    assert counts == {"uitvoeringskracht": 11, "samenwerking": 10, "wetgeving": 8, "dienstverlening": 6,
                      "rol_politiek": 3, "digitalisering": 2, "none": 116}
