"""Bodies named by their head and a capitalised name (ANNOTATION.md section 3: committees, councils, services,
inspectorates, courts).

The Belgian questions name their committees, councils and services by a head word, ``voor`` or ``van``, and a
name in capitals (``Commissie voor Taaltoezicht``, ``commissie voor de Justitie``, ``Raad van State``, ``Hoge Raad
voor de Justitie``, ``Commissie voor Naturalisaties van de Kamer van Volksvertegenwoordigers``); no list holds
them all. Such a name is one ``ORG``: the head (``resources/body_name_heads.txt``) with the capitalised adjectives
before it (``Vaste``, ``Hoge``,
``Federale``, ``Belgisch``, ``Raadgevend``), ``voor``/``van``/``der``, an optional article and then capitalised
words or acronyms, joined by ``en`` or ``van de``/``voor de`` only where a capitalised word follows (a comma
opens the next body of a list: ``Raad van State, Grondwettelijk Hof``), up to a first name (``Hof van Cassatie
Luc Huybrechts``). In lower case only a committee, a court, a college or a directorate is so named (``commissie
voor de Justitie``; not ``transfer van autoriteit van de QRA-vliegtuigen``). It stops at the
first word in lower case (``College van procureurs-generaal`` is left to the lists and the recogniser). The span
is added where no entity stands, and over entities that lie wholly inside it and start after its head
(``Justitie`` in ``commissie voor de
Justitie``); one that runs out of it keeps its place.

A capitalised head (also as the end of a compound: ``Ombudsdienst``, ``Beheerscomite``; in lower case only a kind
of body the law defines, ``paritair comité``, ``technische commissie``) followed by ``voor`` and a complement in
lower case (``Centraal Meldpunt voor producten``, ``Ombudsdienst voor treinreizigers``,
``Algemeen Beheerscomite voor het sociaal statuut der zelfstandigen``, ``Nationale instelling voor radioactief afval
en verrijkte splijtstoffen``) names the body up to the complement's last noun: an optional ``de``/``het``,
adjectives (a word with an adjective's ending before another lower-case word) and one noun, then once ``en`` and
another such phrase, and once ``der``/``van de`` and another; it stops before anything else (a verb: ``voor
internationale tentoonstellingen deelde``), never takes ``een`` or a time (``voor de periode``, ``voor het jaar``),
and goes over a name a list found at the head (``Centraal Meldpunt``).

A company, association or corporation named after the word for its form or kind (``resources/company_forms.txt``:
``de vzw Verenigde Eigenaars``, ``de nv Berlaymont 2000``, ``de firma Sanofi Belgium``, ``het advocatenbureau
AllenOvery``, ``woningbouwcorporatie Stichting Humanitas Huisvesting``) is an ``ORG`` over the name alone, the form
word left out: capitalised words (a leading article only before another), ``en``/``&``/``van``/``de`` only between
two of them, a number right after a word of the name (``Berlaymont 2000``); not over a line's end, not where an
entity over the form word or beyond the name reads the words otherwise, not a first name with initials (``firma
J. Smit``: the recogniser's reading stands). A compound in lower case whose last part says the kind of company
(``resources/company_form_endings.txt``: ``vliegtuigmaatschappij Ryanair``, ``supermarktketen Delhaize``,
``poetsbedrijf GOM``) is such a word too. So is a legal form written after the name (``resources/legal_forms.txt``:
``Envirosoil nv``, ``Fedimmo NV``, ``Farmaka vzw``, ``Akzo N.V.``), where no name follows the form (``vzw Sport en
Recreatie`` is read the other way) and the name is no common word (``Een vzw``, ``Belgische vzw``). A name so
found is an ``ORG`` wherever the same document names it again where no entity stands (``Farmaka`` after ``de vzw
Farmaka``): the text said once what it is; not inside a longer name (``SPV Brussels Port``) nor after ``het``
(``de NV Zeekanaal`` ... ``over het Zeekanaal``, the canal).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from spacy.lang.nl.stop_words import STOP_WORDS

from . import resources
from .gazetteer import common_words, is_first_name
from .units import EntityClaims, token_strings

_PREPOSITIONS = {"voor", "van", "der"}
_ARTICLES = {"de", "het", "der", "des"}
# Words that join two parts of one name when a capitalised word follows them.
_JOINERS = {"en", ",", "van", "voor", "de", "het", "der", "des", "op", "inzake", "&"}
# Heads that name a body in lower case too (commissie voor de Justitie, hof van beroep); others only capitalised.
_LOWER_HEADS = {"commissie", "commissies", "comite", "comité", "hof", "rechtbank", "college", "directie"}
_MAX_JOIN = 3  # joining words in a row (", van de", "voor de")
_MAX_NAME = 14  # tokens after the head


_COMPANY_JOINERS = {"en", "&", "van", "de", "der", "du", "des", "la", "le"}
_NAME_ARTICLES = {"De", "Het", "Le", "La", "Les", "L'", "The", "Den"}
_MAX_COMPANY = 6  # tokens of a company's name


@lru_cache(maxsize=1)
def company_forms() -> frozenset[str]:
    return frozenset(resources.lines("company_forms.txt"))


@lru_cache(maxsize=1)
def company_form_endings() -> tuple[str, ...]:
    return tuple(resources.lines("company_form_endings.txt"))


@lru_cache(maxsize=1)
def legal_forms() -> frozenset[str]:
    return frozenset(resources.lines("legal_forms.txt"))


def _form_word(text: str, lower: str, forms: frozenset[str], endings: tuple[str, ...]) -> bool:
    """A word for a company's form or kind before its name: ``vzw``, ``NV``, ``firma``, ``spoorwegmaatschappij``."""
    if lower in forms:
        return text == lower or text.isupper() and len(text) <= 4
    return text == lower and lower.endswith(endings) and not any(lower == ending for ending in endings)


