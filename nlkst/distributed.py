"""Run nlkst inside a distributed engine: a batched map function for ``datasets`` (or Dask, Ray).

Each worker process loads the pipeline once, on its first batch, and turns a
batch of ``{"id", "text"}`` rows into section-6 records serialised as JSON, the
same lines ``nlkst annotate`` writes. Example for one large machine::

    from datasets import load_dataset
    from nlkst.distributed import annotate_batch

    corpus = load_dataset("json", data_files="../shared/corpora/sgd/sgd_ocr.jsonl", split="train")
    annotated = corpus.map(annotate_batch, batched=True, batch_size=32, num_proc=8,
                           remove_columns=corpus.column_names)
    annotated.to_json("sgd.annotated.jsonl")  # one "record" column, one JSON line per document

On a cluster the same function maps over partitions: with Dask,
``bag.map_partitions(lambda rows: annotate_batch(...)["record"])``; with Ray Data,
``dataset.map_batches(annotate_batch, batch_format="numpy")``.
"""

from __future__ import annotations

import json
from typing import Any

from spacy.language import Language

from .annotate import annotate_documents
from .io import ReadError, SourceDocument

_PIPELINES: dict[str | None, Language] = {}


def _pipeline(model: str | None) -> Language:
    if model not in _PIPELINES:
        from .pipeline import load

        _PIPELINES[model] = load(model)
    return _PIPELINES[model]


def annotate_batch(batch: dict[str, list[Any]], model: str | None = None) -> dict[str, list[str]]:
    """``{"id": [...], "text": [...]}`` in, ``{"record": [json line, ...]}`` out, in the same order."""
    sources = batch.get("url") or batch.get("source") or batch["id"]
    # Other columns (a "date" above all, for office holders) are the rows' metadata, passed through.
    columns = [name for name in batch if name not in {"id", "text"}]
    items = [
        SourceDocument(doc_id, text, source, {name: batch[name][i] for name in columns})
        if isinstance(text, str) and text.strip()
        else ReadError(doc_id, source, "the document has no text")
        for i, (doc_id, source, text) in enumerate(zip(batch["id"], sources, batch["text"]))
    ]
    records = annotate_documents(_pipeline(model), items)
    return {"record": [json.dumps(record, ensure_ascii=False) for record in records]}
