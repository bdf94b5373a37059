"""The Bijlagen of 1814-1949: ``Tweede Kamer.`` alone on its line, the stuk's number and title
(``852 1``, ``(414. 1.)``), an upper-case heading, ``Aan den Heer Voorzitter ...`` and
``'s Gravenhage, 9 October 1929``."""

from __future__ import annotations

import re
from itertools import takewhile

from . import page_foot
from .headings import RUN_ON_RE, edits, extend_heading, is_heading, one_word_runs_on, run_on, run_on_below, set_heading
from .kamerstuk import read_received_date
from .lines import Line, dehyphenate, is_upper, split_lines
from .state import Reading
from .values import (OCR_DAY, OCR_YEAR, RECEIVED_DATE_RE, SESSION_YEAR, is_garbled_the_hague, known_places, parse_date, place,
                     printed_place, session_years)

# The chamber alone on its line ("Tweede Kamer.", "Eerste Kamer. 1", "Tweede Kamer, i", OCR's "iweede Kamer"),
# without "der Staten-Generaal" or a vergaderjaar.
CHAMBER_RE = re.compile(r"^(?P<house>[TIi]weede|Eerste)\s+[Kk]amer\b\W{0,4}(?:\w{1,4}\W{0,2}){0,2}$")
# Their letters are addressed "Aan den Heer Voorzitter ...", "Den Heere Voorzitter ...",
# "Aan Zijne Excellentie den Minister van Staat, Voorzitter ...", over one line or several; a Koninklijke
# Boodschap "Aan de Tweede Kamer der Staten-Generaal", its "Aan" as OCR printed it ("Ann de", "Aau de", "Aam, de").
_ADDRESSEE_RE = re.compile(
    r"(?:^|(?<=\.\s))(?P<text>(?:Aan|Den|den(?=\s+Heere?\s+Voorzitter\b))\s+(?:(?:Zijne|den|de|het|Heere?|heer)\b|\w{2,4}\s+(?:Heere?\s+)?Voorzitter\b).*"
    r"|A[a-z]{1,2}[,.]?\s+de\s+(?:[TIi]weede|Eerste)\s+Kamer\b.*)$"
)
# The kamerstuk's number and ondernummer above its heading or before it on its line:
# "852 1", "339. 22.", "(414. 1.)", "291. 8. MEMORIE VAN TOELICHTING."
# A Rijksbegroting's stukken carry its chapter too: "2. V. 17." is stuk 17 of chapter V of begroting 2.
_NUMBER_RE = re.compile(
    r"^[\[(|]?(?P<num>\d{2,4}|\d(?=[.,]?\s+[IVXL]{1,6}[.,])|(?<=[\[(|])[IVXLC]{1,7}(?=[.,]\s))[.,]?\s+(?:(?P<chapter>[IVXL]{1,6})[.,]?\s+)?"
    r"(?P<nr>\d{1,3})[.,]?[\])]?(?:\s+|$)"
)
# The stuk's marker alone on its line, as a page that opens with a new stuk prints it: "(34. 1.)", "[204. 30.]".
_MARKER_RE = re.compile(r"[\[(|]\d{1,4}[.,]\s*\d{1,3}[a-z]?[.,]?[\])|]")
_BARE_MARKER_RE = re.compile(r"\d{1,4}[.,]\s*\d{1,3}[a-z]?[.,]")
# A marker whose kamerstuk number OCR garbled and whose stuk number it read: "[HO. 3.]", "[f*. 7.]", "(3G:i. 1."; on a
# page that opens with its running head, which names the kamerstuk.
# OCR's l, i or I for the stuk number 1 ("(228. l.) KONINKLIJKE BOODSCHAP", "(na. i.)", "(152. I.)"): read as 1;
# not after "N°." ("(N°. I.)": the Roman number of a kamerstuk of 1814-1850, roman_pages).
_GARBLED_MARKER_RE = re.compile(
    r"[\[(|][^\s\[\]()]{1,5}[.,]\s*(?P<nr>\d{1,3}[a-z]?|(?<!°\.\s)(?<!°\.)[liI](?=[.,]?[\])|]))[.,]?[\])|]?"
)
_GARBLED_STUK_START_RE = re.compile(r"^" + _GARBLED_MARKER_RE.pattern + r"\s+(?P<rest>.*)$")
_PRINT_NOTE_RE = re.compile(
    r"(?m)^\(?[Gg]edrukt\s+onder\s+n\S{0,3}\s*\S*\s*der"
    r"\s+[Zz]itting\s+(?P<y1>1[89]\d\d)\s*[-—–]\s*(?P<y2>1[89]\d\d)"
)
# The foot of a Bijlagen page: "Handelingen der Staten-Generaal. Bijlagen. 1935—1936." (OCR: "Stateu-Generaal",
# "Staten-Genera«d."), at times with the chamber after it ("1932—1933. Eerste Kamer."); or, on the last line,
# only "Bijlagen. 1920—1921." after a heading OCR garbled beyond reading ("BijUgoa. 1920—1921.").
_FOOTER_RE = re.compile(
    r"Stat\S{1,4}[- ]?\s?G\S{4,8}?\.?,?\s+Bijlagen\.?,?\s+(?P<y1>" + SESSION_YEAR + r")\s*[-—–]\s*(?P<y2>" + SESSION_YEAR + r")"
    r"(?:\.?\s+(?P<house>Eerste|Tweede)\s+Kamer\b)?"
)
_LAST_LINE_FOOTER_RE = re.compile(
    r"\bB[il1j]\S{3,5}\.?,?\s+(?P<y1>" + SESSION_YEAR + r")\s*[-—–]\s*(?P<y2>" + SESSION_YEAR + r")\.?(?:\s+(?P<house>Eerste|Tweede)\s+Kamer\.?)?\s*\Z"
)
# 1869-1880 the Bijlagen were printed as the Bijblad of the Staatscourant, whose foot names the session:
# "Bijblad van de Nederlandsche Staats-courant. — 1874—1875." (OCR: "Bijblad ran de", "Staats-Couraut",
# "1877—1S78").
_BIJBLAD_FOOTER_RE = re.compile(
    r"(?m)^Bijblad\b[^\n]{0,60}?(?P<y1>" + SESSION_YEAR + r")\s*[-—–^]+\s*(?P<y2>" + SESSION_YEAR + r")\.?[^\n\d]{0,8}$"
)
_PLACE_START_RE = re.compile(r"^'?\s?[sS]\s?-?\s?\(?[GgTt][Rr][Aa][Vv]|^'[A-Za-z]\s")
# Their place and date: "'s Gravenhage, 9 October 1929", "'s GRAVENHAGE, den 27 December 1911",
# "'sGravenhage, 11 April 1919", also after the addressee on its line.
# OCR's 's-Gravenhage after its article and before a comma ("'s (TRAVENHAGK, 7 October 1908", "'s GKAVENHAGE , 21
# Februari 1900") is a place where its letters read as the name (values.is_garbled_the_hague).
# The comma set apart by a space: "'s GRAVENHAGE , 7 September 1891." (the print of 1860-1905: 34 SGD pages, 29 of
# them with no date read before).
_PLACE_DATE_RE = re.compile(
    r"(?P<place>'?\s?[sS]\s?-?\s?(?:Graven|GRAVEN)\w*|['’]\s?[sS]\s?-?\s?[^\s,]{7,11}(?=\s?,)|[A-Z][a-z]+)(?:[ \t]?,)?\s+(?:den\s+)?"
    r"(?P<day>[0-3]?[0-9lIO])(?:sten|ste|den|de)?\s+(?P<month>[A-Za-z]{3,10})\.?\s+(?P<year>1[89]\d\d)"
)


# The running head at a page's top: the kamerstuk's number and the stuk's (or a range of stukken), over one
# line or two: "[66. / 10.]", "357. / 6—8.", "334. 12—15."; OCR reads the closing bracket as J after the full stop
# ("|120." / "4.J", sgd-0000384439) or right after the digit ("[138." / "3J", sgd-0000384521; 2 such heads in the
# pool), read so only under an opening bracket: "1181." / "6.J" is "[181." whose bracket OCR
# read as a 1 (sgd-0000384762, sgd-0000388094): a head of four digits that opens with a 1 and no bracket but closes
# with one is that bracket and three digits ("1118." / "5.]" is 118, sgd-0000395058; 4 such heads in the SGD pool, all
# of 1880-1910, when no kamerstuk's number had four digits).
# OCR may leave a space before the closing bar after the stop: "|21." / "50-31. |" (sgd-0000365636), "[108." /
# "4-5. |" (sgd-0000369735), "[103." / "6-12, |" (sgd-0000362616): 3 heads over the SGD pool.
_RUNNING_HEAD_RE = re.compile(
    r"^(?:1(?=\d{3}[.,]\s*\d.*[\])|J]$)|(?=[\[(|])|(?!.*J$))[\[(|]?(?P<num>\d{1,4})[.,]\s*(?P<nr>\d{1,3}[a-z]?)(?:\s*[-—–]\s*(?P<to>\d{1,3}))?[.,]?(?:[\])|]|(?<=[.,])[ \t][\])|]|(?<=[.,\d])J)?$"
)
# The same in the 1930s with hyphens, a range of stukken: "270-6-7.".
_HYPHEN_RUNNING_HEAD_RE = re.compile(r"^(?P<num>\d{1,4})-(?P<nr>[1-9]\d{0,2})-(?P<to>\d{1,3})\.$")


def _running_head_match(text: str, page: str | None = None) -> re.Match[str] | None:
    """The running head ``text`` as printed; with ``page`` (the page's whole text) also one that OCR garbled, read
    tolerantly where the page confirms it (``_repaired_head``)."""
    found = _RUNNING_HEAD_RE.match(text) or _HYPHEN_RUNNING_HEAD_RE.match(text)
    return found if found is not None or page is None else _repaired_head(text, page)


# A running head OCR garbled (found across the SGD pool, about 80 pages under such a head that print a stuk's marker
# legibly further down): its closing bracket read as j or 1 after the last full stop ("[114. 1-2.j", "[316. 6—11.1",
# "[185. l.j"), or the kamerstuk's digits garbled ("|6©. 3.]", "[13©. 14-15.]", "[1*4. 13-32.J", "DM." / "32.J",
# "I05. 1-2.]"). The stuk's number may be OCR's l or I for 1.
_GARBLED_HEAD_RE = re.compile(
    r"^(?P<open>[\[(|]?)(?P<tok>[^\s.,\[\]()|]{1,5})[.,]\s*(?P<nr>[0-9lI]{1,3})(?:\s*[-—–]\s*(?P<to>\d{1,3}))?"
    r"(?P<stop>[.,]?)(?:(?<=[.,])[ \t])?(?P<close>[\])|Jj1]?)$"
)
# A stuk's marker as printed, at a line's start: "(345. 3.) MEMORIE VAN TOELICHTING.", "[130. 14.]".
# The closing bracket may be OCR's J after the stop ("[111." / "15.J", sgd-0000386163).
_PAGE_MARKER_RE = re.compile(r"(?m)^[\[(|](?P<num>\d{1,4})[.,]\s*(?P<nr>\d{1,3})(?:[.,]?[\])|]|[.,]J)")
# The letters OCR prints for a 1 in a number ("[lil." for [111., "[IS*." for [113.): read as that digit when a
# garbled number is held against a marker's (not i or !, which OCR also prints for a 2: "*i!5." for [215.).
_LETTER_ONE = str.maketrans({"l": "1", "I": "1"})


def _garbled_digits_fit(token: str, num: str) -> bool:
    """Whether a kamerstuk's number OCR garbled (``13©``, ``6©``, ``«8*``, ``DM``) can be ``num``: as many
    characters, every legible digit the same. A token without a digit fits only where it is short (``DM``, not
    ``Art``); one that OCR read whole is no garbled number."""
    if token[0] == "0":
        token = "?" + token[1:]  # no number opens with a 0: "|03." / "0-12.1" is OCR's for "[93." / "9-12.]"
    if len(token) != len(num) or token.isdigit():
        return False
    token = token.translate(_LETTER_ONE)
    if not any(c.isdigit() for c in token) and len(token) > 2:
        return False
    return all(not t.isdigit() or t == n for t, n in zip(token, num))


def _repaired_head(text: str, page: str) -> re.Match[str] | None:
    """A running head OCR garbled, read as the head it is (the match is on the repaired text, of the same length, so
    its offsets are the printed head's): where only the closing bracket is garbled and an opening bracket stands, as
    printed; where the kamerstuk's digits are garbled, the number of the stuk markers printed on the page whose stuk
    falls in the head's range and whose number fits the garbled one, where all such markers give one number (the
    head's legible digits and range confirm the marker; nothing is read from the garbled digits alone). An opening
    bracket OCR read as a letter (``L256. 1-4.]``) counts as one character more."""
    head = _GARBLED_HEAD_RE.match(text)
    if head is None or not (head.group("open") or head.group("close")):
        return None  # no bracket at all: a line of text, not a head
    close = head.group("close")
    if close == "1" and not head.group("stop"):
        return None  # "[20. 11": a digit, not the bracket
    nr = head.group("nr")
    if nr in ("l", "I"):
        nr = "1"  # "[25." / "l.J", "[40." / "IJ"; not "II", which may be a Roman number
    elif not nr.isdigit():
        return None
    low, high = int(nr), int(head.group("to") or nr)
    token, opening = head.group("tok"), head.group("open")
    if token.isdigit() and not token.startswith("0"):
        if not opening or close not in ("j", "1") and head.group("nr") == nr:
            return None  # the head as printed, or no bracket that says it is one
        num = token
    else:
        fits = set()
        for marker in _PAGE_MARKER_RE.finditer(page):
            if not low <= int(marker.group("nr")) <= high:
                continue
            num = marker.group("num")
            if _garbled_digits_fit(token, num):
                fits.add(num)
            elif (not opening and len(token) == len(num) + 1 and not token[0].isdigit()
                  and (token[1:] == num or _garbled_digits_fit(token[1:], num))):
                fits.add("[" + num)  # "L256. 1-4.]", "I*4. 1.]": the bracket read as a letter
        if len(fits) != 1:
            return None
        num = fits.pop()
    rest = (text[head.end("tok"):head.start("nr")] + nr + text[head.end("nr"):head.start("close")]
            + ("]" if close else ""))
    return _RUNNING_HEAD_RE.match(opening + num + rest)


_CHAMBER_WORDS_RE = re.compile(r"^\S{0,4}?\s?(?P<house>\S{5,8})\s+(?P<kamer>\S{4,7}?)[.,]?(?:\s+\S{1,5}){0,2}$")


def is_garbled_chamber_line(text: str) -> bool:
    """The chamber line under a running head as OCR garbled it (``Tweede Kauier. BU. I``, ``Tweede Ramcr. EI*``,
    ``Tweeue Kamer. 3``; 8 over the SGD pool were taken for the dossier's title): the two words within 1 and 2 edits
    of ``Tweede`` (or ``Eerste``) and ``Kamer``, and at most two short tokens after them."""
    words = _CHAMBER_WORDS_RE.match(text)
    if words is None:
        return False
    house = re.sub(r"[^a-z]", "", words.group("house").lower())
    kamer = re.sub(r"[^a-z]", "", words.group("kamer").lower())
    return min(edits(house, "tweede"), edits(house, "eerste")) <= 1 and edits(kamer, "kamer") <= 2


def running_head(text: str, end: int) -> tuple[int, re.Match[str], str | None] | None:
    """The running head among the first lines before ``end`` (its offset, the match) and the dossier's
    title printed under it: the first line in small letters of ten letters or more, with the next line
    where the title runs on (``Wijziging van de Locaalspoor-en`` / ``Tramwegwet.``)."""
    lines = split_lines(text, 0, min(len(text), 600), limit=10)
    for index, line in enumerate(lines[:5]):
        for span in (1, 2):
            if index + span > len(lines) or lines[index + span - 1].end > end:
                break
            head = _running_head_match(" ".join(part.text for part in lines[index:index + span]), text)
            if head is None:
                continue
            below = lines[index + span:]
            # the title stands above the first stuk's heading: a line in capitals after the head ends the search,
            # so that no body line under a stuk's heading is taken for it (sgd-0000385666)
            capitals = next((i for i, candidate in enumerate(below) if is_upper(candidate.text[:20])
                             and sum(c.isalpha() for c in candidate.text[:20]) >= 8), len(below))
            below = below[:capitals]
            found = next((i for i, candidate in enumerate(below)
                          if not is_upper(candidate.text) and sum(c.isalpha() for c in candidate.text) >= 10
                          and not CHAMBER_RE.match(candidate.text) and not is_garbled_chamber_line(candidate.text)
                          and not _ADDRESSEE_RE.match(candidate.text)
                          and not candidate.text.startswith("(")), None)  # a print note, not the title
            if found is None:
                return line.start, head, None
            title = [below[found]]
            after = below[found + 1] if found + 1 < len(below) else None
            if (not title[0].text.endswith(".") and after is not None and after.text.endswith(".")
                    and not is_upper(after.text) and not _RUNNING_HEAD_RE.match(after.text)
                    and sum(c.isalpha() for c in after.text) >= 3):  # a stuk's marker alone ("(811." / "28.)")
                title.append(after)
            return line.start, head, dehyphenate([part.text.replace("\xad", "-") for part in title])
    return None


