"""Two organisation conventions of ANNOTATION.md section 3 ("chambers and committees"), as one rule.

- **The bare chamber.** A capitalised ``Kamer`` that names a chamber (``de Kamer``, ``uw Kamer``,
  ``de leden der Kamer``, ``Motie De Kamer, gehoord de beraadslaging``) is an ``ORG`` over the word
  ``Kamer`` alone, as ``Tweede Kamer`` is one without its article. Not one: a ``Kamer`` that opens a
  longer name (``Kamer van Koophandel``, ``Kamer voor de Binnenvaart``: the recogniser or a list
  finds those; ``stelt de Kamer voor om`` is the chamber), the verdict formula ``oordeel Kamer``,
  the chamber in a Belgian citation
  (``Vragen en Antwoorden, Kamer, 2016-2017``, part of a reference), and an OCR-mangled
  ``Tweede Kamer`` (``iv/eede Kamer``). A capitalised ``Parlement`` after a determiner (``het Parlement``,
  ``dit Parlement``; not ``Parlement van ...``) is an ``ORG`` the same way, without an id (which parliament
  is meant the text says elsewhere); the lower-case ``parlement`` is left alone (the golds disagree).
- **A unit with its parent.** A unit named with the body it belongs to is one ``ORG`` over both:
  two organisations joined by ``van (de/het)``, ``der``, ``dier`` or ``bij (de/het)``
  (``Commissie van Rapporteurs dier Kamer``, ``dienst Parlementaire Vragen van de FOD Justitie``),
  and a definite unit word (``resources/unit_heads.txt``: ``griffie``, ``dienst``, ``directie``,
  ``afdeling``, ``meldpunt``, ...; also as the end of a compound, ``studiedienst``), optionally
  after one lower-case adjective and before a capitalised name, followed by such a connector and an
  organisation (``de griffie van de Kamer``, ``het Meldpunt van de FOD Economie``, ``de juridische
  dienst van de Europese Commissie``; the name may be an acronym: ``de dienst CSAM van Fedict``, or one or two
  lower-case words after the whole unit word: ``de directie hondensteun van de federale politie``, ``het meldpunt
  radicalisme van Fedasil``, ``de dienst lang verblijf van de DVZ``, never a function word, time or adverb);
  a unit that the recogniser found with the connector
  (``griffie van de`` + ``Kamer van volksvertegenwoordigers``) is joined the same way if a unit or
  organisation word says it is one (not ``Publikatieblad van de`` + ``EG``).
  An "organisation" that ends in a role word
  (``resources/role_words.txt``: ``Vice-President van de Raad van State``) is not joined.
  A plural (``de afdeelingen der Kamer``) or an indefinite unit
  (``een dienst van de FOD``) names no one body.

``training/corpora/relabel_units.py`` applied the same function to the annotated corpora.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

from . import resources
from .gazetteer import names_a_body

# Connectors between a unit and its parent, as token sequences (lower case).
_CONNECTORS = (("van", "de"), ("van", "het"), ("van", "den"), ("bij", "de"), ("bij", "het"), ("van",), ("der",),
               ("dier",), ("des",))
# What follows a Kamer that opens another body's name.
_LONGER_NAME = {"van", "der", "voor", "des"}
_ARTICLES = {"de", "het", "'t"}
# Determiners before a bare, capitalised Parlement that is a parliament as a body (het Parlement, ons Parlement);
# after an adjective it is a name the lists hold (Europees Parlement, Vlaams Parlement).
_PARLIAMENT_BEFORE = {"het", "'t", "dit", "ons", "uw", "hun", "zijn", "haar", "elk", "ieder"}
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MAX_UNIT_NAME = 5
# A unit's name may be an acronym: de stafdienst ICT, de dienst CSAM.
_UNIT_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Words that are never a unit's lower-case name: articles, pronouns, prepositions, conjunctions, auxiliaries.
_UNIT_NAME_STOPS = frozenset({"en", "of", "de", "het", "een", "der", "van", "voor", "die", "dat", "deze", "dit", "in",
                              "op", "met", "te", "aan", "bij", "om", "zijn", "is", "was", "werd", "wordt", "heeft",
                              "had", "zal", "kan", "naar", "tot", "als", "door", "uit", "over", "haar", "hun",
                              "geen", "er", "hier", "daar", "waar", "wie", "wat", "ook", "niet"})


@lru_cache(maxsize=1)
def unit_heads() -> tuple[str, ...]:
    return tuple(word.casefold() for word in resources.lines("unit_heads.txt"))


@lru_cache(maxsize=1)
def role_words() -> tuple[str, ...]:
    return tuple(word.casefold() for word in resources.lines("role_words.txt"))


def with_chamber_and_units(doc: Doc, entities: list[Span]) -> list[Span]:
    """``entities`` with the bare chambers added and each unit joined to its parent; sorted by start."""
    taken = [False] * len(doc)
    for ent in entities:
        for i in range(ent.start, ent.end):
            taken[i] = True
    entities = list(entities)
    chamber_id = _own_chamber_id(doc)
    texts, lowers = token_strings(doc)
    for i, text in enumerate(texts):
        if text == "Kamer" and not taken[i] and _bare_chamber(doc, i):
            entities.append(Span(doc, i, i + 1, label="ORG", kb_id=chamber_id))
        elif text == "Parlement" and not taken[i] and i and lowers[i - 1] in _PARLIAMENT_BEFORE \
                and (i + 1 == len(doc) or lowers[i + 1] not in _LONGER_NAME):
            entities.append(Span(doc, i, i + 1, label="ORG"))
    entities.sort(key=lambda ent: ent.start)
    return _joined_units(doc, entities, lowers)


def token_strings(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's text and lower-case form, read from the doc's arrays: a ``Token`` object per word, made by
    every ``doc[i]``, cost these rules more than their tests (profiled, docs/scale.md)."""
    if not len(doc):
        return [], []
    strings = doc.vocab.strings
    return ([strings[key] for key in doc.to_array(ORTH).tolist()],
            [strings[key] for key in doc.to_array(LOWER).tolist()])


