"""References that name no number, resolved from the same text (ANNOTATION.md section 4, "Implicit references").

``dit amendement`` means the amendement announced last, ``deze motie`` the motie whose
number was just given, ``het wetsvoorstel`` the bill of the header (or, in minutes, the bill
the agenda item names), ``mijn brief van 15 februari 2022`` the letter that a footnote or an
earlier mention of that date cites, ``voornoemde brief`` the letter cited last, and ``de
motie-Omtzigt`` the motie of that member whose number the text gave before. Each resolved
one gets ``implicit: true``, the ``id`` and the ``antecedent`` it was resolved from (the span
of the explicit reference, or of the header); one without an antecedent gets no id.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from .budgets import budget_dossiers, chapter_citations, named_budgets, resolve_named
from .implicit_cited import _MONTHS, cited_by_kind
from .laws import jci as laws_jci
# (the references module imports this one only when a text is parsed, so importing it here makes no cycle;
# imported once here, not on each call)
from .references import _EXECUTED_LAW, _THE_LAW_REACH, Mention, ReferenceParser

_SP = r"[ \u00a0\n]"
# Determiners that point back to one document whatever the distance ...
_POINTING = (
    r"[Dd]it|[Dd]eze|[Dd]at|[Dd]ie|[Vv]oornoemde|[Bb]ovengenoemde|[Gg]enoemde|[Ee]erdergenoemde|[Ll]aatstgenoemde"
    r"|[Bb]ovengenoemd|[Gg]enoemd|[Vv]oornoemd"  # the neuter: "bovengenoemd wetsontwerp"
    r"|[Bb]ovenvermelde?|[Nn]evenvermelde?|[Vv]oormelde?|[Bb]ovenstaande?"  # "voor nevenvermeld wetsontwerp"
    r"|[Bb]ijgaand|[Hh]iernevens[ \u00a0\n]gaand"  # without article: "Bijgaand ontwerp van wet" (missives, 1815-1960)
)
# ... and those that do so only near their antecedent ("het amendement", "de motie") or for the bill.
# ("hel": the OCR's "het", as in "hel wetsontwerp", 6 SGD documents; read as "het", below)
_DEFINITE = r"[Hh]et|[Hh]el|[Dd]e|[Mm]ijn|[Oo]nze|[Zz]ijn|[Hh]aar"
_ADJECTIVES = (
    r"(?:nader" + _SP + r")?gewijzigde"
    r"|on(?:[-\u00ad]\n?)?der(?:[-\u00ad]\n?)?ha(?:[-\u00ad]\n?)?vige?"  # broken
    r"|voor(?:[-\u00ad]\n?)?lig(?:[-\u00ad]\n?)?gende?"
    # at a line's end ("het on-derhavige ontwerp") or uninflected ("het voorliggend wetsvoorstel"): read as written
    # whole and inflected (``_read_lead``; 3 and 9 SGD documents)
    r"|voornoemde|genoemde|bovengenoemde|eerdergenoemde"
    r"|laatstgenoemde|ingediende|zojuist" + _SP + r"ingediende|aangehouden"
    r"|bijgaande|bijgevoegde|hierbij" + _SP + r"aangeboden"  # "Het bijgaande wetsontwerp": the bill the missive sends
)
# A motie or amendement by its place among those a member moves: "mijn tweede motie", "uw eerste motie", "De eerste
# motie luidt als volgt", "Uw volgende motie"; "uw" only before these two nouns (below).
_ORDINALS = r"eerste|tweede|derde|vierde|vijfde|laatste|volgende"
_LEAD = re.compile(
    rf"(?<![\w-])(?:(?P<pointing>{_POINTING})|(?P<definite>{_DEFINITE}|[Uu]w)){_SP}"
    rf"(?:(?P<adjective>{_ADJECTIVES}){_SP})?(?:(?P<ordinal>{_ORDINALS}){_SP})?$"
)
# OCR drops the space after the article: "hetont-werp van wet", "hetwetsont-werp", "ditwetsontwerp" (bill nouns only)
_GLUED_LEAD = re.compile(r"(?<![\w-])(?:(?P<pointing>[Dd]it)|(?P<definite>[Hh]et))$")
# "een ontwerp van wet" is the stuk's own bill only where the missive offers it: "Wij bieden U hiernevens ter
# overweging aan een ontwerp van Wet tot ...", "hebben de eer U aan te bieden een ontwerp van wet"
_OFFERED = re.compile(rf"(?:bied(?:en)?|aan{_SP}te{_SP}bieden|overweging{_SP}aan)[^.;:\n]{{0,50}}?{_SP}[Ee]en{_SP}$")
_OWN_BILL_ADJECTIVES = frozenset(("onderhavige", "voorliggende", "bijgaande", "bijgevoegde"))
_AT_HAND = frozenset(("onderhavige", "voorliggende"))  # the bill at hand: the stuk's own, where it says which
_NUMBER = re.compile(r"\d*")
_AN = re.compile(rf"(?<![\w-])[Ee]en{_SP}$")


class _Lead:
    """A lead match as the code reads it (``lead["pointing"]``, ``lead.start()``), for a lead of another pattern."""

    def __init__(self, match: re.Match[str] | None, start: int, **groups: str | None) -> None:
        self._match, self._start, self._groups = match, start, groups

    def __getitem__(self, key: str) -> str | None:
        if key in self._groups:
            return self._groups[key]
        return self._match.groupdict().get(key) if self._match is not None else None

    def start(self) -> int:
        return self._start


def _read_lead(lead: re.Match[str] | None) -> re.Match[str] | _Lead | None:
    """The lead as written clean: the OCR's ``hel`` as ``het``; an adjective broken at a line's end or uninflected
    (``on-derhavige``, ``voorliggend``) whole and inflected, as the rules after it compare them."""
    if lead is None:
        return None
    definite, adjective = lead["definite"], lead["adjective"]
    ocr_het = definite in ("hel", "Hel")
    written_apart = bool(adjective) and adjective.startswith(("on", "voor"))
    if not ocr_het and not written_apart:
        return lead
    if ocr_het:
        definite = definite[:2] + "t"
    if written_apart:
        adjective = re.sub(r"[-\u00ad\n]", "", adjective)
        adjective = adjective if adjective.endswith("e") else adjective + "e"
    return _Lead(lead, lead.start(), definite=definite, adjective=adjective)


_DATE = rf"\d{{1,2}}{_SP}(?i:{_MONTHS}){_SP}(?:18|19|20)\d\d"
# A document cited with its date and, at once after it, its number: "brief van 14 februari 2020 (Kamerstuk
# 31 490, nr. 271)", "de Koninklijke besluiten van 24 december 1965 (Stb. 628) en van 23 juni 1966 (Stb. 249)".
_CITED_DATE = re.compile(rf"(?<![\w])van{_SP}(?P<date>{_DATE})")
# A decree or note named by its date alone, later: "Het wijzigingsbesluit van 24 december 1965".
_DATED_DECREE = re.compile(rf"besluit(?:en)?{_SP}van{_SP}(?P<date>{_DATE})(?![\d])")
_DATED_NOTE = re.compile(rf"(?:nota|missive)(?:s)?{_SP}van{_SP}(?P<date>{_DATE})(?![\d])")


# "de motie op stuk nr. 313", "de eerste motie, die op stuk nr. 253": the explicit reference is the mention
_JOINED = re.compile(r"[ \u00a0\n,]*(?:(?:die|dat)[ \u00a0\n]+)?(?:op|onder|met)[ \u00a0\n]*")
# "Genoemde brief is destijds gedrukt als kamerstuk onder 18 647 nr. 14": the number the letter was printed under
_PRINTED_UNDER = re.compile(r"[ \u00a0\n]+(?:is|werd|was)[ \u00a0\n]+(?:(?:destijds|reeds|eerder|al)[ \u00a0\n]+)?"
                            r"(?:af)?gedrukt[ \u00a0\n]+(?:als[ \u00a0\n]+kamerstuk[ \u00a0\n]+)?onder[ \u00a0\n]+")
# "Deze missive zal worden gedrukt", "Deze missive, welke reeds is gedrukt": the missive is the kamerstuk cited
_PRINTED = re.compile(r"[^.;]{0,40}?gedrukt")
_CITED_NEXT = re.compile(r"[^.;:()\n]{0,30}\([ \u00a0\n]*(?:Kamerstuk(?:ken)?[ \u00a0\n]*(?:II|I)?,?[ \u00a0\n]*)?")
_NUMBER_AFTER = re.compile(rf"{_SP}(?:nr\.?|no\.?|nummer){_SP}?\d")


@dataclass(frozen=True)
class ImplicitForm:
    """One noun that an implicit reference is made of; an entry like those of the explicit table."""

    noun: str  # the record type it means, or "bill" / "letter" / "dated" (a decree or note by its date)
    pattern: re.Pattern[str]
    literal: str  # must be in the text for the form to be tried
    near: int  # how far back a plain "het"/"de" may look for its antecedent (characters)
    requires: tuple[str, ...] = ()  # of these one must be in the text too
    # every match opens with one of these: the pattern is tried only where they are (_matches_at), not scanned over
    # the text (a pattern that opens with an alternation is tried at nearly every position)
    opens: tuple[str, ...] = ()


IMPLICIT_FORMS = (
    ImplicitForm("amendement", re.compile(r"amendement(?![\w-])"), "amendement", 3000),
    ImplicitForm("motie", re.compile(r"motie(?![\w-]|[ \u00a0]van[ \u00a0]orde)"), "motie", 3000),
    # "het wetsontwerp", and broken at a line's end or hyphenated by OCR at any syllable: "het wets-ontwerp",
    # "wets-\nvoorstel", "dit wetsont-werp", "wetsvoor-stel" (a soft hyphen too: "wets\u00adontwerp")
    ImplicitForm("bill", re.compile(r"wets(?:[-\u00ad]\n?)?(?:voor(?:[-\u00ad]\n?)?stel|ont(?:[-\u00ad]\n?)?werp)"
                                    r"(?P<plural>en|len)?(?![\w-])"), "wets", 10**9),
    # capitalised as 19th- and early 20th-century text writes it: "het Wetsontwerp", "dit Wets-ontwerp"
    ImplicitForm("bill", re.compile(r"Wets(?:[-\u00ad]\n?)?(?:voor(?:[-\u00ad]\n?)?stel|ont(?:[-\u00ad]\n?)?werp)"
                                    r"(?P<plural>en|len)?(?![\w-])"), "Wets", 10**9),
    # "het ontwerp van wet", "een ontwerp van Wet", "het ontwerp-wet", "dit ontwerp van Rijkswet", OCR "hetont-werp
    # van wet": the bill as older and formal text names it; the noun alone ("Het onderhavige ontwerp", "dit
    # ontwerp") only after "dit"/"deze"/"bijgaand" or "onderhavige"/"voorliggende" (checked below): "het ontwerp"
    # alone is as often a design or another draft (one pattern per noun: a pattern that opens with a literal is
    # found fast)
    # The plural only formal: "deze ontwerpen van wet" (an eindverslag's "Tegen deze ontwerpen van wet bestond geen
    # bezwaar"), not the verb "ontwerpen"
    ImplicitForm("bill", re.compile(rf"ont(?:[-\u00ad]\n?)?werp"
                                    rf"(?:(?P<plural>en)?(?P<formal>{_SP}van{_SP}(?:[Ww]et|[Rr]ijkswet)|-[Ww]et)(?![\w-])"
                                    rf"|(?![\w-])(?!{_SP}van{_SP}))"), "ont", 10**9),
    ImplicitForm("bill", re.compile(rf"voorstel{_SP}van{_SP}[Ww]et(?![\w-])"), "voorstel", 10**9),
    # a member's bill: "het initiatiefwetsvoorstel tot wijziging van ...", "het initiatief-wetsvoorstel" (the
    # compound is no "wets" noun with a glued article); not "het initiatiefvoorstel", in a debate on the EU as often
    # a member state's initiative ("de JBZ-Raad ... het initiatiefvoorstel inzake de bewaring van gegevens")
    ImplicitForm("bill", re.compile(r"initiatief-?wets-?(?:voorstel|ontwerp)(?P<plural>en|len)?(?![\w-])"),
                 "initiatief", 10**9),
    # "de PKB", "de planologische kernbeslissing" (OCR: "kernbeslis-sing"): a planning decision goes through the
    # Kamer as a kamerstuk dossier of its own, resolved like a bill (the header's or footer's, else one cited)
    ImplicitForm("bill", re.compile(r"PKB(?![\w-])"), "PKB", 10**9),
    ImplicitForm("bill", re.compile(rf"planologische{_SP}kern(?:[-\u00ad]\n?)?beslis(?:[-\u00ad]\n?)?sing(?![\w-])"),
                 "planologische", 10**9),
    ImplicitForm("letter", re.compile(
        rf"brief(?:{_SP}van{_SP}(?P<date>\d{{1,2}}{_SP}(?:{_MONTHS}){_SP}(?:19|20)\d\d)(?P<note>\d{{1,2}})?)?"
        r"(?![\w-])"),
        "brief", 10**9),
    # "Deze missive zal worden gedrukt en rondgedeeld" after a missive cited with its number: that one (below)
    ImplicitForm("missive", re.compile(r"missive(?![\w-])"), "missive", 0),
    # "deze memorie", "deze nota (naar aanleiding van het verslag)": the stuk itself, by its header or own footer
    ImplicitForm("own", re.compile(rf"memorie(?:{_SP}van{_SP}(?:toelichting|antwoord))?(?![\w-])"), "memorie", 0),
    ImplicitForm("own", re.compile(rf"nota(?:{_SP}van{_SP}wijziging|{_SP}naar{_SP}aanleiding{_SP}van{_SP}het{_SP}"
                                   r"(?:eind)?verslag)?(?![\w-])"), "nota", 0),
    # "de memorie van antwoord", "het voorlopig verslag" (OCR and the period: "voorloopig"): a stuk of the bill's
    # procedure, described; a record without id where nothing names it (_described_stuk)
    ImplicitForm("described", re.compile(rf"memorie{_SP}van{_SP}(?:toelichting|antwoord)(?![\w-])"), "memorie", 0),
    ImplicitForm("described", re.compile(rf"voorloo?pig{_SP}verslag(?![\w-])"), "verslag", 0),
    # "dat door deze gewisselde schrifturen de openbare beraadslaging ... genoegzaam is voorbereid" (an eindverslag's
    # formula), "uit de gewisselde stukken": the stukken of the bill's procedure together
    ImplicitForm("described", re.compile(rf"gewisselde{_SP}(?:schrifturen|stukken)(?![\w-])"), "gewisselde", 0),
    ImplicitForm("dated", _DATED_DECREE, "besluit", 10**9),  # a pattern that opens with a word is found fast
    ImplicitForm("dated", _DATED_NOTE, "van ", 10**9, ("nota", "missive"), opens=("nota", "missive")),
)


def _matches_at(pattern: re.Pattern[str], text: str, openings: tuple[str, ...]) -> Iterable[re.Match[str]]:
    """``pattern``'s matches in ``text`` as ``finditer`` gives them, where every match opens with one of
    ``openings``: tried only where one of them occurs (``str.find`` finds those faster than the regex engine finds
    where an alternation may start)."""
    starts = set()
    for opening in openings:
        found = text.find(opening)
        while found >= 0:
            starts.add(found)
            found = text.find(opening, found + 1)
    end = 0
    for start in sorted(starts):
        match = pattern.match(text, start) if start >= end else None
        if match:
            end = max(match.end(), start + 1)
            yield match


def resolve_implicit(parser: ReferenceParser, text: str, found: list[Mention]) -> list[Mention]:
    """``found`` (the explicit mentions, in text order) with the implicit ones added and members' moties resolved."""
    _resolve_moties_by_member(text, found)
    chapter_citations(text, found)  # "ontwerpbegroting WVC 1989, TK 20 800 nr. 2": kst-20800-XVI-2
    # whether a word is in the text, from what the scan of the explicit forms found where it can
    literals = parser._scan.literals if parser._scan.literals is not None and parser._scan.text is text else None
    has = literals.has if literals is not None else text.__contains__
    letters = _Dated(text, found)  # read on first use: most texts never ask
    taken = [(m.start, m.end) for m in found]
    # a law's name just after a bill's noun is the bill's title ("het wetsvoorstel Mediawet"), not a citation of it
    law_starts = {m.start for m in found if m.type == "wet"}
    previous = _previous_ones(text, found, has)  # "de vorige motie": an antecedent for what follows it too
    taken.extend((m.start, m.end) for m in previous)
    lookup = sorted([*found, *previous], key=lambda m: m.start) if previous else found
    added: list[Mention] = list(previous)
    bills_named: list[bool] = []  # whether the text names a bill formally, read on first use
    for form in IMPLICIT_FORMS:
        # the literal looked up first also where the pattern opens with it: ``str`` finds a word (or finds it
        # absent) several times faster than the regex engine scans for the pattern's first characters
        if not has(form.literal) or form.requires and not any(map(has, form.requires)):
            continue
        for match in _matches_at(form.pattern, text, form.opens) if form.opens else form.pattern.finditer(text):
            word_start = match.start()
            if form.noun == "dated":  # the noun may be a compound: "wijzigingsbesluit", "Kabinetsmissive"
                while word_start and (text[word_start - 1].isalpha() or text[word_start - 1] == "-"):
                    word_start -= 1
            glued = None
            if form.noun != "dated" and word_start and (text[word_start - 1].isalnum() or text[word_start - 1] == "-"):
                glued = form.noun == "bill" and _GLUED_LEAD.search(text, max(0, word_start - 3), word_start)
                if not glued:
                    continue
            lead = _Lead(glued, glued.start()) if glued else _read_lead(
                _LEAD.search(text, max(0, word_start - 40), word_start))
            offered = False
            if lead is None and form.noun == "bill" and match.group().lower().startswith(("ont", "voor")):
                an = _AN.search(text, max(0, word_start - 4), word_start)  # "aan een ontwerp van Wet tot ..."
                offered = an is not None and _OFFERED.search(text, max(0, word_start - 90), word_start) is not None
                lead = _Lead(None, an.start(), definite="een") if offered else None
            if lead is None:
                continue
            determiner = (lead["definite"] or "").lower()
            if form.noun not in ("motie", "amendement") and (lead["ordinal"] or determiner == "uw"):
                continue  # "de tweede brief", "uw brief": not resolved here
            if lead["ordinal"] == "volgende" and determiner in ("", "de", "het"):
                continue  # "de volgende motie" announces the one that follows: not marked (corpora/references)
            if form.noun in ("motie", "amendement") and not lead["pointing"] and _OF_A_PARTY.match(text, match.end()):
                continue  # "de motie van het CDA": that party's, which the nearest motie need not be
            copula = _COPULA_EXPLICIT.match(text, match.end()) if lead["ordinal"] else None
            if copula is not None:  # "De laatste motie is de motie op stuk nr. 473": the explicit reference named
                named = next((m for m in found if match.end() < m.start < copula.end() and m.type == "motie"), None)
                if named is not None:  # right after is what it means (its id, or none without a dossier)
                    record = _record(text, lead.start(), match.end(), form, (dict(named.records[0]), _span(named)),
                                     parser)
                    added.append(Mention(lead.start(), match.end(), "motie", [record]))
                continue
            plural = form.noun == "bill" and match.groupdict().get("plural")
            if plural and not _several_bills(lead):
                continue  # "de wetsontwerpen", "die wetsontwerpen": bills in general, or a relative clause
            if form.literal == "ont" and not match["formal"] and not (
                    lead["pointing"] or lead["adjective"] in _OWN_BILL_ADJECTIVES
                    or _bare_bill(text, lead, bills_named)):
                continue  # "het oorspronkelijke ontwerp", "het ontwerp" in a text on no bill: a design, or an earlier
                # draft of the bill
            if form.noun == "bill" and _NUMBER_AFTER.match(text, match.end()):
                continue  # "het voorstel van wet nr. 19 362 van mijn ambtgenoot": a bill by its number
            if form.noun == "own":
                own = (_own_stuk(parser, text, lead, found) if lead["pointing"] in ("deze", "Deze")
                       and not _SAME_NOUN_BEFORE[form.literal].search(text, max(0, lead.start() - 300), lead.start())
                       else None)
                if own is not None:
                    added.append(Mention(lead.start(), match.end(), "kamerstuk",
                                         [_record(text, lead.start(), match.end(), form, own, parser)]))
                continue  # "de nota", "die memorie": another one, or one the text names later
            if form.noun == "described":
                if _described_stuk(text, match, lead, taken):
                    added.append(Mention(lead.start(), match.end(), "kamerstuk",
                                         [_record(text, lead.start(), match.end(), form, None, parser)]))
                continue
            if form.noun == "missive":
                if lead["pointing"] and lead["pointing"].lower() == "deze" and _PRINTED.match(text, match.end()):
                    cited = _letter_just_cited(text, lead.start(), found)
                    if cited is not None:
                        added.append(Mention(lead.start(), match.end(), "kamerstuk",
                                             [_record(text, lead.start(), match.end(), form, cited, parser)]))
                continue  # "Deze missive wordt voor kennisgeving aangenomen": not printed, not that kamerstuk
            if form.noun == "letter" and lead["pointing"]:
                printed = _PRINTED_UNDER.match(text, match.end())
                following = printed and next((m for m in found if m.start == printed.end()
                                              and m.type == "kamerstuk" and m.records[0].get("id")), None)
                if following:  # "Genoemde brief is destijds gedrukt als kamerstuk onder 18 647 nr. 14"
                    added.append(Mention(lead.start(), match.end(), "kamerstuk", [
                        _record(text, lead.start(), match.end(), form, (dict(following.records[0]),
                                                                        _span(following)), parser)]))
                    continue
            if form.noun == "letter" and lead["pointing"] and lead["pointing"].lower() in ("deze", "dit"):
                cited = _letter_just_cited(text, lead.start(), found)
                if cited is not None:
                    added.append(Mention(lead.start(), match.end(), "kamerstuk",
                                         [_record(text, lead.start(), match.end(), form, cited, parser)]))
                continue  # otherwise "deze brief" is the letter itself
            start = lead.start()
            end = match.start("note") if form.noun == "letter" and match["note"] else match.end()
            if any(start < e and (s < end + 3 and "\n" not in text[end:s]
                                  or end <= s < end + 16 and _JOINED.fullmatch(text, end, s))
                   and not (form.noun == "bill" and s >= end and s in law_starts) for s, e in taken):
                continue  # overlapping an explicit reference, or followed at once by one: "mijn brief van
                # ... (Kamerstuk ...)"; not by the page's footer on the next line
            if form.literal in ("PKB", "planologische") and any(
                    end <= s < end + 40 and _CITED_NEXT.fullmatch(text, end, s) for s, _ in taken):
                continue  # "de gewijzigde planologische kernbeslissing van het SBL (15 880, nr. 27)": cited at once
            title = (_title_after(text, match.end()) if form.noun == "bill" and not plural and lead["definite"]
                     and not offered else None)  # "dit wetsontwerp ter goedkeuring van ...": the bill in debate,
            # described (the bill a missive offers is its own, whatever its title)
            if title is not None and _numbered_in_sentence(text, match.end(), found):
                continue  # "het wetsontwerp Wijziging van de wet van 17 juli 1923 (Stb. 364) (9236)": the number
            antecedent = (None if plural and ("genoemd" not in lead["pointing"].lower()
                                              or _dossiers_before(found, start) > 1
                                              or parser._scan.joint_head)  # a joint stuk's several bills
                          else _antecedent(parser, text, form, match, lead, lookup, letters))
            if antecedent is _ITSELF:
                continue  # "Dit amendement dient ertoe ..." in the amendement's own text: itself (unmarked)
            if antecedent is not None and title is not None and not _title_matches(text, title, antecedent[1]):
                antecedent = None  # "het wetsvoorstel tot verlaging van de basisbeurs": another bill than the last
            if antecedent is None and (not (lead["pointing"] or form.noun == "letter" and match["date"]
                                                      or _said_of_one(form.noun, lead)
                                                      or _bill_in_debate(form, lead))):
                continue  # "het amendement" far from any: a generic use, not a reference
            if antecedent is None and form.noun == "amendement" and lead["definite"] in ("het", "Het") and \
                    _OWN_TEXT.search(text, 0, start):
                continue  # "Toelichting. Het amendement beoogt ...": the amendement's own text, itself (unmarked)
            if antecedent is None and form.noun == "motie":
                following = next((m for m in found if m.start >= match.end()), None)
                if _cited_after(text, Mention(start, end, "motie", []), [following] if following else []):
                    continue  # "de motie Van der Camp/Leijnse (Kamerstuk 20 569, nr. 9)": that citation is the record
                if _read_next(text, match.end(), lead) or _of_a_council(text, start, end):
                    continue  # "Ik lees mijn eerste motie voor. Motie De Kamer, ...": it announces the text; "de
                    # motie, welke de raad dezer gemeente ... heeft aangenomen": a council's, no kamerstuk
            record = _record(text, start, end, form, antecedent, parser)
            added.append(Mention(start, end, record["type"], [record]))
    for mention in previous:
        mention.records[0].pop("previous")
    added.extend(_by_title(text, found))
    added.extend(_short_names(text, [*found, *added], taken))
    added.extend(_these_documents(text, found, taken, has))
    added.extend(_budget_chapters(text, found, taken, has))
    added.extend(_own_budget(text, found, taken, has))
    added.extend(cited_by_kind(text, found, added))
    added.extend(named_budgets(text, [*taken, *((m.start, m.end) for m in added)], has))
    added.extend(_said_nota(text, found, added, has))
    added.extend(_said_law(text, found, [*taken, *((m.start, m.end) for m in added)], has))
    added.extend(_own_proposal(parser, text, [*taken, *((m.start, m.end) for m in added)], has))
    mentions = sorted([*found, *added], key=lambda m: m.start)
    resolve_named(text, mentions)  # a named budget chapter whose dossier the passage cites: its id
    return mentions


