"""Scores for held-out data: per-label precision, recall and F1, ROC AUC, and a bootstrap interval for macro-F1.

Used by ``nlkst train`` and ``nlkst evaluate`` (``nlkst.train``) and by the measuring scripts under
``training/measure/``. The bootstrap draws whole documents, not paragraphs (``bootstrap_macro_f1``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy

from .schema import ENTITY_LABELS, THEME_LABELS

# A theme with fewer test paragraphs than this moves the macro-F1 by 0.02-0.03 with each one; the macro over the
# themes with at least this many is reported beside the plain one (the rule of the blind check on others' labels).
MIN_MACRO_EXAMPLES = 10


def prf(predicted: list[bool], actual: list[bool]) -> tuple[float, float, float]:
    """Precision, recall and F1 of yes/no predictions against the truth."""
    tp = sum(p and a for p, a in zip(predicted, actual))
    fp = sum(p and not a for p, a in zip(predicted, actual))
    fn = sum(a and not p for p, a in zip(predicted, actual))
    return prf_from_counts(tp, fp, fn)


def prf_from_counts(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives, false positives and false negatives (0 where undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_labels(predicted: list[list[str]], gold: list[list[str]],
                 labels: Sequence[str] = THEME_LABELS) -> dict[str, dict[str, float]]:
    """Per-label precision, recall, F1 and support for ``labels``, and their macro average."""
    report: dict[str, dict[str, float]] = {}
    for label in labels:
        p, r, f = prf([label in x for x in predicted], [label in g for g in gold])
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


def add_common_macro_f1(report: dict[str, dict[str, float]], predicted: list[list[str]], gold: list[list[str]],
                        groups: Sequence[str], minimum: int = MIN_MACRO_EXAMPLES) -> None:
    """The macro-F1 over the themes that at least ``minimum`` gold paragraphs carry (``f_common``, with
    ``f_common_low``, ``f_common_high`` and ``common_themes``), where some theme has fewer; ``add_macro_f1_interval``
    draws its interval with the other themes' labels removed."""
    kept = [label for label in THEME_LABELS if report[label]["support"] >= minimum]
    if not kept or len(kept) == len(THEME_LABELS):
        return
    macro = report["macro"]
    macro["f_common"] = sum(report[label]["f"] for label in kept) / len(kept)
    macro["common_themes"] = len(kept)
    only_kept = [[label for label in labels if label in kept] for labels in predicted], \
        [[label for label in labels if label in kept] for labels in gold]
    common = score_labels(*only_kept, labels=kept)
    add_macro_f1_interval(common, *only_kept, groups)
    if "f_low" in common["macro"]:
        macro["f_common_low"], macro["f_common_high"] = common["macro"]["f_low"], common["macro"]["f_high"]


def format_source_reports(reports: dict[str, dict[str, dict[str, float]]]) -> str:
    """One line per source: paragraphs, macro-F1 and each theme's F1 with its count of paragraphs (``-`` where the
    source has none and none is given)."""
    short = {label: label[:8] for label in THEME_LABELS}
    lines = [f"{'source':<20} {'n':>5} {'macro':>6} " + " ".join(f"{short[label]:>12}" for label in THEME_LABELS)]
    for source, report in reports.items():
        cells = " ".join(f"{report[label]['f']:>6.3f} ({int(report[label]['support']):>3})"
                         if label in report else f"{'-':>6} (  0)"
                         for label in THEME_LABELS)
        lines.append(f"{source:<20} {int(report['macro']['support']):>5} {report['macro']['f']:>6.3f} {cells}")
    return "\n".join(lines)


def format_report(report: dict[str, dict[str, float]]) -> str:
    """A report as a table: a row per label (P, R, F1, n, and AUC where scored), then the macro-F1 interval."""
    with_auc = any("auc" in row for row in report.values())
    lines = [f"{'label':<20} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}" + (f" {'AUC':>6}" if with_auc else "")]
    for label, row in report.items():
        auc = (f" {row['auc']:>6.3f}" if "auc" in row else f" {'-':>6}") if with_auc else ""
        lines.append(f"{label:<20} {row['p']:>6.3f} {row['r']:>6.3f} {row['f']:>6.3f} {int(row['support']):>5}{auc}")
    macro = report.get("macro", {})
    if "f_low" in macro:
        lines.append(f"macro-F1 95% interval {macro['f_low']:.3f}-{macro['f_high']:.3f} "
                     f"(bootstrap over {int(macro['documents'])} documents)")
    if "f_common" in macro:
        interval = (f" ({macro['f_common_low']:.3f}-{macro['f_common_high']:.3f})" if "f_common_low" in macro
                    else "")
        lines.append(f"macro-F1 over the {int(macro['common_themes'])} themes with at least {MIN_MACRO_EXAMPLES} "
                     f"paragraphs: {macro['f_common']:.3f}{interval}")
    return "\n".join(lines)


def format_reports(reports: dict[str, Any]) -> str:
    """The reports as ``train`` and ``evaluate`` print them: per task, then per source, then the warnings."""
    parts = []
    for task, report in reports.items():
        if task == "themes by source":
            parts.append(f"{task} (F1, with the number of paragraphs that carry the theme)\n"
                         f"{format_source_reports(report)}")
        elif task == "thresholds from":
            parts.append(f"theme thresholds chosen on {report}")
        elif task == "warnings":
            parts.append("warnings\n" + "\n".join(f"- {warning}" for warning in report))
        else:
            parts.append(f"{task}\n{format_report(report)}")
    return "\n\n".join(parts)


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
        precision, recall, f1 = prf_from_counts(tp, fp, fn)
        report[label] = {"p": precision, "r": recall, "f": f1, "support": tp + fn}
    report["macro"] = {key: sum(report[label][key] for label in ENTITY_LABELS) / len(ENTITY_LABELS)
                       for key in ("p", "r", "f")}
    report["macro"]["support"] = sum(report[label]["support"] for label in ENTITY_LABELS)
    return report
