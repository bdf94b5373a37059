"""The labelling loop: ``nlkst suggest`` picks paragraphs, annotation tools' exports train a pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

import nlkst
from nlkst.cli import app
from nlkst.exports import LABEL_STUDIO_CONFIG, NO_THEME, write_batch
from nlkst.schema import THEME_LABELS
from nlkst.suggest import uncertainty_order
from nlkst.train import TrainingDataError, read_labelled

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "themes"
runner = CliRunner()


def _rows(split: str) -> list[dict]:
    return [json.loads(line) for line in (CORPUS / f"{split}.jsonl").open(encoding="utf-8")]


@pytest.fixture(scope="module")
def modern_dev(nlp):
    """The dev split's modern paragraphs with the shipped classifier's scores."""
    rows = [row for row in _rows("dev") if row["source"] in ("parlspeech-sample", "be-questions", "modern-gov")]
    return rows, nlp.get_pipe("kst_themes").score_texts(row["text"] for row in rows)


def test_uncertainty_order_goes_round_the_themes_nearest_the_threshold_first_one_paragraph_per_document(
        nlp, modern_dev):
    rows, scores = modern_dev
    thresholds = nlp.get_pipe("kst_themes").thresholds
    documents = [row["doc_id"].split("#")[0] for row in rows]
    order = uncertainty_order(scores, thresholds, documents, 12)
    assert len(order) == len(set(order)) == 12
    assert len({documents[i] for i in order}) == 12  # spread over documents
    import math

    def margin(i: int, theme: str) -> float:
        logit = lambda p: math.log(min(max(p, 1e-6), 1 - 1e-6) / (1 - min(max(p, 1e-6), 1 - 1e-6)))  # noqa: E731
        return abs(logit(scores[i][theme]) - logit(thresholds[theme]))

    # The first pick is the paragraph nearest dienstverlening's threshold, the second the nearest
    # to digitalisering's among the rest, and so on round the six themes.
    assert order[0] == min(range(len(rows)), key=lambda i: margin(i, THEME_LABELS[0]))
    second = min((i for i in range(len(rows)) if documents[i] != documents[order[0]]),
                 key=lambda i: margin(i, THEME_LABELS[1]))
    assert order[1] == second
    # One document: its paragraphs are all that there is, so the batch takes more than one of it.
    one_letter = uncertainty_order(scores, thresholds, ["kst-one"] * len(rows), 12)
    assert len(one_letter) == len(set(one_letter)) == 12
    expected: list[int] = []
    for _round in range(2):  # twice round the themes, each taking the nearest paragraph not yet taken
        for theme in THEME_LABELS:
            expected.append(min((i for i in range(len(rows)) if i not in expected), key=lambda i: margin(i, theme)))
    assert one_letter == expected
    # Far from a threshold for every theme: a paragraph the model is sure of is not suggested first.
    surest = max(range(len(rows)), key=lambda i: min(margin(i, theme) for theme in THEME_LABELS))
    assert surest not in order


def _label_studio_export(tasks: list[dict], gold: dict[str, list[str]]) -> list[dict]:
    """What Label Studio's JSON export gives after an annotator chose ``gold``'s themes for each task."""
    exported = []
    for number, task in enumerate(tasks, start=1):
        choices = gold[task["data"]["text"]] or [NO_THEME]
        exported.append({"id": number, "data": task["data"], "annotations": [
            {"id": number, "was_cancelled": False, "result": [
                {"from_name": "themes", "to_name": "text", "type": "choices", "value": {"choices": choices}}]}]})
    exported.append({"id": 99, "data": {"text": "Nog niet gelabeld."}, "annotations": []})  # nobody labelled it
    return exported


def _doccano_export(lines: list[dict], gold: dict[str, list[str]]) -> list[dict]:
    """What doccano's JSONL export of a text-classification project gives: its own id, ``label``, the metadata."""
    return [{"id": 1000 + number, **line, "label": gold[line["text"]] or [NO_THEME]}
            for number, line in enumerate(lines)]


