"""Values that every layout reads the same way: dates (with OCR's ``l`` for ``1``), places, and the
patterns of a date and of ``Ontvangen <date>``. Month names and places are data files, read once."""

from __future__ import annotations

import difflib
import re
from datetime import date
from functools import lru_cache

from .. import resources
from ..laws import month_numbers


@lru_cache(maxsize=1)
def known_places() -> tuple[str, ...]:
    return tuple(resources.lines("places.txt"))


# A day and a year as OCR printed them in the closing lines of 1814-1950 ("den Uden Februari 1909" for 11den,
# "20stcn", "17deu", "4\\den", "lOden"; "I85I", "Ï911"): a day of OCR look-alikes needs its suffix ("den",
# "sten") to be read as a day, so that a word is never taken for one; ``parse_date`` reads the look-alikes.
OCR_DAY = r"(?P<day>U(?=den)|[0-3lIi]?[0-9lIOoi](?=\\?(?:st|d)[a-z]{1,3}\b)|[0-3]?[0-9lIO])(?:\\?(?:st|d)[a-z]{1,3}\b|e\b|en\b)?"
OCR_YEAR = r"(?P<year>[1IlÏ][89][\dIlO][\dIlO]|20\d\d)(?![\w])"
_DIGIT_LOOKALIKES = str.maketrans({"l": "1", "I": "1", "i": "1", "Ï": "1", "O": "0", "o": "0"})

DATE = r"(?P<day>[0-3]?[0-9lIO])\s*(?P<month>[A-Za-z]{3,10})\.?\s*(?P<year>1[89]\d\d|20\d\d)"
RECEIVED_DATE_RE = re.compile(
    r"\(?\b(?:Ontvangen|Voorgesteld|Ingezonden|Vastgesteld|Ingekomen)\b,?(?:[ \t]+[a-z][^\n]{0,80}?)?[ \t]+" + DATE + r"\.?\)?",
    re.IGNORECASE,
)


def parse_date(day: str, month: str, year: str) -> str | None:
    """An ISO date from OCR'd parts, or None when they are no real date."""
    day = "11" if day == "U" else re.sub(r"\s", "", day).translate(_DIGIT_LOOKALIKES)
    year = year.translate(_DIGIT_LOOKALIKES)
    month_number = month_numbers().get(month.lower())
    if month_number is None:
        close = difflib.get_close_matches(month.lower(), month_numbers(), n=1, cutoff=0.75)
        if not close:
            return None
        month_number = month_numbers()[close[0]]
    try:
        return date(int(year), month_number, int(day)).isoformat()
    except ValueError:
        return None


def printed_place(raw: str) -> str:
    """The header's ``place``: the place as the text prints it, OCR's spelling kept (``'s Gravenhagc``,
    ``VGravenhage``, ``Soestdyk``), as every other text field is read (ANNOTATION.md section 2 normalises dates,
    sessions and dossier numbers, not places; the blind golds of all ten fresh samples write the printed form).
    Only the layout goes: a line break or run of spaces is one space, and an apostrophe that OCR left on the line
    above (``'`` / ``s-Cravenhage``) is joined to it."""
    raw = re.sub(r"^(['’])[ \t]*\n\s*", r"\1", raw.replace("\xad", "").strip())
    return " ".join(raw.split())


def place(raw: str) -> str:
    """A place with OCR's spaces in ``'s-Graven hage`` closed and near misses of a known place corrected: what
    tells a place from another word before a date (``place(raw) in known_places()``); the header keeps the
    printed form (``printed_place``)."""
    letters = re.sub(r"[^a-z]", "", raw.lower())
    # OCR's 's-Gravenhage: "VGravenhage" ('s read as V), "'s Giavenhage", "'s-Graveuhage": the place's last ten
    # letters one letter off "gravenhage" at most.
    if 10 <= len(letters) <= 13 and difflib.SequenceMatcher(None, letters[-10:], "gravenhage").ratio() >= 0.85:
        return "'s-Gravenhage"
    cleaned = re.sub(r"\s+", "", raw) if "Graven" in raw else raw.strip()
    if cleaned.startswith("s-"):
        cleaned = "'" + cleaned
    # the old spelling's y for ij ("Soestdyk") read as ij
    close = difflib.get_close_matches(cleaned.replace("y", "ij"), known_places(), n=1, cutoff=0.85)
    return close[0] if close else cleaned


