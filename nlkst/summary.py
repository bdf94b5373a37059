"""A readable summary of ``nlkst annotate`` output, for people rather than programs."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any


def summarize_record(record: dict[str, Any]) -> str:
    """A few lines on one document: header fields, entity and reference counts, themes."""
    if "error" in record:
        return f"{record['id']}: ERROR {record['error']}"
    header = record.get("header") or {}
    lines = [f"== {record['id']} ({record['source']})"]
    for name, value in header.items():
        if value is None:
            continue
        if name == "dossiers":
            value = "; ".join(f"{d['number']} {d['title'] or ''}".strip() for d in value)
        elif name in {"signatories", "co_senders"}:
            value = "; ".join(
                " ".join(str(part) for part in (o.get("role"), o.get("portfolio"), o.get("name")) if part)
                for o in value
            )
        elif name == "sender":
            value = " ".join(str(part) for part in (value.get("role"), value.get("portfolio")) if part)
        lines.append(f"  {name:<16} {value}")
    entities = Counter(e["label"] for e in record.get("entities", []))
    lines.append(
        f"  entities         {sum(entities.values())} "
        f"({', '.join(f'{k} {v}' for k, v in sorted(entities.items())) or 'none'})"
    )
    lines.append(f"  references       {len(record.get('references', []))}")
    paragraphs = record.get("paragraphs", [])
    themes = Counter(label for p in paragraphs for label in p.get("labels", []))
    lines.append(f"  paragraphs       {len(paragraphs)}")
    if themes:
        lines.append("  themes           " + ", ".join(f"{k} {v}" for k, v in themes.most_common()))
    return "\n".join(lines)


class NotAnnotationOutput(ValueError):
    """A line that is not a record of ``nlkst annotate``; the message starts with its line number."""


def summarize_lines(lines: Iterable[str]) -> str:
    """Summaries of every record in JSON Lines output.

    Raises ``NotAnnotationOutput`` at the first line that is not such a record: a text
    file or someone else's JSON given by mistake.
    """
    summaries = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise NotAnnotationOutput(f"{number} is not a JSON line") from None
        if not isinstance(record, dict) or not isinstance(record.get("id"), str) or not (
                "error" in record or "header" in record):
            raise NotAnnotationOutput(f"{number} is JSON but not a record of `nlkst annotate` (it has no id "
                                      "and header)")
        summaries.append(summarize_record(record))
    return "\n".join(summaries)
