"""Batch 22 of the theme corpus: the draw (``training/corpora/draw_theme_batch22.py``) and the batch in the splits."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from training.corpora import draw_theme_batch22 as batch22
from training.corpora.build_theme_corpus import split_of

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "themes"
BATCH = 160  # lines of train.jsonl from its first, so that a later batch appended after it leaves the test as it is
BATCH_FIRST = "be-dekamer-192746/answer:0"


def _train_lines() -> list[dict]:
    return [json.loads(line) for line in (CORPUS / "train.jsonl").open(encoding="utf-8")]


def test_the_pool_is_the_questions_and_answers_of_unheld_train_documents(tmp_path):
    from conftest import SHARED

    source = SHARED / "corpora/be-questions/questions.jsonl"
    if not source.exists():
        pytest.skip("no ../shared")
    questions = []
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            questions.append(json.loads(line))
            if len(questions) == 60:
                break
    path = tmp_path / "questions.jsonl"
    path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in questions), encoding="utf-8")
    in_train = [q["id"] for q in questions if split_of({"doc_id": q["id"]}) == "train"]
    assert len(in_train) >= 2 and len(in_train) < len(questions)
    records = batch22.question_documents(path, {in_train[0]})
    documents = {record["id"].removesuffix(batch22.ANSWER) for record in records}
    assert documents == set(in_train[1:]) - {q["id"] for q in questions if not (q.get("question") or "").strip()
                                             and not (q.get("answer") or "").strip()}
    answered = [q for q in questions if q["id"] in documents and (q.get("answer") or "").strip()]
    assert answered and all({"id": q["id"] + "/answer", "text": q["answer"], "source": "be-questions"} in records
                            for q in answered)
    everywhere = batch22.question_documents(path, set(), split=None)
    assert {r["id"].removesuffix(batch22.ANSWER) for r in everywhere} == {q["id"] for q in questions
                                                                           if q.get("question") or q.get("answer")}


def _paragraph(doc_id: str, start: int, text: str, **scores: float) -> dict:
    base = dict.fromkeys(("dienstverlening", "digitalisering", "wetgeving", "samenwerking", "uitvoeringskracht",
                          "rol_politiek"), 0.001)
    return {"id": f"{doc_id}:{start}", "doc_id": doc_id, "source": "be-questions", "start": start,
            "end": start + len(text), "text": text, "scores": base | scores}


# Lines of batch 22 (their documents in the comments), so that the draw is tested on the text it draws from.
TAX_OFFICES = ("In 2016 werden er ongeveer op 524 plaatsen 1265 zitdagen in de gemeenten georganiseerd, in 2017 was "
               "dat op ongeveer 489 plaatsen en 1303 zitdagen.")  # be-dekamer-192743/answer
# be-dekamer-186848
RECRUITMENT = "De Marinecomponent wil tot in 2021 elk jaar 150 bemanningsleden (mannen en vrouwen) aanwerven."
REFERRAL = ("Ik informeer het geachte lid dat zijn vraag onder de bevoegdheid valt van de Staatssecretaris voor Asiel "
            "en Migratie.")  # be-dekamer-186362/answer
TRADE = "De handelsbalans van Belgie met Brazilie vertoonde in 2016 een tekort van 62,6 miljoen euro."  # -189285


def test_the_draw_takes_the_least_sure_paragraph_per_theme_one_per_document_then_random_ones():
    thresholds = {"dienstverlening": 0.1, "digitalisering": 0.36, "wetgeving": 0.04, "samenwerking": 0.19,
                  "uitvoeringskracht": 0.12, "rol_politiek": 0.007}
    paragraphs = [
        _paragraph("be-1", 0, TAX_OFFICES, dienstverlening=0.1),                  # at the threshold: first
        _paragraph("be-1/answer", 0, RECRUITMENT, uitvoeringskracht=0.12),       # same document: not with it
        _paragraph("be-2", 0, RECRUITMENT + " Hoeveel?", uitvoeringskracht=0.11),
        _paragraph("be-3", 0, REFERRAL, digitalisering=0.36),                    # digitalisering is not asked
        _paragraph("be-4", 0, TRADE),
        _paragraph("be-5", 0, " ".join(TRADE.upper().split()), dienstverlening=0.09),  # the same text again
        _paragraph("be-6", 0, "Een tekst die het corpus al houdt.", dienstverlening=0.1),
    ]
    held = {"een tekst die het corpus al houdt."}
    chosen = batch22.choose(paragraphs, thresholds, 2, 0, random.Random(1),
                            ("dienstverlening", "uitvoeringskracht"), held)
    assert sorted(record["id"] for record in chosen) == ["be-1:0", "be-2:0"]
    assert all(record["drawn"] == "ranked" and "scores" not in record for record in chosen)
    more = batch22.choose(paragraphs, thresholds, 2, 10, random.Random(1), ("dienstverlening", "uitvoeringskracht"),
                          held)
    random_ids = {record["id"] for record in more if record["drawn"] == "random"}
    assert random_ids == {"be-3:0", "be-4:0"}  # be-1's answer shares its document; be-5 repeats be-4; be-6 is held


def test_an_answer_is_a_corpus_record_of_its_question():
    record = batch22.as_corpus_record(_paragraph("be-dekamer-192743/answer", 0, TAX_OFFICES))
    assert record["doc_id"] == "be-dekamer-192743" and record["id"] == "be-dekamer-192743/answer:0"
    assert split_of(record) == split_of({"doc_id": "be-dekamer-192743"})


def test_batch_22_is_in_train_from_documents_no_other_split_holds():
    lines = _train_lines()
    first = next(i for i, record in enumerate(lines) if record["id"] == BATCH_FIRST)
    batch = lines[first:first + BATCH]
    assert {record["source"] for record in batch} == {"be-questions"}
    assert all(split_of(record) == "train" for record in batch)
    elsewhere = {json.loads(line)["doc_id"] for name in ("dev.jsonl", "test.jsonl")
                 for line in (CORPUS / name).open(encoding="utf-8")}
    earlier = {record["doc_id"] for record in lines[:first]}
    assert not {record["doc_id"] for record in batch} & (elsewhere | earlier)
    assert len({record["doc_id"] for record in batch}) == BATCH  # one paragraph a document
    labelled = [record for record in batch if record["labels"]]
    assert 40 <= len(labelled) <= 60  # 48 carry a theme, 112 none
