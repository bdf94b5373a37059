"""The foot of a page of the Bijlagen (1814-1940) as OCR left it: the session it was printed in, where the exact
patterns of ``prewar`` (``Handelingen der Staten-Generaal. Bijlagen. 1909—1910.``, ``Bijblad van de Nederlandsche
Staats-courant. — 1874—1875.``) read none.

OCR garbles the foot's words (``Rijlagen``, ``Bh'lagen``, ``Stateu-Genuraal``, ``S»aten``, ``ndelingeii der``,
``Handeliugan``, ``BUBT.AD VAN DE NEDERLANDSCHE STAATS-COÜBANT``), prints them in capitals (``UANDELINGEN DER
STATEN-GENERAAL. ZITTING '1839—1840.``, the foot of 1814-1850), breaks the line before the years or between them
(``Handelingen der Staten-Generaal. Rijlagen.`` / ``1919—1920.``), and garbles the years (``1909 1910``,
``1878-:879``, ``1830—1887``). A line is such a foot where its letters before the years are within a quarter of
their length (in edits) of one of the feet's wordings (``resources/page_foot_wordings.txt``); the years are read
after them, on that line or the next.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from .headings import within_edits
from .lines import split_lines
from .values import session_years

# Lines worth comparing: short, and holding a piece of the foot's words (most of a page's lines hold none).
_CANDIDATE_RE = re.compile(r"(?i)andel|delin|ijbl|b\S?lad|generaa|ijlag|ylag|lagen|staats|zitting")
# The two years after the words: "1919—1920", "1909 1910", "1878-:879", "i890-189.", "1865" / "1866." on two lines,
# "191°—1920" (a degree sign for 9).
_YEARS_RE = re.compile(r"^\W{0,3}(?P<y1>[1liI!][\dSOÖ!lIGP:°]{3})\W{0,2}\s*[-—–:^]*\s*(?P<y2>[1liI!:][\dSOÖ!lIGPi:.°]{2,3})")
# The first year legible and the second garbled past reading ("1900—KOI.", "1873—1N7V"): the session opens with the
# first (sgd-0000366184, -414373). Not a year with its stop ("— 1894. — I.": the one-year session of 1894, its
# volume I).
_FIRST_YEAR_RE = re.compile(r"^\W{0,3}(?P<y1>1[89]\d\d)\s*[-—–]\s*(?P<y2>[^\s\d]\S{1,3}|1\S{2,3})\W{0,2}$")
# An apostrophe OCR put between two digits of a year ("1921—19'22", "1925—19'2G.").
_STRAY_IN_YEAR_RE = re.compile(r"(?<=\d)['’](?=\d)")
# A hyphen after the first year's third digit ("192-3—1924", "191-3—1914"): a stray sign where the four digits are
# the year before the legible second; elsewhere a garbled digit ("192-3—1926" on a page of the budget for 1926, of
# 1925-1926; "190-3—1906" on one of 1905-1906), which no reading here gives.
_HYPHEN_IN_YEAR_RE = re.compile(r"^\W{0,3}(?P<y1>1\d\d)-(?P<digit>\d)\s*[—–]\s*(?P<y2>1[89]\d\d)\b")


@lru_cache(maxsize=1)
def _wordings() -> tuple[str, ...]:
    """The letters of each wording of a page's foot (``resources/page_foot_wordings.txt``), in small letters."""
    return tuple(re.sub(r"[^a-z]", "", line.lower()) for line in resources.lines("page_foot_wordings.txt"))


