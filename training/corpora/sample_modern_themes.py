"""Draw modern passages (1995 onwards) to label by theme: the batch behind the modern test split.

The modern pool is every unlabelled passage of the 1995-2019 Tweede Kamer speeches
(``parlspeech-sample``), the 2017 Belgian written questions and their answers (``be-questions``),
the 2018 Handelingen (``handelingen-xml``) and the modern-gov pages, less every document in
``--exclude`` (the blind gold documents, which are never drawn). A passage is a paragraph as
``kst_paragraphs`` cuts it; a paragraph longer than ``MAX_PASSAGE`` characters (a whole speech,
a long answer) is cut at sentence ends into passages of at most that length, so that each can
be read whole. Passages under 100 characters are left out.

From each source the draw takes ``--ranked`` passages that the shipped classifier scores
highest for the five rarer themes (in turn, so each theme gets its share) and ``--random``
passages drawn at random, so that the passages without a theme stay as common as they are;
at most one passage per document, so that the batch spreads over documents. The file holds no
scores, so reading is not steered by them.

    python training/corpora/sample_modern_themes.py --shared ../shared --exclude BLIND_DOC_IDS.txt -o /tmp/modern.jsonl
    python training/corpora/sample_modern_themes.py --shared ../shared --exclude BLIND_DOC_IDS.txt --seed 67 \\
        --sources parlspeech-sample be-questions --counts 20 10 -o /tmp/modern2.jsonl  # batch 17

(The first batch was drawn before the duplicate-text rule below; 13 of its 472 passages repeated
another's text and were dropped when it was labelled.)

``--exclude-corpora corpora`` also leaves out every document that a corpus of the project holds (any
``doc_id`` or ``id`` of a JSON Lines file under it, as ``draw_fresh_samples.py`` reads them), and ``--split
train`` keeps only the documents that ``build_theme_corpus.py`` puts in the training split, so that a batch
grows train without moving the test splits. A modern-gov paragraph is also left out when ``--exclude``
names its repository (the blind list names modern-gov sources by repository). Batches 19 and 20 (after
batch 19 was in the corpus; ``--themes`` names the themes ranked):

    python training/corpora/sample_modern_themes.py --exclude /work/helpers/blind_doc_ids.txt \
        --exclude-corpora corpora --split train --seed 83 --sources parlspeech-sample be-questions \
        --counts 40 15 -o /tmp/modern19.jsonl
    python training/corpora/sample_modern_themes.py --exclude /work/helpers/blind_doc_ids.txt \
        --exclude-corpora corpora --split train --seed 89 --sources be-questions --counts 40 10 \
        --themes wetgeving rol_politiek uitvoeringskracht dienstverlening -o /tmp/modern20.jsonl  # batch 20
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterable
from pathlib import Path

import nlkst
from nlkst.io.readers import SourceDocument, read_sources
from nlkst.schema import PARAGRAPH_SPANS

try:
    from training.corpora.build_theme_corpus import split_of
except ImportError:  # run as a script: its own folder is on the path
    from build_theme_corpus import split_of

MAX_PASSAGE = 1000
MIN_PASSAGE = 100
RARE_THEMES = ("dienstverlening", "wetgeving", "samenwerking", "uitvoeringskracht", "rol_politiek")
# (source, passages ranked by the classifier, passages at random)
DRAW = {"parlspeech-sample": (100, 100), "be-questions": (100, 100), "handelingen-xml": (30, 30),
        "modern-gov": (30, 30)}
_SENTENCE_END = re.compile(r"(?<=[.?!;:])\s+(?=\S)")


def passages(text: str, offset: int = 0) -> list[tuple[int, str]]:
    """``text`` whole, or cut at sentence ends into pieces of at most ``MAX_PASSAGE`` characters (a single
    longer sentence stays whole); each with its start offset (``offset`` added)."""
    pieces, start, end = [], 0, 0
    for boundary in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        if boundary - start > MAX_PASSAGE and end > start:
            pieces.append((start, text[start:end]))
            start = end + len(text[end:]) - len(text[end:].lstrip())
        end = boundary
    pieces.append((start, text[start:end]))
    return [(offset + begin, piece) for begin, piece in pieces if piece.strip()]


def _normalised(text: str) -> str:
    return " ".join(text.split()).lower()


def _records(path: Path):
    with path.open(encoding="utf-8") as handle:
        yield from map(json.loads, handle)


def corpus_documents(root: Path) -> set[str]:
    """Every document id that a JSON Lines file under ``root`` holds: its ``doc_id``s and ``id``s, each also up to
    its first ``:`` (a passage's document)."""
    held: set[str] = set()
    for path in root.rglob("*.jsonl"):
        for record in _records(path):
            for key in ("doc_id", "id"):
                if key in record:
                    held.update({str(record[key]), str(record[key]).split(":")[0]})
    return held


def modern_pool(nlp, shared: Path, exclude: set[str], labelled: set[str], sources: Iterable[str] = DRAW,
                split: str | None = None) -> list[dict]:
    """Every passage of ``sources`` of the modern pool (see the module docstring), as corpus records without
    labels; with ``split``, only the passages of documents that go to that split."""
    pool = []
    sources = set(sources)

    def add(document_id: str, text: str, source: str, *, part: str = "", whole: bool = False) -> None:
        """The passages of ``text``; ``part`` names a second text of the document (a question's answer)."""
        if document_id in exclude or not text.strip():
            return
        if split and split_of({"doc_id": document_id}) != split:
            return
        if whole:
            spans = [(0, text)]
        else:
            doc = nlp(text)
            spans = [(span.start_char, span.text) for span in doc.spans[PARAGRAPH_SPANS]]
        for start, paragraph in spans:
            for piece_start, piece in passages(paragraph, start):
                record_id = document_id if whole else f"{document_id}{part}:{piece_start}"
                if len(piece) >= MIN_PASSAGE and record_id not in labelled:
                    pool.append({"id": record_id, "doc_id": document_id, "source": source, "start": piece_start,
                                 "end": piece_start + len(piece), "text": piece})

    if "parlspeech-sample" in sources:
        for speech in _records(shared / "corpora/parlspeech-sample/speeches.jsonl"):
            add(speech["id"], speech["text"], "parlspeech-sample")
    if "be-questions" in sources:
        for question in _records(shared / "corpora/be-questions/questions.jsonl"):
            add(question["id"], question["question"] or "", "be-questions")
            add(question["id"], question.get("answer") or "", "be-questions", part="/answer")
    if "handelingen-xml" in sources:
        for source in read_sources([shared / "corpora/handelingen-xml"]):
            if isinstance(source, SourceDocument):
                add(source.id, source.text, "handelingen-xml")
    if "modern-gov" in sources:
        for record in _records(shared / "corpora/modern-gov/paragraphs.jsonl"):
            if record.get("repo") not in exclude:
                add(record["id"], record["text"], "modern-gov", whole=True)
    return pool


def draw(pool: list[dict], scores: list[dict[str, float]], rng: random.Random,
         counts: dict[str, tuple[int, int]] = DRAW, themes: tuple[str, ...] = RARE_THEMES) -> list[dict]:
    """Per source of ``counts``: its ranked passages, theme of ``themes`` by theme in turn, then its random ones;
    one per document."""
    chosen: list[dict] = []
    for source, (ranked, at_random) in counts.items():
        indices = [i for i, record in enumerate(pool) if record["source"] == source]
        documents: set[str] = set()

        def take(order: list[int], count: int) -> None:
            for i in order:
                if count == 0:
                    return
                if pool[i]["doc_id"] not in documents:  # noqa: B023 (called inside the loop)
                    documents.add(pool[i]["doc_id"])  # noqa: B023
                    chosen.append(pool[i])
                    count -= 1

        by_theme = {theme: sorted(indices, key=lambda i: scores[i][theme], reverse=True) for theme in themes}
        for round_ in range(ranked):
            theme = themes[round_ % len(themes)]
            take([i for i in by_theme[theme] if pool[i]["doc_id"] not in documents][:1], 1)
        shuffled = indices[:]
        rng.shuffle(shuffled)
        take(shuffled, at_random)
    rng.shuffle(chosen)
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--labelled", type=Path, default=Path("corpora/themes"), help="corpus whose ids to skip")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[],
                        help="files of document ids never to draw, one a line")
    parser.add_argument("--exclude-corpora", type=Path,
                        help="leave out every document that a corpus under this folder holds")
    parser.add_argument("--split", choices=("train", "dev", "test"),
                        help="only documents that build_theme_corpus.py puts in this split")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=61)
    parser.add_argument("--sources", nargs="+", choices=list(DRAW), default=list(DRAW), help="sources to draw from")
    parser.add_argument("--themes", nargs="+", choices=RARE_THEMES, default=list(RARE_THEMES),
                        help="themes whose highest-scored passages are drawn, in turn")
    parser.add_argument("--counts", nargs=2, type=int, metavar=("RANKED", "RANDOM"),
                        help="passages per source, ranked and at random, in place of DRAW's")
    args = parser.parse_args()
    exclude = {line for path in args.exclude for line in path.read_text("utf-8").split()}
    if args.exclude_corpora:
        exclude |= corpus_documents(args.exclude_corpora)
    records = [json.loads(line) for path in args.labelled.glob("*.jsonl") if not path.name.startswith("relabelled")
               for line in path.open(encoding="utf-8")]
    labelled = {record["id"] for record in records}
    nlp = nlkst.load()
    nlp.select_pipes(enable=["kst_header", "kst_paragraphs"])
    # A text already labelled, or met before in the pool (one Belgian question put to several ministers), is
    # drawn once at most.
    seen = {_normalised(record["text"]) for record in records}
    pool = []
    for record in modern_pool(nlp, args.shared, exclude, labelled, args.sources, args.split):
        if _normalised(record["text"]) not in seen:
            seen.add(_normalised(record["text"]))
            pool.append(record)
    scores = nlp.get_pipe("kst_themes").score_texts(record["text"] for record in pool)  # disabled, still there
    counts = {source: tuple(args.counts) if args.counts else DRAW[source] for source in args.sources}
    chosen = draw(pool, scores, random.Random(args.seed), counts, tuple(args.themes))
    with args.output.open("w", encoding="utf-8") as out:
        for record in chosen:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} of {len(pool)} passages written to {args.output}")


if __name__ == "__main__":
    main()
