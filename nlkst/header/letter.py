"""A ministry's letter as text extracted from its PDF: no kamerstuk header, but ``Datum 3 februari 2023``,
the addressee (``De Voorzitter van de Tweede Kamer``), ``Betreft ...``, ``Ons kenmerk ...`` and
``Geachte voorzitter,`` before the body."""

from __future__ import annotations

import re

from .lines import split_lines
from .state import Reading
from .values import DATE, parse_date

_DATE_RE = re.compile(r"(?m)^[ \t]*Datum[ \t]+" + DATE)
_ADDRESSEE_RE = re.compile(r"^\s*(?P<text>De\s+[Vv]oorzitter\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer.*)$")
_BETREFT_RE = re.compile(r"(?m)^[ \t]*Betreft[ \t]+(?P<text>.+(?:\n(?!Geachte|Datum|Kenmerk)[^\n]+)*?)\s*(?=\n(?:Geachte|Datum|Kenmerk)|\n\n)")
_KENMERK_RE = re.compile(r"(?m)^[ \t]*(?:Ons\s+)?[Kk]enmerk(?:[ \t]+|[ \t]*\n[ \t]*)(?P<text>[^\n]+)")


def read(r: Reading) -> None:
    """Date, addressee, subject and reference number; the body starts after ``Geachte ...,``."""
    text = r.text[: r.body_end]
    window = text[:3000]
    date_match = _DATE_RE.search(window)
    if not date_match:
        return
    r.layout = "letter"
    iso = parse_date(date_match.group("day"), date_match.group("month"), date_match.group("year"))
    if iso:
        r.fields["date"] = iso
        r.mark(date_match.start("day"), date_match.end("year"), "date")
    header_end = date_match.end()
    for line in split_lines(text, 0, date_match.start()):
        addressee = _ADDRESSEE_RE.match(line.text)
        if addressee:
            parts = [line]
            for nxt in split_lines(text, line.end, date_match.start(), limit=2):
                if nxt.text.lower().startswith("der staten"):
                    parts.append(nxt)
            r.fields["addressee"] = " ".join(p.text for p in parts)
            r.mark(parts[0].start, parts[-1].end, "addressee")
            # A letter to the chair of a chamber is a document of that chamber.
            house = re.search(r"(Tweede|Eerste)\s+Kamer", r.fields["addressee"])
            r.fields["chamber"] = f"{house.group(1)} Kamer der Staten-Generaal"
            r.mark(parts[0].start + house.start(), parts[0].start + house.end(), "chamber")
            break
    betreft = _BETREFT_RE.search(window)
    if betreft:
        r.fields["subject"] = re.sub(r"\s+", " ", betreft.group("text")).strip()
        r.mark(betreft.start("text"), betreft.end("text"), "subject")
        header_end = max(header_end, betreft.end("text"))
    kenmerk = _KENMERK_RE.search(text)
    if kenmerk:
        r.fields["reference_number"] = _without_letter_spacing(kenmerk.group("text").strip())
        r.mark(kenmerk.start("text"), kenmerk.end("text"), "reference_number")
    greeting = re.search(r"(?m)^[ \t]*Geachte[^\n]*\n", text[header_end:])
    r.body_start = header_end + greeting.end() if greeting else header_end


def _without_letter_spacing(value: str) -> str:
    """A value as printed, without the spaces that PDF extraction puts after single capitals of a
    letter-spaced word (``I E NW/BSK-2023/33017``: ``IENW/BSK-2023/33017``)."""
    words = value.split(" ")
    joined = [words[0]]
    for previous, word in zip(words, words[1:]):
        if re.fullmatch(r"[A-Z]", previous) and word[:1].isupper():
            joined[-1] += word
        else:
            joined.append(word)
    return " ".join(joined)
