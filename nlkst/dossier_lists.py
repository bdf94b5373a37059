"""Dossier numbers printed bare in lists: the dossiers an eindverslag or a list of bills names.

An Eerste Kamer eindverslag prints the dossiers it reports on as a column of numbers (``Nrs`` /
``5402`` / ``5584`` / ...), a header line (``12712, 12770, 12 916 (R 951), ... en 12 967``) or a
number above each bill's title (``20200-B`` / ``Begroting van ...``). In the SGD OCR a number alone
on a line is far more often an amount, a page number or a table cell, so a block of such lines is
read as dossiers only when its context says so (``is_dossier_list``): a cue next to it (a heading
``Nrs``, a session line, ``ontwerpen van wet``, a bill's title on the next line, the eindverslag's
closing ``Tegen deze ontwerpen van wet ...``), and numbers that look like one list of dossiers
rather than amounts (close together, not round, not all years).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import resources

_S = r"[ \u00a0]"
# One dossier in a list: "12 916", "12712", OCR "55S4"; a chapter or sub-dossier after a hyphen ("20200-B",
# "20200-IXA", "21501-04") or,
# after a space ("20 200 H"; any capital on a budget's round number, below); a rijkswet number in brackets
# ("(R 951)").
# A budget's dossier (a round hundred: 3200, 4900, 5700 in the 1950s, 18600 in the 1980s) with its chapter as the
# Eerste Kamer's lists of the 1950s print it: a letter glued or after a space ("3200C", "5700 J", "1000F"), a roman
# chapter after "hfst." or bare, its letter apart, and the part of a split chapter after it ("4900 hfst. XIV",
# "4900 VIIA I", "4900 VII A II": chapter VIIA, the part not an id's), "(Hoofdstuk II)", or "Midd.", ", Wet op de
# (Middelen)" (the law of the budget's revenue: the budget's own dossier).
_BUDGET = (
    rf"(?<=00)(?P<glued>[A-Z])(?![\w])"
    rf"|(?<=00)(?![\w]){_S}(?:(?:[Hh](?:oo)?fd?st|Hs)\.{_S}?)?(?P<roman>[IVXL]{{1,5}})(?:{_S}?(?P<letter>[A-F]))?"
    rf"(?:{_S}(?:I{{1,3}}|[12]))?(?![\w])"
    rf"|(?<=00)(?![\w]){_S}(?:[A-Z](?![\w.])|Midd\.)"
    rf"|(?<=00)(?![\w]),?{_S}Wet{_S}op{_S}de(?:{_S}Middelen)?(?![\w])"  # "6500, Wet op de Middelen", "7800, Wet op de"
    rf"|(?<=00)(?![\w]){_S}\(Hoofdstuk{_S}(?P<bracketed>[IVXL]{{1,5}}(?:{_S}?[A-F])?)\)"  # "3700 (Hoofdstuk II)"
    rf"|(?<=00)(?![\w]){_S}\(Hoofdstukken{_S}[IVXLA-Fnl\d ,]{{1,40}}(?=\n)"  # its chapters' list, to go on
)                                                                        # below: "1400 (Hoofdstukken I, n, VII Al,"
# What closes that list of chapters at the next line's head, the budget's chapters following it: "XIV, Wet op de
# Middelen), 1400A, 1400D" (the Eerste Kamer's eindverslagen of 1949-1952). Its chapters are not read.
_CHAPTERS_TAIL = rf"(?:[IVXL]{{1,5}}(?:{_S}?[A-F][\dl]?)?,{_S}*)*Wet{_S}op{_S}de{_S}Middelen\),{_S}*"
_TOKEN_TEXT = (
    rf"(?P<number>\d{{2}}{_S}\d{{3}}|\d[\dSO]{{3,4}})"
    rf"(?:(?P<budget>{_BUDGET})"
    rf"|(?![\w])(?P<suffix>{_S}?-{_S}?(?:[IVXL]{{1,5}}[A-F]?|[A-Z]|\d{{2}})(?![\w])"   # 20200-B, 20200-IXA, 21501-04
    rf"|{_S}(?:[IVXL]{{2,5}}[A-F]?|[A-H])(?![\w]))?)"
    rf"(?:{_S}?\({_S}?R{_S}?\d{{1,4}}\))?"
)
LIST_TOKEN = re.sub(r"\?P<\w+>", "?:", _TOKEN_TEXT)  # the same without group names
_RIJKSWET = rf"\({_S}?R{_S}?\d{{1,4}}\)"
# A dossier whose first digit the OCR read as a letter ("f0 042" for 10 042): it keeps the line in its list
# but is not read itself (not guessed); a budget chapter after a dossier ("10 300 Hfdst. IV").
# ... or a digit as a star ("1*054").
_GARBLED = rf"(?:[fIl][\dO]{_S}\d{{3}}|\d\*\d{{3}})(?![\w*])"
# "10 300 Hfdst. IV", "10 900 Hs. I Wet op de Middelen": a chapter, after "Hs." with the short title of its law
_CHAPTER = (rf"(?:[Hh](?:oo)?fd?st|Hs)\.{_S}?[IVXLl1]{{1,5}}(?![\w])"
            rf"(?:{_S}Wet(?:{_S}(?:op|de|der|van|het|[A-Z][a-z]+)){{0,4}}(?![\w]))?")
# "Hs. IX A", "hfst. XIV", "Hoofdst. II"
_CHAPTER_AFTER = re.compile(rf",?{_S}+(?:[Hh](?:oo)?fd?st|Hs)\.{_S}?([IVXLl1]{{1,5}}(?:{_S}?[A-F])?)(?![\w])")
_SESSION = rf"(?:Zitting|Vergaderjaar){_S}+\d{{4}}{_S}?[-–/]{_S}?\d{{2,4}}{_S}*[-–]{_S}*"
# The eindverslag's list in a sentence: "omtrent de ontwerpen van wet nos 3353, 3410,3462, ..." (1949-1955), the
# numbers running on over the next lines.
_NOS = rf"(?:(?:[Oo]mtrent|[Oo]ver){_S}de{_S})?ontwerpen{_S}van{_S}wet,?{_S}nos?\.?{_S}"
_SEPARATOR = rf"(?:{_S}*,{_S}*|{_S}+en{_S}+|{_S}+)"
# A line of the list: tokens separated by commas, "en" or spaces, nothing else (but a stray OCR capital:
# "5700 J"); a session line may lead, the chamber that sent the bills and the stuk's number may close it
# ("Zitting 1968-1969 -10 074, 10 077 (R695), ...").
_LINE = (
    rf"{_S}*(?:{_SESSION}|{_NOS}|{_CHAPTERS_TAIL})?"
    rf"(?:{LIST_TOKEN}|{_GARBLED})"
    rf"(?:{_SEPARATOR}(?:(?:{LIST_TOKEN})|{_GARBLED}|{_RIJKSWET}|{_CHAPTER}|[A-Z](?![\w])))*{_S}*[,.]?{_S}*"
    # "... en 8662 (Tweede Kamer) Nr. 187"
    rf"(?:\((?:Tweede|Eerste){_S}Kamer\){_S}*(?:Nr\.{_S}?\d{{1,4}}[a-z]?{_S}*)?)?"
)
# The patterns of the table entries: a block of such lines, each a line of its own, after a line break
# (a pattern that opens with "\n" is found by a fast scan; "^" in multi-line mode is four times slower) or
# at the very start of the text.
_BLOCK = rf"""
    {_LINE}(?=\n|\Z)                       # 5402  |  12712, 12770, 12 916 (R 951) en 12 967  |  20200-B
    (?:\n{_LINE}(?=\n|\Z))*                # the next lines of the column
