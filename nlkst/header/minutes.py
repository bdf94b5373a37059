"""Pages of the minutes of a sitting (the Handelingen proper, 1814-1995): ``VERGADERING VAN DINSDAG 17
MAART 1964``, ``ZITTING VAN MAANDAG 22 NOVEMBER 1886``, ``ZITTING VAN DEN 8STEN MAART.``, under a running
head (``18de ZITTING. -22 NOVEMBER 1886.``, ``Eerste Kamer.``) and over the list of who attended.

Such a page is no kamerstuk: it has a chamber, a session, doc_type ``other``, the sitting's heading and its
date, and no dossier, number, sender or signature (the conventions of ``corpora/fresh-2026-12-03b``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .headings import doc_type_of, set_heading, stuk_heading_openings
from .lines import Line, is_upper, split_lines
from .prewar import read_place_date_before
from .state import Reading
from .values import parse_date

_DAY = r"(?P<day>[0-3]?[0-9lIO])(?:STE|STEN|DE|DEN|ste|sten|de|den)?"
_WEEKDAY = r"(?:[A-ZÜ]{3,8}DAG|[A-Z][a-z]{2,7}dag)"
# The sitting's own heading: "VERGADERING VAN WOENSDAG 18 DECEMBER 1929.", "ZITTING VAN 2 JANUARIJ 1832.",
# "ZITTING VAN DEN 8STEN MAART.", "Vergadering van Dinsdag 12 maart 1985".
_SITTING_RE = re.compile(
    r"^(?P<heading>(?:(?:ZITTING|VERGADERING)\s+VAN\s+(?:DEN\s+)?(?:" + _WEEKDAY + r"\s+)?"
    r"|(?:Zitting|Vergadering)\s+van\s+" + _WEEKDAY + r"\s+)"
    + _DAY + r"\s+(?P<month>[A-Za-zÜü]{3,11})(?:\s+(?P<year>1[89]\d\d))?)\b"
)
# The running head alone, where the page prints no heading of its own: "5de VERGADERING — 30 SEPTEMBER 1948".
_RUNNING_RE = re.compile(
    r"^(?P<heading>\d{1,3}\S{0,4}\s*(?:ZITTING|VERGADERING)\.?\s*[-—–]+\s*"
    + _DAY + r"\s+(?P<month>[A-Za-zÜü]{3,11})\.?(?:\s+(?P<year>1[89]\d\d))?)\.?\s*$"
)
# The chamber in the running head, also as OCR read it: "Eerste kamer.", "Tweede kamer" (a small k), "Fweede Kamer.",
# "11 rwccde Kamer." (a stray mark before it; sgd-0000418309, sgd-0000427122, sgd-0000382056, sgd-0000439692).
_CHAMBER_RE = re.compile(
    r"(?:^\[?|\b)(?P<house>EERSTE|TWEEDE)\s+KAMER\b"
    r"|^\[?(?:\S{1,3}\s)?(?P<house2>Eerste|Tweede|[TFr]w\S{2}de)\s+[Kk]am\w{1,2}\b"
)
_IN_LINE_CHAMBER_RE = re.compile(r"\[(?P<house>Eerste|Tweede)\s+Kamer\.?\]")
# The session at the page's foot: "Handelingen der Staten-Generaal. — 1905—1906. — I.", "Bijblad van de
# Nederlandsche Staats-Courant — 1872—1873. II", "Zitting 1965-1966".
_FOOT_RE = re.compile(
    r"(?:Staten-Generaa\S|Staat\S{0,2}-Co\S*|Zitting)\.{0,2}\s*[-—–]*\s*(?P<y1>1[89]\d\d)\s*[-—–]\s*(?P<y2>1[89]\d\d)"
    r"(?:\.?\s*[-—–]?\s*(?P<roman>I{1,2})\b)?",
    re.IGNORECASE,
)
# 1950-1995: the column's foot, flattened into the page: "Deel II Zitting 1955—1956", "Zitting 1965-1966",
# "Handelingen der Staten-Generaal — Zitting 1949—1950 — I".
_COLUMN_FOOT_RE = re.compile(
    r"(?m)^(?:Deel\s+I{1,3}\s+|Handelingen\s+der\s+Staten-Generaal\s*[-—–]\s*)?Zitting\s+(?P<y1>1[89]\d\d)\s*[-—–]\s*"
    r"(?P<y2>1[89]\d\d)(?:\s*[-—–]\s*(?P<roman>I{1,2}))?\s*$"
)
_LAST_LINE_CHAMBER_RE = re.compile(r"(?:\n|\s)(?P<house>TWEEDE|EERSTE)\s+KAMER[ \t]*\Z")
_HEAD_LINES = 12


def find(text: str) -> tuple[Line, re.Match[str]] | None:
    """The sitting's heading among the page's first lines, or its running head where it has none."""
    lines = split_lines(text, 0, min(len(text), 2500), limit=_HEAD_LINES)
    for pattern in (_SITTING_RE, _RUNNING_RE):
        for line in lines:
            match = pattern.match(line.text)
            if match and len(line.text) <= 120 and _date(r=None, match=match) is not None:
                return line, match
    return None


def stuk_on_the_page(text: str, line: Line) -> Line | None:
    """Under the sitting's running head alone (``16de ZITTING. — 15 JANUARIJ.``, no sitting's heading of its own),
    the first line that opens with a stuk's heading in capitals (``MEMORIE VAN ANTWOORD op het Eindverslag ...``,
    ``EINDVERSLAG DER COMMISSIE VAN RAPPORTEURS over ...``): the Handelingen of 1815-1910 print stukken between the
    sittings' minutes (20 SGD pages, most of them the Eerste Kamer's). Such a page's header is the first stuk that
    starts on it, as a Bijlagen page's (``corpora/fresh-2026-12-05c``, sgd-0000405121)."""
    if not _RUNNING_RE.match(line.text):
        return None
    for below in split_lines(text, line.end):
        if _stuk_heading_re().match(below.text) and is_upper(below.text[:20]):
            return below
    return None


