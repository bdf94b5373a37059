"""``kst_entity_ids``: a canonical ``kb_id`` on every entity (ANNOTATION.md section 3)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from spacy.lang.nl.stop_words import STOP_WORDS

from .. import resources
from ..bodies import is_short_name
from ..gazetteer import (
    name_particles,
    common_words,
    english_words,
    entity_id,
    is_first_name,
    known_surname,
    names_a_body,
    names_an_organisation,
    office_portfolio_key,
    organisation_names,
    party_forms,
    person_stopwords,
    place_names,
    place_parts,
)
from ..header import known_places
from ..offices import canonical_portfolio, portfolio_key
from .references import sentence_openers
from .spangroups import span_groups_kept

_REGNAL_NUMBER = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")
_INITIALS = re.compile(r"(?:[A-Z]\.|Th\.|Ph\.|Chr\.)+")
_FINAL_STOP = re.compile(r"([A-Z][\w-]*[a-z])(\.|\?\d{0,2})")
_SENTENCE_STOPS = {".", "?", "!", ";", ":", ","}
_GLUED_STOPS = {".", "?", "!", ").", ".)", ")"}
# The end of an organisation's or an office's last word glued to the next sentence: its stop and a number
# (`Parlement.`, `Hof van cassatie?2`, `Buitenlandse Handel.4`, `Waals Gewest.2016201715578-10-709-nl-fr-1`), or
# the punctuation of a list (`Ministerie van Defensie;- twee van`, `College van commissarissen);-`).
_BODY_FINAL_STOP = re.compile(r"([\w-]*[a-z]{3})(\.(?:\d[\w-]*)?|\?\d{0,2}|\)?;-?)")
# A token of letters and digits (a vehicle type T13, a licence G1, OCR's Belgie?2) is never a name.
_LETTERS_AND_DIGITS = re.compile(r"(?=.*[^\W\d_])(?=.*\d).+")
_NAME_PARTICLES = frozenset(name_particles())  # resources/name_particles.txt
# Words just before a name that say it is one: a title, a form of address, a list of names.
_NAME_CONTEXT = {"heer", "heeren", "heren", "mevrouw", "mejuffrouw", "mw", "mevr", "dhr", "mej", "lid", "leden",
                 "kamerlid", "kamerleden", "minister", "staatssecretaris", "collega", "en", ",", "."}
# The words of that context that only a person follows.
_TITLE_CONTEXT = _NAME_CONTEXT - {"en", ",", "."}
# Prepositions of place before a name that make it a place (in Tarin Kowt, uit Kandahar), not a person.
_LOCATIVE = {"in", "uit"}
# What ends a sentence, so that the next capitalised word may be an ordinary one.
_SENTENCE_END = {".", "!", "?", ":", ";", "…"}
# A saint's name is a place or a church, no person: Sint-Joost, St. Anna, Sint Maarten.
_SAINT = re.compile(r"(?:Sint|St|Ste|Sainte?|San|Santa|Heilige)\.?(?:-|$)")
# Forms of address the recogniser takes for an office before a name (``Mijnheer Van Gijzel``).
_ADDRESS = {"mijnheer", "meneer", "mevrouw", "voorzitter", "collega"}
# An office names its role, however OCR spelt it (Ministor, MitiisUr, Staatssecretaris, viceminister-president).
_ROLE_WORD = re.compile(r"(?i)(?:m[il1]|st|vice|pre)")


@Language.factory("kst_entity_ids", requires=["doc.ents"], assigns=["token.ent_kb_id"])
def make_entity_linker(nlp: Language, name: str) -> EntityIdLinker:
    return EntityIdLinker(name)


class EntityIdLinker:
    """Gives ``ORG`` and ``MINISTER`` entities the gazetteer key, whoever found them.

    The entity ruler tags its matches with the key as ``ent_id``; the statistical
    ``ner`` finds forms the gazetteer lacks, and those are looked up here by
    their normalised text. ``REF`` entities keep the id their parser gave.
    A ``MINISTER`` span that stops inside its portfolio (``Minister van Volkshuisvesting,``
    before ``Ruimtelijke Orde-ning en Milieubeheer``, where OCR kept a line-break hyphen)
    is extended to the whole portfolio the gazetteer knows, over the spans it covers.
    ``PERSON`` spans are tidied where a rule knows better than the recogniser:

    - one whose last word is never a surname (``A. Tussen``: an enumeration letter and
      a function word) is dropped, and so is a portfolio taken for a name
      (``van Economische Zaken`` after ``Minister``, ``Waterstaat``);
    - two names joined by ``en`` are two persons (``Van Lier en Donker``); lower-case words before a
      name are no part of it (``volksvertegenwoordiger Gautier Calomne``);
    - a monarch in capitals keeps the regnal number that follows (``WILLEM III``), and a double surname
      cut after its second particle goes on to its end (``Veldhoven-van`` + ``der Meer``);
    - a place where letters are signed (``Den Haag``, ``Den Helder``) is no person, nor is a Dutch or Belgian
      place (``resources/places_nl_be.txt``: ``Ter Apel``, ``Gent``) that no title, initial or party marks;
    - one made only of common words (``HAVENS``, ``I. Middelen``: a table head, an enumerated
      heading) is dropped, unless a title, a list or a party in brackets around it says it
      is a name (``Mw Van der Meer``, ``Mans (RPF)``); at the start of a sentence the full stop
      before it says nothing, so a capitalised ordinary word there (``Anderzijds``) is dropped;
    - a name whose first or last word makes it an organisation's (``Hoge Gezondheidsraad``,
      ``Brussels Airlines``, ``Hof van Cassatie``) is an ``ORG``, never a person;
    - ``<surname> van <organisation>`` (``Jansen van de FNV`` in a list of people heard) is a
      ``PERSON`` and an ``ORG``;
    - a saint's name (after ``Sint``, ``St.``) is a place or a church, no person, and so is a name right after
      ``in`` or ``uit`` that no initial or party marks (``in Tarin Kowt``, ``asiel in Belgie``);
    - one word in capitals that the document labels an ``ORG`` elsewhere (``visietekst CBRNE`` beside
      ``de CBRNE-expertise``) is that ``ORG``: an acronym, read one way in one text.
    """

    def __init__(self, name: str = "kst_entity_ids") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        _split_final_stops(doc)
        _split_at_glued_sentences(doc)
        entities: list[Span] = []
        taken_until = 0
        acronyms = {ent.text for ent in doc.ents if ent.label_ == "ORG" and len(ent) == 1 and ent.text.isupper()}
        for ent in doc.ents:
            if ent.start < taken_until:
                continue
            if ent.label_ in ("ORG", "MINISTER") and len(ent) > 1 and ent[-1].text in _SENTENCE_STOPS:
                ent = Span(doc, ent.start, ent.end - 1, label=ent.label_, kb_id=ent.kb_id_)  # "het Parlement."
            if ent.label_ == "MINISTER" and (len(ent) == 1 and ent.text.lower() in _ADDRESS
                                             or not any(_ROLE_WORD.match(t.text) for t in ent)):
                continue
            if ent.label_ == "MINISTER":
                ent = _portfolio_list(doc, _whole_office(doc, ent))
                taken_until = ent.end
            if ent.label_ == "PERSON" and ent.text in acronyms:
                ent = Span(doc, ent.start, ent.end, label="ORG")  # an acronym the document reads as a body
            elif ent.label_ == "PERSON":
                entities.extend(self._persons(doc, ent))
                continue
            if ent.label_ in ("ORG", "MINISTER") and not ent.kb_id_:
                kb_id = ent.ent_id_ or entity_id(ent.label_, ent.text)
                if kb_id:
                    ent = doc.char_span(ent.start_char, ent.end_char, label=ent.label_, kb_id=kb_id)
            entities.append(ent)
        doc.ents = _with_full_names(doc, entities)
        return doc

    @staticmethod
    def _persons(doc: Doc, ent: Span) -> list[Span]:
        parts, start = [], ent.start
        for token in ent:
            if token.text == "en" and start < token.i < ent.end - 1 and token.nbor(1).is_title:
                parts.append(doc[start:token.i])
                start = token.i + 1
        parts.append(doc[start:ent.end])
        entities = []
        for part in parts:
            part = _before_date(doc, part)
            if part is not None:
                part = _without_leading_words(doc, part)
            if part is None:
                continue
            words = part.text.split()
            if names_an_organisation(words):
                entities.append(_organisation(doc, part.start, part.end))
                continue
            member, body = _member_of_body(doc, part)
            if body is not None:
                entities.append(body)
                part = member
                words = part.text.split()
            portfolio = " ".join(words[1:] if words[0] == "van" else words)
            if (part[-1].lower_ in person_stopwords() or portfolio_key(canonical_portfolio(portfolio))
                    or part.text in known_places() or _after_saint(doc, part) or _a_place(doc, part)
                    or _after_locative(doc, part) or _no_name(doc, part)
                    or (_only_common_words(part) and not known_surname(part.text)
                        and not _named_by_context(doc, part))
                    or _ordinary_word_opening_sentence(doc, part) or _english_words(doc, part)):
                continue
            end = max(_double_name_end(doc, part), _surname_end(doc, part))
            if (part.text.isupper() and end < len(doc) and not doc[end].ent_type_
                    and _REGNAL_NUMBER.fullmatch(doc[end].text)):
                end += 1
            entities.append(Span(doc, part.start, end, label="PERSON"))
        return sorted(entities, key=lambda span: span.start)


def _split_final_stops(doc: Doc) -> None:
    """A name never ends in the punctuation of its sentence: a surname that the tokenizer keeps with its
    stop as an abbreviation (``mevrouw Barbara Pas.`` at the end of a paragraph), or with a question mark and
    the next question's number glued on (``Carl Devlies?2. Kunt u``), is split from it, so that the
    ``PERSON`` ends before; an initial (``J.``, ``Chr.``) keeps its stop. An ``ORG`` or ``MINISTER`` whose last
    word keeps its sentence's stop (``bij het Parlement.``), a question mark or a number glued after
    (``Hof van cassatie?2``, ``belast met Buitenlandse Handel.4``) ends before them too."""
    stops = [(ent[-1], _FINAL_STOP) for ent in doc.ents if ent.label_ == "PERSON"
             and _FINAL_STOP.fullmatch(ent[-1].text)
             and not _INITIALS.fullmatch(ent[-1].text) and len(ent[-1].text) > 3
             and (ent.end == len(doc) or "\n" in ent[-1].whitespace_ or doc[ent.end].is_title
                  or doc[ent.end].is_space or "?" in ent[-1].text)]
    stops += [(ent[-1], _BODY_FINAL_STOP) for ent in doc.ents if ent.label_ in ("ORG", "MINISTER")
              and _BODY_FINAL_STOP.fullmatch(ent[-1].text)]
    if not stops:
        return
    with span_groups_kept(doc), doc.retokenize() as retokenizer:
        for token, pattern in stops:
            word, stop = pattern.fullmatch(token.text).groups()
            retokenizer.split(token, [word, stop], heads=[token, (token, 0)],
                              attrs={"ENT_IOB": [token.ent_iob, 2], "ENT_TYPE": [token.ent_type, 0]})


def _split_at_glued_sentences(doc: Doc) -> None:
    """An ``ORG`` or ``MINISTER`` that runs over a heading glued to its paragraph's first word (``FOD
    Economie|Wat betreft``, ``Sociaal Overleg|De FOD Werkgelegenheid``, split so by ``kst_references``) is cut
    there: the opener is no part of it, and what follows it is an organisation of its own where it is one."""
    openers = sentence_openers()[0]
    entities = []
    changed = False
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "MINISTER"):
            entities.append(ent)
            continue
        stop = next((t.i for t in ent[1:-1] if t.text in _GLUED_STOPS and not t.whitespace_ and t.nbor(1).is_title
                     and t.nbor(1).is_alpha and len(t.nbor(1)) > 1 and t.nbor(-1).is_alpha and len(t.nbor(-1)) > 1),
                    None)  # "(dienst Parlementaire Vragen).Enkele opmerkingen": the next sentence; not P.v.d.A.
        if stop is not None:
            ent = Span(doc, ent.start, stop, label=ent.label_, kb_id=ent.kb_id_)
            changed = True
        cuts = [t.i for t in ent[1:] if t.text in openers and not doc[t.i - 1].whitespace_ and doc[t.i - 1].is_alpha]
        if not cuts:
            entities.append(ent)
            continue
        changed = True
        start = ent.start
        for cut in [*cuts, ent.end]:
            if cut > start:
                piece = Span(doc, start, cut, label=ent.label_, kb_id=ent.kb_id_)
                if start == ent.start:
                    entities.append(piece)
                elif ent.label_ == "ORG" and piece[0].text[:1].isupper():
                    entities.append(_organisation(doc, start, cut))
            start = cut + 1
    if changed:
        doc.ents = entities


def _organisation(doc: Doc, start: int, end: int) -> Span:
    text = doc[start:end].text
    return Span(doc, start, end, label="ORG", kb_id=entity_id("ORG", text) or "")


def _before_date(doc: Doc, part: Span) -> Span | None:
    """The name without a date that the recogniser ran on into (``Hof van Cassatie van 24 juni``)."""
    for token in part[1:]:
        if token.is_digit or (token.lower_ == "van" and token.i + 1 < part.end and token.nbor(1).is_digit):
            return doc[part.start:token.i] if token.i > part.start else None
    return part


def _double_name_end(doc: Doc, part: Span) -> int:
    """The end of a double surname that the recogniser cut after a particle (``S. van Veldhoven-van``
    before ``der Meer``): particles and one capitalised word more."""
    last = part[-1].text
    if "-" not in last or last.rsplit("-", 1)[1].lower() not in _NAME_PARTICLES:
        return part.end
    end = part.end
    while end < len(doc) and doc[end].lower_ in _NAME_PARTICLES and not doc[end].ent_type_:
        end += 1
    if end < len(doc) and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_:
        return end + 1
    return part.end


def _without_leading_words(doc: Doc, part: Span) -> Span | None:
    """The name without the lower-case words the recogniser took in before it (``volksvertegenwoordiger
    Gautier Calomne``, ``oud-minister``); a particle (``van Agt``) stays."""
    start = part.start
    while start < part.end and doc[start].is_lower and doc[start].lower_ not in _NAME_PARTICLES:
        start += 1
    return doc[start:part.end] if start < part.end else None


def _member_of_body(doc: Doc, part: Span) -> tuple[Span, Span | None]:
    """``Jansen van de FNV``: the person and the body they speak for, where the words after ``van``
    (and an article) are an organisation's: a known one, an acronym, or a name an organisation word ends."""
    for token in part[1:-1]:
        if token.text != "van":  # a name in capitals (A. G. A. VAN RAPPARD) writes its particles in capitals
            continue
        body_start = token.i + 1
        while body_start < part.end - 1 and doc[body_start].lower_ in ("de", "het", "der"):
            body_start += 1
        body = doc[body_start:part.end]
        words = body.text.split()
        acronym = len(body) == 1 and body.text.isupper() and 1 < len(body.text) <= 6
        if body.text.casefold() in organisation_names() or acronym or names_an_organisation(words):
            return doc[part.start:token.i], _organisation(doc, body.start, body.end)
    return part, None


