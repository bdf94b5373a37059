"""Throughput of the nlkst pipeline on the SGD corpus, against spaCy's own tokenizer.

Reports words per second, documents per second and peak memory for
``spacy.blank("nl")`` tokenizing the texts, for each nlkst component on its own,
for the reference parser alone (MB/s), and for the whole ``nlkst annotate``
command with 1 and 2 processes, start-up and JSON output included, as a ratio to the
blank tokenizer's time in the same run. On a shared machine each of those is timed
``--repeat`` times and the fastest kept; the peak memory of the largest process of each
annotate run comes from ``/usr/bin/time -v`` where it is installed.

    python training/measure/benchmark.py --shared ../shared [--limit N] [--model DIR] [--processes 1 2] [--repeat 3]
    python training/measure/benchmark.py --shared ../shared --python /tmp/wheel-env/bin/python  # as users run it
    python training/measure/benchmark.py --shared ../shared --references-only   # the reference parser alone
    git show main:nlkst/references.py > /tmp/references_main.py
    python training/measure/benchmark.py --shared ../shared --references-only --compare-with /tmp/references_main.py

Where PyTorch is installed (the ``test`` extras), ``import spacy`` imports it through thinc: seconds of
start-up and hundreds of MB in every annotate run that a user of the core package never pays. The
header says whether the interpreter that runs ``nlkst annotate`` has it; ``--python`` names another
interpreter for those runs (a virtual environment installed from the wheel, see docs/install.md).

The reference parser is timed best of three runs over the corpus (one core: it is plain Python),
beside spaCy's blank Dutch tokenizer on the same texts in the same run, so that the ratio holds
on a busier or faster machine than the MB/s does.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

import nlkst
from nlkst.references import parse_references


def read_texts(corpus: Path, limit: int | None) -> list[str]:
    texts = []
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def rate(count: float, seconds: float) -> str:
    return f"{count / seconds:>12,.0f}"


def best_of(runs: int, work) -> float:
    """The fastest of ``runs`` timings of ``work()``: the one least disturbed by other processes."""
    spent = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        spent.append(time.perf_counter() - start)
    return min(spent)


def _load_other(other: Path):
    """Another version's parser: one self-contained ``references.py``, or a copy of the ``nlkst`` package (a
    directory; ``git archive <commit> nlkst | tar -x -C /tmp/old``), loaded under a name of its own."""
    if other.is_dir():
        spec = importlib.util.spec_from_file_location("compared_nlkst", other / "__init__.py",
                                                      submodule_search_locations=[str(other)])
    else:
        spec = importlib.util.spec_from_file_location("compared_references", other)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: cannot load {other}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    if other.is_dir():  # the package's own __init__ is not run: it would register the same spaCy factories again
        return importlib.import_module("compared_nlkst.references")
    spec.loader.exec_module(module)
    return module


def reference_speed(texts: list[str], megabytes: float, other: Path | None) -> None:
    """MB/s of ``parse_references`` and of spaCy's blank tokenizer on the same texts, best of three each; another
    version's parser, if given, is timed in turns with this one."""
    blank = spacy.blank("nl")
    tokenizer = best_of(3, lambda: [blank.tokenizer(text) for text in texts])
    parse_references(texts[0])  # the law index loads on first use; not part of the scan
    module = _load_other(other) if other is not None else None
    if module is not None:
        module.parse_references(texts[0])
    references = compared = float("inf")
    for _ in range(3):  # in turns, so that a change in the machine's load falls on both alike
        references = min(references, best_of(1, lambda: [parse_references(text) for text in texts]))
        if module is not None:
            compared = min(compared, best_of(1, lambda: [module.parse_references(text) for text in texts]))
    print(f"spacy.blank(nl) tokenizer:  {megabytes / tokenizer:6.2f} MB/s")
    print(f"reference parsing:          {megabytes / references:6.2f} MB/s "
          f"({tokenizer / references:.2f}x the tokenizer's speed)")
    if module is not None:
        print(f"{str(other)[-26:]:<27} {megabytes / compared:6.2f} MB/s "
              f"(this parser is {compared / references:.2f}x as fast)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument("--processes", type=int, nargs="*", default=[1, 2],
                        help="process counts for the annotate runs; none: skip them")
    parser.add_argument("--model", type=Path, default=None, help="pipeline directory; default: the shipped one")
    parser.add_argument("--references-only", action="store_true", help="time the reference parser alone")
    parser.add_argument("--compare-with", type=Path, default=None,
                        help="another version's references.py (one self-contained file) or a copy of its nlkst "
                        "package (a directory), timed in the same run")
    parser.add_argument("--repeat", type=int, default=3, help="time the tokenizer and each annotate run this often, "
                        "keep the fastest")
    parser.add_argument("--python", type=Path, default=Path(sys.executable),
                        help="the interpreter that runs `nlkst annotate` (one with nlkst installed); default: this one")
    parser.add_argument("--components", action=argparse.BooleanOptionalAction, default=True,
                        help="time each component in process")
    args = parser.parse_args()
    corpus = args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl"
    texts = read_texts(corpus, args.limit)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} documents, {megabytes:.1f} MB, on {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}, spaCy {spacy.__version__}")
    if args.processes:
        has_torch = subprocess.run([str(args.python), "-c", "import importlib.util, sys; "
                                    "sys.exit(importlib.util.find_spec('torch') is None)"]).returncode == 0
        torch = "installed, imported at start-up" if has_torch else "absent"
        print(f"nlkst annotate runs in {args.python}: PyTorch {torch}")

    if args.references_only:
        reference_speed(texts, megabytes, args.compare_with)
        return
    words, blank_seconds, blank_cpu = blank_tokenizer_time(texts)
    print(f"\n{'step':<28} {'words/s':>12} {'docs/s':>12} {'seconds':>9}")
    print(f"{'spacy.blank(nl) tokenizer':<28} {rate(words, blank_seconds)} {rate(len(texts), blank_seconds)} "
          f"{blank_seconds:>9.1f}")

    if args.components:
        time_components(args.model, texts, words, blank_seconds, megabytes)

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for number, text in enumerate(texts):
                out.write(json.dumps({"id": f"doc-{number}", "text": text}, ensure_ascii=False) + "\n")
        results = {}
        for processes in args.processes:
            command = [str(args.python), "-m", "nlkst", "annotate", str(source), "-o", str(Path(tmp) / "out.jsonl"),
                       "--n-process", str(processes), "--quiet"] + (["--model", str(args.model)] if args.model else [])
            runs = []
            for _ in range(args.repeat):
                # The tokenizer is timed again beside each run, so that both see the machine as it is then.
                _, wall, cpu = blank_tokenizer_time(texts)
                blank_seconds, blank_cpu = min(blank_seconds, wall), min(blank_cpu, cpu)
                runs.append(timed_run(command))
            results[processes] = min(runs)
    print(f"\n{'nlkst annotate (wall)':<28} {'words/s':>12} {'docs/s':>12} {'seconds':>9} {'peak MB':>8} "
          f"{'x blank':>8} {'CPU s':>7} {'CPU x':>6}")
    for processes, (spent, peak, cpu) in results.items():
        print(f"{f'--n-process {processes}':<28} {rate(words, spent)} {rate(len(texts), spent)} {spent:>9.1f} "
              f"{peak:>8.0f} {spent / blank_seconds:>8.1f} {cpu:>7.1f} {cpu / blank_cpu:>6.1f}")
    print(f"x blank: wall seconds over the blank tokenizer's fastest wall time in this run ({blank_seconds:.2f} s); "
          f"CPU x: CPU seconds of all the run's processes over the tokenizer's CPU time ({blank_cpu:.2f} s); "
          "peak MB: the largest process")


