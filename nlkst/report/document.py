"""One document's view: the header as a card, the text in displaCy's entity style, themes and references.

Every value that comes from a record passes through ``html.escape`` here or through displaCy's
own escaping of the text; displaCy does not escape labels, ``kb_id`` or ``kb_url``, so those are
built here from escaped values and from URLs that ``links`` assembled from validated ids.
"""

from __future__ import annotations

from html import escape
from typing import Any

from spacy.displacy.render import EntityRenderer

from ..schema import HEADER_FIELDS, THEME_LABELS
from .links import dossier_url, reference_url

ENTITY_COLOURS = {"ORG": "#7aecec", "PERSON": "#aa9cfc", "MINISTER": "#feca74", "REF": "#bfe1d9"}
UNRESOLVED_COLOUR = "#e4e7d2"
THEME_COLOURS = dict(zip(THEME_LABELS, ("#4c78a8", "#f58518", "#54a24b", "#b279a2", "#e45756", "#72b7b2")))


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _link(url: str | None, text: str) -> str:
    """A link to an URL from ``links`` (never from a record), or the escaped text alone."""
    if url is None:
        return _e(text)
    return f'<a href="{_e(url)}" rel="noopener noreferrer" target="_blank">{_e(text)}</a>'


def _holder(value: object) -> str:
    if isinstance(value, dict) and value.get("name"):
        span = " – ".join(str(value[k]) for k in ("from", "to") if value.get(k))
        return f' <span class="holder">({_e(value["name"])}{", " + _e(span) if span else ""})</span>'
    return ""


def _office(value: object) -> str:
    if not isinstance(value, dict):
        return _e(value)
    words = " ".join(str(value[k]) for k in ("role", "portfolio", "name") if value.get(k))
    return _e(words) + _holder(value.get("holder"))


def _field(name: str, value: Any) -> str:
    if name == "dossiers":
        return "<br>".join(
            _link(dossier_url(d.get("number")), str(d.get("number") or ""))
            + (f" {_e(d['title'])}" if d.get("title") else "")
            for d in value
            if isinstance(d, dict)
        )
    if name in {"sender"}:
        return _office(value)
    if name in {"co_senders", "signatories"}:
        return "<br>".join(_office(item) for item in value) if isinstance(value, list) else _office(value)
    if isinstance(value, list):  # askers, and list fields to come
        return _e(", ".join(map(str, value)))
    return _e(value)


def header_card(record: dict[str, Any]) -> str:
    """The header's fields, and a link to the document itself where its id is an official one."""
    header = record.get("header") or {}
    # the contract's fields in its order, then any a newer pipeline adds (question_date, askers, ...)
    names = [*HEADER_FIELDS, *(name for name in header if name not in HEADER_FIELDS)]
    rows = [
        f"<tr><th>{_e(name)}</th><td>{_field(name, header[name])}</td></tr>"
        for name in names
        if header.get(name) not in (None, "", [])
    ]
    own = reference_url(record.get("id"))
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    rows += [f"<tr><th>input {_e(key)}</th><td>{_e(value)}</td></tr>" for key, value in meta.items() if key != "text"]
    title = f"<h2>{_link(own, str(record.get('id')))}</h2>"
    source = f'<p class="source">source: {_e(record.get("source", ""))}</p>'
    body = f'<table class="card">{"".join(rows)}</table>' if rows else '<p class="muted">No header recognised.</p>'
    return f'<section class="header-card">{title}{source}{body}</section>'


def _entity_label(entity: dict[str, Any], reference: dict[str, Any] | None) -> tuple[str, str, str, str]:
    """The label, colour, kb_id and kb_url that displaCy shows for one entity, all escaped."""
    label = str(entity.get("label") or "")
    colour = ENTITY_COLOURS.get(label, "#ddd")
    shown = _e(label)
    if label == "REF":
        ref_id = reference.get("id") if reference is not None else entity.get("kb_id")
        url = reference_url(ref_id)
        if not ref_id:
            return f"{shown} · unresolved", UNRESOLVED_COLOUR, "", "#"
        if url is None:
            return f"{shown} · {_e(ref_id)} (no link)", colour, "", "#"
        return shown, colour, _e(ref_id), _e(url)
    if entity.get("kb_id"):
        shown += f" · {_e(entity['kb_id'])}"
    holder = entity.get("holder")
    if isinstance(holder, dict) and holder.get("name"):
        shown += f" · {_e(holder['name'])}"
    return shown, colour, "", "#"


# displaCy's entity template with its inline layout moved into the page's style sheet (mark.entity
# and .entity-label in report.css): the markup of one entity shrinks from about 400 characters to
# 100, which is most of a report's size.
_ENTITY_TEMPLATE = (
    '<mark class="entity" style="background: {bg}">{text}<span class="entity-label">{label}{kb_link}</span></mark>'
)
# displacy.render's own renderer, made once (making one reads the entry points of the colour registry)
_ENTITY_RENDERER = EntityRenderer({"template": _ENTITY_TEMPLATE})


def _render_block(
    text: str, start: int, end: int, entities: list[dict[str, Any]], references: dict[tuple[int, int], dict[str, Any]]
) -> str:
    """Text ``start:end`` in displaCy's entity style, with the entities that start inside it."""
    block = text[start:end]
    start, end = start + len(block) - len(block.lstrip()), start + len(block.rstrip())  # no blank lines at the edges
    ents = []
    for entity in entities:
        s, e = entity["start"], min(entity["end"], end)
        if start <= s < end and e > s:
            label, colour, kb_id, kb_url = _entity_label(entity, references.get((entity["start"], entity["end"])))
            ents.append(
                {
                    "start": s - start,
                    "end": e - start,
                    "label": label,
                    "kb_id": kb_id,
                    "kb_url": kb_url,
                    "params": {"bg": colour},
                }
            )
    return _ENTITY_RENDERER.render([{"text": text[start:end], "ents": ents}], minify=True)


