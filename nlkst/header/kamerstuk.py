"""The kamerstuk header of the publication (and the web page, and OCR of the printed stukken 1950-1995):
``Tweede Kamer der Staten-Generaal`` / ``Vergaderjaar 2019-2020`` / ``31 490 Vernieuwing van de rijksdienst``
/ ``Nr. 271`` / ``BRIEF VAN DE MINISTER ...`` / ``Aan de Voorzitter ...`` / ``Den Haag, 14 februari 2020``;
also ``ZITTING 1961—1962 — 6657``, ``Vergaderjaar 1994-1995 Nr. 22a`` and ``23 9OO VII``."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from itertools import takewhile
from typing import Any

from .headings import (
    DOSSIER_LINE_RE,
    DOSSIER_RE,
    NR_LINE_RE,
    RUN_ON_RE,
    extend_heading,
    is_heading,
    run_on,
    set_heading,
    without_list_lead,
)
from .lines import Line, dehyphenate, is_upper, keeps_hyphen, split_lines
from .state import Reading
from .. import resources
from .values import DATE, RECEIVED_DATE_RE, known_places, parse_date, place, printed_place

CHAMBER_RE = re.compile(
    r"(?P<house>Tweede|Eerste)[ \t]+Kamer[ \t]+der[ \t]+S[tl] ?a[tl]en[ \t-]*Generaa\S", re.IGNORECASE
)
# "Zitting" as OCR left it over the SGD pool (one page each): "Ziiting", "Zittiig", "Zittmg", "Zittinq", "ZITTJNG",
# "Z1TTJNG", "ZITTINC", "Zlttin.": the letters of each place by the OCR's confusions (i/l/1/j, t/i, n/m/i, g/q/c).
VERGADERJAAR_RE = re.compile(
    # (?=[v^\\ez]): the first letters of its forms, a lookahead that spares the scan trying each form at every offset
    r"(?=[v^\\ez])(?:(?:V|\^/|\\/)?ergaderjaar|Z[il1!|][ti]{2}[ilj1!|]?[nmi][gqc]|Zlttin\.?|Zitting:)\s*(?P<y1>1[89]\d\d|20\d\d)(?:(?:\s*[-—–]\s*|[ \t]+)(?P<y2>1[89]\d\d|20\d\d))?"
    r"(?:\s*[-—–]\s*(?P<rest>.*))?",
    re.IGNORECASE,
)
_PLACE_DATE_RE = re.compile(
    r"(?m)^[ \t]*(?P<place>'?\s*\n?\s*s\s*-\s*[GC]raven\s*hag\w|['’]s-[GC]r\w{8}(?=[ \t]*,)|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)"
    r"[ \t]*[,.]?[ \t]*" + DATE
)
_TABLE_YEARS_RE = re.compile(r"^(?P<y1>(?:19|20)\d\d)-(?P<y2>(?:19|20)\d\d)")
_NR_RE = re.compile(r"\bN\s?[roRO]s?\s?[.,]?\s*(?P<nr>\d{1,4}\s?[a-z]?)(?![\w])")
# The chapter's numeral as OCR may print it: "II" read as one "M" ("Hoofdstuk VIM Ministerie van Onderwijs en
# Wetenschappen" of 1979-1988 for VIII: 4 SGD pool documents); no budget chapter is numbered with an M.
# In capitals OCR reads II as U (``HOOFDSTUK VUB`` for VIIB, ``HOOFDSTUK UI`` for III: 3 SGD pool pages).
_HOOFDSTUK_RE = re.compile(
    r"^Hoofdstuk\s+(?P<roman>[IVXLC]{1,6}|[IVX]{1,3}M|(?-i:[IVXU]{0,3}U[IVXU]{0,3}))\s?(?P<part>[A-C])?\b", re.IGNORECASE
)
_ADDRESSEE_RE = re.compile(r"^\s*(?P<text>Aan\s+(?:de|het|Hare|Zijne|den)\b.*?)\s*$")
# An addressee printed without its "Aan" under the heading (1950-1980): "De heer Voorzitter van de Tweede Kamer der
# Staten-Generaal", "Den Heer Voorzitter van de Eerste Kamer ..."; the chamber named, so no body sentence.
_BARE_ADDRESSEE_RE = re.compile(
    r"^\s*(?P<text>Den?\s+[Hh]eer\s+Voorzitter\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer\b[^.]*?)[\s.,]*$"
)
# The word after "Aan" and its article: a lower-case word that names no person or body (nor is its OCR) makes the
# line a body sentence ("Aan het amendement ... wordt toegevoegd:", "Aan de hand van ..."), no addressee.
_ADDRESSEE_HEAD_RE = re.compile(r"^\s*Aan\s+(?:de|het|den|Hare|Zijne)\s+(?P<head>[^\s,.;:]+)")


@lru_cache(maxsize=1)
def _addressee_heads() -> frozenset[str]:
    return frozenset(resources.lines("addressee_heads.txt"))


def _is_body_sentence(text: str) -> bool:
    """Whether a line opening with "Aan" + article goes on with a thing, not the person or body addressed."""
    head = _ADDRESSEE_HEAD_RE.match(text)
    if head is None or not head.group("head")[:1].islower():
        return False
    word = head.group("head").lower()
    heads = _addressee_heads()
    if word in heads:
        return False
    return not difflib.get_close_matches(word, heads, n=1, cutoff=0.6)


_FOOTNOTE_LINE_RE = re.compile(r"^\s*(?:[1-9]\d?\)?|[\"'*])\s+(?=[A-Z(])")
_WEBPAGE_NUMBER_RE = re.compile(r"(?m)^Nummer: \d{4}[DZ]\d{5}")
_R_NUMBER_RE = re.compile(r"\(\s*R\s*\d*\s*\)?|\bR\s*\d+\s*\)?|^\s*\d{1,3}\s*\)")
_NUMBER_LIST_RE = re.compile(r"[\d\s,;.—–\-]*(?:\ben\b[\d\s,;.—–\-]*)*")
# A Bijlage's note of where it is printed: "(Gedrukt onder n°. 434 der Zitting 1936—1937.)".
_PRINTED_UNDER_RE = re.compile(
    r"\(?(?:De\s+(?:vroegere\s+)?stukken\s+zijn\s+)?[Gg]edrukt\s+(?:onder\s+n\S{0,3}\s*\S*\s*der|in\s+de)"
)
_EARLIER_STUKKEN_RE = re.compile(r"\(?De\s+(?:vroegere|vorige|overige)\s+stukken\s+zijn\s+gedrukt\b")
# A print footer's line (1975-1995), which ends a page's header where the header runs to the page's foot (a page
# that lists many dossiers): "Tweede Kamer, zitting 1982-1983, 17714 enz., nr. 6"; OCR splits a year ("vergaderjaar
# 1989-1 990", sgd-0000038315), as in _PRINT_FOOTER_RE.
# Its chamber and session, which the print footers below open with too.
_FOOTER_SESSION = r"(?:Tweede|Eerste)\s+Kamer,?\s*(?:zitting|vergaderjaar)\s*1\s?\d{3}\s*-\s*1\s?\d{3}"
_FOOT_LINE_RE = re.compile(_FOOTER_SESSION + ",")
# The printer's codes of the stukken 1985-1995 ("S-RW S-BB S-00", "S-INH S-IZ"), under the heading or at the foot.
_PRINT_CODES_RE = re.compile(r"(?:S-[A-Z0-9]{1,5}\s*)+")
_HEADER_WINDOW = 60  # lines: a kamerstuk header never runs longer
_HEADER_LINE_MAX = 400  # characters: a chamber or session line is short; a longer line is body text


def find_anchor(text: str) -> int | None:
    """Offset of the chamber or vergaderjaar line that opens a kamerstuk header."""
    window = text[: min(len(text), 6000)]
    chambers = (  # at the start of its line: not "Aan de Voorzitter van de Tweede Kamer ..."
        m for m in CHAMBER_RE.finditer(window)
        if not window[window.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
    )
    # not the print footer of 1975-1995 ("Tweede Kamer, zitting 1981-1982, 17028, nr. 5"): a page's foot
    years = (m for m in VERGADERJAAR_RE.finditer(window) if _is_session_line(window, m)
             and not _FOOT_LINE_RE.match(window, window.rfind("\n", 0, m.start()) + 1))
    candidates = [m.start() for m in (next(chambers, None), next(years, None)) if m]
    if not candidates:
        return None
    return text.rfind("\n", 0, min(candidates)) + 1


# Words that make a line a citation of another document rather than this stuk's own session line.
_CITATION_RE = re.compile(r"\b(?:[Kk]amerstuk(?:ken)?|Handelingen(?!\s+der\s+Staten)|Stb|Stcrt|[Zz]ie)\b")


def _is_session_line(text: str, match: re.Match[str]) -> bool:
    """Whether a vergaderjaar heads or foots the page (``Vergaderjaar 1994-1995 Nr. 22a``, ``9945, 9950
    (Tweede Kamer) Zitting 1968 — 1969``, ``Deel I Zitting 1954—1955``, ``(Gedrukt onder n°. 434 der Zitting
    1936—1937.)``) rather than being named in a sentence (``in de zitting 1974-1975, heeft ...``)."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.start())
    line_end = len(text) if line_end < 0 else line_end
    prefix = text[line_start : match.start()].strip()
    if _CITATION_RE.search(prefix):
        return False
    if re.search(r"\(\s*Tweede\s+Kamer,?$", prefix):
        return False  # "(Tweede Kamer, zitting 1959—1960)" over an Eerste Kamer stuk: the other chamber's session
    prefix = _OTHER_CHAMBER_RE.sub("", prefix).strip()  # "(Tweede Kamer, zitting 1963) Zitting 1963—1964"  # a footnote or a sentence citing another stuk: "1 Kamerstuk 21 223, nr 16, Vergaderjaar 1989-1990."
    if _PRINTED_UNDER_RE.fullmatch(prefix) and _reprinted_in_later_sessions(text, match.end()):
        return False  # "(Gedrukt onder n°. 393 der Zitting 1925—1926, „ 151 „ / 1926—1927, ... 1929—1930.)"
    if len(prefix) <= 3 or (_PRINTED_UNDER_RE.fullmatch(prefix) and line_end - line_start <= 120):
        return True
    rest = text[match.end("y2") if match.group("y2") else match.end("y1") : line_end]
    prose = re.compile(r"\b(?!(?:der|van|de|hoofdstuk|nr)\b)[a-z]{3,}")
    return line_end - line_start <= 100 and len(rest) <= 40 and not prose.search(prefix) and not prose.search(rest)


