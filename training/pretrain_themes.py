"""A theme classifier on a tok2vec pretrained on the unlabelled pool (issue 24, item 2): pretrain -> train -> evaluate.

1. **Pool**: paragraphs (blank-line blocks of at least ``--min-chars`` characters, cut at 200 words) of the
   unlabelled documents under the sources (``read_sources``, as ``training/resources/build_vectors.py`` reads them,
   plus the Belgian questions and answers, which ``read_sources`` passes over), leaving out every document that a
   labelled file of ``--exclude`` holds (the theme test splits) and every id of ``--leave-out-ids`` (the blind
   samples); at most ``--limit`` of them, drawn with ``--seed``, written as ``pool.jsonl`` (``{"text": ...}``).
2. **Pretrain**: ``spacy pretrain`` with the config's ``[pretraining]`` block (the characters objective, CPU) on the
   pool, ``--pretrain-epochs`` epochs; the weights are ``pretrain/model-last.bin``.
3. **Train**: ``nlkst.train.train`` (as ``nlkst train``) with each ``--config`` and ``initialize.init_tok2vec`` set to
   those weights; thresholds on dev (``--folds 0``, the default here) or cross-validated.
4. **Evaluate**: macro-F1 with its 95% interval over documents on each ``--test`` file.

    nice -n 19 python training/pretrain_themes.py ../shared/corpora ../shared/seeds -o /tmp/pretrained_themes \\
        --exclude corpora/themes/test.jsonl corpora/themes/test_modern.jsonl \\
        --leave-out-ids /work/helpers/blind10_doc_ids.txt --limit 20000 \\
        --train corpora/themes/train.jsonl --dev corpora/themes/dev.jsonl \\
        --config nlkst/configs/themes_pretrained_cpu.cfg --config nlkst/configs/themes_pretrained_ensemble_cpu.cfg \\
        --test corpora/themes/test_modern.jsonl corpora/themes/test.jsonl

Each config's pipeline is written to ``OUTPUT/<config name>``; ``--weights`` skips steps 1-2 with weights already made.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

import numpy
from spacy.training.pretrain import pretrain
from spacy.util import load_config, load_model_from_config

import nlkst
from nlkst.io.readers import ReadError, read_sources
from nlkst.metrics import bootstrap_macro_f1, score_labels
from nlkst.train import document_group, document_key, read_labelled, train

BLOCK = re.compile(r"\n\s*\n")
WEIGHTS = "model-last.bin"
MAX_WORDS = 200


def pool_texts(sources: list[Path], leave_out: set[str]) -> Iterator[str]:
    """The text of every document under ``sources`` whose document group is not in ``leave_out``."""
    for document in read_sources(sources):
        if isinstance(document, ReadError):
            continue
        if document_group(document.id) not in leave_out:
            yield document.text
    for path in _question_files(sources):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if document_group(str(record.get("id", ""))) in leave_out:
                    continue
                yield "\n\n".join(str(record.get(key) or "") for key in ("title", "question", "answer"))


def _question_files(sources: list[Path]) -> list[Path]:
    """JSON Lines of Belgian written questions (``question`` and ``answer`` fields, no ``text``)."""
    found = []
    for source in sources:
        for path in sorted(source.rglob("*.jsonl") if source.is_dir() else [source]):
            with path.open(encoding="utf-8") as lines:
                first = lines.readline()
            if first.strip() and "question" in json.loads(first) and "text" not in json.loads(first):
                found.append(path)
    return found


def paragraphs_of(texts: Iterator[str], min_chars: int) -> Iterator[str]:
    """Blank-line blocks of at least ``min_chars`` characters, cut into pieces of at most ``MAX_WORDS`` words (OCR
    text has few blank lines, and ``spacy.JsonlCorpus.v1`` skips a text of more than its ``max_length`` tokens)."""
    for text in texts:
        for block in BLOCK.split(text):
            words = block.split()
            for start in range(0, len(words), MAX_WORDS):
                piece = " ".join(words[start:start + MAX_WORDS])
                if len(piece) >= min_chars:
                    yield piece


def write_pool(sources: list[Path], leave_out: set[str], path: Path, limit: int, seed: int, min_chars: int) -> int:
    paragraphs = list(paragraphs_of(pool_texts(sources, leave_out), min_chars))
    if limit and len(paragraphs) > limit:
        paragraphs = random.Random(seed).sample(paragraphs, limit)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for paragraph in paragraphs:
            out.write(json.dumps({"text": paragraph}, ensure_ascii=False) + "\n")
    return len(paragraphs)


def left_out_groups(labelled: list[Path], id_files: list[Path]) -> set[str]:
    groups = {document_group(p.document) for p in read_labelled(labelled) if p.document} if labelled else set()
    for path in id_files:
        groups.update(document_group(line.strip()) for line in path.read_text(encoding="utf-8").splitlines()
                      if line.strip())
    return groups


def run_pretraining(config: Path, pool: Path, output_dir: Path, epochs: int) -> Path:
    loaded = load_config(config, overrides={"paths.raw_text": str(pool), "pretraining.max_epochs": epochs},
                         interpolate=False)
    filled = load_model_from_config(loaded, auto_fill=True).config  # what `spacy init fill-config` adds
    output_dir.mkdir(parents=True, exist_ok=True)
    pretrain(filled.interpolate(), output_dir, silent=False)
    return output_dir / WEIGHTS


def macro_f1(model_dir: Path, test: Path) -> tuple[float, float, float]:
    paragraphs = read_labelled([test])
    themes = nlkst.load(model_dir).get_pipe("kst_themes")
    predicted = [themes.labels_for(s) for s in themes.score_texts(p.text for p in paragraphs)]
    gold = [p.labels for p in paragraphs]
    low, high = numpy.nanpercentile(bootstrap_macro_f1(predicted, gold, [document_key(p) for p in paragraphs]),
                                    [2.5, 97.5])
    return score_labels(predicted, gold)["macro"]["f"], float(low), float(high)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="*", type=Path, help="files or directories of unlabelled text")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--exclude", nargs="*", type=Path, default=[], help="labelled files whose documents to skip")
    parser.add_argument("--leave-out-ids", nargs="*", type=Path, default=[], help="files of document ids to skip")
    parser.add_argument("--limit", type=int, default=20000, help="most paragraphs to pretrain on (0: all)")
    parser.add_argument("--min-chars", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pretrain-epochs", type=int, default=1)
    parser.add_argument("--weights", type=Path, help="pretrained weights already made: skip pool and pretraining")
    parser.add_argument("--train", nargs="+", type=Path, required=True)
    parser.add_argument("--dev", nargs="+", type=Path, required=True)
    parser.add_argument("--config", type=Path, action="append", required=True)
    parser.add_argument("--folds", type=int, default=0)
    parser.add_argument("--test", nargs="*", type=Path, default=[])
    args = parser.parse_args()
    weights = args.weights
    if weights is None:
        pool = args.output / "pool.jsonl"
        count = write_pool(args.sources, left_out_groups(args.exclude, args.leave_out_ids), pool, args.limit,
                           args.seed, args.min_chars)
        print(f"pool: {count} paragraphs -> {pool}")
        weights = run_pretraining(args.config[0], pool, args.output / "pretrain", args.pretrain_epochs)
    for config in args.config:
        model_dir = args.output / config.stem
        train(args.train, model_dir, dev_paths=args.dev, config=config, folds=args.folds,
              overrides={"initialize.init_tok2vec": str(weights)})
        for test in args.test:
            macro, low, high = macro_f1(model_dir, test)
            print(f"{config.stem} on {test}: macro-F1 {macro:.3f} ({low:.3f}-{high:.3f})")


if __name__ == "__main__":
    main()
