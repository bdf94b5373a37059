"""A stuk cited with its number and its kind, named again later by that kind (ANNOTATION.md section 4, implicit).

``Op 8 januari 1986 zond mijn voorganger u de notitie Informatieverzorging door openbare bibliotheken (Kamerstuk
19 379, nrs. 1 en 2). In het mondeling overleg over deze notitie ...``; ``zoals vermeld in het verslag over het adres
van ... (kamerstuk 19 732, nr. 354), bericht ik u het volgende. De in het verslag genoemde uitnodiging ...``; ``In
de memorie van toelichting (zitting 1971-1972, 11 679, nr. 3) ... passages uit deze memorie``; ``(vgl. de brief van
de Nationale ombudsman ..., kamerstuk 17 299 nr. 1; vgl. tevens het Verslag ..., Kamerstuk 17 364, nr. 2) ... (vgl.
zijn hierboven reeds genoemde brief)``. The noun (``notitie``, ``verslag``, ``memorie``, ``brief``, ``nota``,
``rapport``, ``missive``) names the kind of a document the text cited before with its number, in the phrase that
the citation closes; the last one cited of that kind is meant. A pointing determiner (``deze``, ``die``,
``genoemde``, ``zijn hierboven reeds genoemde``) reaches back further than an article (``het verslag``); another
document of that kind introduced between (``een brief``, ``uw brief``) leaves the noun unresolved, as does one
whose own citation or date follows it (those are resolved elsewhere). Nothing cited of that kind: no id from here.
"""

from __future__ import annotations

import re
from typing import Any

# (the references module imports this one only when a text is parsed, so importing it here makes no cycle;
# imported once here, not on each call)
from .references import Mention

_SP = r"[ \u00a0\n]+"
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# A document's kind, with what makes it a kind of its own: "memorie van toelichting", "nota van wijziging", "nota
# naar aanleiding van het verslag" (whose "verslag" is not the kind), "voorlopig verslag"
# (not in capitals: "BRIEF VAN DE MINISTER", "NOTA VAN WIJZIGING" head the stuk itself)
_KIND = (rf"(?P<pre>[Vv]oorlo?opig{_SP})?"
         r"(?P<head>[Mm]emorie|[Nn]otitie|[Nn]ota|[Vv]erslag|[Rr]apport|[Bb]rief|[Mm]issive)"
         rf"(?P<post>{_SP}van{_SP}(?:toelichting|antwoord|wijziging(?:en)?)"
         rf"|{_SP}naar{_SP}aanleiding{_SP}van{_SP}het{_SP}(?:eind)?verslag)?(?![\w-])")
_KIND_IN_PHRASE = re.compile(rf"(?<![\w-]){_KIND}")
# A noun pointed back with is no kind of the citation after it: "In het mondeling overleg over deze notitie op 25
# maart 1987 (19 379, nr. 4)" cites the overleg; nor is a letter of the addressee's ("Naar aanleiding van uw brief
# van 10 september 1987, waarin ... (kamerstuk 19 732, nr. 354)")
_NOT_THE_KIND = re.compile(r"(?<![\w-])(?:[Dd]eze|[Dd]ie|[Dd]it|[Dd]at|[Uu]w|\w*genoemde|\w*vermelde)[ \u00a0\n]+$")
# Those that point back to one document whatever the distance ("genoemde brief", "zijn hierboven reeds genoemde
# brief", "deze notitie"), and the article, near its antecedent only ("het verslag", "de memorie van toelichting")
_ADJECTIVE = (r"(?:(?:hierboven|hiervoor|eerder|reeds|al|zojuist|boven)[ \u00a0\n]+){0,3}"
              r"(?:genoemde|vermelde|aangehaalde|voornoemde|bovengenoemde|eerdergenoemde|laatstgenoemde"
              r"|voormelde|bovenvermelde)")
_ANAPHOR = re.compile(
    rf"(?<![\w-])(?:(?P<det>[Dd]eze|[Dd]ie|[Dd]it|[Dd]at|[Hh]et|[Dd]e|[Zz]ijn|[Hh]aar|[Mm]ijn|[Oo]nze|[Dd]iens|[Hh]un)"
    rf"(?:{_SP}(?P<adjective>{_ADJECTIVE}))?|(?P<bare>[Gg]enoemde|[Vv]oornoemde|[Bb]ovengenoemde|[Ee]erdergenoemde"
    rf"|[Ll]aatstgenoemde|[Vv]oormelde|[Bb]ovenvermelde))"
    rf"{_SP}{_KIND}")
_POINTING = frozenset(("deze", "die", "dit", "dat"))
_POINTING_REACH = 3000  # characters from the citation's end
_ARTICLE_REACH = 600
# Another document of the kind introduced between: "een brief", "uw brief", "de tweede nota", "een nieuwe notitie"
_ANOTHER = (r"(?<![\w-])(?:[Ee]en|[Uu]w|[Ee]nige|[Tt]weede|[Dd]erde|[Nn]ieuwe|[Aa]ndere|[Vv]olgende|[Vv]orige)"
            r"(?:[ \u00a0\n]+[\w-]+e)?[ \u00a0\n]+")
