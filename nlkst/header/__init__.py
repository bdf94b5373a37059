"""Find the header of a kamerstuk in plain text, whatever its layout.

One module per layout reads the fields it has: ``kamerstuk`` (the publication, its web page and the
printed stukken 1950-1995), ``prewar`` (the Bijlagen of 1814-1949), ``letter`` (a ministry's letter as
extracted from its PDF) and ``aanhangsel`` (written questions with their answers), ``minutes`` (pages of the minutes of a sitting), ``garbled_marks`` (Bijlagen pages whose markers OCR garbled); ``closing`` reads what
follows the body (signature, co-senders, footnotes). They share one ``Reading`` (the fields found so far,
their spans, where the body starts and ends), the line splitter of ``lines`` and the values of ``values``.
Every value is read from the text; what the text lacks stays ``None``.
"""

from __future__ import annotations

import re

from ..gazetteer import NAME_PARTICLE
from ..laws import month_numbers as months
from . import aanhangsel, budget_volume, carried_over, closing, first_stuk, garbled_marks, kamerstuk, learned_signature, letter, minutes, prewar, report_lists, roman_pages, running_label, senate_reports, stuk_marker, tables
from .headings import doc_type_of, drop_footnote_calls, drop_footnote_markers, is_heading, portfolio_words
from .lines import HYPHENATED_WORD_RE, PageSpelling, line_break_hyphen, no_word_part
from .state import Header, Reading
from .values import known_places, parse_date

__all__ = ["Header", "doc_type_of", "known_places", "months", "parse_date", "parse_header"]


