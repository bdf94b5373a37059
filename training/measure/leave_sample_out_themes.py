"""Leave one fresh sample out: do the blind-labelled fresh samples help the theme classifier on modern text?

The fresh samples (``corpora/fresh-*/themes.jsonl``: random modern paragraphs, mostly Belgian questions and
Tweede Kamer speeches, labelled by others) have all been scored, so they are development data now. This script
asks, sample by sample, whether

(a) **training** on the other samples' paragraphs (beside the project's train and dev),
(b) **placing the thresholds** on modern paragraphs, the other samples' included, and/or
(c) **another decision rule** for the rarer themes (per-source thresholds; the best theme of a paragraph that
    none reaches, where it reaches a share of its threshold)

labels the left-out sample better than the shipped classifier does. Each arm labels every sample with
thresholds and a classifier that never saw it; the labels are pooled over the samples and scored once (per-label
P / R / F1, macro-F1 with its 95% interval over documents).

``train`` runs the classifiers (``nlkst/configs/themes_cpu.cfg``, the last model after its epochs, as the shipped
recipe's folds) and writes each paragraph's scores to ``WORK/scores.jsonl``:

- one fold per fresh sample: trained on train + dev + the other samples, scoring the sample;
- ``--folds`` folds of train + dev by document (``document_bucket``): trained on the rest and every sample,
  scoring the fold. Together these are the out-of-fold scores on which the arms with (a) place thresholds.

A paragraph of a document that the scored side also holds is left out of training, so no document is on both
sides. A fold's thresholds are placed on the out-of-fold scores of everything but the left-out sample; those
scores come from classifiers that did see the left-out sample (one model per fold would need folds within
folds), which is the only way its labels reach its thresholds.

``score`` compares the arms on those scores and on the classifiers given by ``--model`` (the shipped one, a
pipeline retrained on train + dev the shipped way whose ``themes_out_of_fold.jsonl`` it reads):

    python training/measure/leave_sample_out_themes.py train corpora/fresh-*/themes.jsonl -w /tmp/loso
    python training/measure/leave_sample_out_themes.py score corpora/fresh-*/themes.jsonl -w /tmp/loso \\
        --retrained /tmp/themes_b23 --placing UNSEEN.jsonl

(``UNSEEN.jsonl``: the modern paragraphs of train and dev that the shipped classifier was not trained on.)

``final`` trains the classifier of arm (a) on everything and writes it, with the thresholds of the arm named by
``--arm``, into a copy of a pipeline (``-o``).
"""

from __future__ import annotations

import argparse
import functools
import json
import shutil
from collections.abc import Callable
from pathlib import Path

from nlkst import pipeline
from nlkst.components.themes import FALLBACK_THEMES, labels_with_fallback
from nlkst.metrics import add_common_macro_f1, add_macro_f1_interval, score_labels
from nlkst.schema import THEME_LABELS
from nlkst.train import (
    DEFAULT_CONFIG,
    OUT_OF_FOLD_FILE,
    LabelledParagraph,
    _score_with,
    _spacy_train,
    _theme_docs,
    choose_thresholds,
    document_bucket,
    document_key,
    read_labelled,
)

try:
    from training.corpora.build_theme_corpus import MODERN_SOURCES
    from training.measure.compare_theme_models import paired_difference
except ImportError:  # run as a script
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from training.corpora.build_theme_corpus import MODERN_SOURCES
    from training.measure.compare_theme_models import paired_difference

SCORES_FILE = "scores.jsonl"
RARE = FALLBACK_THEMES
TRAIN = [Path("corpora/themes/train.jsonl"), Path("corpora/themes/dev.jsonl")]
MIN_SOURCE_POSITIVES = 10  # a per-source threshold only where the source has this many positives of the theme


def key(paragraph: LabelledParagraph) -> str:
    return f"{paragraph.source}\t{paragraph.paragraph_id}\t{paragraph.text[:60]}"


