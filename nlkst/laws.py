"""Names of Dutch laws and their BWB ids, for references of type ``wet`` (ANNOTATION.md section 4).

The index (``resources/laws.tsv``, built by ``training/resources/build_law_index.py`` from the 2017
Basiswettenbestand, with ``laws_without_year.tsv`` and ``laws_namesakes.tsv`` from the same script) is read
once, on the first lookup, together with the hand-kept
additions for laws renamed or made since (``laws_additions.tsv``) and the abbreviations
that everyone uses (``law_abbreviations.tsv``). A name the index does not hold as printed is looked up once more
through tolerant keys (``tolerant_law``: plural and old spelling folded, the span of years or the closing date left
out, one letter of a long word misread).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from . import resources

_LID_WORDS = (
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende veertiende"
    " vijftiende zestiende zeventiende achttiende negentiende twintigste"
).split()
LID_NUMBERS = {word: str(number) for number, word in enumerate(_LID_WORDS, start=1)}
# The Burgerlijk Wetboek is one law per book: "artikel 6:162 BW" is article 162 of Boek 6.
_BW_NAMES = {"bw", "burgerlijk wetboek"}


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """The key a law's name is looked up by: lower case, single spaces; OCR and line breaks hyphenate
    ("Algemene wet inzake rijksbelas-tingen"), so a hyphen between two lower-case letters goes. (Kept for the names
    asked again: of the 30,356 asked in one pass over the SGD pool, 8,633 differ.)"""
    key = _SPAN_DASH.sub("-", " ".join(name.split()).strip(" .,").lower())
    return _HYPHEN.sub("", _GLUED_JOIN.sub("- ", key) if "-en" in key or "-of" in key else key)


_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
# A name's shared part glued to its "en"/"of" as OCR gives it: "Drank-en Horecawet", "Algemene Weduwen-en Wezenwet"
# (printed "Drank- en Horecawet"); no word breaks at the line before "en " (SGD pool: 27 documents).
_GLUED_JOIN = re.compile(r"(?<=[a-z])-(?=(?:en|of)(?: |$))")
_SPAN_DASH = re.compile(r"(?<=\d)[–—](?=\d)")  # a span of years as print has it, "1940—1945", as the index: "1940-1945"


def _rows(name: str) -> list[dict[str, str]]:
    return resources.table(name, delimiter="\t")


@lru_cache(maxsize=1)
def law_index() -> dict[str, str]:
    """Normalised name to BWB id: the 2017 index, then the additions (which win)."""
    index = {normalise(row["name"]): row["bwb_id"] for row in _rows("laws.tsv")}
    # "het Bouwbesluit", "de Wet op de loonbelasting": a name as texts cite it, without its year (one law alone)
    index.update((name, bwb) for name, (bwb, _) in _without_year().items() if name not in index)
    # a name several acts share names today's (the latest) where the text's year does not say otherwise
    index.update((name, acts[-1][1]) for name, acts in _namesakes().items())
    index.update((normalise(row["name"]), row["bwb_id"]) for row in _rows("laws_additions.tsv"))
    # a popular name that is no form of the official title: "Wet normering topinkomens" for the WNT
    index.update((normalise(row["name"]), index[normalise(row["official"])]) for row in _rows("laws_popular_names.tsv")
                 if normalise(row["official"]) in index and normalise(row["name"]) not in index)
    # the Kingdom's acts as texts cite them, without "der Nederlanden": "het Statuut voor het Koninkrijk"
    index.update((name[:-len(" der nederlanden")], bwb) for name, bwb in list(index.items())
                 if name.endswith(" der nederlanden") and name[:-len(" der nederlanden")] not in index)
    return index


@lru_cache(maxsize=1)
def _without_year() -> dict[str, tuple[str, int]]:
    """``laws_without_year.tsv``: a name cut of its year (``bouwbesluit``) to its act (``Bouwbesluit 2012``), year."""
    return {row["name"]: (row["bwb_id"], int(row["year"])) for row in _rows("laws_without_year.tsv")}


@lru_cache(maxsize=1)
def _year_of_cut_name() -> dict[str, int]:
    return {bwb: year for bwb, year in _without_year().values()}


def year_of_cut_name(bwb: str) -> int | None:
    """The year in the name of ``bwb`` where a text may cite it without that year (2012 for the Bouwbesluit 2012):
    cited so in a text of an earlier year, or of no known year, the name means an older act of that name (the
    Comptabiliteitswet of 1927, not of 2001)."""
    return _year_of_cut_name().get(bwb)


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, list[tuple[int, str]]]:
    """A name that several formal acts share (``laws_namesakes.tsv``) to those acts, oldest first: (year, BWB id)."""
    shared: dict[str, list[tuple[int, str]]] = {}
    for row in _rows("laws_namesakes.tsv"):
        shared.setdefault(row["name"], []).append((int(row["year"]), row["bwb_id"]))
    return {name: sorted(acts) for name, acts in shared.items()}


@lru_cache(maxsize=1)
def _namesakes_of() -> dict[str, list[tuple[int, str]]]:
    return {bwb: acts for acts in _namesakes().values() for _, bwb in acts}


def namesake_in_force(bwb: str, year: int) -> str | None:
    """The act of the same name as ``bwb`` that a text of ``year`` cites: the latest made by then (the Spoorwegwet
    of 1875 in 1950, of 2003 today); None where ``bwb`` shares its name with no other act or none was made yet."""
    made = [other for enacted, other in _namesakes_of().get(bwb, []) if enacted <= year]
    return made[-1] if made else None


def namesake_made_next(bwb: str, year: int) -> str | None:
    """The first act of the same name as ``bwb`` made after ``year``: the one a bill of that name in a text of
    ``year`` became (the Wet militair tuchtrecht of 1990, not of 1991, in 1989)."""
    return next((other for enacted, other in _namesakes_of().get(bwb, []) if enacted > year), None)


def has_namesake(bwb: str) -> bool:
    return bwb in _namesakes_of()


@lru_cache(maxsize=1)
def _name_prefixes() -> frozenset[str]:
    """Every run of leading words of a law's name: a lookup stops at the first run that is none."""
    prefixes = set()
    for name in law_index():
        words = name.split()
        prefixes.update(" ".join(words[:count]) for count in range(1, len(words) + 1))
    return frozenset(prefixes)


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Abbreviation as written (case matters: ``WW`` is a law, ``ww`` is not) to BWB id."""
    index = law_index()
    return {row["abbreviation"]: index[normalise(row["name"])] for row in _rows("law_abbreviations.tsv")
            if normalise(row["name"]) in index}


@lru_cache(maxsize=1)
def standalone_abbreviations() -> re.Pattern[str]:
    """The common abbreviations that name their law on their own (``de Awb``), not only after an article
    (``Sr``, ``Rv``, ``TW`` alone are too often something else)."""
    names = sorted((row["abbreviation"] for row in _rows("law_abbreviations.tsv") if row["alone"] == "yes"),
                   key=len, reverse=True)
    # as printed, and the all-capitals ones also printed with dots ("de A.O.W.", "het A.R.A.R."; not "A.O.W.-premies",
    # nor initials before a name, "W.W. Smit"): each alternative a pattern
    patterns = [(name[0], re.escape(name[1:]) + r"(?![\w-])") for name in names]
    patterns += [(key[0], _dotted_alternative(key)[1:] + r"(?![\w-])")
                 for key in sorted(_dotted()[1], key=len, reverse=True)]
    # grouped by first character, longest first within each group: the same matches as one alternation of the
    # names longest first (at a position only the names of its character can match), found faster (the regex
    # engine tries each group's first character, not every name's)
    firsts = dict.fromkeys(first for first, _ in patterns)
    return re.compile("(?:" + "|".join(
        re.escape(first) + "(?:" + "|".join(rest for start, rest in patterns if start == first) + ")"
        for first in firsts) + ")")


# ---- abbreviations printed with dots ------------------------------------------------------------------------------
# Texts before about 1985 print an abbreviation with a dot after each letter or part, the OCR often with a space after
# the dot: "de A.O.W.", "der W.A.O.", "art. 72 B.W.", "art. 430 B. Rv.", "artikel 59 A.R.A.R.". Each all-capitals
# abbreviation of ``law_abbreviations.tsv`` names its law so printed too; ``law_abbreviations_old.tsv`` adds the old
# forms that are no such spelling of a current abbreviation (``B.Rv.`` for Rv, ``A.R.A.R.``), each with its source.
_DOTTED = re.compile(r"[A-Z][a-z]{0,2}\.(?:[ \u00a0]?[A-Za-z][a-z]{0,2}\.){1,4}(?![\w-])")
_CAPITALS = re.compile(r"[A-Z]{2,5}")
BW = "BW"  # the key of the Burgerlijk Wetboek: one law book per book, its id by the article's book


def dotless(name: str) -> str:
    """``A. R. A. R.`` -> ``ARAR``: the key a dotted abbreviation is looked up by."""
    return re.sub(r"[.\s]", "", name)


@lru_cache(maxsize=1)
def _dotted() -> tuple[dict[str, str], tuple[str, ...]]:
    """Dotless key to BWB id (``BW`` to ``BW``), and the keys that name their law on their own."""
    index = law_index()
    table: dict[str, str] = {}
    alone: list[str] = []
    for row in _rows("law_abbreviations.tsv"):
        if _CAPITALS.fullmatch(row["abbreviation"]) and normalise(row["name"]) in index:
            table[row["abbreviation"]] = index[normalise(row["name"])]
            if row["alone"] == "yes":
                alone.append(row["abbreviation"])
    for row in _rows("law_abbreviations_old.tsv"):
        key = dotless(row["written"])
        bwb = BW if is_bw(row["name"]) else index.get(normalise(row["name"]))
        if bwb:
            table[key] = bwb
            if row["alone"] == "yes":
                alone.append(key)
    return table, tuple(alone)


def dotted_table() -> dict[str, str]:
    """Dotless key to BWB id (``GW`` to the Grondwet's, ``BW`` to ``BW``): the old abbreviations with dots."""
    return _dotted()[0]


def dotted_law(text: str) -> tuple[int, str] | None:
    """A law by its abbreviation printed with dots at the start of ``text`` (``B. Rv., behoudens``): (characters
    used, BWB id or ``BW``)."""
    found = _DOTTED.match(text)
    if found is None:
        return None
    bwb = _dotted()[0].get(dotless(found.group(0)))
    return (len(found.group(0).rstrip(" \u00a0")), bwb) if bwb else None


def _dotted_alternative(key: str) -> str:
    """``AOW`` as a pattern of its dotted print: ``A.O.W.``, ``A. O. W.``; ``BRv``: ``B.Rv.``, ``B. Rv.``."""
    parts = re.findall(r"[A-Z][a-z]*", key)
    return r"\.[ \u00a0]?".join(re.escape(part) for part in parts) + r"\.(?![ \u00a0]?[A-Z][a-z])"  # not initials


def bwb_id(name: str, defined: dict[str, str] | None = None) -> str | None:
    """The BWB id of a law by its name, by an abbreviation the text defined, or by a common abbreviation."""
    if defined and name in defined:
        return defined[name]
    found = abbreviations().get(name) or law_index().get(normalise(name))
    if found is None and "." in name:
        found = _dotted()[0].get(dotless(name))
    return found if found != BW else None


def longest_law(words: list[str], defined: dict[str, str] | None = None) -> tuple[int, str] | None:
    """The longest run of leading ``words`` that names a law: (number of words, BWB id)."""
    for count in range(min(3, len(words)), 0, -1):  # an abbreviation: "Awb", "Wmo 2015", "Wet IB 2001"
        short = " ".join(words[:count])
        found = (defined or {}).get(short) or abbreviations().get(short)
        if found:
            return count, found
    index, prefixes = law_index(), _name_prefixes()
    best = None
    key = ""
    for count, word in enumerate(words, start=1):
        key = normalise(f"{key} {word}")
        if key not in prefixes:
            break
        if key in index:
            best = (count, index[key])
    tolerant = tolerant_law(words)  # the title varied: "Wet uitkering vervolgingsslachtoffers" (a longer one wins)
    if tolerant is not None and (best is None or tolerant[0] > best[0]):
        return tolerant
    return best


@lru_cache(maxsize=1)
def _repealed() -> tuple[frozenset[str], frozenset[str]]:
    """``laws_repealed.txt``: the names, and every run of their leading words (to stop a lookup early)."""
    text = resources.text("laws_repealed.txt")
    names = frozenset(normalise(line.split("#")[0]) for line in text.splitlines()
                      if line.split("#")[0].strip())
    prefixes = frozenset(" ".join(name.split()[:count]) for name in names for count in range(1, len(name.split())))
    return names, prefixes


def longest_repealed(words: Iterable[str]) -> int | None:
    """The longest run of leading ``words`` that names a law repealed before the 2017 book (its number of words);
    read lazily, as most runs stop at the second word."""
    names, prefixes = _repealed()
    best, key = None, ""
    for count, word in enumerate(words, start=1):
        word = word.lower()
        word = _HYPHEN.sub("", word) if "-" in word else word  # as normalise() has it
        key = f"{key} {word}" if key else word
        if key in names:
            best = count
        if key not in prefixes:
            break
    return best


@lru_cache(maxsize=1)
def short_heads() -> frozenset[str]:
    """Heads of a law's name a text uses alone for the law it named in full before (``het Statuut``)."""
    return frozenset(resources.lines("law_short_heads.txt"))


@lru_cache(maxsize=1)
def series_words() -> tuple[str, ...]:
    """``law_series_words.txt``: the words that open the names of a series of acts (``wijzigingswet``, ``veegwet``)."""
    return tuple(resources.lines("law_series_words.txt"))


@lru_cache(maxsize=1)
def _by_date() -> dict[str, str]:
    return {row["date"]: row["bwb_id"] for row in _rows("laws_by_date.tsv")}


@lru_cache(maxsize=1)
def _enacted() -> dict[str, int]:
    return {row["bwb_id"]: int(row["year"]) for row in _rows("laws_enacted.tsv")}


def enacted_year(bwb: str) -> int | None:
    """The year of the act that made the law ``bwb`` (from its title in the 2017 law book), where the title gives
    it: a text written before that year that names the law means the law it replaced (the Gemeentewet of 1851,
    not that of 1992)."""
    return _enacted().get(bwb)


# How long before its act a text may name a law while it is still a bill (the Algemene wet bestuursrecht in 1990,
# made in 1992): the gold texts name bills by their act's name one to two years before the act (corpora/CONVENTIONS.md
# "A law named while it was still a bill"); no gold text names an older act of the same name so close to today's
# (the Kieswet of 1951 in 1982, seven years before the act of 1989).
BILL_YEARS = 3


@lru_cache(maxsize=1)
def _older_names() -> frozenset[str]:
    return frozenset(row["bwb_id"] for row in _rows("laws_older_names.tsv"))


def named_as_bill(bwb: str, enacted: int, text_year: int) -> bool:
    """Whether a text of ``text_year`` that names the law ``bwb`` (made in ``enacted``, after the text) names it
    while it was a bill: the act is at most ``BILL_YEARS`` younger than the text and its name is no older act's.
    ``laws_older_names.tsv`` (``training/resources/build_law_older_names.py``) holds the laws whose name the SGD pool
    uses longer before their act: the Gemeentewet of 1992 (the act of 1851 before it), named so in 1990, is the old
    law. Nor is a law whose name, its year left out, is another law's of the list (the Wmo 2015, made in 2014, named
    "Wmo" in 2011: the Wet maatschappelijke ondersteuning of 2006, ``_year_named_successors``)."""
    return enacted - text_year <= BILL_YEARS and bwb not in _older_names() and bwb not in _year_named_successors()


@lru_cache(maxsize=1)
def _year_named_successors() -> frozenset[str]:
    """The laws whose name ends in a year that, left out, leaves another law's name: ``wet maatschappelijke
    ondersteuning 2015`` beside ``wet maatschappelijke ondersteuning`` (an older act the 2017 list still holds)."""
    index = law_index()
    return frozenset(bwb for name, bwb in index.items()
                     if (cut := _CLOSING_YEAR.sub("", name)) != name and index.get(cut, bwb) != bwb)


_CLOSING_YEAR = re.compile(r" (?:1[89]|20)\d\d$")


@lru_cache(maxsize=1)
def _renumbered() -> dict[str, int]:
    return {row["bwb_id"]: int(row["year"]) for row in _rows("laws_renumbered.tsv")}


# The year of the spelling reform (Marchant) that ``old_spelling.txt``'s words predate.
SPELLING_REFORM_YEAR = 1947


@lru_cache(maxsize=1)
def old_spelling() -> re.Pattern[str]:
    """The words of the spelling before 1947 (``old_spelling.txt``), as one pattern of whole words."""
    words = resources.lines("old_spelling.txt")
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])", re.I)