def _a_place(doc: Doc, part: Span) -> bool:
    """A Dutch or Belgian place (``resources/places_nl_be.txt``: ``Ter Apel``, ``Gent``), a country, or a
    station or district of one (``Brussel-Noord``, ``Leuven-Centraal``, ``Olst-Wijhe``: places and the words
    of ``resources/place_parts.txt`` joined by hyphens; ``Antwerpen Luchtbal``: one word after a place) that
    no title, initial or party in brackets marks as a person's name."""
    if part.text not in place_names() and not _place_compound(doc, part):
        return False
    before = doc[part.start - 1] if part.start else None
    if before is not None and (before.lower_.rstrip(".") in _TITLE_CONTEXT
                               or len(before.text) <= 3 and before.text.endswith(".") and before.text[0].isupper()):
        return False
    if _party_after(doc, part):
        return False
    return not _in_list_of_persons(doc, part)


def _place_compound(doc: Doc, part: Span) -> bool:
    if "-" in part.text.strip("-"):
        pieces = [piece.strip() for piece in part.text.split("-")]
        return all(pieces) and any(piece in place_names() for piece in pieces) and all(
            piece in place_names() or piece in place_parts() for piece in pieces)
    before = doc[part.start - 1] if part.start else None
    return (len(part) == 1 and before is not None and before.text in place_names() and not before.ent_type_
            and not before.whitespace_ == "" and before.is_title and "\n" not in before.whitespace_)


