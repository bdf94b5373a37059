"""Draw passages from the middle of SGD documents, to check that a passage given alone gets no header.

    python training/corpora/draw_mid_document_slices.py --shared ../shared \\
        --exclude /work/helpers/blind8_doc_ids.txt -o /tmp/mid_slices.jsonl

From each of ``--count`` documents drawn at random (``--seed``), one window of whole lines that starts after the
page's first five lines (so not at the page's head) and runs 300-1200 characters, as the fresh samples' "SGD
slices" are cut. Documents named in ``--exclude`` (one id a line) and every SGD id the repository's ``corpora/``
holds are never drawn. Each line: ``{"id", "start", "end", "text"}``, offsets into the document's text; the file
feeds ``training/measure/evaluate_fragments.py``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from the checkout
from training.corpora.draw_random_sgd import held_ids  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--exclude", type=Path)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2212)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    excluded = set(args.exclude.read_text().split()) if args.exclude else set()
    excluded |= held_ids([Path(__file__).resolve().parents[2] / "corpora"])
    corpus = args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl"
    docs = [doc for doc in map(json.loads, corpus.open(encoding="utf-8")) if doc["id"] not in excluded]
    rng = random.Random(args.seed)
    rng.shuffle(docs)
    drawn = []
    for doc in docs:
        if len(drawn) == args.count:
            break
        text = doc["text"]
        starts = [m.end() for m in re.finditer(r"\n", text)][5:]
        starts = [s for s in starts if len(text) - s >= 300]
        if not starts:
            continue
        start = rng.choice(starts)
        wanted = rng.randint(300, 1200)
        end = text.find("\n", start + wanted)
        end = len(text) if end < 0 else end
        passage = text[start:end].strip()
        if len(passage) < 200:
            continue
        start = text.index(passage, start)
        drawn.append({"id": doc["id"], "start": start, "end": start + len(passage), "text": passage})
    with args.output.open("w", encoding="utf-8") as handle:
        for record in drawn:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
