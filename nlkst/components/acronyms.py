"""``kst_acronyms``: organisations by their acronyms, a rule rather than a list (ANNOTATION.md section 3).

Policy text names most bodies by acronym, and no list holds them all. Three rules:

- **Defined acronyms.** ``Autoriteit Consument en Markt (ACM)``: a name followed by an acronym in
  brackets, whose letters the name spells (the first letter of the name first, every capitalised
  word of the name in turn), and that is a body's (the gazetteer or the recogniser found it, a list
  knows the acronym, or one of its words is an organisation word: ``Dienst``, ``-instituut``,
  ``-organisatie``; ``Werk aan Uitvoering (WaU)`` is a programme), makes the name and the acronym
  ``ORG`` entities with one ``kb_id``
  (the list's key for the name or the acronym where the gazetteer knows it, else the acronym), and
  every bare use of the acronym in the same document too. A name that is a law, a programme or an
  agreement (``Algemene wet bestuursrecht (Awb)``) defines no organisation. The other order, ``ACR (Name)``
  (``OVAM (Openbare Vlaamse Afvalstoffen-maatschappij)``), defines one the same way where the whole bracket
  spells the acronym and holds a body's word.
- **Bare acronyms.** A capitals token of 2-6 letters is an ``ORG`` candidate that a list or the
  statistical recogniser confirms: the recogniser's ``PERSON`` on such a token of 2-4 letters in running
  text (not after a title or initials, not in a line of capitals) is read as an organisation's name,
  and one the lists know takes their key. Capitals words that are laws, schemes or technical terms
  (``resources/acronym_stoplist.txt``: ``WW``, ``Awb``, ``MER``, ``ICT``) are never an ``ORG``.
- **Whole names.** A short organisation name goes on over the capitalised word that follows it
  (``Humanitas Wonen``, ``Siemens Hengelo``), so that the scheme an acronym opens (``EU Emission
  Trading System``) is seen whole and left out.
- **False organisations.** No ``ORG`` for an organisation's acronym inside the name of something
  else (``Verordening (EG) nr.``, ``EU ETS``), for a name that ends with a word for a programme,
  agenda, standard or law (``resources/not_organisation_heads.txt``), for a party's name after a
  number (``230 Volt``), and a body's name stops before a date (``Raad van 16 september``) and at
  a sentence's end (``ministerie. Plotseling``).
- **Chambers and units** (``nlkst/units.py``): the bare ``Kamer`` is an ``ORG``, and a unit named
  with its parent (``de griffie van de Kamer``) is one ``ORG`` over both.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..bodies import with_police_directorates, with_short_bodies
from ..learned import RULE_ENTS_KEY, with_learned_spans
from ..bare_heads import with_bare_heads
from ..local_bodies import with_local_bodies
from ..french_bodies import with_french_bodies
from ..named_bodies import legal_forms, with_company_names, with_lower_case_complements, with_named_bodies
from ..units import with_chamber_and_units
from .. import resources
from ..gazetteer import (
    acronym_stoplist,
    entity_id,
    known_surname,
    names_a_body,
    names_a_thing,
    organisation_names,
    party_names,
)

# 2-6 letters, a capital first and at least two capitals in all: ACM, NZa, KvK, RvV, CvTE, LSVb.
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,5}")
# Words that may stand inside a name before its acronym: particles, conjunctions, hyphenated halves.
_NAME_CONNECTORS = {"van", "voor", "de", "het", "der", "den", "des", "en", "op", "in", "tot", "ter", "met", "bij",
                    "inzake", "over", "of", "the", "for", "and", "la", "le", "du", "d", "l", "&", "-", "'"}
# Words in front of a token that say the token is a person's name, not an organisation's.
_PERSON_CONTEXT = {"heer", "heren", "heeren", "mevrouw", "mw", "mevr", "dhr", "lid", "leden", "wij",
                   "minister", "staatssecretaris", *(word.casefold() for word in resources.lines("person_titles.txt"))}
# The legislation whose name carries an organisation's acronym in brackets: "Verordening (EG) nr. 987/2009".
_LEGISLATION = {"verordening", "richtlijn", "besluit", "beschikking", "regulation", "directive", "decision"}
_MAX_NAME_TOKENS = 12
_REGNAL_NUMBER = re.compile(r"I{1,3}|IV|VI{0,3}|IX|X")
# A known name followed by at most this many words before its acronym, joined by one of these words.
_MAX_PARTLY_KNOWN_GAP = 3
_PARTLY_LINKS = {"en", "voor", "van", "der", "de", "&"}
# A capitals word the recogniser calls a person is read as an acronym up to this length; longer ones
# (WILLEM, EBELS) are as often a name printed in capitals in old text.
_LONGEST_BARE_ACRONYM = 4


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.fullmatch(text)) and sum(c.isupper() for c in text) >= 2


@Language.factory("kst_acronyms", requires=["doc.ents"], assigns=["doc.ents"])
def make_acronym_resolver(nlp: Language, name: str) -> AcronymResolver:
    return AcronymResolver(name)


class AcronymResolver:
    """Adds the organisations a document names by acronym and drops acronyms that name none."""

    def __init__(self, name: str = "kst_acronyms") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        rule_keys = doc.user_data.pop(RULE_ENTS_KEY, None)
        defined = self._defined(doc)
        entities = [ent for ent in (self._checked(doc, ent, defined) for ent in doc.ents) if ent is not None]
        entities = self._with_rules(doc, entities, defined)
        if rule_keys is not None and len(rule_keys) < len(doc.ents):
            # The statistical recogniser ran between the rules: the rules' reading of the document is worked
            # out again without its spans, and the recogniser keeps only what lies where the rules found nothing.
            kept = {tuple(key) for key in rule_keys}
            by_rules = [ent for ent in doc.ents if (ent.start, ent.end, ent.label_) in kept]
            defined = self._defined(doc, by_rules)  # a name the recogniser alone found defines no acronym here
            by_rules = [ent for ent in (self._checked(doc, ent, defined) for ent in by_rules) if ent is not None]
            entities = with_learned_spans(doc, self._with_rules(doc, by_rules, defined), entities, defined)
        doc.ents = _with_bracketed_acronyms(doc, entities)
        return doc

    @staticmethod
    def _with_rules(doc: Doc, entities: list[Span], defined: dict) -> list[Span]:
        """The entities with the defined acronyms and their uses, the short bodies, chambers and units."""
        for start, end, kb_id in defined.values():
            entities = _with_span(entities, Span(doc, start, end, label="ORG", kb_id=kb_id))
        acronyms = {doc[start:end].text: kb_id for start, end, kb_id in defined.values() if end - start == 1}
        if acronyms:
            taken = _taken(entities, len(doc))
            for token in doc:
                kb_id = acronyms.get(token.text)
                if kb_id and not taken[token.i]:
                    entities.append(Span(doc, token.i, token.i + 1, label="ORG", kb_id=kb_id))
        entities = with_short_bodies(doc, sorted(entities, key=lambda ent: ent.start))
        # a body named by head, voor and a lower-case complement before the units, so that its parent joins it
        entities = with_chamber_and_units(doc, with_lower_case_complements(doc, entities))
        entities = with_french_bodies(doc, with_named_bodies(doc, entities))
        entities = with_police_directorates(doc, with_local_bodies(doc, with_company_names(doc, entities)))
        return with_bare_heads(doc, entities)  # after every rule that finds a full name

    @staticmethod
    def _defined(doc: Doc, ents=None) -> dict[tuple[int, int], tuple[int, int, str]]:
        """Each ``Name (ACR)`` of the document: spans of name and acronym, with their shared key; the entities
        that may say the name is a body's are ``ents`` (default: the document's)."""
        found: dict[tuple[int, int], tuple[int, int, str]] = {}
        by_end = {ent.end: ent for ent in (doc.ents if ents is None else ents)}
        # Only the opening brackets are looked at: a Token object for every word cost more than the rule.
        for i in _positions(doc, "("):
            if not 1 <= i < len(doc) - 2:
                continue
            token, acronym = doc[i], doc[i + 1]
            if doc[i + 2].text != ")" or not is_acronym(acronym.text):
                continue
            before = by_end.get(token.i)
            through = before.start if before is not None and before.label_ == "PERSON" else token.i
            start = _name_start(doc, token.i, acronym.text, through)
            if before is not None and before.label_ != "ORG":
                if before.label_ != "PERSON" or start is None or start >= before.start:
                    continue  # the short name of a law, an office or a person
                before = None  # a "person" that is the tail of a body's name (Research Institute)
            if before is not None and (start is None or start >= before.start or _spells(acronym.text, before)):
                start = before.start  # the entity found is the name, unless only its tail
            partly = _partly_known(doc, token.i, acronym.text, by_end) if start is None and before is None else None
            if partly is not None:
                start, before = partly.start, partly
            if start is None:
                continue
            end = token.i
            while end > start + 1 and doc[end - 1].text in legal_forms():
                end -= 1  # Nederlandstalige Vrouwenraad vzw (NVR): the name without its legal form
            name = doc[start:end]
            words = [t.text for t in name if t.is_alpha]
            if names_a_thing(words) or (before is None and not names_a_body(words)
                                        and acronym.text.casefold() not in organisation_names()):
                continue  # a programme's or a law's short name (Werk aan Uitvoering (WaU))
            kb_id = (before.kb_id_ if before is not None and before.kb_id_ else None) or entity_id("ORG", name.text) \
                or organisation_names().get(acronym.text.casefold()) or acronym.text
            found[(start, end)] = (start, end, kb_id)
            found[(acronym.i, acronym.i + 1)] = (acronym.i, acronym.i + 1, kb_id)
        for i in _positions(doc, "("):
            definition = _name_after_acronym(doc, i)
            if definition is not None and (definition[0], definition[1]) not in found:
                start, end, kb_id = definition
                found[(start, end)] = definition
                found[(i - 1, i)] = (i - 1, i, kb_id)
        return found

    @staticmethod
    def _checked(doc: Doc, ent: Span, defined: dict) -> Span | None:
        """The entity as the acronym rules leave it: kept, relabelled ``ORG``, cut before a date, or dropped."""
        if (ent.start, ent.end) in defined:
            return ent
        if ent.label_ == "ORG":
            return _checked_organisation(doc, ent)
        if ent.label_ == "PERSON" and len(ent) == 1 and is_acronym(ent.text) and ent.text.isupper() \
                and len(ent.text) <= _LONGEST_BARE_ACRONYM and _in_running_text(doc, ent):
            if ent.text.upper() in acronym_stoplist():
                return None  # a technical term (HTML), no one's name
            return Span(doc, ent.start, ent.end, label="ORG",
                        kb_id=organisation_names().get(ent.text.casefold()) or ent.text)
        if ent.label_ == "PERSON" and _long_capitals_word(doc, ent):
            # CCCTB, COMEOS, FOMEDEC: an organisation where a list knows it, else nothing
            kb_id = organisation_names().get(ent.text.casefold())
            if kb_id and ent.text.upper() not in acronym_stoplist():
                return Span(doc, ent.start, ent.end, label="ORG", kb_id=kb_id)
            return None
        return ent


def _checked_organisation(doc: Doc, ent: Span) -> Span | None:
    ent = _before_sentence_end(doc, ent)
    if ent is None:
        return None
    ent = _with_name_after(doc, ent)
    words = [t.text for t in ent if not t.is_punct]
    if len(ent) == 1 and ent.text.upper() in acronym_stoplist():
        return None
    if names_a_thing(words):
        return None
    if len(ent) == 1 and is_acronym(ent.text):
        before = doc[ent.start - 2] if ent.start >= 2 else None
        after = doc[ent.end] if ent.end < len(doc) else None
        if before is not None and doc[ent.start - 1].text == "(" and before.lower_ in _LEGISLATION:
            return None  # Verordening (EG) nr. 987/2009
        if after is not None and not after.ent_type_ and after.text.isupper() and is_acronym(after.text):
            return None  # EU ETS: the acronym names the scheme's owner, not the scheme
    if ent.start and doc[ent.start - 1].like_num and ent.text in _party_forms():
        return None  # 230 Volt
    for token in ent[1:-1]:
        if token.lower_ == "van" and token.nbor(1).is_digit:
            return Span(doc, ent.start, token.i, label="ORG", kb_id=ent.kb_id_)  # Raad van 16 september
    return ent


def _before_sentence_end(doc: Doc, ent: Span) -> Span | None:
    """The organisation up to a full stop that the recogniser ran over (``ministerie. Plotseling``); None
    where what is left is a common noun in lower case that no list holds (``het ministerie``)."""
    for token in ent[1:]:
        if token.text in (".", "!", "?") and token.whitespace_:  # not inside P.v.d.A.
            ent = Span(doc, ent.start, token.i, label="ORG", kb_id=ent.kb_id_)
            if ent.text.islower() and ent.text.casefold() not in organisation_names():
                return None
            break
    return ent


def _with_name_after(doc: Doc, ent: Span) -> Span:
    """The organisation with the capitalised word that goes on its name (``Humanitas Wonen``, ``Siemens
    Hengelo``, ``UWV Werkbedrijf``): one word, no entity, function word or line's start, after a name
    of one or two words (a longer one is whole: ``Bank Nederlandse Gemeenten`` before a place)."""
    if len(ent) > 2:
        return ent
    end = ent.end
    while end < min(len(doc), ent.end + 1):
        token = doc[end]
        if (token.ent_type_ or not token.is_alpha or not token.text[0].isupper() or token.is_stop
                or "\n" in doc[end - 1].text_with_ws):
            break
        end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label="ORG", kb_id=ent.kb_id_)


@lru_cache(maxsize=1)
def _party_forms() -> frozenset[str]:
    return frozenset(party_names())  # read from the data files once, not for every organisation checked


def _positions(doc: Doc, text: str) -> list[int]:
    """The indices of the tokens that are ``text``."""
    return numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings[text]).tolist() if len(doc) else []


def _long_capitals_word(doc: Doc, ent: Span) -> bool:
    """One word of five capitals or more in running text of a document that writes names in lower case: an
    acronym or a programme (``FOMEDEC``, ``CCCTB``, ``OMNIO``), not a name. Old text prints names in capitals
    (``de heer SCHAEPMAN``, ``EBELS.``, ``FREDERIK CHRISTIAAN COLENBRANDER``): a title or initials before it,
    a party in brackets or a regnal number after it, a member's surname, or another "name" of five capitals
    or more in the document (not an acronym such as ``CRIV``) keep it."""
    text = ent.text
    if len(ent) != 1 or len(text) <= _LONGEST_BARE_ACRONYM or not (text.isalpha() and text.isupper()):
        return False
    if not _in_running_text(doc, ent) or known_surname(text.title()):
        return False
    if ent.end < len(doc) and _REGNAL_NUMBER.fullmatch(doc[ent.end].text):
        return False  # WILLEM III
    if ent.end + 1 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 1].text in _party_forms():
        return False  # KOLTHEK (SDAP)
    return not any(other.label_ == "PERSON" and other.text != text and any(
        t.is_alpha and len(t) > _LONGEST_BARE_ACRONYM and t.is_upper and t.text not in acronym_stoplist()
        for t in other) for other in doc.ents)


def _in_running_text(doc: Doc, ent: Span) -> bool:
    """A token in a sentence with lower-case words, not after a title: an acronym, not a signature's name."""
    if ent.start and (doc[ent.start - 1].lower_.rstrip(".") in _PERSON_CONTEXT
                      or re.fullmatch(r"(?:[A-Z]\.)+", doc[ent.start - 1].text)):
        return False  # de heer KOK, W. KOK
    line_start = ent.start
    while line_start and "\n" not in doc[line_start - 1].text_with_ws:
        line_start -= 1
    line_end = ent.end
    while line_end < len(doc) and "\n" not in doc[line_end - 1].text_with_ws:
        line_end += 1
    return any(t.is_lower and t.is_alpha and len(t) > 2 for t in doc[line_start:line_end])