def _own_chamber_id(doc: Doc) -> str:
    """The id of the chamber the document's header names: a stuk's bare ``Kamer`` is that chamber.

    Without a header (a speech, a passage given alone) the bare chamber keeps no id.
    """
    header = doc._.kamerstuk if Doc.has_extension("kamerstuk") else None
    chamber = (header or {}).get("chamber") or ""
    if "Eerste" in chamber:
        return "EK"
    return "TK" if "Tweede" in chamber else ""


def _bare_chamber(doc: Doc, i: int) -> bool:
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if after in _LONGER_NAME:
        # Kamer voor de Binnenvaart opens a name; "stelt de Kamer voor om" is the chamber
        named = [t for t in doc[i + 2:i + 4] if t.lower_ not in _ARTICLES][:1]
        if after != "voor" or (named and named[0].is_title):
            return False
    if after == "," and i + 2 < len(doc) and _YEAR.match(doc[i + 2].text):
        return False  # Vragen en Antwoorden, Kamer, 2016-2017: a citation's part
    if i > 0:
        before = doc[i - 1]
        if before.lower_ == "oordeel":
            return False
        if before.is_alpha is False and before.text not in {",", "(", "\n", ".", ":", '"', "«", "'"} \
                or before.lower_.endswith(("eede", "erste")):
            return False  # an OCR-mangled Tweede Kamer (iv/eede Kamer)
    return True


def _connector_end(lowers: list[str], i: int) -> int | None:
    """Where the parent starts if a connector begins at token ``i`` (``lowers``: the doc's lower-case words)."""
    for words in _CONNECTORS:
        end = i + len(words)
        if end < len(lowers) and tuple(lowers[i:end]) == words:
            return end
    return None


