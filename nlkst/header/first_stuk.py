"""The first stuk that starts further down a Bijlagen page whose head names no stuk.

A page of the Bijlagen of 1830-1940 often opens inside a stuk (the end of a memorie, a verslag's members, an
ontwerp's ``Gegeven``) under a running head that gives only the title (``Naturalisatie van L. Meijer en zeven
anderen. (Ontwerpen van Wet; ...)``) or a range OCR garbled. The page's header is then the first stuk whose marker
and heading start on it: ``[53. 1.|`` / ``KONINKLIJKE BOODSCHAP, ingekomen in de zitting van ...``, ``[LUI. 12.]`` /
``ONTWERP VAN WET lot naturalisatie ...``, ``(345. 3.) MEMORIE VAN TOELICHTING.``, ``[66.`` / ``3.] MEMORIE ...``,
``199. 5.`` / ``VERBETERING IN HET VOORLOOPIG VERSLAG.``. This reader finds that marker where the readers of the
page's head found no heading, and reads the heading, addressee, place and date under it
(``prewar.read_stuk_heading``); what the page printed above the marker closes another stuk. The marker also gives
the stuk's number and, where the page prints the kamerstuk's number again (another marker, the page's head), the
dossier, titled by the title the page's head prints (``_page_title``).
"""

from __future__ import annotations

import re
from itertools import takewhile

from .headings import is_budget_statement, is_heading
from .lines import Line, dehyphenate, is_upper, split_lines
from .prewar import (
    CHAMBER_RE,
    is_garbled_chamber_line,
    is_page_label,
    opens_like_a_page,
    read_stuk_heading,
    read_title_on_facing_page,
)
from .state import Reading

# A stuk's marker at the start of its line, as OCR left it, alone or before the heading: the kamerstuk's number
# (digits, a Roman number of 1830-1870, or a few characters OCR garbled: "[te. 11.]") and the stuk's (OCR's l, i
# or I for 1: "[XLVII. l.J", "{LVII. i5.]"), in brackets that OCR may have read as a letter or a bar ("[53. 1.|"), or
# lost the opening one before the heading on its line ("l«. 5.] NOTA VAN SCHRIJFFOUTEN."), or read the closing one
# after the stop as a 1, l or J before the heading ("I'ao. 14.1 NOTA VAN WIJZIGINGEN.", sgd-0000405343).
_MARKER_RE = re.compile(
    r"^(?:\W?\s?[\[({|]\s?|(?=[^\s\[\](){}]{1,5}[.,]\s?\d{1,3}(?:[.,]?[\])|]|[.,][1lJj])\s+[A-Z]))(?P<num>\d{1,4}|[IVXLCU]{1,7}|[^\s\[\](){}]{1,5}?)(?:\s?[.,]\s*|\s)(?P<nr>[\dliI]{1,3}(?:\s?[a-z])?)"
    r"(?:\s?[.,]?\s?[\])}|jJ]|[.,][1l](?=\s+[A-Z]))\.?(?:\s+(?P<rest>.*))?$"
)
# A marker OCR garbled beyond reading, alone on its line over the heading: "[XLVIIL <3" (a square or curly bracket,
# which no line of prose opens with, and at most 10 characters without a word in small letters).
_GARBLED_MARKER_RE = re.compile(r"^[\[{](?!.*[a-z]{3}).{2,9}$")
# The same without brackets, alone on its line over the heading or before it: "199. 5.", "503. 4.", "156. 8. AMENDEMENT
# VAN DEN HEEB BIJLEVELD C.S."
_BARE_MARKER_RE = re.compile(r"^(?P<num>\d{1,4})[.,]\s(?P<nr>\d{1,3}[a-z]?)[.,](?:\s+(?P<rest>.*))?$")
# A stuk's marker OCR garbled past the readers above, alone on its line over a heading in capitals: at most four
# short pieces without a word in small letters, the last closing with the stuk's number and its stop or bracket as
# OCR read them ("ILXXXIX. 3.]", "£79. 8.", "llfi. 1.", "(t«. 2.", "[S. 12]", "(2 III. 26.)", "810. i", "1.)" under
# "(»«.").
_UNREADABLE_MARKER_RE = re.compile(
    r"^(?!.*[a-z]{4})\W{0,2}(?:\S{1,9}\s){0,3}\W?(?:\d{1,3}|[liI])\s?[a-z]?[.,]?\s?[\])}|jJ]?\.?$"
)
# Such a marker of two pieces, the kamerstuk's and the stuk's number: "810. i", "£79. 8.", "ILXXXIX. 3.]".
_TWO_PIECE_MARKER_RE = re.compile(r"^\W?\S{1,6}[.,]\s(?:\d{1,3}|[liI])[.,]?[\])}|jJ]?$")
# The same marker before the heading on its line: one to four pieces, each of at most seven characters with a
# digit, a stop or a bracket, none a word in small letters ("3«6. 8.", "(9. VI. 29.)", "?.. VIII. 22.", "i.)").
_GARBLED_PREFIX_RE = re.compile(
    r"^(?P<marker>(?:(?=\S*[\d.,\])}|])(?!\S*[a-z]{3})\S{1,7}\s){1,4})(?P<rest>[A-Z]{3}.*)$"
)
# A marker broken over two lines, its first half alone: "[66." over "3.] MEMORIE VAN TOELICHTING."
_MARKER_HALF_RE = re.compile(r"^[\[({|](?:\d{1,4}|[IVXLCU]{1,7})[.,]$")
_MARKER_TAIL_RE = re.compile(r"^(?P<nr>\d{1,3}[a-z]?)[.,]?[\])}|](?:\s+(?P<rest>.*))?$")


