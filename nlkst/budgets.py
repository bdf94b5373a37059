"""A budget named by its year: ``hoofdstuk XI der rijksbegroting voor 1961``, ``het Xlde hoofdstuk der
Staatsbegrooting voor 1921``, ``de hoofdstukken VI en XVI der rijksbegroting voor 1964``, ``de Rijksbegroting voor
1955``, ``de begroting van het Gemeentefonds voor 1964``, ``de Oorlogsbegrooting voor 1907``.

Each is an implicit kamerstuk record (one per chapter, over the same words), without id: the text names no number
and the spec gives an implicit reference an id only from the document itself (every fresh gold leaves these null).
The dossier the budget had is filled in from ``resources/budget_dossiers.tsv`` (the Rijksbegroting's dossier per
year, read from the SGD pool's own budget heads by ``training/corpora/build_budget_dossiers.py``): a chapter of the
Rijksbegroting of 1961 has ``"dossier": "6100-XI"``, the whole budget ``"6100"``. A year the file lacks, a year
before the continuous numbering (1946), a fund's or a colony's budget, or a department's budget named without its
chapter that ``resources/budget_chapters.tsv`` does not know for the year gives no dossier; a department it knows
(``de begroting voor het jaar 1980 van het Ministerie van Verkeer en Waterstaat``, the span over the department) gets
its chapter, ``15800-XII``. ``resolve_named`` gives the id where the passage itself cites that dossier and chapter.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable
from typing import Any

from . import resources
# (the references module imports this one only when a text is parsed, so importing it here makes no cycle;
# imported once here, not on each call)
from .references import CONTINUOUS_NUMBERING_FROM, Mention

# the budget's noun, as OCR breaks it: "begroting", "begrooting", "begro-ting", "be-grooting", "Begrooting"
_NOUN = re.compile(r"groo?(?:-\n?|\u00ad\n?|-[ ])?ting(?![\w])")  # found by its literal "gro", then "be" before it
_BE = re.compile(r"[Bb]e(?:-\n?|\u00ad\n?|-[ ])?\Z")
_YEAR_AHEAD = re.compile(r"\d\d\d\d|dat[ \u00a0\n]")  # no year (nor "dat dienstjaar") in reach: no budget by its year
_AHEAD = 130
_S = r"[ \u00a0\n]"
# what follows the noun: whose budget ("van het Gemeentefonds", "van Staatsuitgaven", "van de uitgaven van het Rijk",
# "van Defensie") and its year ("voor 1961", "voor het dienstjaar 1916", "voor het jaar 1993"; OCR "diestjaar")
_AFTER = re.compile(rf"(?P<of>{_S}+(?:van|der){_S}+[^.;:()\n]{{1,70}}?(?:\n[^.;:()\n]{{1,40}}?)?)?"
                    rf"(?:,?{_S}+voor{_S}+(?:het{_S}+)?(?:[a-z*-]{{0,9}}jaar{_S}+)?|{_S}+)"
                    rf"(?:(?P<year>1[89]\d\d|20\d\d)(?![\d\w])|(?<=voor{_S})(?P<that>dat{_S}+(?:dienst)?jaar)(?![\w]))"
                    rf"(?!,?{_S}+voor{_S}+(?:het{_S}+)?(?:[a-z*-]{{0,9}}jaar{_S}+)?(?:1[89]|20)\d\d)")  # not a name's
# year: "de begrooting van het Leeningfonds 1914 voor het dienstjaar 1929"
_ROMAN_OCR = r"[IVXLl1i]"
_CHAPTER = rf"[IVX]{_ROMAN_OCR}{{0,5}}(?:{_S}?[A-F](?![\w]))?"
_WORD_ORDINALS = {"eerste": "I", "tweede": "II", "derde": "III", "vierde": "IV", "vijfde": "V", "zesde": "VI",
                  "zevende": "VII", "achtste": "VIII", "negende": "IX", "tiende": "X", "elfde": "XI",
                  "twaalfde": "XII", "dertiende": "XIII", "veertiende": "XIV", "vijftiende": "XV",
                  "zestiende": "XVI", "zeventiende": "XVII", "achttiende": "XVIII"}
_HOOFDSTUK = r"[Hh]oofd(?:-\n?|\u00ad\n?|-[ ])?stuk"
# what comes before the noun, read back from it: the chapter(s) and the article
_CHAPTERS_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?P<det>[Dd]e|[Hh]et){_S}+)?"
    rf"(?P<named>(?<![\w-]){_HOOFDSTUK}(?:ken)?{_S}+(?P<list>{_CHAPTER}(?:(?:{_S}*,{_S}*|{_S}+en{_S}+){_CHAPTER})*)"
    rf"|(?P<ordinal>{_ROMAN_OCR}{{1,6}}(?:ste|de|e)|(?i:{'|'.join(_WORD_ORDINALS)})){_S}+{_HOOFDSTUK}"
    rf"(?:{_S}?(?P<letter>[A-F])(?![\w]))?)"
    rf"(?:{_S}*\([^()]{{1,100}}\))?{_S}+(?:der|van{_S}+de|van{_S}+het|van(?={_S}+(?i:rijks|staats))){_S}+"
    rf"(?P<prefix>[\w-]*\n?)$")  # "hoofdstuk VII van rijksbegroting voor het jaar 1982": the article left out
# the whole budget: "de Rijksbegroting", "der Staatsbegrooting", "de Indische begrooting", "de begroting"
_WHOLE_BEFORE = re.compile(rf"(?:^|(?<=[^\w-]))(?P<det>[Dd]e|[Dd]er){_S}+(?:[\w-]+e{_S}+){{0,2}}?"
                           rf"(?P<prefix>[\w-]*\n?)$")
_LOOK_BACK = 200  # the chapter's words before the budget's noun, a ministry in brackets between them included
_BEFORE_CHAPTER_WORD = 40  # "de hoofd-", "het VlIIste hoofd-", "het zeventiende hoofd": before "stuk"
_WHOLE_LOOK_BACK = 60  # "de koloniale huis-houdelijke begrooting": the article and two adjectives at most
_ROMAN = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")
_OF_THE_STATE = re.compile(r"(?:uitgaven|ontvangsten)[^,]*(?:van[ \u00a0\n]+het[ \u00a0\n]+Rijk|des[ \u00a0\n]+Rijks)"
                           r"|^[ \u00a0\n]+van[ \u00a0\n]+(?:de[ \u00a0\n]+)?(?:[Ss]taats-?[ \u00a0\n]?)?"
                           r"(?:uitgaven|ontvangsten)"
                           r"(?:[ \u00a0\n]+en[ \u00a0\n]+(?:de[ \u00a0\n]+)?(?:uitgaven|ontvangsten))?"
                           r"[ \u00a0\n]*$")  # "van de uitgaven van het Rijk", "van Staatsuitgaven", "van de uitgaven"
_STATE_PREFIX = re.compile(r"(?i)(?:ontwerp-?)?(?:rijks|staats)?-?\n?")  # "rijks-", "ontwerp-Staats", nothing
_WHOLE_STATE_PREFIX = re.compile(r"(?i)(?:ontwerp-?)?(?:rijks|staats)-?\n?")
# a bill's enacting words and its first article ("gelijk Wij goedvinden en verstaan bij deze:" / "Artikel I" /
# "De hierna vermelde artikelen van", "te bepalen:" / "Eenig artikel." / "Afdeeling VI (...)", a text opening with
# "ART. 1."), the budget's words following in the article's first sentence
_ENACTED = re.compile(r"(?:(?:verstaan|bepalen)[^:\n]{0,20}:[ \u00a0\n]*|\A[ \u00a0\n]*)(?:E?enig[ \u00a0\n]+)?"
                      r"(?:[Aa]rtikel|ARTIKEL|ART\.)[ \u00a0]*(?:[IVX]+|\d+)?\.?[ \u00a0\n]*[^.;:\n]{0,120}\Z")
_ENACTED_REACH = 200


@lru_cache(maxsize=1)
def budget_dossiers() -> dict[int, str]:
    """Year -> the dossier of that year's Rijksbegroting, from ``resources/budget_dossiers.tsv``."""
    return {int(year): dossier for year, dossier, *_ in (line.split("\t") for line in
                                                         resources.lines("budget_dossiers.tsv"))}


