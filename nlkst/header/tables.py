"""Table pages of the Bijlagen (1850-1935): a stuk that is a table (``STAAT der aanmuntingen ...``, ``OPGAVE van de
waarde ...``, ``TABEL 15a.``) starting under its marker, on a page whose running head gave the kamerstuk.

The golds give such a page the head's dossier and stuk, and as heading the table's title (a ``TABEL`` its label
alone), or the ``BIJLAGE X.`` label printed above the title (``corpora/CONVENTIONS.md``, label over a table's or
annex's title, settled hdr-tables: 35 golds to 4; the reader took the title until 2026-12-07). Its doc_type is ``other``: a table
is a stuk of no kind that ANNOTATION.md section 2 lists (``corpora/CONVENTIONS.md``, settled k22t: the reader gave it
null from k22n until 2026-12-07, and 06h-06n typed it ``other``). A memorie van toelichting's bijlage is typed as its
stuk (``headings.doc_type_of``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from . import prewar
from .headings import within_edits
from .lines import Line, dehyphenate, split_lines
from .state import Reading


@lru_cache(maxsize=1)
def _title_words() -> str:
    return "|".join(resources.lines("table_titles.txt"))


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern[str]:
    """A table's title in capitals, then its first word in small letters or its number: ``STAAT der ...``,
    ``OPGAVE van ...``, ``STAAT`` alone on its line (``van vergelijking ...`` under it), ``TABEL 15fl.``."""
    return re.compile(r"^(?P<word>" + _title_words() + r"),?(?:\s+(?:[a-z]|[0-9IVXL]{1,4}\S{0,3}\.?)|\s*$)")


# The stuk's marker alone on its line, legible or garbled: "[2. 12.]", "(2. VI. 20.)", "[ia*. 20.]", "[t. <i.|", its
# opening bracket lost where it closes with one and a stuk number ("ia. 13.]", sgd-0000399741).
_MARKER_RE = re.compile(
    r"^(?:[\[(|]|(?=[^\s\[(|]{1,5}[.,]\s?\d{1,3}[.,]?[\])|jJ]\.?$))(?P<num>\S{1,5}?)[.,]\s?(?:(?P<roman>[IVXL]{1,5})[.,]\s?)?(?P<nr>[^\s\])|]{1,4}?)[.,]?[\])|jJ]\.?$"
)
# A bijlage's label over the table's title: "BIJLAGE X.", "BIJLAGE Ai", "BIJLAGE I (oud bijlage F)."
_LABEL_RE = re.compile(r"^BIJLAGE\s+\S{1,4}(?:\s+\([^()]{1,30}\))?\.?$")


def read_table_heading(r: Reading) -> None:
    """The heading of the first stuk on the page where it is a table: the first marker alone on its line over a
    table's title (a bijlage's label between them allowed), below the running head that gave the dossier; the
    marker's stuk number where it is legible and the head gave none. A marker over any other line in capitals ends
    the search (``(3. IV. 5.)`` / ``UITGEWERKTE STAAT ...``: that stuk comes first), and so does a legible marker of
    another kamerstuk (more than one digit off the head's). Where no reader gave the dossier (a head broken over two
    lines, ``[66.`` / ``38.]``, over the title of a government report's volume of tables), the running head gives it
    with its title, and its stuk number where it names one stuk, once such a table is found under it."""
    if r.fields["heading"] is not None or r.layout not in (None, "prewar"):
        return
    head = None
    if not r.fields["dossiers"]:
        head = prewar.running_head(r.text, min(len(r.text), 3000))
        if head is None:
            _read_budget_marker(r)
            return
    dossier = head[1].group("num") if head is not None else r.fields["dossiers"][0]["number"]
    lines = split_lines(r.text, 0, min(len(r.text), 3000))
    for index, line in enumerate(lines[:-1]):
        marker = _MARKER_RE.match(line.text)
        if marker is None or (head is not None and line.start <= head[0]):
            continue
        below = lines[index + 1 : index + 8]
        label = below[0] if _LABEL_RE.match(below[0].text) and len(below) > 1 else None
        if label is not None:
            below = below[1:]
        title = _title_re().match(below[0].text)
        if title is None and re.match(r"[A-Z]{3,}", below[0].text):
            return
        if title is None:
            continue
        if not _of_the_head(marker.group("num"), dossier):
            return
        if head is not None and not _read_head(r, head, line):
            return
        _read_number(r, line, marker)
        if label is not None:  # "BIJLAGE X." over "OPGAVE van ...": the label is the heading (settled hdr-tables)
            _set_label(r, label)
        else:
            _set_title(r, below, title)
        return


# A budget chapter's marker, its closing bracket as OCR read it: "[2. VIII. 12.J".
_BUDGET_MARKER_RE = re.compile(r"^[\[(|](?P<num>\d)[.,]\s?(?P<roman>[IVXL]{1,5}(?:\s?[AB])?)[.,]\s?(?P<nr>\d{1,3})[.,]?[\])|jJ]\.?$")


def _read_budget_marker(r: Reading) -> None:
    """A budget volume's table page whose head OCR lost (``lil`` / ``[2. VIII. 12.J`` / ``STAAT`` / ``VAX`` /
    ``W ACHTGELDKX.``, sgd-0000357680): the marker in the page's first three lines names the budget, its chapter
    and the stuk; with a table's title under it, dossier ``2-VIII`` (no title printed), stuk 12 and the heading."""
    lines = split_lines(r.text, 0, min(len(r.text), 600), limit=5)
    for index, line in enumerate(lines[:3]):
        marker = _BUDGET_MARKER_RE.match(line.text)
        if marker is None:
            continue
        below = lines[index + 1 :]
        title = _title_re().match(below[0].text) if below else None
        if title is None:
            return
        r.fields["dossiers"] = [{"number": f"{marker.group('num')}-{''.join(marker.group('roman').split())}", "title": None}]
        r.mark(line.start + marker.start("num"), line.start + marker.end("roman"), "dossiers")
        r.set_ondernummer(line.start + marker.start("nr"), marker.group("nr"))
        r.layout = "prewar"
        _set_title(r, below, title)
        return


