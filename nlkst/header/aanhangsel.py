"""Written questions with their answers (*Aanhangsel van de Handelingen*), from the 1920s to today.

``Aanhangsel van de Handelingen`` (or ``AANHANGSEL TOT HET VERSLAG VAN DE HANDELINGEN DER TWEEDE KAMER``),
the item's number, ``Vragen van het lid X (Partij) aan de Minister van Y over Z (ingezonden <date>).``
and the answer, ``Antwoord van Minister W (Portefeuille) (ontvangen <date>).`` (older: ``ANTWOORD van de
heer W, Minister van Y. (Ingezonden <date>.)``; a ``Mededeling`` when the answer is put off). A page may
hold several items or open inside one: its header is the first item whose heading starts on it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources
from ..gazetteer import common_words, name_particles
from ..offices import ROLE_RE, fold_portfolio, parse_offices, portfolio_gazetteer, portfolio_key
from .kamerstuk import CHAMBER_RE, VERGADERJAAR_RE
from .lines import HYPHENATED_WORD_RE, PageSpelling, dehyphenate, keeps_hyphen, line_break_hyphen, split_lines
from .state import Reading
from .values import lookalike_years, parse_date

def _broken(word: str) -> str:
    """A pattern for ``word`` that OCR may have broken with a hyphen anywhere (``Ont-vangen``)."""
    return r"(?:[-\xad]\s?)?".join(word)


# "Ingezonden", also as OCR has it: "In-gezonden", "lngezon-den", "!nge-zonden"; "(Ingezonden dd. 21 januari 1993)".
# OCR's further forms: "In-(;czonden", "In-gezondcn" (c for e).
_SENT = r"(?:[Il1!]n[-\xad]?\s?\S{0,3}?[-\xad]?\s?zon[-\xad]?\s?d[ce]n|Ingekomen)(?:\s+d\.?\s?d\.?)?"
# The month may be broken by a printed line break that OCR read as "~" ("nc~ vember").
# OCR may also split the month with a space ("29 novenv ber 1974"), read a day's 1 as I ("II oktober") or put a
# full stop inside the day ("2.1 Juli 1920").
_LOOSE_DATE = (
    r"(?P<day>[0-3lI]?[\s.]?[0-9lIO])\s*(?P<month>[A-Za-z](?:[A-Za-z\xad-]|~\s?){2,12}(?: [a-z]{2,6}(?=\.?\s*(?:1[89]|20)\d\d))?)"
    r"\.?\s*(?P<year>1[89]\d\d|20\d\d|jl(?=\.?\s*\)))"  # "(Ingezonden 27 november jl.)": no year, no ISO date
)
# The page head, also as OCR has it: "TüT", "ÏOT SET", "lot het", "VEESLAG", "VAN J)E", "l)K HANDELINGEN DEE",
# "HANDEMNGEN", its spaces lost ("AANHANGSELTOTHETVERSLAGVANDEHANDELINGEN"), or its line cut after "VERSLAG VAN".
_INTRO_RE = re.compile(
    r"(?im)aanhangsel\s*(?:van\s+de\s+handelingen|\S{3}\s*\S{2,4}\s*ve[rbe]\w{1,4}\s?\w?\s*van"
    r"(?:\s*\S{2,3}\s*hand\S{4,7}|[ \t]*$))"
)
# "Vragen van het lid ...", "1659. VRAGEN van de leden ...", "VRAAG van den heer ...", "543 Vraag van ...";
# the number as OCR may have it: its digits spaced ("1 4 0 .", "307 8."), or one of them garbled ("37©.") or all
# ("***•"), then the item is read without its number.
ITEM_RE = re.compile(
    r"(?m)^[ \t]*(?:(?P<nr>(?=[\dSOIl ]{0,6}\d)[\dSOIl](?: ?[\dSOIl]){0,3})(?:[ \t]?[.,»^•])?[ \t]+"
    r"|(?=\S{0,4}[\d£©*•^»])\S{1,5}[ \t]+)?(?P<heading>(?:(?:Nadere|NADERE|Aanvullende|AANVULLENDE)[ \t]+)?"
    # OCR's E for R: "VEAGEN" (as "VEESLAG"); a narrow column may print the heading a word a line
    # ("VRAGEN\nvan\nmevrouw\nKlaassens-Postema ...", sgd-0000216979)
    r"(?:V[RE]AG[A-Z]N|VRAAG|Vragen|Vraag|vragen)(?:[ \t]+|[ \t]*\n[ \t]*)van(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?P<who>(?:(?!\(\s*" + _SENT + r")[^\n]|\n(?![ \t]*\n)){10,900}?)"
    r"\s*\(?\s*(?i:" + _SENT + r")[ \t,]*\n?[ \t]*" + _LOOSE_DATE + r"(?:\s*\.?\s*[)}])?)\.?"
)
# The answer; a "Brief van Minister X (...)" may stand for it (sgd-0000206458).
# OCR may also lose a portfolio's opening bracket ("Minister Lubbers Economische Zaken). (Ontvangen", sgd-0000188231):
# a closing bracket right before the bracket of the date closes no bracket of its own (``_unopened_portfolio``).
# Any bracket that the next bracket after it does not close is OCR's, for a letter of the name: a particle's "d"
# ("Ruys (Ie Beereubrouck, Minister ... (Ingezonden", sgd-0000303467), a capital ("Alting von («eusau, Minister van
# Oorlog. (Ingezonden", sgd-0000322603); a portfolio's bracket is closed before the date's opens.
_WHO_CHAR = (r"(?:[^()]|\((?=[^()\n]{1,300}\()|\)(?=\.?[ \t]*\((?i:ontv|inge)))")
_ANSWER_RE = re.compile(
    r"(?m)(?:^|(?<=\s))(?:\d{1,4}\.\s+)?(?:Nader\s+)?(?:(?:[Aa]n[tli]wo[oi][ri]d|ANTWOO[RE]D|[Mm]ededeling|MEDEDELING|Brief|BRIEF"
    # after the label "Antwoord" OCR may garble the second word ("Antwoord Akkoord van"), or join it to "van"
    # ("Antwoord Antwoorden Minister Van Dam")
    r"|(?<=^Antwoord\s)[A-Z][a-z]{3,9})\s+van\s+|(?<=^Antwoord\s)Antwoorden\s+(?=[Mm]inister|[Ss]taatssecretaris))(?P<who>" + _WHO_CHAR + r"{3,400}?(?:\([^()]{2,120}\)" + _WHO_CHAR + r"{0,400}?){0,3})"
    # "(Ontvangen", also OCR'd "fingezonden", and "(Ingezonden bij brief van 24/30 December 1918)"
    r"\s*(?:\(|\bf(?=[Ii]ngez))?\s*(?i:" + "|".join(map(_broken, ("ontvangen", "ingezonden", "ingekomen")))
    + r")(?:\s+bij\s+brief\s+van)?[ \t,]*\n?[ \t]*(?:[0-3]?\d\s?/\s?(?=[0-3]?\d\s))?" + _LOOSE_DATE + r"\s*\.?\s*\)?"
)
# A second office answers with the first: "Minister Ruding (Financiën) en Minister Schoo (Ontwikkelingssamen-
# werking)" (OCR may have "van" for "en"), "de heren Suurhoff, Minister van Verkeer en Waterstaat, en Vondeling,
# Minister van Financiën".
_SECOND_ANSWERER_RE = re.compile(
    r"(?<=\))\s+(?:en|van)\s+(?=(?:Minister|Staatssecretaris|minister|staatssecretaris)\b)"
    r"|,\s+en\s+(?=(?:de\s+heer\s+|mevrouw\s+|mejuffrouw\s+)?[A-Z][^\W\d_]+(?:\s+[A-Za-z][^\W\d_]*){0,3}[,.]\s+"
    r"(?:Minister|Staatssecretaris|minister|staatssecretaris)\b)"
)
# "1926—1927. II, Aanhangsel", also as OCR has it: "1929—1930.. II. Aanhangsel.", "1931—1932. I I . Aanhangsel.",
# "1913—1914. — TI. Aanhangsel,", "1919—1920. — II. Annhan?sel.", "1907—1908. — II. -" / "Aanhangeel."
_FOOTER_YEARS_RE = re.compile(
    r"(?P<y1>1[89]\d\d|20\d\d)\s*[-—–]\s*(?P<y2>1[89]\d\d|20\d\d)[.,]{0,2}\s*(?:—\s*)?"
    r"(?:(?P<roman>[IH1lT](?:\s?[IHl1L])?)\s?[.,]?\s*)?(?:[—-]\s*)?,?\s*'?A[an]\w?han(?:gsel\b|\S{1,5})"
)
# "Deel III Aanhangsel Tweede Kamer, Zitting 1952—1953"; a foot line alone: "Deel in Zitting 1956—1957",
# "Zittmg 1970-1971" (with "TWEEDE KAMER" under it)
_FOOTER_SESSION_RE = re.compile(
    r"Aanhangsel\s+(?:Tweede|Eerste)\s+Kamer,?\s+Zitting\s+(?P<y1>1[89]\d\d|20\d\d)\s*[-—–]\s*(?P<y2>1[89]\d\d|20\d\d)"
    r"|(?m:^[ \t]*(?:Deel\s+\w{1,4}\s+)?(?:Buitengewone\s+)?Zitt\w{1,3}\s+(?P<y3>1[89]\d\d|20\d\d)\s*[-—–]\s*"
    r"(?P<y4>1[89]\d\d|20\d\d)(?:\s+Aanhangsel)?[ \t]*$)"
)
_FOOTER_CHAMBER_RE = re.compile(r"(?i)\b(?P<house>tweede|eerste)\s+kamer\b(?=[^\n]{0,40}aanhangsel|\s*$)")
_OLD_CHAMBER_RE = re.compile(r"(?i)handelingen\s+\w{2,3}\s+(?P<house>tweede|eerste)\s+kam[a-z]{1,2}\b")  # OCR: "KAMEE"
_ASKER_TITLE_RE = re.compile(
    r"^(?:het[.,]?\s+lid|de[.,]?\s+leden|de[.,]?\s+kamerleden|(?:den?[.,]?\s+)?(?:heer|heeren|heren|lieer|beer|hecr|hoer)"
    r"|mejuffrouw|mevrouw)[.,]?\s+",
    re.IGNORECASE,  # a stray mark OCR set after the article or the title: "VRAGEN van den. heer Polak" (sgd-0000044587)
)
def _may_break(word: str) -> str:
    """``word`` as a pattern that a printed line break may cut, as flattened OCR keeps it (``betref -fende``)."""
    return r"(?:\s?-\s?|,?\s)?".join(word)


_SUBJECT_RE = re.compile(
    r"\s(?:(?:over|" + _may_break("betreffende") + r"|inzake|in\s+zake|in\s+verband\s+met|m\.b\.t\.|met\s+betrekking\s+tot"
    r"|naar\s+aanleiding\s+van|n\.a\.v\.|ten\s+aanzien\s+van|t\.a\.v\.|" + _may_break("omtrent") + "|"
    + _may_break("aangaande") + r"|ter\s+zake\s+van):?\s+"
    # "over" with OCR's lost space ("overde huisvesting", "overeen"); "betr." the old abbreviation
    r"|over(?=(?:de|het|een)\s)|betr\.\s*|betrek\s?kel(?:ij|y)k,?\s+)", re.IGNORECASE
)
# A word of an asker's name: initials, a capitalised part (double names with a hyphen), a surname's particle.
_PARTICLES = "|".join(re.escape(word) for word in name_particles())  # resources/name_particles.txt
_NAME_WORD_RE = re.compile(r"(?:[A-Z]\S*|(?:" + _PARTICLES + r"))(?:-[^\W\d_]+)*")
_ADDRESSED_RE = re.compile(r",?\s+aan\s+(?:de|den|het)\s+(?:Minister|Staatssecretaris|minister|staatssecretaris|Regering)", re.IGNORECASE)
_ABBREVIATION_END_RE = re.compile(r"(?:\b(?:jl|a\.s|c\.s|e\.a|enz|etc|resp|i\.v\.m)|(?<![\w-])[A-Z]|(?<![^\W\d_])(?:[a-z]\.){2,}[a-z])\.$")


# A late answer printed as an item of its own, naming the questions it follows up: "70." / "ANTWOORD van de heeren
# Verschuur en Deckers, Ministers van ... (ingezonden 6 Januari 1930), ten vervolge op de beantwoording van vragen van
# den heer van Zadelhoff in verband met ... (Zie Aanhangsel, bladz. 43.)" (sgd-0000042541; sgd-0000260653, 1962); also
# "..., op de vragen van den heer Franssen, betreffende ..." (sgd-0000314365, 1921).
_LATE_ANSWER_RE = re.compile(
    r"(?m)^[ \t]*(?:(?P<nr>\d{1,4})\.[ \t]*\n?[ \t]*)?(?P<heading>ANTWOORD[ \t]+van[ \t]+(?P<who>[^()\n]{5,300}?)\s*"
    r"\(\s*(?i:" + _SENT + r"|ontvangen)[ \t,]*" + _LOOSE_DATE + r"\s*\)\s*,\s*(?:ten\s+vervolge\s+op|op(?=\s+de\s+vra))\s+"
    r"(?P<rest>[^\n]{10,1200}?))\.?[ \t]*$"
)


def find(text: str) -> re.Match[str] | None:
    """The first item whose heading starts on this page, where the text is an Aanhangsel."""
    intro = _INTRO_RE.search(text[:1500])
    late = _LATE_ANSWER_RE.search(text)
    for item in ITEM_RE.finditer(text):
        if intro or item.start() < 400 or re.search(r"(?i)aanhangsel", text[-400:]):
            if _iso(item) or item.group("year") == "jl":
                return late if intro and late and late.start() < item.start() and _iso(late) else item
    return late if intro and late and _iso(late) else None


def _read_late_answer(r: Reading, item: re.Match[str]) -> None:
    """A late answer's item: its number, its sentence as heading, the askers and subject of the questions it
    follows up, sender, co-senders and date from its own office and date; no question date is printed."""
    page = PageSpelling.of(r.text)
    if item.group("nr"):
        r.set_ondernummer(item.start("nr"), item.group("nr"))
    r.fields["heading"] = _clean(r.text[item.start("heading"):item.end("heading")], flattened=True, page=page)
    r.mark(item.start("heading"), item.end("heading"), "heading")
    rest = _clean(item.group("rest"), flattened=True, page=page)
    asked = list(re.finditer(r"\b(?:vragen|vraag)\s+van\s+", rest))
    if asked:
        questions = re.sub(r"(?:\s*\([^()]*\))+\.?$", "", rest[asked[-1].start():]).rstrip(" .")
        askers, subject = _askers_and_subject("Vragen van " + questions[asked[-1].end() - asked[-1].start():])
        r.fields["askers"] = askers or None
        r.fields["subject"] = subject
    r.body_start = item.end()
    _read_answer(r, item, page)


def find_page_head(text: str) -> re.Match[str] | None:
    """The Aanhangsel's page head (``AANHANGSEL TOT HET VERSLAG VAN DE HANDELINGEN DER TWEEDE KAMER.``) at the
    start of a line among a page's first lines, for a page on which no item starts (it opens and ends inside an
    answer, sgd-0000300365)."""
    for line in split_lines(text, 0, min(len(text), 600), limit=6):
        head = _INTRO_RE.match(line.text.lstrip("-"))
        if head:
            return _INTRO_RE.search(text, line.start)
    return None


def read_page(r: Reading, head: re.Match[str]) -> None:
    """A page that opens inside an item: doc_type, and chamber and vergaderjaar from its head and foot; no item
    number, heading or answer (the page does not print them)."""
    r.layout = "aanhangsel"
    r.fields["doc_type"] = "aanhangsel"
    line_end = r.text.find("\n", head.end())
    _read_chamber_and_year(r, len(r.text) if line_end < 0 else line_end)
    intro = re.compile(r"(?i)[ \t]*(?:vragen|schriftelijk)\b[^\n]*\n?")
    body = len(r.text) if line_end < 0 else line_end + 1
    while (following := intro.match(r.text, body)) and following.end() > body:
        body = following.end()
    r.body_start = body
    undated = _UNDATED_ITEM_RE.search(r.text, body)
    answer = _UNDATED_ANSWER_RE.search(r.text, undated.end()) if undated else None
    if undated and answer:
        _read_undated(r, undated, answer)
        if r.fields["date"] is None:
            _read_oral_sitting(r, undated.start())


# The undated questions of 1906-1908 (no "Ingezonden"; sgd-0000352005, sgd-0000354293): "18. VRAAG van den heer
# Roodhuyzen, betrek kelyk de indiening van ... ten gevolge van de opheffing." (one sentence over one or two lines),
# answered by "ANTWOORD van den heer Heemskerk, Minister van Binnen-landsche Zaken:".
_UNDATED_ITEM_RE = re.compile(
    r"(?m)^[ \t]*(?:(?P<nr>\d{1,4})[.,][ \t]+|\S{1,3}-)?(?P<heading>(?:VRAGEN|VRAAG)[ \t]+van[ \t]+"
    r"(?P<who>[^\n]{10,400}?(?:\n[^\n]{1,300}?)?))\.[ \t]*$"
)
_UNDATED_ANSWER_RE = re.compile(r"(?m)^[ \t]*ANTWOORD\s+van\s+(?P<who>[^():\n]{5,200}?):")


def _read_undated(r: Reading, item: re.Match[str], answer: re.Match[str]) -> None:
    """Number, heading, askers and subject of an undated item, and the answering office; no dates."""
    if item.group("nr"):
        r.set_ondernummer(item.start("nr"), item.group("nr"))
    page = PageSpelling.of(r.text)
    heading = _clean(r.text[item.start("heading"):item.end("heading")], flattened=False, page=page)
    r.fields["heading"] = heading
    r.mark(item.start("heading"), item.end("heading"), "heading")
    askers, subject = _askers_and_subject(heading)
    r.fields["askers"] = askers or None
    r.fields["subject"] = subject
    who = re.sub(r"\s+", " ", _clean(answer.group("who"), flattened=True, page=page))
    sender = _spaced_portfolio(_office(who))
    if sender:
        r.fields["sender"] = sender
        r.mark(answer.start("who"), answer.end("who"), "sender")
    r.body_start = item.end()


def read(r: Reading, item: re.Match[str]) -> None:
    """Chamber, vergaderjaar, number, heading, askers, subject and question date from the item; sender,
    co-senders and date from its (first) answer."""
    r.layout = "aanhangsel"
    text = r.text
    r.fields["doc_type"] = "aanhangsel"
    _read_chamber_and_year(r, item.start())
    if item.re is _LATE_ANSWER_RE:
        _read_late_answer(r, item)
        return
    _read_number(r, item)
    heading_start = item.start("heading")
    flattened, compounds, page = _is_flattened(text, item), _compounds(text), PageSpelling.of(text)
    # The heading is the "Vragen van ..." sentence with its "(Ingezonden <date>)" (the spec's example).
    r.fields["heading"] = _clean(text[heading_start:item.end("heading")], flattened=flattened, compounds=compounds, page=page)
    r.mark(heading_start, item.end("heading"), "heading")
    questions = _clean(text[heading_start:item.end("who")], flattened=flattened, compounds=compounds, page=page)
    questions = questions.rstrip(" ,")
    if questions.endswith(".") and not _ABBREVIATION_END_RE.search(questions):
        questions = questions[:-1].rstrip()
    askers, subject = _askers_and_subject(questions)
    for asker in askers:  # a name broken at a printed line's end ("Her-mans", "Van Ros-sum"): one heading, one name
        whole = _BROKEN_NAME_RE.sub(r"\1\2", asker)
        if whole != asker:
            r.fields["heading"] = r.fields["heading"].replace(asker, whole, 1)
    askers = [_BROKEN_NAME_RE.sub(r"\1\2", asker) for asker in askers]
    r.fields["askers"] = askers or None
    r.fields["subject"] = subject
    if askers:
        r.mark(item.start("who"), item.end("who"), "askers")
    question_date = _iso(item)
    r.fields["question_date"] = question_date
    r.mark(item.start("day"), item.end("year"), "question_date")
    r.body_start = item.end()
    next_item = ITEM_RE.search(text, item.end())
    answer = _ANSWER_RE.search(text, item.end(), next_item.start() if next_item else len(text))
    if answer is None and next_item is not None:
        # One answer to two sets of questions: the item after this one, then the answer to both.
        after_next = ITEM_RE.search(text, next_item.end())
        answer = _ANSWER_RE.search(text, next_item.end(), after_next.start() if after_next else len(text))
        above_next = text[max(0, next_item.start() - 8):next_item.start()]
        # the same members asking again: one answer to both sets (sgd-0000182478, "nrs. 587 en 642")
        same_askers = bool(askers) and _askers_and_subject(
            _clean(text[next_item.start("heading"):next_item.end("who")], flattened=flattened, page=page))[0] == askers
        if answer and not same_askers and not _answers_both(text[next_item.start():answer.start()], above_next):
            answer = None
    if answer:
        _read_answer(r, answer, page)
        _question_year_after_answer(r)
    if r.fields["vergaderjaar"] is None:
        _read_handelingen_foot(r)
    if question_date is None and item.group("year") == "jl":
        _read_last_past_date(r, item)


# The questions answered orally in a sitting (1906-1910): "Mondeling beantwoorde vragen." over the sitting, "(VERGADERING
# VAN VRIJDAG 28 SEPTEMBER 1906.)" (OCR: "(VEKÜAUEKI.NG VA\ VIUJDAU 27 MAAKT 1908.)"), over the items.
_ORAL_HEAD_RE = re.compile(r"(?i)mondeling\s+beantwoorde\s+vragen")
_SITTING_LINE_RE = re.compile(
    r"(?m)^[ \t]*\(\s*V\S{5,14}\s+V\S{1,3}\s+[A-Z]\S{3,9}\s+(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3,10})\s+(?P<year>1[89]\d\d)\.?\s*\)[ \t]*$"
)


def _read_oral_sitting(r: Reading, item_start: int) -> None:
    """A question answered orally is dated by the sitting it was answered in: the last sitting line between the
    page's ``Mondeling beantwoorde vragen`` head and the item (no ``Ingezonden``, no ``Ontvangen``)."""
    head = _ORAL_HEAD_RE.search(r.text, 0, item_start)
    if head is None:
        return
    sittings = list(_SITTING_LINE_RE.finditer(r.text, head.end(), item_start))
    iso = parse_date(*sittings[-1].group("day", "month", "year")) if sittings else None
    if iso:
        r.fields["date"] = iso
        r.mark(sittings[-1].start("day"), sittings[-1].end("year"), "date")