"""
LIST_PATTERN = r"\n" + _BLOCK
LIST_PATTERN_AT_START = r"\A" + _BLOCK
_TOKEN = re.compile(_TOKEN_TEXT)
_NUMBER_SPACING = re.compile(r"[ \u00a0.]")
_SESSION_PREFIX = re.compile(rf"(?m)^{_S}*(?:{_SESSION}|{_NOS}|{_CHAPTERS_TAIL})")
_NOS_PREFIX = re.compile(rf"{_S}*{_NOS}")

# A heading or line near the block that announces dossiers.
_CUE = re.compile(
    r"""
    ^\s*Nrs?\.?(?:\s*\d{1,4}[a-z]?)?\s*$                               # "Nrs" above a column; "Nr. 140" of the stuk
    |(?:Zitting|Vergaderjaar|ZITTING|VERGADERJAAR)\s+\d{4}             # the session line of a header
    |ontwerpen\s+van\s+(?:\(Rijks\)\s*)?wet|[Ww]etsontwerpen           # "omtrent de ontwerpen van wet"
    |[Kk]amer,\s*(?:zitting|vergaderjaar)                               # the footer: "Eerste Kamer, zitting ..."
    |^\s*\((?:Tweede|Eerste)\s+Kamer\)\s*$                               # "(Tweede Kamer)" under an EK list
    """,
    re.VERBOSE | re.MULTILINE,
)
_HEADER_CUE = re.compile(r"(?:Zitting|Vergaderjaar|ZITTING|VERGADERJAAR)\s+\d{4}|Kamer\s+der\s+Staten|KAMER\s+DER")


@lru_cache(maxsize=1)
def _title_opening() -> re.Pattern[str]:
    words = resources.lines("bill_title_openings.txt")
    return re.compile(r"\s*(?:" + "|".join(words) + r")\b")


def title_opening_at(text: str, position: int) -> str | None:
    """The bill title's first word (``Wijziging``, ``Verandering``, ...) at ``position``, or None."""
    found = _title_opening().match(text, position)
    return found.group(0).strip() if found else None


