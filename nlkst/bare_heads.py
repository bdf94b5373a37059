"""A body's head word taken up again alone (ANNOTATION.md section 3): ``het Instituut``, ``de FOD``, ``het
Commissariaat-generaal``, ``de Commissie``, ``de Unie``.

A text that has named a body in full (``Instituut voor Veterinaire Keuring``, ``FOD Economie``, ``Europese Unie``)
often names it again by its head word alone, capitalised, after a determiner. Such a bare head names that body,
as ``de Kamer`` names the chamber (``nlkst/units.py``) and a bare surname a person, so it is an ``ORG`` over the word:
a head of ``resources/bare_body_heads.txt``, capitalised, after ``de``, ``het``, ``dit``, ``deze`` or ``die``, where
another ``ORG`` of the same document holds that word (``Instituut`` in ``Instituut voor Veterinaire Keuring``). Not
one: a head that opens a longer name (followed by ``van``, ``voor``, ``der``, ``des``, ``tot``, a capitalised word,
an acronym or a hyphen: the lists and the recogniser read those), a plural (``de FOD's``), a word in lower case
(``de commissie``: which one the text does not say by its case) or a head no full name in the document holds.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from . import resources
from .units import token_strings

_DETERMINERS = {"de", "het", "'t", "dit", "deze", "die"}
# What follows a head that opens a longer name.
_LONGER_NAME = {"van", "voor", "der", "des", "tot", "-", "'s", "’s", "inzake"}


@lru_cache(maxsize=1)
def bare_body_heads() -> frozenset[str]:
    return frozenset(word.casefold() for word in resources.lines("bare_body_heads.txt"))


def with_bare_heads(doc: Doc, entities: list[Span]) -> list[Span]:
    """``entities`` with each bare head that another ``ORG`` of the document holds added; sorted by start."""
    texts, lowers = token_strings(doc)
    heads = bare_body_heads()
    candidates = [i for i, lower in enumerate(lowers)
                  if lower in heads and i and lowers[i - 1] in _DETERMINERS and texts[i][:1].isupper()]
    if not candidates:
        return entities
    held = {lowers[k] for ent in entities if ent.label_ == "ORG" and len(ent) > 1 for k in range(ent.start, ent.end)}
    taken = [False] * len(doc)
    for ent in entities:
        taken[ent.start:ent.end] = [True] * len(ent)
    added = []
    for i in candidates:
        if taken[i] or lowers[i] not in held or texts[i].isupper() and len(texts[i]) > 3:
            continue
        after = texts[i + 1] if i + 1 < len(texts) else ""
        if lowers[i + 1:i + 2] and lowers[i + 1] in _LONGER_NAME or after[:1].isupper() or "\n" in texts[i - 1]:
            continue
        added.append(Span(doc, i, i + 1, label="ORG"))
    return sorted([*entities, *added], key=lambda ent: ent.start) if added else entities
