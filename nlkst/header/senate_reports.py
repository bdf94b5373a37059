"""The Eerste Kamer's pages of eindverslagen, 1885-1925: several final reports printed one after another, a page
often opening inside one (its end, ``Vastgesteld ...`` and the rapporteurs' names) with the next starting below.

    428 / Eindverslag der Commissie van Rapporteurs over de wetsontwerpen nos. 287, 317, 318, 325, 343, 354, 307
    en 316. / ... / Aldus vastgesteld ... / DOJES. DE VOS VAN STEENWIJK. ... / EINDVERSLAG DER COMMISSIE VAN
    RAPPORTEURS over de ontwerpen van wet houdende: (287, 317, ...) / 1°. toekenning van een renteloos voorschot
    ... (287); / 2°. aanvulling van art. 37 der Landweerwet (317); / ... / 's Gravenhage, 25 Mei 1916. DOJES. ...
    EINDVERSLAG DER COMMISSIE VAN RAPPORTEURS over het ontwerp van wet tot wijziging ... voor het dienstjaar 1911.
    (Kosten van de Visscherywet). (18 Tweede Kamer.)

The header is the first eindverslag whose heading starts on the page (the convention of every gold for a page
that opens inside a stuk): ``doc_type`` ``verslag``, no ondernummer, no signatories (the rapporteurs are members,
not office holders). Its bills: each item of the numbered list under a heading over several bills (``1°. <title>
(287);``), the item's words its title; or the number in brackets after a heading over one bill (``(807)``, ``(18
Tweede Kamer.)``), the words after ``tot``/``houdende`` its title. An item whose number OCR garbled (``(1*1)``,
``(17?)``) is left out: no number is guessed. The heading over several bills ends with ``tot``/``houdende`` or
``van wet`` (its colon and a bracketed list of the numbers dropped), as the blind gold of ``corpora/dev-sgd-2026-12-05h`` reads it;
a heading over one bill is read to its line's end, as every gold reads it. The date is the report's own: the
court's ``'s Gravenhage, 25 Mei 1916`` after the list, or ``(Aldus) vastgesteld ...`` closing it, before the next
report; never the date that closes the report the page opens inside.

Only on a page: its head names the bills (``Eindverslag(en) ... over de wetsontwerpen nos. ...``) or the chamber
line ``Eerste Kamer.`` stands in its first lines; a passage given alone gets nothing from here.
"""

from __future__ import annotations

import re

from .headings import is_heading, set_heading, without_list_lead
from .lines import Line, dehyphenate, is_upper, split_lines
from .state import Reading
from .values import OCR_DAY, OCR_YEAR, parse_date, printed_place

# The page's head in small letters naming the reports: "Eindverslag der Commissie van Rapporteurs over de
# wetsontwerpen nos. 287, 317, ..." (OCR: "vaii", "d«"), "Eindverslagen over de ontwerpen van wet nos. 128 en 2
# (hoofdstuk VI).", "Eindversl. der Comm. van Rapp. over de wetsontw. nos. ...", "Verschillende Eindverslagen der
# Commissie van Rapporteurs.", "Voorl. Versl. over de w.o. nos. 269 en 270. — Eindverslag over de wetsontwerpen ...",
# "Eindversl. w.o. nos. 35, 63, ..." (the bills abbreviated right after the word, sgd-0000295906).
# Also a page that opens with a preliminary report ("Voorloopig Verslag der Commissie van Rapporteurs over ...",
# OCR's "Yoorloopig", "tVoorloopij? Verslag over wetsontwerp n°. 60.", "Voorloopige Verslagen over de wetsontwerpen
# nos. ..."), OCR's "EindYérl.".
_PAGE_HEAD_RE = re.compile(
    r"^(?=.{0,200}$)(?:.{0,90}\W)?(?:E[il1]nd[vY][eé]r\S{0,2}\S{0,6}|[VY]oorl\S{2,6}\s+\(?[Vv]ersl\S{0,5})\s+"
    r"(?:d\S{1,2}\s+|van\s+de\s+)?(?:C\S{2,9}\s|over\b|w\.\s?o\.\s)")
