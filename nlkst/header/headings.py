"""Headings: which words open one (``BRIEF``, ``MEMORIE VAN TOELICHTING``, ``ONTWERP VAN WET``) and the
document type each names, both from one list (``resources/heading_kinds.tsv``), and how a heading is
gathered over its lines and set."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile

from .. import resources
from ..offices import ocr_capitals_portfolio, parse_offices, portfolio_rows
from .lines import Line, PageSpelling, dehyphenate, is_upper, keeps_hyphen, line_break_hyphen, no_word_part
from .state import Reading
from .values import DATE, RECEIVED_DATE_RE, parse_date

# "II. ", "GEWIJZIGD ", "TWEEDE NADER GEWIJZIGDE ", "DERDE NOTA VAN WIJZIGING": words before the kind of
# document (an ordinal numbers the second and later notas, verslagen and amendementen of one bill).
_ORDINAL = r"(?:EERSTE|TWEEDE|DERDE|VIERDE|VIJFDE|ZESDE|ZEVENDE|ACHTSTE|NEGENDE|TIENDE|ELFDE|TWAALFDE)\s+"
_PREFIX = r"(?:[IVX]{1,4}\.\s+)?(?:" + _ORDINAL + r")?(?:(?:NADER\s+)?GEWIJZIGDE?\s+)?"
# OCR reads the r of "Nr." as f or t ("Nf. 1", sgd-0000191937; "Nt. 6", sgd-0000142977; no other line of the SGD pool
# opens so): only before its full stop.
NR_LINE_RE = re.compile(r"^\s*(?:N|IM)\s?(?:[roRO]s?|[ft](?=\.))\s?[.,]?\s*(?P<nr>\d{1,4}\s?[a-z]?)(?![\w])\s*(?P<rest>.*)$")
# A budget's chapter after the dossier's number, with its letter glued or after a space at the line's end (``22 300
# IXB``, ``19700 IX B``: 2 SGD pool pages), or glued to the number in capitals OCR read as ones (``21300X111`` for
# XIII, ``22300X11``: 12 SGD pool pages); ``dossier_number`` reads the ones as I.
DOSSIER_RE = re.compile(
    r"(?P<num>\d{1,3}[ \xa0]?[\dO]{3})(?!\d)"
    r"(?:\s*(?:-\s*)?(?P<suffix>[IVXLC]{1,6}(?:[A-C]|[ ][A-C](?=[ \t]*(?:\n|$)))?\b|(?<=\d)[IVX][IVX1]{0,5}\b|[A-Z]\b)"
    r"|\s*-\s*(?P<numsuffix>\d{1,3})(?!\d))?"
)
DOSSIER_LINE_RE = re.compile(r"^\s*" + DOSSIER_RE.pattern + r"(?P<rest>.*)$")
_ABBREVIATIONS = {"c.s.", "cs.", "c.s", "mr.", "jhr.", "mevr.", "drs.", "dr.", "ir.", "e.a."}


@lru_cache(maxsize=1)
def heading_kinds() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, doc_type) per row of ``resources/heading_kinds.tsv``, in its order."""
    rows = resources.rows("heading_kinds.tsv")
    return tuple((re.compile(row[0], re.IGNORECASE), row[1]) for row in rows)


@lru_cache(maxsize=1)
def _stuk_rows() -> tuple[str, ...]:
    """The rows of ``heading_kinds.tsv`` that head a kamerstuk: every row of a doc_type other than ``other``, and the
    rows of ``other`` marked ``stuk`` in the third column."""
    rows = resources.rows("heading_kinds.tsv")
    return tuple(row[0] for row in rows if row[1] != "other" or row[2:] == ["stuk"])


