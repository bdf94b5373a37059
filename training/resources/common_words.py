"""Write ``nlkst/resources/common_words.txt``: words that are almost never capitalised mid-sentence.

A capitalised word inside a sentence is a name far more often than a noun in Dutch, so
counting, over real text, how often a word is written in lower case against how often it is
capitalised after a lower-case word tells common words (``middelen``, ``havens``,
``uitgaven``) from surnames (``Visser``, ``Bakker``, ``Kok``, ``De Vries``). The recogniser
tags table heads and headings in capitals as persons (``HAVENS``, ``I. Middelen``);
``kst_entity_ids`` drops a ``PERSON`` made only of such words where nothing around it says
it is a name.

A word is listed when it occurs at least ``--min-count`` times in lower case after a
lower-case word and at least ``--ratio`` of its mid-sentence occurrences are lower case, counted
over the SGD corpus and the modern-gov paragraphs, or counted over those with the Belgian written
questions and the ParlSpeech speeches (documents of ``--blind-ids`` left out). Both counts are
kept because the Belgian questions capitalise portfolios (``Economie``, ``Energie``) that are
common words elsewhere; the second adds the modern administrative vocabulary (``preventie``,
``nummerplaatgegevens``, ``veiligheidsmonitor``; issue 17):

    python training/resources/common_words.py --shared ../shared -o nlkst/resources/common_words.txt
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

# A word of three letters or more that follows a lower-case word (or a comma) and a space or line break.
_MID_SENTENCE_WORD = re.compile(r"(?:(?<=[a-zà-ÿ,;] )|(?<=[a-zà-ÿ,;]\n))([A-Za-zÀ-ÿ]{3,})(?![\w-])")


def count_cases(texts) -> tuple[Counter, Counter]:
    """Lower-case and capitalised counts of each (lower-cased) word in mid-sentence position."""
    lower, capitalised = Counter(), Counter()
    for text in texts:
        for match in _MID_SENTENCE_WORD.finditer(text):
            word = match.group(1)
            if word.islower():
                lower[word] += 1
            elif word[0].isupper() and word[1:].islower():
                capitalised[word.lower()] += 1
    return lower, capitalised


def common_words(lower: Counter, capitalised: Counter, min_count: int, ratio: float) -> list[str]:
    return sorted(w for w, n in lower.items() if n >= min_count and n / (n + capitalised[w]) >= ratio)


def _texts(shared: Path):
    for name in ("sgd/sgd_ocr.jsonl", "modern-gov/paragraphs.jsonl"):
        with (shared / "corpora" / name).open(encoding="utf-8") as handle:
            for line in handle:
                yield json.loads(line)["text"]


def _modern_texts(shared: Path, blind: set[str]):
    for name in ("be-questions/questions.jsonl", "parlspeech-sample/speeches.jsonl"):
        with (shared / "corpora" / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] in blind:
                    continue
                if "question" in record:
                    yield f"{record.get('question') or ''}\n\n{record.get('answer') or ''}"
                else:
                    yield record["text"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-o", "--output", type=Path, default=Path("nlkst/resources/common_words.txt"))
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--ratio", type=float, default=0.85)
    parser.add_argument("--blind-ids", type=Path, default=Path("/work/helpers/blind_doc_ids.txt"))
    args = parser.parse_args()
    lower, capitalised = count_cases(_texts(args.shared))
    words = set(common_words(lower, capitalised, args.min_count, args.ratio))
    blind = set(args.blind_ids.read_text().split()) if args.blind_ids.is_file() else set()
    more_lower, more_capitalised = count_cases(_modern_texts(args.shared, blind))
    words |= set(common_words(lower + more_lower, capitalised + more_capitalised, args.min_count, args.ratio))
    words = sorted(words)
    header = ("# Words written in lower case in at least 85% of their mid-sentence occurrences (5 or more)\n"
              "# in the SGD corpus and the modern-gov paragraphs, or in those with the Belgian written questions\n"
              "# and the ParlSpeech speeches; made by training/resources/common_words.py.\n")
    args.output.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {args.output}")


if __name__ == "__main__":
    main()
