"""Find the header of a kamerstuk in plain text, whatever its layout.

Layouts seen in real text: the official publication page (``Kamerstuk`` /
metadata table / ``31 490 Vernieuwing van de rijksdienst`` / ``Nr. 271 BRIEF ...``),
a web page with navigation around the same header, OCR of the printed
kamerstukken 1950-1995 (``ZITTING 1961—1962 — 6657``, ``Zitting 1979-1980``,
``Vergaderjaar 1994-1995 Nr. 22a``, ``23 9OO VII``) and a ministry's letter as
extracted from its PDF (``Datum``, ``Betreft``, ``Kenmerk``). Every value is
read from the text; what the text lacks stays ``None``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import takewhile
from importlib import resources
from typing import Any

from .gazetteer import NAME_PARTICLE, person_stopwords
from .offices import parse_offices
from .schema import FOOTNOTE_LABEL, HEADER_FIELDS

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "october": 10, "november": 11, "december": 12,
}
_DATE = r"(?P<day>[0-3]?[0-9lIO])\s*(?P<month>[A-Za-z]{3,10})\.?\s*(?P<year>1[89]\d\d|20\d\d)"
_PLACE_DATE_RE = re.compile(
    r"(?m)^[ \t]*(?P<place>'?\s*\n?\s*s\s*-\s*Graven\s*hag\w|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)"
    r"[ \t]*[,.]?[ \t]*" + _DATE
)
_RECEIVED_DATE_RE = re.compile(
    r"\(?\b(?:Ontvangen|Voorgesteld|Ingezonden|Vastgesteld|Ingekomen)\b,?(?:[ \t]+[a-z][^\n]{0,80}?)?[ \t]+" + _DATE + r"\.?\)?",
    re.IGNORECASE,
)
_LETTER_DATE_RE = re.compile(r"(?m)^[ \t]*Datum[ \t]+" + _DATE)
_CHAMBER_RE = re.compile(
    r"(?P<house>Tweede|Eerste)[ \t]+Kamer[ \t]+der[ \t]+St ?aten[ \t-]*Generaa\S", re.IGNORECASE
)
_VERGADERJAAR_RE = re.compile(
    r"(?:(?:V|\^/|\\/)?ergaderjaar|Zitting|Zlttin\.?|Zitting:)\s*(?P<y1>1[89]\d\d|20\d\d)(?:\s*[-—–]\s*(?P<y2>1[89]\d\d|20\d\d))?"
    r"(?:\s*[-—–]\s*(?P<rest>.*))?",
    re.IGNORECASE,
)
_TABLE_YEARS_RE = re.compile(r"^(?P<y1>(?:19|20)\d\d)-(?P<y2>(?:19|20)\d\d)")
_NR_RE = re.compile(r"\bN\s?[roRO]s?\s?[.,]?\s*(?P<nr>\d{1,4}\s?[a-z]?)(?![\w])")
_NR_LINE_RE = re.compile(r"^\s*N\s?[roRO]s?\s?[.,]?\s*(?P<nr>\d{1,4}\s?[a-z]?)(?![\w])\s*(?P<rest>.*)$")
_DOSSIER_RE = re.compile(
    r"(?P<num>\d{1,3}[ \xa0]?[\dO]{3})(?!\d)"
    r"(?:\s*(?:-\s*)?(?P<suffix>[IVXLC]{1,6}\b|[A-Z]\b)|\s*-\s*(?P<numsuffix>\d{1,3})(?!\d))?"
)
_DOSSIER_LINE_RE = re.compile(r"^\s*" + _DOSSIER_RE.pattern + r"(?P<rest>.*)$")
_HOOFDSTUK_RE = re.compile(r"^Hoofdstuk\s+(?P<roman>[IVXLC]{1,6})\s?(?P<part>[A-C])?\b", re.IGNORECASE)
_HEADING_RE = re.compile(
    r"^(?:[IVX]{1,4}\.\s+)?(?:(?:TWEEDE\s+|DERDE\s+)?(?:NADER\s+)?GEWIJZIGDE?\s+)?(?:BRIEF|TELEGRAM|BIJLAGEN|BRIEVEN|MOTIES?|SUBAMENDEMENTEN|SUBAMENDEMENT|AMENDEMENTEN|AMENDEMENT|NOTA|MEMORIE|VOORDRACHT|"
    r"VERSLAG|EINDVERSLAG|VOORLOPIG\s+VERSLAG|NADER\s+VERSLAG|VOORSTEL\s+VAN\s+WET|ONTWERP[\s-]*VAN\s+WET|"
    r"ONTWERP[\s-]*VAN\s+RIJKSWET|VOORSTEL\s+VAN\s+RIJKSWET|ONTWERP-?WET|KONINKL\w{1,3}E\s+BOODSCHAP|ADVIES|NADER\s+RAPPORT|RAPPORT|LIJST\s+VAN\s+VRAGEN|"
    r"(?:AANVULLENDE\s+)?LIJST\s+VAN\s+ANTWOORDEN|VRAGEN|ANTWOORD|BIJLAGE|OVERZICHT|VERSLAG\s+VAN|NOTULEN|STAAT|TOELICHTING|REGERINGSVERKLARING)\b",
    re.IGNORECASE,
)
_ADDRESSEE_RE = re.compile(r"^\s*(?P<text>Aan\s+(?:de|het|Hare|Zijne|den)\b.*?)\s*$")
# The Bijlagen of 1814-1949 open with the chamber alone on its line ("Tweede Kamer.",
# "Eerste Kamer. 1", "Tweede Kamer, i", OCR's "iweede Kamer"), without "der Staten-Generaal"
# or a vergaderjaar.
_PREWAR_CHAMBER_RE = re.compile(r"^(?P<house>[TIi]weede|Eerste)\s+Kamer\b\W{0,4}(?:\w{1,4}\W{0,2}){0,2}$")
# Their letters are addressed "Aan den Heer Voorzitter ...", "Den Heere Voorzitter ...",
# "Aan Zijne Excellentie den Minister van Staat, Voorzitter ...", over one line or several.
_PREWAR_ADDRESSEE_RE = re.compile(
    r"(?:^|(?<=\.\s))(?P<text>(?:Aan|Den)\s+(?:(?:Zijne|den|de|het|Heere?|heer)\b|\w{2,4}\s+(?:Heere?\s+)?Voorzitter\b).*)$"
)
# The kamerstuk's number and ondernummer above its heading or before it on its line:
# "852 1", "339. 22.", "(414. 1.)", "291. 8. MEMORIE VAN TOELICHTING."
_PREWAR_NUMBER_RE = re.compile(r"^[\[(]?(?P<num>\d{2,4})[.,]?\s+(?P<nr>\d{1,3})[.,]?[\])]?(?:\s+|$)")
_PREWAR_PLACE_START_RE = re.compile(r"^'?\s?[sS]\s?-?\s?\(?[GgTt][Rr][Aa][Vv]|^'[A-Za-z]\s")
# Their place and date: "'s Gravenhage, 9 October 1929", "'s GRAVENHAGE, den 27 December 1911",
# "'sGravenhage, 11 April 1919", also after the addressee on its line.
_PREWAR_PLACE_DATE_RE = re.compile(
    r"(?P<place>'?\s?[sS]\s?-?\s?(?:Graven|GRAVEN)\w*|[A-Z][a-z]+),?\s+(?:den\s+)?"
    r"(?P<day>[0-3]?[0-9lIO])(?:sten|ste|den|de)?\s+(?P<month>[A-Za-z]{3,10})\.?\s+(?P<year>1[89]\d\d)"
)
_LETTER_ADDRESSEE_RE = re.compile(r"^\s*(?P<text>De\s+[Vv]oorzitter\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer.*)$")
_FOOTNOTE_LINE_RE = re.compile(r"^\s*(?:[1-9]\d?\)?|[\"'*])\s+(?=[A-Z(])")
_SIGNATURE_RE = re.compile(
    r"(?m)^[ \t]*(?:De|de|DE)\s+(?P<office>(?:Minister|MINISTER|Staatssecretaris|STAATSSECRETARIS)"
    r"[^\n]{0,160}?),?[ \t]*\n?[ \t]*"
    r"(?P<name>(?:(?:mr|dr|drs|ir|prof|ing)\.\s*)*(?:[A-Z][a-z]?\.\s?){1,6}\s?"
    r"(?:(?:van|de|der|den|ter|ten|in|'t|von|la|le)\s+)*[A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?)\.?[ \t]*$"
)
# Before 1950 the office runs over two or three lines and the name is in capitals, with or
# without initials: "De Minister van\nDefensie,\nL. N. DECKERS,", "De Minister van Koloniën,\nKONINGSBERGER."
_PREWAR_SIGNATURE_RE = re.compile(
    r"(?m)^[ \t]*De\s+(?P<office>Minister\s+van\s+(?:Staat,\s+Minister\s+van\s+)?"
    r"[A-Z][^\n,]{0,50}(?:\n[ \t]*[A-Z][^\n,]{0,50})?),[ \t]*\n?[ \t]*"
    r"(?P<name>(?:[A-Z][A-Za-z]?\.\s?){0,4}(?=[A-Z'’ -]{4})[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3})[.,]?[ \t]*$"
)
_MEDE_NAMENS_RE = re.compile(r"(?mi)^[ \t]*mede\s+namens\b[^\n]*")
_MEDE_NAMENS_INLINE_RE = re.compile(r"(?i)\bmede\s+namens\s+(?:de|het)\b[^.]*")
_NOOT_BLOCK_RE = re.compile(r"(?m)^X Noot[ \t]*\n")
_ARROW_FOOTNOTE_RE = re.compile(r"(?m)^[ \t]*\d{1,3}\.[ \t][^\n]*↩\ufe0e?[ \t]*$")
_BETREFT_RE = re.compile(r"(?m)^[ \t]*Betreft[ \t]+(?P<text>.+(?:\n(?!Geachte|Datum|Kenmerk)[^\n]+)*?)\s*(?=\n(?:Geachte|Datum|Kenmerk)|\n\n)")
_KENMERK_RE = re.compile(r"(?m)^[ \t]*(?:Ons\s+)?[Kk]enmerk(?:[ \t]+|[ \t]*\n[ \t]*)(?P<text>[^\n]+)")
_WEBPAGE_NUMBER_RE = re.compile(r"(?m)^Nummer: \d{4}[DZ]\d{5}")

_R_NUMBER_RE = re.compile(r"\(\s*R\s*\d*\s*\)?|\bR\s*\d+\s*\)?|^\s*\d{1,3}\s*\)")
_NUMBER_LIST_RE = re.compile(r"[\d\s,;.—–\-]*(?:\ben\b[\d\s,;.—–\-]*)*")


def _number_list(text: str) -> list[str]:
    """Dossier numbers of a line that holds nothing else: ``6182 (R 206), 6198, 6199,``."""
    cleaned = _R_NUMBER_RE.sub("", text)
    if not re.search(r"[,;]|\ben\b", text) or not _NUMBER_LIST_RE.fullmatch(cleaned):
        return []
    return [_dossier_number(m) for m in _DOSSIER_RE.finditer(cleaned)]


_HEADER_WINDOW = 60  # lines: a kamerstuk header never runs longer


@lru_cache(maxsize=1)
def known_places() -> tuple[str, ...]:
    text = resources.files("nlkst.resources").joinpath("places.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@dataclass
class Header:
    """The header fields of one document and where each was read."""

    fields: dict[str, Any]
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    footnotes: list[tuple[int, int]] = field(default_factory=list)
    body_start: int = 0
    body_end: int = 0


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str, start: int = 0, end: int | None = None) -> list[_Line]:
    """The non-blank lines of ``text[start:end]``, stripped, with their offsets."""
    lines = []
    position = start
    for raw in text[start:end].split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(position + lead, position + lead + len(stripped), stripped))
        position += len(raw) + 1
    return lines


def parse_date(day: str, month: str, year: str) -> str | None:
    """An ISO date from OCR'd parts, or None when they are no real date."""
    day = day.replace("l", "1").replace("I", "1").replace("O", "0")
    month_number = MONTHS.get(month.lower())
    if month_number is None:
        close = difflib.get_close_matches(month.lower(), MONTHS, n=1, cutoff=0.75)
        if not close:
            return None
        month_number = MONTHS[close[0]]
    try:
        return date(int(year), month_number, int(day)).isoformat()
    except ValueError:
        return None


