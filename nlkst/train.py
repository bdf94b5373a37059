"""Train and evaluate the theme classifier and the entity recogniser (``nlkst train`` / ``evaluate``).

Training data are JSON Lines, one paragraph per line, as section 7 of ANNOTATION.md:
``{"text": ..., "labels": [...]}`` for paragraph themes (``corpora/themes/``) and
``{"text": ..., "entities": [{"start", "end", "label"}]}`` for entities
(``corpora/entities/``); a line may carry both. Each model is trained with spaCy's
own training loop from a config in ``nlkst/configs/`` and put into a full nlkst
pipeline that ``nlkst annotate --model`` and ``nlkst.load`` use.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TextIO
from collections.abc import Callable, Iterable

import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from wasabi import msg
from wasabi.util import ENV_ANSI_DISABLED as ANSI_DISABLED

from . import pipeline
from .components.themes import ThemeClassifier
from .exports import ExportError, from_tool_export
from .metrics import add_common_macro_f1, add_macro_f1_interval, add_roc_auc, prf, score_entities, score_labels
from .progress import is_terminal
from .schema import ENTITY_LABELS, THEME_LABELS

# Shipped inside the package, so that ``nlkst train`` finds them when installed from a wheel.
CONFIGS = Path(str(resources.files("nlkst.configs")))
DEFAULT_CONFIG = CONFIGS / "themes_cpu.cfg"
DEFAULT_ENTITY_CONFIG = CONFIGS / "ner_cpu.cfg"
THEME_COMPONENT = "kst_themes"
ENTITY_COMPONENT = "ner"
DEFAULT_FOLDS = 5  # the shipped recipe: thresholds from 5-fold cross-validation on train and dev together
# Fewer paragraphs of a theme than this in the data that place its threshold, and the threshold is a guess:
# one paragraph more or less moves it anywhere between the grid's steps.
MIN_THRESHOLD_EXAMPLES = 10


# Beside a pipeline trained with folds: each training and dev paragraph's out-of-fold theme scores, so that its
# thresholds can be placed again (on one kind of text, by another rule) without training again.
OUT_OF_FOLD_FILE = "themes_out_of_fold.jsonl"


class TrainingDataError(ValueError):
    """A training line that cannot be used, with the file and line that hold it."""


@dataclass
class LabelledParagraph:
    """A paragraph with its themes, its entities, or both; ``None`` where the line has no such key."""

    text: str
    labels: list[str] | None
    entities: list[tuple[int, int, str]] | None
    source: str
    document: str | None = None
    paragraph_id: str | None = None  # the line's ``id``, where it has one
    origin: str | None = None  # the line's ``source``: the corpus the paragraph was drawn from


def read_labelled(paths: Iterable[str | Path]) -> list[LabelledParagraph]:
    """Every labelled paragraph in the files; the first bad line stops with its file and line number.

    A file may also be a Label Studio JSON or doccano JSONL export of a batch that ``nlkst suggest``
    wrote (``nlkst.exports``): its labelled paragraphs are read, the ones nobody labelled are left out.
    """
    paragraphs = []
    for path in map(Path, paths):
        if not path.is_file():
            raise TrainingDataError(f"{path}: no such file")
        text = path.read_text(encoding="utf-8")
        try:
            exported = from_tool_export(path, text)
        except (ExportError, json.JSONDecodeError) as error:
            raise TrainingDataError(f"{path}: {error}") from None
        if exported is not None:
            paragraphs += [_parse_record(record, where) for where, record in exported]
            continue
        for number, line in enumerate(text.splitlines(), start=1):
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
    return _parse_record(record, where)


def _parse_record(record: dict[str, Any], where: str) -> LabelledParagraph:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise TrainingDataError(f"{where}: 'text' is missing or empty")
    if "labels" not in record and "entities" not in record:
        raise TrainingDataError(f"{where}: the line has neither 'labels' nor 'entities'")
    labels = record.get("labels")
    if labels is not None:
        if not isinstance(labels, list):
            raise TrainingDataError(f"{where}: 'labels' must be a list")
        unknown = [label for label in labels if label not in THEME_LABELS]
        if unknown:
            raise TrainingDataError(f"{where}: unknown label {unknown[0]!r}; labels are {', '.join(THEME_LABELS)}")
    entities = record.get("entities")
    if entities is not None:
        if not isinstance(entities, list):
            raise TrainingDataError(f"{where}: 'entities' must be a list")
        for entity in entities:
            if not isinstance(entity, dict) or entity.get("label") not in ENTITY_LABELS:
                label = entity.get("label") if isinstance(entity, dict) else entity
                raise TrainingDataError(f"{where}: unknown entity label {label!r}; labels are "
                                        f"{', '.join(ENTITY_LABELS)}")
            if not (isinstance(entity.get("start"), int) and isinstance(entity.get("end"), int)
                    and 0 <= entity["start"] < entity["end"] <= len(text)):
                raise TrainingDataError(f"{where}: entity offsets {entity.get('start')}-{entity.get('end')} "
                                        "do not lie inside the text")
        entities = [(entity["start"], entity["end"], entity["label"]) for entity in entities]
    document, paragraph_id, origin = (value if isinstance(value, str) else None
                                      for value in (record.get("doc_id"), record.get("id"), record.get("source")))
    return LabelledParagraph(text=text, labels=labels, entities=entities, source=where, document=document,
                             paragraph_id=paragraph_id, origin=origin)


def _theme_docs(nlp: Language, paragraphs: list[LabelledParagraph]) -> DocBin:
    docs = DocBin()
    for paragraph in paragraphs:
        doc = nlp.make_doc(paragraph.text)
        doc.cats = {label: float(label in (paragraph.labels or [])) for label in THEME_LABELS}
        docs.add(doc)
    return docs


def _entity_docs(nlp: Language, paragraphs: list[LabelledParagraph], *,
                 off_boundaries: list[str] | None = None) -> DocBin:
    """Paragraphs with their gold entities; a span off token boundaries is an error naming its line.

    ``REF`` spans are marked missing rather than taught: the reference parser owns that
    label, and the recogniser only has to leave those tokens alone. Given ``off_boundaries``
    (a list to fill), a span off token boundaries is marked missing too and named there:
    the fresh samples' Belgian answers glue sentences (``(dienst Parlementaire Vragen).De``),
    and their annotators' spans are right though the tokenizer cannot cut there.
    """
    docs = DocBin()
    for paragraph in paragraphs:
        doc = nlp.make_doc(paragraph.text)
        spans, missing = [], []
        for start, end, label in paragraph.entities or []:
            span = doc.char_span(start, end, label=label)
            if span is not None:
                (missing if label == "REF" else spans).append(span)
                continue
            if off_boundaries is None:
                raise TrainingDataError(f"{paragraph.source}: entity {paragraph.text[start:end]!r} does not "
                                        "start and end on token boundaries")
            off_boundaries.append(f"{paragraph.source}: {paragraph.text[start:end]!r}")
            expanded = doc.char_span(start, end, label=label, alignment_mode="expand")
            if expanded is not None:
                missing.append(expanded)
        doc.set_ents(spans, missing=missing, default="outside")
        docs.add(doc)
    return docs


def document_group(doc_id: str) -> str:
    """The unit that splits and folds keep together: the ``doc_id`` up to a ``#``.

    A modern-gov paragraph's id names its source file and its place in it; the file is the unit.
    """
    return doc_id.split("#", 1)[0]


def document_key(paragraph: LabelledParagraph) -> str:
    """The paragraph's document (``document_group``); a paragraph without a ``doc_id`` is a document of its own."""
    return document_group(paragraph.document) if paragraph.document else paragraph.text