def _name_start(doc: Doc, bracket: int, acronym: str, through: int) -> int | None:
    """The first token of the name an acronym abbreviates, the longest that spells it, or None; from
    ``through`` on, a token may carry any entity (a person's name that ends a body's)."""
    best, best_loose = None, None
    first = max(0, bracket - _MAX_NAME_TOKENS)
    for start in range(bracket - 1, first - 1, -1):
        token = doc[start]
        if token.is_punct and token.text not in ("-", "&", "'") or token.like_num or "\n" in token.text_with_ws:
            break
        if token.ent_type_ and token.ent_type_ != "ORG" and start < through:
            break
        if token.text[:1].isupper() and _spells(acronym, doc[start:bracket], loose=True):
            best_loose = start
            if _spells(acronym, doc[start:bracket]):
                best = start
    # a name that spells every capital wins over a longer one that leaves one out (De Dienst ... (DVIS))
    return best if best is not None else best_loose


def _name_after_acronym(doc: Doc, bracket: int) -> tuple[int, int, str] | None:
    """The other order of a definition, ``ACR (Name)``: ``OVAM (Openbare Vlaamse Afvalstoffenmaatschappij)``,
    ``ALDE (Alliantie van Liberalen en Democraten voor Europa)``. The name in brackets, every word of it up to
    the closing bracket, spells the acronym (as ``_spells`` reads it) and names a body (an organisation word, or
    a list knows the acronym); the span of the name and the shared key, or None. Most ``ACR (Name)`` pairs are
    systems, rules and terms (``RASFF (Rapid Alert System for Food and Feed)``): they have no body's word."""
    if bracket < 1 or not is_acronym(doc[bracket - 1].text):
        return None
    acronym = doc[bracket - 1]
    if acronym.ent_type_ and acronym.ent_type_ not in ("ORG", "PERSON"):
        return None
    close = next((k for k in range(bracket + 1, min(len(doc), bracket + 2 + _MAX_NAME_TOKENS))
                  if doc[k].text == ")"), None)
    if close is None or close < bracket + 3 or not doc[bracket + 1].text[:1].isupper():
        return None
    name = doc[bracket + 1:close]
    if any(t.is_punct and t.text not in ("-", "&", "'") or t.like_num or "\n" in t.text_with_ws for t in name[:-1]):
        return None
    if any(t.ent_type_ and t.ent_type_ != "ORG" for t in name) or not _spells(acronym.text, name):
        return None
    words = [t.text for t in name if t.is_alpha or t.text.strip("-").replace("-", "").isalpha()]
    if names_a_thing(words) or not (names_a_body(words) or acronym.text.casefold() in organisation_names()):
        return None
    kb_id = entity_id("ORG", name.text) or organisation_names().get(acronym.text.casefold()) or acronym.text
    return name.start, name.end, kb_id


