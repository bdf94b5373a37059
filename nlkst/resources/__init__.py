"""The data files of nlkst (word lists and tables, each with its source in ``README.md``) and the one reader of them.

Every module reads this folder through these functions, by ``importlib.resources``, so that a file is found in an
installed wheel as in a checkout (``pyproject.toml`` ships ``resources/*`` as package data):

- ``text(name)``: the whole file;
- ``lines(name)``: its lines stripped, blank lines and lines that open with ``#`` (a comment) left out;
- ``rows(name, sep)``: the same lines split at ``sep`` (a tab unless said) as written, so that an empty last
  column stays;
- ``table(name, delimiter)``: a file of comma- (or tab-) separated values with a header row, one dict a row.
"""

from __future__ import annotations

import csv
from importlib import resources


def text(name: str) -> str:
    """The whole data file ``name`` of this folder."""
    return resources.files(__name__).joinpath(name).read_text("utf-8")


def _kept(name: str) -> list[str]:
    return [line for line in text(name).splitlines() if line.strip() and not line.startswith("#")]


def lines(name: str) -> list[str]:
    """The lines of ``name``, stripped, without blank lines and comments (lines that open with ``#``)."""
    return [line.strip() for line in _kept(name)]


def rows(name: str, sep: str = "\t") -> list[list[str]]:
    """The lines of ``name`` without blank lines and comments, each split at ``sep`` as written (not stripped)."""
    return [line.split(sep) for line in _kept(name)]


def table(name: str, delimiter: str = ",") -> list[dict[str, str]]:
    """The rows of a file of separated values with a header row (``csv``), one dict a row."""
    return list(csv.DictReader(text(name).splitlines(), delimiter=delimiter))
