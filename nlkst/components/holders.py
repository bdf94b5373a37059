"""``kst_holders``: who held each office that the document names, on the document's date.

ANNOTATION.md section 3, "Office holders": every ``MINISTER`` entity gets ``ent._.holder``,
and the header's ``sender``, ``co_senders`` and ``signatories`` a ``holder`` key, from the
register in ``nlkst/resources/office_holders.csv`` (``nlkst.holders``).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..holders import AD_INTERIM, acting_names, holder, holder_named, register, same_surname, source_rank
from ..offices import ROLE_RE, parse_offices
from ..schema import HEADER_SPANS

if not Doc.has_extension("input_date"):
    # The date the input gave with the text (a JSON Lines line's "date"): used where the header has none.
    Doc.set_extension("input_date", default=None)
for _name in ("holder", "holder_conflict"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

# A signature's name line right after the office: ",\nC.J. Schouten" or ",\ndrs. V.L.W.A. Heijnen".
_NAME_AFTER = re.compile(
    r"\A[ \t]*,?[ \t]*\n[ \t]*(?P<name>(?:(?:mr|dr|drs|ir|ing|prof|jhr)\.?\s+)*"
    r"(?:[A-Z][a-z]{0,2}\.\s?){1,6}\s?(?:[a-z']+\s){0,3}[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*)[ \t]*$",
    re.MULTILINE,
)
# A name in the office itself: "minister Hoekstra", "Minister De Jonge".
_NAME_IN_OFFICE = re.compile(
    r"^(?:(?:de|De)\s+)?(?:minister(?:-president)?|staatssecretaris)\s+(?P<name>(?:(?:van|de|der|den|ter|ten|Van|De|Der|Den|Ter|Ten)\s+)*[A-Z][\w'’-]+)$",
    re.IGNORECASE,
)


@Language.factory("kst_holders", requires=["doc.ents", "doc._.kamerstuk"], assigns=["span._.holder", "doc._.kamerstuk"])
def make_holder_linker(nlp: Language, name: str) -> HolderLinker:
    return HolderLinker(name)


class HolderLinker:
    """Links offices to the person who held them on the document's date.

    The date is the header's ``date``, else ``doc._.input_date`` (the input's metadata), else
    there is none and nothing is linked. A name printed with the office (``minister Hoekstra``,
    a signature under the office) is the holder as printed; where the register names another
    person for that office and day, ``holder_conflict`` says so rather than overwriting either.
    A signature under an office marked ``a.i.`` is a stand-in's: the office keeps the register's
    holder and the signatory gets ``acting`` with the printed name.
    Stateless: the register ships with the package, so nothing is saved with the pipeline.
    """

    def __init__(self, name: str = "kst_holders") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        header = doc._.kamerstuk or {}
        day = header.get("date") or doc._.input_date
        acting = _acting_names(doc)
        signatories = header.get("signatories") or []
        # stand-ins' names say nothing of who held an office
        holding = [s for s in signatories if s.get("name") not in acting]
        text = doc.text if day else ""  # built anew from the tokens at each access: once per document
        for ent in doc.ents:
            if ent.label_ == "MINISTER":
                ent._.holder, ent._.holder_conflict = self._entity_holder(text, ent, day, holding)
        for office in signatories:
            if office.get("name") in acting:
                office["holder"] = holder(office, day) if day else None
                office["acting"] = {"name": office["name"]}
            else:
                _link_office(office, day, office.get("name"))
        if header.get("sender"):
            _link_office(header["sender"], day, _signed_name(header["sender"], holding))
        for office in header.get("co_senders") or []:
            _link_office(office, day, _signed_name(office, holding))
        return doc

    @staticmethod
    def _entity_holder(
        text: str, ent: Span, day: str | None, signatories: list[dict]
    ) -> tuple[dict | None, dict | None]:
        """The holder of the office ``ent`` names (``text``: ``doc.text``)."""
        if not day:
            return None, None
        mention = re.sub(r"\s+", " ", ent.text).strip()
        in_office = _NAME_IN_OFFICE.match(mention)
        offices = parse_offices(mention)
        if in_office and not (offices and offices[0]["portfolio"]) and not ROLE_RE.fullmatch(in_office.group("name")):
            return _holder_by_name(offices[0]["role"] if offices else "minister", in_office.group("name"), day), None
        if len(offices) != 1:
            return None, None
        if AD_INTERIM.match(text[ent.end_char : ent.end_char + 8].lstrip(" ,")):
            return holder(offices[0], day), None  # signed by a stand-in: the office's holder is the register's
        after = _NAME_AFTER.match(text, ent.end_char)
        name = after.group("name") if after else _signed_name(offices[0], signatories)
        if name:
            return holder_named(offices[0], day, name)
        return holder(offices[0], day), None


def _acting_names(doc: Doc) -> set[str]:
    spans = [span.text for span in doc.spans.get(HEADER_SPANS, []) if span.label_ == "signatories"]
    return acting_names(spans, (doc._.kamerstuk or {}).get("signatories") or [])


def _signed_name(office: dict[str, Any], signatories: list[dict]) -> str | None:
    """The name under the same office among the signatures, where exactly one signs it."""
    names = {
        s.get("name")
        for s in signatories
        if s.get("role") == office.get("role") and s.get("portfolio") == office.get("portfolio") and s.get("name")
    }
    return names.pop() if len(names) == 1 else None


def _link_office(office: dict[str, Any], day: str | None, name: str | None) -> None:
    if not day:
        office["holder"] = None
        return
    if name:
        office["holder"], conflict = holder_named(office, day, name)
        if conflict:
            office["holder_conflict"] = conflict
    else:
        office["holder"] = holder(office, day)


def _holder_by_name(role: str, name: str, day: str) -> dict[str, Any]:
    """``minister Hoekstra``: the register's term of that person in a post of that role on that day,
    or the name as printed."""
    terms = [
        term
        for term in register()
        if term.role in (role, "minister-president" if role == "minister" else role)
        and term.covers(day)
        and (same_surname(term.name, name) or same_surname(term.surname, name))
    ]
    first = min((source_rank(term) for term in terms), default=0)
    matches = {term.person(): term for term in terms if source_rank(term) == first}
    if len(matches) == 1:
        return next(iter(matches.values())).as_holder()
    return {"name": name, "id": None, "from": None, "to": None}  # no portfolio: the name is all there is


__all__ = ["HolderLinker", "make_holder_linker"]
