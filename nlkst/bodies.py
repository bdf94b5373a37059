"""Bodies and offices named in short, administrative form (issue 17; kinds found on the 2026-12-04 blind sample).

- **A ministry by its short name.** ``bij Defensie``, ``het personeel van Justitie``, ``Financiën heeft``,
  ``de FOD's Economie en Financiën``: a capitalised short name of a ministry or Belgian federal public
  service (``resources/ministry_short_names.txt``) is an ``ORG`` where the words before or after it say a
  body is meant: a preposition of place or agent before it (``bij``, ``door``, ``binnen``), ``van`` after a
  noun that is no office or committee (``het personeel van``, not ``de minister van``), a verb after it
  at a sentence's start, or a finite verb before it (``In 2016 heeft Defensie``, ``kan Defensie``).
  ``FOD``/``POD`` (also ``Fod``, and written out: ``Federale overheidsdienst``, ``programmatorische
  overheidsdienst``, in any case) with a short name or an acronym after it is one ``ORG`` (``FOD BOSA``),
  with the whole name where the lists hold it (``Fod Werkgelegenheid, Arbeid en Sociaal Overleg``);
  ``FOD's A en B`` gives ``FOD's A`` and ``B``. A short name inside an office, a committee or
  another name stays part of it; a recogniser's ``PERSON`` on one becomes the ``ORG`` where the context fits.
- **Belgian offices.** ``(vice-)eerste minister`` (with ``en minister van ...`` after it, one office),
  ``minister bevoegd voor <Portefeuille>`` and ``minister belast met <Portefeuille>`` are ``MINISTER``;
  ``minister van|voor <Portefeuille>`` that no pattern knew is one too, up to the last capitalised word of
  the portfolio; a regional office takes its region's capitalised adjective (``Vlaams minister Weyts``);
  ``premier`` after a determiner or an adjective is one (``de premier``, ``onze eigen premier``);
  a ``MINISTER`` span never ends in lower-case prose (``minister voor Consumentenzaken om de verdere``: cut
  after ``Consumentenzaken``).
- **An office acting as a body** (``resources/office_bodies.txt``): ``de Nationaal Rapporteur``, ``de Nationaal
  Coördinator Terrorismebestrijding``, capitalised, with the capitalised words of its field, is an ``ORG``.
- **A named unit alone.** ``de dienst Parlementaire Vragen``, ``het DG Digitale Transformatie``: a definite
  unit word (``resources/unit_heads.txt``, and ``DG``) followed by a capitalised name is an ``ORG``; ``DG``
  followed by an acronym is one with or without an article (``DG HAN``, ``(DG EPI)``, ``DG ECHO``: 170 times in
  the Belgian questions, none found before).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc, Span

from . import resources
from .gazetteer import _fold, common_words, is_first_name, names_a_thing, organisation_names
from .units import EntityClaims, token_strings, unit_heads

# Words before a short name that say the body is meant: bij Defensie, door Justitie; a partner, addressee or
# source (samenwerking met Defensie, gevraagd aan Defensie, vanuit Binnenlandse Zaken), not after a charge (belast
# met Economie: an office's portfolio).
_BODY_PREPOSITIONS = {"bij", "door", "binnen", "namens", "met", "aan", "vanuit"}
_CHARGED = {"belast", "bevoegd", "gelast", "minister", "ministers", "staatssecretaris"}
# Conjunctions before a short name that opens a clause as its subject: dat Defensie de site zal overdragen.
_CLAUSE_OPENERS = {"dat", "omdat", "zodat"}
# Nouns before "van <short name>" that make it an office, a committee or a field, not the body.
_NOT_BODY_BEFORE_VAN = re.compile(
    r"(?i)(?:minister|ministers|staatssecretaris|staatssecretarissen|ministerie|departement|commissie|"
    r"kamercommissie|begroting|portefeuille|bewindsman|bewindslieden|bewindspersoon|bevoegdheid|beleid|terrein|"
    r"domein|gebied|titel|hoofdstuk|artikel|raad|hof|college|president|premier)$")
# An office or colleague however OCR spelt it (staatssecretarïs, ambtgenoten): "en van Financiën" is an office.
_OFFICE_LIKE = re.compile(r"(?i)minist|secretar|ambtgeno|collega|bewinds")
# Finite verbs after a short name that opens a sentence: Defensie heeft, Justitie zal.
_VERBS = {"heeft", "hebben", "had", "is", "was", "zal", "zou", "kan", "kon", "moet", "moest", "wil", "wilde",
          "gaat", "ging", "werkt", "beschikt", "stelt", "voert", "neemt", "onderzoekt", "meldt", "laat", "krijgt",
          "betaalt", "doet", "deed", "weet", "houdt", "beheert", "verzorgt", "organiseert", "telt", "ontving",
          "werd", "wordt", "werden", "blijft", "kent", "staat", "volgt", "investeert", "beschikte", "telde",
          "ontwikkelt", "plant", "biedt"}
# A country's adjective before a short name: de Belgische Defensie, de Belgische Justitie (10 in the Belgian questions).
_NATIONAL = {"Belgische", "Nederlandse"}
# A list item's opening before a short name followed by a colon: "- FOD Justitie: 1;- Defensie: 1" (the tokenizer
# leaves the number before it glued: "1;-", "9-").
_ITEM_OPENING = re.compile(r"\d*[;.]?-|•|;")
# An enumeration's number before a sentence: "1. Defensie werd ...".
_ENUMERATION = re.compile(r"\d{1,2}[.)]")
_FOD = {"fod", "pod", "fod's", "pod's", "fods", "pods"}
# A ministry's head word written straight before its short name, without "van": het departement Justitie.
_MINISTRY_HEADS = {"departement", "ministerie"}
# Written out: Federale overheidsdienst Justitie, Programmatorische Overheidsdienst Wetenschapsbeleid.
_SERVICE_ADJECTIVES = {"federale", "programmatorische"}
_MAX_SERVICE = 10  # words in a service's full name (Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu)
_ROLE = re.compile(r"(?i)^(?:vice-?)?(?:eerste-?)?minister$|^staatssecretaris$")
_PLURAL_OPENERS = {"de", "beide", "mijn", "onze", "uw", "collega's", "federale"}
_PLURAL_ROLE = re.compile(r"(?i)^(?:ministers|staatssecretarissen)$")  # de ministers van Volksgezondheid en Justitie
_ARTICLES = {"de", "het", "'t"}
_OFFICE_OPENINGS = {"staatssecretaris", "eerste", "vice-eerste"}
# The capitalised adjectives of Belgium's regions and communities before an office: Vlaams minister Tommelein.
_REGIONS = {"Vlaams", "Vlaamse", "Waals", "Waalse", "Brussels", "Brusselse"}
# Words before "premier" that make it the office (de premier, onze eigen premier, de huidige premier).
_PREMIER_BEFORE = {"de", "onze", "uw", "hun", "zijn", "haar", "deze", "die", "eigen", "huidige", "toenmalige",
                   "vorige", "nieuwe", "voormalige", "waarnemend", "waarnemende", "demissionaire"}
_PREMIER_NOT_BEFORE = {"une", "la", "le"}
# French words after "premier" (premier ministre, premier semestre): the ordinal, no office.
_FRENCH_AFTER_PREMIER = {"ministre", "semestre", "trimestre", "président", "president", "juge", "alinéa", "alinea",
                         "avocat", "échevin", "echevin", "degré", "degre", "janvier", "lieu", "rang", "cru"}


@lru_cache(maxsize=1)
def _office_bodies() -> tuple[frozenset[str], frozenset[str]]:
    pairs = [line.split() for line in resources.lines("office_bodies.txt")]
    return frozenset(p[0] for p in pairs), frozenset(p[1] for p in pairs)


_MAX_NAME = 5
# A portfolio list runs for at most this many tokens; a list item has at most this many lower-case words.
_MAX_PORTFOLIO = 30
_MAX_ITEM_LOWER = 3
_LINKS = {"en", ",", "van", "de", "het", "voor"}
# Adjective endings: a capitalised adjective that ends a portfolio takes the lower-case noun after it.
_ADJECTIVE = re.compile(r"(?:isch|lijk|es|al|el|iek|ig|aans)e$")
# A lower-case letter followed by a capital inside a word: a heading glued to the next sentence.
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}['’]s")  # KMO's: an acronym's plural, a portfolio's word
_GLUED = re.compile(r"[a-z][A-Z][a-z]")


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def short_names() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Each short name as a tuple of plain lower-case tokens (commas apart) with its token count, by first word
    (as written, lower case, and without diacritics)."""
    names: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for line in resources.lines("ministry_short_names.txt"):
        words = tuple(_plain(line).replace(",", " ,").split())
        for first in {words[0], line.split()[0].rstrip(",").casefold()}:
            names.setdefault(first, []).append((words, len(words)))
    return names


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return frozenset(unit_heads())


