"""``kst_references``: references to parliamentary and legal documents as ``REF`` entities."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import resources
from ..citations_be import Citation, citations
from ..references import ReferenceParser, footnote_numbers, header_context
from ..schema import FOOTNOTE_SPANS, HEADER_SPANS
from .spangroups import span_groups_kept

if not Doc.has_extension("references"):
    Doc.set_extension("references", default=None)

@Language.factory(
    "kst_references",
    requires=["doc._.kamerstuk"],
    assigns=["doc._.references", "doc.ents"],
)
def make_reference_parser(nlp: Language, name: str) -> ReferenceRecognizer:
    return ReferenceRecognizer(name)


class ReferenceRecognizer:
    """Finds every reference of ANNOTATION.md section 4 and resolves it to records.

    The header supplies what a reference may leave out: the document's own
    dossier for a bare ``stuk nr. 12`` and its chamber for Handelingen; the
    footnotes link ``de leden Tielen en Ceder5`` to the motie that note 5 cites.
    In ``doc.ents`` a motie's ``REF`` stops before the members' names, which are
    ``PERSON`` entities of their own; the kamerstuk it cites in brackets
    (``amendement van de heer Van Rijckevorsel c.s. (Stuk no. 13)``) is a ``REF`` of its own.
    A law reference (type ``wet``: ``artikel 61, lid 3, van de Grondwet``, ``de Wlz``) is a ``REF``
    with its JuriConnect id as ``kb_id``, as section 4 has it, unless the document is older than the
    act that made the law of that name (then no id: the law it names is one the law book no longer
    holds); implicit references (``deze motie``) are records in ``doc._.references`` only, not entities.
    """

    def __init__(self, name: str = "kst_references") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        header = doc._.kamerstuk or {}
        text = doc.text  # built anew from the tokens at each access: once per document, not per mention
        notes = [(span.start_char, span.end_char) for span in doc.spans.get(FOOTNOTE_SPANS, [])]
        header_spans = [(span.start_char, span.end_char, span.label_) for span in doc.spans.get(HEADER_SPANS, [])]
        year = _document_year(doc, header)
        parser = ReferenceParser(footnotes=footnote_numbers(text, notes), document_year=year,
                                 **header_context(header, header_spans, year))
        mentions = parser.mentions(text)
        belgian = [c for c in citations(text) if c.record.get("id")] if "wet van" in text.lower() else []
        if belgian:  # a Belgian act by its date that the citations resolve ("artikel 24 van de Wet van 16 maart 1968
            # betreffende ..."): not a Dutch act without id
            mentions = [m for m in mentions if m.type != "wet" or any(r.get("id") for r in m.records)
                        or not any(c.start <= m.start < c.end for c in belgian)]
        taken = [(m.start, m.end) for m in mentions if not m.records[0].get("implicit")]
        cited = [c for c in citations(text) if not any(start < c.end and c.start < end for start, end in taken)]
        _split_glued_sentences(doc, text, [c.end for c in cited])  # before any span is made: it renumbers tokens
        records = []
        entities = []
        for mention in mentions:
            records.extend(mention.records)
            if mention.records[0].get("implicit"):
                continue  # a record only: "deze motie" names no document, so it is no entity
            end = mention.end
            if mention.type in ("motie", "amendement"):
                end = _names_start(text, mention.start, mention.end, mention.records[0].get("members", []))
                entities.extend(_cited_in_brackets(doc, text, parser, mention.start, mention.end))
            span = _aligned_span(doc, mention.start, end, mention.records[0]["id"] or "")
            if span is not None and len(span):
                entities.append(span)
        entities.extend(_belgian_citations(doc, text, cited, records))
        doc._.references = records
        doc.ents = filter_spans([*entities, *doc.ents])
        return doc


def _belgian_citations(doc: Doc, text: str, cited: list[Citation], records: list[dict]) -> list[Span]:
    """``REF`` spans (and their records, added to ``records``) for the citations of ``nlkst.citations_be`` that no
    mention of the parser overlaps: Belgian questions, bulletins, acts by date, articles of codes, EU acts."""
    spans = []
    for citation in cited:
        span = _aligned_span(doc, citation.start, citation.end, citation.record["id"] or "")
        if span is not None and len(span):
            records.append({"start": citation.start, "end": citation.end, "text": text[citation.start:citation.end],
                            **citation.record})
            spans.append(span)
    return spans


_GLUED = re.compile(r"([^\w\s]+)(\w.*)?", re.S)
# A sentence glued to the one before it, as the Belgian answers print them: a word or number, the stop (with a
# bracket) and the next sentence's first word in one token ("Gewest.De", "(FAVV).De", "2017.In", "ZakenTot" not).
_GLUED_SENTENCE = re.compile(r"([^\W_]{2,}|\d+)([.?!]|\)\.?|\.\))([A-Z][a-z]+)")
_GLUED_IN_TEXT = re.compile(r"\w[.?!)]{1,2}[A-Z][a-z]|[a-z]{2}[A-Z]")  # where a glued pair may be, found in the text
# A heading glued to its paragraph's first word with no stop ("FOD EconomieWat"): split where that word is one
# of resources/sentence_openers.txt.
_GLUED_HEADING = re.compile(r"([^\W\d_]*[a-z]{2})([A-Z][a-z]*)")


@lru_cache(maxsize=1)
def sentence_openers() -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a sentence, and the whole tokens never split, from ``resources/sentence_openers.txt``."""
    lines = resources.lines("sentence_openers.txt")
    return (frozenset(line for line in lines if not line.startswith("-")),
            frozenset(line[1:] for line in lines if line.startswith("-")))