def _partly_known(doc: Doc, bracket: int, acronym: str, by_end: dict[int, Span]) -> Span | None:
    """An organisation found a few words before the bracket whose name goes on up to it, where the acronym
    does not spell the name (a Belgian body's bilingual acronym: ``Centrum voor Rijgeschiktheid en
    voertuigAanpassing (CARA)``, the gazetteer or recogniser knowing ``Centrum voor Rijgeschiktheid``)."""
    for gap in range(1, _MAX_PARTLY_KNOWN_GAP + 1):
        ent = by_end.get(bracket - gap)
        if ent is None:
            continue
        between = doc[ent.end:bracket]
        if (ent.label_ == "ORG" and ent.text[:1].upper() == acronym[:1] and between[0].lower_ in _PARTLY_LINKS
                and all(t.is_alpha and not t.ent_type_ and "\n" not in t.text_with_ws for t in between)
                and any(t.text[:1].isupper() or not t.text.islower() for t in between[1:])):
            return ent
        return None
    return None


def _spells(acronym: str, name: Span, loose: bool = False) -> bool:
    """Whether the name starts with the acronym's first letter, holds its letters in order, and each of
    its capitalised words starts one of them in turn (``Dienst voor Inschrijvingen van Voertuigen``: DIV);
    ``loose``: all of them but one."""
    letters = acronym.lower()
    words = [t.text for t in name if t.is_alpha or t.text.endswith("-")]
    if not words or words[0][0].lower() != letters[0]:
        return False
    if any(w.lower() not in _NAME_CONNECTORS and w[0].islower() and len(w) < 3 for w in words):
        return False
    capitals = [w[0].lower() for w in words if w[0].isupper()]
    if not _in_order(capitals, letters) and not (loose and _in_order_but_one(capitals, letters)):
        return False
    return _in_order(list(letters), "".join(words).lower())