def _answers_both(second_item: str, above: str = "") -> bool:
    """Whether a second set of questions comes back to the first (``Zie eerdere vragen``, ``vragen ...
    ingezonden <date>``, ``nog steeds niet beantwoord``), or is the second part of one item (``II`` on the line
    above it, sgd-0000206458): then the answer after it answers both."""
    if re.search(r"(?m)^[ \t]*II[ \t]*\n[ \t]*\Z", above):
        return True
    return bool(re.search(r"(?i)eerdere\s+vragen|nog\s+(?:steeds\s+)?niet\s+beantwoord|vorige\s+vragen", second_item))


def _read_answer(r: Reading, answer: re.Match[str], page: PageSpelling) -> None:
    who = _clean(answer.group("who"), flattened=True, page=page)
    who = re.sub(r"(?i)\b(minister)-?(president)\b", r"\1-\2", who)  # a compound, not a broken word
    who = re.sub(r"(?i)\b(minister|staatssecretaris)(van|voor)\b", r"\1 \2", who)  # OCR: "de Ministervan Justitie"
    who = re.sub(r"\b([Mm]inister|[Ss]taatssecretaris)(?=[A-Z][a-z])", r"\1 ", who)  # OCR: "ministerTer Beek"
    # "Minister van Staat" is a title of honour, no office: "de heer Colijn, Minister van Staat, Minister van Koloniën"
    who = re.sub(r"\bMinister\s+van\s+Staat,\s+(?=(?:Minister|Staatssecretaris)\b)", "", who)
    # nor is the chair of the council of ministers before 1945 ("..., Voorzitter van den Raad van Ministers", OCR'd
    # "Voor-litter"): the office is the ministry named before it
    who = re.sub(r"(?i),?\s+voor-?\s?[zl]itter\s+van\s+den?\s+raad\s+van\s+ministers\b", "", who)
    who = _drop_holders(who)
    who = _PORTFOLIO_STOP_RE.sub(_comma_for_stop, who)
    main, _, co = (re.split(r"(,?\s+mede\s+namens\s+)", who, maxsplit=1, flags=re.IGNORECASE) + ["", ""])[:3]
    second = _SECOND_ANSWERER_RE.search(main)
    main, also = (main[: second.start()], main[second.end():]) if second else (main, "")
    co = f"{also} mede {co}".strip() if also and co else also or co
    sender = _office(main)
    co_senders_first: list[dict[str, str | None]] = []
    plural = re.search(r"(?i)\b(?:ministers|staatssecretarissen)\s+(?:van|voor)\s", main)
    if plural:  # "de heeren Ort, Rambonnet en Bosboom, Ministers van Justitie, van Marine en van Oorlog"
        offices = _offices(main[plural.start():])
        sender = offices[0] if offices else sender
        co_senders_first = offices[1:]
    elif "(" not in main and len(ROLE_RE.findall(main)) > 1:
        # Offices whose holders' names stood between them (``_drop_holders``): "de heren Drees, Minister van
        # Buitenlandse Zaken a.i., Zijlstra, Minister van Economische Zaken, en Witte, Minister van ..."
        offices = _offices(main)
        sender = offices[0] if offices else sender
        co_senders_first = offices[1:]
    sender = _spaced_portfolio(sender)
    if sender:
        r.fields["sender"] = sender
        r.mark(answer.start("who"), answer.end("who"), "sender")
    co_senders = co_senders_first + (
        [office for part in re.split(r"\s+mede\s+", co) if part for office in _office_list(part)] if co else []
    )
    co_senders = [_spaced_portfolio(office) for office in co_senders]
    co_senders = [office for i, office in enumerate(co_senders) if office not in co_senders[:i]]
    if co_senders:
        r.fields["co_senders"] = co_senders
        r.mark(answer.start("who"), answer.end("who"), "co_senders")
    iso = _iso(answer)
    if iso:
        r.fields["date"] = iso
        r.mark(answer.start("day"), answer.end("year"), "date")
    if answer.start() < r.body_start + 40:  # the modern layout: the answer's line right under the question's
        first_label = LABEL_RE.search(r.text, answer.end(), answer.end() + 400)
        r.body_start = first_label.start() if first_label else answer.end()