def fold_plan(samples: list[list[LabelledParagraph]], own: list[LabelledParagraph],
              folds: int) -> list[tuple[str, list[LabelledParagraph], list[LabelledParagraph]]]:
    """(name, inside, held) per fold: one per fresh sample, then ``folds`` of the project's own paragraphs."""
    plan = []
    everything = own + [p for sample in samples for p in sample]
    for n, sample in enumerate(samples):
        plan.append((f"sample{n}", sample, everything))
    buckets = [document_bucket(p, folds) for p in own]
    for fold in range(folds):
        plan.append((f"own{fold}", [p for p, b in zip(own, buckets) if b == fold], everything))
    result = []
    for name, held, pool in plan:
        held_keys = {key(p) for p in held}
        held_documents = {document_key(p) for p in held}
        inside = [p for p in pool if key(p) not in held_keys and document_key(p) not in held_documents]
        result.append((name, inside, held))
    return result


def run_folds(samples: list[list[LabelledParagraph]], own: list[LabelledParagraph], folds: int, work: Path,
              config: Path) -> None:
    """Train each fold's classifier and append its held paragraphs' scores (a fold already written is skipped)."""
    work.mkdir(parents=True, exist_ok=True)
    nlp = pipeline.build()
    for name, inside, held in fold_plan(samples, own, folds):
        path = work / f"{name}.jsonl"
        if path.exists():
            continue
        print(f"{name}: training on {len(inside)}, scoring {len(held)}", flush=True)
        classifier = _spacy_train(config, _theme_docs(nlp, inside), _theme_docs(nlp, held), -1, None, last=True)
        scores = _score_with(classifier, held)
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as out:
            for paragraph, paragraph_scores in zip(held, scores):
                out.write(json.dumps({"key": key(paragraph), "scores": paragraph_scores}) + "\n")
        tmp.rename(path)


def read_fold_scores(work: Path) -> dict[str, dict[str, float]]:
    scores = {}
    for path in sorted(work.glob("*.jsonl")):
        if path.name.startswith(("sample", "own")):
            for line in path.open(encoding="utf-8"):
                record = json.loads(line)
                scores[record["key"]] = record["scores"]
    return scores


def modern(paragraph: LabelledParagraph) -> bool:
    return paragraph.origin in MODERN_SOURCES


def labels_for(scores: dict[str, float], thresholds: dict[str, float]) -> list[str]:
    return [label for label in THEME_LABELS if scores.get(label, 0.0) >= thresholds[label]]


Rule = Callable[[list[LabelledParagraph], list[dict[str, float]], list[LabelledParagraph], list[dict[str, float]]],
                list[list[str]]]


def global_rule(placing: list[LabelledParagraph], placing_scores: list[dict[str, float]],
                held: list[LabelledParagraph], held_scores: list[dict[str, float]]) -> list[list[str]]:
    thresholds = choose_thresholds(placing_scores, [p.labels for p in placing])
    return [labels_for(s, thresholds) for s in held_scores]


def per_source_rule(placing: list[LabelledParagraph], placing_scores: list[dict[str, float]],
                    held: list[LabelledParagraph], held_scores: list[dict[str, float]]) -> list[list[str]]:
    """Thresholds placed on the paragraphs of the held paragraph's source, per theme, where that source holds
    ``MIN_SOURCE_POSITIVES`` positives of it; otherwise the threshold placed on all."""
    overall = choose_thresholds(placing_scores, [p.labels for p in placing])
    by_source: dict[str, dict[str, float]] = {}
    for source in {p.origin for p in held}:
        indices = [i for i, p in enumerate(placing) if p.origin == source]
        own = choose_thresholds([placing_scores[i] for i in indices], [placing[i].labels for i in indices])
        by_source[source] = {
            label: own[label] if sum(label in placing[i].labels for i in indices) >= MIN_SOURCE_POSITIVES
            else overall[label] for label in THEME_LABELS}
    return [labels_for(s, by_source[p.origin]) for p, s in zip(held, held_scores)]


