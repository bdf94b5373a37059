"""Accuracy and coverage of office-holder linking, per decade, on documents the register was not built from.

    python training/measure/evaluate_holders.py --shared ../shared

1. **Held-out signatures**: the tenth of the SGD documents that ``build_office_holders.py`` leaves
   out (``sgd_holdout``). Each dated signature (an office and the name under it) is looked up in
   the register by office and date alone; it is *covered* when the register names one holder,
   and *right* when that holder's surname is the printed one. A signature under an office
   marked ``a.i.`` is a stand-in's and names no holder: such signatures are counted apart. ``ocr`` also counts a surname
   that differs from the printed one by OCR noise only (similarity of at least 0.8).
2. **All SGD signatures against the sourced register**: the same, for every SGD document, with
   the terms inferred from SGD signatures left out, so that no document judges terms it made.
3. **MINISTER mentions**: the share of ``MINISTER`` entities the pipeline links, per decade of
   the document's date, in the held-out SGD documents and the modern letters of ``../shared``
   (seeds, modern-letters, modern-aanhangsel); for the modern letters also the signatures.

Accuracy is right / covered; coverage is covered / all.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).parents[1] / "resources"))
from build_office_holders import sgd_documents, sgd_holdout  # noqa: E402

import nlkst  # noqa: E402
from nlkst.header import parse_header  # noqa: E402
from nlkst.holders import acting_names, holders_on, same_surname, surname_key  # noqa: E402


@dataclass
class Tally:
    total: int = 0
    covered: int = 0
    right: int = 0
    right_ocr: int = 0

    def row(self, label: str) -> str:
        coverage = self.covered / self.total if self.total else 0.0
        accuracy = self.right / self.covered if self.covered else float("nan")
        accuracy_ocr = self.right_ocr / self.covered if self.covered else float("nan")
        return (f"| {label} | {self.total} | {self.covered} | {coverage:.2f} | {self.right} | "
                f"{accuracy:.3f} | {accuracy_ocr:.3f} |")


def _decade(day: str | None) -> str:
    return f"{day[:3]}0s" if day else "no date"


def _ocr_alike(a: str, b: str) -> bool:
    return same_surname(a, b) or SequenceMatcher(None, surname_key(a), surname_key(b)).ratio() >= 0.8


def _acting(text: str, parsed) -> set[str]:
    spans = [text[start:end] for start, end, label in parsed.spans if label == "signatories"]
    return acting_names(spans, parsed.fields.get("signatories") or [])


def score_signatures(documents: list[dict], sourced_only: bool) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for document in tqdm(documents, desc="signatures", unit="doc", file=sys.stderr):
        parsed = parse_header(document["text"])
        header, acting = parsed.fields, _acting(document["text"], parsed)
        day = header.get("date")
        for signatory in header.get("signatories") or []:
            if not (day and signatory.get("name") and signatory.get("role")):
                continue
            if signatory["name"] in acting:
                tallies["a.i. (apart)"].total += 1
                continue
            terms = holders_on(signatory, day, inferred=not sourced_only)
            tally = tallies[_decade(day)]
            tally.total += 1
            if len(terms) == 1:
                tally.covered += 1
                tally.right += same_surname(terms[0].name, signatory["name"])
                tally.right_ocr += _ocr_alike(terms[0].name, signatory["name"])
    return tallies


def score_mentions(nlp, documents: list[dict]) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """Coverage of MINISTER entities, and accuracy on the signatures, per decade."""
    mentions: dict[str, Tally] = defaultdict(Tally)
    signatures: dict[str, Tally] = defaultdict(Tally)
    for document in tqdm(documents, desc="pipeline", unit="doc", file=sys.stderr):
        doc = nlp(document["text"])
        header = doc._.kamerstuk or {}
        decade = _decade(header.get("date"))
        for ent in doc.ents:
            if ent.label_ == "MINISTER":
                mentions[decade].total += 1
                mentions[decade].covered += ent._.holder is not None
        for signatory in header.get("signatories") or []:
            if not signatory.get("name"):
                continue
            terms = holders_on(signatory, header.get("date"))
            signatures[decade].total += 1
            if len(terms) == 1:
                signatures[decade].covered += 1
                signatures[decade].right += same_surname(terms[0].name, signatory["name"])
                signatures[decade].right_ocr += _ocr_alike(terms[0].name, signatory["name"])
    return mentions, signatures


def modern_documents(shared: Path) -> list[dict]:
    paths = sorted((shared / "seeds").glob("*.txt")) + sorted((shared / "corpora" / "modern-letters").glob("*.txt")) \
        + sorted((shared / "corpora" / "modern-aanhangsel").glob("*.txt"))
    return [{"id": path.stem, "text": path.read_text(encoding="utf-8")} for path in paths]


def _coverage_table(title: str, tallies: dict[str, Tally]) -> list[str]:
    lines = [f"### {title}", "", "| decade | mentions | with a holder | coverage |", "|---|---|---|---|"]
    total = Tally()
    for decade in sorted(tallies):
        tally = tallies[decade]
        total.total, total.covered = total.total + tally.total, total.covered + tally.covered
        lines.append(f"| {decade} | {tally.total} | {tally.covered} | {tally.covered / tally.total:.2f} |")
    lines += [f"| all | {total.total} | {total.covered} | {total.covered / max(total.total, 1):.2f} |", ""]
    return lines


def _table(title: str, tallies: dict[str, Tally]) -> list[str]:
    lines = [f"### {title}", "", "| decade | n | covered | coverage | right | accuracy | accuracy (OCR-tolerant) |",
             "|---|---|---|---|---|---|---|"]
    total = Tally()
    for decade in sorted(tallies):
        lines.append(tallies[decade].row(decade))
        if decade.startswith("a.i."):
            continue
        for name in ("total", "covered", "right", "right_ocr"):
            setattr(total, name, getattr(total, name) + getattr(tallies[decade], name))
    lines += [total.row("all (a.i. apart)"), ""]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--model", default=None, help="pipeline directory; the shipped one by default")
    args = parser.parse_args()
    documents = list(sgd_documents(args.shared))
    held_out = sgd_holdout([d["id"] for d in documents])
    test = [d for d in documents if d["id"] in held_out]
    nlp = nlkst.load(args.model)
    out = [f"Held-out SGD documents: {len(test)} of {len(documents)}.", ""]
    out += _table("Held-out SGD signatures (register lookup by office and date)", score_signatures(test, False))
    out += _table("All SGD signatures, register without the SGD-inferred terms", score_signatures(documents, True))
    mentions, _ = score_mentions(nlp, test)
    out += _coverage_table("MINISTER mentions in the held-out SGD documents", mentions)
    modern_mentions, modern_signatures = score_mentions(nlp, modern_documents(args.shared))
    out += _coverage_table("MINISTER mentions in the modern letters", modern_mentions)
    out += _table("Signatures of the modern letters", modern_signatures)
    print("\n".join(out))


if __name__ == "__main__":
    main()