# A holder's name as the answer line prints it: initials, capitalised parts, particles ("De Koster", "Van Rooy",
# OCR's "F.uns").
_HOLDER = r"(?:[A-Z][^\W\d_]*\.?(?:[^\W\d_]+)?|van|de|der|den|ter|ten)(?:\s+(?:[A-Z][^\W\d_]*\.?|van|de|der|den|ter|ten)){0,3}"
_ROLE_AHEAD = r"(?=(?:Minister|Staatssecretaris|minister|staatssecretaris)\b)"
_NAME_BEFORE_OFFICE_RE = re.compile(
    r"(?:,\s+(?:en\s+)?|\s+en\s+)(?:(?:de\s+)?(?:heer|mevrouw|mejuffrouw)\s+)?(?=[A-Z]|(?:van|de|ter|ten)\s+[A-Z])" + _HOLDER + r",\s+" + _ROLE_AHEAD
    + r"|(?<=namens\s)(?:de\s+)?(?:heer|heren|heeren|mevrouw|mejuffrouw)\s+" + _HOLDER + r",\s+" + _ROLE_AHEAD
)
_NAME_AFTER_OFFICE_RE = re.compile(
    r",?\s+(?:de\s+heer|mevrouw|mejuffrouw)\s+" + _HOLDER + r"(?=\s+en\s|\s*[,.(]|\s*$)"
)


