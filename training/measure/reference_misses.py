"""Every gold id the reference parser misses, one block each, for reading misses by kind.

    cat corpora/fresh-*/references_sample.jsonl > /tmp/rs.jsonl
    cat corpora/fresh-*/references_gold.jsonl > /tmp/rg.jsonl
    python training/measure/reference_misses.py /tmp/rs.jsonl /tmp/rg.jsonl --shared ../shared --kind implicit

Passages are parsed as ``evaluate_references.py`` parses them (the document's year, the passage's own header). A
gold id counts as found where the parser gives the same id (explicit kamerstuk ids and implicit ids matched as
multisets per passage, as the evaluator counts them; a law id where an overlapping record has it). Each miss prints
its kind (EXPL, IMPL, WET), passage, gold id, what the parser gives over that span, the antecedent, the text around
it and the gold's note.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.append(str(Path(__file__).resolve().parents[2]))  # training/ from the checkout; nlkst from PYTHONPATH first
from training.measure.evaluate_references import (KAMERSTUK_TYPES, document_years, parse_passage,  # noqa: E402
                                                   passage_contexts, read_jsonl)

KINDS = {"explicit": "EXPL", "implicit": "IMPL", "wet": "WET"}


def misses(samples: list[dict[str, Any]], golds: list[dict[str, Any]], shared: Path | None) -> list[dict[str, Any]]:
    years = document_years(samples, shared)
    contexts = passage_contexts(samples, years)
    texts = {sample["id"]: sample["text"] for sample in samples}
    found: list[dict[str, Any]] = []
    for gold in golds:
        text = texts[gold["id"]]
        predicted = parse_passage(text, years.get(gold["id"]), contexts.get(gold["id"]))
        explicit = Counter(r["id"] for r in predicted if r.get("id") and not r.get("implicit"))
        implicit = Counter(r["id"] for r in predicted if r.get("id") and r.get("implicit"))
        for ref in gold.get("references", []):
            if not ref.get("id"):
                continue
            overlapping = [p for p in predicted if p["start"] < ref["end"] and ref["start"] < p["end"]]
            if ref.get("implicit"):
                pool, kind = implicit, "IMPL"
            elif ref["type"] in KAMERSTUK_TYPES:
                pool, kind = explicit, "EXPL"
            elif ref["type"] == "wet":
                if any(p["id"] == ref["id"] for p in overlapping):
                    continue
                pool, kind = None, "WET"
            else:
                continue
            if pool is not None and pool[ref["id"]] > 0:
                pool[ref["id"]] -= 1
                continue
            found.append({"kind": kind, "passage": gold["id"], "gold": ref["id"],
                          "read": [p["id"] for p in overlapping], "antecedent": ref.get("antecedent"),
                          "context": text[max(0, ref["start"] - 80):ref["end"] + 40].replace("\n", " / "),
                          "note": ref.get("note") or ""})
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sample", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--kind", choices=sorted(KINDS), action="append", help="only these kinds (repeatable)")
    args = parser.parse_args()
    wanted = {KINDS[kind] for kind in args.kind} if args.kind else set(KINDS.values())
    rows = [row for row in misses(read_jsonl(args.sample), read_jsonl(args.gold), args.shared)
            if row["kind"] in wanted]
    for row in rows:
        print(f"{row['kind']} {row['passage']} gold={row['gold']} read={row['read']} antecedent={row['antecedent']!r}")
        print(f"    ...{row['context']}...")
        if row["note"]:
            print(f"    note: {row['note'][:200]}")
    print(", ".join(f"{kind} {count}" for kind, count in Counter(row["kind"] for row in rows).most_common()))


if __name__ == "__main__":
    main()
