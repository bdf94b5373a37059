"""The closing part of a document: footnotes printed after the body, the signature, ``Mede namens ...``
(co-senders), and the sender that a letter without a heading takes from its first signatory."""

from __future__ import annotations

import difflib
import re

from ..gazetteer import NAME_PARTICLE, person_stopwords
from ..offices import canonical_portfolio, comma_portfolio_pattern, mend_ocr_portfolio, parse_offices, portfolio_key
from . import prewar
from .prewar import opens_like_a_page
from .headings import doc_type_of
from .lines import split_lines
from .state import Reading
from .values import OCR_DAY, OCR_YEAR, parse_date

_ROLE = r"(?:Minister|MINISTER|minister|Staatssecretaris|STAATSSECRETARIS|staatssecretaris)"
_PARTICLES = r"(?:(?:van|de|der|den|ter|ten|tot|in|'t|von|la|le)\s+)*"
_SURNAME = _PARTICLES + r"[A-Z][\w'’]+(?:-" + _PARTICLES + r"[A-Z][\w'’]+)?"
# A signatory's name: academic titles (dropped from the name), initials (``B.-J. M.``, ``H.O.C. R.``, OCR'd
# ``0.``, the digraph ``IJ.`` of ``D. IJ. W. de Graaff-Nauta``), a noble title, and a surname of up to three parts
# (``Hirsch Ballin``, ``van Voorst tot Voorst``, ``Korte-van Hemel``).
_DEGREES = r"(?:(?:mr|dr|drs|ir|prof|ing)\.\s*)*"
_NAME = (r"(?:(?:IJ|[A-Z][a-z]?|0)\.(?:-[A-Z][a-z]?\.)?\s?){1,6}\s?(?:(?:Baron|baron|Jhr\.|jhr\.)\s+)?"
         + _SURNAME + r"(?:\s+" + _SURNAME + r"){0,2}")
# "De Minister van X," then the name on the same line, on the next, or after a blank line.
_SIGNATURE_RE = re.compile(
    r"(?m)^[ \t]*(?:De|de|DE)\s+(?P<office>" + _ROLE + r"[^\n]{0,160}?),?[ \t]*(?:\n[ \t]*){0,2}"
    + _DEGREES + r"(?P<name>" + _NAME + r")\.?[ \t]*$"
)
# A modern letter signs with the name over the office: "W. Koolmees" / "Minister van Sociale Zaken en
# Werkgelegenheid".
_NAME_OVER_OFFICE_RE = re.compile(
    r"(?m)^[ \t]*" + _DEGREES + r"(?P<name>" + _NAME + r")[ \t]*\n[ \t]*(?:De\s+|de\s+)?"
    r"(?P<office>" + _ROLE + r"\s+(?:van|voor)\s+[^\n]{3,100}?),?[ \t]*$"
)
# "Minister" as OCR printed it in the signatures of 1870-1950: "Mini" and "r" round two or three letters in small
# letters ("Minisier", "Minitter", "Minieter", "Ministrr", "Minider", "Minislir": 21 signatures of the SGD pool);
# only before "van", read as "Minister" (``_signing_office``).
# "van" as OCR printed it in those signatures: a short word in small letters before the portfolio's capital ("De
# Minister tan Koloniën ,", "run", "ran", "eau", "fan", "vin", "roti", "ictn": 39 documents of the SGD pool), never a
# word of the language there ("De Minister der ...", "... tot ...").
_OCR_VAN = r"(?!(?:van|voor|tot|der|den|de|het|een|die|dat|en|in|of|op|om|te|is|zal|kan|was)\b)[a-z]{2,4}(?=\s+[A-Z])"
_OCR_MINISTER = r"Mini(?!ster\b)[a-z]{2,3}r(?=\s*van\b|\s+" + _OCR_VAN + r")"
# Before 1950 the office runs over two or three lines and the name is in capitals, with or
# without initials: "De Minister van\nDefensie,\nL. N. DECKERS,", "De Minister van Koloniën,\nKONINGSBERGER.", a name of
# three letters on the office's line or after initials ("De Minister van Financiën, OUD.", "B. ORT."; not alone on a
# line, where it closed another stuk than the header's on the pages of the SGD pool that print one)
# The office also starts after the body's last sentence where OCR ran the two lines into one ("... geen afzonderlijke
# toelichting behoeven. De Minister van Landbouw, Nijverheid en Handel," / "H. A. VAN IJSSELSTEIJN.", sgd-0000319457:
# some 100 signatures of the SGD pool), and a portfolio holds commas where the portfolio list has it so
# (``_COMMA_PORTFOLIOS``).
_AFTER_A_SENTENCE = r"(?<=[a-z\d)]\.[ \t])|(?<=\.[\"”'][ \t])|(?<=[\"”']\.[ \t])"
_PREWAR_SIGNATURE_RE = re.compile(
    r"(?m)(?:^[ \t]*|" + _AFTER_A_SENTENCE + r")De\s+(?P<office>(?:Minister|" + _OCR_MINISTER + r")(?:\s*van|\s+" + _OCR_VAN + r")\s+(?:Staat,\s+Minister\s+van\s+)?"
    r"(?:" + comma_portfolio_pattern() + r"|[A-Z][^\n,]{0,50}(?:\n[ \t]*[A-Z][^\n,]{0,50})?)),[ \t]*\n?[ \t]*"
    r"(?P<name>(?:[A-Z][A-Za-z]?\.\s?){0,4}(?=[A-Z'’ -]{4}|(?:(?<=,[ \t])|(?<=\.[ \t])|(?<=\.))[A-Z]{3}[.,]?[ \t]*$)[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3})[.,]?[ \t]*$"
)
# 1945-1975 the printed stukken sign with the office and the name in capitals, without initials, on one line
# or two: "De Minister van Landbouw, Visserij en Voedselvoorziening, MANSHOLT.", also after the last sentence on its
# line where that ends in a quotation ('... tijdsruimte.". De Staatssecretaris van Economische Zaken, G. M. J. VELDKAMP.');
# the office broken over two lines at times ("De Minister van Maatschappelijk" / "Werk," / "M. KLOMPÉ."), OCR's
# "Ministervan" glued; an initial of two letters ("TH. J. WESTERHOUT", "CH. J. I. M. WELTER").
_CAPITALS_SIGNATURE_RE = re.compile(
    r"(?m)(?:^[ \t]*|(?<=[a-z\d)]\.[ \t])|(?<=\.[\"”'][ \t])|(?<=[\"”']\.[ \t]))De\s+(?P<office>(?:Minister|" + _OCR_MINISTER + r"|Staatssecretaris)(?:\s*(?:van|voor)|\s+" + _OCR_VAN + r")\s+[^\n]{3,120}?"
    r"(?:\n[ \t]*[A-Z][^\n,]{2,60})?),[ \t]*(?:\n[ \t]*)?"
    r"(?P<name>(?:(?:TH|CH|PH|[A-Z])\.\s?){0,4}[A-Z][A-ZÀ-Ý'’-]{2,}(?:\s+[A-Z][A-ZÀ-Ý'’-]+){0,3})[.,]?[ \t]*$"
)
# A letter of that time is addressed at its foot, under the signature: "Aan de Heer Voorzitter van de Tweede Kamer
# der Staten-Generaal".
# OCR runs it on after the name at times ("WILLEM. Aan de Tweede Kamer der Staten-Generaal."); "heer" in small letters
# ("Aan den heer Voorzitter ...").
_FOOT_ADDRESSEE_RE = re.compile(r"(?m)^[ \t]*(?P<text>Aan\s+(?:de|den)\s+(?:[Hh]eer\s+)?(?:Voorzitter\b|\w+\s+Kamer\b)[^\n]{0,80}?)[ \t.]*$")
_RUN_ON_ADDRESSEE_RE = re.compile(r"[.,]?[ \t]+(?P<text>Aan\s+de\s+(?:Tweede|Eerste)\s+Kamer\b[^\n]{0,40}?)[ \t.]*$", re.MULTILINE)
_MEDE_NAMENS_RE = re.compile(r"(?mi)^[ \t]*mede\s+namens\b[^\n]*")
_MEDE_NAMENS_INLINE_RE = re.compile(r"(?i)\bmede\s+namens\s+(?:de|het|(?:zijn|haar|mijn)\s+ambt-?\s*geno(?:o?t|ten))\b[^.]*")
_SENTENCE_GOES_ON_RE = re.compile(
    r",\s+(?:mede\s+|u\s+|hierbij\s+)?(?:te|om|dat|mee|hierbij|heb|hebben|wordt|worden|deel|delen|bericht|berichten)\b.*$",
    re.DOTALL)
