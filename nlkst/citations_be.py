"""Citations the Dutch-language Belgian parliamentary papers print, and law titles cited by date.

The Belgian written questions and their answers cite other questions, the Kamer's bulletins and
verbatim reports, bills by their DOC number, laws and royal decrees by their date (with or without
the title), articles of codes and laws, and EU acts by number. None of these has a Dutch kamerstuk id,
so ``ReferenceParser`` (``nlkst.references``) does not know them; ``kst_references`` adds each one
that no mention of the parser overlaps as a ``REF`` with a record of its own type:

- ``vraag``: ``schriftelijke parlementaire vraag nr. 1215 van 29 juni 2017``, ``vraag 208``,
  ``mondelinge parlementaire vragen nrs. 15556, 15826 en 16125 van 21 december 2016 en 12 januari
  2017``, ``schriftelijke vragen met nrs. 1899 tot 1910``, ``vraag met nummer 11717`` (no id: a
  question's number is the minister's, so the number alone identifies nothing);
- ``bulletin``: ``Vragen en Antwoorden, Kamer, 2016-2017, nr. 108`` (id ``qrva-20162017-108``),
  ``Integraal Verslag, Kamer, 2016-2017, CRIV 54 COM 582`` and a bare ``CRIV 54 COM 550``
  (id ``criv-54-com-550``), ``DOC 54 1720/001`` (id ``doc-54-1720-001``);
- ``be_wet``: ``koninklijk besluit van 28 oktober 2016 betreffende ...``, ``wet van 22 december
  2009``, ``artikel 354, 1ste lid van het Wetboek van de inkomstenbelastingen 1992``, ``artikel
  3bis, § 2, Wet van 2 april 1962`` (id ``be-wet-2009-12-22``, ``be-kb-2016-10-28`` for an act by
  date, the article after ``&artikel=``; none for a code by name);
- ``eu``: ``Richtlijn 2014/40/EU van 3 april 2014``, ``reglement 862/2007``, ``Europese richtlijn
  2009-81`` (id ``eu-richtlijn-2014-40``).

A title after the date runs from the word that opens it (``betreffende``, ``tot``, ``houdende``,
``inzake``) to the first punctuation or the first word of ``resources/law_title_stops.txt`` (a verb
or a relative pronoun that begins the sentence's own clause: ``die``, ``werd``, ``gepubliceerd``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import resources

_S = r"[ \u00a0]+"
_O = r"[ \u00a0]*"
_MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december")
_MONTHS = "(?:" + "|".join(_MONTH_NAMES) + ")"
_MONTH_NUMBER = {m: i for i, m in enumerate(_MONTH_NAMES, start=1)}
_DATE = rf"\d{{1,2}}(?:er)?{_S}{_MONTHS}{_S}(?:18|19|20)\d\d"
# "21 december 2016 en 12, 16, 18, 20 en 24 januari 2017": days, months and years that share the last's
_DATES = rf"(?:\d{{1,2}}(?:{_S}{_MONTHS}(?:{_S}(?:19|20)\d\d)?)?(?:{_O},{_O}|{_S}en{_S}))*{_DATE}"
_NUMBER = r"\d{1,5}(?![\d/])"
_NUMBERS = rf"{_NUMBER}(?:(?:{_O},{_O}|{_S}(?:en|tot|et){_S})(?:nr\.?{_O})?{_NUMBER})*"

_QUESTION = re.compile(rf"""
    (?<![\w-])
    (?:[Ss]amengevoegde{_S})?(?:(?:[Ss]chriftelijke|[Mm]ondelinge){_S})?(?:parlementaire{_S})?
    (?:
        [Vv]ra(?:ag|gen){_S}(?:(?:met{_S})?(?:nrs?\.?|nummers?|n°){_O}{_NUMBERS}  # vraag nr. 1215, nr 1051, met nrs.
          |\d{{3,5}}(?![\d/]))                                                   # vraag 208: three digits at least
    )
    (?:{_S}van{_S}{_DATES})?
    """, re.X)
# "(mondelinge vragen ... en) schriftelijke nr. 1037": the question's noun left out.
_QUESTION_SHORT = re.compile(rf"(?<![\w-])[Ss]chriftelijke{_S}nrs?\.{_O}{_NUMBERS}(?:{_S}van{_S}{_DATES})?")
# A question's number alone where the sentence already speaks of questions: the next of a list ("vragen nr. 18655
# van mevrouw ... en nr. 19222", "(Vragen en Antwoorden, ...) en nr. 1087", "(...), nr. 885") or "dezelfde vraag
# gesteld werd onder het nr. 1465"; read as a question only where "vraag" or "vragen" stands before it in its
# sentence (not "de arresten nr. 216.213 ... en nr. 212.560"; a comma only after a bracket: not "Aanhangsel ..., nr.").
# The pattern opens with its literal "nr" (fast to find); the words before it (and the space) are checked after.
_QUESTION_NEXT = re.compile(rf"(?P<nr>nrs?\.{_O}\d{{3,5}}(?![\d/]|\.\d)(?:{_S}van{_S}{_DATES})?)")
_QUESTION_NEXT_BEFORE = re.compile(rf"(?:\),|(?<![\w-])en|(?<![\w-])onder{_S}het){_S}$")
_SENTENCE_END = re.compile(r"[?!]\s|[^\W\d]{3}\.\s+(?=[A-Z])|\n")

# Pages of a bulletin: "blz. 348-349", "blz. 26.954", "blz.12 en 13", "blz. 3 tot 5".
_PAGE = r"(?:\d{1,3}\.\d{3}|\d{1,5})(?!\d)"
_PAGES = rf"{_PAGE}(?:{_O}-{_O}{_PAGE}|{_S}(?:en|tot){_S}{_PAGE})?"
_BULLETIN = re.compile(rf"""
    (?<![\w-])(?:Bulletin{_S}van{_S})?
    (?P<kind>Vragen{_S}en{_S}Antwoorden|Integraal{_S}[Vv]erslag|Beknopt{_S}[Vv]erslag),{_S}(?:Kamer|Senaat)
    (?:,{_S}(?P<vj>(?:19|20)\d\d-(?:19|20)\d\d))?
    (?:,{_S}{_DATE})?                                              # "2016-2017, 23 februari 2017, nr. 107"
    ,{_S}(?:nr\.{_O}(?:\d\d/)?(?P<nr>\d{{1,4}})                    # "nr. 50/43": legislature and number
      |(?P<criv>(?:(?:CRIV|CRABV){_O})?\d{{2}}{_O}(?:COM|PLEN){_O}\d{{1,4}}))  # CRIV54 COM690
    (?:{_S}van{_S}{_DATE})?
    (?:,{_S}(?:[Bb]lz|p)\.{_O}{_PAGES})?                             # "blz. 10-13", "blz.12 en 13", "p. 123"
    """, re.X)
_CRIV = re.compile(rf"(?<![\w-])(?:CRIV|CRABV){_O}(?P<leg>\d{{2}}){_O}(?P<kind>COM|PLEN){_O}(?P<nr>\d{{1,4}})(?!\d)")
# The bulletin by its legislature and number ("QRVA 51-137").
_QRVA = re.compile(rf"(?<![\w-])QRVA{_O}(?P<leg>\d{{2}})[-/]{_O}(?P<nr>\d{{1,3}})(?!\d)")
# The Belgisch Staatsblad of a day ("Belgisch Staatsblad van 2 juni 2016", "(Belgisch Staatsblad, 24 december
# 2010)"); without its date the gazette is no citation.
_GAZETTE = re.compile(rf"(?<![\w-])Belgisch{_S}Staatsblad(?:{_S}van|,)?{_S}(?P<date>{_DATE})")
# A circular by its number or date ("omzendbrief nr. 781 van 30 september 2016", "circulaire nr.
# Ci.RH.243/588.588 (AOIF 25/2008) van 13 augustus 2008", "circulaire van 8 november 1978"); not "de circulaire".
_CIRCULAR = re.compile(rf"""
    (?<![\w-])(?:[Oo]mzendbrief|[Cc]irculaire)
    (?:{_S}(?:nr\.|n°){_O}(?P<number>[\w./-]*\d[\w./-]*?)(?:{_S}\([^()\n]{{1,40}}\))?(?=[\s,;:)]|\.(?!\w)))?
    (?:{_S}van{_S}(?P<date>{_DATE}))?
    """, re.X)
_DOC = re.compile(rf"(?<![\w-])DOC{_S}(?P<leg>\d{{2}}){_S}(?P<nr>\d{{4}})(?:/(?P<part>\d{{3}}))?(?!\d)")

# An act by its date: "koninklijk besluit van 12 januari 2007", "Wet van 16 maart 1968".
_ACT = (r"(?:[Kk]oninklijk|[Mm]inisterieel){_S}[Bb]esluit|[Pp]rogrammawet|[Oo]rganieke{_S}wet|[Kk]aderwet"
        r"|[Ww]et(?:ten)?|[A-Z]?[a-z]+wet|[Dd]ecreet|[Oo]rdonnantie|[Ss]amenwerkingsakkoord").replace("{_S}", _S)
_TITLE_OPENING = rf"(?:betreffende|houdende|inzake|tot|ertoe{_S}strekkende|met{_S}betrekking{_S}tot|op{_S}(?:de|het))"
_ACT_BY_DATE = rf"(?P<act>{_ACT}){_S}van{_S}(?P<date>{_DATE})"
_DATED_ACT = re.compile(rf"(?<![\w-]){_ACT_BY_DATE}(?P<title>{_S}{_TITLE_OPENING}{_S}[^.,;:()?\n]{{3,400}})?")

# A code or a law by name after an article: "het Wetboek van de inkomstenbelastingen 1992", "de ventosewet",
# "de organieke wet met betrekking tot inlichtingendiensten", "de Europese richtlijn 2009-81".
_LAW_HEAD = (r"(?:(?:\w+-)?\w*[Ww]etboek|\w*wet|\w*[Ww]et|[Gg]rondwet|[Dd]ecreet|[Oo]rdonnantie|\w*[Cc]ode"
             r"|(?:[Ee]uropese{_S})?(?:[Rr]ichtlijn|[Vv]erordening){_S}(?:\(\w+\){_S})?(?:nr\.{_O})?\d{{2,4}}[/-]\d{{1,4}}"
             r"(?:/(?:EU|EG|EEG|EGKS))?)").replace("{_S}", _S).replace("{{", "{").replace("}}", "}")
_SUFFIX = r"(?:bis|ter|quater|quinquies|sexies)"
# "VI.84": the Wetboek van economisch recht numbers its articles by book
_ARTICLE_NUMBER = rf"(?:[IVX]{{1,4}}\.)?\d{{1,4}}(?:{_SUFFIX}|[a-z])?(?:/\d{{1,3}})?"
# "artikel 26bis, § 2bis, derde lid", "artikel 53, 6°" (the OCR prints § and ° as "?")
_ARTICLE_HEAD = rf"""
    (?<![\w-])[Aa]rt(?:ikel(?:en|s)?|\.){_S}(?P<article>{_ARTICLE_NUMBER})
    (?:(?:{_O},{_O}|{_S}(?:en|tot){_S}){_ARTICLE_NUMBER})*
    (?:{_O},?{_O}(?:§|\?){_O}\d{{1,2}}{_SUFFIX}?(?:{_O},?{_S}(?:\d{{1,2}}(?:ste|de|e)|eerste|tweede|derde){_S}lid)?)?
    (?:{_O},?{_S}(?:\d{{1,2}}(?:ste|de|e)|eerste|tweede|derde|vierde){_S}lid)?
    (?:{_O},?{_S}\d{{1,2}}(?:°|\?)(?:{_O},?{_S}[a-z]\))?)?  # "1°, a)"
    """
_ARTICLE = re.compile(_ARTICLE_HEAD + rf"""
    (?:{_O},{_S}(?:van{_S}(?:(?:de|het){_S})?)?|{_S}van{_S}(?:(?:de|het){_S})?|{_S}(?=[A-Z]))
    (?P<law>(?:[a-z]+{_S})?{_ACT_BY_DATE}                                    # (de voornoemde) wet van 8 mei 2014
      |(?:[\w-]+{_S}){{0,3}}{_LAW_HEAD}(?![\w/-])
        (?:{_S}(?:van|der){_S}(?:(?:de|het){_S})?[^\W\d]\w*(?:{_S}[A-Z]\w+)?)?   # van het Vlaams Parlement
        (?:{_S}(?:19|20)\d\d(?!\d)|{_S}van{_S}{_DATE})?)                         # 1992, van 19 december 2014
    (?P<title>{_S}{_TITLE_OPENING}{_S}[^.,;:()?\n]{{3,300}})?
    """, re.X)
# The body that issued an EU act, after its number or its date: "van de Raad", "van de Commissie", "van het
# Europees Parlement en (van) de Raad" (the golds take it into the act's span: be-dekamer-190146).
_EU_BODY = (rf"{_S}van{_S}(?:het{_S}Europees{_S}Parlement{_S}en{_S}(?:van{_S})?)?de{_S}(?:Raad|Commissie)"
            rf"(?!{_S}van{_S}[A-Z])")  # not "van de Raad van State"
_EU_ACT = re.compile(rf"""
    (?<![\w-])(?:[Ee]uropese{_S})?(?P<kind>[Rr]ichtlijn|[Vv]erordening|[Rr]eglement|[Bb]eschikking|[Kk]aderbesluit)
    {_S}(?:\((?:EU|EG|EEG|Euratom)\){_S})?(?:nr\.{_O})?(?P<number>\d{{2,4}}[/-]\d{{1,4}})(?:/(?:EU|EG|EEG|EGKS|JBZ))?
    (?![\d/-])
    (?:{_EU_BODY})?(?:{_S}van{_S}(?:{_DATE}|\d\d/\d\d/(?:19|20)\d\d))?(?:{_EU_BODY})?   # "van 13/07/2009"
    (?P<title>{_S}{_TITLE_OPENING}{_S}[^.,;:()?\n]{{3,400}})?
    """, re.X)
# The Official Journal of the EU by its series, number and date ("PB L97 van 8 maart 2004", "PB L 119 van 4.5.2016").
_OFFICIAL_JOURNAL = re.compile(rf"""
    (?<![\w-])(?:PB|Pb\.|Publicatieblad{_S}van{_S}de{_S}Europese{_S}(?:Unie|Gemeenschappen))
    {_S}(?P<series>[LC]){_O}(?P<nr>\d{{1,3}})(?![\d/])
    (?:{_S}van{_S}(?P<date>{_DATE}|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d))
    """, re.X)


# "artikel 9 van de wet", "artikel 3 van deze wet": the law the text is about, named by no name of its own.
_UNNAMED_LAW = re.compile(r"(?:(?:deze|die|dezelfde|voornoemde|genoemde|bovengenoemde|vermelde|nieuwe"
                          r"|huidige|oude|betrokken|zelfde)\s+)*(?:wet|wetboek|decreet|ordonnantie|code|besluit|verordening)",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    record: dict[str, Any]


@lru_cache(maxsize=1)
def _title_stops() -> frozenset[str]:
    return frozenset(resources.lines("law_title_stops.txt"))


@lru_cache(maxsize=1)
def _part_openers() -> frozenset[str]:
    return frozenset(resources.lines("title_part_openers.txt"))


@lru_cache(maxsize=1)
def _codes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A Belgian code named alone (``het Strafwetboek``, ``Boek II van het Strafwetboek``, ``WIB 1992``) and an
    article of one cited by its abbreviation (``artikel 196 Sw.``, ``artikel 53, 6° WIB92``), from
    ``resources/be_codes.tsv``: the Dutch law index knows neither, and the golds take each as a ``REF``."""
    rows = resources.rows("be_codes.tsv")[1:]  # after the header row (kind, written)

    def either_case(name: str) -> str:  # each word's first letter in either case, a space any run of spaces
        return _S.join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" if w[0].isalpha() else re.escape(w)
                       for w in name.split())

    names = sorted((either_case(written) for kind, written in rows if kind == "name"), key=len, reverse=True)
    abbreviations = sorted((re.escape(written) for kind, written in rows if kind == "abbr"), key=len, reverse=True)
    book = rf"[Bb]oek{_S}[IVX]{{1,4}}(?:,{_S}titel{_S}[IVX]{{1,4}})?{_S}van{_S}het{_S}"  # "Boek II van het ..."
    named = re.compile(rf"(?<![\w-])(?:{book})?(?P<law>(?:{'|'.join(names)})(?:{_S}(?:19|20)\d\d|{_S}van{_S}{_DATE})?)"
                       r"(?![\w-])")
    abbreviated = re.compile(_ARTICLE_HEAD + rf"(?:{_O},)?{_S}(?P<law>{'|'.join(abbreviations)})(?!\w)", re.X)
    return named, abbreviated


