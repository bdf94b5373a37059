"""``kst_members``: members named after their title or before their party, as ``PERSON`` entities,
and an office with its holder's name after it (``Minister Schreinemacher``) as ``MINISTER``."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..gazetteer import NAME_PARTICLE
from ..learned import RULE_ENTS_KEY
from ..members import member_names, office_holder_names

# A name and the particles that led into a body's name: "Jansen van de " before "FNV".
_NAME_BEFORE_BODY = re.compile(rf"(.*?\S)(?:\s+{NAME_PARTICLE})+\s*")


@Language.factory("kst_members", assigns=["doc.ents"])
def make_member_recognizer(nlp: Language, name: str) -> MemberRecognizer:
    return MemberRecognizer(name)


class MemberRecognizer:
    """Adds ``PERSON`` for ``de leden Tielen en Ceder``, ``Schakel (CDA)`` and the like.

    Entities found earlier (references, the gazetteer) are kept; a name that would
    overlap one of them is left out, unless it ran into it through ``van``: in
    ``de heer Jansen van de FNV`` (a list of people a committee heard) ``Jansen`` is the
    person and ``FNV`` the body the gazetteer found.
    """

    def __init__(self, name: str = "kst_members") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # built anew from the tokens at each access: once per document
        taken = [(ent.start_char, ent.end_char) for ent in doc.ents]
        names = []
        ents = list(doc.ents)
        for start, end, name_start in office_holder_names(text):
            # the gazetteer's PERSON for the holder's name alone (``minister W. Borsus``) gives way to the office
            holder = {(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON" and name_start <= e.start_char
                      and e.end_char <= end}
            if not any(s < end and start < e for s, e in taken if (s, e) not in holder):
                span = doc.char_span(start, end, label="MINISTER")
                if span is not None:
                    names.append(span)
                    ents = [e for e in ents if (e.start_char, e.end_char) not in holder]
                    taken = [(s, e) for s, e in taken if (s, e) not in holder] + [(start, end)]
        for start, end in member_names(text):
            overlapped = [s for s, e in taken if s < end and start < e]
            if overlapped:
                before_body = _NAME_BEFORE_BODY.fullmatch(text, start, min(overlapped))
                if min(overlapped) <= start or before_body is None:
                    continue
                end = before_body.end(1)
            span = doc.char_span(start, end, label="PERSON")
            if span is not None:
                names.append(span)
        doc.ents = filter_spans([*ents, *names])
        # what the rules found so far, for kst_acronyms to tell them from a statistical recogniser's (nlkst.learned)
        doc.user_data[RULE_ENTS_KEY] = [[ent.start, ent.end, ent.label_] for ent in doc.ents]
        return doc
