"""What the kst_themes fallback (``fallback_ratio``, docs/themes.md) changes on unlabelled text: every paragraph of
the modern pool (modern-gov, modern-letters, modern-aanhangsel, the ParlSpeech sample, the Handelingen XML) and of a
seeded draw of Belgian written questions with their answers, scored once by the shipped pipeline; per source, the
paragraphs, those that reach no threshold and those whose labels the fallback changes; and a seeded draw of changes
to read against the theme rules of ANNOTATION.md section 5. No gold is needed, so it shows where the rule fires
on text no sample holds.

    python training/measure/theme_fallback_pool.py ../shared/corpora --ratio 0.5 --show 20 -o /tmp/changes.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language

from nlkst.components.themes import labels_with_fallback
from nlkst.io import read_sources
from nlkst.io.readers import SourceDocument
from nlkst.schema import PARAGRAPH_SPANS

MODERN_POOL = ("modern-gov", "modern-letters", "modern-aanhangsel", "parlspeech-sample", "handelingen-xml")
THEME_PIPES = ["kst_header", "kst_paragraphs", "kst_themes"]  # the paragraphs and their scores, nothing else


def pool_documents(corpora: Path, questions: int, seed: int) -> list[SourceDocument]:
    """The modern pool's documents and ``questions`` Belgian questions (question and answer as one document),
    drawn with ``seed``; ``read_sources`` passes over the questions' file, whose text is in two fields."""
    documents = [d for d in read_sources([corpora / name for name in MODERN_POOL]) if isinstance(d, SourceDocument)]
    with (corpora / "be-questions" / "questions.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    random.Random(seed).shuffle(rows)
    return documents + [SourceDocument(row["id"], f"{row.get('question') or ''}\n\n{row.get('answer') or ''}",
                                       "be-questions") for row in rows[:questions]]


def fallback_changes(nlp: Language, documents: Iterable[SourceDocument], ratio: float
                     ) -> tuple[dict[str, list[int]], list[dict]]:
    """Per source, [paragraphs, reaching no threshold, changed by the fallback at ``ratio``]; and each change."""
    documents = list(documents)
    themes = nlp.get_pipe("kst_themes")
    counts: dict[str, list[int]] = {}
    changes = []
    with nlp.select_pipes(enable=THEME_PIPES):
        for document, doc in zip(documents, nlp.pipe(d.text for d in documents)):
            source = Path(document.source).parent.name or document.source
            count = counts.setdefault(source, [0, 0, 0])
            for index, span in enumerate(doc.spans.get(PARAGRAPH_SPANS, [])):
                scores, plain = span._.theme_scores, span._.themes
                fallback = labels_with_fallback(scores, themes.thresholds, ratio)
                count[0] += 1
                count[1] += not plain
                if fallback != plain:
                    count[2] += 1
                    changes.append({"source": source, "id": document.id, "paragraph": index, "labels": fallback,
                                    "ratio": round(scores[fallback[0]] / themes.thresholds[fallback[0]], 3),
                                    "text": span.text})
    return counts, changes


def main() -> None:
    import nlkst

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", type=Path, help="../shared/corpora")
    parser.add_argument("--ratio", type=float, default=0.5)
    parser.add_argument("--questions", type=int, default=500, help="Belgian questions drawn")
    parser.add_argument("--seed", type=int, default=0, help="the questions' draw")
    parser.add_argument("--show", type=int, default=20, help="changes printed, drawn with --show-seed")
    parser.add_argument("--show-seed", type=int, default=24)
    parser.add_argument("-o", "--output", type=Path, help="every change, JSON Lines")
    args = parser.parse_args()
    counts, changes = fallback_changes(nlkst.load(), pool_documents(args.corpora, args.questions, args.seed),
                                       args.ratio)
    for source, (paragraphs, reaching_none, changed) in counts.items():
        print(f"{source}: {paragraphs} paragraphs, {reaching_none} reach no threshold, the fallback changes {changed}")
    print(f"all: {sum(c[0] for c in counts.values())} paragraphs, {sum(c[1] for c in counts.values())} reach no "
          f"threshold, the fallback changes {len(changes)}")
    if args.output:
        args.output.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in changes), encoding="utf-8")
    for change in random.Random(args.show_seed).sample(changes, min(args.show, len(changes))):
        print(f"\n## {change['id']} paragraph {change['paragraph']}: {change['labels']} at {change['ratio']}")
        print(change["text"][:700].replace("\n", " "))


if __name__ == "__main__":
    main()