# A title's final full stop after a word (not an abbreviation's: "enz.", "B.V.", "w.o.", "c.s."): no part of the title,
# as every gold writes it (sgd-0000173483: "Naturalisatie van Aboul-Gheit, Ezz-Eldin Hamed en 22 anderen.").
# So also after a closing bracket: "... (Stb. 1947, H 420)." (sgd-0000251117; no gold title of the pool ends in ").").
_FINAL_STOP_RE = re.compile(r"(?<![.\w])(?!enz\.$)[A-Za-zà-ÿ-]*[a-zà-ÿ]{3}\.$|(?<=\))\.$")


def _reprinted_in_later_sessions(text: str, end: int) -> bool:
    """A print note that goes on, before its closing bracket, to more sessions (``(Gedrukt onder n°. 393 der Zitting
    1925—1926, „ 151 „`` / ``1926—1927, ...`` / ``1929—1930.)``, sgd-0000045350): a bill printed again in each
    session it stayed pending, listed on a later session's page; none of them is the page's own session (the page's
    foot gives that)."""
    close = text.find(")", end)
    rest = text[end : close if 0 <= close - end <= 400 else end + 400]
    return re.search(r"\b1[89]\d\d\s*[-—–]\s*1[89]\d\d\b", rest) is not None


class _Dossiers:
    """The dossiers read so far, the spans they were read from, and which still wait for a title."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self.spans: list[list[int]] = []
        self.untitled: list[int] = []
        # The Eerste Kamer's stukken 1950-1980 print the Tweede Kamer's dossier numbers over the chamber line and
        # no title: no line of the header is a title.
        self.no_titles = False

    def add(self, number: str, start: int, end: int, title: str | None = None) -> None:
        self.items.append({"number": number, "title": title})
        self.spans.append([start, end])
        if title is None:
            self.untitled.append(len(self.items) - 1)

    def add_title(self, line: Line) -> None:
        if self.untitled:
            index = self.untitled.pop(0)
            self.items[index]["title"] = line.text
        else:
            index = len(self.items) - 1
            self.items[index]["title"] = dehyphenate([self.items[index]["title"] or "", line.text])
        span = self.spans[index]
        span[0], span[1] = min(span[0], line.start), max(span[1], line.end)


def read(r: Reading, anchor: int) -> None:
    """Every header field from the anchor down to the place and date (or the first body line)."""
    r.layout = "kamerstuk"
    _read_webpage_subject(r, anchor)
    lines = split_lines(r.text, anchor, r.body_end, limit=_HEADER_WINDOW)
    dossiers = _Dossiers()
    _read_other_chamber_numbers(r, anchor, dossiers)
    pre_titles: list[Line] = []
    heading_parts: list[Line] = []
    header_end = anchor
    seen_nr = False
    session_nr = False  # the ondernummer was read from the session line ("Vergaderjaar 1993-1994 Nr. 107")
    nr_first = False
    place_date_seen = False
    in_footnote = False  # the line above was a footnote's
    titles_closed = False  # a body sentence stood under the titles
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text
        consumed = True
        # A chamber or vergaderjaar inside a body sentence (``de Memorie van Antwoord aan de Tweede Kamer der
        # Staten-Generaal ..., zitting 1961—1962 — 6500``) is no header line; the receipt note of a treaty
        # (``Ter griffie van de Tweede Kamer der Staten-Generaal ontvangen op ...``) is, however long.
        header_line = len(text) <= _HEADER_LINE_MAX or text.startswith("Ter griffie")
        chamber = CHAMBER_RE.search(text) if header_line else None
        # a line that names both chambers ("Ter griffie van de Eerste en van de Tweede Kamer der Staten-Generaal
        # ontvangen ...", "Aan de Voorzitters van de Eerste en van de Tweede Kamer ...") names neither as the stuk's
        both = chamber is not None and _BOTH_CHAMBERS_RE.search(text) is not None
        # not the other chamber's session in brackets: "(Tweede Kamer, zitting 1963) Zitting 1963—1964"
        vj = VERGADERJAAR_RE.search(_OTHER_CHAMBER_RE.sub(lambda m: " " * len(m.group()), text)) if header_line else None
        nr_line = NR_LINE_RE.match(text) or _ROMAN_NR_LINE_RE.match(text)
        dossier_line = DOSSIER_LINE_RE.match(text) if not nr_line else None
        # The addressee under the heading names the chamber ("Aan de Tweede Kamer der Staten-Generaal"): it is the
        # addressee, where the chamber's own line was broken over two and not read as one; so is an addressee that
        # names both chambers.
        addressee = None
        if heading_parts or seen_nr or both:
            addressee = _ADDRESSEE_RE.match(text) or _BARE_ADDRESSEE_RE.match(text)
            if addressee is not None and _is_body_sentence(text):
                addressee = None
        if chamber and r.fields["chamber"] is None and not addressee:
            if not both:
                _set_chamber(r, line, chamber)
            table = _TABLE_YEARS_RE.match(text[chamber.end():])
            if table and _years_ok(table):
                _set_vergaderjaar(r, table, line.start + chamber.end())
            elif vj:
                _read_vergaderjaar_line(r, line, vj, dossiers)
        elif _EARLIER_STUKKEN_RE.match(text):
            pass  # "(De vroegere stukken zijn gedrukt in de zitting 1966-1967)": earlier stukken's session, not this one's
        elif vj and r.fields["vergaderjaar"] is None and not (heading_parts and vj.group("y2") and _IN_A_LIST_RE.search(text)):
            _read_vergaderjaar_line(r, line, vj, dossiers)
            session_nr = r.fields["ondernummer"] is not None
        elif _FOOT_LINE_RE.match(text):
            # The page's print footer ("Tweede Kamer, zitting 1982-1983, 17714 enz., nr. 6") is no title; where
            # the header printed no number (a page that lists the dossiers only), its number is the stuk's.
            foot_nr = re.search(r"\bnrs?\.\s*(?P<nr>\d{1,4}[a-z]?)\s*$", text)
            if foot_nr and dossiers.items and r.fields["ondernummer"] is None:
                r.set_ondernummer(line.start + foot_nr.start("nr"), foot_nr.group("nr"))
            break
        elif _is_letter_stuk_number(text, lines[i + 1 : i + 4], dossiers, seen_nr) and r.fields["ondernummer"] is None:
            r.set_ondernummer(line.start + text.index(text.strip()), text.strip())
            seen_nr = True
        elif re.fullmatch(r"[12]", text) or text in {"(Tweede Kamer)", "(Eerste Kamer)"} or _PRINT_CODES_RE.fullmatch(text) or (
            len(text) < 5 and not any(c.isdigit() for c in text) and sum(c.isalpha() for c in text) < 3
        ):
            pass  # the chamber's code, or OCR noise
        elif text.startswith("Aanhangsel van de Handelingen"):
            break  # questions and answers: no dossier, no ondernummer
        elif (received := RECEIVED_DATE_RE.match(text)) and r.fields["date"] is None:
            r.set_received_date(line.start, received)
            rest = text[received.end():].strip()
            if rest and dossiers.items and not heading_parts and not seen_nr and not titles_closed:
                dossiers.add_title(Line(line.end - len(rest), line.end, rest))
        elif _is_footnote_line(r, text, seen_nr) or (in_footnote and _lists_members(text)):
            r.add_footnote(line.start, line.end)
        elif seen_nr and not heading_parts and _heading_note_re().match(text) and _heading_below(lines[i + 1 : i + 3]):
            r.add_footnote(line.start, line.end)  # "Ter inzage gelegd op de bibliotheek" / "BRIEF VAN DE MINISTER ..."
        elif nr_line:
            if seen_nr and (heading_parts or r.fields["ondernummer"]):
                break  # a second document (KONINKLIJKE BOODSCHAP Nr. 1, ONTWERP VAN WET Nr. 2)
            if session_nr and dossiers.items and not heading_parts and r.fields["chamber"] is None:
                _drop_session_number(r)  # the joint stukken's number on the session line; the dossier's own below
            session_nr = False
            r.set_ondernummer(line.start + nr_line.start("nr"), _stuk_number(nr_line.group("nr"), lines[i + 1 : i + 5]))
            # The Eerste Kamer prints "Nr. 299b" over the dossier's number and title (1990s): they follow.
            nr_first = not dossiers.items and not heading_parts and r.fields["chamber"] is not None
            seen_nr = True
            rest = nr_line.group("rest")
            if rest and is_heading(rest):
                heading_parts = [Line(line.start + nr_line.start("rest"), line.end, rest)]
                i = extend_heading(lines, i, heading_parts)
        elif not heading_parts and (not seen_nr or nr_first) and (numbers := _number_list(text)):
            for number in numbers:
                dossiers.add(number, line.start, line.end)
        elif dossier_line and not heading_parts and _looks_like_dossier(dossier_line) and not _year_closing_title(lines, i):
            rest = re.sub(r"^\(\s*R\s*\d+\s*\)\s*", "", dossier_line.group("rest").strip()).strip()
            dossiers.add(dossier_number(dossier_line), line.start, line.end, rest or None)
        elif (stray := _STRAY_RE.match(text)) and is_heading(text[stray.end():]) and dossiers.no_titles and not heading_parts:
            # a letter OCR put before the heading: "i EINDVERSLAG DER COMMISSIE ...", "L VOORLOPIG VERSLAG ..."
            heading_parts = [Line(line.start + stray.end(), line.end, text[stray.end():])]
            i = extend_heading(lines, i, heading_parts)
        elif is_heading(text) and (_opens_in_capitals(text) or dossiers.items or pre_titles or seen_nr and _runs_on(text)) and not (
            dossiers.items and not dossiers.items[-1]["title"] and not dossiers.no_titles and not _opens_in_capitals(text)
            and not (seen_nr and _runs_on(text))
        ):
            if heading_parts:
                break
            listed = _LIST_COLON_RE.search(text)
            if listed and not is_upper(text[:40]):  # "EINDVERSLAG van ... omtrent de ontwerpen van wet: 1. ...": the list is no heading
                line = Line(line.start, line.start + listed.start() + 1, text[: listed.start() + 1])
            heading_parts = [line]
            i = extend_heading(lines, i, heading_parts)
        elif addressee:
            printed = text if addressee.re is _ADDRESSEE_RE else addressee.group("text")
            r.fields["addressee"] = re.sub(r"\s+", " ", printed).rstrip(",")
            r.mark(line.start, line.end, "addressee")
            if chamber and not both and r.fields["chamber"] is None:  # a letter to a chamber is that chamber's
                _set_chamber(r, line, chamber)
        elif (date_end := _read_place_date(r, line)) is not None:
            header_end = line.start + date_end
            if heading_parts or seen_nr:
                header_end = _addressee_under_date(r, lines[i + 1 : i + 3], line, header_end)
                break
            place_date_seen = True
        elif not heading_parts and dossiers.items and not dossiers.untitled and dossiers.items[-1]["title"] and (
            re.fullmatch(r"\d{1,3}", text) or _opens_body_sentence(text, dossiers.items[-1]["title"])
        ):
            # the page's number under the title ("... voor vee en vlees" / "9"), or the body under the titles: no
            # title line follows the body's first
            titles_closed = titles_closed or not text.isdigit()
        elif not heading_parts and not titles_closed and (not seen_nr or nr_first or _title_under_nr(lines, i, dossiers)) and not place_date_seen and (
            # a treaty's title runs long; a heading in capitals inside the line is no title
            len(text) < 600 or (len(text) < 1000 and dossiers.untitled and not re.search(r"\b[A-Z]{5,}\b", text))
        ):
            if dossiers.items and dossiers.items[-1]["title"] and not dossiers.untitled and (
                len(text) > 200 or len(dossiers.items[-1]["title"]) > 300
            ):
                break
            if dossiers.no_titles:
                pass  # "HERDRUK" over the session line
            elif dossiers.items and (trailing_nr := _TRAILING_NR_RE.search(text)) and r.fields["ondernummer"] is None:
                # the stuk's number printed at the end of the (last) title line: "Hoofdstuk VIII Departement van
                # Onderwijs en Wetenschappen Nr.44" (1979-1980)
                dossiers.add_title(Line(line.start, line.start + trailing_nr.start(), text[: trailing_nr.start()]))
                r.set_ondernummer(line.start + trailing_nr.start("nr"), trailing_nr.group("nr"))
                seen_nr = True
            elif dossiers.items and (glued := _next_dossier_on_title_line(text, dossiers)):
                # a joint page's column of dossiers read line by line: "18425" / "Voorjaarsnota 1984 18369" /
                # "Begrotingsbeeld 1984 18 300" / ...: each title line ends with the next dossier's number
                dossiers.add_title(Line(line.start, line.start + glued.start(), text[: glued.start()].rstrip()))
                dossiers.add(re.sub(r"\s", "", glued.group("num")), line.start + glued.start("num"), line.end)
            elif dossiers.items and (glued_heading := _heading_on_title_line(text)) is not None:
                # the heading printed on the title's line: "... aanhangwagens en opleggers OORSPRONKELIJKE TEKST ..."
                dossiers.add_title(Line(line.start, line.start + glued_heading, text[:glued_heading].rstrip()))
                heading_parts = [Line(line.start + glued_heading, line.end, text[glued_heading:])]
                i = extend_heading(lines, i, heading_parts)
            elif dossiers.items:
                dossiers.add_title(line)
            else:
                if not pre_titles:
                    end_before_pre_titles = header_end
                pre_titles.append(line)
        else:
            consumed = False
        if not consumed:
            break
        in_footnote = bool(r.footnotes) and r.footnotes[-1][0] == line.start
        header_end = max(header_end, line.end)
        i += 1
    if pre_titles and dossiers.items:
        first = dossiers.items[0]
        joined = dehyphenate([p.text for p in pre_titles])
        first["title"] = f"{joined} {first['title']}".strip() if first["title"] else joined
        dossiers.spans[0][0] = min(dossiers.spans[0][0], pre_titles[0].start)
    elif pre_titles and not dossiers.items and (seen_nr or heading_parts):
        dossiers.items.append({"number": None, "title": dehyphenate([p.text for p in pre_titles])})
        dossiers.spans.append([pre_titles[0].start, pre_titles[-1].end])
    elif pre_titles and header_end == pre_titles[-1].end:
        # Lines under the chamber line that no number or heading turned into a title are
        # the body (a chamber line above a paragraph): the header ends before them.
        header_end = end_before_pre_titles
    if not dossiers.items and _SENATE_HEAD_RE.search(r.text, 0, 400):
        _dossier_from_senate_foot(r, dossiers)
    if len(dossiers.items) == 1 and dossiers.items[0]["number"] is None and dossiers.items[0]["title"]:
        _number_from_print_footer(r, dossiers.items[0])
    elif dossiers.items and dossiers.items[0]["number"] and r.fields["ondernummer"] is None:
        _stuk_number_from_print_footer(r, dossiers.items[0]["number"])
        _stuk_letter_from_print_footer(r, dossiers.items[0]["number"])
    if dossiers.no_titles:
        _titles_from_enumeration(r, dossiers, header_end)
    _split_chapters(dossiers)
    for dossier in dossiers.items:
        _apply_hoofdstuk(dossier)
        if dossier["title"] and _FINAL_STOP_RE.search(dossier["title"]):
            dossier["title"] = dossier["title"][:-1]  # "... en 22 anderen.": the golds drop a title's final full stop
    if dossiers.items:
        r.fields["dossiers"] = dossiers.items
        for start, end in dossiers.spans:
            r.mark(start, end, "dossiers")
    if heading_parts:
        # a heading that runs on in small letters to its full stop ("GEWIJZIGD ONTWERP VAN WET houdende ...")
        runs_on = len(heading_parts) == 1 and run_on(heading_parts, 0) == 0
        if runs_on and (kept := without_list_lead(heading_parts[0].text)) != heading_parts[0].text:
            # "EINDVERSLAG ... over de ontwerpen van wet tot:" / "1°. ...": the list's lead word is no part of it
            heading_parts = [Line(heading_parts[0].start, heading_parts[0].start + len(kept), kept)]
        set_heading(r, heading_parts, runs_on=runs_on)
    elif dossiers.items and not seen_nr:
        _read_heading_at_the_foot(r)
    if r.fields["date"] is None:
        read_received_date(r, anchor, header_end)
    r.body_start = header_end
    _read_spaced_chamber_line(r, anchor)


# The chamber line in the letter-spaced capitals of 1955-1975 as OCR read it, spaces inside the words: "EERSTE KAMER DER
# ST ATEN-GENERA AL", "STATEN-G ENER AAL", "STATEN-G EN ER AAI." (8 SGD pool documents, all Eerste Kamer stukken).
_SPACED_CHAMBER_RE = re.compile(r"\W{0,3}(?P<house>TWEEDE|EERSTE)[ \t]+KAMER[ \t]+DER[ \t]+ST ?ATEN[ \t-]*(?:[GENRAIL.] ?){7,9}")


def _read_spaced_chamber_line(r: Reading, anchor: int) -> None:
    """The chamber of a letter-spaced chamber line among the three lines above the session line that anchors the
    header (``CHAMBER_RE`` does not read it, so the header is read from the session line down): the page's own
    chamber line, over one the header's lines gave."""
    for line in split_lines(r.text, max(0, anchor - 400), anchor)[-3:]:
        found = _SPACED_CHAMBER_RE.fullmatch(line.text)
        if found is not None:
            r.fields["chamber"] = f"{found.group('house').capitalize()} Kamer der Staten-Generaal"
            r.spans[:] = [span for span in r.spans if span[2] != "chamber"]
            r.mark(line.start + found.start("house"), line.end, "chamber")
            return


