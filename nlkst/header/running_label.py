"""The running label of a Bijlagen page (1880-1930) printed over two lines and garbled by OCR, where no other reader
read the page's dossier.

The page's head prints the kamerstuk's number and the range of stukken on the page as ``[291.`` / ``1—3.]``, over the
chamber line and the dossier's title in small letters. OCR reads the brackets as letters or signs (``f48-`` / ``9J``,
``L48.`` / ``9.1``, ``T47.`` / ``5.]``, ``JI60`` / ``4—17.``, ``1191`` / ``2-1J``, ``.169»`` / ``3.]``,
``[308*`` / ``1—2.]``, ``[79.`` / ``1-2 J``), its digits as letters (``\\G2»`` for ``[62.``, ``[ff.`` for ``[28.``),
and the head of a spread may print its second line and the title's second half over the second column, far down the
text (``[291.`` / ``Aanvulling en verhooging van bel ... noo`` ... ``1—3.]`` / ``Tweede Kamer`` /
``f'dstuk der Staatsbegrooting voor het dienstjaar L914.``). The golds read the label's number as the dossier,
titled by the title line (its halves joined in reading order, its final stop dropped; ``corpora/CONVENTIONS.md``,
"Page that opens inside a stuk").

The number is read where it is legible: its digits whole after the bracket OCR read as a letter or sign (a 1 read
as I or l inside them: ``JI60``), or four digits whose first 1 is the bracket (``1132`` / ``6-12.)``: no kamerstuk
of these years has four digits), and no stuk marker on the page that falls in the label's range prints another
number; or, where its digits are garbled, where every stuk marker in the label's range prints one number that fits
them (``\\G2»`` / ``1-2.]`` over ``(62. 2.)``). A joint stuk's label (``[61 en 64.]``, ``[59, 74 en 75.`` /
``29.]``) gives the dossiers its marker on the page prints (``(61 en 64.)``). A number no print shows legibly is not
read (the golds keep ``7$``, ``30$`` as printed; nothing tells such a label from a line of body text).
"""

from __future__ import annotations

import re

from .lines import Line, dehyphenate, is_upper, split_lines
from .prewar import CHAMBER_RE, is_garbled_chamber_line, is_page_label, without_full_stop
from .state import Reading

# The label's first line: an opening bracket as OCR read it (a sign, or a letter before the digits: f, L, T, J, l,
# I), the kamerstuk's number (legible or not), its full stop as OCR read it (. , * » - or lost).
_TOP_RE = re.compile(r"^(?P<open>[^\w\s]|[fLTJlI](?=[\dIl]))?(?P<num>[^\s.,*»\-\[\](){}|\\]{1,4}?)(?P<stop>[.,*»\-])?$")
# Its second line: the stuk or range of stukken (OCR's l or I for 1), its stop, the closing bracket as OCR read it
# (] ) | J j, a 1 after the stop, a space before it); or only the stop where OCR lost the bracket ("4—17.").
_BOTTOM_RE = re.compile(
    r"^(?P<nr>[\dlI]{1,3})(?:\s?[-—–]\s?(?P<to>\d{1,3}))?(?:(?P<stop>[.,;])?\s?(?P<close>[\])|jJ]|(?<=[.,])1)|(?P<bare>[.,]))$"
)
# A stuk's marker at a line's start, over one or two lines: "(62. 2.)", "[28." / "1.]", "(324. 2 )".
_MARKER_RE = re.compile(r"(?m)^[\[(|](?P<num>\d{1,4})[.,]\s*(?P<nr>\d{1,3})[a-z]?\s?[.,]?\s?[\])|]")
_LETTER_ONE = str.maketrans({"l": "1", "I": "1"})


def _legible(top: re.Match[str], closed: bool) -> str | None:
    """The label's number where its digits are legible (``_TOP_RE``'s ``num``, a 1 read as l or I inside them)."""
    num = top.group("num").translate(_LETTER_ONE) if any(c.isdigit() for c in top.group("num")) else top.group("num")
    if not num.isdigit() or num.startswith("0"):
        return None
    if len(num) == 4 and num.startswith("1") and not top.group("open") and closed:
        return num[1:]  # "1132" / "6-12.)": the opening bracket read as a 1
    if len(num) > 3 or not (top.group("open") or top.group("stop")):
        return None  # "2147" / "1", "57" / "461": a page number, not a label
    return num


