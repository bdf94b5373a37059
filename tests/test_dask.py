"""Annotating on a Dask cluster gives the records of a local run, per partition, resumably.

A LocalCluster with two worker processes stands in for machines; the documents are 200 SGD
documents and a PDF saved under a directory that is read, which must come back as an error record.
"""

from __future__ import annotations

import json

import pytest
from conftest import SGD

from nlkst.annotate import annotate_documents
from nlkst.io import read_sources

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.shared

DOCUMENTS = 200
PARTITION_SIZE = 25


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  worker_class=distributed.Nanny) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    with SGD.open(encoding="utf-8") as handle:
        (folder / "sgd.jsonl").write_text("".join(next(handle) for _ in range(DOCUMENTS)), encoding="utf-8")
    # A scanned letter saved as PDF: not readable, it must become an error record in its place.
    (folder / "zz-scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    return folder


@pytest.fixture(scope="module")
def local_records(corpus, nlp):
    return list(annotate_documents(nlp, read_sources([corpus])))


@pytest.fixture(scope="module")
def dask_run(client, corpus, tmp_path_factory):
    """One run of the corpus on the cluster: its output folder and summary, read by two tests (the second on a
    copy), so that the 200 documents are annotated on the workers once for both."""
    from nlkst.distributed import annotate_on_dask

    output = tmp_path_factory.mktemp("dask") / "out"
    summary = annotate_on_dask([corpus], output, scheduler=client, partition_size=PARTITION_SIZE, progress=False)
    return output, summary


def read_partitions(folder):
    return [json.loads(line) for part in sorted(folder.glob("part-*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()]


def test_two_workers_write_the_records_of_a_local_run(client, dask_run, local_records):
    output, summary = dask_run

    assert len(list(output.glob("part-*.jsonl"))) == -(-(DOCUMENTS + 1) // PARTITION_SIZE)
    assert read_partitions(output) == local_records
    assert (summary.written, summary.failed) == (DOCUMENTS, 1)
    assert "PDF" in read_partitions(output)[-1]["error"]
    # Both workers took part, and each loaded the pipeline once.
    loaded = client.run(lambda: len(__import__("nlkst.distributed").distributed._PIPELINES))
    assert sorted(loaded.values()) == [1, 1]


def test_a_resumed_run_writes_only_the_missing_partitions(client, corpus, dask_run, local_records, tmp_path):
    import shutil

    from nlkst.distributed import annotate_on_dask

    output = tmp_path / "out"
    shutil.copytree(dask_run[0], output)  # the whole run's partitions, as the first test read them
    # A run stopped part way: two partitions never written, one left half-written under its temporary name.
    (output / "part-00002.jsonl").unlink()
    (output / "part-00005.jsonl").rename(output / "part-00005.jsonl.partial")
    kept = {part.name: part.stat().st_mtime_ns for part in output.glob("part-*.jsonl")}

    summary = annotate_on_dask([corpus], output, scheduler=client, partition_size=PARTITION_SIZE, resume=True,
                               progress=False)

    assert summary.skipped == DOCUMENTS + 1 - 2 * PARTITION_SIZE
    assert summary.written == 2 * PARTITION_SIZE
    assert {name: (output / name).stat().st_mtime_ns for name in kept} == kept
    assert read_partitions(output) == local_records
    assert not list(output.glob("*.partial"))

    with pytest.raises(ValueError, match="another partition size"):
        annotate_on_dask([corpus], output, scheduler=client, partition_size=10, resume=True, progress=False)
    with pytest.raises(FileExistsError, match="--resume"):
        annotate_on_dask([corpus], output, scheduler=client, partition_size=PARTITION_SIZE, progress=False)


def test_the_cli_annotates_on_a_scheduler_address(client, corpus, local_records, tmp_path):
    from typer.testing import CliRunner

    from nlkst.cli import app

    output = tmp_path / "out"
    result = CliRunner().invoke(app, ["annotate", str(corpus), "-o", str(output), "--quiet",
                                      "--dask-scheduler", client.scheduler.address])
    assert result.exit_code == 1, result.output  # the PDF failed, as in a local run
    assert f"{DOCUMENTS} annotated, 1 failed" in result.output
    assert read_partitions(output) == local_records


def test_a_document_the_pipeline_fails_on_becomes_an_error_record(corpus, local_records, nlp, monkeypatch):
    """One document that breaks the pipeline costs that document, not its partition."""
    import nlkst.distributed as dist

    items = list(read_sources([corpus]))[:5]
    broken = items[2].id
    real = dist.annotate_documents

    def failing(nlp, documents):
        if any(document.id == broken for document in documents):
            raise RuntimeError("E999 a component failed")
        return real(nlp, documents)

    monkeypatch.setattr(dist, "annotate_documents", failing)
    monkeypatch.setitem(dist._PIPELINES, None, nlp)
    records = dist.annotate_partition(items)

    assert [r["id"] for r in records] == [item.id for item in items]
    assert "annotation failed: RuntimeError: E999" in records[2]["error"]
    assert records[:2] + records[3:] == local_records[:2] + local_records[3:5]


def test_annotate_bag_maps_rows_to_records(client, local_records):
    import dask.bag

    from nlkst.distributed import annotate_bag

    with SGD.open(encoding="utf-8") as handle:
        rows = [json.loads(next(handle)) for _ in range(6)]
    bag = dask.bag.from_sequence([{"id": row["id"], "text": row["text"]} for row in rows], npartitions=2)
    records = annotate_bag(bag).compute()
    assert [r["id"] for r in records] == [r["id"] for r in local_records[:6]]
    assert [r["paragraphs"] for r in records] == [r["paragraphs"] for r in local_records[:6]]