@lru_cache(maxsize=1)
def heading_re() -> re.Pattern[str]:
    """A line that opens with a heading's words."""
    alternatives = "|".join(pattern.pattern for pattern, _ in heading_kinds())
    # a footnote marker may be glued to the heading's last word ("LIJST VAN ANTWOORDEN1 Ontvangen ...")
    return re.compile(rf"^{_PREFIX}(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def stuk_heading_openings() -> str:
    """The words a kamerstuk's heading opens with (``resources/heading_kinds.tsv``, the rows that head a stuk of
    their own: ``_stuk_rows``; in capitals as listed, after ``II.`` or ``GEWIJZIGD``), as a pattern for another reader that must
    know a stuk's heading when it sees one (``references``: a Bijlagen stuk's bill number alone above its heading,
    where an Aanhangsel item's number above ``VRAGEN`` is no bill's)."""
    return _PREFIX + "(?:" + "|".join(_stuk_rows()) + ")"


def is_heading(text: str) -> bool:
    return heading_re().match(text) is not None or garbled_heading_kind(text) is not None


# A budget's statement of expenses ("UITGEWERKTE EN TOELICHTENDE STAAT, behoorende bij ..."): the heading of a page
# that opens with it (heading_kinds.tsv), but like a table no first stuk of a page that opens inside another one
# (first_stuk, roman_pages: the blind gold of sgd-0000436469 gives that page no header).
_BUDGET_STATEMENT_RE = re.compile(r"UITGEWE[RE]KTE\s+[ER]N\s+TOELICHTENDE\b")


def is_budget_statement(text: str) -> bool:
    return _BUDGET_STATEMENT_RE.match(text) is not None


@lru_cache(maxsize=1)
def _ocr_forms() -> tuple[tuple[str, int, str], ...]:
    """(letters of the heading, its number of words, doc_type) per row of ``resources/heading_ocr_forms.tsv``."""
    rows = resources.rows("heading_ocr_forms.tsv")
    return tuple((re.sub(r"[^A-Z]", "", row[0]), len(row[0].split()), row[1]) for row in rows)


def edits(a: str, b: str) -> int:
    """Levenshtein distance of two short strings."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def within_edits(a: str, b: str, limit: int) -> bool:
    """Whether ``edits(a, b) <= limit``, computed in the band of ``limit`` cells either side of the diagonal (a path
    of at most ``limit`` edits never leaves it) and given up once a whole row of the band exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return False
    over = limit + 1
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        current = [over] * (len(b) + 1)
        current[0] = i if i <= limit else over
        best = current[0]
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != b[j - 1]), over)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return False
        previous = current
    return previous[-1] <= limit


def garbled_heading_kind(text: str) -> str | None:
    """The doc_type of a heading of fixed words as OCR garbled or glued it at the start of ``text`` (``ONTWEEP VAN
    WET.``, ``NOTAVAN WIJZIGING``, ``VOÜRLOOPIG VERSLAG``, ``KINDVERSLAG der``; ``resources/heading_ocr_forms.tsv``),
    or None: the line's first letters and digits (specks and spaces left out, after ``II.`` or ``GEWIJZIGDE``) within
    1 edit of a heading of 11-12 letters or 2 of 13 and more, in capitals, ending where a word of the line ends, in
    as many words as the heading's or one more or fewer, its first and last three letters each within 1 edit of the
    heading's (``VOORSTEL VAN DEN HEER`` is not ``VOORSTEL VAN WET``; ``i.) KONINKLIJKE BOODSCHAP`` is a garbled
    marker's tail over the heading, read where the marker is)."""
    if not is_upper(text[:12]) or heading_re().match(text):
        return None
    text = re.sub(r"^" + _PREFIX, "", text[:80])
    chars = [(c.upper(), i) for i, c in enumerate(text) if c.isalnum()]
    if not chars or not (text[:1].isalpha() or text[:1] == "0"):  # not a stuk's number: "1.] KONINKLIJKE BOODSCHAP"
        return None
    for letters, words, kind in _ocr_forms():
        allowed = 1 if len(letters) < 13 else 2
        for size in range(len(letters) - allowed, len(letters) + allowed + 1):
            if size > len(chars) or size < 2:
                continue
            end = chars[size - 1][1] + 1
            span = text[:end]
            if end < len(text) and text[end].isalnum():
                continue  # the heading ends where a word ends: not "EINDVERSLAGEN"
            found = "".join(c for c, _ in chars[:size])
            if (not is_upper(span) or sum(c.islower() for c in span) > 1 or abs(len(span.split()) - words) > 1
                    or not within_edits(found[:3], letters[:3], 1) or not within_edits(found[-3:], letters[-3:], 1)
                    or not within_edits(found, letters, allowed)):
                continue
            return kind
    return None


