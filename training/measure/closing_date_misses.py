"""Wrong closing-part and date fields per document over several header golds (issue 22, the closing part).

    python training/measure/closing_date_misses.py corpora/fresh-*/headers_gold.jsonl \
        corpora/headers/random_sgd*.jsonl \
        --shared ../shared --layout fresh_sgd-random --layout random_sgd --layout random_sgd2

Prints one line per wrong field (gold, then the reader's value) and the counts per field. An empty list and null
are the same answer, as in evaluate_headers.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # training/ from the checkout; nlkst from PYTHONPATH first
from nlkst.header import parse_header  # noqa: E402
from training.measure.evaluate_headers import load_texts  # noqa: E402

FIELDS = ("date", "place", "sender", "signatories", "co_senders", "addressee")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("golds", nargs="+", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--layout", action="append", help="keep only records of these layouts")
    parser.add_argument("--fields", default=",".join(FIELDS))
    args = parser.parse_args()
    fields = args.fields.split(",")
    records = []
    for gold in args.golds:
        for line in gold.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if not args.layout or record.get("layout") in args.layout:
                records.append({**record, "gold_file": str(gold)})
    texts = load_texts(records, args.shared)
    wrong, present = Counter(), Counter()
    for record in records:
        predicted = parse_header(texts[record["id"]]).fields
        for name in fields:
            gold, guess = record["header"].get(name) or None, predicted.get(name) or None
            present[name] += gold is not None
            if gold != guess:
                wrong[name] += 1
                print(f"{record['gold_file']}\t{record['id']}\t{name}\tgold={json.dumps(gold, ensure_ascii=False)}"
                      f"\tgot={json.dumps(guess, ensure_ascii=False)}")
    print(f"# {len(records)} documents")
    for name in fields:
        print(f"# {name}: wrong {wrong[name]} (gold present {present[name]})")


if __name__ == "__main__":
    main()