def _lines_before(text: str, start: int, count: int) -> list[str]:
    return text[max(0, start - 400):start].split("\n")[-count - 1:-1]


def _lines_after(text: str, end: int, count: int) -> list[str]:
    return text[end:end + 400].split("\n")[1:count + 1]


_NOT_DIGITS = re.compile(r"\D+")


def _is_title(line: str) -> bool:
    """A bill's title: opens with a capital, has a word, few digits (``Structuurschema Verkeer en Vervoer``,
    ``Vluchtelingenbeleid``)."""
    digits = len(_NOT_DIGITS.sub("", line))
    return bool(re.match(r"\s*[A-Z]", line)) and bool(re.search(r"[A-Za-zÀ-ÿ]{4,}", line)) and digits <= len(line) // 4


def number_digits(number: str) -> str:
    """A dossier number as printed (``12 916``, OCR ``23 9OO``) as its digits (``12916``, ``23900``)."""
    return _NUMBER_SPACING.sub("", number).replace("O", "0")


def number_value(number: str) -> int:
    return int(number_digits(number))


def dossiers_in(block: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, number, suffix) of each dossier of a list block, offsets within the block; a number
    the OCR garbled (``55S4``: 5554 or 5584?) is left out, not guessed."""
    blanked = _SESSION_PREFIX.sub(lambda m: " " * len(m.group(0)), block)
    found = []
    for m in _TOKEN.finditer(blanked):
        if "S" in m["number"]:
            continue
        end, suffix = (m.end("suffix"), m["suffix"]) if m["suffix"] else (m.end("number"), None)
        if m["budget"]:
            end = m.end("budget")
            chapter = (m["glued"] or (m["roman"] or "") + (m["letter"] or "")
                       or (m["bracketed"] or "").replace(" ", "") or m["budget"].strip(" \u00a0."))
            suffix = None if chapter == "Midd" or chapter.startswith(("Wet", ",", "(")) else "-" + chapter
        chapter = None if suffix or m["budget"] else _CHAPTER_AFTER.match(blanked, m.end())
        if chapter:  # "10 300 Hfdst. IV": the budget's chapter (OCR "Il" for II)
            end, suffix = chapter.end(), "-" + re.sub(r"[ \u00a0]", "", chapter.group(1)).replace("l", "I").replace(
                "1", "I")
        found.append((m.start(), end, m["number"], suffix))
    return found


def is_dossier_list(text: str, start: int, end: int, numbers: list[int]) -> str | None:
    """Whether the block ``text[start:end]`` of bare numbers is a list of dossiers, by its context: ``"header"``
    (one dossier above its title in a stuk's header: the stuk's own dossier), ``"list"``, or None."""
    strays = stray_numbers(numbers)
    numbers = [n for i, n in enumerate(numbers) if i not in strays]
    if not numbers or any(not 1000 <= n <= 39999 for n in numbers):
        return None
    if all(1800 <= n <= 2030 for n in numbers):
        return None  # a column of years
    if len(numbers) >= 2:
        if not _one_stretch(numbers) or sum(n % 100 == 0 for n in numbers) * 2 > len(numbers):
            return None  # amounts: far apart, or round
    after = _lines_after(text, end, 3)
    if after and re.fullmatch(r"\s*Nrs?\.?\s*\d{1,4}[a-z]?\s*", after[0]):
        after = after[1:]  # the stuk's number between the dossier and its title
    title_after = bool(after) and _is_title(after[0])
    if len(numbers) == 1 and not title_after:
        return None  # a number alone on its line, no title under it: an amount, a page, a cell
    before = _lines_before(text, start, 6)
    header = "\n".join(before)
    before = before[-3:]
    if len(numbers) == 1 and title_after and _HEADER_CUE.search(header):
        # One number above a title in a header ("Zitting 1979-1980" / "14 390" / "Structuurschema ...").
        return "header"
    if title_after and _title_opening().match(after[0]):
        return "list"  # "20200-B" / "Begroting van uitgaven ..."
    if len(numbers) == 1:
        return None
    near = "\n".join([*before, *after])
    if _NOS_PREFIX.match(text, start) or _CUE.search(near) or any(
            _title_opening().match(line) and _is_title(line) for line in before[-1:]):
        return "list"
    if _sorted_column(text[start:end]):
        return "list"
    return None


# How far the numbers of a short list may lie apart where they are low (1949-1950: 1056 ... 1729): within the
# numbering of one or two sessions (some 500-900 bills a session in 1949-1975), where the ratio 1.5 says nothing.
_ONE_STRETCH = 1000


def _one_stretch(numbers: list[int]) -> bool:
    """Whether the numbers lie in one stretch of the numbering: a short list within a ratio of 1.5 or 1,000 of each
    other; a long one (eight or more) nine in ten within a ratio of 1.5 of its middle number (an old bill still
    pending, ``2117`` among ``2400`` ... ``3484``, may lie further)."""
    if len(numbers) < 8:
        return max(numbers) <= 1.5 * min(numbers) or max(numbers) - min(numbers) <= _ONE_STRETCH
    middle = sorted(numbers)[len(numbers) // 2]
    return sum(middle / 1.5 <= n <= middle * 1.5 for n in numbers) * 10 >= 9 * len(numbers)


def stray_numbers(numbers: list[int]) -> set[int]:
    """The positions of the numbers a long list (eight or more) holds far from its stretch (outside half to twice
    its middle number), at most one in ten: a number the OCR garbled into another (``98001`` for ``9800 I``,
    ``14001`` for ``1400 I``, ``3771`` among ``9806`` ... ``9901``) keeps its list a list but is not read; in a
    shorter list, or with more of them, none is set apart (and the list is judged whole)."""
    if len(numbers) < 8:
        return set()
    middle = sorted(numbers)[len(numbers) // 2]
    strays = {i for i, n in enumerate(numbers) if not middle / 2 <= n <= middle * 2 or not 1000 <= n <= 39999}
    return strays if len(strays) * 10 <= len(numbers) else set()


def _sorted_column(block: str) -> bool:
    """Whether a block of at least eight lines ascends by the first number of each line, line by line or every
    second or third line: a list of dossiers printed in columns (read row by row, each column still ascends),
    which a table of amounts is not. It decides where the list's heading lies outside the text given."""
    first_of_line: dict[int, int] = {}
    for start, _, number, _ in dossiers_in(block):
        first_of_line.setdefault(block.count("\n", 0, start), number_value(number))
    firsts = list(first_of_line.values())
    if len(firsts) < 8:
        return False
    # Where the OCR took the columns' lines in turn (column 1, 2, 3, 1, 2, 3, ...), every third line ascends.
    return any(sum(a < b for a, b in zip(firsts, firsts[lag:])) >= 0.85 * (len(firsts) - lag) for lag in (1, 2, 3))