def find_heading(text: str) -> tuple[Line | None, Line | None] | None:
    """The chamber line that opens an old Bijlage, and the upper-case heading below it if any; or, on a
    page without the chamber line, the heading under the stuk's marker; or a Koninklijke Boodschap under a marker
    that OCR garbled, printed without brackets or broke over lines."""
    lines = _chamber_line_joined(text, split_lines(text, 0, min(len(text), 2000), limit=14))
    found = _find_heading(text, lines)
    if found is not None and found[1] is not None:
        return found
    boodschap = _boodschap_under_garbled_marker(lines)
    if boodschap is None:
        return found
    chamber = next((line for line in lines if line.end <= boodschap.start and CHAMBER_RE.match(line.text)), None)
    return chamber, boodschap


# The chamber line that the Bijlagen of 1946-1952 print over two lines beside the head: "Bijlagen" / "2265" / "5" /
# "Tweede" / "Kamer" (or "Kamer 3,", the page's number after it) over the dossier's title (sgd-0000289682,
# sgd-0000290682). Without the full stop of the older prints ("Tweede" / "Kamer." over a Roman page of the 1840s,
# sgd-0000437727, is read by the readers of its marker).
_CHAMBER_OVER_TWO_LINES_RE = re.compile(r"(?:Tweede|Eerste)\nKamer(?:[ \t]+\S{1,4})?")


def _chamber_line_joined(text: str, lines: list[Line]) -> list[Line]:
    """``lines`` with a chamber line printed over two lines among the first six (``_CHAMBER_OVER_TWO_LINES_RE``) as
    one line, its line break read as a space (so that ``CHAMBER_RE`` reads it and offsets stay the text's); only
    under the head's kamerstuk number alone on its line (``2265``): a slice of an Eerste Kamer list under its label
    (``Bijlagen`` / ``Eerste`` / ``Kamer`` / ``EINDVERSLAGEN ...``, a body paragraph of the fragment golds) has none."""
    for index, line in enumerate(lines[:6]):
        if not any(re.fullmatch(r"[1-9]\d{1,4}", above.text) for above in lines[:index]):
            continue
        if index + 1 < len(lines) and _CHAMBER_OVER_TWO_LINES_RE.fullmatch(f"{line.text}\n{lines[index + 1].text}"):
            joined = Line(line.start, lines[index + 1].end, text[line.start : lines[index + 1].end].replace("\n", " "))
            if CHAMBER_RE.match(joined.text):
                return [*lines[:index], joined, *lines[index + 2:]]
    return lines


# A Koninklijke Boodschap's line under the running head, after what OCR left of its marker on that line: "255. 1. '>.
# KONINKLIJKE BOODSCHAP.", "•71. i. KONINKLIJKE ...", "l.i KONINKLIJKE ..." (under "[M."), "1.] KONINKLIJKE ...".
_BOODSCHAP_LINE_RE = re.compile(r"^(?P<marker>[^\sA-Za-z]?\S{0,5}(?:\s+\S{1,4}){0,2}\s+)?(?P<rest>KONINKLIJKE\s+BOODSCHAP\b.*)$")
# The marker as one string (its lines joined): the kamerstuk's number, legible or not, and the stuk's number 1, as OCR
# read it ("1", "l", "i", "I"), closed by what OCR made of the bracket: "255. 1.", "(890. i)", "[1IO. 1.1", "[M. l.i",
# "479. i.", "295. 1. I", "(lio. 1.]", "[SO. 1]".
_BOODSCHAP_MARKER_RE = re.compile(r"^\W{0,2}\S{1,5}[.,]\s+\(?[1liI](?:[.,][1liI\]|)jJ]?|[\])|jJ])?\.?(?:\s+\S{1,3})?$")


def _boodschap_under_garbled_marker(lines: list[Line]) -> Line | None:
    """On a page that opens with its label (``Bijlagen.``) and running head, a Koninklijke Boodschap whose marker OCR
    printed without brackets (``255. 1.``), broke over two lines (``[1IO.`` / ``1.1 KONINKLIJKE ...``) or garbled
    (``•71. i.``): the marker's stuk number reads as 1, the number of every Boodschap that opens a kamerstuk. Above it
    only the head, its title in small letters and short furniture; the heading is the Boodschap's line."""
    start = next((i for i, line in enumerate(lines[:2]) if is_page_label(line.text)), None)
    if start is None:
        return None
    for index in range(start + 1, min(len(lines), 11)):
        line = lines[index]
        found = _BOODSCHAP_LINE_RE.match(line.text)
        if found is None:
            if is_upper(line.text) and sum(c.isalpha() for c in line.text) > 8 and not CHAMBER_RE.match(line.text):
                return None  # another stuk's heading first
            continue
        fragments = []
        for above in reversed(lines[max(start + 1, index - 2):index]):
            if len(above.text) > 8 or re.search(r"[A-Za-z]{3}", above.text):
                break
            fragments.insert(0, above.text)
        marker = " ".join(fragments + [(found.group("marker") or "").strip()]).strip()
        if not _BOODSCHAP_MARKER_RE.match(marker):
            return None
        return Line(line.start + found.start("rest"), line.end, found.group("rest"))
    return None


def _find_heading(text: str, lines: list[Line]) -> tuple[Line | None, Line | None] | None:
    """The chamber line and the heading under it, or the heading under a marker (``find_heading``)."""
    if lines and (_PAGE_FOOT_LINE_RE.match(lines[0].text) or _opens_with_a_signature(lines)):
        return None  # a passage from the middle of a document: the foot of a page, or the end of a stuk, opens it
    chamber = next((i for i, line in enumerate(lines) if CHAMBER_RE.match(line.text)), None)
    if chamber is not None and any(_PAGE_FOOT_LINE_RE.match(line.text) or re.match(r"Handelingen\s+der\s+St", line.text)
                                   for line in lines[:chamber]):
        return None  # a passage over a page break: the foot of one page, then the next page's chamber line
    if chamber is None:
        # a page under a running head without full stops ("2374" / "17—24"): read as a continuation page
        return _find_marked_heading(lines, text) or ((None, None) if _unstopped_range_stuk(text) else None)
    for index, line in enumerate(lines[chamber + 1:], chamber + 1):
        if line.text.upper().startswith("AANHANGSEL"):
            break  # questions and answers: no heading of their own
        number = (_NUMBER_RE.match(line.text) or re.match(r"^\(?\d{1,4}[.,]?\)?\s+", line.text)
                  or re.match(r"^\[\S{1,5}[.,]?\s?\S{0,3}\]\s+", line.text))  # a marker OCR garbled: "[öo. L]"
        rest = line.text[number.end():] if number else line.text
        # "ONTWERP VAN WET houdende ...", not "VRAGEN van den heer ...": two upper-case words at least, or one that
        # heads a stuk of its own under the stuk's marker ("[4S. 3.]" / "VERSLAG der Commissie van Rapporteurs over
        # ...", headings.one_word_runs_on), not under a bijlage's label and its note ("(Zie blz. 213 van het verslag.)")
        upper_words = len(list(takewhile(is_upper, rest.split())))
        # "MISSIVE, ingekomen in de zitting van den 19den November 1862.": one word, then the note of its receipt
        received = re.match(r"[A-Z]{4,},?\s+ingekomen\b", rest) is not None
        marked = number is not None or _MARKER_LINE_END_RE.match(lines[index - 1].text) is not None
        if is_heading(rest) and (is_upper(rest[:30]) or upper_words >= 2 or received
                                 or (marked and one_word_runs_on(rest))):
            offset = len(line.text) - len(rest)
            return lines[chamber], Line(line.start + offset, line.end, rest)
    return lines[chamber], None


# A stuk's marker (or its second half) alone on its line, as OCR left it: short, no word in small letters, closed by
# its bracket or what OCR made of it ("[4S. 3.]", "I ■ ■ -■• 4.J", "»S, 9, en SI, 14.J", "1.]", "(!».)").
_MARKER_LINE_END_RE = re.compile(r"^(?!.*[a-z]{3})\S.{0,24}[\])}|jJ]\.?$")


# The office of a signature on its line ("De Minister van Justitie,", "De Minister van", "De. Minister van Justitie ,").
SIGNING_OFFICE_RE = re.compile(r"^De\.?\s+(?:Minister|Staatssecretaris|Secretaris|Gouverneur)\b[^.;:]{0,80}$")


# The foot of a Bijlagen page as its first line (OCR: "Bijladen", "Staten-Generaa!"): no page opens with it.
_PAGE_FOOT_LINE_RE = re.compile(r"Handelingen\s+der\s+St\S{0,16}\.?,?\s+Bij\S{3,6}\.?,?\s+" + SESSION_YEAR)


def is_page_label(text: str) -> bool:
    """The page label ``Bijlagen.`` alone on a page's first line as OCR left it over the SGD pool: ``Bytagen.``,
    ``Byiagcn.``, ``Btflagei.``, ``Kjjlagen.``, ``B||lagen«``, ``Bijlagen`` without its stop: a word of 5-11
    characters opening with B (or K, OCR's B) whose letters after it are ``ijlagen`` within 3 edits (``y`` read as
    ``ij``, ``|`` kept as a letter) or ``ijlage`` within 1; or with its B garbled too (``Hjjlagen.``, ``Uyiagen.``)."""
    text = text.strip()
    if not (5 <= len(text) <= 11) or " " in text:
        return False
    if text[0] not in "BK":
        # The B itself garbled ("Hjjlagen.", "Uyiagen.", "liijlagen.", "Inlagen.", "«Jjlagen.": 44 first lines over
        # the SGD pool): the whole word within 3 edits of "bijlagen", ending as the label does ("-en.", "-cn.").
        whole = re.sub(r"[^a-z|]", "", text.lower().replace("y", "ij"))
        return re.search(r"[ec]n\W?$", text) is not None and edits(whole, "bijlagen") <= 3
    letters = re.sub(r"[^a-z|]", "", text[1:].lower().replace("y", "ij"))
    return edits(letters, "ijlagen") <= (3 if text[0] == "B" else 2) or edits(letters, "ijlage") <= 1


def _opens_with_a_signature(lines: list[Line]) -> bool:
    """Whether a text opens with a signature (the office, then the name in capitals), after at most one line of
    running text (``Lasten en bevelen, enz.``): the end of a stuk, so a passage from the middle of a document,
    whatever stuk starts below it. A page's furniture (``Bijlagen.``, ``[66.``, a page number) may stand above it."""
    for index, line in enumerate(lines[:2]):
        if SIGNING_OFFICE_RE.match(line.text):
            office = lines[index : index + 3]
            return (index == 0 or _is_running_text(lines[0].text)) and any(o.text.rstrip().endswith(",") for o in office)
    return False


def _is_running_text(text: str) -> bool:
    """Two words in small letters at least: not a page's furniture (``Bijlagen.``, ``[66. 10.]``, ``92``)."""
    return len(re.findall(r"\b[a-z]{2,}\b", text)) >= 2


def _upper_start(text: str, *, runs_on: bool = False) -> bool:
    """A heading in capitals up to its first full stop ("ONTWERP VAN WET. Verhooging van hoofdstuk X ..."), or,
    with ``runs_on`` (on a page that opens with its head, not in a passage), in capitals that run on in small
    letters with a joining word ("ONTWERP VAN WET tot naturalisatie van ...")."""
    if is_upper(re.split(r"(?<=[A-Z]{3})\.\s", text, maxsplit=1)[0][:30]):
        return True
    if not runs_on:
        return False
    words = text.split()
    upper = len(list(takewhile(lambda w: not any(c.islower() for c in w), words)))
    return upper >= 2 and is_upper(" ".join(words[:upper])) and RUN_ON_RE.match(" ".join(words[upper:])) is not None


def _find_marked_heading(lines: list[Line], page: str | None = None) -> tuple[None, Line] | None:
    """A page without the chamber line that opens with the stuk's marker (``(34. 1.)``, ``[204. 30.]``)
    and its heading on the next line: the first page of a stuk printed after another's end."""
    # Under the running head "Bijlagen." the marker may stand without brackets: "309. 1."
    bare = bool(lines) and re.fullmatch(r"Bijlagen?\b.{0,4}", lines[0].text) is not None
    # A marker with its heading on one line counts on a page that opens with its running head ("[108.",
    # "Bijlagen."), not in a passage that carries a stuk's start somewhere inside it.
    opens_with_head = bool(lines) and (re.match(r"[\[(|]\S{0,6}$|B\S{3,6}n\.", lines[0].text) is not None
                                       or is_page_label(lines[0].text))
    for index, line in enumerate(lines[:6]):
        two_lines = f"{line.text} {lines[index + 1].text}" if index + 1 < len(lines) else ""
        inline = (_STUK_START_RE.match(line.text) or (index > 0 and _GARBLED_STUK_START_RE.match(line.text))
                  if opens_with_head else _first_of_numbered_head(lines, line.text, page))
        if inline and inline.group("rest") and is_heading(inline.group("rest")) and is_upper(inline.group("rest")[:20]):
            return None, Line(line.start + inline.start("rest"), line.end, inline.group("rest"))  # "(198. 7.) MEMORIE ..."
        broken = _STUK_START_RE.match(two_lines) if opens_with_head and re.fullmatch(r"[\[(|]\d{1,4}[.,]", line.text) else None
        if broken and broken.group("rest") and is_heading(broken.group("rest")) and is_upper(broken.group("rest")[:20]):
            below = lines[index + 1]  # "[148." / "1.] KONINKLIJKE BOODSCHAP."
            return None, Line(below.end - len(broken.group("rest")), below.end, broken.group("rest"))
        if _MARKER_RE.fullmatch(line.text) or (bare and _BARE_MARKER_RE.fullmatch(line.text)) or (
                opens_with_head and index > 0 and _GARBLED_MARKER_RE.fullmatch(line.text)):
            heading = lines[index + 1] if index + 1 < len(lines) else None
        elif _MARKER_RE.fullmatch(two_lines):  # "(834." / "12.)", or the running head "[330." / "4.]"
            heading = lines[index + 2] if index + 2 < len(lines) else None
            if heading is not None and not (is_heading(heading.text) and _upper_start(
                    heading.text, runs_on=opens_with_head or _opens_with_running_head(lines, page))):
                continue  # a running head over the title: the stuk's own marker comes below
        else:
            continue
        page_head = opens_with_head or _opens_with_running_head(lines, page)
        if heading is not None and is_heading(heading.text) and _upper_start(heading.text, runs_on=page_head):
            return None, heading
        return None
    if _opens_with_running_head(lines, page) or _roman_head(lines) is not None:
        return None, None  # a page that opens inside a stuk: the running head, and the first stuk that starts on it
    if lines and is_page_label(lines[0].text):
        return _heading_under_garbled_head(lines)
    return None


def _heading_under_garbled_head(lines: list[Line]) -> tuple[None, Line] | None:
    """Under the page label (``Bytagen.``), a running head and a marker that OCR garbled beyond reading (``|1*3.``,
    ``na`` / ``4.;``) and one title line in small letters: the first line in capitals that opens with a stuk's heading
    (``VOÜRLOOPIG VERSLAG.``) starts the page's stuk; its number is not read (the page shows none legibly). Only
    furniture (lines of at most 8 characters without a word in small letters) and a single title line may stand
    above it."""
    titles = 0
    for line in lines[1:7]:
        if is_heading(line.text) and _upper_start(line.text, runs_on=True):
            return None, line
        if len(line.text) <= 8 and not re.search(r"[a-z]{3}", line.text):
            continue
        titles += 1
        if titles > 1 or is_upper(line.text) or not re.search(r"[a-z]{3}", line.text):
            return None
    return None


# The Bijlagen of 1814-1850 head a page with the kamerstuk's Roman number, "(N°. XXVII.)" (OCR: "(A*, xxvu.)",
# "(K°. VIII.)"), and print it again before the title: "XXVII. Herkeuring der gouden en zilveren werken in de
# Noordelijke" / "Provinciën."; their stukken are numbered on the heading's line: "1. KONINKLIJKE BOODSCHAP, ...".
def _first_of_numbered_head(lines: list[Line], text: str, page: str | None = None) -> re.Match[str] | None:
    """On a page whose number stands over its running head ("2" / "[120. 7—13.]"), a marker with its heading on
    one line ("[120. 7.] MEMORIE VAN TOELICHTING.") where it is the first stuk of the head's range: the page opens
    with that stuk. A later stuk of the range may follow another's marker that OCR garbled, so it counts not."""
    if not (lines and re.fullmatch(r"\d{1,4}", lines[0].text) and _opens_with_running_head(lines, page)):
        return None
    marker = _STUK_START_RE.match(text)
    if marker is None:
        return None
    heads = [line.text for line in lines[1:3]]
    head = _running_head_match(heads[0], page) or _running_head_match(" ".join(heads), page)
    if head is None or (head.group("num"), head.group("nr")) != (marker.group("num"), marker.group("nr")):
        return None
    return marker