def _roman(printed: str) -> str | None:
    """``Vil`` (OCR) as ``VII``, ``IX B`` as ``IXB``; None where it is no chapter number."""
    chapter = re.sub(r"[ \u00a0\n]", "", printed)
    letter = chapter[-1] if chapter[-1] in "ABCDEF" else ""
    number = (chapter[:-1] if letter else chapter).translate(str.maketrans("l1i", "III"))
    if not number or not _ROMAN.fullmatch(number):
        return None
    return number + letter


def _chapters(before: re.Match[str]) -> list[str] | None:
    if before["list"]:
        chapters = [_roman(part) for part in re.split(rf"{_S}*,{_S}*|{_S}+en{_S}+", before["list"])]
    else:
        ordinal = before["ordinal"]
        word = _WORD_ORDINALS.get(ordinal.lower())
        number = word or _roman(re.sub(r"(?:ste|de|e)$", "", ordinal))
        chapters = [number + (before["letter"] or "") if number else None]
    return None if any(chapter is None for chapter in chapters) else chapters  # type: ignore[misc]


def named_budgets(text: str, taken: list[tuple[int, int]], has: Callable[[str], bool]) -> list[Mention]:
    """The budgets ``text`` names by their year, each a mention of implicit kamerstuk records (see the module)."""
    if not has("gro"):  # every form of the noun holds it
        return []
    added: list[Mention] = []
    for found in _NOUN.finditer(text):
        be = _BE.search(text, max(0, found.start() - 4), found.start())
        if be is None or not _YEAR_AHEAD.search(text, found.end(), found.end() + _AHEAD):
            continue
        noun_start = be.start()
        after = _AFTER.match(text, found.end())
        if after is None or after["of"] and "egro" in after["of"]:
            continue  # "de begrooting van 1865 en dezelve ... bij de begrooting van 1870": no year of its own
        that_year = after["that"] is not None  # "der Staatsbegrooting voor dat dienstjaar": the year said before
        window_start = max(0, noun_start - _LOOK_BACK)
        chapter_word = text.rfind("stuk", window_start, noun_start)  # "hoofdstuk", "hoofd-stuk", "hoofdstukken"
        before = (_CHAPTERS_BEFORE.search(text, max(window_start, chapter_word - _BEFORE_CHAPTER_WORD), noun_start)
                  if chapter_word >= 0 else None)
        chapters: list[str] | None = None
        if before is not None:
            chapters = _chapters(before)
            if chapters is None:
                continue
            start = before.start("det") if before["det"] else before.start("named")
        elif that_year:
            continue
        else:
            before = _WHOLE_BEFORE.search(text, max(window_start, noun_start - _WHOLE_LOOK_BACK), noun_start)
            if before is None:
                continue  # no article: "Rijksbegroting voor het dienstjaar 1950 1400 III", a head
            if before["det"] == "der" and not text[text.rfind("\n", 0, before.start()) + 1:before.start()].strip():
                continue  # "der" opening a line: "der Staatsbegrooting voor 1927." under a Bijlagen head
            start = before.start("det")
        end = after.end()
        department = None
        if chapters is None and after["year"] and not that_year:  # a department's budget: its chapter that year
            if after["of"]:
                department = department_of(after["of"])
            elif before.re is _WHOLE_BEFORE and before["prefix"]:  # "de Justitiebegroting 1985": the department
                department = _department_prefix(before["prefix"])  # glued before the noun
            else:
                named = _department_pattern().match(text, end)  # "... voor het jaar 1980 van het Ministerie van ..."
                if named is not None:
                    department, end = named["name"] or named["short"], named.end()
            chapter = department_chapter(department, int(after["year"])) if department else None
            chapters = [chapter] if chapter else None
        if any(s < end and start < e for s, e in taken):
            continue
        if _ENACTED.search(text, max(0, start - _ENACTED_REACH), start):
            continue  # "... verstaan bij deze: / Artikel I / De hierna vermelde artikelen van het IXde hoofdstuk B der
            # Rijksbegroting voor het dienstjaar 1950 worden verhoogd": the bill's own amending words repeat the
            # budget its preamble named; the golds leave that repeat (8 of 10)
        year = int(after["year"]) if after["year"] else None
        prefix = before["prefix"]
        of = after["of"] or ""
        if chapters and department:  # a department's chapter: of the Rijksbegroting
            of_the_state = True
        elif before.re is _CHAPTERS_BEFORE:  # a chapter: of the Rijksbegroting unless another's budget is named
            of_the_state = (not of and _STATE_PREFIX.fullmatch(prefix) is not None
                            or not prefix and _OF_THE_STATE.search(of) is not None)
        else:  # the whole budget: "de Rijksbegroting", "de begroting van de uitgaven van het Rijk"
            of_the_state = (not of and _WHOLE_STATE_PREFIX.fullmatch(prefix) is not None
                            or not prefix and _OF_THE_STATE.search(of) is not None)
        base = budget_dossiers().get(year) if of_the_state and year and year >= CONTINUOUS_NUMBERING_FROM else None
        records: list[dict[str, Any]] = []
        for chapter in chapters or [None]:
            record: dict[str, Any] = {"start": start, "end": end, "text": text[start:end], "type": "kamerstuk",
                                      "id": None, "implicit": True}
            if year:
                record["budget_year"] = year
            if chapter:
                record["chapter"] = chapter
            if base:
                record["dossier"] = f"{base}-{chapter}" if chapter else base
            records.append(record)
        added.append(Mention(start, end, "kamerstuk", records))
        taken.append((start, end))
    return added