# A number of a list with one character the OCR garbled: "55S4", "1*054", "f0 042" (a dossier's first digit as f).
_GARBLED_NUMBER = re.compile(rf"(?<![\w*])(?:[fIl][\dO]{_S}\d{{3}}|\d\*\d{{3}}"
                             rf"|\d{{1,3}}S\d{{0,2}}(?<=[\dS]{{4}}))(?![\w*])")
_DIGITS = "0123456789"


def garbled_readings(block: str) -> list[tuple[int, int, str]]:
    """(start, end, number) of each number of a list block whose one character the OCR garbled (``55S4``, ``1*054``,
    ``f0 042``) where the list's order leaves it one reading: a list prints its dossiers in ascending order, so the
    number lies between its neighbours, on its line (``11046 1*054 11055``: 11054) or in its column (``5577`` /
    ``55S4`` / ``5585`` read every third line: 5584; ``10 040`` / ``f0 042`` / ``10 045``: 10042). With no neighbour
    on one side, or two readings that fit, nothing is read (never guessed)."""
    blanked = _SESSION_PREFIX.sub(lambda m: " " * len(m.group(0)), block)
    rows: list[list[tuple[int, int, int | None, str]]] = []  # per line: (start, end, value or None, text)
    offset = 0
    for line in blanked.split("\n"):
        entries = [(offset + a, offset + b, number_value(number), number) for a, b, number, _ in dossiers_in(line)]
        entries += [(offset + m.start(), offset + m.end(), None, m.group(0)) for m in _GARBLED_NUMBER.finditer(line)]
        rows.append(sorted(entries))
        offset += len(line) + 1
    if not any(value is None for row in rows for _, _, value, _ in row):
        return []
    firsts = [row[0][2] for row in rows if row]
    # the lag at which the lines' first numbers ascend (column by column, the OCR reading the columns' rows in turn);
    # the garbled number itself may break one step
    lags = [lag for lag in (1, 2, 3) if len(firsts) > lag and sum(
        a is not None and b is not None and a < b for a, b in zip(firsts, firsts[lag:]))
        >= 0.85 * (len(firsts) - lag) - 1]
    found = []
    for i, row in enumerate(rows):
        for j, (start, end, value, written) in enumerate(row):
            if value is not None:
                continue
            bounds = None
            if 0 < j < len(row) - 1 and row[j - 1][2] is not None and row[j + 1][2] is not None:
                bounds = (row[j - 1][2], row[j + 1][2])
            elif lags and i - lags[0] >= 0 and i + lags[0] < len(rows):
                above, below = rows[i - lags[0]], rows[i + lags[0]]
                if len(above) > j and len(below) > j and above[j][2] is not None and below[j][2] is not None:
                    bounds = (above[j][2], below[j][2])
            if bounds is None or not bounds[0] < bounds[1]:
                continue
            digits = written.replace(" ", "").replace("\u00a0", "").replace("O", "0")
            spot = next((k for k, char in enumerate(digits) if not char.isdigit()), None)
            if spot is None or any(not char.isdigit() for char in digits[spot + 1:]):
                continue
            readings = {int(digits[:spot] + digit + digits[spot + 1:]) for digit in _DIGITS}
            fitting = [reading for reading in readings if bounds[0] < reading < bounds[1]]
            if len(fitting) == 1:
                found.append((start, end, str(fitting[0])))
    return found


