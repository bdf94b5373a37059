"""Which paragraphs to label next (``nlkst suggest``): the ones whose labels would teach the classifier most.

A paragraph teaches most where the classifier is least sure of a theme: its score for that
theme lies near the theme's threshold (measured in log-odds, so that 0.02 against a threshold
of 0.01 counts as close as 0.67 against 0.5). Taking the least sure paragraphs overall would
fill a batch with one theme and one long document, so the batch goes round the themes in
turn, each time taking the paragraph least sure for that theme, and takes at most
``per_document`` paragraphs of a document. Paragraphs already labelled (by id, or by text in
any of the ``labelled`` files) are never suggested.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path
from typing import Any
from collections.abc import Iterable, Sequence

from spacy.language import Language
from tqdm import tqdm

from .io import SourceDocument, read_sources
from .schema import PARAGRAPH_SPANS, THEME_LABELS

MIN_PARAGRAPH = 80  # characters; shorter paragraphs (headings, list stubs) teach little
THEME_COMPONENT = "kst_themes"


def _log_odds(probability: float) -> float:
    probability = min(max(probability, 1e-6), 1 - 1e-6)
    return math.log(probability / (1 - probability))


def uncertainty_order(scores: Sequence[dict[str, float]], thresholds: dict[str, float],
                      documents: Sequence[str], n: int, per_document: int = 1,
                      themes: Sequence[str] = THEME_LABELS) -> list[int]:
    """The indices of the ``n`` paragraphs to label next (see the module docstring), in the order chosen."""
    margins = {theme: sorted(range(len(scores)), key=lambda i: abs(_log_odds(scores[i].get(theme, 0.0))
                                                                     - _log_odds(thresholds.get(theme, 0.5))))
               for theme in themes}
    positions = {theme: 0 for theme in themes}
    chosen: list[int] = []
    taken: set[int] = set()
    per_doc: dict[str, int] = {}
    turn = passed = 0
    while len(chosen) < min(n, len(scores)):
        theme = themes[turn % len(themes)]
        turn += 1
        order = margins[theme]
        while positions[theme] < len(order) and order[positions[theme]] in taken:
            positions[theme] += 1
        position = positions[theme]  # a paragraph of a full document waits for the limit to rise
        while position < len(order) and (order[position] in taken
                                          or per_doc.get(documents[order[position]], 0) >= per_document):
            position += 1
        if position == len(order):
            passed += 1
            if passed == len(themes):  # every theme passed its turn: every document is at its limit
                per_document, passed = per_document + 1, 0
            continue
        index = order[position]
        chosen.append(index)
        taken.add(index)
        per_doc[documents[index]] = per_doc.get(documents[index], 0) + 1
        passed = 0
    return chosen


_SPACE = re.compile(r"\s+")


def _normalised(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def labelled_keys(paths: Iterable[str | Path]) -> set[str]:
    """The ids and normalised texts of every paragraph in labelled files (nlkst JSON Lines or a tool's export)."""
    from .train import read_labelled

    keys: set[str] = set()
    for paragraph in read_labelled(paths):
        keys.add(_normalised(paragraph.text))
        if paragraph.paragraph_id:
            keys.add(paragraph.paragraph_id)
    return keys


def candidate_paragraphs(nlp: Language, paths: Iterable[str | Path], *, progress: bool = True) -> list[dict[str, Any]]:
    """Every paragraph of the documents under ``paths`` as the pipeline cuts it, with its theme scores.

    A paragraph's ``source`` is its JSON Lines record's ``source`` where it has one, else the name of the path
    given (a corpus file or directory), so that ``nlkst train`` can report per source."""
    documents = [(item, item.meta.get("source") or Path(path).name) for path in paths
                 for item in read_sources([path]) if isinstance(item, SourceDocument)]
    paragraphs = []
    cutting = [name for name in ("kst_header", "kst_paragraphs") if name in nlp.pipe_names]
    with nlp.select_pipes(enable=cutting):
        docs = nlp.pipe(document.text for document, _ in documents)
        for (document, source), doc in tqdm(zip(documents, docs), total=len(documents), desc="reading", unit="doc",
                                            file=sys.stderr, disable=not progress):
            for span in doc.spans.get(PARAGRAPH_SPANS, []):
                if len(span.text) >= MIN_PARAGRAPH:
                    paragraphs.append({"id": f"{document.id}:{span.start_char}", "doc_id": document.id,
                                       "source": source,
                                       "start": span.start_char, "end": span.end_char, "text": span.text})
    scores = nlp.get_pipe(THEME_COMPONENT).score_texts(p["text"] for p in paragraphs)
    for paragraph, paragraph_scores in zip(paragraphs, scores):
        paragraph["scores"] = paragraph_scores
    return paragraphs


def suggest(nlp: Language, paths: Iterable[str | Path], n: int = 50, *, labelled: Iterable[str | Path] = (),
            per_document: int = 1, progress: bool = True) -> list[dict[str, Any]]:
    """The ``n`` paragraphs under ``paths`` to label next, by ``nlp``'s theme classifier; none already labelled."""
    if THEME_COMPONENT not in nlp.pipe_names:
        raise ValueError(f"the pipeline has no {THEME_COMPONENT} component: train one with `nlkst train`")
    known = labelled_keys(labelled) if labelled else set()
    candidates = [p for p in candidate_paragraphs(nlp, paths, progress=progress)
                  if p["id"] not in known and _normalised(p["text"]) not in known]
    unique: dict[str, dict[str, Any]] = {}
    for paragraph in candidates:  # boilerplate repeated across documents is offered once
        unique.setdefault(_normalised(paragraph["text"]), paragraph)
    candidates = list(unique.values())
    thresholds = nlp.get_pipe(THEME_COMPONENT).thresholds
    order = uncertainty_order([p["scores"] for p in candidates], thresholds, [p["doc_id"] for p in candidates], n,
                              per_document)
    return [{key: value for key, value in candidates[i].items() if key != "scores"} for i in order]


def write_jsonl(paragraphs: Iterable[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for paragraph in paragraphs:
            out.write(json.dumps(paragraph, ensure_ascii=False) + "\n")
