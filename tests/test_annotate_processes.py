"""Annotating in worker processes writes, in order, the records of one process."""

from __future__ import annotations

import pytest
from conftest import SEEDS, SGD

from nlkst.annotate import annotate_documents
from nlkst.io import read_sources

pytestmark = pytest.mark.shared


def test_two_processes_give_the_records_of_one_in_order(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with SGD.open(encoding="utf-8") as handle:
        (folder / "a-sgd.jsonl").write_text("".join(next(handle) for _ in range(30)), encoding="utf-8")
    for seed in sorted(SEEDS.glob("*.txt")):
        (folder / f"b-{seed.name}").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "c-empty.txt").write_text("", encoding="utf-8")  # an error record, between documents
    (folder / "d-scan.pdf").write_bytes(b"%PDF-1.4\n")

    items = list(read_sources([folder]))
    one = list(annotate_documents(nlp, items, n_process=1, batch_size=4))
    two = list(annotate_documents(nlp, items, n_process=2, batch_size=4))

    assert two == one
    assert sum("error" in record for record in two) == 2
    assert [record["id"] for record in two] == [item.id for item in items]