# A department's budget: "de begroting voor het jaar 1980 van het Ministerie van Verkeer en Waterstaat", "de
# begroting van het Departement van Defensie voor 1980", "ontwerpbegroting WVC 1989": its chapter of that year's
# Rijksbegroting from ``resources/budget_chapters.tsv`` (department -> chapter, the years the pool's budget heads
# show it; chapters moved), initials from ``resources/budget_department_abbreviations.tsv``.
_GAP = r"(?:-[ \u00a0]?\n?|\u00ad\n?)?"  # an OCR break inside a word: "Water-staat", "Ver-\nkeer"
_BREAK = re.compile(r"(?<=[a-zë])(?:-[ \u00a0]?\n?|\u00ad\n?)(?=[a-zë])")


def _normal(name: str) -> str:
    return re.sub(r"[ \u00a0\n]+", " ", _BREAK.sub("", name)).strip()


@lru_cache(maxsize=1)
def _chapter_rows() -> dict[str, list[tuple[str, int, int]]]:
    rows: dict[str, list[tuple[str, int, int]]] = {}
    for name, chapter, first, last, *_ in resources.rows("budget_chapters.tsv"):
        rows.setdefault(name, []).append((chapter, int(first), int(last)))
    return rows


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    return {short: name for short, name in resources.rows("budget_department_abbreviations.tsv")}