@lru_cache(maxsize=1)
def _label_caption_re() -> re.Pattern[str]:
    """A bijlage's label (the rows of ``heading_kinds.tsv`` marked ``label``), its letter or number of at most four
    characters (``N°. 2``), its full stop, and a caption after it on the line that opens with a word of three letters
    or more, not a Roman number (not ``LITT. B``, ``N°. XVII``); or, with no full stop, a table's title in capitals
    (``table_titles.txt``) over its first word in small letters (``BIJLAGE NOMINATIEVE STAAT der pensioenen ...``,
    sgd-0000381520)."""
    labels = "|".join(row[0] for row in resources.rows("heading_kinds.tsv") if row[2:] == ["label"])
    titles = "|".join(resources.lines("table_titles.txt"))
    return re.compile(
        rf"^(?P<label>(?:{labels})(?:\s+(?:N[°o*\"]\.?\s*)?(?!N[°o*\"](?:\W|$))[^\s.]{{1,4}})?)(?:\.\s+"
        rf"(?![IVXLC]{{1,6}}\b)[A-Z][^\W\d_]{{2}}|\s+(?-i:(?:{titles}))\s+[a-z])", re.IGNORECASE)


def label_alone(heading: str) -> str:
    """A bijlage's label without the caption that OCR ran on after its full stop on the line: ``BIJLAGE B.
    NEDERLANDSCH OOST-INDISCH LEGER. — Formatie ...`` reads ``BIJLAGE B``, ``BIJLAGE. ALGEMEENE INVOER en ...``
    ``BIJLAGE``, ``BIJLAGE NOMINATIEVE STAAT der ...`` ``BIJLAGE`` (corpora/CONVENTIONS.md, label over a table's or
    annex's title: the label line without the caption, ex. sgd-0000418632)."""
    found = _label_caption_re().match(heading)
    return found.group("label") if found else heading


def doc_type_of(heading: str | None) -> str:
    """The ANNOTATION.md document type that a heading names."""
    if not heading:
        return "other"
    normalised = re.sub(r"\s+", " ", heading.upper())
    normalised = re.sub(r"^(?:[IVX]{1,4}\. )?(?:" + _ORDINAL + r")?(?:(?:NADER )?GEWIJZIGDE? )?", "", normalised)
    # a heading the exact list does not read, as OCR garbled or glued it ("MEMORIEVAN TOELICHTING", not MEMORIE's "other")
    kind = garbled_heading_kind(normalised) or next(
        (kind for pattern, kind in heading_kinds() if pattern.match(normalised)), "other")
    annex = _ANNEX_OF_RE.match(normalised)
    if kind == "other" and annex:  # "BIJLAGE II VAN DE MEMORIE VAN TOELICHTING": an annex is of its stuk's kind
        return doc_type_of(annex.group("parent"))
    return kind


# An annex named after the stuk it belongs to: "BIJLAGE II VAN DE MEMORIE VAN TOELICHTING", "BIJLAGE BIJ HET
# VERSLAG", "BIJLAGE 3 BEHORENDE BIJ DE NOTA ...", "BIJLAGEN BEHOORENDE BIJ HET ...", the old genitive "BIJLAGE DER
# MEMORIE VAN ANTWOORD", "BIJLAGE E DER MEMORIE VAN TOELICHTING".
_ANNEX_OF_RE = re.compile(
    r"^(?:BIJLAGEN?|[BH][IJUL.]{2,5}AG[EK])\b[^,;]{0,20}?\b(?:(?:VAN|BIJ|BEHOO?RENDE\s+BIJ)\s+(?:DE|HET|DEN|DER)|DER)\s+(?P<parent>.+)$"
)


# The word that leads a report's numbered list of bills, after "over de ontwerpen van wet": "EINDVERSLAG VAN DE
# COMMISSIE VAN RAPPORTEURS over de ontwerpen van wet tot:" / "1°. wijziging ...". The list's lead word is no part of
# the heading (11 of the 13 golds of such reports end it at "van wet"; a common subject stays: "voor de ontwerpen van
# wet tot naturalisatie van:"). So after "ontwerpen van Rijkswet" (sgd-0000245127), and where OCR ran the list on
# after it on the heading's line ("... over de ontwerpen van wet tot: 1°. vaststelling van hoofdstuk XI ...",
# sgd-0000277944): the heading ends before the lead word.
_LIST_LEAD_RE = re.compile(
    r"\bontwerpen\s?van\s+(?:[Rr]ijks-?\s?|RIJKS-?\s?)?[wW]\S{1,2}(?P<lead>\s+(?:tot|houdende))\s*(?:[:;]?\s*$|:\s*1\s?°)"
)


