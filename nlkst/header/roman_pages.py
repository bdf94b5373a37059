"""Bijlagen pages of 1850-1870 whose stukken carry a Roman marker (``[XXVII. 26.]``, ``[CVII. 21.J``, ``(XLI. 1.]``).

Such a page opens with its number (``— 777 —``, ``80``, ``Bijlagen. 93ste vel.`` / ``369`` / ``Tweede Kamer.``) and a
running head that gives the dossier's title and, in brackets, the kinds of stukken printed on it: ``Naturalisatie van
O. A. Uhlenbeck en achttien anderen. (Ontwerpen van Wet; Memorien van Toelichting.)``, ``Staatsbegrooting voor het
dienstjaar 1865.`` / ``(Memorie van Beantwoording ...; Bijlage.)``, ``Afkoop van den Sondtol. (Bijlagen.)``. The head
prints no number: the dossier's Roman number and the stuk's number stand in the marker over each stuk's heading. The
page may open inside a stuk; its header is that of the first stuk whose marker and heading stand on it, as the golds
read a page that opens inside a stuk. The title is the head's where every marker on the page names one dossier (a
head over stukken of two dossiers, or naming two, ``... — Overeenkomst met België ...``, gives no title).
"""

from __future__ import annotations

import re

from .headings import doc_type_of, is_budget_statement, is_heading, run_on, set_heading
from .lines import Line, dehyphenate, is_upper, split_lines
from .state import Reading

# A page's number or its sheet line, as OCR left them: "— 777 —", "80", "28'4", "Bijlagen. 93ste vel.", "-".
_FURNITURE_RE = re.compile(
    r"^(?:\W{0,3}\d{1,4}\W{0,3}\d?\W{0,3}|\W{1,3}|B\S{1,3}\s?lagen\.?(?:\s+\S{1,8}\s+ve\S\.?)?|\d{1,3}\S{2,3}\s+ve\S\.?"
    r"|\S{0,4}\s?(?P<house>[TF]weede|Eerste)\s+[Kk]amer\.?)$"
)
# The head's list of the kinds of stukken printed on the page, in brackets at the end of a line.
_KINDS_RE = re.compile(r"\((?P<kinds>[A-Z][^()]{2,200})\)\.?\s*$")
# The same list that a spread prints across the columns, its close on the facing half: "van C. A. Goldenberg ,
# (Koninklijke Boodschap ; Ontwerpen" (the list names a kind of stuk; its close and the title's rest further down).
_OPEN_KINDS_RE = re.compile(r"\((?P<kinds>(?:Koninklijke|Ontwerp|Memorie|Voorloopig|Eindverslag|Verslag|Missive|Nota)[^()]{0,200})$")
_ROMAN = r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
# "[XXVII. 26.]", "[CVII. 21.J", "(XLI. 1.]", "fLXXV. 5.]", "[LX. 5.J", "[IX. 3o]." and a heading on its line.
# The golds keep a number OCR garbled as printed ("[LHL 3.]", "[LUL 4.]", "[LUI. 6.J" for LIII): an H or U among
# the letters of a Roman number (the U that ``_plain_roman`` in prewar reads as II).
_GARBLED_ROMAN = r"(?=[IVXLC]{1,6}[HU])[IVXLC]{1,6}[HU][IVXLCHU]{0,4}"
_MARKER_RE = re.compile(
    r"^\W?\s?[\[(|f]\s?(?P<roman>" + _ROMAN + r"|" + _GARBLED_ROMAN + r")(?:[.,]\s*|\s)(?P<nr>\d[\dol]{0,2}|[il]\d{1,2})[.,]?\s?[\])|Jj]\.?(?:\s+(?P<rest>\S.*))?$"
)
# A heading opens with a word in capitals ("ONTWERP", "BIJLAGE N°."), not with a marker OCR garbled ("III. 62.]").
_INLINE_MARKER_RE = re.compile(r"[\[(|](?:" + _ROMAN + r")[.,]\s*\d{1,3}[.,]?[\])|J]")
_HEADING_START_RE = re.compile(r"^(?![IVXLC]+[.,]\s*\d)[A-Z]{2}[A-Z'°-]+\b")
# A title opens with a word in small letters after its capital; OCR may read a rule printed over the head as
# specks before it ("f/BBÊÊB^ËB... Naturalisatie", "IIIIIMI MI tmmmÊimm... Wijziging").
_TITLE_START_RE = re.compile(r"(?:^|(?<=\s))[A-Z][a-zà-ÿ]{2,}")
# The heading's sentence ends before the next in capitals: "... van J. B. Hamm, te Maastricht. WIJ WILLEM III, ENZ."
_NEXT_SENTENCE_RE = re.compile(r"(?<=[a-z]{2})\.(?=\s+[A-Z]{2,}\b)")
_CAPITALS_STOP_RE = re.compile(r"^[^a-z]*?[A-Z]{3,}\.(?=\s+[A-Z][a-z])")
_OCR_DIGITS = str.maketrans("oilJ", "0111")