def _is_foot_wording(words: str) -> bool:
    """Whether a line's letters before its years are one of the wordings, as OCR garbled them: within a quarter
    of the wording's length in edits (``handeliuganderstatengeneiaalbijlagen``), or its end where OCR lost the
    line's first letters (``ndelingeiiderstateugenuraalbijlagen``)."""
    letters = re.sub(r"[^a-z]", "", words.lower())
    for wording in _wordings():
        if within_edits(letters, wording, len(wording) // 4):
            return True
    return False


def _year(printed: str) -> str:
    return printed.rstrip(".").replace("i", "1").replace("l", "1").replace("I", "1").replace(":", "1")


def _words_and_years(line: str) -> tuple[str, str] | None:
    """A line split before its years' first digit (``Bijlagen. 1921—1922.`` into ``Bijlagen. `` and the years), or
    None where it has no digit after words."""
    digit = re.search(r"(?:(?<=\s)['’]?[liI!]|(?<![^\W\d_]))\d", line)
    if digit is None or not re.search(r"[^\W\d_]{3}", line[: digit.start()]):
        return None
    return line[: digit.start()], line[digit.start():]


def find_session(text: str) -> tuple[str, int, int] | None:
    """The session (``YYYY-YYYY``) the last foot of the text names, and the span of its years; None where no line
    reads as a foot. The years must give one session: the two read as consecutive years (``session_years``), or the
    second legible where the first is garbled in the same century (``1830—1887``: 1886-1887)."""
    lines = split_lines(text, 0, len(text))
    found = None
    for index, line in enumerate(lines):
        if len(line.text) > 120 or not _CANDIDATE_RE.search(line.text):
            continue
        # the years' first digit ("i890": its i), not a digit OCR read inside a word ("J3ijblad" for "Bijblad")
        digit = re.search(r"(?:(?<=\s)['’]?[liI!]|(?<![^\W\d_]))\d", line.text)
        words, rest, rest_start = line.text, "", line.end
        if digit is not None:
            words, rest, rest_start = line.text[: digit.start()], line.text[digit.start():], line.start + digit.start()
        following = lines[index + 1] if index + 1 < len(lines) else None
        below = _words_and_years(following.text) if following is not None and not rest.strip() else None
        if below is not None and _is_foot_wording(words + " " + below[0]):
            # the words broken over two lines, the years after the second's: "Handelingen J-r Staten-Gcneraal." /
            # "Bijlagen. 1921—19'22." (sgd-0000310918), "Handelingen der Staten-Generaal." / "Biilagen. 192°.—1924."
            rest, rest_start = below[1], following.start + len(below[0])
        elif not _is_foot_wording(words):
            continue
        elif not rest.strip() and following is not None:  # the years on the next line: "Rijlagen." / "1919—1920."
            rest, rest_start = following.text, following.start
            after = lines[index + 2] if index + 2 < len(lines) else None
            if after is not None and not re.search(r"\d", rest) and _is_foot_wording(words + " " + rest):
                # the words broken over two lines too: "Handelingen der Staten-Generaal." / "Bijlagen." / "1938—1939."
                rest, rest_start = after.text, after.start
        elif following is not None and re.fullmatch(r"\W{0,2}1\d{3}\W{0,2}", rest.strip()):  # "1865" / "1866."
            rest = rest.rstrip() + " " + following.text
        hyphen = _HYPHEN_IN_YEAR_RE.match(rest)
        if hyphen is not None:
            if int(hyphen.group("y1") + hyphen.group("digit")) + 1 == int(hyphen.group("y2")):
                y2 = int(hyphen.group("y2"))
                found = (f"{y2 - 1}-{y2}", rest_start + hyphen.start("y1"), rest_start + hyphen.end("y2"))
            continue
        rest = _STRAY_IN_YEAR_RE.sub("", rest)
        years = _YEARS_RE.match(rest.lstrip("'’"))
        if years is None:
            first = _FIRST_YEAR_RE.match(rest)
            if first is not None and not re.fullmatch(r"1[89]\d\d", first.group("y2").rstrip(".,")):
                y1 = int(first.group("y1"))
                found = (f"{y1}-{y1 + 1}", rest_start + first.start("y1"), rest_start + first.end("y1"))
            continue
        y1, y2 = _year(years.group("y1")), _year(years.group("y2"))
        if y1 == y2:
            continue  # "1926—1926": 1925-1926 or 1926-1927, the foot does not say (sgd-0000300003 is 1925-1926)
        session = session_years(y1, y2, text)
        if session is None and re.fullmatch(r"1[89]\d\d", y2) and y1[:2] == y2[:2]:
            session = f"{int(y2) - 1}-{y2}"
        if session is None and re.fullmatch(r"1[89]\d\d", y1) and re.fullmatch(r"1[89]\d", y2) and str(int(y1) + 1).startswith(y2):
            session = f"{y1}-{int(y1) + 1}"  # the second year's last digit lost: "i890-189."
        if session is not None:
            offset = rest_start + (len(rest) - len(rest.lstrip("'’")))
            found = (session, offset + years.start("y1"), min(offset + years.end("y2"), len(text)))
    return found
