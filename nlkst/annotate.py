"""Batch annotation: documents in, one JSON record per document out, in order."""

from __future__ import annotations

import json
import multiprocessing
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from spacy.language import Language
from tqdm import tqdm

from .io import ReadError, SourceDocument, passed_over, read_sources
from .records import doc_to_record, error_record


@dataclass
class AnnotationSummary:
    """What a batch did: how many documents were written, failed or skipped, and which files it passed over."""

    written: int = 0
    failed: int = 0
    skipped: int = 0
    passed_over: list[Path] = field(default_factory=list)


def annotate_documents(
    nlp: Language,
    items: Iterable[SourceDocument | ReadError],
    *,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[dict[str, Any]]:
    """Records for ``items`` in their order; unreadable ones become error records.

    Documents stream through ``nlp.pipe``: nothing is held beyond one batch. With
    ``n_process`` above 1, see ``_annotate_in_processes``.
    """
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from _annotate_in_processes(nlp, items, n_process, batch_size)
        return
    errors: deque[tuple[int, ReadError]] = deque()

    def texts() -> Iterator[tuple[str, tuple[int, SourceDocument]]]:
        for index, item in enumerate(items):
            if isinstance(item, ReadError):
                errors.append((index, item))
            else:
                yield item.text, (index, item)

    name = nlp.meta.get("name", "nlkst")
    for doc, (index, source) in nlp.pipe(texts(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        while errors and errors[0][0] < index:
            _, error = errors.popleft()
            yield error_record(error.id, error.source, error.error)
        yield doc_to_record(doc, source.id, source.source, name)
    for _, error in errors:
        yield error_record(error.id, error.source, error.error)


_FORKED_PIPELINE: list[Language] = []  # the pipeline a forked worker inherits


def _annotate_in_processes(
    nlp: Language, items: Iterable[SourceDocument | ReadError], n_process: int, batch_size: int
) -> Iterator[dict[str, Any]]:
    """Batches annotated in forked worker processes that build the records themselves, in order.

    spaCy's own ``nlp.pipe(n_process=...)`` sends every ``Doc`` back to this process as bytes,
    which then rebuilds it, word by word, only to turn it into a record: profiled, this
    process spent half as much time on that as each worker on annotating. Here the workers,
    forked with the pipeline already loaded, send the records. At most two batches per
    worker are in flight, so memory stays bounded on any number of documents.
    """
    _FORKED_PIPELINE[:] = [nlp]
    remaining = iter(items)
    batches = iter(lambda: list(islice(remaining, batch_size)), [])
    try:
        with multiprocessing.get_context("fork").Pool(n_process) as pool:
            pending: deque = deque()
            for batch in batches:
                pending.append(pool.apply_async(_annotate_batch_in_worker, (batch,)))
                if len(pending) >= 2 * n_process:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()
    finally:
        _FORKED_PIPELINE.clear()


def _annotate_batch_in_worker(batch: list[SourceDocument | ReadError]) -> list[dict[str, Any]]:
    return list(annotate_documents(_FORKED_PIPELINE[0], batch, batch_size=len(batch)))


def done_ids(path: Path) -> set[str]:
    """Ids already written to an output file, for ``--resume``."""
    ids: set[str] = set()
    if not path.exists():
        return ids
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut off when the last run was stopped
            if "error" not in record:
                ids.add(record["id"])
    return ids


def annotate_paths(
    nlp: Language,
    paths: Iterable[str | Path],
    output: TextIO,
    *,
    n_process: int = 1,
    batch_size: int = 16,
    skip_ids: set[str] | None = None,
    progress: bool = True,
) -> AnnotationSummary:
    """Annotate every document under ``paths`` and write JSON Lines to ``output`` as each finishes."""
    paths = list(paths)
    summary = AnnotationSummary(passed_over=passed_over(paths))
    skip_ids = skip_ids or set()

    # Written into a directory that is read, the output must not be read as a document.
    name = getattr(output, "name", None)
    own_output = [name] if isinstance(name, str) and not name.startswith("<") else []  # not "<stdout>"

    def wanted() -> Iterator[SourceDocument | ReadError]:
        for item in read_sources(paths, leave_out=own_output):
            if isinstance(item, SourceDocument) and item.id in skip_ids:
                summary.skipped += 1
                continue
            yield item

    records = annotate_documents(nlp, wanted(), n_process=n_process, batch_size=batch_size)
    for record in tqdm(records, desc="annotating", unit="doc", file=sys.stderr, disable=not progress):
        output.write(json.dumps(record, ensure_ascii=False) + "\n")
        output.flush()
        if "error" in record:
            summary.failed += 1
            print(f"nlkst: {record['error']}", file=sys.stderr)
        else:
            summary.written += 1
    return summary