def _split_glued_sentences(doc: Doc, text: str, ends: list[int]) -> None:
    """Split a token that holds the end of one sentence and the start of the next (``COM 434).Wat``,
    ``1992.In``, ``(FAVV).De``), so that a reference, a name or an organisation can end with its own word:
    at the end of each citation in ``ends``, and before the stop of every such token. The span groups set so far
    are rebuilt on their characters, and the entities."""
    cuts = []
    for end in ends:
        token = doc[doc.char_span(end - 1, end, alignment_mode="expand").start] if end else None
        if token is None or token.idx + len(token.text) <= end:
            continue
        rest = _GLUED.fullmatch(token.text[end - token.idx:])
        if rest is not None:
            cuts.append((token, [token.text[:end - token.idx], *(part for part in rest.groups() if part)]))
    split = {token.i for token, _ in cuts}
    for place in _GLUED_IN_TEXT.finditer(text):  # only the tokens where the cheap test finds a glued pair
        span = doc.char_span(place.start(), place.start() + 1, alignment_mode="expand")
        token = doc[span.start] if span is not None and len(span) else None
        if token is not None and token.i not in split and len(token.text) > 4 and not token.like_url:
            glued = _GLUED_SENTENCE.fullmatch(token.text) or _glued_heading(token.text)
            if glued is not None:
                split.add(token.i)
                cuts.append((token, list(glued.groups())))
    if not cuts:
        return
    ents = [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents]
    with span_groups_kept(doc), doc.retokenize() as retokenizer:
        for token, parts in cuts:
            retokenizer.split(token, parts, heads=[(token, 0)] * len(parts))
    doc.ents = [doc.char_span(s, e, label=label, kb_id=kb, alignment_mode="expand") for s, e, label, kb in ents]


def _glued_heading(word: str) -> re.Match[str] | None:
    glued = _GLUED_HEADING.fullmatch(word)
    openers, never = sentence_openers()
    return glued if glued is not None and glued.group(2) in openers and word not in never else None


def _document_year(doc: Doc, header: dict) -> int | None:
    """The year the document was written in: the header's date, else the later year of its vergaderjaar, else
    the input's date; a law made after it is not the law the text names."""
    for day in (header.get("date"), (header.get("vergaderjaar") or "")[-4:],
                doc._.get("input_date") if Doc.has_extension("input_date") else None):
        if day and str(day)[:4].isdigit():
            return int(str(day)[:4])
    return None


def _names_start(text: str, start: int, end: int, members: list[str]) -> int:
    """Where the first member's name begins in a motie mention, or its end when it names no one."""
    if not members:
        return end
    found = text.find(members[0], start, end)
    return found if found > start else end


def _cited_in_brackets(doc: Doc, text: str, parser: ReferenceParser, start: int, end: int) -> list[Span]:
    """``REF`` spans for the references inside the brackets that close a motie mention (``text``: ``doc.text``)."""
    if not text[start:end].endswith(")"):
        return []
    inner_start = text.rfind("(", start, end) + 1
    spans = []
    for inner in parser.mentions(text[inner_start:end - 1]):
        span = _aligned_span(doc, inner_start + inner.start, inner_start + inner.end, inner.records[0]["id"] or "")
        if span is not None and len(span):
            spans.append(span)
    return spans


def _aligned_span(doc: Doc, start: int, end: int, kb_id: str) -> Span | None:
    """The tokens of a mention; where a token runs past its end ("2." ), the whole token."""
    span = doc.char_span(start, end, label="REF", kb_id=kb_id)
    if span is None:
        span = doc.char_span(start, end, label="REF", kb_id=kb_id, alignment_mode="expand")
    return span