_ROMAN_HEAD_RE = re.compile(r"^\(\S{1,3}[.,]?\s*[IVXLCivxlcu]{1,7}[.,]?\)\.?$")
# The same as OCR garbled it over the SGD pool (24 pages of 1814-1850 read no dossier so): its bracket read as a
# curly one or a J ("{B. d. w. N>. IX.)", "(IP.X.J"), the Bijlagen's own label before the number ("(B. d. w. N°. IX.)",
# "(H. d. w. A°. XII.)"), OCR's n or u for II ("(No. xvn.)", "(N«. xin.)", "(iv°. ni.)", "(K-. UI.)").
_GARBLED_ROMAN_HEAD_RE = re.compile(
    r"^[({](?:[^()\[\]{}\s]{1,3}[.,]?\s?){1,4}?(?P<roman>[IVXLCUivxlcun]{1,7})[.,]?\s?[)J]\.?$"
)
# A short head line that closes on a Roman number as OCR garbled its bracket and label: "(*"• xv->", "yt. d. ». JV°.
# xn.)"; read as a head only where the title under it prints the same number (``_echoed_roman_head``).
_ECHOED_ROMAN_HEAD_RE = re.compile(r"^(?=.{4,24}$)\S.*?[\s.,•](?P<roman>[IVXLCUivxlcun]{1,7})[.,]?\s?[-)J>]{1,3}\.?$")
_ROMAN_TITLE_RE = re.compile(r"^(?P<roman>[IVXLC]{1,7})\.\s+(?P<title>[A-Z].*)$")
# The 1830s print a bundle of bills under one number, its parts lettered: "VII A—F. Staatsbegrooting voor 1834 en
# andere financiële ontwerpen van wet." over the part the page prints, "(VII C. Accijnsen op de brandstoffen: Ontw. v.
# wet ... — Toel. ...)", a bill named before the colon and its stukken after it; a part without a colon names a stuk
# of the bundle ("(VII B. Staat van ontvangst ...)"), a line without a letter the bundle's accounts.
_ROMAN_BUNDLE_TITLE_RE = re.compile(r"^(?P<roman>[IVXLC]{1,7})\s[A-H]\s?[—–-]\s?[A-H]\.\s+(?P<title>[A-Z].*)$")
_ROMAN_PART_RE = re.compile(r"^\((?P<roman>[IVXLC]{1,7})\s(?P<letter>[A-H])\.\s+(?P<name>[A-Z][^:()]{3,120}):")
_NUMBERED_STUK_RE = re.compile(r"^(?P<nr>\d{1,3})\.\s+(?P<rest>[A-Z]{3}.*)$")


def _plain_roman(text: str) -> str:
    """A Roman number as OCR printed it, with its n, u or U for II read so (``xvn``, ``vu``, ``XXVN``)."""
    return re.sub(r"[NU]", "II", text.upper())


def _roman_head(lines: list[Line]) -> tuple[Line, re.Match[str]] | None:
    """The title line under a page's Roman running head (``(N°. VII.)`` / ``VII. Verhooging der ...``), if any; the
    head as OCR garbled it (``_GARBLED_ROMAN_HEAD_RE``) also, and a number on its own line garbled as the head's
    (``(N°, XXVII.)`` / ``404`` / ``XXVN.`` / ``Voorstel van den heer ...``) is the head's."""
    head = next((found for line in lines[:4] if (found := _GARBLED_ROMAN_HEAD_RE.match(line.text))), None)
    if not any(_ROMAN_HEAD_RE.match(line.text) for line in lines[:3]) and head is None:
        head = _echoed_roman_head(lines)
        if head is None:
            return None
    roman = _plain_roman(head.group("roman")) if head is not None else None
    for index, line in enumerate(lines[:6]):
        title = _ROMAN_TITLE_RE.match(line.text) or _ROMAN_BUNDLE_TITLE_RE.match(line.text)
        if title:
            return line, title
        alone = re.fullmatch(r"[IVXLCNU]{1,7}\.", line.text)
        if alone and roman and _plain_roman(line.text[:-1]) == roman and line.text[:-1] != roman:
            line = Line(line.start, line.end, roman + ".")  # "XXVN." under "(N°, XXVII.)"
        if re.fullmatch(r"[IVXLC]{1,7}\.", line.text) and index + 1 < len(lines) and lines[index + 1].text[:1].isupper():
            # "II." / "Overeenkomsten tot opheffing van het aftogtsregt.": the number on a line of its own
            joined = Line(line.start, lines[index + 1].end, f"{line.text} {lines[index + 1].text}")
            title = _ROMAN_TITLE_RE.match(joined.text)
            if title:
                return joined, title
    return None


def _echoed_roman_head(lines: list[Line]) -> re.Match[str] | None:
    """A head garbled past ``_GARBLED_ROMAN_HEAD_RE`` (``(*"• xv->``, ``yt. d. ». JV°. xn.)``) whose number the
    title's line under it prints again (``XV. Aanvulling ...``, ``XII.`` alone over ``Wetboek van``): the two prints
    agree, so the head is the page's."""
    for index, line in enumerate(lines[:4]):
        head = _ECHOED_ROMAN_HEAD_RE.match(line.text)
        if head is None:
            continue
        roman = _plain_roman(head.group("roman"))
        for below in lines[index + 1:index + 3]:
            title = re.match(r"(?P<roman>[IVXLC]{1,7})\.(?:\s+[A-Z]|$)", below.text)
            if title and title.group("roman") == roman:
                return head
    return None


def opens_with_roman_head(text: str) -> bool:
    """Whether a page of 1814-1850 opens with its Roman running head over the dossier's title (``(N°. XIX.)`` /
    ``XIX. Algemeen entrepôt ...``): its stukken, the afdelingen's minutes among them (``ZITTING VAN 11 FEBRUARIJ
    1828.``), are the dossier's."""
    return _roman_head(split_lines(text, 0, min(len(text), 1500), limit=6)) is not None


def read_roman_head_page(r: Reading) -> bool:
    """Dossier and first numbered stuk of a page that ``opens_with_roman_head``; False where none was read."""
    if not _read_roman_head(r):
        return False
    r.layout = "prewar"
    r.stuk_end = next_stuk_start(r.text, r.body_start)
    return True


def _read_roman_head(r: Reading) -> bool:
    """Dossier (the Roman number and title) of a page of 1814-1850, and the first stuk numbered on it (``1.
    KONINKLIJKE BOODSCHAP, ingekomen ...``): its number and heading."""
    lines = split_lines(r.text, 0, r.body_end)
    found = _roman_head(lines[:6])
    if found is None:
        return False
    line, title = found
    index = next(i for i, candidate in enumerate(lines) if candidate.end == line.end)  # the title's (last) line
    parts = [Line(line.end - len(title.group("title")), line.end, title.group("title"))]
    if not parts[0].text.endswith(".") and index + 1 < len(lines) and len(lines[index + 1].text) < 80 \
            and (lines[index + 1].text.endswith(".") or re.search(r"\w\.\s*\([^()]+\)\.?$", lines[index + 1].text)) \
            and not lines[index + 1].text.startswith("("):
        # "XXVII. Herkeuring ... in de Noordelijke" / "Provinciën.", "XII." / "Wetboek van" / "Strafregt. (Voorloopig
        # Verslag der Commissie van Rapporteurs.)": the stukken listed after the stop are cut below
        parts.append(lines[index + 1])
    number, text = title.group("roman"), dehyphenate([p.text for p in parts])
    # without the stukken the page prints after the title's full stop, in brackets ("... 1848 en 1849. (Memorien van
    # Toelichting met Bijlagen; ...)", OCR's "... 1849. Memoiien van Toelichting ...; Hoofdstuk VI.)"); a stop OCR
    # put inside the title stays ("Uitgeklaarde. Zeescliejien in 1840")
    text = re.split(r"(?<=[\w)]{3})\.\s+(?=\(|[A-Z][^()]*\)\.?$)", text, maxsplit=1)[0]
    part = _ROMAN_PART_RE.match(lines[index + 1].text) if index + 1 < len(lines) else None
    if title.re is _ROMAN_BUNDLE_TITLE_RE and part is not None and part.group("roman") == number:
        number, text = f"{number}-{part.group('letter')}", part.group("name").strip()  # "(VII C. Accijnsen ...: ...)"
    r.fields["dossiers"] = [{"number": number, "title": _without_full_stop(text)}]
    r.mark(line.start, parts[-1].end, "dossiers")
    # The first stuk numbered on the page, wherever it starts (the page may open inside the stuk before it):
    # "3. MEMORIE VAN TOELICHTING", "3. MEMORIE tot adstructie en toelichting der ...", its number on a line of its
    # own ("1." / "ONTWERP VAN WET.").
    following = lines[index + len(parts):]
    for position, stuk_line in enumerate(following):
        stuk = _NUMBERED_STUK_RE.match(stuk_line.text)
        if stuk is None and re.fullmatch(r"\d{1,3}\.", stuk_line.text) and position + 1 < len(following):
            nxt = following[position + 1]
            stuk = _NUMBERED_STUK_RE.match(f"{stuk_line.text} {nxt.text}")
            stuk_line = Line(stuk_line.start, nxt.end, r.text[stuk_line.start : nxt.end]) if stuk else stuk_line
            if stuk:  # the number and the heading on two lines: match again on the text as it stands
                stuk = re.match(r"^(?P<nr>\d{1,3})\.\s+(?P<rest>[A-Z]{3}.*)$", stuk_line.text, re.DOTALL)
        if stuk and re.match(r"[A-Z][A-Z-]{3,}\b", stuk.group("rest")) and not is_heading(stuk.group("rest")):
            break  # the first stuk on the page has a heading of no known kind ("3. VERZOEKSCHRIFT"): none is read
        if stuk and is_heading(stuk.group("rest")) and re.match(r"[A-Z][A-Z-]{3,}\b", stuk.group("rest")):
            r.set_ondernummer(stuk_line.start + stuk.start("nr"), stuk.group("nr"))
            heading = Line(stuk_line.start + stuk.start("rest"), stuk_line.end, stuk.group("rest"))
            below = [heading] + [candidate for candidate in lines if candidate.start > stuk_line.end][:3]
            end = run_on(below, 0)
            set_heading(r, below[: (end if end is not None else 0) + 1], runs_on=end is not None)
            r.body_start = below[end if end is not None else 0].end
            break
    return True


_STUKKEN_LIST_RE = re.compile(r"\([^()]*\b(?:Ontwerp|Memorie|Verslag|Missive|Nota|Boodschap)\w*[^()]*;[^()]*\)")


def opens_like_a_page(text: str) -> bool:
    """Whether a text opens with a page's head: ``Bijlagen``, a page number alone, or a running head."""
    lines = split_lines(text, 0, min(len(text), 400), limit=4)
    if any(_STUKKEN_LIST_RE.search(line.text) for line in lines):
        return True  # the head of 1850-1880 lists the stukken printed: "(Ontwerpen van Wet; Memorien van Toelichting.)"
    lines = lines[:3]
    # a page number or a running head as OCR left it: "53.", "[405.", "483 6—8", "(466. 6.)"
    number = r"[\[(|]?\d{1,4}[.,]?(?:\s+\d{1,3}(?:\s*[-—–]\s*\d{1,3})?[.,]?)?[\])|]?"
    first = lines[0].text if lines else ""
    furniture = len(first) <= 12 and not re.search(r"[a-z]{3}", first)  # "•", "— km —", "(B.)", "[18*."
    return bool(lines) and (re.match(r"B\S{3,6}[ni]\b", first) is not None or is_page_label(first) or furniture
                            or re.fullmatch(number, first) is not None or _opens_with_running_head(lines))


def _opens_with_running_head(lines: list[Line], page: str | None = None) -> bool:
    """A page whose first line (or the one under its page number) is its running head: ``270-6-7.``, ``[66. 10.]``,
    ``[303.`` / ``1—2.]``."""
    start = 1 if lines and re.fullmatch(r"\d{1,4}", lines[0].text) else 0
    heads = [line.text for line in lines[start:start + 2]]
    for span, head in ((1, heads[0] if heads else ""), (2, " ".join(heads))):
        # closed by a full stop or a bracket (or OCR's J for it: "[55." / "4.J", 8 SGD pages): not an amount of a
        # table ("6,90"); the title under it in small letters: a marker over a heading in capitals ("189. 2." /
        # "ONTWERP VAN WET.") starts a stuk, not a page
        below = next((line for line in lines[start + span:start + span + 2] if len(line.text) > 3), None)  # past "ïn"
        found = _running_head_match(head, page)
        if (found is not None and found.string.endswith((".", "]", ")", "|", "J")) and below is not None
                and not is_upper(below.text) and sum(c.isalpha() for c in below.text) >= 10):
            return True
    return False


def read(r: Reading, chamber_line: Line | None, heading_line: Line | None) -> None:
    """Chamber, number and title, heading, addressee, place and date of an old Bijlage."""
    _read(r, chamber_line, heading_line)
    read_title_on_facing_page(r)


def _read(r: Reading, chamber_line: Line | None, heading_line: Line | None) -> None:
    r.layout = "prewar"
    if chamber_line is not None:
        house = CHAMBER_RE.match(chamber_line.text).group("house")
        r.fields["chamber"] = f"{'Eerste' if house == 'Eerste' else 'Tweede'} Kamer der Staten-Generaal"
        r.mark(chamber_line.start, chamber_line.start + len(house) + 6, "chamber")
    if heading_line is None and chamber_line is None and _read_roman_head(r):
        r.stuk_end = next_stuk_start(r.text, r.body_start)
        return
    if heading_line is None:  # a continuation page: the chamber and the running head
        _read_running_head(r, chamber_line.start if chamber_line else len(r.text), single_only=True)
        if r.fields["dossiers"] is None:
            _read_budget_running_head(r, chamber_line.end if chamber_line else 0)
        _read_first_stuk_on_page(r, chamber_line.end if chamber_line else _running_head_end(r.text))
        if r.fields["dossiers"] is None:
            _read_unstopped_range_page(r)
        return
    _read_number(r, chamber_line, heading_line)
    if heading_line == _boodschap_under_garbled_marker(split_lines(r.text, 0, min(len(r.text), 2000), limit=14)):
        # its marker reads 1, not a marker above it ("(875. 8.)" / "'(87ë. i.) ..."); marked where OCR printed the 1
        one = max(m.start() for m in re.finditer(r"[1liI]", r.text[: heading_line.start]))
        r.fields["ondernummer"] = "1"
        r.spans = [span for span in r.spans if span[2] != "ondernummer"]
        r.mark(one, one + 1, "ondernummer")
    read_stuk_heading(r, heading_line)


def read_stuk_heading(r: Reading, heading_line: Line) -> None:
    """From a stuk's heading line on: the heading over its lines, the addressee, place and date under it, where the
    stuk ends and its body starts (also for the first stuk that starts further down a page, ``first_stuk``)."""
    lines = [heading_line] + split_lines(r.text, heading_line.end, r.body_end, limit=11)
    inline = _ADDRESSEE_RE.search(heading_line.text)
    if inline:  # "BRIEF VAN DEN MINISTER ... Aan den Heer Voorzitter ..." on one line
        start = heading_line.start
        lines[0] = Line(start, start + inline.start(), heading_line.text[: inline.start()].rstrip())
        lines.insert(1, Line(start + inline.start(), heading_line.end, inline.group("text")))
        last = 0
        runs_on = False
    else:
        # a heading line that runs on in small letters to its full stop ("ONTWERP VAN WET tot naturalisatie van
        # H. J. Seelig, te Amsterdam.") is not continued by the capitals under it ("WIJ WILLEM III, ENZ.")
        end = run_on(lines, 0)
        last = 0 if end is not None else extend_heading(lines, 0, [lines[0]])
        end = end if end is not None else run_on(lines, last)
        end = end if end is not None else run_on_below(lines, last)
        runs_on = end is not None
        last = end if end is not None else last
    set_heading(r, lines[: last + 1], runs_on=runs_on)
    header_end = lines[last].end
    addressee: list[Line] = []
    for line in _joined_fragments(r.text, lines[last + 1 : last + 8]):
        if not addressee and (_EARLIER_STUKKEN_NOTE_RE.match(line.text) or not re.search(r"\w", line.text)):
            header_end = line.end  # "(De vroegere stukken zijn gedrukt onder n°. 222 der Zitting 1907—1908.)", a stray ","
            continue
        place_date = _PLACE_DATE_RE.search(line.text)
        if addressee and not place_date and is_upper(line.text):
            break  # the salutation under the addressee: "MIJNE HEEREN !"
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
        house = re.search(r"\b(Tweede|Eerste)\s+Kamer\b", r.fields["addressee"])
        if r.fields["chamber"] is None and house:  # "Aan de Tweede Kamer der Staten-Generaal": that chamber's
            r.fields["chamber"] = f"{house.group(1)} Kamer der Staten-Generaal"
    r.stuk_end = next_stuk_start(r.text, header_end)
    _read_print_note(r, heading_line.end, header_end + 300)
    if r.fields["date"] is None:  # a motie's "Voorgesteld 21 December 1921."
        read_received_date(r, heading_line.start, header_end)
    r.body_start = header_end