# OCR's full stop for the comma inside a portfolio: "Minister van Onderwijs. Kunsten en Wetenschappen."
_PORTFOLIO_STOP_RE = re.compile(r"(?:(?<=\bvan\s)|(?<=\bvoor\s))(?P<first>[A-Z][^\W\d_]+)\.\s+(?P<rest>[A-Z][^.()]{3,60}?)(?=\s*[.(,;]|\s+mede\b|\s*$)")


def _comma_for_stop(match: re.Match[str]) -> str:
    """The portfolio with a comma for OCR's full stop, where that gives a known portfolio (``portfolios.csv``)."""
    joined = f"{match.group('first')}, {match.group('rest')}"
    if fold_portfolio(joined) in portfolio_gazetteer():
        return joined
    return match.group()


def _spaced_portfolio(office: dict[str, str | None] | None) -> dict[str, str | None] | None:
    """An office whose portfolio OCR split or joined with a space (``Economische Za ken``) as the known portfolio
    it spells (``portfolios.csv``), where the letters are the same."""
    if not office or not office.get("portfolio"):
        return office
    letters = re.sub(r"[\W_]", "", office["portfolio"]).casefold()
    for _key, name in portfolio_gazetteer().values():
        if name != office["portfolio"] and re.sub(r"[\W_]", "", name).casefold() == letters:
            return {**office, "portfolio": name}
    return office