def _stuk_heading(text: str) -> bool:
    """A stuk's heading in capitals, or in capitals that run on in small letters: ``MEMORIE VAN TOELICHTING.``,
    ``ONTWERP VAN WET lot naturalisatie van ...``."""
    capitals = " ".join(takewhile(lambda word: not any(c.islower() for c in word), text.split()))
    return (is_heading(text) and len(capitals) >= 4 and is_upper(capitals[:20])
            and not is_budget_statement(text))


# A running head that lists the stukken the page prints: "(Ontwerpen van Wet; Memorien van Toelichting.)".
_STUKKEN_HEAD_RE = re.compile(r"\((?:Koninklijke|Ontwerp|Memorie|Verslag|Voorloopig|Eindverslag|Nota|Voorgesteld)[^()]*\)")


def _has_page_head(lines: list[Line]) -> bool:
    """A page's head in its first lines: a page or stuk number, the page label (``Bijlagen.``), or a running head that
    lists the stukken; a slice of a page opens with none (``,`` / ``Lasten en bevelen, ...``, fragment
    sgd-0000297509 of ``corpora/fresh-2026-12-05b``)."""
    head = lines[:3]
    return (any(re.search(r"\d", line.text) or is_page_label(line.text) for line in head)
            or any(_STUKKEN_HEAD_RE.search(line.text) for line in lines))


def _garbled_capitals(text: str) -> bool:
    """A line in capitals of 8 letters or more that reads as no heading: a stuk's heading as OCR garbled it
    (``'KONINKLIJK» BOODSCHAP.``), over which the first readable marker would be a later stuk's."""
    return is_upper(text[:30]) and sum(c.isalpha() for c in text[:30]) >= 8


def find(text: str) -> tuple[int, Line] | None:
    """Where the first stuk that starts on the page has its marker, and its heading's first line; None where the
    text does not open like a page, no marker over a heading in capitals is found, or the page's head (its number,
    label, running head) stands nowhere above the marker: ``en`` / ``Handel,`` / ``(184. 8.1 MEMORIE ...`` is a slice
    of a page's body (fragment sgd-0000348019 of ``corpora/fresh-2026-12-05``), its only digits the marker's."""
    lines = split_lines(text, 0)
    if not (opens_like_a_page(text) and _has_page_head(lines[:4])):
        return None
    found = _find_marker(lines)
    if found is None or not _has_page_head([line for line in lines[:4] if line.end <= found[0]]):
        return None
    return found