# Where the stuk's earlier stukken were printed, between its heading and its addressee (OCR: "zyn", "n°."):
# "(De vroegere stukken zijn gedrukt onder n°. 222 der Zitting 1907—1908.)".
_EARLIER_STUKKEN_NOTE_RE = re.compile(r"^\(De\s+(?:vroegere|vorige|overige)\s+stukken\s+z\S{1,2}n\s+gedrukt\b[^()]*\)\.?$")


def _joined_fragments(text: str, lines: list[Line]) -> list[Line]:
    """The lines, with an apostrophe that OCR put on a line of its own joined to the line under it (the article of
    ``'s-Gravenhage``: ``'`` / ``SGRAVENHAGE, 17 Juli 1893.``, as ``printed_place`` joins it), and an ``Aan`` alone
    on its line to the addressee under it (``Aan`` / ``de Tweede Kamer der`` / ``Staten-Generaal.``)."""
    joined: list[Line] = []
    for line in lines:
        if joined and joined[-1].text in {"'", "’"}:
            joined[-1] = Line(joined[-1].start, line.end, text[joined[-1].start : line.end])
        elif joined and joined[-1].text == "Aan" and line.text.startswith("de "):
            joined[-1] = Line(joined[-1].start, line.end, " ".join(text[joined[-1].start : line.end].split()))
        elif joined and _broken_place_date(joined[-1], line):
            joined[-1] = Line(joined[-1].start, line.end, text[joined[-1].start : line.end])
        else:
            joined.append(line)
    return joined


def _broken_place_date(line: Line, below: Line) -> bool:
    """A place and date that OCR broke over two lines before its month or year (``'SGKAVENHAGE, 9 Mei`` / ``1919.``,
    ``'s Gravenhage, den 3den`` / ``Maart 1880.``): the line has none, the two lines read as one have one."""
    if _PLACE_DATE_RE.search(line.text) or not re.match(r"(?:[A-Za-z]{3,10}\.?\s+)?1[89]\d\d\b", below.text):
        return False
    return _PLACE_DATE_RE.search(f"{line.text} {below.text}") is not None


# The right page's running head where no chamber line stands under it: the range of its stukken ("72—75.", "482—485.",
# "13-1».]", OCR's "1M5.|" for the dossier's number), alone on its line or after the session ("1919-1920. 26—29.").
_FACING_HEAD_RE = re.compile(r"^(?:1[89]\d\d\s?[-—]\s?1[89]\d\d[.,]\s+)?\S{0,4}\d{1,4}\s?[-—]\s?\S{1,4}[.,]?\]?\|?$|^\S{1,2}\d\S{0,2}[.,]\|$")
# A title cut after an initial ("Naturalisatie van A. L.", "F, II.", "H. Th", "M. 0.", OCR's "15. II."): not whole.
_ENDS_AT_INITIAL_RE = re.compile(r"(?:\b|(?<=[.,]\s))(?:[A-Z]{1,2}|[A-Z][a-z]|\d)\.?$")


def read_title_on_facing_page(r: Reading) -> None:
    """The rest of a dossier's title that the Bijlagen print over two facing pages: the first part under the left
    page's running head without its full stop (``417.`` / ``Naturalisatie van L.``), the rest under the right page's
    chamber line (``218`` / ``221.`` / ``Tweede Kamer. 57`` / ``Citioen en 179 anderen.``), where the text runs over
    that page break; where the first part ends at an initial (``Naturalisatie van A. L.``, ``F, II.``), also under the
    right page's head without a chamber line (``72—75.`` / ``M. Amel en 134 anderen.``, ``1M5.|`` / ``Nichüscr en zes
    anderen.``) and under a session before the head (``1919-1920. 26—29.`` / ``Tweede Kamer.``)."""
    dossiers = r.fields["dossiers"] or []
    if len(dossiers) != 1 or not dossiers[0]["title"] or len(dossiers[0]["title"]) < 12:
        return
    title = dossiers[0]["title"]
    printed = r.text.find(title[-12:], 0, 1000)
    # an initial's full stop ("Naturalisatie van L.") does not end the title
    initial = _ENDS_AT_INITIAL_RE.search(title) is not None
    stop = r"\.?" if initial else ""
    if printed < 0 or not re.match(stop + r"[ \t]*\n", r.text[printed + 12 :]):
        return  # not found, or printed with its full stop or comma: the title is whole
    lines = split_lines(r.text, printed + 12, len(r.text))
    for index, line in enumerate(lines[1:], start=1):
        above = lines[index - 1].text
        chamber = _RUNNING_HEAD_CHAMBER_RE.match(line.text) and (
            _PAGE_FURNITURE_LINE_RE.fullmatch(above) or (initial and _FACING_HEAD_RE.match(above)))
        if not chamber and not (initial and _FACING_HEAD_RE.match(line.text)):
            continue
        if not chamber and index + 1 < len(lines) and _RUNNING_HEAD_CHAMBER_RE.match(lines[index + 1].text):
            continue  # the chamber line under the head: the rest stands under it
        rest = next((below for below in lines[index + 1 : index + 3] if len(below.text) > 3), None)
        if rest is not None and initial:  # OCR's stray stop before the name (". WiJjn*en en 30 anderen.")
            lead = len(rest.text) - len(rest.text.lstrip(". "))
            rest = Line(rest.start + lead, rest.end, rest.text[lead:])
        if (rest is not None and len(rest.text) <= 150 and rest.text.endswith(".") and not is_upper(rest.text[:20])
                and not _MARKER_RE.match(rest.text) and re.match(r"[^\W\d_]", rest.text)
                and (chamber or re.search(r"\banderen\.$", rest.text))):
            dossiers[0]["title"] = _without_full_stop(dehyphenate([title + r.text[printed + 12 :].split("\n", 1)[0].strip(), rest.text]))
            r.mark(rest.start, rest.end, "dossiers")
        return


def next_stuk_start(text: str, start: int) -> int | None:
    """Where the next stuk printed on the page begins: a heading in capitals (``NOTA VAN INLICHTINGEN.``,
    ``VERSLAG.``) under a short line that holds its marker (``157.`` / ``2.``, ``(S08. ±)``), or on the marker's
    line (``(77. 6.) NOTA VAN WIJZIGINGEN``); None where the page prints one stuk."""
    lines = split_lines(text, start)
    for index, line in enumerate(lines[1:], 1):
        # the marker and a heading in capitals on one line, either of them possibly garbled ("[HO. 4.] MKMOBIE VAN ...")
        inline = _STUK_START_RE.match(line.text) or _GARBLED_STUK_START_RE.match(line.text)
        if inline and inline.group("rest") and is_upper(inline.group("rest")[:20]) and len(inline.group("rest")) > 5:
            return line.start
        above = lines[index - 1].text
        if (is_heading(line.text) and is_upper(line.text[:20]) and len(above) <= 12
                and re.search(r"\d", above) and not any(c.islower() for c in above)):
            marker_start = index - 1
            if marker_start > 0 and len(lines[marker_start - 1].text) <= 6 and re.fullmatch(r"[\[(|]?\d{1,4}[.,]", lines[marker_start - 1].text):
                marker_start -= 1  # "157." / "2."
            return lines[marker_start].start
    return None


# A title or heading that ends with an abbreviation keeps its full stop: "enz.", "c.s.", "c. s.", "CS.".
ENDS_WITH_ABBREVIATION_RE = re.compile(r"(?:\benz|\b[cC]\.?\s?[sS])\.$")


# The chamber line that OCR joined to the title's line, page number and all: "Tweede Kamer. A Naturalisatie van ...",
# "Tweede kamer. i Verklaring van ..." (2 titles over the SGD pool).
_CHAMBER_BEFORE_TITLE_RE = re.compile(r"^(?:Tweede|Eerste)\s+[Kk]amer\.\s+(?:\S{1,3}\s+)?(?=[A-Z][a-z])")


def _without_full_stop(title: str) -> str:
    """A title without its closing full stop, unless that ends an abbreviation (``Kroll c. s.``), and without the
    comma a running head prints after it (``... Militiewet 1901,`` over the chamber line; no gold title ends in one)
    or a chamber line OCR joined before it."""
    title = _CHAMBER_BEFORE_TITLE_RE.sub("", re.sub(r"\s*,$", "", title))
    return title if ENDS_WITH_ABBREVIATION_RE.search(title) else re.sub(r"\.$", "", title)


without_full_stop = _without_full_stop  # for the table pages' reader (tables)


def _read_print_note(r: Reading, start: int, end: int) -> None:
    """``(Gedrukt onder n°. 434 der Zitting 1936—1937.)`` under the heading: the session the stuk is
    printed in. ``(De vroegere stukken zijn gedrukt ...)`` names the session of earlier stukken, which
    need not be this one's."""
    note = _PRINT_NOTE_RE.search(r.text, start, min(len(r.text), end))
    if note and r.fields["vergaderjaar"] is None and int(note.group("y2")) == int(note.group("y1")) + 1:
        r.fields["vergaderjaar"] = f"{note.group('y1')}-{note.group('y2')}"
        r.mark(note.start("y1"), note.end("y2"), "vergaderjaar")


# After the title of the 1850s-1870s, the stukken the page prints: "... Proceskosten. (Memorie van Beantwoording van het
# Verslag der Commissie van Rapporteurs.)", "(Voorloopig Verslag der Commissie; Memorie van Beantwoording.)".
_STUKKEN_NOTE_RE = re.compile(
    r"(?<=\.)\s*\([^()]*\b(?:Memorie|Verslag|Missive|Nota|Ontwerp|Boodschap|Bijlage|Brief)[^()]*\)\.?$")


def _read_number(r: Reading, chamber_line: Line | None, heading_line: Line) -> None:
    """``852 1`` just above the heading (or before it on its line) is the kamerstuk 852, nr. 1; the
    mixed-case lines between the chamber and that number are its title."""
    top = chamber_line.end if chamber_line is not None else 0
    before = [line for line in split_lines(r.text, top, heading_line.start) if len(line.text) > 2]
    number_line = before[-1] if before else None
    number = _NUMBER_RE.match(number_line.text) if number_line else None
    if number and not number.group("num").isdigit():
        # a Roman number of the 1850s-60s ("[LVII. 1.]") counts where no running head names the kamerstuk
        if running_head(r.text, chamber_line.start if chamber_line else heading_line.start) is not None:
            number = None
    number_start = number_line.start if number_line else 0
    if number is None or number.end() < len(number_line.text.rstrip()):
        number_start = r.text.rfind("\n", 0, heading_line.start) + 1
        number = _NUMBER_RE.match(r.text[number_start : heading_line.start])
        if number is None and _read_senate_number(r, chamber_line, heading_line, before):
            return
        if number is None:  # the page's running head names the kamerstuk; the marker above the heading the stuk
            _read_running_head(r, chamber_line.start if chamber_line else heading_line.start, single_only=False)
            marker = (_MARKER_RE.search(r.text, max(0, heading_line.start - 30), heading_line.start)
                      or _GARBLED_MARKER_RE.search(r.text, r.text.rfind("\n", 0, heading_line.start - 1) + 1, heading_line.start))
            if r.fields["dossiers"] and marker:
                r.fields["ondernummer"] = None
                stuk = re.search(r"[.,]\s*(\d{1,3}[a-z]?|[liI])[.,]?[\])|]?$", marker.group())
                r.set_ondernummer(marker.start() + stuk.start(1),
                                  _in_head_range(r.text, heading_line.start, re.sub(r"^[liI]$", "1", stuk.group(1))))
            elif not r.fields["dossiers"]:
                _read_marker_alone(r, before, heading_line)
                if r.fields["ondernummer"] is None and marker and marker.re is _GARBLED_MARKER_RE:
                    r.set_ondernummer(marker.start("nr"), re.sub(r"^[liI]$", "1", marker.group("nr")))  # "(3G:i. 1."
            return
        number_line = None
    title = _title_lines(before[:-1] if number_line else before)
    text = _without_full_stop(_STUKKEN_NOTE_RE.sub("", dehyphenate([line.text for line in title]))) if title else None
    if text and (number.group("chapter") or re.fullmatch(r"\(.*\)\.?", text)):  # "(Rijksbegrooting voor het dienstjaar 1930. 2. V. 17.)"
        text = re.sub(r"^[.\s(]+|(?<=\d{4})\b.*$", "", text).strip(" .") or None
    chapter = number.group("chapter")
    num = _read_against_running_head(r.text, chamber_line, number.group("num"))
    if chapter and re.fullmatch(r"1\d", num) and number_line is not None and re.fullmatch(r"1\d[.,]\s.*[\])]\.?", number_line.text):
        num = num[1]  # "12. IV. 8.]": OCR's 1 for the opening bracket of a budget chapter's marker ("[2. IV. 8.]")
    if text is None and not chapter and chamber_line is not None:
        head_title = _head_title_over_chamber(r.text, chamber_line, num)
        if head_title is not None:
            title, text = [head_title[0], head_title[-1]], _without_full_stop(dehyphenate([line.text for line in head_title]))
    r.fields["dossiers"] = [{"number": f"{num}-{chapter}" if chapter else num, "title": text}]
    r.mark(number_start + number.start("num"), number_start + number.end("num"), "dossiers")
    if title:
        r.mark(title[0].start, title[-1].end, "dossiers")
    r.set_ondernummer(number_start + number.start("nr"), number.group("nr"))


def _title_lines(lines: list[Line]) -> list[Line]:
    """The lines of a dossier's title among the lines between the chamber line and the number over the heading: those
    in small letters with ten letters or more, up to the first marker (``30. 4.``, ``(87 1.)``, ``2310 1``) or line in
    capitals under them (a heading: four letters or more, not a budget marker's ``IX. 1.)``). Where the readers took a later stuk's heading for the first one (the first's heading
    garbled or of a kind no list names), the lines under that marker are the first stuk's addressee and body
    (``Aan de Tweede Kamer ...``, ``De ondergeteekenden hebben de eer, ...``), no title."""
    title: list[Line] = []
    for line in lines:
        if (not is_upper(line.text) and sum(c.isalpha() for c in line.text) >= 10
                and not re.fullmatch(r"\([^()]*;[^()]*\)\.?", line.text)  # "(Missive; Regeringsverslag.)": the page's stukken
                and not is_garbled_chamber_line(line.text)):
            title.append(line)
        elif title and ((is_upper(line.text) and sum(c.isalpha() for c in line.text) >= 4)
                        or (re.search(r"\d", line.text) and not any(c.isalpha() for c in line.text))):
            break
    return title


# The Eerste Kamer's Bijlagen of 1930-1950 number a page by the kamerstuk alone ("342." or "1529 (Zitting 1949-1950)"
# over "Eerste Kamer."), print the title, and repeat the number before the heading on its line ("342. EINDVERSLAG VAN
# DE COMMISSIE VAN RAPPORTEURS ...", "34. GEWIJZIGD ONTWERP VAN WET ...", "82. VOORLOOPIG VERSLAG ...") or, from 1947,
# on a line of its own above it ("1689" / "VOORLOPIG VERSLAG ..."): the number is the kamerstuk's (the Tweede Kamer's
# dossier), the stuk has none of its own.
_SENATE_PAGE_NUMBER_RE = re.compile(r"^(?P<num>\d{1,4})\.?(?:\s+\([^()]*\))?$")
# The page's number as OCR garbled it: a 1 read as I or l ("I50<", "I 17"), a 5 as S, a 0 as O, a space inside it,
# its full stop read as a hyphen or a stray sign ("297-", "I50<").
_GARBLED_SENATE_NUMBER_RE = re.compile(r"^(?P<num>[\dIl](?:\s?[\dIlSO]){1,3})[.,\-<»]?(?:\s+\([^()]*\))?$")
_SENATE_DIGITS = str.maketrans({"I": "1", "l": "1", "S": "5", "O": "0", " ": None})
_SENATE_PREFIX_RE = re.compile(r"(?P<num>\d{1,4})\.?\s+")
_SENATE_NUMBER_LINE_RE = re.compile(r"(?P<num>\d{1,4})\.?")


