"""How the trained ``ner``'s spans join the rules' (ANNOTATION.md section 3).

The shipped pipeline runs the statistical recogniser after the gazetteer and the member patterns and before the
rules that read bodies, offices, chambers and acronyms from the text (``kst_acronyms``). The recogniser keeps
the spans found before it, but it used to claim the words those later rules would have read, and its own
spans were taken as they came. Pooled over the fresh samples (``corpora/fresh-*``), its additions were right 89
times and wrong 72: a span that runs on over words no name has (``minister van Mobiliteit zijn 23``, ``het
Parlement te``, ``Ministerie van Defensie;-``), an office or body where a rule reads a different extent
(``Eerste minister`` became ``minister van 23 juni 2016``), the bracketed short name of a programme, an
operation or a fair (``(DSEI)``, ``(ODF)``, ``(PNDES)``), and a station, a railway line or a pair of
languages written with a hyphen (``Brussel-Centraal``, ``Nijvel-Linkebeek``, ``Frans-Nederlands``).

So ``kst_members`` leaves the spans of the rules so far in ``doc.user_data[RULE_ENTS_KEY]``, ``kst_acronyms``
works the later rules out twice (with and without the recogniser's spans) and ``with_learned_spans`` keeps the
rules' reading wherever it found something, and of the recogniser's only what lies where the rules found
nothing, or a longer name over one body or office they found (``Groep van Tien`` over ``Groep``,
``minister van Middenstand, Zelfstandigen en KMO's`` over the office cut at the comma), tidied:

- an ``ORG`` or ``MINISTER`` ends at its last word that can end a name: not a punctuation mark, a number or a
  lower-case function word (``het Parlement te`` is ``het Parlement``); an office ends before a number (no
  portfolio holds one, nor a place after ``in``: ``minister van defensieaankopen in Groot-Brittannie``);
- an ``ORG`` of a first name and a member's or minister's surname is a ``PERSON`` (``Frits Bolkestein``);
- a bracketed short name that no rule defined as a body's, no list holds and no organisation word before it
  makes one (``Centrum`` in ``Centrum voor Politie- en Douanesamenwerking (CCPD)``) is left out (``Operatie
  Desert Falcon (ODF)``), and so is a word of letters and digits (``T18``, ``F-16``) or a lone initial;
- a word of capitalised parts joined by hyphens that no list holds and no organisation word makes a body's
  (``Brussel-Centraal``, not ``Parket-Generaal``) is left out, and so is
  a common noun in lower case that no list holds (``het parket``);
- a span of several words that ends on the acronym a compound opens with (``Europese ESTA-systeem``, ``Raad van
  EU-ministers``, ``Europees agentschap voor IT-systemen``: the tokenizer splits the compound after its acronym)
  is left out: the words before it do not name the acronym's body, and the compound names none.
"""

from __future__ import annotations

import re

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from .gazetteer import is_first_name, known_surname, names_a_body, organisation_heads, organisation_names
from .named_bodies import complement_stops, legal_forms
from .units import EntityClaims

# The key under which ``kst_members`` leaves the (start, end, label) of each entity the rules found before the
# statistical recogniser; ``kst_acronyms`` takes it out again.
RULE_ENTS_KEY = "nlkst.rule_ents"
# Capitalised parts joined by hyphens: Brussel-Centraal, Gent-Sint-Pieters, Frans-Nederlands.
_NAMES_OF_BODIES = ("ORG", "MINISTER")
# How far back from a bracketed acronym its name is looked for.
_MAX_NAME_WORDS = 10
_HYPHENED_NAMES = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]*)+")
# Two words glued where flattened text lost the space between them: HerentSchepen, EconomieWat.
_GLUED = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]{2,}")
_ARTICLES = frozenset({"de", "het", "een"})
# A capitalised article inside a span opens the next sentence (Raad van Landbouwministers De agenda van deze Raad).
_SENTENCE_OPENERS = frozenset({"De", "Het", "Een"})
# The lower-case words that join the parts of a name (Hof van Cassatie, Dienst voor ...); any other function word
# inside a span is the rest of the sentence (werd, zelf, dat).
_NAME_LINKS = frozenset({"van", "de", "der", "den", "des", "het", "voor", "en", "op", "te", "in", "tot", "bij",
                         "met", "aan", "uit", "over", "zonder", "tegen", "na", "om", "onder", "naar", "door", "of",
                         "inzake"})


def with_learned_spans(doc: Doc, by_rules: list[Span], combined: list[Span], defined: dict) -> list[Span]:
    """The rules' entities ``by_rules`` and, of ``combined`` (the same rules run with the recogniser's spans
    among theirs), each span the rules did not find that survives ``_tidied`` and overlaps none of theirs."""
    found = {(ent.start, ent.end, ent.label_) for ent in by_rules}
    claims = EntityClaims(doc, by_rules)
    for ent in (part for span in combined for part in _office_and_holder(doc, span)):
        if (ent.start, ent.end, ent.label_) in found:
            continue
        ent = _tidied(doc, ent, defined)
        if ent is None:
            continue
        inside = claims.replaceable(ent.start, ent.end, _NAMES_OF_BODIES)
        if inside is None or len(inside) > 1:
            continue  # the rules read these words otherwise (two bodies in FOD Economie, ISAB)
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (ent.start, ent.end):
            continue  # the same words read otherwise (Eerste minister: an office, not a body)
        # in the place of a rule's body inside it: a longer name (Groep van Tien over Groep, Commissie voor
        # Naturalisaties van de Kamer van Volksvertegenwoordigers over Kamer van Volksvertegenwoordigers)
        claims.claim(ent)
    return claims.entities()


