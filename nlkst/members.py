"""Members of parliament named after their title or before their party: ``PERSON`` spans by rule.

Parliamentary text names members in two fixed ways that a statistical recogniser
trained on a few hundred paragraphs misses when they come in long lists:

- after a title: ``de heer Duys``, ``het lid Sneller``, ``de leden Tielen en Ceder``,
  ``de heeren Anema, Steger, Heerkens Thijssen en de Veer``, ``mevrouw Evenhuis``, and one name
  after a word for a fellow member or a party's leader (``collega Rehwinkel``);
- before their party in a committee's composition: ``Schakel (CDA), Van Thijn (PvdA)``;
- one a line in capitals under an amendment or motion they sign
  (``POSTHUMUS\nSTOKMAN\nFORTANIER-DE WIT\nSTUFKENS``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.nl.stop_words import STOP_WORDS

from . import resources
from .gazetteer import (
    NAME_PARTICLE,
    name_particles,
    names_an_organisation,
    party_names,
    person_stopwords,
    place_names,
    surnames,
)

# A surname word: a capital, then letters; OCR keeps soft hyphens and hyphens inside names.
_WORD = r"(?!EN\b)[A-ZÀ-Ý][A-Za-zÀ-ÿ'’\u00ad]*(?:[-—][A-Za-zÀ-ÿ'’\u00ad]+)*"
_INITIALS = r"(?:(?:[A-Z]\.(?:-[A-Z]\.)?|Th\.|Ph\.|Chr\.)\s?){1,5}"  # "M.-C. Marghem"
_NAME = rf"(?:{_INITIALS}\s?)?(?:{NAME_PARTICLE}\s)*{_WORD}(?:\s(?:{NAME_PARTICLE}\s)*{_WORD})*"
_TITLE = (
    r"(?:de|De|den)\s(?:heer|heere|heeren|heren)|DE\sHEER(?:EN)?|(?:het|Het)\s(?:Kamer)?lid|(?:de|De)\s(?:leden|Kamerleden)"
    r"|(?:[Mm]evrouw|[Mm]ejuffrouw|[Mm]evr\.)"
)
# An office in the place of a name, OCR spellings included: "den heer Ministor van Binnenlandsche Zaken".
_OFFICE_WORD = re.compile(r"(?i)(?:minist|staatssecret|secretaris)")
# An abbreviated form of address printed before a name in a list: ``Mw Van der Meer (PvdA)``.
_HONORIFIC = re.compile(r"(?:Mw|Mevr|Dhr|Mej)\.?\s+")
# Academic titles between a form of address or an office and the name: "de heer mr. dr. Van Dijk".
_DEGREES = r"(?:(?:mr|dr|prof|ir|drs)\.\s)*"
_AFTER_TITLE = re.compile(rf"\b(?:{_TITLE}):?\s{_DEGREES}(?P<names>{_NAME}(?:(?:\s?,\s|\s(?:en|EN)\s){_NAME})*)")
_NAME_ONLY = re.compile(rf"(?<![\w\u00ad]){_NAME}")
# A name after a word for a person's role or rank (``resources/person_titles.txt``): a fellow member or a
# party's leader (``collega Rehwinkel``, ``partijleider Diederik Samsom``), a chair (``voorzitter Cornielje``),
# a member of another parliament (``volksvertegenwoordiger Barbara Pas``, ``CD&V-Kamerlid Verherstraeten``), a
# monarch with a regnal number (``koning Albert II``), a mayor, a head of state. Role and name on one line;
# the name opens with a capital: ``collega van Financiën`` is an office, ``de koning\nDe Staatssecretaris``
# no name.
_LINE_SPACE = r"[^\S\n]"
_LINE_NAME = _NAME.replace(r"\s", _LINE_SPACE)


@lru_cache(maxsize=1)
def _after_role() -> re.Pattern[str]:
    words = sorted({w.casefold() for w in resources.lines("person_titles.txt")}, key=len, reverse=True)
    roles = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words)
    # a form of address after the role is the title rule's (de voorzitter mevrouw Vliegenthart)
    return re.compile(rf"(?<![\w-])(?:[\w&]+-)*(?:{roles}){_LINE_SPACE}{_DEGREES}"
                      rf"(?![Mm]evrouw\b|[Dd]e{_LINE_SPACE}[Hh]eer\b)(?P<name>(?=[A-ZÀ-Ý]){_LINE_NAME})")


# A signatory's line: one name in capitals, particles inside it, at most 32 characters.
_SIGNATURE_LINE = re.compile(
    r"[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+(?: (?:(?:" + "|".join(re.escape(w.upper()) for w in name_particles("capitals"))
    + r") )*[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+){0,2}\.?"
)
# Heading words that the signature shape also fits (``GRAFISCHE VOORSTELLING``, ``STAAT``).
_HEADING_WORD = re.compile(r"(?:ING|INGEN|HEID|HEDEN|SCHAP|TIE|ZAKEN|VERSLAG|STAAT|TOTAAL|HOOFDSTUK|JAREN|BIJLAGE"
                           r"|WET|ARTIKEL)\.?$")
# The particles of a name in capitals (resources/name_particles.txt, subset "capitals": no "IN", a heading's word).
_NAME_PARTICLES = frozenset(name_particles("capitals"))


def _is_signature_line(line: str) -> bool:
    if len(line) > 32 or line.endswith("-") or not _SIGNATURE_LINE.fullmatch(line):
        return False
    words = line.rstrip(".").split()
    return (words[-1].lower() not in _NAME_PARTICLES
            and not any(w.lower() in STOP_WORDS and w.lower() not in _NAME_PARTICLES for w in words)
            and not any(_HEADING_WORD.search(w) for w in words))


def signature_block_names(text: str) -> list[tuple[int, int]]:
    """Names in a block of three or more lines that each hold one name in capitals.

    Amendments and motions end with their signatories that way; a block of fewer than
    three such lines is as often a heading (``MEMORIE VAN TOELICHTING``), and a block that
    repeats a line is a table's column heads (``HAVENS\nGELADEN\nBALLAST\nHAVENS``), so
    both are left alone.
    """
    spans, block, offset = [], [], 0
    for line in text.split("\n") + [""]:
        stripped = line.strip()
        if stripped and _is_signature_line(stripped):
            start = offset + line.index(stripped)
            block.append((start, start + len(stripped.rstrip("."))))
        else:
            lines = [text[start:end] for start, end in block]
            if len(block) >= 3 and len(set(lines)) == len(lines):
                spans.extend(block)
            block = []
        offset += len(line) + 1
    return spans


@lru_cache(maxsize=1)
def _party_before() -> re.Pattern[str]:
    """A name followed by a party in brackets (``(CDA)``, OCR ``(CDAI``), parties from the gazetteer."""
    alternatives = "|".join(sorted((re.escape(p) for p in set(party_names())), key=len, reverse=True))
    return re.compile(rf"(?P<name>{_NAME})\s?\((?:{alternatives})[)I]")


# Every character a name before a party's bracket can hold (_NAME, then \s?): letters, apostrophes, hyphens,
# full stops, whitespace; a superset does no harm.
_NAME_CHARS = re.compile(r"[A-Za-zÀ-ÿ'’\u00ad\-—.\s]")


def _party_matches(text: str) -> list[re.Match[str]]:
    """``_party_before().finditer(text)``, tried only where a match can start.

    A match ends at the first ``(`` after its start, and everything before that bracket is a
    name's character, so it starts in the run of such characters that ends at a bracket.
    Trying those positions, leftmost first, and going on after each match's end as
    ``finditer`` does, finds the same matches; the regular expression alone, tried at every
    position of the text, was 85% of ``kst_members``.
    """
    pattern, matches, position = _party_before(), [], 0
    while (bracket := text.find("(", position)) >= 0:
        start = bracket
        while start > position and _NAME_CHARS.match(text, start - 1):
            start -= 1
        for candidate in range(start, bracket):
            match = pattern.match(text, candidate)
            if match:
                matches.append(match)
                position = match.end()
                break
        else:
            position = bracket + 1
    return matches


def _clean(start: int, text: str) -> tuple[int, int] | None:
    """The name without a trailing word that is no name; None where a title stands in its place.

    ``de heer Minister van Justitie`` names an office, not a member; a leading ``Mw`` is
    dropped from the name. No surname starts with ``der`` or ``het``: ``de leden der Kamer``
    names no one (also when OCR prints ``der Kainer``).
    """
    honorific = _HONORIFIC.match(text)
    if honorific:
        start, text = start + honorific.end(), text[honorific.end():]
    words = text.split()
    name_words = [w for w in words if not re.fullmatch(NAME_PARTICLE, w)]
    if not name_words or words[0] in ("der", "het") or name_words[0].lower() in person_stopwords() or _OFFICE_WORD.match(name_words[0]):
        return None
    while words and words[-1].lower() in person_stopwords() and not re.fullmatch(NAME_PARTICLE, words[-1]):
        words = words[:-1]
    if not words:
        return None
    return start, start + text.index(words[-1], len(" ".join(words[:-1]))) + len(words[-1])


# An office with its holder's name after it: "Minister Schreinemacher", "staatssecretaris Van der Steur",
# "minister-president Rutte". The name opens with a capital, so "Minister van Financiën" is not one.
# A Belgian surname's particle is often printed in lower case after the office ("minister de Block"): read as a
# name only where the surname with a capital particle is listed, so not "heeft de minister de Kamer ...".
_OFFICE_WITH_NAME = re.compile(
    rf"(?<![\w-])(?:[Mm]inister(?:-[Pp]resident)?|MINISTER|[Ss]taatssecretaris|[Pp]remier)\s"
    rf"{_DEGREES}(?:(?P<name>(?=[A-Z]){_NAME})|(?P<particle_name>de\s{_WORD}))"
)


def office_holder_names(text: str) -> list[tuple[int, int, int]]:
    """Character spans of an office and the name printed after it (``MINISTER`` with its holder, section 3), each
    with the offset where the name begins."""
    spans = []
    for match in _OFFICE_WITH_NAME.finditer(text):
        if match["particle_name"] is not None:
            if "D" + match["particle_name"][1:] in surnames():
                spans.append((match.start(), match.end(), match.start("particle_name")))
            continue
        cleaned = _clean(match.start("name"), match.group("name"))
        if cleaned:
            spans.append((match.start(), cleaned[1], cleaned[0]))
    return spans


def member_names(text: str) -> list[tuple[int, int]]:
    """Character spans of the members named after a title, before their party or under a text they sign."""
    spans = []
    for match in _AFTER_TITLE.finditer(text):
        names_start = match.start("names")
        for name in _NAME_ONLY.finditer(match.group("names")):
            cleaned = _clean(names_start + name.start(), name.group(0))
            if cleaned:
                spans.append(cleaned)
    for match in _after_role().finditer(text):
        cleaned = _clean(match.start("name"), match.group("name"))
        if cleaned and " van " in text[cleaned[0]:cleaned[1]]:
            name, _, place = text[cleaned[0]:cleaned[1]].partition(" van ")
            if place in place_names():  # burgemeester Motoshima van Nagasaki
                cleaned = (cleaned[0], cleaned[0] + len(name))
        if cleaned and not names_an_organisation(text[cleaned[0]:cleaned[1]].split()):  # koning Boudewijnstichting
            spans.append(cleaned)
    for match in _party_matches(text):
        cleaned = _clean(match.start("name"), match.group("name"))
        if cleaned:
            spans.append(cleaned)
    spans.extend(signature_block_names(text))
    return sorted(set(spans))
