"""Bijlagen pages (1850-1935) whose running head and stuk marker OCR garbled past every other reader: the marker
``[tl. 7.]``, ``|lf. 26.]``, ``[*.`` / ``6.]``, ``(». 7.)`` over the stuk's heading, under the dossier's title in
small letters, and nothing else read on the page.

The golds keep an illegible kamerstuk number as printed (``corpora/CONVENTIONS.md``, "Values as printed": ``*``,
``tl``, ``•1``; 06h-06n) and take the stuk number from the marker. A page prints the stuk's number twice where its
running head names one stuk (``[*.`` / ``6.]`` over ``[&. 6.``): every marker read must give the same stuk number,
and the kamerstuk number is the legible one where one marker prints it (``[161. 7.1`` over ``LlOl. 7.J``), else one
that keeps a digit (``•1`` under ``l**«``), else the first printed. The heading is the line under the last marker:
a label alone (``TABEL U.``, ``BIJLAG B E.``, ``JAUEL 18 6.``; its caption on the same line left out, ``TJlfiEL 4.
BESTUREN voor ...``), a stuk's heading of a known kind read as ``prewar`` reads one (``KONINKLIJKE BOODSCHAP``), or a
title in capitals up to its full stop (``UITGEWEEKTE W`` / ``TOELICHTENDE STAAT`` / ... ``over liet jaar 1897.``).
"""

from __future__ import annotations

import re

from . import prewar
from .headings import edits, is_heading
from .lines import Line, dehyphenate, split_lines
from .state import Reading

# A marker on one line: an opening bracket (OCR's |, \ or L for [), the kamerstuk's number as printed (legible or
# not), the stuk's number, a closing bracket (OCR's j, J or a 1 after the stop); at least one bracket stands.
_MARKER_RE = re.compile(
    r"^(?P<open>[\[(|\\]?)(?P<num>[^\s.,\[\]()|\\]{1,4})[.,]\s?(?P<nr>\d{1,3}[a-z]?)(?P<stop>[.,]?)\s?"
    r"(?P<close>[\])|jJ1]?)\.?$"
)
# A marker broken over two lines: "[*." / "6.]", "|*4." / "1.]".
_MARKER_TOP_RE = re.compile(r"^(?P<open>[\[(|\\])(?P<num>[^\s.,\[\]()|\\]{1,4})[.,]$")
_MARKER_BOTTOM_RE = re.compile(r"^(?P<nr>\d{1,3}[a-z]?)[.,]?\s?(?P<close>[\])|jJ])\.?$")
# A label alone on its line ("TABEL U.", "BIJLAG B E.", "BIJIAGE.", "TABEI. 24«."), or with its caption after it
# ("TJlfiEL 4. BESTUREN voor huiszittende armen ...").
_LABEL_RE = re.compile(r"^(?P<label>[^\s(\[]{3,9}(?:\s+\S{1,4}){0,2}?)\.?$")
_LABEL_CAPTION_RE = re.compile(r"^(?P<label>\S{4,8}\s+\S{1,4}?)\.\s+[A-Z]{3}")


def _marker(lines: list[Line], index: int) -> tuple[str, str, int, int] | None:
    """The marker at ``lines[index]``: its kamerstuk and stuk number, the number's offset and the lines it takes."""
    line = lines[index]
    one = _MARKER_RE.match(line.text)
    if one is not None and (one.group("open") or one.group("close")):
        if one.group("close") == "1" and not one.group("stop"):
            return None  # "[20. 11": a digit, not the bracket
        return one.group("num"), one.group("nr"), line.start + one.start("num"), 1
    top = _MARKER_TOP_RE.match(line.text)
    bottom = _MARKER_BOTTOM_RE.match(lines[index + 1].text) if top is not None and index + 1 < len(lines) else None
    if bottom is not None:
        return top.group("num"), bottom.group("nr"), line.start + top.start("num"), 2
    if top is not None and top.group("num").isdigit():
        return top.group("num"), None, line.start + top.start("num"), 1  # "[5." / "1M": the stuk's number garbled
    return None


# A page's foot ("Handelingen der Staten-Generaal. Bijlagen. 1919—1920. 42—45.", "Bijblad van de ...").
_FOOT_RE = re.compile(r"^(?:Handel\S*\s+der\s+St|Bijblad\b)")