# "mede namens zijn ambtgenoot van Financiën": a minister's colleague is the Minister of that portfolio; "mijn
# ambtgenoten van Volkshuisvesting, ... en van Verkeer en Waterstaat" the Ministers of those.
_COLLEAGUE_RE = re.compile(r"(?i)\b(?:zijn|haar|mijn)\s+ambt-?\s*geno(?:o?t|ten)\s+(?=van\b|voor\b)")
_NOOT_BLOCK_RE = re.compile(r"(?m)^X Noot[ \t]*\n")
_ARROW_FOOTNOTE_RE = re.compile(r"(?m)^[ \t]*\d{1,3}\.[ \t][^\n]*↩\ufe0e?[ \t]*$")


def read_trailing_footnotes(r: Reading) -> None:
    """Footnotes printed after the body (``X Noot`` blocks, ``1. ... ↩︎`` lines)."""
    noot = _NOOT_BLOCK_RE.search(r.text)
    if noot:
        r.body_end = noot.start()
        for block in re.finditer(r"(?ms)^X Noot[ \t]*\n\s*\d+\s*\n(?P<text>.*?)(?=^X Noot|\Z)", r.text):
            r.add_footnote(block.start("text"), block.start("text") + len(block.group("text").rstrip()))
        return
    arrows = list(_ARROW_FOOTNOTE_RE.finditer(r.text))
    if arrows:
        r.body_end = arrows[0].start()
        for match in arrows:
            r.add_footnote(match.start(), match.end())


def _could_be_a_name(capitals: str) -> bool:
    """Whether a name in capitals under an office could be the signatory's: no word of it is one that is
    never a surname (``person_stopwords``), as in a heading printed below the signature (``ACTE VAN DADING``)."""
    return not any(word.lower() in person_stopwords() and not re.fullmatch(NAME_PARTICLE, word, re.IGNORECASE)
                   for word in re.findall(r"[^\W\d_]+", capitals))


def read_signature(r: Reading) -> None:
    """The signatories at the end of the body; the body ends before them (and before ``Hoogachtend,``). Only in a
    document whose header a reader recognised or that opens with a page's head (``Bijlagen``, a page number, a
    running head): a passage given alone that ends with a signature has no header."""
    # A letter's closing formula over the signature ("Hoogachtend," / office / name) makes it a letter's signature,
    # whatever precedes it.
    window = signature_window(r)
    if window is None:
        return
    tail_start, end = window
    matches = _signature_matches(r, tail_start, end)
    if not matches and r.stuk_end is None:
        over = _signature_over_the_next_stuk(r)
        if over is not None:
            matches, end = over
    if not matches:
        return
    signatories = []
    for match in matches:
        office = _trim_offices(_signing_office(match.group("office")), one=True)
        if not office:
            continue
        signatory = {**office[0], "name": re.sub(r"\s+", " ", match.group("name"))}
        # A file of several stukken signed by the same minister, the name as OCR read it each time.
        if not any(_same_signatory(signatory, known) for known in signatories):
            signatories.append(signatory)
        r.mark(match.start(), match.end(), "signatories")
    set_signatories(r, signatories, matches[0].start(), matches[0].end(), matches[-1].end(), end)


def _signature_matches(r: Reading, tail_start: int, end: int) -> list[re.Match[str]]:
    """The signatures of the header's stuk between ``tail_start`` and ``end``, in the forms of the page's layout."""
    matches = list(_SIGNATURE_RE.finditer(r.text, tail_start, end))
    if not matches and r.layout == "letter":
        matches = list(_NAME_OVER_OFFICE_RE.finditer(r.text, tail_start, end))
    if not matches and r.layout == "kamerstuk":
        matches = [m for m in _CAPITALS_SIGNATURE_RE.finditer(r.text, tail_start, end) if _could_be_a_name(m.group("name"))]
    if r.layout == "prewar":  # both forms may sign one Bijlage; a signature is read once
        prewar = [match for match in _PREWAR_SIGNATURE_RE.finditer(r.text, tail_start, end)
                  if _could_be_a_name(match.group("name"))]
        matches = sorted(prewar + [m for m in matches if not any(p.start() < m.end() and m.start() < p.end() for p in prewar)],
                         key=lambda m: m.start())
    return [m for m in matches if is_the_stuks_signature(r, m.start(), m.end())]


# The marker of the next stuk under a letter's signature, where OCR garbled it past the readers of stuk starts
# (``[14». 2.|``, ``[1M.`` / ``«.]``, ``(44. 2.]``) or printed a Roman kamerstuk number of 1814-1870
# (``[LXXVIII. 2.]``, ``(f. VIII. 17.)``): a short line that opens with a bracket, holds a full stop and a digit or
# a Roman number, alone on its line or broken over two.
_NEXT_MARKER_RE = re.compile(
    r"[ \t]*[\[(|{][^\s\[\](){}]{0,6}[.,]?(?:[ \t]*\n?[ \t]*[^\s\[\](){}]{1,6}[.,]?){0,2}[ \t]*[\])|}jJ]?[ \t]*$",
    re.MULTILINE)
# What a letter prints between its signature and the next stuk: its addressee at the foot, a footnote of the
# letter ("(1) De opgave is ter griffie nedergelegd ..."), a co-signer's office and name.
_UNDER_SIGNATURE_LINES = 3