@lru_cache(maxsize=1)
def _stuk_heading_re() -> re.Pattern[str]:
    return re.compile(stuk_heading_openings() + r"\b")  # the headings in capitals: case-sensitive


def read_stuk(r: Reading, running: Line, heading: Line) -> None:
    """Chamber and session from the minutes page's head and foot; heading and doc_type from the stuk that starts
    on it, its body up to the next stuk's heading (where its signature, place and date are read); no sitting's
    date (the stuk has its own)."""
    r.layout = "prewar"
    lines = split_lines(r.text, 0, min(len(r.text), 2500), limit=_HEAD_LINES)
    _read_chamber(r, lines, running)
    _read_session(r)
    set_heading(r, [heading], runs_on=True)
    r.body_start = heading.end
    following = next((line for line in split_lines(r.text, heading.end)
                      if _stuk_heading_re().match(line.text) and is_upper(line.text[:20])), None)
    if following is not None:
        r.stuk_end = following.start
    # a verslag ends with its adoption ("Aldus vastgesteld ... den 15den Januarij 1879." and the rapporteurs'
    # names): what is signed after it is another stuk's
    adopted = _ADOPTED_LINE_RE.search(r.text, heading.end, r.stuk_end or len(r.text))
    if adopted is not None and doc_type_of(r.fields["heading"]) == "verslag":
        r.stuk_end = adopted.end()


_ADOPTED_LINE_RE = re.compile(r"(?m)^[ \t]*Aldus\s+vastgesteld\b[^\n]*$")


def read_stuk_place_and_date(r: Reading) -> None:
    """The place and date over the signing office (``'s Gravenhage, den 14den Januarij 1879.`` / ``De Minister van
    Marine,`` / name) of the stuk a minutes page prints, where nothing dated it."""
    office = next((start for start, _, label in r.spans if label == "signatories"), None)
    if office is not None and r.fields["date"] is None and office > 0:
        read_place_date_before(r, office - 1)


def opens_a_passage(text: str, line: Line) -> bool:
    """A sitting's own heading (``VERGADERING VAN MAANDAG 29 DECEMBER 1823.``) on the text's first line, with no
    page number or running head above it: a passage cut from the minutes at the sitting's start (fragment
    sgd-0000452671 of ``corpora/fresh-2026-12-03b``). A page prints its number or running head above the
    heading; no SGD document opens with it."""
    return not text[: line.start].strip() and _SITTING_RE.match(line.text) is not None


def _date(r: Reading | None, match: re.Match[str]) -> str | None:
    """The sitting's date; a heading without its year takes it from the session (September to December: the
    first year, else the second)."""
    year = match.group("year")
    if year is None:
        session = r.fields["vergaderjaar"] if r is not None else "1800-1801"
        if session is None:
            return None
        month = parse_date("1", match.group("month"), "1900")
        if month is None:
            return None
        year = session[:4] if int(month[5:7]) >= 8 else session[5:]
    return parse_date(match.group("day"), match.group("month"), year)


