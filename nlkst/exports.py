"""Paragraphs to and from annotation tools: Label Studio JSON and doccano JSONL.

``nlkst suggest`` writes a batch in both tools' import formats; ``nlkst train`` and
``nlkst evaluate`` read both tools' exports as they come (``read_labelled`` calls
``from_tool_export``). A paragraph that the annotator read and found without a theme carries
the choice ``NO_THEME``, so that it is told apart from one nobody labelled yet (skipped).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from collections.abc import Iterable

from .schema import THEME_LABELS

NO_THEME = "geen_thema"
CHOICES = (*THEME_LABELS, NO_THEME)
# The Label Studio labelling interface the batch is meant for: paste it under
# Settings > Labeling Interface > Code. ``from_name`` "themes" is what the reader looks for.
LABEL_STUDIO_CONFIG = (
    '<View>\n  <Text name="text" value="$text"/>\n'
    '  <Choices name="themes" toName="text" choice="multiple" showInLine="true">\n'
    + "".join(f'    <Choice value="{choice}"/>\n' for choice in CHOICES)
    + "  </Choices>\n</View>\n"
)
# The metadata a suggested paragraph carries through the tools, so a labelled export still
# says which document it came from (splits and folds keep documents together).
META_KEYS = ("id", "doc_id", "source", "start", "end")


def label_studio_tasks(paragraphs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Label Studio import tasks: the text and its metadata under ``data``."""
    return [{"data": {"text": p["text"], **{f"nlkst_{k}": p[k] for k in META_KEYS if k in p}}} for p in paragraphs]


def doccano_lines(paragraphs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """doccano text-classification import lines: ``text``, an empty ``label`` list and the metadata."""
    return [{"text": p["text"], "label": [], **{f"nlkst_{k}": p[k] for k in META_KEYS if k in p}}
            for p in paragraphs]


def write_batch(paragraphs: list[dict[str, Any]], output: Path) -> dict[str, Path]:
    """The batch as doccano JSONL at ``output`` and Label Studio JSON beside it (``.label-studio.json``, with
    the labelling interface in ``.label-studio.xml``); the paths written, by tool."""
    stem = output.with_suffix("")
    paths = {"doccano": output, "label-studio": stem.with_name(stem.name + ".label-studio.json"),
             "label-studio interface": stem.with_name(stem.name + ".label-studio.xml")}
    output.parent.mkdir(parents=True, exist_ok=True)
    paths["doccano"].write_text("".join(json.dumps(line, ensure_ascii=False) + "\n"
                                        for line in doccano_lines(paragraphs)), encoding="utf-8")
    paths["label-studio"].write_text(json.dumps(label_studio_tasks(paragraphs), ensure_ascii=False, indent=1),
                                     encoding="utf-8")
    paths["label-studio interface"].write_text(LABEL_STUDIO_CONFIG, encoding="utf-8")
    return paths


class ExportError(ValueError):
    """An export line that names a choice nlkst does not know."""


def _themes(choices: list[str], where: str) -> list[str] | None:
    """The themes of a tool's choices; ``None`` where nothing was chosen (not labelled yet)."""
    unknown = [c for c in choices if c not in CHOICES]
    if unknown:
        raise ExportError(f"{where}: unknown label {unknown[0]!r}; labels are {', '.join(CHOICES)}")
    if not choices:
        return None
    return [c for c in THEME_LABELS if c in choices]


def _record(text: str, themes: list[str], meta: dict[str, Any]) -> dict[str, Any]:
    record: dict[str, Any] = {"text": text, "labels": themes}
    for key in META_KEYS:
        value = meta.get(f"nlkst_{key}", meta.get(key) if key != "id" else None)
        if value is not None:
            record[key] = value
    return record


def from_doccano(line: dict[str, Any], where: str) -> dict[str, Any] | None:
    """A doccano export line (``label``: a list of names, or of ``[start, end, name]`` for spans, which are not
    themes and are refused) as a training record; ``None`` for a line nobody labelled."""
    names = line.get("label", line.get("cats", []))
    if any(not isinstance(name, str) for name in names):
        raise ExportError(f"{where}: 'label' must list theme names (export a text-classification project)")
    themes = _themes(names, where)
    if themes is None:
        return None
    meta = {**line.get("meta", {}), **line} if isinstance(line.get("meta"), dict) else line
    return _record(line["text"], themes, meta)


def from_label_studio(task: dict[str, Any], where: str) -> dict[str, Any] | None:
    """A Label Studio task (full JSON export, or JSON-MIN with a ``themes`` key) as a training record; ``None``
    where no annotation that was not cancelled chose anything. The last such annotation counts."""
    if "data" not in task:  # JSON-MIN: the choices under the control's name, a string when only one
        chosen = task.get("themes", [])
        names = [chosen] if isinstance(chosen, str) else (chosen.get("choices", []) if isinstance(chosen, dict)
                                                          else list(chosen))
        themes = _themes(names, where)
        return None if themes is None else _record(task["text"], themes, task)
    names: list[str] | None = None
    for annotation in task.get("annotations") or []:
        if annotation.get("was_cancelled"):
            continue
        names = [choice for result in annotation.get("result", []) if result.get("type") == "choices"
                 for choice in result.get("value", {}).get("choices", [])]
    themes = _themes(names or [], where)
    return None if themes is None else _record(task["data"]["text"], themes, task["data"])


def from_tool_export(path: Path, text: str) -> list[tuple[str, dict[str, Any]]] | None:
    """The labelled records of a Label Studio or doccano export, each with its file and place; ``None`` where
    ``text`` is neither (nlkst's own JSON Lines). Unlabelled tasks are left out."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        tasks = json.loads(stripped)
        records = [(f"{path}: task {number}", from_label_studio(task, f"{path}: task {number}"))
                   for number, task in enumerate(tasks, start=1) if isinstance(task, dict)]
        return [(where, record) for where, record in records if record is not None]
    lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    try:
        first = json.loads(lines[0][1]) if lines else None
    except json.JSONDecodeError:
        return None
    if not isinstance(first, dict) or "labels" in first or "entities" in first or "label" not in first:
        return None
    records = []
    for number, line in lines:
        where = f"{path}:{number}"
        record = from_doccano(json.loads(line), where)
        if record is not None:
            records.append((where, record))
    return records