def _after_locative(doc: Doc, part: Span) -> bool:
    """A name right after ``in`` or ``uit`` with no initial or party: a place (``in Tarin Kowt``, ``asiel in
    Belgie``, ``in Tielen``) or a work (``in Van Dale``), no person; found on the 2026-12-04 blind sample."""
    if not part.start or doc[part.start - 1].lower_ not in _LOCATIVE:
        return False
    if any(t.text.endswith(".") for t in part) or _party_after(doc, part):
        return False
    return True


def _in_list_of_persons(doc: Doc, part: Span, reach: int = 8) -> bool:
    """A name in a list (commas, ``en``, capitalised words) that holds more persons' names than places,
    a person's name being one that is no place and not only common words (``Van Middelkoop, Netelenbos,
    Nuis``); unlike a list of places the recogniser took for names (``Antwerpen, Gent, Luik en Charleroi``;
    ``Turnhout, Tielen, Herentals, Nijlen``, where one station is also a member's name) or of ministries
    (``Buitenlandse Zaken, Economie, Financien``)."""
    persons = {i: ent.start for ent in doc.ents if ent.label_ == "PERSON" and ent.text not in place_names()
               and not _only_common_words(ent) for i in range(ent.start, ent.end)}
    names, places = set(), set()
    for step, first in ((-1, part.start - 1), (1, part.end)):
        i = first
        while 0 <= i < len(doc) and abs(i - first) < reach:
            if i in persons:
                names.add(persons[i])
            elif doc[i].text in place_names():
                places.add(i)
            bracket = _bracket_from(doc, i, step)
            if bracket is not None:
                i = bracket + step  # Leijnse (PvdAI, Nuis (066), De Cloe (PvdA); Aalst (5440), Antwerpen (5345)
                continue
            if not (doc[i].text in {",", "en"} or doc[i].is_title or doc[i].lower_ in _NAME_PARTICLES):
                break
            i += step
    return len(names) > len(places)