def _drop_holders(who: str) -> str:
    """The offices of an answer line without their holders' names, so that each office stands alone:
    ``de heren De Koster, Minister van Defensie, en Engels, Minister van ...`` gives ``... Minister van
    Defensie en Minister van ...``; ``de Staatssecretaris van Financiën, de heer De Goede en de Minister
    van ...`` gives ``de Staatssecretaris van Financiën en de Minister van ...``. The first name, before the
    first office, stays (the office is found after it)."""
    who = _NAME_BEFORE_OFFICE_RE.sub(lambda m: " en " if m.group()[:1] in ", " else "", who)
    role = ROLE_RE.search(who)
    if role:
        who = who[:role.end()] + _NAME_AFTER_OFFICE_RE.sub("", who[role.end():])
    return re.sub(r"\s+", " ", who)


@lru_cache(maxsize=1)
def _KEYS() -> dict[str, str]:
    """Portfolio keys (``BZ``) and the first portfolio the gazetteer gives each."""
    keys: dict[str, str] = {}
    for key, name in portfolio_gazetteer().values():
        keys.setdefault(key, name)
    return keys


LABEL_RE = re.compile(
    r"(?m)^[ \t]*(?:Vraag|Antwoord|Antwooid|VRAAG|ANTWOORD|Mededeling|MEDEDELING|Toelichting|Nader antwoord)"
    r"(?:[ \t]+\d{1,3}(?:[ \t]*(?:,|en|t/m|-)[ \t]*\d{1,3})*)?[ \t]*$"
)
_FURNITURE_RE = re.compile(
    r"(?m)^[ \t]*(?:ah-tk-\d{8}-\d+|(?:\w+\s+)?ISSN\b.*|[’']s-Gravenhage \d{4}\b.*|\d{1,5}|TWEEDE KAMER|EERSTE KAMER|"
    r"(?:Tweede|Eerste) Kamer, (?:vergaderjaar|zitting) \d{4}\s*[-–]\s*\d{4}, Aanhangsel(?: \d+)?|"
    r"(?:Deel \w+ )?Zitting \d{4}\s*[-—–]\s*\d{4} Aanhangsel)[ \t]*$"
)
_FOOTNOTE_RE = re.compile(r"^[1-9]\d?[ \t]+\S")


def non_paragraph_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """What belongs to no paragraph between ``start`` and ``end``: the ``Vraag 1`` / ``Antwoord 1`` labels,
    answer lines and later items' headings (which also break paragraphs), page furniture, and the
    footnotes at a page's foot (numbered lines just above the furniture)."""
    ranges = [(m.start(), m.end()) for m in LABEL_RE.finditer(text, start, end)]
    ranges += [(m.start(), m.end()) for m in _ANSWER_RE.finditer(text, start, end)]
    ranges += [(m.start(), m.end()) for m in ITEM_RE.finditer(text, start, end)]
    lines = split_lines(text, start, end)
    furniture = [i for i, line in enumerate(lines) if _FURNITURE_RE.fullmatch(line.text)]
    ranges += [(lines[i].start, lines[i].end) for i in furniture]
    for i in furniture:  # footnotes stand just above the furniture, after the page's last paragraph
        j = i
        while j > 0 and (j - 1) in furniture:
            j -= 1
        notes = [k for k in range(max(0, j - 6), j) if _FOOTNOTE_RE.match(lines[k].text)]
        if notes and all(len(lines[k].text) < 160 for k in range(notes[0], j)):
            ranges += [(lines[k].start, lines[k].end) for k in range(notes[0], j)]
    return sorted(set(ranges))


_NUMBERED_RE = re.compile(r"(?<=[?.!])\s+(?P<n>\d{1,2})\s*(?=[A-Z«„\"])")


