"""Entity-ruler patterns and canonical ids from the data files in ``nlkst/resources``.

Organisations come from ``organisations.csv`` and ``organisations_public.csv`` (one row
per body, with its aliases); cabinet offices and standing committees are generated from the
portfolios in ``portfolios.csv``, so a new portfolio is one new row.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from . import resources
from .offices import ROLE_RE, canonical_portfolio, portfolio_key, portfolio_rows

_ARTICLES = re.compile(r"^(?:de|het|der|den)\s+", re.IGNORECASE)


def _csv_rows(name: str) -> list[dict[str, str]]:
    return resources.table(name)


# The project's own list, then the bodies taken from public registers and lists (each row names its source).
ORGANISATION_FILES = ("organisations.csv", "organisations_public.csv")


def organisation_rows() -> list[dict[str, str]]:
    """Every organisation row of the data files, the project's own list first."""
    return [row for name in ORGANISATION_FILES for row in _csv_rows(name)]


def _case_variants(phrase: str) -> set[str]:
    """As written, with a lower-case first letter (in a sentence), in capitals (in a heading),
    and each of those without diacritics, as OCR and older typesetting print them (``Financien``)."""
    variants = {phrase, phrase[:1].lower() + phrase[1:], phrase.upper()}
    return variants | {_without_diacritics(variant) for variant in variants}


def _lower_tail(name: str) -> str:
    """A name of three words or more with every word after the first in lower case, as Belgian texts write
    bodies (``Rijksdienst voor arbeidsvoorziening``, ``Federaal agentschap voor nucleaire controle``: 100 mentions
    of 21 such forms no row held in the be-questions and Handelingen XML); ``""`` where that is the name as
    written or it opens in lower case."""
    first, _, rest = name.partition(" ")
    tail = f"{first} {rest.lower()}"
    return tail if len(name.split()) >= 3 and first[:1].isupper() and tail != name else ""


