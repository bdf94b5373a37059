"""Municipalities, provinces and other local public bodies named as bodies (ANNOTATION.md section 3: "municipalities
as bodies").

A local body's word (``resources/local_body_heads.txt``: ``gemeente``, ``stad``, ``provincie``, ``waterschap``,
``politiezone``, ``OCMW``) followed by the capitalised name of its place (``de gemeente Affligem``, ``de stad
Tielt``, ``de provincie Luxemburg``, ``de politiezone Lanaken-Maasmechelen``) names either the body or the place.
The words before it tell which (``resources/local_body_cues.txt``): the body acts, is addressed or holds an office
(``voorgesteld aan de stad Tielt``, ``betaalt ... door de stad Dinant``, ``schepen gemeente Affligem``, ``een
verzoek van de provincie Luxemburg``, ``de korpschef van de politiezone Brugge``), or it is listed with another
organisation (``tussen Infrabel, de NMBS en de stad Dinant``); then the word and the place are one ``ORG``. Without
such a cue they name the place (``in de gemeente Seneffe``, ``de cijfers voor de provincie Limburg``, ``inwoners
van de provincie Waals-Brabant``) and nothing is added. An adjective before the word (``de Afghaanse provincie
Nangarhar``) is left alone, and so is a span that an entity of another label, or one running out of the name,
already covers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from . import resources
from .units import EntityClaims, token_strings

_ARTICLES = {"de", "het", "der", "den", "'t"}
# capitalised words of the place's name, a hyphen's or a slash's parts counted as one (Brussel-Hoofdstad-Elsene)
_MAX_PLACE = 3
_PLACE_JOINERS = {"-", "/"}
_GLUED = re.compile(r"[a-z][A-Z]")  # GrimbergenSchepen: two words glued in flattened text


@lru_cache(maxsize=1)
def local_body_heads() -> frozenset[str]:
    return frozenset(word.casefold() for word in resources.lines("local_body_heads.txt"))


@lru_cache(maxsize=1)
def local_body_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The cue words before an article or the head, and those that are cues only before ``van (de)``."""
    words = [line.casefold() for line in resources.lines("local_body_cues.txt")]
    return (frozenset(w for w in words if " " not in w),
            frozenset(w.split()[0] for w in words if w.endswith(" van")))


def with_local_bodies(doc: Doc, entities: list[Span]) -> list[Span]:
    """``entities`` with each local body named as a body added (see the module's docstring); sorted by start."""
    texts, lowers = token_strings(doc)
    heads = local_body_heads()
    starts = [i for i, lower in enumerate(lowers) if lower in heads and i + 1 < len(texts)]
    if not starts:
        return entities
    claims = EntityClaims(doc, entities)
    for i in starts:
        end = _place_end(texts, i + 1)
        if end is None or claims.owner[i] is not None or not _body_cue(texts, lowers, i, claims.owner):
            continue
        if claims.replaceable(i + 1, end, ("ORG", "PERSON")) is None:
            continue  # a reference or an office over the place, or an entity running past it
        claims.claim(Span(doc, i, end, label="ORG"))
    return claims.entities()


def _place_end(texts: list[str], k: int) -> int | None:
    """The end of the place's name opening at token ``k``: capitalised words, also split at a hyphen."""
    n = len(texts)
    if k >= n or not _place_word(texts[k]) or "\n" in texts[k - 1]:
        return None
    end, words = k + 1, 1
    while end < n:
        if _place_word(texts[end]) and words < _MAX_PLACE:
            end, words = end + 1, words + 1
        elif texts[end] in _PLACE_JOINERS and end + 1 < n and _place_word(texts[end + 1]):
            end += 2
        else:
            break
    return end


def _place_word(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha() and not text.isupper() \
        and not _GLUED.search(text)


def _body_cue(texts: list[str], lowers: list[str], i: int, owner: list) -> bool:
    """Whether the words before the head at ``i`` say the body is meant, not the place."""
    cues, before_van = local_body_cues()
    k = i - 1
    if k >= 0 and lowers[k] in _ARTICLES:
        k -= 1
    if k < 0:
        return False
    if lowers[k] in cues:
        return not (lowers[k] == "aan" and k >= 1 and lowers[k - 1] == "tot")  # tot aan de stad Gao: a place
    if lowers[k] == "van" and k >= 1:
        return lowers[k - 1] in before_van
    if lowers[k] in ("en", ",") and k >= 1:
        other = owner[k - 1]  # listed with an organisation: Infrabel en de stad Dinant
        return other is not None and other.label_ == "ORG" and other.end == k
    return False