def _named_codes(text: str) -> list[re.Match[str]]:
    """The codes named in ``text``, searched only around the words one of which every name holds (``etboek``,
    ``WIB``), found by ``str.find``: the pattern's many names, each word in either case, are slow to try at every
    character of a long answer."""
    named = _codes()[0]
    found: dict[int, re.Match[str]] = {}
    for anchor in ("etboek", "WIB"):
        at = text.find(anchor)
        while at >= 0:  # "Boek VII, titel III van het Wetboek van ..." begins before it, a name and date run after it
            for match in named.finditer(text, max(0, at - 60), min(len(text), at + 120)):
                found.setdefault(match.start(), match)
            at = text.find(anchor, at + len(anchor))
    kept: list[re.Match[str]] = []
    for match in sorted(found.values(), key=lambda match: match.start()):
        if not kept or match.start() >= kept[-1].end():  # a window that began inside a name finds its tail
            kept.append(match)
    return kept


# The comma-free parts of a title's sentence after its first ("de tijdelijke arbeid, de uitzendarbeid en het ter
# beschikking stellen ...", "het melden, onderzoeken en opvolgen van voorvallen ...").
_TITLE_PART = re.compile(r",[ \u00a0]*([^.,;:()?\n]+)")
_AND = re.compile(r"[ \u00a0]en[ \u00a0]")