# What may follow the noun and make it another, or one resolved by what follows: its own citation or date
_FOLLOWED = re.compile(rf"[ \u00a0\n]*[(«\"]|{_SP}(?:nr\.?|no\.?|nummer|onder){_SP}?\d"
                       rf"|[^.;:()\n]{{0,60}}?(?<![\w-])van{_SP}\d{{1,2}}{_SP}(?:{_MONTHS})(?![\w-])"
                       r"|[ \u00a0\n]+(?!De[ \u00a0\n]|Het[ \u00a0\n]|In[ \u00a0\n])[A-Z][a-z]")
# After the article, a complement names another: "de brief van de Minister van Onderwijs van 11 december 1992", "de
# nota «Bouwen op Maat»"; not the role of its sender alone ("Hij ging vervolgens in op de brief van de minister."
# after "een brief van de bewindsvrouwe van 6 april 1992 (Kamerstuk 22 100, nr. 5)")
_ARTICLE_FOLLOWED = re.compile(rf"{_SP}van(?![\w-])(?!{_SP}de{_SP}(?:[Mm]inister|[Ss]taatssecretaris|[Bb]ewinds\w+"
                               rf"|[Rr]egering)(?:{_SP}(?!van(?![\w-]))|[.,;:!?)]))")
_SENDER = re.compile(rf"{_SP}van{_SP}(?:de|het){_SP}"
                     r"(?:[Mm]inister|[Ss]taatssecretaris|[Bb]ewinds\w+|[Rr]egering|[Kk]abinet)(?![\w-])")
# The stuk's own kind, from its heading in capitals ("BRIEF VAN DE MINISTER", "MEMORIE VAN TOELICHTING"): there
# "deze brief" is the letter itself, except just after a letter cited ("... (8316, nr. 2). Deze brief is reeds ...")
_OWN_KIND = re.compile(r"(?<![\w-])(MEMORIE|NOTITIE|NOTA|VERSLAG|RAPPORT|BRIEF|MISSIVE)(?![\w-])")
_OWN_KIND_REACH = 300
# A complement of another document's noun: "de nota naar aanleiding van het verslag", "de memorie van antwoord op het
# voorlopig verslag", "bij het verslag"
_COMPLEMENT_BEFORE = re.compile(rf"(?:aanleiding{_SP}van|(?:antwoord|memorie|nota|toelichting|reactie){_SP}op|[Bb]ij)"
                                rf"{_SP}$")  # (not the verb's "ging in op de brief")
_PHRASE_REACH = 400
_PHRASE_STOP = re.compile(r"(?:(?<=[a-z]{3})|(?<=[»\"')\d]))[.!?](?=[ \u00a0\n]+[A-Z«\"])|\n[ \t]*\n")


def _kind(match: re.Match[str]) -> tuple[str, str]:
    """(head, qualifier) in lower case, the qualifier's spaces made single."""
    qualifier = " ".join(((match["pre"] or "") + (match["post"] or "")).lower().split())
    return match["head"].lower(), qualifier.replace("voorloopig", "voorlopig")


def _cited_kinds(text: str, found: list[Mention]) -> list[tuple[Mention, int, set[tuple[str, str]]]]:
    """Each kamerstuk citation in a phrase of the prose (not a line of its own: a footer, a head), where its phrase
    starts (the previous sentence's end, the previous citation's end, 400 characters at most), and the kinds that
    phrase names where every record of the citation has an id and a number (the first and the last noun of a kind in
    the phrase; not one pointed back with): ``de notitie X (Kamerstuk 19 379, nrs. 1 en 2)`` names a notitie."""
    cited = []
    previous_end = 0
    for mention in found:
        if mention.type != "kamerstuk":
            previous_end = max(previous_end, mention.end)
            continue
        start = mention.start
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip():
            window = max(previous_end, start - _PHRASE_REACH)
            stops = [m.end() for m in _PHRASE_STOP.finditer(text, window, start)]
            phrase_start = stops[-1] if stops else window
            records = mention.records
            usable = records and all(r.get("id") and r.get("ondernummer") and not r.get("implicit") for r in records)
            kinds = [m for m in _KIND_IN_PHRASE.finditer(text, phrase_start, start)
                     if not _NOT_THE_KIND.search(text, max(0, m.start() - 30), m.start())] if usable else []
            cited.append((mention, phrase_start, {_kind(kinds[0]), _kind(kinds[-1])} if kinds else set()))
        previous_end = max(previous_end, mention.end)
    return cited


def _matches(kind: tuple[str, str], kinds: set[tuple[str, str]]) -> bool:
    head, qualifier = kind
    return any(h == head and (not qualifier or q == qualifier) for h, q in kinds)


