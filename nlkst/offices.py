"""Cabinet offices as kamerstukken print them: role, portfolio and holder.

Headings (``BRIEF VAN DE MINISTER VOOR ARMOEDEBELEID, PARTICIPATIE EN PENSIOENEN``),
signatures (``De Minister van Sociale Zaken en Werkgelegenheid, W. Koolmees``) and
``Mede namens ...`` clauses all name offices; this module turns each into
``{"role", "portfolio"}`` with the portfolio written the way the gazetteer has it.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache

from . import resources

_LOWER_WORDS = {"en", "van", "voor", "de", "der", "het", "op", "in", "bij", "met"}

ROLE_RE = re.compile(
    r"(?<![-\w])(?P<role>minister[- ]president|m[il1][nmi]{1,3}[il1]sters?|staatssecretarissen|staatssecretaris)\b",
    re.IGNORECASE,
)
# "VAIM": the OCR of the 1970s-80s read the capital N of "VAN" as "IM" (``_OCR_N_RE``), in four SGD headings
_PREP_RE = re.compile(r"^[\s.,]*(?:minister\s+)?(?:van|voor|VAIM)\s+", re.IGNORECASE)
# A portfolio stops before a comma or "en" that leads into lower-case prose.
_PORTFOLIO_END_RE = re.compile(
    r"(?:\s*,\s*|\s+en\s+|\s+)(?=(?:de|het|een|die|dat|mij|ik|u|wij|is|zijn|heb|hebben|aan|in|op|bij|met|ter|om)\b)"
    r"|\s+a\.\s?i\b|\s*[.;:()]|\s*,\s*$",  # "a.i.": ad interim, no part of the portfolio
)
_OCR_N_RE = re.compile(r"i?im|ini")
_TRAILING_RE = re.compile(r"(?:[\s,]+|\s+en(?:\s+(?:de|van))?)+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def portfolio_rows() -> tuple[tuple[str, str], ...]:
    """Every (key, portfolio) row as listed: each printed spelling, for the entity ruler's patterns."""
    return tuple((row["key"], row["portfolio"]) for row in resources.table("portfolios.csv"))


@lru_cache(maxsize=1)
def portfolio_gazetteer() -> dict[str, tuple[str, str]]:
    """Map a case-folded portfolio name to its (key, canonical name)."""
    table: dict[str, tuple[str, str]] = {}
    for key, portfolio in portfolio_rows():
        # the first spelling listed is the canonical one: "Finantiën" before "Finantien"
        table.setdefault(_fold(portfolio), (key, portfolio))
    return table


def comma_portfolio_pattern() -> str:
    """A regular expression for the portfolios listed with a comma (``Landbouw, Nijverheid en Handel``), whitespace
    and line breaks between their words as printed, longest first; for patterns that otherwise end a portfolio at
    its first comma."""
    names = sorted({name for _key, name in portfolio_rows() if "," in name}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in name.split()) for name in names)


def _fold(name: str) -> str:
    name = re.sub(r"\s*-\s*", "-", name)
    # A hyphen between two lower-case letters is a line break the OCR kept ("Orde-ning").
    name = re.sub(r"(?<=[a-zà-ÿ])-(?=[a-zà-ÿ])", "", name)
    name = re.sub(r"\s+", " ", name).strip().casefold()
    # The OCR or the period's print drops diacritics ("Financien", "Finantien", "KOLONIEN"); the gazetteer's
    # spelling (the spec's canonical form) carries them, so they are compared without.
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def fold_portfolio(name: str) -> str:
    """A portfolio name as the gazetteer compares it: case, spacing and OCR line-break hyphens folded."""
    return _fold(name)


def title_case(name: str) -> str:
    """Write an upper-case portfolio as Dutch headings do: ``Onderwijs, Cultuur en Wetenschap``."""
    words = []
    for i, word in enumerate(name.lower().split()):
        if i and word in _LOWER_WORDS:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