# The Tweede Kamer's dossier numbers over an Eerste Kamer stuk of 1950-1980, marked as that chamber's (and its
# session, which is not this stuk's): "6015" / "(Tweede Kamer, zitting 1959—1960)" / "EERSTE KAMER DER
# STATEN-GENERAAL", "12 051 en 12 052 (Tweede Kamer) EERSTE KAMER DER STATEN-GENERAAL", "8468 (R 513) en 8540 (R 522)
# (Tweede Kamer)".
_OTHER_CHAMBER_RE = re.compile(r"\(\s*Tweede\s+Kamer\b[^)\n]{0,30}\)?")
_STRAY_RE = re.compile(r"[a-zA-Z|]\s+(?=[A-Z]{4})")
_LIST_COLON_RE = re.compile(r":\s*(?:(?:1|I)°?\.\s|[A-Z][a-z]|$)")


def _read_other_chamber_numbers(r: Reading, anchor: int, dossiers: _Dossiers) -> None:
    """The dossier numbers and the chamber printed above the anchor of an Eerste Kamer stuk that carries the Tweede
    Kamer's numbers; nothing where the page's top holds anything else."""
    end = r.text.find("\n", anchor)
    text_end = len(r.text) if end < 0 else end
    top = r.text[:text_end]
    marker = _OTHER_CHAMBER_RE.search(top)
    if marker is None or len(top) > 400:
        return
    chamber = CHAMBER_RE.search(top)
    if chamber is None or chamber.group("house").lower() != "eerste":
        return
    before = r.text[: marker.start()]
    if chamber.start() < marker.start():
        before = r.text[: chamber.start()] + " " * (chamber.end() - chamber.start()) + r.text[chamber.end() : marker.start()]
    cleaned = _R_NUMBER_RE.sub(lambda m: " " * len(m.group()), before)
    numbers = list(DOSSIER_RE.finditer(cleaned))
    rest = DOSSIER_RE.sub("", cleaned)
    if not numbers or re.search(r"[^\s,;.|\\]", re.sub(r"\ben\b", "", rest)):
        return
    for number in numbers:
        dossiers.add(dossier_number(number), number.start(), number.end())
    dossiers.untitled.clear()
    dossiers.no_titles = True
    if r.fields["chamber"] is None:
        r.fields["chamber"] = "Eerste Kamer der Staten-Generaal"
        r.mark(chamber.start(), chamber.end(), "chamber")