_CHAMBER_RE = re.compile(r"^Eerste\s+Kamer\b\W{0,3}(?:\w{1,4}\W{0,2})?$")
# A report's heading in capitals over one bill or several (a final report, or a preliminary one, "VOORLOOPIG VERSLAG
# DER COMMISSIE VAN RAPPORTEURS over het ontwerp van wet tot ... (185)"): "EINDVERSLAG DER COMMISSIE VAN RAPPORTEURS over de
# ontwerpen van wet tot:", "... over het ontwerp van wet, houdende nadere bepalingen ...", OCR's "DEB", "VA*",
# "RAPPOKTKUBS", "do ont.erpen".
_HEADING_RE = re.compile(
    r"^(?:E\S?ND|V[O0]{2}\S{4,7}\s+)VE\S{4,5}\s+(?:D\S{1,2}|VAN\s+DE)\s+CO\S{6,8}\s+VA\S\s+\S{8,12}\s+(?P<on>over|omtrent)\s+(?P<art>d\S|h\S{1,2})\s+"
    r"(?P<ontwerp>ont\S{3,6})\s+van\s+w\S{1,2}\b"
)
# Over several bills: the heading ends with "tot:" / "houdende:" (and a bracketed list of their numbers), or with
# "van wet:" where each item names its own act ("EINDVERSLAG ... over de ontwerpen van wet:" / "1°. intrekking ...").
_LIST_END_RE = re.compile(r"^(?P<heading>.*?\b(?:tot|houdende|van\s+wet))\s*[:;]\s*(?:\([\d\s,.en]*\)\.?)?$")
# An item of the list: "1°. aanvulling van art. 37 der Landweerwet (317);", OCR's "l*i", "2\".", "3*.", "5C.".
_ITEM_RE = re.compile(r"^\S{1,3}\s*\.?\s+(?P<title>\S.{3,}?)\s*\((?P<num>[^()]{1,8})\)\s*[;.,]?\s*(?:en)?\.?$")
# Items OCR joined on one line: "1°. ... (304); 2°. naturalisatie van A. O. EÜEU (29);".
_ITEM_SPLIT_RE = re.compile(r"(?<=\)[;,])\s+(?=[\dlI]\S{0,2}\s*\.?\s+[A-Za-z])")
# An item's words that hold another item's number: items OCR joined without their markers (sgd-0000321903).
_JOINED_ITEMS_RE = re.compile(r"\(\S{1,6}\)\s*[;,]")
# The bills the page's head names: "... over de wetsontwerpen nos. 287, 317, 318, 325, 343, 354, 307 en 316."
_HEAD_NUMBERS_RE = re.compile(r"\bn\S?o?s\.\s+(?P<list>[\d\s,.en*']+)")
# Digits that OCR of this print takes for each other (as prewar._OCR_DIGIT_PAIRS): "(828)" under "nos. 323, 331".
_TWINS = {"3": "8", "8": "3", "1": "7", "7": "1", "0": "9", "9": "0", "5": "6", "6": "5"}
# Over one bill: the number in brackets at the heading's end, "(807)", "(18 Tweede Kamer.)".
_ONE_BILL_RE = re.compile(r"\((?P<num>\d{1,4})(?:\s+Tweede\s+Kamer)?\.?\)\.?$")
_TITLE_START_RE = re.compile(r"\bwet,?\s+(?:tot|houdende|betreffende)\s+")
# The report's own date: the court's place and date, or its adoption.
_COURT_DATE_RE = re.compile(
    r"(?P<place>['’‘*`]?\s?s[\s-]?Gra[a-z]{4,8}),?\s+(?:den\s+)?" + OCR_DAY + r"\s+(?P<month>[A-Za-z]{3,10})\.?\s+" + OCR_YEAR
)
_ADOPTED_RE = re.compile(
    r"(?:Aldus\s+)?[Vv]astgesteld,?\s+(?:door\s+d[eo]\s+[^\n,]{0,60}?,?\s+)?(?:d[eo]n\s+)?" + OCR_DAY + r"\s+"
    r"(?P<month>[A-Za-z]{3,10})\.?\s+" + OCR_YEAR
)


def find(text: str) -> tuple[Line, list[Line]] | None:
    """The first report's heading on an Eerste Kamer page of eindverslagen, and the page's lines after it."""
    head = split_lines(text, 0, min(len(text), 12000), limit=4)
    if not any(_PAGE_HEAD_RE.match(line.text) or _CHAMBER_RE.match(line.text) for line in head):
        return None
    lines = split_lines(text, 0, min(len(text), 12000))
    if not any(_PAGE_HEAD_RE.match(line.text) for line in head) and not any(
            _HEADING_RE.match(line.text) for line in lines[:40]):
        return None
    for index, line in enumerate(lines[:60]):
        if _HEADING_RE.match(line.text):
            return line, lines[index + 1:]
        joined = _split_list_heading(text, line, lines[index + 1 : index + 2])
        if joined is not None:
            return joined, lines[index + 2:]
        broken = _broken_one_bill_heading(text, lines[index : index + 8])
        if broken is not None:
            return broken, lines[index + len(split_lines(text, broken.start, broken.end)):]
        if is_heading(line.text) and is_upper(line.text[:20]):
            return None  # another stuk starts first ("VOORLOOPIG VERSLAG ...", an eindverslag OCR garbled)
    return None