def split_numbered(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line of OCR that holds several numbered questions or answers (``1 Om welke ...? 2 Is bekend
    ...?``) split where the next number in order follows a sentence's end."""
    first = re.match(r"\s*(\d{1,2})\s*(?=[A-Z«„\"])", text[start:end])
    expected = int(first.group(1)) + 1 if first else None
    pieces, piece_start = [], start
    for match in _NUMBERED_RE.finditer(text, start, end):
        n = int(match.group("n"))
        if expected is None or n != expected:
            continue
        pieces.append((piece_start, match.start()))
        piece_start, expected = match.start("n"), n + 1
    pieces.append((piece_start, end))
    return pieces


def _office(text: str) -> dict[str, str | None] | None:
    """``Minister De Jonge (Binnenlandse Zaken)``, ``de heer Drees. Minister van Sociale Zaken.``,
    ``staatssecretaris Gabor (Landbouw, Natuurbeheer en Visserij)``: the answering office."""
    role = ROLE_RE.search(text)
    if role is None:
        return None
    unopened = _unopened_portfolio(text[role.end():])
    if unopened:
        office = parse_offices(f"{role.group('role')} van {unopened}")
        return office[0] if office else None
    bracket = re.search(r"\((?P<portfolio>[^()]+)\)", text[role.end():])
    if bracket and not re.match(r"\s*(?:van|voor)\s", text[role.end():]):
        portfolio = re.sub(r"\s+a\.\s?i\.?$", "", bracket.group("portfolio").strip())
        portfolio = _KEYS().get(portfolio, portfolio)  # "(BZ)": the short key of Buitenlandse Zaken
        office = parse_offices(f"{role.group('role')} van {portfolio}")
    else:
        office = parse_offices(text[role.start():])
        if office and office[0]["portfolio"] is None:
            office = _garbled_van(text[role.start():]) or office
    return office[0] if office else None


def _garbled_van(office_text: str) -> list[dict[str, str | None]]:
    """An office whose ``van`` OCR garbled into a short word in small letters (``Minister urn Oorlog``, ``ran``,
    ``vau``), read where the portfolio after it is a known one (not ``Minister de Graaf``)."""
    repaired = re.sub(r"^(\w+)\s+(?!van\b|voor\b)[a-z]{2,4}\s+(?=[A-Z])", r"\1 van ", office_text)
    office = parse_offices(repaired) if repaired != office_text else []
    return office if office and portfolio_key(office[0]["portfolio"]) else []


def _unopened_portfolio(after_role: str) -> str | None:
    """The portfolio of ``Lubbers Economische Zaken)``, whose opening bracket OCR lost: the longest run of words
    before the lone closing bracket that is a known portfolio (``portfolios.csv``), the holder's name before it."""
    lone = re.match(r"\s+(?P<words>[^()]+)\)", after_role)
    if lone is None:
        return None
    words = lone.group("words").split()
    for first in range(1, len(words)):
        candidate = " ".join(words[first:])
        if fold_portfolio(candidate) in portfolio_gazetteer():
            return candidate
    return None


def _office_list(text: str) -> list[dict[str, str | None]]:
    """``Minister Schoo (Ontwikkelingssamenwerking)`` (one office named as the answerer is) or a list of
    offices (``de Ministers van X en van Y``)."""
    # "de staatssecretaris van Sociale Zaken en Werkgelegenheid, mevrouw Kappeijne van de Coppello": the holder
    # named after the office is no part of its portfolio.
    text = re.sub(r",\s+(?:mevrouw|de\s+heer|mejuffrouw)\s.*$", "", text.strip(" .,"))
    if re.search(r"\([^()]+\)$", text) and len(ROLE_RE.findall(text)) == 1:
        office = _office(text)
        return [office] if office else []
    return _offices(text)


def _offices(text: str) -> list[dict[str, str | None]]:
    """Every office of ``de Ministers van X, voor Y, van Z en van W`` or ``de heer A, minister van X en
    mevrouw B, minister van Y``."""
    role = ROLE_RE.search(text)
    if role is None:
        return []
    parts = re.split(
        r",\s*(?=(?:van|voor)\s)|\s+en\s+(?=(?:van|voor)\s)|,?\s+en\s+(?=(?:de\s+heer|mevrouw|mejuffrouw|(?:de\s+)?"
        r"(?:minister|staatssecretaris)(?:s|sen)?)\b)",
        text[role.start():], flags=re.IGNORECASE,
    )
    offices: list[dict[str, str | None]] = []
    current = role.group("role")
    for part in parts:
        found = ROLE_RE.search(part)
        if found:
            current = found.group("role")
            office = parse_offices(part[found.start():])
        else:
            office = parse_offices(f"{current} {part}")
        offices.extend(o for o in office if o not in offices)
    return offices


def _askers_and_subject(heading: str) -> tuple[list[str], str | None]:
    """The MPs' names as printed and what the questions are about (after ``over``, without «»)."""
    rest = re.sub(r"^(?:Nadere\s+|NADERE\s+|Aanvullende\s+|AANVULLENDE\s+)?(?:V[RE]AG[A-Z]N|VRAAG|Vragen|Vraag|vragen)\s+van\s+", "", heading)
    subject_match = _SUBJECT_RE.search(rest)
    addressed = _ADDRESSED_RE.search(rest)
    ends = [m.start() for m in (subject_match, addressed) if m]
    who = rest[: min(ends)] if ends else rest
    subject = rest[subject_match.end():] if subject_match else None
    if subject:
        subject = re.sub(r"[«»]", "", subject).strip(" ,")
    # A party in brackets ends a name, with or without a comma after it ("Van den Bergh (P.v.d.A.) Ploeg
    # (V.V.D.) en ...", OCR's full stop for the comma: "Masman (P.v.d.A.). Wieldraaijer (P.v.d.A.) en Oele").
    who = re.sub(r"\s*\([^()]*\)[.,]?", ",", who).strip(" ,")
    who = _ASKER_TITLE_RE.sub("", who.strip())
    names = []
    for part in re.split(r"\s*,\s*(?:en\s+)?|\s+en\s+", who):
        part = _ASKER_TITLE_RE.sub("", part.strip(" ,."))
        name = _name_only(part)
        if name:
            names.append(name)
    return names, subject or None


def _name_only(text: str) -> str | None:
    """The name at the start of ``text``, up to the first word that cannot be part of one: askers are names
    only, whatever the heading says after them."""
    words = []
    for word in text.split():  # a short word in small letters may be a particle as OCR has it ("van don Tempel")
        if not (_NAME_WORD_RE.fullmatch(word) or (word.isalpha() and word.islower() and len(word) <= 3)):
            break
        words.append(word)
    while words and words[-1].islower():  # a particle ends no name
        words.pop()
    return " ".join(words) or None


def _read_chamber_and_year(r: Reading, item_start: int) -> None:
    """From the page head above the item, else from the page's footer (``Tweede Kamer, vergaderjaar
    1993-1994, Aanhangsel``, ``Zitting 1973-1974 Aanhangsel / TWEEDE KAMER``, ``1926—1927. II, Aanhangsel``)."""
    text = r.text
    head = text[:item_start]
    chamber = CHAMBER_RE.search(head) or _OLD_CHAMBER_RE.search(head)
    if chamber is None:
        chamber = re.search(r"(?m)^[ \t]*(?P<house>Tweede|Eerste|[TI]weede)[ \t\n]+Kamer\b", head)
    footer = list(_FOOTER_YEARS_RE.finditer(text))
    if chamber is None:
        chamber = _FOOTER_CHAMBER_RE.search(text, footer[-1].start() - 60) if footer else None
        chamber = chamber or (list(_FOOTER_CHAMBER_RE.finditer(text))[-1:] or [None])[0]
    house = chamber.group("house").lower() if chamber else None
    if chamber is None and footer and footer[-1].group("roman"):
        house = "eerste" if len(footer[-1].group("roman")) == 1 and footer[-1].group("roman") != "H" else "tweede"
    if house:
        r.fields["chamber"] = f"{'Eerste' if house.startswith('e') else 'Tweede'} Kamer der Staten-Generaal"
        if chamber:
            r.mark(chamber.start(), chamber.end(), "chamber")
    years = None
    for line in split_lines(text, 0, item_start):
        vj = VERGADERJAAR_RE.match(line.text)
        if vj and vj.group("y2") and int(vj.group("y2")) == int(vj.group("y1")) + 1:
            years = (line.start + vj.start("y1"), line.start + vj.end("y2"), vj.group("y1"), vj.group("y2"))
            break
    if years is None:
        found = [(m, "y1", "y2") if m.group("y1") else (m, "y3", "y4")
                 for m in footer + list(_FOOTER_SESSION_RE.finditer(text, item_start))]
        valid = [(m, a, b) for m, a, b in found if int(m.group(b)) == int(m.group(a)) + 1]
        if valid:
            m, a, b = valid[-1]
            years = (m.start(a), m.end(b), m.group(a), m.group(b))
    if years:
        r.fields["vergaderjaar"] = f"{years[2]}-{years[3]}"
        r.mark(years[0], years[1], "vergaderjaar")


# The foot of the Aanhangsel pages of 1913-1955 where it names no "Aanhangsel" after the years, or OCR garbled them:
# "Handelingen der Staten-Generaal. — 1924—1925, — II.", "Handelingen der Staten-Generaal — Zitting 1951—1952",
# "Handelingen dar Staten-Generaal. — 1821—1922. MRA", "... — 1948—1947,. — IL Aanhangsel."
_HANDELINGEN_FOOT_RE = re.compile(
    r"Handelingen\s+d[ae]r\s+\S{0,2}ta\S{0,2}en-\S?\s?[GC]enera\S{1,2}\.?\s*(?:[—-]\s*)?(?:Zitting\s+)?"
    r"(?P<y1>1[89]\d\d)\s*[-—–]\s*(?P<y2>1[89]\d\d)\b"
)


# A hyphen inside a member's name before small letters that are no particle: a printed line's end, not a double
# surname (those are capitalised on both sides, "Haas-Berger", or go on with a particle, "Beckers-de Bruijn").
_BROKEN_NAME_RE = re.compile(r"\b([A-Z][a-zà-ÿ]*)-(?!(?:" + _PARTICLES + r")\b)([a-zà-ÿ]{2,})\b")


def _read_handelingen_foot(r: Reading) -> None:
    """The vergaderjaar from the foot ``Handelingen der Staten-Generaal. — <jaar>—<jaar>`` where the head and the
    Aanhangsel foot gave none: the session whose two years the printed ones are, each at most one digit off, and
    that holds the question's or the answer's year (``1821—1922`` with a question of 1922: 1921-1922; ``1948—1947``
    with a question of 1947: 1946-1947, not 1948-1949)."""
    years = {d[:4] for d in (r.fields["question_date"], r.fields["date"]) if d}
    for foot in reversed(list(_HANDELINGEN_FOOT_RE.finditer(r.text))):
        first, second = foot.group("y1"), foot.group("y2")
        starts = {int(first), int(second) - 1}
        fits = [s for s in sorted(starts) if _one_digit_off(first, s) and _one_digit_off(second, s + 1)
                and years and years <= {str(s), str(s + 1)}]
        if len(fits) == 1:
            r.fields["vergaderjaar"] = f"{fits[0]}-{fits[0] + 1}"
            r.mark(foot.start("y1"), foot.end("y2"), "vergaderjaar")
            return


def _read_last_past_date(r: Reading, item: re.Match[str]) -> None:
    """A question dated without its year, ``(Ingezonden 27 november jl.)`` (*jongstleden*, the last one past): the
    one day of that name inside the vergaderjaar (or its summer recess) that is not after the answer's date (sgd-0000036034: 27 November
    1989, answered 12 June 1990 in 1989-1990; sgd-0000099339: 28 April 1988, answered 28 June 1988). Where the
    vergaderjaar or the answer's date is not read, or both years fit, no date."""
    if not r.fields["vergaderjaar"] or not r.fields["date"]:
        return
    first = int(r.fields["vergaderjaar"][:4])
    dates = [parse_date(item.group("day").replace(".", ""), _month(item.group("month")), str(year))
             for year in (first, first + 1)]
    # a vergaderjaar opens in September; questions sent in the summer recess before it are printed in it
    fits = [iso for iso in dates if iso and f"{first}-07-01" <= iso <= r.fields["date"]]
    if len(fits) == 1:
        r.fields["question_date"] = fits[0]
        r.mark(item.start("day"), item.end("year"), "question_date")


def _one_digit_off(printed: str, year: int) -> bool:
    """Whether the foot's ``printed`` year is ``year`` but for at most one digit: OCR misreads one digit of a
    year (``1821`` for 1921, ``1948`` for 1946), seldom two."""
    return sum(a != b for a, b in zip(printed, str(year))) <= 1


def _read_number(r: Reading, item: re.Match[str]) -> None:
    """``1659. VRAGEN`` on the item's line, else a number alone on the line just above it."""
    if item.group("nr"):
        raw = item.group("nr")
        after = r.text[item.end("nr"):item.start("heading")]
        following = _number_of(r.text, ITEM_RE.search(r.text, item.end()))
        if following and "." not in after and raw.replace(" ", "")[:-1] == str(int(following) - 1):
            raw = raw.rstrip()[:-1].rstrip()  # "491 VRAGEN" before item 50: OCR's 1 for the full stop of "49."
        r.set_ondernummer(item.start("nr"), _ocr_digits(raw))
        return
    line = _number_line(r.text, item)  # "2 38." alone above the item: OCR's space in the number
    if line:
        r.set_ondernummer(*line)


# A number alone on its line above the item: "2 38." (OCR's space), "781 Herdruk1" (a reprint, with its footnote
# marker).
_NUMBER_LINE_RE = re.compile(r"(?P<nr>\d(?: ?\d){0,3}) ?[.,]?(?:\s+(?i:herdruk)\S{0,2})?")
# ... or at the end of the line above, where flattened OCR ran it on after the last sentence ("... gegeven
# antwoorden. 82."); the word before it is no abbreviation ("blz. 233." is a reference).
_NUMBER_AT_LINE_END_RE = re.compile(r"[a-zà-ÿ]{4,}[.?!]\s+(?P<nr>\d{1,4})\.[ \t]*$")


def _number_line(text: str, item: re.Match[str]) -> tuple[int, str] | None:
    """Where the number above an item stands and the number, passing over a line of a mark or two that OCR made
    of a spot (``*``, ``'i``)."""
    above = split_lines(text, max(0, item.start() - 300), item.start())
    while above and len(above[-1].text) <= 2 and re.fullmatch(r"\W?[A-Za-z]?\W?", above[-1].text):  # "*", "'i", "I"
        above.pop()
    found = _NUMBER_LINE_RE.fullmatch(above[-1].text) if above else None
    if found is None and above:
        found = _NUMBER_AT_LINE_END_RE.search(above[-1].text)
        if found:
            return above[-1].start + found.start("nr"), found.group("nr")
    return (above[-1].start, found.group("nr").replace(" ", "")) if found else None


def _ocr_digits(raw: str) -> str:
    """An item number with OCR's letters for digits read as the digits (``S 3.`` 83, ``20S3.`` 2083, ``S09.`` 809)."""
    return raw.translate(str.maketrans("SOIl", "8011"))


def _number_of(text: str, item: re.Match[str] | None) -> str | None:
    """The number of an item (on its line or alone on the line above), without reading it into a field."""
    if item is None:
        return None
    if item.group("nr"):
        return _ocr_digits(item.group("nr")).replace(" ", "")
    line = _number_line(text, item)
    return line[1] if line else None


def _is_flattened(text: str, item: re.Match[str]) -> bool:
    """OCR of the printed Aanhangsel has each paragraph on one line, its line breaks kept as hyphens
    inside words (``drugsge-bruikers``); text from a PDF breaks lines where the page did."""
    return "\n" not in text[item.start("heading"):item.end("who")].strip() or len(item.group("who")) > 400


def _clean(raw: str, *, flattened: bool, compounds: set[str] = frozenset(), page: PageSpelling | None = None) -> str:
    """One line: soft hyphens out, line-end hyphens joined, and in flattened OCR the hyphens that
    were line ends too (``Rijksmu-seum``, not ``land-en``)."""
    page = page or PageSpelling.of("")
    raw = raw.replace("\xad", "")
    raw = re.sub(r"(?<=[a-zà-ÿ])~\s+(?=[a-zà-ÿ])", "", raw)  # "grensover~ gangen": OCR's "~" for a line break's hyphen
    cleaned = dehyphenate([line.strip() for line in raw.split("\n") if line.strip()], page)
    if flattened:
        # between small letters; OCR's capital I for a small l counts as one ("AI-bers", "Mo-Ienpolder")
        cleaned = re.sub(r"(?:(?<=[a-zà-ÿ])|(?<=\b[A-Z]I))-\s?(?=[a-zà-ÿ]|I[a-zà-ÿ])",
                         lambda m: _inline_hyphen(cleaned, m, page), cleaned)
        for compound in compounds:  # written with its hyphen elsewhere on the page too: a compound
            cleaned = cleaned.replace(compound.replace("-", ""), compound)
    else:  # a line that OCR ran on over a printed line break: "hout-gewas" on a page that prints "houtgewas", "scho-len",
        # a capitalised word too ("Nederland-sche", "Antillia-nen" on a page that prints "Nederlandsche", "Antillianen")
        cleaned = HYPHENATED_WORD_RE.sub(lambda m: m.group(1) + m.group(2) if _ran_on(m, page) else m.group(), cleaned)
    # "Ingezonden" has no hyphen of its own: one inside it is a line break's, however OCR read the letters
    return _SENT_WORD_RE.sub(lambda m: m.group().replace("-", ""), cleaned)


# The "Ingezonden" of the question's date as OCR has it, a line break's hyphen inside: "(In-(;czonden 7",
# "(lngezon-den27juni", "(Inge-zonden7 juni", "(In-gezonden 13".
_SENT_WORD_RE = re.compile(r"(?<=\()[Il1!]n(?=[^\s)\d]*-)[^\s)\d]*?[dl][ce]n(?=\s?\d)")


def _ran_on(hyphenated: re.Match[str], page: PageSpelling) -> bool:
    """Whether a hyphen inside a line of a page that keeps its line breaks is one that OCR ran on from a line's end:
    known to be a line break's (``lines.line_break_hyphen``) and never printed again with it (a hyphen printed twice
    inside lines is the word's own)."""
    left, right = hyphenated.group(1), hyphenated.group(2)
    return bool(line_break_hyphen(left, right, page)) and page.pairs.get((left.lower(), right.lower()), 0) < 2


def _inline_hyphen(text: str, hyphen: re.Match[str], page: PageSpelling) -> str:
    """A hyphen inside a line of flattened OCR, where a printed line break left hyphens too. In order:
    kept before ``en``/``of``/``tot``; dropped where the page prints the two parts as one part of another
    form (``so-ciaal-cultureel`` beside ``sociaal-cultureel``); kept in a chain in small letters
    (``doe-het-zelf-tests``: a printed line holds more than its short parts, so a line break made at
    most one of them); then as ``lines.line_break_hyphen`` knows it: dropped where the page prints the two parts as
    one word (also OCR's capital I read as the l it stands for: ``Mo-Ienpolder`` beside ``Molenpolder``) or a common
    word is split inside a part, kept at a compound's seam (``gemeente-garanties``); where neither is known, kept
    where the page prints the same hyphen again, also after a part that a line break split
    (``protestants-christelijke``, ``Rand-stad-universiteit``; for a capitalised part only if the page prints it
    alone or before another part, or it is a common word: ``Randstad-universiteit``, ``Vasco-werknemers`` beside
    ``Vasco-Mij.``, not ``Eman-cipatiebeleid``); kept where ``keeps_hyphen`` says the hyphen is the word's own, after
    a prefix written with one (``niet-gehuwde``) and before a particle and surname; otherwise dropped as a line
    break's, a part being no word (``AI-bers``, OCR's ``Al-bers``; ``Ti-lanus``)."""
    left = re.search(r"[^\W\d_]*$", text[:hyphen.start()]).group().lower()
    right = re.match(r"[^\W\d_]*", text[hyphen.end():]).group().lower()
    if re.match(r"(?:en|of|tot)\b", text[hyphen.end():]):  # "land-en tuinbouw"
        return hyphen.group()
    if left + right in page.parts:
        return ""
    start = hyphen.start() - len(re.search(r"[\w-]*$", text[:hyphen.start()]).group())
    end = hyphen.end() + len(re.match(r"[\w-]*", text[hyphen.end():]).group())
    chain = text[start:end]
    if chain.count("-") > 1 and chain == chain.lower():
        return hyphen.group()
    ocr_right = "l" + right[1:] if text[hyphen.end():hyphen.end() + 1] == "I" else right  # "Mo-Ienpolder"
    word_start = text[hyphen.start() - len(left):hyphen.start()]
    known = line_break_hyphen(word_start, text[hyphen.end():hyphen.end() + len(right)], page)
    if known or left + ocr_right in page.words:
        return ""
    if known is False:
        return hyphen.group()
    # A hyphen printed again (also where a line break split its first part: "Rand-stad-universiteit"): a
    # compound's, unless a name was broken the same way twice ("Eman-cipatie": "Eman" is no word).
    again = sum(n for (a, b), n in page.pairs.items()
                if (a == left or (left.endswith(a) and len(a) >= 3)) and b.startswith(right))
    a_part = word_start.islower() or left in page.words or left in common_words() or any(
        a == left and not b.startswith(right) for a, b in page.pairs)
    if a_part and len(right) > 3 and again >= 2:
        return hyphen.group()
    if keeps_hyphen(text[:hyphen.start()], text[hyphen.end():], page.words):
        return hyphen.group()
    prefix = left if word_start.islower() else None
    if prefix in _hyphen_prefixes() and not right.startswith(_hyphen_prefixes()[prefix] or ("\0",)):
        return hyphen.group()  # "niet-toekennen", "oud-minister": the prefix's own hyphen
    if len(left) > 3 and _PARTICLE_SURNAME_RE.match(text, hyphen.end()):
        return hyphen.group()  # "commissie-de Vries": a noun named after a person, as "rapport-Langemeijer"
    return ""


# A particle and a surname after a hyphen ("-de Vries", "-van der Stoel"), not a party's abbreviation ("(bei-den
# P.v.d.A.)") nor a word that goes on in small letters.
_PARTICLE_SURNAME_RE = re.compile(r"(?:van\s+(?:de[nr]?\s+)?|de\s+|ter\s+|ten\s+|den\s+|der\s+)[A-Z][a-zà-ÿ]{2,}\b(?!\.)")


@lru_cache(maxsize=1)
def _hyphen_prefixes() -> dict[str, tuple[str, ...]]:
    """Prefixes written with a hyphen (``resources/hyphen_prefixes.txt``) and the endings that make one word
    with each (``niet`` + ``temin``)."""
    rows = resources.rows("hyphen_prefixes.txt")
    return {row[0].strip(): tuple(row[1].split()) if len(row) > 1 else () for row in rows}


def _compounds(text: str) -> set[str]:
    """Hyphenated words that a page prints twice or more in the same form and never without the hyphen
    (``sociaal-cultureel``): compounds, where a line break's hyphen would not recur."""
    counts: dict[str, int] = {}
    for word in re.findall(r"\b[a-zà-ÿ]{2,}-[a-zà-ÿ]{2,}\b", text):
        counts[word] = counts.get(word, 0) + 1
    return {word for word, count in counts.items()
            if count >= 2 and word.split("-")[1] not in {"en", "of", "tot"} and word.replace("-", "") not in text}


def _question_year_after_answer(r: Reading) -> None:
    """A question dated after its own answer: the year as OCR misread one digit of it, where one look-alike of one
    digit (``lookalike_years``) puts the question in the answer's year or the year before, not after it."""
    asked, answered = r.fields["question_date"], r.fields["date"]
    if not asked or not answered or asked <= answered:
        return
    year = asked[:4]
    fits = {
        candidate for candidate in lookalike_years(year)
        if int(answered[:4]) - 1 <= int(candidate) and candidate + asked[4:] <= answered
    }
    if len(fits) == 1:
        r.fields["question_date"] = fits.pop() + asked[4:]


def _iso(match: re.Match[str]) -> str | None:
    """The ISO date of a match of ``_LOOSE_DATE``; OCR's full stop inside the day dropped (``2.1 Juli``)."""
    return parse_date(match.group("day").replace(".", ""), _month(match.group("month")), match.group("year"))


def _month(raw: str) -> str:
    return re.sub(r"[-\xad ]|~\s*", "", raw)
