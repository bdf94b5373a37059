"""Theme thresholds placed on modern paragraphs only, against those placed on every paragraph: which is better on
modern text?

``nlkst train`` (5 folds, the default) places each theme's threshold on the out-of-fold scores of all training and
dev paragraphs, 1814-1995 SGD text included, and keeps those scores beside the pipeline
(``themes_out_of_fold.jsonl``). This script places them again on the paragraphs of the modern sources (1995
onwards, ``MODERN_SOURCES`` of ``build_theme_corpus.py``) and compares the two rules where it matters:

- **cross-validated on modern paragraphs**: the modern paragraphs are cut into ``--folds`` groups by document;
  for each group both rules place their thresholds on the scores *outside* it (every paragraph, or the modern
  ones only) and label the group with them. The macro-F1 of those labels over all modern paragraphs, with its
  95% interval over documents, says which rule generalises better to modern text no threshold saw;
- **on other labelled files** (``--check``, e.g. the fresh modern sample labelled by others): the pipeline
  scores them once, and each rule's thresholds (placed on all the out-of-fold scores) label them.

With ``--write`` the modern thresholds replace the pipeline's (``kst_themes/thresholds.json``).

    python training/measure/modern_thresholds.py /tmp/themes20 --check corpora/fresh-2026-12-03b/themes.jsonl
    python training/measure/modern_thresholds.py OUT_OF_FOLD.jsonl       # scores from elsewhere (no --check)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from nlkst.metrics import add_common_macro_f1, add_macro_f1_interval, format_report, score_labels
from nlkst.schema import THEME_LABELS
from nlkst.train import OUT_OF_FOLD_FILE, LabelledParagraph, choose_thresholds, document_bucket, document_key

try:
    from training.corpora.build_theme_corpus import MODERN_SOURCES
except ImportError:  # run as a script
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from training.corpora.build_theme_corpus import MODERN_SOURCES


def read_out_of_fold(path: Path) -> tuple[list[LabelledParagraph], list[dict[str, float]]]:
    """The paragraphs and their out-of-fold scores of a ``themes_out_of_fold.jsonl`` (or a pipeline holding one)."""
    if path.is_dir():
        path = path / OUT_OF_FOLD_FILE
    paragraphs, scores = [], []
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        paragraphs.append(LabelledParagraph(text=record["id"] or "", labels=record["labels"], entities=None,
                                            source=str(path), document=record["doc_id"],
                                            paragraph_id=record["id"], origin=record["source"]))
        scores.append(record["scores"])
    return paragraphs, scores


def labels_for(scores: dict[str, float], thresholds: dict[str, float]) -> list[str]:
    return [label for label in THEME_LABELS if scores.get(label, 0.0) >= thresholds[label]]


def cross_validated(paragraphs: list[LabelledParagraph], scores: list[dict[str, float]], modern: list[bool],
                    folds: int) -> dict[str, list[list[str]]]:
    """Labels of every modern paragraph under each rule, thresholds placed without the paragraph's document
    group: ``all`` on every other paragraph, ``modern`` on the other modern ones."""
    fold = [document_bucket(p, folds) for p in paragraphs]
    order = [i for i in range(len(paragraphs)) if modern[i]]
    predicted: dict[str, list[list[str]]] = {rule: [[] for _ in order] for rule in ("all", "modern")}
    position = {i: n for n, i in enumerate(order)}
    for held in range(folds):
        for rule in ("all", "modern"):
            placing = [i for i in range(len(paragraphs)) if fold[i] != held and (rule == "all" or modern[i])]
            thresholds = choose_thresholds([scores[i] for i in placing], [paragraphs[i].labels for i in placing])
            for i in order:
                if fold[i] == held:
                    predicted[rule][position[i]] = labels_for(scores[i], thresholds)
    return predicted


def report(predicted: list[list[str]], gold: list[list[str]], groups: list[str]) -> dict[str, dict[str, float]]:
    scored = score_labels(predicted, gold)
    add_macro_f1_interval(scored, predicted, gold, groups)
    add_common_macro_f1(scored, predicted, gold, groups)
    return scored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out_of_fold", type=Path, help="a pipeline trained with folds, or its themes_out_of_fold.jsonl")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--check", type=Path, nargs="*", default=[], help="labelled files to score both rules on")
    parser.add_argument("--write", action="store_true", help="write the modern thresholds into the pipeline")
    args = parser.parse_args()
    paragraphs, scores = read_out_of_fold(args.out_of_fold)
    modern = [p.origin in MODERN_SOURCES for p in paragraphs]
    gold = [p.labels for p in paragraphs]
    everywhere = choose_thresholds(scores, gold)
    modern_only = choose_thresholds([s for s, m in zip(scores, modern) if m], [g for g, m in zip(gold, modern) if m])
    print(f"{sum(modern)} of {len(paragraphs)} out-of-fold paragraphs are modern")
    print("threshold  " + "  ".join(f"{label[:12]:>12}" for label in THEME_LABELS))
    for name, thresholds in (("all", everywhere), ("modern", modern_only)):
        print(f"{name:<9}  " + "  ".join(f"{thresholds[label]:12.4f}" for label in THEME_LABELS))
    modern_paragraphs = [p for p, m in zip(paragraphs, modern) if m]
    groups = [document_key(p) for p in modern_paragraphs]
    modern_gold = [p.labels for p in modern_paragraphs]
    for rule, predicted in cross_validated(paragraphs, scores, modern, args.folds).items():
        print(f"\n== cross-validated on the modern paragraphs, thresholds placed on {rule} ==")
        print(format_report(report(predicted, modern_gold, groups)))
    if args.check:
        import nlkst
        from nlkst.train import read_labelled

        nlp = nlkst.load(args.out_of_fold if args.out_of_fold.is_dir() else None)
        component = nlp.get_pipe("kst_themes")
        for path in args.check:
            checked = read_labelled([path])
            checked_scores = component.score_texts(p.text for p in checked)
            for name, thresholds in (("all", everywhere), ("modern", modern_only)):
                predicted = [labels_for(s, thresholds) for s in checked_scores]
                print(f"\n== {path}, thresholds placed on {name} ==")
                print(format_report(report(predicted, [p.labels for p in checked], [document_key(p) for p in checked])))
    if args.write and args.out_of_fold.is_dir():
        (args.out_of_fold / "kst_themes" / "thresholds.json").write_text(json.dumps(modern_only, indent=2),
                                                                           encoding="utf-8")
        print(f"modern thresholds written to {args.out_of_fold / 'kst_themes' / 'thresholds.json'}")


if __name__ == "__main__":
    main()
