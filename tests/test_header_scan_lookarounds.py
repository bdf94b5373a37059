"""The lookarounds added for speed change no match: ``VERGADERJAAR_RE`` with its first-letter lookahead finds what
the pattern without it finds, and ``PageSpelling``'s hyphenated forms start where a word starts. Each line is a
real line of ``../shared/corpora/sgd/sgd_ocr.jsonl`` with one of the pattern's forms (over the whole pool the two
patterns found the same matches, hspeed 2026-12-07)."""

import re

from nlkst.header.lines import PageSpelling
from nlkst.header.kamerstuk import VERGADERJAAR_RE

SESSION_LINES = [
    "Vergaderjaar 1994-1995 Nr. 22a",  # sgd-0000000043
    "Eerste Kamer, vergaderjaar 1994-1995, 22 855 (R 1451), nr. 22a",  # sgd-0000000043
    "^/ergaderjaar 1989-1990",  # sgd-0000040782
    "(De vroegere stukken zijn gedrukt onder n°. 411 der Zitting 1928—1929.)",  # sgd-0000042966
    "ZITTING 1948—1949",  # sgd-0000080495
    "Zlttin. 1972-1973",  # sgd-0000210661
    "Ziiting 1967-1968 -9543",  # sgd-0000240726
    "Z1TTJNG 1957—1958 — 5106",  # sgd-0000271696
    "\\/ergaderjaar 1990-1991",  # the pattern's third form
    "ergaderjaar 1990-1991 en Zitting: 1890",  # the bare and the colon forms
]


def test_vergaderjaar_lookahead_finds_what_the_pattern_finds():
    unguarded = re.compile(VERGADERJAAR_RE.pattern.replace(r"(?=[v^\\ez])", "", 1), VERGADERJAAR_RE.flags)
    assert unguarded.pattern != VERGADERJAAR_RE.pattern
    text = "\n".join(SESSION_LINES)
    found = [(m.span(), m.groupdict()) for m in VERGADERJAAR_RE.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in unguarded.finditer(text)]
    assert len(found) == len(SESSION_LINES) + 1
    for line in SESSION_LINES:
        assert VERGADERJAAR_RE.match(line) or VERGADERJAAR_RE.search(line), line


def test_page_spelling_forms_start_where_words_start():
    text = "sociaal-cultureel 3doe-het-zelf-tests Beckers-de Bruijn Volkshuis-vesting x²-as"
    unguarded = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", text)
    page = PageSpelling.of(text)
    assert page.parts == {piece.lower() for form in unguarded for piece in form.split("-")}
    assert sum(page.pairs.values()) == sum(form.count("-") for form in unguarded)