def best_theme_rule(placing: list[LabelledParagraph], placing_scores: list[dict[str, float]],
                    held: list[LabelledParagraph], held_scores: list[dict[str, float]],
                    ratios: tuple[float, ...] | None = None) -> list[list[str]]:
    """Global thresholds; a paragraph that reaches none gets the theme with the highest score-to-threshold ratio
    where that ratio reaches ``r``, with ``r`` chosen (from ``ratios``, ``BEST_THEME_RATIOS`` unless given) for the best
    macro-F1 on the placing side."""
    thresholds = choose_thresholds(placing_scores, [p.labels for p in placing])
    gold = [p.labels for p in placing]

    def macro(r: float) -> tuple[float, float]:
        predicted = [best_theme_labels(s, thresholds, r) for s in placing_scores]
        return score_labels(predicted, gold)["macro"]["f"], r

    best = max(ratios or BEST_THEME_RATIOS, key=macro)
    return [best_theme_labels(s, thresholds, best) for s in held_scores]


BEST_THEME_RATIOS = (1.0, 0.8, 0.6, 0.5, 0.4, 0.3, 0.2)


def best_theme_labels(scores: dict[str, float], thresholds: dict[str, float], r: float) -> list[str]:
    """The themes over their thresholds; where there are none, the rarer theme (``RARE``) with the highest
    score-to-threshold ratio, if that ratio reaches ``r``: the component's ``fallback_ratio`` rule."""
    return labels_with_fallback(scores, thresholds, r)


def pooled(samples: list[list[LabelledParagraph]], held_scores: list[list[dict[str, float]]],
           placing_for: Callable[[int], tuple[list[LabelledParagraph], list[dict[str, float]]]],
           rule: Rule) -> tuple[list[list[str]], list[list[str]], list[str]]:
    predicted, gold, groups = [], [], []
    for n, sample in enumerate(samples):
        placing, placing_scores = placing_for(n)
        predicted += rule(placing, placing_scores, sample, held_scores[n])
        gold += [p.labels for p in sample]
        groups += [document_key(p) for p in sample]
    return predicted, gold, groups


def report(predicted: list[list[str]], gold: list[list[str]], groups: list[str]) -> dict[str, dict[str, float]]:
    scored = score_labels(predicted, gold)
    add_macro_f1_interval(scored, predicted, gold, groups)
    add_common_macro_f1(scored, predicted, gold, groups)
    return scored


def row(name: str, scored: dict[str, dict[str, float]], difference: str) -> str:
    macro = scored["macro"]
    interval = f"{macro['f_low']:.3f}-{macro['f_high']:.3f}" if "f_low" in macro else ""
    rare_recall = sum(scored[label]["r"] for label in RARE) / len(RARE)
    cells = [f"{scored[label]['p']:.2f} / {scored[label]['r']:.2f} / {scored[label]['f']:.2f}"
             for label in THEME_LABELS]
    return (f"| {name} | **{macro['f']:.3f}** ({interval}) | {difference} | {rare_recall:.3f} | "
            + " | ".join(cells) + " |")


def read_oof(path: Path) -> dict[str, tuple[LabelledParagraph, dict[str, float]]]:
    """A pipeline's out-of-fold scores by paragraph id and document (the file keeps no text)."""
    if path.is_dir():
        path = path / OUT_OF_FOLD_FILE
    by_id = {}
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        by_id[f"{record['doc_id']}\t{record['id']}"] = record
    return by_id


