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

import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # training/ from the checkout; nlkst from PYTHONPATH first
from training.measure.reference_cpu import arguments, time_over_pool  # noqa: E402


def main() -> None:
    args = arguments(__doc__)

    import nlkst
    from nlkst.header import parse_header

    documents, megabytes, best = time_over_pool(parse_header, args.shared, args.repeat)
    print(f"{nlkst.__file__}: {documents} documents, {megabytes:.1f} MB, {best:.3f} s CPU, "
          f"{megabytes / best:.2f} MB/s, {documents / best:.0f} documents/s")


if __name__ == "__main__":
    main()