def with_company_names(doc: Doc, entities: list[Span]) -> list[Span]:
    """``entities`` with the names after a company's form word, and before a legal form, added, and these names
    again where the document repeats them (see the module's docstring); sorted."""
    texts, lowers = token_strings(doc)
    forms, endings, after = company_forms(), company_form_endings(), legal_forms()
    starts = [i for i, (text, lower) in enumerate(zip(texts, lowers)) if _form_word(text, lower, forms, endings)]
    ends = [i for i, text in enumerate(texts) if text in after]
    if not starts and not ends:
        return entities
    claims = EntityClaims(doc, entities)
    owner = claims.owner
    found = []
    spans = [(i + 1, _company_name_end(texts, i + 1), i) for i in starts]
    spans += [(_company_name_start(texts, lowers, i), i, i) for i in ends
              if i + 1 >= len(texts) or not _company_word(texts[i + 1])]  # vzw Sport en Recreatie: a name after
    for start, end, form in spans:
        if start is None or end is None or owner[form] is not None:
            continue  # an entity over the form word (de vzw Sigedis found whole) reads it otherwise
        if end == form and owner[form - 1] is not None:
            continue  # PTT Nederland NV: the name before the form is found (or read otherwise) already
        inside = claims.replaceable(start, end, ("ORG", "PERSON"))
        if inside is None or any(o.start == start and o.end == end and o.label_ == "ORG" for o in inside):
            continue  # read otherwise, or found already
        span = Span(doc, start, end, label="ORG")
        claims.claim(span)
        found.append(span)
    _claim_named_again(doc, texts, [span for span in found if span.text.isupper() or len(span.text) > 3], claims)
    return claims.entities()


def _company_name_start(texts: list[str], lowers: list[str], form: int) -> int | None:
    """The start of a company's name that ends before the legal form at token ``form`` (``Envirosoil nv``), or
    None where no name stands there: a common word (``Een vzw``, ``Belgische vzw``) is none."""
    start = form
    while start > max(0, form - _MAX_COMPANY) and "\n" not in texts[start - 1]:
        if _company_word(texts[start - 1]):
            start -= 1
        elif start < form and start > 1 and lowers[start - 1] in _COMPANY_JOINERS and _company_word(texts[start - 2]):
            start -= 2  # Waterwegen en Zeekanaal NV, Creosoteerwerf van Brussels NV
        else:
            break
    while start < form and (lowers[start] in STOP_WORDS or lowers[start] in common_words()):
        start += 1  # Eigenaar Fedimmo NV: a title before the name
    return start if start < form else None


