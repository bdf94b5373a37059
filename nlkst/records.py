"""One JSON record per document, as section 6 of ANNOTATION.md lays it out."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from . import __version__
from .schema import HEADER_SPANS, PARAGRAPH_SPANS


def doc_to_record(
    doc: Doc,
    doc_id: str,
    source: str,
    pipeline_name: str,
    *,
    meta: dict[str, Any] | None = None,
    include_text: bool = False,
) -> dict[str, Any]:
    """The ``nlkst annotate`` output line for one annotated document.

    ``meta`` is what the input gave besides the text (a JSON Lines line's ``date`` and any other
    fields, a reader's notes), passed through under ``"meta"``; ``include_text`` adds the text
    the offsets refer to and the header's spans (``doc.spans["kst_header"]``), so that a record
    can be shown (``nlkst report``) without its source.
    """
    record: dict[str, Any] = {
        "id": doc_id,
        "source": source,
        "header": doc._.kamerstuk,
        "entities": [_entity(ent) for ent in doc.ents],
        "references": list(doc._.references or []),
        "paragraphs": [_paragraph(span) for span in doc.spans.get(PARAGRAPH_SPANS, [])],
        "pipeline": {"name": pipeline_name, "version": __version__},
    }
    if meta:
        record["meta"] = dict(meta)
    if include_text:
        record["text"] = doc.text
        record["header_spans"] = [
            {"start": span.start_char, "end": span.end_char, "label": span.label_}
            for span in doc.spans.get(HEADER_SPANS, [])
        ]
    return record


def _entity(ent) -> dict[str, Any]:
    entity = {"start": ent.start_char, "end": ent.end_char, "label": ent.label_, "text": ent.text,
              "kb_id": ent.kb_id_ or None}
    if ent.label_ == "MINISTER" and Span.has_extension("holder"):
        entity["holder"] = ent._.holder
        if ent._.holder_conflict:
            entity["holder_conflict"] = ent._.holder_conflict
    return entity


def _paragraph(span) -> dict[str, Any]:
    scores = {label: round(score, 4) for label, score in (span._.theme_scores or {}).items()}
    labels = list(span._.themes or [])
    return {"start": span.start_char, "end": span.end_char, "scores": scores, "labels": labels}


def error_record(doc_id: str, source: str, error: str) -> dict[str, Any]:
    """The output line for a document that could not be read."""
    return {"id": doc_id, "source": source, "error": error}
