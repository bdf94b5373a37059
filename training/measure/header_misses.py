"""Every wrong header field per document, pooled over several golds.

    python training/measure/header_misses.py corpora/fresh-*/headers_gold.jsonl --layout fresh_sgd-random

For each document whose header differs from its gold, one block: the gold file, the document id,
and per wrong field the gold value and the reader's. At the end the pooled accuracy per field
(counted as ``evaluate_headers.py`` counts: a field counts where the gold has it, a value where
the gold has none is spurious). ``--dump FILE`` writes the reader's fields per document as JSON
lines, so that two versions of the reader can be compared (``--compare OLD.jsonl``: the documents
whose fields differ from that dump, field by field).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # training/ from the checkout; nlkst from PYTHONPATH first
from nlkst.header import parse_header  # noqa: E402
from nlkst.schema import HEADER_FIELDS  # noqa: E402
from training.measure.evaluate_headers import FieldScore, load_texts  # noqa: E402


def _short(value: object, width: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 3] + "..."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("golds", type=Path, nargs="+")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--layout", action="append", help="only the documents of this layout (repeatable)")
    parser.add_argument("--dump", type=Path, help="write the reader's fields per document here")
    parser.add_argument("--compare", type=Path, help="a dump of another version: list what differs")
    args = parser.parse_args()

    records: list[tuple[Path, dict]] = []
    for gold in args.golds:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if not args.layout or record.get("layout") in args.layout:
                    records.append((gold, record))
    texts = load_texts([r for _, r in records], args.shared)
    scores = {name: FieldScore() for name in HEADER_FIELDS}
    dump: dict[str, dict] = {}
    for gold, record in records:
        predicted = parse_header(texts[record["id"]]).fields
        dump[f"{gold}:{record['id']}"] = {n: predicted.get(n) or None for n in HEADER_FIELDS}
        wrong = []
        for name in HEADER_FIELDS:
            want, got = record["header"].get(name) or None, predicted.get(name) or None
            score = scores[name]
            if want is None:
                if got is not None:
                    score.spurious += 1
                    wrong.append((name, want, got))
                continue
            score.total += 1
            if want == got:
                score.correct += 1
            else:
                wrong.append((name, want, got))
        if wrong:
            print(f"== {gold} {record['id']}  {record.get('note', '')[:100]}")
            for name, want, got in wrong:
                print(f"   {name:<13} gold {_short(want)}")
                print(f"   {'':<13} got  {_short(got)}")
    print(f"\n{len(records)} documents")
    print(f"{'field':<18}{'accuracy':>9}{'correct':>9}{'present':>9}{'spurious':>9}")
    for name, s in scores.items():
        print(f"{name:<18}{s.accuracy:>9.3f}{s.correct:>9}{s.total:>9}{s.spurious:>9}")
    if args.dump:
        args.dump.write_text("".join(json.dumps({"key": k, "fields": v}, ensure_ascii=False) + "\n"
                                     for k, v in dump.items()), encoding="utf-8")
    if args.compare:
        old = {}
        for line in args.compare.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            old[row["key"]] = row["fields"]
        for key, fields in dump.items():
            for name in HEADER_FIELDS:
                if key in old and old[key].get(name) != fields.get(name):
                    print(f"changed {key} {name}: {_short(old[key].get(name))} -> {_short(fields.get(name))}")


if __name__ == "__main__":
    main()
