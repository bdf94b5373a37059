"""Draw paragraphs for the entity corpus and pre-annotate them for a person to correct.

The pre-annotation is the rule-based pipeline (references, gazetteer, signature
patterns) plus person candidates after a title (``de heer``, ``het lid``,
``mevrouw``, ``Minister``): suggestions only, every paragraph is then read and
corrected by hand (see corpora/entities/README.md).

    python training/corpora/preannotate_entities.py --shared ../shared -o /tmp/entity-pool.jsonl
    python training/corpora/preannotate_entities.py --shared ../shared --seed 22 --count 160 --no-seeds \
        --exclude /tmp/entity-pool.jsonl -o /tmp/entity-pool-2.jsonl
    python training/corpora/preannotate_entities.py --shared ../shared --seed 5 --count 80 --no-seeds \
        --handelingen -o /tmp/entity-pool-3.jsonl
    python training/corpora/preannotate_entities.py --shared ../shared --seed 7 --count 70 --no-seeds \
        --handelingen --modern-letter --exclude corpora/entities/*.jsonl -o /tmp/entity-pool-5.jsonl

With ``--handelingen``, ``--exclude`` leaves out the paragraphs (not whole items) those files
hold; ``--modern-letter`` adds every paragraph of the 2023 ministry letter in
``modern-letters/``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import nlkst
from nlkst.io import SourceDocument, read_sources
from nlkst.schema import PARAGRAPH_SPANS

TITLED_NAME = re.compile(
    r"\b(?:de heer|de heren|het lid|de leden|mevrouw|[Mm]inister|[Ss]taatssecretaris|mr\.|dr\.|prof\.)\s+"
    r"((?:(?:[A-Z]\.\s?)+\s?)?(?:(?:van|de|der|den|ter|ten|Van|De|Ter)\s)*[A-Z][A-Za-zÀ-ÿ'’-]+)"
)
ENTITY_HINT = re.compile(
    r"\b(?:heer|lid|leden|mevrouw|Minister|minister|Staatssecretaris|Commissie|Raad|Bank|[A-Z]{3,})\b")


def candidates(doc) -> list[dict]:
    found = [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents]
    taken = [(e["start"], e["end"]) for e in found]
    for match in TITLED_NAME.finditer(doc.text):
        start, end = match.span(1)
        if not any(s < end and start < e for s, e in taken):
            found.append({"start": start, "end": end, "label": "PERSON"})
    return sorted(found, key=lambda e: e["start"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--count", type=int, default=320)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[],
                        help="earlier pools (JSON Lines): their documents are not drawn again")
    parser.add_argument("--no-seeds", action="store_true", help="leave the seed letters out")
    parser.add_argument("--handelingen", action="store_true",
                        help="draw from the Handelingen XML (at most seven paragraphs an item) instead of SGD")
    parser.add_argument("--modern-letter", action="store_true", help="add every paragraph of the modern letter")
    args = parser.parse_args()
    excluded_lines = [json.loads(line) for path in args.exclude for line in path.open(encoding="utf-8")]
    excluded = {line["doc_id"] for line in excluded_lines}
    rng = random.Random(args.seed)
    nlp = nlkst.load()
    pool = []
    for path in [] if args.no_seeds else sorted((args.shared / "seeds").glob("*.txt")):
        doc = nlp(path.read_text("utf-8"))
        pool += [(path.stem, doc, span) for span in doc.spans[PARAGRAPH_SPANS]]
    if args.modern_letter:
        for path in sorted((args.shared / "corpora" / "modern-letters").glob("*.txt")):
            doc = nlp(path.read_text("utf-8"))
            pool += [(path.stem, doc, span) for span in doc.spans[PARAGRAPH_SPANS]]
    seeds = len(pool)
    if args.handelingen:
        pool += _handelingen_paragraphs(nlp, args.shared, rng, args.count - seeds,
                                        {line["id"] for line in excluded_lines})
        _write(args.output, pool)
        print(f"{len(pool)} paragraphs written to {args.output}")
        return
    sgd = []
    with (args.shared / "corpora/sgd/sgd_ocr.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in excluded or not ENTITY_HINT.search(record["text"][:4000]):
                continue
            doc = nlp(record["text"])
            sgd += [(record["id"], doc, span) for span in doc.spans[PARAGRAPH_SPANS]
                    if 120 <= len(span.text) <= 700 and len(ENTITY_HINT.findall(span.text)) >= 2]
    rng.shuffle(sgd)
    used_docs: dict[str, int] = {}
    for doc_id, doc, span in sgd:
        if len(pool) >= args.count:
            break
        if used_docs.get(doc_id, 0) >= 2:  # at most two paragraphs of one document
            continue
        used_docs[doc_id] = used_docs.get(doc_id, 0) + 1
        pool.append((doc_id, doc, span))
    _write(args.output, pool)
    print(f"{len(pool)} paragraphs ({seeds} from the seeds) written to {args.output}")


def _handelingen_paragraphs(nlp, shared: Path, rng: random.Random, count: int, skip: set[str]) -> list:
    drawn = []
    for source in read_sources([shared / "corpora" / "handelingen-xml"]):
        if isinstance(source, SourceDocument):
            doc = nlp(source.text)
            drawn += [(source.id, doc, span) for span in doc.spans[PARAGRAPH_SPANS]
                      if 80 <= len(span.text) <= 900 and f"{source.id}:{span.start_char}" not in skip]
    rng.shuffle(drawn)
    per_item: dict[str, int] = {}
    chosen = []
    for doc_id, doc, span in drawn:
        if per_item.get(doc_id, 0) < 7:
            per_item[doc_id] = per_item.get(doc_id, 0) + 1
            chosen.append((doc_id, doc, span))
    return chosen[:count]


def _write(output: Path, pool: list) -> None:
    with output.open("w", encoding="utf-8") as out:
        for doc_id, doc, span in pool:
            entities = [
                {"start": e["start"] - span.start_char, "end": e["end"] - span.start_char, "label": e["label"]}
                for e in candidates(doc) if span.start_char <= e["start"] and e["end"] <= span.end_char
            ]
            out.write(json.dumps({"id": f"{doc_id}:{span.start_char}", "doc_id": doc_id, "start": span.start_char,
                                  "end": span.end_char, "text": span.text, "entities": entities},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
