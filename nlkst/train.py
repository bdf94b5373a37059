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
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterable, Sequence

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from wasabi import msg

from . import pipeline
from .components.themes import ThemeClassifier
from .schema import ENTITY_LABELS, THEME_LABELS

# Shipped inside the package, so that ``nlkst train`` finds them when installed from a wheel.
CONFIGS = Path(str(resources.files("nlkst.configs")))
DEFAULT_CONFIG = CONFIGS / "themes_cpu.cfg"
DEFAULT_ENTITY_CONFIG = CONFIGS / "ner_cpu.cfg"
THEME_COMPONENT = "kst_themes"
ENTITY_COMPONENT = "ner"


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


def _entity_docs(nlp: Language, paragraphs: list[LabelledParagraph]) -> DocBin:
    """Paragraphs with their gold entities; a span off token boundaries is an error naming its line.

    ``REF`` spans are marked missing rather than taught: the reference parser owns that
    label, and the recogniser only has to leave those tokens alone.
    """
    docs = DocBin()
    for paragraph in paragraphs:
        doc = nlp.make_doc(paragraph.text)
        spans, references = [], []
        for start, end, label in paragraph.entities or []:
            span = doc.char_span(start, end, label=label)
            if span is None:
                raise TrainingDataError(f"{paragraph.source}: entity {paragraph.text[start:end]!r} does not "
                                        "start and end on token boundaries")
            (references if label == "REF" else spans).append(span)
        doc.set_ents(spans, missing=references, default="outside")
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
    return _prf_from_counts(tp, fp, fn)


