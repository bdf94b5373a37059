"""Batch annotation: documents in, one JSON record per document out, in order."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from spacy.language import Language
from spacy.tokens import Doc
from tqdm import tqdm

from . import components  # noqa: F401  (declares doc._.input_date)
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
    include_text: bool = False,
) -> Iterator[dict[str, Any]]:
    """Records for ``items`` in their order; unreadable ones become error records.

    ``include_text`` puts each document's text in its record (for ``nlkst report``).

    Documents stream through ``nlp.pipe``: nothing is held beyond one batch.
    """
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
    include_text: bool = False,
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

    records = annotate_documents(nlp, wanted(), n_process=n_process, batch_size=batch_size,
                                 include_text=include_text)
    for record in tqdm(records, desc="annotating", unit="doc", file=sys.stderr, disable=not progress):
        output.write(json.dumps(record, ensure_ascii=False) + "\n")
        output.flush()
        if "error" in record:
            summary.failed += 1
            print(f"nlkst: {record['error']}", file=sys.stderr)
        else:
            summary.written += 1
    return summary
