"""Run nlkst inside a distributed engine: ``datasets.map`` on one machine, Dask across several.

Each worker process loads the pipeline once, on its first task, and keeps it.

On one large machine, ``annotate_batch`` is a batched map function for ``datasets``::

    from datasets import load_dataset
    from nlkst.distributed import annotate_batch

    corpus = load_dataset("json", data_files="../shared/corpora/sgd/sgd_ocr.jsonl", split="train")
    annotated = corpus.map(annotate_batch, batched=True, batch_size=32, num_proc=8,
                           remove_columns=corpus.column_names)
    annotated.to_json("sgd.annotated.jsonl")  # one "record" column, one JSON line per document

On a Dask cluster (``pip install "nlkst[dask]"``), ``annotate_on_dask`` annotates files
and directories and writes one JSON Lines file per partition, resumably; it is what
``nlkst annotate --dask-scheduler tcp://HOST:8786 -o DIR`` runs. ``annotate_bag`` maps a
``dask.bag`` of ``{"id", "text"}`` rows (or of ``SourceDocument``) to records, for a bag
built some other way. See docs/scale.md for starting a scheduler and workers.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from tqdm import tqdm

from .annotate import AnnotationSummary, annotate_documents
from .io import ReadError, SourceDocument, passed_over, read_sources
from .records import error_record

if TYPE_CHECKING:
    import dask.bag

_PIPELINES: dict[str | None, Language] = {}
_LOADING = threading.Lock()  # a worker with several threads loads the pipeline once, not once per thread

PARTITION_SIZE = 64
MANIFEST = "manifest.json"


def _pipeline(model: str | None) -> Language:
    with _LOADING:
        if model not in _PIPELINES:
            from .memory import keep_freed_memory
            from .pipeline import load

            keep_freed_memory()  # a worker process only annotates (nlkst.memory)
            _PIPELINES[model] = load(model)
        return _PIPELINES[model]


def annotate_batch(batch: dict[str, list[Any]], model: str | None = None) -> dict[str, list[str]]:
    """``{"id": [...], "text": [...]}`` in, ``{"record": [json line, ...]}`` out, in the same order."""
    sources = batch.get("url") or batch.get("source") or batch["id"]
    # Other columns (a "date" above all, for office holders) are the rows' metadata, passed through.
    columns = [name for name in batch if name not in {"id", "text"}]
    items = [_row_item(doc_id, text, source, {name: batch[name][i] for name in columns})
             for i, (doc_id, source, text) in enumerate(zip(batch["id"], sources, batch["text"]))]
    records = annotate_documents(_pipeline(model), items)
    return {"record": [json.dumps(record, ensure_ascii=False) for record in records]}


def _row_item(doc_id: str, text: Any, source: str, meta: dict[str, Any] | None = None) -> SourceDocument | ReadError:
    if isinstance(text, str) and text.strip():
        return SourceDocument(doc_id, text, source, meta or {})
    return ReadError(doc_id, source, "the document has no text")


def annotate_partition(items: list[SourceDocument | ReadError | dict[str, Any]],
                       model: str | None = None) -> list[dict[str, Any]]:
    """The records of one partition, in order; a document the pipeline fails on becomes an error record.

    Rows may be ``SourceDocument``/``ReadError`` or dicts with ``id``, ``text`` and
    optionally ``source``. One bad document must not cost the partition, so when the
    batch raises, the documents are annotated one at a time to find it.
    """
    documents = [item if isinstance(item, SourceDocument | ReadError)
                 else _row_item(item["id"], item.get("text"), item.get("source", item["id"]),
                                {k: v for k, v in item.items() if k not in {"id", "text", "source"}})
                 for item in items]
    nlp = _pipeline(model)
    try:
        return list(annotate_documents(nlp, documents))
    except Exception:  # noqa: BLE001 -- found again below, one document at a time
        records = []
        for document in documents:
            try:
                records.extend(annotate_documents(nlp, [document]))
            except Exception as error:  # noqa: BLE001 -- recorded, as the contract asks
                records.append(error_record(document.id, document.source,
                                            f"{document.source}: annotation failed: {type(error).__name__}: {error}"))
        return records


def annotate_bag(bag: dask.bag.Bag, model: str | None = None) -> dask.bag.Bag:
    """A bag of records (dicts, as ``nlkst annotate`` writes them) from a bag of documents, partition by partition.

    Write it with ``bag.map(json.dumps, ensure_ascii=False).to_textfiles("out/*.jsonl")``
    (every worker must then see ``out/``); ``annotate_on_dask`` writes on the client instead.
    """
    return bag.map_partitions(annotate_partition, model)


def partition_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def annotate_on_dask(
    paths: Iterable[str | Path],
    output_dir: str | Path,
    *,
    scheduler: str | Any,
    model: str | None = None,
    partition_size: int = PARTITION_SIZE,
    resume: bool = False,
    progress: bool = True,
) -> AnnotationSummary:
    """Annotate every document under ``paths`` on a Dask cluster; one JSON Lines file per partition.

    ``scheduler`` is an address (``tcp://HOST:8786``) or a ``distributed.Client``. The
    documents are read here, in ``read_sources`` order, and cut into partitions of
    ``partition_size``; partition *k* is written to ``output_dir/part-k.jsonl`` here (the
    workers need no shared disk) once all its records are back, under a temporary name
    first, so a file that exists is complete. Reading ``part-*.jsonl`` in name order gives
    the lines a local ``nlkst annotate`` run writes. With ``resume``, partitions already
    written are skipped; ``manifest.json`` records the partition size and input, and a
    resumed run on other input or with another size is refused rather than mixed in.
    At most two partitions per worker thread are in flight, so memory stays bounded.
    """
    from distributed import Client, as_completed

    paths = list(paths)
    output_dir = Path(output_dir)
    if output_dir.exists() and not output_dir.is_dir():
        raise NotADirectoryError(f"{output_dir} is a file: with a Dask scheduler, -o names a directory, "
                                 "which gets one part-NNNNN.jsonl per partition")
    for path in map(Path, paths):
        if path.is_dir() and output_dir.resolve().is_relative_to(path.resolve()):
            raise ValueError(f"{output_dir} lies inside {path}, which is read: its partitions would be read "
                             "back as documents; write them elsewhere")
    output_dir.mkdir(parents=True, exist_ok=True)
    summary = AnnotationSummary(passed_over=passed_over(paths))
    _check_manifest(output_dir, paths, partition_size, resume)

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        limit = max(2, 2 * sum(client.nthreads().values()))
        partitions = _partitions(read_sources(paths), partition_size)
        pending = as_completed()
        in_flight = 0
        indices: dict[str, int] = {}
        bar = tqdm(desc="annotating", unit="doc", file=sys.stderr, disable=not progress)

        def submit_more() -> None:
            nonlocal in_flight
            for index, items in partitions:
                if resume and (output_dir / partition_name(index)).exists():
                    summary.skipped += len(items)
                    bar.update(len(items))
                    continue
                future = client.submit(annotate_partition, items, model, pure=False)
                indices[future.key] = index
                pending.add(future)
                in_flight += 1
                if in_flight >= limit:
                    return

        submit_more()
        for future in pending:
            records = future.result()
            in_flight -= 1
            _write_partition(output_dir, indices.pop(future.key), records)
            for record in records:
                if "error" in record:
                    summary.failed += 1
                    print(f"nlkst: {record['error']}", file=sys.stderr)
                else:
                    summary.written += 1
            bar.update(len(records))
            future.release()
            submit_more()
        bar.close()
    finally:
        if client is not scheduler:
            client.close()
    return summary


def _partitions(items: Iterable[SourceDocument | ReadError], size: int) -> Iterator[tuple[int, list]]:
    iterator = iter(items)
    index = 0
    while chunk := list(islice(iterator, size)):
        yield index, chunk
        index += 1


def _write_partition(output_dir: Path, index: int, records: list[dict[str, Any]]) -> None:
    final = output_dir / partition_name(index)
    partial = final.with_suffix(".jsonl.partial")
    with partial.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    os.replace(partial, final)


def _check_manifest(output_dir: Path, paths: list[str | Path], partition_size: int, resume: bool) -> None:
    """Write what this run reads; on ``resume``, refuse to mix partitions of another input or size."""
    manifest = {"inputs": sorted(str(Path(p).resolve()) for p in paths), "partition_size": partition_size}
    manifest["key"] = hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()[:16]
    manifest_path = output_dir / MANIFEST
    written = list(output_dir.glob("part-*.jsonl"))
    if written and not resume:
        raise FileExistsError(f"{output_dir} already holds {len(written)} partitions: give --resume to finish "
                              "that run, or another directory")
    if resume and manifest_path.exists():
        before = json.loads(manifest_path.read_text(encoding="utf-8"))
        if before.get("key") != manifest["key"]:
            raise ValueError(f"{output_dir} holds a run over other input or another partition size "
                             f"({before.get('inputs')}, {before.get('partition_size')} per partition): "
                             "resume it with the same paths, or write to another directory")
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
