"""Who held a cabinet office on a given day: the dated register of ``resources/office_holders.csv``.

>>> from nlkst.holders import holder
>>> holder("Minister van Financiën", "2019-03-04")["name"]
'W.B. Hoekstra'

The register is rebuilt by ``training/resources/build_office_holders.py`` from its sources (README in
``nlkst/resources``). A lookup answers only where the office and the day identify exactly
one person: an office that did not exist that day, two holders of the same title (two
state secretaries of one ministry), or a day the register does not cover give ``None``.

Terms from a source (rijksoverheid.nl's cabinet pages, Wikidata, openkamer, the list of prime
ministers) run from ``from`` up to the day before ``to`` (``to`` is the successor's first day);
an open term (``to`` empty) is trusted up to ``checked``, the day its source was taken. Terms inferred from
signatures run from the first to the last day a signature was seen, both included.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from . import resources
from .gazetteer import name_particles
from .offices import canonical_portfolio, fold_portfolio, parse_offices, portfolio_key

REGISTER_FILE = "office_holders.csv"
# Where sources disagree, the first that has a term for the office that day decides: the cabinet
# pages of the government itself, then the fixtures with Dutch post names, then Wikidata, then the
# list of prime ministers, and only where none of these has the office, signatures seen in documents.
SOURCE_PRIORITY = ("rijksoverheid", "openkamer", "wikidata", "wikipedia-premiers", "sgd-signatures")
REGISTER_COLUMNS = (
    "role",
    "ministry",
    "portfolio",
    "name",
    "surname",
    "from",
    "to",
    "checked",
    "id",
    "source",
    "inferred",
    "evidence",
)
_INITIAL_RE = re.compile(r"^(?:[A-Za-z][A-Za-z]?[a-z]?\.)+$")
_PARTICLES = frozenset(name_particles())  # resources/name_particles.txt
_TITLES = {"mr", "dr", "drs", "ir", "ing", "prof", "jhr", "ds", "mw", "mevr", "dhr", "baron", "graaf", "bc", "msc"}


# "ad interim": the name under the office is a stand-in's, not the holder's.
AD_INTERIM = re.compile(r"\ba\.\s?i\b\.?", re.IGNORECASE)


def acting_names(signature_texts: list[str], signatories: list[dict[str, Any]]) -> set[str]:
    """The signatories' names that stand under an office marked ``a.i.`` in one of ``signature_texts``
    (the header's signature spans), as a stand-in signs: ``De Minister van Buitenlandse Zaken a.i.,``."""
    texts = [re.sub(r"\s+", " ", text) for text in signature_texts if AD_INTERIM.search(text)]
    return {s["name"] for s in signatories if s.get("name") and any(s["name"] in text for text in texts)}


@dataclass(frozen=True)
class Term:
    """One person's term in one office, as the register lists it."""

    role: str
    ministry: str
    portfolio: str
    name: str
    surname: str
    start: str
    end: str
    checked: str
    id: str
    source: str
    inferred: bool
    evidence: str

    def covers(self, day: str) -> bool:
        if day < self.start:
            return False
        if self.inferred:
            return day <= self.end
        if self.end:
            return day < self.end
        return bool(self.checked) and day <= self.checked

    def person(self) -> str:
        """Who holds the term: the Wikidata item where known, else the surname."""
        return self.id or self.surname

    def as_holder(self) -> dict[str, Any]:
        return {"name": self.name, "id": self.id or None, "from": self.start, "to": self.end or None}


@lru_cache(maxsize=1)
def register() -> tuple[Term, ...]:
    """Every term of the packaged register."""
    return tuple(
        Term(
            row["role"],
            row["ministry"],
            row["portfolio"],
            row["name"],
            row["surname"],
            row["from"],
            row["to"],
            row["checked"],
            row["id"],
            row["source"],
            row["inferred"] == "1",
            row["evidence"],
        )
        for row in resources.table(REGISTER_FILE)
    )


def surname_key(name: str | None) -> str:
    """The comparable part of a name: the surname with its particles, without initials, titles,
    case or diacritics (``mr. W.B. Hoekstra`` -> ``hoekstra``; ``J. M. DEN UYL`` -> ``den uyl``)."""
    if not name:
        return ""
    words = [w for w in re.split(r"\s+", name.replace(".", ". ").strip()) if w]
    # titles and initials lead; what follows is the surname (``graaf`` inside ``De Graaf`` stays)
    while len(words) > 1 and (_INITIAL_RE.match(words[0]) or words[0].lower().strip(".,") in _TITLES):
        words = words[1:]
    kept = words
    if len(kept) > 1 and "." not in name and not name.isupper() and kept[0].lower() not in _PARTICLES:
        # a full name (``Wopke Hoekstra``, ``Carola Schouten``): the first word is a given name
        kept = kept[1:]
    text = " ".join(kept).lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z' -]", "", text).strip()


def same_surname(a: str | None, b: str | None) -> bool:
    """Whether two names share a surname, particles aside (``Van Dijk`` and ``C.P. van Dijk``); a
    double name agrees with either half (``Schultz van Haegen-Maas Geesteranus``, ``Schultz van Haegen``)."""
    forms_a, forms_b = _surname_forms(a), _surname_forms(b)
    return any(x == y or x.endswith(" " + y) or y.endswith(" " + x) for x in forms_a for y in forms_b)


def _surname_forms(name: str | None) -> set[str]:
    key = surname_key(name)
    forms = {key, *key.split("-")} if key else set()
    cores = {" ".join(w for w in form.replace("-", " ").split() if w not in _PARTICLES) for form in forms}
    return {core for core in cores if len(core) > 1}


def _without_titles(name: str) -> str:
    """A printed name without its academic titles (``drs. V.L.W.A. Heijnen`` -> ``V.L.W.A. Heijnen``)."""
    words = name.split()
    while len(words) > 1 and words[0].lower().strip(".") in _TITLES:
        words = words[1:]
    return " ".join(words)


def _iso_day(day: str | date | None) -> str | None:
    if day is None:
        return None
    text = day.isoformat() if isinstance(day, date) else str(day).strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def _office(office: str | dict[str, Any]) -> tuple[str, str] | None:
    """``(role, portfolio)`` of an office given as text or as a header's ``{"role", "portfolio"}``."""
    if isinstance(office, dict):
        role, portfolio = office.get("role"), office.get("portfolio")
    else:
        offices = parse_offices(office)
        if len(offices) != 1:
            return None
        role, portfolio = offices[0]["role"], offices[0]["portfolio"]
    if role == "minister-president":
        portfolio = portfolio or "Algemene Zaken"
    if not role or not portfolio:
        return None
    return role, canonical_portfolio(portfolio)


def _names_office(term: Term, role: str, portfolio: str) -> bool:
    if role == "minister-president" or term.role == "minister-president":
        # the prime minister is also Minister van Algemene Zaken, and is named either way
        return term.role == role or (
            term.role == "minister-president" and role == "minister" and _same_portfolio(term.portfolio, portfolio)
        )
    if term.role != role:
        return False
    return _same_portfolio(term.portfolio, portfolio) or _same_portfolio(term.ministry, portfolio)


@lru_cache(maxsize=4096)
def _same_portfolio(a: str, b: str) -> bool:
    """Whether two names mean one portfolio; asked for every term of the register, so remembered."""
    if not a or not b:
        return False
    key_a, key_b = portfolio_key(a), portfolio_key(b)
    return (key_a is not None and key_a == key_b) or fold_portfolio(a) == fold_portfolio(b)


def holders_on(office: str | dict[str, Any], day: str | date | None, *, inferred: bool = True) -> list[Term]:
    """Every register term of ``office`` that covers ``day``, one per person, from the first source
    (``SOURCE_PRIORITY``) that has one; ``inferred=False`` leaves out the terms read off signatures."""
    parsed, iso = _office(office), _iso_day(day)
    if parsed is None or iso is None:
        return []
    role, portfolio = parsed
    return list(_holders_on(role, portfolio, iso, inferred))


@lru_cache(maxsize=4096)
def _holders_on(role: str, portfolio: str | None, iso: str, inferred: bool) -> tuple[Term, ...]:
    """``holders_on`` for a parsed office: the register is read whole for each (profiled: a document
    names the same office on the same day many times)."""
    terms = [
        term
        for term in register()
        if (inferred or not term.inferred) and _names_office(term, role, portfolio) and term.covers(iso)
    ]
    if not terms:
        return ()
    first = min(source_rank(term) for term in terms)
    by_person: dict[str, Term] = {}
    for term in terms:
        if source_rank(term) == first:
            by_person.setdefault(term.person(), term)
    return tuple(by_person.values())


def source_rank(term: Term) -> int:
    """How far down ``SOURCE_PRIORITY`` the term's source comes (0 is trusted first)."""
    return SOURCE_PRIORITY.index(term.source) if term.source in SOURCE_PRIORITY else len(SOURCE_PRIORITY)


def holder(office: str | dict[str, Any], day: str | date | None) -> dict[str, Any] | None:
    """The one person who held ``office`` on ``day``, as ``{"name", "id", "from", "to"}``, or None.

    ``office`` is the office as printed (``"Minister van Financiën"``, ``"de Staatssecretaris
    van Financiën - Toeslagen en Douane"``) or a header's ``{"role", "portfolio"}``; ``day`` an
    ISO date. None where the office or the day does not identify exactly one person.
    """
    terms = holders_on(office, day)
    return terms[0].as_holder() if len(terms) == 1 else None


def holder_named(
    office: str | dict[str, Any], day: str | date | None, name: str
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The holder for an office printed with its holder's name: the printed name wins.

    Returns ``(holder, conflict)``: the register's term of that person in that office on that
    day where there is one (so the id and dates come with it), else ``{"name": name}`` as
    printed; ``conflict`` is ``{"printed": name, "register": ...}`` where the register names
    someone else for that office and day, else None.
    """
    terms = holders_on(office, day)
    for term in terms:
        if same_surname(term.name, name) or same_surname(term.surname, name):
            return term.as_holder(), None
    printed = {"name": _without_titles(name), "id": None, "from": None, "to": None}
    if len(terms) == 1:
        return printed, {"printed": name, "register": terms[0].as_holder()}
    return printed, None


__all__ = [
    "AD_INTERIM",
    "SOURCE_PRIORITY",
    "Term",
    "acting_names",
    "source_rank",
    "holder",
    "holder_named",
    "holders_on",
    "register",
    "same_surname",
    "surname_key",
]