def _bracket_from(doc: Doc, i: int, step: int, reach: int = 4) -> int | None:
    """The other end of a short bracket that opens (step 1) or closes (step -1) at ``i``, or None; OCR
    may print its close as ``I`` (``(PvdAI,``)."""
    opening, closing = ("(", ")") if step == 1 else (")", "(")
    if doc[i].text != opening:
        return None
    for k in range(i + step, i + step * (reach + 1), step):
        if not 0 <= k < len(doc):
            return None
        if doc[k].text == closing or step == 1 and doc[k].text == ",":
            return k if doc[k].text == closing else k - 1
    return None


def _party_after(doc: Doc, part: Span) -> bool:
    """A party or a group in brackets after the name (``Mans (RPF)``, ``Van Eetvelde (N-VA)``, ``(beiden
    CDA)``), not a number, a code or a place (``Aalst (5440)``, ``Hasselt (HAZODI-5370)``, ``Jumet (Charleroi)``)."""
    if part.end + 1 >= len(doc) or doc[part.end].text != "(":
        return False
    inside = doc[part.end + 1].text
    if inside in party_forms() or is_short_name(doc, part.end + 1, part.end + 2):
        return True  # Mans (RPF); minister Ter Beek (Defensie)
    return not (any(c.isdigit() for c in inside) or inside in place_names() or inside.istitle())