# "... ontwerpen van wet tot naturalisatie van:" before "1°.": a subject in small letters that ends on "van", shared by
# the numbered items after the colon.
_SHARED_SUBJECT_RE = re.compile(r"\b(?:tot|houdende)\s+(?P<subject>[a-z]+(?:\s+[a-z]+){0,3}?\s+van):\s*1°?\.\s")
_BILL_DESCRIBED_RE = re.compile(r"het\s+(?:ontwerp|voorstel)\s+van\s+(?:\(?Rijks\)?)?[Ww]et\s+(?:houdende|tot|inzake|betreffende)\s+")


def _titles_from_enumeration(r: Reading, dossiers: _Dossiers, start: int) -> None:
    """An Eerste Kamer eindverslag over several bills names each with its number in brackets: ``1. Wijziging van de
    Uitverkopenwet 1956 (11 944) (zitting 1971-1972); 2. ...``: the text before the bracket, back to the item's
    start (``;``, ``:``, a line's start, ``2.``), is that dossier's title."""
    body = r.text[start : start + 5000]
    # a subject the items share, before the list's colon: "voor de ontwerpen van wet tot naturalisatie van:" / "1°. Kun
    # Falkenstein en 22 anderen (7224); ...": each item's title is the subject and the item (corpora/CONVENTIONS.md,
    # titles of a report list's items)
    shared = _SHARED_SUBJECT_RE.search(r.text, max(0, start - 400), start + 5000)
    subject = re.sub(r"\s+", " ", shared.group("subject")) if shared else None
    # words the page prints alone (not the parts of a hyphenated form, which may be the form itself)
    page_words = frozenset(w.lower() for w in re.findall(r"(?<![\w-])[^\W\d_]+(?![\w-])", r.text))
    for dossier in dossiers.items:
        digits = dossier["number"].split("-")[0]
        if len(digits) < 4:
            continue
        pattern = rf"\(\s*{re.escape(digits[:-3])}\s?{re.escape(digits[-3:])}\b"
        found = re.search(pattern, body)
        if found is None:
            continue
        item_start = max(body.rfind(mark, 0, found.start()) for mark in (";", ":", "\n"))
        item = body[item_start + 1 : found.start()]
        numbered = re.match(r"\s*\d{1,2}°?\.\s", item)
        title = re.sub(r"^\s*(?:\d{1,2}°?\.)?\s*", "", item).strip(" ,")
        # "1. het ontwerp van Wet houdende verklaring, dat ... (10 683)": the bill's description is the title
        described = _BILL_DESCRIBED_RE.match(title)
        if described:
            title = title[described.end():]
        elif numbered and title[:1].islower():
            # "... over de ontwerpen van wet tot:" / "1°. verlaging van de accijns van suiker (3037, ...); 5°. houdende
            # fiscale voorzieningen ... (3041, ...)": a numbered item in small letters, less its lead word
            title = re.sub(r"^(?:tot|houdende)\s+", "", title)
        elif not title[:1].isupper():
            continue
        if not title or len(title) > 400:
            continue
        if subject and numbered and shared.end("subject") <= start + item_start + 1 and not described:
            title = f"{subject} {title}"
        dossier["title"] = _join_broken_words(re.sub(r"\s+", " ", title), page_words)
        offset = start + item_start + 1
        r.mark(offset, start + found.start(), "dossiers")