# What may follow a bill's noun as its title: "het wetsontwerp tot ...", "het wetsontwerp Vennootschapsbelasting
# 1960", "het wetsontwerp ver-hoging van huren", "Het wetsvoorstel exploitatie zorginstellingen".
_TITLE_OPENING = re.compile(
    r"[ \u00a0\n]+(?!tot[ \u00a0\n]+wet\b)"
    r"(?P<title>(?:tot|ter|inzake|betreffende|houdende|strekkende|nopens|omtrent)[ \u00a0\n]"
    r"|[A-Z][a-z]"
    r"|[a-z][\w-]*(?:ing|ingen|heid|tie|ties)[ \u00a0\n]+(?:van|der|voor)[ \u00a0\n]|[a-z][\w-]*wet[ \u00a0\n,.])")
_TITLE_WORDS = re.compile(r"[A-Za-z\u00c0-\u00ff][\w-]{4,}")
_NOT_TITLE_WORDS = frozenset(("betreffende", "houdende", "strekkende", "inzake", "nopens", "omtrent", "wijziging",
                              "regeling", "regelen", "vaststelling", "ontwerp", "wetsontwerp", "wetsvoorstel"))


def _title_after(text: str, end: int) -> str | None:
    """The title a bill's noun is followed by (up to the end of the sentence part), or None."""
    opening = _TITLE_OPENING.match(text, end)
    if opening is None:
        return None
    stop = re.compile(r"[.;:!?(]|[ \u00a0\n](?:is|wordt|werd|zal|zou|kan|heeft|had|en|dat|die)[ \u00a0\n]")
    found = stop.search(text, opening.start("title"), opening.start("title") + 200)
    return text[opening.start("title"):found.start() if found else opening.start("title") + 200]


