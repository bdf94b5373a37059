"""Blend the spaCy theme classifier with a linear model over word and character n-grams: measured, then written.

``nlkst train`` (5 folds, the default) keeps the spaCy classifier's out-of-fold scores beside the pipeline
(``themes_out_of_fold.jsonl``). This script fits the linear model of ``nlkst.linear_themes`` on the same
training and dev paragraphs in the same folds (by document), blends the two models' out-of-fold scores with
each ``--weights`` value on the spaCy classifier (1: the classifier alone, 0: the linear model alone), and
reports each blend where users need it: the modern paragraphs (1995 onwards), their thresholds cross-validated
(placed on every paragraph outside the held-out document group, as ``modern_thresholds.py`` does), with the
95% interval over documents, and the same for all paragraphs. ``--check`` scores labelled files with each
blend, thresholds placed on all out-of-fold scores.

With ``--write WEIGHT`` the linear model is fitted on all training and dev paragraphs and written into the
pipeline's ``kst_themes`` with the blend (``linear/``, ``blend.json``) and the thresholds placed on the blended
out-of-fold scores of every paragraph (the default recipe); the pipeline then scores with the blend.

    nlkst train corpora/themes/train.jsonl --dev corpora/themes/dev.jsonl -o /tmp/themes21
    python training/measure/blend_themes.py /tmp/themes21 corpora/themes/train.jsonl corpora/themes/dev.jsonl \\
        --check corpora/fresh-2026-12-03b/themes.jsonl corpora/fresh-2026-12-04/themes.jsonl
    python training/measure/blend_themes.py /tmp/themes21 corpora/themes/train.jsonl corpora/themes/dev.jsonl \\
        --write 0.5
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from nlkst.linear_themes import BLEND_FILE, LINEAR_DIR, LinearThemeModel, blend, logit, spread
from nlkst.metrics import format_report
from nlkst.schema import THEME_LABELS
from nlkst.train import (LabelledParagraph, choose_thresholds, document_key, out_of_fold_scores, read_labelled)

try:
    from training.corpora.build_theme_corpus import MODERN_SOURCES
    from training.measure.modern_thresholds import cross_validated, labels_for, read_out_of_fold, report
except ImportError:  # run as a script
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from training.corpora.build_theme_corpus import MODERN_SOURCES
    from training.measure.modern_thresholds import cross_validated, labels_for, read_out_of_fold, report

LINEAR_OUT_OF_FOLD = "themes_linear_out_of_fold.jsonl"


def linear_out_of_fold(paragraphs: list[LabelledParagraph], folds: int) -> list[list[float]]:
    """Each paragraph's linear log-odds (``THEME_LABELS`` order) from the model fitted without its fold."""

    def fit_and_score(inside: list[LabelledParagraph], held: list[LabelledParagraph]) -> list[dict[str, float]]:
        model = LinearThemeModel.fit([p.text for p in inside], [p.labels for p in inside])
        return [dict(zip(THEME_LABELS, map(float, row))) for row in model.log_odds([p.text for p in held])]

    return [[scores[label] for label in THEME_LABELS] for scores in out_of_fold_scores(paragraphs, folds,
                                                                                      fit_and_score)]