def _claim_named_again(doc: Doc, texts: list[str], names: list[Span], claims: EntityClaims) -> None:
    """Claim each other place where the document writes one of ``names`` (token for token) and no entity stands."""
    owner = claims.owner
    for name in {tuple(texts[span.start:span.end]): span for span in names}:
        for i in range(len(texts) - len(name) + 1):
            end = i + len(name)
            alone = not (i and (_company_word(texts[i - 1]) or texts[i - 1] == "het")
                         or end < len(texts) and _company_word(texts[end]))  # over het Zeekanaal: the canal
            if alone and texts[i] == name[0] and tuple(texts[i:end]) == name and all(o is None for o in owner[i:end]):
                claims.claim(Span(doc, i, end, label="ORG"))  # not inside a longer name (SPV Brussels Port)


def _company_name_end(texts: list[str], k: int) -> int | None:
    """The end of a company's name starting at token ``k``, or None where none starts there."""
    n = len(texts)
    if k >= n or "\n" in texts[k - 1] or not _company_word(texts[k]):
        return None
    if texts[k] in _NAME_ARTICLES and not (k + 1 < n and _company_word(texts[k + 1])):
        return None  # de vzw De ...: an article alone is no name
    if re.fullmatch(r"[A-Z]\.", texts[k]):
        return None  # firma J. Smit: initials, the recogniser's reading stands
    end = k + 1
    while end < min(n, k + _MAX_COMPANY):
        if _company_word(texts[end]):
            end += 1
        elif texts[end].isdigit() and len(texts[end]) <= 4 and end == k + 1 or \
                texts[end].lower() in _COMPANY_JOINERS and end + 1 < n and _company_word(texts[end + 1]):
            end += 1 if texts[end].isdigit() else 2
        elif texts[end] == "-" and end + 1 < n and _company_word(texts[end + 1]):
            end += 2  # VZW Sint-Lodewijk, split at its hyphen
        else:
            break
    if end + 1 < n and texts[end] == "." and re.fullmatch(r"[A-Z]\.?", texts[end + 1]):
        return None  # firma GEO. F. EGIDIUS: a first name cut short before initials
    return end


def _company_word(text: str) -> bool:
    """A word of a company's name: capitalised (``Sanofi``, ``AllenOvery``, ``Pro-Q-Kine``, ``ASTRID``)."""
    return text[:1].isupper() and any(c.isalpha() for c in text) and text.replace("-", "").replace("'", "").isalnum()


@lru_cache(maxsize=1)
def body_name_heads() -> frozenset[str]:
    return frozenset(resources.lines("body_name_heads.txt"))


_ADJECTIVE_END = re.compile(r"(?:e|ief|aal|eel|isch|ig|lijk|iek|air|ieel|ueel|baar|ien)$")


@lru_cache(maxsize=1)
def complement_heads() -> tuple[str, ...]:
    return tuple(word for word in resources.lines("complement_heads.txt") if " " not in word)


@lru_cache(maxsize=1)
def lower_case_complement_heads() -> frozenset[tuple[str, ...]]:
    """Heads of two lower-case words (``paritair comité``) that name a body before ``voor`` and a complement."""
    return frozenset(tuple(word.split()) for word in resources.lines("complement_heads.txt") if " " in word)


@lru_cache(maxsize=1)
def complement_stops() -> frozenset[str]:
    return frozenset(resources.lines("complement_stops.txt"))


_MAX_COMPLEMENT = 9
# Function words that end a complement: articles, prepositions, conjunctions, auxiliaries.
_FUNCTION_WORDS = {"en", "of", "de", "het", "een", "der", "van", "voor", "die", "dat", "in", "op", "met", "te", "aan",
                   "bij", "om", "zijn", "is", "werd", "wordt", "heeft", "zal", "kan", "naar", "tot", "als", "door",
                   "uit", "over"}