def _enumeration_end(text: str, end: int) -> int:
    """``end`` moved over the commas of an enumeration that the title at ``end`` goes on with: the parts after it
    up to the first that holds ``en``, each of at most eight words and none with a stop word (so not ``..., die
    ... en ...``, where the sentence's own clause begins, nor a part with a number or opening with a word of
    ``resources/title_part_openers.txt``: another act of a list, the sentence's own phrase)."""
    stops = _title_stops()
    at = end
    while (part := _TITLE_PART.match(text, at)) is not None:
        words = re.findall(r"[\w-]+", part[1])
        if len(words) > 8 and not _AND.search(part[1]) or any(word.lower() in stops for word in words) \
                or words[:1] and words[0] in _part_openers() or any(c.isdigit() for c in part[1]):
            return end  # "..., bij de bijzondere wet van 16 januari 1989": the next citation of a list
        at = part.end()
        if _AND.search(part[1]):
            return at
    return end


def _title_end(text: str, start: int, end: int) -> int:
    """Where a law's title that starts at ``start`` ends: before the first stop word, at most at ``end`` (or at the
    end of an enumeration that ``end`` runs into)."""
    stops = _title_stops()
    end = _enumeration_end(text, end)
    for word in re.finditer(r"[\w-]+|[ \u00a0][-–][ \u00a0]", text[start:end]):
        if (word.group().lower() in stops or not word.group()[0].isalnum()) and word.start() > 0:
            return start + len(text[start:start + word.start()].rstrip())
    return start + len(text[start:end].rstrip())


