"""Span groups kept on their characters while a component splits tokens."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc


@contextmanager
def span_groups_kept(doc: Doc) -> Iterator[None]:
    """Within it a component may split tokens (``doc.retokenize()``): spaCy leaves the spans of ``doc.spans`` on
    their old token numbers, so each group is rebuilt afterwards on the characters its spans covered before."""
    groups = {name: [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in group]
              for name, group in doc.spans.items()}
    yield
    for name, spans in groups.items():
        doc.spans[name] = [doc.char_span(s, e, label=label, kb_id=kb, alignment_mode="expand")
                           for s, e, label, kb in spans]