def parse_header(text: str, learned_signatures: bool = True,
                 signature_model: learned_signature.SignatureModel | None = None) -> Header:
    """Read the header of one kamerstuk, with the offsets of every field. With ``learned_signatures``, a document whose
    signature the rules do not read has it read by the learned reader (``learned_signature``; ``signature_model``, or
    the one shipped in ``nlkst/resources``)."""
    r = Reading(text)
    closing.read_trailing_footnotes(r)
    item = aanhangsel.find(text)
    if item is not None and _item_without_page(text):  # a slice from the middle of a page: no header
        return r.result()
    if item is not None:  # questions and answers: no signature, the answer names who sends it
        aanhangsel.read(r, item)
        prewar.read_page_session_and_chamber(r)
        return r.result()
    page_head = aanhangsel.find_page_head(text)
    if page_head is not None:  # an Aanhangsel page that opens and ends inside an answer
        aanhangsel.read_page(r, page_head)
        prewar.read_page_session_and_chamber(r)
        return r.result()
    numbered = minutes.find_numbered(text)
    if numbered is not None:  # a page of the minutes of 1975-1995 ("78ste vergadering" / "Donderdag 16 juni 1994")
        minutes.read_numbered(r, numbered)
        return r.result()
    joint = minutes.find_joint(text)
    if joint is not None:  # the joint sitting of both chambers that closes a session
        minutes.read_joint(r, joint)
        return r.result()
    sitting = minutes.find(text)
    roman_head = prewar.opens_with_roman_head(text)  # "(N°. XIX.)" / "XIX. Algemeen entrepôt ...": 1814-1850
    sections_sitting = None
    if roman_head:  # "ZITTING VAN 11 FEBRUARIJ 1828." in the afdelingen's minutes printed as the dossier's stuk
        sections_sitting, sitting = sitting, None
    if sitting is not None and minutes.opens_a_passage(text, sitting[0]):
        return r.result()  # a passage from the minutes that opens with a sitting's heading: no header
    stuk = minutes.stuk_on_the_page(text, sitting[0]) if sitting is not None else None
    if sitting is not None and stuk is None:  # the minutes of a sitting: no kamerstuk, no signature
        minutes.read(r, *sitting)
        prewar.read_page_session_and_chamber(r)
        return r.result()
    listing = report_lists.find(text)
    if listing is not None:  # the Eerste Kamer's list of final reports on many bills: no signature
        report_lists.read(r, listing)
        return r.result()
    register = carried_over.find(text)
    if register is not None:  # the register of the bills carried over into a session: no stuk starts on the page
        carried_over.read(r, register)
        return r.result()
    if _opens_after_a_stuk_end(text) or _stuk_start_without_page(text):
        return r.result()  # a slice of a page's body that holds the next stuk's start: no header
    roman = roman_pages.find(text) if stuk is None else None
    if roman is not None and not roman_pages.read(r, roman):
        roman = None
    # an Eerste Kamer page of eindverslagen (1885-1925): the first report that starts on it, read above
    reports = senate_reports.find(text) if stuk is None and roman is None else None
    if reports is not None and not senate_reports.read(r, reports):
        reports = None
    anchor = kamerstuk.find_anchor(text) if stuk is None and roman is None else None
    if anchor is not None and (_print_note_without_page(text, anchor) or _foot_without_page(text, anchor)):
        anchor = None
    old = prewar.find_heading(text) if stuk is None and roman is None else None
    # A vergaderjaar below an old Bijlage's heading is a reference ("Zitting 1930—1931, 2, n°. 15").
    budget = prewar.find_budget_chapter(text) if old is None and anchor is None and roman is None else None
    if roman is not None or reports is not None:  # read above
        pass
    elif roman_head and prewar.read_roman_head_page(r):
        if sections_sitting is not None:  # the minutes of the afdelingen's sittings: dated by the first, as minutes
            minutes.read_sitting_date(r, *sections_sitting)
    elif stuk is not None:  # a page of the minutes that prints a stuk: the stuk's header, the page's chamber
        minutes.read_stuk(r, sitting[0], stuk)
    elif old is not None and (anchor is None or (old[1] is not None and anchor > old[1].start)):
        prewar.read(r, *old)
    elif anchor is not None:
        kamerstuk.read(r, anchor)
    elif budget is not None:  # a budget page of 1860-1880: "2." / "Staatsbegrooting voor ..." / "IXde HOOFDSTUK."
        prewar.read_budget_chapter(r, *budget)
    else:
        letter.read(r)
    prewar.read_rijksbegroting_page(r)
    budget_volume.read_head(r)
    if r.layout in (None, "prewar"):
        prewar.read_budget_page(r)
        prewar.read_indies_budget_page(r)
        prewar.read_budget_marker_page(r)  # "[2. V. 10.)" over a table: a budget chapter's marker, its head not read
    tables.read_table_heading(r)
    if not r.fields["dossiers"] and r.fields["heading"] is None and r.layout in (None, "prewar") and stuk is None and roman is None and reports is None:
        garbled_marks.read(r)  # a Bijlagen page whose markers OCR garbled past every reader above ("[tl. 7.]")
        if not r.fields["dossiers"] and r.fields["heading"] is None:
            garbled_marks.read_budget(r)  # a Staatsbegrooting page so ("[». -Vde HOOFDSTUK. -7.]", "[S. 12]")
    if r.fields["heading"] is None and r.layout in (None, "prewar") and stuk is None and roman is None and reports is None:
        first_stuk.read(r)  # a page that opens inside a stuk under a head that names none: the first stuk on it
    if stuk is None and roman is None and reports is None:
        prewar.read_running_head_alone(r)  # a legible running head that no reader above read
        prewar.read_continuation_head(r)  # "2" / "833" / the dossier's title: a page of the 1940s-50s inside a stuk
        prewar.read_label_head(r)  # "Bijlagen" / "2419" / "10" / the title: the head of a page of 1946-1952
        running_label.read(r)  # "f48-" / "9J", "[291." / ... "1—3.]": a running label over two lines OCR garbled
        stuk_marker.read(r)  # "(1,12 7.)", "(240." / "1.)", "2358 6": the stuk's number from a marker OCR garbled
    if stuk is None and roman is None and reports is None:
        tables.read_label_heading(r)  # "BIJLAÜB H." alone over a table's title: the label is the heading
    prewar.read_footer_session(r)
    prewar.read_page_session_and_chamber(r)
    closing.read_signature(r)
    if learned_signatures:
        learned_signature.read(r, signature_model or learned_signature.packaged_model())
    if stuk is not None:
        minutes.read_stuk_place_and_date(r)
    closing.read_monarch(r)
    prewar.read_court_date(r)
    closing.read_co_senders(r)
    closing.read_signed_for_the_minister(r)
    closing.read_chairman_addressee(r)  # "Aan de Heer Voorzitter van de Tweede Kamer ..." alone at a letter's foot
    closing.sender_from_signatories(r)
    closing.co_senders_from_signatories(r)
    _drop_footnote_markers(r)
    r.fields["doc_type"] = _doc_type(r)
    if sections_sitting is not None and r.fields["doc_type"] == "verslag" and r.fields["date"]:
        r.fields["doc_type"] = "other"  # the afdelingen's minutes of their sittings: minutes of a sitting (CONVENTIONS)
    if r.fields["date"] is None and r.fields["doc_type"] == "verslag":
        closing.read_adoption_date(r)
    return r.result()