@lru_cache(maxsize=1)
def _old_spelling_words() -> tuple[str, ...]:
    """The old-spelling words casefolded, but for those that hold another of them (``zooals`` holds ``zoo``,
    ``menschen`` ``mensch``): a text that has one of those has the word it holds, so the test below asks the same
    with 17 words as with all 30."""
    words = {word.casefold() for word in resources.lines("old_spelling.txt")}
    return tuple(sorted(word for word in words if not any(other != word and other in word for other in words)))


def written_before_1947(text: str) -> bool:
    """Whether two different words of the old spelling mark ``text`` as older than the 1947 reform."""
    # First a cheap test that most texts fail: one of the words somewhere in the text, whole word or not, in one case
    # (``casefold``, and the dotless and dotted i as i: every letter the pattern takes for one of the words' letters
    # without regard to case)
    folded = text.casefold().replace("\u0131", "i").replace("i\u0307", "i")
    if not any(word in folded for word in _old_spelling_words()):
        return False
    seen = set()
    for found in old_spelling().finditer(text):
        seen.add(found.group(0).lower())
        if len(seen) == 2:
            return True
    return False


def renumbered_year(bwb: str) -> int | None:
    """The year the law ``bwb`` last renumbered all its articles (the Grondwet: 1983), from
    ``laws_renumbered.tsv``: an article cited before that year has another number today."""
    return _renumbered().get(bwb)