def _without_diacritics(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def organisation_names() -> dict[str, str]:
    """Every written form of an organisation (case-folded) mapped to its ``kb_id``."""
    names: dict[str, str] = {}
    for row in organisation_rows():
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            names.setdefault(_fold(name), row["kb_id"])
    for key, portfolio in _portfolio_rows():
        for committee in _committee_names(key, portfolio):
            names.setdefault(_fold(committee), f"COM-{key}")
        for ministry in _ministry_names(portfolio, key):
            names.setdefault(_fold(ministry), f"MIN-{key}")
    return names


def party_names() -> list[str]:
    """Every written form of a political party (not of its fractie), Dutch and Belgian, from the organisation lists."""
    return [
        alias
        for row in organisation_rows() if row["kind"] == "party"
        for alias in [row["name"], *row["aliases"].split("|")] if alias and "fractie" not in alias
    ]


def _portfolio_rows() -> list[tuple[str, str]]:
    return sorted(set(portfolio_rows()))


def _committee_names(key: str, portfolio: str) -> list[str]:
    return [
        f"Vaste Kamercommissie {key}",
        f"Vaste Kamercommissie voor {portfolio}",
        f"Vaste commissie voor {portfolio}",
        f"Kamercommissie {key}",
        f"Kamercommissie voor {portfolio}",
        f"Commissie voor {portfolio}",
    ]


def _ministry_names(portfolio: str, key: str) -> list[str]:
    """A ministry by its portfolio, as named since 1945 and before (``Departement van Koloniën``), and by the
    portfolio's letters where they are an abbreviation in use (``ministerie van VWS``, ``departement van SZW``)."""
    names = [f"Ministerie van {portfolio}", f"Departement van {portfolio}"]
    if key.isalpha() and key.isupper() and 2 <= len(key) <= 4:
        names += [f"Ministerie van {key}", f"Departement van {key}"]
    return names


def _fold(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
    return _ARTICLES.sub("", text).casefold()


def ruler_patterns() -> list[dict[str, Any]]:
    """Phrase patterns for spaCy's ``entity_ruler``: ``ORG`` bodies and ``MINISTER`` offices with ids."""
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, phrase: str, kb_id: str) -> None:
        for variant in sorted(_case_variants(phrase)):
            if (label, variant) not in seen:
                seen.add((label, variant))
                patterns.append({"label": label, "pattern": variant, "id": kb_id})

    for row in organisation_rows():
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            # Capitals-only abbreviations are matched as written: "DUO" is a body, "duo" a pair.
            if name.isupper():
                if ("ORG", name) not in seen:
                    seen.add(("ORG", name))
                    patterns.append({"label": "ORG", "pattern": name, "id": row["kb_id"]})
            else:
                add("ORG", name, row["kb_id"])
                tail = _lower_tail(name)
                if tail and ("ORG", tail) not in seen:
                    seen.add(("ORG", tail))
                    patterns.append({"label": "ORG", "pattern": tail, "id": row["kb_id"]})
    for key, portfolio in _portfolio_rows():
        for committee in _committee_names(key, portfolio):
            add("ORG", committee, f"COM-{key}")
        for ministry in _ministry_names(portfolio, key):
            add("ORG", ministry, f"MIN-{key}")
        for role in ("Minister", "Staatssecretaris"):
            for preposition in ("van", "voor"):
                add("MINISTER", f"{role} {preposition} {portfolio}", key)
            add("MINISTER", f"{role} van {key}", key)
    for role in ("Minister-President", "Minister-president", "Vice-Minister-President"):
        add("MINISTER", role, "AZ")
    return patterns + ocr_tolerant_patterns() + court_patterns() + signature_patterns()


def court_patterns() -> list[dict[str, Any]]:
    """``ORG`` token patterns for a court named by its seat: ``arrondissements-rechtbank te Utrecht``.

    The kinds of court come from ``resources/court_kinds.txt``; ``te`` or ``in`` may stand
    before the seat (``rechtbank Den Haag``), which is one capitalised word, or two after
    ``Den`` (``Den Haag``) and ``'s-`` (``'s-Gravenhage``).
    """
    kinds = resources.lines("court_kinds.txt")
    seats = [
        [{"IS_TITLE": True}],
        [{"LOWER": "den"}, {"IS_TITLE": True}],
        [{"LOWER": "'s"}, {"ORTH": "-"}, {"IS_TITLE": True}],
    ]
    preposition = {"LOWER": {"IN": ["te", "in"]}, "OP": "?"}
    # One pattern per form of the seat, with every kind in it: fifteen patterns made the gazetteer 40% slower.
    return [{"label": "ORG", "pattern": [{"LOWER": {"IN": kinds}}, preposition, *seat]} for seat in seats]


def ocr_tolerant_patterns() -> list[dict[str, Any]]:
    """Token patterns for the chambers' full names that allow one OCR error in each long word.

    ``Tweede Kamer der Stalen-Generaal`` and ``Staten-Ceneraal`` are the chamber, printed in
    the header of nearly every SGD document; a phrase pattern only matches the name as
    written. The first word stays exact and only words of five letters or more are fuzzy,
    so a fuzzy word is always anchored by the rest of the name. Only chambers get such
    patterns: fuzzy patterns for all 105 long organisation names made the gazetteer five
    times slower over the SGD corpus, these add 15%.
    """
    patterns: list[dict[str, Any]] = []
    seen: set[str] = set()
    for row in _csv_rows("organisations.csv"):
        if row["kind"] != "chamber":
            continue
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            words = re.findall(r"[^\W\d_]+|-", name)
            if len(name.split()) < 3 or sum(len(w) >= 5 for w in words) < 2 or name.lower() in seen:
                continue
            seen.add(name.lower())
            tokens = [{"ORTH": "-", "OP": "?"} if word == "-" else
                      {"LOWER": {"FUZZY1": word.lower()}} if len(word) >= 5 and index else {"LOWER": word.lower()}
                      for index, word in enumerate(words)]
            patterns.append({"label": "ORG", "pattern": tokens, "id": row["kb_id"]})
    return patterns


@lru_cache(maxsize=8)
def name_particles(subset: str | None = None) -> tuple[str, ...]:
    """Particles of a surname, lower case (``resources/name_particles.txt``): ``van``, ``de``, ``'t``, ``von``;
    with ``subset`` (``initials``, ``capitals``, ``hyphen``) only those the file marks for it, which is
    narrower for readers where a particle would make a name of too much (the file says why)."""
    rows = [line.split() for line in resources.lines("name_particles.txt")]
    if subset is None:
        return tuple(word for word, *subsets in rows if "only" not in subsets)
    return tuple(word for word, *subsets in rows if subset in subsets)


def _particle_pattern(particles: tuple[str, ...]) -> str:
    forms = dict.fromkeys(form for word in particles for form in (word, word[:1].upper() + word[1:], word.upper()))
    return "(?:" + "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True)) + ")"