def _signature_over_the_next_stuk(r: Reading) -> tuple[list[re.Match[str]], int] | None:
    """A letter's signature halfway down a page that goes on to the stuk the letter sends (a verslag, a nota, an
    annex) under a marker no reader took for a stuk's start, so that the header's stuk has no end and its signature
    stands above the window at the page's end: the first signature after the heading whose next lines, past the
    addressee or a footnote, open with such a marker. Returns the signatures and where the next stuk starts."""
    heading_start = min((s for s, _, name in r.spans if name == "heading"), default=None)
    if heading_start is None or r.layout not in ("prewar", "kamerstuk", None) or not _under_a_marker(r.text, heading_start):
        return None
    start = max(r.body_start, r.stuk_start or 0, heading_start)
    matches = _signature_matches(r, start, r.body_end)
    for index, match in enumerate(matches):
        lines = split_lines(r.text, match.end(), r.body_end, limit=_UNDER_SIGNATURE_LINES + 2)
        for line in lines[: _UNDER_SIGNATURE_LINES + 1]:
            marker = _NEXT_MARKER_RE.match(r.text, line.start)
            if marker is not None and _is_stuk_marker(marker.group(0)):
                following = [m for m in matches[index + 1 :] if m.start() < line.start]
                return [match, *following], line.start
    return None


# A stuk's marker on the lines right above its heading (``[i&a. 1.]``, ``|6». / 1.]``, ``[119. l.J``).
_MARKER_ABOVE_RE = re.compile(r"(?P<marker>[\[(|{][^\n\[\](){}]{0,10}(?:\n[^\n\[\](){}]{1,6}){0,2}[\])|}jJ]?)[ \t]*\n[ \t]*\Z")


def _under_a_marker(text: str, heading_start: int) -> bool:
    """Whether the heading read stands under its stuk's marker, the first on the page: the header's stuk starts on
    the page, and is no running head's description of a stuk the page opens inside (``(Memorie van Toelichting; Nota
    van Ruiling.)``), whose signature halfway down closes that stuk."""
    above = _MARKER_ABOVE_RE.search(text, max(0, heading_start - 30), heading_start)
    if above is None or not _is_stuk_marker(above.group("marker")):
        return False
    # the page's first stuk: no marker of one stuk above it (the running head's range, "[156. 1—2.]", is none),
    # where the readers took a later stuk's heading for the header's (sgd-0000416331: "[lift. 5.]", a rectification
    # without heading, over "[lift. 6.]" / "MISSIVE.")
    for line in split_lines(text, 0, above.start()):
        marker = _NEXT_MARKER_RE.match(text, line.start)
        if marker is not None and _is_stuk_marker(marker.group(0)) and not re.search(r"\d\s*[-—–]\s*\d", marker.group(0)):
            return False
    return True


def _is_stuk_marker(printed: str) -> bool:
    """Whether a bracketed line read by ``_NEXT_MARKER_RE`` has a stuk marker's parts: a stuk number (digits,
    possibly garbled) after a kamerstuk number or a Roman one."""
    text = re.sub(r"\s+", " ", printed.strip())
    return (len(text) <= 18 and "." in text and re.search(r"\d|\b[IVXLC]{2,}\.", text) is not None
            and not re.search(r"[a-z]{5}", text))


def signature_window(r: Reading) -> tuple[int, int] | None:
    """Where the signature of the header's stuk may stand (the last 3,000 characters of its body), or None where the
    text has none to read: a passage given alone without a header, a committee's report, a Koninklijke Boodschap."""
    # A letter's closing formula over the signature ("Hoogachtend," / office / name) makes it a letter's signature,
    # whatever precedes it.
    signed_letter = re.search(r"(?m)^[ \t]*Hoogachtend,?[ \t]*\n(?:[^\n]*\n){1,3}[^\n]*\Z", r.text[: r.body_end].rstrip())
    if r.layout is None and not opens_like_a_page(r.text) and not signed_letter:
        return None
    if r.layout == "senate_report" or (r.fields["heading"] and doc_type_of(r.fields["heading"]) == "verslag"):
        # a committee's report: its rapporteurs are members, a minister's signature in it a quoted reply's (the
        # Memorie van Antwoord an Eerste Kamer eindverslag prints whole, "is van haar ontvangen de navolgende"); none
        # of the 124 verslagen of the golds has a signatory
        return None
    if "BOODSCHAP" in (r.fields["heading"] or "").upper():
        # the monarch signs a Koninklijke Boodschap (read_monarch); a minister's signature on its page countersigns the
        # ontwerp van wet printed with it (none of the 72 Boodschappen of the golds has a minister as signatory)
        return None
    end = min(r.body_end, r.stuk_end) if r.stuk_end is not None else r.body_end
    return max(r.body_start, r.stuk_start or 0, end - 3000), end


def is_the_stuks_signature(r: Reading, start: int, end: int) -> bool:
    """Whether a signature read at ``start:end`` signs the header's stuk."""
    # A signature that opens the text, with more text after it, closes an earlier stuk (a page or a passage that
    # opens inside one): it is not this text's.
    if not r.text[r.body_start : start].strip() and r.text[end : r.body_end].strip():
        return False
    # Nor is a signature printed above the heading that was read: it closes the stuk the page opens inside.
    heading_start = min((s for s, _, name in r.spans if name == "heading"), default=None)
    if heading_start is not None and start <= heading_start:
        return False
    # Nor a minister's signature right under the monarch's name: it countersigns a royal decree the stuk reprints
    # ("... den 4den Februari 1888. WILLEM." / "De Minister tan Staat, Minister van Binnenlandsche Zaken," /
    # "HEEMSKERK.", sgd-0000388715: content, not the stuk's signature).
    return not _under_the_monarch(r.text, start)


def set_signatories(r: Reading, signatories: list[dict], first: int, first_end: int, last_end: int, end: int) -> None:
    """The signatories read, the addressee printed under the signature, and the body's end before the signature
    (``first``: where the first signature starts; ``end``: the end of the window it was read in)."""
    if signatories:
        r.fields["signatories"] = signatories
        _read_foot_addressee(r, first_end)  # the header's own stuk's, where the page signs several
        _read_foot_addressee(r, last_end)
        if end < r.body_end:
            return  # the signature of the first of several stukken: the body runs on to the next
        r.body_end = min(r.body_end, first)
        closing = re.search(r"(?m)^[ \t]*Hoogachtend,?[ \t]*\n?\Z", r.text[r.body_start : first])
        if closing:
            r.body_end = r.body_start + closing.start()


def _under_the_monarch(text: str, start: int) -> bool:
    """Whether the last word before ``start`` (on the line above, or before it on its line) is the monarch's name."""
    before = re.search(r"(?P<name>[A-Z][A-Z0-9!| ]{3,12}[A-Z])\.?[ \t]*\n?[ \t]*\Z", text[max(0, start - 40) : start])
    return before is not None and is_monarch_name(before.group("name"))