def _split_list_heading(text: str, line: Line, following: list[Line]) -> Line | None:
    """A heading over several bills printed on two lines (``EINDVERSLAG VAN DE COMMISSIE VAN RAPPORTEURS`` / ``over
    de ontwerpen van wet tot:``, 5 SGD pages of 1925-1930), as one line; a heading over one bill so broken runs on
    over more lines and is left to the other readers."""
    if not following or not following[0].text.startswith(("over ", "omtrent ")):
        return None
    joined = Line(line.start, following[0].end, text[line.start : following[0].end].replace("\n", " "))
    return joined if _HEADING_RE.match(joined.text) and _LIST_END_RE.match(joined.text) else None


# The first line of a heading over one bill that OCR broke after the committee ("EINDVERSLAG DER COMMISSIE VAK
# RAPPORTEURS" / "over het ontwerp van wet tot ..." / "... Oudshoorn. (27)", sgd-0000325705) or after "over".
_BROKEN_START_RE = re.compile(
    r"^(?:E\S?ND|V[O0]{2}\S{4,7}\s+)VE\S{4,5}\s+(?:D\S{1,2}|VAN\s+DE)\s+CO\S{6,8}\s+VA\S\s+[A-Z]\S{7,11}(?:\s+(?:over|omtrent))?$"
)
# Broken before the rapporteurs ("VOORLOOPIG VERSLAG VAN DE COMMISSIE VAN" / "RAPPORTEURS over het ontwerp van wet tot
# wijziging" / ... / "... bij akten. (241)", sgd-0000296188, -309075, -314124): the committee's line ends with "VAN", the
# next opens with the rapporteurs' word and runs on in small letters.
_BROKEN_BEFORE_RAPPORTEURS_RE = re.compile(r"^(?:E\S?ND|V[O0]{2}\S{4,7}\s+)VE\S{4,5}\s+(?:D\S{1,2}|VAN\s+DE)\s+CO\S{6,8}\s+VA\S$")
_RAPPORTEURS_LINE_RE = re.compile(r"^[A-Z]\S{7,11}\s+(?:over|omtrent)\s+[a-z]")


def _broken_one_bill_heading(text: str, lines: list[Line]) -> Line | None:
    """A heading over one bill printed on two to eight lines (the committee's line alone, then the words in small
    letters up to the line that ends with the bill's number in brackets, ``(27)``), as one line; the line breaks
    kept as spaces so that offsets stay the text's. Only over the heading's short lines: a line of a paragraph (over
    120 characters) ends the search."""
    if len(lines) < 2:
        return None
    before_rapporteurs = (_BROKEN_BEFORE_RAPPORTEURS_RE.match(lines[0].text) is not None
                          and _RAPPORTEURS_LINE_RE.match(lines[1].text) is not None)
    if not before_rapporteurs and (not _BROKEN_START_RE.match(lines[0].text) or not lines[1].text[:1].islower()):
        return None  # the heading runs on in small letters ("over het ontwerp ...", "omtrent den ...")
    for last in range(1, len(lines)):
        if len(lines[last].text) > 120:
            return None
        joined = Line(lines[0].start, lines[last].end, text[lines[0].start : lines[last].end].replace("\n", " "))
        if _ONE_BILL_RE.search(lines[last].text):
            return joined if _HEADING_RE.match(joined.text) else None
    return None