def read_sitting_date(r: Reading, line: Line, match: re.Match[str]) -> None:
    """The date of the sitting whose minutes a stuk prints (the afdelingen's ``ZITTING VAN 8 APRIL 1829.`` under
    ``6. PROCESSEN-VERBAAL VAN DE BERAADSLAGINGEN DER AFDEELINGEN``), where no date was read."""
    iso = _date(r, match) if r.fields["date"] is None else None
    if iso:
        r.fields["date"] = iso
        r.mark(line.start + match.start("day"), line.start + match.end("heading"), "date")


def read(r: Reading, line: Line, match: re.Match[str]) -> None:
    r.layout = "minutes"
    lines = split_lines(r.text, 0, min(len(r.text), 2500), limit=_HEAD_LINES)
    _read_chamber(r, lines, line)
    _read_session(r)
    heading = match.group("heading").rstrip(" .")
    r.fields["heading"] = heading
    r.mark(line.start, line.start + len(heading), "heading")
    r.fields["doc_type"] = "other"
    iso = _date(r, match)
    if iso:
        r.fields["date"] = iso
        r.mark(line.start + match.start("day"), line.start + match.end("heading"), "date")
    r.body_start = line.end


def _read_chamber(r: Reading, lines: list[Line], sitting: Line) -> None:
    for index, line in enumerate(lines):
        house = None
        found = _CHAMBER_RE.search(line.text) or _IN_LINE_CHAMBER_RE.search(line.text)
        if found and len(line.text) <= 60 or (found and line is sitting):
            house = found.groupdict().get("house") or found.groupdict().get("house2")
            house = "Eerste" if house.lower() == "eerste" else "Tweede"
        elif line.text in {"Eerste", "Tweede"} and index + 1 < len(lines) and lines[index + 1].text.startswith("Kam"):
            house = line.text  # "Tweede" / "Kamer" over two lines
        if house:
            r.fields["chamber"] = f"{house.capitalize()} Kamer der Staten-Generaal"
            r.mark(line.start, line.start + len(line.text), "chamber")
            return


def _read_session(r: Reading) -> None:
    """The session from the page's foot (its last 300 characters), and the chamber where the foot gives it
    (``— I.``: Eerste Kamer, ``II``: Tweede) and the head did not."""
    start = max(0, len(r.text) - 300)
    feet = [m for m in _FOOT_RE.finditer(r.text, start) if int(m.group("y2")) == int(m.group("y1")) + 1]
    if not feet:  # 1950-1995: the column's foot, flattened into the page ("Deel II Zitting 1955—1956")
        feet = [m for m in _COLUMN_FOOT_RE.finditer(r.text) if int(m.group("y2")) == int(m.group("y1")) + 1][:1]
    if feet:
        foot = feet[-1]
        r.fields["vergaderjaar"] = f"{foot.group('y1')}-{foot.group('y2')}"
        r.mark(foot.start("y1"), foot.end("y2"), "vergaderjaar")
    if r.fields["chamber"] is not None:
        return
    house = {"I": "Eerste", "II": "Tweede"}.get(feet[-1].group("roman") or "") if feet else None
    last = _LAST_LINE_CHAMBER_RE.search(r.text)
    if house is None and last:  # "TWEEDE KAMER" alone on the page's last line
        house = last.group("house").capitalize()
    if house:
        r.fields["chamber"] = f"{house} Kamer der Staten-Generaal"


# 1975-1995 a sitting's page opens with its number ("78ste vergadering", "13de" / "vergadering", "15de Vergadering"),
# the day on the next line ("Donderdag 16 juni 1994") and its running foot names chamber and day ("Tweede Kamer 16
# november 1981", "Tweede Kamer" / "Regeling van werkzaamheden" / "23 oktober 1990 TK 13").
_NUMBERED_RE = re.compile(r"^(?P<heading>\d{1,3}\s?(?:ste|de|e)\s*\n?\s*[Vv]ergadering)\b")
_DAY_LINE_RE = re.compile(
    r"^(?:Maan|Dins|Woens|Donder|Vrij|Zater|Zon)dag\s+(?P<day>[0-3]?\d)\s*(?P<month>[a-z]{3,9})\s+(?P<year>19\d\d)\b")
_MODERN_FOOT_RE = re.compile(
    r"(?P<house>Tweede|Eerste)\s+Kamer[ \t]+(?P<day>[0-3]?\d)\s+(?P<month>[a-z]{3,9})\s+(?P<year>19\d\d)\b"
    r"|(?P<day2>[0-3]?\d)\s+(?P<month2>[a-z]{3,9})\s+(?P<year2>19\d\d)\s+(?P<code>TK|EK)\s?\d")


