"""Parse references to parliamentary and legal documents (ANNOTATION.md section 4).

One compiled regular expression finds every mention; a small parser per form
turns the mention into one record per referenced document with a canonical id
(``kst-29362-295``, ``h-tk-20212022-38-6``, ``stb-2021-123`` ...). Regular
expressions rather than a model: the forms are closed, the ids must be exact,
and the whole archive has to be scanned quickly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from collections.abc import Iterable

_S = r"[ \u00a0]"  # a space as printed, including the no-break space of publication pages
_VJ = r"(?:18|19|20)\d{2}" + _S + r"?[/–-]" + _S + r"?(?:(?:18|19|20)\d{2}|\d{2})(?!\d)"
_NUMBER = r"\d{1,4}[a-z]?(?![\w])"
# A list of ondernummers: "271 en 284", "1-2", "32, I en II", "1 t/m 5"; not a year after a comma.
_NUMBER_LIST = (
    rf"{_NUMBER}(?:{_S}*(?:,|en|-|–|t/m|tot{_S}en{_S}met){_S}*(?!(?:18|19|20)\d\d\b)(?:{_NUMBER}|[IVX]{{1,4}}\b))*"
)
_NR = r"(?:nrs?|nos?|n°|no|nummers?)\.?"
# After "nr." the number may start the next line: "(Kamerstukken 32813, nr.\n952)" in a PDF letter.
_NR_GAP = r"(?:[ \u00a0]|\n)?"
# A dossier number: "29 362", "29362", OCR "23 9OO", with an optional suffix "-VII", " VII", "-07", "-A".
_DOSSIER_NUMBER = rf"\d{{1,2}}{_S}?\d[0-9O]{{2}}|\d{{4,6}}"
# Without a keyword in front, a dossier number has five digits ("24691", "21 026"): a
# four-digit number there is a year far more often than an old dossier.
_SHORT_DOSSIER_NUMBER = rf"\d{{2}}{_S}?\d[0-9O]{{2}}"
# A roman chapter or a letter after a hyphen, space or comma ("-VII", " IX", "-A"), or two
# digits after a hyphen ("21501-07", "21 501-14": the EU council sub-dossiers).
_SUFFIX = (
    rf"(?:(?:{_S}?[-–]{_S}?|{_S}|,{_S}(?=[IVXLC]+,)|(?<=\d)(?=[IVXLC]))(?:[IVXLC]{{1,6}}|[A-Z])"
    rf"|{_S}?[-–]{_S}?\d{{2}})(?![\w])"
)
_NAME = (
    r"(?:(?:[Vv]an|VAN|[Dd]e|DE|[Dd]en|DEN|[Dd]er|DER|[Tt]er|TER|[Tt]en|TEN|[Ii]n|'t|het)" + _S + r")*"
    r"[A-Z][A-Za-zÀ-ÿ'’]+(?:-[A-Z][A-Za-zÀ-ÿ'’]+)?"
)
_NAME_LIST = rf"{_NAME}(?:(?:,{_S}|{_S}en{_S}){_NAME})*"
_MEMBERS = (
    rf"(?:het{_S}(?:Kamer)?lid|de{_S}leden|den?{_S}heer|den?{_S}heere?n|mevrouw|het{_S}lid{_S}mevrouw)"
)


def _dossier(group: str, number: str = _DOSSIER_NUMBER) -> str:
    return rf"(?P<{group}>{number})(?P<{group}_suffix>{_SUFFIX})?"


_FORMS = {
    # Ids as written in publication metadata: kst-31490-312, h-tk-20212022-38-6, ah-tk-20202021-1234.
    "kst_id": r"kst-(?P<kst_id_dossier>\d+(?:-[A-Z0-9]+)?)-(?P<kst_id_nr>\d+[a-z]?)\b",
    "h_id": r"(?P<h_id_kind>a?h)-(?P<h_id_chamber>tk|ek)-(?P<h_id_vj>\d{8})-(?P<h_id_rest>\d+(?:-\d+)?)\b",
    "aanhangsel": (
        rf"Aanhangsel(?:{_S}(?:van|bij|tot){_S}de)?{_S}Handelingen(?:{_S}(?P<aanhangsel_chamber>II|I)\b)?"
        rf",?{_S}(?:[Zz]itting{_S}|[Vv]ergaderjaar{_S})?(?P<aanhangsel_vj>{_VJ}|(?:18|19|20)\d{{2}})"
        rf"(?:,?{_S}(?:(?:blz|bl|p|pag)\.{_S}?(?P<aanhangsel_page>\d+)|nr\.{_S}?(?P<aanhangsel_nr>\d+)))*"
    ),
    # "Aanhangsel Handelingen nr. 532 en 605, vergaderjaar 1989-1990": numbers before the year.
    "aanhangsel_numbers": (
        rf"Aanhangsel(?:{_S}(?:van|bij|tot){_S}de)?{_S}Handelingen(?:{_S}(?P<aanhangsel_numbers_chamber>II|I)\b)?"
        rf",?{_S}nrs?\.{_S}?(?P<aanhangsel_numbers_nrs>{_NUMBER_LIST}),?{_S}(?:[Zz]itting|[Vv]ergaderjaar){_S}"
        rf"(?P<aanhangsel_numbers_vj>{_VJ})"
    ),
    "handelingen": (
        rf"Handelingen(?:{_S}(?P<handelingen_chamber>II|I|EK|TK)\b)?,?{_S}(?:[Zz]itting{_S}|[Vv]ergaderjaar{_S})?"
        rf"(?P<handelingen_vj>{_VJ})"
        rf"(?:,?{_S}nr\.{_S}?(?P<handelingen_nr>\d+))?"
        rf"(?:,?{_S}(?:items?|punt(?:en)?){_S}(?P<handelingen_items>\d+(?:(?:,{_S}|{_S}en{_S}|{_S}?[-–]{_S}?)\d+)*))?"
        rf"(?:,?{_S}(?:blz|bl|p|pag)\.{_S}?(?P<handelingen_page>\d+(?:{_S}?[-–]{_S}?\d+)?))?"
    ),
    "motie": (
        rf"(?P<motie_kind>[Mm]otie|[Aa]mendement)"
        rf"(?:-(?P<motie_hyphen>{_NAME}(?:/{_NAME})*)|{_S}van{_S}{_MEMBERS}{_S}(?P<motie_names>{_NAME_LIST}))"
        rf"(?P<motie_cs>{_S}c\.s\.)?(?P<motie_note>(?<=[a-z.])\d{{1,2}}(?![\d]))?"
        rf"(?:{_S}?\((?P<motie_inner>[^()\n]{{5,90}})\))?"
    ),
    "kamerstuk": (
        rf"[Kk]amerstuk(?:ken)?(?:{_S}(?P<kamerstuk_chamber>II|I)\b)?"
        rf"(?:,?{_S}(?:[Zz]itting{_S}|[Vv]ergaderjaar{_S})?(?P<kamerstuk_vj>{_VJ}))?,?{_S}"
        rf"(?:{_dossier('kamerstuk_dossier')}(?:,?{_S}(?:[Hh]oofdstuk{_S}(?P<kamerstuk_chapter>[IVXLC]+),?{_S})?"
        rf"{_NR}{_NR_GAP}(?P<kamerstuk_nrs>{_NUMBER_LIST}))?"
        rf"|{_NR}{_S}?(?P<kamerstuk_bare>\d{{1,2}}{_S}?\d{{3}}(?!\d)(?:{_S}*(?:,|en){_S}*\d{{1,2}}{_S}?\d{{3}}(?!\d))*|{_NUMBER_LIST}))"
    ),
    "dossier_page": (
        rf"kamerstukdossier{_S}(?P<dossier_page_dossier>\d{{4,6}})(?:{_S}?-{_S}?(?P<dossier_page_nr>\d+[a-z]?))?\b"
    ),
    "stuk": rf"[Ss]tuk(?:ken)?{_S}{_NR}{_S}?(?P<stuk_nrs>{_NUMBER_LIST})",
    "short": (
        rf"{_dossier('short_dossier', _SHORT_DOSSIER_NUMBER)},?{_S}?"
        rf"(?:[Hh]oofdstuk{_S}(?P<short_chapter>[IVXLC]+),?{_S})?nrs?\.{_NR_GAP}(?P<short_nrs>{_NUMBER_LIST})"
    ),
    "dash": r"(?P<dash_dossier>\d{5})-(?P<dash_nr>[1-9]\d{0,2})(?=[);,])",
    # The end of a line in the Handelingen's list of incoming documents: "... (Kiesakte) - 34361-13",
    # "Geannoteerde agenda Raad Algemene Zaken - 21501-08-725".
    "listed": (
        r"(?<= - )(?P<listed_dossier>\d{5})(?P<listed_suffix>-[0-9A-Z]{1,4})?-(?P<listed_nr>\d{1,4})"
        r"(?=[ \t]*(?:\n|$))"
    ),
    # "Stb. 2021, 123", "Staatsblad 1918 n°. 71"; without a year ("Staatsblad n°. 216", "Stb. 322")
    # the year is that of the act cited just before.
    "staatsblad": (
        rf"(?P<staatsblad_kind>Stb|Staatsblad|Stcrt|Staatscourant|Trb|Tractatenblad|Traktatenblad)\.?,?{_S}?\.?"
        rf"(?:(?P<staatsblad_year>(?:18|19|20)\d{{2}}),?{_S}?)?"
        rf"(?P<staatsblad_prefix>(?:n[°º\"'c]?|no|nr|nos|nrs)\.?{_S}?)?(?P<staatsblad_nr>\d{{1,5}})(?![\d/])"
    ),
    "ecli": r"ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9]+(?:\.[A-Z0-9]+)*",
    "document_id": r"(?:19|20)\d{2}(?P<document_id_kind>[DZ])\d{5}\b",
}

# One expression per form, each starting with its own characters rather than a word boundary
# or look-behind: Python's regex engine then skips ahead to the form's first characters,
# which it cannot do for one alternation of all forms (15 times slower). What must not come
# just before a form is checked on the match instead.
_FORM_RES = {name: re.compile(pattern) for name, pattern in _FORMS.items()}
_NOT_BEFORE = {name: re.compile(r"\w") for name in _FORMS}
_NOT_BEFORE.update(stuk=re.compile(r"[\w-]"), short=re.compile(r"[\w/-]"), dash=re.compile(r"[^(]"))

_BLAD_TYPES = {
    "stb": ("staatsblad", "stb"),
    "staatsblad": ("staatsblad", "stb"),
    "stcrt": ("staatscourant", "stcrt"),
    "staatscourant": ("staatscourant", "stcrt"),
    "trb": ("traktatenblad", "trb"),
    "tractatenblad": ("traktatenblad", "trb"),
    "traktatenblad": ("traktatenblad", "trb"),
}
_CHAMBER_CODES = {"I": "ek", "EK": "ek", "II": "tk", "TK": "tk"}


@dataclass
class Mention:
    """One stretch of text that refers to one or more documents."""

    start: int
    end: int
    type: str
    records: list[dict[str, Any]] = field(default_factory=list)


def vergaderjaar_key(raw: str) -> str:
    """``2021/22``, ``1994-1995`` or ``1999/00`` as ``20212022``, ``19941995``, ``19992000``."""
    digits = re.findall(r"\d+", raw)
    first = digits[0]
    if len(digits) == 1:
        return first
    second = digits[1]
    if len(second) == 2:
        second = str(int(first[:2]) * 100 + int(second) + (100 if second < first[2:] else 0))
    return first + second


def dossier_key(number: str, suffix: str | None = None) -> str:
    """``29 362`` as ``29362``; ``23 9OO`` (OCR) as ``23900``; a suffix joined with a hyphen."""
    key = re.sub(r"[ \u00a0]", "", number).replace("O", "0")
    if suffix:
        suffix = suffix.strip(" \u00a0,-–")
        if suffix:
            key += "-" + suffix
    return key


def expand_numbers(raw: str) -> list[str]:
    """The ondernummers in ``271 en 284``, ``1-3``, ``32, I en II``, ``1 t/m 4``."""
    parts = re.split(r"\s*(?:,|\ben\b)\s*", raw.replace("\u00a0", " "))
    numbers: list[str] = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        span = re.fullmatch(r"(\d+)\s*(?:-|–|t/m|tot en met)\s*(\d+)", part)
        if span and 0 < int(span.group(2)) - int(span.group(1)) <= 50:
            numbers.extend(str(n) for n in range(int(span.group(1)), int(span.group(2)) + 1))
        elif span:
            numbers.extend([span.group(1), span.group(2)])
        else:
            numbers.append(part)
    return numbers


def _kamerstuk_record(dossier: str | None, nr: str | None, chamber: str | None, vj: str | None) -> dict[str, Any]:
    record: dict[str, Any] = {"type": "kamerstuk", "id": None, "dossier": dossier, "ondernummer": nr}
    if dossier:
        record["id"] = f"kst-{dossier}-{nr}" if nr else f"kst-{dossier}"
    if chamber:
        record["chamber"] = chamber
    if vj:
        record["vergaderjaar"] = vj
    return record


class ReferenceParser:
    """Finds reference mentions in a text and resolves them to records.

    ``own_dossier`` resolves a bare ``stuk nr. 12`` to the document's own
    dossier; ``default_chamber`` (``tk``/``ek``) fills Handelingen ids whose
    chamber is not printed; ``footnotes`` maps a footnote number to its text so
    that ``motie van de leden Tielen en Ceder5`` takes the kamerstuk id that
    footnote 5 gives.
    """

    def __init__(
        self,
        own_dossier: str | None = None,
        default_chamber: str = "tk",
        footnotes: dict[str, str] | None = None,
    ) -> None:
        self.own_dossier = own_dossier
        self.default_chamber = default_chamber
        self.footnotes = footnotes or {}

    def mentions(self, text: str) -> list[Mention]:
        """Mentions in text order; where two forms overlap, the one that starts first (then the longer) wins."""
        matches = sorted(
            ((match.start(), -match.end(), order, form, match)
             for order, (form, pattern) in enumerate(_FORM_RES.items())
             for match in pattern.finditer(text)
             if not (match.start() and _NOT_BEFORE[form].match(text, match.start() - 1))),
            key=lambda item: item[:3],
        )
        found: list[Mention] = []
        taken_until = 0
        for start, _, _, form, match in matches:
            if start < taken_until:
                continue
            mention = self._parse(form, match)
            if mention is not None and mention.records:
                found.append(mention)
                taken_until = mention.end
        return found

    def _parse(self, form: str, match: re.Match[str]) -> Mention | None:
        g = match.groupdict()
        start, end = match.span()
        text = match.group(0)
        # Trailing punctuation of a sentence is not part of the reference.
        while end > start and text[-1] in ".,;:":
            if form == "ecli" or (text.endswith(("c.s.",)) and form == "motie"):
                break
            end -= 1
            text = text[:-1]
        records: list[dict[str, Any]]
        ref_type = form
        if form == "kst_id":
            ref_type = "kamerstuk"
            records = [_kamerstuk_record(g["kst_id_dossier"], g["kst_id_nr"], None, None)]
        elif form == "h_id":
            ref_type = "aanhangsel" if g["h_id_kind"] == "ah" else "handelingen"
            record = {"type": ref_type, "id": match.group(0), "chamber": g["h_id_chamber"],
                      "vergaderjaar": g["h_id_vj"]}
            records = [record]
        elif form == "aanhangsel":
            records = [self._aanhangsel(g)]
        elif form == "handelingen":
            records = self._handelingen(g)
        elif form == "motie":
            ref_type = "motie" if g["motie_kind"].lower() == "motie" else "amendement"
            records = [self._motie(g, ref_type)]
        elif form == "kamerstuk":
            ref_type = "kamerstuk"
            records = self._kamerstuk(g)
        elif form == "dossier_page":
            ref_type = "kamerstuk"
            records = [_kamerstuk_record(g["dossier_page_dossier"], g["dossier_page_nr"], None, None)]
        elif form == "stuk":
            ref_type = "kamerstuk"
            # Without a dossier in the header (a debate cites "de motie op stuk nr. 471") the
            # record keeps the number and has no id: the dossier is not guessed.
            records = [
                _kamerstuk_record(self.own_dossier, nr, None, None) for nr in expand_numbers(g["stuk_nrs"])
            ]
        elif form == "short":
            ref_type = "kamerstuk"
            dossier = dossier_key(g["short_dossier"], g["short_dossier_suffix"] or g["short_chapter"])
            records = [_kamerstuk_record(dossier, nr, None, None) for nr in expand_numbers(g["short_nrs"])]
        elif form == "dash":
            ref_type = "kamerstuk"
            records = [_kamerstuk_record(g["dash_dossier"], g["dash_nr"], None, None)]
        elif form == "listed":
            ref_type = "kamerstuk"
            dossier = dossier_key(g["listed_dossier"], g["listed_suffix"])
            records = [_kamerstuk_record(dossier, g["listed_nr"], None, None)]
        elif form == "staatsblad":
            ref_type, prefix = _BLAD_TYPES[g["staatsblad_kind"].lower()]
            number = g["staatsblad_nr"]
            year = g["staatsblad_year"]
            if not year:
                if not g["staatsblad_prefix"] and re.fullmatch(r"(?:18|19|20)\d\d", number):
                    return None  # "Stb. 1947": a year without its number
                year = _year_before(match.string, start)
            records = [{"type": ref_type, "id": f"{prefix}-{year}-{number}" if year else None,
                        "year": year, "number": number}]
        elif form == "aanhangsel_numbers":
            ref_type = "aanhangsel"
            chamber = _CHAMBER_CODES.get(g["aanhangsel_numbers_chamber"] or "", self.default_chamber)
            vj = vergaderjaar_key(g["aanhangsel_numbers_vj"])
            records = [{"type": "aanhangsel", "id": f"ah-{chamber}-{vj}-{nr}", "chamber": chamber,
                        "vergaderjaar": vj, "number": nr} for nr in expand_numbers(g["aanhangsel_numbers_nrs"])]
        elif form == "ecli":
            records = [{"type": "ecli", "id": text}]
        elif form == "document_id":
            kind = "zaak" if g["document_id_kind"] == "Z" else "document"
            records = [{"type": "document_id", "id": text, "kind": kind}]
        else:  # pragma: no cover - every named form is handled above
            raise ValueError(form)
        for record in records:
            record.update(start=start, end=end, text=text)
        return Mention(start, end, ref_type, [_ordered(r) for r in records])

    def _aanhangsel(self, g: dict[str, str | None]) -> dict[str, Any]:
        chamber = _CHAMBER_CODES.get(g["aanhangsel_chamber"] or "", self.default_chamber)
        vj = vergaderjaar_key(g["aanhangsel_vj"] or "")
        record: dict[str, Any] = {"type": "aanhangsel", "id": None, "chamber": chamber, "vergaderjaar": vj}
        if g["aanhangsel_nr"]:
            record["number"] = g["aanhangsel_nr"]
            record["id"] = f"ah-{chamber}-{vj}-{g['aanhangsel_nr']}"
        else:
            record["id"] = f"ah-{chamber}-{vj}"
        if g["aanhangsel_page"]:
            record["page"] = g["aanhangsel_page"]
        return record

    def _handelingen(self, g: dict[str, str | None]) -> list[dict[str, Any]]:
        chamber = _CHAMBER_CODES.get(g["handelingen_chamber"] or "", self.default_chamber)
        vj = vergaderjaar_key(g["handelingen_vj"] or "")
        base = f"h-{chamber}-{vj}"
        common: dict[str, Any] = {"type": "handelingen", "chamber": chamber, "vergaderjaar": vj}
        if g["handelingen_page"]:
            common["page"] = g["handelingen_page"]
        nr = g["handelingen_nr"]
        if not nr:
            return [dict(common, id=base)]
        common["number"] = nr
        items = expand_numbers(g["handelingen_items"]) if g["handelingen_items"] else []
        if not items:
            return [dict(common, id=f"{base}-{nr}")]
        return [dict(common, id=f"{base}-{nr}-{item}", item=item) for item in items]

    def _motie(self, g: dict[str, str | None], ref_type: str) -> dict[str, Any]:
        raw_names = g["motie_hyphen"] or g["motie_names"] or ""
        members = [name.strip() for name in re.split(r"/|,\s|\sen\s", raw_names) if name.strip()]
        record: dict[str, Any] = {"type": ref_type, "id": None, "members": members}
        linked: list[dict[str, Any]] = []
        if g["motie_inner"]:
            linked = [r for m in self.mentions(g["motie_inner"]) for r in m.records if r["type"] == "kamerstuk"]
        if not linked and g["motie_note"] and g["motie_note"] in self.footnotes:
            linked = [
                r for m in self.mentions(self.footnotes[g["motie_note"]]) for r in m.records
                if r["type"] == "kamerstuk"
            ]
        if linked:
            record.update(id=linked[0]["id"], dossier=linked[0].get("dossier"),
                          ondernummer=linked[0].get("ondernummer"))
        if g["motie_note"]:
            record["footnote"] = g["motie_note"]
        return record

    def _kamerstuk(self, g: dict[str, str | None]) -> list[dict[str, Any]]:
        chamber = _CHAMBER_CODES.get(g["kamerstuk_chamber"] or "")
        vj = vergaderjaar_key(g["kamerstuk_vj"]) if g["kamerstuk_vj"] else None
        if g["kamerstuk_bare"]:
            numbers = re.split(r"\s*(?:,|\ben\b)\s*", g["kamerstuk_bare"].replace("\u00a0", " "))
            if any(len(n.replace(" ", "")) >= 4 for n in numbers):  # "Kamerstukken nrs. 13 283, 13 284": dossiers
                return [_kamerstuk_record(dossier_key(n), None, chamber, vj) for n in numbers if n.strip()]
            return [_kamerstuk_record(self.own_dossier, n, chamber, vj) for n in expand_numbers(g["kamerstuk_bare"])]
        suffix = g["kamerstuk_dossier_suffix"] or g["kamerstuk_chapter"]
        dossier = dossier_key(g["kamerstuk_dossier"] or "", suffix)
        if not g["kamerstuk_nrs"]:
            return [_kamerstuk_record(dossier, None, chamber, vj)]
        return [_kamerstuk_record(dossier, nr, chamber, vj) for nr in expand_numbers(g["kamerstuk_nrs"])]


_YEAR_BEFORE = re.compile(r"\b((?:18|19|20)\d{2})\b(?!.*\b(?:18|19|20)\d{2}\b)", re.S)


def _year_before(text: str, position: int) -> str | None:
    """The last year printed in the 80 characters before a year-less Staatsblad number (the act's date)."""
    found = _YEAR_BEFORE.search(text, max(0, position - 80), position)
    return found.group(1) if found else None


_FIELD_ORDER = ("start", "end", "text", "type", "id")


def _ordered(record: dict[str, Any]) -> dict[str, Any]:
    """Section 6 order: span, text, type, id, then the type's own fields."""
    ordered = {key: record[key] for key in _FIELD_ORDER if key in record}
    ordered.update((key, value) for key, value in record.items() if key not in ordered and value is not None)
    return ordered


def footnote_numbers(text: str, notes: Iterable[tuple[int, int]]) -> dict[str, str]:
    """Footnote number to footnote text, for notes given as character offsets.

    The number leads the note (``5. Kamerstuk ...``) or stands on a line just
    before it (``X Noot`` / ``2`` / note text) as on publication pages.
    """
    numbered: dict[str, str] = {}
    for start, end in notes:
        body = text[start:end]
        lead = re.match(r"\s*(\d{1,3})[.)\s]", body)
        if lead is None:
            lead = re.search(r"(?:^|\n)\s*(\d{1,3})\s*\n\s*$", text[max(0, start - 20):start])
        if lead is not None:
            numbered.setdefault(lead.group(1), body)
    return numbered


def parse_references(
    text: str,
    own_dossier: str | None = None,
    default_chamber: str = "tk",
    footnotes: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Every reference record in ``text``: one per referenced document, in text order."""
    parser = ReferenceParser(own_dossier, default_chamber, footnotes)
    return [record for mention in parser.mentions(text) for record in mention.records]
