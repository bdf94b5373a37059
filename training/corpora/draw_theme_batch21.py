"""Draw batch 21 of the theme corpus: modern passages for train only, leaving out every text a corpus holds.

Batches 19-20 (``sample_modern_themes.py --exclude-corpora``) left out whole documents that any corpus of the
project holds. The 2018 Handelingen are one document per plenary day, and every day but three is held or in
the blind list, so this draw leaves out *texts* instead where a document is allowed: a Handelingen passage
is drawn from the two unblinded days that ``build_theme_corpus.py`` puts in train (h-tk-20172018-70-1 and -2)
when no JSON Lines file under ``corpora/`` holds its text (a paragraph's ``text``, a Belgian question's
``question`` or ``answer``, compared with whitespace and case folded). The Belgian questions are drawn as
before: documents no corpus holds, in the training split. modern-gov is left out: the blind list names all
three of its repositories; the speeches ran out in batch 19.

Handelingen passages are ranked within the two days (one document per day would give two passages), theme by
theme, and the rest drawn at random; Belgian questions through ``sample_modern_themes.draw`` (one per question).
In the session of 2026-12-04 the Handelingen gave a single unheld passage of 100 characters or more (the fresh
samples had taken the rest), so the batch is 1 Handelingen passage (a roll call) and 105 Belgian questions and
answers (85 ranked for the five rarer themes in turn, 20 at random).

    python training/corpora/draw_theme_batch21.py --exclude /work/helpers/blind_doc_ids.txt -o /tmp/batch21.jsonl

Run now, it leaves out the batch itself (its texts are in ``corpora/``); on the corpora as they were before it
(``git archive ead02f5~1 corpora | tar -x -C /tmp/before``, then ``--corpora /tmp/before/corpora``) it draws the
same 106 passages in the same order.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import nlkst

try:
    from training.corpora.sample_modern_themes import _normalised, _records, corpus_documents, draw, modern_pool
except ImportError:  # run as a script: its own folder is on the path
    from sample_modern_themes import _normalised, _records, corpus_documents, draw, modern_pool

THEMES = ("rol_politiek", "uitvoeringskracht", "samenwerking", "wetgeving", "dienstverlening")


def held_texts(root: Path) -> set[str]:
    """Every text a JSON Lines file under ``root`` holds, normalised."""
    texts = set()
    for path in root.rglob("*.jsonl"):
        for record in _records(path):
            for key in ("text", "question", "answer"):
                if record.get(key):
                    texts.add(_normalised(record[key]))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--corpora", type=Path, default=Path("corpora"))
    parser.add_argument("--exclude", type=Path, nargs="*", default=[], help="files of document ids never drawn")
    parser.add_argument("--seed", type=int, default=97)
    parser.add_argument("--handelingen", type=int, nargs=2, default=(40, 15), metavar=("RANKED", "RANDOM"))
    parser.add_argument("--questions", type=int, nargs=2, default=(85, 20), metavar=("RANKED", "RANDOM"))
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    blind = {line for path in args.exclude for line in path.read_text("utf-8").split()}
    held = corpus_documents(args.corpora)
    texts = held_texts(args.corpora)
    labelled = {record["id"] for path in (args.corpora / "themes").glob("*.jsonl") for record in _records(path)}
    nlp = nlkst.load()
    nlp.select_pipes(enable=["kst_header", "kst_paragraphs"])
    pool = []
    for sources, exclude in ((["handelingen-xml"], blind), (["be-questions"], blind | held)):
        for record in modern_pool(nlp, args.shared, exclude, labelled, sources, "train"):
            if _normalised(record["text"]) not in texts:
                texts.add(_normalised(record["text"]))
                pool.append(record)
    scores = nlp.get_pipe("kst_themes").score_texts(record["text"] for record in pool)  # disabled, still there
    rng = random.Random(args.seed)
    debate = [i for i, record in enumerate(pool) if record["source"] == "handelingen-xml"]
    order = {theme: sorted(debate, key=lambda i: scores[i][theme], reverse=True) for theme in THEMES}
    chosen, taken = [], set()
    for round_ in range(min(args.handelingen[0], len(debate) // 2)):
        i = next(i for i in order[THEMES[round_ % len(THEMES)]] if i not in taken)
        taken.add(i)
        chosen.append(pool[i])
    rest = [i for i in debate if i not in taken]
    rng.shuffle(rest)
    chosen += [pool[i] for i in rest[:args.handelingen[1]]]
    questions = [i for i, record in enumerate(pool) if record["source"] == "be-questions"]
    chosen += draw([pool[i] for i in questions], [scores[i] for i in questions], rng,
                   {"be-questions": tuple(args.questions)}, THEMES)
    rng.shuffle(chosen)
    with args.output.open("w", encoding="utf-8") as out:
        for record in chosen:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} of {len(pool)} passages written to {args.output}")


if __name__ == "__main__":
    main()