def _department_prefix(prefix: str) -> str | None:
    """``Justitie`` of ``Justitiebegroting``, ``Defensie-`` of ``Defensie-begroting``, ``ontwerp-WVC-``: the department
    (its name or initials, whole) glued before the budget's noun, else None (``Rijks``, ``Gemeentefonds``)."""
    name = re.sub(r"^(?i:ontwerp)-?", "", prefix.replace("\n", "")).rstrip("-")
    return name if name in _chapter_rows() or name in _abbreviations() else None


def department_chapter(name: str, year: int | None) -> str | None:
    """The chapter of ``year``'s Rijksbegroting that department ``name`` (or its initials) had, else None."""
    name = _abbreviations().get(name, _normal(name))
    if year is None:
        return None
    chapters = {chapter for chapter, first, last in _chapter_rows().get(name, []) if first <= year <= last}
    return chapters.pop() if len(chapters) == 1 else None


def _word(word: str) -> str:
    return "".join(re.escape(c) + (_GAP if c.isalpha() and n.isalpha() else "") for c, n in zip(word, word[1:] + " "))


@lru_cache(maxsize=1)
def _department_pattern() -> re.Pattern[str]:
    names = sorted(_chapter_rows(), key=len, reverse=True)
    full = "|".join(rf"{_S}+".join(_word(word) for word in name.split(" ")) for name in names)
    short = "|".join(re.escape(short).replace(r"\ ", rf"{_S}") for short in sorted(_abbreviations(), key=len,
                                                                                      reverse=True))
    return re.compile(rf"{_S}+van{_S}+(?:(?:het{_S}+)?(?:[Mm]inisterie|[Dd]epartement){_S}+van{_S}+)?"
                      rf"(?:(?P<name>{full})|(?P<short>{short}))(?![\w&-])")  # "van Economische Zaken" too