def _is_title(text: str) -> bool:
    """The dossier's title in small letters (``Verslag over de verrigtingen ...``, ``(Begrooting van ... 1874.)``)."""
    return (sum(c.islower() for c in text) >= 12 and not prewar.CHAMBER_RE.match(text) and not _FOOT_RE.match(text)
            and not prewar.is_garbled_chamber_line(text))


# The Staatsbegrooting's running head ("(Staatsbegrooting voor het dienstjaar 1876. VII D. 14 — 15.)"), as OCR read it.
_BUDGET_TITLE_RE = re.compile(r"(?i)staats\S{0,3}\s?b\S{1,3}gro")
# What the dossier's stuks were, printed after its title: "(Ontwerpen van Wet; Memorien van 'toelichting.)".
_STUKKEN_NOTE_RE = re.compile(r"\s*\((?=[^()]*(?:Ontwerp|Memori|Boodschap|Missive|Verslag|Nota))[^()]*\)\.?$")


# The annex's label closing a report's running head: "Koloniaal verslag van 1889. (Nederl. (Oost-) Indië. Bijlage
# B.]" (the golds of 06m and 06n leave it out of the title, sgd-0000386892 and -381742).
_ANNEX_LABEL_RE = re.compile(r"\.\s+B\S{3,7}\s+\S{1,4}\.?\]$")


def _title_text(lines: list[Line], title: Line) -> str:
    """The dossier's title: its line and the lines it runs on over in small letters to a full stop (``Naturalisatie``
    / ``van L. Meijer en zeven`` / ``anderen. (Ontwerpen van Wet; ...)``), the stukken note after it left out, and
    the brackets of a title printed within them (``(Begrooting van Nederlandsch Indie voor 1874.)``)."""
    parts = [title]
    following = lines[lines.index(title) + 1 :]
    for line in following[:2]:
        if parts[-1].text.rstrip(")").endswith(".") or _MARKER_RE.match(line.text) or _MARKER_TOP_RE.match(line.text):
            break
        if not re.match(r"[a-z(]", line.text) or prewar.CHAMBER_RE.match(line.text) or line.text.endswith("]"):
            break
        parts.append(line)
    text = dehyphenate([part.text for part in parts])
    text = _STUKKEN_NOTE_RE.sub("", _ANNEX_LABEL_RE.sub("", text))
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return prewar.without_full_stop(" ".join(text.split()))


def _opens_in_capitals(text: str) -> bool:
    """A heading's line: its first word of two letters or more at least half in capitals (``TJlfiEL``,
    ``1UJI.AGE``, ``BIJLAG``), not a title in small letters."""
    word = re.match(r"\S+", text)
    letters = [c for c in word.group() if c.isalpha()] if word else []
    return len(letters) >= 2 and 2 * sum(c.isupper() for c in letters) >= len(letters) and letters[0].isupper()


def _opens_a_page(text: str, first: str) -> bool:
    """A page's head above the marker: one ``prewar`` knows, a running head OCR garbled past reading (``[fff.``), or
    the annex's label as OCR left it (``Inlage &``, ``Billage B.``, ``Inlagen C.``)."""
    if prewar.opens_like_a_page(text) or re.match(r"[\[(|]\S{0,5}[.,]?$", first):
        return True
    label = re.match(r"(?P<word>\S{5,9})\s+\S{1,2}\.?$", first)
    word = re.sub(r"[^a-z]", "", label.group("word").lower()) if label else ""
    return label is not None and min(edits(word, "bijlage"), edits(word, "bijlagen")) <= 2


def _number(nums: list[str]) -> str:
    """The legible kamerstuk number; else the digits two garbled prints of one length give together (``2&`` over
    ``*5``: 25); else the print that keeps a digit (``•1``); else the first."""
    legible = [num for num in nums if num.isdigit()]
    if legible:
        return legible[0]
    if len(nums) > 1 and len({len(num) for num in nums}) == 1:
        merged = ""
        for chars in zip(*nums):
            digits = {c for c in chars if c.isdigit()}
            merged += digits.pop() if len(digits) == 1 else "?"
        if merged.isdigit():
            return merged
    return next((num for num in nums if any(c.isdigit() for c in num)), nums[0])