def _theme_bar(paragraph: dict[str, Any]) -> str:
    labels = [label for label in paragraph.get("labels") or [] if label in THEME_COLOURS]
    scores = paragraph.get("scores") or {}
    badges = "".join(
        f'<span class="theme" style="background:{THEME_COLOURS[label]}">{label}</span>' for label in labels
    )
    numbers = " ".join(
        f'<span class="score{" on" if label in labels else ""}">{label} {float(scores[label]):.2f}</span>'
        for label in THEME_LABELS
        if isinstance(scores.get(label), (int, float))
    )
    return f'<div class="themes">{badges or "<span class=muted>no theme</span>"} {numbers}</div>'


def _valid_spans(items: list[Any], length: int) -> list[dict[str, Any]]:
    spans = []
    for item in items or []:
        if (
            isinstance(item, dict)
            and isinstance(item.get("start"), int)
            and isinstance(item.get("end"), int)
            and 0 <= item["start"] < item["end"] <= length
        ):
            spans.append(item)
    return sorted(spans, key=lambda span: (span["start"], span["end"]))


def _region_caption(header_spans: list[dict[str, Any]], start: int, end: int) -> str:
    labels = sorted({str(s.get("label")) for s in header_spans if s["start"] < end and s["end"] > start})
    return _e(", ".join(labels)) if labels else "outside the paragraphs"


def document_text(record: dict[str, Any]) -> str:
    """The text in blocks: each paragraph with its themes, the text between them (header, signature, notes) apart."""
    text = record.get("text")
    if not isinstance(text, str):
        return (
            '<p class="muted">The text is not in this file: annotate with '
            "<code>nlkst annotate --include-text</code> to see it here.</p>"
        )
    entities = _valid_spans(record.get("entities"), len(text))
    references = {(r["start"], r["end"]): r for r in _valid_spans(record.get("references"), len(text))}
    header_spans = _valid_spans(record.get("header_spans"), len(text))
    blocks, cursor = [], 0
    for number, paragraph in enumerate(_valid_spans(record.get("paragraphs"), len(text)), start=1):
        if paragraph["start"] < cursor:
            continue
        if text[cursor : paragraph["start"]].strip():
            blocks.append(
                f'<div class="block other"><div class="caption">'
                f"{_region_caption(header_spans, cursor, paragraph['start'])}</div>"
                f"{_render_block(text, cursor, paragraph['start'], entities, references)}</div>"
            )
        blocks.append(
            f'<div class="block paragraph"><div class="caption">paragraph {number} '
            f"{_theme_bar(paragraph)}</div>"
            f"{_render_block(text, paragraph['start'], paragraph['end'], entities, references)}</div>"
        )
        cursor = paragraph["end"]
    if text[cursor:].strip():
        blocks.append(
            f'<div class="block other"><div class="caption">{_region_caption(header_spans, cursor, len(text))}'
            f"</div>{_render_block(text, cursor, len(text), entities, references)}</div>"
        )
    return "".join(blocks)


def references_table(record: dict[str, Any]) -> str:
    """Every reference with its id and a link to its official publication, or marked unresolved."""
    rows = []
    for reference in record.get("references") or []:
        if not isinstance(reference, dict):
            continue
        ref_id = reference.get("id")
        if not ref_id:
            target = '<span class="unresolved">unresolved</span>'
        else:
            url = reference_url(ref_id)
            target = _link(url, str(ref_id)) + ("" if url else ' <span class="muted">(no official publication)</span>')
        implicit = " (implicit)" if reference.get("implicit") else ""
        rows.append(
            f"<tr><td>{_e(reference.get('text', ''))}</td><td>{_e(reference.get('type', ''))}{implicit}</td>"
            f"<td>{target}</td></tr>"
        )
    if not rows:
        return ""
    return (
        '<section><h3>References</h3><table class="refs"><tr><th>text</th><th>type</th>'
        f"<th>official publication</th></tr>{''.join(rows)}</table></section>"
    )


def header_spans_table(record: dict[str, Any]) -> str:
    """The header's fields as printed: each span of ``doc.spans["kst_header"]`` with its text."""
    text = record.get("text")
    if not isinstance(text, str):
        return ""
    rows = [
        f"<tr><td>{_e(span.get('label'))}</td><td>{span['start']}–{span['end']}</td>"
        f"<td>{_e(text[span['start'] : span['end']])}</td></tr>"
        for span in _valid_spans(record.get("header_spans"), len(text))
    ]
    if not rows:
        return ""
    return (
        '<details><summary>Header fields as printed</summary><table class="refs"><tr><th>field</th>'
        f"<th>characters</th><th>text</th></tr>{''.join(rows)}</table></details>"
    )


def document_view(record: dict[str, Any]) -> str:
    """The whole view of one document, as an HTML fragment."""
    if "error" in record:
        return (
            f'<section class="header-card"><h2>{_e(record.get("id"))}</h2>'
            f'<p class="unresolved">Not read: {_e(record["error"])}</p></section>'
        )
    return (
        header_card(record)
        + header_spans_table(record)
        + references_table(record)
        + f"<section><h3>Text</h3>{document_text(record)}</section>"
    )