def _join_broken_words(value: str, page_words: frozenset[str]) -> str:
    """A hyphen that flattened OCR kept from a printed line break inside a word (``an-deren``) is dropped, one
    that is the word's own (``Staatsdrukkerij-en``, ``Ben-Gershom``) kept (``lines.keeps_hyphen``)."""
    return re.sub(r"(?<=[a-z])-(?=[a-z])", lambda m: m.group() if keeps_hyphen(
        value[: m.start()], value[m.end():], page_words) else "", value)


# The print footer of the stukken 1975-1995: "Tweede Kamer, zitting 1976-1977, 14 100 hoofdstuk I, nr. 5",
# "Tweede Kamer, vergaderjaar 1991-1992, 19 522, nr. 36"; OCR splits a year ("1 986-1987", sgd-0000109294); a
# sub-series of a dossier ("21 501-01, nr. 45", sgd-0000012642) is the number, as the header prints it ("21501-01").
_PRINT_FOOTER_RE = re.compile(
    _FOOTER_SESSION + r",?\s*(?P<num>\d{1,3}\s?\d{3})"
    r"(?P<sub>-\d{2}(?!\d))?(?:\s+(?:hoofdstuk\s+)?(?P<chapter>[IVXLC]{1,6}|[A-Z]))?,\s*nrs?\.\s*(?P<nr>\d{1,4}[a-z]?)\b",
    re.IGNORECASE,
)


def _number_from_print_footer(r: Reading, dossier: dict[str, Any]) -> None:
    """A dossier whose number OCR garbled or left out of the header (``14 1001``, ``1 2 751``) takes it from the
    page's print footer, where that names one dossier (and the ondernummer, where the header gave none); the
    garbled number is dropped from the title."""
    feet = list(_PRINT_FOOTER_RE.finditer(r.text, max(0, len(r.text) - 600)))
    if not feet:
        return
    foot = feet[-1]
    digits = foot.group("num").replace(" ", "")
    chapter = foot.group("chapter")
    number = digits + (foot.group("sub") or "")
    dossier["number"] = f"{number}-{chapter.upper()}" if chapter else number
    r.mark(foot.start("num"), foot.end("chapter") if chapter else foot.end("sub") if foot.group("sub") else foot.end("num"), "dossiers")
    r.set_ondernummer(foot.start("nr"), foot.group("nr"))  # where the header printed none

    words = dossier["title"].split(" ")
    for start in range(len(words)):
        end = start
        while end < len(words) and words[end].isdigit() and len("".join(words[start:end + 1])) <= len(digits) + 2:
            end += 1
        joined = "".join(words[start:end])
        if len(joined) >= len(digits) and joined.startswith(digits):  # "14 1001" for 14 100 I, "1 2 751"
            if end + 1 < len(words) and words[end] == "nr." and words[end + 1].isdigit():
                end += 2  # "12 982 nr. 6"
            dossier["title"] = " ".join(words[:start] + words[end:]).strip() or None
            return


def _stuk_number_from_print_footer(r: Reading, number: str) -> None:
    """The stuk's number of a header that printed none legibly (``Mr. 22``, ``nr. 183a`` in small letters on the
    session line, none at all) from the page's print footer, where that names the header's (first) dossier:
    ``Tweede Kamer, vergaderjaar 1987-1988, 17 367, nr. 17`` (gold of sgd-0000099662; 7 SGD pool pages)."""
    feet = list(_PRINT_FOOTER_RE.finditer(r.text, max(0, len(r.text) - 600)))
    if not feet:
        return
    foot = feet[-1]
    digits, _, suffix = number.partition("-")
    chapter = (foot.group("chapter") or "").upper()
    if foot.group("num").replace(" ", "") + (foot.group("sub") or "") != digits or (chapter and chapter != suffix):
        return
    r.set_ondernummer(foot.start("nr"), foot.group("nr"))


# The foot of an Eerste Kamer stuk of 1950-1975, its last line: the Tweede Kamer's dossier number and the stuk's
# ("11863 182", "11 417 33", "I 3028 119"; the stuk's letter as OCR read it, "9946 45«" for 45a).
_SENATE_HEAD_RE = re.compile(r"(?m)^\S{0,2}ERSTE\s+KAMER\s+DER\b")  # "EERSTE KAMER DER ...", OCR's "KERSTE KAMER DER"
_SENATE_FOOT_RE = re.compile(r"(?:^|\n)[ \t]*(?:[I1l|][ \t]+)?(?P<num>[1-9]\d{0,1}[ \t]?\d{3})[ \t]+(?P<nr>\d{1,3}\S?)[ \t]*\Z")


def _dossier_from_senate_foot(r: Reading, dossiers: _Dossiers) -> None:
    """The dossier of an Eerste Kamer stuk of 1950-1975 whose head lost the Tweede Kamer's number over the chamber line
    (``| \\ 863 (Tweede Kamer)``, ``41 T (Tweede Kamer)``, ``(Tweede Kamer)`` alone) or printed it where the head's
    reader does not look (``7934`` over the chamber line, ``(Tweede Kamer)`` under ``Nr. 142``): the page's foot
    prints it with the stuk's number, where that is the head's ``Nr.`` (its letter as OCR read it: ``45«`` for
    ``45a``); untitled, as the head prints none (golds of sgd-0000216554, -216757, -232930, -248958). A foot whose stuk
    number is not the head's (``I 4179 19a`` under ``No. 79a``) is another's, or OCR's: none."""
    nr = r.fields["ondernummer"]
    text = r.text.rstrip()
    foot = _SENATE_FOOT_RE.search(text, max(0, len(text) - 40))
    if nr is None or foot is None:
        return
    printed = foot.group("nr")
    if printed != nr and not (len(printed) == len(nr) and printed[:-1] == nr[:-1] and nr[-1].isalpha()
                              and not printed[-1].isalnum()):
        return
    dossiers.add(foot.group("num").replace(" ", "").replace("\t", ""), foot.start("num"), foot.end("num"))
    dossiers.no_titles = True


# The print footer of the lettered stukken 1975-1995 (the text laid before the Raad van State, its advice and the
# nader rapport, printed without a "Nr." line), the page's last line: "Tweede Kamer, vergaderjaar 1992-1993, 22 800, A"
# (the page's stuk), "Tweede Kamer, zitting 1982-1983, 17 687, A-C" (the stukken of the sheet) with the page's number
# under it ("1": the sheet's first page).
_LETTERED_FOOTER_RE = re.compile(
    _FOOTER_SESSION + r",?\s*(?P<num>\d{1,3}\s?\d{3})"
    r"(?:\s+(?P<chapter>[IVXLC]{1,6}|[A-Z]))?,\s*(?P<letter>[A-Z])(?:\s?-\s?(?P<last>[A-Z]))?[ \t]*(?:\n[ \t]*(?P<page>\d{1,3})[ \t]*)?\Z"
)


def _stuk_letter_from_print_footer(r: Reading, number: str) -> None:
    """The letter of a stuk printed without a ``Nr.`` line (``ADVIES RAAD VAN STATE``, ``OORSPRONKELIJKE TEKST VAN HET
    VOORSTEL VAN WET ...``) from the print footer that ends the page and names the header's dossier: its one letter
    (``22 800, A``), or the first of the sheet's letters on the sheet's first page (``17 687, A-C`` over ``1``: the
    first stuk opens the sheet). On a later page of the sheet (``A-C`` over ``5``) or without the page's number, the
    page may hold any of them: none (golds of sgd-0000014448, -128931, -146246; sgd-0000124540, ``D-F`` over ``5``)."""
    if r.fields["ondernummer"] is not None:
        return
    text = r.text.rstrip()
    foot = _LETTERED_FOOTER_RE.search(text, max(0, len(text) - 300))
    if foot is None:
        return
    digits, _, suffix = number.partition("-")
    chapter = (foot.group("chapter") or "").upper()
    if foot.group("num").replace(" ", "") != digits or (chapter and chapter != suffix):
        return
    if foot.group("last") is None or foot.group("page") == "1":
        r.set_ondernummer(foot.start("letter"), foot.group("letter"))


# The naturalisation committee's verslagen of 1965-1975 print the dossiers at the top and the heading and the stuk's
# number at the page's foot, over the print footer: "VERSLAG" / "Nr. 5" / "i) Plv. lid." / "12 335 enz. 5".
_FOOT_HEADING_RE = re.compile(r"(?m)^[ \t]*(?P<heading>[A-Z][A-Z ]{4,60}?)[ \t]*\n[ \t]*Nr\.?[ \t]*(?P<nr>\d{1,4}[a-z]?)[ \t]*$")


