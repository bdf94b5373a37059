"""Draw training paragraphs for a blind second reading, where the labels and the classifier disagree most.

A label that was set wrongly once teaches the classifier the wrong thing, and the rare themes
have too few paragraphs to outvote one. The spaCy classifier is cross-validated on train and
dev (``cross_validate_themes``, by document); for each of the rarer themes the paragraphs
that lack the theme but score highest for it, and those that carry it but score lowest,
are drawn, with random controls from the rest so that the reader cannot tell why a paragraph
is there. Test paragraphs are never drawn: reviewing them by the model's errors would tune
the test split to the model.

The sample holds ``id`` and ``text`` only, shuffled, so that the second reading sees neither
the first labels nor the scores; the out-of-fold scores go to ``--scores``.

    python training/corpora/draw_for_review.py corpora/themes -o /tmp/review.jsonl --scores /tmp/oof.jsonl
    python training/corpora/draw_for_review.py corpora/themes -o /tmp/review2.jsonl --scores /tmp/oof2.jsonl \
        --skip corpora/themes/agreement/relabelled*.jsonl --seed 43   # the second round, on the corrected labels

(The second round skipped what ``relabelled.jsonl``, ``relabelled_later.jsonl`` and the first round
had read; ``relabelled_test.jsonl`` came later.)
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from nlkst import pipeline
from nlkst.train import DEFAULT_CONFIG, LabelledParagraph, cross_validate_themes, read_labelled

REVIEWED_THEMES = ("dienstverlening", "wetgeving", "samenwerking", "uitvoeringskracht", "rol_politiek")


def disagreements(paragraphs: list[LabelledParagraph], scores: list[dict[str, float]], candidates: list[int],
                  theme: str, missing: int, doubtful: int) -> list[int]:
    """Of ``candidates``, the ``missing`` top-scored paragraphs without ``theme``, the ``doubtful`` lowest with it."""
    without = sorted((i for i in candidates if theme not in paragraphs[i].labels), key=lambda i: -scores[i][theme])
    carrying = sorted((i for i in candidates if theme in paragraphs[i].labels), key=lambda i: scores[i][theme])
    return without[:missing] + carrying[:doubtful]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="folder with train.jsonl and dev.jsonl")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--scores", type=Path, required=True, help="where the out-of-fold scores are written")
    parser.add_argument("--missing", type=int, default=10, help="per theme: highest-scored paragraphs without it")
    parser.add_argument("--doubtful", type=int, default=6, help="per theme: lowest-scored paragraphs with it")
    parser.add_argument("--controls", type=int, default=20, help="random paragraphs drawn besides")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=41)
    parser.add_argument("--skip", type=Path, nargs="*", default=[],
                        help="JSON Lines whose ids were read a second time already "
                        "(corpora/themes/agreement/relabelled*.jsonl)")
    args = parser.parse_args()

    paths = [args.corpus / "train.jsonl", args.corpus / "dev.jsonl"]
    paragraphs = read_labelled(paths)
    ids = [p.paragraph_id for p in paragraphs]
    scores = cross_validate_themes(DEFAULT_CONFIG, pipeline.build(), paragraphs, args.folds)
    with args.scores.open("w", encoding="utf-8") as out:
        for paragraph_id, paragraph, paragraph_scores in zip(ids, paragraphs, scores):
            out.write(json.dumps({"id": paragraph_id, "labels": paragraph.labels, "scores": paragraph_scores}) + "\n")

    read_twice = {json.loads(line)["id"] for path in args.skip for line in path.read_text("utf-8").splitlines()}
    candidates = [i for i, paragraph_id in enumerate(ids) if paragraph_id not in read_twice]
    drawn: set[int] = set()
    for theme in REVIEWED_THEMES:
        drawn.update(disagreements(paragraphs, scores, candidates, theme, args.missing, args.doubtful))
    rng = random.Random(args.seed)
    rest = [i for i in candidates if i not in drawn]
    drawn.update(rng.sample(rest, args.controls))
    order = sorted(drawn)
    rng.shuffle(order)
    with args.output.open("w", encoding="utf-8") as out:
        for i in order:
            out.write(json.dumps({"id": ids[i], "text": paragraphs[i].text}, ensure_ascii=False) + "\n")
    print(f"{len(order)} paragraphs to read again -> {args.output}; out-of-fold scores -> {args.scores}")


if __name__ == "__main__":
    main()
