"""Batch annotation: documents in, one JSON record per document out, in order."""

from __future__ import annotations

import json
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (declares doc._.input_date)
from .io import ReadError, SourceDocument, count_documents, passed_over, read_sources
from .progress import Progress
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
    include_text: bool = False,
) -> Iterator[dict[str, Any]]:
    """Records for ``items`` in their order; unreadable ones become error records.

    ``include_text`` puts each document's text in its record (for ``nlkst report``).

    Documents stream through ``nlp.pipe``: nothing is held beyond one batch. With
    ``n_process`` above 1, see ``_annotate_in_processes``.
    """
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from _annotate_in_processes(nlp, items, n_process, batch_size, include_text)
        return
    errors: deque[tuple[int, ReadError]] = deque()

    def texts() -> Iterator[tuple[Doc, tuple[int, SourceDocument]]]:
        for index, item in enumerate(items):
            if isinstance(item, ReadError):
                errors.append((index, item))
            else:
                doc = nlp.make_doc(item.text)
                # the input's own date, for office holders where the header gives none (section 7)
                doc._.input_date = item.meta.get("date")
                yield doc, (index, item)

    name = nlp.meta.get("name", "nlkst")
    for doc, (index, source) in nlp.pipe(texts(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        while errors and errors[0][0] < index:
            _, error = errors.popleft()
            yield error_record(error.id, error.source, error.error)
        yield doc_to_record(doc, source.id, source.source, name, meta=source.meta, include_text=include_text)
    for _, error in errors:
        yield error_record(error.id, error.source, error.error)


_FORKED_PIPELINE: list[Language] = []  # the pipeline a forked worker inherits


def _annotate_in_processes(
    nlp: Language, items: Iterable[SourceDocument | ReadError], n_process: int, batch_size: int,
    include_text: bool = False,
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
                pending.append(pool.apply_async(_annotate_batch_in_worker, (batch, include_text)))
                if len(pending) >= 2 * n_process:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()
    finally:
        _FORKED_PIPELINE.clear()


def _annotate_batch_in_worker(batch: list[SourceDocument | ReadError], include_text: bool) -> list[dict[str, Any]]:
    return list(annotate_documents(_FORKED_PIPELINE[0], batch, batch_size=len(batch), include_text=include_text))


class OutputFileError(ValueError):
    """An output file to resume that ``nlkst annotate`` did not write."""


def resume_output(path: Path) -> tuple[set[str], int]:
    """For ``--resume``: the ids already written to ``path``, after cutting a torn last line.

    Records are written a whole line at a time, so a run stopped part-way (SIGKILL, a full
    disk, a power cut) can leave only its last line half written. That document is not
    among the ids and is annotated again, so cutting the fragment loses nothing; left in
    place, the next record would be appended to it and both would be broken. Error records
    are not counted as done: their documents are tried again. Returns the ids and the
    number of bytes cut. A file whose finished lines are not records is refused, untouched.
    """
    if not path.exists():
        return set(), 0
    data = path.read_bytes()
    keep = data.rfind(b"\n") + 1  # 0 where no line was ever finished
    ids: set[str] = set()
    for number, line in enumerate(data[:keep].split(b"\n"), start=1):
        if not line.strip():
            continue
        record = _record(line)
        if record is None:
            raise OutputFileError(f"{path}:{number} is not a record written by `nlkst annotate`; --resume adds "
                                  "to such a file: give its name, or leave --resume out to start afresh")
        if "error" not in record:
            ids.add(record["id"])
    tail = _record(data[keep:]) if keep < len(data) else None
    with path.open("rb+") as handle:
        if tail is not None:
            handle.seek(0, 2)
            handle.write(b"\n")  # whole but for its newline: kept, and the next record starts a line
            if "error" not in tail:
                ids.add(tail["id"])
            return ids, 0
        handle.truncate(keep)
    return ids, len(data) - keep


def _record(line: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(line)
    except ValueError:  # broken JSON, or bytes cut inside a character
        return None
    return record if isinstance(record, dict) and isinstance(record.get("id"), str) else None


def annotate_paths(
    nlp: Language,
    paths: Iterable[str | Path],
    output: TextIO,
    *,
    n_process: int = 1,
    batch_size: int = 16,
    skip_ids: set[str] | None = None,
    progress: bool = True,
    include_text: bool = False,
) -> AnnotationSummary:
    """Annotate every document under ``paths`` and write JSON Lines to ``output`` as each finishes.

    Progress goes to stderr (``nlkst.progress.Progress``), with the total counted before
    the first document is read; an unreadable document's message goes there too, on a
    line of its own.
    """
    paths = list(paths)
    summary = AnnotationSummary(passed_over=passed_over(paths))
    skip_ids = skip_ids or set()

    # Written into a directory that is read, the output must not be read as a document.
    name = getattr(output, "name", None)
    own_output = [name] if isinstance(name, str) and not name.startswith("<") else []  # not "<stdout>"
    bar = Progress(count_documents(paths, leave_out=own_output), desc="annotating", unit="doc", enabled=progress)

    def wanted() -> Iterator[SourceDocument | ReadError]:
        for item in read_sources(paths, leave_out=own_output):
            if isinstance(item, SourceDocument) and item.id in skip_ids:
                summary.skipped += 1
                bar.leave_out()
                continue
            yield item

    with bar:
        records = annotate_documents(nlp, wanted(), n_process=n_process, batch_size=batch_size,
                                     include_text=include_text)
        for record in records:
            # One write of the whole line: a run stopped part-way leaves at most a torn last line.
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
            output.flush()
            bar.update()
            if "error" in record:
                summary.failed += 1
                bar.write(f"nlkst: {record['error']}")
            else:
                summary.written += 1
    return summary