def score_arms(sample_paths: list[Path], work: Path, models: dict[str, Path], retrained: Path | None,
               placing_paths: list[Path]) -> None:
    samples = [read_labelled([path]) for path in sample_paths]
    own = read_labelled(TRAIN)
    fold = read_fold_scores(work)
    missing = [p for p in own + [q for s in samples for q in s] if key(p) not in fold]
    if missing:
        raise SystemExit(f"{len(missing)} paragraphs have no fold scores yet: run `train` first")
    own_scores = [fold[key(p)] for p in own]
    sample_scores = [[fold[key(p)] for p in sample] for sample in samples]

    def others(n: int, only_modern: bool, with_own: bool = True) -> tuple[list, list]:
        paragraphs, scores = [], []
        if with_own:
            for p, s in zip(own, own_scores):
                if not only_modern or modern(p):
                    paragraphs.append(p)
                    scores.append(s)
        for m, sample in enumerate(samples):
            if m != n:
                paragraphs += sample
                scores += sample_scores[m]
        return paragraphs, scores

    print(f"{sum(map(len, samples))} paragraphs in {len(samples)} samples: "
          + ", ".join(f"{path.parent.name} {len(s)}" for path, s in zip(sample_paths, samples)))
    header = ("| classifier and rule | pooled macro-F1 (95% interval) | minus the first row, same document draws | "
              "mean recall, 5 rarer themes | " + " | ".join(f"{label} P / R / F1" for label in THEME_LABELS) + " |")
    rows: list[tuple[str, tuple]] = []

    # Classifiers that saw no fresh sample: the shipped one (and any other pipeline) with its own thresholds,
    # and with thresholds placed on the other samples' paragraphs (b), alone or beside the retrained one's
    # out-of-fold modern scores.
    for name, model in models.items():
        nlp = pipeline.load(model)
        component = nlp.get_pipe("kst_themes")
        scores = [component.score_texts(p.text for p in sample) for sample in samples]
        fixed = [[component.labels_for(s) for s in sample_scores_] for sample_scores_ in scores]
        rows.append((f"{name}, its own thresholds",
                     ([x for f in fixed for x in f], [p.labels for s in samples for p in s],
                      [document_key(p) for s in samples for p in s])))

        def fresh_only(n: int, scores: list = scores) -> tuple[list, list]:
            paragraphs, placing = [], []
            for m, sample in enumerate(samples):
                if m != n:
                    paragraphs += sample
                    placing += scores[m]
            return paragraphs, placing

        rows.append((f"{name}, thresholds on the other samples (b)",
                     pooled(samples, scores, fresh_only, global_rule)))
        if placing_paths:
            extra = read_labelled(placing_paths)
            extra_scores = component.score_texts(p.text for p in extra)

            def fresh_and_extra(n: int, fresh_only: Callable = fresh_only, extra: list = extra,
                                extra_scores: list = extra_scores) -> tuple[list, list]:
                paragraphs, placing = fresh_only(n)
                return extra + paragraphs, extra_scores + placing

            for rule_name, rule in (("(b)", global_rule), ("(b) + (c) per source", per_source_rule),
                                    ("(b) + (c) best theme", best_theme_rule)):
                rows.append((f"{name}, {rule_name}: thresholds on the other samples + --placing",
                             pooled(samples, scores, fresh_and_extra, rule)))
    if retrained:
        oof = read_oof(retrained)
        nlp = pipeline.load(retrained)
        component = nlp.get_pipe("kst_themes")
        scores = [component.score_texts(p.text for p in sample) for sample in samples]
        rows.append(("retrained on train + dev, its own thresholds (the shipped recipe)",
                     ([component.labels_for(s) for sample_scores_ in scores for s in sample_scores_],
                      [p.labels for s in samples for p in s], [document_key(p) for s in samples for p in s])))
        modern_oof = [(LabelledParagraph(text="", labels=r["labels"], entities=None, source="oof",
                                         document=r["doc_id"], paragraph_id=r["id"], origin=r["source"]),
                       r["scores"]) for r in oof.values() if r["source"] in MODERN_SOURCES]

        def modern_and_fresh(n: int, scores: list = scores) -> tuple[list, list]:
            paragraphs = [p for p, _ in modern_oof]
            placing = [s for _, s in modern_oof]
            for m, sample in enumerate(samples):
                if m != n:
                    paragraphs += sample
                    placing += scores[m]
            return paragraphs, placing

        rows.append(("retrained on train + dev, thresholds on its modern out-of-fold scores + the other samples (b)",
                     pooled(samples, scores, modern_and_fresh, global_rule)))
        rows.append(("retrained on train + dev, (b) + (c) thresholds per source",
                     pooled(samples, scores, modern_and_fresh, per_source_rule)))
        rows.append(("retrained on train + dev, (b) + (c) best theme where none reaches its threshold",
                     pooled(samples, scores, modern_and_fresh, best_theme_rule)))
    # (a): trained with the other samples; thresholds and rules placed on the out-of-fold scores.
    arms: list[tuple[str, Callable[[int], tuple[list, list]], Rule]] = [
        ("(a) trained with the other samples, thresholds on all out-of-fold scores", lambda n: others(n, False),
         global_rule),
        ("(a)+(b) the same, thresholds on modern out-of-fold scores only", lambda n: others(n, True), global_rule),
        ("(a)+(b) the same, thresholds on the other samples only", lambda n: others(n, True, with_own=False),
         global_rule),
        ("(a)+(c) thresholds per source (modern out-of-fold scores)", lambda n: others(n, True), per_source_rule),
        ("(a)+(c) best theme where none reaches its threshold (modern out-of-fold scores)",
         lambda n: others(n, True), best_theme_rule),
        ("(a)+(c) the same with the ratio fixed at 0.5 (not chosen on placing data; for information)",
         lambda n: others(n, True), functools.partial(best_theme_rule, ratios=(0.5,))),
    ]
    for name, placing_for, rule in arms:
        rows.append((name, pooled(samples, sample_scores, placing_for, rule)))
    print(header)
    print("|" + "---|" * (4 + len(THEME_LABELS)))
    first = rows[0][1][0]
    for n, (name, (predicted, gold, groups)) in enumerate(rows):
        difference = ""
        if n:
            diff, low, high = paired_difference(predicted, first, gold, groups)
            difference = f"{diff:+.3f} ({low:+.3f} to {high:+.3f})"
        print(row(name, report(predicted, gold, groups), difference), flush=True)