@lru_cache(maxsize=1)
def _last_articles() -> dict[str, int]:
    return {row["bwb_id"]: int(row["last_article"]) for row in _rows("laws_renumbered.tsv") if row.get("last_article")}


def beyond_last_article(bwb: str, article: str | None) -> bool:
    """Whether ``article`` (``211``, ``194a``) is past the last numbered article of the renumbered law ``bwb`` as it
    stands (``laws_renumbered.tsv``: the Grondwet of 1983 ends at 142), so of its old numbering whatever the date."""
    last = _last_articles().get(bwb)
    number = re.match(r"(\d+)[a-z]?$", article or "")
    return last is not None and number is not None and int(number.group(1)) > last


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Dutch month names (old spellings too: ``october``) to their number."""
    return {name: int(number) for name, number in resources.rows("months.tsv")}


def law_of_date(day: str, month: str, year: str) -> str | None:
    """The BWB id of the formal act of that date (``de wet van 28 Augustus 1851``: the Onteigeningswet), if the
    2017 law book has exactly one; an amending act of that date is not in it, so none is better than a guess."""
    number = month_numbers().get(month.lower())
    return _by_date().get(f"{year}-{number:02d}-{int(day):02d}") if number else None


@lru_cache(maxsize=1)
def staatsblad_dates() -> dict[tuple[int, int], dict[tuple[int, int], int]]:
    """The acts the SGD text cites clean by date and Staatsblad number (``resources/staatsblad_dates.tsv``): per
    (month, day), each (year, number) with the number of documents that print it."""
    acts: dict[tuple[int, int], dict[tuple[int, int], int]] = {}
    for row in _rows("staatsblad_dates.tsv"):
        year, month, day = (int(part) for part in row["date"].split("-"))
        acts.setdefault((month, day), {})[(year, int(row["staatsblad"]))] = int(row["documents"])
    return acts


# Words of formal titles that say nothing of a law's subject.
_TITLE_WORDS = frozenset("staatsblad nederland nederlandse koninkrijk betreffende houdende wijziging regeling regelen"
                         " bepalingen algemene vaststelling".split())


@lru_cache(maxsize=1)
def _names_of() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for name, bwb in law_index().items():
        names.setdefault(bwb, []).append(name)
    return names


def subject_word(bwb: str) -> str | None:
    """The longest word of a law's names, without a closing ``wet`` (``onteigening`` for the Onteigeningswet):
    a text that cites the law by its date names its subject too."""
    words = [w for name in _names_of().get(bwb, []) for w in name.split() if w not in _TITLE_WORDS]
    words = [w[:-3] if w.endswith("wet") else w for w in words]
    longest = max(words, key=len, default="")
    return longest.rstrip("s") if len(longest) >= 7 else None


def book_of_bw(book: str) -> str | None:
    """The BWB id of a book of the Burgerlijk Wetboek (``6`` -> Boek 6)."""
    return law_index().get(f"burgerlijk wetboek boek {book.lower()}")


def is_bw(name: str) -> bool:
    return normalise(name) in _BW_NAMES


def jci(bwb: str, article: str | None = None, lid: str | None = None) -> str:
    """JuriConnect id: ``jci1.3:c:BWBR0005537&artikel=3:4&lid=1``."""
    reference = f"jci1.3:c:{bwb}"
    if article:
        reference += f"&artikel={article}"
        if lid:
            reference += f"&lid={lid}"
    return reference


# Words a decree's name in the law book may leave out ("Besluit beperking vrije visserij kustwateren" for the
# "Besluit beperking vrije visserij in de kustwateren" the texts cite): decrees are matched without them.
_DECREE_STOPWORDS = frozenset("in de het van op der den en voor tot inzake betreffende houdende ex".split())


def decree_key(words: list[str]) -> str:
    return " ".join(w for w in normalise(" ".join(words)).split() if w not in _DECREE_STOPWORDS)


@lru_cache(maxsize=1)
def _decrees() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """Decrees (names with ``besluit``) by their name without stopwords, the prefixes of those keys, and the
    words with ``besluit`` that open them; a key two decrees share is left out."""
    index: dict[str, str] = {}
    clashes = set()
    for name, bwb in law_index().items():
        first = name.split()[0]
        if "besluit" not in first:
            continue
        key = decree_key(name.split())
        if index.get(key, bwb) != bwb:
            clashes.add(key)
        index[key] = bwb
    for key in clashes:
        del index[key]
    prefixes = {" ".join(key.split()[:count]) for key in index for count in range(1, len(key.split()) + 1)}
    return index, frozenset(prefixes), frozenset(key.split()[0] for key in index)


def decree_opening(word: str) -> bool:
    """Whether ``word`` (lower case) opens a decree's name in the law book: ``besluit``, ``bezoldigingsbesluit``."""
    return word in _decrees()[2]