# What an Aanhangsel page prints in its head or foot (``Aanhangsel van de Handelingen``, ``Zitting 1974-1975``,
# ``Vergaderjaar 1990-1991``, ``Handelingen``, OCR's ``HANDEMNGEN``), a word at its start (not ``onderhandelingen``).
_AANHANGSEL_PAGE_RE = re.compile(r"(?i)aan\s?hang|\bhand[eo]|\bzitt|vergaderjaar")


def _item_without_page(text: str) -> bool:
    """An Aanhangsel item (``562`` / ``Vragen van de leden ...``, or ``71. VRAGEN van den heer ...`` under the end
    of the answer before it) in a text that prints no page head or foot: a passage cut from the middle of a page
    (sgd-0000199674 of ``corpora/fresh-2026-12-04c/fragments.jsonl``, sgd-0000322318 of ``fresh-2026-12-04``),
    not a page. Every SGD and modern Aanhangsel page names its head or foot; none reads so."""
    return not _AANHANGSEL_PAGE_RE.search(text)


def _print_note_without_page(text: str, anchor: int) -> bool:
    """A header found at a print note (``(Gedrukt onder n°. 398 der Zitting 1926—1927, „ 140 „``, the earlier
    sessions listed under it) with no chamber line above it, in a text that does not open with a page's head: a
    passage from a list of bills (sgd-0000045350, sgd-0000315065); the note's session is an earlier stuk's."""
    line = text[anchor : text.find("\n", anchor) if "\n" in text[anchor:] else len(text)]
    if not re.match(r"\W{0,3}\(?\s*Gedrukt\s+onder\b", line):
        return False
    above = text[:anchor]
    return not prewar.opens_like_a_page(text) and not re.search(r"(?m)^\W{0,3}(?:Tweede|Eerste)\s+Kamer\b", above)


# The print footer of the stukken 1975-1995, anywhere on its line (flattened OCR puts the signers' names or a
# stray word before it): "Van Houwelingen Kruisinga Tweede Kamer, zitting 1975-1976, 13 122, nr. 19", OCR's
# "Eerste Kamer.zitting 1978-1979,14472 (R 1071), nr.67"; the foot of an Aanhangsel page ("Zitting 1970-1971
# Aanhangsel"); a footnote citing an Aanhangsel item ("1 Tweede Kamer, vergaderjaar 1993-1994, Aanhangsel nr. 322.").
_FOOT_RE = re.compile(
    r"(?i)(?:(?:Tweede|Eerste)\s+Kamer[.,]?\s*)?(?:zitting|vergaderjaar)\s*1\d{3}\s*-\s*1\d{3}"
    r"(?:,\s*\d{1,3}\s?\d{3}\b[^\n]{0,40}\bnrs?\.\s*\d|,?\s*Aanhangsel\b)"
)


def _foot_without_page(text: str, anchor: int) -> bool:
    """A header found only at a page's foot (``_FOOT_RE``): a passage that runs down to the foot of its page
    (sgd-0000201024, sgd-0000195162 of the mid-document slices), not a page, whose header stands at its top. The
    foot's session is the page's, but nothing else of a header is there; a page is read from its head."""
    line_end = text.find("\n", anchor)
    return _FOOT_RE.search(text, anchor, len(text) if line_end < 0 else line_end) is not None


