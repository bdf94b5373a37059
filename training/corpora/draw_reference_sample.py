"""Draw paragraphs that hold references, at random, for annotating references blind.

Debate paragraphs come from the ParlSpeech sample (Tweede Kamer plenary speeches, 1995-2019),
kamerstuk paragraphs from the SGD corpus; documents listed in ``--exclude`` (one id a line)
are never drawn. A paragraph is a candidate when a broad cue that does not depend on the
parser is in it (a five-digit number, ``nr.``, ``stuk``, ``motie``, ``amendement``,
``artikel``, ``brief``, ``wetsvoorstel``, ``Handelingen``, ``Staatsblad`` ...), so that the
sample does not favour the forms the parser already knows. Output lines are ``{"id",
"source", "doc_id", "text"}``, shuffled; annotate them into a gold file of
``{"id", "references": [...]}`` lines (corpora/references/README.md) without running the parser.

    python training/corpora/draw_reference_sample.py --shared ../shared --debates 40 --kamerstukken 20 \
        --exclude /path/to/ids.txt -o /tmp/sample.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

CUE = re.compile(
    r"\b(?:nrs?\.|stuk|[Kk]amerstuk\w*|motie\w*|amendement\w*|wetsvoorstel\w*|wetsontwerp\w*|[Aa]rtikel\w*|art\."
    r"|brief|Handelingen|Stb\.|Staatsblad|Stcrt\.|\w+wet)\b|\b\d{2}[ \u00a0]?\d{3}\b"
)


def paragraphs(text: str, min_chars: int = 120, max_chars: int = 900) -> list[str]:
    """Blank-line or wide-space separated paragraphs of a readable length."""
    parts = re.split(r"\n\s*\n|\s{3,}", text)
    return [re.sub(r"[ \t]+", " ", p).strip() for p in parts if min_chars <= len(p.strip()) <= max_chars]


def candidates(path: Path, source: str, excluded: set[str]) -> list[dict[str, str]]:
    found = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            document = json.loads(line)
            if document["id"] in excluded:
                continue
            for number, paragraph in enumerate(paragraphs(document["text"])):
                if CUE.search(paragraph):
                    found.append(
                        {
                            "id": f"{document['id']}-p{number}",
                            "source": source,
                            "doc_id": document["id"],
                            "text": paragraph,
                        }
                    )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--debates", type=int, default=40)
    parser.add_argument("--kamerstukken", type=int, default=20)
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="file of document ids never drawn")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    excluded = {line.strip() for path in args.exclude for line in path.open(encoding="utf-8") if line.strip()}
    rng = random.Random(args.seed)
    corpora = args.shared / "corpora"
    debates = candidates(corpora / "parlspeech-sample" / "speeches.jsonl", "parlspeech", excluded)
    kamerstukken = candidates(corpora / "sgd" / "sgd_ocr.jsonl", "sgd", excluded)
    drawn = rng.sample(debates, min(args.debates, len(debates))) + rng.sample(
        kamerstukken, min(args.kamerstukken, len(kamerstukken))
    )
    rng.shuffle(drawn)
    with args.output.open("w", encoding="utf-8") as out:
        for item in drawn:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(
        f"{len(drawn)} paragraphs ({len(debates)} debate and {len(kamerstukken)} kamerstuk candidates) -> {args.output}"
    )


if __name__ == "__main__":
    main()