def without_list_lead(heading: str) -> str:
    """A report's heading over several bills without the word that leads their list (``... van wet tot:``)."""
    lead = _LIST_LEAD_RE.search(heading)
    return heading[: lead.start("lead")] if lead else heading


# A stuk of 1815-1880 notes its receipt after its heading, on the heading's line: "KONINKLIJKE BOODSCHAP, ingekomen in
# de zitting van den 2hsten October 1870." (sgd-0000418613), "MISSIVE, ingekomen ...". The note is part of the heading
# (as the golds read every such Boodschap whose line runs on to the next).
_RECEIPT_NOTE_RE = re.compile(r"^[A-Z][A-Z ]{3,40}[A-Z],?\s+ingekomen\s+(?:in\s+de\s+)?\S")


def upper_prefix(heading: str) -> str:
    """An upper-case heading ends where mixed-case text on its line begins."""
    words = heading.split(" ")
    if not is_upper(" ".join(words[:3])):
        return heading
    kept = []
    for i, word in enumerate(words):
        if any(c.islower() for c in word) and word.lower() not in _ABBREVIATIONS and not _garbled_capitals(word, words[i + 1 : i + 2]):
            break
        kept.append(word)
    return " ".join(kept)


# A stuk's number with its letter ("(STUK NR. 128b)", sgd-0000122614), "Nr." before a number ("BIJLAGEN I T/M XII BIJ
# STUK Nr. 11", sgd-0000243847).
_NUMBER_WORD_RE = re.compile(r"\(?\d{1,5}[a-z]\)?[.,]?|N[ro]\.?|n°\.?")


def _garbled_capitals(word: str, following: list[str]) -> bool:
    """Whether a word with small letters still belongs to an upper-case heading: a word in capitals where OCR read one
    or two of them as small letters ("AFDBELINCiBN", "VoOELOOPIO.", sgd-0000380180, sgd-0000360214: more capitals
    than small letters, and at least three), a stuk's number with its letter, or "Nr." before a number."""
    capitals, small = sum(c.isupper() for c in word), sum(c.islower() for c in word)
    if capitals >= 3 and capitals > 2 * small:
        return True
    if not _NUMBER_WORD_RE.fullmatch(word):
        return False
    return word[0].isdigit() or word[0] == "(" or bool(following and re.match(r"\d", following[0]))


# The number of a part under the heading, with or without its stop: "OORSPRONKELIJKE TEKST VAN HET VOORSTEL VAN WET EN
# VAN DE MEMORIE VAN TOELICHTING ..." / "I VOORSTEL VAN WET" (sgd-0000128931): the part's heading is no part of it.
_PART_NUMBER_RE = re.compile(r"^[IVX]{1,4}\.?\s+(?=[A-Z]{4})")
# A table of contents under the heading ("MEMORIE VAN TOELICHTING" / "INHOUDSOPGAVE"): no part of the heading.
_CONTENTS_RE = re.compile(r"INHOUD(?:SOPGAVE)?\b")


def extend_heading(lines: list[Line], i: int, parts: list[Line]) -> int:
    """Add the upper-case lines that continue a heading; return the last line's index."""
    while i + 1 < len(lines):
        nxt = lines[i + 1].text
        if re.search(r"(?:[A-Z]{3}|\d{4})[.!]$", parts[-1].text.rstrip()) and not re.search(r"\bENZ\.$", parts[-1].text.rstrip()):
            break  # a full stop ends the heading: "KONINKLIJKE BOODSCHAP." / "MIJNE HEEREN!", "ONTWERP VAN WET." / "WIJ ..."
        if (
            is_upper(nxt)
            and not NR_LINE_RE.match(nxt)
            and not is_heading(_PART_NUMBER_RE.sub("", nxt))
            and not DOSSIER_LINE_RE.match(nxt)
            and not _CONTENTS_RE.match(nxt)
            and len(nxt) < 200
            and (parts[-1].text.endswith(("-", ",")) or re.search(r"\b(?:VAN|EN|DE|VOOR|HET|DER|OVER|INZAKE|TOT|OP)$", parts[-1].text) or len(nxt) < 40)
            and not _note_under_kind(parts[-1].text, nxt)
        ):
            parts.append(lines[i + 1])
            i += 1
        else:
            break
    return i