def _fits(token: str, num: str) -> bool:
    """Whether a number OCR garbled (``G2``, ``ff``) can be ``num``: as many characters, its legible digits the same,
    at least one character no digit; a token without a digit only where it is short."""
    token = token.translate(_LETTER_ONE)
    if len(token) != len(num) or token.isdigit():
        return False
    if not any(c.isdigit() for c in token) and len(token) > 2:
        return False
    return all(not t.isdigit() or t == n for t, n in zip(token, num))


def _markers_in_range(text: str, start: int, low: int, high: int | None) -> set[str]:
    """The kamerstuk numbers of the stuk markers below ``start`` whose stuk falls in the label's range (any stuk where
    the range is not legible)."""
    found = set()
    for marker in _MARKER_RE.finditer(text, start):
        if high is None or low <= int(marker.group("nr")) <= high:
            found.add(marker.group("num"))
    return found


def _label(lines: list[Line]) -> tuple[int, re.Match[str], re.Match[str] | None] | None:
    """The label under the page's label (``Bijlagen.``, as OCR left it) or number, at most two lines of furniture above
    it: the index of its first line, both matches; the second None where the line under the first is no label's
    (a spread whose second line is printed further down)."""
    for index in range(min(3, len(lines) - 1)):
        top, bottom = _TOP_RE.match(lines[index].text), _BOTTOM_RE.match(lines[index + 1].text)
        if top is not None and (bottom is not None or _title_line(lines[index + 1].text)):
            return index, top, bottom
        if not (is_page_label(lines[index].text) or re.fullmatch(r"\d{1,4}|[^\s\d]{5,11}", lines[index].text)):
            return None
    return None


def _is_furniture(text: str) -> bool:
    """What the head prints between the label and the title: the chamber line (as OCR garbled it), the page's number
    or a speck, the chamber's words on lines of their own."""
    return (len(text) <= 3 or CHAMBER_RE.match(text) is not None or is_garbled_chamber_line(text)
            or re.fullmatch(r"(?:Tweede|Eerste|Kamer)\W{0,2}(?:\s+\S{1,5})?", text) is not None)


def _title_line(text: str) -> bool:
    """A title line in small letters opening with a capital: not a marker, a heading in capitals or a budget's head
    in brackets."""
    return re.match(r"[A-Z][a-z]", text) is not None and not is_upper(text[:20]) and len(text) <= 250


def _title(r: Reading, lines: list[Line], after: int) -> tuple[str, list[Line]] | None:
    """The dossier's title under the label, to its full stop over two lines at most."""
    below = [line for line in lines[after:after + 5] if not _is_furniture(line.text)]
    if not below or not _title_line(below[0].text):
        return None
    parts = [below[0]]
    if not below[0].text.endswith("."):
        if not (len(below) > 1 and _title_line(below[1].text) and below[1].text.endswith(".")
                and len(below[1].text) <= 120):
            return None
        parts.append(below[1])
    return without_full_stop(dehyphenate([part.text for part in parts])), parts


def _second_half(r: Reading, start: int) -> Line | None:
    """The title's second half on a spread: the line in small letters to its full stop under the label's second line
    printed again at ``start`` (under at most the chamber line and a speck)."""
    for line in split_lines(r.text, start, min(len(r.text), start + 300), limit=4):
        if _is_furniture(line.text):
            continue
        if re.match(r"[a-z']", line.text) and line.text.endswith(".") and len(line.text) <= 120:
            # to its first full stop: OCR may run the body on ("dei Ongevallenwet 1901. Artikel 3."), or the label
            # of a bijlage ("lagere scholen over 1909—1910. (Bfllage DD).")
            stop = re.search(r"(?<=[\w)]{3})\.\s+(?=[A-Z(])", line.text)
            return line if stop is None else Line(line.start, line.start + stop.start() + 1, line.text[: stop.start() + 1])
        return None
    return None


# A label over the stukken of several kamerstukken (a joint stuk): "[61 en 64.]", "[59, 74 en 75." / "29.]", OCR's
# "28 en 20. 6.]"; and the stuk's marker that repeats it, "(61 en 64.)", "[59, 74 en 75. 29.]", "(28 en 29. 6.)".
_JOINT_RE = re.compile(r"^\W?(?P<nums>\d{1,4}(?:,\s?\d{1,4})*\s+en\s+\S{1,4}?)[.,]")
_JOINT_MARKER_RE = re.compile(
    r"(?m)^[\[(](?P<nums>\d{1,4}(?:,\s?\d{1,4})*\s+en\s+\d{1,4})[.,](?:\s?\d{1,3}[.,]?)?[\])]"
)


