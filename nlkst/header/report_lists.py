"""The Eerste Kamer's lists of final reports (1929-1971): one page that closes many bills at once.

    Bijlagen. / Eerste Kamer. / EINDVERSLAGEN DER COMMISSIËN VAN RAPPORTEURS over de ontwerpen van wet nos. 2
    (hoofdstuk II; ...), 2A, 2B, 19, 37, ... 402. / Tegen deze ontwerpen van wet bestond geen bezwaar. /
    Handelingen der Staten-Generaal. Bijlagen. 1931—1932. Eerste Kamer.

From about 1955 the numbers stand in columns under ``Nrs`` (``5543 (R 147)``, ``6500 E``, ``7400, Hs. I``) that
OCR reads row by row, and the chamber and session only in the foot (``Handelingen der Staten-Generaal Bijlagen
1961—1962 Eerste Kamer``, ``Deel II Eerste Kamer, Bijlagen 1952—1953``). Such a page is one verslag
(``doc_type`` ``verslag``, no ondernummer, no signature) about every listed bill: each number is a dossier without a
title (none is printed); a budget's chapters listed after its number are each a dossier of their own, the chapter
as its Roman suffix (``2 (hoofdstuk II; hoofdstuk VIIA; Wet op de Middelen)``: ``2-II``, ``2-VIIA``, and ``2`` with the
title ``Wet op de Middelen``; ``3700 (Hoofdstuk II)``: ``3700-II``; ``9300, Hs. II`` / ``Hs. IX A``: ``9300-II``,
``9300-IXA``); a letter suffix takes a hyphen whether it is printed apart or against the number (``6500 E``,
``3700E``, ``2A``, OCR's ``2 B``: ``6500-E``, ``3700-E``, ``2-A``, ``2-B``), as ANNOTATION.md writes the Roman suffix
(``36200-VII``); a Rijkswet's ``(R 147)`` is dropped. A list in one run is read in printed order; columns in reading
order, column by column, which is ascending order. These are the conventions of the blind golds since
``corpora/fresh-2026-12-06d`` (sgd-0000066257, -050265, -059435, -044891, -279972, -237616); the two older golds that
wrote ``2A`` and ``2`` once for its chapters (sgd-0000047479, -069149) were brought to them (k22h, 2026-12-06).
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
        r.fields["dossiers"] = [{"number": number, "title": title} for number, title in numbers]
        r.mark(end, close.start(), "dossiers")
    _read_foot(r, close.end())
    if r.fields["chamber"] is None and re.search(r"\bEerste\b", text[: match.start()]):
        r.fields["chamber"] = "Eerste Kamer der Staten-Generaal"
        house = text.find("Eerste")
        r.mark(house, text.find("\n", house) if "\n" in text[house:] else len(text), "chamber")
    r.body_start = close.start()


# A budget's number with the chapters listed after it: "2 (hoofdstuk II; hoofdstuk VIIA­hoofdstuk XII; Wet op de
# Middelen; Verzamelstaat)", "2 (hoofdstukken I, II, VIIA, XIV, Wet op de Middelen)", "3700 (Hoofdstuk II)"; in the
# columns of 1955-1971 "9300, Hs. II" (or a budget's round number without the comma, "10 300 Hfdst. Il": OCR reads
# the columns row by row, so "8661 Hs. IXA" is another column's number before the budget's next chapter), then
# "Hs. IX A" and "Wet op de" / "Middelen" on lines of their own. A parenthesis of anything else is dropped, as is
# one OCR left open.
_ENTRY_RE = re.compile(
    r"(?<![\w*])(?P<pnum>\d{1,2} \d{3}|\d{1,5})[ \t]*\((?P<inner>[^()]{0,200})\)"
    r"|(?<![\w*])(?P<hnum>(?:\d{1,2} \d{3}|\d{4,5}),|\d{1,2} ?\d00)[ \t]*(?:Hs|Hfdst|hfst)\.[ \t]*(?P<hroman>[IVXL][IVXLl1]{0,4}(?:[ \t]?[A-Z])?)(?![\w.])"
    r"|\b(?:Hs|Hfdst|hfst)\.[ \t]*(?P<aroman>[IVXL][IVXLl1]{0,4}(?:[ \t]?[A-Z])?)(?![\w.])"
    r"|(?:(?<![\w*])(?P<mnum>\d{1,2} \d{3}|\d{4,5}),[ \t]*)?(?P<middelen>\bWet\s+op\s+de\b(?=[\s\d]{0,40}Middelen\b))"
    r"|,\s*(?:Hs|Hfdst|hfst)\.[^,\n]*|\b(?:Hs|Hfdst|hfst)\.\s*[IVXLl1]+\b"
    r"|(?P<paren>" + _PAREN_RE.pattern + r")"
    r"|" + _NUMBER_RE.pattern
)
_CHAPTER_RE = re.compile(r"(?P<roman>[IVXL]{1,5})(?:[ \t]?(?P<letter>[A-Z]))?")
_TITLE_ITEM_RE = re.compile(r"[A-Z][a-z]{2,}(?:\s+[a-z]{1,3}){0,3}(?:\s+[A-Z]?[a-z]{2,})?")


def _chapters(base: str, inner: str) -> list[tuple[str, str | None]]:
    """The dossiers a budget's parenthesis lists: each chapter ``BASE-ROMAN``, each named part ``BASE`` with its
    name as title; nothing where the parenthesis holds neither."""
    inner = re.sub(r"(?i)\bhoofdstuk(?:ken)?\b\.?", " ", inner)
    entries: list[tuple[str, str | None]] = []
    for item in re.split(r"[;,\xad\n]", inner):
        item = " ".join(item.split()).rstrip(".")
        if not item:
            continue
        chapter = _CHAPTER_RE.fullmatch(item)
        if chapter is not None:
            entries.append((f"{base}-{chapter.group('roman')}{chapter.group('letter') or ''}", None))
        elif _TITLE_ITEM_RE.fullmatch(item):
            entries.append((base, item))
        else:
            return []
    return entries


def _roman(chapter: str) -> str:
    """A chapter's Roman number as printed, its letter joined, OCR's ``l`` and ``1`` for ``I`` read (``Il``: II)."""
    return "".join(chapter.split()).replace("l", "I").replace("1", "I")


def _numbers(listing: str) -> list[tuple[str, str | None]]:
    """The dossiers of the list, each a number and a title (a budget's named part, else None)."""
    in_columns = bool(re.search(r"(?m)^\s*Nrs\b", listing))
    listing = re.sub(r"(?m)^\s*(?:nos|n\S{1,2}s|Nrs)\b\.?", " ", re.sub(r"\bn\S{1,2}s\.?\s", " ", listing))
    listing = _R_NUMBER_RE.sub(" ", listing)  # "(R 147)"
    if not in_columns:  # OCR's letters for the ones of a number between two commas ("78, lil, 115": 111)
        listing = re.sub(r"(?<=,[ \t])(?=[lIi1]{0,2}[li])[lIi1]{2,3}(?=,)", lambda m: "1" * len(m.group()), listing)
    found: list[tuple[int, str, str | None, str]] = []  # (base, number, title, chapter or number)
    budget: str | None = None  # the last budget number whose chapters were listed ("9300, Hs. II")
    for m in _ENTRY_RE.finditer(listing):
        if m.group("pnum"):
            base = m.group("pnum").replace(" ", "")
            entries = _chapters(base, m.group("inner")) or [(base, None)]
            found.extend((int(base), number, title, "chapter") for number, title in entries)
        elif m.group("hnum"):
            budget = m.group("hnum").replace(" ", "").rstrip(",")
            found.append((int(budget), f"{budget}-{_roman(m.group('hroman'))}", None, "chapter"))
        elif m.group("aroman") and budget is not None:
            found.append((int(budget), f"{budget}-{_roman(m.group('aroman'))}", None, "chapter"))
        elif m.group("middelen") and (m.group("mnum") or budget is not None):
            budget = (m.group("mnum") or budget).replace(" ", "")
            found.append((int(budget), budget, "Wet op de Middelen", "chapter"))
        elif m.group("num"):
            base = m.group("num").replace(" ", "")
            letter = m.group("glued") or m.group("apart") or ""
            # a letter suffix takes a hyphen, printed apart ("6500 E") or against the number ("2A", "3700E")
            found.append((int(base), base + (f"-{letter}" if letter else ""), None, "number"))
    if not in_columns:
        found = _letters_read_as_digits(found)
    # a number printed twice is one dossier; a chapter I and a letter I of one budget (2-I) are two
    seen: set[tuple[str, str | None, str]] = set()
    ordered = sorted(found, key=lambda item: item[0]) if in_columns else found
    result = []
    for _, number, title, kind in ordered:
        if (number, title, kind) not in seen:
            seen.add((number, title, kind))
            result.append((number, title))
    return result


def _letters_read_as_digits(found: list[tuple[int, str, str | None, str]]) -> list[tuple[int, str, str | None, str]]:
    """A budget's letter series in which OCR read the suffix ``I`` or ``O`` as a digit: ``2H, 21, 2K`` is ``2-H``,
    ``2-I``, ``2-K`` (a number that is the base and a 1 or 0, between two lettered numbers of that base)."""
    result = list(found)
    for index in range(1, len(found) - 1):
        (_, before, _, _), (_, number, title, _), (_, after, _, _) = found[index - 1 : index + 2]
        base = before.split("-")[0]
        if (title is None and re.fullmatch(re.escape(base) + r"-[A-Z]", before) and re.fullmatch(re.escape(base) + r"-[A-Z]", after)
                and number in (base + "1", base + "0")):
            result[index] = (int(base), f"{base}-{'I' if number.endswith('1') else 'O'}", None, "number")
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
