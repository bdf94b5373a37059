"""The Tweede Kamer's register of the bills carried over into a session (Bijlagen of 1905-1935).

A session's first numbers are given to the bills that earlier sessions left pending; the Bijlagen print them on
pages of their own, each number over the bill's title and where its stukken were printed before::

    Bijlagen. / 198 / 203. / Tweede Kamer. / (198) / Overeenkomsten met inlandsche zelfbestuurders in
    Nederlandscli-lndic. / (Gedrukt onder n". 524 der Zitting 1919—1920.) / (199) / Rekening van ... 1917. /
    (Niet gedrukt.) / ... / Handelingen der Staten-Generaal. Bijlagen. 1920—1921.

No stuk starts on such a page, so the golds give it no heading, doc_type or ondernummer (``corpora/CONVENTIONS.md``,
"Page that opens inside a stuk"); every number is a dossier, in printed order and as printed ("Values as printed"),
titled by its lines joined up to the print note, without the final stop (sgd-0000315268, -043000, -045331, -048020
of the fresh golds). The session is the page's foot's; the print notes name the earlier sessions, not this one.
Where the other readers went: a stuk's heading read from an item's title (``ONTWERP VAN WET tot ...``), the
vergaderjaar from the first print note.
"""

from __future__ import annotations

import re

from . import prewar
from .lines import Line, dehyphenate, split_lines
from .state import Reading

# An item's number alone on its line: "(198)", "27.", "16.", "(45.)"; or in brackets before its title's first line
# ("(203) Inlichtingen op het adres van ...").
_ITEM_RE = re.compile(r"^\(?(?P<num>[1-9]\d{0,3})\.?\)?\.?$")
_INLINE_ITEM_RE = re.compile(r"^\((?P<num>[1-9]\d{0,3})\.?\)[ \t]+(?=[A-Z])")
# The print note under the title (OCR: "n".", "u"."), on its own line or after the title's last words; in the
# 1890s without its brackets ("Gedrukt onder n°. 134 der Zitting 1894 —1895.").
_NOTE_RE = re.compile(r"\((?:Gedrukt\s+onder|Niet\s+gedrukt)\b|^(?:Gedrukt\s+onder|Niet\s+gedrukt)\b")
_ITEMS_BEFORE_NOTE = 6


def _item(lines: list[Line], index: int) -> tuple[re.Match[str], list[Line], int] | None:
    """The item at ``lines[index]``: its number, its title's lines (the last cut before the note where the note runs
    on its line), the index of the line that holds the note."""
    line = lines[index]
    number = _ITEM_RE.match(line.text)
    following = list(enumerate(lines[index + 1 : index + 1 + _ITEMS_BEFORE_NOTE], index + 1))
    if number is None:
        number = _INLINE_ITEM_RE.match(line.text)
        if number is None:
            return None
        following = [(index, Line(line.start + number.end(), line.end, line.text[number.end():]))] + following[:-1]
    title: list[Line] = []
    for at, line in following:
        note = _NOTE_RE.search(line.text)
        if note is not None:
            before = line.text[: note.start()].rstrip(" $*•")
            if before.strip():
                title.append(Line(line.start, line.start + len(before), before))
            return (number, title, at) if title else None
        if _ITEM_RE.match(line.text) or prewar.CHAMBER_RE.match(line.text):
            return None  # the head's range ("198" / "203.") or the chamber line, not an item's title
        if sum(c.isalpha() for c in line.text) >= 3:
            title.append(line)
        elif title:
            return None  # a speck inside a title
    return None


def find(text: str) -> list[tuple[re.Match[str], Line, list[Line]]] | None:
    """The register's items where the page opens with it (its first item under at most the page's head: label, range,
    chamber line) and holds two at least: each item's number match, its line and its title's lines."""
    lines = split_lines(text, 0)
    first = next((i for i in range(min(7, len(lines))) if _item(lines, i) is not None), None)
    if first is None or any(len(line.text) > 20 and not prewar.CHAMBER_RE.match(line.text) for line in lines[:first]):
        return None
    items = []
    index = first
    while index < len(lines):
        found = _item(lines, index)
        if found is None:
            index += 1
            continue
        number, title, note = found
        items.append((number, lines[index], title))
        index = note + 1
    return items if len(items) >= 2 else None


def read(r: Reading, items: list[tuple[re.Match[str], Line, list[Line]]]) -> None:
    """Dossiers (number and title of every item), the chamber line above the first, the foot's session."""
    r.layout = "prewar"
    head = split_lines(r.text, 0, items[0][1].start)
    chamber = next((line for line in head if prewar.CHAMBER_RE.match(line.text)), None)
    if chamber is not None:
        house = prewar.CHAMBER_RE.match(chamber.text).group("house")
        r.fields["chamber"] = f"{'Eerste' if house == 'Eerste' else 'Tweede'} Kamer der Staten-Generaal"
        r.mark(chamber.start, chamber.start + len(house) + 6, "chamber")
    dossiers = []
    for number, line, title in items:
        text = dehyphenate([part.text for part in title]).rstrip()
        dossiers.append({"number": number.group("num"), "title": re.sub(r"\s*\.$", "", text) or None})
        r.mark(line.start + number.start("num"), line.start + number.end("num"), "dossiers")  # on the item's line
        r.mark(title[0].start, title[-1].end, "dossiers")
    r.fields["dossiers"] = dossiers
    r.body_start = r.body_end = len(r.text)
    prewar.read_footer_session(r)
