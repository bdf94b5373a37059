"""Keep memory that annotation frees for the next document, instead of handing it back to the system.

glibc's malloc returns the top of its heap to the system whenever more than 128 KiB of it is free,
and serves every request above a threshold that it adjusts as it goes with a fresh ``mmap``.
Annotating a corpus allocates and frees the same few hundred MB for every batch, so the process
asks the system for those pages again and again: 180,000 page faults on 480 SGD documents, and a
third of a second of system time (docs/scale.md). Keeping freed memory (a trim threshold and a
top pad well above one batch's need) cuts the faults to a tenth; the peak memory does not grow,
since the same memory is reused, and the records are the same.
"""

from __future__ import annotations

import ctypes
from functools import cache

# mallopt(3) parameters
_M_TRIM_THRESHOLD = -1
_M_TOP_PAD = -2
_M_MMAP_THRESHOLD = -3

_TRIM_THRESHOLD = 256 << 20  # free memory kept at the top of the heap before any is returned
_TOP_PAD = 64 << 20  # extra asked for each time the heap grows
_MMAP_THRESHOLD = 32 << 20  # only a request above this (glibc's largest allowed) gets its own mmap


@cache
def keep_freed_memory() -> bool:
    """Set malloc to keep freed memory (glibc only; elsewhere nothing is changed). True where it was set.

    Called by ``nlkst annotate`` and a Dask worker, processes that only annotate, not by the library's
    functions: a program that embeds nlkst keeps its own malloc settings. Once per process; a process
    forked after it (``nlkst annotate --n-process``) inherits it.
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the interpreter runs on
    except (OSError, AttributeError):  # a C library without mallopt (macOS), or none to open (Windows)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    settings = [(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD), (_M_TOP_PAD, _TOP_PAD), (_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)]
    return all(mallopt(parameter, value) == 1 for parameter, value in settings)