def _senate_number(head: str, repeated: str) -> str | None:
    """The kamerstuk's number of an Eerste Kamer Bijlage from the page's number over the chamber line (``head``) and
    its repetition at the heading (``repeated``, as printed): the number where they agree; where OCR garbled the page's
    letters of the head (``I50<`` over ``150.``, ``297-`` over ``297.``), the repetition, which reads them as the digits
    they are; where both are digits and differ in one digit of a pair OCR confuses (``83.`` over ``88.``), the head's,
    in larger type (as ``_read_against_running_head``). Any other difference: another number, none read."""
    legible = _SENATE_PAGE_NUMBER_RE.match(head)
    if legible is not None:
        number = legible.group("num")
        if number == repeated:
            return number
        differ = [frozenset((a, b)) for a, b in zip(number, repeated) if a != b]
        return number if len(number) == len(repeated) and len(differ) == 1 and differ[0] in _OCR_DIGIT_PAIRS else None
    garbled = _GARBLED_SENATE_NUMBER_RE.match(head)
    return repeated if garbled is not None and garbled.group("num").translate(_SENATE_DIGITS) == repeated else None


def _read_senate_number(r: Reading, chamber_line: Line | None, heading_line: Line, before: list[Line]) -> bool:
    """Dossier (number and title) of an Eerste Kamer Bijlage whose heading repeats the number over the chamber line
    (``_SENATE_PAGE_NUMBER_RE``), before it on its line or on the line above it; no ondernummer."""
    if chamber_line is None or not CHAMBER_RE.match(chamber_line.text).group("house") == "Eerste":
        return False
    line_start = r.text.rfind("\n", 0, heading_line.start) + 1
    prefix = _SENATE_PREFIX_RE.fullmatch(r.text[line_start : heading_line.start])
    if prefix is not None:
        start = line_start
    elif before and _SENATE_NUMBER_LINE_RE.fullmatch(before[-1].text):  # "1689" / "VOORLOPIG VERSLAG ..."
        prefix, start = _SENATE_NUMBER_LINE_RE.fullmatch(before[-1].text), before[-1].start
    else:
        return False
    numbers = [(line, _senate_number(line.text, prefix.group("num")))
               for line in split_lines(r.text, 0, chamber_line.start, limit=3)]
    above = [line for line, number in numbers if number is not None]
    if not above:
        return False
    number = next(number for _, number in numbers if number is not None)
    title = [line for line in before if not is_upper(line.text) and sum(c.isalpha() for c in line.text) >= 10]
    if not title:  # the title over the chamber line: "427" / "Naturalisatie van ..." / "Eerste Kamer 1"
        title = [line for line in split_lines(r.text, above[0].end, chamber_line.start)
                 if not is_upper(line.text) and sum(c.isalpha() for c in line.text) >= 10]
    text = _without_full_stop(dehyphenate([line.text for line in title])) if 1 <= len(title) <= 2 else None
    r.fields["dossiers"] = [{"number": number, "title": text}]
    if number == prefix.group("num"):
        r.mark(start, start + len(number), "dossiers")
    else:
        r.mark(above[0].start, above[0].start + len(number), "dossiers")
    if text:
        r.mark(title[0].start, title[-1].end, "dossiers")
    return True


def _head_title_over_chamber(text: str, chamber_line: Line, num: str) -> list[Line] | None:
    """The dossier's title printed under the running head, above the chamber line, where the stuk's marker prints
    none between the chamber line and its heading: ``249.`` / ``522—525.`` / ``Naturalisatie van J. J. Kiel en 262
    anderen.`` / ``Tweede Kamer. 133`` (sgd-0000319254), ``705 1—2`` / ``Wet op de Materiële Oorlogsschaden`` /
    ``Tweede Kamer`` (sgd-0000079172). Only where the head names the marker's kamerstuk."""
    found = running_head(text, chamber_line.start)
    if found is not None:
        if found[1].group("num") != num or found[2] is None or found[0] > chamber_line.start:
            return None
        lines = split_lines(text, found[0], chamber_line.start)
        title = [line for line in lines if not _running_head_match(line.text) and not re.fullmatch(r"\d{1,4}[.,]?", line.text)
                 and not is_upper(line.text) and sum(c.isalpha() for c in line.text) >= 10]
        return title if 1 <= len(title) <= 2 else None
    lines = [line for line in split_lines(text, 0, chamber_line.start) if line.text]
    head = _unstopped_range_head(lines)
    if head is None or head[1].group("num") != num:
        return None
    title = [line for line in lines[head[0]:] if not is_upper(line.text) and sum(c.isalpha() for c in line.text) >= 10]
    return title[:2] if len(title) <= 2 else None


def _read_against_running_head(text: str, chamber_line: Line | None, num: str) -> str:
    """The kamerstuk's number of a stuk marker that differs in one digit from the running head over the chamber
    line (``[303.`` / ``1—2.]`` over ``(803. 1.)``, sgd-0000344698) in a pair of digits OCR confuses: OCR misread one
    of them, and the running head (in larger type, above the stuk) is the one read right; so also in other
    digits where a later marker on the page agrees with the running head (``262. 1—2.`` over ``263. 1.`` and
    ``262. 2.``, sgd-0000057750). A marker that differs in more may be another kamerstuk's."""
    if chamber_line is None or not num.isdigit():
        return num
    found = running_head(text, chamber_line.start)
    head = found[1].group("num") if found else None
    if head is None or len(head) != len(num) or head.startswith("0"):
        return num
    differ = [frozenset((a, b)) for a, b in zip(head, num) if a != b]
    if len(differ) != 1:
        return num
    # the next stuk on the page carries the running head's number ("262. 1—2." over "263. 1." and "262. 2.")
    agrees = re.compile(r"(?m)^\W?" + head + r"[.,]\s*\d{1,3}[.,]?\W?$").search(text, chamber_line.end) is not None
    return head if differ[0] in _OCR_DIGIT_PAIRS or agrees else num


def _in_head_range(text: str, end: int, nr: str) -> str:
    """A stuk's number read against the running head's range (``[299.`` / ``38-41.]`` over ``(9M. 88.)``): where it
    falls outside and one digit read as its OCR twin (3 for 8) brings it inside, that reading."""
    found = running_head(text, end)
    if found is None or not found[1].group("to") or not nr.isdigit():
        return nr
    low, high = int(re.sub(r"\D", "", found[1].group("nr")) or 0), int(found[1].group("to"))
    if low <= int(nr) <= high:
        return nr
    for i, digit in enumerate(nr):
        for pair in _OCR_DIGIT_PAIRS:
            if digit in pair:
                twin = nr[:i] + next(iter(pair - {digit})) + nr[i + 1:]
                if low <= int(twin) <= high:
                    return twin
    return nr


# Digits that OCR of the old print takes for each other (``(803. 1.)`` under ``[303.``, ``(178. 6.)`` under
# ``[118.``); neighbours such as 2 and 3 are also two numbers of one page (``262. 1—2.`` over ``263. 1.``).
_OCR_DIGIT_PAIRS = {frozenset(pair) for pair in ("38", "17", "09", "56")}


# A stuk that starts further down the page: its marker and heading on one line ("(77. 6.) NOTA VAN WIJZIGINGEN
# VAN HET GEWIJZIGD WETSONTWERP.") or the marker alone over the heading.
_STUK_START_RE = re.compile(r"^[\[(|](?P<num>\d{1,4})[.,]\s*(?P<nr>\d{1,3}[a-z]?)[.,]?[\])|](?:\s+(?P<rest>.*))?$")


_BARE_STUK_START_RE = re.compile(r"^\W?(?P<num>\d{1,4})[.,]\s*(?P<nr>\d{1,3}[a-z]?)[.,]\s+(?P<rest>[A-Z]{3}.*)$")
# The same alone on its line over the heading, under a head without brackets ("219." / "5-7." over "219. 6." /
# "VERSLAG.", sgd-0000301084): only the running head's kamerstuk.
_BARE_MARKER_ALONE_RE = re.compile(r"^\W?(?P<num>\d{1,4})[.,]\s*(?P<nr>\d{1,3}[a-z]?)[.,]?(?P<rest>)$")
# A stuk's marker that OCR garbled: alone on its line ("[8. I.]", "(247."), or a square bracket (which prose
# never opens a line with) before the heading ("[tlff. IJ K 0N1XKLIJK1: BOODSCHAP"), or its closing bracket read as
# a letter ("(432. 100.V", sgd-0000324669).
_UNREAD_STUK_START_RE = re.compile(r"^[\[(|]\S{1,5}[.,]?\s?\S{0,4}[\])|j]?$|^\[\S{1,6}[.,]|^[\[(|]\d{1,4}[.,]\s?\d{1,3}[.,]\S$")


def _running_head_end(text: str) -> int:
    """Where the running head of a page without its chamber line ends (``[197.`` / ``10-15.]``), so that the head is
    not taken for a stuk's garbled marker (0 where no head is read)."""
    found = running_head(text, len(text))
    return 0 if found is None else found[0] + found[1].end()


def _read_first_stuk_on_page(r: Reading, start: int) -> None:
    """On a page that opens inside a stuk, the first stuk of the same kamerstuk whose heading starts on the page
    gives the ondernummer and the heading (and so the doc_type); the running head gave the dossier."""
    dossier = (r.fields["dossiers"] or [{}])[0].get("number")
    lines = split_lines(r.text, start, r.body_end)
    for index, line in enumerate(lines):
        marker = _STUK_START_RE.match(line.text)
        bare = (_BARE_STUK_START_RE.match(line.text) or _BARE_MARKER_ALONE_RE.match(line.text)
                if marker is None and dossier is not None else None)
        if bare and bare.group("num") == dossier:
            marker = bare  # "•270. 7. GEWIJZIGD ONTWERP VAN WET.": no brackets, the running head's kamerstuk
        if marker is None and dossier is not None and _read_garbled_marker_heading(r, line, dossier):
            return
        if marker is not None and dossier is not None and _misread_head_kamerstuk(r.text, line.start, marker, dossier):
            pass  # "(48. 15.)" under "[43." / "14-15.1": the head's kamerstuk, one digit misread
        elif marker is None or (dossier is not None and marker.group("num") != dossier):
            if _UNREAD_STUK_START_RE.match(line.text) or (is_upper(line.text) and len(line.text) < 80
                                                          and sum(c.isalpha() for c in line.text) > 8):
                return  # a stuk starts here whose marker or heading OCR garbled ("[8. I.]", "KONINKLUKU BOODSCHAP.")
            continue
        if marker.group("rest"):
            offset = line.start + marker.start("rest")
            below = [Line(offset, line.end, marker.group("rest"))] + lines[index + 1 : index + 4]
        else:
            below = lines[index + 1 : index + 5]
        if not below or not (is_heading(below[0].text) and is_upper(below[0].text[:20])
                             or marker.re is _BARE_MARKER_ALONE_RE and _unlisted_heading(below[0])):
            return  # the first stuk on the page is a table or a list ("[2. 89.] Uitgewerkte en toelichtende staat.")
        if r.fields["dossiers"] is None:
            r.fields["dossiers"] = [{"number": marker.group("num"), "title": None}]
            r.mark(line.start + marker.start("num"), line.start + marker.end("num"), "dossiers")
        r.fields["ondernummer"] = None
        r.set_ondernummer(line.start + marker.start("nr"), _in_head_range(r.text, line.start, marker.group("nr")))
        last = 0 if below[0].text.rstrip().endswith(".") else extend_heading(below, 0, [below[0]])
        end = run_on(below, last)
        heading = below[: (end if end is not None else last) + 1]
        set_heading(r, heading, runs_on=end is not None)
        # the stuk the page opens inside ends here: its signature is not this stuk's; this one ends at the next
        r.stuk_start = line.start
        r.stuk_end = next_stuk_start(r.text, heading[-1].end)
        _read_stuk_date(r, heading[0].start, heading[-1].end)
        return


def _unlisted_heading(line: Line) -> bool:
    """A heading of a kind no list names under the running head's marker printed without brackets alone on its line
    (the 1920s-30s print: ``65.`` / ``4.`` over ``65. 4.`` / ``GEWIJZIGD VERGELIJKEND OVERZICHT VAN DEN TEKST ...
    DRANKWET.``, sgd-0000292062; ``215. 4.`` / ``DELL AKTEN VAN VERBAND EN BEVESTIGING.``, sgd-0000297173): one line in
    capitals, twelve letters at least, to its full stop. Not under a bracketed marker, whose capitals may be a garbled
    heading of a listed kind (``BEIEF VAN DEN MINISTER``) or a budget's label that its own readers read; not a line
    without its stop (a table's column head)."""
    return is_upper(line.text) and sum(c.isalpha() for c in line.text) >= 12 and line.text.rstrip().endswith(".")


# A stuk's marker OCR garbled before its heading on one line, its stuk number legible or read as l, i or I for 1:
# "(336. l.) KONINKLIJKE BOODSCHAP.", "(988. i.) KONINKLIJKE BOODSCHAP.", "(«57. 7.) MEMORIE VAN TOELICHTING",
# "(1H2. (i.) MEMORIE VAN ANTWOORD.".
_GARBLED_TAIL_START_RE = re.compile(
    r"^\W?[\[(|]\S{1,6}?[.,]?\s?\(?(?P<nr>[0-9liI]{1,3})[.,]?[\])|jJ]\s+(?P<rest>[A-Z]{3}.*)$"
)


def _read_garbled_marker_heading(r: Reading, line: Line, dossier: str) -> bool:
    """The first stuk on a page that opens inside a stuk, where OCR garbled its marker but not its heading on the same
    line: the running head's kamerstuk (the head names the stukken the page holds), the stuk's number where it lies in
    the head's range (l, i, I read as 1), the heading. Nothing where the number falls outside the range."""
    tail = _GARBLED_TAIL_START_RE.match(line.text)
    found = running_head(r.text, line.start)
    if tail is None or found is None or not (is_heading(tail.group("rest")) and is_upper(tail.group("rest")[:20])):
        return False
    nr = re.sub(r"[liI]", "1", tail.group("nr"))
    low = int(re.sub(r"\D", "", found[1].group("nr")) or 0)
    if found[1].group("num") != dossier or not low <= int(nr) <= int(found[1].group("to") or low):
        return False
    r.fields["ondernummer"] = None
    r.set_ondernummer(line.start + tail.start("nr"), nr)
    set_heading(r, [Line(line.start + tail.start("rest"), line.end, tail.group("rest"))], runs_on=False)
    r.stuk_start = line.start
    r.stuk_end = next_stuk_start(r.text, line.end)
    _read_stuk_date(r, line.start + tail.start("rest"), line.end)
    return True


def _misread_head_kamerstuk(text: str, end: int, marker: re.Match[str], dossier: str) -> bool:
    """A stuk's marker whose kamerstuk differs from the running head's in one digit and whose stuk lies in the head's
    range (``(48. 15.) VOORGESTELDE AMENDEMENTEN.`` under ``[43.`` / ``14-15.1``, sgd-0000363678): the head's
    kamerstuk, OCR having misread a digit of the marker (in smaller type than the head). A stuk outside the
    range, or a number that differs in more, may be another kamerstuk's."""
    num, nr = marker.group("num"), marker.group("nr")
    if num == dossier or len(num) != len(dossier) or not nr.isdigit():
        return False
    if sum(a != b for a, b in zip(num, dossier)) != 1:
        return False
    found = running_head(text, end)
    if found is None or found[1].group("num") != dossier or not found[1].group("nr").isdigit():
        return False
    low = int(found[1].group("nr"))
    return low <= int(nr) <= int(found[1].group("to") or low)


def _read_stuk_date(r: Reading, start: int, end: int) -> None:
    """The date of a stuk that starts on a page opening inside another: "(Ingezonden 17 April 1934.)" under its
    heading, "Vastgesteld 12 December 1951" ending a short verslag, within 200 characters of the heading and
    before the next stuk."""
    if r.fields["date"] is None:
        limit = min(len(r.text), end + 200, r.stuk_end if r.stuk_end is not None else len(r.text))
        match = RECEIVED_DATE_RE.search(r.text, start, limit)
        if match:
            r.set_received_date(0, match)


# A stuk's marker over its heading, over two lines, its full stops lost to OCR: "[67" / "25]".
_LOOSE_MARKER_RE = re.compile(r"[\[(|](?P<num>\d{1,4})[.,]?\s+(?P<nr>\d{1,3}[a-z]?)[.,]?[\])|]\s*$")


