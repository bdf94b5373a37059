"""The one line splitter that header readers, page furniture and paragraphs share, and the
string helpers that work on lines (upper-case tests, joining hyphenated line breaks)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """One line of a text, stripped, with the offsets of its stripped text."""

    start: int
    end: int
    text: str


def split_lines(text: str, start: int = 0, end: int | None = None, *, keep_blank: bool = False) -> list[Line]:
    """The lines of ``text[start:end]``, stripped, with their offsets; blank lines only with ``keep_blank``
    (as ``Line(position, position, "")``, so that a caller can see where a block ends)."""
    lines = []
    position = start
    for raw in text[start:end].split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(Line(position + lead, position + lead + len(stripped), stripped))
        elif keep_blank:
            lines.append(Line(position, position, ""))
        position += len(raw) + 1
    return lines


def is_upper(text: str) -> bool:
    """Whether a text is written in capitals (85% of at least two letters)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) / len(letters) >= 0.85


def dehyphenate(parts: list[str]) -> str:
    """Lines joined into one string; a word broken with a hyphen at a line's end is joined again
    (``Rijksmu-`` / ``seum``), a hyphen before ``en``, ``of`` or ``tot`` is kept (``land- en tuinbouw``)."""
    out = ""
    for part in parts:
        if out.endswith("-") and part[:1].isalpha() and out[-2:-1].isalpha() and not re.match(r"(?:en|of|tot)\b", part):
            out = out[:-1] + part
        else:
            out = f"{out} {part}" if out else part
    return re.sub(r"\s+", " ", out).strip()
