"""`nlkst annotate` end to end: JSON Lines out, bad files reported, nothing lost."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from conftest import SEEDS, SGD
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
    assert "passed over 2 files of kinds" in notice and "README.md" in notice
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


NLKST = [sys.executable, "-m", "nlkst"]


@pytest.fixture
def no_loading(monkeypatch):
    """Fails a test if the pipeline is loaded: user errors are said before those seconds."""
    import nlkst.pipeline

    def load(*args, **kwargs):
        raise AssertionError("the pipeline was loaded before the user error was reported")

    monkeypatch.setattr(nlkst.pipeline, "load", load)


@pytest.mark.parametrize(("arguments", "said"), [
    (["annotate", "{tmp}/kst-31490-312.txt", "-o", "{tmp}/out.jsonl"], "kst-31490-312.txt: no such file or directory"),
    (["annotate", "{seeds}", "-o", "{tmp}/out.jsonl", "--model", "{tmp}/models/mine"],
     "--model {tmp}/models/mine: no such pipeline directory; give a directory written by `nlkst train`"),
    (["annotate", "{seeds}", "-o", "{tmp}/out.jsonl", "--model", "{seeds}"], "is not a saved pipeline"),
    (["annotate", "{seeds}", "-o", "{tmp}"], "is a directory: give a file name"),
    (["annotate", "{seeds}", "--resume"], "--resume needs the output file"),
    (["annotate", "{tmp}/empty", "-o", "{tmp}/out.jsonl"], "no documents to annotate: {tmp}/empty holds no files"),
    (["summarize", "{seeds}/kst-31490-271.txt"], "kst-31490-271.txt:1 is not a JSON line; summarize reads"),
    (["summarize", "{sgd}"], "sgd_ocr.jsonl:1 is JSON but not a record of `nlkst annotate`"),
    (["summarize", "{tmp}/out.jsonl"], "out.jsonl: no such file"),
    (["evaluate", "{themes}", "--model", "{tmp}/nope"], "--model {tmp}/nope: no such pipeline directory"),
])
def test_user_errors_are_one_line_and_exit_2_before_the_pipeline_loads(tmp_path, no_loading, arguments, said):
    (tmp_path / "empty").mkdir()
    names = {"tmp": tmp_path, "seeds": SEEDS, "sgd": SGD,
             "themes": Path(__file__).resolve().parents[1] / "corpora" / "themes" / "test.jsonl"}
    result = runner.invoke(app, [argument.format(**names) for argument in arguments])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and result.output.startswith("nlkst: "), result.output
    assert said.format(**names) in result.output
    assert "Traceback" not in result.output and not list((tmp_path / "empty").iterdir())


def test_output_directory_is_created_and_one_file_passed_over_is_singular(tmp_path):
    shutil.copy(SEEDS / "kst-31490-271.txt", tmp_path / "kst-31490-271.txt")
    (tmp_path / "README.md").write_text("Brief van de minister, gedownload in 2022.", encoding="utf-8")
    out = tmp_path / "out" / "2022" / "seeds.jsonl"  # neither directory exists
    result = runner.invoke(app, ["annotate", str(tmp_path), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "kst-31490-271"
    assert "passed over 1 file of kinds nlkst does not read" in result.output


def test_resume_after_a_run_killed_mid_write_loses_and_doubles_nothing(tmp_path):
    corpus = tmp_path / "sgd.jsonl"
    with SGD.open(encoding="utf-8") as handle:
        corpus.write_text("".join(next(handle) for _ in range(60)), encoding="utf-8")
    ids = [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    out = tmp_path / "out.jsonl"
    run = subprocess.Popen([*NLKST, "annotate", str(corpus), "-o", str(out), "--batch-size", "1", "--quiet"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 600
    while not (out.exists() and out.read_bytes().count(b"\n") >= 3) and time.monotonic() < deadline:
        assert run.poll() is None, run.stderr.read().decode()
        time.sleep(0.01)
    run.send_signal(signal.SIGKILL)
    run.wait()
    written = out.read_bytes()
    lines = written.count(b"\n")
    assert 3 <= lines < len(ids), "the run was not stopped part-way"
    # SIGKILL inside a write leaves the last record cut off; make sure this run's output ends so.
    last_start = written.rstrip(b"\n").rfind(b"\n") + 1
    torn = written[:last_start] + written[last_start:last_start + (len(written) - last_start) // 2]
    out.write_bytes(torn)
    torn_id = json.loads(written[last_start:])["id"]
    result = subprocess.run([*NLKST, "annotate", str(corpus), "-o", str(out), "--resume", "--quiet"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "dropped a half-written last line" in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]  # every line is JSON
    assert sorted(r["id"] for r in records) == sorted(ids)  # every document, exactly once
    assert records[lines - 1]["id"] == torn_id  # the torn record's document, annotated again first
    assert f"{len(ids) - (lines - 1)} annotated, 0 failed, {lines - 1} skipped" in result.stderr


def test_progress_on_a_terminal_has_a_total_and_keeps_errors_off_the_bar(tmp_path):
    shutil.copy(SEEDS / "kst-31490-271.txt", tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes("Financiën".encode("cp1252"))
    shutil.copy(SEEDS / "kst-31490-312.txt", tmp_path / "c.txt")
    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal 100 wide
    run = subprocess.Popen([*NLKST, "annotate", str(tmp_path), "-o", str(tmp_path / "out.jsonl")],
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=terminal)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closes when the run ends
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    assert run.wait(timeout=600) == 1
    pieces = [piece.strip() for piece in shown.decode().replace("\r", "\n").split("\n")]
    assert pieces[0].startswith("nlkst: loading the pipeline")
    assert any(piece.startswith("annotating: 100%") and "3/3" in piece for piece in pieces)  # the total
    # a third done, and the time left
    assert any(piece.startswith("annotating:  33%") and "1/3 [" in piece and "<" in piece for piece in pieces)
    error = next(piece for piece in pieces if "b.txt" in piece)
    assert error.startswith("nlkst: ") and "not UTF-8" in error  # a line of its own, not after the bar


def test_progress_into_a_file_is_plain_lines(tmp_path):
    shutil.copy(SEEDS / "kst-31490-271.txt", tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes("Financiën".encode("cp1252"))
    log = tmp_path.parent / f"{tmp_path.name}.log"  # not in the directory read
    with log.open("w") as stderr:
        code = subprocess.run([*NLKST, "annotate", str(tmp_path), "-o", str(tmp_path / "out.jsonl")],
                              stdout=subprocess.DEVNULL, stderr=stderr, timeout=600).returncode
    assert code == 1
    text = log.read_text(encoding="utf-8")
    assert "\r" not in text and "\x1b" not in text
    assert text.splitlines()[0].startswith("nlkst: loading the pipeline")
    assert any(line.startswith("nlkst: ") and "b.txt: not UTF-8" in line for line in text.splitlines())
    assert text.splitlines()[-1] == "nlkst: 1 annotated, 1 failed, 0 skipped (already done)"


def test_make_demo_installs_the_core_package_and_make_test_the_extras(tmp_path):
    root = Path(__file__).resolve().parents[1]
    # Under `make test` this runs inside make: its MAKEFLAGS and MAKELEVEL are not this plan's.
    environment = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MAKELEVEL", "MFLAGS"}}

    def planned(target):
        return subprocess.run(["make", "--no-print-directory", "-n", target, f"VENV={tmp_path}/venv"], cwd=root,
                              env=environment, capture_output=True, text=True, check=True).stdout
    demo = planned("demo")
    installs = [line for line in demo.splitlines() if "pip install" in line]
    assert installs[-1].endswith("pip install -q -e .") and not any("[" in line for line in installs)
    assert 'pip install -q -e ".[test]"' in planned("test")


def test_progress_off_a_terminal_writes_plain_lines_with_the_total_and_time_left():
    import io

    from nlkst.progress import Progress

    log = io.StringIO()  # not a terminal
    with Progress(4, desc="annotating", unit="doc", stream=log, interval=0) as progress:
        progress.leave_out()  # a document already done (--resume) leaves the total
        progress.update()
        progress.write("nlkst: b.txt: not UTF-8")
        progress.update()
    lines = log.getvalue().splitlines()
    assert lines[0].startswith("annotating:  33% 1/3 [") and "<" in lines[0]  # elapsed<left
    assert lines[1] == "nlkst: b.txt: not UTF-8" and lines[2].startswith("annotating:  67% 2/3 [")
    assert "\r" not in log.getvalue() and "\x1b" not in log.getvalue()