def with_lower_case_complements(doc: Doc, entities: list[Span]) -> list[Span]:
    """``entities`` with the bodies named by a capitalised head, ``voor`` and a lower-case complement (see the
    module's docstring); sorted by start."""
    texts, lowers = token_strings(doc)
    pairs = lower_case_complement_heads()
    starts = [i for i, lower in enumerate(lowers) if lower == "voor" and i
              and (_complement_head(texts[i - 1]) or i > 1 and (lowers[i - 2], lowers[i - 1]) in pairs)]
    if not starts:
        return entities
    claims = EntityClaims(doc, entities)
    owner = claims.owner
    for v in starts:
        end = _complement_end(texts, lowers, v + 1)
        if end is None:
            continue
        head = v - 1
        start = head if _complement_head(texts[head]) else head - 1  # paritair comité: both words
        held = owner[head]
        if held is not None:
            if held.label_ != "ORG" or held.end != v:
                continue
            start = held.start
        else:
            while start > 0 and (_adjective(texts[start - 1], lowers[start - 1]) or texts[start - 1] == "Algemeen") \
                    and owner[start - 1] is None:
                start -= 1
        if any(o is not None for o in owner[v:end]):
            continue
        end = _place_after(texts, lowers, end, owner)
        claims.claim(Span(doc, start, end, label="ORG", kb_id=held.kb_id_ if held is not None else ""))
    return claims.entities()


def _place_after(texts: list[str], lowers: list[str], end: int, owner: list) -> int:
    """The end of the complement with the capitalised words after ``van (de/het)`` that no entity holds (``Fonds
    voor de beveiliging van Brussel``, ``... van het marien milieu van de Noordoostelijke Atlantische Oceaan``);
    an organisation there is joined as a unit's parent by ``units.py`` instead."""
    k = end + 1
    if end >= len(texts) or lowers[end] != "van":
        return end
    if k < len(texts) and lowers[k] in ("de", "het"):
        k += 1
    words = k
    while words < min(len(texts), k + 4) and owner[words] is None and texts[words].istitle() \
            and texts[words].isalpha():
        words += 1
    return words if words > k else end


def _complement_head(text: str) -> bool:
    lower = text.lower()
    return text[:1].isupper() and text.replace("-", "").isalpha() and lower.endswith(complement_heads()) \
        and not lower.endswith("graad")


def _complement_end(texts: list[str], lowers: list[str], k: int) -> int | None:
    """The end of a lower-case complement from token ``k`` (after ``voor``), or None where none is there."""
    n = len(texts)
    if k < n and lowers[k] in ("de", "het"):
        k += 1
    end = _noun_phrase_end(texts, k)
    if end is None:
        return None
    joined = {"en": False, "of": False}
    while end < n:
        if lowers[end] == "en" and not joined["en"]:
            nxt = _noun_phrase_end(texts, end + 1)
            joined["en"] = True
        elif lowers[end] == "der" and not joined["of"]:
            nxt = _noun_phrase_end(texts, end + 1)
            joined["of"] = True
        elif lowers[end] == "van" and end + 1 < n and lowers[end + 1] in ("de", "het") and not joined["of"]:
            nxt = _noun_phrase_end(texts, end + 2)
            joined["of"] = True
        else:
            break
        if nxt is None:
            break
        end = nxt
    return end


def _noun_phrase_end(texts: list[str], k: int) -> int | None:
    """The end of lower-case adjectives and one noun from token ``k`` (``radioactief afval``, ``ziekte- en
    invaliditeitsverzekering`` as far as ``ziekte-``), or None."""
    n = len(texts)
    start = k
    while k < n and k - start < _MAX_COMPLEMENT and _lower_word(texts[k]):
        last = k + 1 == n or not _lower_word(texts[k + 1])
        if texts[k].endswith("-") or not last and _ADJECTIVE_END.search(texts[k]):
            k += 1
            continue
        if texts[k] in complement_stops() or "\n" in texts[k]:
            return None
        return k + 1
    return None