def _in_order_but_one(capitals: list[str], letters: str) -> bool:
    """Whether all capitals but one (not the first) start the acronym's letters in turn: an adjective
    the acronym leaves out (``Beroepsinstituut van Erkende Boekhouders en Fiscalisten``: BIBF)."""
    return len(capitals) >= 3 and any(_in_order(capitals[:i] + capitals[i + 1:], letters)
                                      for i in range(1, len(capitals)))


def _in_order(needles: list[str], haystack: str) -> bool:
    position = 0
    for needle in needles:
        position = haystack.find(needle, position)
        if position < 0:
            return False
        position += 1
    return True


def _taken(entities: list[Span], length: int) -> list[bool]:
    taken = [False] * length
    for ent in entities:
        for i in range(ent.start, ent.end):
            taken[i] = True
    return taken


def _with_span(entities: list[Span], span: Span) -> list[Span]:
    """The entities with ``span`` in the place of those it overlaps."""
    return [ent for ent in entities if ent.end <= span.start or span.end <= ent.start] + [span]


# Words a foreign or unknown name may run on over before its acronym: Agence nationale des frequences (ANFR).
_MAX_NAME_RUN = 15


def _with_bracketed_acronyms(doc: Doc, entities: list[Span]) -> list[Span]:
    """An ``ORG`` followed by an acronym in brackets makes the acronym an ``ORG`` too, with the name's key
    (``FOD Budget en Beheerscontrole (BB)``), and so are its bare uses elsewhere in the document; a name found
    only in part goes on up to the bracket where its first letter and the acronym's letters, in order, say the
    acronym is its own (``Agence nationale`` + ``de securite sanitaire de l'alimentation, ... (Anses)``)."""
    taken = _taken(entities, len(doc))
    out: list[Span] = []
    defined: dict[str, str] = {}
    for ent in entities:
        if ent.label_ != "ORG" or ent.end >= len(doc) - 2:
            out.append(ent)
            continue
        bracket = ent.end
        while bracket < min(len(doc), ent.end + _MAX_NAME_RUN) and not taken[bracket] \
                and _runs_on(doc[bracket]):
            bracket += 1
        at = bracket + 1
        if at + 2 < len(doc) and doc[at].lower_ in ("de", "het"):
            at += 1  # Vaste Commissie voor Taaltoezicht (de VCT)
        if at + 1 >= len(doc) or doc[bracket].text != "(" or doc[at + 1].text != ")" or taken[at]:
            out.append(ent)
            continue
        acronym = doc[at].text
        if not _acronym_of(acronym, doc[ent.start:bracket].text, strict=bracket > ent.end) \
                or acronym.upper() in acronym_stoplist():
            out.append(ent)
            continue
        if bracket > ent.end and not all(token.text in legal_forms() for token in doc[ent.end:bracket]):
            ent = Span(doc, ent.start, bracket, label="ORG", kb_id=ent.kb_id_)  # not over a legal form: Sophia vzw
        kb_id = ent.kb_id_ or entity_id("ORG", acronym) or acronym
        out.extend([ent, Span(doc, at, at + 1, label="ORG", kb_id=kb_id)])
        taken[at] = True
        defined[acronym] = kb_id
    return sorted(out + _bare_uses(doc, defined, taken), key=lambda ent: ent.start)