def _place(raw: str) -> str:
    cleaned = re.sub(r"\s+", "", raw) if "Graven" in raw else raw.strip()
    if cleaned.startswith("s-"):
        cleaned = "'" + cleaned
    close = difflib.get_close_matches(cleaned, known_places(), n=1, cutoff=0.85)
    return close[0] if close else cleaned


def _dossier_number(match: re.Match[str]) -> str:
    number = re.sub(r"\s", "", match.group("num")).replace("O", "0")
    suffix = match.group("suffix") or match.group("numsuffix")
    return f"{number}-{suffix}" if suffix else number


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) / len(letters) >= 0.85


def _dehyphenate(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out.endswith("-") and part[:1].isalpha() and out[-2:-1].isalpha() and not re.match(r"(?:en|of|tot)\b", part):
            out = out[:-1] + part
        else:
            out = f"{out} {part}" if out else part
    return re.sub(r"\s+", " ", out).strip()


_HEADING_ABBREVIATIONS = {"c.s.", "cs.", "c.s", "mr.", "jhr.", "mevr.", "drs.", "dr.", "ir.", "e.a."}


def _upper_prefix(heading: str) -> str:
    """An upper-case heading ends where mixed-case text on its line begins."""
    words = heading.split(" ")
    if not _is_upper(" ".join(words[:3])):
        return heading
    kept = []
    for word in words:
        if any(c.islower() for c in word) and word.lower() not in _HEADING_ABBREVIATIONS:
            break
        kept.append(word)
    return " ".join(kept)


def _looks_like_dossier(match: re.Match[str]) -> bool:
    """A number followed by nothing, a title, or ``(R 1451)``; not ``1985 werd ...``."""
    rest = match.group("rest").strip()
    return not rest or (not rest[0].isdigit() and (rest[0].isupper() or rest[0] in "(,"))


def _could_be_a_name(capitals: str) -> bool:
    """Whether a name in capitals under an office could be the signatory's: no word of it is one that is
    never a surname (``person_stopwords``), as in a heading printed below the signature (``ACTE VAN DADING``)."""
    return not any(word.lower() in person_stopwords() and not re.fullmatch(NAME_PARTICLE, word, re.IGNORECASE)
                   for word in re.findall(r"[^\W\d_]+", capitals))


def doc_type_of(heading: str | None) -> str:
    """The ANNOTATION.md document type that a heading names."""
    if not heading:
        return "other"
    h = re.sub(r"\s+", " ", heading.upper())
    h = re.sub(r"^(?:[IVX]{1,4}\. )?(?:(?:TWEEDE |DERDE )?(?:NADER )?GEWIJZIGDE? )?", "", h)
    rules = (
        ("BRIEF", "brief"), ("BRIEVEN", "brief"), ("MOTIE", "motie"),
        ("SUBAMENDEMENT", "amendement"), ("AMENDEMENT", "amendement"),
        ("NOTA", "nota"), ("MEMORIE VAN TOELICHTING", "memorie_van_toelichting"),
        ("VOORLOPIG VERSLAG", "verslag"), ("EINDVERSLAG", "verslag"), ("NADER VERSLAG", "verslag"),
        ("VERSLAG", "verslag"), ("VOORSTEL VAN WET", "wetsvoorstel"), ("ONTWERP VAN WET", "wetsvoorstel"),
        ("ONTWERPVAN WET", "wetsvoorstel"), ("ONTWERP VAN RIJKSWET", "wetsvoorstel"), ("VOORSTEL VAN RIJKSWET", "wetsvoorstel"), ("ONTWERP-WET", "wetsvoorstel"), ("ONTWERPWET", "wetsvoorstel"),
        ("ADVIES RAAD VAN STATE", "advies_raad_van_state"), ("ADVIES VAN DE RAAD VAN STATE", "advies_raad_van_state"),
        ("LIJST VAN VRAGEN", "lijst_van_vragen"), ("LIJST VAN ANTWOORDEN", "lijst_van_vragen"),
        ("AANVULLENDE LIJST VAN ANTWOORDEN", "lijst_van_vragen"),
    )
    for prefix, kind in rules:
        if h.startswith(prefix):
            return kind
    return "other"


class _HeaderReader:
    """Reads one document; each ``_read_*`` method fills some fields and spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.fields: dict[str, Any] = {name: None for name in HEADER_FIELDS}
        self.spans: list[tuple[int, int, str]] = []
        self.footnotes: list[tuple[int, int]] = []
        self.body_start = 0
        self.body_end = len(text)
        self._prewar = False  # an 1814-1949 Bijlage, whose signatures have their own layout

    def _mark(self, start: int, end: int, label: str) -> None:
        if end > start:
            self.spans.append((start, end, label))

    def read(self) -> Header:
        self._read_trailing_footnotes()
        anchor = self._find_anchor()
        prewar = self._find_prewar_heading()
        # A vergaderjaar below an old Bijlage's heading is a reference ("Zitting 1930—1931, 2, n°. 15").
        if prewar is not None and (anchor is None or (prewar[1] is not None and anchor > prewar[1].start)):
            self._read_prewar_header(*prewar)
        elif anchor is not None:
            self._read_kamerstuk_header(anchor)
        else:
            self._read_letter_header()
        self._read_signature()
        self._read_co_senders()
        self._read_sender_fallback()
        self.fields["doc_type"] = self._doc_type()
        self.body_end = max(self.body_end, self.body_start)
        self.spans.sort()
        return Header(self.fields, self.spans, sorted(self.footnotes), self.body_start, self.body_end)

    # -- where the header begins -------------------------------------------------
    def _find_anchor(self) -> int | None:
        """Offset of the chamber or vergaderjaar line that opens a kamerstuk header."""
        window = self.text[: min(len(self.text), 6000)]
        chambers = (  # at the start of its line: not "Aan de Voorzitter van de Tweede Kamer ..."
            m for m in _CHAMBER_RE.finditer(window)
            if not window[window.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        )
        candidates = [m.start() for m in (next(chambers, None), _VERGADERJAAR_RE.search(window)) if m]
        if not candidates:
            return None
        first = min(candidates)
        line_start = self.text.rfind("\n", 0, first) + 1
        return line_start

    # -- the kamerstuk header ------------------------------------------------------
    def _read_kamerstuk_header(self, anchor: int) -> None:
        self._read_webpage_subject(anchor)
        lines = _lines(self.text, anchor, self.body_end)[:_HEADER_WINDOW]
        dossiers: list[dict[str, Any]] = []
        dossier_spans: list[list[int]] = []
        untitled: list[int] = []
        pre_titles: list[_Line] = []
        heading_parts: list[_Line] = []
        header_end = anchor
        seen_nr = False
        place_date_seen = False
        i = 0
        while i < len(lines):
            line = lines[i]
            text = line.text
            consumed = True
            chamber = _CHAMBER_RE.search(text)
            vj = _VERGADERJAAR_RE.search(text)
            nr_line = _NR_LINE_RE.match(text)
            dossier_line = _DOSSIER_LINE_RE.match(text) if not nr_line else None
            if chamber and self.fields["chamber"] is None:
                self.fields["chamber"] = f"{chamber.group('house').capitalize()} Kamer der Staten-Generaal"
                self._mark(line.start + chamber.start(), line.start + chamber.end(), "chamber")
                table = _TABLE_YEARS_RE.match(text[chamber.end():])
                if table and self._years_ok(table):
                    self._set_vergaderjaar(table, line.start + chamber.end())
                elif vj:
                    self._read_vergaderjaar_line(line, vj, dossiers, dossier_spans, untitled)
            elif vj and self.fields["vergaderjaar"] is None:
                self._read_vergaderjaar_line(line, vj, dossiers, dossier_spans, untitled)
            elif re.fullmatch(r"[12]", text) or text in {"(Tweede Kamer)", "(Eerste Kamer)"} or (
                len(text) < 5 and not any(c.isdigit() for c in text) and sum(c.isalpha() for c in text) < 3
            ):
                pass  # the chamber's code, or OCR noise
            elif text.startswith("Aanhangsel van de Handelingen"):
                break  # questions and answers: no dossier, no ondernummer
            elif (received := _RECEIVED_DATE_RE.match(text)) and self.fields["date"] is None:
                self._set_received_date(line.start, received)
                rest = text[received.end():].strip()
                if rest and dossiers and not heading_parts and not seen_nr:
                    self._add_title(_Line(line.end - len(rest), line.end, rest), dossiers, dossier_spans, untitled)
            elif self._is_footnote_line(text, seen_nr):
                self._add_footnote(line.start, line.end)
            elif nr_line:
                if seen_nr and (heading_parts or self.fields["ondernummer"]):
                    break  # a second document (KONINKLIJKE BOODSCHAP Nr. 1, ONTWERP VAN WET Nr. 2)
                self._set_ondernummer(line.start + nr_line.start("nr"), nr_line.group("nr"))
                seen_nr = True
                rest = nr_line.group("rest")
                if rest and _HEADING_RE.match(rest):
                    heading_parts = [_Line(line.start + nr_line.start("rest"), line.end, rest)]
                    i = self._extend_heading(lines, i, heading_parts)
            elif not heading_parts and not seen_nr and (numbers := _number_list(text)):
                for number in numbers:
                    dossiers.append({"number": number, "title": None})
                    dossier_spans.append([line.start, line.end])
                    untitled.append(len(dossiers) - 1)
            elif dossier_line and not heading_parts and _looks_like_dossier(dossier_line):
                self._add_dossier(line, dossier_line, dossiers, dossier_spans, untitled)
            elif _HEADING_RE.match(text) and (_is_upper(text[:40]) or dossiers or pre_titles) and not (
                dossiers and not dossiers[-1]["title"] and not _is_upper(text[:40])
            ):
                if heading_parts:
                    break
                heading_parts = [line]
                i = self._extend_heading(lines, i, heading_parts)
            elif _ADDRESSEE_RE.match(text) and (heading_parts or seen_nr):
                self.fields["addressee"] = re.sub(r"\s+", " ", text).rstrip(",")
                self._mark(line.start, line.end, "addressee")
            elif self._read_place_date(line):
                header_end = line.start + self._date_end
                if heading_parts or seen_nr:
                    break
                place_date_seen = True
            elif not heading_parts and not seen_nr and len(text) < 600 and not place_date_seen:
                if dossiers and dossiers[-1]["title"] and not untitled and (
                    len(text) > 200 or len(dossiers[-1]["title"]) > 300
                ):
                    break
                if dossiers:
                    self._add_title(line, dossiers, dossier_spans, untitled)
                else:
                    if not pre_titles:
                        end_before_pre_titles = header_end
                    pre_titles.append(line)
            else:
                consumed = False
            if not consumed:
                break
            header_end = max(header_end, line.end)
            i += 1
        if pre_titles and dossiers:
            first = dossiers[0]
            joined = _dehyphenate([p.text for p in pre_titles])
            first["title"] = f"{joined} {first['title']}".strip() if first["title"] else joined
            dossier_spans[0][0] = min(dossier_spans[0][0], pre_titles[0].start)
        elif pre_titles and not dossiers and (seen_nr or heading_parts):
            dossiers.append({"number": None, "title": _dehyphenate([p.text for p in pre_titles])})
            dossier_spans.append([pre_titles[0].start, pre_titles[-1].end])
        elif pre_titles and header_end == pre_titles[-1].end:
            # Lines under the chamber line that no number or heading turned into a title are
            # the body (a chamber line above a paragraph): the header ends before them.
            header_end = end_before_pre_titles
        for d in dossiers:
            self._apply_hoofdstuk(d)
        if dossiers:
            self.fields["dossiers"] = dossiers
            for start, end in dossier_spans:
                self._mark(start, end, "dossiers")
        if heading_parts:
            self._set_heading(heading_parts)
        if self.fields["date"] is None:
            self._read_received_date(anchor, header_end)
        self.body_start = header_end

    def _years_ok(self, match: re.Match[str]) -> bool:
        return match.group("y2") is not None and int(match.group("y2")) == int(match.group("y1")) + 1

    def _set_vergaderjaar(self, match: re.Match[str], offset: int) -> None:
        self.fields["vergaderjaar"] = f"{match.group('y1')}-{match.group('y2')}"
        self._mark(offset + match.start("y1"), offset + match.end("y2"), "vergaderjaar")

    def _read_vergaderjaar_line(self, line, vj, dossiers, dossier_spans, untitled) -> None:
        if self._years_ok(vj):
            self._set_vergaderjaar(vj, line.start)
        rest_start = vj.start("rest") if vj.group("rest") else vj.end()
        rest = line.text[rest_start:]
        nr = _NR_RE.search(rest)
        if nr:
            self._set_ondernummer(line.start + rest_start + nr.start("nr"), nr.group("nr"))
        if vj.group("rest"):
            # "ZITTING 1961—1962 — 6657" or "-8800 (Hoofdstukken VII en II), 8800 A, 8824"
            for match in _DOSSIER_RE.finditer(_R_NUMBER_RE.sub("", rest[: nr.start() if nr else len(rest)])):
                dossiers.append({"number": _dossier_number(match), "title": None})
                dossier_spans.append([line.start + rest_start + match.start(), line.start + rest_start + match.end()])
                untitled.append(len(dossiers) - 1)

    def _set_ondernummer(self, start: int, raw: str) -> None:
        if self.fields["ondernummer"] is None:
            self.fields["ondernummer"] = raw.replace(" ", "")
            self._mark(start, start + len(raw), "ondernummer")

    def _add_dossier(self, line, match, dossiers, dossier_spans, untitled) -> None:
        rest = match.group("rest").strip()
        rest = re.sub(r"^\(\s*R\s*\d+\s*\)\s*", "", rest).strip()
        dossiers.append({"number": _dossier_number(match), "title": None})
        dossier_spans.append([line.start, line.end])
        if rest:
            dossiers[-1]["title"] = rest
        else:
            untitled.append(len(dossiers) - 1)

    def _add_title(self, line, dossiers, dossier_spans, untitled) -> None:
        if untitled:
            index = untitled.pop(0)
            dossiers[index]["title"] = line.text
        else:
            index = len(dossiers) - 1
            dossiers[index]["title"] = _dehyphenate([dossiers[index]["title"] or "", line.text])
        span = dossier_spans[index]
        span[0], span[1] = min(span[0], line.start), max(span[1], line.end)

    def _apply_hoofdstuk(self, dossier: dict[str, Any]) -> None:
        """``18600`` titled ``Hoofdstuk VIII ...`` is dossier 18600-VIII."""
        number, title = dossier["number"], dossier["title"] or ""
        if not number or "-" in number:
            return
        hoofdstuk = _HOOFDSTUK_RE.search(re.sub(r"(?i)^Rijksbegroting voor het (?:dienst)?jaar \d{4}\s*", "", title))
        if hoofdstuk:
            dossier["number"] = f"{number}-{hoofdstuk.group('roman').upper()}{(hoofdstuk.group('part') or '').upper()}"

    def _extend_heading(self, lines: list[_Line], i: int, parts: list[_Line]) -> int:
        """Add the upper-case lines that continue a heading; return the last line's index."""
        while i + 1 < len(lines):
            nxt = lines[i + 1].text
            if (
                _is_upper(nxt)
                and not _NR_LINE_RE.match(nxt)
                and not _HEADING_RE.match(nxt)
                and not _DOSSIER_LINE_RE.match(nxt)
                and len(nxt) < 200
                and (parts[-1].text.endswith(("-", ",")) or re.search(r"\b(?:VAN|EN|DE|VOOR|HET|DER|OVER|INZAKE|TOT|OP)$", parts[-1].text) or len(nxt) < 40)
            ):
                parts.append(lines[i + 1])
                i += 1
            else:
                break
        return i

    def _set_heading(self, parts: list[_Line]) -> None:
        heading = _dehyphenate([p.text for p in parts])
        start, end = parts[0].start, parts[-1].end
        nr = re.search(r"\s+N\s?[ro]\.?\s*(?P<nr>\d{1,4}[a-z]?)\s*$", heading)
        if nr:
            if self.fields["ondernummer"] is None:
                offset = self.text.find(nr.group("nr"), start, end)
                self._set_ondernummer(offset, nr.group("nr"))
            heading = heading[: nr.start()]
            end = self.text.rfind(nr.group(0).strip()[:2], start, end) if len(parts) == 1 else end
        received = _RECEIVED_DATE_RE.search(heading)
        if received:
            in_text = _RECEIVED_DATE_RE.search(self.text, start, end)
            if self.fields["date"] is None and in_text:
                self._set_received_date(0, in_text)
            heading = heading[: received.start()].strip()
        trailing_date = re.search(r"\s+" + _DATE + r"\.?$", heading)
        if trailing_date:  # "GEWIJZIGD ONTWERP VAN WET 23 juni 1980"
            iso = parse_date(trailing_date.group("day"), trailing_date.group("month"), trailing_date.group("year"))
            if iso:
                if self.fields["date"] is None:
                    self.fields["date"] = iso
                    if len(parts) == 1:
                        self._mark(start + trailing_date.start("day"), start + trailing_date.end("year"), "date")
                heading = heading[: trailing_date.start()]
        heading = _upper_prefix(heading)
        if len(parts) == 1:
            end = start + len(heading)
        heading = heading.strip(" .,")
        self.fields["heading"] = heading
        self._mark(start, end, "heading")
        # "BRIEF VAN DEN MINISTER VAN X, BETREFFENDE ..." / ", MEDE NAMENS ...": the sender is X.
        sender_part = re.split(r",?\s+(?:BETREFFENDE|MEDE\s+NAMENS|INZAKE|HOUDENDE|TEN\s+GELEIDE|NAAR\s+AANLEIDING)\b",
                               heading, maxsplit=1)[0]
        offices = parse_offices(sender_part) if doc_type_of(heading) == "brief" else []
        if offices:
            self.fields["sender"] = offices[0]
            if len(offices) > 1:
                self.fields["co_senders"] = offices[1:]

    def _is_footnote_line(self, text: str, seen_nr: bool) -> bool:
        if "Samenstelling" in text[:20]:
            return True
        return bool(_FOOTNOTE_LINE_RE.match(text)) and not _DOSSIER_LINE_RE.match(text) and (
            seen_nr or self.fields["vergaderjaar"] is not None
        ) and len(text) > 25 and not _NR_LINE_RE.match(text)

    def _add_footnote(self, start: int, end: int) -> None:
        self.footnotes.append((start, end))
        self._mark(start, end, FOOTNOTE_LABEL)

    def _read_place_date(self, line: _Line) -> bool:
        # The place may have lost its apostrophe to the line above ("'\ns-Gravenhage").
        begin = line.start - 2 if self.text[max(0, line.start - 2) : line.start] == "'\n" else line.start
        match = _PLACE_DATE_RE.match(self.text, begin, min(len(self.text), line.end))
        if not match:
            return False
        iso = parse_date(match.group("day"), match.group("month"), match.group("year"))
        if iso is None:
            return False
        self._set_place_and_date(_place(match.group("place")), iso, match)
        self._date_end = match.end() - line.start
        return True

    def _set_place_and_date(self, place: str, iso: str, match: re.Match[str], offset: int = 0) -> None:
        """Both fields, marked where ``match`` (at ``offset`` in the text) found them."""
        self.fields["place"] = place
        self.fields["date"] = iso
        self._mark(offset + match.start("place"), offset + match.end("place"), "place")
        self._mark(offset + match.start("day"), offset + match.end("year"), "date")

    def _read_received_date(self, start: int, end: int) -> None:
        match = _RECEIVED_DATE_RE.search(self.text, start, min(len(self.text), end + 200))
        if match:
            self._set_received_date(0, match)

    def _set_received_date(self, offset: int, match: re.Match[str]) -> None:
        """``Ontvangen 31 oktober 1994``, ``Voorgesteld 11 Februari 1953``: the document's date."""
        iso = parse_date(match.group("day"), match.group("month"), match.group("year"))
        if iso:
            self.fields["date"] = iso
            self._mark(offset + match.start("day"), offset + match.end("year"), "date")

    def _read_webpage_subject(self, anchor: int) -> None:
        """On a web page the document's own title stands above ``Nummer: 2022D05920``."""
        before = self.text[:anchor]
        if not _WEBPAGE_NUMBER_RE.search(before):
            return
        for line in _lines(self.text, 0, anchor):
            if not line.text.startswith("[") and not line.text.startswith("Nummer:"):
                self.fields["subject"] = line.text
                self._mark(line.start, line.end, "subject")
                return

    # -- the Bijlagen of 1814-1949 ------------------------------------------------------
    def _find_prewar_heading(self) -> tuple[_Line, _Line | None] | None:
        """The chamber line that opens an old Bijlage, and the upper-case heading below it if any."""
        lines = _lines(self.text, 0, min(len(self.text), 2000))[:14]
        chamber = next((i for i, line in enumerate(lines) if _PREWAR_CHAMBER_RE.match(line.text)), None)
        if chamber is None:
            return None
        for line in lines[chamber + 1:]:
            if line.text.upper().startswith("AANHANGSEL"):
                break  # questions and answers: no heading of their own
            number = _PREWAR_NUMBER_RE.match(line.text) or re.match(r"^\(?\d{1,4}[.,]?\)?\s+", line.text)
            rest = line.text[number.end():] if number else line.text
            heading = _HEADING_RE.match(rest)
            # "ONTWERP VAN WET houdende ...", not "VRAGEN van den heer ...": two upper-case words at least
            upper_words = len(list(takewhile(_is_upper, rest.split())))
            if heading and (_is_upper(rest[:30]) or upper_words >= 2):
                offset = len(line.text) - len(rest)
                return lines[chamber], _Line(line.start + offset, line.end, rest)
        return lines[chamber], None

    def _read_prewar_header(self, chamber_line: _Line, heading_line: _Line | None) -> None:
        """Chamber, number and title, heading, addressee, place and date of an old Bijlage."""
        self._prewar = True
        house = _PREWAR_CHAMBER_RE.match(chamber_line.text).group("house")
        self.fields["chamber"] = f"{'Eerste' if house == 'Eerste' else 'Tweede'} Kamer der Staten-Generaal"
        self._mark(chamber_line.start, chamber_line.start + len(house) + 6, "chamber")
        if heading_line is None:  # a continuation page: the chamber is all its header says plainly
            return
        self._read_prewar_number(chamber_line, heading_line)
        lines = [heading_line] + _lines(self.text, heading_line.end, self.body_end)[:11]
        inline = _PREWAR_ADDRESSEE_RE.search(heading_line.text)
        if inline:  # "BRIEF VAN DEN MINISTER ... Aan den Heer Voorzitter ..." on one line
            start = heading_line.start
            lines[0] = _Line(start, start + inline.start(), heading_line.text[: inline.start()].rstrip())
            lines.insert(1, _Line(start + inline.start(), heading_line.end, inline.group("text")))
            last = 0
        else:
            last = self._extend_heading(lines, 0, [lines[0]])
        self._set_heading(lines[: last + 1])
        header_end = lines[last].end
        addressee: list[_Line] = []
        for line in lines[last + 1 : last + 8]:
            place_date = _PREWAR_PLACE_DATE_RE.search(line.text)
            before = line.text[: place_date.start()].strip() if place_date else line.text
            if not place_date and _PREWAR_PLACE_START_RE.match(line.text):
                header_end = line.end  # a place and date that OCR broke ("'s-Gravenhage, 14 Mvi lï»52")
                break
            if before and (addressee or _PREWAR_ADDRESSEE_RE.match(line.text)):
                if addressee and not place_date and (len(line.text) > 80 or addressee[-1].text.endswith(".")):
                    break
                addressee.append(_Line(line.start, line.start + len(before), before))
            elif before:
                break
            header_end = line.end
            if place_date and self._set_prewar_place_date(line.start, place_date):
                after = line.text[place_date.end():]
                header_end = line.end if not after.strip(" .,") else line.start + place_date.end()
                break
        if addressee:
            self.fields["addressee"] = _dehyphenate([part.text for part in addressee]).rstrip(".,")
            self._mark(addressee[0].start, addressee[-1].end, "addressee")
        if self.fields["date"] is None:  # a motie's "Voorgesteld 21 December 1921."
            self._read_received_date(heading_line.start, header_end)
        self.body_start = header_end

    def _read_prewar_number(self, chamber_line: _Line, heading_line: _Line) -> None:
        """``852 1`` just above the heading (or before it on its line) is the kamerstuk 852, nr. 1; the
        mixed-case lines between the chamber and that number are its title."""
        before = [line for line in _lines(self.text, chamber_line.end, heading_line.start) if len(line.text) > 2]
        number_line = before[-1] if before else None
        number = _PREWAR_NUMBER_RE.match(number_line.text) if number_line else None
        number_start = number_line.start if number_line else 0
        if number is None or number.end() < len(number_line.text.rstrip()):
            number_start = self.text.rfind("\n", 0, heading_line.start) + 1
            number = _PREWAR_NUMBER_RE.match(self.text[number_start : heading_line.start])
            if number is None:
                return
            number_line = None
        title = [line for line in (before[:-1] if number_line else before)
                 if not _is_upper(line.text) and sum(c.isalpha() for c in line.text) >= 10]
        text = re.sub(r"(?<!enz)\.$", "", _dehyphenate([line.text for line in title])) if title else None
        self.fields["dossiers"] = [{"number": number.group("num"), "title": text}]
        self._mark(number_start + number.start("num"), number_start + number.end("num"), "dossiers")
        if title:
            self._mark(title[0].start, title[-1].end, "dossiers")
        self._set_ondernummer(number_start + number.start("nr"), number.group("nr"))

    def _set_prewar_place_date(self, offset: int, match: re.Match[str]) -> bool:
        iso = parse_date(match.group("day"), match.group("month"), match.group("year"))
        place = match.group("place")
        if iso is None or ("graven" not in place.lower() and _place(place) not in known_places()):
            return False  # "Voorgesteld 21 December 1921" is a date without a place
        self._set_place_and_date("'s-Gravenhage" if "graven" in place.lower() else _place(place), iso, match, offset)
        return True

    # -- the letter layout (PDF of a ministry's letter) ----------------------------
    def _read_letter_header(self) -> None:
        text = self.text[: self.body_end]
        window = text[:3000]
        date_match = _LETTER_DATE_RE.search(window)
        if not date_match:
            return
        iso = parse_date(date_match.group("day"), date_match.group("month"), date_match.group("year"))
        if iso:
            self.fields["date"] = iso
            self._mark(date_match.start("day"), date_match.end("year"), "date")
        header_end = date_match.end()
        for line in _lines(text, 0, date_match.start()):
            addressee = _LETTER_ADDRESSEE_RE.match(line.text)
            if addressee:
                parts = [line]
                for nxt in _lines(text, line.end, date_match.start())[:2]:
                    if nxt.text.lower().startswith("der staten"):
                        parts.append(nxt)
                self.fields["addressee"] = " ".join(p.text for p in parts)
                self._mark(parts[0].start, parts[-1].end, "addressee")
                break
        betreft = _BETREFT_RE.search(window)
        if betreft:
            self.fields["subject"] = re.sub(r"\s+", " ", betreft.group("text")).strip()
            self._mark(betreft.start("text"), betreft.end("text"), "subject")
            header_end = max(header_end, betreft.end("text"))
        kenmerk = _KENMERK_RE.search(text)
        if kenmerk:
            self.fields["reference_number"] = kenmerk.group("text").strip()
            self._mark(kenmerk.start("text"), kenmerk.end("text"), "reference_number")
        greeting = re.search(r"(?m)^[ \t]*Geachte[^\n]*\n", text[header_end:])
        self.body_start = header_end + greeting.end() if greeting else header_end

    # -- after the body -------------------------------------------------------------
    def _read_trailing_footnotes(self) -> None:
        """Footnotes printed after the body (``X Noot`` blocks, ``1. ... ↩︎`` lines)."""
        noot = _NOOT_BLOCK_RE.search(self.text)
        if noot:
            self.body_end = noot.start()
            for block in re.finditer(r"(?ms)^X Noot[ \t]*\n\s*\d+\s*\n(?P<text>.*?)(?=^X Noot|\Z)", self.text):
                self._add_footnote(block.start("text"), block.start("text") + len(block.group("text").rstrip()))
            return
        arrows = list(_ARROW_FOOTNOTE_RE.finditer(self.text))
        if arrows:
            self.body_end = arrows[0].start()
            for match in arrows:
                self._add_footnote(match.start(), match.end())

    def _read_signature(self) -> None:
        tail_start = max(self.body_start, self.body_end - 3000)
        matches = list(_SIGNATURE_RE.finditer(self.text, tail_start, self.body_end))
        if not matches and self._prewar:
            matches = [match for match in _PREWAR_SIGNATURE_RE.finditer(self.text, tail_start, self.body_end)
                       if _could_be_a_name(match.group("name"))]
        if not matches:
            return
        # Signatures stand together at the end: keep the last run of them.
        signatories = []
        first = matches[0].start()
        for match in matches:
            # "Minister van Staat" is a title of honour; the office follows it.
            office = parse_offices(re.sub(r"van\s+Staat,\s+Minister\s+", "", re.sub(r"\s+", " ", match.group("office"))))
            if not office:
                continue
            signatory = {**office[0], "name": re.sub(r"\s+", " ", match.group("name"))}
            if signatory not in signatories:  # a file of several stukken signed by the same minister
                signatories.append(signatory)
            self._mark(match.start(), match.end(), "signatories")
        if signatories:
            self.fields["signatories"] = signatories
            self.body_end = min(self.body_end, first)
            closing = re.search(r"(?m)^[ \t]*Hoogachtend,?[ \t]*\n?\Z", self.text[self.body_start : first])
            if closing:
                self.body_end = self.body_start + closing.start()

    def _read_co_senders(self) -> None:
        match = None
        for candidate in _MEDE_NAMENS_RE.finditer(self.text, self.body_start, self.body_end):
            match = candidate
        if match and self.body_end - match.end() < 400:
            self.body_end = min(self.body_end, match.start())
        else:
            first_paragraph_end = self.text.find("\n\n", self.body_start + 1)
            limit = min(self.body_end, self.body_start + 900 if first_paragraph_end < 0 else max(first_paragraph_end, self.body_start + 900))
            match = _MEDE_NAMENS_INLINE_RE.search(self.text, self.body_start, limit)
        if not match:
            return
        offices = parse_offices(match.group())
        if offices:
            known = self.fields["co_senders"] or []
            self.fields["co_senders"] = known + [o for o in offices if o not in known]
            self._mark(match.start(), match.end(), "co_senders")

    def _read_sender_fallback(self) -> None:
        """A letter without a heading is sent by its first signatory."""
        if self.fields["sender"] is None and self.fields["heading"] is None and self.fields["signatories"]:
            first = self.fields["signatories"][0]
            self.fields["sender"] = {"role": first["role"], "portfolio": first["portfolio"]}

    def _doc_type(self) -> str | None:
        if self.fields["heading"]:
            return doc_type_of(self.fields["heading"])
        if self.fields["subject"] and self.fields["date"] and self.fields["addressee"]:
            return "brief"
        if self.fields["ondernummer"] or self.fields["dossiers"]:
            return "other"
        return None


def parse_header(text: str) -> Header:
    """Read the header of one kamerstuk, with the offsets of every field."""
    return _HeaderReader(text).read()