def blank_tokenizer_time(texts: list[str]) -> tuple[int, float, float]:
    """Words, wall seconds and CPU seconds of a fresh ``spacy.blank("nl")`` tokenizer (cold cache, as nlkst's
    run starts)."""
    blank = spacy.blank("nl")
    start, start_cpu = time.perf_counter(), time.process_time()
    words = sum(len(doc) for doc in blank.tokenizer.pipe(texts, batch_size=64))
    return words, time.perf_counter() - start, time.process_time() - start_cpu


def timed_run(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds of ``command``, start-up included, the peak resident memory (MB) of its largest process,
    and the CPU seconds (user and system) of all its processes."""
    gnu_time = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as report:
        wrapped = [gnu_time, "-v", "-o", report.name, *command] if gnu_time else command
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(wrapped, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        spent = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report.read()) if gnu_time else None
    peak_kb = int(found.group(1)) if found else after.ru_maxrss
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return spent, peak_kb / 1024, cpu


def time_components(model: Path | None, texts: list[str], words: int, blank_seconds: float,
                    megabytes: float) -> None:
    nlp = nlkst.load(model)
    start = time.perf_counter()
    docs = list(nlp.tokenizer.pipe(texts, batch_size=64))
    seconds = {"tokenizer": time.perf_counter() - start}
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = [component(doc) for doc in docs] if not hasattr(component, "pipe") else list(component.pipe(docs))
        seconds[name] = time.perf_counter() - start
    for name, spent in seconds.items():
        print(f"{'nlkst ' + name:<28} {rate(words, spent)} {rate(len(texts), spent)} {spent:>9.1f}")
    total = sum(seconds.values())
    print(f"{'nlkst pipeline, in process':<28} {rate(words, total)} {rate(len(texts), total)} {total:>9.1f}"
          f"   ({total / blank_seconds:.1f}x the blank tokenizer)")

    start = time.perf_counter()
    for text in texts:
        parse_references(text)
    spent = time.perf_counter() - start
    print(f"\nreference parsing alone: {megabytes / spent:.2f} MB/s")
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