# a citation after a department's budget of a year: "(ontwerpbegroting WVC 1989, TK 20 800 nr. 2 pag. 29)"
_BUDGET_BEFORE_CITATION = re.compile(
    rf"(?:[Oo]ntwerp-?)?[Bb]egroting{_S}+(?P<short>[A-Z][A-Za-z&]{{1,4}}(?:{_S}en{_S}[A-Z])?){_S}+"
    rf"(?:voor{_S}+(?:het{_S}+)?(?:dienst)?jaar{_S}+)?(?P<year>(?:19|20)\d\d),?{_S}*\Z")
_CITATION_LOOK_BACK = 60


def department_of(of: str) -> str | None:
    """The department that ``of`` (`` van het Ministerie van Verkeer en Waterstaat``) names, whole, else None."""
    match = _department_pattern().fullmatch(of.rstrip(" ,\u00a0\n"))
    return None if match is None else (match["name"] or match["short"])


def chapter_citations(text: str, found: list[Mention]) -> None:
    """``ontwerpbegroting WVC 1989, TK 20 800 nr. 2``: a citation of a year's Rijksbegroting dossier without its
    chapter, after a department's budget of that year, is that department's chapter: ``kst-20800-XVI-2``."""
    if "egroting" not in text:
        return
    dossiers = set(budget_dossiers().values())
    for mention in found:
        if mention.type != "kamerstuk" or len(mention.records) != 1:
            continue
        record = mention.records[0]
        if record.get("implicit") or record.get("dossier") not in dossiers or not record.get("id"):
            continue
        before = _BUDGET_BEFORE_CITATION.search(text, max(0, mention.start - _CITATION_LOOK_BACK), mention.start)
        if before is None or budget_dossiers().get(int(before["year"])) != record["dossier"]:
            continue
        chapter = department_chapter(_normal(before["short"]), int(before["year"]))
        if chapter is None:
            continue
        dossier = f"{record['dossier']}-{chapter}"
        record["id"] = record["id"].replace(f"kst-{record['dossier']}", f"kst-{dossier}", 1)
        record["dossier"] = dossier


# the rest of a head's dossier line ("16400 X1") and the line below it up to "Vaststelling van" at most
_TITLE_GAP = re.compile(r"[^\n]{0,12}\n(?:[^.\n]{0,40}[ \t])?")
_NUMBER_GAP = re.compile(r"[ \t]?\([ \t]?")  # a budget's title, then its number in brackets: "1975 (13 100)"
_BARE_NUMBER = re.compile(r"[\d \u00a0]+")


