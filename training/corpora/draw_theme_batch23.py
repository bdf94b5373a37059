"""Draw batch 23 of the theme corpus: modern passages ranked by ``nlkst suggest`` for rol_politiek and wetgeving, plus
a random share of a third.

The pool is the modern pool less every document that must not be drawn: any document that a JSON Lines file under
``corpora/`` holds (the theme corpus and its test splits, the entity, reference and header corpora and every fresh
sample ``corpora/fresh-*``), any document that ``build_theme_corpus.py`` would put in the test split (so the test
splits stay as they are), and any document an ``--exclude`` file names (the blind samples' ids; an id ``doc:offset``
names its whole document). What is left of the modern pool on 2026-12-05 is the Belgian written questions and their
answers (``be-questions``) of the train and dev documents: the speeches of ``parlspeech-sample`` that no corpus
holds are all shorter than 100 characters, modern-gov's unheld paragraphs all belong to repositories the blind list
names, the one unheld, unblinded 2018 Handelingen day that goes to train or dev is a one-line announcement (no
absences), and the modern letter is in the corpus. So the pool is those questions and answers, read and scored as
batch 22's were (``draw_theme_batch22.question_documents`` and ``choose``: ``nlkst.suggest``'s paragraphs and
``uncertainty_order``), ``--ranked`` taken for ``--themes`` in turn (by default rol_politiek and wetgeving, the two
themes with the fewest modern positives) and ``--random`` more at random (seed ``--seed``) from documents not yet
drawn; one paragraph a document, each text once, none a corpus file holds.

    python training/corpora/draw_theme_batch23.py --exclude /work/helpers/blind12_doc_ids.txt -o /tmp/batch23.jsonl

Run on the corpora as they were before the batch (``git archive c10c355 corpora | tar -x -C /tmp/before`` and
``--corpora /tmp/before/corpora``), it gives the 150 lines of batch 23 in the same order.

Each line is a corpus record without labels (``id``, ``doc_id``, ``source``, ``start``, ``end``, ``text``) and
``drawn`` (``ranked`` or ``random``), shuffled so that the reading is not steered by the rank.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path

import nlkst
from nlkst.suggest import THEME_COMPONENT, candidate_paragraphs

try:
    from training.corpora.build_theme_corpus import split_of
    from training.corpora.draw_theme_batch21 import held_texts
    from training.corpora.draw_theme_batch22 import ANSWER, choose, question_documents
    from training.corpora.sample_modern_themes import corpus_documents
except ImportError:  # run as a script: its own folder is on the path
    from build_theme_corpus import split_of
    from draw_theme_batch21 import held_texts
    from draw_theme_batch22 import ANSWER, choose, question_documents
    from sample_modern_themes import corpus_documents

THIN_THEMES = ("rol_politiek", "wetgeving")
SPLITS = ("train", "dev")


def excluded_documents(exclude_files: list[Path], corpora: Path) -> set[str]:
    """The document ids never drawn: each id of the ``exclude_files`` and its document (up to the first ``:``), and
    every document a corpus under ``corpora`` holds."""
    exclude = set()
    for path in exclude_files:
        for line in path.read_text("utf-8").split():
            exclude.update({line, line.split(":")[0]})
    return exclude | corpus_documents(corpora)


def pool_records(questions: Path, exclude: set[str], splits=SPLITS) -> list[dict]:
    """The questions and answers of the documents not in ``exclude`` that go to one of ``splits``."""
    return [record for record in question_documents(questions, exclude, split=None)
            if split_of({"doc_id": record["id"].removesuffix(ANSWER)}) in splits]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--corpora", type=Path, default=Path("corpora"))
    parser.add_argument("--exclude", type=Path, nargs="*", default=[], help="files of document ids never drawn")
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--ranked", type=int, default=100)
    parser.add_argument("--random", type=int, default=50)
    parser.add_argument("--themes", nargs="+", default=list(THIN_THEMES))
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    exclude = excluded_documents(args.exclude, args.corpora)
    records = pool_records(args.shared / "corpora/be-questions/questions.jsonl", exclude)
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
