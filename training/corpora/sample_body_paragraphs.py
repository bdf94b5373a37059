"""Draw body paragraphs at random from the SGD corpus for the test that a passage given alone gets no header.

    python training/corpora/sample_body_paragraphs.py --shared ../shared --exclude ids.txt \\
        -o tests/data/body_paragraphs.jsonl

One paragraph of at least 80 characters from each of ``--count`` documents drawn at random (``--seed``),
as the pipeline's ``kst_header`` and ``kst_paragraphs`` cut them; ``--exclude`` names documents never to
draw (one id a line). Each line: ``{"id", "start", "end", "text"}``, offsets into the document's text.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import nlkst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--exclude", type=Path)
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    excluded = set(args.exclude.read_text().split()) if args.exclude else set()
    corpus = args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl"
    docs = [doc for doc in map(json.loads, corpus.open(encoding="utf-8")) if doc["id"] not in excluded]
    rng = random.Random(args.seed)
    rng.shuffle(docs)
    nlp = nlkst.load()
    drawn = []
    for doc in docs:
        if len(drawn) == args.count:
            break
        spacy_doc = nlp.make_doc(doc["text"])
        for name in ("kst_header", "kst_paragraphs"):
            spacy_doc = nlp.get_pipe(name)(spacy_doc)
        body = [span for span in spacy_doc.spans["paragraphs"] if len(span.text) >= 80]
        if body:
            span = rng.choice(body)
            drawn.append({"id": doc["id"], "start": span.start_char, "end": span.end_char, "text": span.text})
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as handle:
        for record in drawn:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} paragraphs -> {args.output}")


if __name__ == "__main__":
    main()
