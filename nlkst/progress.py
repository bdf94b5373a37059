"""Progress on stderr that suits where stderr goes: a bar on a terminal, plain lines in a log."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tqdm import tqdm


def is_terminal(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal, where redrawing a line in place shows rather than litters."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Progress:
    """Counts documents against a known total, and keeps messages off the bar's line.

    On a terminal it is a tqdm bar with the total and the time left. Redirected to a file
    or a pipe, where a bar's carriage returns would fill the log with redraws, it writes a
    plain line (count, total, rate, time left) at most every ``interval`` seconds.
    ``write`` prints a message on a line of its own in both cases, and also when the
    progress itself is switched off (``enabled=False``).
    """

    def __init__(self, total: int | None, *, desc: str, unit: str, enabled: bool = True,
                 stream: TextIO | None = None, interval: float = 30.0) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.desc = desc
        self.unit = unit
        self.enabled = enabled
        self.interval = interval
        self.count = 0
        self._started = self._last_line = time.monotonic()
        self._bar = (tqdm(total=total, desc=desc, unit=unit, file=self.stream, dynamic_ncols=True)
                     if enabled and is_terminal(self.stream) else None)

    def update(self, n: int = 1) -> None:
        self.count += n
        if self._bar is not None:
            self._bar.update(n)
        elif self.enabled and time.monotonic() - self._last_line >= self.interval:
            self._line()

    def leave_out(self, n: int = 1) -> None:
        """Take ``n`` from the total: documents that need no work (``--resume``), lest they skew the time left."""
        if self.total is None:
            return
        self.total -= n
        if self._bar is not None:
            self._bar.total = self.total
            self._bar.refresh()

    def write(self, message: str) -> None:
        if self._bar is not None:
            self._bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()

    def _line(self) -> None:
        self._last_line = time.monotonic()
        meter = tqdm.format_meter(self.count, self.total, self._last_line - self._started, prefix=self.desc,
                                  unit=self.unit, ncols=0)
        print(meter.strip(), file=self.stream, flush=True)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