def _unit_head_before(doc: Doc, start: int, taken: list[bool]) -> int | None:
    """The start of a unit word and capitalised name words just before an organisation that no entity holds
    (``Directoraat-generaal Digitale`` before ``Transformatie van de``): the unit word capitalised, or after
    an article."""
    i = start - 1
    while i >= 0 and start - i <= _MAX_UNIT_NAME and not taken[i] and doc[i].is_title and doc[i].is_alpha \
            and not doc[i].lower_.endswith(unit_heads()):
        i -= 1
    if i < 0 or taken[i] or not doc[i].text.replace("-", "").isalpha() \
            or not doc[i].lower_.endswith(unit_heads()):
        return None
    if doc[i].lower_ == "kabinet" or not (doc[i].text[:1].isupper() or i and doc[i - 1].lower_ in _ARTICLES):
        return None
    if doc[i].text[:1].isupper() and i and not taken[i - 1] and doc[i - 1].is_title and doc[i - 1].is_alpha \
            and doc[i - 1].lower_.endswith("e"):
        i -= 1  # a capitalised adjective of the name: Federale Overheidsdienst, Algemene Directie
    return i


def _name_end(doc: Doc, ent: Span, taken: list[bool], lowers: list[str]) -> int:
    """Where a unit's name ends that goes on after the entity over ``en`` or a comma and capitalised words
    no entity holds (``Algemene Directie Instellingen`` + ``en Bevolking``), if a connector follows; else
    the entity's end."""
    if not _names_a_unit(ent):
        return ent.end
    k = ent.end
    while k + 1 < len(doc) and k - ent.end < _MAX_UNIT_NAME and doc[k].lower_ in {"en", ","} \
            and not taken[k + 1] and doc[k + 1].is_title and doc[k + 1].is_alpha:
        k += 2
        while k < len(doc) and not taken[k] and doc[k].is_title and doc[k].is_alpha:
            k += 1
    return k if k > ent.end and _connector_end(lowers, k) is not None else ent.end


def _names_a_unit(ent: Span) -> bool:
    """A unit word or an organisation word in the span (not ``Publikatieblad van de`` or ``Document van de``)."""
    words = [t.text for t in ent if t.is_alpha]
    return names_a_body(words) or any(t.lower_.endswith(unit_heads()) for t in ent)


def _ends_with_connector(lowers: list[str], ent: Span) -> bool:
    return any(len(ent) > len(words) and tuple(lowers[ent.end - len(words):ent.end]) == words
               for words in _CONNECTORS)


def _unit_start(doc: Doc, end: int, taken: list[bool]) -> int | None:
    """The start of a definite unit ending just before token ``end`` that no entity holds, if any."""
    i = end - 1
    # A capitalised name after the unit word: dienst Vreemdelingenzaken.
    name_start = i
    while name_start >= 0 and end - name_start <= _MAX_UNIT_NAME \
            and (doc[name_start].is_title or _UNIT_ACRONYM.fullmatch(doc[name_start].text)) \
            and not doc[name_start].lower_.endswith(unit_heads()):
        name_start -= 1
    head = name_start
    if head == i and head >= 0 and not doc[head].lower_.endswith(unit_heads()):
        head = _lower_named_unit_head(doc, end)  # de directie hondensteun, het meldpunt radicalisme
        if head is None:
            return None
    if head < 0 or not doc[head].lower_.endswith(unit_heads()) or not doc[head].is_alpha:
        return None
    if any(taken[head:end]):
        return None
    start = head
    if start > 0 and doc[start - 1].is_lower and doc[start - 1].lower_ not in _ARTICLES \
            and doc[start - 1].lower_.endswith("e"):
        start -= 1  # one adjective: de juridische dienst
    if start == 0 or doc[start - 1].lower_ not in _ARTICLES:
        return None
    return start


def _lower_named_unit_head(doc: Doc, end: int) -> int | None:
    """The unit word before a name of one or two lower-case words that ends just before token ``end`` (``de
    directie hondensteun``, ``de dienst lang verblijf``, ``het secretariaat generaal``): the unit word whole, as
    ``unit_heads.txt`` has it, not the end of a compound; the name's words no function word, time or adverb
    (``complement_stops.txt``: ``de dienst zelf van de ...``)."""
    heads, stops = set(unit_heads()), _lower_name_stops()
    for length in (1, 2):
        head = end - length - 1
        if head < 1:
            return None
        words = doc[head + 1:end]
        if not all(t.is_lower and t.is_alpha and t.lower_ not in stops for t in words):
            return None
        if doc[head].lower_ in heads and doc[head].is_lower:
            return head
    return None