def _read_marker_alone(r: Reading, before: list[Line], heading_line: Line) -> None:
    """Where no running head names the kamerstuk, the marker over the heading gives its number and the stuk's,
    and the lines in small letters above the marker its title."""
    marker = _LOOSE_MARKER_RE.search(r.text, max(0, heading_line.start - 20), heading_line.start)
    if marker is None:
        return
    title = [line for line in before if line.end <= marker.start() and not is_upper(line.text)
             and sum(c.isalpha() for c in line.text) >= 10 and not re.match(r"\S{4,7}\s+Kam\w{2,3}\b", line.text)
             and not is_garbled_chamber_line(line.text)]
    if not title or title[0].text.startswith("("):
        return  # a budget's running head ("(Begrooting van Nederlandsch-Indië ... 1922. 4. 17—18.)") or no title
    text = _without_full_stop(dehyphenate([line.text for line in title])) if title else None
    r.fields["dossiers"] = [{"number": marker.group("num"), "title": text}]
    r.mark(marker.start("num"), marker.end("num"), "dossiers")
    if title:
        r.mark(title[0].start, title[-1].end, "dossiers")
    r.set_ondernummer(marker.start("nr"), marker.group("nr"))


def _read_running_head(r: Reading, end: int, *, single_only: bool) -> None:
    """Dossier (number and title) and, where it names one stuk, the ondernummer from the running head. On
    a page that opens inside a stuk (``single_only``) a range of stukken (``6—8``) gives no ondernummer."""
    found = running_head(r.text, end)
    if found is None:
        return
    offset, head, title = found
    r.fields["dossiers"] = [{"number": head.group("num"), "title": _without_full_stop(title) if title else None}]
    r.mark(offset + head.start("num"), offset + head.end("num"), "dossiers")
    if not (single_only and head.group("to")):
        r.set_ondernummer(offset + head.start("nr"), head.group("nr"))


def read_running_head_alone(r: Reading) -> None:
    """The running head's dossier (and its stuk where it names one) on a Bijlagen page no other reader read: a page
    that opens inside a stuk under a legible head (``199.`` / ``4-5.`` / ``Wijziging der wetten ...``, ``[171.`` /
    ``7.]`` / ``Bekrachtiging eener ...``, sgd-0000292487, -360981), whose first stuk's heading no reader found. Only
    the head that opens the page (under at most its label and one speck) with the title on the line right under it,
    in small letters (``Verslag ...``, not a chamber line OCR garbled, ``Tweede Raraer.``, nor a stuk's heading)."""
    if r.fields["dossiers"] is not None or r.layout not in (None, "prewar"):
        return
    found = running_head(r.text, min(len(r.text), 600))
    if found is None or found[2] is None:
        return
    offset, head, title = found
    lines = split_lines(r.text, 0, min(len(r.text), 600), limit=6)
    at = next((i for i, line in enumerate(lines) if line.start == offset), None)
    if at is None or any(not (is_page_label(line.text) or len(line.text) <= 2) for line in lines[:at]):
        return
    span = 2 if at + 1 < len(lines) and not _running_head_match(lines[at].text, r.text) else 1
    head_text = " ".join(line.text for line in lines[at : at + span])
    if _running_head_match(head_text) is None or (head_text[0] in "[(|" and head_text[-1] not in "])|J"):
        return  # a head read only by repair, or unclosed ("[10.1" for "[105."): its number is a guess
    below = lines[at + span] if at + span < len(lines) else None
    if (below is None or not below.text.startswith(title[:20]) or len(title) > 250
            or not re.match(r"[A-Z][a-zé]", title) or re.match(r"T\S{3,5}e\s|Eerste\s", title)):
        return
    _read_running_head(r, min(len(r.text), 600), single_only=True)
    r.layout = "prewar"


# A page of the Bijlagen of the 1940s-1950s that opens inside a stuk: its number alone, the kamerstuk's number alone
# without a full stop, at times the stuk or range of stukken ("5—6"), then the dossier's title on one line, complete
# (its full stop: "14" / "2358" / "5—6" / "Vaststelling van de begroting van Nieuw-Guinea voor het dienstjaar 1950.",
# sgd-0000290359; "2" / "833" / "Oprichting van ... Indonesië N.V.", sgd-0000080609). A title cut at the page's edge
# ("Goedkeuring van het Statuut van de Organisatie der Ver", its rest on the facing page) is not read.
_CONTINUATION_HEAD_RE = re.compile(
    r"\A(?P<page>[1-9]\d{0,2})\n(?P<num>[1-9]\d{2,3})\n(?:\d{1,3}(?:\s?[—–-]\s?\d{1,3})?\n)?"
    r"(?P<title>[A-Z][a-zé]+\s[^\n]{8,250}\.)\n"
)


def read_continuation_head(r: Reading) -> None:
    """The dossier (number and title) of ``_CONTINUATION_HEAD_RE`` on a page no other reader read; not its stuk (the
    head's range does not say which stuk the page's text belongs to). The title is no chamber line (``Tweede Kamer``)
    and holds words in small letters."""
    if r.fields["dossiers"] is not None or r.layout not in (None, "prewar"):
        return
    found = _CONTINUATION_HEAD_RE.match(r.text)
    if found is None or re.match(r"(?:[Tt]\S{3,5}e|Eerste)\s+[Kk]", found.group("title")):
        return
    if len(re.findall(r"\b[a-zé]{2,}\b", found.group("title"))) < 3:
        return
    title = found.group("title")  # its full stop after a word or year; an abbreviation's stays ("N.V.", "enz.")
    title = title[:-1] if re.search(r"(?:[a-zé]{3}|\d)(?<!\benz)\.$", title) else title
    r.fields["dossiers"] = [{"number": found.group("num"), "title": title}]
    r.mark(found.start("num"), found.end("num"), "dossiers")
    r.mark(found.start("title"), found.end("title"), "dossiers")
    r.layout = "prewar"


# The head of a Bijlagen page of 1946-1952: the label, the kamerstuk's number alone and the stuk's number or range
# ("Bijlagen" / "2419" / "10", "Bijlagen" / "1240" / "7—9"), then the chamber line (at times OCR garbled, "tweede
# Kamer n", "Tv/eede Kamer", or over two lines) and the dossier's title in small letters. Over the SGD pool 65 pages
# open so; the 53 read before all name the head's number as their dossier (one, sgd-0000075022 under "221" / "4",
# reads the marker's 831).
_LABEL_HEAD_RE = re.compile(r"\A\W{0,2}B\S{3,7}n\.?[ \t]*\n(?P<num>[1-9]\d{1,4})[ \t]*\n\d{1,3}[a-z]?(?:\s?[—–-]\s?\d{1,3}[a-z]?)?[ \t]*\n")
# A line of the head that is no title: a chamber line as OCR printed it, alone or over two lines, or furniture.
_HEAD_FURNITURE_RE = re.compile(r"\W{0,2}(?:[Tt]\S{3,6}|Eerste|\S?weede|Kamer)\s*(?:K\S{1,6})?\W{0,3}\S{0,3}\W?|\S{1,4}")


def read_label_head(r: Reading) -> None:
    """The dossier of ``_LABEL_HEAD_RE``'s head (its number, and its title: the first line in small letters of ten
    letters or more under the head, before any line in capitals or marker, and the line under it where the title
    runs on to its full stop) on a page no reader gave a dossier: whatever stuk the page holds, the head names its
    kamerstuk. Not the stuk: which stuk starts on the page is read (or not) by the readers of its marker. The
    kamerstuk reader may have taken the page (its session at the foot) without a dossier (sgd-0000084114)."""
    if r.fields["dossiers"] is not None or r.layout not in (None, "prewar", "kamerstuk"):
        return
    head = _LABEL_HEAD_RE.match(r.text)
    if head is None:
        return
    lines = split_lines(r.text, head.end(), min(len(r.text), head.end() + 600), limit=6)
    title: list[Line] = []
    for index, line in enumerate(lines):
        if _HEAD_FURNITURE_RE.fullmatch(line.text) or CHAMBER_RE.match(line.text) or is_garbled_chamber_line(line.text):
            continue
        if (is_upper(line.text[:20]) or line.text.startswith("(") or sum(c.isalpha() for c in line.text) < 10
                or not re.match(r"[A-Z][a-zé]", line.text)):
            break
        title = [line]
        after = lines[index + 1] if index + 1 < len(lines) else None
        if (not line.text.endswith(".") and after is not None and after.text[:1].islower() and after.text.endswith(".")
                and len(after.text) < 80):
            title.append(after)  # "Wijziging van de Locaalspoor-en" / "Tramwegwet."
        break
    text = dehyphenate([part.text.replace("\xad", "-") for part in title]) if title else None
    r.fields["dossiers"] = [{"number": head.group("num"), "title": _without_full_stop(text) if text else None}]
    r.mark(head.start("num"), head.end("num"), "dossiers")
    if title:
        r.mark(title[0].start, title[-1].end, "dossiers")
    r.layout = "prewar"  # a Bijlagen page: a page opening inside a stuk names no kind of stuk


# The running head of the 1940s-1960s without full stops, a range of stukken over one line or two: "1240" / "7—9",
# "2374 17—24", under "Bijlagen" or the page's number; each stuk's marker likewise: "1240 7" over its heading.
_UNSTOPPED_RANGE_HEAD_RE = re.compile(r"^(?P<num>[1-9]\d{1,4})\s(?P<nr>\d{1,3})\s?[—–-]\s?(?P<to>\d{1,3})$")
# A stuk's heading in small letters on such a page: "Amendement van de heer Serrarens c.s.", "Amendementen van ...".
_SMALL_AMENDMENT_HEADING_RE = re.compile(r"^(?:Sub)?[Aa]mendement(?:en)?\s+van\s+(?:de|den|het|mevrouw|mejuffrouw)\s+\S")


def _unstopped_range_head(lines: list[Line]) -> tuple[int, re.Match[str]] | None:
    """The index of the line under a running head without full stops (``1240`` / ``7—9``), and the head."""
    starts = (0, 1) if lines and (re.fullmatch(r"B\S{3,6}n\.?|\d{1,4}", lines[0].text) or is_page_label(lines[0].text)) else (0,)
    for start in starts:
        for span in (1, 2):
            if start + span > len(lines):
                break
            head = _UNSTOPPED_RANGE_HEAD_RE.match(" ".join(line.text for line in lines[start:start + span]))
            if head and int(head.group("nr")) < int(head.group("to")):
                return start + span, head
    return None


def _unstopped_range_stuk(text: str) -> tuple[list[Line], int, int, re.Match[str], bool] | None:
    """On a page under a running head without full stops (``2374`` / ``17—24``), the first stuk whose marker
    (``2374 17``: the head's kamerstuk, a number of its range) stands over a heading in capitals or over an
    amendment's heading in small letters: the page's lines, the index of the line under the head, the marker's,
    the marker and whether its heading is in capitals. A line in capitals before it may be a stuk whose marker
    OCR garbled: none."""
    lines = split_lines(text, 0, min(len(text), 4000), limit=40)
    found = _unstopped_range_head(lines)
    if found is None:
        return None
    below, head = found
    num, low, high = head.group("num"), int(head.group("nr")), int(head.group("to"))
    for index in range(below, len(lines) - 1):
        line, heading = lines[index], lines[index + 1]
        marker = re.fullmatch(num + r"\s(?P<nr>\d{1,3})", line.text)
        if marker is None:
            if is_upper(line.text) and len(line.text) < 80 and sum(c.isalpha() for c in line.text) > 8:
                return None
            continue
        if not low <= int(marker.group("nr")) <= high:
            return None
        upper = is_heading(heading.text) and is_upper(heading.text[:20])
        if not upper and not _SMALL_AMENDMENT_HEADING_RE.match(heading.text):
            return None
        return lines, below, index, marker, upper
    return None


def _read_unstopped_range_page(r: Reading) -> None:
    """The stuk of ``_unstopped_range_stuk``: the dossier and its title (the first line in small letters under the
    head), the ondernummer and the heading; the stuk ends where the next one on the page starts."""
    found = _unstopped_range_stuk(r.text)
    if found is None:
        return
    lines, below, index, marker, upper = found
    line = lines[index]
    num = line.text.split()[0]
    title = [part for part in lines[below:index] if not is_upper(part.text) and sum(c.isalpha() for c in part.text) >= 10
             and not re.match(r"\W{0,2}(?:[Tt]\S{3,6}|Eerste)\s*(?:K\S{1,6})?\W{0,3}\S?$", part.text)]  # "tweede Kamer n"
    if title:  # the title runs on in small letters: "Pensioen-en" / "spaarfondsenwet"
        at = lines.index(title[0])
        title = [title[0]] + list(takewhile(lambda part: part.text[:1].islower() and len(part.text) < 80, lines[at + 1:index]))
    text = dehyphenate([part.text.replace("\xad", "-") for part in title]) if title else None
    r.fields["dossiers"] = [{"number": num, "title": _without_full_stop(text) if text else None}]
    r.mark(line.start, line.start + len(num), "dossiers")
    if title:
        r.mark(title[0].start, title[-1].end, "dossiers")
    r.set_ondernummer(line.start + marker.start("nr"), marker.group("nr"))
    parts = lines[index + 1:index + 5]
    if upper:
        last = 0 if parts[0].text.rstrip().endswith(".") else extend_heading(parts, 0, [parts[0]])
        end = run_on(parts, last)
        set_heading(r, parts[: (end if end is not None else last) + 1], runs_on=end is not None)
    else:
        set_heading(r, parts[:1])
    r.stuk_start = line.start  # a signature above the marker closes the stuk the page opens inside
    r.stuk_end = next_stuk_start(r.text, parts[0].end)
    _read_stuk_date(r, parts[0].start, parts[0].end)


# The monarch signs where the court is: "Soestdijk, 29 april 1976", "Het Loo, den 2 Junij 1860", "Lage
# Vuursche", "Porto Ercole", "New York": any place of up to three capitalised words (with "am", "d'"); the day's
# digits glued to the month at times in the 1990s ("'s-Gravenhage, 19juni 1990").
MONARCH_PLACE_DATE_RE = re.compile(
    r"(?:^|(?<=\s))(?:Gegeven\s+te\s+)?(?P<place>'?\s?[sS]\s?-?\s?(?:Graven|GRAVEN)\w*|'s\s?Hage|'[sS][a-z]{4,9}hage"
    r"|[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]+){0,2})\s?,?\s+(?:den\s+)?"
    + OCR_DAY + r"(?:\s+|(?<=\d)(?=[a-z]))(?P<month>[A-Za-z]{3,10})\.?\s+" + OCR_YEAR
)


def _set_place_date(r: Reading, offset: int, match: re.Match[str], *, any_place: bool = False) -> bool:
    iso = parse_date(match.group("day"), match.group("month"), match.group("year"))
    raw = match.group("place")
    the_hague = re.search(r"[gc]raven", raw.lower()) is not None or is_garbled_the_hague(raw)  # "'s-Cravenhage"
    if iso is None or (not the_hague and place(raw) not in known_places() and not any_place):
        return False  # "Voorgesteld 21 December 1921" is a date without a place
    r.set_place_and_date(printed_place(raw), iso, match, offset)
    # The article of 's-Gravenhage that OCR printed apart from a garbled name ("'s Giavenhage", "'* Gravenhage"):
    # the pattern took the name alone; the place as printed starts at the article.
    start = offset + match.start("place")
    article = _ARTICLE_BEFORE_RE.search(r.text, max(0, start - 4), start)
    if article and place(raw) == "'s-Gravenhage":
        r.fields["place"] = printed_place(r.text[article.start():offset + match.end("place")])
        r.spans = [(article.start(), end, label) if (begin, label) == (start, "place") else (begin, end, label)
                   for begin, end, label in r.spans]
    return True


_ARTICLE_BEFORE_RE = re.compile(r"(?<!\w)(?:['’‘`][*sS]?|[sS](?=[ \t]?-))[ \t]?-?[ \t]?\Z")


def read_footer_session(r: Reading) -> None:
    """The session a Bijlagen page was printed in, from its foot, where nothing above gave a vergaderjaar;
    and its chamber where the foot names it and nothing above did. Only on a page whose header a reader
    recognised: a passage given alone that carries the foot inside it has no header."""
    if r.layout is None:
        return
    footers = (list(_FOOTER_RE.finditer(r.text)) or list(_LAST_LINE_FOOTER_RE.finditer(r.text))
               or list(_BIJBLAD_FOOTER_RE.finditer(r.text)))
    sessions = [(m, session) for m in footers if (session := session_years(m.group("y1"), m.group("y2"), r.text))]
    if not sessions:
        garbled = page_foot.find_session(r.text) if r.fields["vergaderjaar"] is None else None
        if garbled is not None:  # a foot OCR garbled or broke over lines
            r.fields["vergaderjaar"] = garbled[0]
            r.mark(garbled[1], garbled[2], "vergaderjaar")
        return
    last, session = sessions[-1]
    if r.fields["vergaderjaar"] is None:
        r.fields["vergaderjaar"] = session
        r.mark(last.start("y1"), last.end("y2"), "vergaderjaar")
    if r.fields["chamber"] is None and last.groupdict().get("house"):
        r.fields["chamber"] = f"{last.group('house')} Kamer der Staten-Generaal"
        r.mark(last.start("house"), last.end("house") + 6, "chamber")


