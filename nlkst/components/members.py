"""``kst_members``: members named after their title or before their party, as ``PERSON`` entities."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..members import member_names


@Language.factory("kst_members", assigns=["doc.ents"])
def make_member_recognizer(nlp: Language, name: str) -> MemberRecognizer:
    return MemberRecognizer(name)


class MemberRecognizer:
    """Adds ``PERSON`` for ``de leden Tielen en Ceder``, ``Schakel (CDA)`` and the like.

    Entities found earlier (references, the gazetteer) are kept; a name that would
    overlap one of them is left out.
    """

    def __init__(self, name: str = "kst_members") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        taken = [(ent.start_char, ent.end_char) for ent in doc.ents]
        names = []
        for start, end in member_names(doc.text):
            if any(s < end and start < e for s, e in taken):
                continue
            span = doc.char_span(start, end, label="PERSON")
            if span is not None:
                names.append(span)
        doc.ents = filter_spans([*doc.ents, *names])
        return doc