def resolve_named(text: str, mentions: list[Mention]) -> None:
    """A named budget chapter (``de begroting voor het jaar 1980 van het Ministerie van Verkeer en Waterstaat``,
    dossier ``15800-XII`` from the tables) gets its id where the passage itself cites that dossier-and-chapter (its
    own footer ``15 800 hoofdstuk XII, nr. 63``, a citation): ``kst-15800-XII``, the citation its antecedent. A
    passage without that number leaves it without id (the golds: never a guess from the tables alone)."""
    cited: dict[str, Mention] = {}
    for mention in mentions:
        for record in mention.records:
            if mention.type == "kamerstuk" and not record.get("implicit") and record.get("dossier"):
                cited.setdefault(record["dossier"], mention)
    if not cited:
        return
    for mention in mentions:
        for record in mention.records:
            _own_chapter(text, record, cited)
            if record.get("implicit") and record.get("id") is None and record.get("chapter") \
                    and record.get("budget_year") and record.get("dossier") in cited:
                antecedent = cited[record["dossier"]]
                if antecedent.end <= mention.start and _TITLE_GAP.fullmatch(text, antecedent.end, mention.start):
                    continue  # a stuk's head "16 400 XIII" / "Hoofdstuk XIII (...) van de begroting ... voor het
                    # jaar 1981": the title of the stuk itself, under its own dossier line; no citation of it
                if mention.end <= antecedent.start and _NUMBER_GAP.fullmatch(text, mention.end, antecedent.start) \
                        and _BARE_NUMBER.fullmatch(text, antecedent.start, antecedent.end):
                    continue  # "hoofdstuk IXA (...) van de rijksbegroting voor het dienstjaar 1975(13 100)": the
                    # title of the bill cited in brackets just after it by the budget's number alone, one reference
                    # (the chapter its number took from this title), as the fresh golds mark it
                record["id"] = f"kst-{record['dossier']}"
                record["antecedent"] = {"start": antecedent.start, "end": antecedent.end,
                                        "text": text[antecedent.start:antecedent.end]}


# a budget named by its year alone, "de begroting 1989", "de begroting voor 1989": in a stuk of one chapter of that
# year's Rijksbegroting (its head or footer "20 800 / Hoofdstuk XIV", the only chapter of that year the passage cites)
# the writer's own chapter
_BARE_BUDGET = re.compile(rf"[Dd]e{_S}+begroting{_S}+(?:voor{_S}+(?:het{_S}+)?(?:dienst)?jaar{_S}+|voor{_S}+)?"
                          rf"(?:19|20)\d\d")

_ROMAN_CHAPTER = re.compile(r"[IVX]+[A-F]?")
_TITLE_LINE = re.compile(r"[ \t]*(?i:vaststelling|wijziging)[ \t]")


def _own_chapter(text: str, record: dict[str, Any], cited: dict[str, Mention]) -> None:
    """``de begroting 1989`` in a stuk of one chapter of that year's budget (``_BARE_BUDGET``): that chapter, the
    passage's citation of it the antecedent."""
    year = record.get("budget_year")
    if not record.get("implicit") or record.get("id") or record.get("chapter") or record.get("dossier") \
            or not year or not _BARE_BUDGET.fullmatch(record["text"]):
        return
    base = budget_dossiers().get(year)
    if not base:
        return
    chapters = [dossier for dossier in cited if dossier.startswith(f"{base}-")]
    if len(chapters) != 1 or not _ROMAN_CHAPTER.fullmatch(chapters[0][len(base) + 1:]):
        return  # a fund's or the PTT's budget, lettered ("22 800, A", "13 600 G"): "de begroting" may be the whole
    line = text.rfind("\n", 0, record["start"]) + 1
    if _TITLE_LINE.match(text, line):
        return  # the stuk's own head: "Vaststelling van de begroting voor het jaar 1979" / "15 300 B"
    antecedent = cited[chapters[0]]
    record["id"] = f"kst-{chapters[0]}"
    record["antecedent"] = {"start": antecedent.start, "end": antecedent.end,
                            "text": text[antecedent.start:antecedent.end]}
