"""The Eerste Kamer's lists of final reports (1929-1971): one page that closes many bills at once.

    Bijlagen. / Eerste Kamer. / EINDVERSLAGEN DER COMMISSIËN VAN RAPPORTEURS over de ontwerpen van wet nos. 2
    (hoofdstuk II; ...), 2A, 2B, 19, 37, ... 402. / Tegen deze ontwerpen van wet bestond geen bezwaar. /
    Handelingen der Staten-Generaal. Bijlagen. 1931—1932. Eerste Kamer.

From about 1955 the numbers stand in columns under ``Nrs`` (``5543 (R 147)``, ``6500 E``, ``7400, Hs. I``) that
OCR reads row by row, and the chamber and session only in the foot (``Handelingen der Staten-Generaal Bijlagen
1961—1962 Eerste Kamer``, ``Deel II Eerste Kamer, Bijlagen 1952—1953``). Such a page is one verslag
(``doc_type`` ``verslag``, no ondernummer, no signature) about every listed bill: each number is a dossier without a
title (none is printed); a budget's number once for the chapters listed after it (``2 (hoofdstukken I, II)``,
``7400, Hs. I``, ``4900 VIIA I``); a letter printed apart is the number's suffix (``6500 E``: ``6500-E``, as
``headings.DOSSIER_RE`` reads it), one printed against it stays so (``2A``); a Rijkswet's ``(R 147)`` is dropped.
A list in one run is read in printed order; columns in reading order, column by column, which is ascending order
(the conventions of the blind annotations of ``corpora/fresh-2026-12-03b`` and ``fresh-2026-12-05b``).
"""

from __future__ import annotations

import re

from .lines import split_lines
from .state import Reading
from .values import SESSION_YEAR, session_years

_HEADING_RE = re.compile(
    r"(?m)^[ \t]*(?P<caps>EINDVERSLAGEN[ \t]+DER[ \t]+COMMISSI\S{1,3}[ \t]+VAN[ \t]*\n?[ \t]*RAPPORTEURS)"
    r"(?:[ \t]*\n?[ \t]*(?P<on>[Oo]ver|[Oo]mtrent)[ \t]+de[ \t]+ontwerpen[ \t]?van[ \t]+wet)?"
)
_END_RE = re.compile(r"Tegen\s+deze\s+ontwerpen\s+van\s+wet\s+bestond")
_R_NUMBER_RE = re.compile(r"\(\s*R\s*;?\s*\d+\s*\)")
# A parenthesis closed (``(hoofdstukken I, II, VIIA)``), or one OCR left open (``2800 (Hoofdstuk II, 2800 A``)
# up to the first number it holds.
_PAREN_RE = re.compile(r"\([^()]{0,200}\)|\([^()\d]{0,60}")
# "10 300 E", "5543", "2A", "1400 D": the number (five digits may print a space after the second), the letter
# printed against it or apart from it; not the roman chapter after a budget's number ("4900 VIIA I", "Hs. I").
_NUMBER_RE = re.compile(r"(?<![\w*])(?!0)(?P<num>\d{1,2} \d{3}|\d{1,5})(?:(?P<glued>[A-Z])|[ \t](?P<apart>[A-Z]))?(?![\w*])(?!\.\w)")
_FOOT_RE = re.compile(
    r"Bij\S{3,5}\.?,?\s+(?P<y1>" + SESSION_YEAR + r")\s*[-—–]\s*(?P<y2>" + SESSION_YEAR + r")\.?,?\s+Eerste\s+K\s?amer"
    r"|Eerste\s+K\s?amer,?\s+Bij\S{3,5}\.?,?\s+(?P<y3>" + SESSION_YEAR + r")\s*[-—–]\s*(?P<y4>" + SESSION_YEAR + r")"
)
_HEAD_LINES = 6
# The page's foot under the list: "Handelingen der Staten-Generaal. Bijlagen. 1931—1932. Eerste Kamer." (OCR
# "Stoten-Generaal", "Bijlacen"), "Deel II Eerste Kamer, Bijlagen 1952—1953".
_PAGE_FOOT_RE = re.compile(r"Handelingen\s+der\s+St|Bij\S{3,5}\.?\s+\S{4}\S*\s+Eerste\s+K|Eerste\s+Kamer,?\s+Bij\S{3,5}\s+\d")