def blend_settings(spacy_scores: list[dict[str, float]], linear: list[list[float]], weight: float) -> dict:
    spacy_log_odds = [[logit(s.get(label, 0.0)) for label in THEME_LABELS] for s in spacy_scores]
    return {"weight": weight, "spacy": spread(spacy_log_odds), "linear": spread(linear)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pipeline", type=Path, help="a pipeline trained with folds (it holds themes_out_of_fold.jsonl)")
    parser.add_argument("labelled", type=Path, nargs="+", help="the training and dev files it was trained on")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--weights", type=float, nargs="*", default=[1.0, 0.7, 0.5, 0.3, 0.0])
    parser.add_argument("--check", type=Path, nargs="*", default=[], help="labelled files to score each blend on")
    parser.add_argument("--write", type=float, metavar="WEIGHT", help="write the blend with this weight")
    args = parser.parse_args()
    scored, spacy_scores = read_out_of_fold(args.pipeline)
    by_id = {p.paragraph_id: s for p, s in zip(scored, spacy_scores)}
    paragraphs = read_labelled(args.labelled)
    missing = [p.paragraph_id for p in paragraphs if p.paragraph_id not in by_id]
    if missing or len(by_id) != len(paragraphs):
        raise SystemExit(f"{args.pipeline}: its out-of-fold scores are not of these paragraphs ({missing[:3]} ...)")
    spacy_scores = [by_id[p.paragraph_id] for p in paragraphs]
    cache = args.pipeline / LINEAR_OUT_OF_FOLD
    if cache.exists():
        linear = [json.loads(line)["log_odds"] for line in cache.open(encoding="utf-8")]
    else:
        linear = linear_out_of_fold(paragraphs, args.folds)
        with cache.open("w", encoding="utf-8") as out:
            for p, row in zip(paragraphs, linear):
                out.write(json.dumps({"id": p.paragraph_id, "log_odds": row}) + "\n")
    gold = [p.labels for p in paragraphs]
    modern = [p.origin in MODERN_SOURCES for p in paragraphs]
    modern_paragraphs = [p for p, m in zip(paragraphs, modern) if m]
    linear_model = LinearThemeModel.fit([p.text for p in paragraphs], gold) if (args.check or args.write) else None
    checks = []
    if args.check:
        from nlkst.components.themes import ThemeClassifier
        from nlkst.loading import load_pipeline_dir

        component = ThemeClassifier()
        component.classifier = load_pipeline_dir(args.pipeline / "kst_themes" / "classifier")
        for path in args.check:
            checked = read_labelled([path])
            texts = [p.text for p in checked]
            checks.append((path, checked, component.score_texts(texts), linear_model.log_odds(texts)))
    for weight in args.weights:
        settings = blend_settings(spacy_scores, linear, weight)
        blended = blend(spacy_scores, linear, settings)
        predicted = cross_validated(paragraphs, blended, modern, args.folds)["all"]
        print(f"\n== weight {weight} on the spaCy classifier: modern paragraphs out of fold "
              f"({len(modern_paragraphs)}), thresholds cross-validated ==")
        print(format_report(report(predicted, [p.labels for p in modern_paragraphs],
                                   [document_key(p) for p in modern_paragraphs])))
        everything = cross_validated(paragraphs, blended, [True] * len(paragraphs), args.folds)["all"]
        overall = report(everything, gold, [document_key(p) for p in paragraphs])["macro"]
        print(f"all {len(paragraphs)} paragraphs out of fold: macro-F1 {overall['f']:.3f} "
              f"({overall['f_low']:.3f}-{overall['f_high']:.3f})")
        thresholds = choose_thresholds(blended, gold)
        for path, checked, checked_spacy, checked_linear in checks:
            labels = [labels_for(s, thresholds) for s in blend(checked_spacy, checked_linear, settings)]
            scored_check = report(labels, [p.labels for p in checked], [document_key(p) for p in checked])
            macro = scored_check["macro"]
            per_theme = ", ".join(f"{label} {scored_check[label]['p']:.2f}/{scored_check[label]['r']:.2f}"
                                  for label in THEME_LABELS)
            print(f"{path}: macro-F1 {macro['f']:.3f} ({macro['f_low']:.3f}-{macro['f_high']:.3f}); P/R {per_theme}")
    if args.write is not None:
        settings = blend_settings(spacy_scores, linear, args.write)
        thresholds = choose_thresholds(blend(spacy_scores, linear, settings), gold)
        target = args.pipeline / "kst_themes"
        linear_model.to_disk(target / LINEAR_DIR)
        (target / BLEND_FILE).write_text(json.dumps(settings, indent=2), encoding="utf-8")
        (target / "thresholds.json").write_text(json.dumps(thresholds, indent=2), encoding="utf-8")
        print(f"\nblend (weight {args.write}) and its thresholds written to {target}: {thresholds}")


if __name__ == "__main__":
    main()
