"""Bodies named by their head and a capitalised name (ANNOTATION.md section 3: committees, councils, services,
inspectorates, courts).

The Belgian questions name their committees, councils and services by a head word, ``voor`` or ``van``, and a
name in capitals (``Commissie voor Taaltoezicht``, ``commissie voor de Justitie``, ``Raad van State``, ``Hoge Raad
voor de Justitie``, ``Commissie voor Naturalisaties van de Kamer van Volksvertegenwoordigers``); no list holds
them all. Such a name is one ``ORG``: the head (``resources/body_name_heads.txt``) with the capitalised adjectives
before it (``Vaste``, ``Hoge``,
``Federale``, ``Belgisch``, ``Raadgevend``), ``voor``/``van``/``der``, an optional article and then capitalised
words or acronyms, joined by ``en`` or ``van de``/``voor de`` only where a capitalised word follows (a comma
opens the next body of a list: ``Raad van State, Grondwettelijk Hof``), up to a first name (``Hof van Cassatie
Luc Huybrechts``). In lower case only a committee, a court, a college or a directorate is so named (``commissie
voor de Justitie``; not ``transfer van autoriteit van de QRA-vliegtuigen``). It stops at the
first word in lower case (``College van procureurs-generaal`` is left to the lists and the recogniser). The span
is added where no entity stands, and over entities that lie wholly inside it and start after its head
(``Justitie`` in ``commissie voor de
Justitie``); one that runs out of it keeps its place.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from .gazetteer import _word_list, is_first_name
from .units import token_strings

_PREPOSITIONS = {"voor", "van", "der"}
_ARTICLES = {"de", "het", "der", "des"}
# Words that join two parts of one name when a capitalised word follows them.
_JOINERS = {"en", ",", "van", "voor", "de", "het", "der", "des", "op", "inzake", "&"}
# Heads that name a body in lower case too (commissie voor de Justitie, hof van beroep); others only capitalised.
_LOWER_HEADS = {"commissie", "commissies", "comite", "comité", "hof", "rechtbank", "college", "directie"}
_MAX_JOIN = 3  # joining words in a row (", van de", "voor de")
_MAX_NAME = 14  # tokens after the head


@lru_cache(maxsize=1)
def body_name_heads() -> frozenset[str]:
    return frozenset(_word_list("body_name_heads.txt"))


def with_named_bodies(doc: Doc, entities: list[Span]) -> list[Span]:
    """``entities`` with the bodies named by head and capitalised name added; sorted by start."""
    texts, lowers = token_strings(doc)
    heads = body_name_heads()
    starts = [i for i, lower in enumerate(lowers) if lower in heads]
    if not starts:
        return entities
    owner: list[Span | None] = [None] * len(doc)
    for ent in entities:
        owner[ent.start:ent.end] = [ent] * len(ent)
    added = []
    for i in starts:
        end = _name_end(texts, lowers, i)
        if end is None:
            continue
        start = i
        while start > 0 and _adjective(texts[start - 1], lowers[start - 1]):
            start -= 1
        inside = {id(o): o for o in owner[start:end] if o is not None}.values()
        if any(o.start < start or end < o.end or o.label_ == "REF" or o.start in (start, i) for o in inside):
            continue  # an entity over it or beyond it, or a name found before at its head (Commissie van
            # Rapporteurs before "voor het Ontwerp van Wet", Raad van State before "van het Koninkrijk")
        span = Span(doc, start, end, label="ORG")
        for o in inside:
            entities = [e for e in entities if e is not o]
        owner[start:end] = [span] * (end - start)
        added.append(span)
    return sorted([*entities, *added], key=lambda ent: ent.start)


def _name_end(texts: list[str], lowers: list[str], head: int) -> int | None:
    """The end of the name after the head at ``head``, or None where no capitalised name follows."""
    n = len(texts)
    k = head + 1
    if k >= n or lowers[k] not in _PREPOSITIONS or (texts[head].islower() and lowers[head] not in _LOWER_HEADS):
        return None  # a transfer van autoriteit van de ...: only a committee or a court is named in lower case
    k += 1
    if k < n and lowers[k] in _ARTICLES:
        k += 1
    if k >= n or not _capitalised(texts[k]):
        return None
    end = k + 1
    while end < min(n, head + _MAX_NAME):
        if _capitalised(texts[end]) and not is_first_name(texts[end]):  # Hof van Cassatie Luc Huybrechts
            end += 1
            continue
        j = end
        while j < n and j - end < _MAX_JOIN and lowers[j] in _JOINERS:
            j += 1
        # no comma (Raad van State, Grondwettelijk Hof: a list of bodies), no bare article (Levenssfeer de FOD)
        if j > end and j < n and _capitalised(texts[j]) and "\n" not in texts[end - 1] \
                and "," not in lowers[end:j] and lowers[end] not in _ARTICLES:
            end = j + 1
            continue
        break
    return end


def _capitalised(text: str) -> bool:
    """A word of a name: capitalised with a lower-case letter in its first part (``Landsverdediging``, not
    ``QRA-vliegtuigen``), or an acronym of two letters or more (``RIZIV``)."""
    if not text.replace("-", "").isalpha() or not text[:1].isupper():
        return False
    return any(c.islower() for c in text.split("-")[0]) or (len(text) >= 2 and text.isupper())


def _adjective(text: str, lower: str) -> bool:
    """A capitalised adjective before the head: Vaste, Hoge, Federale, Interne, Belgisch, Nationaal, Centraal."""
    return text[:1].isupper() and text.isalpha() and lower.endswith(("e", "aal", "eel", "isch", "gevend")) \
        and lower not in _ARTICLES \
        and len(lower) > 3 and lower not in {"deze", "onze", "elke", "welke", "alle", "beide", "andere", "bedoelde"}