def _read_joint(r: Reading, lines: list[Line]) -> bool:
    """The dossiers of a joint stuk's label (``_JOINT_RE``) in the page's first lines, as the stuk's marker on the page
    prints them where it names as many and the label's first number (``[61 en 64.]`` over ``(61 en 64.)``, ``28 en
    20. 6.]`` over ``(28 en 29. 6.)``), each titled by the one title under the label (the golds give each dossier the
    printed title: 06n sgd-0000380180, 07 -363760, 07e -410805)."""
    for index, line in enumerate(lines[:3]):
        label = _JOINT_RE.match(line.text)
        if label is None:
            continue
        numbers = re.split(r",\s?|\s+en\s+", label.group("nums"))
        marker = _JOINT_MARKER_RE.search(r.text, line.end)
        printed = re.split(r",\s?|\s+en\s+", marker.group("nums")) if marker else []
        if len(printed) != len(numbers) or printed[0] != numbers[0]:
            return False
        after = index + 1 if _BOTTOM_RE.match(lines[index + 1].text) is None else index + 2
        title = _title(r, lines, after)
        if title is None:
            return False
        # the marker right under the title starts the page's stuk, whose heading OCR garbled ("BRIKK , HOUDENDE ...")
        starts = not r.text[title[1][-1].end : marker.start()].strip()
        _set(r, marker.start("nums"), printed, *title, stuk_starts=starts)
        return True
    return False


def read(r: Reading) -> None:
    """The dossier (number and title) from the page's running label over two lines (the module's docstring), where
    no reader read one."""
    if r.fields["dossiers"] is not None or r.layout not in (None, "prewar"):
        return
    lines = split_lines(r.text, 0, min(len(r.text), 800), limit=10)
    if len(lines) < 3 or _read_joint(r, lines):
        return
    found = _label(lines)
    if found is None:
        return
    index, top, bottom = found
    if bottom is None:  # a spread: "[291." over the title's first half, "1—3.]" over its second further down
        _read_spread(r, lines, index, top)
        return
    closed = bottom.group("close") is not None
    low = int(bottom.group("nr").translate(_LETTER_ONE))
    high = int(bottom.group("to")) if bottom.group("to") else low
    in_range = _markers_in_range(r.text, lines[index + 1].end, low, high if high >= low else None)
    num = _legible(top, closed)
    if num is not None and in_range and num not in in_range:
        return  # a marker in the label's range prints another number: which print OCR misread is open
    if num is None:
        fits = {marker for marker in in_range if _fits(top.group("num"), marker)}
        if len(fits) != 1 or not (top.group("open") or closed):
            return
        num = fits.pop()
    title = _title(r, lines, index + 2)
    if title is not None:
        _set(r, lines[index].start + top.start("num"), num, *title)


def _read_spread(r: Reading, lines: list[Line], index: int, top: re.Match[str]) -> None:
    """A spread's label: its first line legible in brackets (``[291.``, ``|57.``) over the title's first half without
    its stop; its second line (``1—3.]``) further down, alone on its line, over the title's second half to its
    stop, in small letters (``f'dstuk der Staatsbegrooting voor het dienstjaar L914.``)."""
    num = top.group("num")
    first = lines[index + 1]
    if not (num.isdigit() and top.group("open") in ("[", "|") and top.group("stop") and len(num) <= 3) \
            or first.text.endswith("."):
        return
    for bottom in re.finditer(r"(?m)^.{1,12}$", r.text[first.end:]):
        found = _BOTTOM_RE.match(bottom.group())
        if found is None or found.group("close") is None:
            continue
        half = _second_half(r, first.end + bottom.end())
        if half is not None:
            _set(r, lines[index].start + top.start("num"), num, without_full_stop(dehyphenate([first.text, half.text])),
                 [first, half])
        return


def _set(r: Reading, start: int, num: str | list[str], title: str, parts: list[Line], *,
         stuk_starts: bool = False) -> None:
    """The dossier (or a joint stuk's dossiers, each with the one title), on a page read as a Bijlagen page; where no
    reader read a heading and no marker under the title starts a stuk (``stuk_starts``), no stuk starts on the page
    (``corpora/CONVENTIONS.md``): a signature on it closes the stuk the page opens inside, none is read."""
    r.layout = r.layout or "prewar"
    if r.fields["heading"] is None and not stuk_starts:
        r.stuk_start = len(r.text)
    numbers = [num] if isinstance(num, str) else num
    r.fields["dossiers"] = [{"number": number, "title": title} for number in numbers]
    r.mark(start, start + len(numbers[0]), "dossiers")
    for part in parts:
        r.mark(part.start, part.end, "dossiers")