# A sentence's end, not an abbreviation's dot: "de wet van 17 juli 1923 (Stb. 364) (9236)", "nr. 5", "art. 3"
_SENTENCE_STOP = re.compile(r"(?<!\bp)(?<!\b(?:nr|no|Nr|No|jo|Mr|mr|dr|ir))(?<!\b(?:Stb|nrs|blz|art|pag|vgl))"
                            r"(?<!\b(?:Stbl|artt|resp|prof))(?<!\bStcrt)[.;!?](?:[ \u00a0\n]|$)")


def _numbered_in_sentence(text: str, end: int, found: list[Mention]) -> bool:
    """A kamerstuk follows the title in the same sentence (within 250 characters): the bill's own number. An
    abbreviation's dot (``Stb.``, ``nr.``, ``art.``) does not end the sentence."""
    sentence_end = _SENTENCE_STOP.search(text, end, end + 250)
    limit = sentence_end.start() if sentence_end else end + 250
    return any(end <= m.start < limit + 1 and m.type == "kamerstuk" for m in found)


_PROSE = re.compile(r"[a-z]{3}\.[ \u00a0]+[A-Z][a-z]")


def _title_matches(text: str, title: str, antecedent: dict[str, Any]) -> bool:
    """A word of the title (five letters or more, not ``wijziging``) is in the antecedent or the 300 characters
    before it: the bill named by its title is the one the antecedent cites."""
    start, end = antecedent.get("start", 0), antecedent.get("end", 0)  # a header without its span: the text's start
    # the title stands before a bill's number ("Wet exploitatie zorginstellingen (27659)") or after a header's
    # dossier ("17495\nWijziging van de Warenwet"); a header is near the text's start: its title and heading lines, not
    # the prose under them (a line with a sentence's end inside: "... laten wachten. Het ...")
    header = "\n".join(line for line in text[:800].split("\n") if not _PROSE.search(line)) if start < 1500 else ""
    context = text[max(0, start - 300):end + 300] + "\n" + header
    context = re.sub(r"-\s*", "", context).lower()
    words = {w.replace("-", "").lower() for w in _TITLE_WORDS.findall(title)} - _NOT_TITLE_WORDS
    # whole words only: "bijslag" (another bill's title) is not in "bijslagen" (this one's)
    return any(re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", context) for word in words)


# The title a document is cited with just before its number in brackets: "de Voorlopige Rekening 1992
# (Kamerstukken II, 1992/1993, 23026, nr. 1)"; its capitalised words, without the year, name it later.
_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(?P<title>(?:[A-Z][\w-]+[ \u00a0]){0,4}[A-Z][\w-]+)(?:[ \u00a0]\d{4})?[ \u00a0]?$"
)
# A title names a document when its last word is one: Voorlopige Rekening, Voorjaarsnota, Structuurschema.
_DOCUMENT_NOUN = re.compile(r"(?:nota|rekening|verslag|memorie|begroting|rapport|notitie|plan|schema|brief|overzicht"
                            r"|programma)$")
# the title cited at once with its number: "(kamerstuk 21 481, nr. 28)"; not a short name in brackets ("het Tweede
# Structuurschema Verkeer en Vervoer (SVV-II)", k21hp)
_CITED_AFTER_TITLE = re.compile(r"[ \u00a0]?(?:\d{4}[ \u00a0]?)?\((?![A-Za-z][\w-]{0,15}\))")
_CITATION_IN_BRACKETS = re.compile(r"\((?:Kamerstuk(?:ken)?(?:[ \u00a0](?:II|I))?,?[ \u00a0]*)?$")


def _by_title(text: str, found: list[Mention]) -> list[Mention]:
    """``de Voorlopige Rekening`` after ``de Voorlopige Rekening 1992 (Kamerstukken II, ..., 23026, nr. 1)``: a
    document named later by the title it was cited with (one whose last word is a document's: nota, rekening,
    verslag, plan, ...)."""
    titles: list[_Title] = []
    for mention in found:
        header_title = _header_title(text, mention)
        if header_title is not None:
            titles.append(header_title)
            continue
        if mention.type != "kamerstuk" or not mention.records[0].get("id") or "(" not in text[
                max(0, mention.start - 30):mention.start]:
            continue
        bracket = _CITATION_IN_BRACKETS.search(text, max(0, mention.start - 30), mention.start)
        title = bracket and _TITLE_BEFORE.search(text, max(0, bracket.start() - 80), bracket.start())
        if title:
            words = title["title"].split()
            if _DOCUMENT_NOUN.search(words[-1].lower()):  # "de Nederlandse Antillen (...)" names no document
                titles.append(_Title(re.escape(" ".join(words)), (), mention))
    added = []
    folded = ""  # the text folded (_folded), once a title asks
    for title_pattern, phrases, mention in titles:
        if phrases:
            folded = folded or _folded(text)
            if not any(f"{article} {phrase}" in folded for article in ("de", "het") for phrase in phrases):
                continue  # not named after an article anywhere: no pattern to compile (a few ms each)
        if mention.records[0].get("nr_at"):  # a header names the dossier's title: the dossier is meant
            dossier = mention.records[0]["dossier"]
            base = {"type": "kamerstuk", "id": f"kst-{dossier}", "dossier": dossier}
        else:
            base = mention.records[0]
        pattern = re.compile(r"(?<![\w-])(?:[Dd]e|[Hh]et)[ \u00a0]" + title_pattern.replace(r"\ ", r"[ \u00a0]")
                             + r"(?![\w-])")
        for match in pattern.finditer(text, mention.end):
            start, end = match.span()
            if _CITED_AFTER_TITLE.match(text, end) or any(a.start < end and start < a.end for a in added) or any(
                    end <= m.start <= end + 40 and _CITED_NEXT.fullmatch(text, end, m.start) for m in found):
                continue  # the title cited again with its number ("het Verslag van de Algemene Rekenkamer over 1989
                # (kamerstuk 21 481, nr. 28)"): that citation is the reference
            record = dict(base, start=start, end=end, text=text[start:end], implicit=True,
                          antecedent=_span(mention))
            added.append(Mention(start, end, "kamerstuk", [record]))
    return added


# "de bovengenoemde nota", "de evenbedoelde Nota": the nota the text named last (gold 12-07c, 12-07)
_SAID_NOTA = re.compile(r"[Dd]e[ \u00a0\n]+(?:boven|voor|eerder|even|hier)?(?:genoemde|bedoelde|vermelde)"
                        r"[ \u00a0\n]+[Nn]ota(?![\w-])(?![ \u00a0\n]+van[ \u00a0\n]+wijziging)")
# (a "nota van wijziging(en)" is another kind: "de bedoelde nota van wijzigingen" is not the nota named before)
_NOTA_WORD = re.compile(r"(?<![\w-])[Nn]ota(?![\w-])(?![ \u00a0\n]+van[ \u00a0\n]+wijziging)")
_NOTA_CITED_REACH = 250


def _said_nota(text: str, found: list[Mention], added: list[Mention], has: Callable[[str], bool]) -> list[Mention]:
    """``de bovengenoemde nota``: the nota named last before it, by its title from the header (``de nota
    Volksgezondheidsbeleid ...``, a mention) or cited after its noun (``de Nota naar aanleiding van het verslag ...
    (stuk nr. 65a)``: the first citation within 250 characters, one of a stuk before one of its dossier). No nota
    named before it, or none cited: nothing (never a guess)."""
    if not has("ota") or "nota" not in text and "Nota" not in text:  # (what _SAID_NOTA needs: [Nn]ota)
        return []
    mentions = sorted((m for m in [*found, *added] if m.type == "kamerstuk" and m.records[0].get("id")),
                      key=lambda m: m.start)
    result: list[Mention] = []
    for match in _SAID_NOTA.finditer(text):
        start, end = match.span()
        if start and _WORD_BEFORE.match(text, start - 1) or any(m.start < end and start < m.end
                                                                 for m in [*found, *added]):
            continue  # the end of a word ("onde genoemde nota"), or read already
        notas = list(_NOTA_WORD.finditer(text, 0, start))
        if not notas:
            continue
        nota = notas[-1]
        covering = [m for m in mentions if m.start <= nota.start() < m.end]
        cited = [m for m in mentions if nota.end() <= m.start and m.end <= start
                 and m.start - nota.end() <= _NOTA_CITED_REACH]
        numbered = [m for m in cited if m.records[0].get("dossier")
                    and m.records[0]["id"] != f"kst-{m.records[0]['dossier']}"]
        source = covering[0] if covering else (numbered or cited or [None])[0]
        if source is None:
            continue
        record = {"start": start, "end": end, "text": text[start:end], "type": "kamerstuk"}
        _resolve_to(record, source.records[0], source)
        result.append(Mention(start, end, "kamerstuk", [record]))
    return result


# A law pointed back to without an article: "die wet", "genoemde wet", "bovengenoemde wet", "voormelde wet",
# "dezelfde wet", "dier wet" (the words the explicit reader takes in "artikel 6 van genoemde wet"; "deze wet" is
# not one: in a bill it is the bill itself, and the golds leave it so). Not "die wet- en regelgeving".
_SAID_LAW = re.compile(
    r"(?<![\w-])(?:[Dd]ie|[Dd]ier|[Dd]iezelfde|[Dd]ierzelfde|[Dd]erzelfde|[Dd]ezelfde"
    r"|(?:[Bb]oven|[Vv]oor|[Ll]aatst|[Mm]eer|[Oo]p)?(?:[Gg]e)?(?:aangehaalde|noemde|gemelde|vermelde|melde)"
    r"|(?:[Bb]oven|[Vv]oor|[Ll]aatst|[Mm]eer|[Oo]p)(?:aangehaalde|genoemde|gemelde|vermelde|melde))"
    r"[ \u00a0\n]+$")
# The noun, found first by ``str.find`` (a pattern that opens with an alternation or a look-behind is tried at every
# position); the words before it are then matched back from it (_SAID_LAW, at the end of the 30 characters before)
_NOT_THE_NOUN_AFTER = re.compile(r"[\w-]|[ \u00a0\n]+(?:en[ \u00a0\n]+(?:regel|recht)|als[ \u00a0\n])")


def _law_nouns(text: str) -> Iterable[tuple[int, int]]:
    """The spans of ``wet`` and ``Wet`` as a word of their own (not ``wet- en regelgeving``, ``dezelfde wet als``)."""
    for noun in ("wet", "Wet"):
        found = text.find(noun, 2)
        while found > 1:
            if text[found - 1] in " \u00a0\n" and text[found - 2] in "er" \
                    and not _NOT_THE_NOUN_AFTER.match(text, found + 3):  # ("die", "dier", "genoemde": e or r)
                yield found, found + 3
            found = text.find(noun, found + 3)
# ("eerstgenoemde wet" is the first of two laws named, not the last: not read; "in dezelfde wet als die van den
# vader": any law, not one named)
# Between the law named last and "die wet": a bill or another law named (that one may be meant: "(23 196) tot wet
# wordt verheven, ... waarop die wet in werking treedt"), or a sentence that makes a bill a law.
_OTHER_LAW_BETWEEN = re.compile(r"ontwerp|voorstel|\b[A-Za-z][\w-]+wet\b|\b[Ww]et\b")
# "art. 5 der voormelde wet", "artikel 39 der aangehaalde wet": an article the explicit reader left (the law named
# last is one an act executes, or a bill's own), not the law alone
_ARTICLE_OF = re.compile(r"\b[Aa]rt(?:ikel(?:en)?|t?\.)[^;:()]{0,40}?(?:van|der|in)"
                         r"[ \u00a0\n]+(?:de[ \u00a0\n]+)?$")
