"""Throughput of the nlkst pipeline on the SGD corpus, against spaCy's own tokenizer.

Reports words per second, documents per second and peak memory for
``spacy.blank("nl")`` tokenizing the texts, for each nlkst component on its own,
for the reference parser alone (MB/s), and for the whole ``nlkst annotate``
command with 1 and 2 processes, start-up and JSON output included.

    python training/benchmark.py --shared ../shared [--limit N] [--model DIR] [--processes 1 2]
    python training/benchmark.py --shared ../shared --references-only   # the reference parser alone
    git show main:nlkst/references.py > /tmp/references_main.py
    python training/benchmark.py --shared ../shared --references-only --compare-with /tmp/references_main.py

The reference parser is timed best of three runs over the corpus (one core: it is plain Python),
beside spaCy's blank Dutch tokenizer on the same texts in the same run, so that the ratio holds
on a busier or faster machine than the MB/s does.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
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


def reference_speed(texts: list[str], megabytes: float, other: Path | None) -> None:
    """MB/s of ``parse_references`` and of spaCy's blank tokenizer on the same texts, best of three each."""
    blank = spacy.blank("nl")
    tokenizer = best_of(3, lambda: [blank.tokenizer(text) for text in texts])
    parse_references(texts[0])  # the law index loads on first use; not part of the scan
    references = best_of(3, lambda: [parse_references(text) for text in texts])
    print(f"spacy.blank(nl) tokenizer:  {megabytes / tokenizer:6.2f} MB/s")
    print(f"reference parsing:          {megabytes / references:6.2f} MB/s "
          f"({tokenizer / references:.2f}x the tokenizer's speed)")
    if other is not None:
        spec = importlib.util.spec_from_file_location("compared_references", other)
        if spec is None or spec.loader is None:
            raise SystemExit(f"error: cannot load {other}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        compared = best_of(3, lambda: [module.parse_references(text) for text in texts])
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
                        help="another version's references.py (one self-contained file), timed in the same run")
    args = parser.parse_args()
    corpus = args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl"
    texts = read_texts(corpus, args.limit)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} documents, {megabytes:.1f} MB, on {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}, spaCy {spacy.__version__}")

    if args.references_only:
        reference_speed(texts, megabytes, args.compare_with)
        return
    blank = spacy.blank("nl")
    start = time.perf_counter()
    words = sum(len(doc) for doc in blank.tokenizer.pipe(texts, batch_size=64))
    blank_seconds = time.perf_counter() - start
    print(f"\n{'step':<28} {'words/s':>12} {'docs/s':>12} {'seconds':>9}")
    print(f"{'spacy.blank(nl) tokenizer':<28} {rate(words, blank_seconds)} {rate(len(texts), blank_seconds)} "
          f"{blank_seconds:>9.1f}")

    nlp = nlkst.load(args.model)
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

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for number, text in enumerate(texts):
                out.write(json.dumps({"id": f"doc-{number}", "text": text}, ensure_ascii=False) + "\n")
        print(f"\n{'nlkst annotate (wall)':<28} {'words/s':>12} {'docs/s':>12} {'seconds':>9} {'peak MB':>8}")
        for processes in args.processes:
            command = [sys.executable, "-m", "nlkst", "annotate", str(source), "-o", str(Path(tmp) / "out.jsonl"),
                       "--n-process", str(processes), "--quiet"] + (["--model", str(args.model)] if args.model else [])
            start = time.perf_counter()
            subprocess.run(command, check=False)
            spent = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"{f'--n-process {processes}':<28} {rate(words, spent)} {rate(len(texts), spent)} {spent:>9.1f} "
                  f"{peak:>8.0f}")


if __name__ == "__main__":
    main()
