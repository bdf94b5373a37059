"""How many body paragraphs given alone get a header field (the target is none).

Each line of a JSON Lines file holds one body paragraph (``id``, ``text``); each goes through the
shipped pipeline on its own, as ``nlp(paragraph)`` or one passage per input line would.

    python training/measure/evaluate_fragments.py corpora/fresh-2026-12-03b/fragments.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import nlkst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, nargs="+")
    args = parser.parse_args()
    nlp = nlkst.load()
    fragments = [json.loads(line) for path in args.data for line in path.open(encoding="utf-8")]
    with_header, with_paragraph = [], 0
    for fragment, doc in zip(fragments, nlp.pipe(f["text"] for f in fragments)):
        fields = sorted(k for k, v in (doc._.kamerstuk or {}).items() if v not in (None, [], {}, ""))
        with_paragraph += bool(len(doc.spans.get("paragraphs", [])))
        if fields:
            with_header.append((fragment["id"], fields))
    print(f"{len(with_header)} of {len(fragments)} paragraphs get a header field; {with_paragraph} get a paragraph")
    for fragment_id, fields in with_header:
        print(f"  {fragment_id}: {', '.join(fields)}")


if __name__ == "__main__":
    main()