# "de hierboven vermelde wet van 14 Juni 1918": the law named by its date here, not the one named before
_DATE_AFTER = re.compile(r"[ \u00a0\n]+van[ \u00a0\n]+(?:den[ \u00a0\n]+)?\d")
_LAW_IN_NAME = re.compile(r"[Ww]et")  # the antecedent names a law ("Reglement op het beleid", a decree: not one)
# Before the law named last, what makes it not the law meant: a draft of it ("het ontwerp Wetboek van
# Strafvordering"), or an act cited by its date that amends it ("de wet van 23 december 1993, Stb. 707, tot wijziging
# van de Vreemdelingenwet en van het Wetboek van Strafrecht ... Die wet": that act)
_NOT_THE_LAW_BEFORE = re.compile(
    r"ontwerp[ \u00a0\n-]*(?:van[ \u00a0\n]+(?:de|het)[ \u00a0\n]+)?$"
    r"|\b[Ww]et[ \u00a0\n]+van[ \u00a0\n]+(?:den[ \u00a0\n]+)?\d{1,2}\S{0,4}[ \u00a0\n]+\w+[ \u00a0\n]+\d{4}"
    r"(?:[^.;]|(?<=Stb|blz)\.|(?<=n°|nr)\.){0,100}?(?:wijziging|aanvulling|herziening)[^.;]{0,60}$")


def _said_law(text: str, found: list[Mention], taken: list[tuple[int, int]],
              has: Callable[[str], bool]) -> list[Mention]:
    """``die wet``, ``genoemde wet``, ``bovengenoemde wet`` without an article: the law named last before it, within
    the reach of ``van de wet`` (600 characters, ``_THE_LAW_REACH``) and with no bill or other law named between, as
    an implicit ``wet`` record at law level (``in verband met de aanpassing van die wet`` after ``de Algemene
    pensioenwet politieke ambtsdragers``); without id where that law has none (an act by its date). No law named before
    it: nothing."""
    if not has("wet"):
        return []
    result: list[Mention] = []
    laws: list[Mention] | None = None  # the laws named, read at the first noun pointed (most texts have none)
    for noun_start, noun_end in sorted(_law_nouns(text)):
        match = _SAID_LAW.search(text, max(0, noun_start - 30), noun_start)
        if match is None:
            continue
        if laws is None:
            laws = [m for m in found if m.type == "wet" and not m.records[0].get("implicit")]
        start, end = match.start(), noun_end
        if any(s < end and start < e for s, e in taken):
            continue  # read already: "artikel 6 van genoemde wet"
        before = [m for m in laws if m.end <= start]
        if not before:
            continue
        law = before[-1]
        if start - law.end > _THE_LAW_REACH or _OTHER_LAW_BETWEEN.search(text, law.end, start) \
                or not _LAW_IN_NAME.search(law.records[0]["text"]) \
                or _EXECUTED_LAW.search(text, max(0, law.start - 40), law.start) \
                or _NOT_THE_LAW_BEFORE.search(text, max(0, law.start - 200), law.start):
            continue  # a bill or another law between, the last a decree's or reglement's article, or a law that an
            # act executes ("ter uitvoering van art. 7 der Grondwet"): that one is not what "voormelde wet" means
        if _ARTICLE_OF.search(text, max(0, start - 60), start) or _DATE_AFTER.match(text, end):
            continue
        bwb = law.records[0].get("bwb")
        record = {"start": start, "end": end, "text": text[start:end], "type": "wet",
                  "id": laws_jci(bwb) if bwb else None, "implicit": True,
                  "antecedent": {"start": law.start, "end": law.end, "text": law.records[0]["text"]}}
        if bwb:
            record["bwb"] = bwb
        result.append(Mention(start, end, "wet", [record]))
    return result


# A short name that the text gives a dossier in brackets: right after its name (``het Tweede Structuurschema Verkeer en
# Vervoer (SVV-II)``), or before its number in the same brackets (``het wetsvoorstel ... Kaderwet Volwasseneneducatie
# (IKVE -20 645)``): two capitals at least, a suffix after a hyphen.
_SHORT_NAME = r"(?P<short>[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:-[A-Z0-9]{1,4})?)"
_SHORT_NAME_AFTER = re.compile(r"[ \u00a0]?\(" + _SHORT_NAME + r"\)")
_SHORT_NAME_BEFORE = re.compile(r"\(" + _SHORT_NAME + r"[ \u00a0]*[-–,:]?[ \u00a0]*\Z")


def _short_names(text: str, mentions: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """``de IKVE``, ``het SVV-II``: a dossier by the short name the text gave it in brackets (``_SHORT_NAME_AFTER``
    after a mention of the dossier by its title, ``_SHORT_NAME_BEFORE`` before its number), named later with an
    article: that dossier (``kst-20645``), the bracketed mention its antecedent. The fresh golds mark both (12-04c
    ``de IKVE`` ×5, 12-06l ``het SVV-II``, k21hp)."""
    named: dict[str, Mention] = {}
    for mention in mentions:
        record = mention.records[0]
        if mention.type != "kamerstuk" or not record.get("id") or not record.get("dossier"):
            continue
        if record.get("implicit"):
            short = _SHORT_NAME_AFTER.match(text, mention.end)
        else:
            short = _SHORT_NAME_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        if short is not None:
            named.setdefault(short["short"], mention)
    added: list[Mention] = []
    for short, mention in named.items():
        dossier = mention.records[0]["dossier"]
        pattern = re.compile(r"(?<![\w-])(?:[Dd]e|[Hh]et)[ \u00a0\n]+" + re.escape(short) + r"(?![\w-])")
        for match in pattern.finditer(text, mention.end):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken) or any(m.start < end and start < m.end for m in mentions):
                continue
            added.append(Mention(start, end, "kamerstuk", [{
                "start": start, "end": end, "text": text[start:end], "type": "kamerstuk", "id": f"kst-{dossier}",
                "dossier": dossier, "implicit": True, "antecedent": _span(mention)}]))
    return added


class _Title(NamedTuple):
    """A document's title as ``_by_title`` looks for it later: ``pattern`` (what follows "de"/"het"), ``phrases``
    (the pattern's matches as ``_folded`` writes them, one of which must follow "de " or "het " in the folded text
    for the pattern to be tried; none: always tried) and the ``mention`` it was cited with."""

    pattern: str
    phrases: tuple[str, ...]
    mention: Mention


# What ``_folded`` leaves out: a hyphen inside a word (with the line break after it) and the quotation mark that may
# open a title (``de Nota «positie van migranten ...»``); and the spaces it writes as one.
_FOLDED_OUT = re.compile(r"-[\u00a0\n]?|«")
_FOLDED_SPACES = re.compile(r"[\u00a0\n\x20]{2,}|[\u00a0\n]")  # (a space alone stays as it is)


def _folded(text: str) -> str:
    """``text`` without hyphens, in one case, its spaces and line breaks one space each: what a match of a header
    title's pattern (``_header_title_opening``: any case, a hyphen between any two letters) reads as there. Case
    folded as the regex engine compares letters without case: ``casefold`` (the long s as s, ``K`` as k) and the dotless
    and dotted i as i."""
    folded = _FOLDED_SPACES.sub(" ", _FOLDED_OUT.sub("", text)).casefold()
    return folded.replace("\u0131", "i").replace("i\u0307", "i")


_HEADER_TITLE_LINE = re.compile(r"[ \t]*\n[ \t]*(?P<title>(?:[A-Z][\w-]+[ \t]){0,4}[A-Z][\w-]+)(?:[ \t]\d{4})?[ \t]*\n")


def _header_title(text: str, mention: Mention) -> _Title | None:
    """A pattern of a stuk header's dossier title that names a document (``18169`` / ``Defensienota 1984`` /
    ``Nr. 39``): later ``de Defensienota`` means that dossier."""
    record = mention.records[0]
    if not record.get("nr_at") or not record.get("dossier"):
        return None
    line = _HEADER_TITLE_LINE.match(text, mention.end)
    if line is None:
        return _header_title_opening(text, mention)
    if not re.search(r"[a-z]", line["title"]):
        return None  # (a Bijlagen label's heading in capitals, "VERSLAG", is the stuk's kind, not its title)
    if not _DOCUMENT_NOUN.search(line["title"].split()[-1].lower()):
        return _header_title_opening(text, mention)  # "Structuurnota Gezondheidszorg", "Meerjarenplan
        # Verkeersveiligheid": the noun opens it (until k21hp a capitalised title line was tried by its end only)
    return _Title(re.escape(line["title"]), (), mention)


# A header's title that opens with a document's noun and goes on in lower case: "Nota regionaal sociaal-economisch
# beleid 1977 t/m 1980", "Structuurnota Gezondheidszorg", "Nota over de hoofdlijnen van de ontwikkeling van de
# Waddenzee"
_HEADER_TITLE_OPENING = re.compile(r"[ \t]*\n[ \t]*(?P<first>[A-Z][a-z][\w-]*)(?P<rest>[^\n]{0,160})\n")
_TITLE_ORDINALS = frozenset(("eerste", "tweede", "derde", "vierde", "vijfde"))
_TITLE_FUNCTION_WORDS = frozenset(("van", "over", "de", "het", "der", "den", "des", "voor", "inzake", "en", "in", "op",
                                   "met", "tot", "t/m", "betreffende", "ter", "te"))


def _header_title_opening(text: str, mention: Mention) -> _Title | None:
    """A pattern of a header's title that opens with a document's noun (``Nota regionaal sociaal-economisch beleid
    1977 t/m 1980``): its words up to the third that is no function word (fewer where the title has fewer),
    matched without regard to case, hyphens or line breaks (``de Nota Regionaal sociaal-economisch beleid
    1977-1980``, ``de Structuurnota gezondheidszorg``, ``de Nota over de hoofdlijnen van de ont-wikkeling``)."""
    line = _HEADER_TITLE_OPENING.match(text, mention.end)
    named_by_noun = ""
    if line is not None and line["first"].lower() in _TITLE_ORDINALS:  # "Tweede structuurschema Verkeer en Vervoer":
        # the noun after an ordinal; the ordinal is part of the name ("het Tweede Structuurschema ...")
        second = re.match(r"[ \t]+([\w-]+)", line["rest"])
        if second is None or not _DOCUMENT_NOUN.search(second.group(1).lower()):
            return None
    elif line is None or line["first"].lower().endswith("begroting"):
        return None  # (a budget's head, "Begroting van uitgaven" / "Hoofdstuk IV": the chapter, which "de begroting
        # van uitgaven van het Rijk" in its bill is not)
    elif not _DOCUMENT_NOUN.search(line["first"].lower()):
        if _NOT_A_TITLE.match(line["first"]):
            return None
        # a title without the noun ("18108" / "Volksgezondheidsbeleid bij beperkte middelen"): the text names the
        # document by the noun before it, "de nota Volksgezondheids-beleid bij beperkte middelen", "de Nota «positie
        # van migranten uit Surina-me ..." (gold 12-07c, two documents)
        named_by_noun = r"(?i:nota|notitie)[\u00a0\n\x20]+«?"
    words, content = [], 0
    for word in [line["first"], *line["rest"].split()]:
        word = word.strip(",;:.()")
        if not re.fullmatch(r"[\w-]+", word) or re.fullmatch(r"\d[\d-]*", word):
            break
        words.append(word)
        content += word.lower() not in _TITLE_FUNCTION_WORDS and word.lower() not in _TITLE_ORDINALS
        if content == 3:
            break
    if len(words) < 2 - bool(named_by_noun) or words[-1].lower() in _TITLE_FUNCTION_WORDS:
        return None  # one word alone ("Energienota") is read above, in the header's own line
    hyphen = r"(?:-[\u00a0\n]?)?"
    parts = [hyphen.join(re.escape(char) for char in word.replace("-", "")) for word in words]
    phrase = _folded(" ".join(word.replace("-", "") for word in words))
    return _Title(named_by_noun + "(?i:" + r"[\u00a0\n\x20]+".join(parts) + ")",
                  (f"nota {phrase}", f"notitie {phrase}") if named_by_noun else (phrase,), mention)


# a header's first line that is no title: a stuk's kind or a bill's opening ("Wijziging van ...", "Regels ...") is
# what the stuk is, never "de nota Wijziging ..."
_NOT_A_TITLE = re.compile(r"(?:Nr|Wijziging|Regels?|Goedkeuring|Vaststelling|Hoofdstuk|Motie|Amendement|Lijst"
                          r"|Voorstel|Naturalisatie|Instelling|Machtiging|Aanvulling|Intrekking)\b")


# (What may not come before it is checked on the match: a pattern that opens with a look-behind is tried at every
# position of the text, one that opens with "[Dd]" only where that letter is; no match can start inside another.)
_THESE_DOCUMENTS = re.compile(r"[Dd]eze[ \u00a0\n]stukken(?![\w-])")
_WORD_BEFORE = re.compile(r"[\w-]")


def _these_documents_matches(text: str) -> Iterable[re.Match[str]]:
    """``_THESE_DOCUMENTS``'s matches, as ``finditer`` gives them: tried only where "stukken" is, five characters on
    from where a match starts (``str.find`` finds it faster than the regex engine finds "[Dd]")."""
    found = text.find("stukken", 5)
    while found >= 0:
        match = _THESE_DOCUMENTS.match(text, found - 5)
        if match:
            yield match
        found = text.find("stukken", found + 1)


_SENTENCE_START = re.compile(r"[.;!?:][ \u00a0\n]+(?=[A-Z])")