# The joint sitting of both chambers that closes a session (1920s), its heading set one or two words a line:
# "VEREENIGDE VERGADERING VAN DE BEIDE KAMERS TOT" / "SLUITING" / ... / "ZITTING" / "1923" / "1924" / "DER" /
# "STATEN-" / "GENERAAL" / "OP ZATERDAG" / "DEN" / "13DEN SEPTEMBER 1924" (OCR's "14DKN": the day's suffix garbled).
_JOINT_RE = re.compile(
    r"^(?P<heading>VEREENIGDE\s+VERGADERING\s+VAN\s+DE\s+BEIDE\s+KAMERS\b[^a-z]{0,120}?"
    r"\bZITTING\s+(?P<y1>1[89]\d\d)\s*[-—–]?\s*(?P<y2>1[89]\d\d)\b[^a-z]{0,80}?\bOP\s+" + _WEEKDAY + r"\s+DEN\s+"
    r"(?P<day>[0-3]?\d)[A-Z]{0,3}\s+(?P<month>[A-Z]{3,9})\s+(?P<year>1[89]\d\d))\b"
)


def find_joint(text: str) -> re.Match[str] | None:
    """The heading of a joint sitting of both chambers that opens the page (2 SGD pages, 1924 and 1929)."""
    match = _JOINT_RE.match(text.lstrip())
    return match if match and int(match.group("y2")) == int(match.group("y1")) + 1 else None


def read_joint(r: Reading, match: re.Match[str]) -> None:
    """A joint sitting's page is no kamerstuk and no chamber's: the session its heading names, the heading joined
    from its lines (``STATEN-`` / ``GENERAAL`` joined at the hyphen), its date, doc_type ``other``, no chamber (as
    the joint Staten-Generaal stukken of the golds; ``corpora/fresh-2026-12-06c``, sgd-0000303226). The session's
    years are no dossier numbers."""
    r.layout = "minutes"
    offset = len(r.text) - len(r.text.lstrip())
    heading = re.sub(r"-\s*\n\s*", "-", match.group("heading"))
    r.fields["heading"] = " ".join(heading.split())
    r.mark(offset, offset + match.end("heading"), "heading")
    r.fields["doc_type"] = "other"
    r.fields["vergaderjaar"] = f"{match.group('y1')}-{match.group('y2')}"
    r.mark(offset + match.start("y1"), offset + match.end("y2"), "vergaderjaar")
    iso = parse_date(match.group("day"), match.group("month"), match.group("year"))
    if iso:
        r.fields["date"] = iso
        r.mark(offset + match.start("day"), offset + match.end("year"), "date")
    r.body_start = offset + match.end()


def find_numbered(text: str) -> re.Match[str] | None:
    """The sitting's number that opens a page of the minutes of 1975-1995, with its day under it or in the foot."""
    match = _NUMBERED_RE.match(text.lstrip())
    if match is None:
        return None
    rest = text[len(text) - len(text.lstrip()) + match.end():]
    lines = split_lines(rest, 0, min(len(rest), 300), limit=2)
    if any(_DAY_LINE_RE.match(line.text) for line in lines) or _MODERN_FOOT_RE.search(text):
        return match
    return None


def read_numbered(r: Reading, match: re.Match[str]) -> None:
    """Heading (the sitting's number as printed), day and chamber of such a page; doc_type ``other``."""
    r.layout = "minutes"
    offset = len(r.text) - len(r.text.lstrip())
    r.fields["heading"] = " ".join(match.group("heading").split())
    r.fields["doc_type"] = "other"
    r.mark(offset, offset + match.end("heading"), "heading")
    after = offset + match.end()
    for line in split_lines(r.text, after, min(len(r.text), after + 300), limit=2):
        day = _DAY_LINE_RE.match(line.text)
        iso = parse_date(day.group("day"), day.group("month"), day.group("year")) if day else None
        if iso:
            r.fields["date"] = iso
            r.mark(line.start + day.start("day"), line.start + day.end("year"), "date")
            break
    feet = list(_MODERN_FOOT_RE.finditer(r.text))
    foot = feet[-1] if feet else None
    if foot is not None and r.fields["date"] is None:
        parts = ("day", "month", "year") if foot.group("day") else ("day2", "month2", "year2")
        iso = parse_date(*(foot.group(p) for p in parts))
        if iso:
            r.fields["date"] = iso
            r.mark(foot.start(parts[0]), foot.end(parts[2]), "date")
    house = foot.group("house") if foot is not None and foot.group("house") else None
    if house is None and foot is not None:
        house = {"TK": "Tweede", "EK": "Eerste"}[foot.group("code")]
    if house:
        r.fields["chamber"] = f"{house} Kamer der Staten-Generaal"
    r.body_start = after
