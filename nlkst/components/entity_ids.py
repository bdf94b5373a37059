"""``kst_entity_ids``: a canonical ``kb_id`` on every entity (ANNOTATION.md section 3)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..gazetteer import common_words, entity_id, office_portfolio_key, person_stopwords
from ..header import known_places
from ..offices import canonical_portfolio, portfolio_key

_REGNAL_NUMBER = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")
_NAME_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "'t", "het", "in", "op", "la", "le", "du", "des", "von"}
# Words just before a name that say it is one: a title, a form of address, a list of names.
_NAME_CONTEXT = {"heer", "heeren", "heren", "mevrouw", "mejuffrouw", "mw", "mevr", "dhr", "mej", "lid", "leden",
                 "kamerlid", "kamerleden", "minister", "staatssecretaris", "collega", "en", ",", "."}


@Language.factory("kst_entity_ids", requires=["doc.ents"], assigns=["token.ent_kb_id"])
def make_entity_linker(nlp: Language, name: str) -> EntityIdLinker:
    return EntityIdLinker(name)


class EntityIdLinker:
    """Gives ``ORG`` and ``MINISTER`` entities the gazetteer key, whoever found them.

    The entity ruler tags its matches with the key as ``ent_id``; the statistical
    ``ner`` finds forms the gazetteer lacks, and those are looked up here by
    their normalised text. ``REF`` entities keep the id their parser gave.
    A ``MINISTER`` span that stops inside its portfolio (``Minister van Volkshuisvesting,``
    before ``Ruimtelijke Orde-ning en Milieubeheer``, where OCR kept a line-break hyphen)
    is extended to the whole portfolio the gazetteer knows, over the spans it covers.
    ``PERSON`` spans are tidied where a rule knows better than the recogniser:

    - one whose last word is never a surname (``A. Tussen``: an enumeration letter and
      a function word) is dropped, and so is a portfolio taken for a name
      (``van Economische Zaken`` after ``Minister``, ``Waterstaat``);
    - two names joined by ``en`` are two persons (``Van Lier en Donker``);
    - a monarch in capitals keeps the regnal number that follows (``WILLEM III``);
    - a place where letters are signed (``Den Haag``, ``Den Helder``) is no person;
    - one made only of common words (``HAVENS``, ``I. Middelen``: a table head, an enumerated
      heading) is dropped, unless a title, a list or a party in brackets around it says it
      is a name (``Mw Van der Meer``, ``Mans (RPF)``).
    """

    def __init__(self, name: str = "kst_entity_ids") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        entities: list[Span] = []
        taken_until = 0
        for ent in doc.ents:
            if ent.start < taken_until:
                continue
            if ent.label_ == "MINISTER":
                ent = _whole_office(doc, ent)
                taken_until = ent.end
            if ent.label_ == "PERSON":
                entities.extend(self._persons(doc, ent))
                continue
            if ent.label_ in ("ORG", "MINISTER") and not ent.kb_id_:
                kb_id = ent.ent_id_ or entity_id(ent.label_, ent.text)
                if kb_id:
                    ent = doc.char_span(ent.start_char, ent.end_char, label=ent.label_, kb_id=kb_id)
            entities.append(ent)
        doc.ents = entities
        return doc

    @staticmethod
    def _persons(doc: Doc, ent: Span) -> list[Span]:
        parts, start = [], ent.start
        for token in ent:
            if token.text == "en" and start < token.i < ent.end - 1 and token.nbor(1).is_title:
                parts.append(doc[start:token.i])
                start = token.i + 1
        parts.append(doc[start:ent.end])
        persons = []
        for part in parts:
            words = part.text.split()
            portfolio = " ".join(words[1:] if words[0] == "van" else words)
            if (part[-1].lower_ in person_stopwords() or portfolio_key(canonical_portfolio(portfolio))
                    or part.text in known_places()
                    or (_only_common_words(part) and not _named_by_context(doc, part))):
                continue
            end = part.end
            if (part.text.isupper() and end < len(doc) and not doc[end].ent_type_
                    and _REGNAL_NUMBER.fullmatch(doc[end].text)):
                end += 1
            persons.append(Span(doc, part.start, end, label="PERSON"))
        return persons


def _whole_office(doc: Doc, ent: Span, reach: int = 10) -> Span:
    """The longest span from ``ent``'s start that names a known portfolio, with that portfolio's
    key (the gazetteer's id was for the shorter office), or ``ent`` itself."""
    best = ent
    for end in range(ent.end + 1, min(len(doc), ent.start + reach) + 1):
        if doc[end - 1].is_punct or doc[end - 1].is_space:
            continue
        key = office_portfolio_key(doc[ent.start:end].text)
        if key:
            best = Span(doc, ent.start, end, label="MINISTER", kb_id=key)
    return best


def _only_common_words(span: Span) -> bool:
    """Whether every word of a name, leaving out initials and particles, is a common word."""
    words = [t.lower_.strip(".") for t in span
             if t.is_alpha and len(t) > 1 and t.lower_ not in _NAME_PARTICLES or any(c.isdigit() for c in t.text)]
    return bool(words) and all(word in common_words() for word in words)


def _named_by_context(doc: Doc, span: Span) -> bool:
    """A title, form of address or list before the span, or a party in brackets after it."""
    before = doc[span.start - 1].lower_.rstrip(".") or "." if span.start else ""
    return before in _NAME_CONTEXT or (span.end < len(doc) and doc[span.end].text == "(")