def _these_documents(text: str, found: list[Mention], taken: list[tuple[int, int]],
                     has: Callable[[str], bool]) -> list[Mention]:
    """``de ... Overeenkomsten met Oostenrijk, ... (12 216) ..., stel ik aan de Kamer voor, deze stukken ...``: the
    documents of the one dossier cited earlier in the same sentence (within 400 characters; two dossiers cited
    there, or none: no reference)."""
    if not has("stukken"):
        return []
    added = []
    for match in _these_documents_matches(text):
        start, end = match.span()
        if start and _WORD_BEFORE.match(text, start - 1):
            continue
        window = max(0, start - 400)
        for sentence in _SENTENCE_START.finditer(text, window, start + 1):  # (the capital may be "Deze"'s own)
            window = sentence.end()
        cited = [m for m in found if window <= m.start and m.end <= start and m.type == "kamerstuk"
                 and m.records[0].get("dossier") and m.records[0].get("id")]
        dossiers = {m.records[0]["dossier"] for m in cited}
        if len(dossiers) != 1 or any(s < end and start < e for s, e in taken):
            continue
        dossier = dossiers.pop()
        record = {"start": start, "end": end, "text": text[start:end], "type": "kamerstuk", "id": f"kst-{dossier}",
                  "dossier": dossier, "implicit": True, "antecedent": _span(cited[-1])}
        added.append(Mention(start, end, "kamerstuk", [record]))
    return added


# A budget's chapter named in words: "Hoofdstuk III der rijksbegroting (Algemene Zaken)", "hoofdstuk XI van de
# begroting"; the dossier is the year's budget, which the text gives only in a citation of that chapter.
_BUDGET_CHAPTER = re.compile(r"oofdstuk[ \u00a0\n]+"  # (found by its literal: "H"/"h" and what precedes are checked)
                             r"(?P<chapter>[IVXLC]{1,6}(?:[ \u00a0]?[A-F](?![\w]))?)[ \u00a0\n]+"
                             r"(?:der|van[ \u00a0\n]+de)[ \u00a0\n]+(?:[Rr]ijks|[Ss]taats)?begroting(?![\w-])"
                             r"(?:,?[ \u00a0\n]+voor[ \u00a0\n]+(?:het[ \u00a0\n]+)?(?:dienst)?jaar[ \u00a0\n]+"
                             r"(?P<year>(?:19|20)\d\d)(?!\d))?")  # its year: "... voor het dienstjaar 1970"


# "de begroting van mijn departement (voor het dienstjaar 1977)": the minister's own budget chapter (OCR breaks the
# word: "departe-ment"); "die begroting" after it, the same
_MY_BUDGET = re.compile(r"(?<![\w-])[Dd]e[ \u00a0\n]+begroting[ \u00a0\n]+van[ \u00a0\n]+mijn[ \u00a0\n]+"
                        r"de(?:-[ \u00a0\n]?)?par(?:-[ \u00a0\n]?)?te(?:-[ \u00a0\n]?)?ment(?![\w-])"
                        r"(?:[ \u00a0\n]+voor[ \u00a0\n]+(?:het[ \u00a0\n]+)?(?:dienst)?jaar[ \u00a0\n]+"
                        r"(?P<year>(?:18|19|20)\d\d)(?!\d))?")
_THAT_BUDGET = re.compile(r"(?<![\w-])[Dd]ie[ \u00a0\n]+begroting(?![\w-])")
_THAT_BUDGET_REACH = 600
# A budget chapter's header names the budget's year: "Rijksbegroting voor het dienstjaar 1977" / "14 100 VIII"
_BUDGET_YEAR_LINE = re.compile(r"(?i)begroting[ \t]+voor[ \t]+het[ \t]+(?:dienst)?jaar[ \t]*((?:18|19|20)\d\d)")
_CHAPTER_DOSSIER = re.compile(r"\d+-[IVXLC]+[A-F]?")


def _own_budget(text: str, found: list[Mention], taken: list[tuple[int, int]],
                has: Callable[[str], bool]) -> list[Mention]:
    """``de begroting van mijn departement voor het dienstjaar 1977`` in a minister's stuk filed under a budget
    chapter (its header ``Rijksbegroting voor het dienstjaar 1977`` / ``14 100 VIII`` / ``Nr. 57``): that chapter's
    dossier, ``kst-14100-VIII`` (a year named must be the header's); ``die begroting`` soon after, the same. Not
    where the header is no budget chapter's (the department's budget is then another dossier, not in the text)."""
    if not has("mijn") or not has("begroting"):
        return []
    header = next((m for m in found if m.type == "kamerstuk" and m.records[0].get("nr_at")
                   and _CHAPTER_DOSSIER.fullmatch(m.records[0].get("dossier") or "")), None)
    if header is None:
        return []
    year = _BUDGET_YEAR_LINE.search(text, max(0, header.start - 200), header.start)
    if year is None:
        return []
    dossier = header.records[0]["dossier"]
    added: list[Mention] = []

    def add(start: int, end: int) -> None:
        added.append(Mention(start, end, "kamerstuk", [{
            "start": start, "end": end, "text": text[start:end], "type": "kamerstuk", "id": f"kst-{dossier}",
            "implicit": True, "dossier": dossier, "antecedent": _span(header)}]))

    for match in _MY_BUDGET.finditer(text, header.end):
        if match["year"] and match["year"] != year.group(1) or any(
                s < match.end() and match.start() < e for s, e in taken):
            continue
        add(match.start(), match.end())
        that = _THAT_BUDGET.search(text, match.end(), match.end() + _THAT_BUDGET_REACH)
        if that is not None and "begroting van" not in text[match.end():that.start()] and not any(
                s < that.end() and that.start() < e for s, e in taken):
            add(that.start(), that.end())
    return added


def _budget_chapters(text: str, found: list[Mention], taken: list[tuple[int, int]],
                     has: Callable[[str], bool]) -> list[Mention]:
    """``Hoofdstuk III der rijksbegroting`` in a text that cites that chapter with its dossier (its own footer:
    ``Tweede Kamer, zitting 1978-1979, 15 300, hoofdstuk III, nr. 10``): that chapter of that budget,
    ``kst-15300-III`` (one dossier with that chapter in the text, else nothing); ``hoofdstuk VII van de
    rijksbegroting voor het dienstjaar 1970`` over its year too, where the year's dossier is the one cited."""
    if not has("oofdstuk"):
        return []
    added = []
    for match in _BUDGET_CHAPTER.finditer(text):
        start = match.start() - 1
        if start < 0 or text[start] not in "Hh" or start and (text[start - 1].isalnum() or text[start - 1] == "-"):
            continue
        if any(s < match.end() and start < e for s, e in taken):
            continue
        chapter = re.sub(r"[ \u00a0]", "", match["chapter"])
        cited = [(m, m.records[0]) for m in found if m.type == "kamerstuk" and not m.records[0].get("implicit")
                 and re.fullmatch(rf"kst-\d+-{chapter}(?:-\w+)?", m.records[0].get("id") or "")]
        dossiers = {record["id"].split("-")[1] for _, record in cited}
        if len(dossiers) != 1:
            continue
        if match["year"] and budget_dossiers().get(int(match["year"]), next(iter(dossiers))) not in dossiers:
            continue  # the year named is another year's budget than the one cited
        mention, record = cited[0]
        dossier = dossiers.pop()
        added.append(Mention(start, match.end(), "kamerstuk", [{
            "start": start, "end": match.end(), "text": text[start:match.end()], "type": "kamerstuk",
            "id": f"kst-{dossier}-{chapter}", "implicit": True, "dossier": dossier, "antecedent": _span(mention)}]))
    return added


# "dit voorstel", "het voorstel", "het onderhavige voorstel": the bill, said as a proposal (``_own_proposal``); not
# one with its own complement ("het voorstel van de Voorzitter", "het voorstel tot verlaging", "het voorstel om ...",
# "het voorstel neergelegd in onderdeel F", "het voorstel in mijn brief van 19 oktober", "wordt het voorstel gedaan")
_YEAR_AFTER = r"[ \u00a0\n]+(?:(?:het[ \u00a0\n]+jaar|[0-9]{1,2}[ \u00a0\n][a-z]+)[ \u00a0\n]+)?(?:18|19|20)\d\d(?!\d)"
_PROPOSAL = re.compile(r"(?<![\w-])(?:[Dd]it|[Hh]et)[ \u00a0\n]+(?:(?P<own>onderhavige|voorliggende)[ \u00a0\n]+)?"
                       r"voorstel(?![\w-])(?![ \u00a0\n]*(?:\("
                       r"|(?:van|der|des|tot|om|dat|die|inzake|betreffende|omtrent|nopens|neergelegd|vervat|ter"
                       r"|in|met[ \u00a0\n]+betrekking|inhoudende|houdende|strekkende|waarbij|waarin|gedaan|doen"
                       r"|wordt[ \u00a0\n]+gedaan)(?![\w-])"
                       rf"|voor(?![\w-])(?!{_YEAR_AFTER})))")  # (not "het voorstel voor een ..."; "voor 1984": a time)
_PROPOSAL_WORD = re.compile(r"(?<![\w-])voorstel(?![\w-])")
_BILLS_VERSION = re.compile(r"(?:oorspronkelijke|gewijzigde?)[ \u00a0\n]+\Z")
_TITLED = re.compile(r"(?<![\w-])(?:[Hh]et|[Dd]it)[ \u00a0\n]+\Z")
_TITLE_TOT = re.compile(r"[ \u00a0\n]+tot[ \u00a0\n]+(?!het[ \u00a0\n]|de[ \u00a0\n]|een[ \u00a0\n])")
_OF_LAW = re.compile(r"[ \u00a0\n]+van[ \u00a0\n]+(?:[Ww]et|[Rr]ijkswet)(?![\w-])")
# A text in which "het voorstel" is another than the bill: an amendement's (its explanation: "Dit voorstel wordt
# gedaan in aansluiting op ..."), a bill's own articles ("Indien het voorstel wordt ingetrokken")
_NOT_THE_BILLS_PROPOSAL = re.compile(r"mendement|AMENDEMENT|Lasten en bevelen|gratie Gods|GRATIE GODS"
                                     r"|\n[ \t]*Artikel[ \t]+(?:\d+[a-z]?|[IVXL]+)\.?[ \t]*\n")


def _own_proposal(parser, text: str, taken: list[tuple[int, int]], has: Callable[[str], bool]) -> list[Mention]:
    """``dit voorstel``, ``het voorstel`` in a stuk on a bill whose own header or footer names it (``Eerste Kamer,
    vergaderjaar 1983-1984, 17719, nr. 18a``): that bill, at dossier level, the header or footer as antecedent (the
    golds mark 6 of 6 so where the passage gives the dossier: a verslag's ``de parlementaire behandeling van dit
    voorstel``, a motie's ``tijdens de behandeling van dit voorstel``). Only from the stuk's own header or footer, not
    from a bill named before (``het wetsvoorstel 17719 ... het voorstel`` may be any); and not where another bill is
    named by its number before it (the proposal may be that one), in an amendement or a bill's own text (there it
    is the amendement, or a proposal the article speaks of), or under a budget chapter's footer (a post's proposal).
    Without the stuk's own bill nothing is given: ``het voorstel`` alone is as often a member's or the chair's."""
    if not has("voorstel"):
        return []
    if parser.own_dossier:
        dossier, antecedent = parser.own_dossier, _header_antecedent(parser, text)
    elif parser._scan.own_footer is not None:
        dossier, footer = parser._scan.own_footer
        dossier = _bill_of(dossier, footer)
        antecedent = _span(footer)
    else:
        return []
    if not re.fullmatch(r"\d+", dossier) or _NOT_THE_BILLS_PROPOSAL.search(text):
        return []
    added = []
    proposals = {match.end(): match for match in _PROPOSAL.finditer(text)}
    blocked = False
    for word in _PROPOSAL_WORD.finditer(text):
        match = proposals.get(word.end())
        if match is None:
            if not (_OF_LAW.match(text, word.end()) or _BILLS_VERSION.search(text, max(0, word.start() - 30),
                                                                              word.start())
                    or _TITLED.search(text, max(0, word.start() - 5), word.start())
                    and _TITLE_TOT.match(text, word.end())):
                # another proposal named ("een voorstel", "het voorstel voor een achtste richtlijn"): "het voorstel"
                # after it may be that one (not "het voorliggende voorstel"); "het (gewijzigd) voorstel van wet",
                # "het oorspronkelijke voorstel", "het voorstel tot gemeentelijke herindeling van Vorden" (its title)
                # are the bill
                blocked = True
            continue
        if blocked and not match["own"]:
            continue
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        bill = parser.bill_before(start)
        if bill is not None and _bill_of(*bill) != dossier:
            continue
        added.append(Mention(start, end, "kamerstuk", [{
            "start": start, "end": end, "text": text[start:end], "type": "kamerstuk", "id": f"kst-{dossier}",
            "implicit": True, "dossier": dossier, "antecedent": antecedent}]))
    return added


# A footer that ends in a lettered stuk's letter after its dossier: "Tweede Kamer, vergaderjaar 1993-1994, 23 752, A"
# (the advice of the Raad van State), "18 679, B-C", "35 510, nr. A"; not a budget's chapter letter, which stands
# before the comma ("17 600 G, nr. 14").
_LETTERED_STUK_END = re.compile(
    r",[ \u00a0]*(?:[Nn]r\.?[ \u00a0]*)?(?P<letter>[A-Z]{1,2})(?:[ \u00a0]*[-–—][ \u00a0]*[A-Z])?[ \u00a0.]*$")


