"""Count the modern theme paragraphs more than once in training: a data-level weight toward modern text.

``nlkst train`` has no per-example weight, so each paragraph of a modern source (``MODERN_SOURCES`` of
``build_theme_corpus.py``) is written ``--times`` times, the copies with ``#wN`` after the id and the same
document, so that 5-fold cross-validation keeps every copy in its paragraph's fold (folds go by document) and the
thresholds, placed on the out-of-fold scores, weigh modern paragraphs the same way. The SGD paragraphs of
1814-1995 are written once. Measure on the out-of-fold file with the copies left out (``--strip``).

    python training/corpora/weight_modern_themes.py corpora/themes/train.jsonl -o /tmp/train_w2.jsonl --times 2
    python training/corpora/weight_modern_themes.py /tmp/out/themes_out_of_fold.jsonl --strip -o /tmp/oof.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from training.corpora.build_theme_corpus import MODERN_SOURCES  # noqa: E402

COPY_MARK = "#w"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--times", type=int, default=2, help="how often a modern paragraph is written")
    parser.add_argument("--strip", action="store_true", help="leave out the copies (lines whose id has #wN)")
    args = parser.parse_args(argv)
    written = 0
    with args.input.open(encoding="utf-8") as lines, args.output.open("w", encoding="utf-8") as out:
        for line in lines:
            record = json.loads(line)
            if args.strip:
                if COPY_MARK in str(record.get("id") or ""):
                    continue
                copies = 1
            else:
                copies = args.times if record.get("source") in MODERN_SOURCES else 1
            for copy in range(copies):
                row = dict(record)
                if copy:
                    row["id"] = f"{record['id']}{COPY_MARK}{copy}"
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                written += 1
    print(f"{written} lines -> {args.output}")


if __name__ == "__main__":
    main()