def document_bucket(paragraph: LabelledParagraph, buckets: int) -> int:
    """A stable bucket per paragraph; paragraphs of one document (``document_key``) share theirs."""
    return int(hashlib.sha1(document_key(paragraph).encode("utf-8")).hexdigest(), 16) % buckets


def _held_out(paragraph: LabelledParagraph) -> bool:
    return document_bucket(paragraph, 100) < 15


def choose_thresholds(scores: list[dict[str, float]], gold: list[list[str]]) -> dict[str, float]:
    """Per label, the threshold with the best F1 on dev (ties: the one nearest 0.5).

    The candidates are a grid from 0.05 to 0.95 and the scores of the dev paragraphs that
    carry the label: a classifier trained on a few dozen examples of a theme scores them
    far below 0.05, and a grid alone would then never assign that theme.
    """
    thresholds = {}
    for label in THEME_LABELS:
        actual = [label in g for g in gold]
        candidates = {step / 100 for step in range(5, 96, 5)}
        candidates |= {s.get(label, 0.0) for s, wanted in zip(scores, actual) if wanted}
        best = (-1.0, 0.0, 0.5)
        for threshold in sorted(candidates):
            predicted = [s.get(label, 0.0) >= threshold for s in scores]
            f1 = prf(predicted, actual)[2]
            candidate = (f1, -abs(threshold - 0.5), threshold)
            if candidate > best:
                best = candidate
        thresholds[label] = best[2]
    return thresholds