def _find_marker(lines: list[Line]) -> tuple[int, Line] | None:
    """The first marker over (or before) a heading in capitals under the page's head (``find``)."""
    # a text that opens with a stuk's marker and heading under at most one line is a slice cut at the stuk's start
    # (fragments sgd-0000440388, sgd-0000072951), not a page: a page prints its head above the stuk
    for index, line in enumerate(lines[2:], 2):
        below = lines[index + 1] if index + 1 < len(lines) else None
        # under the page's head (page number, running head "[66." / "3.]", title): a marker there is the head's
        in_body = any(len(above.text) > 80 for above in lines[:index])
        marker = _MARKER_RE.match(line.text)
        if marker is None and _stuk_heading(line.text):
            # a stuk whose marker OCR garbled beyond reading starts first ("ILXXXIX. 3.]" / "MEMORIE VAN TOELICHTING.",
            # "£79. 8." / "VEESLAG."): its heading, where the garbled marker stands over it
            above = lines[index - 1]
            if _UNREADABLE_MARKER_RE.match(above.text):
                # its numbers only from two pieces ("£79. 8."), not "[N°. 113. 18]." or "(2 III. 26.)"
                return (above.start if len(above.text.split()) == 2 else line.start), line
            return None
        prefixed = _GARBLED_PREFIX_RE.match(line.text) if marker is None else None
        if prefixed is not None and _stuk_heading(prefixed.group("rest")):
            # the garbled marker before the heading on its line: "3«6. 8. MEMORIE VAN TOELICHTING.",
            # "(9. VI. 29.) NOTA VAN WIJZIGING.", "?.. VIII. 22. VOORLOOPIG VERSLAG."; its numbers only from two
            # pieces (not "2.4. ONTWERP VAN WET", the stuk 24, nor a page's number "833 EINDVERSLAG ...")
            heading = Line(line.start + prefixed.start("rest"), line.end, prefixed.group("rest").rstrip(" •"))
            pieces = len(prefixed.group("marker").split())
            return (line.start if pieces == 2 else heading.start), heading
        if (marker is None and below is not None and _TWO_PIECE_MARKER_RE.match(line.text)
                and _garbled_capitals(below.text) and not _stuk_heading(below.text)):
            return None  # "810. i" / "GELEIDENDE DRIEE.": the first stuk's heading OCR garbled past reading
        if marker is not None:
            rest = marker.group("rest")
            if rest:
                heading = Line(line.start + marker.start("rest"), line.end, rest)
                if _stuk_heading(rest):
                    return line.start, heading
                if _garbled_capitals(rest) or (line.text[0] in "[({|" and in_body):
                    return None  # a stuk whose heading OCR garbled ("167. 1.| KONINKLIJKE BOODSCHAI'."), a table
                continue
            if below is not None and _stuk_heading(below.text):
                return line.start, below
            if in_body or (below is not None and _garbled_capitals(below.text)):
                return None  # the first stuk on the page is a table or a bijlage ("[XLVI. 4.]" / "BULAGE N°. 1.")
            continue
        bare = _BARE_MARKER_RE.match(line.text)
        if bare is not None and bare.group("rest"):
            if _stuk_heading(bare.group("rest")):
                return line.start, Line(line.start + bare.start("rest"), line.end, bare.group("rest"))
        elif (bare or _GARBLED_MARKER_RE.match(line.text)) and below is not None and _stuk_heading(below.text):
            return line.start, below
        tail = _MARKER_TAIL_RE.match(below.text) if below is not None and _MARKER_HALF_RE.match(line.text) else None
        if tail is not None and tail.group("rest") and _stuk_heading(tail.group("rest")):
            return line.start, Line(below.start + tail.start("rest"), below.end, tail.group("rest"))
        if tail is not None and in_body:
            return None  # "[LI." / "9.]" over "BIJLAGE ... AANTOONING ...": the first stuk is a table
    return None


def read(r: Reading) -> bool:
    """The first stuk that starts on the page (``find``) as the page's header: its heading and what stands under
    it; the signature or date above its marker close the stuk the page opens inside."""
    found = find(r.text)
    if found is None:
        return False
    marker_start, heading = found
    r.layout = r.layout or "prewar"
    read_stuk_heading(r, heading)
    r.stuk_start = marker_start
    _read_marker_numbers(r, marker_start, heading.start)
    return True


# The marker's two numbers as OCR left them, its lines joined: "[LUI. 12.]", "(345. 3.)", "[66. / 3.]", "I'ao. 14.1",
# "|1. 32 a.]", "[XLVII. l.J" (OCR's l, i or I for the stuk number 1).
_MARKER_NUMBERS_RE = re.compile(
    r"^\W{0,2}(?P<num>[^\s.,\[\](){}|]{1,5}?)\s?[.,]\s*(?P<nr>\d{1,3}(?:\s?[a-z](?![a-z]))?|[liI](?=[.,\])|jJ]))(?=\s?[.,\])}|jJ1l])"
)
_ROMAN_RE = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")


