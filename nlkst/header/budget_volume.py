"""The running head of the budget volume's pages of 1935-1952 (``Bijlage A``): the budget's title as printed, then
the kamerstuk's number, the chapter (a Roman number, at times with a part, or a fund's letter) and the stuk or a
range of stukken: ``Rijksbegrooting voor het dienstjaar 1936. 2. VIII. 22.``, ``Vaststelling begrooting
Artillerie-Inrichtingen voor 1938. 2 N. 5.``, ``Rijksbegroting voor het dienstjaar 1950 1400 IIA 6—7``,
``Vaststelling Begroting Zuiderzeefonds voor 1952 2300 B``. The dossier is ``<number>-<chapter>`` titled by the
head's title, as the golds give it (sgd-0000071508 of ``corpora/dev-sgd-2026-12-05h``, sgd-0000288760 of
``fresh-2026-12-05d``)."""

from __future__ import annotations

import re

from .lines import Line, split_lines
from .state import Reading

# The volume's label on the page's first line: "Bijlage A", "Bijlage A.", OCR's "Bfllage A.".
_LABEL_RE = re.compile(r"B\S{3,5}e\s+[A-D]\.?")
_HEAD_RE = re.compile(
    r"(?P<title>(?!(?:Tweede|Eerste|Kamer)\b)[A-Z][^\n]{8,120}?\b(?:19[3-5]\d))\.?\s+(?P<num>[1-9]\d{0,3})\s?[.,]?\s*"
    r"(?P<chapter>[IVXL]{1,6}(?:\s?[A-H](?![a-z]))?|[A-Z](?![a-z]))[.,]?"
    r"(?:\s*(?P<nr>[1-9]\d{0,2})(?:\s*[-—–]\s*(?P<to>\d{1,3}))?[.,]?)?(?:\s+(?:Tweede|Eerste)\s+Kamer)?"
)
# The marker over a stuk's heading under a head that names a range: "2. I. 4.", "2G. 4.", "600 IX A 8 NOTA ...".
_MARKER_RE = re.compile(r"\W?(?P<num>\d{1,4})\s?[.,]?\s*(?:[IVXL]{1,6}(?:\s?[A-H])?|[A-Z])[.,]?\s*(?P<nr>[1-9]\d{0,2})[.,]?(?:\s|$)")


def read_head(r: Reading) -> None:
    """Dossier and ondernummer from the head of a budget volume's page, where no reader gave a dossier."""
    if r.fields["dossiers"] is not None:
        return
    lines = split_lines(r.text, 0, min(len(r.text), 800), limit=8)
    if not lines or not _LABEL_RE.fullmatch(lines[0].text):
        return
    found = None
    for index, line in enumerate(lines[1:4], start=1):
        candidates = [(line, line.text)]
        if index + 1 < len(lines):  # the number and chapter on the line under the title ("2 P. 5.")
            candidates.append((Line(line.start, lines[index + 1].end, ""), f"{line.text} {lines[index + 1].text}"))
        for span, text in candidates:
            head = _HEAD_RE.fullmatch(text)
            if head is not None:
                found = (index, span, text, head)
                break
        if found:
            break
    if found is None:
        return
    index, span, text, head = found
    number = f"{head.group('num')}-{head.group('chapter').replace(' ', '')}"
    r.fields["dossiers"] = [{"number": number, "title": " ".join(head.group("title").split())}]
    r.mark(span.start, span.start + head.end("title"), "dossiers")
    if r.fields["ondernummer"] is None and head.group("nr"):
        if head.group("to") is None:
            first = len(lines[index].text)  # where the joined second line starts, in the text
            at = head.start("nr")
            r.set_ondernummer(span.start + at if at <= first else lines[index + 1].start + at - first - 1, head.group("nr"))
        else:
            _read_first_marker(r, lines[index + 1 :], head)
    if r.layout is None:
        r.layout = "prewar"


def _read_first_marker(r: Reading, below: list[Line], head: re.Match[str]) -> None:
    """The stuk's number from the first marker under a head that names a range of stukken, within that range."""
    low, high = int(head.group("nr")), int(head.group("to"))
    for line in below[:5]:
        marker = _MARKER_RE.match(line.text)
        if marker and marker.group("num") == head.group("num") and low <= int(marker.group("nr")) <= high:
            r.set_ondernummer(line.start + marker.start("nr"), marker.group("nr"))
            return