# The last line of a stuk: its signer's name in capitals with its full stop, alone or after the office's last word
# ("KOSTER.", "HEEMSKERK.", "Financiën, DE GEER."), or the royal decree's "Gegeven ..." (fragments sgd-0000326475,
# sgd-0000320698, sgd-0000309937, sgd-0000375276 of corpora/fresh-2026-12-04, -05, -05b).
_STUK_END_LINE_RE = re.compile(
    r"(?:[A-Z][^\W\d_]+,[ \t]+)?(?:[A-Z]\.[ \t]?){0,4}(?:" + NAME_PARTICLE + r"[ \t]+)*[A-Z][A-Z'’-]{2,}(?:[ \t]+[A-Z][A-Z'’-]+){0,3}\."
    r"|Gegeven\b[^\n]*"
)
# A stuk's marker alone on its line ("(465. 8.)", "(457. 74.)"), over the stuk's heading.
_STUK_MARKER_LINE_RE = re.compile(r"\(\s*\d{1,4}\s*[.,]\s*\d{1,3}\s?[a-z]?\s*[.,]?\s*\)\.?")
# What a page prints besides its head: the chamber, the session at its foot ("Bijlagen. 1895—1896.").
_PAGE_FURNITURE_RE = re.compile(r"(?m)^\W{0,3}(?:Tweede|Eerste)\s+Kam|1[89]\d\d\s*[-—–]\s*1[89]\d\d")


def _opens_after_a_stuk_end(text: str) -> bool:
    """A text whose first line is the last line of a stuk (``_STUK_END_LINE_RE``), not a heading, or whose first two
    are the signature's office and name (``De Minister van`` / ``Financiën, DE GEER.``): a slice that
    opens at the end of one stuk and runs into the next (or over a page break into the next page's head). A page
    opens with its number or running head; over all 4,543 SGD documents 3 open with such a line (an index's
    ``TWEEDE GEDEELTE.``, ``ZAAKREGISTER.``, OCR's ``LOT.`` over a running head) and none of them has a header."""
    lines = [line.strip() for line in text[:400].splitlines() if line.strip()][:2]
    first = lines[0] if lines else ""
    if _STUK_END_LINE_RE.fullmatch(first) is not None and not is_heading(first):
        return True
    # the signature's office over the name: "De Minister van" / "Financiën, DE GEER."
    return len(lines) == 2 and _OFFICE_OPENING_RE.match(first) is not None and _STUK_END_LINE_RE.fullmatch(lines[1]) is not None


_OFFICE_OPENING_RE = re.compile(r"De\s+(?:Minister|Staatssecretaris|Ministers)\b[^.]*$")


def _stuk_start_without_page(text: str) -> bool:
    """A text that opens with a stuk's marker over the stuk's heading and prints nothing of a page (no chamber
    line, no session at its foot): a slice of a page's body cut at a stuk's start (fragments sgd-0000312458 of
    fresh-2026-12-05b, sgd-0000328382 of fresh-2026-12-05c). A page's header is its head (running head, chamber
    line); a page of Bijlagen prints the session at its foot. Over the SGD pool 2 documents open with a marker,
    one with its foot (kept), one whose head and foot OCR lost (sgd-0000349467: it reads as a slice and gets none)."""
    lines = [line.strip() for line in text[:600].splitlines() if line.strip()][:2]
    return (len(lines) == 2 and _STUK_MARKER_LINE_RE.fullmatch(lines[0]) is not None and is_heading(lines[1])
            and _PAGE_FURNITURE_RE.search(text) is None)


def _drop_footnote_markers(r: Reading) -> None:
    """No footnote marker in the heading or a dossier title (``ADRES1``, ``WERKGELEGENHEID1``); no hyphen of a
    printed line break that OCR kept inside a title's line (``Volkshuis-vesting``, ``Provincie-fonds``) where it is
    known to be the break's (``lines.line_break_hyphen``: the page prints the word whole, or a part is no word)."""
    if r.fields["heading"]:
        r.fields["heading"] = _drop_soft_hyphens(drop_footnote_calls(drop_footnote_markers(r.fields["heading"], r.text), r.text))
    page = None
    for dossier in r.fields["dossiers"] or []:
        if dossier["title"]:
            dossier["title"] = _without_stray_tail(_drop_soft_hyphens(drop_footnote_markers(dossier["title"], r.text)))
            if "-" in dossier["title"]:
                page = page or PageSpelling.of(r.text)
                dossier["title"] = _join_line_breaks(dossier["title"], page)


# A soft hyphen (U+00AD) that OCR printed where a line broke a word: between two parts in small letters (not before
# "en"/"of"/"tot": "Locaalspoor\xaden Tramwegwet" is a shared part's hyphen) or two in capitals ("RAPPOR\xadTEURS"),
# or between two signs that are no letters ("Maatsoh.'-'\xad. enz."). Before a capital after a small letter
# ("Nederlandsch\xadIndië", "Gouverneur\xadGeneraal") it is the word's own hyphen and stays as printed.
_SOFT_HYPHEN_RE = re.compile(
    r"(?<=[^\W\d_])\xad(?!(?:en|of|tot)\b)(?=[^\W\d_A-ZÀ-Ý])|(?<=[A-ZÀ-Ý])\xad(?=[A-ZÀ-Ý])|(?<=[^\w\s])\xad(?=[^\w\s])")