def _theme_report(component: ThemeClassifier, scores: list[dict[str, float]],
                  paragraphs: list[LabelledParagraph]) -> dict[str, dict[str, float]]:
    """P/R/F1 of the labels ``component`` gives for ``scores``, with ROC AUC and the macro-F1 interval."""
    predicted, gold = [component.labels_for(s) for s in scores], [p.labels for p in paragraphs]
    report = score_labels(predicted, gold)
    add_roc_auc(report, scores, gold)
    add_macro_f1_interval(report, predicted, gold, [document_key(p) for p in paragraphs])
    add_common_macro_f1(report, predicted, gold, [document_key(p) for p in paragraphs])
    return report


def source_reports(component: ThemeClassifier, scores: list[dict[str, float]],
                   paragraphs: list[LabelledParagraph]) -> dict[str, dict[str, dict[str, float]]]:
    """P/R/F1 per source (the lines' ``source``: parlspeech-sample, sgd, ...), for the sources that label at least
    one theme; a kind of text the classifier handles badly shows here rather than in the pooled figure."""
    by_source: dict[str, list[int]] = {}
    for i, paragraph in enumerate(paragraphs):
        by_source.setdefault(paragraph.origin or "(no source)", []).append(i)
    if len(by_source) < 2:
        return {}
    reports = {}
    for source, indices in sorted(by_source.items()):
        gold = [paragraphs[i].labels or [] for i in indices]
        predicted = [component.labels_for(scores[i]) for i in indices]
        # As in bootstrap_macro_f1, the macro is over the themes the source's paragraphs carry or are given:
        # a source without any wetgeving paragraph says nothing of how wetgeving is found there.
        used = [label for label in THEME_LABELS if any(label in labels for labels in gold + predicted)]
        if used:
            reports[source] = score_labels(predicted, gold, labels=used)
    return reports


def threshold_warnings(gold: list[list[str]], thresholds: dict[str, float], where: str) -> list[str]:
    """A sentence for each theme that too few of ``gold``'s paragraphs carry for its threshold to mean much."""
    warnings = []
    for label in THEME_LABELS:
        count = sum(label in labels for labels in gold)
        if count < MIN_THRESHOLD_EXAMPLES:
            warnings.append(f"{label}: only {count} of the {len(gold)} paragraphs {where} carry it, so its threshold "
                            f"({thresholds.get(label, 0.5):.3f}) is a guess; label more (`nlkst suggest`) or read "
                            "its scores rather than its labels")
    return warnings


def evaluate(nlp: Language, paragraphs: list[LabelledParagraph]) -> dict[str, Any]:
    """Scores for what the data label: ``themes`` for lines with labels (and ``themes by source`` where the lines
    name two sources or more), ``entities`` for lines with entities.

    Entities are scored on each paragraph run through the whole pipeline, as
    ``nlkst annotate`` would see it if the paragraph were a document of its own.
    """
    reports = {}
    themed = [p for p in paragraphs if p.labels is not None]
    if themed:
        if THEME_COMPONENT not in nlp.pipe_names:
            raise ValueError(f"the pipeline has no {THEME_COMPONENT} component: train one with `nlkst train`")
        component = nlp.get_pipe(THEME_COMPONENT)
        scores = component.score_texts(p.text for p in themed)
        reports["themes"] = _theme_report(component, scores, themed)
        by_source = source_reports(component, scores, themed)
        if by_source:
            reports["themes by source"] = by_source
    annotated = [p for p in paragraphs if p.entities is not None]
    if annotated:
        disabled = [name for name in (THEME_COMPONENT,) if name in nlp.pipe_names]
        with nlp.select_pipes(disable=disabled):
            docs = nlp.pipe(p.text for p in annotated)
            predicted = [{(e.start_char, e.end_char, e.label_) for e in doc.ents} for doc in docs]
        reports["entities"] = score_entities(predicted, [set(p.entities) for p in annotated])
    return reports


NEVER = 10**9  # an evaluation frequency, in steps, that no training run reaches


