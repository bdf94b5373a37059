"""Mark law references (ANNOTATION.md section 4, type ``wet``) as ``REF`` in the entity corpus.

Section 4 makes every reference a ``REF`` entity, laws included (``artikel 61, lid 3, van de
Grondwet``, ``de Wlz``); the corpus had marked kamerstukken, Handelingen and Staatsblad only.
Candidates come from the reference parser; each was read in its paragraph, and where the
parser's span is not the law as the text names it (a year or a qualifier it left out), the
hand-read span in ``SPAN_FIXES`` replaces it. A candidate that overlaps an entity already
marked is left alone and printed. Laws the parser does not find are not added: the corpus's
REF recall for laws is the parser's (corpora/entities/README.md says so).

    python training/corpora/mark_law_references.py corpora/entities/*.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from nlkst.references import ReferenceParser

# (paragraph id, parser's text) -> the law as the paragraph names it
SPAN_FIXES = {
    ("sgd-0000072710:2548", "Pensioenwet"): "Pensioenwet 1922",
    ("sgd-0000283548:646", "Pensioenwet"): "Pensioenwet 1922",
    ("sgd-0000341830:724", "Pensioenwet"): "artikel llbte der Burgerlijke Pensioenwet",
    ("sgd-0000216110:5173", "Overgangswet"): "Overgangswet W.V.O.",
}


def law_spans(parser: ReferenceParser, paragraph: dict) -> list[dict]:
    """The explicit law references of one paragraph as entity dicts, with ``SPAN_FIXES`` applied."""
    text = paragraph["text"]
    spans = []
    for mention in parser.mentions(text):
        if mention.type != "wet" or mention.records[0].get("implicit"):
            continue
        start, end = mention.start, mention.end
        fixed = SPAN_FIXES.get((paragraph["id"], text[start:end]))
        if fixed:  # the words of the fix, whatever whitespace (a line break) the paragraph has between them
            pattern = re.compile(r"\s+".join(map(re.escape, fixed.split())))
            match = next(m for m in pattern.finditer(text) if m.start() <= start and end <= m.end())
            start, end = match.span()
        spans.append({"start": start, "end": end, "label": "REF", "text": text[start:end]})
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    references = ReferenceParser()
    for path in args.files:
        paragraphs = [json.loads(line) for line in path.open(encoding="utf-8")]
        added = 0
        for paragraph in paragraphs:
            entities = paragraph["entities"]
            for span in law_spans(references, paragraph):
                if any(e["start"] < span["end"] and span["start"] < e["end"] for e in entities):
                    marked = (span["start"], span["end"], "REF")
                    if not any((e["start"], e["end"], e["label"]) == marked for e in entities):
                        print(f"{path.name} {paragraph['id']}: {span['text']!r} overlaps an entity; left alone")
                    continue
                entities.append(span)
                added += 1
            entities.sort(key=lambda e: e["start"])
        with path.open("w", encoding="utf-8") as out:
            for paragraph in paragraphs:
                out.write(json.dumps(paragraph, ensure_ascii=False) + "\n")
        print(f"{path}: {added} law references marked")


if __name__ == "__main__":
    main()