def test_a_batch_round_trips_through_both_tools_exports_with_its_labels_and_documents(tmp_path):
    rows = [row for row in _rows("test") if row["source"] in ("parlspeech-sample", "be-questions")][:6]
    paths = write_batch(rows, tmp_path / "batch.jsonl")
    assert 'name="themes"' in paths["label-studio interface"].read_text() == LABEL_STUDIO_CONFIG
    tasks = json.loads(paths["label-studio"].read_text(encoding="utf-8"))
    lines = [json.loads(line) for line in paths["doccano"].open(encoding="utf-8")]
    assert [task["data"]["text"] for task in tasks] == [line["text"] for line in lines] == [r["text"] for r in rows]
    assert all(line["label"] == [] for line in lines)
    gold = {row["text"]: row["labels"] for row in rows}
    (tmp_path / "ls.json").write_text(json.dumps(_label_studio_export(tasks, gold)), encoding="utf-8")
    (tmp_path / "dc.jsonl").write_text("".join(json.dumps(line) + "\n" for line in _doccano_export(lines, gold)),
                                       encoding="utf-8")
    for export in ("ls.json", "dc.jsonl"):
        read = read_labelled([tmp_path / export])
        assert [(p.text, p.labels, p.document, p.origin) for p in read] == [
            (r["text"], r["labels"], r["doc_id"], r["source"]) for r in rows]  # the unlabelled task is left out


def test_an_export_with_a_label_nlkst_does_not_know_names_the_file_and_task(tmp_path):
    row = _rows("test")[0]
    export = [{"id": 1, "data": {"text": row["text"]}, "annotations": [{"result": [
        {"type": "choices", "value": {"choices": ["belastingen"]}}]}]}]
    (tmp_path / "ls.json").write_text(json.dumps(export), encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"ls.json: task 1: unknown label 'belastingen'"):
        read_labelled([tmp_path / "ls.json"])


def test_suggest_then_label_then_train_then_annotate_end_to_end(tmp_path):
    """A user's round: suggest from real documents, label in Label Studio, train on the export, annotate."""
    # The "unlabelled" documents are modern test passages, so that their labels are known for the export.
    rows = [row for row in _rows("test") if row["source"] in ("parlspeech-sample", "be-questions")]
    documents = tmp_path / "pool.jsonl"
    documents.write_text("".join(json.dumps({"id": row["id"], "text": row["text"], "source": row["source"]}) + "\n"
                                 for row in rows),
                         encoding="utf-8")
    labelled_already = tmp_path / "already.jsonl"
    labelled_already.write_text(json.dumps(rows[0], ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["suggest", str(documents), "-n", "20", "-o", str(tmp_path / "batch.jsonl"),
                                 "--labelled", str(labelled_already), "--quiet"])
    assert result.exit_code == 0, result.output
    tasks = json.loads((tmp_path / "batch.label-studio.json").read_text(encoding="utf-8"))
    assert len(tasks) == 20 and rows[0]["text"] not in {task["data"]["text"] for task in tasks}
    gold = {row["text"]: row["labels"] for row in rows}
    export = tmp_path / "project-1-at-2026-12-03.json"
    export.write_text(json.dumps(_label_studio_export(tasks, gold)), encoding="utf-8")
    train_sample = tmp_path / "train.jsonl"
    train_sample.write_text("\n".join((CORPUS / "train.jsonl").read_text(encoding="utf-8").splitlines()[:120]) + "\n",
                            encoding="utf-8")
    model = tmp_path / "model"
    result = runner.invoke(app, ["train", str(train_sample), str(export), "--dev", str(export), "--folds", "0",
                                 "-o", str(model)])
    assert result.exit_code == 0, result.output
    assert "themes by source" in result.output and "theme thresholds chosen on dev" in result.output
    out = tmp_path / "annotated.jsonl"
    result = runner.invoke(app, ["annotate", str(SEEDS / "kst-31490-271.txt"), "--model", str(model), "-o", str(out),
                                 "--quiet"])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["paragraphs"] and all(set(p["scores"]) == set(THEME_LABELS) for p in record["paragraphs"])
    assert nlkst.load(model).get_pipe("kst_themes").thresholds.keys() == set(THEME_LABELS)
