"""The stuk's number from the marker that OCR garbled over (or before) a stuk's heading that a reader read.

A Bijlagen page prints each stuk's marker over its heading: the kamerstuk's number and the stuk's (``(240. 1.)``,
``[56 en 57. 2.]``, ``(9. VI. 29.)``); the 1950s print the two numbers without stops (``2358 6``). Where OCR garbled
the marker's first pieces (``(1,12 7.)``, ``[* 12.]``, ``(?• 1.)``, ``ILXXXIX. 3.]``, ``[N°. 113. 18].``), or broke
it over two lines so that its second half stands alone over the heading (``(240.`` / ``1.)``, ``[25.`` / ``9.J``),
the readers read the heading but no number. The stuk's number is the marker's last piece, where its digits are
legible and a stop or closing bracket closes it; the kamerstuk's number is the dossier's, which the page's head
gives. A number alone on its line without a closing bracket is the page's (``34.`` over ``EINDVERSLAG ...``), as is
one whose first piece is a number the page's dossier does not have (another kamerstuk's marker).
"""

from __future__ import annotations

import re

from .state import Reading

# The marker's pieces, alone on the line over the heading or before it on its line: at most four, none longer than
# eight characters, no word of four small letters (a line of prose, "lift 5.]" included: its number is no surer).
_PIECES_RE = re.compile(r"^(?!.*[a-z]{4})(?:\S{1,8}\s){1,3}\S{1,8}$")
# The last piece: the stuk's legible number (a letter after it, "33a"), closed by a stop, a bracket, or both as OCR
# read them ("29.)", "4.;", "9.J", "18].", "12.]", "3.]", "6"); not OCR's l, i or I, which the golds keep as printed.
_LAST_PIECE_RE = re.compile(r"^(?P<nr>\d{1,3}[a-z]?)(?P<close>[.,]?[\])}|jJ;]\.?|[.,])?$")
# The half of a marker that OCR put on its own line: the stuk's number with its closing bracket ("1.)", "4)", "9.J").
_TAIL_RE = re.compile(r"^(?P<nr>\d{1,3}[a-z]?)[.,]?[\])}jJ;]$")
# The 1950s' two numbers without stops: "2358 6", "1281 3".
_BARE_PAIR_RE = re.compile(r"^(?P<num>\d{3,5})\s(?P<nr>\d{1,3})$")
# A piece of four capitals or more with a vowel that no Roman number has (A, E, O, U): a word ("MJLA.GK 1." for
# BIJLAGE 1., a label's number); not a chapter or a Roman kamerstuk's number as OCR read it ("VIIB.", "LXIH.").
_CAPITAL_WORD_RE = re.compile(r"(?=[A-Z]{4})[A-Z]{0,3}[AEOU]")
# The range of stukken a page's running head prints in its first lines ("(... 1899. 2. Midil.. 5—6.)", "[HO. 1-6.]",
# "1—2.1"): a marker whose number it does not hold is no surer than the head (sgd-0000344913: head 7—8, "(2." /
# "VII A." / "6.)").
_HEAD_RANGE_RE = re.compile(r"(?<![\d])(?P<first>\d{1,3})\s?[-—–]\s?(?P<last>\d{1,3})(?!\d)[.,]?\s?[\])|jJ1]?$")
# A first piece that reads as a kamerstuk's number ("(28", "[56", "9."): it must be the page's dossier's.
_FIRST_PIECE_NUMBER_RE = re.compile(r"^\W{0,2}(?P<num>\d{1,5})\W{0,2}$")


def read(r: Reading) -> None:
    """The stuk's number from the marker over or before the heading, where the readers gave a heading and no
    number (``_marker_number``)."""
    if r.fields["ondernummer"] is not None or r.fields["heading"] is None or r.layout not in (None, "prewar", "kamerstuk"):
        return
    heading = next((start for start, _end, label in r.spans if label == "heading"), None)
    if heading is None:
        return
    line_start = r.text.rfind("\n", 0, heading) + 1
    before = r.text[line_start:heading].strip()
    if before:
        marker, offset = before, line_start + r.text[line_start:heading].index(before)
    else:
        above_end = line_start - 1
        if above_end <= 0:
            return
        above_start = r.text.rfind("\n", 0, above_end) + 1
        marker = r.text[above_start:above_end].strip()
        offset = above_start + r.text[above_start:above_end].index(marker) if marker else above_start
    found = _marker_number(marker, _dossier_numbers(r))
    if found is None or not _in_head_range(r.text, found[1]) or _lower_marker_above(r.text, marker, found[1], offset):
        return
    r.set_ondernummer(offset + found[0], found[1])


def _in_head_range(text: str, number: str) -> bool:
    """Whether the range of stukken in the page's running head (its first five lines), where it prints one, holds
    ``number``."""
    for line in text.split("\n", 5)[:5]:
        head = _HEAD_RANGE_RE.search(line.strip())
        if head is not None and int(head.group("first")) < int(head.group("last")):
            return int(head.group("first")) <= int(re.match(r"\d+", number).group()) <= int(head.group("last"))
    return True


def _lower_marker_above(text: str, marker: str, number: str, offset: int) -> bool:
    """An earlier stuk's marker of the same kamerstuk above this one (``(432. 100.V`` over ``(432. 101.) MEMORIE ...``,
    sgd-0000324669): the page opens with that stuk, whose heading OCR garbled, as ``first_stuk`` reads it."""
    first = _FIRST_PIECE_NUMBER_RE.match(marker.split()[0]) if marker.split() else None
    if first is None:
        return False
    above = re.compile(rf"(?m)^[\[(|]?{first.group('num')}[.,][ \t]*(?P<nr>\d{{1,3}})(?!\d|[ \t]*[-—–][ \t]*\d)")
    own = int(re.match(r"\d+", number).group())
    return any(int(m.group("nr")) < own for m in above.finditer(text, 0, offset))


def _dossier_numbers(r: Reading) -> set[str]:
    """The leading digits of every dossier the page's head gave (``9`` of ``9-VI``)."""
    numbers = set()
    for dossier in r.fields["dossiers"] or []:
        digits = re.match(r"\d+", dossier["number"] or "")
        if digits:
            numbers.add(digits.group())
    return numbers


def _marker_number(marker: str, dossiers: set[str]) -> tuple[int, str] | None:
    """Where the stuk's number stands in ``marker`` and the number, or None where the marker gives none surely."""
    if not marker:
        return None
    tail = _TAIL_RE.match(marker)
    if tail is not None:  # "(240." / "1.)": the marker's second half alone over the heading
        return tail.start("nr"), tail.group("nr")
    pair = _BARE_PAIR_RE.match(marker)
    if pair is not None:  # "2358 6": the kamerstuk's number the dossier's
        return (pair.start("nr"), pair.group("nr")) if pair.group("num") in dossiers else None
    if _PIECES_RE.match(marker) is None:
        return None
    pieces = marker.split()
    if any(_CAPITAL_WORD_RE.search(piece) for piece in pieces) or (len(pieces) > 2 and pieces[-2] == "en"):
        return None  # a label's word ("MJLA.GK 1."), the numbers of two stukken ("f». 9 en 15.]")
    last = _LAST_PIECE_RE.match(pieces[-1])
    if last is None or last.group("close") is None:
        return None
    first = _FIRST_PIECE_NUMBER_RE.match(pieces[0])
    if first is not None and dossiers and first.group("num") not in dossiers:
        return None  # another kamerstuk's marker, or a running head the marker contradicts (CONVENTIONS, open)
    return len(marker) - len(pieces[-1]), last.group("nr")