_OWN_HEADING = re.compile(r"\n[ \t]*Nr\.[ \t]*(?P<nr>\d{1,4}[a-z]?)[ \t]*\n(?:[^\n]*\n)?[ \t]*"
                          r"(?P<heading>(?P<kind>AMENDEMENT|MOTIE)\b[^\n]*)")


def own_document_after(text: str, end: int) -> tuple[str, str, int, int] | None:
    """(kind, ondernummer, heading start, heading end) where a header's dossier is followed, within its title
    lines, by ``Nr. 36`` and the heading ``AMENDEMENT VAN ...`` / ``MOTIE VAN ...``: the stuk the text is."""
    found = _OWN_HEADING.search(text, end, end + 400)
    if found is None or "\n\n" in text[end:found.start()]:
        return None
    return found["kind"].lower(), found["nr"], found.start("heading"), found.end("heading")


@lru_cache(maxsize=1)
def _bill_cue() -> re.Pattern[str]:
    """A bill's or a document's title: one of the title openings, a law's name, a document noun."""
    words = [line.lower() for line in resources.lines("bill_title_openings.txt")]
    return re.compile(r"(?i)\b(?:" + "|".join(words) + r"|(?:wets)?ontwerp|wetsvoorstel|brief|nota"
                      r"|memorie|verslag|overeenkomst|verdrag)(?:en|len|s)?\b|wet\b"
                      r"|\ben[ \u00a0]\d{1,3}[ \u00a0]an-?[ \u00a0]?deren\b")  # a naturalisation: "... en 24 anderen"


