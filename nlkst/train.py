"""Train and evaluate the paragraph theme classifier (``nlkst train`` / ``nlkst evaluate``).

Training data are JSON Lines, one paragraph per line: ``{"text": ..., "labels": [...]}``
with labels from ANNOTATION.md section 5 (the format of ``corpora/themes/``). The
classifier is trained with spaCy's own training loop from a config in ``configs/``;
per-label thresholds are then chosen on the dev data and the classifier is put
into a full nlkst pipeline that ``nlkst annotate --model`` and ``nlkst.load`` use.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import spacy
from spacy.language import Language
from spacy.tokens import DocBin

from . import pipeline
from .schema import ENTITY_LABELS, THEME_LABELS

CONFIGS = Path(__file__).resolve().parents[1] / "configs"
DEFAULT_CONFIG = CONFIGS / "themes_cpu.cfg"
THEME_COMPONENT = "kst_themes"


class TrainingDataError(ValueError):
    """A training line that cannot be used, with the file and line that hold it."""


@dataclass
class LabelledParagraph:
    text: str
    labels: list[str]
    source: str


def read_labelled(paths: Iterable[str | Path]) -> list[LabelledParagraph]:
    """Every labelled paragraph in the files; the first bad line stops with its file and line number."""
    paragraphs = []
    for path in map(Path, paths):
        if not path.is_file():
            raise TrainingDataError(f"{path}: no such file")
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    paragraphs.append(_parse_line(line, f"{path}:{number}"))
    if not paragraphs:
        raise TrainingDataError("no labelled paragraphs in " + ", ".join(map(str, paths)))
    return paragraphs


def _parse_line(line: str, where: str) -> LabelledParagraph:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise TrainingDataError(f"{where}: not valid JSON ({error.msg}, column {error.colno})") from None
    if not isinstance(record, dict):
        raise TrainingDataError(f"{where}: expected an object with 'text' and 'labels'")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise TrainingDataError(f"{where}: 'text' is missing or empty")
    labels = record.get("labels", [])
    if not isinstance(labels, list):
        raise TrainingDataError(f"{where}: 'labels' must be a list")
    unknown = [label for label in labels if label not in THEME_LABELS]
    if unknown:
        raise TrainingDataError(f"{where}: unknown label {unknown[0]!r}; labels are {', '.join(THEME_LABELS)}")
    for entity in record.get("entities", []) or []:
        if entity.get("label") not in ENTITY_LABELS:
            raise TrainingDataError(f"{where}: unknown entity label {entity.get('label')!r}")
        if not (isinstance(entity.get("start"), int) and isinstance(entity.get("end"), int)
                and 0 <= entity["start"] < entity["end"] <= len(text)):
            raise TrainingDataError(f"{where}: entity offsets {entity.get('start')}-{entity.get('end')} "
                                    "do not lie inside the text")
    return LabelledParagraph(text=text, labels=list(labels), source=where)


def _doc_bin(nlp: Language, paragraphs: list[LabelledParagraph]) -> DocBin:
    docs = DocBin()
    for paragraph in paragraphs:
        doc = nlp.make_doc(paragraph.text)
        doc.cats = {label: float(label in paragraph.labels) for label in THEME_LABELS}
        docs.add(doc)
    return docs


def _held_out(paragraph: LabelledParagraph) -> bool:
    return int(hashlib.sha1(paragraph.text.encode("utf-8")).hexdigest(), 16) % 100 < 15


def choose_thresholds(scores: list[dict[str, float]], gold: list[list[str]]) -> dict[str, float]:
    """Per label, the threshold with the best F1 on dev (ties: the one nearest 0.5)."""
    thresholds = {}
    for label in THEME_LABELS:
        best = (-1.0, 0.0, 0.5)
        for step in range(5, 96, 5):
            threshold = step / 100
            predicted = [s.get(label, 0.0) >= threshold for s in scores]
            actual = [label in g for g in gold]
            f1 = _prf(predicted, actual)[2]
            candidate = (f1, -abs(threshold - 0.5), threshold)
            if candidate > best:
                best = candidate
        thresholds[label] = best[2]
    return thresholds


def _prf(predicted: list[bool], actual: list[bool]) -> tuple[float, float, float]:
    tp = sum(p and a for p, a in zip(predicted, actual))
    fp = sum(p and not a for p, a in zip(predicted, actual))
    fn = sum(a and not p for p, a in zip(predicted, actual))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_labels(predicted: list[list[str]], gold: list[list[str]]) -> dict[str, dict[str, float]]:
    """Per-label precision, recall, F1 and support, and their macro average."""
    report: dict[str, dict[str, float]] = {}
    for label in THEME_LABELS:
        p, r, f = _prf([label in x for x in predicted], [label in g for g in gold])
        report[label] = {"p": p, "r": r, "f": f, "support": sum(label in g for g in gold)}
    report["macro"] = {key: sum(report[label][key] for label in THEME_LABELS) / len(THEME_LABELS)
                       for key in ("p", "r", "f")}
    report["macro"]["support"] = len(gold)
    return report


def format_report(report: dict[str, dict[str, float]]) -> str:
    lines = [f"{'label':<20} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
    for label, row in report.items():
        lines.append(f"{label:<20} {row['p']:>6.3f} {row['r']:>6.3f} {row['f']:>6.3f} {int(row['support']):>5}")
    return "\n".join(lines)


def evaluate(nlp: Language, paragraphs: list[LabelledParagraph]) -> dict[str, dict[str, float]]:
    """Score a pipeline's theme component on labelled paragraphs."""
    if THEME_COMPONENT not in nlp.pipe_names:
        raise ValueError(f"the pipeline has no {THEME_COMPONENT} component: train one with `nlkst train`")
    component = nlp.get_pipe(THEME_COMPONENT)
    scores = component.score_texts(p.text for p in paragraphs)
    return score_labels([component.labels_for(s) for s in scores], [p.labels for p in paragraphs])