def _signing_office(printed: str) -> list[dict[str, str | None]]:
    """The office of a signature as OCR printed it (``Minister van Financiën``, ``Ministervan ...``, ``Minister ran
    Oorlog``), parsed."""
    office_text = re.sub(r"\s+", " ", printed)
    office_text = re.sub("^" + _OCR_MINISTER, "Minister", office_text)
    # OCR glued the role to its "van" ("De Ministervan Financiën, H. 0. C. R. Ruding")
    office_text = re.sub(r"^(Minister|Staatssecretaris)(?=van\b|voor\b)", r"\1 ", office_text)
    # OCR's "van" ("De Minister ran Oorlog", "vau", "roti"): a short word in small letters before the portfolio
    office_text = re.sub(r"^(Minister|Staatssecretaris)\s+(?!van\b|voor\b)[a-z]{2,4}\s+(?=[A-Z])", r"\1 van ", office_text)
    # "Minister van Staat" is a title of honour; the office follows it ("De Minister van Staat, (De) Minister van X").
    office_text = re.sub(r"van\s+Staat,\s+(?:De\s+)?Minister\s+", "", office_text)
    # 1850-1880 the same title joined by "en" ("De Minister van Staat en van Binnenlandsche Zaken", THORBECKE)
    office_text = re.sub(r"van\s+Staat\s+en\s+(?=van\s+[A-Z])", "", office_text)
    # "a.i.": acting, the same office (OCR: "a. /.", "a.L", "a.l.")
    offices = parse_offices(re.sub(r",?\s+a\.\s?[iIlL1/]\.?,?$", "", office_text))
    # the portfolio as OCR garbled it in a letter or two ("Binnenlandsche Zaleen"), in its listed spelling
    return [{**office, "portfolio": mend_ocr_portfolio(office["portfolio"])} for office in offices]


# 1870-1920 a letter the Secretaris-Generaal signed for his minister: "De Minister van Financiën," / "Voor den
# Minister," / "De Secretaris-Generaal," / "DE JONGE." (OCR: "Dt Minister", "ran", "Minisier", "Secretaris Generaal").
_SIGNED_FOR_THE_MINISTER_RE = re.compile(
    r"(?m)^[ \t]*D[a-z]\s+(?P<office>(?:Minister|Minisier|Staatssecretaris)\s*[a-z]{2,4}\s+[A-Za-z][^\n]{2,80}?),[ \t]*\n"
    r"[ \t]*Voor\s+den\s+(?:Minister|Staatssecretaris)[,.]\s+De\s+Secretaris[- ]Generaal\b"
)


def read_signed_for_the_minister(r: Reading) -> None:
    """A letter that the Secretaris-Generaal signed ``Voor den Minister`` is sent by the minister printed over it,
    where nothing gave a sender; the Secretaris-Generaal is no signing office holder (the golds give no signatory
    for his ``Voor eensluidend afschrift`` either). The body ends before it."""
    if r.fields["sender"] is not None or r.fields["signatories"] or (r.layout is None and not opens_like_a_page(r.text)):
        return
    start = max(r.body_start, r.stuk_start or 0)
    match = _SIGNED_FOR_THE_MINISTER_RE.search(r.text, start, r.stuk_end if r.stuk_end is not None else r.body_end)
    office = _signing_office(match.group("office").replace("Minisier", "Minister")) if match else []
    if not office:
        return
    r.fields["sender"] = {"role": office[0]["role"], "portfolio": office[0]["portfolio"]}
    r.mark(match.start("office"), match.end("office"), "sender")
    _read_foot_addressee(r, match.end())
    if r.stuk_end is None:
        r.body_end = min(r.body_end, match.start())


def _read_foot_addressee(r: Reading, start: int) -> None:
    """The addressee printed under the signature, where the header gave none; its chamber where none was read."""
    if r.fields["addressee"] is not None:
        return
    foot = _RUN_ON_ADDRESSEE_RE.match(r.text, start) or _FOOT_ADDRESSEE_RE.search(r.text, start, min(len(r.text), start + 300))
    if foot is None or r.text[start:foot.start()].count("\n") > 2:
        return
    _set_foot_addressee(r, foot)


# A letter's addressee alone on its line, the Kamer's chairman named (OCR's "lieer" for Heer, a stray "»" before
# it, "Kamer" lost from the line): "Aan de Heer Voorzitter van de Tweede Kamer der Staten-Generaal", "Aan den Heere
# President van de Tweede Kamer der" / "Staten-Generaal.", "Aan" / "» de Heer Voorzitter ...", "Den Heere Voorzitter
# ...".
_CHAIRMAN_ADDRESSEE_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<text>(?:Aan\s+)?(?:»\s+)?(?:[Dd]e|[Dd]en)\s+(?:[Hh]eere?|lieer)\s+(?:Voorzitter|President)\s+van\s+de\s+"
    r"(?P<house>Tweede|Eerste)(?:\s+Kamer)?\s+der\s+Sta\S{2,4}[-\s]?Gen\S{4,6}?)\.?[ \t]*$"
)


def read_chairman_addressee(r: Reading) -> None:
    """A stuk's addressee printed alone on its line anywhere in the stuk (``_CHAIRMAN_ADDRESSEE_LINE_RE``: the foot
    of the 1950s-60s letters, under the date where the header reader stopped), where a heading was read and neither
    addressee nor chamber: the addressee, and the chamber it names (CONVENTIONS, chamber from an addressee printed
    at the foot: wherever it is printed). The first such line under the heading, before the next stuk: a page of two
    letters prints one under each."""
    if r.fields["heading"] is None or r.fields["addressee"] is not None or r.fields["chamber"] is not None:
        return
    heading_end = max((end for _start, end, label in r.spans if label == "heading"), default=None)
    if heading_end is None:
        return
    found = _CHAIRMAN_ADDRESSEE_LINE_RE.search(r.text, heading_end, r.stuk_end if r.stuk_end is not None else len(r.text))
    if found is None:
        return
    start = found.start("text")
    if not found.group("text").startswith("Aan"):
        above = r.text.rfind("\n", 0, start - 1)
        if r.text[above + 1 : start].strip() == "Aan":  # "Aan" alone on the line above: "Aan" / "» de Heer ..."
            start = above + 1 + r.text[above + 1 : start].index("Aan")
    r.fields["addressee"] = re.sub(r"\s+", " ", r.text[start : found.end("text")])
    r.mark(start, found.end("text"), "addressee")
    r.fields["chamber"] = f"{found.group('house')} Kamer der Staten-Generaal"  # also where OCR lost "Kamer"


def _set_foot_addressee(r: Reading, foot: re.Match[str]) -> None:
    """The addressee that ``foot`` found (its group ``text``); the chamber it names where none was read."""
    r.fields["addressee"] = re.sub(r"\s+", " ", foot.group("text")).rstrip(",")
    r.mark(foot.start("text"), foot.end("text"), "addressee")
    _chamber_from_addressee(r, foot.group("text"))