def read_place_date_before(r: Reading, end: int) -> None:
    """A place and date on the line that ends at ``end`` (``'s-Gravenhage, den 31 Januari 1936. WILHELMINA.``:
    a Koninklijke Boodschap is dated where the monarch signs it), where the header gave none."""
    if r.fields["date"] is not None:
        return
    line_start = r.text.rfind("\n", 0, end) + 1
    place_date = MONARCH_PLACE_DATE_RE.search(r.text[line_start:end])
    if place_date is None and line_start > 0:  # the date on the line above the name
        line_start = r.text.rfind("\n", 0, line_start - 1) + 1
        place_date = MONARCH_PLACE_DATE_RE.search(r.text[line_start:end])
    if place_date:
        _set_place_date(r, line_start, place_date, any_place=True)


# A Koninklijke Boodschap or a royal decree is dated at the court on a line of its own at its foot, over the
# monarch's name (which OCR may have lost) or the minister's countersignature: "Het Loo, den 17 October 1883.",
# "'s-Gravenhage, 8 juli 1960", OCR's "'s-Cravenhage", "'slinivenhage". The place is followed by a comma (so that
# "Vastgesteld 16 December 1949." is no place).
_COURT_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:Gegeven\s+te\s+)?(?P<place>'?\s?[sS]\s?-?\s?[GC](?:raven|RAVEN)\w*"
    r"|[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]+){0,2}),\s*(?:den\s+)?"
    + OCR_DAY + r"\s+(?P<month>[A-Za-z]{3,10})\.?\s+" + OCR_YEAR + r"\.?[ \t]*$"
)
_ROYAL_HEADING_RE = re.compile(r"BOODSCHAP|KONINKLIJK\s+BESLUIT", re.IGNORECASE)


def read_court_date(r: Reading) -> None:
    """The place and date at the foot of a Koninklijke Boodschap or royal decree, where nothing gave a date:
    the first line after its heading that holds only a place and a date."""
    if r.fields["date"] is not None or not _ROYAL_HEADING_RE.search(r.fields["heading"] or ""):
        return
    for match in _COURT_LINE_RE.finditer(r.text, r.body_start, min(len(r.text), r.body_start + 4000)):
        if _set_place_date(r, 0, match, any_place=True):
            return


# 1880-1940 the page's foot or head names the session and the chamber's code: "Handelingen der Staten-Generaal. —
# 1919—1920. — II." (II: Tweede Kamer, I: Eerste Kamer; OCR: "— 1", "— I,", "-— I.", "Sta ten-Generaal").
_HANDELINGEN_FOOT_RE = re.compile(
    r"(?m)^[^\n]{0,12}Handelingen\s+der\s+St\S{0,3}\s?\S{0,4}[- ]?\s?Gen\S{0,6}\.?\s*[-—–]+\s*(?:\d\S{0,3}\s+zitt\S*\s+)?"
    r"(?P<y1>" + SESSION_YEAR + r")\s*[-—–]\s*(?P<y2>" + SESSION_YEAR + r")\.?\s*[-—–]+\s*(?P<code>II|I|1|l)(?![\w])[^\n]{0,10}$"
)
# The chamber where the header gave none: its line broken over two ("Tweede" / "Kamer der Staten-Generaal",
# "Eerste Kamer der" / "Staten-Generaal") at the page's top, the print footer ("Tweede Kamer, vergaderjaar
# 1993-1994, 21 560, nr. 18"), or the running head "Tweede Kamer." with or without the page number among the
# page's first lines.
_BROKEN_CHAMBER_LINE_RE = re.compile(
    r"\A\s*(?P<house>Tweede|Eerste)[ \t]*\n?[ \t]*Kamer[ \t]+der[ \t]*\n?[ \t]*St\S{3,5}[ \t]*\n?[ \t-]*Gen"
)
_PRINT_FOOTER_CHAMBER_RE = re.compile(r"(?m)^[ \t]*(?P<house>Tweede|Eerste)\s+Kamer,?\s*(?:zitting|vergaderjaar)\s*1\d{3}\b")
_RUNNING_HEAD_CHAMBER_RE = re.compile(r"^\S{0,4}\s?(?P<house>Tweede|Eerste)\s+Ka\S{2,4}\.?(?:\s+\S{1,5}){0,2}$")


def read_page_session_and_chamber(r: Reading) -> None:
    """The vergaderjaar and chamber a page's furniture gives, where the header gave none; only on a page whose
    header a reader recognised (a passage given alone has no header)."""
    if r.layout is None:
        _chamber_of_unread_page(r)
        return
    foot = next(iter(m for m in _HANDELINGEN_FOOT_RE.finditer(r.text) if session_years(m.group("y1"), m.group("y2"))), None)
    if foot and r.fields["vergaderjaar"] is None:
        r.fields["vergaderjaar"] = session_years(foot.group("y1"), foot.group("y2"), r.text)
        r.mark(foot.start("y1"), foot.end("y2"), "vergaderjaar")
    if r.fields["chamber"] is not None:
        return
    if foot:
        house, start, end = ("Tweede" if foot.group("code") == "II" else "Eerste"), foot.start("code"), foot.end("code")
    else:
        found = _BROKEN_CHAMBER_LINE_RE.search(r.text) or _PRINT_FOOTER_CHAMBER_RE.search(r.text)
        if found is None:
            first_lines = split_lines(r.text, 0, min(len(r.text), 400), limit=6)
            for line in first_lines:
                head = _RUNNING_HEAD_CHAMBER_RE.match(line.text)
                if head:
                    found = head
                    break
            else:
                garbled = next(((line, house) for line in first_lines if (house := garbled_chamber_line(line.text))), None)
                if garbled is not None:  # the chamber line as OCR garbled it
                    line, house = garbled
                    r.fields["chamber"] = f"{house} Kamer der Staten-Generaal"
                    r.mark(line.start, line.end, "chamber")
                    return
                later = _later_page_chamber(r) if r.layout == "prewar" else None
                if later is None:
                    return
                house, start, end = later
                r.fields["chamber"] = f"{house} Kamer der Staten-Generaal"
                r.mark(start, end, "chamber")
                return
            house, start, end = found.group("house"), line.start + found.start("house"), line.start + found.end()
        else:
            house, start, end = found.group("house"), found.start("house"), found.end()
    r.fields["chamber"] = f"{house} Kamer der Staten-Generaal"
    r.mark(start, end, "chamber")


# What ends a page above the next page's chamber line: its foot ("Handelingen der Staten-Generaal. Bijlagen. ...",
# "Zitting 1970-1971 Aanhangsel").
_PAGE_END_RE = re.compile(r"(?i)Handelingen\s+der\s+St|^Zitting\b|Aanhangsel")


def _chamber_of_unread_page(r: Reading) -> None:
    """The chamber of a page whose head no reader read, where it prints the chamber line among its first six lines
    (alone, as OCR garbled it: ``TWCCÜC KamCI".``, ``Tweede Kauicr.``, ``Tv/eede Kamer``; or in capitals: ``EERSTE
    KAMER.``): a Bijlage of 1850-1950 whose running head or heading OCR garbled, a list or table page. Over the SGD pool 16 pages read nothing else and print such a line (all right); the golds
    give 3 of them their chamber (sgd-0000062019, -388512, -406265). Not under a line of body text or a page's foot
    (a passage over a page break: ``tests/data/mid_document_passages.jsonl``)."""
    if any(r.fields.values()):
        return
    for line in split_lines(r.text, 0, min(len(r.text), 400), limit=6):
        if len(line.text) > 80 or _PAGE_END_RE.search(line.text):
            return  # body text or the foot of a page before: a passage over a page break (mid_document_passages)
        head = _RUNNING_HEAD_CHAMBER_RE.match(line.text)
        house = head.group("house") if head else garbled_chamber_line(line.text)
        if house:
            r.fields["chamber"] = f"{house} Kamer der Staten-Generaal"
            r.mark(line.start, line.end, "chamber")
            return


# The chamber line among a page's first lines as OCR garbled it: its two words, the first read as "Tweede" or
# "Eerste", the second as "Kamer", a page number or "Blz." after them at most. The Bijlagen volumes' outline capitals
# come out as "TWCCÜC KafïlCr.", "TWCCdC KaïlHT.", "TWCCllC KaiïlCr." (C for e), others as "Tweede Kuier. sis. I",
# "Twmlc Kamer.". The less the second word reads as "Kamer", the closer the first must read as the chamber's name
# (in edits, C read as e): within 1 edit, whatever the second word (a K and 3 to 6 more characters); within 2 where
# the second is within 3 of "kamer"; within 3 where it is within 1.
_GARBLED_CHAMBER_LINE_RE = re.compile(r"^\W{0,3}(?P<house>[^\W\d_][^\s]{4,7})\s+(?P<kamer>K\S{3,6}?)[.,]?(?:\s+\S{1,5}){0,2}$")


def garbled_chamber_line(line: str) -> str | None:
    """``Tweede`` or ``Eerste`` where ``line`` is the chamber line as OCR garbled it, else None."""
    match = _GARBLED_CHAMBER_LINE_RE.match(line.strip())
    if match is None or len(line.strip()) > 26:
        return None
    house = re.sub(r"[^a-z]", "", match.group("house").lower().replace("c", "e"))
    kamer = edits(re.sub(r"[^a-z]", "", match.group("kamer").lower().replace("c", "e")), "kamer")
    for name in ("Tweede", "Eerste"):
        distance = edits(house, name.lower())
        if distance <= 1 or (distance <= 2 and kamer <= 3) or (distance <= 3 and kamer <= 1):
            return name
    return None


# The chamber line of a Bijlage's page under its running head, where the text runs over a page break or OCR broke it
# over two lines: "Tweede Kamer, i" under "[34." / "1J", "Tweede Kamer." under the foot "Handelingen der
# Staten-Generaal. Bijlagen. 1909—1910." and "1—3.]", "Tweede" / "Kamer." under "[151." / "1-2.J".
_PAGE_FURNITURE_LINE_RE = re.compile(r"(?:[^\sa-z]{1,12}|\S{0,4}Handelingen\s+der\s+St.*|Bijlagen?\S{0,2})")
_SPLIT_CHAMBER_RE = re.compile(r"(?P<house>Tweede|Eerste)\n[ \t]*Ka\S{2,4}[.,]?(?:[ \t]+\S{1,5})?(?=\n|$)")


def _later_page_chamber(r: Reading) -> tuple[str, int, int] | None:
    """The chamber line of a page of Bijlagen that the page's first lines do not hold: a line of its own under the
    running head or foot of a later page in the same text, or broken over two lines. One Bijlagen volume is one
    chamber's: where the text holds chamber lines of both, none is read."""
    lines = split_lines(r.text, 0, len(r.text))
    found = []
    for index, line in enumerate(lines[1:], start=1):
        head = _RUNNING_HEAD_CHAMBER_RE.match(line.text)
        if head is None and index + 1 < len(lines):
            head = _SPLIT_CHAMBER_RE.fullmatch(f"{line.text}\n{lines[index + 1].text}")
        if head is not None and _PAGE_FURNITURE_LINE_RE.fullmatch(lines[index - 1].text):
            found.append((head.group("house"), line.start + head.start("house"), line.start + head.start("house") + len(head.group("house"))))
    if not found or len({house for house, _, _ in found}) > 1:
        return None
    return found[0]


# The budget pages of 1860-1880: the kamerstuk's number alone, the budget's title (``Staatsbegrooting voor het
# dienstjaar`` / ``1870.``), the chapter on its own line (``IXde HOOFDSTUK.``, OCR ``IXdc``, ``Vide``), the stuk's
# heading and its number (``N°. 99.``) under it (sgd-0000421236, sgd-0000421255).
_CHAPTER_LINE_RE = re.compile(r"^(?P<roman>[IVXLil1]{1,6}?)\s?(?:de|dc|do|ste|e)\s+HOOFDSTUK\.?$")
_BUDGET_TITLE_RE = re.compile(r"^Sta\S{2,4}begrooting\s+voor\s+h\S{1,2}\s+dienstjaar\b")
_BUDGET_NR_RE = re.compile(r"^N\S{0,2}\.?\s?(?P<nr>\d{1,4}\s?[a-z]?)\.$")


def find_budget_chapter(text: str) -> tuple[Line, list[Line], Line] | None:
    """The number line, the budget's title lines, and the chapter line of a budget page of 1860-1880, where
    the page opens so (its number, title and chapter among its first eight lines)."""
    lines = split_lines(text, 0, min(len(text), 800), limit=8)
    for index, line in enumerate(lines):
        if not _CHAPTER_LINE_RE.match(line.text):
            continue
        for top in range(max(0, index - 3), index):
            if _BUDGET_TITLE_RE.match(lines[top].text) and top > 0 and re.fullmatch(r"\d{1,3}\.?", lines[top - 1].text):
                return lines[top - 1], lines[top:index], line
        return None
    return None


def read_budget_chapter(r: Reading, number: Line, title: list[Line], chapter: Line) -> None:
    """Dossier ``<number>-<chapter>`` titled with the budget, the stuk's heading (the first line in capitals
    under the chapter) and its number (``N°. 99.``)."""
    r.layout = "prewar"
    roman = re.sub(r"[il1]", "I", _CHAPTER_LINE_RE.match(chapter.text).group("roman"))
    text = _without_full_stop(dehyphenate([line.text for line in title]))
    r.fields["dossiers"] = [{"number": f"{number.text.rstrip('.')}-{roman}", "title": text}]
    r.mark(number.start, number.end, "dossiers")
    r.mark(title[0].start, title[-1].end, "dossiers")
    below = split_lines(r.text, chapter.end, min(len(r.text), chapter.end + 600), limit=6)
    heading = next((line for line in below if is_upper(line.text) and not _BUDGET_NR_RE.match(line.text)
                    and not re.match(r"BIJLAGE\s+\w{1,2}\.?$", line.text)), None)
    nr = next((line for line in below if _BUDGET_NR_RE.match(line.text)), None)
    if nr is not None:
        found = _BUDGET_NR_RE.match(nr.text)
        r.set_ondernummer(nr.start + found.start("nr"), found.group("nr").replace(" ", ""))
    if heading is not None:
        set_heading(r, [heading])
        r.body_start = max(heading.end, nr.end if nr is not None else 0) + 1


# A budget page's running head under the chamber line, 1880-1930, the chapter on its own line under it and the
# first stuk's marker under that: "(Staatsbegrooting voor het dienstjaar 1899. 2. VIII. 4—16.)" / "VlIIste HOOFDSTUK."
# / "(2. VIII. 4.)" (sgd-0000370469), where the page opens with a stuk whose heading is no kind of stuk ("STATEN A-F.").
_BUDGET_RUNNING_HEAD_RE = re.compile(
    r"^\(?(?P<title>Sta\S{2,4}begrooting\s+voor\s+h\S{1,2}\s+dienstjaar\s+\S{4})\.?\s+(?P<num>\d)[.,]\s*"
    r"(?P<roman>[IVXL]{1,6})[.,]\s*(?P<nr>\d{1,3})(?:\s*[-—–]\s*(?P<to>\d{1,3}))?[.,]?\)?$"
)
_BUDGET_MARKER_RE = re.compile(r"^[(\[i]?(?P<num>\S{0,2}?)[.,]?\s*[IVXLl ]{1,8}[.,]\s*(?P<nr>\d{1,3})[.,]?[)\]]$")


def _read_budget_running_head(r: Reading, start: int) -> None:
    """Dossier ``2-VIII`` titled ``Staatsbegrooting voor het dienstjaar 1899`` from a budget's running head among
    the lines under the chamber line, and the stuk's number from the head (one stuk) or from the marker under
    the chapter line (a range of stukken)."""
    lines = split_lines(r.text, start, min(len(r.text), start + 400), limit=3)
    found = next(((line, m) for line in lines if (m := _BUDGET_RUNNING_HEAD_RE.match(line.text))), None)
    if found is None:
        return
    line, head = found
    below = split_lines(r.text, line.end, min(len(r.text), line.end + 200), limit=3)
    chapter = next((i for i, candidate in enumerate(below) if "HOOFDSTUK" in candidate.text), None)
    marker = _BUDGET_MARKER_RE.match(below[chapter + 1].text) if chapter is not None and chapter + 1 < len(below) else None
    # The Staatsbegrooting is kamerstuk 2 (see _STAATSBEGROOTING_HEAD_RE): OCR's "1898. 8. IV. 4—11.", "(1 V. 1.)"
    r.fields["dossiers"] = [{"number": f"2-{head.group('roman')}", "title": head.group("title")}]
    r.mark(line.start + head.start("title"), line.start + head.end("title"), "dossiers")
    if head.group("to") is None:
        r.set_ondernummer(line.start + head.start("nr"), head.group("nr"))
    elif marker is not None:
        r.set_ondernummer(below[chapter + 1].start + marker.start("nr"), marker.group("nr"))


