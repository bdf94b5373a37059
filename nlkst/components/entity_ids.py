"""``kst_entity_ids``: a canonical ``kb_id`` on every entity (ANNOTATION.md section 3)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..gazetteer import entity_id, person_stopwords
from ..offices import canonical_portfolio, portfolio_key

_REGNAL_NUMBER = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")


@Language.factory("kst_entity_ids", requires=["doc.ents"], assigns=["token.ent_kb_id"])
def make_entity_linker(nlp: Language, name: str) -> "EntityIdLinker":
    return EntityIdLinker(name)


class EntityIdLinker:
    """Gives ``ORG`` and ``MINISTER`` entities the gazetteer key, whoever found them.

    The entity ruler tags its matches with the key as ``ent_id``; the statistical
    ``ner`` finds forms the gazetteer lacks, and those are looked up here by
    their normalised text. ``REF`` entities keep the id their parser gave.
    ``PERSON`` spans are tidied where a rule knows better than the recogniser:

    - one whose last word is never a surname (``A. Tussen``: an enumeration letter and
      a function word) is dropped, and so is a portfolio taken for a name
      (``van Economische Zaken`` after ``Minister``, ``Waterstaat``);
    - two names joined by ``en`` are two persons (``Van Lier en Donker``);
    - a monarch in capitals keeps the regnal number that follows (``WILLEM III``).
    """

    def __init__(self, name: str = "kst_entity_ids") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        entities = []
        for ent in doc.ents:
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
            if part[-1].lower_ in person_stopwords() or portfolio_key(canonical_portfolio(portfolio)):
                continue
            end = part.end
            if (part.text.isupper() and end < len(doc) and not doc[end].ent_type_
                    and _REGNAL_NUMBER.fullmatch(doc[end].text)):
                end += 1
            persons.append(Span(doc, part.start, end, label="PERSON"))
        return persons