def read(r: Reading) -> None:
    """Dossier, stuk number and heading of a page under garbled markers (module docstring), where the page's first
    nine lines hold a title in small letters, one or more markers after it that agree on the stuk number, and the
    heading's line in capitals right under the last of them."""
    lines = split_lines(r.text, 0, min(len(r.text), 1500), limit=12)
    if not lines or _FOOT_RE.match(lines[0].text):
        return  # a passage that opens with the foot of the page before (tests/data/mid_document_passages.jsonl)
    markers: list[tuple[str, str | None, int]] = []
    title: Line | None = None
    index = 0
    while index < min(len(lines), 9):
        found = _marker(lines, index)
        if found is not None:
            markers.append(found[:3])
            index += found[3]
            if title is not None and index < len(lines) and _opens_in_capitals(lines[index].text):
                break  # the heading's line right under the last marker
            continue
        if len(lines[index].text) > 120:
            return  # body text above the heading: a page inside a stuk, or a stuk further down (first_stuk)
        if title is not None and _opens_in_capitals(lines[index].text) and len(lines[index].text) > 12:
            return  # a heading under no marker read (``[6. 88Mf.]`` / ``VERKLARING ...``): the first stuk is that one
        if title is None and _is_title(lines[index].text):
            title = lines[index]
        index += 1
    else:
        return
    if _BUDGET_TITLE_RE.search(title.text):
        return  # the Staatsbegrooting: its chapter is part of the dossier (prewar's budget readers; read_budget)
    if len(markers) < 2 and not _opens_a_page(r.text, lines[0].text):
        return  # one marker and no page's head above it: a passage (a stuk's start cut from a page's body)
    numbers = {nr for _, nr, _ in markers if nr is not None}
    if not markers or title is None or title.start > markers[-1][2] or len(numbers) != 1 or markers[-1][1] is None:
        return
    nums = [num for num, _, _ in markers]
    legible = {num for num in nums if num.isdigit()}
    if len(legible) > 1:
        return  # two kamerstukken: no marker of this stuk
    number = _number(nums)
    start = next((offset for num, _, offset in markers if num == number), markers[-1][2])
    title_text = _title_text(lines, title)
    r.fields["dossiers"] = [{"number": number, "title": title_text}]
    if any(num == number for num, _, _ in markers):
        r.mark(start, start + len(number), "dossiers")
    r.mark(title.start, title.end, "dossiers")
    nr = markers[-1][1]
    nr_start = r.text.find(nr, markers[-1][2] + len(markers[-1][0]))
    r.set_ondernummer(nr_start, nr)
    r.layout = "prewar"
    _set_heading(r, _heading(r, lines, index))  # None: no heading of a known shape (the dossier and stuk stand)


def _set_heading(r: Reading, heading: tuple[list[Line], str] | str | None) -> None:
    """The heading ``_heading`` or ``_to_full_stop`` found, with its span (nothing where ``prewar`` read it already,
    or where there is none)."""
    if isinstance(heading, tuple):
        parts, value = heading
        r.fields["heading"] = value
        r.mark(parts[0].start, parts[-1].end, "heading")


def _to_full_stop(lines: list[Line]) -> tuple[list[Line], str] | None:
    """A heading over the first of ``lines`` to the one that ends in a full stop (six lines at most), dehyphenated;
    None where none of them ends so."""
    end = next((i for i, part in enumerate(lines[:6]) if part.text.endswith(".")), None)
    if end is None:
        return None
    parts = lines[: end + 1]
    return parts, dehyphenate([part.text for part in parts]).replace("\xad", "").rstrip(". ")


def _heading(r: Reading, lines: list[Line], index: int) -> tuple[list[Line], str] | str | None:
    """The heading from ``lines[index]`` on (module docstring); ``"read"`` where ``prewar`` read a stuk's heading of a
    known kind (its addressee, place and date with it); None where the line ends no heading."""
    line = lines[index]
    if is_heading(line.text):
        prewar.read_stuk_heading(r, line)
        return "read"
    label = _LABEL_RE.match(line.text) or _LABEL_CAPTION_RE.match(line.text)
    if label is not None:
        end = line.start + label.end("label")
        return [Line(line.start, end, label.group("label"))], label.group("label").rstrip(". ")
    return _to_full_stop(lines[index:])