def _no_name(doc: Doc, part: Span) -> bool:
    """What the recogniser took for a name but cannot be one: a span with no capitalised word but an
    initial (``5,0 T. eq. CO2``; not the OCR'd ``Van lersel``); one that opens with a particle in lower case
    that no title or list marks (``de Belgische``: a name without first name or initials writes ``Van``),
    or with ``van het`` (no surname does), or ``van de`` and words of a body (``de leden van het Koninklijk
    Huis``, ``van de Vaste Commissie``); a ministry or federal service by its short name (``Financien`` in a
    list of portfolios); the first part of a compound cut at its hyphen (``IT-`` of ``IT-systemen``, ``DAEB-``
    of ``DAEB-werkzaamheden``)."""
    if part[-1].text == "-":
        return True  # a name never ends in a hyphen: the word goes on after it
    if len(part) == 1 and _LETTERS_AND_DIGITS.fullmatch(part.text):
        return True  # T13, G1, Kamer,2015-2016
    if not any(c.isupper() for c in part[-1].text) and all(_INITIALS.fullmatch(t.text) or not t.text[:1].isupper()
                                                           for t in part):
        return True
    if part[0].text == "van" and len(part) > 2 and part[1].text in {"het", "de"}:
        words = [t.text for t in part[2:]]
        if part[1].text == "het" or names_a_body(words) or all(word.lower() in common_words() for word in words):
            return True  # de leden van het Koninklijk Huis, van de Vaste Commissie: a body, however titled
    if part[0].lower_ in _NAME_PARTICLES and part[0].is_lower and not _named_by_context(doc, part):
        return True
    return is_short_name(doc, part.start, part.end)