_MONEY_WORD = re.compile(r"(?i)(?:gulden|euro|francs?|kronen)\W{0,3}$")


def bill_cue_before(text: str, position: int) -> bool:
    """Whether a bill's or document's title comes in the 250 characters before ``position`` (and no money word
    just before it): what makes ``(3516)`` in ``Tariefwet Nieuw-Guinea (3516)`` a dossier."""
    if _MONEY_WORD.search(text, max(0, position - 20), position):
        return False
    return bool(_bill_cue().search(text, max(0, position - 250), position))


# What follows a bill's number in the Handelingen: "... kinderen) (6201).\nDit wetsontwerp wordt zonder ...".
_BILL_CUE_AFTER = re.compile(
    r"[).;:]{1,3}\s{0,3}(?:(?:[Dd]it|[Hh]et)[ \u00a0](?:wetsontwerp|ontwerp[ \u00a0]van[ \u00a0]wet)\b"
    r"|(?:Deze|Dit)[ \u00a0](?:brief|brieven|stuk|stukken|nota|missives?)[ \u00a0](?:is|zijn)[ \u00a0]"
    r"(?:reeds[ \u00a0]|al[ \u00a0])?gedrukt)")
# An item of a list of bills, each with its number: "... (9619); Vergoeding van ... schade (9200); ...".
_LIST_ITEM_BEFORE = re.compile(r"\(\d{4,5}(?:,[^()\n]{0,30})?\)[;:][^()]{3,250}$")


# An item of the minutes' list of incoming stukken that is a minister's letter: "4°. een brief van de Minister van
# Buitenlandse Zaken, ten geleide van ...", "...; een, ten geleide van ..." after "de volgende missives".
_INCOMING_LETTER = re.compile(
    r"(?:^|\n)[ \t]*\d{1,2}°\.[ \t]*(?:de[ \t]+volgende[ \t]+)?(?:een|twee|drie|vier)?[ \t,]*"
    r"(?:brie(?:f|ven)|missives?|nota'?s?)[ \t]+(?:van|der|des)[ \t]")


