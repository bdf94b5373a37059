"""The header of one document as it is being read, passed from reader to reader, and the result."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..schema import FOOTNOTE_LABEL, HEADER_FIELDS
from .values import date_after_session, parse_date


@dataclass
class Header:
    """The header fields of one document and where each was read."""

    fields: dict[str, Any]
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    footnotes: list[tuple[int, int]] = field(default_factory=list)
    body_start: int = 0
    body_end: int = 0


@dataclass
class Reading:
    """What the readers have found so far in ``text``: fields, the spans they were read from, footnotes,
    and the body between header and closing part. ``layout`` names the reader that read the header."""

    text: str
    fields: dict[str, Any] = field(default_factory=lambda: {name: None for name in HEADER_FIELDS})
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    footnotes: list[tuple[int, int]] = field(default_factory=list)
    body_start: int = 0
    body_end: int = -1
    layout: str | None = None
    # Where the header's own stuk ends, where a page prints the next stuk after it (a geleidende brief and the
    # nota it sends): its signature is read before it; the body runs on.
    stuk_end: int | None = None
    # Where the header's own stuk starts on a page that opens inside another stuk (the first stuk whose heading
    # starts on the page): a signature, or a court's place and date, before it closes that other stuk.
    stuk_start: int | None = None

    def __post_init__(self) -> None:
        if self.body_end < 0:
            self.body_end = len(self.text)

    def mark(self, start: int, end: int, label: str) -> None:
        if end > start:
            self.spans.append((start, end, label))

    def add_footnote(self, start: int, end: int) -> None:
        self.footnotes.append((start, end))
        self.mark(start, end, FOOTNOTE_LABEL)

    def set_ondernummer(self, start: int, raw: str) -> None:
        if self.fields["ondernummer"] is None:
            self.fields["ondernummer"] = raw.replace(" ", "")
            self.mark(start, start + len(raw), "ondernummer")

    def set_place_and_date(self, place: str, iso: str, match: re.Match[str], offset: int = 0) -> None:
        """Both fields, marked where ``match`` (at ``offset`` in the text) found them."""
        self.fields["place"] = place
        self.fields["date"] = iso
        self.mark(offset + match.start("place"), offset + match.end("place"), "place")
        self.mark(offset + match.start("day"), offset + match.end("year"), "date")

    def set_received_date(self, offset: int, match: re.Match[str]) -> None:
        """``Ontvangen 31 oktober 1994``, ``Voorgesteld 11 Februari 1953``: the document's date."""
        iso = parse_date(match.group("day"), match.group("month"), match.group("year"))
        if iso:
            self.fields["date"] = iso
            self.mark(offset + match.start("day"), offset + match.end("year"), "date")

    def result(self) -> Header:
        self.fields["date"] = date_after_session(self.fields.get("date"), self.fields.get("vergaderjaar"))
        self.body_end = max(self.body_end, self.body_start)
        self.spans.sort()
        return Header(self.fields, self.spans, sorted(self.footnotes), self.body_start, self.body_end)