def find(text: str) -> re.Match[str] | None:
    """The heading of such a list where it opens the page (under at most ``Bijlagen.`` / ``Eerste Kamer.`` and
    OCR's specks), the list closes with ``Tegen deze ontwerpen van wet bestond geen bezwaar`` and the page's foot
    follows."""
    match = _HEADING_RE.search(text, 0, min(len(text), 400))
    close = _END_RE.search(text, match.end()) if match else None
    if match is None or close is None or not _PAGE_FOOT_RE.search(text, close.end()):
        return None  # a passage cut from the page (without its foot) is no page: no header
    before = split_lines(text, 0, match.start())
    if len(before) > _HEAD_LINES or any(not re.fullmatch(r"\W{0,3}(?:Bijlagen|Eerste|Kamer|Eerste\s+Kamer|\w)?\W{0,3}", line.text)
                                        for line in before):
        return None
    return match


def read(r: Reading, match: re.Match[str]) -> None:
    text = r.text
    r.layout = "report_list"
    end = match.end()
    heading = " ".join(match.group("caps").split())
    if match.group("on"):
        heading += " " + " ".join(text[match.start("on") : match.end()].split())
    r.fields["heading"] = heading
    r.fields["doc_type"] = "verslag"
    r.mark(match.start("caps"), end, "heading")
    close = _END_RE.search(text, end)
    assert close is not None
    numbers = _numbers(text[end : close.start()])
    if numbers:
        r.fields["dossiers"] = [{"number": number, "title": None} for number in numbers]
        r.mark(end, close.start(), "dossiers")
    _read_foot(r, close.end())
    if r.fields["chamber"] is None and re.search(r"\bEerste\b", text[: match.start()]):
        r.fields["chamber"] = "Eerste Kamer der Staten-Generaal"
        house = text.find("Eerste")
        r.mark(house, text.find("\n", house) if "\n" in text[house:] else len(text), "chamber")
    r.body_start = close.start()


def _numbers(listing: str) -> list[str]:
    in_columns = bool(re.search(r"(?m)^\s*Nrs\b", listing))
    listing = re.sub(r"(?m)^\s*(?:nos|n\S{1,2}s|Nrs)\b\.?", " ", re.sub(r"\bn\S{1,2}s\.?\s", " ", listing))
    listing = _PAREN_RE.sub(" ", _R_NUMBER_RE.sub(" ", listing))  # "(R 147)", "(hoofdstukken I, II, ...)"
    listing = re.sub(r",\s*(?:Hs|Hfdst|hfst)\.[^,\n]*|\b(?:Hs|Hfdst|hfst)\.\s*[IVXLl1]+\b", " ", listing)
    found: list[tuple[int, str]] = []
    for m in _NUMBER_RE.finditer(listing):
        base = m.group("num").replace(" ", "")
        letter = m.group("glued") or m.group("apart") or ""
        # "6500 E" is 6500-E (the suffix of a number of four or five digits, as headings.DOSSIER_RE reads it);
        # before 1950 the letter stands against the number ("2A", OCR's "2 B").
        number = base + (f"-{letter}" if m.group("apart") and len(base) >= 4 else letter)
        found.append((int(base), number))
    seen: set[str] = set()
    ordered = sorted(found, key=lambda item: (item[0], item[1])) if in_columns else found
    result = []
    for _, number in ordered:
        if number not in seen:
            seen.add(number)
            result.append(number)
    return result


def _read_foot(r: Reading, start: int) -> None:
    foot = _FOOT_RE.search(r.text, start)
    if foot is None:
        return
    first, second = (foot.group("y1"), foot.group("y2")) if foot.group("y1") else (foot.group("y3"), foot.group("y4"))
    years = session_years(first, second, r.text)
    if years and r.fields["vergaderjaar"] is None:
        r.fields["vergaderjaar"] = years
        r.mark(foot.start(), foot.end(), "vergaderjaar")
    if r.fields["chamber"] is None:
        r.fields["chamber"] = "Eerste Kamer der Staten-Generaal"
        house = r.text.find("Eerste", foot.start(), foot.end())
        r.mark(house, house + len("Eerste Kamer"), "chamber")
