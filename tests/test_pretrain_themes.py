"""The pretrained-tok2vec theme classifier (``training/pretrain_themes.py``): pool -> spacy pretrain -> train ->
evaluate on a tiny real sample: the 2023-24 Aanhangsel answers and the 2023 kamerbrief as the unlabelled pool, the
first labelled paragraphs of the theme corpus (seed letters kst-31490-312 and on) as training and dev data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from spacy.util import load_config, load_model_from_config

import nlkst
from training import pretrain_themes

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = ROOT / "nlkst" / "configs"
CORPUS = ROOT / "corpora" / "themes"


def _head(path: Path, lines: int, out: Path) -> Path:
    with path.open(encoding="utf-8") as source:
        out.write_text("".join(line for _, line in zip(range(lines), source)), encoding="utf-8")
    return out


def test_the_pool_leaves_out_the_excluded_documents_and_cuts_long_blocks(tmp_path):
    from conftest import SHARED, MODERN_LETTER

    if not MODERN_LETTER.exists():
        pytest.skip("no ../shared")
    sources = [SHARED / "corpora/modern-letters", SHARED / "corpora/modern-aanhangsel"]
    # a labelled line of the letter (its real first words) names the document to leave out
    excluded = tmp_path / "test.jsonl"
    excluded.write_text(json.dumps({"text": MODERN_LETTER.read_text(encoding="utf-8")[:200], "labels": [],
                                    "doc_id": "kamerbrief-2023-02-03-npce"}) + "\n", encoding="utf-8")
    every = list(pretrain_themes.paragraphs_of(pretrain_themes.pool_texts(sources, set()), 100))
    leave_out = pretrain_themes.left_out_groups([excluded], [])
    kept = list(pretrain_themes.paragraphs_of(pretrain_themes.pool_texts(sources, leave_out), 100))
    letter = list(pretrain_themes.paragraphs_of(iter([MODERN_LETTER.read_text(encoding="utf-8")]), 100))
    assert letter and len(kept) == len(every) - len(letter)
    assert not set(letter) & set(kept)
    assert all(len(piece.split()) <= pretrain_themes.MAX_WORDS and len(piece) >= 100 for piece in every)
    written = pretrain_themes.write_pool(sources, leave_out, tmp_path / "pool.jsonl", 5, 0, 100)
    assert written == 5
    assert {json.loads(line)["text"] for line in (tmp_path / "pool.jsonl").open()} <= set(kept)


def test_the_ensembles_tok2vec_takes_the_weights_pretrained_for_the_tok2vec_alone(tmp_path):
    pool = tmp_path / "pool.jsonl"
    pool.write_text("".join(json.dumps({"text": json.loads(line)["text"]}) + "\n"
                            for _, line in zip(range(30), (CORPUS / "dev.jsonl").open(encoding="utf-8"))))
    weights = pretrain_themes.run_pretraining(CONFIGS / "themes_pretrained_cpu.cfg", pool, tmp_path / "pt", 1)
    data = weights.read_bytes()
    assert len(data) > 100_000
    for name in ("themes_pretrained_cpu.cfg", "themes_pretrained_ensemble_cpu.cfg"):
        nlp = load_model_from_config(load_config(CONFIGS / name), auto_fill=True)
        tok2vec = nlp.get_pipe("textcat_multilabel").model.get_ref("tok2vec")
        tok2vec.initialize()
        tok2vec.from_bytes(data)  # raises where the layers' shapes differ


def test_pretrain_train_evaluate_in_one_command(tmp_path, monkeypatch, capsys):
    from conftest import SHARED

    if not (SHARED / "corpora/modern-aanhangsel").exists():
        pytest.skip("no ../shared")
    train = _head(CORPUS / "train.jsonl", 80, tmp_path / "train.jsonl")
    dev = _head(CORPUS / "dev.jsonl", 40, tmp_path / "dev.jsonl")
    test = _head(CORPUS / "test_modern.jsonl", 30, tmp_path / "test.jsonl")
    out = tmp_path / "run"
    monkeypatch.setattr(sys, "argv", [
        "pretrain_themes.py", str(SHARED / "corpora/modern-aanhangsel"), "-o", str(out), "--limit", "12",
        "--train", str(train), "--dev", str(dev), "--test", str(test),
        "--config", str(CONFIGS / "themes_pretrained_cpu.cfg"),
        "--config", str(CONFIGS / "themes_pretrained_ensemble_cpu.cfg")])
    pretrain_themes.main()
    printed = capsys.readouterr().out
    assert "pool: 12 paragraphs" in printed
    assert (out / "pretrain" / pretrain_themes.WEIGHTS).exists()
    for name in ("themes_pretrained_cpu", "themes_pretrained_ensemble_cpu"):
        assert f"{name} on {test}: macro-F1" in printed
        themes = nlkst.load(out / name).get_pipe("kst_themes")
        texts = [json.loads(line)["text"] for line in test.read_text(encoding="utf-8").splitlines()]
        scores = themes.score_texts(texts)
        assert set(scores[0]) == set(themes.thresholds) and all(0.0 <= s <= 1.0 for s in scores[0].values())
        # the same paragraphs score the same again: no dropout at prediction time (thinc's with_cpu trains its layer)
        assert themes.score_texts(texts) == scores