def _after_saint(doc: Doc, part: Span) -> bool:
    before = doc[part.start - 1].text if part.start else ""
    if before == "-" and part.start >= 2:
        before = doc[part.start - 2].text + "-"
    return bool(_SAINT.fullmatch(before)) or bool(_SAINT.match(part[0].text + ("-" if len(part) > 1 else "")))


def _ordinary_word_opening_sentence(doc: Doc, part: Span) -> bool:
    """One capitalised word that opens a sentence and is a function word or a common word (``Anderzijds``),
    not a member's surname (``Blok``)."""
    if len(part) != 1:
        return False
    # A line break says nothing: OCR'd pages break lines inside sentences (``Van Lier en\nDonker``).
    opens = part.start == 0 or doc[part.start - 1].text in _SENTENCE_END
    word = part[0].lower_
    return opens and (word in STOP_WORDS or word in common_words() and not known_surname(part.text))


def _english_words(doc: Doc, part: Span, reach: int = 3) -> bool:
    """A name made only of frequent English words (``resources/english_words.txt``) in an English phrase
    (``DBFM-procedure (Design, Build, Finance and Maintain)``): a word near it, punctuation left out, is an
    English word that is no Dutch one; a member's surname (``Brown``) stays."""
    words = [t.lower_ for t in part if t.is_alpha]
    if not words or not all(word in english_words() for word in words) or known_surname(part.text):
        return False
    near = [t for t in (*doc[max(0, part.start - reach):part.start], *doc[part.end:part.end + reach])
            if t.is_alpha]
    return any(t.lower_ in english_words() and t.lower_ not in STOP_WORDS and t.lower_ not in common_words()
               for t in near)


