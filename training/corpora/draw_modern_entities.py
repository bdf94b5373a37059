"""Draw modern paragraphs at random for the entity corpus and pre-annotate them with the pipeline.

Three sources the corpus did not use before: ParlSpeech debates (1995-2019), Belgian written
questions with their answers (2017) and the Handelingen XML of 5 April 2018 (paragraphs the
corpus already holds are left out). The draw looks at no entity: a paragraph is a run of whole
sentences of 80-700 characters (ParlSpeech and the Belgian questions have no paragraph breaks of
their own), at most two a document (six a Handelingen item), documents in a shuffled order.
Documents listed in ``--exclude-ids`` (one id a line: the blind samples) are never drawn.

    python training/corpora/draw_modern_entities.py --shared ../shared --exclude-ids /work/helpers/blind_doc_ids.txt \
        --exclude corpora/entities/*.jsonl --seed 31 -o /tmp/modern-pool.jsonl

Each line is a corpus line (``id``, ``doc_id``, ``start``/``end`` in the document's text,
``text``, ``entities``) whose entities are the shipped pipeline's suggestions for the paragraph
read alone, to be corrected by reading (corpora/entities/README.md).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from tqdm import tqdm

import nlkst
from nlkst.io import SourceDocument, read_sources
from nlkst.schema import PARAGRAPH_SPANS

# A sentence ends at . ? ! or a colon before a space, or where a full stop runs into a capital
# ("voor.Trein"), as the Belgian export glued its sentences.
_SENTENCE_END = re.compile(r"(?<=[.?!:])(?:\s+|(?=[A-Z]))")
MIN_CHARS, MAX_CHARS = 80, 700


def sentence_runs(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Consecutive whole sentences grouped into runs of at most ``MAX_CHARS`` characters."""
    runs: list[tuple[int, int]] = []
    for block in re.finditer(r"(?:(?!\s{3,}|\n).)+", text):
        start = block.start()
        cuts = [m.end() for m in _SENTENCE_END.finditer(text, block.start(), block.end())] + [block.end()]
        run_start = start
        previous = start
        for cut in cuts:
            if cut - run_start > MAX_CHARS and previous > run_start:
                runs.append((run_start, previous))
                run_start = previous
            previous = cut
        runs.append((run_start, block.end()))
    trimmed = [
        (s + len(text[s:e]) - len(text[s:e].lstrip()), e - len(text[s:e]) + len(text[s:e].rstrip())) for s, e in runs
    ]
    return [(offset + s, offset + e) for s, e in trimmed if MIN_CHARS <= e - s <= MAX_CHARS]


def _parlspeech(shared: Path) -> list[tuple[str, str, list[tuple[int, int]]]]:
    docs = []
    for line in (shared / "corpora/parlspeech-sample/speeches.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        docs.append((record["id"], record["text"], sentence_runs(record["text"])))
    return docs


def belgian_text(record: dict) -> str:
    """A Belgian written question as one text: the question, a blank line, the answer."""
    return f"{record['question'].strip()}\n\n{(record.get('answer') or '').strip()}"


def _be_questions(shared: Path) -> list[tuple[str, str, list[tuple[int, int]]]]:
    docs = []
    for line in (shared / "corpora/be-questions/questions.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        text = belgian_text(record)
        docs.append((record["id"], text, sentence_runs(text)))
    return docs


def _handelingen(nlp, shared: Path, skip: set[str]) -> list[tuple[str, str, list[tuple[int, int]]]]:
    docs = []
    for source in read_sources([shared / "corpora" / "handelingen-xml"]):
        if isinstance(source, SourceDocument):
            doc = nlp.make_doc(source.text)
            for name, proc in nlp.pipeline:
                if name in ("kst_header", "kst_paragraphs"):
                    doc = proc(doc)
            spans = [
                (s.start_char, s.end_char)
                for s in doc.spans[PARAGRAPH_SPANS]
                if MIN_CHARS <= len(s.text) <= MAX_CHARS * 1.3 and f"{source.id}:{s.start_char}" not in skip
            ]
            docs.append((source.id, source.text, spans))
    return docs


def draw(docs, rng: random.Random, count: int, per_doc: int, excluded: set[str]) -> list[tuple[str, str, int, int]]:
    docs = [d for d in docs if d[0] not in excluded and d[2]]
    rng.shuffle(docs)
    chosen: list[tuple[str, str, int, int]] = []
    progress = True
    while len(chosen) < count and progress:  # one paragraph a document a pass, so every document has its turn
        progress = False
        for doc_id, text, spans in docs:
            if len(chosen) >= count:
                break
            taken = sum(1 for c in chosen if c[0] == doc_id)
            left = [s for s in spans if not any(c[0] == doc_id and c[2] == s[0] for c in chosen)]
            if taken < per_doc and left:
                start, end = rng.choice(left)
                chosen.append((doc_id, text, start, end))
                progress = True
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--parlspeech", type=int, default=180, help="paragraphs from ParlSpeech")
    parser.add_argument("--be-questions", type=int, default=160, help="paragraphs from the Belgian questions")
    parser.add_argument("--handelingen", type=int, default=80, help="paragraphs from the Handelingen XML")
    parser.add_argument("--exclude-ids", type=Path, help="document ids never to draw (the blind samples)")
    parser.add_argument(
        "--exclude", type=Path, nargs="*", default=[], help="corpus files whose paragraphs are not drawn"
    )
    args = parser.parse_args()
    excluded = set(args.exclude_ids.read_text("utf-8").split()) if args.exclude_ids else set()
    earlier = [json.loads(line) for path in args.exclude for line in path.open(encoding="utf-8")]
    excluded |= {line["doc_id"] for line in earlier if not line["doc_id"].startswith("h-")}
    rng = random.Random(args.seed)
    nlp = nlkst.load()
    chosen = (
        draw(_parlspeech(args.shared), rng, args.parlspeech, 2, excluded)
        + draw(_be_questions(args.shared), rng, args.be_questions, 2, excluded)
        + draw(_handelingen(nlp, args.shared, {line["id"] for line in earlier}), rng, args.handelingen, 6, excluded)
    )
    with args.output.open("w", encoding="utf-8") as out:
        for doc_id, text, start, end in tqdm(chosen, desc="pre-annotating"):
            paragraph = text[start:end]
            doc = nlp(paragraph)
            entities = [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents]
            out.write(
                json.dumps(
                    {
                        "id": f"{doc_id}:{start}",
                        "doc_id": doc_id,
                        "start": start,
                        "end": end,
                        "text": paragraph,
                        "entities": entities,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    print(f"{len(chosen)} paragraphs written to {args.output}")


if __name__ == "__main__":
    main()