# A particle of a Dutch surname (``van``, ``de``, ``'t``, ``VAN``): part of a name, though alone it names no one.
NAME_PARTICLE = _particle_pattern(name_particles())


@lru_cache(maxsize=1)
def person_stopwords() -> frozenset[str]:
    """Words (lower case) that are never a surname, from ``resources/person_stopwords.txt``."""
    return frozenset(resources.lines("person_stopwords.txt"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words (lower case) that are almost never capitalised mid-sentence, from ``resources/common_words.txt``."""
    return frozenset(resources.lines("common_words.txt"))


def signature_patterns() -> list[dict[str, Any]]:
    """``PERSON`` token patterns for initials and a surname: ``C.J. Schouten``, ``R. J. H. KRUISINGA``."""
    stopwords = sorted(person_stopwords())
    # Company forms (N.V., B.V.) and "c.s." look like initials.
    initials = {"TEXT": {"REGEX": r"^(?:[A-Z]\.){1,4}$", "NOT_IN": ["N.V.", "B.V.", "C.S.", "V.N."]}, "OP": "+"}
    particles = {"LOWER": {"IN": list(name_particles("initials"))}, "OP": "*"}
    surname = {"TEXT": {"REGEX": r"^[A-Z][A-Za-zÀ-ÿ'’-]{2,}$"}, "LOWER": {"NOT_IN": stopwords}}
    return [
        {"label": "PERSON", "pattern": [initials, surname]},
        {"label": "PERSON", "pattern": [initials, particles, surname]},
        {"label": "PERSON", "pattern": [initials, surname, particles, surname]},  # A. Kappeyne van de Coppello
        # W. F. de Gaay Fortman: a particle, then a double surname.
        {"label": "PERSON", "pattern": [initials, {**particles, "OP": "+"}, surname, surname]},
    ]


def entity_id(label: str, text: str) -> str | None:
    """The canonical id of an ``ORG`` or ``MINISTER`` mention that no pattern gave one."""
    if label == "ORG":
        return organisation_names().get(_fold(text))
    if label == "MINISTER":
        folded = _fold(text)
        if "president" in folded and "vice" not in folded:
            return "AZ"
        return office_portfolio_key(text)
    return None


def office_portfolio_key(text: str) -> str | None:
    """The key of the portfolio an office names (``Minister van Sociale Zaken`` → ``SZW``), if known."""
    rest = ROLE_RE.sub("", text, count=1)
    rest = re.sub(r"^[\s,]*(?:van|voor)\s+", "", rest, flags=re.IGNORECASE)
    return portfolio_key(canonical_portfolio(rest)) if rest.strip() else None


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Frequent English words (lower case), from ``resources/english_words.txt``."""
    return frozenset(resources.lines("english_words.txt"))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Dutch and Belgian places (GeoNames, Statbel) and countries (CLDR), never a person's name on their own."""
    return frozenset(resources.lines("places_nl_be.txt")) | frozenset(resources.lines("countries_nl.txt"))


@lru_cache(maxsize=1)
def place_parts() -> frozenset[str]:
    """Words that name a part of a place after it (``Noord``, ``Centraal``): ``Brussel-Noord`` is a place."""
    return frozenset(resources.lines("place_parts.txt"))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Surnames of members and ministers as written without first name (``De Jong``, ``Blok``)."""
    return frozenset(resources.lines("surnames.txt"))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    return frozenset(resources.lines("first_names.txt"))


def is_first_name(text: str) -> bool:
    """Whether ``text`` is a first name of ``resources/first_names.txt`` (``Koen``, ``Didier``)."""
    return text in first_names()


def known_surname(text: str) -> bool:
    """Whether a name ends in a member's or minister's surname (``De Jong``, ``J. de Jong``, ``Blok``)."""
    words = text.split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if tail[:1].upper() + tail[1:] in surnames():
            return True
    return False


@lru_cache(maxsize=1)
def party_forms() -> frozenset[str]:
    """``party_names()`` as a set, read once."""
    return frozenset(party_names())


@lru_cache(maxsize=1)
def acronym_stoplist() -> frozenset[str]:
    """Capitals abbreviations that name a law, a scheme or a technical term, never a body (upper case)."""
    return frozenset(word.upper() for word in resources.lines("acronym_stoplist.txt"))


@lru_cache(maxsize=1)
def organisation_heads() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Words that make a name an organisation's: last words, compound endings (``raad``), first words."""
    words = resources.lines("organisation_heads.txt")
    last = frozenset(w for w in words if not w.startswith(("-", "first ")))
    endings = tuple(w[1:] for w in words if w.startswith("-"))
    first = frozenset(w.split(" ", 1)[1] for w in words if w.startswith("first "))
    return last, endings, first


@lru_cache(maxsize=1)
def not_organisation_heads() -> tuple[str, ...]:
    """Last words (or compound endings) of names that are programmes, agendas, standards, laws."""
    return tuple(word for word in resources.lines("not_organisation_heads.txt") if not word.startswith("="))


@lru_cache(maxsize=1)
def not_organisation_words() -> frozenset[str]:
    """Last words of such names that count only whole (``=visie``: ``Strategische Visie``, not ``Movisie``)."""
    return frozenset(word[1:] for word in resources.lines("not_organisation_heads.txt") if word.startswith("="))


def names_an_organisation(words: list[str]) -> bool:
    """Whether a name's first or last word says it is an organisation's (``Gezondheidsraad``, ``Hof van ...``)."""
    if not words:
        return False
    last, endings, first = organisation_heads()
    final = words[-1].lower()
    return (final in last or words[0].lower() in first
            or any(final.endswith(ending) and len(final) > len(ending) + 2 for ending in endings))


def names_a_body(words: list[str]) -> bool:
    """Whether any word of a name is an organisation word (``Opleidingsinstituut van de ...``,
    ``Dienst voor ...``, ``Wereldgezondheidsorganisatie``): a programme's name has none."""
    last, endings, first = organisation_heads()
    return any(word.lower() in last or word.lower() in first
               or any(word.lower().endswith(ending) for ending in endings) for word in words)


def names_a_thing(words: list[str]) -> bool:
    """Whether a name ends with a word for a programme, agenda, standard, law or agreement."""
    if not words:
        return False
    final = words[-1].lower()
    if final in not_organisation_words():
        return True
    thing = next((head for head in not_organisation_heads() if final.endswith(head)), None)
    # a body's compound ending that is longer wins: Pantserdivisie (-divisie) is no visie
    return thing is not None and not any(final.endswith(ending) and len(ending) > len(thing)
                                         for ending in organisation_heads()[1])