def incoming_letter_before(text: str, position: int) -> bool:
    """Whether ``position`` (a bracketed number) ends an item of the minutes' list of incoming stukken that a
    minister's letter or missive opens (``4°. een brief van de Minister ..., ten geleide van ... (8338).``), on the
    item's own line, with no other number in brackets between: that number is the letter's dossier."""
    line_start = text.rfind("\n", max(0, position - 1200), position)
    if line_start < 0 and position > 1200:
        return False
    line_start = max(line_start, 0)
    if not _INCOMING_LETTER.match(text, line_start):
        return False
    last_item = text.rfind("; een", line_start, position)
    return not re.search(r"\(\d{4,5}[,)]", text[max(line_start, last_item):position])


# A list of bills' item by its number on a line of its own or opening one ("15 684" / "Verandering van ...",
# "16911 (R 1171) Verandering ..."), or closing one before its title's line ("... gemeente Bangert 15 695").
_LIST_LINE_NUMBER = re.compile(rf"(?m)(?:^[ \t]*(\d{{2}}{_S}?\d{{3}})(?={_S}?(?:{_RIJKSWET})?[ \t]*(?:$|[A-Z][a-z]))"
                               rf"|(?<=[a-z)][ ])(\d{{2}}{_S}?\d{{3}})(?=[ \t]*$))")


def bill_list_around(text: str, start: int, end: int, number: int) -> bool:
    """Whether the number at ``text[start:end]`` stands among other items of a list of bills by number and title:
    another such number (``_LIST_LINE_NUMBER``) within three lines either way, in the same stretch of the numbering
    (within 1,000 or a ratio of 1.5; an amount or a year in a table has no such neighbour)."""
    before, after = start, end - 1
    for _ in range(4):
        before = max(0, text.rfind("\n", 0, before))
        found = text.find("\n", after + 1)
        after = len(text) if found < 0 else found
    for found in _LIST_LINE_NUMBER.finditer(text, before, after):
        if found.start() == start:
            continue
        other = number_value(found.group(1) or found.group(2))
        if other != number and _one_stretch([number, other]):
            return True
    return False


def list_item_before(text: str, position: int) -> bool:
    """Whether ``position`` ends an item of a list of numbered bills: the item before it closed with ``(9619);``."""
    return bool(_LIST_ITEM_BEFORE.search(text, max(0, position - 300), position))


def bill_cue_after(text: str, position: int) -> bool:
    """Whether ``Dit wetsontwerp`` or ``Deze brief is reeds gedrukt`` follows ``position`` (the end of a bracketed
    number): the number was a bill's or a printed stuk's."""
    return bool(_BILL_CUE_AFTER.match(text, position))


# A list of bills by small numbers: the Eerste Kamer's eindverslagen over many bills before 1949 (each session
# numbered its bills anew from 1 before 1945; the numbering begun in 1945 reached a thousand in 1948): "over de
# ontwerpen van wet nos. 2 (hoofdstukken I, II, VIIA, XIV, Wet op de Middelen), 2A, 2 B, 20, 64, 65, ...", running on
# over lines to "Tegen deze ontwerpen van wet bestond geen bezwaar."; a page's headline "Eindverslagen over de
# wetsontwerpen nos. 323, 331 en 338". An item: the number, a budget's letter ("2A", "2 D", "300 H"), the budget's
# chapters in brackets; or a number the OCR garbled ("27*2", "lil", "3C0"), which keeps the list going but is not read.
_SMALL_ITEM_NAMED = (rf"(?P<number>[1-9]\d{{0,2}})(?:{_S}?(?P<letter>[A-Z])(?![\w.*]))?(?![\w*])"
                     rf"(?:{_S}?\({_S}?(?P<chapters>(?:[Hh]oofdstuk|HOOFDSTUK)[^()]{{1,300}})\))?"
                     rf"|(?P<garbled>(?=[\dlI]*[lIO*SC])(?=[\dlIO*SC]*[\dl])[\dlI][\dlIO*SC]{{1,3}}(?![\w*]))")