def longest_decree(words: list[str]) -> tuple[int, str] | None:
    """The longest run of leading ``words`` that names a decree, stopwords not counted: (words used, BWB id)."""
    index, prefixes, _ = _decrees()
    best = None
    kept: list[str] = []
    for count, word in enumerate(words, start=1):
        if normalise(word) in _DECREE_STOPWORDS:
            continue
        kept.append(word)
        key = decree_key(kept)
        if key not in prefixes:
            break
        if key in index:
            best = (count, index[key])
    return best


# ---- tolerant title matching -------------------------------------------------------------------------------------
# A text names a law with its title varied: a word singular where the title has it plural ("de Wet uitkering
# vervolgingsslachtoffers" for the Wet uitkeringen vervolgingsslachtoffers 1940-1945), the title's span of years or
# its closing date left out, the spelling before 1947 ("Nederlandsche"), a line's hyphen inside a word, or one
# letter of a long word misread by the OCR ("Bedrijlsorganisatie"). Each title of the index is keyed word by word
# with those variations folded away (``title_word``), with and without its span of years and its closing
# "van <date>"; a key two laws share is left out. The text's words are folded the same way and walked through the
# keys' prefixes: a title matches only whole, and the longest one wins.

_OLD_SCH = re.compile(r"sch(?=e?$)")  # "nederlandsche", "rijksch": "nederlandse", "rijks"
_DOUBLE_VOWEL = re.compile(r"([aeou])\1")  # "loonen", "zaaken" as printed before 1947; "zaak" and "zaken" alike
_YEAR_SPAN_WORD = re.compile(r"(?:18|19|20)\d\d-(?:18|19|20)?\d\d")
_CLOSING_DATE = re.compile(r" van \d{1,2} [a-z]+ \d{4}$")
_ARTICLE_WORDS = {"der": "de", "den": "de"}  # "Wet op den ...", "Wet op der ...": the old declensions
# A long word that differs from a title's word by one letter (OCR's l for f, c for e) matches it; shorter words
# do not (too many words of prose are one letter from a short word of a title), nor the title's first word.
_FUZZY_LENGTH = 8