def _read_heading_at_the_foot(r: Reading) -> None:
    """A heading in capitals over ``Nr. 5`` among the page's last lines, where the header printed neither."""
    tail_start = max(r.body_start, len(r.text) - 400)
    found = [m for m in _FOOT_HEADING_RE.finditer(r.text, tail_start) if is_heading(m.group("heading"))]
    if not found:
        return
    match = found[-1]
    set_heading(r, [Line(match.start("heading"), match.end("heading"), match.group("heading"))])
    r.set_ondernummer(match.start("nr"), match.group("nr"))
    r.body_end = min(r.body_end, match.start("heading"))


def read_received_date(r: Reading, start: int, end: int) -> None:
    match = RECEIVED_DATE_RE.search(r.text, start, min(len(r.text), end + 200))
    if match:
        r.set_received_date(0, match)


def dossier_number(match: re.Match[str]) -> str:
    number = re.sub(r"\s", "", match.group("num")).replace("O", "0")
    suffix = match.group("suffix") or match.group("numsuffix")
    if match.group("suffix"):
        suffix = re.sub(r"\s", "", suffix).replace("1", "I")  # "IX B": IXB; "X111" (OCR): XIII
    return f"{number}-{suffix}" if suffix else number


def _number_list(text: str) -> list[str]:
    """Dossier numbers of a line that holds nothing else: ``6182 (R 206), 6198, 6199,``."""
    cleaned = _R_NUMBER_RE.sub("", text)
    if not re.search(r"[,;]|\ben\b", text) or not _NUMBER_LIST_RE.fullmatch(cleaned):
        return []
    if _SESSION_RANGE_RE.search(text):
        return []  # sessions listed under a print note ("1919—1920,", "1921—1922, ."), not dossier numbers
    return [dossier_number(m) for m in DOSSIER_RE.finditer(cleaned)]


_SESSION_RANGE_RE = re.compile(r"1[89]\d\d\s*[-—–]\s*1[89]\d\d")


# A body sentence's opening: an article or pronoun in capitals before a word in small letters ("Het onderzoek van
# nevenstaande wetsontwerpen heeft de", "De ondergeteekenden hebben de eer").
_BODY_OPENING_RE = re.compile(r"(?:Het|De|Dit|Deze|Wij|Ik)\s+[a-z]")
# A title line that breaks off inside its phrase: on a joining word or a comma, so the next line goes on with it.
_TITLE_GOES_ON_RE = re.compile(r"(?:\b(?:van|de|der|den|het|en|tot|voor|in|op|met|aan|te|over|inzake|betreffende)|[,(-])$")


def _opens_body_sentence(text: str, title: str) -> bool:
    """A line under a title that ends whole (not on a joining word or a comma) and opens a sentence of the body: no
    part of the title (sgd-0000241001: "Naturalisatie van Baramyai, Gyula Istvan en 19 anderen" / "Het onderzoek van
    nevenstaande wetsontwerpen heeft de" / "Nr. 4")."""
    return _BODY_OPENING_RE.match(text) is not None and _TITLE_GOES_ON_RE.search(title.rstrip()) is None


def _year_closing_title(lines: list[Line], i: int) -> bool:
    """A year alone on its line under a title that ends with ``voor het jaar`` / ``VOOR HET DIENSTJAAR`` ends that
    title (``... (Ministerie van Justitie) voor het jaar`` / ``1994``, sgd-0000007099): no dossier of its own."""
    return i > 0 and re.fullmatch(r"1[89]\d\d\.?", lines[i].text.strip()) is not None and re.search(
        r"\bvoor\s+het\s+(?:dienst)?jaar\s*$", lines[i - 1].text, re.IGNORECASE) is not None


def _looks_like_dossier(match: re.Match[str]) -> bool:
    """A number followed by nothing, a title, or ``(R 1451)``; not ``1985 werd ...``."""
    rest = match.group("rest").strip()
    if _SESSION_RANGE_RE.search(match.group()):
        return False  # sessions listed under a print note ("1919—1920,"), not a dossier
    if re.fullmatch(r"1[89]\d\d", match.group("num")) and rest[:1] == "," and not re.search(r"[^\W\d_]{3}", rest):
        return False  # "1922, „ 21 „": a year of such a list, the session's second line
    return not rest or (not rest[0].isdigit() and (rest[0].isupper() or rest[0] in "(,"))


def _years_ok(match: re.Match[str]) -> bool:
    return match.group("y2") is not None and int(match.group("y2")) == int(match.group("y1")) + 1


def _set_vergaderjaar(r: Reading, match: re.Match[str], offset: int) -> None:
    r.fields["vergaderjaar"] = f"{match.group('y1')}-{match.group('y2')}"
    r.mark(offset + match.start("y1"), offset + match.end("y2"), "vergaderjaar")


# The session's second year where VERGADERJAAR_RE did not take it, at the start of the line's rest: after a doubled
# dash ("Vergaderjaar 1989--1990 Nr. 176e", sgd-0000034672) or split by OCR ("vergaderjaar 1989-1 990, 21 299-01",
# sgd-0000038315). It is the session, not a dossier.
_SECOND_YEAR_RE = re.compile(r"[-—–\s]*(?P<year>1\s?[89]\s?\d\s?\d|2\s?0\s?\d\s?\d)(?![\d-])")


def _read_vergaderjaar_line(r: Reading, line: Line, vj: re.Match[str], dossiers: _Dossiers) -> None:
    if _years_ok(vj):
        _set_vergaderjaar(r, vj, line.start)
    rest_start = vj.start("rest") if vj.group("rest") else vj.end()
    second = _SECOND_YEAR_RE.match(vj.group("rest") or "") if vj.group("y2") is None else None
    if second is not None and int(re.sub(r"\s", "", second["year"])) == int(vj.group("y1")) + 1:
        r.fields["vergaderjaar"] = f"{vj.group('y1')}-{int(vj.group('y1')) + 1}"
        r.mark(line.start + vj.start("y1"), line.start + rest_start + second.end("year"), "vergaderjaar")
        rest_start += second.end()
    rest = line.text[rest_start:]
    nr = _NR_RE.search(rest)
    if nr:
        r.set_ondernummer(line.start + rest_start + nr.start("nr"), nr.group("nr"))
    if vj.group("rest"):
        # "ZITTING 1961—1962 — 6657" or "-8800 (Hoofdstukken VII en II), 8800 A, 8824"
        for match in DOSSIER_RE.finditer(_R_NUMBER_RE.sub("", rest[: nr.start() if nr else len(rest)])):
            offset = line.start + rest_start
            dossiers.add(dossier_number(match), offset + match.start(), offset + match.end())


# The budget's line before its chapter line, and the part of the budget printed between them (1978-1986: "Rijksbegroting
# voor het jaar 1983" / "17 600" / "Begroting van uitgaven" / "Hoofdstuk IV Kabinet voor Nederlands-Antilliaanse Zaken",
# gold of sgd-0000143962; "Aanwijzing en raming van de middelen", "Vaststelling begroting van ontvangsten": 5 SGD pages).
# The budget pages of 1955-1975 print the year spaced (``DIENSTJAAR 19 5 9``) and OCR leaves a stray mark or a
# ``HERDRUK`` line before or after the budget's line (``1*``, ``7``): 5 SGD pool pages.
_BUDGET_PART_RE = re.compile(
    r"(?i)^(?:[^\sA-Za-z]{1,2}\s+|HERDRUK\s+)?Rijksbegroting (?:voor|van) het (?:dienst)?jaar \d(?: ?\d){3}\s*"
    r"(?:[^\sA-Za-z]{1,2}\s+(?=HOOFDSTUK))?"
    r"(?:(?:Vaststelling )?begroting van (?:de )?(?:uitgaven|ontvangsten)\s+|Aanwijzing en raming van de middelen\s+)?"
)


_ROMAN_RE = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")


def _apply_hoofdstuk(dossier: dict[str, Any]) -> None:
    """``18600`` titled ``Hoofdstuk VIII ...`` is dossier 18600-VIII."""
    number, title = dossier["number"], dossier["title"] or ""
    if not number or "-" in number:
        return
    hoofdstuk = _HOOFDSTUK_RE.search(_BUDGET_PART_RE.sub("", title))
    if hoofdstuk:
        read = hoofdstuk.group("roman").upper()
        roman = re.sub(r"(?<=[IV])M$", "II", read).replace("U", "II")
        if "M" in roman or ("U" in read and not _ROMAN_RE.fullmatch(roman)):
            return
        dossier["number"] = f"{number}-{roman}{(hoofdstuk.group('part') or '').upper()}"


