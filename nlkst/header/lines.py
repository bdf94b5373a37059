"""The one line splitter that header readers, page furniture and paragraphs share, and the
string helpers that work on lines (upper-case tests, joining hyphenated line breaks)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
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


@dataclass(frozen=True)
class PageSpelling:
    """How a page writes its words: those it prints alone (``words``), the parts of its hyphenated forms
    (``parts``) and how often each two parts stand on either side of a hyphen (``pairs``), lower-cased."""

    words: frozenset[str]
    parts: frozenset[str]
    pairs: dict[tuple[str, str], int]

    @classmethod
    def of(cls, text: str) -> PageSpelling:
        words = frozenset(w.lower() for w in re.findall(r"(?<![\w-])[^\W\d_]{3,}(?![\w-])", text))
        pairs: dict[tuple[str, str], int] = {}
        parts: set[str] = set()
        # (?<!...): a form starts where a word starts (the same matches, without retrying it from each of its letters)
        for form in re.findall(r"(?<![^\W\d_])[^\W\d_]+(?:-[^\W\d_]+)+", text):
            pieces = form.lower().split("-")
            parts.update(pieces)
            for pair in zip(pieces, pieces[1:]):
                pairs[pair] = pairs.get(pair, 0) + 1
        return cls(words, frozenset(parts), pairs)


# One hyphen between two parts of a word, the first maybe capitalised, the second in small letters: a line break's
# hyphen that OCR kept inside a line (``Volkshuis-vesting``, ``Nederland-sche``) or a compound's (``hout-gewas``).
HYPHENATED_WORD_RE = re.compile(r"(?<![\w-])([A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+)-([a-zà-ÿ]{2,})(?![\w-])")


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


def dehyphenate(parts: list[str], page: PageSpelling | None = None) -> str:
    """Lines joined into one string; a word broken with a hyphen at a line's end is joined again
    (``Rijksmu-`` / ``seum``) unless the hyphen is the word's own (``keeps_hyphen``). Given the ``page``, what
    ``line_break_hyphen`` knows decides first (``keeps_line_break_hyphen``: ``gemeente-`` / ``garanties`` stays)."""
    out = ""
    for part in parts:
        broken = out.endswith("-") and part[:1].isalpha() and out[-2:-1].isalpha()
        if broken and re.match(r"(?:en|of|tot)\b", part):  # "land- en tuinbouw"
            out = f"{out} {part}"
        elif broken:
            own = keeps_line_break_hyphen(out[:-1], part, page) if page else keeps_hyphen(out[:-1], part)
            out = out + part if own else out[:-1] + part
        else:
            out = f"{out} {part}" if out else part
    return re.sub(r"\s+", " ", out).strip()


def keeps_line_break_hyphen(before: str, after: str, page: PageSpelling) -> bool:
    """Whether a hyphen between the texts ``before`` and ``after``, at a printed line's end or where flattened OCR
    kept one inside a line, stays: as ``line_break_hyphen`` knows it, else where ``keeps_hyphen`` reads it as the
    word's own (a name: ``Beckers-de Bruijn``; both parts printed alone on the page)."""
    known = line_break_hyphen(re.search(r"[^\W\d_]+$", before).group(), re.match(r"[^\W\d_]+", after).group(), page)
    return keeps_hyphen(before, after, page.words) if known is None else not known