def _bill_of(dossier: str, mention: Mention) -> str:
    """The bill that a footer's stuk belongs to: a lettered stuk's footer (``23 752, A``) gives its id as the
    dossier with the letter (``kst-23752-A``), but ``het wetsvoorstel`` under it is the bill, ``kst-23752`` (the
    golds: 38 of 42 bills resolved from a footer at dossier level, the 4 others named by their stuk's number)."""
    end = _LETTERED_STUK_END.search(mention.records[0]["text"])
    if end is not None and dossier.endswith("-" + end["letter"]):
        return dossier[: -len(end["letter"]) - 1]
    return dossier


def _header_antecedent(parser, text: str) -> dict[str, Any]:
    """The antecedent of a reference to the stuk's own bill or stuk from its header: the header's dossier span where
    the text holds it."""
    antecedent: dict[str, Any] = {"source": "header"}
    span = parser.own_dossier_span
    if span:
        antecedent.update(start=span[0], end=span[1], text=text[span[0]:span[1]])
    return antecedent


def _antecedent(parser, text, form, match, lead, found, letters) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(the record meant, the antecedent's span) for an implicit reference, or None."""
    position = lead.start()
    if form.noun == "bill":
        if parser.own_dossier:
            return ({"type": "kamerstuk", "id": f"kst-{parser.own_dossier}", "dossier": parser.own_dossier},
                    _header_antecedent(parser, text))
        bill = parser.bill_before(position)
        if bill is None:
            return None
        footer = parser._scan.own_footer
        if footer is not None and lead["adjective"] in _AT_HAND and bill[1] is not footer[1] \
                and _NUMBER.match(bill[0])[0] != _NUMBER.match(footer[0])[0]:
            # "het onderhavige ontwerp" under the stuk's own footer or label: the bill the stuk is on, not another
            # named before it by another number ("het voorlopig verslag over wetsontwerp 11 879 ... het onderhavige
            # ontwerp" in a verslag labelled "11930 6")
            bill = footer
        # the bill is its dossier, whichever stuk of it named it ("16 535, nr. 5" in a footer)
        dossier = _bill_of(bill[0], bill[1])
        return {"type": "kamerstuk", "id": f"kst-{dossier}", "dossier": dossier}, _span(bill[1])
    if form.noun == "dated":
        known = letters.get().get(re.sub(r"\s+", " ", match["date"]).lower())
        if known and known[1].end <= position and known[0]["type"] in ("staatsblad", "staatscourant", "kamerstuk"):
            return dict(known[0]), _span(known[1])
        return None
    if form.noun == "letter":
        if match["date"]:
            date = re.sub(r"\s+", " ", match["date"])
            if match["note"] and match["note"] in parser.footnotes:
                return _from_footnote(parser, text, parser.footnotes[match["note"]])
            known = letters.get().get(date.lower())
            if known and known[1].end <= position and known[0]["type"] == "kamerstuk":
                return dict(known[0]), _span(known[1])
            return None
        if not lead["pointing"]:
            return None
        earlier = [item for item in letters.get().values()
                   if item[1].end <= position and item[0]["type"] == "kamerstuk"]
        if not earlier:
            return None
        record, mention = max(earlier, key=lambda item: item[1].end)
        return dict(record), _span(mention)
    if form.noun == "motie" and (lead["pointing"] or lead["ordinal"] or lead["definite"].lower() != "de"):
        moved = _moved_next(text, match.end(), lead, found)
        if moved is not None:  # "Vandaar deze motie. Motie De Kamer, ...": the one moved now, numbered next
            return moved
    if lead["ordinal"]:  # "uw eerste motie" after the member's moties were numbered: the first of those
        if lead["ordinal"] == "volgende":
            return None
        return _nth_in_turn(text, form.noun, lead["ordinal"], position, found)
    if re.match(r"[ \u00a0\n]+is[ \u00a0\n]+voorgesteld[ \u00a0\n]+door", text[match.end():match.end() + 30]):
        # "Deze motie is voorgesteld door ... Zij krijgt nr. 17 (34834).": the motie numbered next.
        following = [m for m in found if match.end() <= m.start <= match.end() + 600 and m.type == form.noun]
        if following and following[0].records[0].get("id"):
            return dict(following[0].records[0]), _span(following[0])
    limit = 10**9 if lead["pointing"] else form.near
    before = [mention for mention in found if mention.end <= position]
    for index in range(len(before) - 1, -1, -1):
        mention = before[index]
        if position - mention.end > limit:
            break
        for record in mention.records:
            if record["type"] != form.noun or record.get("implicit") and not (record.get("previous")
                                                                               or _resolved_later(record)):
                continue
            if record.get("id"):
                meant = _announced_since(text, form.noun, mention.end, position, found)
                if meant is not None:
                    return meant if meant is not _NONE else None
                return _speakers_own(text, form.noun, lead, record, mention, position, found)
            cited = _cited_after(text, mention, before[index + 1:index + 2])
            if cited is not None:
                return dict(cited.records[0], type=form.noun), _span(cited)
            return None  # the nearest motie before it has no number here ("de motie van mevrouw Voortman"): that
            # one is meant, not an older one whose number was given
    meant = _announced_since(text, form.noun, max(0, position - form.near), position, found)
    if meant is not None:
        return meant if meant is not _NONE else None
    return _own_document(parser, form.noun)


# The text of a motie as the minutes print it when it is moved: "Motie" / "De Kamer," / "gehoord de beraadslaging,"
_MOTION_TEXT = re.compile(r"De[ \u00a0\n]+Kamer,[ \u00a0\n]+gehoord[ \u00a0\n]+de[ \u00a0\n]+beraadslaging")
# What may stand between a pointing "deze motie" and the motie's text: the rest of its sentence and the heading.
_TO_MOTION_TEXT = re.compile(r"[^.!?\n]{0,80}[.:!]?[ \u00a0\n]*(?:Motie[ \u00a0\n]*)?")
# The chair, in the publication XML ("De\n\nvoorzitter\n\n:") and in plain text ("De voorzitter:").
_CHAIR = re.compile(r"(?:^|\n)[ \t]*De[ \u00a0\n]+[Vv]oorzitter[ \u00a0\n]*:")
_OF_A_PARTY = re.compile(r"[ \u00a0\n]+van[ \u00a0\n]+(?:het|de)[ \u00a0\n]+[A-Z]")
_COPULA_EXPLICIT = re.compile(r"[ \u00a0\n]+is[ \u00a0\n]+de[ \u00a0\n]+motie[ \u00a0\n]+op[ \u00a0\n]+stuk")
_ORDINAL_NUMBER = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5}


_POSSESSIVES = frozenset(("mijn", "uw", "zijn", "haar", "onze"))
# An amendement's own text: its explanation's heading, its heading in capitals, its signatories' formula, or
# "Dit amendement voorkomt ..." before
_OWN_TEXT = re.compile(r"Toelichting|TOELICHTING|AMENDEMENT|[Oo]ndergeteekende|[Oo]ndergetekende"
                       r"|[Dd]it[ \u00a0\n]+amendement")  # (in a debate too: there the safe side, no record)
# A municipal or provincial council (or a chamber of commerce), whose moties are no kamerstukken: "de raad dezer
# gemeente", "de raad van Texel"
_COUNCIL = re.compile(r"(?<![\w-])(?:[Gg]emeenteraad|[Gg]emeentebestuur|[Pp]rovinciale[ \u00a0\n]+[Ss]taten(?![\w-])"
                      r"|raad[ \u00a0\n]+(?:dezer|der|van[ \u00a0\n]+de)[ \u00a0\n]+gemeente"
                      r"|raad[ \u00a0\n]+van[ \u00a0\n]+(?!State|Europa|Ministers|Beheer|Bestuur|Toezicht)[A-Z]"
                      r"|Kamer[ \u00a0\n]+van[ \u00a0\n]+[Kk]oophandel)")  # and a chamber of commerce
_SENTENCE_END = re.compile(r"[.!?](?=[ \u00a0\n])")
_MOTIE_WORD = re.compile(r"(?<![\w-])motie(?![\w-])")


def _of_a_council(text: str, start: int, end: int) -> bool:
    """A council named in the sentence of ``de motie`` or of the motie named last before it (within 600
    characters): ``de motie, welke de raad dezer gemeente ... heeft aangenomen``; ``de door de raad van Texel ...
    aangenomen motie ... ? 2 Kunt u aangeven, wanneer de in de motie bedoelde studies ...``."""
    def sentence(position: int) -> tuple[int, int]:
        ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, position - 400), position)]
        after = _SENTENCE_END.search(text, position, position + 400)
        return (ends[-1] if ends else max(0, position - 400)), (after.end() if after else position + 400)

    if _COUNCIL.search(text, *sentence(start)):
        return True
    earlier = [m.start() for m in _MOTIE_WORD.finditer(text, max(0, start - 600), start)]
    return bool(earlier) and _COUNCIL.search(text, *sentence(earlier[-1])) is not None


# The text read next, where the passage ends before it: "De motie gaat over ... ; vandaar de volgende motie."
# (a clause of its own: not "Ik ontraad daarom deze motie.")
_READ_NOW = re.compile(r"[.;:!?,\n][ \u00a0\n]*(?:[Vv]andaar|[Dd]aarom)[ \u00a0\n]+(?:de[ \u00a0\n]+volgende|deze)"
                       r"[ \u00a0\n]+motie[ \u00a0\n]*[.:]")
# A speaker's label: the member's or the chair's, and any other in the publication XML ("Minister\n\nOllongren\n\n:")
_LABEL_LINE = re.compile(r"\n[ \t]*\)?[ \t]*:[ \t]*(?:\n|$)")


def _said_of_one(noun: str, lead) -> bool:
    """In a debate, ``de motie`` (``mijn motie``, ``uw tweede motie``, ``De laatste motie``) is said of one motie,
    discussed before or after the passage, even where the text gives no number: a record without id (the fresh golds
    mark 70 of 71 ``de motie`` and every possessive one in Handelingen XML passages; 7 of 8 ``de motie`` in SGD
    debates). ``het amendement`` and ``zijn amendement`` likewise (12 of 12 ``het amendement`` in the ParlSpeech
    passages), but not in an amendement's own explanation, where it is that text (the SGD golds leave it; below)."""
    determiner = (lead["definite"] or "").lower()
    if lead["ordinal"] == "volgende":  # the chair's "Uw volgende motie, denk ik.": the one read next
        return False
    if noun == "motie":
        return determiner in _POSSESSIVES or determiner == "de" or bool(lead["ordinal"])
    return noun == "amendement" and (determiner in _POSSESSIVES or determiner == "het" and not lead["ordinal"])


# A bill named as such: "wetsontwerp", "wets-ontwerp", "Wetsvoorstel", "ontwerp van wet", "voorstel van wet"
_BILL_NAMED = re.compile(rf"[Ww]ets(?:[-\u00ad]\n?)?(?:voor|ont)|ontwerp-[Ww]et"
                         rf"|(?:ontwerp|voorstel){_SP}van{_SP}(?:[Ww]et|[Rr]ijkswet)")


def _bare_bill(text: str, lead, bills_named: list[bool]) -> bool:
    """``het ontwerp`` alone in a text that names a bill as such (``het wetsontwerp``, ``het ontwerp van wet``) is that
    bill, as older reports and debates shorten it (``artikel 6 van het ontwerp``, ``tegen het ontwerp te stemmen``):
    the pooled fresh SGD golds mark 14 of the 15 ``het ontwerp`` not followed by ``van``; without a bill named, the
    noun is as often a design or a plan's draft."""
    if (lead["definite"] or "").lower() != "het" or lead["adjective"] or lead["ordinal"]:
        return False
    if not bills_named:
        bills_named.append(_BILL_NAMED.search(text) is not None)
    return bills_named[0]


_SEVERAL = re.compile(r"(?:deze|(?:boven|eerder|laatst)?genoemde|voornoemde|(?:boven|neven)vermelde|voormelde"
                      r"|bovenstaande)", re.IGNORECASE)


def _several_bills(lead) -> bool:
    """``deze ontwerpen van wet``, ``bovengenoemde wetsontwerpen``: the bills a list or joint head names, which one
    record cannot give as one id: a record without id (the pooled fresh SGD golds mark 12 of 14 ``deze ontwerpen van
    wet``, 4 of 4 ``deze wetsontwerpen`` so, none with an id; the first dossier's id, which the singular's rule gave
    ``bovengenoemde wetsontwerpen`` under a joint head, is wrong). The report's formula ``bovengenoemde
    wetsontwerpen`` under the head of one bill keeps that bill (below; the golds give it once, once no id). Not
    ``die`` (a relative clause)."""
    return bool(lead["pointing"]) and not lead["ordinal"] and _SEVERAL.fullmatch(lead["pointing"]) is not None


def _dossiers_before(found: list[Mention], start: int) -> int:
    """How many dossiers the explicit references before ``start`` name."""
    return len({record.get("dossier") for m in found if m.start < start and m.type == "kamerstuk"
                for record in m.records if record.get("dossier")})


