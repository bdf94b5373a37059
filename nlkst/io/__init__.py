"""Readers: turn files as users have them into one text per document.

``read_sources(paths)`` walks files and directories and yields, per document,
either a :class:`SourceDocument` or a :class:`ReadError` that names the file
(and line) and says what was wrong, so a batch never stops on one bad input.
"""

from __future__ import annotations

from .readers import (READABLE_KINDS, ReadError, SourceDocument, count_documents, passed_over, read_file,
                      read_sources)

__all__ = ["READABLE_KINDS", "ReadError", "SourceDocument", "count_documents", "passed_over", "read_file",
           "read_sources"]