def line_break_hyphen(left: str, right: str, page: PageSpelling, whole: frozenset[str] = frozenset()) -> bool | None:
    """Whether a hyphen between ``left`` and ``right`` (two parts of one word), at a printed line's end or kept inside
    a line where flattened OCR ran the lines on, is the line break's. True where that is known: the ``page`` prints
    the joined word whole (or it is one of ``whole``, lower-cased), or the joined word is a common word split inside
    a part (``BINNEN-LANDSE``, ``RAPPOR-TEURS``, ``uni-versitaire``, ``bij-stand``) that the page does not print
    twice with that hyphen after a word (``kas-tekort``, ``Lid-Staten``: the spelling of their time). False where the
    hyphen is the word's own: before ``en``/``of``/``tot``, a capital after a small letter, two adjectives side by
    side, or a compound's seam, both parts words of four letters or more (``gemeente-garanties``, ``wets-ontwerp``).
    None where neither the page nor the corpus tells (a name, a part no list knows): each reader's own rules decide.
    The heading and titles are the page's words as printed, less what a line break is known to have added
    (corpora/CONVENTIONS.md, line-break hyphens; docs/headers.md, k22s27 and hseam)."""
    lower_left, lower_right = left.lower(), right.lower()
    if lower_right in ("en", "of", "tot"):  # "Drank-en Horecawet", "loon-en inkomstenbelasting": a shared part's hyphen
        return False
    if left[-1:].islower() and right[:1].isupper():  # "Zuid-Molukkers": a line break capitalises nothing
        return False
    joined = lower_left + lower_right
    if joined in page.words or joined in whole:
        return True
    if left[-1:].isupper() != right[:1].isupper():  # "EEG-landen": the corpus's words are in small letters
        return None
    if len(lower_left) >= 5 and lower_left.endswith(("aal", "eel", "isch", "ief", "air")):
        return False  # two adjectives side by side (Taalunie: "sociaal-economisch", "financieel-technisch")
    words = common_words()
    left_word = lower_left in words or (lower_left.endswith("s") and lower_left[:-1] in words)
    if (left_word and lower_right in words and len(lower_left) >= 4 and len(lower_right) >= 4
            and not is_word_ending(lower_right)):
        return False  # a compound's seam ("Minimum-inkomen"): the page cannot show the break made the hyphen
    if joined not in words:
        return None
    # the same hyphen printed twice or more at a word: the spelling of its time ("kas-tekort", "Lid-Staten",
    # "radio-actieve"), where one after a prefix of two letters or between two fragments ("be-treffende", "an-deren"
    # in a list of titles) is a break's each time
    again = page.pairs.get((lower_left, lower_right), 0) >= 2 and len(lower_left) >= 3 and (
        lower_left in words or lower_left in page.words or lower_right in words)
    return None if again else True


@lru_cache(maxsize=1)
def _word_ending_re() -> re.Pattern[str]:
    rows = resources.rows("word_endings.tsv")
    return re.compile("|".join(
        rf"[^\W\d_]{{0,{before}}}{ending}(?:{'|'.join(inflections.split())})?" for ending, before, inflections in rows))


def is_word_ending(part: str) -> bool:
    """Whether ``part`` (lower case) is an ending that opens no word (``resources/word_endings.tsv``: ``mische``,
    ``lijke``, ``selijke``, ``schap``, ``ting``): the rest of a word a line break divided, even where OCR's broken
    words put it among the common words (``lijke``)."""
    return _word_ending_re().fullmatch(part) is not None


def _is_word(part: str, page: PageSpelling) -> bool:
    """A common word of the corpus, a word the page prints alone, or two common words joined (``onderwijs|wet``,
    ``budget|voorlichting``; the first also with a linking ``s`` or ``en``)."""
    words = common_words()
    if part in words or part in page.words:
        return True
    for cut in range(3, len(part) - 2):
        first, second = part[:cut], part[cut:]
        if second in words and (first in words or (first.endswith("s") and first[:-1] in words)
                                or (first.endswith("en") and first[:-2] in words)):
            return True
    return False


def no_word_part(left: str, right: str, page: PageSpelling) -> bool:
    """Whether a hyphen between ``left`` and ``right`` that ``line_break_hyphen`` leaves undecided (None) is known to be
    the line break's after all, because a part is no word (corpora/CONVENTIONS.md, "Line-break hyphen at a compound's
    seam"): the part after it is an ending that opens no word (``Econo-mische``, ``Nederlander-schap``,
    ``plaai-selijke``, ``dezit-ting``; ``is_word_ending``), or neither part is a word (a common word, printed alone on
    the page, or two common words joined) while the two joined are one (``Budgetvoorlich-ting``,
    ``Arbeidsomstan-dighedenwet``, ``pen-sioenwet``). A part no list knows beside a word stays undecided: a compound's
    name or a rare word (``Aguan-vallei``, ``commies-griffier``, ``Lager-onderwijswet``) looks the same."""
    lower_left, lower_right = left.lower(), right.lower()
    if is_word_ending(lower_right):
        return True
    left_word = _is_word(lower_left, page) or (lower_left.endswith("s") and _is_word(lower_left[:-1], page))
    return not left_word and not _is_word(lower_right, page) and _is_word(lower_left + lower_right, page)