def _lower_word(text: str) -> bool:
    return text.replace("-", "").isalpha() and text.islower() and text not in _FUNCTION_WORDS \
        and text not in complement_stops()


def with_named_bodies(doc: Doc, entities: list[Span]) -> list[Span]:
    """``entities`` with the bodies named by head and capitalised name added; sorted by start."""
    texts, lowers = token_strings(doc)
    heads = body_name_heads()
    starts = [i for i, lower in enumerate(lowers) if lower in heads]
    if not starts:
        return entities
    claims = EntityClaims(doc, entities)
    for i in starts:
        end = _name_end(texts, lowers, i)
        if end is None:
            continue
        start = i
        while start > 0 and _adjective(texts[start - 1], lowers[start - 1]):
            start -= 1
        inside = claims.replaceable(start, end)
        if inside is None or any(o.label_ == "REF" or o.start in (start, i) for o in inside):
            continue  # an entity over it or beyond it, or a name found before at its head (Commissie van
            # Rapporteurs before "voor het Ontwerp van Wet", Raad van State before "van het Koninkrijk")
        claims.claim(Span(doc, start, end, label="ORG"))
    return claims.entities()


def _name_end(texts: list[str], lowers: list[str], head: int) -> int | None:
    """The end of the name after the head at ``head``, or None where no capitalised name follows."""
    n = len(texts)
    k = head + 1
    if k >= n or lowers[k] not in _PREPOSITIONS or (texts[head].islower() and lowers[head] not in _LOWER_HEADS):
        return None  # a transfer van autoriteit van de ...: only a committee or a court is named in lower case
    k += 1
    if k < n and lowers[k] in _ARTICLES:
        k += 1
    if k >= n or not _capitalised(texts[k]):
        return None
    end = k + 1
    while end < min(n, head + _MAX_NAME):
        if _capitalised(texts[end]) and not is_first_name(texts[end]):  # Hof van Cassatie Luc Huybrechts
            end += 1
            continue
        j = end
        while j < n and j - end < _MAX_JOIN and lowers[j] in _JOINERS:
            j += 1
        # no comma (Raad van State, Grondwettelijk Hof: a list of bodies), no bare article (Levenssfeer de FOD)
        if j > end and j < n and _capitalised(texts[j]) and "\n" not in texts[end - 1] \
                and "," not in lowers[end:j] and lowers[end] not in _ARTICLES \
                and not _second_body(lowers, end, j):
            end = j + 1
            continue
        break
    return end


def _second_body(lowers: list[str], joiners: int, k: int) -> bool:
    """Whether the joining words from ``joiners`` (``en het``) open a second body at ``k``: an article after ``en``,
    then a head with its own preposition (``College van Hoven en Rechtbanken en het College van het openbaar
    ministerie``: two colleges, each named whole)."""
    return lowers[joiners] == "en" and lowers[k - 1] in _ARTICLES and lowers[k] in body_name_heads() \
        and k + 1 < len(lowers) and lowers[k + 1] in _PREPOSITIONS


def _capitalised(text: str) -> bool:
    """A word of a name: capitalised with a lower-case letter in its first part (``Landsverdediging``, not
    ``QRA-vliegtuigen``), or an acronym of two letters or more (``RIZIV``)."""
    if not text.replace("-", "").isalpha() or not text[:1].isupper():
        return False
    return any(c.islower() for c in text.split("-")[0]) or (len(text) >= 2 and text.isupper())


def _adjective(text: str, lower: str) -> bool:
    """A capitalised adjective before the head: Vaste, Hoge, Federale, Interne, Belgisch, Nationaal, Centraal."""
    return text[:1].isupper() and text.isalpha() and lower.endswith(("e", "aal", "eel", "isch", "gevend")) \
        and lower not in _ARTICLES \
        and len(lower) > 3 and lower not in {"deze", "onze", "elke", "welke", "alle", "beide", "andere", "bedoelde"}
