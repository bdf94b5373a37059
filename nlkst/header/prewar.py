"""The Bijlagen of 1814-1949: ``Tweede Kamer.`` alone on its line, the stuk's number and title
(``852 1``, ``(414. 1.)``), an upper-case heading, ``Aan den Heer Voorzitter ...`` and
``'s Gravenhage, 9 October 1929``."""

from __future__ import annotations

import re
from itertools import takewhile

from .headings import extend_heading, is_heading, set_heading
from .kamerstuk import read_received_date
from .lines import Line, dehyphenate, is_upper, split_lines
from .state import Reading
from .values import known_places, parse_date, place

# The chamber alone on its line ("Tweede Kamer.", "Eerste Kamer. 1", "Tweede Kamer, i", OCR's "iweede Kamer"),
# without "der Staten-Generaal" or a vergaderjaar.
CHAMBER_RE = re.compile(r"^(?P<house>[TIi]weede|Eerste)\s+Kamer\b\W{0,4}(?:\w{1,4}\W{0,2}){0,2}$")
# Their letters are addressed "Aan den Heer Voorzitter ...", "Den Heere Voorzitter ...",
# "Aan Zijne Excellentie den Minister van Staat, Voorzitter ...", over one line or several.
_ADDRESSEE_RE = re.compile(
    r"(?:^|(?<=\.\s))(?P<text>(?:Aan|Den)\s+(?:(?:Zijne|den|de|het|Heere?|heer)\b|\w{2,4}\s+(?:Heere?\s+)?Voorzitter\b).*)$"
)
# The kamerstuk's number and ondernummer above its heading or before it on its line:
# "852 1", "339. 22.", "(414. 1.)", "291. 8. MEMORIE VAN TOELICHTING."
# A Rijksbegroting's stukken carry its chapter too: "2. V. 17." is stuk 17 of chapter V of begroting 2.
_NUMBER_RE = re.compile(
    r"^[\[(]?(?P<num>\d{2,4}|\d(?=[.,]?\s+[IVXL]{1,6}[.,]))[.,]?\s+(?:(?P<chapter>[IVXL]{1,6})[.,]?\s+)?"
    r"(?P<nr>\d{1,3})[.,]?[\])]?(?:\s+|$)"
)
# The stuk's marker alone on its line, as a page that opens with a new stuk prints it: "(34. 1.)", "[204. 30.]".
_MARKER_RE = re.compile(r"[\[(|]\d{1,4}[.,]\s*\d{1,3}[a-z]?[.,]?[\])|]")
_PRINT_NOTE_RE = re.compile(
    r"(?m)^\(?[Gg]edrukt\s+onder\s+n\S{0,3}\s*\S*\s*der"
    r"\s+[Zz]itting\s+(?P<y1>1[89]\d\d)\s*[-—–]\s*(?P<y2>1[89]\d\d)"
)
_PLACE_START_RE = re.compile(r"^'?\s?[sS]\s?-?\s?\(?[GgTt][Rr][Aa][Vv]|^'[A-Za-z]\s")
# Their place and date: "'s Gravenhage, 9 October 1929", "'s GRAVENHAGE, den 27 December 1911",
# "'sGravenhage, 11 April 1919", also after the addressee on its line.
_PLACE_DATE_RE = re.compile(
    r"(?P<place>'?\s?[sS]\s?-?\s?(?:Graven|GRAVEN)\w*|[A-Z][a-z]+),?\s+(?:den\s+)?"
    r"(?P<day>[0-3]?[0-9lIO])(?:sten|ste|den|de)?\s+(?P<month>[A-Za-z]{3,10})\.?\s+(?P<year>1[89]\d\d)"
)


def find_heading(text: str) -> tuple[Line | None, Line | None] | None:
    """The chamber line that opens an old Bijlage, and the upper-case heading below it if any; or, on a
    page without the chamber line, the heading under the stuk's marker."""
    lines = split_lines(text, 0, min(len(text), 2000))[:14]
    chamber = next((i for i, line in enumerate(lines) if CHAMBER_RE.match(line.text)), None)
    if chamber is None:
        return _find_marked_heading(lines)
    for line in lines[chamber + 1:]:
        if line.text.upper().startswith("AANHANGSEL"):
            break  # questions and answers: no heading of their own
        number = _NUMBER_RE.match(line.text) or re.match(r"^\(?\d{1,4}[.,]?\)?\s+", line.text)
        rest = line.text[number.end():] if number else line.text
        # "ONTWERP VAN WET houdende ...", not "VRAGEN van den heer ...": two upper-case words at least
        upper_words = len(list(takewhile(is_upper, rest.split())))
        if is_heading(rest) and (is_upper(rest[:30]) or upper_words >= 2):
            offset = len(line.text) - len(rest)
            return lines[chamber], Line(line.start + offset, line.end, rest)
    return lines[chamber], None


def _find_marked_heading(lines: list[Line]) -> tuple[None, Line] | None:
    """A page without the chamber line that opens with the stuk's marker (``(34. 1.)``, ``[204. 30.]``)
    and its heading on the next line: the first page of a stuk printed after another's end."""
    for index, line in enumerate(lines[:6]):
        if _MARKER_RE.fullmatch(line.text) and index + 1 < len(lines):
            heading = lines[index + 1]
            if is_heading(heading.text) and is_upper(heading.text[:30]):
                return None, heading
            return None
    return None