def read(r: Reading, found: tuple[Line, list[Line]]) -> bool:
    """The report's heading, bills and date; False where its bills cannot be read (the other readers go on)."""
    heading, below = found
    listed = _LIST_END_RE.match(heading.text)
    if listed:
        dossiers = []
        listed_on_page = _numbers_of_page_head(r.text)
        for line in _item_lines(r.text, below):
            items = [_ITEM_RE.match(piece) for piece in _ITEM_SPLIT_RE.split(line.text)]
            if not items or any(item is None or _JOINED_ITEMS_RE.search(item.group("title")) for item in items):
                break
            position = 0
            for item in items:
                position = line.text.find(item.group(0), position)
                offset = line.start + position
                num = item.group("num").strip()
                if num.isdigit():
                    num = _against_page_head(num, listed_on_page)
                    title = re.sub(r"(?<=\w\w)\.$", "", item.group("title").rstrip(" ,;"))  # "... 1926. (184)."
                    dossiers.append({"number": num, "title": title})
                    r.mark(offset + item.start("num"), offset + item.end("num"), "dossiers")
        if not dossiers or len({dossier["number"] for dossier in dossiers}) < len(dossiers):
            return False  # none read, or a budget's chapters all numbered 2 ("(2)"), whose chapter this reader misses
        end_of_list = line.start
        kept = without_list_lead(listed.group("heading"))
        printed = Line(heading.start, heading.start + len(kept), kept)
    else:
        one = _ONE_BILL_RE.search(heading.text)
        start = _TITLE_START_RE.search(heading.text)
        if one is None or start is None:
            return False
        title = dehyphenate(r.text[heading.start + start.end() : heading.start + one.start()].split("\n")).rstrip(" .")
        dossiers = [{"number": _against_page_head(one.group("num"), _numbers_of_page_head(r.text)), "title": title or None}]
        r.mark(heading.start + one.start("num"), heading.start + one.end("num"), "dossiers")
        end_of_list = heading.end
        printed = heading
    r.layout = "senate_report"
    r.fields["dossiers"] = dossiers
    # a heading broken over lines is read as its lines (a word broken at a line's end joined again: "ver-" / "hooging")
    set_heading(r, split_lines(r.text, printed.start, printed.end) if "\n" in r.text[printed.start : printed.end]
                else [printed], runs_on=True)
    r.stuk_start = heading.start
    following = next((line for line in below if _HEADING_RE.match(line.text)), None)
    r.stuk_end = following.start if following is not None else None
    _read_date(r, end_of_list, r.stuk_end if r.stuk_end is not None else min(len(r.text), end_of_list + 6000))
    return True


# An item's end: its bill's number in brackets ("(299);", "(184).").
_ITEM_END_RE = re.compile(r"\([^()]{1,8}\)\s*[;.,]?\s*(?:en)?\.?$")


def _item_lines(text: str, below: list[Line]) -> list[Line]:
    """The list's lines, an item printed over two or three lines joined into one (its next line opens in small
    letters: ``2°. bekrachtiging van ... Lokaalspoor-weg-Maatschappy`` / ``en der ... Enschedé—Oldenzaal. (299);``,
    sgd-0000317410), with a space for each line break so that offsets stay the text's."""
    joined: list[Line] = []
    index = 0
    while index < len(below):
        last = index
        while (last + 1 < len(below) and last - index < 2 and not _ITEM_END_RE.search(below[last].text)
               and below[last + 1].text[:1].islower()):
            last += 1
        start, end = below[index].start, below[last].end
        joined.append(below[index] if last == index else Line(start, end, text[start:end].replace("\n", " ")))
        index = last + 1
    return joined


def _numbers_of_page_head(text: str) -> set[str]:
    """The numbers of the bills that the page's head names (``nos. 287, 317, ... en 316``)."""
    for line in split_lines(text, 0, min(len(text), 800), limit=4):
        if _PAGE_HEAD_RE.match(line.text):
            listed = _HEAD_NUMBERS_RE.search(line.text)
            if listed:
                return set(re.findall(r"\d{1,4}", listed.group("list")))
    return set()


def _against_page_head(num: str, listed: set[str]) -> str:
    """An item's number read against the numbers the page's head names: where it is not among them and one digit
    read as its OCR twin is (and only one such), that reading; otherwise as printed."""
    if not listed or num in listed:
        return num
    twins = {num[:i] + _TWINS[d] + num[i + 1:] for i, d in enumerate(num) if d in _TWINS} & listed
    return twins.pop() if len(twins) == 1 else num


def _read_date(r: Reading, start: int, end: int) -> None:
    """The first court date or adoption after the report's heading (or list), before the next report."""
    found = [m for m in (_COURT_DATE_RE.search(r.text, start, end), _ADOPTED_RE.search(r.text, start, end)) if m]
    for match in sorted(found, key=lambda m: m.start()):
        iso = parse_date(match.group("day"), match.group("month"), match.group("year"))
        if iso:
            r.fields["date"] = iso
            r.mark(match.start("day"), match.end("year"), "date")
            if match.re is _COURT_DATE_RE:
                r.fields["place"] = printed_place(match.group("place"))
                r.mark(match.start("place"), match.end("place"), "place")
            return
