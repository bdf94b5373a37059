"""Draw batch 22 of the theme corpus: modern passages for train only, chosen by ``nlkst suggest``, plus a random share.

The pool is every Belgian written question and every answer (``../shared/corpora/be-questions``) of a document
that no file under ``corpora/`` holds (any ``doc_id`` or ``id``), that no ``--exclude`` file lists (the blind
samples' document ids) and that ``build_theme_corpus.py`` puts in train, so dev and test and their figures stay
as they are. Debate text is used up: in the session of 2026-12-05 every unheld, unblinded speech of the train
split is shorter than 100 characters and the two unheld Handelingen days are roll calls, so the pool is the
Belgian questions and answers alone (1,471 documents then).

The pool is cut into paragraphs as ``nlkst suggest`` cuts a corpus (``nlkst.suggest.candidate_paragraphs``; a
question and its answer are one document, so at most one paragraph a document), scored by the shipped
classifier, and ``--ranked`` are taken in the order of ``nlkst.suggest.uncertainty_order`` over ``--themes``
(by default the five rarer themes: the score nearest the theme's threshold, theme by theme in turn); then
``--random`` more at random (seed ``--seed``) from documents not yet drawn. A text that a corpus file already
holds, or that the pool repeats (one question put to several ministers), is offered once at most.

    python training/corpora/draw_theme_batch22.py --exclude /work/helpers/blind10_doc_ids.txt -o /tmp/batch22.jsonl

Each line is a corpus record without labels (``id``, ``doc_id``, ``source``, ``start``, ``end``, ``text``) and
``drawn`` (``ranked`` or ``random``); the order is shuffled so that the reading is not steered by the rank.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path

import nlkst
from nlkst.suggest import THEME_COMPONENT, candidate_paragraphs, uncertainty_order

try:
    from training.corpora.build_theme_corpus import split_of
    from training.corpora.draw_theme_batch21 import held_texts
    from training.corpora.sample_modern_themes import _normalised, _records, corpus_documents
except ImportError:  # run as a script: its own folder is on the path
    from build_theme_corpus import split_of
    from draw_theme_batch21 import held_texts
    from sample_modern_themes import _normalised, _records, corpus_documents

WEAK_THEMES = ("rol_politiek", "uitvoeringskracht", "wetgeving", "samenwerking", "dienstverlening")
ANSWER = "/answer"


def question_documents(questions: Path, exclude: set[str], split: str | None = "train") -> list[dict]:
    """The questions and answers of the documents not in ``exclude`` (and in ``split``), as ``nlkst suggest``
    reads a corpus: one record per text, ``id`` the question's id (``/answer`` added for its answer)."""
    records = []
    for question in _records(questions):
        if question["id"] in exclude or (split and split_of({"doc_id": question["id"]}) != split):
            continue
        for part, key in (("", "question"), (ANSWER, "answer")):
            if (question.get(key) or "").strip():
                records.append({"id": question["id"] + part, "text": question[key], "source": "be-questions"})
    return records


def as_corpus_record(paragraph: dict) -> dict:
    """A suggested paragraph as a corpus line: its document is the question, the answer part stays in the id."""
    return {"id": paragraph["id"], "doc_id": paragraph["doc_id"].removesuffix(ANSWER), "source": "be-questions",
            "start": paragraph["start"], "end": paragraph["end"], "text": paragraph["text"]}


def choose(paragraphs: list[dict], thresholds: dict[str, float], ranked: int, at_random: int,
           rng: random.Random, themes=WEAK_THEMES, held: set[str] = frozenset()) -> list[dict]:
    """``ranked`` paragraphs by ``uncertainty_order`` and ``at_random`` more, one per document, each text once,
    none whose normalised text is in ``held``; the result shuffled."""
    unique: dict[str, dict] = {}
    for paragraph in paragraphs:
        key = _normalised(paragraph["text"])
        if key not in held:
            unique.setdefault(key, paragraph)
    pool = list(unique.values())
    documents = [p["doc_id"].removesuffix(ANSWER) for p in pool]
    order = uncertainty_order([p["scores"] for p in pool], thresholds, documents, ranked, 1, themes)
    chosen = [dict(as_corpus_record(pool[i]), drawn="ranked") for i in order]
    drawn_documents = {documents[i] for i in order}
    rest = [i for i in range(len(pool)) if documents[i] not in drawn_documents]
    rng.shuffle(rest)
    for i in rest:
        if at_random == 0:
            break
        if documents[i] not in drawn_documents:
            drawn_documents.add(documents[i])
            chosen.append(dict(as_corpus_record(pool[i]), drawn="random"))
            at_random -= 1
    rng.shuffle(chosen)
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--corpora", type=Path, default=Path("corpora"))
    parser.add_argument("--exclude", type=Path, nargs="*", default=[], help="files of document ids never drawn")
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--ranked", type=int, default=120)
    parser.add_argument("--random", type=int, default=40)
    parser.add_argument("--themes", nargs="+", default=list(WEAK_THEMES))
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    exclude = {line for path in args.exclude for line in path.read_text("utf-8").split()}
    exclude |= corpus_documents(args.corpora)
    records = question_documents(args.shared / "corpora/be-questions/questions.jsonl", exclude)
    nlp = nlkst.load()
    with tempfile.TemporaryDirectory() as folder:
        pool_file = Path(folder) / "pool.jsonl"
        pool_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
        paragraphs = candidate_paragraphs(nlp, [pool_file])
    thresholds = nlp.get_pipe(THEME_COMPONENT).thresholds
    chosen = choose(paragraphs, thresholds, args.ranked, args.random, random.Random(args.seed), tuple(args.themes),
                    held_texts(args.corpora))
    with args.output.open("w", encoding="utf-8") as out:
        for record in chosen:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} texts of the pool, {len(paragraphs)} paragraphs; {len(chosen)} drawn to {args.output}")


if __name__ == "__main__":
    main()
