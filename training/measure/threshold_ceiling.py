"""How much of the theme classifier's shortfall is its thresholds, and how much its ranking.

The labelled paragraphs are scored by a pipeline, then labelled twice: with the thresholds
it ships (what ``nlkst evaluate`` reports) and with the thresholds that are best for these
very paragraphs, chosen on their own gold labels as ``nlkst train`` chooses them on dev.
The second is not a fair score, it is a ceiling: no choice of thresholds does better with
these scores, so a gap to a target that remains there has to be closed by better scores.

    python training/measure/threshold_ceiling.py corpora/themes/test.jsonl
"""

from __future__ import annotations

import argparse
from pathlib import Path

import nlkst
from nlkst.components.themes import ThemeClassifier
from nlkst.metrics import format_reports, score_labels
from nlkst.train import choose_thresholds, read_labelled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, nargs="+", help="labelled paragraphs, JSON Lines")
    parser.add_argument("--model", help="pipeline directory; default: the shipped one")
    args = parser.parse_args()
    paragraphs = [p for p in read_labelled(args.data) if p.labels is not None]
    shipped = nlkst.load(args.model).get_pipe("kst_themes")
    scores = shipped.score_texts(p.text for p in paragraphs)
    gold = [p.labels for p in paragraphs]
    best = ThemeClassifier(thresholds=choose_thresholds(scores, gold))
    print(format_reports({
        "with the shipped thresholds": score_labels([shipped.labels_for(s) for s in scores], gold),
        "with the best thresholds for these paragraphs (a ceiling, not a score)":
            score_labels([best.labels_for(s) for s in scores], gold),
    }))


if __name__ == "__main__":
    main()