def is_garbled_the_hague(raw: str) -> bool:
    """Whether a place printed after the article ``'s`` is 's-Gravenhage as OCR garbled its capitals (``'s
    (TRAVENHAGK``, ``'s GKAVENHAGE``, ``'SGBAVBNHAGK``, ``'s GKAVEXUAGE``): a word of 7-11 characters whose letters
    are at least 0.6 alike ``gravenhage``. Only after the article, where a date follows: a place's name alone is read
    by ``place``. Every such word of the SGD pool before a comma and a date is The Hague's, 0.6-0.74 alike where OCR
    read two or three of its capitals as others (H for R, K for E, B for R, U or II for N: 7 pages)."""
    article = re.match(r"^['’]\s?[sS]\s?-?\s?(?P<name>\S{7,11})$", raw.strip())
    if article is None:
        return False
    letters = re.sub(r"[^a-z]", "", article.group("name").lower())
    return difflib.SequenceMatcher(None, letters, "gravenhage").ratio() >= 0.6


# A session's two years as the page's foot prints them, one of them possibly garbled by OCR ("1821—1922",
# "1915—1910", "W01—1902", "1889-1390", "1883-188!", "1878-187P", "1885—18ÖG", "1869—1S70").
SESSION_YEAR = r"[1lIW!][\dSOÖ!lIGP]{2,3}"


def session_years(first: str, second: str, text: str = "") -> str | None:
    """``YYYY-YYYY`` from a session's printed years, where at least one of them reads as a year of 1814-1999 and
    the other differs from the year it must be (the one before or after) in one digit at most (a character that
    is no digit is OCR's); where both readings fit, the one whose first year the page prints more often."""
    def year(value: str) -> int | None:
        value = value.replace("S", "8") if re.fullmatch(r"1[89S][\dS]{2}", value) else value
        return int(value) if re.fullmatch(r"1[89]\d\d", value) and 1814 <= int(value) <= 1999 else None

    def close(printed: str, wanted: int) -> bool:
        wanted_text = str(wanted)
        if len(printed) == 3:  # "W01" for 1901: one character lost
            return wanted_text.endswith(printed[1:]) or wanted_text[1:] == printed
        # a digit that differs counts; a character that is no digit is OCR's and fits any digit
        return len(printed) == 4 and printed[0] in "1lI" and sum(
            a != b for a, b in zip(printed, wanted_text) if a.isdigit()) <= 1

    readings = []
    y1, y2 = year(first), year(second)
    if y1 is not None and close(second, y1 + 1):
        readings.append(y1)
    if y2 is not None and close(first, y2 - 1) and y2 - 1 not in readings:
        readings.append(y2 - 1)
    if not readings:
        return None
    best = max(readings, key=lambda start: (text.count(str(start)), start == y1))
    return f"{best}-{best + 1}"


# Digits OCR takes for one another in a printed year ("Ingezonden 21 Juli 1984." on a page of 1934, sgd-0000053816;
# "Vastgesteld 10 Maart 1918." under "1912—1913", sgd-0000340693).
_YEAR_DIGIT_LOOKALIKES = {"3": "8", "8": "3", "5": "6", "6": "5", "0": "9", "9": "0"}


def lookalike_years(year: str) -> set[str]:
    """The years that one OCR look-alike of one digit of ``year`` gives."""
    return {
        year[:i] + _YEAR_DIGIT_LOOKALIKES[digit] + year[i + 1:]
        for i, digit in enumerate(year)
        if digit in _YEAR_DIGIT_LOOKALIKES
    }


def date_after_session(date: str | None, vergaderjaar: str | None) -> str | None:
    """A date printed after the end of its own vergaderjaar, with the one year of that vergaderjaar that a look-alike
    digit gives (``lookalike_years``); any other date as it is."""
    if not date or not vergaderjaar or int(date[:4]) <= int(vergaderjaar[-4:]):
        return date
    fits = lookalike_years(date[:4]) & {vergaderjaar[:4], vergaderjaar[-4:]}
    return fits.pop() + date[4:] if len(fits) == 1 else date