def _whole_office(doc: Doc, ent: Span, reach: int = 10) -> Span:
    """The longest span from ``ent``'s start that names a known portfolio, with that portfolio's
    key (the gazetteer's id was for the shorter office), or ``ent`` itself."""
    best = ent
    for end in range(ent.end + 1, min(len(doc), ent.start + reach) + 1):
        if doc[end - 1].is_punct or doc[end - 1].is_space:
            continue
        key = office_portfolio_key(doc[ent.start:end].text)
        if key:
            best = Span(doc, ent.start, end, label="MINISTER", kb_id=key)
    return best


_PORTFOLIO_ITEM_WORDS = 4


@lru_cache(maxsize=1)
def _portfolio_words() -> frozenset[str]:
    """Words of Belgian portfolio lists (lower case), from ``resources/portfolio_words.txt``."""
    return frozenset(resources.lines("portfolio_words.txt"))


def _portfolio_list(doc: Doc, ent: Span) -> Span:
    """An office with the rest of its portfolio list, as Belgian offices are printed: each item one to four
    capitalised common words, after a comma, the list closed by ``en`` and a last item (``minister van Energie,
    Leefmilieu en Duurzame Ontwikkeling``; ``minister van Ontwikkelingssamenwerking, Digitale Agenda,
    Telecommunicatie en Post``). A name after the comma (``minister van Defensie, Steven Vandeput``) is no
    common word, and a list that no ``en`` closes is left alone; the office keeps its id."""
    if not ent[-1].is_title:
        return ent
    common = common_words() | _portfolio_words()
    i = ent.end
    while i + 1 < len(doc) and (doc[i].text == "," or doc[i].lower_ == "en"):
        j = i + 1
        while (j < len(doc) and j - i <= _PORTFOLIO_ITEM_WORDS and doc[j].is_alpha and doc[j].is_title
               and (doc[j].lower_ in common or _compound_of_common_words(doc[j].lower_))):
            j += 1
        if j == i + 1:
            break
        if doc[i].lower_ == "en":
            return Span(doc, ent.start, j, label=ent.label_, kb_id=ent.kb_id_)
        i = j
    return ent


def _only_common_words(span: Span) -> bool:
    """Whether every word of a name, leaving out initials and particles, is a common word; one word alone
    also where it is a compound of common words (``Gemeenteraadslid``, ``Beheerscontrole``)."""
    words = [t.lower_.strip(".") for t in span
             if t.is_alpha and len(t) > 1 and t.lower_ not in _NAME_PARTICLES or any(c.isdigit() for c in t.text)]
    if len(words) == 1 and len(span) == 1 and _compound_of_common_words(words[0]):
        return True
    return bool(words) and all(word in common_words() for word in words)


_LEAST_COMPOUND_PART = 4
_LINKING = ("s", "en", "e")
_LONG_COMPOUND_TAIL = 9