def _chamber_from_addressee(r: Reading, addressee: str) -> None:
    """The chamber that an addressee names (``Aan de Tweede Kamer ...``), where none was read."""
    house = re.search(r"\b(Tweede|Eerste)\s+Kam", addressee)
    if r.fields["chamber"] is None and house:
        r.fields["chamber"] = f"{house.group(1)} Kamer der Staten-Generaal"


# The monarch signs a Koninklijke Boodschap, after its place and date or on a line alone: "WILHELMINA.", the
# addressee run on after it at most ("Arnhem, den 23sten October 1870. WILLEM. Aan de Tweede Kamer ...").
# From 1980 the name is printed in small letters on its own line ("Beatrix").
_MONARCH_RE = re.compile(
    r"(?m)(?:^|(?<=[\dIlÏ]{4}\.)|(?<=[\dIlÏ]{4}))[ \t]*(?P<name>WILLEM|WILHELMINA|JULIANA|BEATRIX|EMMA)\.?[ \t]*"
    r"(?:$|(?=Aan\s+de\s+(?:Tweede|Eerste)\s+Kamer\b))"
    r"|^[ \t]*(?P<small>Willem|Wilhelmina|Juliana|Beatrix|Emma)\.?[ \t]*$"
)


# The addressee of a Koninklijke Boodschap printed with its ontwerp van wet (1950-1975) stands alone on a line at
# the page's foot, after the ontwerp's "Gegeven" and countersignature: "Aan de Tweede Kamer der Staten-Generaal",
# broken over two lines at times ("Aan de Tweede Kamer der" / "Staten-Generaal", sgd-0000336825 of 1914).
_BOODSCHAP_ADDRESSEE_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?P<text>Aan\s+de\s+(?:Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal)[.,]?[ \t]*$"
)


# The heading of a Koninklijke Boodschap, OCR's garbling of its second word at most ("KONINKLIJKE BOODSCHAF",
# "BOODSCHAI'", "BOODSCHA1'", "BOO])SCHAP", "BOOD8CHAJ»"): the next stuk's heading never reads so.
_BOODSCHAP_HEADING_RE = re.compile(r"(?i)BOO\S{1,3}CHA")


# The Boodschap's opening sentence, "Wij bieden U hiernevens (nader) ter overweging aan ..." (OCR: "Wü bieden ü",
# "Wy bieden IJ", "Wij bieden TT", "Wij biüden", "hiernovens"). A page that prints it under its head opens with a
# Boodschap, whatever heading the readers took: the next stuk's "ONTWERP VAN WET." under the monarch's name, or none
# (the 1950s print no heading over the addressee).
_OFFERING_RE = re.compile(r"W\S{1,2}[ \t]+bi\S{2,3}n[ \t]+\S{1,2}[ \t]+hier-?\s*n\S{3}ns\b")
# How near the page's top that sentence stands on a page that opens with the Boodschap: running head, title, marker,
# heading and addressee take some 100-270 characters, up to 800 under a 1950s dossier title of several lines
# (sgd-0000279427); a Boodschap further down the page (at 2,300 characters and more on the 1850s-60s pages of
# several stukken) is a later stuk, and the page's header is the first stuk's.
_OPENING_REACH = 1000
# How far the closing formula stands from the opening sentence in one Boodschap: 190-920 characters in the pool's
# 470 pages that open with one; a formula further down (sgd-0000421919: 4,300) closes a later Boodschap of the page.
_OFFERING_TO_BLESSING = 1200


def read_monarch(r: Reading) -> None:
    """A Koninklijke Boodschap is signed by the monarch: a signatory without role or portfolio."""
    if r.fields["signatories"]:
        return
    if _BOODSCHAP_HEADING_RE.search(r.fields["heading"] or ""):
        start = max(r.body_start, r.stuk_start or 0)
        match = _MONARCH_RE.search(r.text, start, min(r.body_end, start + 3000))
        if match is None:
            match = _garbled_monarch(r)
        if match is None:
            heading = min((begin for begin, _, label in r.spans if label == "heading"), default=0)
            match = _monarch_under_the_blessing(r, heading)
    else:
        match = _monarch_of_the_opening_boodschap(r)
    if match:
        group = next(g for g in ("name", "small", "garbled", "blessed") if match.groupdict().get(g))
        r.fields["signatories"] = [{"role": None, "portfolio": None, "name": re.sub(r"\s+", " ", match.group(group).replace("\xad", ""))}]
        r.mark(match.start(group), match.end(group), "signatories")
        prewar.read_place_date_before(r, match.start(group))
        _read_foot_addressee(r, match.end(group))  # "Aan de Tweede Kamer der Staten-Generaal." under the name
        _read_addressee_beside_monarch(r, match.start(group), match.end(group))
        if r.fields["addressee"] is None:  # 1950-1975: the Boodschap's addressee alone on a line at the page's foot
            foot = _BOODSCHAP_ADDRESSEE_LINE_RE.search(r.text, match.end(group))
            if foot:
                _set_foot_addressee(r, foot)


# The addressee printed beside the monarch's name, which OCR put on the line above it ("Aan de Tweede Kamer der
# Staten-Generaal." / "WILLEM.") or around it ("Aan" / "WILLEM" / "de Tweede Kamer der Staten-Generaal"): 1837-1850.
_ADDRESSEE_ABOVE_RE = re.compile(r"(?m)^[ \t]*(?P<text>Aan\s+de\s+(?:Tweede|Eerste)\s+Kamer\b[^\n]{0,40}?)[ \t.]*\n[ \t]*\Z")
_ADDRESSEE_AROUND_RE = re.compile(r"(?m)^[ \t]*Aan[ \t]*\n[ \t]*\Z")
_ADDRESSEE_REST_RE = re.compile(r"[ \t.]*\n[ \t]*(?P<rest>de\s+(?:Tweede|Eerste)\s+Kamer\b[^\n]{0,40}?)[ \t.]*$", re.MULTILINE)


def _read_addressee_beside_monarch(r: Reading, name_start: int, name_end: int) -> None:
    """A Boodschap's addressee on the line over the monarch's name, or split around it, where none was read."""
    if r.fields["addressee"] is not None:
        return
    line_start = r.text.rfind("\n", 0, name_start) + 1
    above_start = r.text.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = _ADDRESSEE_ABOVE_RE.search(r.text, above_start, line_start)
    if above:
        _set_foot_addressee(r, above)
        return
    rest = _ADDRESSEE_REST_RE.match(r.text, name_end)
    if rest and _ADDRESSEE_AROUND_RE.search(r.text, above_start, line_start):
        r.fields["addressee"] = "Aan " + re.sub(r"\s+", " ", rest.group("rest"))
        r.mark(above_start, rest.end("rest"), "addressee")
        _chamber_from_addressee(r, rest.group("rest"))