@lru_cache(maxsize=1)
def _lower_name_stops() -> frozenset[str]:
    return frozenset(resources.lines("complement_stops.txt")) | _UNIT_NAME_STOPS


def _joined_units(doc: Doc, entities: list[Span], lowers: list[str]) -> list[Span]:
    changed = True
    while changed:
        changed = False
        by_start = {ent.start: ent for ent in entities}
        taken = [False] * len(doc)
        for ent in entities:
            for i in range(ent.start, ent.end):
                taken[i] = True
        for ent in entities:
            if ent.label_ != "ORG" or ent[-1].lower_.endswith(role_words()):
                continue  # a role taken for a body (Speciale Vertegenwoordiger van de SGVN)
            head = _unit_head_before(doc, ent.start, taken)
            if head is not None:
                # the unit word and the first words of its name that the recogniser left out:
                # Directoraat-generaal Digitale + "Transformatie van de"
                joined = Span(doc, head, ent.end, label="ORG", kb_id=ent.kb_id_)
                entities = [e for e in entities if e is not ent] + [joined]
                changed = True
                break
            parent_start = _connector_end(lowers, _name_end(doc, ent, taken, lowers))
            parent = by_start.get(parent_start) if parent_start is not None else None
            if parent is None and len(ent) > 1:
                # the recogniser took the connector into the unit: "griffie van de" + "Kamer van ..."
                parent = by_start.get(ent.end) if _ends_with_connector(lowers, ent) and _names_a_unit(ent) else None
            if parent is not None and parent.label_ == "ORG":
                joined = Span(doc, ent.start, parent.end, label="ORG", kb_id=ent.kb_id_)
                entities = [e for e in entities if e is not ent and e is not parent] + [joined]
                changed = True
                break
        if changed:
            entities.sort(key=lambda e: e.start)
            continue
        for ent in entities:
            if ent.label_ != "ORG":
                continue
            for words in _CONNECTORS:
                link = ent.start - len(words)
                if link <= 0 or tuple(lowers[link:ent.start]) != words:
                    continue
                start = _unit_start(doc, link, taken)
                if start is None or any(taken[start:link]):
                    continue
                joined = Span(doc, start, ent.end, label="ORG")
                entities = [e for e in entities if e is not ent] + [joined]
                changed = True
                break
            if changed:
                break
        entities.sort(key=lambda e: e.start)
    return entities


class EntityClaims:
    """The entities found so far and the one over each token, for the rules that add spans of their own (named,
    French, local and short-named bodies, company names, the recogniser's spans): such a span may take the place
    of entities lying wholly inside it (``Justitie`` in ``commissie voor de Justitie``), never cut through one
    that runs out of it. The rules kept this bookkeeping each in their own words; here it is once."""

    def __init__(self, doc: Doc, entities: list[Span]) -> None:
        self.owner: list[Span | None] = [None] * len(doc)
        for ent in entities:
            self.owner[ent.start:ent.end] = [ent] * len(ent)
        self._entities = list(entities)

    def over(self, start: int, end: int) -> list[Span]:
        """The distinct entities over the tokens ``start`` to ``end``, in order."""
        return list({id(o): o for o in self.owner[start:end] if o is not None}.values())

    def replaceable(self, start: int, end: int, labels: Collection[str] | None = None) -> list[Span] | None:
        """The entities over the tokens ``start`` to ``end`` where each lies wholly inside them (and, with
        ``labels``, carries one of them): a span over these tokens may take their place. None where one runs out
        of them or is of another kind: the words are read otherwise."""
        inside = self.over(start, end)
        if any(o.start < start or end < o.end or labels is not None and o.label_ not in labels for o in inside):
            return None
        return inside

    def claim(self, span: Span) -> None:
        """Add ``span`` in the place of every entity over its tokens."""
        dropped = {id(o) for o in self.owner[span.start:span.end] if o is not None}
        if dropped:
            self._entities = [e for e in self._entities if id(e) not in dropped]
        self.owner[span.start:span.end] = [span] * len(span)
        self._entities.append(span)

    def entities(self) -> list[Span]:
        """The entities, those found before and those claimed, sorted by start."""
        return sorted(self._entities, key=lambda ent: ent.start)
