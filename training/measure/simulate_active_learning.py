"""Is the labelling loop (``nlkst suggest``) worth it? A simulation on the labelled corpus.

The training split stands in for the unlabelled pool: its labels are hidden until a
paragraph is "labelled". Both strategies start from the same 50 paragraphs drawn at random
and then add rounds of 50: ``suggest`` takes the 50 that ``nlkst.suggest.uncertainty_order``
picks (the paragraphs whose scores lie nearest their theme's threshold, round the themes in
turn, one per document per round), ``random`` takes 50 at random. After each round a
classifier is trained on the labelled paragraphs, its thresholds are chosen on the dev split
(fixed, never in the pool) and it is scored on the modern test split (``test_modern.jsonl``),
the headline split. Each strategy runs for ``--seeds`` different starting draws; the table and
the plot give the mean macro-F1 per number of labels, with the lowest and highest run.

The learner is the TF-IDF + logistic-regression baseline (``training/measure/baseline_themes.py``),
which fits in seconds, so that 2 strategies x 2 seeds x 15 fits are 60 fits rather than
60 spaCy trainings; ``--learner spacy`` uses the shipped config (``nlkst/configs/themes_cpu.cfg``)
instead, a few minutes per fit.

    python training/measure/simulate_active_learning.py corpora/themes -o docs/active-learning
    python training/measure/simulate_active_learning.py corpora/themes -o /tmp/al-spacy --learner spacy \\
        --rounds 8 --seeds 1

writes ``active-learning.png``, ``.svg`` and ``.json`` (the curves) and prints the table.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from collections.abc import Callable

import numpy

from nlkst.schema import THEME_LABELS
from nlkst.suggest import uncertainty_order
from nlkst.metrics import score_labels
from nlkst.train import (
    DEFAULT_CONFIG,
    LabelledParagraph,
    choose_thresholds,
    document_key,
    held_out_theme_scores,
    read_labelled,
)

Scorer = Callable[[list[LabelledParagraph]], list[dict[str, float]]]
Learner = Callable[[list[LabelledParagraph]], Scorer]


def sklearn_learner(labelled: list[LabelledParagraph]) -> Scorer:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script, training/ is not a package
    from training.measure.baseline_themes import _fit

    return _fit(labelled)


def spacy_learner(labelled: list[LabelledParagraph]) -> Scorer:
    import nlkst

    nlp = nlkst.pipeline.build()

    def scores(paragraphs: list[LabelledParagraph]) -> list[dict[str, float]]:
        return held_out_theme_scores(DEFAULT_CONFIG, nlp, labelled, paragraphs)

    return scores


def run(pool: list[LabelledParagraph], dev: list[LabelledParagraph], test: list[LabelledParagraph],
        learner: Learner, strategy: str, seed: int, rounds: int, batch: int = 50) -> list[tuple[int, float]]:
    """(labels used, test macro-F1) after the first draw and after each round of ``strategy``."""
    rng = random.Random(seed)
    order = list(range(len(pool)))
    rng.shuffle(order)
    labelled = order[:batch]
    curve = []
    for round_ in range(rounds + 1):
        paragraphs = [pool[i] for i in labelled]
        if not any(p.labels for p in paragraphs):  # a learner needs both classes of something
            paragraphs = paragraphs + [next(p for p in pool if p.labels)]
        score = learner(paragraphs)
        together = score(dev + test + ([pool[i] for i in range(len(pool))] if strategy == "suggest" else []))
        dev_scores, test_scores = together[:len(dev)], together[len(dev):len(dev) + len(test)]
        thresholds = choose_thresholds(dev_scores, [p.labels for p in dev])
        predicted = [[label for label in THEME_LABELS if s[label] >= thresholds[label]] for s in test_scores]
        macro = score_labels(predicted, [p.labels for p in test])["macro"]["f"]
        curve.append((len(labelled), macro))
        print(f"{strategy:<8} seed {seed} round {round_:>2}: {len(labelled):>5} labels, macro-F1 {macro:.3f}",
              flush=True)
        if round_ == rounds:
            break
        taken = set(labelled)
        unlabelled = [i for i in range(len(pool)) if i not in taken]
        if strategy == "random":
            chosen = [i for i in order if i not in taken][:batch]
        else:
            pool_scores = together[len(dev) + len(test):]
            picks = uncertainty_order([pool_scores[i] for i in unlabelled], thresholds,
                                      [document_key(pool[i]) for i in unlabelled], batch)
            chosen = [unlabelled[j] for j in picks]
        labelled = labelled + chosen
    return curve


def labels_to_reach(curve: list[tuple[int, float]], target: float) -> int | None:
    """The fewest labels at which ``curve`` reaches ``target``; ``None`` if it never does."""
    return next((labels for labels, macro in curve if macro >= target), None)


def plot(curves: dict[str, numpy.ndarray], labels: list[int], output: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(7, 4.2))
    for strategy, colour in (("suggest", "tab:blue"), ("random", "tab:grey")):
        runs = curves[strategy]
        axes.plot(labels, runs.mean(axis=0), color=colour, marker="o", markersize=3,
                  label=f"{'nlkst suggest' if strategy == 'suggest' else 'random draws'} (mean of {len(runs)})")
        axes.fill_between(labels, runs.min(axis=0), runs.max(axis=0), color=colour, alpha=0.15)
    axes.set_xlabel("labelled paragraphs")
    axes.set_ylabel("macro-F1, modern test split")
    axes.set_title(title, fontsize=10)
    axes.grid(alpha=0.3)
    axes.legend(loc="lower right")
    figure.tight_layout()
    for suffix in (".png", ".svg"):
        figure.savefig(output.with_suffix(suffix), dpi=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="directory with train.jsonl, dev.jsonl and test_modern.jsonl")
    parser.add_argument("-o", "--output", type=Path, default=Path("docs/active-learning"),
                        help="path without suffix for the .png, .svg and .json")
    parser.add_argument("--learner", choices=("sklearn", "spacy"), default="sklearn")
    parser.add_argument("--rounds", type=int, default=14)
    parser.add_argument("--seeds", type=int, default=2)
    args = parser.parse_args()
    pool = read_labelled([args.corpus / "train.jsonl"])
    dev = read_labelled([args.corpus / "dev.jsonl"])
    test = read_labelled([args.corpus / "test_modern.jsonl"])
    learner = sklearn_learner if args.learner == "sklearn" else spacy_learner
    results = {strategy: [run(pool, dev, test, learner, strategy, seed, args.rounds) for seed in range(args.seeds)]
               for strategy in ("random", "suggest")}
    labels = [n for n, _ in results["random"][0]]
    curves = {strategy: numpy.array([[macro for _, macro in curve] for curve in runs])
              for strategy, runs in results.items()}
    mean = {strategy: list(zip(labels, runs.mean(axis=0))) for strategy, runs in curves.items()}
    final = mean["random"][-1][1]
    reach = labels_to_reach(mean["suggest"], final)
    print(f"\n{'labels':>6} {'random':>8} {'suggest':>8}")
    for (n, r), (_, s) in zip(mean["random"], mean["suggest"]):
        print(f"{n:>6} {r:>8.3f} {s:>8.3f}")
    print(f"\nrandom draws reach {final:.3f} with {labels[-1]} labels; suggest reaches it with "
          + (f"{reach} labels" if reach is not None else "none of the rounds"))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.with_suffix(".json").write_text(json.dumps(
        {"learner": args.learner, "labels": labels, "final_random": final, "suggest_reaches_it_at": reach,
         "curves": {s: runs.tolist() for s, runs in curves.items()}}, indent=1), encoding="utf-8")
    plot(curves, labels, args.output,
         f"Labelling in rounds of 50: nlkst suggest against random draws ({args.learner} learner)")


if __name__ == "__main__":
    main()