def _read_marker_numbers(r: Reading, start: int, end: int) -> None:
    """The stuk's number from its marker (where no reader gave one); the kamerstuk's number, where no reader gave a
    dossier, when it reads as digits or a Roman number and the page prints it again at a line's start (another
    stuk's marker ``[53. 2.]``, the page's head ``503.``): one garbled marker (``(111. 13.)`` on page 114's) does
    not name the dossier alone."""
    found = _MARKER_NUMBERS_RE.match(r.text[start:end].replace("\n", " "))
    if found is None:
        return
    num = found.group("num")
    # an earlier stuk's marker of the same kamerstuk above it, OCR garbled ("(432. 100.V" over "(432. 101.) MEMORIE ...",
    # sgd-0000324669): the page opens with that stuk, whose number is not read; not the range of a running head
    # ("[120. 7—13.]")
    nr = found.group("nr")
    above = re.compile(rf"(?m)^[\[(|]?{re.escape(num)}[.,][ \t]*(?P<nr>\d{{1,3}})(?!\d|[ \t]*[-—–][ \t]*\d)")
    if nr.isdigit() and any(int(m.group("nr")) < int(nr) for m in above.finditer(r.text, 0, start)):
        return
    r.set_ondernummer(start + found.start("nr"), "1" if nr in ("l", "i", "I") else nr)
    if r.fields["dossiers"] is not None or not (num.isdigit() or (_ROMAN_RE.match(num) and num)):
        return
    again = re.compile(rf"(?m)^\W{{0,2}}{re.escape(num)}[.,]")
    if not any(m.start() != start for m in again.finditer(r.text)):
        return
    title = _page_title(split_lines(r.text, 0, start))
    r.fields["dossiers"] = [{"number": num, "title": title}]
    r.mark(start + found.start("num"), start + found.end("num"), "dossiers")
    read_title_on_facing_page(r)  # "Naturalisatie van J." / ... / "Tweede Kamer." / "Mulder en 12 anderen."


# The list of stukken a running title closes with: "(Koninklijke Boodschap; Ontwerp van Wet.)", "(Eindverslagen.)".
_STUKKEN_NOTE_RE = re.compile(r"\s*\((?:Koninklijke|Ontwerp|Memorie|Verslag|Voorloopig|Eindverslag|Nota|Voorgesteld)[^()]*\)?\S?$")


def _page_title(lines: list[Line]) -> str | None:
    """The dossier's title in the page's head, above the first stuk's marker: under the page number, running head,
    label and chamber line, the first line in small letters that opens with a capital, over three lines at most up
    to its full stop (``Naturalisatie`` / ``van L. Meijer en zeven`` / ``anderen. (Ontwerpen van Wet; ...)``),
    without the list of stukken after it; None where body text comes first (the page opens inside a stuk)."""
    for index, line in enumerate(lines[:6]):
        text = line.text
        if len(text) <= 12 and not re.search(r"[a-z]{3}", text) or is_page_label(text) or CHAMBER_RE.match(text) \
                or is_garbled_chamber_line(text) or re.fullmatch(r"\W{0,2}\d{1,4}[.,]?\W{0,2}", text) \
                or re.fullmatch(r"(?:Tweede|Eerste|Kamer)\W{0,2}(?:\s+\S{1,5})?", text) \
                or re.search(r"\b[Vv]el\b\W{0,2}$", text):  # "Tweede" / "Kamer.", the sheet: "Bijlagen. 11de vel."
            continue  # the page's furniture: its number, running head, label, chamber line
        if not re.match(r"[A-Z][a-z]", text) or is_upper(text[:20]):
            return None
        parts = []
        for part in lines[index : index + 3]:
            if len(part.text) > 200:
                return None  # body text: no title in the head
            parts.append(part.text)
            if part.text.endswith(".") or re.search(r"[\w)]{3}\.\s", part.text):
                break  # its full stop: "Naturalisatie van F. II." ends the title, "Eenig artikel." under it is body
        else:
            return None
        title = _STUKKEN_NOTE_RE.sub("", dehyphenate(parts))
        title = re.split(r"(?<=[\w)]{3})\.\s+(?=[A-Z])", title, maxsplit=1)[0]  # a second dossier's title after it
        return title.rstrip(" .") or None
    return None