def _prf_from_counts(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_labels(predicted: list[list[str]], gold: list[list[str]],
                 labels: Sequence[str] = THEME_LABELS) -> dict[str, dict[str, float]]:
    """Per-label precision, recall, F1 and support for ``labels``, and their macro average."""
    report: dict[str, dict[str, float]] = {}
    for label in labels:
        p, r, f = _prf([label in x for x in predicted], [label in g for g in gold])
        report[label] = {"p": p, "r": r, "f": f, "support": sum(label in g for g in gold)}
    report["macro"] = {key: sum(report[label][key] for label in labels) / len(labels) for key in ("p", "r", "f")}
    report["macro"]["support"] = len(gold)
    return report


def add_roc_auc(report: dict[str, dict[str, float]], scores: list[dict[str, float]],
                gold: list[list[str]]) -> None:
    """Each theme's ROC AUC beside its P/R/F1, and their mean in the macro row: how well the scores rank
    the paragraphs whatever the thresholds. A theme that all or none of the paragraphs carry has none."""
    from sklearn.metrics import roc_auc_score

    aucs = []
    for label in THEME_LABELS:
        actual = [label in labels for labels in gold]
        if any(actual) and not all(actual):
            report[label]["auc"] = float(roc_auc_score(actual, [s.get(label, 0.0) for s in scores]))
            aucs.append(report[label]["auc"])
    if aucs:
        report["macro"]["auc"] = sum(aucs) / len(aucs)


def document_draws(documents: int, resamples: int, seed: int = 0) -> numpy.ndarray:
    """For each resample, how often each document is drawn (``documents`` draws with replacement)."""
    return numpy.random.default_rng(seed).multinomial(documents, [1 / documents] * documents, size=resamples)


def bootstrap_macro_f1(predicted: list[list[str]], gold: list[list[str]], groups: Sequence[str],
                       resamples: int = 1000, seed: int = 0) -> numpy.ndarray:
    """The macro-F1 of each of ``resamples`` draws of whole documents with replacement.

    Paragraphs of one letter share its subject, so the letters are drawn, not the
    paragraphs (``groups`` names each paragraph's document). The same groups and seed give
    the same draws, so two classifiers' arrays can be subtracted draw by draw. A draw's
    macro is taken over the labels that its gold or its predictions use: a draw without
    any rol_politiek paragraph says nothing of how rol_politiek is found.
    """
    names = sorted(set(groups))
    document = numpy.searchsorted(names, groups)
    wanted = numpy.array([[label in labels for label in THEME_LABELS] for labels in gold])
    given = numpy.array([[label in labels for label in THEME_LABELS] for labels in predicted])
    by_document = []
    for outcome in (given & wanted, given & ~wanted, ~given & wanted):  # true pos., false pos., false neg.
        counts = numpy.zeros((len(names), len(THEME_LABELS)))
        numpy.add.at(counts, document, outcome)
        by_document.append(counts)
    draws = document_draws(len(names), resamples, seed)
    tp, fp, fn = (draws @ counts for counts in by_document)
    used = (tp + fp + fn) > 0
    with numpy.errstate(divide="ignore", invalid="ignore"):  # a label unused in a draw, a draw using none: nan
        f1 = numpy.where(tp > 0, 2 * tp / (2 * tp + fp + fn), 0.0)
        return (f1 * used).sum(axis=1) / used.sum(axis=1)


def add_macro_f1_interval(report: dict[str, dict[str, float]], predicted: list[list[str]], gold: list[list[str]],
                          groups: Sequence[str], resamples: int = 1000, seed: int = 0) -> None:
    """A 95% interval for the macro-F1 in the macro row (``f_low``, ``f_high``), from ``bootstrap_macro_f1``.

    None where there is nothing to draw from: a single document, or no label in gold or predictions.
    """
    documents = len(set(groups))
    macro = bootstrap_macro_f1(predicted, gold, groups, resamples, seed) if documents > 1 else numpy.array([])
    macro = macro[~numpy.isnan(macro)]
    if not len(macro):
        return
    report["macro"]["f_low"], report["macro"]["f_high"] = (float(x) for x in numpy.percentile(macro, [2.5, 97.5]))
    report["macro"]["documents"] = documents


def _theme_report(component: ThemeClassifier, scores: list[dict[str, float]],
                  paragraphs: list[LabelledParagraph]) -> dict[str, dict[str, float]]:
    """P/R/F1 of the labels ``component`` gives for ``scores``, with ROC AUC and the macro-F1 interval."""
    predicted, gold = [component.labels_for(s) for s in scores], [p.labels for p in paragraphs]
    report = score_labels(predicted, gold)
    add_roc_auc(report, scores, gold)
    add_macro_f1_interval(report, predicted, gold, [document_key(p) for p in paragraphs])
    return report


def format_report(report: dict[str, dict[str, float]]) -> str:
    with_auc = any("auc" in row for row in report.values())
    lines = [f"{'label':<20} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}" + (f" {'AUC':>6}" if with_auc else "")]
    for label, row in report.items():
        auc = (f" {row['auc']:>6.3f}" if "auc" in row else f" {'-':>6}") if with_auc else ""
        lines.append(f"{label:<20} {row['p']:>6.3f} {row['r']:>6.3f} {row['f']:>6.3f} {int(row['support']):>5}{auc}")
    macro = report.get("macro", {})
    if "f_low" in macro:
        lines.append(f"macro-F1 95% interval {macro['f_low']:.3f}-{macro['f_high']:.3f} "
                     f"(bootstrap over {int(macro['documents'])} documents)")
    return "\n".join(lines)


def format_reports(reports: dict[str, dict[str, dict[str, float]]]) -> str:
    return "\n\n".join(f"{task}\n{format_report(report)}" for task, report in reports.items())


def score_entities(
    predicted: list[set[tuple[int, int, str]]], gold: list[set[tuple[int, int, str]]]
) -> dict[str, dict[str, float]]:
    """Exact-span precision, recall and F1 per entity label, and their macro average."""
    report: dict[str, dict[str, float]] = {}
    for label in ENTITY_LABELS:
        tp = fp = fn = 0
        for found, wanted in zip(predicted, gold):
            found_label = {e for e in found if e[2] == label}
            wanted_label = {e for e in wanted if e[2] == label}
            tp += len(found_label & wanted_label)
            fp += len(found_label - wanted_label)
            fn += len(wanted_label - found_label)
        precision, recall, f1 = _prf_from_counts(tp, fp, fn)
        report[label] = {"p": precision, "r": recall, "f": f1, "support": tp + fn}
    report["macro"] = {key: sum(report[label][key] for label in ENTITY_LABELS) / len(ENTITY_LABELS)
                       for key in ("p", "r", "f")}
    report["macro"]["support"] = sum(report[label]["support"] for label in ENTITY_LABELS)
    return report


def evaluate(nlp: Language, paragraphs: list[LabelledParagraph]) -> dict[str, dict[str, dict[str, float]]]:
    """Scores for what the data label: ``themes`` for lines with labels, ``entities`` for lines with entities.

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
    from spacy.cli.train import train as spacy_train

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
        spacy_train(config, tmp_path / "model", overrides=settings, use_gpu=gpu_id)
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
        msg.info(f"Fold {fold + 1} of {folds}: trained on {len(inside)} paragraphs, scoring {len(outside)}")
        for i, fold_scores in zip(outside, fit_and_score(inside, [paragraphs[i] for i in outside])):
            scores[i] = fold_scores
    return scores


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
    folds: int = 0,
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
    the cross-validated one.
    """
    if folds == 1 or folds < 0:
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
    base_nlp = pipeline.load(base) if base else pipeline.build()
    cross_validated = None
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
    if annotated:
        recogniser = _spacy_train(entity_config, _entity_docs(base_nlp, annotated),
                                  _entity_docs(base_nlp, annotated_dev), gpu_id, overrides)
        if ENTITY_COMPONENT in base_nlp.pipe_names:
            base_nlp.remove_pipe(ENTITY_COMPONENT)
        # After the reference parser and the gazetteer, whose entities it keeps; before the id linker.
        base_nlp.add_pipe(ENTITY_COMPONENT, source=recogniser, before="kst_entity_ids")
    base_nlp.meta["name"] = base_nlp.meta.get("name") or pipeline.PIPELINE_NAME
    output_dir.mkdir(parents=True, exist_ok=True)
    base_nlp.to_disk(output_dir)
    reports = evaluate(base_nlp, dev)
    if cross_validated:
        reports["themes"] = cross_validated
    return reports
