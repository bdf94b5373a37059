"""The modern-layout pages of the SGD pool (1975-1995: the chamber line, the page number, ``Vergaderjaar`` or
``Zitting``, the dossier's number and title, ``Nr. 3``, the heading) that a ``header_pool_diff.py`` dump gives no
heading, each with the kind of what the page prints where its heading should be, counted.

    python training/measure/header_pool_diff.py dump /tmp/after.jsonl --shared ../shared
    python training/measure/modern_heading_misses.py /tmp/after.jsonl --shared ../shared [--show]

A kind is told from the lines under the page's number (or its dossier title where no number is printed); the kinds
are a guide for reading the pages, not a reading of them: ``--show`` prints each page's lines to read.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

_CHAMBER_RE = re.compile(r"(?m)^(?:Tweede|Eerste) Kamer der Staten.Generaal")
_SESSION_RE = re.compile(r"(?mi)^\s*(?:Vergaderjaar|Zitting)\s+(?P<year>19\d\d)\s*-\s*19\d\d")
_NR_RE = re.compile(r"\bN[ro]s?\.?\s*\d")
# What a page may print where its heading should be, tried in this order on the lines under its number.
_KINDS = (
    ("committee footnote before the heading", re.compile(r"^\W{0,3}\d?\s*Samenstelling\b")),
    ("note before the heading", re.compile(r"^(?:Ter griffie|Ter inzage|Het .{0,40}gedrukt onder|Als bijlagen?\b)")),
    ("original text", re.compile(r"OORSPRONKELIJKE\s+TEKST")),
    ("heading with its date on its line", re.compile(
        r"^[A-Z][^a-z\n]{3,200}?[ ,]+(?:Ontvangen|Vastgesteld|Voorgesteld|\d{1,2} [a-z]{3,9} 19\d\d)")),
    ("sentence-case heading", re.compile(
        r"^(?:Memorie van (?:antwoord|toelichting)|(?:Voorlopig |Eind)?verslag|Nota|Brief|Motie|Amendement)\b")),
    ("naturalisation list", re.compile(r"^Naturalisatie van\b")),
    ("Raad van State", re.compile(r"Raad van State|Uwe Majesteit|Aan de Koningin")),
)


def modern_pages(shared: Path) -> dict[str, str]:
    """The SGD pool's pages that open with the chamber line and a session of 1975-1995, by id."""
    pages = {}
    with (shared / "corpora/sgd/sgd_ocr.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            session = _SESSION_RE.search(doc["text"][:1500])
            if session and 1975 <= int(session.group("year")) <= 1994 and _CHAMBER_RE.search(doc["text"][:300]):
                pages[doc["id"]] = doc["text"]
    return pages


def kind_of(text: str) -> str:
    """The kind of what the page prints in the 8 lines under its number (or under its session line)."""
    lines = text.split("\n")[:30]
    start = next((i for i, line in enumerate(lines) if _NR_RE.search(line)), None)
    if start is None:
        start = next((i for i, line in enumerate(lines) if _SESSION_RE.match(line)), 0)
    below = [line.strip() for line in lines[start + 1 : start + 9] if line.strip()]
    for name, pattern in _KINDS:
        if any(pattern.search(line) for line in below):
            return name
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dump", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()

    fields = {row["id"]: row["fields"] for row in map(json.loads, args.dump.read_text(encoding="utf-8").splitlines())}
    pages = modern_pages(args.shared)
    missed = {doc_id: kind_of(text) for doc_id, text in pages.items() if not fields[doc_id]["heading"]}
    print(f"{len(pages)} modern-layout pages, {len(missed)} without a heading")
    for name, count in Counter(missed.values()).most_common():
        print(f"  {name:<40}{count}")
    if args.show:
        for doc_id, name in sorted(missed.items(), key=lambda item: (item[1], item[0])):
            print(f"== {doc_id} ({name})")
            for line in pages[doc_id].split("\n")[:14]:
                print(f"    {line[:140]}")


if __name__ == "__main__":
    main()
