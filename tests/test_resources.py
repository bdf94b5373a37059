"""``nlkst.resources``: the one reader of the package's data files (k-res, 6 December 2026)."""

from __future__ import annotations

import re
from importlib import resources as importlib_resources
from pathlib import Path

import pytest

from nlkst import resources

PACKAGE = Path(resources.__file__).parents[1]
DATA_FILES = sorted(entry.name for entry in importlib_resources.files("nlkst.resources").iterdir()
                    if entry.is_file() and entry.name.endswith((".txt", ".tsv", ".csv")))


@pytest.mark.parametrize("name", DATA_FILES)
def test_lines_leave_out_comments_and_blank_lines(name: str) -> None:
    written = resources.text(name).splitlines()
    kept = resources.lines(name)
    assert all(line and line == line.strip() and not line.startswith("#") for line in kept)
    assert len(kept) == sum(1 for line in written if line.strip() and not line.startswith("#"))


def test_rows_split_each_line_at_the_tab() -> None:
    # heading_kinds.tsv: pattern, doc_type and, for a row of `other` that heads a stuk, `stuk`
    rows = resources.rows("heading_kinds.tsv")
    assert rows and all(2 <= len(row) <= 3 for row in rows)
    assert any(row[1:] == ["other", "stuk"] for row in rows)
    assert resources.rows("months.tsv")[0] == resources.lines("months.tsv")[0].split("\t")


def test_table_reads_a_header_row() -> None:
    portfolios = resources.table("portfolios.csv")
    assert portfolios and {"key", "portfolio"} <= set(portfolios[0])
    laws = resources.table("laws.tsv", delimiter="\t")
    assert laws and {"name", "bwb_id"} <= set(laws[0])


def test_no_module_reads_the_data_files_on_its_own() -> None:
    """Every module reads ``nlkst/resources`` through ``nlkst.resources`` (``text``, ``lines``, ``rows``,
    ``table``), not with its own ``importlib.resources`` call and comment filter."""
    own = re.compile(r"""files\(\s*["']nlkst\.resources["']\s*\)""")
    readers = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
               if path != Path(resources.__file__) and own.search(path.read_text("utf-8"))]
    assert readers == []
