"""``kst_header``: the kamerstuk header as ``doc._.kamerstuk`` and ``doc.spans["kst_header"]``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..header import parse_header
from ..layout import page_footnotes
from ..schema import FOOTNOTE_LABEL, FOOTNOTE_SPANS, HEADER_SPANS

if not Doc.has_extension("kamerstuk"):
    Doc.set_extension("kamerstuk", default=None)
if not Doc.has_extension("kst_body"):
    # (start, end) character offsets of the body: after the header, before signature and notes.
    Doc.set_extension("kst_body", default=None)


@Language.factory(
    "kst_header",
    assigns=["doc._.kamerstuk", "doc._.kst_body", "doc.spans"],
    default_config={"learned_signatures": True},
)
def make_header_segmenter(nlp: Language, name: str, learned_signatures: bool) -> HeaderSegmenter:
    return HeaderSegmenter(name, learned_signatures=learned_signatures)


class HeaderSegmenter:
    """Reads the header fields of ANNOTATION.md section 2 from the document text.

    Rule-based, with one learned fallback: where the rules read no signature, the learned signature reader
    (``nlkst.header.learned_signature``, its weights shipped in ``nlkst/resources``) reads it, unless
    ``learned_signatures`` is off. Nothing to train and nothing to save: the saved pipeline's config (with that
    setting) is enough to rebuild it.
    """

    def __init__(self, name: str = "kst_header", learned_signatures: bool = True) -> None:
        self.name = name
        self.learned_signatures = learned_signatures

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # built anew from the tokens at each access
        header = parse_header(text, learned_signatures=self.learned_signatures)
        doc._.kamerstuk = header.fields
        doc._.kst_body = (header.body_start, header.body_end)
        doc.spans[HEADER_SPANS] = [
            span for start, end, label in header.spans if (span := _char_span(doc, text, start, end, label)) is not None
        ]
        notes = sorted(set(header.footnotes) | set(page_footnotes(text)))
        doc.spans[FOOTNOTE_SPANS] = [
            span for start, end in notes if (span := _char_span(doc, text, start, end, FOOTNOTE_LABEL)) is not None
        ]
        return doc


def _char_span(doc: Doc, text: str, start: int, end: int, label: str) -> Span | None:
    """The span of ``text[start:end]`` (``text``: ``doc.text``) without the blank lines and indent around it.

    Expanded to whole tokens, a span that began in the indent before a footnote's number
    would take in the whitespace token of the blank lines above it.
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand")
