"""Belgian bodies named in French inside Dutch text (ANNOTATION.md section 3; issue 17).

The Belgian answers name the Walloon and Brussels services by their French names (``het Office Regional
Bruxellois de l'Emploi``, ``de Service public de l'Emploi et de la Formation``, ``het Office de la Naissance et
de l'Enfance``); no list holds them all, and the Dutch rules stop at the first French word. Such a name is one
``ORG``: a head of ``resources/french_body_heads.txt``, then capitalised words, words elided after ``l'``/``d'``
(``l'Emploi``, ``d'Opinion``), two glued by a hyphen (``Saint-Luc``), ``public``/``publique`` and French
function words (``de``, ``la``, ``et``, ``pour``) only where a name word follows; it ends on a name word. It
must hold a function word or an elided word, so that an English or Dutch ``Service Center`` or ``Union
Syndicale`` stays with the other rules. It is added where no entity stands, or over entities wholly inside it
(``Bruxellois`` read as a person).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from . import resources
from .units import EntityClaims, token_strings

_JOINERS = {"de", "du", "des", "la", "le", "les", "et", "pour", "à", "sur"}
_LOWER_WORDS = {"public", "publique"}
_ELIDED = re.compile(r"[lLdD]['’][A-ZÀ-Ý][\w-]*")
_MAX_WORDS = 12


@lru_cache(maxsize=1)
def french_body_heads() -> frozenset[str]:
    return frozenset(resources.lines("french_body_heads.txt"))


def with_french_bodies(doc: Doc, entities: list[Span]) -> list[Span]:
    """``entities`` with the bodies named in French added (see the module's docstring); sorted by start."""
    texts, lowers = token_strings(doc)
    heads = french_body_heads()
    starts = [i for i, text in enumerate(texts) if text in heads]
    if not starts:
        return entities
    claims = EntityClaims(doc, entities)
    for head in starts:
        end = _name_end(doc, texts, lowers, head)
        held = claims.owner[head]
        if end is None or held is not None and held.end >= end:
            continue
        if claims.replaceable(head, end, ("ORG", "PERSON")) is None:
            continue  # the rules read these words otherwise
        claims.claim(Span(doc, head, end, label="ORG"))
    return claims.entities()


def _name_word(text: str) -> bool:
    return bool(_ELIDED.fullmatch(text)) or text[:1].isupper() and text.replace("-", "").isalpha()


def _name_end(doc: Doc, texts: list[str], lowers: list[str], head: int) -> int | None:
    """The end of the French name opened by the head at ``head``, or None where none is there."""
    end, k, french = None, head + 1, False
    while k < min(len(texts), head + _MAX_WORDS) and "\n" not in texts[k - 1]:
        if _name_word(texts[k]) or texts[k] in _LOWER_WORDS:
            french = french or bool(_ELIDED.fullmatch(texts[k]))
            k += 1
            if texts[k - 1] not in _LOWER_WORDS:
                end = k
        elif texts[k] == "-" and end == k and k + 1 < len(texts) and _name_word(texts[k + 1]) \
                and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
            k += 1  # Saint-Luc, split at its hyphen
        elif lowers[k] in _JOINERS and texts[k] == lowers[k]:
            nxt = k + 1
            while nxt < len(texts) and lowers[nxt] in _JOINERS and texts[nxt] == lowers[nxt]:
                nxt += 1  # et de la
            if nxt >= len(texts) or not _name_word(texts[nxt]):
                break
            french = True
            k = nxt
        else:
            break
    return end if french and end is not None else None