def _date_key(raw: str) -> str:
    day, month, year = re.fullmatch(rf"(\d+)(?:er)?{_S}(\w+){_S}(\d+)", raw).groups()
    return f"{year}-{_MONTH_NUMBER[month]:02d}-{int(day):02d}"


def _act_id(act: str, date: str) -> str:
    kind = "kb" if "esluit" in act else act.split()[-1].lower().rstrip("n").replace("wette", "wet")
    if kind.endswith("wet") and kind not in ("programmawet", "kaderwet"):  # the arbeidswet is the wet of its date
        kind = "wet"
    return f"be-{kind}-{_date_key(date)}"


def citations(text: str) -> list[Citation]:
    """Every citation of the kinds above in ``text``, in text order, none overlapping another."""
    def has(*literals: str) -> bool:  # a pattern is tried only where one of its words is in the text
        return any(literal in text for literal in literals)

    found: list[Citation] = []
    bulletins = _BULLETIN.finditer(text) if has("Verslag,", "verslag,", "Antwoorden,") else ()
    for match in bulletins:
        vj, nr, criv = match.group("vj"), match.group("nr"), match.group("criv")
        if criv:
            parts = re.fullmatch(r"(?:(?:CRIV|CRABV)\W*)?(\d\d)\W*(\w+?)\W*(\d+)", criv).groups()
            ident = "criv-" + "-".join(parts).lower()
        else:
            ident = f"qrva-{vj.replace('-', '')}-{nr}" if vj and nr else None
        found.append(Citation(match.start(), match.end(), {"type": "bulletin", "id": ident}))
    for match in _CRIV.finditer(text) if has("CRIV", "CRABV") else ():
        found.append(Citation(match.start(), match.end(), {
            "type": "bulletin", "id": f"criv-{match['leg']}-{match['kind'].lower()}-{match['nr']}"}))
    for match in _QRVA.finditer(text) if has("QRVA") else ():
        found.append(Citation(match.start(), match.end(), {
            "type": "bulletin", "id": f"qrva-{match['leg']}-{match['nr']}"}))
    for match in _DOC.finditer(text) if has("DOC") else ():
        part = f"-{match['part']}" if match["part"] else ""
        found.append(Citation(match.start(), match.end(), {
            "type": "bulletin", "id": f"doc-{match['leg']}-{match['nr']}{part}"}))
    questions = (_QUESTION, _QUESTION_SHORT) if has("raag", "ragen") else (_QUESTION_SHORT,) if has("lijke nr") else ()
    for pattern in questions:
        for match in pattern.finditer(text):
            found.append(Citation(match.start(), match.end(), {"type": "vraag", "id": None}))
    for match in _QUESTION_NEXT.finditer(text) if has("raag", "ragen") else ():
        if not _QUESTION_NEXT_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        before = text[max(0, match.start() - 300):match.start()]
        sentence = before[max((end.end() for end in _SENTENCE_END.finditer(before)), default=0):]
        if re.search(r"\b[Vv]ra(?:ag|gen)\b", sentence):
            found.append(Citation(match.start("nr"), match.end(), {"type": "vraag", "id": None}))
    for match in _ARTICLE.finditer(text) if has("rtikel", "Art.", "art.") else ():
        if _UNNAMED_LAW.fullmatch(match["law"]):
            continue
        end = match.end()
        if match["title"]:
            end = _title_end(text, match.start("title") + 1, match.end("title"))
        law = match["law"]
        code = _codes()[0].match(text, match.start("law")) if not match["title"] else None
        if code is not None and code.end() > end:  # "artikel VI.84 van het Wetboek van economisch recht"
            end, law = code.end(), code["law"]
        ident = None
        if match["act"]:
            ident = _act_id(match["act"], match["date"]) + f"&artikel={match['article']}"
        found.append(Citation(match.start(), end, {"type": "be_wet", "id": ident, "law": law}))
    acts = _DATED_ACT.finditer(text) if has("et van ", "etten van ", "esluit van ", "eet van ", "antie van ",
                                            "akkoord van ") else ()
    for match in acts:
        end = match.end()
        if match["title"]:
            end = _title_end(text, match.start("title") + 1, match.end("title"))
        found.append(Citation(match.start(), end, {"type": "be_wet", "id": _act_id(match["act"], match["date"])}))
    for match in _GAZETTE.finditer(text) if has("Staatsblad") else ():
        found.append(Citation(match.start(), match.end(),
                              {"type": "staatsblad", "id": f"bs-{_date_key(match['date'])}"}))
    for match in _CIRCULAR.finditer(text) if has("mzendbrief", "irculaire") else ():
        if match["number"] or match["date"]:
            # no id: a ministry may issue several circulars on one day
            found.append(Citation(match.start(), match.end(), {"type": "circulaire", "id": None}))
    codes = _named_codes(text)
    if has("rtikel", "Art.", "art.") and has("WIB", "WBTW", "W.", "Sw", "SWB", "Ger.", "WER", "WVV", "SSW", "WDRT",
                                             "WIPR", "WIGB"):
        codes += _codes()[1].finditer(text)
    for match in codes:
        found.append(Citation(match.start(), match.end(), {"type": "be_wet", "id": None, "law": match["law"]}))
    eu_words = ("ichtlijn", "erordening", "eglement", "eschikking", "aderbesluit")
    for match in _EU_ACT.finditer(text) if has(*eu_words) else ():
        number = match["number"].replace("/", "-")
        end = _title_end(text, match.start("title") + 1, match.end("title")) if match["title"] else match.end()
        found.append(Citation(match.start(), end, {"type": "eu", "id": f"eu-{match['kind'].lower()}-{number}"}))
    for match in _OFFICIAL_JOURNAL.finditer(text) if has("PB ", "Pb. ", "Publicatieblad") else ():
        year = match["date"][-4:]
        found.append(Citation(match.start(), match.end(), {
            "type": "publicatieblad", "id": f"pb-{match['series'].lower()}-{year}-{match['nr']}"}))
    found.sort(key=lambda c: (c.start, -c.end))
    kept: list[Citation] = []
    for citation in found:
        if kept and citation.start < kept[-1].end:
            continue
        kept.append(citation)
    return kept