# The monarch's name as OCR printed it, letter-spaced or with look-alikes ("W I 1.1. E M.", "Wl LHELMINA. (363. 2.)",
# "W 11, H K L M I N A.", "WILHEL -M I N A. 143. 2.", "JUL.IANA.", "IUI.IANA.", ".WILHELMINA."), alone on the line
# under the court's place and date (or after it on that line), a stuk marker after it at most; read as printed,
# without its last full stop.
_GARBLED_MONARCH_RE = re.compile(
    r"(?m)(?:^|(?<=[\dIlÏ]{4}\.))[ \t]*\.?(?P<garbled>[WJI][A-Za-z0-9!|£•:*,.'\xad \t]{2,21}?[A-Za-z0-9!|£•:*])[ \t]?\.?[ \t]*"
    r"(?:[\[(«][^\n]{0,14}|\d{1,4}[.,][ \t]*\d{1,3}\.?)?[ \t]*$"
)
_MONARCHS = ("WILLEM", "WILHELMINA", "JULIANA", "EMMA", "BEATRIX")
# Letters OCR takes for one another in a monarch's name, read as one before comparing: I, L, 1, !, |, T (and K for E).
_NAME_LOOKALIKES = str.maketrans({"L": "I", "1": "I", "!": "I", "|": "I", "T": "I", "K": "E"})


def _garbled_monarch(r: Reading) -> re.Match[str] | None:
    """The monarch's name OCR garbled, on the line under (or after) the court's place and date."""
    start = max(r.body_start, r.stuk_start or 0)
    end = min(r.body_end, start + 3000)
    for court in prewar.MONARCH_PLACE_DATE_RE.finditer(r.text, start, end):
        line_end = r.text.find("\n", court.end())
        next_end = r.text.find("\n", line_end + 1) if line_end >= 0 else -1
        match = _GARBLED_MONARCH_RE.search(r.text, court.end(), len(r.text) if next_end < 0 else next_end)
        if match is None or r.text[court.end() : match.start()].strip(" \t.\n"):
            continue
        if is_monarch_name(match.group("garbled")):
            return match
    return None


# The Boodschap's closing formula, "En hiermede bevelen Wij U in Godes heilige bescherming.": the monarch signs under
# it, after the court's place and date. On a page that goes on to the next stuk (its marker and "ONTWERP VAN WET."
# under the name) the body may start past the name, so the formula, not the body, anchors the name.
_BLESSING_RE = re.compile(r"heilige\s+be-?\s*scherming\b")
# The name under the formula (OCR glues it to the word before at times: "Godesheilige"): at a line's start or after
# a stop (the date's, whose year OCR garbled: "188G.", "1SGS."), letter-spaced or with look-alikes
# ("E M M A.", "W I LH EL 311 NA.", "\\VI LH E LM IN A.", "WILLE |f.", OCR's "#" before it), then the line's end, the
# addressee run on ("WIL L E M. Aan de Tweede Kamer ...") or the next stuk's marker, a digit in its first letters
# ("WILHELMINA. 1201. 2.)", "WILHELMINA. (*• 2.) (HOOFDSTUK I. ..."; not the garbled M of "WILLE |f.").
_NAME_UNDER_BLESSING_RE = re.compile(
    r"(?m)(?:^|(?<=\.)|(?<=[\dIlÏ)]{4}))[ \t]*[#.]?(?P<blessed>[WJIE\\][A-Za-z0-9!|£•:*,'\xad \t]{2,21}?[A-Za-z0-9!|£•:*])"
    r"[ \t]?\.?(?=[ \t]*$|[ \t]+(?:Aan\s+de\b|[\[({|][^\n]{0,3}\d|\d{1,4}[.,][ \t]*\d))"
)
# How far under the formula the name may stand: the court's place and date between them, and the next stuk's marker
# that OCR put above the name at times ("Het Loo, den 5den October 1885." / "r**." / "2.]" / "W I Ii L R M.").
_BLESSING_TO_NAME = 160
_BLESSING_TO_NAME_LINES = 4


def _monarch_of_the_opening_boodschap(r: Reading) -> re.Match[str] | None:
    """The monarch's name under a Boodschap the page opens with, where the heading read is none or lies below its
    opening sentence (the next stuk's); a heading above it is a stuk the page opens with (sgd-0000423835: three
    tables' headings over the Boodschap), whose header this is."""
    offering = _OFFERING_RE.search(r.text, 0, _OPENING_REACH)
    if offering is None or any(label == "heading" and begin < offering.start() for begin, _, label in r.spans):
        return None
    return _monarch_under_the_blessing(r, offering.end(), offering.end() + _OFFERING_TO_BLESSING)


def _monarch_under_the_blessing(r: Reading, start: int, end: int | None = None) -> re.Match[str] | None:
    """The monarch's name under the first closing formula between ``start`` and ``end``, where the readers above
    found none: the first candidate in reach that reads as a monarch's name (``is_monarch_name``)."""
    blessing = _BLESSING_RE.search(r.text, start, len(r.text) if end is None else end)
    if blessing is None:
        return None
    end = min(len(r.text), blessing.end() + _BLESSING_TO_NAME)
    for match in _NAME_UNDER_BLESSING_RE.finditer(r.text, blessing.end(), end):
        if r.text.count("\n", blessing.end(), match.start()) > _BLESSING_TO_NAME_LINES:
            return None
        if is_monarch_name(match.group("blessed")):
            return match
    return None


def is_monarch_name(printed: str) -> bool:
    """Whether a name OCR printed reads as a monarch's: its letters, look-alikes read as one, at least 0.8 alike."""
    letters = re.sub(r"[^A-Z0-9!|]", "", printed.upper()).translate(_NAME_LOOKALIKES)
    return any(difflib.SequenceMatcher(None, letters, name.translate(_NAME_LOOKALIKES)).ratio() >= 0.8 for name in _MONARCHS)


# What OCR or the running text left after a portfolio of the closing part: the sentence going on in small letters
# ("Landbouw en Visserij deel iku mede", "... als volgt", "... toekomen", "Buitenlandse Zaken, doe", "Justitie -het
# volgende mede"), a scrap in capitals after a comma (the initial of a name the signature's pattern did not take:
# "Binnenlandse Zaken, D", "Koloniën, CH", "Justitie, SAMK"), the page's "Ter inzage gelegd" run into the office. The
# first word cut off must be one of these (not "en", "van": "Binnenlandse Zaken, Bezitsvorming en Publiekrechtelijke
# Bedrijfsorganisatie" is one portfolio).
_CUT_RE = re.compile(r"(?:\s*,\s*|\s*[-—–]\s*|\s+)(?=\S)")
_DROPPED_RE = re.compile(r"(?!(?:en|van|voor|der|de)\b)[a-z]|[A-Z]{1,4}\b|Ter\s+inzage\b|['’]")
_JOINED_RE = re.compile(r",?\s+en\s+(?:van\s+)?|,\s+van\s+")


