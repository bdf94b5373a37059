"""Draw the paragraphs that were annotated for the theme and entity corpora.

Reproducible (fixed seed) so that the sample can be redrawn and extended. The pool:
every paragraph of the two seeds and the modern letter; paragraphs of SGD ministers'
letters and notas, half drawn at random and half drawn because they contain a word
of one WaU theme, so that rare themes get enough examples; modern-gov paragraphs
(2023-2026), which carry the digital-government themes the old pool lacks.

    python training/corpora/sample_paragraphs.py --shared ../shared -o /tmp/pool.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import nlkst
from nlkst.schema import PARAGRAPH_SPANS

THEME_WORDS = re.compile(
    r"dienstverlening|loket|wachttijd|bereikbaar|klant|automatiser|informatievoorziening|computer|"
    r"gegevensuitwisseling|digita|uitvoerbaar|vereenvoudig|regelgeving|administratieve lasten|"
    r"samenwerking|coördinatie|afstemming|sturing|personeel|formatie|achterstand|werkvoorraad|"
    r"uitvoeringsorganisatie|uitvoeringsinstelling|Kamer|parlement|politiek",
    re.IGNORECASE,
)


def paragraphs(nlp, doc_id: str, text: str, source: str):
    doc = nlp(text)
    for span in doc.spans[PARAGRAPH_SPANS]:
        yield {"id": f"{doc_id}:{span.start_char}", "doc_id": doc_id, "source": source,
               "start": span.start_char, "end": span.end_char, "text": span.text}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--sgd", type=int, default=420, help="SGD paragraphs to draw")
    parser.add_argument("--modern", type=int, default=160, help="modern-gov paragraphs to draw")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    nlp = nlkst.load()
    pool = []
    for path in sorted((args.shared / "seeds").glob("*.txt")):
        pool += list(paragraphs(nlp, path.stem, path.read_text("utf-8"), "seeds"))
    letter = args.shared / "corpora/modern-letters/kamerbrief-2023-02-03-npce.txt"
    pool += list(paragraphs(nlp, letter.stem, letter.read_text("utf-8"), "modern-letters"))

    sgd = []
    with (args.shared / "corpora/sgd/sgd_ocr.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            head = record["text"][:3000]
            if not re.search(r"BRIEF VAN|NOTA |Nota |Brief van", head):
                continue
            for paragraph in paragraphs(nlp, record["id"], record["text"], "sgd"):
                if 150 <= len(paragraph["text"]) <= 900:
                    sgd.append(paragraph)
    themed = [p for p in sgd if len(THEME_WORDS.findall(p["text"])) >= 2]
    rng.shuffle(themed)
    chosen = themed[: args.sgd // 2]
    chosen_ids = {p["id"] for p in chosen}
    rest = [p for p in sgd if p["id"] not in chosen_ids]
    rng.shuffle(rest)
    chosen += rest[: args.sgd - len(chosen)]
    pool += chosen

    modern = []
    with (args.shared / "corpora/modern-gov/paragraphs.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            modern.append({"id": record["id"], "doc_id": record["id"], "source": "modern-gov",
                           "start": 0, "end": len(record["text"]), "text": record["text"]})
    rng.shuffle(modern)
    pool += modern[: args.modern]
    with args.output.open("w", encoding="utf-8") as out:
        for paragraph in pool:
            out.write(json.dumps(paragraph, ensure_ascii=False) + "\n")
    print(f"{len(pool)} paragraphs written to {args.output}")


if __name__ == "__main__":
    main()