def _spacy_train(config: Path, train_docs: DocBin, dev_docs: DocBin, gpu_id: int,
                 overrides: dict[str, Any] | None, *, last: bool = False) -> Language:
    """spaCy's training loop on in-memory data; the best model on dev is returned, or the last one."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        train_docs.to_disk(tmp_path / "train.spacy")
        dev_docs.to_disk(tmp_path / "dev.spacy")
        settings = {"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy")}
        settings.update(overrides or {})
        asked_frequency = settings.get("training.eval_frequency")
        if last:
            # Only the last model is kept: scoring dev along the way would cost a third of the time.
            settings["training.eval_frequency"] = NEVER
        _run_spacy_training(config, tmp_path / "model", settings, gpu_id)
        trained = spacy.load(tmp_path / "model" / ("model-last" if last else "model-best"))
        # The temporary corpus paths mean nothing once saved; without them a retrained
        # pipeline is byte for byte the same each run.
        trained.config["paths"]["train"] = None
        trained.config["paths"]["dev"] = None
        if last:
            trained.meta["performance"] = {}  # spaCy's scores from before the first step: meaningless
            # The saved config says how to train it again, not how this run saved time.
            trained.config["training"]["eval_frequency"] = (
                asked_frequency or spacy.util.load_config(config)["training"]["eval_frequency"])
        return trained


class _WithoutPaths:
    """A stream that leaves out the lines naming ``hidden`` (a temporary directory, meaningless to a reader)."""

    def __init__(self, stream: TextIO, hidden: str) -> None:
        self.stream = stream
        self.hidden = hidden

    def write(self, text: str) -> int:
        return len(text) if self.hidden in text else self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()


@contextmanager
def _plain_unless_terminal(stream: TextIO) -> Iterator[None]:
    """No colour codes from wasabi (spaCy's printer) while training, when ``stream`` is a file or a pipe."""
    if is_terminal(stream):
        yield
        return
    shown, pretty, disabled = msg.show_color, msg.pretty, os.environ.get(ANSI_DISABLED)
    msg.show_color = msg.pretty = False  # pretty: its dividers are bold whatever show_color says
    os.environ[ANSI_DISABLED] = "1"  # the printers spaCy's loop and logger make while training
    try:
        yield
    finally:
        msg.show_color, msg.pretty = shown, pretty
        if disabled is None:
            os.environ.pop(ANSI_DISABLED, None)
        else:
            os.environ[ANSI_DISABLED] = disabled


def _run_spacy_training(config: Path, model_dir: Path, settings: dict[str, Any], gpu_id: int) -> None:
    """What ``spacy train`` does, less its lines about the (temporary) output directory."""
    from spacy.cli._util import setup_gpu, show_validation_error
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    with show_validation_error(config):
        loaded = spacy.util.load_config(config, overrides=settings, interpolate=False)
    model_dir.mkdir(parents=True, exist_ok=True)
    with _plain_unless_terminal(sys.stdout):
        setup_gpu(gpu_id)
        msg.divider("Initializing pipeline")
        with show_validation_error(config, hint_fill=False):
            nlp = init_nlp(loaded, use_gpu=gpu_id)
        msg.divider("Training pipeline")
        train_loop(nlp, model_dir, use_gpu=gpu_id, stdout=_WithoutPaths(sys.stdout, str(model_dir.parent)),
                   stderr=sys.stderr)


def _score_with(classifier: Language, paragraphs: list[LabelledParagraph]) -> list[dict[str, float]]:
    scorer = ThemeClassifier()
    scorer.classifier = classifier
    return scorer.score_texts(p.text for p in paragraphs)


FitAndScore = Callable[[list[LabelledParagraph], list[LabelledParagraph]], list[dict[str, float]]]


def out_of_fold_scores(paragraphs: list[LabelledParagraph], folds: int,
                       fit_and_score: FitAndScore) -> list[dict[str, float]]:
    """Each paragraph's scores from ``fit_and_score(inside, held)``, fitted without the paragraph's fold.

    Folds are drawn by document (``document_bucket``), so that no letter is on both sides;
    a fold that no document falls into is refused before anything is fitted.
    """
    buckets = [document_bucket(p, folds) for p in paragraphs]
    empty = sorted(set(range(folds)) - set(buckets))
    if empty:
        raise TrainingDataError(f"too few documents for {folds} folds: fold {empty[0] + 1} of {folds} holds none; "
                                "give paragraphs from more documents (doc_id) or fewer --folds")
    scores: list[dict[str, float]] = [{} for _ in paragraphs]
    for fold in range(folds):
        inside = [p for p, bucket in zip(paragraphs, buckets) if bucket != fold]
        outside = [i for i, bucket in enumerate(buckets) if bucket == fold]
        with _plain_unless_terminal(sys.stdout):
            msg.info(f"Fold {fold + 1} of {folds}: trained on {len(inside)} paragraphs, scoring {len(outside)}")
        for i, fold_scores in zip(outside, fit_and_score(inside, [paragraphs[i] for i in outside])):
            scores[i] = fold_scores
    return scores


def write_out_of_fold(path: Path, paragraphs: list[LabelledParagraph], scores: list[dict[str, float]]) -> None:
    """One JSON line per paragraph: its ``id``, ``doc_id``, ``source``, gold ``labels`` and out-of-fold ``scores``."""
    with path.open("w", encoding="utf-8") as out:
        for paragraph, paragraph_scores in zip(paragraphs, scores):
            out.write(json.dumps({"id": paragraph.paragraph_id, "doc_id": paragraph.document,
                                  "source": paragraph.origin, "labels": paragraph.labels,
                                  "scores": paragraph_scores}, ensure_ascii=False) + "\n")


def cross_validate_themes(
    config: Path, nlp: Language, paragraphs: list[LabelledParagraph], folds: int, gpu_id: int = -1,
    overrides: dict[str, Any] | None = None,
) -> list[dict[str, float]]:
    """Out-of-fold theme scores of the spaCy classifier (``out_of_fold_scores``).

    Each fold's classifier is the last after the config's epochs, as the final one is.
    """

    def fit_and_score(inside: list[LabelledParagraph], held: list[LabelledParagraph]) -> list[dict[str, float]]:
        return held_out_theme_scores(config, nlp, inside, held, gpu_id, overrides)

    return out_of_fold_scores(paragraphs, folds, fit_and_score)


def held_out_theme_scores(
    config: Path, nlp: Language, inside: list[LabelledParagraph], held: list[LabelledParagraph], gpu_id: int = -1,
    overrides: dict[str, Any] | None = None,
) -> list[dict[str, float]]:
    """The theme scores of ``held`` from a classifier trained on ``inside`` (the last after the config's epochs)."""
    classifier = _spacy_train(config, _theme_docs(nlp, inside), _theme_docs(nlp, held), gpu_id, overrides,
                              last=True)
    return _score_with(classifier, held)


def train(
    train_paths: list[Path],
    output_dir: Path,
    *,
    dev_paths: list[Path] | None = None,
    config: Path = DEFAULT_CONFIG,
    entity_config: Path = DEFAULT_ENTITY_CONFIG,
    base: str | Path | None = None,
    gpu_id: int = -1,
    overrides: dict[str, Any] | None = None,
    folds: int | None = None,
    missing_off_boundaries: bool = False,
) -> dict[str, dict[str, dict[str, float]]]:
    """Train what the data label, write a full pipeline to ``output_dir``; the dev reports are returned.

    Lines with ``labels`` train the theme classifier (``config``), lines with
    ``entities`` the entity recogniser (``entity_config``). Without dev files, 15%
    of the paragraphs (chosen by a hash of their document id or text, the same each
    run) are held out.

    With ``folds`` of 2 or more, the theme classifier is trained on the training and
    dev paragraphs together and its thresholds are chosen on their out-of-fold scores
    (``cross_validate_themes``): a dev split of a few hundred paragraphs holds only a
    handful of a rare theme, too few to place its threshold. The themes report is then
    the cross-validated one, and the out-of-fold scores are written beside the pipeline
    (``OUT_OF_FOLD_FILE``). Left out, ``folds`` is ``DEFAULT_FOLDS`` (the recipe the shipped
    model is made with), or 0 where the paragraphs come from too few documents for it.

    Beside ``themes``, the reports hold ``themes by source`` (where the lines name their
    source), ``thresholds from`` (what placed the theme thresholds) and ``warnings``: the themes with too
    few paragraphs to place a threshold. With ``missing_off_boundaries``, an entity span off token
    boundaries is left unlearnt (``_entity_docs``) and named in the warnings instead of stopping the run.
    """
    if folds is not None and (folds == 1 or folds < 0):
        raise TrainingDataError(f"--folds must be 0 (thresholds on dev) or at least 2, not {folds}")
    paragraphs = read_labelled(train_paths)
    if dev_paths:
        dev = read_labelled(dev_paths)
    else:
        held_out = [_held_out(p) for p in paragraphs]
        dev = [p for p, out in zip(paragraphs, held_out) if out]
        paragraphs = [p for p, out in zip(paragraphs, held_out) if not out]
    themed = [p for p in paragraphs if p.labels is not None]
    annotated = [p for p in paragraphs if p.entities is not None]
    themed_dev = [p for p in dev if p.labels is not None]
    annotated_dev = [p for p in dev if p.entities is not None]
    if themed and not themed_dev:
        raise TrainingDataError("no dev paragraphs with labels: give --dev or more training data")
    if annotated and not annotated_dev:
        raise TrainingDataError("no dev paragraphs with entities: give --dev or more training data")
    if folds is None:
        folds = DEFAULT_FOLDS
        if themed and len({document_bucket(p, folds) for p in themed + themed_dev}) < folds:
            folds = 0  # too few documents to fill every fold: the thresholds are chosen on dev
    base_nlp = pipeline.load(base) if base else pipeline.build()
    cross_validated = None
    by_source: dict[str, dict[str, dict[str, float]]] = {}
    warnings: list[str] = []
    if themed and folds >= 2:
        pooled = themed + themed_dev
        scores = cross_validate_themes(config, base_nlp, pooled, folds, gpu_id, overrides)
        thresholds = choose_thresholds(scores, [p.labels for p in pooled])
        # No paragraph is left to pick a checkpoint with: the last one is kept, as in the folds.
        classifier = _spacy_train(config, _theme_docs(base_nlp, pooled), _theme_docs(base_nlp, themed_dev),
                                  gpu_id, overrides, last=True)
    elif themed:
        classifier = _spacy_train(config, _theme_docs(base_nlp, themed), _theme_docs(base_nlp, themed_dev),
                                  gpu_id, overrides)
        thresholds = choose_thresholds(_score_with(classifier, themed_dev), [p.labels for p in themed_dev])
    if themed:
        if THEME_COMPONENT in base_nlp.pipe_names:
            base_nlp.remove_pipe(THEME_COMPONENT)
        component = base_nlp.add_pipe(THEME_COMPONENT)
        component.classifier = classifier
        component.thresholds = thresholds
        if folds >= 2:
            cross_validated = _theme_report(component, scores, pooled)
            by_source = source_reports(component, scores, pooled)
            warnings = threshold_warnings([p.labels for p in pooled], thresholds, "that placed the thresholds")
        else:
            warnings = threshold_warnings([p.labels for p in themed_dev], thresholds, "of dev")
    if annotated:
        off_boundaries: list[str] | None = [] if missing_off_boundaries else None
        recogniser = _spacy_train(entity_config, _entity_docs(base_nlp, annotated, off_boundaries=off_boundaries),
                                  _entity_docs(base_nlp, annotated_dev, off_boundaries=off_boundaries), gpu_id,
                                  overrides)
        if off_boundaries:
            warnings.append(f"{len(off_boundaries)} entity spans off token boundaries left unlearnt: "
                            + "; ".join(off_boundaries))
        if ENTITY_COMPONENT in base_nlp.pipe_names:
            base_nlp.remove_pipe(ENTITY_COMPONENT)
        # After the reference parser and the gazetteer, whose entities it keeps; before the acronym
        # rules, which read its guesses, and the id linker.
        after_ner = next(name for name in ("kst_acronyms", "kst_entity_ids") if name in base_nlp.pipe_names)
        base_nlp.add_pipe(ENTITY_COMPONENT, source=recogniser, before=after_ner)
    base_nlp.meta["name"] = base_nlp.meta.get("name") or pipeline.PIPELINE_NAME
    base_nlp.meta.update(pipeline.PIPELINE_META)
    base_nlp.meta["training_data"] = [path.as_posix() for path in [*train_paths, *(dev_paths or [])]]
    output_dir.mkdir(parents=True, exist_ok=True)
    base_nlp.to_disk(output_dir)
    if themed and folds >= 2:
        write_out_of_fold(output_dir / OUT_OF_FOLD_FILE, pooled, scores)
    reports: dict[str, Any] = evaluate(base_nlp, dev)
    if cross_validated:
        reports["themes"] = cross_validated
    if by_source:
        reports["themes by source"] = by_source
    if themed:
        reports["thresholds from"] = (f"{folds}-fold cross-validation on train and dev (the report above is "
                                      "out-of-fold)" if folds >= 2 else "dev")
    if warnings:
        reports["warnings"] = warnings
    return reports