def _bill_in_debate(form: ImplicitForm, lead) -> bool:
    """``het wetsontwerp``, ``het wetsvoorstel``, ``het ontwerp van wet``, ``het onderhavige wetsvoorstel`` is the
    bill a debate or report is about, also where the passage gives neither its number nor a header: a record
    without id (the pooled fresh SGD golds mark 63 of 69 ``het wetsontwerp``, 20 of 23 ``het wetsvoorstel``, 16 of
    18 ``het ontwerp van wet``, 9 of 9 ``onderhavige wetsvoorstel``; ``training/measure/motie_forms.py --nouns
    stukken``); with a title after it too (``het wetsontwerp tot regeling van den invoer van toiletzeep``: 32 of 41
    such bills marked, without id where nothing resolves them; the record spans the noun, not the title), unless
    its number follows in the sentence (that number is the reference, above). Not a PKB (``de PKB``: a planning
    decision, not counted)."""
    return (form.noun == "bill" and form.literal in ("wets", "Wets", "ont", "voorstel", "initiatief")
            and (lead["definite"] or "").lower() == "het" and not lead["ordinal"]
            and (lead["adjective"] is None or lead["adjective"] in _OWN_BILL_ADJECTIVES))


_BRACKET_AFTER = re.compile(r"[ \u00a0\n]*\(")


def _described_stuk(text: str, match: re.Match[str], lead, taken: list[tuple[int, int]]) -> bool:
    """``de memorie van antwoord``, ``de memorie van toelichting``, ``het voorlopig verslag``: a stuk of the bill's
    procedure said of one, marked by the pooled fresh SGD golds without id where the passage does not name it (6 of 6,
    9 of 10, 9 of 9 with ``voorloopig``; ``motie_forms.py --nouns stukken``); ``de gewisselde stukken``, ``deze
    gewisselde schrifturen`` likewise (5 of 5). Only after the article of its gender (``deze`` too before
    ``gewisselde``; not ``haar voorlopig verslag``, ``een memorie``, an adjective), and not where its citation follows
    at once (``In de memorie van toelichting (zitting 1971-1972, 11 679, nr. 3)``: that is the reference) or it
    overlaps one."""
    exchanged = match.group().startswith("gewisselde")
    determiner = (lead["pointing"] or lead["definite"] or "").lower()
    article = "de" if exchanged or match.group().startswith("memorie") else "het"
    if lead["adjective"] or lead["ordinal"] or determiner not in (article, "deze" if exchanged else article):
        return False
    start, end = lead.start(), match.end()
    bracket = _BRACKET_AFTER.match(text, end)
    close = text.find(")", end) if bracket else -1
    return not any(start < e and s < end + 3 or end <= s < end + 40 and _CITED_NEXT.fullmatch(text, end, s)
                   or bracket and end <= s < close for s, e in taken)


def _read_next(text: str, end: int, lead) -> bool:
    """A motie named just before its text is read, nobody else speaking between (``De eerste motie luidt als
    volgt.``, ``Vandaar deze motie.``, ``De motie gaat over ...; vandaar de volgende motie.``): an announcement,
    which the golds leave unmarked where no number follows; ``mijn tweede motie`` (a later one, named by its place
    among the member's) they mark."""
    if lead["ordinal"] and lead["ordinal"] != "eerste":
        return False
    text_start = _MOTION_TEXT.search(text, end, end + 600)
    if text_start is None:
        text_start = _READ_NOW.search(text, end, end + 300)
        if text_start is None or not text[lead.start()].isupper():  # its sentence's subject, not "bij de
            return False  # uitvoering van die motie"
    between = text[end:text_start.start()]
    if not lead["ordinal"] and text_start.re is _MOTION_TEXT and not _TO_MOTION_TEXT.fullmatch(between):
        return False  # without an ordinal only its sentence's last before the text
    return not (_SPEAKER.search(between) or _CHAIR.search(between) or _LABEL_LINE.search(between))


def _numbered_motie(mention: Mention) -> bool:
    """A motie numbered as the minutes number it: ``Zij krijgt nr. 257 (29538)``."""
    record = mention.records[0]
    return mention.type == "motie" and bool(record.get("id")) and record["text"].lstrip().lower().startswith("nr")


def _moved_next(text: str, end: int, lead, found: list[Mention]):
    """A motie named just before its text is read (``Vandaar deze motie.``, ``Ik lees mijn eerste motie voor.``,
    ``Voorzitter, mijn tweede motie. <why>``, the chair's ``Uw tweede motie.``): the one numbered after that text
    (``Zij krijgt nr. 470 (29453)``), where exactly one motie's text stands between. A pointing or possessive noun
    without an ordinal only where its sentence is the last before that text; with an ordinal within 600
    characters (``dat is ook uit de eerste motie op te maken``, 700 characters before the next one's text, is an
    earlier one), nobody else speaking between (after ``uw``, the member addressed may take the floor)."""
    text_start = _MOTION_TEXT.search(text, end, end + 600)
    if text_start is None:
        return None
    between = text[end:text_start.start()]
    if lead["ordinal"]:
        speakers = len(list(_SPEAKER.finditer(between))) + len(list(_CHAIR.finditer(between)))
        if speakers > ((lead["definite"] or "").lower() == "uw"):
            return None
    elif not _TO_MOTION_TEXT.fullmatch(between):
        return None
    if any(end <= m.start < text_start.start() and m.type == "motie" for m in found):
        return None  # a motie numbered or named before that text
    following = next((m for m in found if m.start > text_start.end() and _numbered_motie(m)), None)
    if following is None or following.start > text_start.end() + 4000 or _MOTION_TEXT.search(
            text, text_start.end(), following.start):
        return None
    return dict(following.records[0]), _span(following)


def _nth_in_turn(text: str, noun: str, ordinal: str, position: int, found: list[Mention]):
    """``uw eerste motie`` (``mijn tweede motie``) after the member's moties were numbered: the first (second) of
    the moties numbered since the last member took the floor (``De heer Kops (PVV):``, the first of that member's
    labels in a row: the chair's numbering between does not end his turn); ``laatste`` the last;
    fewer numbered there, or none: nothing."""
    if noun != "motie":
        return None
    speakers = list(_SPEAKER.finditer(text, max(0, position - 8000), position))
    if not speakers:
        return None
    name = speakers[-1]["name"].split()[-1].lower()
    turn = speakers[-1]
    for speaker in reversed(speakers):  # the turn: that member's labels in a row (the chair numbers in between)
        if speaker["name"].split()[-1].lower() != name:
            break
        turn = speaker
    numbered = [m for m in found if turn.end() <= m.start and m.end <= position and _numbered_motie(m)]
    if not numbered:
        return None
    index = len(numbered) - 1 if ordinal == "laatste" else _ORDINAL_NUMBER[ordinal] - 1
    if index >= len(numbered):
        return None
    return dict(numbered[index].records[0]), _span(numbered[index])


_PREVIOUS = re.compile(r"(?<![\w-])(?:[Dd]e|[Hh]et)[ \u00a0\n]+(?:(?P<anchor>vorige)|voorgaande)[ \u00a0\n]+"
                       r"(?P<noun>motie|amendement)(?![\w-])"
                       r"|(?<![\w-])(?:[Dd]e|[Hh]et)[ \u00a0\n]+(?P<noun2>motie|amendement)[ \u00a0\n]+"
                       r"(?:hier|daar)voor(?![\w-])")


def _previous_ones(text: str, found: list[Mention], has: Callable[[str], bool]) -> list[Mention]:
    """``Nog even een vraag van mevrouw Agema over de vorige motie.`` while the minister is at ``de motie op stuk nr.
    216``: the motie named before the one named last (within 6,000 characters), and the antecedent of ``de motie``
    after it until another is named. ``de voorgaande motie``, ``de motie daarvoor`` (``hiervoor``) likewise, but
    only themselves: ``een vervolg op de motie daarvoor ... Deze motie gaat verder`` goes on about the last one.
    None named before the last: no record."""
    if not has("motie") and not has("amendement") or not any(
            map(has, ("vorige", "voorgaande", "hiervoor", "daarvoor"))):
        return []
    added = []
    for match in _PREVIOUS.finditer(text):
        noun = match["noun"] or match["noun2"]
        named = [(m, r) for m in found if m.end <= match.start() and match.start() - m.end <= 6000
                 for r in m.records[:1] if r["type"] == noun and r.get("id")]
        if not named:
            continue
        last = named[-1][1]["id"]
        before = [(m, r) for m, r in named if r["id"] != last]
        if not before:
            continue
        mention, record = before[-1]
        start, end = match.span()
        added.append(Mention(start, end, noun, [{
            "start": start, "end": end, "text": text[start:end], "type": noun, "id": record["id"],
            **{key: record[key] for key in ("dossier", "ondernummer") if record.get(key)},
            "implicit": True, "antecedent": _span(mention), "previous": bool(match["anchor"])}]))
    return added


_NONE: Any = ()  # "resolved to nothing": the noun means a document the text numbers nowhere
# A new motie or amendement announced (to be moved now): "vandaar de volgende motie", "Ik heb een motie die ik
# ... indien", "nog een motie"; "de Kamer heeft een motie aangenomen" is an old one, not announced.
_ANNOUNCED = re.compile(
    r"(?<![\w-])(?:de[ \u00a0\n]+volgende|nog[ \u00a0\n]+een|mijn[ \u00a0\n]+(?:laatste|tweede|derde|volgende)"
    r"|een(?:[ \u00a0\n]+(?:korte|tweede|derde|laatste|nieuwe|gewijzigde))?)[ \u00a0\n]+"
    r"(?P<noun>motie|amendement)(?![\w-])"
    r"(?P<rest>[^.!?]{0,80})")
_TABLED = re.compile(r"indien|in[ \u00a0\n]+te[ \u00a0\n]+dienen|voor[ \u00a0\n]*(?:te[ \u00a0\n]+)?leggen|voorlez"
                     r"|voor[ \u00a0\n]+te[ \u00a0\n]+lezen|die[ \u00a0\n]+ik|[Vv]oorzitter")


def _announced_since(text: str, noun: str, start: int, position: int, found: list[Mention]):
    """A motie announced between ``start`` and ``position`` (``de volgende motie``, ``een motie die ik indien``):
    ``de motie`` after it is that one, the motie numbered next (``Zij krijgt nr. 257``); none numbered within
    reach: ``_NONE``. None when no motie was announced."""
    if noun not in text[start:position]:
        return None
    announced = None
    for match in _ANNOUNCED.finditer(text, start, position):
        if match["noun"] == noun and (not match.group(0).startswith("een") or _TABLED.search(match["rest"])
                                      or match.group(0).startswith("een gewijzigde")):
            announced = match
    if announced is None:
        return None
    for mention in found:
        if position < mention.start <= position + 4000 and mention.type == noun:
            record = mention.records[0]
            if record.get("id") and record["text"].lstrip().lower().startswith("nr"):  # "Zij krijgt nr. 257 (...)"
                return dict(record), _span(mention)
            break
    return _NONE


# The member who speaks: "Mevrouw Agema (PVV):", the publication XML's "Mevrouw\n\nAgema\n\n(\n\nPVV\n\n):".
_SPEAKER = re.compile(r"(?:^|\n)[ \t]*(?:De[ \u00a0\n]+heer|Mevrouw)[ \u00a0\n]+(?P<name>[^\n():]{2,40}?)[ \u00a0\n]*"
                      r"\([ \u00a0\n]*[^()\n]{1,30}?[ \u00a0\n]*\)[ \u00a0\n]*:")


def _speakers_own(text: str, noun: str, lead, record: dict[str, Any], mention: Mention, position: int,
                  found: list[Mention]):
    """``mijn motie``/``onze motie``: the last motie before it, if the member who speaks moved it; else the one of
    the speaker's numbered next (``Mijn motie moet nog uit de printer komen``), else none. ``uw motie`` likewise
    for the member spoken to (the chair's: who had the floor last; a member's: who spoke before him)."""
    own = (lead["definite"] or "").lower()
    if own not in ("mijn", "onze", "uw") or not record.get("members") and own != "uw":
        return dict(record), _span(mention)
    speakers = list(_SPEAKER.finditer(text, max(0, position - 6000), position))
    if own == "uw":
        # "uw motie": the chair speaks to the member who had the floor last; a member to the one before him
        chair = speakers and _CHAIR.search(text, speakers[-1].end(), position)
        speaker = speakers[-1] if chair else speakers[-2] if len(speakers) > 1 else None
        if speaker is None or not record.get("members"):
            return None
    else:
        speaker = speakers[-1] if speakers else None
    if speaker is None:
        return dict(record), _span(mention)
    name = speaker["name"].split()[-1].lower()
    if any(member.split()[-1].lower() == name for member in record["members"] if member.split()):
        return dict(record), _span(mention)
    for later in found:
        if position < later.start <= position + 4000 and later.type == noun and later.records[0].get("id"):
            if any(m.split()[-1].lower() == name for m in later.records[0].get("members", []) if m.split()):
                return dict(later.records[0]), _span(later)
    return None


_ITSELF: Any = ("itself",)  # the noun is the text's own amendement or motie: no reference (unmarked)