def find(text: str) -> tuple[list[Line], int, int] | None:
    """The head's lines, the index of the line that closes it (its list of stukken) and the lines from there on,
    where the text is such a page and prints a Roman marker over a heading; else None."""
    lines = split_lines(text, 0, min(len(text), 6000), limit=9)  # the tests below read no further; the rest if found
    start = 0
    while start < min(len(lines), 5) and _FURNITURE_RE.match(lines[start].text):
        start += 1
    if start == 0:
        return None  # a page opens with its number
    close = next((i for i in range(start, min(len(lines), start + 4))
                  if _KINDS_RE.search(lines[i].text) or _OPEN_KINDS_RE.search(lines[i].text)), None)
    if close is None or any(_MARKER_RE.match(line.text) for line in lines[start:close + 1]):
        return None
    return split_lines(text, 0, min(len(text), 6000)), start, close


def read(r: Reading, found: tuple[list[Line], int, int]) -> bool:
    """Dossier, number and heading of the first stuk marked on the page; False where no marker stands over a
    heading, or where a heading of a known kind stands above the first that does (a stuk whose marker OCR garbled:
    ``pX. l.j`` / ``KONINKLIJKE BOODSCHAP``, and a later stuk would be read for it)."""
    _, start, close = found
    lines = split_lines(r.text, 0, r.body_end)
    markers = [(index, match) for index, line in enumerate(lines) if index > close
               for match in [_MARKER_RE.match(line.text)] if match]
    for index, marker in markers:
        rest = marker.group("rest")
        if rest:
            heading = Line(lines[index].start + marker.start("rest"), lines[index].end, rest)
        elif index + 1 < len(lines):
            heading = lines[index + 1]
        else:
            continue
        if _HEADING_START_RE.match(heading.text) is None or _MARKER_RE.match(heading.text):
            continue  # a marker over a table, or over the next marker (a list of stukken printed elsewhere)
        if _garbled(marker.group("roman")) and not is_heading(heading.text):
            continue  # "[XH. 5.|" over "ALGEMERNE REKENING, ...": read no further than a legible marker would be
        break
    else:
        return False
    if not is_heading(heading.text) or is_budget_statement(heading.text):
        return False  # the first marked stuk has a heading of no known kind, or a budget's statement ("UITGEWERKTE EN TOELICHTENDE STAAT")
    if any(is_heading(line.text) and _HEADING_START_RE.match(line.text) for line in lines[close + 1:index]):
        return False
    r.layout = "prewar"
    for line in lines[:start]:
        house = _FURNITURE_RE.match(line.text).group("house")
        if house:
            r.fields["chamber"] = f"{'Eerste' if house == 'Eerste' else 'Tweede'} Kamer der Staten-Generaal"
            r.mark(line.start, line.end, "chamber")
    roman = _legible(marker.group("roman"), markers)
    r.fields["dossiers"] = [{"number": roman, "title": _title(lines[start:close + 1], heading.text, markers)}]
    r.mark(lines[start].start, lines[close].end, "dossiers")
    line = lines[index]
    r.set_ondernummer(line.start + marker.start("nr"), marker.group("nr").translate(_OCR_DIGITS))
    below = [heading] + [candidate for candidate in lines if candidate.start > heading.end][:3]
    end = run_on(below, 0)
    if end is not None:  # "VOORLOOPIG-VERSLAG der Commissie ... tot wijziging van Hoofdstuk" / "IX B der ..."
        set_heading(r, below[: end + 1], runs_on=True)
    elif len(heading.text) > 250:  # the heading and the body on one line: the heading is its capitals
        set_heading(r, [heading])
    else:  # the heading's line as printed, to its full stop ("KONINKLIJKE BOODSCHAP, ingekomen in de zitting ...")
        cut = _CAPITALS_STOP_RE.match(heading.text) or _NEXT_SENTENCE_RE.search(heading.text)
        if cut:  # "MEMORIE VAN TOELICHTING. De onder dit hoofdstuk ...", "... te Maastricht. WIJ WILLEM III"
            heading = Line(heading.start, heading.start + cut.end(), heading.text[: cut.end()].rstrip())
        parts = [heading]
        if not is_upper(heading.text) and not heading.text.endswith((".", ")")):
            # a heading in small letters that runs over the next lines to its full stop ("... tot wijziging van
            # Hoofdstuk" / "IX B der Staatsbegrooting van 1853.")
            following = [candidate for candidate in lines if candidate.start > heading.end][:3]
            for last, candidate in enumerate(following):
                if _MARKER_RE.match(candidate.text) or is_upper(candidate.text):
                    break
                if candidate.text.endswith("."):
                    parts += following[: last + 1]
                    break
        set_heading(r, parts, runs_on=not is_upper(heading.text))
    r.body_start = heading.end
    # the next stuk starts at the next marker, at a line's start or after the signature on its line
    # ("De Minister van Justitie, D. DONKER CURTIUS. [XXVII. 8.]")
    inline = _INLINE_MARKER_RE.search(r.text, heading.end)
    ends = [lines[i].start for i, _ in markers if i > index] + ([inline.start()] if inline else [])
    r.stuk_end = min(ends) if ends else None
    return True


