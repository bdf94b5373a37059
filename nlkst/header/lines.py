"""The one line splitter that header readers, page furniture and paragraphs share, and the
string helpers that work on lines (upper-case tests, joining hyphenated line breaks)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import common_words, name_particles


@dataclass(frozen=True)
class Line:
    """One line of a text, stripped, with the offsets of its stripped text."""

    start: int
    end: int
    text: str


def split_lines(text: str, start: int = 0, end: int | None = None, *, keep_blank: bool = False,
                limit: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]``, stripped, with their offsets; blank lines only with ``keep_blank``
    (as ``Line(position, position, "")``, so that a caller can see where a block ends); the first ``limit`` of
    them only where given (as ``split_lines(...)[:limit]``, without making the lines after them)."""
    lines: list[Line] = []
    position = start
    for raw in text[start:end].split("\n"):
        if limit is not None and len(lines) >= limit:
            break
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


# A surname's particles after a hyphen (``Beckers-de Bruijn``, ``Faber-van de Klashorst``).
# resources/name_particles.txt, subset "hyphen" ("te" among them: double names with "te Kamp", "te Velde").
_PARTICLES_THEN_NAME_RE = re.compile(
    r"(?:(?:" + "|".join(re.escape(word) for word in name_particles("hyphen")) + r")\s+)+[A-Z]")
# Two vowels that would read as one sound if joined (``lorde-effect``, ``zee-egel``, ``re-integratie``):
# Dutch spelling writes that hyphen, so no line break made it.
_VOWEL_CLASHES = {"aa", "ee", "oo", "uu", "ie", "ei", "eu", "ui", "oe", "ou", "au"}


def keeps_hyphen(left: str, right: str, words: frozenset[str] = frozenset()) -> bool:
    """Whether the hyphen between ``left`` (the text before it) and ``right`` (the text after it) is part
    of the word rather than a line break's: before ``en``/``of``/``tot`` (``land- en tuinbouw``), before a
    capital after a small letter (``Singer-Dekker``), before a surname's particle and name
    (``Beckers-de Bruijn``), between two vowels that would clash, or where both parts are words the same
    text prints alone (``words``, lower-cased: ``Randstad-universiteit``)."""
    if re.match(r"(?:en|of|tot)\b", right):
        return True
    if re.match(r"[a-z]\.(?:[a-z]\.)+", right):  # before an abbreviation: "moeder-m.a.v.o.'s"
        return True
    # a double surname: a capitalised name, then a particle and a name ("Beckers-de Bruijn"), not a word broken
    # before a name ("(bei-den P.v.d.A.)")
    if _PARTICLES_THEN_NAME_RE.match(right) and re.search(r"(?<![^\W\d_-])[A-Z][^\W\d_]*(?:-[^\W\d_]+)*$", left):
        return True
    if left[-1:].islower() and right[:1].isupper():
        return True
    if (left[-1:] + right[:1]).lower() in _VOWEL_CLASHES:
        return True
    first = re.search(r"[^\W\d_]+$", left)
    second = re.match(r"[^\W\d_]+", right)
    return bool(words and first and second and len(first.group()) > 3 and len(second.group()) > 3
                and first.group().lower() in words and second.group().lower() in words)


def dehyphenate(parts: list[str], words: frozenset[str] = frozenset()) -> str:
    """Lines joined into one string; a word broken with a hyphen at a line's end is joined again
    (``Rijksmu-`` / ``seum``) unless the hyphen is the word's own (``keeps_hyphen``)."""
    out = ""
    for part in parts:
        broken = out.endswith("-") and part[:1].isalpha() and out[-2:-1].isalpha()
        if broken and re.match(r"(?:en|of|tot)\b", part):  # "land- en tuinbouw"
            out = f"{out} {part}"
        elif broken:
            out = out + part if keeps_hyphen(out[:-1], part, words) else out[:-1] + part
        else:
            out = f"{out} {part}" if out else part
    return re.sub(r"\s+", " ", out).strip()


def breaks_a_common_word(left: str, right: str) -> bool:
    """Whether a hyphen between ``left`` and ``right`` (two parts of one word) is a printed line break's by the
    words of the corpus (``common_words``): the joined word is a common word and the hyphen does not stand
    between two words of four letters or more (a compound's seam, where older spelling may write a hyphen:
    ``wets-ontwerp``, ``Minimum-inkomen``, ``PREMIE-HEFFING``); ``BINNEN-LANDSE``, ``RAPPOR-TEURS``,
    ``uni-versitaire``, ``ver-ontreiniging``, ``bij-stand``. The heading and titles are the page's words as printed,
    less the hyphen its line break adds (docs/headers.md, k22s27)."""
    left, right = left.lower(), right.lower()
    if right in ("en", "of", "tot"):  # "Drank-en Horecawet", "loon-en inkomstenbelasting": a shared part's hyphen
        return False
    if len(left) >= 5 and left.endswith(("aal", "eel", "isch", "ief", "air")):
        return False  # two adjectives side by side (Taalunie: "sociaal-economisch", "financieel-technisch")
    words = common_words()
    if left + right not in words:
        return False
    left_word = left in words or (left.endswith("s") and left[:-1] in words)
    return not (left_word and right in words and len(left) >= 4 and len(right) >= 4)