def _own_document(parser, noun: str):
    """In an amendement's own text, ``dit amendement`` / ``het amendement`` (with no other amendement before it) is
    that amendement itself (``_ITSELF``), by the pipeline's header or the text's own (``Nr. 17`` / ``AMENDEMENT VAN
    ...``); a motie likewise. The golds leave such a self-reference unmarked, as they leave ``Toelichting Het
    amendement beoogt ...`` (8 in the SGD passages of six fresh samples, none marked), so it gets no record: with
    the header the passage holds it would otherwise be an id the gold lacks."""
    own = parser.own_document or parser._scan.own_document  # the pipeline's header, else the text's own
    if not own or own.get("type") != noun or not own.get("id"):
        return None
    return _ITSELF


# The same noun just before "deze nota" (not in "deze nota" itself): "een nota hebben doen overhandigen ... Van deze
# nota", "de nota van wijziging ... Deze nota wordt u toegezonden", "een evaluatienota": "deze" points back to that
# one, not the stuk; not the stuk's own heading in capitals ("NOTA VAN WIJZIGING") nor the idiom "(goede) nota
# (van) genomen"
_SAME_NOUN_BEFORE = {noun: re.compile(rf"(?<![Dd]eze[ \u00a0\n])[{noun[0].upper()}{noun[0]}]{noun[1:]}(?![a-z])"
                                      r"(?![ \u00a0\n](?:van[ \u00a0\n])?genom)") for noun in ("nota", "memorie")}


def _own_stuk(parser, text: str, lead, found: list[Mention]):
    """``deze memorie``, ``deze nota``: the stuk the text is, by the header's number (``own_stuk``) or, without a
    header, by the stuk's own footer line when it gives one number (``Tweede Kamer, zitting 1971-1972, 11 679,
    nr. 3``); not where a kamerstuk was cited just before (300 characters: "de nota van 5 mei (20 556, nr. 9)
    ... deze nota" is that one)."""
    position = lead.start()
    footer = parser._scan.own_footer
    if any(m.type == "kamerstuk" and position - 300 <= m.end <= position and (footer is None or m is not footer[1])
           for m in found):
        return None
    if parser.own_stuk:
        return {"type": "kamerstuk", "id": parser.own_stuk}, _header_antecedent(parser, text)
    if footer is None or len(footer[1].records) != 1 or not footer[1].records[0].get("ondernummer"):
        return None
    return dict(footer[1].records[0]), _span(footer[1])


def _cited_after(text: str, mention: Mention, following: list[Mention]) -> Mention | None:
    """``de motie-Aarts/Melkert over de overbruggingshulp aan Suriname (20361, nr. 36)``: the kamerstuk in
    the brackets that close the sentence part after a motie's name is that motie."""
    if not following or following[0].type != "kamerstuk" or not following[0].records[0].get("id"):
        return None
    between = text[mention.end:following[0].start].replace("c.s.", "")  # "de motie Oomen-Ruijten c.s. (19881, nr. 19)"
    if len(between) > 200 or re.search(r"[.;:!?]\s|\)", between) or "(" not in between:
        return None
    return following[0]


# How far after a named motie or amendement a citation may resolve it (two sentences or so), and what may not come
# between: another motie's or amendement's noun, a speaker's label, a paragraph's end, the replaced one's formula
# ("de gewijzigde motie van het lid Beckerman c.s. ... (t.v.v. die gedrukt onder Kamerstuk 32847-335)")
_CITED_LATER_REACH = 400
_OTHER_STUK_BETWEEN = re.compile(r"(?<![\w-])(?:[Mm]otie|[Aa]mendement)|\n[ \t]*\n|:[ \t]*\n|t\.v\.v\.|[Vv]ervang")
_REVISED_BEFORE = re.compile(r"gewijzigde?[ \u00a0\n]+$")  # a new version, its number not the one cited after it


def _resolved_later(record: dict[str, Any]) -> bool:
    """A motie or amendement named after its mover that the citation after it resolved (``_cited_later``): what a
    following ``dat amendement`` means, as an explicit one would be."""
    antecedent = record.get("antecedent") or {}
    return bool(record.get("id") and record.get("members")) and antecedent.get("start", -1) > record["start"]


def _cited_later(text: str, mention: Mention, following: list[Mention]) -> Mention | None:
    """``het amendement-Van Ooijen aanvaard. Daarbij werd een nieuw artikel 53A ... ingevoegd, luidende: ... (zitting
    1976-1977, 14100 VIII, nr. 12)``: a motie or amendement named after its mover whose number the text gives in
    brackets within the next sentences, before any other reference, motie or amendement: that stuk."""
    if not following:
        return None
    cited = following[0]
    record = cited.records[0]
    if (cited.type != "kamerstuk" or not record.get("id") or not record.get("ondernummer") or record.get("implicit")
            or cited.start - mention.end > _CITED_LATER_REACH or len(cited.records) != 1):
        return None
    if "(" not in text[max(mention.end, cited.start - 30):cited.start + 1]:
        return None  # in brackets, as a citation of what was named
    if _OTHER_STUK_BETWEEN.search(text, mention.end, cited.start) or _REVISED_BEFORE.search(
            text, max(0, mention.start - 20), mention.start):
        return None
    return cited


def _resolve_to(record: dict[str, Any], meant: dict[str, Any], source: Mention) -> None:
    """``record`` (a motie or amendement named after its mover) resolved to the stuk that ``meant``, the record of
    the mention ``source``, names: its id, dossier and number, ``source`` as the antecedent."""
    record.update(id=meant["id"], implicit=True, antecedent=_span(source))
    for key in ("dossier", "ondernummer"):
        if meant.get(key):
            record[key] = meant[key]


def _record(text: str, start: int, end: int, form: ImplicitForm, resolved, parser) -> dict[str, Any]:
    kind = {"bill": "kamerstuk", "letter": "kamerstuk", "dated": "kamerstuk", "missive": "kamerstuk",
            "own": "kamerstuk", "described": "kamerstuk"}.get(form.noun, form.noun)
    record: dict[str, Any] = {"start": start, "end": end, "text": text[start:end], "type": kind, "id": None,
                              "implicit": True}
    if resolved is not None:
        meant, antecedent = resolved
        record["type"] = meant.get("type", kind) if form.noun not in ("bill",) else "kamerstuk"
        record["id"] = meant.get("id")
        for key in ("dossier", "ondernummer"):
            if meant.get(key):
                record[key] = meant[key]
        record["antecedent"] = antecedent
    return record


def _span(mention: Mention) -> dict[str, Any]:
    return {"start": mention.start, "end": mention.end, "text": mention.records[0]["text"]}


def _from_footnote(parser, text: str, note: str):
    """The kamerstuk a footnote cites, with the footnote's span as antecedent."""
    inner = type(parser)(parser.own_dossier, parser.default_chamber)
    for mention in inner.mentions(note, implicit=False):
        for record in mention.records:
            if record["type"] == "kamerstuk" and record.get("id"):
                offset = text.find(note)
                antecedent = {"source": "footnote", "text": record["text"]}
                if offset >= 0:
                    antecedent.update(start=offset + mention.start, end=offset + mention.end)
                return dict(record), antecedent
    return None


class _Dated:
    """The documents a text cites with their date (``_letters``), read once, when first asked for."""

    def __init__(self, text: str, found: list[Mention]) -> None:
        self.text, self.found = text, found
        self._dated: dict[str, tuple[dict[str, Any], Mention]] | None = None

    def get(self) -> dict[str, tuple[dict[str, Any], Mention]]:
        if self._dated is None:
            self._dated = _letters(self.text, self.found)
        return self._dated


def _letters(text: str, found: list[Mention]) -> dict[str, tuple[dict[str, Any], Mention]]:
    """Documents the text cites with their date and, at once after it, an explicit reference: ``brief van 14
    februari 2020 (Kamerstuk 31 490, nr. 271)`` makes ``31490-271`` the letter of 14 February 2020, ``besluiten
    van 24 december 1965 (Stb. 628)`` ``stb-1965-628`` the decree of that day (keys: dates in lower case)."""
    dated: dict[str, tuple[dict[str, Any], Mention]] = {}
    if " van " not in text:
        return dated
    cited = [m for m in found if m.type in ("kamerstuk", "staatsblad", "staatscourant") and m.records[0].get("id")]
    if not cited:
        return dated
    starts = [m.start for m in cited]
    for match in _CITED_DATE.finditer(text):
        index = bisect_left(starts, match.end())
        if index < len(cited) and cited[index].start <= match.end() + 12 \
                and "\n" not in text[match.end():cited[index].start]:
            dated.setdefault(re.sub(r"\s+", " ", match["date"]).lower(), (cited[index].records[0], cited[index]))
    return dated


_SENTENCE_AFTER_CITATION = re.compile(r"\)?(?:[ \u00a0]?\([ \u00a0]?R[ \u00a0]?\d{1,4}\))?[.;][ \u00a0\n]+")


def _letter_just_cited(text: str, position: int, found: list[Mention]):
    """``... een brief van de Minister-President ... (8316, nr. 2). Deze brief is reeds gedrukt``: a ``deze brief``
    that opens the sentence after one citing a letter with its number in brackets means that letter."""
    before = [m for m in found if m.end <= position and m.type == "kamerstuk" and m.records[0].get("id")]
    if not before:
        return None
    cited = before[-1]
    if not _SENTENCE_AFTER_CITATION.fullmatch(text, cited.end, position):
        return None  # not the sentence just before (a rijkswet's number may close it: "(5940) (R 191).")
    window = max(0, cited.start - 400)  # the sentence: from the last line break or closed citation on
    sentence_start = max(text.rfind("\n", window, cited.start), text.rfind(").", window, cited.start), window)
    if not re.search(r"\b(?:[Bb]rie(?:f|ven)|[Mm]issive)\b", text[sentence_start:cited.start]):
        return None
    return dict(cited.records[0]), _span(cited)


# Between a members' motie and its number: "motie van mevrouw Beckerman en de heer Van Kent op stuk nr. 349", "de
# motie-Knops op stuk nr. 456", "motie van de leden Kroger en Grashoff, die op stuk nr. 346" (more members, no other
# document named, no sentence ended)
_JOINED_WITH_MEMBERS = re.compile(
    r"(?:,?[ \u00a0\n]+(?:en[ \u00a0\n]+)?(?:de[ \u00a0\n]+heer|mevrouw|het[ \u00a0\n]+lid)[ \u00a0\n]+"
    r"(?:[A-Z][\w'-]*|van|de|der|den|ter)(?:[ \u00a0\n]+(?:[A-Z][\w'-]*|van|de|der|den|ter)){0,3})*"
    r"(?:[ \u00a0\n]+c\.s\.)?" + _JOINED.pattern)
_ADDRESSED = re.compile(r"(?<![\w])[Uu]w[ \u00a0\n]+$")


def _resolve_moties_by_member(text: str, found: list[Mention]) -> None:
    """``de motie-Omtzigt`` without a number: the motie of that member numbered earlier in the text."""
    numbered: list[tuple[dict[str, Any], Mention]] = []
    joined_to_number: list[Mention] = []
    for index, mention in enumerate(found):
        for record in mention.records:
            if record["type"] not in ("motie", "amendement"):
                continue
            members = [m.split()[-1].lower() for m in record.get("members", []) if m.split()]
            if record.get("id"):
                numbered.append((record, mention))
                continue
            following = found[index + 1] if index + 1 < len(found) else None
            if following is not None and following.type in ("kamerstuk", "motie", "amendement") and \
                    mention.end <= following.start <= mention.end + 100 and _JOINED_WITH_MEMBERS.fullmatch(
                        text, mention.end, following.start):
                # "De motie van de leden Kroger en Grashoff op stuk nr. 346": that number is the motie (without a
                # dossier in reach, no id), not the members' motie numbered last; one reference, the number's
                following.type = record["type"]
                for number in following.records:
                    number.update(type=record["type"], members=record.get("members", []))
                joined_to_number.append(mention)
                if following.records[0].get("id"):
                    numbered.append((following.records[0], following))
                continue
            cited = _cited_after(text, mention, found[index + 1:index + 2])
            if cited is not None:
                numbered.append((dict(cited.records[0], type=record["type"], members=record.get("members", [])), cited))
                continue
            addressed = _ADDRESSED.search(text, max(0, mention.start - 4), mention.start)
            for earlier, source in reversed(numbered):
                names = [m.split()[-1].lower() for m in earlier.get("members", []) if m.split()]
                if addressed and earlier["type"] == record["type"] and mention.start - source.end <= 600:
                    # "Zij krijgt nr. 469 (29453). Er is een vraag over uw motie van mevrouw Voortman": the chair
                    # addresses the mover of the motie just numbered; the member named after it asks the question
                    _resolve_to(record, earlier, source)
                    break
                if earlier["type"] == record["type"] and names and members and names[0] == members[0]:
                    _resolve_to(record, earlier, source)
                    break
            if members and not record.get("id"):
                later = _cited_later(text, mention, found[index + 1:])
                if later is not None:  # "het amendement-Van Ooijen aanvaard. Daarbij werd ... ingevoegd, luidende:
                    # ... (zitting 1976-1977, 14100 VIII, nr. 12)": the stuk cited next is the member's
                    _resolve_to(record, later.records[0], later)
    for mention in joined_to_number:  # the number's mention covers the motie's words (no "de motie" of its own)
        index = found.index(mention)
        following = found[index + 1]
        following.start = mention.start
        if len(following.records) == 1:
            following.records[0].update(start=mention.start, text=text[mention.start:following.records[0]["end"]])
        del found[index]