def read(r: Reading, chamber_line: Line | None, heading_line: Line | None) -> None:
    """Chamber, number and title, heading, addressee, place and date of an old Bijlage."""
    r.layout = "prewar"
    if chamber_line is not None:
        house = CHAMBER_RE.match(chamber_line.text).group("house")
        r.fields["chamber"] = f"{'Eerste' if house == 'Eerste' else 'Tweede'} Kamer der Staten-Generaal"
        r.mark(chamber_line.start, chamber_line.start + len(house) + 6, "chamber")
    if heading_line is None:  # a continuation page: the chamber is all its header says plainly
        return
    _read_number(r, chamber_line, heading_line)
    lines = [heading_line] + split_lines(r.text, heading_line.end, r.body_end)[:11]
    inline = _ADDRESSEE_RE.search(heading_line.text)
    if inline:  # "BRIEF VAN DEN MINISTER ... Aan den Heer Voorzitter ..." on one line
        start = heading_line.start
        lines[0] = Line(start, start + inline.start(), heading_line.text[: inline.start()].rstrip())
        lines.insert(1, Line(start + inline.start(), heading_line.end, inline.group("text")))
        last = 0
    else:
        last = extend_heading(lines, 0, [lines[0]])
    set_heading(r, lines[: last + 1])
    header_end = lines[last].end
    addressee: list[Line] = []
    for line in lines[last + 1 : last + 8]:
        place_date = _PLACE_DATE_RE.search(line.text)
        before = line.text[: place_date.start()].strip() if place_date else line.text
        if not place_date and _PLACE_START_RE.match(line.text):
            header_end = line.end  # a place and date that OCR broke ("'s-Gravenhage, 14 Mvi lï»52")
            break
        if before and (addressee or _ADDRESSEE_RE.match(line.text)):
            if addressee and not place_date and (len(line.text) > 80 or addressee[-1].text.endswith(".")):
                break
            addressee.append(Line(line.start, line.start + len(before), before))
        elif before:
            break
        header_end = line.end
        if place_date and _set_place_date(r, line.start, place_date):
            after = line.text[place_date.end():]
            header_end = line.end if not after.strip(" .,") else line.start + place_date.end()
            break
    if addressee:
        r.fields["addressee"] = dehyphenate([part.text for part in addressee]).rstrip(".,")
        r.mark(addressee[0].start, addressee[-1].end, "addressee")
    _read_print_note(r, heading_line.end, header_end + 300)
    if r.fields["date"] is None:  # a motie's "Voorgesteld 21 December 1921."
        read_received_date(r, heading_line.start, header_end)
    r.body_start = header_end


def _read_print_note(r: Reading, start: int, end: int) -> None:
    """``(Gedrukt onder n°. 434 der Zitting 1936—1937.)`` under the heading: the session the stuk is
    printed in. ``(De vroegere stukken zijn gedrukt ...)`` names the session of earlier stukken, which
    need not be this one's."""
    note = _PRINT_NOTE_RE.search(r.text, start, min(len(r.text), end))
    if note and r.fields["vergaderjaar"] is None and int(note.group("y2")) == int(note.group("y1")) + 1:
        r.fields["vergaderjaar"] = f"{note.group('y1')}-{note.group('y2')}"
        r.mark(note.start("y1"), note.end("y2"), "vergaderjaar")


def _read_number(r: Reading, chamber_line: Line | None, heading_line: Line) -> None:
    """``852 1`` just above the heading (or before it on its line) is the kamerstuk 852, nr. 1; the
    mixed-case lines between the chamber and that number are its title."""
    top = chamber_line.end if chamber_line is not None else 0
    before = [line for line in split_lines(r.text, top, heading_line.start) if len(line.text) > 2]
    number_line = before[-1] if before else None
    number = _NUMBER_RE.match(number_line.text) if number_line else None
    number_start = number_line.start if number_line else 0
    if number is None or number.end() < len(number_line.text.rstrip()):
        number_start = r.text.rfind("\n", 0, heading_line.start) + 1
        number = _NUMBER_RE.match(r.text[number_start : heading_line.start])
        if number is None:
            return
        number_line = None
    title = [line for line in (before[:-1] if number_line else before)
             if not is_upper(line.text) and sum(c.isalpha() for c in line.text) >= 10]
    text = re.sub(r"(?<!enz)\.$", "", dehyphenate([line.text for line in title])) if title else None
    if text and number.group("chapter"):  # "(Rijksbegrooting voor het dienstjaar 1930. 2. V. 17.)"
        text = re.sub(r"^[.\s(]+|(?<=\d{4})\b.*$", "", text).strip(" .") or None
    chapter = number.group("chapter")
    r.fields["dossiers"] = [{"number": f"{number.group('num')}-{chapter}" if chapter else number.group("num"), "title": text}]
    r.mark(number_start + number.start("num"), number_start + number.end("num"), "dossiers")
    if title:
        r.mark(title[0].start, title[-1].end, "dossiers")
    r.set_ondernummer(number_start + number.start("nr"), number.group("nr"))


def _set_place_date(r: Reading, offset: int, match: re.Match[str]) -> bool:
    iso = parse_date(match.group("day"), match.group("month"), match.group("year"))
    raw = match.group("place")
    if iso is None or ("graven" not in raw.lower() and place(raw) not in known_places()):
        return False  # "Voorgesteld 21 December 1921" is a date without a place
    r.set_place_and_date("'s-Gravenhage" if "graven" in raw.lower() else place(raw), iso, match, offset)
    return True