# The words that go on with a heading on its next line: "BRIEF VAN DE MINISTER" / "VAN FINANCIËN", "... SOCIALE ZAKEN" /
# "EN WERKGELEGENHEID".
_JOINING_RE = re.compile(r"^(?:(?:VAN|EN|DE|DER|DEN|HET|VOOR|OVER|INZAKE|TOT|OP|MET|NAAR|TER|TEN|BIJ|IN|AAN|BETREFFENDE|HOUDENDE|NOPENS|OMTRENT|BEHOO?RENDE|AANWIJZENDE)\b|[(&,-])")


def _note_under_kind(last: str, below: str) -> bool:
    """A heading whose line ends with the whole name of a kind of stuk (``VOORDRACHT``, ``... VAN DE MEMORIE VAN
    TOELICHTING``) is not continued by a short line in capitals that opens with no joining word: that line is what
    the page prints under the heading (the body that sends it, ``HOGE RAAD DER NEDERLANDEN``, sgd-0000196908; the
    budget's part, ``ALGEMENE UITGAVEN ONDERDEEL: DIVERSEN``, sgd-0000289885)."""
    if _JOINING_RE.match(below):
        return False
    text = last.rstrip(" .:")
    return any(re.search(rf"(?:^|\s)(?:{pattern.pattern})$", text, re.IGNORECASE) for pattern, _ in heading_kinds())


# Before 1950 a heading may run on in small letters to its full stop: "VOORLOOPIG VERSLAG der Commissie van
# Rapporteurs voor de ontwerpen van wet tot ...", "NOTA VAN ANTWOORD op het verslag der Commissie ...". The
# small letters continue the heading when they open with a word that joins a title to what it is about; OCR prints
# "tot" as "lot", "lol", "tol", "toi" or "tut" ("ONTWERP VAN WET lol naturalisatie van ...", "ONTWERP VAN WET lot
# heffing van ...": 26 SGD pool pages, golds of sgd-0000438072 and -444696).
RUN_ON_RE = re.compile(r"^(?:der|van|op|over|omtrent|betreffende|nopens|tot|lot|lol|tol|toi|tut|houdende|voor|in|aan|ter|inzake)\b")


# After a comma that closes the capitals, a heading goes on with what sends, reports or describes the stuk (the
# 1814-1850 print and later): "MISSIVE VAN HET MINISTERIE VAN BINNENLANDSCHE ZAKEN, ten geleide van het Verslag, ...",
# "VERSLAG DER CENTRALE AFDEELING, uitgebragt in de zitting van ...", "MEMORIE ..., ingezonden bij missive van ...",
# "BEANTWOORDING VAN DE AANMERKINGEN, begrepen in de processen-verbaal ...", "MEMORIE VAN TOELICHTING, behoorende
# bij het Zesde Hoofdstuk ...", "ONTWERP VAN WET, zoals het luidt na ...".
COMMA_RUN_ON_RE = re.compile(
    r"^(?:ten\s+geleide|uitgebra[cg]t|ingezonden|ingediend|begrepen|behoo?rende|bevattende|zoo?als|aangeboden)\b"
)


@lru_cache(maxsize=1)
def _stuk_heading_re() -> re.Pattern[str]:
    return re.compile(rf"^{stuk_heading_openings()}(?![^\W\d_])")


def one_word_runs_on(text: str) -> bool:
    """A stuk's heading of one word in capitals that runs on in small letters with a joining word: ``VERSLAG der
    Commissie van Rapporteurs over het bovengenoemd ontwerp van wet; ...`` (1870-1880), ``EINDVERSLAG van het College
    van Senioren omtrent ...``; the word a row of ``heading_kinds.tsv`` that heads a stuk of its own, so not ``VRAGEN
    van den heer ...`` or ``STAAT van ...``."""
    words = text.split(None, 1)
    return (len(words) == 2 and len(words[0]) >= 5 and is_upper(words[0]) and not any(c.islower() for c in words[0])
            and RUN_ON_RE.match(words[1]) is not None and _stuk_heading_re().match(text) is not None)