def _short_name_at(doc: Doc, i: int) -> int:
    """The end of the longest short name starting at token ``i`` (capitalised), or ``i``."""
    candidates = short_names().get(doc[i].lower_)
    if not candidates or not doc[i].text[:1].isupper():
        return i
    best = i
    for words, length in candidates:
        end = i + length
        if end <= len(doc) and tuple(_plain(t.text) for t in doc[i:end]) == words and doc[end - 1].text[:1].isupper():
            best = max(best, end)
    return best


def is_short_name(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is, whole, a ministry's or federal service's short name (``Financien``)."""
    return end > start and _short_name_at(doc, start) == end


def with_short_bodies(doc: Doc, entities: list[Span]) -> list[Span]:
    """``entities`` with ministries by short name, FODs, Belgian offices and named units added; sorted."""
    entities = [part for ent in entities for part in (_offices(doc, ent) if ent.label_ == "MINISTER" else [ent])]
    entities = _with_fod_and_unit(doc, entities)
    claims = EntityClaims(doc, entities)
    owner = claims.owner

    def free(start: int, end: int, also: str = "") -> bool:
        # free, or held only by entities lying inside the span (BOSA in FOD BOSA, a short name taken for a person;
        # for an office, a shorter office: staatssecretaris voor Asiel en Migratie + en Administratieve ...)
        return claims.replaceable(start, end, ("PERSON", "ORG", also)) is not None

    texts, lowers = token_strings(doc)
    names, units, office_firsts = short_names(), _unit_words(), _office_bodies()[0]
    i = 0
    while i < len(doc):
        lower = lowers[i]
        if not (lower in names or lower in _FOD or lower in _SERVICE_ADJECTIVES or lower in units or texts[i] == "DG"
                or texts[i] in office_firsts or "minister" in lower or lower in _OFFICE_OPENINGS or lower == "premier"
                or lower in _MINISTRY_HEADS):
            i += 1  # none of the rules below starts at this word (a Token object for each cost more than them)
            continue
        token = doc[i]
        head = _fod_head(doc, i, lowers)
        if head:
            n = i + head  # the service's name starts here
            end = _short_name_at(doc, n)
            if end == n and _is_acronym(doc[n].text):
                end = n + 1
            elif end == n and not lower.endswith("s") and doc[n].is_title and doc[n].is_alpha:
                end = n + 1  # a service no list has: FOD Budget en Beheerscontrole
            if end > n and not lower.endswith("s") and not _is_acronym(doc[n].text):
                # the full name goes on (FOD Werkgelegenheid, Arbeid en Sociaal Overleg; FOD Economie, K.M.O.,
                # Middenstand en Energie), not into a second service (FOD Justitie en Buitenlandse Zaken: one
                # short name, then another; FOD Economie, ISAB: an acronym after the comma), unless the list knows
                # the whole name
                full = _portfolio_end(doc, n, lower_inside=False)
                known = _known_service_end(doc, n)
                if known >= full:
                    full = known
                else:
                    for k in range(end, full):
                        if doc[k].lower_ in {"en", ","} and (_short_name_at(doc, n) == k
                                                             and _short_name_at(doc, k + 1) > k + 1
                                                             or doc[k + 1].lower_ in _FOD
                                                             or doc[k].text == "," and _is_acronym(doc[k + 1].text)
                                                             or owner[k + 1] is not None
                                                             and owner[k + 1].start == k + 1
                                                             and owner[k + 1].label_ == "ORG"):
                            full = k
                            break
                if full + 1 < len(doc) and doc[full].lower_ in {"en", ","} and _GLUED.search(doc[full + 1].text):
                    end = n  # a name cut by a heading glued to its next sentence (FOD Beleid en OndersteuningHet)
                end = max(end, full) if end > n else end
                if end < len(doc) and _ADJECTIVE.search(doc[end - 1].lower_) and doc[end].is_lower \
                        and doc[end].is_alpha and len(doc[end]) > 3:
                    end += 1  # POD Maatschappelijke integratie
            if end > n and free(i, end):
                claims.claim(Span(doc, i, end, label="ORG"))
                # FOD's Economie en Financiën, FOD Justitie en Buitenlandse Zaken: the second service after "en"
                if end + 1 < len(doc) and doc[end].lower_ in {"en", ","}:
                    second = _short_name_at(doc, end + 1)
                    if second > end + 1 and free(end + 1, second):
                        claims.claim(Span(doc, end + 1, second, label="ORG"))
                        end = second
                i = end
                continue
        if lower in _MINISTRY_HEADS and i + 1 < len(doc):
            end = _short_name_at(doc, i + 1)  # het departement Justitie, Departement Defensie: the head and the name
            if end > i + 1 and free(i, end):
                claims.claim(Span(doc, i, end, label="ORG"))
                i = end
                continue
        end = _short_name_at(doc, i)
        if end > i and free(i, end) and (_means_the_body(doc, i, end) or _in_list_of_bodies(doc, i, end, owner)):
            claims.claim(Span(doc, i, end, label="ORG"))
            i = end
            continue
        if token.text == "DG" and i + 1 < len(doc) and _is_acronym(texts[i + 1]) and len(texts[i + 1]) <= 6 \
                and lowers[i + 1] not in common_words() and free(i, i + 2):
            # a directorate-general by its acronym, with or without an article (DG HAN, (DG EPI), DG ECHO)
            claims.claim(Span(doc, i, i + 2, label="ORG"))
            i += 2
            continue
        if (lower in _unit_words() and lower != "kabinet" or token.text == "DG") and i \
                and doc[i - 1].lower_ in _ARTICLES:
            name_end = i + 1
            while name_end < len(doc) and name_end - i <= _MAX_NAME + 2 and (
                    doc[name_end].is_title and doc[name_end].is_alpha
                    or _joins_name_words(doc, name_end) and name_end > i + 1):
                name_end += 1
            while doc[name_end - 1].lower_ in {"en", ","} or doc[name_end - 1].is_space:
                name_end -= 1  # dienst Visa en + a word the tokenizer left glued to its quote
            if name_end > i + 1 and free(i, name_end) and not _a_thing(doc[i + 1:name_end]):
                claims.claim(Span(doc, i, name_end, label="ORG"))
                i = name_end
                continue
        if token.text in _office_bodies()[0] and i + 1 < len(doc) and doc[i + 1].text in _office_bodies()[1]:
            name_end = i + 2
            while name_end < len(doc) and name_end - i < _MAX_NAME and doc[name_end].is_title \
                    and doc[name_end].is_alpha and not doc[name_end].ent_type_ == "PERSON":
                name_end += 1
            if free(i, name_end):
                claims.claim(Span(doc, i, name_end, label="ORG"))
                i = name_end
                continue
        if lower == "premier" and _premier(doc, i) and free(i, i + 1):
            claims.claim(Span(doc, i, i + 1, label="MINISTER"))
            i += 1
            continue
        office = _belgian_office(doc, i) if "minister" in lower or lower in _OFFICE_OPENINGS else None
        if office is not None and free(office.start, office.end, also="" if office.text.isupper() else "MINISTER"):
            claims.claim(office)
            i = office.end
            continue
        i += 1
    return _joined_offices(doc, [_with_region(doc, ent) for ent in claims.entities()])


# What joins a Belgian state secretary's office to the minister's it is attached to, in the title's full form.
_ATTACHED = (",", "toegevoegd", "aan", "de")
_MAX_PORTFOLIO_TAIL = 8


def _joined_offices(doc: Doc, entities: list[Span]) -> list[Span]:
    """A state secretary's office and the minister's it is attached to as one ``MINISTER``, the title's full form
    (``staatssecretaris voor Asiel en Migratie, ..., toegevoegd aan de minister van Veiligheid en Binnenlandse
    Zaken``: 19 in the Belgian questions' texts, one span in the fresh golds)."""
    out: list[Span] = []
    for ent in entities:
        if out and ent.label_ == "MINISTER" and out[-1].label_ == "MINISTER" \
                and 0 <= ent.start - len(_ATTACHED) - out[-1].end <= _MAX_PORTFOLIO_TAIL \
                and tuple(t.lower_ for t in doc[ent.start - len(_ATTACHED):ent.start]) == _ATTACHED \
                and not any(t.text in ".;:()" for t in doc[out[-1].end:ent.start - len(_ATTACHED)]):
            # the office's portfolio may run on in words the office rule stopped at (voor Bestrijding + van de
            # sociale fraude, Privacy en Noordzee), up to the attachment
            out[-1] = Span(doc, out[-1].start, ent.end, label="MINISTER", kb_id=out[-1].kb_id_)
            continue
        out.append(ent)
    return out


@lru_cache(maxsize=1)
def police_directorates() -> frozenset[str]:
    return frozenset(resources.lines("police_directorates.txt"))


def with_police_directorates(doc: Doc, entities: list[Span]) -> list[Span]:
    """``entities`` with each directorate of the federal police named in one word (``de spoorwegpolitie``,
    ``resources/police_directorates.txt``) where no entity stands, with ``federale`` before it (``de federale
    wegpolitie``, ``de Federale Wegpolitie``): a unit, though written in lower case; sorted."""
    lowers = token_strings(doc)[1]
    names = police_directorates()
    found = [i for i, lower in enumerate(lowers) if lower in names]
    if not found:
        return entities
    taken = {i for ent in entities for i in range(ent.start, ent.end)}
    added = [Span(doc, i - 1 if i and lowers[i - 1] == "federale" and i - 1 not in taken else i, i + 1, label="ORG")
             for i in found if i not in taken]
    return sorted([*entities, *added], key=lambda ent: ent.start)


def _with_region(doc: Doc, ent: Span) -> Span:
    """A ``MINISTER`` of a region's government takes its region's adjective: ``Vlaams minister Tommelein``,
    ``Waalse minister van Economie`` (capitalised, as the region's name; ``federale minister`` is left alone)."""
    if ent.label_ == "MINISTER" and ent.start and doc[ent.start - 1].text in _REGIONS \
            and not doc[ent.start - 1].ent_type_:
        return Span(doc, ent.start - 1, ent.end, label="MINISTER", kb_id=ent.kb_id_)
    return ent


def _premier(doc: Doc, i: int) -> bool:
    """Whether ``premier`` at ``i`` is the office: after a determiner or an adjective (``de premier``, ``onze eigen
    premier``, ``de Britse premier``), not French (``le premier ministre``, ``premier semestre``)."""
    if not i or doc[i].text not in {"premier", "Premier"}:
        return False
    before = doc[i - 1]
    if i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].lower_ in _FRENCH_AFTER_PREMIER:
        return False
    return before.lower_ in _PREMIER_BEFORE or before.is_alpha and before.is_title and before.lower_.endswith("se") \
        and before.lower_ not in _PREMIER_NOT_BEFORE


def _fod_head(doc: Doc, i: int, lowers: list[str]) -> int:
    """The number of words of a federal service's head at ``i``: 1 for ``FOD``, ``Fod``, ``POD`` (``fod`` only
    before a whole listed name), 2
    for ``Federale overheidsdienst`` and ``Programmatorische overheidsdienst`` in any case; 0 for none."""
    if i + 1 >= len(doc):
        return 0
    if lowers[i] in _FOD and (doc[i].text[:1] in "FP" or _known_service_end(doc, i + 1) > i + 1):
        return 1  # fod in lower case only before a name the lists hold whole (fod Werkgelegenheid, Arbeid en ...)
    if lowers[i] in _SERVICE_ADJECTIVES and lowers[i + 1] == "overheidsdienst" and i + 2 < len(doc):
        return 2
    return 0


def _known_service_end(doc: Doc, start: int) -> int:
    """The end of the longest name from ``start`` that, after ``FOD``, the organisation lists hold whole (``FOD
    Werkgelegenheid, Arbeid en Sociaal Overleg``), whatever the case of the head before it; ``start`` if none."""
    names, best = organisation_names(), start
    for end in range(start + 2, min(len(doc), start + _MAX_SERVICE) + 1):
        if doc[end - 1].is_title and _fold("FOD " + doc[start:end].text) in names:
            best = end
    return best


def _joins_name_words(doc: Doc, k: int) -> bool:
    """``en``, a comma or a stray space between two capitalised words of one name (``dienst Budget,
    Aankopen  Boekhouding``)."""
    word = doc[k]
    joins = word.lower_ in {"en", ","} or word.is_space and "\n" not in word.text
    return joins and k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].is_alpha