def _known_portfolios(portfolio: str | None) -> list[str] | None:
    """The portfolios that ``portfolio`` names where the gazetteer does not know it whole: the longest part before a
    tail that ``_DROPPED_RE`` allows to cut off (or the whole), read as one known portfolio or as known portfolios
    joined by "en", ", van" ("Economische Zaken en Onderwijs en Wetenschappen toekomen"); None where none is known."""
    if not portfolio or portfolio_key(portfolio):
        return None
    ends = [len(portfolio)] + [cut.start() for cut in reversed(list(_CUT_RE.finditer(portfolio)))
                               if _DROPPED_RE.match(portfolio, cut.end())]
    for end in ends:
        parts = _partition(portfolio[:end].strip(" ,"))
        if parts:
            return parts
    return None


def _partition(text: str) -> list[str] | None:
    """``text`` as known portfolios joined by "en" or ", van" (one or more), or None."""
    if portfolio_key(text):
        return [text]
    for joint in _JOINED_RE.finditer(text):
        head = text[: joint.start()]
        if portfolio_key(head):
            rest = _partition(text[joint.end():])
            if rest:
                return [head] + rest
    return None


def _trim_offices(offices: list[dict], one: bool = False) -> list[dict]:
    """Offices whose portfolio ran on into the text (``_known_portfolios``) cut back to the portfolios it names, in
    the gazetteer's spelling; with ``one``, a portfolio that would become several is left as read (a signature
    signs one office)."""
    trimmed = []
    for office in offices:
        known = _known_portfolios(office.get("portfolio"))
        if known and not (one and len(known) > 1):
            trimmed.extend({**office, "portfolio": canonical_portfolio(part)} for part in known)
        else:
            trimmed.append(office)
    return trimmed


def _same_signatory(one: dict[str, str | None], other: dict[str, str | None]) -> bool:
    """The same office (``_same_office``: the portfolio as OCR spelt it, ``Justitit``) and the same initials or the
    same surname: one signatory, whatever OCR made of the surname or the initials (``E. K. H. REGOUT``, a file of
    naturalisations each signed by the minister, sgd-0000349042)."""
    initials = [re.match(r"(?:[A-Z][a-z]?\.[\s-]*)*", signatory["name"] or "").group().replace(" ", "") for signatory in (one, other)]
    surnames = [re.sub(r"^(?:[A-Z][a-z]?\.[\s-]*)*", "", signatory["name"] or "") for signatory in (one, other)]
    same_name = (one["name"] == other["name"] or (initials[0] != "" and initials[0] == initials[1])
                 or (surnames[0] != "" and surnames[0] == surnames[1]))
    return _same_office(one, other) and same_name


def read_co_senders(r: Reading) -> None:
    """``Mede namens de Minister van X`` on its own line near the end, or in the first paragraph."""
    match = None
    for candidate in _MEDE_NAMENS_RE.finditer(r.text, r.body_start, r.body_end):
        if _is_co_sender_line(candidate.group()):
            match = candidate
    if match and r.body_end - match.end() < 400:
        r.body_end = min(r.body_end, match.start())
    elif r.layout is None:
        return  # "mede namens" in a sentence names co-senders only in a document with a header
    else:
        first_paragraph_end = r.text.find("\n\n", r.body_start + 1)
        limit = min(r.body_end, r.body_start + 900 if first_paragraph_end < 0 else max(first_paragraph_end, r.body_start + 900))
        match = _MEDE_NAMENS_INLINE_RE.search(r.text, r.body_start, limit)
        if match and not _in_opening_formula(r.text, r.body_start, match):
            return
    if not match:
        return
    # The offices end at a comma before the sentence goes on ("u, mede namens ..., mede te delen, dat").
    named = _SENTENCE_GOES_ON_RE.sub("", match.group())
    # OCR glued the role to its "van": "de Ministervan Sociale Zaken"
    named = re.sub(r"(?i)\b(minister|staatssecretaris)(?=van\b|voor\b)", r"\1 ", named)
    offices = _trim_offices(parse_offices(_COLLEAGUE_RE.sub("de Minister ", named)))
    # "mede namens de staatssecretaris": an office the text does not name (the golds give no co_sender for it); the
    # Minister-President is named by his role alone
    offices = [office for office in offices if office["portfolio"] or office["role"] == "minister-president"]
    if offices:
        known = r.fields["co_senders"] or []
        r.fields["co_senders"] = known + [o for o in offices if o not in known]
        r.mark(match.start(), match.end(), "co_senders")


# The letter's opening formula sends the stuk: "Hierbij zend ik u, mede namens ...", "Hierbij bied ik u aan, mede
# namens ...", "Thans doe ik U, mede namens ... een notitie toekomen", "De toezending van dit verslag geschiedt mede
# namens ...".
_SENDING_RE = re.compile(
    r"(?i)\b(?:zend|zenden|toe\s?zend\w*|toezending|bied|bieden|aan\s?bied\w*|aan\s+te\s+bieden|toekomen|aangeboden"
    r"|toegezonden)\b"
)
_SENTENCE_END_RE = re.compile(r"[.!?][\"”']?[ \t]+(?=[A-Z])")


def _in_opening_formula(text: str, body_start: int, match: re.Match[str]) -> bool:
    """Whether ``mede namens`` in the first paragraph stands in the letter's opening formula, which names its
    co-senders: the first sentence of its paragraph ("Bijgaand doe ik u mede namens ...", "De ondergetekende heeft de
    eer u, mede namens ..., mede te delen"), or a sentence that sends the stuk. A later sentence that tells something
    on behalf of a colleague ("... loting te worden toegepast. Mede namens de Minister van Landbouw en Visserij deel ik
    u mede, dat ...") is body text, as the golds read it (sgd-0000165243)."""
    paragraph_start = max(body_start, text.rfind("\n", 0, match.start()) + 1)
    ends = [end.end() for end in _SENTENCE_END_RE.finditer(text, paragraph_start, match.start())]
    if not ends:
        return True
    sentence_end = _SENTENCE_END_RE.search(text, match.end())
    sentence = text[ends[-1] : sentence_end.start() if sentence_end else len(text)]
    return bool(_SENDING_RE.search(sentence))


def _is_co_sender_line(line: str) -> bool:
    """``Mede namens de Minister van X,``: offices and nothing more. A sentence that goes on after the
    office (``Mede namens de Minister van Buitenlandse Zaken kan ik u mededelen dat ...``) is body text."""
    offices = parse_offices(line)
    return bool(offices) and all(
        office["portfolio"] is None or portfolio_key(office["portfolio"]) is not None for office in offices
    ) and not re.search(r"[.:;?!]\s*\S", line.strip())


# The kinds of stuk a minister sends to the Kamer under a heading that names no office: a memorie or nota signed
# "De Staatssecretaris van Justitie, E. A. Haars" is sent by that office (as the blind annotators of
# corpora/fresh-2026-12-03b, -05 and -05b read it; docs/headers.md).
_SENT_BY_THE_SIGNATORY = {"brief", "nota", "memorie_van_toelichting"}