# A budget's chapters in one stuk's title: "Rijksbegroting voor het jaar 1986" / "19 200" / "Hoofdstuk V Ministerie van
# Binnenlandse Zaken" / "Hoofdstuk X Ministerie van Defensie" (1981-1989, 7 SGD pool documents, on one line or two).
_BUDGET_LINE_RE = re.compile(r"^(?P<budget>Rijksbegroting (?:voor|van) het (?:dienst)?jaar \d{4}\s+)?(?=Hoofdstuk )")
_CHAPTER_START_RE = re.compile(r"(?:^|\s)(?=Hoofdstuk [IVXLC]{1,6}\s?[A-C]?\s+(?:\(?[A-Z]))")


def _split_chapters(dossiers: _Dossiers) -> None:
    """A dossier whose title names two or more of the budget's chapters (``Hoofdstuk V ... Hoofdstuk X ...``) is one
    dossier per chapter, each titled by the budget's line and its own chapter, in the order printed (the golds of
    sgd-0000118094, sgd-0000093668)."""
    for index in range(len(dossiers.items) - 1, -1, -1):
        dossier = dossiers.items[index]
        number, title = dossier["number"], dossier["title"] or ""
        budget = _BUDGET_LINE_RE.match(title)
        if not number or "-" in number or budget is None:
            continue
        rest = title[budget.end():]
        starts = [m.start() for m in _CHAPTER_START_RE.finditer(rest)]
        if len(starts) < 2:
            continue
        prefix = budget.group("budget") or ""
        parts = [rest[a:b].strip() for a, b in zip(starts, [*starts[1:], len(rest)])]
        split = [{"number": number, "title": f"{prefix}{part}"} for part in parts]
        dossiers.items[index : index + 1] = split
        dossiers.spans[index : index + 1] = [list(dossiers.spans[index]) for _ in split]


# The stuk's number at the end of a title line, after a word (not a list's "nrs."): "... en Wetenschappen Nr.44".
_TRAILING_NR_RE = re.compile(r"(?<=[a-z)])\s+N[rR]\.?\s*(?P<nr>\d{1,4}[a-z]?)\s*$")


# The stukken that the Staten-Generaal print for both chambers (1984-1995: "Staten-Generaal" / "1/2" / "Vergaderjaar
# 1993-1994 Nr. 107" / "23 480 (R 1490)" / title / "Nr. 1", 13 SGD documents) number themselves per session on the
# session line and per dossier under the title: the ondernummer is the dossier's (gold sgd-0000008521, sgd-0000026229),
# and they belong to neither chamber.
_BOTH_CHAMBERS_RE = re.compile(r"Eerste(?:\s+Kamer)?\s+en\s+(?:van\s+)?(?:de\s+)?Tweede\s+Kamer", re.IGNORECASE)


def _drop_session_number(r: Reading) -> None:
    """Forget the number read from the session line of a joint stuk, so that the dossier's ``Nr.`` under its title
    is read."""
    r.fields["ondernummer"] = None
    r.spans[:] = [span for span in r.spans if span[2] != "ondernummer"]


# A bill named with its session in a list under the heading ("1°. tot verlaging van de accijns van suiker (3037,
# Zitting 1952—1953);", "... (10 729) (zitting 1969-1970);"): that bill's session, not the stuk's (sgd-0000281945,
# sgd-0000222084, an Eerste Kamer eindverslag over several bills).
_IN_A_LIST_RE = re.compile(r"[(,]\s*[Zz]itting\s+1\d{3}\s*[-—–]\s*1\d{3}\s*\)")


# A heading in capitals run on after a title on its line, three words at least (sgd-0000146246, -026432).
_HEADING_AFTER_TITLE_RE = re.compile(r"(?<=[a-z).])\s+(?=[A-Z]{4,}(?:\s+[A-Z]{2,}){2})")


def _heading_on_title_line(text: str) -> int | None:
    """Where a heading in capitals starts that OCR ran on after a dossier's title on its line (``Wijziging van enige
    bepalingen van de Wegenverkeerswet ... en opleggers OORSPRONKELIJKE TEKST VAN HET ONTWERP VAN WET ...``,
    ``Goedkeuring van het ... (Trb. 1984, 118) BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN ...``): the title before it
    is in small letters and the capitals are a heading's words to the line's end; None where none is."""
    for found in _HEADING_AFTER_TITLE_RE.finditer(text):
        rest = text[found.end():]
        if is_heading(rest) and is_upper(rest) and not is_upper(text[: found.start()]):
            return found.end()
    return None


def _title_under_nr(lines: list[Line], i: int, dossiers: _Dossiers) -> bool:
    """The stukken of 1984-1994 may print ``Nr. 4`` between the dossier's number and its title, the heading under the
    title (``22266`` / ``Nr. 4`` / ``Wijziging van het wetsvoorstel ...`` / ``NOTAVAN WIJZIGING``, sgd-0000022586): a
    line in small letters under the number, where the dossier still waits for its title and a heading follows. A page
    of several dossiers prints their titles there one a line (``22 300 IXB`` / ``22300X111`` / ``Nr. 34`` / two titles /
    ``BRIEF VAN DE MINISTERS ...``, sgd-0000023045): the heading follows within as many lines as titles still wait."""
    if not dossiers.untitled or dossiers.no_titles or is_upper(lines[i].text[:40]):
        return False
    below = lines[i + 1 : i + 1 + len(dossiers.untitled)]
    for index, line in enumerate(below):
        if is_upper(line.text[:20]):
            return is_heading(line.text)
        # the heading printed in small letters right under the last title that waits (``Verslag Vastgesteld 18februari
        # 1975``, sgd-0000203153: twenty numbers, ``Nr.5``, twenty titles)
        if index == len(dossiers.untitled) - 1 and is_heading(line.text):
            return True
    return False


def _set_chamber(r: Reading, line: Line, chamber: re.Match[str]) -> None:
    """The chamber that ``chamber`` (a ``CHAMBER_RE`` match in ``line``) names, marked where it is printed."""
    r.fields["chamber"] = f"{chamber.group('house').capitalize()} Kamer der Staten-Generaal"
    r.mark(line.start + chamber.start(), line.start + chamber.end(), "chamber")


def _runs_on(text: str) -> bool:
    """A heading in capitals that runs on in small letters: ``EINDVERSLAG van het College van Senioren ...``."""
    words = text.split()
    upper = len(list(takewhile(lambda word: not any(c.islower() for c in word), words)))
    return upper >= 1 and len(words[0]) >= 5 and RUN_ON_RE.match(" ".join(words[upper:])) is not None


# The number of a stuk in Roman numerals on its own line: the Eerste Kamer's reports of its Commissie voor de
# Verzoekschriften ("Nr. VI", "Nr. XXX"); and OCR's I for 1 ("No. I" / "ONTWERP VAN WET" / "No. 2").
_ROMAN_NR_LINE_RE = re.compile(r"^\s*N[roRO]\.?\s*(?P<nr>[IVXL]{1,6})(?P<rest>)\s*$")


# A dossier's number at the end of a title line, as wide as the page's first dossier number: "Voorjaarsnota 1984 18369",
# "Begrotingsbeeld 1984 18 300" (sgd-0000140049); the text before it is the title of the dossier above.
_TRAILING_DOSSIER_RE = re.compile(r"(?<=\S)\s+(?P<num>\d{2}\s?\d{3})$")


def _next_dossier_on_title_line(text: str, dossiers: _Dossiers) -> re.Match[str] | None:
    """The next dossier's number that OCR ran onto the title line of a joint page's dossier (a column of numbers and
    titles read line by line): only where the dossier above still waits for its title, the number has the first
    dossier's five digits and is none already read, and words in small letters come before it (not a year, not a
    list of numbers)."""
    glued = _TRAILING_DOSSIER_RE.search(text)
    if glued is None or not dossiers.untitled:
        return None
    number = re.sub(r"\s", "", glued.group("num"))
    first = dossiers.items[0]["number"] or ""
    if len(first) != 5 or not first.isdigit() or any(item["number"] == number for item in dossiers.items):
        return None
    before = text[: glued.start()]
    return glued if re.search(r"[a-z]{3}", before) and not re.search(r"\b(?:nrs?|blz|Stb|Stcrt)\.?\s*$", before) else None


def _stuk_number(raw: str, below: list[Line]) -> str:
    """The stuk's number as printed; a Roman I is OCR's 1 where the next stuk under it is numbered 2."""
    if raw == "I" and any((nr := NR_LINE_RE.match(line.text)) and nr.group("nr") == "2" for line in below):
        return "1"
    return raw


