"""Page furniture of letters extracted from PDF: what belongs to no paragraph.

A ministry's letter repeats its sidebar (``Ministerie van``, ``Kenmerk``, the
reference) on every page and closes each page with ``Pagina 1 van 7`` and that
page's footnotes. Lines of that kind are found here so that paragraphs and
header fields never take them in.
"""

from __future__ import annotations

import re
from collections import Counter

from .header.lines import split_lines

PAGE_MARK_RE = re.compile(r"(?m)^[ \t]*P ?agina[ \t]+\d+[ \t]+van[ \t]+\d+[ \t]*$")
_SIDEBAR_RE = re.compile(
    r"^(?:P ?ostbus\s+\d[\d ]*|[TF]\s+[\d ()+-]{8,}|\d ?\d ?\d ?\d ?[A-Z] ?[A-Z]\b.*|Bijlage\(n\)|"
    r"(?:Ons |Uw )?[Kk]enmerk|Datum|Contactpersoon|www\.\S+|Rijnstraat \d+|Turfmarkt \d+|Parnassusplein \d+|"
    r"Bezuidenhoutseweg \d+|Korte Voorhout \d+|Prinses Beatrixlaan \d+|\d{1,2})$"
)
_PAGE_FOOTNOTE_RE = re.compile(r"^[1-9]\d?[ \t]+\S")
# What a printed kamerstuk's page holds besides its text (SGD OCR): the printer's line and running footer
# (1975-1995), the chamber as running head of a Bijlage (1814-1949) and its note of where it is printed.
_PRINT_FOOTER_RE = re.compile(
    r"^(?:\S*\s*\S{0,2}SSN\s?\d{4}.*|.*\bSdu [Uu]itgeverij\b.*|(?:Tweede|Eerste) Kamer\W{0,4}(?:\w{1,4}\W{0,2}){0,2}|"
    r"\(?(?:De (?:vroegere )?stukken zijn )?[Gg]edrukt (?:onder|in) [^\n]{0,80}|"
    r"(?:Tweede|Eerste) Kamer, (?:vergaderjaar|zitting) \d{4}\s*-\s*\d{4},\s*[^\n]{0,60})$"
)


def is_paged(text: str) -> bool:
    """Whether the text was extracted from a paged PDF letter."""
    return len(PAGE_MARK_RE.findall(text)) >= 2


def print_footers(text: str) -> list[tuple[int, int]]:
    """Character ranges of the printer's line, running head and footer and print note of a printed
    kamerstuk's pages."""
    return [(line.start, line.end) for line in split_lines(text) if _PRINT_FOOTER_RE.match(line.text)]


def page_furniture(text: str) -> list[tuple[int, int]]:
    """Character ranges of sidebar and page-number lines in a paged letter, and of the print footers
    of any text."""
    if not is_paged(text):
        return print_footers(text)
    lines = [(line.start, line.end, line.text) for line in split_lines(text, keep_blank=True)]
    counts = Counter(line for _, _, line in lines if line and len(line) < 60)
    ranges = []
    for start, end, line in lines:
        if not line:
            continue
        if PAGE_MARK_RE.match(line) or _SIDEBAR_RE.match(line) or _PRINT_FOOTER_RE.match(line) or counts[line] >= 3:
            ranges.append((start, end))
    return ranges


def page_footnotes(text: str) -> list[tuple[int, int]]:
    """Footnotes at the foot of each page: from the first numbered line of the
    few lines above ``Pagina N van M`` down to that mark."""
    if not is_paged(text):
        return []
    lines = [(line.start, line.end, line.text) for line in split_lines(text, keep_blank=True)]
    furniture = set(page_furniture(text))
    notes = []
    for index, (_, _, line) in enumerate(lines):
        if not PAGE_MARK_RE.match(line):
            continue
        window = range(max(0, index - 10), index)
        first = next((j for j in window if _PAGE_FOOTNOTE_RE.match(lines[j][2])), None)
        if first is None:
            continue
        notes.extend(
            (lines[j][0], lines[j][1]) for j in range(first, index)
            if lines[j][2] and (lines[j][0], lines[j][1]) not in furniture
        )
    return notes