# What OCR printed after a title's closing full stop: a guillemet, exclamation mark, bar or bullet, after at most one
# capital (".»", ". W!"); not a bracket, which closes the title's own ("(Kieswet.)", "[Suriname. Bijlage M.]").
_STRAY_TAIL_RE = re.compile(r"(?<=\.)\s?[A-Z]?[»«!|•■]{1,2}$")


def _drop_soft_hyphens(value: str) -> str:
    """``value`` without the soft hyphens a line break left (corpora/CONVENTIONS.md, line-break hyphens: soft hyphens
    go): ``inter\xadnationale``, ``RAPPOR\xadTETJES``; one before ``en``/``of``/``tot`` is a shared part's hyphen,
    written as one (``Locaalspoor-en Tramwegwet``, as the golds write ``meet-en``)."""
    if "\xad" not in value:
        return value
    return re.sub(r"(?<=[^\W\d_])\xad(?=(?:en|of|tot)\b)", "-", _SOFT_HYPHEN_RE.sub("", value))


def _without_stray_tail(title: str) -> str:
    """A title without what OCR printed after its closing full stop (``... dienstjaar 189'.»``, ``... enz. W!``), and then
    without that full stop unless it ends an abbreviation (``enz.``), as any title."""
    stray = _STRAY_TAIL_RE.search(title)
    if stray is None or not re.search(r"[^\W\d_]", title[: stray.start()]):
        return title
    return prewar.without_full_stop(title[: stray.start()])


# Three parts or more joined by hyphens ("'s-Graven-hage", "Neder-landsch-Indië", "Sta-ten-Generaal").
_HYPHEN_CHAIN_RE = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+){2,}(?![\w-])")


def _join_line_breaks(value: str, page: PageSpelling) -> str:
    """A title's hyphens that a printed line break made: known by ``line_break_hyphen`` (a portfolio's word counts as
    printed whole: ``Volkshuis-vesting``, ``Econo-mische``), else by ``no_word_part``. In a chain of three parts or
    more, a hyphen before a part in small letters goes where the page prints the two parts joined, alone or in
    another form (``'s-Graven-hage`` beside ``'s-Gravenhage``, ``Neder-landsch-Indië``)."""
    whole = portfolio_words()

    def chain(match: re.Match[str]) -> str:
        parts = match.group().split("-")
        out = parts[0]
        for part in parts[1:]:
            last = out.rsplit("-", 1)[-1]
            joined = (last + part).lower()
            if part[:1].islower() and (joined in page.words or joined in page.parts or joined in whole):
                out += part
            else:
                out += "-" + part
        return out

    def pair(match: re.Match[str]) -> str:
        known = line_break_hyphen(match.group(1), match.group(2), page, whole)
        if known is None:
            known = no_word_part(match.group(1), match.group(2), page)
        return match.group(1) + match.group(2) if known else match.group()

    return HYPHENATED_WORD_RE.sub(pair, _HYPHEN_CHAIN_RE.sub(chain, value))



_LETTER_TITLE_RE = re.compile(r"Brief van (?:de|den) (?:Minister|Staatssecretaris|Minister-President)\b")


def _doc_type(r: Reading) -> str | None:
    if r.fields["heading"]:
        return doc_type_of(r.fields["heading"])  # a table's title too: a stuk of no listed kind (CONVENTIONS.md)
    if r.layout == "prewar":  # a page that opens inside a stuk: its running head names no kind of stuk
        return None
    if r.fields["subject"] and r.fields["date"] and r.fields["addressee"]:
        return "brief"
    if r.fields["dossiers"] and _LETTER_TITLE_RE.match(r.fields["dossiers"][0]["title"] or ""):
        # a letter printed under no heading of its own, its dossier titled by it (1950s: "ZITTING 1955—1956 — 4261" /
        # "Brief van de Minister van Maatschappelijk Werk betreffende ..." / "No. 1" / "Aan de Heer Voorzitter ...")
        return "brief"
    if r.fields["ondernummer"] or r.fields["dossiers"]:
        return "other"
    return None