def final(sample_paths: list[Path], work: Path, base: Path, output: Path, arm: str, config: Path) -> None:
    """Arm (a)'s classifier trained on train + dev + every sample, thresholds placed on all out-of-fold scores
    (``all``) or the modern ones (``modern``), written into a copy of ``base``."""
    samples = [p for path in sample_paths for p in read_labelled([path])]
    own = read_labelled(TRAIN)
    dev = read_labelled(TRAIN[1:])
    fold = read_fold_scores(work)
    placing = [p for p in own + samples if arm == "all" or modern(p)]
    thresholds = choose_thresholds([fold[key(p)] for p in placing], [p.labels for p in placing])
    nlp = pipeline.build()
    classifier = _spacy_train(config, _theme_docs(nlp, own + samples), _theme_docs(nlp, dev), -1, None, last=True)
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(base, output)
    themes = output / "kst_themes"
    shutil.rmtree(themes / "classifier")
    classifier.to_disk(themes / "classifier")
    (themes / "thresholds.json").write_text(json.dumps(thresholds, indent=2), encoding="utf-8")
    print(json.dumps(thresholds, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stage", choices=("train", "score", "final"))
    parser.add_argument("samples", nargs="+", type=Path, help="the fresh samples' themes.jsonl")
    parser.add_argument("-w", "--work", type=Path, required=True, help="folder for the folds' scores")
    parser.add_argument("--folds", type=int, default=5, help="folds of the project's own train + dev")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    parser.add_argument("--model", action="append", default=[], help="NAME=PIPELINE to score as it is "
                        "(shipped: the packaged pipeline)")
    parser.add_argument("--placing", type=Path, nargs="*", default=[], help="labelled modern paragraphs that the "
                        "--model classifiers did not see, for their thresholds beside the other samples")
    parser.add_argument("--retrained", type=Path, help="a pipeline trained on train + dev by `nlkst train`")
    parser.add_argument("--base", type=Path, help="final: the pipeline to copy (default: the packaged one)")
    parser.add_argument("-o", "--output", type=Path, help="final: where the pipeline goes")
    parser.add_argument("--arm", choices=("all", "modern"), default="all", help="final: where thresholds go")
    args = parser.parse_args()
    if args.stage == "train":
        run_folds([read_labelled([path]) for path in args.samples], read_labelled(TRAIN), args.folds, args.work,
                  args.config)
    elif args.stage == "score":
        models = {}
        for item in args.model or ["shipped=shipped"]:
            name, _, where = item.partition("=")
            models[name] = pipeline.DEFAULT_MODEL_DIR if where == "shipped" else Path(where)
        score_arms(args.samples, args.work, models, args.retrained, args.placing)
    else:
        if not args.output:
            parser.error("final needs -o")
        final(args.samples, args.work, args.base or pipeline.DEFAULT_MODEL_DIR, args.output, args.arm,
              args.config)


if __name__ == "__main__":
    main()