def _office_and_holder(doc: Doc, ent: Span) -> list[Span]:
    """An office and the holder's name after a comma as two spans (``minister van Digitale Agenda, Alexander De
    Croo``), any other span as it is."""
    if ent.label_ != "MINISTER":
        return [ent]
    comma = next((t.i for t in ent[1:-1] if t.text == "," and is_first_name(doc[t.i + 1].text)), None)
    if comma is None:
        return [ent]
    return [Span(doc, ent.start, comma, label="MINISTER"), Span(doc, comma + 1, ent.end, label="PERSON")]


def _tidied(doc: Doc, ent: Span, defined: dict) -> Span | None:
    """The recogniser's span as it may stand, or None (see the module's docstring)."""
    if ent.label_ == "PERSON" and len(ent) > 1 and names_a_body([t.text for t in ent]):
        ent = Span(doc, ent.start, ent.end, label="ORG")  # Deutsche Bank: a body's word names no person
    if ent.label_ not in ("ORG", "MINISTER"):
        return ent
    opening = start = ent.start
    end = ent.end
    if ent.label_ == "ORG" and len(ent) > 1 and ent[0].lower_ in _ARTICLES:
        start += 1  # Het Instituut: a name holds no article
    # a word that no name holds between its parts: a verb or adverb (directie werd van de ...), the time or step of a
    # complement after "voor" (Pensioendienst voor de periode 2017), the next sentence's article
    end = next((t.i for t in doc[start + 1:end] if t.is_lower and (
                (t.text in complement_stops() and any(w.text == "voor" for w in doc[start:t.i]))
                or (t.text in STOP_WORDS and t.text not in _NAME_LINKS)) or t.text in _SENTENCE_OPENERS), end)
    # a name ends at the word its sentence's semicolon is glued to (Ministerie van Defensie;- twee van de ...)
    end = next((t.i + 1 for t in doc[start:end - 1] if ";" in t.text), end)
    if ent.label_ == "MINISTER":
        # no portfolio holds a number or a place (minister van defensieaankopen in Groot-Brittannie)
        end = next((t.i for t in ent[1:] if any(c.isdigit() for c in t.text) or t.text == "in"), end)
    while end - start > 1 and (_cannot_end_a_name(doc[end - 1])
                               or (ent.label_ == "ORG" and doc[end - 1].text in legal_forms())):
        end -= 1
    if (start, end) != (ent.start, ent.end):
        ent = Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_)
    if ent.label_ == "MINISTER" and len(ent) > 1 and ent[1].text == "belast" and not any(t.is_title for t in ent[1:]):
        return None  # de minister belast met de vertaling: a charge in lower case names no portfolio
    if ent.label_ != "ORG" or organisation_names().get(ent.text.casefold()):
        return ent
    words = ent.text.split()
    if len(words) == 2 and is_first_name(words[0]) and known_surname(words[1]) and not names_a_body(words):
        return Span(doc, ent.start, ent.end, label="PERSON")  # Frits Bolkestein
    if ent.text.islower():
        return None  # het parket -: a common noun that no list holds
    if len(ent) > 1 and _opens_a_compound(doc, ent.end):
        return None  # Europese ESTA-systeem, Raad van EU-ministers
    if any(t.text.lower() in _NAME_LINKS and t.is_upper for t in ent):
        return None  # commissie DG VAN DE KAMER: a line of capitals in old print
    if len(ent) > 1 and _GLUED.fullmatch(ent[-1].text):
        return None  # gemeente HerentSchepen: a place's name glued to the next line's title (not MolenGeek Center)
    if len(ent) == 1 and ent.start > opening and ent.text.lower() in _bare_heads():
        return None  # Het Instituut: a bare head is a body only where the rules find its full name (bare_heads)
    first = ent[0].text
    if len(ent) == 1 and (any(c.isdigit() for c in first) or sum(c.isalpha() for c in first) < 2):
        return None  # T18, F-16, T.
    if len(ent) == 1 and (ent.start, ent.end) not in defined and 0 < ent.start and ent.end < len(doc) \
            and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")" and not _after_a_body(doc, ent.start - 1):
        return None  # Operatie Desert Falcon (ODF): no rule took the name for a body's
    if _HYPHENED_NAMES.fullmatch(ent.text) and not names_a_body(ent.text.split("-")):
        return None  # Brussel-Centraal
    return ent


def _bare_heads() -> frozenset[str]:
    """The organisation words that stand first or last in a name (``instituut``, ``hof``)."""
    last, _, first = organisation_heads()
    return last | first


def _opens_a_compound(doc: Doc, end: int) -> bool:
    """Whether the word before ``end`` is glued by a hyphen to a lower-case word after it (``ESTA-systeem``)."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].text[:1].islower()


def _cannot_end_a_name(token) -> bool:
    text = token.text
    # a number in figures has no letter; one in words may end a name (Groep van Tien)
    return not any(c.isalpha() for c in text) or (text.islower() and text in STOP_WORDS)


def _after_a_body(doc: Doc, bracket: int) -> bool:
    """Whether the words before the bracket, back to the sentence's punctuation, hold an organisation word: a
    body's name that its acronym does not spell (``Centrum voor Politie- en Douanesamenwerking (CCPD)``)."""
    start = bracket
    while start > max(0, bracket - _MAX_NAME_WORDS) and not (doc[start - 1].is_punct and doc[start - 1].text != "-"):
        start -= 1
    return names_a_body([t.text for t in doc[start:bracket] if t.is_alpha])