def _is_acronym(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text.isupper()


def _a_thing(name: Span) -> bool:
    return names_a_thing([t.text for t in name])


def _means_the_body(doc: Doc, start: int, end: int) -> bool:
    before = doc[start - 1] if start else None
    if before is not None and before.lower_ in _BODY_PREPOSITIONS:
        return not (start >= 2 and before.lower_ in ("met", "aan") and doc[start - 2].lower_ in _CHARGED)
    if before is not None and before.lower_ in _CLAUSE_OPENERS and doc[start].is_title:
        return True  # the subject of the clause it opens
    if before is not None and before.lower_ in _VERBS and before.is_lower:
        return True  # the subject after its verb: In 2016 heeft Defensie ..., Daarom zal Justitie ...
    if before is not None and before.text in _NATIONAL:
        return True  # de Belgische Defensie: the country's service, not a portfolio
    if before is not None and _ITEM_OPENING.fullmatch(before.text) and end < len(doc) and doc[end].text == ":":
        return True  # an item of a list of bodies with their numbers
    if before is not None and before.lower_ == "van" and start >= 2:
        noun = doc[start - 2]
        return noun.is_alpha and noun.is_lower and len(noun) > 3 and not _NOT_BODY_BEFORE_VAN.search(noun.text) \
            and not _OFFICE_LIKE.search(noun.text)
    at_sentence_start = before is None or before.text in {".", "!", "?", ":", ";"} or before.is_space \
        or bool(_ENUMERATION.fullmatch(before.text))
    return at_sentence_start and end < len(doc) and doc[end].lower_ in _VERBS


def _in_list_of_bodies(doc: Doc, start: int, end: int, owner: list) -> bool:
    """A short name in an enumeration after or before an organisation: ``de volgende federale
    overheidsdiensten: Buitenlandse Zaken, Economie, Financien en FOD BOSA`` (not after an office: ``de
    ministers van Veiligheid en Binnenlandse Zaken, Financien`` lists portfolios)."""
    if start >= 2 and doc[start - 1].text in {",", "en"}:
        before = owner[start - 2]
        if before is not None and before.label_ == "ORG" and before.end == start - 1:
            return True
    if end + 1 < len(doc) and doc[end].text == ",":
        after = owner[end + 1]
        if after is not None and after.label_ == "ORG" and after.start == end + 1 and is_short_name(
                doc, after.start, after.end):
            return True
    return False


def _belgian_office(doc: Doc, i: int) -> Span | None:
    """``(vice-)eerste minister``, ``minister bevoegd voor X``, ``minister van|voor X`` (X capitalised)."""
    token = doc[i]
    if token.lower_ in {"eerste", "vice-eerste"} and i + 1 < len(doc) and doc[i + 1].lower_ == "minister":
        if i + 3 < len(doc) and doc[i + 2].lower_ == "en" and _ROLE.match(doc[i + 3].text):
            # the combined title written in two words: vice-eerste minister en minister van Justitie
            second = _belgian_office(doc, i + 3)
            if second is not None:
                return Span(doc, i, second.end, label="MINISTER")
        return Span(doc, i, i + 2, label="MINISTER")
    if _PLURAL_ROLE.match(token.text):
        return _plural_offices(doc, i)
    if not _ROLE.match(token.text):
        return None
    if i + 2 < len(doc) and doc[i + 1].lower_ == "en" and _ROLE.match(doc[i + 2].text):
        # a combined title: vice-eersteminister en minister van Buitenlandse Zaken
        second = _belgian_office(doc, i + 2)
        return Span(doc, i, second.end, label="MINISTER") if second is not None else None
    j = i + 1
    if j + 1 < len(doc) and doc[j].lower_ == "belast" and doc[j + 1].lower_ == "met":
        # minister belast met Ambtenarenzaken (not: de minister belast met de vertaling)
        end = _portfolio_end(doc, j + 2)
        return Span(doc, i, end, label="MINISTER") if end > j + 2 else None
    if j < len(doc) and doc[j].lower_ == "bevoegd":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in {"van", "voor"}:
        return None
    end = _portfolio_end(doc, j + 1)
    return Span(doc, i, end, label="MINISTER") if end > j + 1 else None


def _plural_offices(doc: Doc, i: int) -> Span | None:
    """``ministers van X en (van) Y``: the offices of several ministers named together, one ``MINISTER`` (as the
    golds take it: be-dekamer-184982, -191706)."""
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in {"van", "voor"} or i == 0 \
            or doc[i - 1].lower_ not in _PLURAL_OPENERS:
        return None  # not "de Belgische en Oezbeekse ministers van Buitenlandse Zaken": offices of several lands
    end = _portfolio_end(doc, i + 2)
    if end == i + 2:
        return None
    while end + 2 < len(doc) and doc[end].lower_ == "en" and doc[end + 1].lower_ in {"van", "voor"} \
            and _capital_word(doc, end + 2):
        end = _portfolio_end(doc, end + 2)
    if end < len(doc) and (doc[end].lower_ == "van" or doc[end].ent_type_) \
            or end + 1 < len(doc) and doc[end].text == "," and _capital_word(doc, end + 1):
        return None  # other countries' ministers (de ministers van Sociale Zaken ... van ongeveer tien EU-lidstaten),
        # or a list cut by a recogniser's entity or by an item in lower case (Werk, Economie, Digitale agenda, ...)
    return Span(doc, i, end, label="MINISTER")


def _portfolio_end(doc: Doc, start: int, lower_inside: bool = True) -> int:
    """The end of a capitalised portfolio from ``start``: words joined by ``en``, ``,``, ``van``, ``de``.

    ``lower_inside``: an item of a list may hold lower-case words where another capitalised item follows
    (``Armoedebestrijding, Gelijke kansen, Personen met een beperking en Wetenschapsbeleid``), and a
    ``belast met`` tail goes on the list (``Asiel en Migratie, belast met Administratieve Vereenvoudiging``;
    ``... belast met Beliris en de Federale Culturele Instellingen``)."""
    end = start
    k = start
    tail = False
    while k < len(doc) and k - start < _MAX_PORTFOLIO:
        word = doc[k]
        if word.ent_type_ == "PERSON" and word.ent_iob_ == "B" and lower_inside and k > start \
                or _GLUED.search(word.text):
            break  # the holder's name after the portfolio: minister van Mobiliteit François Bellot (a recogniser's
            # PERSON on the portfolio itself is none); a heading glued to the next sentence (FOD Buitenlandse ZakenTot)
        if lower_inside and end == k and k > start and word.text == "," and k + 2 < len(doc) \
                and is_first_name(doc[k + 1].text) and doc[k + 2].is_title:
            break  # the holder after a comma: ..., Didier Reynders
        if lower_inside and word.text == "," and end == k and k > start and k + 1 < len(doc) \
                and doc[k + 1].text[:1].isupper() and not _portfolio_item(doc, k + 1) and not _last_items(doc, k + 1):
            break  # the holder after a comma: minister van Justitie, Ritzen; not: Middenstand, Zelfstandigen
        if (word.is_title or word.text[:1].isupper() and word.is_alpha or _capital_word(doc, k)) \
                and not (word.lower_ in _LINKS and word.is_upper):  # EN, VAN in capitals link, name nothing
            k += 1
            end = k
        elif lower_inside and end == k and k > start and _belast_met(doc, k):
            k += 3 if doc[k].text == "," else 2
            tail = True
        elif word.lower_ in {"en", ",", "van", "de", "der", "het", "voor"} and end == k and k + 1 < len(doc) \
                and _capital_word(doc, k + 1) and k > start:
            k += 1
        elif tail and word.lower_ == "en" and end == k and k + 2 < len(doc) and doc[k + 1].lower_ in _ARTICLES \
                and doc[k + 2].is_title and doc[k + 2].is_alpha:
            k += 2  # belast met Beliris en de Federale Culturele Instellingen
        elif lower_inside and end == k and k > start and word.is_lower and word.is_alpha:
            run = k
            while run < len(doc) and run - k < _MAX_ITEM_LOWER and doc[run].is_lower and doc[run].is_alpha \
                    and doc[run].lower_ != "en":
                run += 1
            if run + 1 < len(doc) and doc[run].lower_ in {"en", ","} and doc[run + 1].is_title \
                    and doc[run + 1].is_alpha and not doc[run + 1].ent_type_ == "PERSON":
                k = run + 1  # Gelijke kansen, Personen ...: the list goes on
            else:
                break
        else:
            break
    if lower_inside and start < end < len(doc) and _ADJECTIVE.search(doc[end - 1].lower_) and doc[end].is_lower \
            and doc[end].is_alpha and len(doc[end]) > 3:
        end += 1  # the noun after a capitalised adjective: Buitenlandse Zaken en Europese zaken
    return end


def _portfolio_item(doc: Doc, k: int) -> bool:
    """Whether the capitalised words from ``k`` can be an item of a portfolio list: each a common word, an
    abbreviation or a short name (``Zelfstandigen``, ``K.M.O.``, ``KMO``, ``KMO's``), not a name (``Ritzen``)."""
    words = 0
    while k < len(doc) and (doc[k].text[:1].isupper() or _DOTTED.fullmatch(doc[k].text)):
        text = doc[k].text
        if not (doc[k].lower_ in common_words() or _DOTTED.fullmatch(text) or _PLURAL_ACRONYM.fullmatch(text)
                or _is_acronym(text)
                or _short_name_at(doc, k) > k or text.isupper()):
            return False
        words += 1
        k += 1
    return words > 0


def _last_items(doc: Doc, k: int) -> bool:
    """Whether the capitalised words from ``k`` end the list with ``en`` and one more item (``, Landbouw en
    Maatschappelijke Integratie``): a holder's name after the comma is not followed by one."""
    while k < len(doc) and _capital_word(doc, k) and doc[k].ent_type_ != "PERSON":
        k += 1
    return k + 1 < len(doc) and doc[k].lower_ == "en" and _portfolio_item(doc, k + 1)


def _capital_word(doc: Doc, k: int) -> bool:
    """A capitalised word, an abbreviation in capitals with stops (``K.M.O.``) or an acronym's plural (``KMO's``)."""
    text = doc[k].text
    return text[:1].isupper() and doc[k].is_alpha or bool(_DOTTED.fullmatch(text) or _PLURAL_ACRONYM.fullmatch(text))


def _belast_met(doc: Doc, k: int) -> bool:
    k += doc[k].text == ","
    return k + 2 < len(doc) and doc[k].lower_ == "belast" and doc[k + 1].lower_ == "met" \
        and doc[k + 2].text[:1].isupper()


def _with_fod_and_unit(doc: Doc, entities: list[Span]) -> list[Span]:
    """An ``ORG`` that ends in ``FOD`` goes on over the service's name or acronym after it (``Digitale
    Transformatie van de FOD`` + ``BOSA``), and one after a definite ``DG`` or unit word takes it in
    (``het DG`` + ``Digitale Transformatie van de FOD BOSA``)."""
    by_start = {ent.start: ent for ent in entities}
    out: list[Span] = []
    skip: set[int] = set()
    for ent in entities:
        if id(ent) in skip:
            continue
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in _FOD and ent.end < len(doc):
            end = _short_name_at(doc, ent.end)
            if end == ent.end and _is_acronym(doc[ent.end].text):
                end = ent.end + 1
            following = by_start.get(ent.end)
            if end > ent.end and (following is None or following.end <= end):
                if following is not None:
                    skip.add(id(following))
                ent = Span(doc, ent.start, end, label="ORG", kb_id=ent.kb_id_)
        if ent.label_ == "ORG" and ent.start >= 2 and (doc[ent.start - 1].text == "DG"
                                                       or doc[ent.start - 1].lower_ in unit_heads()) \
                and doc[ent.start - 2].lower_ in _ARTICLES and not doc[ent.start - 1].ent_type_:
            ent = Span(doc, ent.start - 1, ent.end, label="ORG", kb_id=ent.kb_id_)
        out.append(ent)
    return out


def _offices(doc: Doc, ent: Span) -> list[Span]:
    """A ``MINISTER`` span split before a second office (``minister van X ... en de minister van Y``),
    each part trimmed of the prose after its portfolio."""
    cuts = [t.i for t in ent[2:] if _ROLE.match(t.text) and doc[t.i - 1].lower_ in {"en", "de", ","}]
    if not cuts:
        return [_office_trimmed(doc, ent)]
    parts, start = [], ent.start
    for cut in cuts:
        end = cut
        while end > start + 1 and doc[end - 1].lower_ in {"en", "de", ",", "het"}:
            end -= 1
        parts.append(Span(doc, start, end, label="MINISTER"))
        start = cut
    parts.append(Span(doc, start, ent.end, label="MINISTER"))
    return [_office_trimmed(doc, part) for part in parts if len(part) > 1 or _ROLE.match(part.text)]


def _office_trimmed(doc: Doc, ent: Span) -> Span:
    """A ``MINISTER`` span without the lower-case prose after its portfolio's last capitalised word."""
    for token in ent[1:]:
        if token.text in {".", ")", ";", ":", "(", "!", "?"}:  # minister van Justitie.d) Dit is
            ent = Span(doc, ent.start, token.i, label="MINISTER", kb_id=ent.kb_id_)
            break
    capitals = [t.i for t in ent[1:] if t.text[:1].isupper() and t.is_alpha]
    if not capitals or capitals[-1] == ent.end - 1:
        return ent
    tail = doc[capitals[-1] + 1:ent.end]
    if all(t.is_lower or t.is_punct for t in tail) and any(t.is_alpha for t in tail):
        return Span(doc, ent.start, capitals[-1] + 1, label="MINISTER", kb_id=ent.kb_id_)
    return ent