def _read_head(r: Reading, head: tuple[int, re.Match[str], str | None], marker_line: Line) -> bool:
    """The running head's dossier, with the title printed under it, and its stuk where it names one (``[66.`` /
    ``38.]``: 66, stuk 38); False where the head stands below the page's first three lines (a marker further down,
    ``[9. 6.]`` over ``KOSTEN van aanleg ...``, sgd-0000423835) or prints no title in small letters."""
    start, match, title = head
    first_lines = split_lines(r.text, 0, min(len(r.text), 300), limit=3)
    if title is None or start > marker_line.start or not any(line.start == start for line in first_lines):
        return False
    if re.match(r"[A-Z]{3,}\b", title):  # "KOSTEN van aanleg ...": a table's title under a stuk's marker ("[9. 6.]")
        return False
    title = prewar.without_full_stop(" ".join(title.split()))
    r.fields["dossiers"] = [{"number": match.group("num"), "title": title}]
    r.mark(start + match.start("num"), start + match.end("num"), "dossiers")
    if match.group("to") is None:
        r.set_ondernummer(start + match.start("nr"), match.group("nr"))
    r.layout = "prewar"
    return True


def _of_the_head(num: str, dossier: str) -> bool:
    """Whether a marker's kamerstuk is the head's: garbled (``ia*``), equal, or one digit off (``88`` under ``83``)."""
    head = dossier.split("-")[0]
    if not num.isdigit() or num == head:
        return True
    return len(num) == len(head) and sum(a != b for a, b in zip(num, head)) == 1


def _read_number(r: Reading, line: Line, marker: re.Match[str]) -> None:
    dossier = r.fields["dossiers"][0]["number"]
    legible = marker.group("num").isdigit() and marker.group("nr").isdigit()
    kamerstuk = marker.group("num") + (f"-{marker.group('roman')}" if marker.group("roman") else "")
    if r.fields["ondernummer"] is None and legible and kamerstuk == dossier:
        r.set_ondernummer(line.start + marker.start("nr"), marker.group("nr"))


def _set_title(r: Reading, below: list[Line], title: re.Match[str]) -> None:
    """A ``TABEL``'s label alone (``TABEL 15fl``: its long title under it is the table's caption, as the golds
    read it); any other title up to the line that ends it with a full stop, at most six lines."""
    if title.group("word").startswith("TABE"):
        label = re.match(r"\S+\s*[^\s.]*", below[0].text)
        parts = [Line(below[0].start, below[0].start + label.end(), label.group())]
    else:
        end = next((i for i, part in enumerate(below[:6]) if part.text.endswith(".")), None)
        if end is None:
            return
        parts = below[: end + 1]
    heading = dehyphenate([part.text for part in parts]).replace("\xad", "").rstrip(". ")
    r.fields["heading"] = heading
    r.mark(parts[0].start, parts[-1].end, "heading")


def _set_label(r: Reading, line: Line) -> None:
    """A bijlage's label as printed, its full stop and OCR's specks after it dropped (``BIJLAÜB H.`` reads
    ``BIJLAÜB H``)."""
    heading = line.text.rstrip(" .,;:*|")
    r.fields["heading"] = heading
    r.mark(line.start, line.start + len(heading), "heading")


@lru_cache(maxsize=1)
def _label_words() -> tuple[tuple[str, int], ...]:
    return tuple((word, int(limit)) for word, limit in resources.rows("bijlage_labels.tsv"))


# A label's line: the word in capitals (OCR's spaces and stops in it: "BIJ LAGE", "BIJLA.GB"), then at most a letter
# or number of four characters ("F", "II", "N°. 2", "<i") and a stop; the word may close on OCR's "B" for "E"
# ("BIJLAG B E", sgd-0000386892).
_LABEL_LINE_RE = re.compile(r"^(?P<word>[A-ZÜÖ](?:[A-ZÜÖ.]|\s(?=[A-ZÜÖ])){3,10}?)(?:\s+(?:N[°o*\"]\.?\s*)?[^\s.,;]{1,4})?\s?[.,;]?$")


def label_line(text: str) -> bool:
    """Whether a line is a bijlage's label alone: a word of ``bijlage_labels.tsv`` within its OCR edits (spaces and
    stops left out), then at most a letter or number."""
    found = _LABEL_LINE_RE.match(text.strip())
    if found is None:
        return False
    word = re.sub(r"[\s.]", "", found.group("word"))
    return any(word != "BIJLAGEN" and within_edits(word, label, limit) for label, limit in _label_words())


def read_label_heading(r: Reading) -> None:
    """A Bijlagen page (1814-1940) on which no reader found a heading and whose first ten lines print a bijlage's
    label alone on its line (``BIJLAÜB H.`` over ``STAAT VAN WACHTGELDEN``, sgd-0000390111; ``BIJ LAGE F.`` over
    ``REGLEMENT ...``, sgd-0000365141; ``BIJLAGE.`` over a letter, sgd-0000430119): the label is the heading, doc_type
    other (corpora/CONVENTIONS.md, label over a table's or annex's title, settled hdr-tables)."""
    if r.fields["heading"] is not None or r.layout not in (None, "prewar"):
        return
    for line in split_lines(r.text, 0, min(len(r.text), 3000), limit=10):
        if label_line(line.text):
            _set_label(r, line)
            return
