"""CPU seconds of ``parse_header`` over the whole SGD pool, best of ``--repeat`` runs (``reference_cpu.py``'s shape).

CPU time (``time.process_time``), not wall time: it moves less on a shared machine. It times the ``nlkst`` first on
``PYTHONPATH``; run it in turns with another version's package to compare (docs/headers.md):

    git -C /work/main archive <commit> nlkst | tar -x -C /tmp/pkg-<commit>
    for turn in 1 2 3; do
        PYTHONPATH=/tmp/pkg-<commit> python training/measure/header_cpu.py --shared ../shared
        PYTHONPATH=. python training/measure/header_cpu.py --shared ../shared
    done
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--repeat", type=int, default=3, help="runs over the pool; the fastest is kept")
    args = parser.parse_args()

    import nlkst
    from nlkst.header import parse_header

    with (args.shared / "corpora" / "sgd" / "sgd_ocr.jsonl").open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    for text in texts[:50]:  # the data files read on first use, outside the timing
        parse_header(text)
    best = float("inf")
    for _ in range(args.repeat):
        start = time.process_time()
        for text in texts:
            parse_header(text)
        best = min(best, time.process_time() - start)
    print(f"{nlkst.__file__}: {len(texts)} documents, {megabytes:.1f} MB, {best:.3f} s CPU, "
          f"{megabytes / best:.2f} MB/s, {len(texts) / best:.0f} documents/s")


if __name__ == "__main__":
    main()