# The same item without its group names, for the list pattern that repeats it (a name may stand only once).
_SMALL_ITEM = "(?:" + re.sub(r"\(\?P<\w+>", "(?:", _SMALL_ITEM_NAMED) + ")"
# Between items: a comma (", en" too), "en" (OCR "en."), or a full stop the OCR printed for a comma ("84. 85").
_SMALL_SEPARATOR = rf"(?:{_S}*,(?:{_S}*en\.?)?\s*|{_S}*\.{_S}+(?=\d)|\s+en\.?{_S}+)"
SMALL_LIST = rf"{_SMALL_ITEM}(?:{_SMALL_SEPARATOR}{_SMALL_ITEM})+"
_SMALL_ITEM_PARTS = re.compile(_SMALL_ITEM_NAMED)
_CHAPTER_NAME = re.compile(r"\s*(?:(?:[Hh]oofdstuk(?:ken)?|HOOFDSTUK(?:KEN)?)\s+)?(?P<chapter>.*?)\s*", re.S)
_CLEAN_CHAPTER = re.compile(r"[IVXL]{1,5}(?:[A-F]\d?)?")
_REVENUE_LAW = re.compile(r"Wet\s+op\s+de\s+Middelen")


def small_bills(text: str, start: int, end: int) -> list[tuple[int, int, list[str | None]]]:
    """(start, end, suffixes) of each bill of a list of small numbers in ``text[start:end]``: ``None`` for a part the
    page does not name clearly, ``""`` for the bill itself, ``"-A"`` for a budget's letter or chapter. A number the
    OCR garbled has no entry. A budget with its chapters in brackets (``2 (hoofdstukken I, n, VIIA2, Wet op de
    Middelen)``) is one part per chapter over the whole bracket, the Wet op de Middelen the budget's own, a chapter
    the OCR garbled (``n``, ``VII Al``) no id's (the fresh-2026-12-07f gold)."""
    found = []
    for item in _SMALL_ITEM_PARTS.finditer(text, start, end):
        if item["garbled"]:
            continue
        if item["chapters"] is None:
            found.append((item.start(), item.end(), ["-" + item["letter"] if item["letter"] else ""]))
            continue
        found.append((item.start(), item.end(), chapter_parts(item["chapters"])))
    return found


def chapter_parts(chapters: str) -> list[str | None]:
    """The parts of a budget's chapters in brackets (``hoofdstukken I, n, VIIA2, XIV, Wet op de Middelen``), one
    each: ``"-I"`` for a chapter, ``""`` for the Wet op de Middelen (the budget's own dossier), ``None`` for a part
    the page does not name clearly (the OCR's ``n``, ``VII Al``; a fund's name)."""
    parts: list[str | None] = []
    for part in re.split(r"[;,]", chapters):
        name = _CHAPTER_NAME.fullmatch(part)["chapter"]  # type: ignore[index]
        parts.append("" if _REVENUE_LAW.fullmatch(name) else "-" + name if _CLEAN_CHAPTER.fullmatch(name) else None)
    return parts


_CHAPTER_BRACKET = re.compile(r"\((?P<chapters>(?:[Hh]oofdstuk|HOOFDSTUK)[^()]{1,300})\)")


def chapter_bracket(text: str, start: int, end: int) -> tuple[int, list[str | None]] | None:
    """(end, parts) of the bracket of a budget's chapters that the list token ``text[start:end]`` opens and a later
    line closes (``1400 (Hoofdstukken I, n, VII Al, VIIA2,`` / ``XIV, Wet op de Middelen), 1400A``: the Eerste
    Kamer's eindverslagen of 1949-1952), else None."""
    opening = text.find("(", start, end)
    found = _CHAPTER_BRACKET.match(text, opening) if opening >= 0 else None
    return (found.end(), chapter_parts(found["chapters"])) if found else None
