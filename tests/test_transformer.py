"""The transformer config trains offline on a tiny BERT built here, and the pipeline labels paragraphs.

Nothing is downloaded: the test writes a WordPiece vocabulary learnt from the seed letters
and a two-layer BERT with random weights to a temporary directory, and points
``nlkst/configs/themes_transformer.cfg`` at it through ``paths.transformer``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEEDS, seed_text

pytest.importorskip("spacy_transformers")
transformers = pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

import nlkst  # noqa: E402
from nlkst.schema import PARAGRAPH_SPANS, THEME_LABELS  # noqa: E402
from nlkst.train import CONFIGS, train  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "themes"


def tiny_bert(directory: Path) -> Path:
    """A 2-layer, 32-wide BERT with a WordPiece vocabulary of the seed letters."""
    wordpiece = tokenizers.Tokenizer(tokenizers.models.WordPiece(unk_token="[UNK]"))
    wordpiece.normalizer = tokenizers.normalizers.BertNormalizer(lowercase=False)
    wordpiece.pre_tokenizer = tokenizers.pre_tokenizers.BertPreTokenizer()
    trainer = tokenizers.trainers.WordPieceTrainer(
        vocab_size=600, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    )
    wordpiece.train([str(path) for path in sorted(SEEDS.glob("*.txt"))], trainer)
    directory.mkdir(parents=True, exist_ok=True)
    vocab = sorted(wordpiece.get_vocab().items(), key=lambda item: item[1])
    (directory / "vocab.txt").write_text("\n".join(token for token, _ in vocab) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast(vocab_file=str(directory / "vocab.txt"), do_lower_case=False)
    tokenizer.save_pretrained(directory)
    config = transformers.BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2,
                                     num_attention_heads=2, intermediate_size=64, max_position_embeddings=512)
    transformers.BertModel(config).save_pretrained(directory)
    return directory


def test_transformer_config_trains_offline_and_the_pipeline_labels(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    model_dir = tiny_bert(tmp_path / "tiny-bert")
    rows = (CORPUS / "train.jsonl").read_text(encoding="utf-8").splitlines()
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(rows[:60]) + "\n", encoding="utf-8")
    output = tmp_path / "pipeline"
    reports = train([sample], output, config=CONFIGS / "themes_transformer.cfg", folds=0,
                    overrides={"paths.transformer": str(model_dir), "training.max_steps": 8,
                               "training.eval_frequency": 4, "training.optimizer.learn_rate.total_steps": 8,
                               "training.optimizer.learn_rate.warmup_steps": 2})
    assert set(reports["themes"]) == {*THEME_LABELS, "macro"}
    reloaded = nlkst.load(output)
    classifier = reloaded.get_pipe("kst_themes").classifier
    assert classifier is not None and "transformer" in classifier.pipe_names
    doc = reloaded(seed_text("kst-31490-312"))
    paragraphs = list(doc.spans[PARAGRAPH_SPANS])
    assert paragraphs and all(set(span._.theme_scores) == set(THEME_LABELS) for span in paragraphs)
    assert json.loads((output / "kst_themes" / "thresholds.json").read_text()).keys() == set(THEME_LABELS)