def sender_from_signatories(r: Reading) -> None:
    """A letter without a heading, or a letter, nota or memorie whose heading names no office, is sent by its
    first signatory; not by the monarch (a signatory without an office), who signs a Boodschap, which has no sender
    (``corpora/CONVENTIONS.md``)."""
    names_none = r.fields["heading"] is None or doc_type_of(r.fields["heading"]) in _SENT_BY_THE_SIGNATORY
    if r.fields["sender"] is None and names_none and r.fields["signatories"]:
        first = r.fields["signatories"][0]
        if first["role"] is None and first["portfolio"] is None:
            return
        r.fields["sender"] = {"role": first["role"], "portfolio": first["portfolio"]}
    elif r.fields["sender"] is not None and r.fields["signatories"]:
        _sender_cut_in_the_heading(r, r.fields["sender"], r.fields["signatories"][0])


def _sender_cut_in_the_heading(r: Reading, sender: dict, first: dict) -> None:
    """A heading's office that OCR cut at a full stop printed for a comma (``BRIEF VAN DE MINISTER VAN WELZIJN.
    VOLKSGEZONDHEID EN CULTUUR``: ``Welzijn``, a portfolio the list lacks) is the first signatory's where that is the
    same role and a listed portfolio that begins with it (``Welzijn, Volksgezondheid en Cultuur``)."""
    cut, whole = sender.get("portfolio"), first.get("portfolio")
    if (not cut or not whole or portfolio_key(cut) or not portfolio_key(whole) or sender.get("role") != first.get("role")
            or not re.match(re.escape(cut) + r"\b", whole, re.IGNORECASE) or len(whole) <= len(cut)):
        return
    r.fields["sender"] = {"role": first["role"], "portfolio": whole}


def co_senders_from_signatories(r: Reading) -> None:
    """A stuk signed by several offices is sent by all of them: the first signing office is its sender, every other
    signing office a co-sender (ANNOTATION.md section 2: ``signatories`` holds every signing office holder,
    ``co_senders`` the offices that send it with the sender, those named in ``Mede namens ...`` among them; as the
    Aanhangsel reads a second answering office). The first signing office is the sender (where the heading named it,
    as OCR spelt it there); the monarch (no office) is none; an office is given once, however OCR spelt it."""
    sender = r.fields["sender"]
    if sender is None or len(r.fields["signatories"] or []) < 2:
        return
    known = list(r.fields["co_senders"] or [])
    for signatory in r.fields["signatories"][1:]:
        office = {"role": signatory["role"], "portfolio": signatory["portfolio"]}
        if office["role"] is None or any(_same_office(office, other) for other in [sender, *known]):
            continue
        known.append(office)
    if known:
        r.fields["co_senders"] = known


def _same_office(one: dict, other: dict) -> bool:
    """The same role and portfolio, the portfolio as OCR spelt it (``Economsiche Zaken``, ``Ruimte Lijke``)."""
    if one["role"] != other["role"]:
        return False
    first, second = one["portfolio"], other["portfolio"]
    if first is None or second is None:
        return first == second
    def letters(value: str) -> str:
        return re.sub(r"[^a-z]", "", value.lower())
    return difflib.SequenceMatcher(None, letters(first), letters(second)).ratio() >= 0.85


# The committee that adopts a verslag, as OCR printed it: "Commissie van Rapporteurs", "Commissievan Rapporteurs",
# "Commissio van Rapporteur»", "Commissie j van Rapporteurs".
_COMMITTEE = r"Commissi\S?\s*(?:\S\s+)?van\s+Rapp\S{3,10}"
# A verslag closes with the day its committee adopted it: "Aldus vastgesteld den 15den November 1932.",
# "Vastgesteld 22 October 1936.", "Aldus vastgesteld in de openbare vergadering van de 10de mei 1965."
# "Aldus vastgesteld door de Commissie van Rapporteurs, den 11den Januari 1912." (OCR: "door do ..., don Uden"),
# "in de" or "bij de Commissie van Rapporteurs, den ..." (1850-1880: some 90 such lines in the SGD pool);
# the day and the year as OCR prints them (values.OCR_DAY, OCR_YEAR: "20stcn", "Uden" for 11den). At a line's start,
# or after the report's last sentence where OCR ran the two lines into one ("... genoegzaam is voorbereid. Vastgesteld
# den 13den Juni 1919.", sgd-0000324732), also where that sentence closes a quotation ('... S. VAN HEEMSTRA." Aldus
# vastgesteld ...', sgd-0000433222: the minister's answer quoted whole).
# Where the adoption's sentence may start: a line's start, or after the last sentence (or quotation) run onto its line.
_SENTENCE_START = r"(?:^[ \t]*|(?<=[a-z)][.!?] )|(?<=[.!?][\"”'] ))"
_ADOPTED_RE = re.compile(
    r"(?m)" + _SENTENCE_START + r"(?:Aldus\s+)?[Vv]astgesteld,?\s+"
    r"(?:in\s+de\s+(?!Commissi)[^\n,]{0,60}?\s+van\s+|door\s+d[eo]\s+[^\n,]{0,60}?,?\s+|(?:in|bij)\s+d[eo]\s+" + _COMMITTEE + r"\s?,?\s+)?"
    r"(?:d[eo]n\s+|de\s+|op\s+)?" + OCR_DAY + r"\s+"
    r"(?P<month>[A-Za-z]{3,10})\.?\s+" + OCR_YEAR
)


_STUK_MARKER_LINE_RE = re.compile(r"(?m)^[ \t]*[\[(|](?:\d{1,4}|[IVXLC]{1,7})[.,]\s*\d{1,3}[a-z]?[.,]?[\])|][ \t]*$")
# Where a report's adoption begins, legible or not: "Aldus vastgesteld" anywhere, "Vastgesteld" where _ADOPTED_RE
# reads it (a line's start, after a sentence's end).
_ADOPTION_START_RE = re.compile(r"(?m)\bAldus\s+vastgesteld\b|" + _SENTENCE_START + r"Vastgesteld\b")


def read_adoption_date(r: Reading) -> None:
    """A verslag without a date in its header is dated by its closing ``(Aldus) vastgesteld <date>``: the first
    adoption after its heading, not a later report's where OCR garbled its own (``bij de Commissie, den I6den Julij
    18fi0``, sgd-0000433900)."""
    # not the adoption that closes the stuk a page opens inside (above the header's own stuk)
    start = max(r.body_start, r.stuk_start or 0)
    # nor a later stuk's, after the marker that opens it ("[XXXII. 4.]", "(53. 6.)") alone on its line
    marker = _STUK_MARKER_LINE_RE.search(r.text, start)
    end = marker.start() if marker else len(r.text)
    first = _ADOPTION_START_RE.search(r.text, start, end)
    for match in _ADOPTED_RE.finditer(r.text, start, end):
        if first is not None and match.end() <= first.start() or first is not None and match.start() >= first.end():
            return  # a later report's adoption: the report's own is illegible
        iso = parse_date(match.group("day"), match.group("month"), match.group("year"))
        if iso:
            r.fields["date"] = iso
            r.mark(match.start("day"), match.end("year"), "date")
            return