def _bare_uses(doc: Doc, defined: dict[str, str], taken: list[bool]) -> list[Span]:
    """The acronyms defined after a name found by another rule, wherever else the document uses them bare (``het
    Opvolgingsbureau voor de tarifering (OBS)`` ... ``het OBS``), as a ``Name (ACR)`` of ``_defined`` is."""
    if not defined:
        return []
    return [Span(doc, token.i, token.i + 1, label="ORG", kb_id=defined[token.text])
            for token in doc if token.text in defined and not taken[token.i]]


def _runs_on(token) -> bool:
    return (token.is_alpha and token.is_lower or token.text == "," or "'" in token.text) \
        and "\n" not in token.text_with_ws


def _acronym_of(acronym: str, name: str, strict: bool) -> bool:
    """Whether ``acronym`` can be the bracketed short name of ``name``: capitals (``BB``, ``ANFR``) or one
    capitalised short word (``Anses``); ``strict`` (the name was run on): its first letter is the name's and
    its letters stand in the name in order."""
    if not (is_acronym(acronym) or acronym.istitle() and acronym.isalpha() and 3 <= len(acronym) <= 6):
        return False
    if not strict and is_acronym(acronym):
        return True
    return acronym[0].lower() == name[:1].lower() and _in_order(list(acronym.lower()), name.lower())