# How far a heading runs on: seven printed lines and 600 characters at most (an Eerste Kamer report's heading in a
# narrow column, "EINDVERSLAG VAN DE COMMISSIE VAN RAPPORTEURS" / "over het ontwerp van wet tot ..." over six lines,
# sgd-0000317195; one of 560 characters, sgd-0000285373); further on, without a full stop, lies the body.
RUN_ON_LINES, RUN_ON_CHARS = 6, 600
# A line that breaks off after the abbreviation before a number ("... bij die van 21 Mei 1873 (Staatsblad n°." / "64),
# alsmede ...", sgd-0000390029): its stop is no full stop.
_NUMBER_ABBREVIATION_END_RE = re.compile(r"\b(?:n°|no|nr|N°|No|Nr)\.$")


def run_on(lines: list[Line], last: int) -> int | None:
    """The last line of a heading that runs on in small letters from ``lines[last]`` up to its full stop (over
    ``RUN_ON_LINES`` more lines at most), or None where the heading does not run on."""
    words = lines[last].text.split()
    upper = len(list(takewhile(lambda w: not any(c.islower() for c in w), words)))
    if upper < 1 or upper >= len(words):
        return None
    rest = " ".join(words[upper:])
    if not (RUN_ON_RE.match(rest) or (words[upper - 1].endswith(",") and COMMA_RUN_ON_RE.match(rest))):
        return None
    return _to_full_stop(lines, last, last)


def _to_full_stop(lines: list[Line], first: int, last: int) -> int | None:
    """The line of the full stop that ends a heading's small letters from ``lines[first]`` on, the heading starting
    at ``lines[last]``; None where no such line comes soon enough."""
    end = first
    while not lines[end].text.rstrip().endswith((".", ")", ":")) or _NUMBER_ABBREVIATION_END_RE.search(lines[end].text):
        if end + 1 >= len(lines) or end - last >= RUN_ON_LINES:
            return None
        # The next line goes on with the sentence: it opens in small letters, or with a capital (a name, "Additioneele
        # Artikelen der Grondwet.") after a line that breaks off on a small word ("... en In de" / "Additioneel ...").
        mid_sentence = re.search(r"\b(?:de|der|den|het|van|en|in|op|tot|voor|bij|aan|te)$", lines[end].text.rstrip())
        if not (lines[end + 1].text[:1].islower() or (mid_sentence and lines[end + 1].text[:1].isupper())):
            return None
        end += 1
    return end if sum(len(line.text) for line in lines[last:end + 1]) <= RUN_ON_CHARS else None


_JOINING_END_RE = re.compile(r"\b(?:VAN|EN|DE|DER|DEN|HET|VOOR|OVER|INZAKE|TOT|OP)$")


def run_on_below(lines: list[Line], last: int) -> int | None:
    """The last line of a heading in capitals (``lines[last]``) whose sentence goes on in small letters on the lines
    under it: the next line opens with a joining word (``EINDVERSLAG VAN DE COMMISSIE VAN RAPPORTEURS`` / ``over het
    ontwerp van wet tot ...``), or the capitals break off on one and go on there (``VOORLOOPIG VERSLAG VAN DE
    COMMISSIE VAN`` / ``RAPPORTEURS over het ontwerp van wet ...``); up to the full stop, as ``run_on``."""
    if last + 1 >= len(lines) or any(c.islower() for c in lines[last].text) or lines[last].text.rstrip().endswith("."):
        return None  # "GELEIDENDE BRIEF." / "van den Heer Voorzitter ...": its full stop ends it (sgd-0000310715)
    if RUN_ON_RE.match(lines[last + 1].text):
        return _to_full_stop(lines, last + 1, last)
    if not _JOINING_END_RE.search(lines[last].text.rstrip()):
        return None
    end = run_on(lines, last + 1)
    return end if end is None or sum(len(line.text) for line in lines[last:end + 1]) <= RUN_ON_CHARS else None


