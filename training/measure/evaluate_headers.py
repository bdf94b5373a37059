"""Per-field accuracy of the header reader on the hand-checked headers in corpora/headers/.

    python training/measure/evaluate_headers.py corpora/headers/headers.jsonl --shared ../shared

A field counts where the gold header has it (exact match of the whole value:
every dossier number and title, every signatory); where gold has no value, a
predicted value is counted as a spurious field and reported apart. An empty list
and null are the same answer (the text has none). Below the table, `dossier
numbers` compares the dossiers' numbers alone: how much of the dossiers' misses
are titles (OCR, hyphenation, where a title ends) rather than numbers.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass, field
from collections.abc import Callable
from functools import partial
from pathlib import Path

from nlkst.header import Header, parse_header
from nlkst.schema import HEADER_FIELDS


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0
    spurious: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


def load_texts(records: list[dict], shared: Path) -> dict[str, str]:
    """The text of every gold document, read from the shared corpora."""
    texts: dict[str, str] = {}
    wanted_sgd = {r["id"] for r in records if r["corpus"].endswith(".jsonl")}
    for record in records:
        if not record["corpus"].endswith(".jsonl"):
            texts[record["id"]] = (shared / record["corpus"]).read_text(encoding="utf-8")
    sgd_files = {r["corpus"] for r in records if r["corpus"].endswith(".jsonl")}
    for corpus in sgd_files:
        with (shared / corpus).open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                if doc["id"] in wanted_sgd:
                    texts[doc["id"]] = doc["text"]
    return texts


def evaluate(records: list[dict], shared: Path, parse: Callable[[str], Header] = parse_header,
             texts: dict[str, str] | None = None) -> dict[str, FieldScore]:
    """Each field's score over ``records``, read by ``parse`` (the header reader as shipped unless said)."""
    texts = texts if texts is not None else load_texts(records, shared)
    scores: dict[str, FieldScore] = defaultdict(FieldScore)
    for record in records:
        predicted = parse(texts[record["id"]]).fields
        for name in HEADER_FIELDS:
            # An empty list and null both say "the text has none" (ANNOTATION.md section 2).
            _score(scores[name], record["id"], record["header"].get(name) or None, predicted.get(name) or None)
        _score_dossier_numbers(scores["dossier_numbers"], record, predicted)
    return dict(scores)


def _score_dossier_numbers(score: FieldScore, record: dict, predicted: dict) -> None:
    """The dossiers field with the titles left out: the numbers in their order."""
    gold = [d["number"] for d in record["header"].get("dossiers") or []] or None
    guess = [d["number"] for d in predicted.get("dossiers") or []] or None
    _score(score, record["id"], gold, guess)


def _score(score: FieldScore, document_id: str, gold: object, guess: object) -> None:
    """Count one field of one document: right, wrong, or spurious where the gold has none."""
    if gold is None:
        if guess is not None:
            score.spurious += 1
            score.errors.append(f"{document_id}: spurious {guess!r}")
        return
    score.total += 1
    if gold == guess:
        score.correct += 1
    else:
        score.errors.append(f"{document_id}: expected {gold!r}, got {guess!r}")


def report(scores: dict[str, FieldScore]) -> str:
    lines = [f"{'field':<18}{'accuracy':>9}{'correct':>9}{'present':>9}{'spurious':>9}"]
    for name in HEADER_FIELDS:
        s = scores.get(name, FieldScore())
        lines.append(f"{name:<18}{s.accuracy:>9.3f}{s.correct:>9}{s.total:>9}{s.spurious:>9}")
    if "dossier_numbers" in scores:
        s = scores["dossier_numbers"]
        lines.append(f"{'(dossier numbers)':<18}{s.accuracy:>9.3f}{s.correct:>9}{s.total:>9}{s.spurious:>9}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--errors", action="store_true", help="list every wrong or spurious field")
    parser.add_argument("--layout", action="append", help="only the documents of this layout (repeatable)")
    parser.add_argument("--without-layout", action="append", default=[], help="leave out this layout (repeatable)")
    parser.add_argument("--no-learned-signatures", action="store_true",
                        help="the rules alone: no learned signature reader where they find none")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [r for r in records if (not args.layout or r["layout"] in args.layout)
               and r["layout"] not in args.without_layout]
    scores = evaluate(records, args.shared, partial(parse_header, learned_signatures=not args.no_learned_signatures))
    print(f"{len(records)} documents")
    print(report(scores))
    if args.errors:
        for name, score in scores.items():
            for error in score.errors:
                print(f"[{name}] {error}")


if __name__ == "__main__":
    main()