def train(
    train_paths: list[Path],
    output_dir: Path,
    *,
    dev_paths: list[Path] | None = None,
    config: Path = DEFAULT_CONFIG,
    base: str | Path | None = None,
    gpu_id: int = -1,
    overrides: dict[str, Any] | None = None,
) -> dict[str, dict[str, float]]:
    """Train the theme classifier, write a full pipeline to ``output_dir``; the dev report is returned.

    Without dev files, 15% of the training paragraphs (chosen by a hash of their
    text, so the same each run) are held out for thresholds and the report.
    """
    from spacy.cli.train import train as spacy_train

    paragraphs = read_labelled(train_paths)
    if dev_paths:
        dev = read_labelled(dev_paths)
    else:
        held_out = [_held_out(p) for p in paragraphs]
        dev = [p for p, out in zip(paragraphs, held_out) if out]
        paragraphs = [p for p, out in zip(paragraphs, held_out) if not out]
    if not dev:
        raise TrainingDataError("no dev paragraphs: give --dev or more training data")
    base_nlp = pipeline.load(base) if base else pipeline.build()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        _doc_bin(base_nlp, paragraphs).to_disk(tmp_path / "train.spacy")
        _doc_bin(base_nlp, dev).to_disk(tmp_path / "dev.spacy")
        settings = {"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy")}
        settings.update(overrides or {})
        spacy_train(config, tmp_path / "model", overrides=settings, use_gpu=gpu_id)
        classifier = spacy.load(tmp_path / "model" / "model-best")
    if THEME_COMPONENT in base_nlp.pipe_names:
        base_nlp.remove_pipe(THEME_COMPONENT)
    component = base_nlp.add_pipe(THEME_COMPONENT)
    component.classifier = classifier
    component.thresholds = choose_thresholds(component.score_texts(p.text for p in dev), [p.labels for p in dev])
    base_nlp.meta["name"] = base_nlp.meta.get("name") or pipeline.PIPELINE_NAME
    output_dir.mkdir(parents=True, exist_ok=True)
    base_nlp.to_disk(output_dir)
    return evaluate(base_nlp, dev)
