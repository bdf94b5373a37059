"""Do thresholds placed on out-of-fold scores fit the classifier trained on everything? Carry them over by quantile.

``nlkst train`` (5 folds) places each theme's threshold on the scores of five classifiers, each trained on four
fifths of the paragraphs, and then applies it to a sixth classifier trained on all of them. For a rare theme the
sixth sees a quarter more positives and, with the same epochs, gives higher scores: a threshold of the folds lets
it fire more often than the folds did. This script measures that shift and offers a threshold for the final
classifier that keeps the folds' rate, without labels:

1. one fold classifier is trained again (fold ``--fold`` of the 5, drawn by document as ``nlkst train`` draws them);
2. both it and the final classifier score the same unlabelled paragraphs (``--pool``, JSON Lines with ``text``, or
   ``question`` and ``answer``; none from a document of the theme corpus or of ``--exclude``);
3. per theme, the share of the pool the fold classifier puts at or above the out-of-fold threshold is found, and
   the final classifier's threshold is set at the score above which it puts the same share.

With ``--check FILE`` both sets of thresholds label labelled files (fresh samples, not the test split); with
``--write`` the carried-over thresholds replace the pipeline's.

    python training/measure/threshold_transfer.py /tmp/themes corpora/themes/train.jsonl corpora/themes/dev.jsonl \
        --pool ../shared/corpora/parlspeech-sample/speeches.jsonl ../shared/corpora/be-questions/questions.jsonl \
        --exclude /work/helpers/blind8_doc_ids.txt --check corpora/fresh-2026-12-03b/themes.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import nlkst
from nlkst import pipeline
from nlkst.metrics import add_common_macro_f1, add_macro_f1_interval, format_report, score_labels
from nlkst.schema import THEME_LABELS
from nlkst.train import (DEFAULT_CONFIG, DEFAULT_FOLDS, _score_with, _spacy_train, _theme_docs, document_bucket,
                         document_key, read_labelled)


def pool_texts(paths: list[Path], excluded: set[str], limit: int, seed: int) -> list[str]:
    """Paragraphs (blank-line or 4-space separated blocks of 200+ characters) of the pool documents not excluded."""
    texts = []
    for path in paths:
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            if str(record.get("id")) in excluded or str(record.get("doc_id")) in excluded:
                continue
            body = record.get("text") or "\n\n".join(str(record.get(k) or "") for k in ("question", "answer"))
            for block in body.replace("     ", "\n\n").split("\n\n"):
                block = " ".join(block.split())
                if len(block) >= 200:
                    texts.append(block[:2000])
    random.Random(seed).shuffle(texts)
    return texts[:limit]


def carried_over(fold_scores: list[dict[str, float]], final_scores: list[dict[str, float]],
                 thresholds: dict[str, float]) -> dict[str, float]:
    """Per theme, the final classifier's score that puts the share of the pool above it the fold classifier puts
    above ``thresholds``; a theme the fold classifier never assigns on the pool keeps its threshold."""
    carried = {}
    for label in THEME_LABELS:
        above = sum(s[label] >= thresholds[label] for s in fold_scores)
        ranked = sorted((s[label] for s in final_scores), reverse=True)
        carried[label] = ranked[above - 1] if above else thresholds[label]
    return carried


def labels_for(scores: dict[str, float], thresholds: dict[str, float]) -> list[str]:
    return [label for label in THEME_LABELS if scores.get(label, 0.0) >= thresholds[label]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pipeline", type=Path, help="a pipeline trained with folds (nlkst train)")
    parser.add_argument("labelled", type=Path, nargs="+", help="the training and dev files it was trained on")
    parser.add_argument("--pool", type=Path, nargs="+", required=True)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[], help="files of document ids to leave out")
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=24)
    parser.add_argument("--fold", type=int, default=0)
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    parser.add_argument("--check", type=Path, nargs="*", default=[])
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    paragraphs = read_labelled(args.labelled)
    paragraphs = [p for p in paragraphs if p.labels is not None]
    excluded = {p.document for p in paragraphs}
    for path in args.exclude:
        excluded |= {line.strip() for line in path.open(encoding="utf-8") if line.strip()}
    for path in Path("corpora").rglob("*.jsonl"):
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            excluded |= {str(record[key]) for key in ("doc_id", "id") if record.get(key)}
    pool = pool_texts(args.pool, excluded, args.limit, args.seed)
    print(f"{len(pool)} unlabelled pool paragraphs")
    if not pool:
        parser.error("no pool paragraphs left")
    nlp = nlkst.load(args.pipeline)
    component = nlp.get_pipe("kst_themes")
    thresholds = dict(component.thresholds)
    inside = [p for p in paragraphs if document_bucket(p, DEFAULT_FOLDS) != args.fold]
    held = [p for p in paragraphs if document_bucket(p, DEFAULT_FOLDS) == args.fold]
    base = pipeline.build()
    fold_classifier = _spacy_train(args.config, _theme_docs(base, inside), _theme_docs(base, held), -1, None,
                                   last=True)
    fold_pool = _score_with(fold_classifier, [_Text(t) for t in pool])
    final_pool = component.score_texts(pool)
    carried = carried_over(fold_pool, final_pool, thresholds)
    print("theme               fold rate  final rate   threshold   carried")
    for label in THEME_LABELS:
        fold_rate = sum(s[label] >= thresholds[label] for s in fold_pool) / len(pool)
        final_rate = sum(s[label] >= thresholds[label] for s in final_pool) / len(pool)
        print(f"{label:<18} {fold_rate:9.3f}  {final_rate:10.3f}  {thresholds[label]:10.4f}  {carried[label]:8.4f}")
    for path in args.check:
        checked = read_labelled([path])
        scores = component.score_texts(p.text for p in checked)
        gold, groups = [p.labels for p in checked], [document_key(p) for p in checked]
        for name, rule in (("out-of-fold thresholds", thresholds), ("carried over", carried)):
            predicted = [labels_for(s, rule) for s in scores]
            report = score_labels(predicted, gold)
            add_macro_f1_interval(report, predicted, gold, groups)
            add_common_macro_f1(report, predicted, gold, groups)
            print(f"\n== {path}, {name} ==")
            print(format_report(report))
    if args.write:
        path = args.pipeline / "kst_themes" / "thresholds.json"
        path.write_text(json.dumps(carried, indent=2), encoding="utf-8")
        print(f"carried-over thresholds written to {path}")


class _Text:
    def __init__(self, text: str) -> None:
        self.text = text


if __name__ == "__main__":
    main()
