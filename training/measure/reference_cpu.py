"""CPU seconds of ``parse_references`` over the whole SGD pool (no header, no year), best of ``--repeat`` runs.

CPU time (``time.process_time``), not wall time: it moves less on a shared machine. It times the ``nlkst`` first on
``PYTHONPATH``; run it in turns with another version's package to compare (docs/references.md, Speed):

    git -C /work/main archive <commit> nlkst | tar -x -C /tmp/pkg-<commit>
    for turn in 1 2 3; do
        PYTHONPATH=/tmp/pkg-<commit> python training/measure/reference_cpu.py --shared ../shared
        PYTHONPATH=. python training/measure/reference_cpu.py --shared ../shared
    done
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path


def arguments(description: str) -> argparse.Namespace:
    """The two options both CPU timers take."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--repeat", type=int, default=3, help="runs over the pool; the fastest is kept")
    return parser.parse_args()


def time_over_pool(function: Callable[[str], object], shared: Path, repeat: int) -> tuple[int, float, float]:
    """Documents, megabytes and the fastest of ``repeat`` runs of ``function`` over the SGD pool, in CPU seconds."""
    with (shared / "corpora" / "sgd" / "sgd_ocr.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    for text in texts[:50]:  # the data files read on first use, outside the timing
        function(text)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            function(text)
        best = min(best, time.process_time() - start)
    return len(texts), megabytes, best


def main() -> None:
    args = arguments(__doc__)

    import nlkst
    from nlkst.references import parse_references

    documents, megabytes, best = time_over_pool(parse_references, args.shared, args.repeat)
    print(f"{nlkst.__file__}: {documents} documents, {megabytes:.1f} MB, {best:.3f} s CPU, {megabytes / best:.2f} MB/s")


if __name__ == "__main__":
    main()