def cited_by_kind(text: str, found: list[Mention], added: list[Mention]) -> list[Mention]:
    """The mentions that name a stuk by the kind it was cited with before (module doc): new ones, and ids set on
    the implicit records of ``added`` that had none for that noun, or had one whose antecedent was cited as a
    document of another kind (``genoemde brief`` taken for the ``Verslag`` cited last)."""
    if not any(m.type == "kamerstuk" for m in found):
        return []
    cited = _cited_kinds(text, found)
    heads = sorted({head for _, _, kinds in cited for head, _ in kinds})
    if not heads:
        return []
    first = min(m.end for m, _, kinds in cited if kinds)
    new: list[Mention] = []
    explicit = [(m.start, m.end) for m in found]
    # the nouns of the kinds cited, found by their words (fast), each read with what stands before it
    nouns = re.compile("|".join(f"[{head[0].upper()}{head[0]}]{head[1:]}" for head in heads))
    for noun in nouns.finditer(text, first):
        match = next((m for m in _ANAPHOR.finditer(text, max(first, noun.start() - 80), noun.end() + 80)
                      if m.start("head") == noun.start()), None)
        if match is None:
            continue
        start, end = match.start(), match.end()
        if any(s < end and start < e for s, e in explicit) or _FOLLOWED.match(text, end):
            continue
        determiner = (match["det"] or "").lower()
        pointing = bool(match["adjective"] or match["bare"]) or determiner in _POINTING
        if not pointing and (_COMPLEMENT_BEFORE.search(text, max(0, start - 25), start)
                             or _ARTICLE_FOLLOWED.match(text, end)):
            continue  # "de nota naar aanleiding van het verslag": another document's complement
        if not pointing and any(phrase_start <= start and m.start >= end for m, phrase_start, _ in cited):
            continue  # "vgl. tevens het Verslag van de Nationale ombudsman ..., Kamerstuk 17 364, nr. 2": cited at
            # the end of its own phrase
        kind = _kind(match)
        reach = _POINTING_REACH if pointing else _ARTICLE_REACH
        if determiner == "deze" and not match["adjective"] and _own_kind(text, start, kind[0]):
            reach = _OWN_KIND_REACH
        sender = not pointing and _SENDER.match(text, end)
        if sender:  # "de brief van de minister" after "een brief van de bewindsvrouwe van 6 april 1992 (Kamerstuk
            reach = _POINTING_REACH  # 22 100, nr. 5)": named by its sender as it was cited, as far as "die brief"
        of_kind = [m for m, _, kinds in cited if m.end <= start and start - m.end <= _POINTING_REACH
                   and _matches(kind, kinds)]
        if not of_kind or start - of_kind[-1].end > reach:
            continue
        antecedent = of_kind[-1]
        if sender and not any(_SENDER.search(text, phrase_start, m.start) for m, phrase_start, _ in cited
                              if m is antecedent):
            continue  # its sender was not named where it was cited
        if not pointing and len({r.get("id") for m in of_kind for r in m.records[:1]}) > 1:
            continue  # "1. Verslag Algemene Raad (21501-02, nr. 27); 2. Verslag ... 3. Verslag Interne Marktraad
            # (21501-01, nr. 19) ... miste in het verslag": several of the kind, the article does not tell which
        another = re.compile(_ANOTHER + re.escape(match["head"]) + r"(?![\w-])", re.IGNORECASE)
        if another.search(text, antecedent.end, start):
            continue
        if sender:
            end = sender.end()  # the golds' span: "de brief van de minister"
        records = [_record(text, start, end, record, antecedent) for record in antecedent.records]
        existing = [m for m in added if m.start < end and start < m.end]
        if existing:
            mention = existing[0]
            old = mention.records[0]
            if len(existing) > 1 or not old.get("implicit"):
                continue
            if old.get("id") and not _other_kind(old, kind, cited):
                continue
            mention.start, mention.end, mention.type, mention.records = start, end, "kamerstuk", records
            continue
        new.append(Mention(start, end, "kamerstuk", records))
    return new


def _own_kind(text: str, position: int, head: str) -> bool:
    """The text before ``position`` is headed as a document of that kind (``BRIEF VAN DE MINISTER``)."""
    return any(m.group(1).lower() == head for m in _OWN_KIND.finditer(text, 0, position))


def _other_kind(record: dict[str, Any], kind: tuple[str, str], cited) -> bool:
    """An implicit record resolved to an explicit citation before it whose phrase names documents of other kinds
    only."""
    source = record.get("antecedent") or {}
    if "start" not in source or source.get("source") or source["start"] >= record["start"]:
        return False
    kinds = next((kinds for m, _, kinds in cited if m.start == source["start"]), None)
    return bool(kinds) and not _matches(kind, kinds)


def _record(text: str, start: int, end: int, meant: dict[str, Any], antecedent: Mention) -> dict[str, Any]:
    record: dict[str, Any] = {"start": start, "end": end, "text": text[start:end], "type": "kamerstuk",
                              "id": meant["id"]}
    for key in ("dossier", "ondernummer"):
        if meant.get(key):
            record[key] = meant[key]
    record.update(implicit=True, antecedent={"start": antecedent.start, "end": antecedent.end,
                                             "text": antecedent.records[0]["text"]})
    return record
