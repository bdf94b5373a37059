"""From ``nlkst annotate`` records to what the report's overview shows: one row per document, mentions per document."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..schema import THEME_LABELS

# What the overview counts per document, beside the themes.
MENTION_KINDS = ("organisation", "minister", "holder", "dossier")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SPACES = re.compile(r"\s+")


class ReportInputError(ValueError):
    """An input file that is not ``nlkst annotate`` output."""


def read_records(paths: Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    """The records of JSON Lines files written by ``nlkst annotate``, in order."""
    for path in map(Path, paths):
        if not path.is_file():
            raise ReportInputError(f"{path}: no such file (expected JSON Lines written by `nlkst annotate`)")
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise ReportInputError(
                        f"{path}:{number}: broken JSON ({error.msg} at column {error.colno}); "
                        "the report reads the output of `nlkst annotate`"
                    ) from None
                if not isinstance(record, dict) or "id" not in record:
                    raise ReportInputError(f'{path}:{number}: not an `nlkst annotate` record (no "id")')
                yield record


def document_date(record: dict[str, Any]) -> str | None:
    """The header's date, otherwise the date the input gave (section 7), as ISO; None if neither is a date."""
    header = record.get("header") or {}
    meta = record.get("meta") or {}
    for candidate in (header.get("date"), meta.get("date") if isinstance(meta, dict) else None):
        if isinstance(candidate, str) and _ISO_DATE.fullmatch(candidate[:10]):
            try:
                date.fromisoformat(candidate[:10])
            except ValueError:
                continue
            return candidate[:10]
    return None


def _text(value: object) -> str:
    return _SPACES.sub(" ", value).strip() if isinstance(value, str) else ""


@dataclass
class Names:
    """Mentioned things by key, each shown by the surface form most often written for it."""

    keys: dict[tuple[str, str], int] = field(default_factory=dict)
    forms: dict[int, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def index(self, kind: str, key: str, form: str) -> int:
        number = self.keys.setdefault((kind, key), len(self.keys))
        self.forms[number][form] += 1
        return number

    def labels(self) -> list[str]:
        """One label per index: the usual form, with the normalised key where it differs."""
        shown = [""] * len(self.keys)
        for (kind, key), number in self.keys.items():
            form = self.forms[number].most_common(1)[0][0]
            shown[number] = form if form.casefold() == key.casefold() or kind == "dossier" else f"{form} ({key})"
        return shown


def document_mentions(record: dict[str, Any], names: Names) -> Counter:
    """How often each organisation, minister, office holder and cited dossier occurs in one document."""
    counts: Counter = Counter()
    for entity in record.get("entities") or []:
        if not isinstance(entity, dict):
            continue
        form = _text(entity.get("text"))
        key = _text(entity.get("kb_id")) or form.casefold()  # without an id: "SDU uitgeverij" is "Sdu Uitgeverij"
        if not key:
            continue
        if entity.get("label") == "ORG":
            counts[names.index("organisation", key, form)] += 1
        elif entity.get("label") == "MINISTER":
            counts[names.index("minister", key, form)] += 1
            holder = entity.get("holder")
            if isinstance(holder, dict) and _text(holder.get("name")):
                name = _text(holder["name"])
                counts[names.index("holder", _text(holder.get("id")) or name, name)] += 1
    own_id = record.get("id")
    for reference in record.get("references") or []:
        if not isinstance(reference, dict) or reference.get("id") == own_id:
            continue  # a document naming itself cites nothing
        dossier = _text(reference.get("dossier"))
        if dossier:
            counts[names.index("dossier", dossier, dossier)] += 1
    return counts


def document_row(record: dict[str, Any]) -> dict[str, Any]:
    """What the overview's table and charts need of one document."""
    header = record.get("header") or {}
    iso = document_date(record)
    listed = [d for d in header.get("dossiers") or [] if isinstance(d, dict)]
    dossiers = [_text(d.get("number")) for d in listed if _text(d.get("number"))]
    paragraphs = [p for p in record.get("paragraphs") or [] if isinstance(p, dict)]
    themes = Counter(label for p in paragraphs for label in p.get("labels") or [] if label in THEME_LABELS)
    # the document's own subject, else its heading, else the main dossier's title
    title = (
        _text(header.get("subject"))
        or _text(header.get("heading"))
        or (_text(listed[0].get("title")) if listed else "")
    )
    return {
        "id": str(record.get("id")),
        "date": iso,
        "year": int(iso[:4]) if iso else None,
        "doc_type": _text(header.get("doc_type")) or "unknown",
        "dossiers": dossiers,
        "title": title[:200],
        "paragraphs": len(paragraphs),
        "themes": [themes.get(label, 0) for label in THEME_LABELS],
        "entities": len(record.get("entities") or []),
        "references": len(record.get("references") or []),
    }