def _is_letter_stuk_number(text: str, below: list[Line], dossiers: _Dossiers, seen_nr: bool) -> bool:
    """A stuk numbered by a letter alone on its line between the dossier's title and the heading, as the 1990s print
    the Raad van State's advice (``22483`` / title / ``B`` / ``ADVIES RAAD VAN STATE``; 3 SGD pool documents); not a
    stray letter where the stuk's number follows its heading (``H`` / ``MEMORIE VAN TOELICHTING`` / ``No. 3``)."""
    return (re.fullmatch(r"[A-H]", text.strip()) is not None and bool(dossiers.items) and not seen_nr
            and bool(below) and is_heading(below[0].text) and is_upper(below[0].text[:20])
            and not any(NR_LINE_RE.match(line.text) for line in below))


def _opens_in_capitals(text: str) -> bool:
    """Whether a line opens in capitals over its first 40 characters, or up to the note of its receipt or fixing or
    its date where that comes sooner: a short heading with its date on its line (``LIJST VAN VRAGEN EN ANTWOORDEN
    Ontvangen 22 januari 1990``, ``AANVULLEND VERSLAG Vastgesteld 19 januari 1983``, ``GEWIJZIGD WETSVOORSTEL 27
    februari 1984``: 1975-1994)."""
    note = RECEIVED_DATE_RE.search(text, 0, 120) or _TRAILING_DATE_RE.search(text, 0, 120)
    return is_upper((text[: note.start()] if note and note.start() >= 7 else text)[:40])


_TRAILING_DATE_RE = re.compile(r"(?<=[A-Z])\s+" + DATE + r"\.?\s*$")
# A member of a committee in a footnote of its composition: "Kloos (PvdA)", "Vis (D'66)", "Maris (-)".
_MEMBER_PARTY_RE = re.compile(r"\((?:[A-Z][\w'.]{1,9}|-)\)")


def _lists_members(text: str) -> bool:
    """A line that goes on with a committee's composition printed as a footnote above the heading (the second
    committee's, ``Justitie: Mw Van der Meer (PvdA), Van Krimpen (PvdA), ...``, or the first's run on a line of its
    own): three members with their party or more. No heading or title names three parties so."""
    return len(_MEMBER_PARTY_RE.findall(text)) >= 3


@lru_cache(maxsize=1)
def _heading_note_re() -> re.Pattern[str]:
    """A stuk's print note that OCR put between its number and its heading (``resources/heading_notes.txt``)."""
    return re.compile(r"^\W{0,2}(?:" + "|".join(resources.lines("heading_notes.txt")) + ")")


def _heading_below(below: list[Line]) -> bool:
    """Whether a heading in capitals opens one of ``below`` (a print note and a footnote may stand above it)."""
    return any(is_heading(line.text) and _opens_in_capitals(line.text) for line in below)


def _is_footnote_line(r: Reading, text: str, seen_nr: bool) -> bool:
    if "Samenstelling" in text[:20]:
        return True
    return bool(_FOOTNOTE_LINE_RE.match(text)) and not DOSSIER_LINE_RE.match(text) and (
        seen_nr or r.fields["vergaderjaar"] is not None
    ) and len(text) > 25 and not NR_LINE_RE.match(text)


def _read_place_date(r: Reading, line: Line) -> int | None:
    """Place and date on ``line``; the offset in the line where the date ends, or None."""
    # The place may have lost its apostrophe to the line above ("'\ns-Gravenhage").
    begin = line.start - 2 if r.text[max(0, line.start - 2) : line.start] == "'\n" else line.start
    match = _PLACE_DATE_RE.match(r.text, begin, min(len(r.text), line.end))
    if not match and r.fields["addressee"] is not None:
        return _read_bare_date(r, line)
    if not match:
        return None
    iso = parse_date(match.group("day"), match.group("month"), match.group("year"))
    if iso is None:
        return None
    if not _is_a_place(r.text, match):
        if not (is_upper(match.group("place")) or match.group("place") == "Ingediend"):
            return None  # a sentence that opens with a date ("Op 1 januari 1987 is de Wet ...")
        # a heading or "Ingediend" with the stuk's date ("AANBIEDINGSBRIEF 19 september 1985"): a date, no place
        r.fields["date"] = iso
        r.mark(match.start("day"), match.end("year"), "date")
        return match.end() - line.start
    r.set_place_and_date(printed_place(match.group("place")), iso, match)
    return match.end() - line.start


# 1950-1991 a letter may print its addressee under the place and date that close its head ("BRIEF VAN DE MINISTER VAN
# FINANCIËN" / "'s-Gravenhage, 17 juni 1974." / "Aan de Heer Voorzitter van de Tweede Kamer der Staten-Generaal").
_ADDRESSEE_UNDER_DATE_RE = re.compile(
    r"\s*(?P<text>Aan\s+(?:de|den)\s+(?:[Hh]eer\s+)?Voorzitter\s+van\b[^\n]*?\bKamer\b[^\n]*?)[\s.,]*"
)


_SUBJECT_UNDER_DATE_RE = re.compile(r"\s*Onderwerp\s*:\s*(?P<text>[^\n]{3,200}?)[\s.]*")


def _addressee_under_date(r: Reading, following: list[Line], line: Line, date_end: int) -> int:
    """The addressee on the line under the place and date that end a letter's head (where the date ends its line and
    no addressee was read); where the header ends."""
    if r.fields["addressee"] is not None or not following or r.text[date_end : line.end].strip(" \t.,"):
        return date_end
    under = following[0]
    # the letter's own subject line between the date and the addressee (1960s: "'s-Gravenhage, 8 januari 1968." /
    # "Onderwerp: Surplus aan dienstplichtigen." / "Aan de Heer Voorzitter van de Tweede Kamer ...")
    subject = _SUBJECT_UNDER_DATE_RE.fullmatch(under.text)
    if subject is not None and len(following) > 1:
        under = following[1]
    found = _ADDRESSEE_UNDER_DATE_RE.fullmatch(under.text)
    if found is None:
        return date_end
    if subject is not None and r.fields["subject"] is None:
        r.fields["subject"] = re.sub(r"\s+", " ", subject.group("text"))
        r.mark(following[0].start + subject.start("text"), following[0].start + subject.end("text"), "subject")
    r.fields["addressee"] = re.sub(r"\s+", " ", found.group("text"))
    r.mark(under.start + found.start("text"), under.start + found.end("text"), "addressee")
    chamber = CHAMBER_RE.search(under.text)
    if chamber and r.fields["chamber"] is None and not _BOTH_CHAMBERS_RE.search(under.text):
        _set_chamber(r, under, chamber)
    return under.end


def _is_a_place(text: str, match: re.Match[str]) -> bool:
    """A place before a date is set off by a comma or full stop ("'s-Gravenhage, 23 juli 1957", OCR's
    "VGravenhage,") or is a known place ("Den Haag 3 mei 1990"); on all 4,543 SGD documents the words read as a
    place without either were headings, "Ingediend", "Op", "Beëdiging"."""
    raw = match.group("place")
    return bool(re.match(r"[ \t]?[,.]", text[match.end("place"):])) or place(raw) in known_places() or "raven" in raw


# A letter of 1990-1995 may print its date without a place on the line under its addressee ("Aan de Voorzitter van
# de Eerste Kamer der Staten-Generaal" / "15juli 1994"): the letter's own date, over the day the griffie received it.
_BARE_DATE_RE = re.compile(r"[ \t]*" + DATE + r"[ \t.]*$")


def _read_bare_date(r: Reading, line: Line) -> int | None:
    """A line holding only a date, under the addressee: the letter's date; the offset where it ends, or None."""
    match = _BARE_DATE_RE.match(line.text)
    iso = parse_date(match.group("day"), match.group("month"), match.group("year")) if match else None
    if iso is None:
        return None
    r.fields["date"] = iso
    r.mark(line.start + match.start("day"), line.start + match.end("year"), "date")
    return match.end()


def _read_webpage_subject(r: Reading, anchor: int) -> None:
    """On a web page the document's own title stands above ``Nummer: 2022D05920``."""
    if not _WEBPAGE_NUMBER_RE.search(r.text[:anchor]):
        return
    for line in split_lines(r.text, 0, anchor):
        if not line.text.startswith("[") and not line.text.startswith("Nummer:"):
            r.fields["subject"] = line.text
            r.mark(line.start, line.end, "subject")
            return