def _garbled(roman: str) -> bool:
    """Whether a marker's Roman number is one OCR garbled with an H or U (``_GARBLED_ROMAN``)."""
    return re.search(r"[HU]", roman) is not None


def _legible(roman: str, markers: list[tuple[int, re.Match[str]]]) -> str:
    """A marker's Roman number; one OCR garbled (``LXH``) as another marker on the page prints it legibly, its H or U
    read as II (``[LXII. 9.]``); else as printed (``LHL`` beside ``LUL`` and ``LUI``: the golds keep it so)."""
    if not _garbled(roman):
        return roman
    plain = re.sub(r"[HU]", "II", roman)
    legible = {m.group("roman") for _, m in markers if not re.search(r"[HU]", m.group("roman"))}
    return plain if plain in legible else roman


def _title(head: list[Line], heading: str, markers: list[tuple[int, re.Match[str]]]) -> str | None:
    """The head's title, where it is the marked stuk's: every marker on the page names one dossier, the head names
    one (no ``... — Overeenkomst met België ...``), and its list of stukken does not name only other kinds than
    the stuk's (``(Missive van de Ministers ...)`` over ``ONTWERP VAN WET``: the head is the facing page's)."""
    parts = [line.text for line in head]
    if _KINDS_RE.search(parts[-1]) is None and _OPEN_KINDS_RE.search(parts[-1]):
        return None  # a spread's title: its rest stands on the facing half, OCR interleaved it with the columns
    listing = _KINDS_RE.search(parts[-1])
    kinds = listing.group("kinds")
    parts[-1] = parts[-1][: listing.start()].rstrip()
    title = dehyphenate([part for part in parts if part]).rstrip(" .,")
    opening = _TITLE_START_RE.search(title)
    title = title[opening.start():] if opening else ""
    numbers = {_legible(m.group("roman"), markers) for _, m in markers}
    numbers = {number for number in numbers if not _garbled(number)} or numbers  # "[LUI. 6.]" among "[LIV. 2.]"
    if not title or re.search(r"—\s?[A-Z]", title) or len(numbers) > 1:
        return None
    listed = {doc_type_of(kind.strip(" .").upper()) for kind in kinds.split(";")}
    if "other" not in listed and doc_type_of(heading) not in listed | {"other"}:
        return None  # every kind the head lists is another than the stuk's
    return title
