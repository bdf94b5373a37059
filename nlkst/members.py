"""Members of parliament named after their title or before their party: ``PERSON`` spans by rule.

Parliamentary text names members in two fixed ways that a statistical recogniser
trained on a few hundred paragraphs misses when they come in long lists:

- after a title: ``de heer Duys``, ``het lid Sneller``, ``de leden Tielen en Ceder``,
  ``de heeren Anema, Steger, Heerkens Thijssen en de Veer``, ``mevrouw Evenhuis``;
- before their party in a committee's composition: ``Schakel (CDA), Van Thijn (PvdA)``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import party_names, person_stopwords

_PARTICLE = r"(?:van|de|der|den|het|ter|ten|tot|in|op|'t|Van|De|Der|Den|Ter|Ten|Op|In|VAN|DE|DER|DEN|TER|TEN)"
# A surname word: a capital, then letters; OCR keeps soft hyphens and hyphens inside names.
_WORD = r"(?!EN\b)[A-ZÀ-Ý][A-Za-zÀ-ÿ'’\u00ad]*(?:[-—][A-Za-zÀ-ÿ'’\u00ad]+)*"
_INITIALS = r"(?:(?:[A-Z]\.|Th\.|Ph\.|Chr\.)\s?){1,5}"
_NAME = rf"(?:{_INITIALS}\s?)?(?:{_PARTICLE}\s)*{_WORD}(?:\s(?:{_PARTICLE}\s)*{_WORD})*"
_TITLE = (
    r"(?:de|De)\s(?:heer|heeren|heren)|DE\sHEER(?:EN)?|(?:het|Het)\s(?:Kamer)?lid|(?:de|De)\s(?:leden|Kamerleden)"
    r"|(?:[Mm]evrouw|[Mm]ejuffrouw|[Mm]evr\.)"
)
_AFTER_TITLE = re.compile(rf"\b(?:{_TITLE})\s(?:mr\.\s|dr\.\s|prof\.\s|ir\.\s|drs\.\s)*(?P<names>{_NAME}(?:(?:,\s|\s(?:en|EN)\s){_NAME})*)")
_NAME_ONLY = re.compile(rf"(?<![\w\u00ad]){_NAME}")


@lru_cache(maxsize=1)
def _party_before() -> re.Pattern[str]:
    """A name followed by a party in brackets (``(CDA)``, OCR ``(CDAI``), parties from the gazetteer."""
    alternatives = "|".join(sorted((re.escape(p) for p in set(party_names())), key=len, reverse=True))
    return re.compile(rf"(?P<name>{_NAME})\s?\((?:{alternatives})[)I]")


def _clean(start: int, text: str) -> tuple[int, int] | None:
    """The name without a trailing word that is no name; None where a title stands in its place.

    ``de heer Minister van Justitie`` names an office, not a member.
    """
    words = text.split()
    name_words = [w for w in words if not re.fullmatch(_PARTICLE, w)]
    if not name_words or name_words[0].lower() in person_stopwords():
        return None
    while words and words[-1].lower() in person_stopwords() and not re.fullmatch(_PARTICLE, words[-1]):
        words = words[:-1]
    if not words:
        return None
    return start, start + text.index(words[-1], len(" ".join(words[:-1]))) + len(words[-1])


def member_names(text: str) -> list[tuple[int, int]]:
    """Character spans of the members named after a title or before their party."""
    spans = []
    for match in _AFTER_TITLE.finditer(text):
        names_start = match.start("names")
        for name in _NAME_ONLY.finditer(match.group("names")):
            cleaned = _clean(names_start + name.start(), name.group(0))
            if cleaned:
                spans.append(cleaned)
    for match in _party_before().finditer(text):
        cleaned = _clean(match.start("name"), match.group("name"))
        if cleaned:
            spans.append(cleaned)
    return sorted(set(spans))