@lru_cache(maxsize=65536)
@lru_cache(maxsize=1 << 16)
def title_word(word: str) -> str:
    """A word of a law's title as the tolerant keys hold it: lower case, no hyphen, the old spelling's ``sch`` and
    doubled vowels and the old declensions folded, a plural ``-en``/``-s`` taken off. (Kept for the words asked
    again: 6,474 different words of the 35,763 asked in one pass over the SGD pool.)"""
    word = _SPAN_DASH.sub("-", word.lower()).replace("\u00ad", "")
    if _YEAR_SPAN_WORD.fullmatch(word):
        return word
    word = word.replace("-", "").replace("y", "ij")
    word = _ARTICLE_WORDS.get(word, word)
    if not word.isalpha():
        return word
    word = _DOUBLE_VOWEL.sub(r"\1", _OLD_SCH.sub("s", word))
    if len(word) > 5 and word.endswith("en"):
        return word[:-2]
    if len(word) > 5 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _title_variants(name: str) -> set[str]:
    variants = {name}
    dated = _CLOSING_DATE.search(name)
    if dated and len(name[:dated.start()].split()) >= 3:
        variants.add(name[:dated.start()])  # "grondwet voor het koninkrijk der nederlanden (van 24 augustus 1815)"
    for variant in list(variants):
        words = [w for w in variant.split() if not _YEAR_SPAN_WORD.fullmatch(w)]
        if len(words) >= 2:
            variants.add(" ".join(words))  # "wet uitkeringen vervolgingsslachtoffers (1940-1945)"
    return variants