# The budget volume's running head, 1877-1925 ("Bijlage A." / "Tweede Kamer." / "(Staatsbegrooting voor het
# dienstjaar 1916. 2. II. 8.)"), as OCR has it: the title garbled ("StaaUhegrooting valar bel dienntjaar 1916"), the
# budget's number garbled or lost ("-. VI, 7.", "1887. III.)"), the chapter and stuk outside the brackets or on
# lines of their own ("(Staatebcgrooting voor het dienstjaar 188?.)" / "IV." / "10."). The Staatsbegrooting is
# kamerstuk 2 in every head and marker of those years that OCR printed legibly (78 of 87 in the SGD pool; the others
# print 3, 8, 1, f, £ for it), so its chapter is dossier 2-<chapter>, titled by the running head as printed. The
# budget's means ("(Staatsbegrooting voor het dienstjaar 1880. Middelen. 12.)") are dossier 2 itself, titled with
# the part ("Staatsbegrooting voor het dienstjaar 1880. Middelen", as the golds of sgd-0000393860 and -399741).
# The head is also the Rijksbegrooting's of the 1930s (kamerstuk 2 still: "Rijksbegrooting voor het dienstjaar 1934.
# 2. XII. 3.", OCR's "Eijksbegrooting ... 1937. 2. II. 2."), at times without its brackets on the page's first line,
# and OCR may read the title's r as T ("(StaatsbegTooting voor het dienstjaar 1921. 2. I. 7.)"; gold sgd-0000313462,
# sgd-0000064553 of fresh-2026-12-06j).
_STAATSBEGROOTING_HEAD_RE = re.compile(
    r"(?:\(\s*|^)(?P<title>(?:Sta|[RE]ijk)\S{0,7}\s?\S{0,4}g[rT]o\S{2,6}\s+v\S{1,4}\s+\S{2,4}\s+dien\S{0,4}\s?jaar\s+(?:\S{2}\.\S{2}|[^\s.)]{4}))"
    r"[.)\s]*(?:(?P<num>[^\sIVXLl(]{1,2}?)[.,]\s*)?(?:(?P<roman>[IVXL][IVXLl]{0,4}(?:\s?[AB](?![a-z]))?)|(?P<means>Middelen))[.,)]\s*"
    r"(?:(?P<nr>[1-9]\d{0,2})(?:\s*[-—–]\s*(?P<to>\d{1,3}))?[.,)])?"
)
# The first stuk's marker under the head: "[2. VI. 7.|", "(2. IV. / 1.)", "[*• -5.]", "[t. 5.]".
_BUDGET_STUK_MARKER_RE = re.compile(
    r"^[\[(|]\s*\S{1,2}?\s*[.,•]?\s*-?\s*(?:[IVXLl]{1,5}(?:\s?[AB])?[.,]?\s*-?\s*)?(?P<nr>[1-9]\d{0,2})\s*[.,]?\s*[)\]|1j]?$"
)


# The Rijksbegroting's stukken of 1949-1952 print the budget's title, its dossier, chapter and the stuk's number as
# the running head ("Rijksbegroting voor het dienstjaar 1952 2300 IX A 8", a range "1000 III 27—30" over several
# stukken) and the label again over each stuk's heading ("2300 IX A 8" / "BIJLAGE VI VAN DE MEMORIE VAN
# TOELICHTING", "1400 XII 13" / "VERSLAG"): 7 SGD documents (sgd-0000082820, sgd-0000082979, sgd-0000086021,
# sgd-0000086224, sgd-0000086243, sgd-0000089274, sgd-0000289885).
_RIJKSBEGROTING_TITLE_RE = re.compile(r"^(?P<title>Rijksbegroting\s+\S?voor\s+het\s+dienstjaar\s+19\d\d)\b")
_BUDGET_LABEL_RE = re.compile(r"^(?P<dossier>[1-9]\d{3})\s+(?P<chapter>[IVXL]{1,6}(?:\s?[A-H])?)\s+(?P<nr>[1-9]\d{0,2})$")


def read_rijksbegroting_page(r: Reading) -> None:
    """Dossier ``<number>-<chapter>`` (titled by the budget's title as printed), the stuk's number and its heading
    from the label over the heading, where the page's head is the Rijksbegroting's of 1949-1952 and no reader gave
    them."""
    lines = split_lines(r.text, 0, min(len(r.text), 600), limit=7)
    title = next(((i, m) for i, line in enumerate(lines[:3]) if (m := _RIJKSBEGROTING_TITLE_RE.match(line.text))), None)
    if title is None:
        return
    for index in range(title[0] + 1, len(lines)):
        label = _BUDGET_LABEL_RE.match(lines[index].text)
        if label:
            break
    else:
        return
    line = lines[index]
    if r.fields["dossiers"] is None:
        chapter = label.group("chapter").replace(" ", "")
        head = lines[title[0]]
        r.fields["dossiers"] = [{"number": f"{label.group('dossier')}-{chapter}",
                                 "title": " ".join(title[1].group("title").split())}]
        r.mark(head.start, head.start + title[1].end("title"), "dossiers")
    if r.fields["ondernummer"] is None:
        r.set_ondernummer(line.start + label.start("nr"), label.group("nr"))
    below = lines[index + 1] if index + 1 < len(lines) else None
    if r.fields["heading"] is None and below is not None and is_heading(below.text):
        set_heading(r, [below])
        r.body_start = max(r.body_start, below.end)
    # the next stuk's label under this one ("1000 III 28"): this stuk ends there, its signature is read above it
    following = re.compile(rf"(?m)^{label.group('dossier')}\s+{label.group('chapter')}\s+[1-9]\d{{0,2}}[ \t]*$")
    next_label = following.search(r.text, line.end)
    if next_label is not None and r.stuk_end is None:
        r.stuk_end = next_label.start()
    if r.layout is None:
        r.layout = "prewar"


def read_budget_page(r: Reading) -> None:
    """Dossier ``2-<chapter>`` and the stuk's number of a page of the budget volume whose running head names the
    Staatsbegrooting and its chapter (sgd-0000391832, sgd-0000337810), where no reader gave a dossier; the page's
    foot then gives its session and chamber (``layout`` prewar)."""
    lines = split_lines(r.text, 0, min(len(r.text), 500), limit=6)
    if not lines:
        return
    joined = " ".join(line.text for line in lines)
    head = _STAATSBEGROOTING_HEAD_RE.search(joined)
    if head is None:
        return
    starts, position = [], 0
    for line in lines:  # where each line of the joined text starts in the text
        starts.append((position, line.start))
        position += len(line.text) + 1

    def at(index: int) -> int:
        base, offset = max((s for s in starts if s[0] <= index), key=lambda s: s[0])
        return offset + index - base

    if r.fields["dossiers"] is None and head.group("means"):  # the budget's Middelen: kamerstuk 2 itself
        r.fields["dossiers"] = [{"number": "2", "title": " ".join(head.group("title").split()) + ". Middelen"}]
        r.mark(at(head.start("title")), at(head.end("means")), "dossiers")
    elif r.fields["dossiers"] is None:
        r.fields["dossiers"] = [{"number": f"2-{head.group('roman').replace(' ', '').replace('l', 'I')}",
                                 "title": " ".join(head.group("title").split())}]
        r.mark(at(head.start("title")), at(head.end("title")), "dossiers")
    if r.fields["heading"] is None and head.group("nr") and head.group("to") is None:
        _read_budget_stuk_heading(r, at(head.end() - 1), head.group("nr"))
    if r.fields["ondernummer"] is None:
        if head.group("nr") and head.group("to") is None:
            r.set_ondernummer(at(head.start("nr")), head.group("nr"))
        else:  # a range of stukken, or none, in the head: the marker over the first stuk's heading
            head_end = at(head.end() - 1)
            below = split_lines(r.text, head_end, min(len(r.text), head_end + 300), limit=6)
            heading_at = next((i for i, line in enumerate(below) for span in r.spans
                               if span[2] == "heading" and line.start <= span[0] <= line.end), None)
            candidates = below[:heading_at][-1:] if heading_at is not None else below
            for line in candidates:
                marker = _BUDGET_STUK_MARKER_RE.match(line.text)
                if marker and (head.group("nr") is None or int(head.group("nr")) <= int(marker.group("nr"))
                               <= int(head.group("to"))):
                    r.set_ondernummer(line.start + marker.start("nr"), marker.group("nr"))
                    break
    if r.layout is None:
        r.layout = "prewar"


# The stuk's marker under a head that names one stuk, the heading after it on its line or on the line under it:
# "2. II. 2. MEMOEIE VAN TOELICHTING." (sgd-0000064553), "(2. I. 7.)" / "BIJLAGE A2 VAN DE MEMORIE VAN ANTWOORD."
# (sgd-0000313462), the page's number between head and marker.
_BUDGET_HEADING_MARKER_RE = re.compile(
    r"^[(\[]?\s*\S{1,2}[.,]\s*[IVXLl]{1,6}(?:\s?[AB])?[.,]\s*(?P<nr>\d{1,3})[.,]?[)\]]?(?:\s+(?P<rest>\S.*))?$"
)


def _read_budget_stuk_heading(r: Reading, head_end: int, nr: str) -> None:
    """The heading under the marker of the one stuk that a budget page's running head names (where none was read)."""
    below = split_lines(r.text, head_end, min(len(r.text), head_end + 300), limit=4)
    for index, line in enumerate(below):
        marker = _BUDGET_HEADING_MARKER_RE.match(line.text)
        if marker is None or marker.group("nr") != nr:
            continue
        if marker.group("rest"):
            rest = Line(line.start + marker.start("rest"), line.end, marker.group("rest"))
            if is_heading(rest.text) and is_upper(rest.text[:12]):
                read_stuk_heading(r, rest)
        elif index + 1 < len(below) and is_heading(below[index + 1].text) and is_upper(below[index + 1].text[:12]):
            read_stuk_heading(r, below[index + 1])
        return


# A budget chapter's stuk marker legible among a page's first lines, its running head split over the page's columns,
# garbled or not printed: "8. — VIII. — 12." / "BIJLAGE H." (sgd-0000044385), "|8. VI. 21.]", "[2. V. 10.)" / "STAAT
# VAN WACHTGELDEN ...", "(2. VIII. 18.)" under "(Staatsbegrooting voor het" / "VIIIste HOOFDSTUK." (1880-1947). Over the
# SGD pool 48 pages print one in their first six lines; 16 of them were read by no reader.
_BUDGET_CHAPTER_MARKER_RE = re.compile(
    r"^[\[(|]?\s*(?P<num>\d{1,2})\s*[.,]\s*[—–-]?\s*(?P<roman>[IVXL]{1,6}(?:\s?[AB])?)\s*[.,]\s*[—–-]?\s*"
    r"(?P<nr>[1-9]\d{0,2})\s*[.,]?\s*[\])|]?$"
)
# The budget's line above it, whole or its first half ("(Staatsbegrooting voor het dienstjaar 1907. 2 IX. 28.)",
# "(Staatsbegrooting voor liet dienstjaar 1918. 2. I. 7.)"), and the budget's number the head prints after it.
_BUDGET_LINE_RE = re.compile(
    r"^\(?(?P<title>(?:Sta|[RE]ijk)\S{1,16}\s+v\S{2,3}\s+\S{2,4}\s+dienstjaar\s+[^\s.)]{4})\.?"
    r"(?:\s+(?P<num>\d)[.,]?\s+(?P<roman>[IVXL]{1,6}))?"
)


def read_budget_marker_page(r: Reading) -> None:
    """Dossier ``<number>-<chapter>`` and the stuk's number from ``_BUDGET_CHAPTER_MARKER_RE`` on a page no reader
    gave a dossier, and the heading under the marker (a stuk's, or a table's title or label line). The number is the
    marker's as printed (``8-VIII``: the golds keep it), or the running head's where it prints one before the same
    chapter (``(... 1907. 2 IX. 28.)`` over ``(8. IX. 28.)``: ``2-IX``, as the gold of sgd-0000361358 reads it). The
    title is the budget line of a running head printed whole above the marker; a head the page splits over its
    columns (``(Staatsbegrooting voor het`` ... ``jaar 1904. 2. VIII. 10-17.)``) or that it does not print gives none."""
    if r.fields["dossiers"] is not None or r.layout not in (None, "prewar"):
        return
    lines = split_lines(r.text, 0, min(len(r.text), 800), limit=7)
    found = next(((i, m) for i, line in enumerate(lines[:6]) if (m := _BUDGET_CHAPTER_MARKER_RE.match(line.text))), None)
    if found is None:
        return
    index, marker = found
    line = lines[index]
    roman = marker.group("roman").replace(" ", "")
    num, num_at = marker.group("num"), line.start + marker.start("num")
    title = None
    for above in lines[:index]:
        budget = _BUDGET_LINE_RE.match(above.text)
        if budget is None or not re.search(r"\d{4}\b|\d{4}$", budget.group("title")) or not re.search(r"\)\.?$", above.text):
            continue
        title = " ".join(budget.group("title").split())
        r.mark(above.start + budget.start("title"), above.start + budget.end("title"), "dossiers")
        if budget.group("num") and budget.group("roman") == roman:
            num, num_at = budget.group("num"), above.start + budget.start("num")
    r.fields["dossiers"] = [{"number": f"{num}-{roman}", "title": title}]
    r.mark(num_at, num_at + len(num), "dossiers")
    r.set_ondernummer(line.start + marker.start("nr"), marker.group("nr"))
    below = lines[index + 1] if index + 1 < len(lines) else None
    if r.fields["heading"] is None and below is not None and is_heading(below.text) and is_upper(below.text[:12]):
        read_stuk_heading(r, below)
    r.layout = "prewar"


# The Indies budget (kamerstuk 4, 1900-1940) heads its pages the same way: "(Begrooting van Nederlandsch-Indië voor het
# dienstjaar 1906. 4. 48.)", "Begrooting van Nederlandsch-Indië voor het ri.ViiStiaar 1933. 4. 34", or the number
# over the title ("4." / "35." / "Begrooting van Nederlandsch-Indië voor 1938."), and marks each stuk "(4. 17.)".
_INDIES_HEAD_RE = re.compile(
    r"\(?\s*(?P<title>B\S{5,9}\s?\S{0,4}\s+v\S{1,3}\s+Ned\S{5,20}(?:[\s\xad]?\S{1,8})?\s+voor\s+(?:\S{1,4}\s+\S{5,14}\s+)?"
    r"(?:\S{2}\.\S{2}|[^\s.)]{4}))[.)]?(?:\s+4[.,]\s*(?P<nr>[1-9]\d{0,2})(?:\s*[-—–]\s*(?P<to>\d{1,3}))?[.,)]*)?"
)
_INDIES_MARKER_RE = re.compile(r"^[\[(|]?\s*4\s*[.,]\s*(?P<nr>[1-9]\d{0,2})\s*[.,]?\s*[\])|]?\.?$")


def read_indies_budget_page(r: Reading) -> None:
    """Dossier 4 titled by the running head and the stuk's number (from the head where it names one stuk, else from
    the marker over the first stuk's heading) on a page of the Indies budget that prints the number 4 in its head
    or a marker (sgd-0000052172, sgd-0000357813), where no reader gave a dossier."""
    if r.fields["dossiers"] is not None:
        return
    lines = split_lines(r.text, 0, min(len(r.text), 600), limit=8)
    found = next(((i, m) for i, line in enumerate(lines[:5]) if (m := _INDIES_HEAD_RE.match(line.text))), None)
    if found is None:
        return
    index, head = found
    markers = [(line, m) for line in lines if (m := _INDIES_MARKER_RE.match(line.text))]
    if head.group("nr") is None and not markers:
        return  # the number 4 printed nowhere on the page's head: not read
    line = lines[index]
    r.fields["dossiers"] = [{"number": "4", "title": " ".join(head.group("title").replace("\xad", "").split())}]
    r.mark(line.start + head.start("title"), line.start + head.end("title"), "dossiers")
    if r.fields["ondernummer"] is None:
        if head.group("nr") and head.group("to") is None:
            r.set_ondernummer(line.start + head.start("nr"), head.group("nr"))
        elif markers:
            heading_start = next((span[0] for span in r.spans if span[2] == "heading"), None)
            above = [(m_line, m) for m_line, m in markers if heading_start is None or m_line.end <= heading_start]
            m_line, marker = (above or markers)[-1] if heading_start is not None else markers[0]
            r.set_ondernummer(m_line.start + marker.start("nr"), marker.group("nr"))
    if r.layout is None:
        r.layout = "prewar"