# The Staatsbegrooting's pages of 1870-1880 under garbled markers (06i, 06j, 06m, 06n): the running head gives the
# budget and the chapter after its year (``(Staatsbegrooting voor het dienstjaar 1877. IX.``, ``(Staatsbegroting voor
# het dienstjaar 1879.) VI.``) or the marker prints the chapter between the kamerstuk's and the stuk's number
# (``[». -Vde HOOFDSTUK. -7.]``, ``[«. -Vilde HOOFDSTUK A. — 4.J``); the marker's kamerstuk number as printed
# (``S``, ``a``, ``»``, ``«``: the golds' ``S-IX``, ``a-VI``, ``»-V``, ``«-VIIA``).
_BUDGET_HEAD_RE = re.compile(
    r"^\(?(?P<title>Sta\S{2,5}\s?b\S{1,3}gro\S{2,5}\s+voor\s+h\S{1,2}\s+dienstjaar\s+\d{4})\.?\)?"
    r"(?:\s+(?P<roman>[IVXL]{1,6})\s?(?P<part>[A-D])?\.?\)?)?$"
)
_CHAPTER_MARKER_RE = re.compile(
    r"^[\[(|\\](?P<num>[^\s.,\[\]()|\\]{1,3})[.,]\s*[-—–]?\s*(?P<roman>[IVXLil1]{1,6}?)\s?(?:de|dc|do|ste)\s+"
    r"HOOFDSTUK(?:\s+(?P<part>[A-D]))?[.,]?\s*[-—–]\s*(?P<nr>\d{1,3})[.,]?\s?[\])jJ1]?(?:\s+(?P<rest>[A-Z].*))?$"
)
_NO_MARKER_RE = re.compile(r"^[\[(|\\]N\S?\.\s?(?P<num>[^\s.,\[\]()|\\]{1,2})[.,]\s?(?P<nr>\d{1,3})[.,]?\s?[\])jJ]\.?$")


def read_budget(r: Reading) -> None:
    """Dossier ``<marker's number>-<chapter>`` titled by the budget's running head, the stuk's number and heading of a
    Staatsbegrooting page under a garbled marker (above), where the page's first eight lines hold the running head
    and then the marker, the marker or the head giving the chapter, and nothing else read the page."""
    lines = split_lines(r.text, 0, min(len(r.text), 1500), limit=10)
    head_index = next((i for i, line in enumerate(lines[:4]) if _BUDGET_HEAD_RE.match(line.text)), None)
    if head_index is None:
        return
    head = _BUDGET_HEAD_RE.match(lines[head_index].text)
    for index in range(head_index + 1, min(len(lines), 8)):
        text = lines[index].text
        chapter = _CHAPTER_MARKER_RE.match(text)
        plain = None if chapter else (_NO_MARKER_RE.match(text) or _MARKER_RE.match(text))
        if chapter is None and plain is None:
            continue
        if chapter is not None:
            roman, part = re.sub(r"[il1]", "I", chapter.group("roman")), chapter.group("part") or ""
            found = chapter
        elif head.group("roman") and (plain.re is _NO_MARKER_RE or plain.group("open") or plain.group("close")):
            roman, part, found = head.group("roman"), head.group("part") or "", plain
        else:
            return
        break
    else:
        return
    line = lines[index]
    r.layout = "prewar"
    r.fields["dossiers"] = [{"number": f"{found.group('num')}-{roman}{part}", "title": head.group("title")}]
    r.mark(line.start + found.start("num"), line.start + found.end("num"), "dossiers")
    r.mark(lines[head_index].start + head.start("title"), lines[head_index].start + head.end("title"), "dossiers")
    r.set_ondernummer(line.start + found.start("nr"), found.group("nr"))
    rest = found.groupdict().get("rest")
    if rest:  # "[». -Vde HOOFDSTUK. -7.] LIJST DER" / "TOELAGEN.": the heading runs on to its full stop
        first = Line(line.start + found.start("rest"), line.end, rest)
        _set_heading(r, _to_full_stop([first, *lines[index + 1 : index + 6]]))
    elif index + 1 < len(lines):
        _set_heading(r, _heading(r, lines, index + 1))