@lru_cache(maxsize=1)
def _near() -> dict[tuple[str, str], tuple[str, ...]]:
    """The long words that may follow a key prefix, by that prefix and their first three letters (``^gro``) or their
    last three (``$wet``): a word one letter from another shares one of the two with it, so only those are compared."""
    near: dict[tuple[str, str], list[str]] = {}
    for prefix, words in _tolerant()[1].items():
        for word in words:
            if len(word) >= _FUZZY_LENGTH - 1:
                near.setdefault((prefix, "^" + word[:3]), []).append(word)
                near.setdefault((prefix, "$" + word[-3:]), []).append(word)
    return {key: tuple(words) for key, words in near.items()}


@lru_cache(maxsize=65536)
def _one_letter_from(prefix: str, word: str) -> tuple[str, ...]:
    """The words that may follow ``prefix`` in a title and are one letter from ``word`` (kept: a law's one-word name
    the index lacks, ``Invaliditeitswet``, is compared with every name in ``wet`` each time it is printed)."""
    near = _near()
    found = {w for key in ((prefix, "^" + word[:3]), (prefix, "$" + word[-3:])) for w in near.get(key, ())
             if _one_letter_apart(word, w)}
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def _tolerant() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Tolerant key (folded words, space-joined) to BWB id, and each key prefix to the folded words that may follow
    it (for the one misread word)."""
    index: dict[str, str] = {}
    clashes: set[str] = set()
    for name, bwb in law_index().items():
        for variant in _title_variants(name):
            key = " ".join(title_word(w) for w in variant.split())
            if index.get(key, bwb) != bwb:
                clashes.add(key)
            index[key] = bwb
    for key in clashes:
        del index[key]
    following: dict[str, set[str]] = {}
    for key in index:
        words = key.split()
        for count in range(len(words)):
            following.setdefault(" ".join(words[:count]), set()).add(words[count])
    return index, {prefix: frozenset(words) for prefix, words in following.items()}


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter replaced, added or left out."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def tolerant_law(words: list[str]) -> tuple[int, str] | None:
    """The longest run of leading ``words`` that names a law under the tolerant keys: (words used, BWB id). A word
    that ends in a hyphen joins the next ("Bedrijfs-" "organisatie"), and one long word may be misread by a letter."""
    index, following = _tolerant()
    best = None
    key = ""
    fuzzy_used = False
    used = 0
    pending = ""
    for count, word in enumerate(words, start=1):
        if word.endswith("-") and count < len(words):
            pending += word
            continue
        folded = title_word(pending + word)
        pending = ""
        nexts = following.get(key)
        if nexts is None:
            break
        if folded not in nexts:
            if fuzzy_used or len(folded) < _FUZZY_LENGTH or not key and not _one_word_name(folded):
                break
            near = _one_letter_from(key, folded)
            if len(near) != 1:
                break
            folded, fuzzy_used = near[0], True
        key = f"{key} {folded}" if key else folded
        used = count
        if key in index and not _name_goes_on(words[count:count + 2]):
            best = (used, index[key])
    return best


# A law's one-word name the OCR misread by a letter ("Wetgenwet", "Peniioenwet", "Kaillissementswet", "Dlstributiewet":
# the SGD pool's four, each once, and no other word of nine letters or more in "wet" in the pool is one letter from a
# name). Not at eight: "Wezenwet" (17 times, the Weduwen- en Wezenwet) is one letter from the Wegenwet.
_ONE_WORD_FUZZY_LENGTH = 9


def _one_word_name(folded: str) -> bool:
    """Whether ``folded`` may be a law's one-word name misread by a letter, as the first word of a name: a long word
    in ``wet`` (``tolerant_law``; a first word of several, "Algemene", is not guessed)."""
    return len(folded) >= _ONE_WORD_FUZZY_LENGTH and folded.endswith("wet")


def misread_law_word(word: str) -> str | None:
    """The one-word law name that ``word`` (a capitalised word in ``wet`` the index lacks) is, misread by one
    letter: ``Wetgenwet`` the Wegenwet; None where no name or several are one letter from it."""
    folded = title_word(word)
    if not _one_word_name(folded):
        return None
    near = [name for name in _one_letter_from("", folded) if name in _tolerant()[0]]
    return near[0] if len(near) == 1 else None


_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d(?:[-–—](?:1[89]|20)?\d\d)?")


def _name_goes_on(after: list[str]) -> bool:
    """Whether the words after a varied title go on with the name of another law: a year it does not hold ("Wet op
    de Kamers van Koophandel 1950" is not the Wet op de Kamer van Koophandel), or ``en`` and a capitalised word
    ("... Koophandel en Fabrieken"; not "en de Kieswet", not "en Wetboek ...", a law of its own)."""
    if after and _YEAR_WORD.fullmatch(after[0]):
        return True
    return (len(after) == 2 and after[0] == "en" and after[1][:1].isupper()
            and "wet" not in after[1].lower() and "besluit" not in after[1].lower())
