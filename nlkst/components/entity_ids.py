"""``kst_entity_ids``: a canonical ``kb_id`` on every entity (ANNOTATION.md section 3)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..gazetteer import entity_id, person_stopwords


@Language.factory("kst_entity_ids", requires=["doc.ents"], assigns=["token.ent_kb_id"])
def make_entity_linker(nlp: Language, name: str) -> "EntityIdLinker":
    return EntityIdLinker(name)


class EntityIdLinker:
    """Gives ``ORG`` and ``MINISTER`` entities the gazetteer key, whoever found them.

    The entity ruler tags its matches with the key as ``ent_id``; the statistical
    ``ner`` finds forms the gazetteer lacks, and those are looked up here by
    their normalised text. ``REF`` entities keep the id their parser gave.
    A ``PERSON`` whose last word is never a surname (``A. Tussen``: an enumeration
    letter and a function word) is dropped.
    """

    def __init__(self, name: str = "kst_entity_ids") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        entities = []
        for ent in doc.ents:
            if ent.label_ == "PERSON" and ent[-1].lower_ in person_stopwords():
                continue
            if ent.label_ in ("ORG", "MINISTER") and not ent.kb_id_:
                kb_id = ent.ent_id_ or entity_id(ent.label_, ent.text)
                if kb_id:
                    ent = doc.char_span(ent.start_char, ent.end_char, label=ent.label_, kb_id=kb_id)
            entities.append(ent)
        doc.ents = entities
        return doc