def _compound_of_common_words(word: str) -> bool:
    """``beheers|controle``, ``gemeenteraads|lid``: a first part of 4 letters or more (a linking ``s``, ``en``
    or ``e`` left out) and a last part of 3 or more, both common words; or any head of 2 letters or more
    before a common word of 9 letters or more (``tele|communicatie``)."""
    common = common_words()
    if any(word[cut:] in common for cut in range(2, len(word) - _LONG_COMPOUND_TAIL + 1)):
        return True  # tele|communicatie, micro|economie: any head before a long common word
    for cut in range(_LEAST_COMPOUND_PART, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if tail not in common:
            continue
        if head in common or any(head.endswith(link) and len(head) - len(link) >= _LEAST_COMPOUND_PART
                                 and head[:-len(link)] in common for link in _LINKING):
            return True
    return False


def _surname_end(doc: Doc, part: Span) -> int:
    """The end of a full name that the recogniser cut after the first name (``Koen`` + ``Geens``): one
    capitalised word after a known first name, with the particles before it, that no entity holds."""
    if len(part) != 1 or not is_first_name(part.text):
        return part.end
    end = part.end
    while end < len(doc) and end - part.end < 2 and doc[end].lower_ in _NAME_PARTICLES and not doc[end].ent_type_:
        end += 1
    if end < len(doc) and _surname_like(doc[end]) and not doc[end].ent_type_:
        end += 1
        while end < len(doc) and end - part.end < 3 and _surname_like(doc[end]) and not doc[end].ent_type_:
            end += 1  # a middle name before the surname: Ellis Harvey Bowen
        return end
    if end == part.end and _listed_item(doc, part.start, end):
        return end + 1  # een Franse wijnboer, Michel Pont, na ...; en Karin Werkman, researcher
    return part.end


def _listed_item(doc: Doc, start: int, end: int) -> bool:
    """A first name and one capitalised word after it that stand as an item of a list or an apposition
    (a comma, ``en`` or a bracket on both sides): a full name even where the surname is a common word."""
    if not start or end + 1 >= len(doc) or doc[start - 1].text not in {",", "en", "("}:
        return False
    token = doc[end]
    return (token.is_alpha and token.is_title and len(token) > 1 and not token.ent_type_
            and token.lower_ not in STOP_WORDS and token.text not in known_places()
            and doc[end + 1].text in {",", "en", ")"})


def _surname_like(token) -> bool:
    """A capitalised word that can be a surname: not a common word unless a member's surname, no place."""
    text = token.text
    return token.is_alpha and token.is_title and len(text) > 1 \
        and (token.lower_ not in common_words() and token.lower_ not in STOP_WORDS or known_surname(text)) \
        and text not in known_places()


def _with_full_names(doc: Doc, entities: list[Span]) -> list[Span]:
    """``entities`` with a ``PERSON`` for each known first name followed by a surname that no entity holds
    (``Guy Verhofstadt``, ``Didier Reynders``): not after another capitalised word (inside a longer name)."""
    taken = [False] * len(doc)
    for ent in entities:
        for i in range(ent.start, ent.end):
            taken[i] = True
    added = []
    for token in doc:
        i = token.i
        if taken[i] or not is_first_name(token.text) or i + 1 >= len(doc):
            continue
        if i and doc[i - 1].is_title and doc[i - 1].is_alpha:
            continue
        end = _surname_end(doc, doc[i:i + 1])
        if end > i + 1 and not any(taken[i:end]):
            added.append(Span(doc, i, end, label="PERSON"))
            for k in range(i, end):
                taken[k] = True
    return sorted(entities + added, key=lambda span: span.start) if added else entities


def _named_by_context(doc: Doc, span: Span) -> bool:
    """Initials of two letters or before a particle, a title or form of address before the span, a party
    in brackets after it, or a list before it that holds more persons than places (``de heren Nicolaï en
    Bakker``; not ``Buitenlandse Zaken, Economie``)."""
    initials = [t for t in span if _INITIALS.fullmatch(t.text)]
    if initials and (len(initials[0].text) > 2 or initials[-1].i + 1 < span.end
                     and doc[initials[-1].i + 1].lower_ in _NAME_PARTICLES):
        return True  # J.H.B. van der Meer, J. de Jong; not the enumerated heading I. Middelen
    before = doc[span.start - 1].lower_.rstrip(".") or "." if span.start else ""
    if before in _TITLE_CONTEXT or _party_after(doc, span):
        return True
    return before in _NAME_CONTEXT and _in_list_of_persons(doc, span)