def set_heading(r: Reading, parts: list[Line], *, runs_on: bool = False) -> None:
    """The heading of ``parts``, less a trailing ``Nr. 12`` or date (which fill their own fields); a letter's
    heading also gives its sender (``BRIEF VAN DE MINISTER VAN X, BETREFFENDE ...``: X)."""
    text = r.text
    heading = _rejoin_printed_words(dehyphenate([p.text for p in parts]), text)
    start, end = parts[0].start, parts[-1].end
    nr = re.search(r"\s+N\s?[ro]\.?\s*(?P<nr>\d{1,4}[a-z]?)\s*$", heading)
    if nr:
        if r.fields["ondernummer"] is None:
            offset = text.find(nr.group("nr"), start, end)
            r.set_ondernummer(offset, nr.group("nr"))
        heading = heading[: nr.start()]
        end = text.rfind(nr.group(0).strip()[:2], start, end) if len(parts) == 1 else end
    received = RECEIVED_DATE_RE.search(heading)
    kept = False
    noted = not runs_on and _RECEIPT_NOTE_RE.match(heading) is not None
    if received:
        in_text = RECEIVED_DATE_RE.search(text, start, end)
        if r.fields["date"] is None and in_text:
            r.set_received_date(0, in_text)
        # a receipt that the heading's sentence runs on to after a comma is printed as part of it ("MISSIVE ...,
        # ten geleide van het Verslag, ingekomen in de zitting van 24 Maart 1828", CONVENTIONS on the receipt)
        kept = runs_on and heading[: received.start()].rstrip().endswith(",")
        if not noted and not kept:
            heading = heading[: received.start()].strip()
    trailing_date = None if noted or (received and kept) else re.search(r"\s+" + DATE + r"\.?$", heading)
    if trailing_date:  # "GEWIJZIGD ONTWERP VAN WET 23 juni 1980"
        iso = parse_date(trailing_date.group("day"), trailing_date.group("month"), trailing_date.group("year"))
        if iso:
            if r.fields["date"] is None:
                r.fields["date"] = iso
                if len(parts) == 1:
                    r.mark(start + trailing_date.start("day"), start + trailing_date.end("year"), "date")
            heading = heading[: trailing_date.start()]
    if noted:  # the note of its receipt is part of it, to its year (the line may run on: "..., 'SGRAVENHAGE, den ...")
        heading = heading.replace("\xad", "")
        year = re.search(r"\b[1l]\d{3}\b", heading)
        heading = heading[: year.end()] if year else heading
    elif not runs_on:
        heading = upper_prefix(heading)
    else:  # flattened OCR keeps a printed line break as a hyphen inside the small letters ("Rap-porteurs")
        heading = heading.replace("\xad", "")  # a soft hyphen prints nothing where the line does not break
        page_words = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", text))
        heading = re.sub(r"(?<=[a-z])-(?=[a-z])", lambda m: m.group() if keeps_hyphen(
            heading[: m.start()], heading[m.end():], page_words) else "", heading)
    if len(parts) == 1:
        end = start + len(heading)
    heading = re.sub(r"(?<=\w)\.\s?\(\d\)$", "", heading)  # a footnote's call after the full stop: "... 1820. (1)"
    abbreviation = re.search(r"\b[cC]\.?\s?[sS]\.$", heading.rstrip(" ,:"))  # "c.s.", "CS.": the stop is the abbreviation's
    heading = heading.strip(" .,:*|") + ("." if abbreviation else "")  # "*", "|": OCR's specks after the stop
    label = label_alone(heading)
    if label != heading:  # "BIJLAGE B. NEDERLANDSCH OOST-INDISCH LEGER. —": the label, not its caption
        heading = label
        end = start + len(label) if len(parts) == 1 else parts[0].start + len(label)
    r.fields["heading"] = heading
    r.mark(start, end, "heading")
    sender_part = re.split(r",?\s+(?:BETREFFENDE|MEDE\s+NAMENS|INZAKE|HOUDENDE|TEN\s+GELEIDE|NAAR\s+AANLEIDING)\b",
                           heading, maxsplit=1)[0]
    offices = parse_offices(sender_part) if doc_type_of(heading) == "brief" else []
    if sender_part.isupper():  # OCR's capitals: "WERKGELE-GEIMHEID", "NATUURBEHEER EIM VISSERU"
        offices = [{**office, "portfolio": ocr_capitals_portfolio(office["portfolio"]) or office["portfolio"]}
                   for office in offices]
    if offices:
        r.fields["sender"] = offices[0]
        if len(offices) > 1:
            r.fields["co_senders"] = offices[1:]


