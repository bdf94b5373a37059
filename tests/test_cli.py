"""`nlkst annotate` end to end: JSON Lines out, bad files reported, nothing lost."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from conftest import SEEDS
from typer.testing import CliRunner

from nlkst.cli import app

runner = CliRunner()


def test_annotate_seeds_writes_section_6_records(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["annotate", str(SEEDS), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["kst-31490-271", "kst-31490-312"]
    for record in records:
        assert set(record) == {"id", "source", "header", "entities", "references", "paragraphs", "pipeline"}
        assert record["pipeline"]["name"] == "nlkst_default"
    text = (SEEDS / "kst-31490-312.txt").read_text(encoding="utf-8")
    first = records[1]["paragraphs"][0]
    assert text[first["start"]:first["end"]].startswith("Bij het debat over de regeringsverklaring")


def test_bad_files_give_error_lines_in_order_and_nonzero_exit(tmp_path):
    shutil.copy(SEEDS / "kst-31490-271.txt", tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes("Financiën".encode("cp1252"))
    shutil.copy(SEEDS / "kst-31490-312.txt", tmp_path / "c.txt")
    (tmp_path / "d.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["annotate", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                                 str(tmp_path / "c.txt"), str(tmp_path / "d.txt"), "-o", str(out), "--quiet"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c", "d"]
    assert "error" in records[1] and "b.txt" in records[1]["error"]
    assert "error" in records[3] and "d.txt" in records[3]["error"]
    assert records[2]["header"]["ondernummer"] == "312"


def test_files_a_directory_holds_that_are_not_read_are_named_not_lost(tmp_path):
    shutil.copy(SEEDS / "kst-31490-271.txt", tmp_path / "kst-31490-271.txt")
    (tmp_path / "downloads").mkdir()
    shutil.copy(SEEDS / "kst-31490-312.txt", tmp_path / "downloads" / "kst-31490-312")  # saved without a suffix
    (tmp_path / "README.md").write_text("Brieven van de minister, gedownload in 2022.", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")  # a hidden file is not a document
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["annotate", str(tmp_path), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["kst-31490-271"]
    notice = next(line for line in result.output.splitlines() if "passed over" in line)
    assert "passed over 2 files" in notice and "README.md" in notice
    assert str(tmp_path / "downloads" / "kst-31490-312") in notice and ".DS_Store" not in notice
    # The output lies in the directory read: it is not read back as a corpus, now or when resuming.
    again = runner.invoke(app, ["annotate", str(tmp_path), "-o", str(out), "--resume", "--quiet"])
    assert again.exit_code == 0 and "0 annotated, 0 failed, 1 skipped" in again.output


def test_resume_skips_documents_already_written(tmp_path):
    out = tmp_path / "out.jsonl"
    runner.invoke(app, ["annotate", str(SEEDS / "kst-31490-271.txt"), "-o", str(out), "--quiet"])
    result = runner.invoke(app, ["annotate", str(SEEDS), "-o", str(out), "--resume", "--quiet"])
    assert result.exit_code == 0
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["kst-31490-271", "kst-31490-312"]


def test_python_m_nlkst_runs_with_two_processes(tmp_path):
    out = tmp_path / "out.jsonl"
    completed = subprocess.run(
        [sys.executable, "-m", "nlkst", "annotate", str(SEEDS), "-o", str(out), "--n-process", "2", "--quiet"],
        capture_output=True, text=True, timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