def canonical_portfolio(raw: str) -> str:
    """The gazetteer's spelling of a portfolio, or a cleaned-up version of ``raw``."""
    cleaned = re.sub(r"-\s*\n\s*", "", raw)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" ,.")
    cleaned = re.sub(r"\s*-\s*(?=[A-ZÀ-Ýa-z])", "-", cleaned) if "-" in cleaned else cleaned
    folded = _fold(cleaned)
    # The OCR of the 1970s-80s reads an "n" as "im" or "ini" ("FINANCIËIM", "BUITENLAINIDSE ZAKEN",
    # "OIMDERWIJS"): taken only where the name read back is the gazetteer's.
    known = portfolio_gazetteer().get(folded) or portfolio_gazetteer().get(_OCR_N_RE.sub("n", folded))
    if known:
        return known[1]
    letters = [c for c in cleaned if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return title_case(cleaned)
    return cleaned


# A word in capitals that OCR broke over a line with a hyphen ("WERKGELE-GEIMHEID"), its "IJ" read as "U" at the
# word's end ("VISSERU" for VISSERIJ).
_CAPITALS_IJ_RE = re.compile(r"(?<=[a-z])u\b")


def ocr_capitals_portfolio(portfolio: str | None) -> str | None:
    """A portfolio printed in capitals (a letter's heading) as OCR garbled it, in the gazetteer's spelling: read back
    with its hyphens closed, its "U" for a final "IJ" and its "im" for "n" (``_OCR_N_RE``), each alone or together;
    None where the gazetteer knows none of these (or knows the name as read: nothing to repair). The header's sender
    only; the entity layer's spans keep to what the gazetteer knows as printed."""
    if not portfolio or portfolio_key(portfolio):
        return None
    folded = _fold(portfolio)
    for closed in (folded, folded.replace("-", "")):
        for ij in (closed, _CAPITALS_IJ_RE.sub("ij", closed)):
            known = portfolio_gazetteer().get(ij) or portfolio_gazetteer().get(_OCR_N_RE.sub("n", ij))
            if known:
                return known[1]
    return None


# How near a portfolio as OCR printed it must come to a listed spelling to be read as it ("Binnenlandsche Zaleen",
# "Baitenlandsche Zaken", "Jvstitie", "Financiin": difflib's ratio 0.87-0.98 over the SGD pool's signatures): "Overzeese
# Rijksdelen" (a ministry of its own, 0.81 to Overzeese Gebiedsdelen) and "Surinaamse en Nederlands-Antilliaanse
# Zaken" (0.81) stay as printed.
_OCR_PORTFOLIO_RATIO = 0.87


def mend_ocr_portfolio(portfolio: str | None) -> str | None:
    """A portfolio that OCR garbled in a letter or two, as the listed office nearest to it; ``portfolio`` itself where
    the list knows it or none is near enough (a portfolio the list lacks, ``Verlieer``), or where two offices are
    equally near. Of that office's spellings near enough, the one nearest in length to the print, so that the
    spelling of the page's time is kept (``Binnenlandsdie Zaken`` and ``Buitcnlandsehe Zaken`` are ``...sche
    Zaken``, ``BinnenlandseZaken`` is ``Binnenlandse Zaken``)."""
    if not portfolio or portfolio_key(portfolio):
        return portfolio
    folded = _fold(portfolio)
    scored = sorted(((_ratio(folded, name), name) for name in portfolio_gazetteer()), reverse=True)
    scored = [(ratio, name, portfolio_gazetteer()[name]) for ratio, name in scored if ratio >= _OCR_PORTFOLIO_RATIO]
    if not scored or any(ratio == scored[0][0] and row[0] != scored[0][2][0] for ratio, _name, row in scored[1:]):
        return portfolio
    office = scored[0][2][0]
    spellings = [(abs(len(name) - len(folded)), -ratio, row[1]) for ratio, name, row in scored if row[0] == office]
    return min(spellings)[2]


def _ratio(one: str, other: str) -> float:
    """difflib's ratio of two folded names, its cheap upper bound tried first (most names are far apart)."""
    matcher = difflib.SequenceMatcher(None, one, other)
    if matcher.real_quick_ratio() < _OCR_PORTFOLIO_RATIO or matcher.quick_ratio() < _OCR_PORTFOLIO_RATIO:
        return 0.0
    return matcher.ratio()


def portfolio_key(portfolio: str | None) -> str | None:
    """The short key (``SZW``) of a portfolio, where the gazetteer has it."""
    if not portfolio:
        return None
    known = portfolio_gazetteer().get(_fold(portfolio))
    return known[0] if known else None


def _role(word: str) -> str:
    word = word.lower().replace(" ", "-")
    if word.startswith("minister-president"):
        return "minister-president"
    return "staatssecretaris" if word.startswith("staatssecretaris") else "minister"


def parse_offices(text: str) -> list[dict[str, str | None]]:
    """Every office named in ``text``, in order, as ``{"role", "portfolio"}``.

    ``Minister-President, Minister van Algemene Zaken`` is one office;
    ``MINISTERS VAN JUSTITIE EN VAN BINNENLANDSE ZAKEN`` are two.
    """
    text = re.sub(r"\s+", " ", text)
    matches = list(ROLE_RE.finditer(text))
    offices: list[dict[str, str | None]] = []
    for i, match in enumerate(matches):
        segment_end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        segment = text[match.end():segment_end]
        role = _role(match.group("role"))
        prep = _PREP_RE.match(segment)
        portfolios: list[str | None] = [None]
        if prep:
            rest = segment[prep.end():]
            end = _PORTFOLIO_END_RE.search(rest)
            rest = rest[: end.start()] if end else rest
            rest = _TRAILING_RE.sub("", rest)
            parts = re.split(r"\s+en\s+van\s+", rest, flags=re.IGNORECASE)
            # "... EN VAN DE STAATSSECRETARIS VAN JUSTITIE": the article before the next role is no portfolio
            parts = [p for p in parts if p.strip() and p.strip().lower() not in {"de", "den", "het"}]
            portfolios = [canonical_portfolio(p) for p in parts] or [None]
        if (
            offices
            and offices[-1]["role"] == "minister-president"
            and offices[-1]["portfolio"] is None
            and role == "minister"
        ):
            offices[-1]["portfolio"] = portfolios[0]
            continue
        offices.extend({"role": role, "portfolio": p} for p in portfolios)
    # "DE MINISTER EN DE STAATSSECRETARIS VAN FINANCIËN": the first shares the portfolio.
    for i in range(len(offices) - 2, -1, -1):
        if offices[i]["portfolio"] is None and offices[i]["role"] != "minister-president":
            offices[i]["portfolio"] = offices[i + 1]["portfolio"]
    return offices