@lru_cache(maxsize=1)
def portfolio_words() -> frozenset[str]:
    """The words of the portfolios' names (``ontwikkelingssamenwerking``, ``buitenlandse``), case-folded."""
    return frozenset(word for _key, name in portfolio_rows() for word in re.findall(r"[^\W\d_]{4,}", name.casefold()))


def _rejoin_printed_words(heading: str, text: str) -> str:
    """A hyphen inside a heading's word where flattened OCR kept a printed line break (``WETEN-SCHAPPEN``) is dropped
    where it is known to be the break's (``lines.line_break_hyphen``): the page prints the joined word elsewhere
    (``Wetenschappen``), the joined word is one of a portfolio's name (``ONTWIKKELINGSSAMEN-WERKING``, ``BUITEN-LANDSE
    ZAKEN``), or a common word of the corpus split inside a part (``RAPPOR-TEURS``, ``VER-VANGING``)."""
    if "-" not in heading:
        return heading
    page = PageSpelling.of(text)

    def joined(match: re.Match[str]) -> str:
        known = line_break_hyphen(match.group(1), match.group(2), page, portfolio_words())
        if known is None:
            known = no_word_part(match.group(1), match.group(2), page)
        return match.group(1) + match.group(2) if known else match.group(0)

    return re.sub(r"\b([^\W\d_]{2,})-([^\W\d_]{2,})\b", joined, heading)


# A footnote marker glued to a word of a heading or a dossier title ("VERSLAG OVER HET ADRES1 VAN ...",
# "... HOGER ONDERWIJS1", "Titel2"): a digit or two right after a word in capitals is a marker (a number that
# belongs to the text stands apart: "ARTIKEL 1", a year); after a word in small letters only where the page
# prints a footnote with that number (a line that opens with it).
_MARKER_AFTER_CAPITALS_RE = re.compile(r"(?<![\w.])([^\W\d_a-z]*[A-Z][^\W\d_a-z]{2,})(\d{1,2})(\))?(?=[\s,.;:)]|$)")
_MARKER_AFTER_WORD_RE = re.compile(r"(?<![\w.])([^\W\d_]*[a-z][^\W\d_]{2,})(\d{1,2})(?=[\s,.;:)]|$)")


def drop_footnote_markers(value: str, text: str) -> str:
    """``value`` (a heading or a dossier title of ``text``) without the footnote markers glued to its words."""
    def capitals(match: re.Match[str]) -> str:
        before = value[: match.start()]
        if match.group(3) and before.count("(") > before.count(")"):
            return match.group(1) + match.group(3)  # "(... KAMER1)": the bracket is the text's own
        return match.group(1)  # "VERSLAG1)": the marker's bracket goes with it

    value = _MARKER_AFTER_CAPITALS_RE.sub(capitals, value)

    def small(match: re.Match[str]) -> str:
        footnote = re.search(rf"(?m)^[ \t]*{match.group(2)}\)?[ \t]+[A-Z]", text)
        return match.group(1) if footnote else match.group(0)

    return _MARKER_AFTER_WORD_RE.sub(small, value)


# A footnote's call printed apart from a word in a heading, as OCR read its figure ("adres *) van", "1970 *) in",
# "te H. 2) betreffende", "adres x) van"), and the footnote it calls opening a line of the page ("1) Dit adres ...",
# OCR's "i)" or "*)").
_SPACED_CALL_RE = re.compile(r"(?<=[^\s(])\s?(?:\d|[*x])\)(?=[\s,.;:]|$)")
_FOOTNOTE_LINE_RE = re.compile(r"(?m)^[ \t]*(?:\d{1,2}|[*xi])\)[ \t]+[A-Z]")


def drop_footnote_calls(heading: str, text: str) -> str:
    """A heading without the calls of footnotes (``_SPACED_CALL_RE``) where the page prints a footnote, as the golds
    write the Verzoekschriften reports of 1965-1975 (sgd-0000227839); a bracket the heading opened keeps its close
    (``(Stb. 1961, 31)``)."""
    if not _SPACED_CALL_RE.search(heading) or not _FOOTNOTE_LINE_RE.search(text):
        return heading

    def call(match: re.Match[str]) -> str:
        before = heading[: match.start()]
        return match.group() if before.count("(") > before.count(")") else ""

    return _SPACED_CALL_RE.sub(call, heading)

