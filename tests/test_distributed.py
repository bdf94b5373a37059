"""The datasets.map example gives the same records as nlkst annotate, with two worker processes."""

from __future__ import annotations

import json

from conftest import SGD

from nlkst.annotate import annotate_documents
from nlkst.distributed import annotate_batch
from nlkst.io import read_sources


def test_datasets_map_with_two_processes_matches_annotate(tmp_path, nlp):
    from datasets import load_dataset

    sample = tmp_path / "sample.jsonl"
    with SGD.open(encoding="utf-8") as handle:
        sample.write_text("".join(next(handle) for _ in range(12)), encoding="utf-8")
    corpus = load_dataset("json", data_files=str(sample), split="train", cache_dir=str(tmp_path / "cache"))
    annotated = corpus.map(annotate_batch, batched=True, batch_size=4, num_proc=2,
                           remove_columns=corpus.column_names)
    records = [json.loads(line) for line in annotated["record"]]
    expected = list(annotate_documents(nlp, read_sources([sample])))
    assert [r["id"] for r in records] == [r["id"] for r in expected]
    for got, want in zip(records, expected):
        assert got["header"] == want["header"]
        assert got["references"] == want["references"]
        assert [p["start"] for p in got["paragraphs"]] == [p["start"] for p in want["paragraphs"]]
