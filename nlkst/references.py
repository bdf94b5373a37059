"""Parse references to parliamentary and legal documents (ANNOTATION.md section 4).

The grammar is a table of forms (``FORMS``), one entry per way of writing a reference, in
the manner of an extractor table: each ``Form`` has a verbose-mode pattern with a comment
per alternative, the character class that may not come just before it, the method that
builds its records, and the literal strings of which one must be in the text for the form
to be tried at all (a cheap prefilter that keeps the scan fast). A small parser per form
turns a match into one record per referenced document with a canonical id
(``kst-29362-295``, ``h-tk-20212022-38-6``, ``stb-2021-123``,
``jci1.3:c:BWBR0005537&artikel=3:4`` ...). A second pass resolves the references that name
no number (``dit amendement``, ``het wetsvoorstel``, ``voornoemde brief``) to an explicit
reference earlier in the same text or to the header's dossier; without one they get no id.

Regular expressions rather than a model: the forms are closed, the ids must be exact,
and the whole archive has to be scanned quickly.
"""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from collections.abc import Callable, Iterable, Sequence

from . import dossier_lists, laws, resources
from .header.headings import stuk_heading_openings

_S = r"[ \u00a0]"  # a space as printed, including the no-break space of publication pages
# a vergaderjaar: 2019/20, 1994-1995, 1956–1957, and the em dash of 1945-1969 prints: "ZITTING 1956—1957"
_VJ = r"(?:18|19|20)\d{2}" + _S + r"?[/–—-]" + _S + r"?(?:(?:18|19|20)\d{2}|\d{2})(?!\d)"
_NUMBER = r"\d{1,4}[a-z]?(?![\w])"
# A list of ondernummers: "271 en 284", "1-2", "32, I en II", "1 t/m 5"; not a year after a comma.
_NUMBER_LIST = (
    rf"{_NUMBER}(?:{_S}*(?:,|en|-|–|t/m|tot{_S}en{_S}met){_S}*(?!(?:18|19|20)\d\d\b)(?:{_NUMBER}|[IVX]{{1,4}}\b))*"
)
_NR = r"(?:nrs?|nos?|n°|no|nummers?)\.?"
# After "nr." the number may start the next line: "(Kamerstukken 32813, nr.\n952)" in a PDF letter, or
# a paragraph of its own where the publication XML links it: "(\n\n21501-08\n\n, nr.\n\n719\n\n)".
_NR_GAP = r"\s{0,4}"
# A dossier number: "29 362", "29362", OCR "23 9OO".
_DOSSIER_NUMBER = rf"\d{{1,2}}(?:{_S}|\.)?\d[0-9O]{{2}}|\d{{4,6}}"
# Without a keyword in front, a dossier number has five digits ("24691", "21 026"): a
# four-digit number there is a year far more often than an old dossier. (Written "\d\d", not "\d{2}": a pattern
# that opens with a character class, as "short" does with this, is scanned for that class's characters, while one
# that opens with a repeat is tried at every position.)
_SHORT_DOSSIER_NUMBER = rf"\d\d{_S}?\d[0-9O]{{2}}"
# A roman chapter (with its part: "IX B") or a letter after a hyphen, space or comma ("-VII",
# " IX", "-A"), or two digits after a hyphen ("21501-07", "21 501-14": the EU council sub-dossiers).
_SUFFIX = (
    rf"(?:(?:{_S}?[-–]{_S}?|{_S}(?:(?:[Hh]oofdstuk|HOOFDSTUK|[Hh]fdst\.?){_S}?)?|,{_S}(?=[IVXLC]+,)"  # hoofdstuk VII,
    rf"|(?<=\d)(?=[IVXLC])"                                                                        # hfdst. IX B
    rf"|,{_S}(?:[Hh]oofdstuk|HOOFDSTUK|[Hh]fdst\.?){_S}?(?=[IVXLC]))"          # a footer's "20 800, hfdst. IX B"
    rf"(?:[IVXLC]{{1,6}}(?:{_S}?[A-F](?![\w]))?|[A-Z])"
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
# A dossier written without keyword, as agenda lists print it: five digits, 10000-39999.
_BARE_DOSSIER = r"[1-3]\d{4}"
# In brackets after a bill's title a dossier may be printed with its thousands space: "(19 527)".
_BRACKETED_DOSSIER = rf"[1-3]\d{_S}?\d{{3}}"
# What a bare dossier may carry: a roman chapter ("36410-XV") with its part ("19700-IXA"), a letter ("36200-A"),
# a sub-dossier ("21501-32").
_BARE_SUFFIX = r"-(?:[IVXLC]{1,6}[A-F]?|[A-Z]|\d{2})(?![\w])"
# The same chapter or letter without the hyphen, as lists and brackets of bills print it: after a space ("13 100 IXA,
# 13 100 XVIII en 13 100 H", "(6100 C)", "17 600 IX B") or glued ("4100C", "13 100IXA"). Never a word, an initial or
# an abbreviation ("3400 H.A.", "1124 B. W.", "1000 E.O.", "2360 T-e Kamer", "4000 H. de Vries": a lone letter takes
# no full stop after it), nor the letter before an amount's decimals ("1178C,00").
_LIST_SUFFIX = (rf"(?:{_S}|(?<=\d))(?:[IVXLC]{{2,6}}(?:{_S}?[A-F])?(?![\w'-])"  # a roman chapter, its part: IXA, IX B
                rf"|[A-Z](?![\w'.-]))(?!,\d)")                                  # a letter, a one-letter chapter: H, V
_ANY_SUFFIX = rf"(?:{_BARE_SUFFIX}|{_LIST_SUFFIX})"
# A bill's number after "wetsontwerp(en) nr(s).": "8545", "15 014", "10 098" (not a part of a longer number).
_BILL_NUMBER = rf"(?:\d{{1,2}}{_S}?\d{{3}}|\d{{4}})(?![\d]|\.\d)"
# OCR spaces between the digits of a dossier number or a session, only where a citation's frame says what the
# number is (a footer after "vergaderjaar", brackets with "nr."): "1 6 092", "1 7 496", "1988-1 989".
_SPACED_DOSSIER = rf"[1-3](?:{_S}?\d){{4}}(?!\d)"
_SPACED_VJ = rf"1{_S}?[89](?:{_S}?\d){{2}}{_S}?[/–-]{_S}?1{_S}?[89](?:{_S}?\d){{2}}(?!\d)"
_LID = "|".join(laws.LID_NUMBERS)
# "2de", "1ste", "3e" as a lid's ordinal ("artikel 120, 2de lid, der Grondwet").
_ORDINAL = r"[1-9]\d?(?:ste|de|e)"
# A lid after one article of a list, another article following: "artikelen 142, 300, eerste lid, en 350, eerste lid".
_ITEM_LID = rf",{_S}(?:{_LID}|{_ORDINAL}){_S}lid(?=,?{_S}(?:en|of){_S}\d|{_S}?,{_S}?\d)"
# An article number the OCR split after its first digit ("artikel 1 5, tweede lid, van de nieuwe Grondwet"), only
# where a lid or the law's name follows at once: "Artikel 1 1. De geldsbedragen" is article 1, its first lid.
_SPLIT_ARTICLE = (rf"[1-9]{_S}\d{{1,2}}(?=,{_S}(?:{_LID}|{_ORDINAL}){_S}lid|,{_S}lid{_S}\d"
                  rf"|{_S}(?:van{_S}(?:de{_S}|het{_S})?|der{_S})(?:nieuwe{_S})?[A-Z])")
_ARTICLE = (r"\d{1,4}(?:bis|ter|quater|quinquies|[a-z]{0,2})(?:[.:]\d{1,4}[a-z]{0,2}){0,3}"  # 3:4, 26, 8a, 248bis
            r"|[IVXLC]{1,6}[a-z]?")


def _dossier(group: str, number: str = _DOSSIER_NUMBER) -> str:
    return rf"(?P<{group}>{number})(?P<{group}_suffix>{_SUFFIX})?"


@dataclass(frozen=True)
class Form:
    """One way of writing a reference: an entry of the extractor table."""

    name: str
    pattern: str  # verbose mode
    build: str  # the ReferenceParser method that turns a match into a Mention (or None: not a reference)
    literals: tuple[str, ...] = ()  # one of these must be in the text, else the form is not tried
    not_before: str = r"\w"  # a character that may not come just before the match
    # Where the pattern starts, counted back from its literal ("[Mm]otie": 1 before "otie"). Given,
    # the pattern is tried only there, at each place a literal occurs, instead of scanned over the
    # whole text: Python's regex engine finds a pattern that opens with a character class or an
    # alternation of words several times slower than str.find finds the literal.
    lead: int | None = None
    # Patterns one of which every match holds, searched for once each in a text that has a literal before the form
    # is scanned for: for a form whose pattern the regex engine scans slowly (it opens with a digit) or that is tried
    # at a common literal ("nr" is in "inrichting", "-" in every other text); (): no such search. A cue that opens
    # with a character and looks behind it for what comes before ("-(?<=\d{5}-)") is found fast: the engine skips
    # to that character, where one that opens with a digit or a class is tried at every place that may start it.
    cues: tuple[str, ...] = ()


# The word before a stuk's number in its header: "Nr. 55", "No. 11", "NR. 4", without its dot ("Nr 94"), and as
# the OCR prints "Nr." at a header's number: "IMr. 17", "Mr. 22", "Nt. 9" (a number alone on its line after these
# is no title of a person).
_STUK_NR_LITERALS = ("Nr.", "No.", "NR.", "NO.", "Mr.", "Nt.", "Nr ", *(f"\nNr{digit}" for digit in "123456789"))
_STUK_NR = rf"(?:(?:Nr|No|NR|NO|I?Mr|Nt)\.{_S}?|Nr{_S}|Nr(?=\d{{1,4}}[a-z]?[ \t]*\n))"  # glued: "Nr4"
# A stuk's own header (session line, dossier, title, "Nr. 55"); as a pattern of its own for the form at the start.
_STUK_HEADER = rf"""
        \n(?P<session>[^\n]{{0,40}}(?:[Vv]ergaderjaar|[Zz]i[ti]ting|VERGADERJAAR|ZITTING){_S}  # the session,
          (?:{_VJ}|(?:18|19|20)\d\d(?!\d|{_S}?[/–—-]{_S}?(?:18|19|20)?\d\d(?!\d|{_S}\d{{3}}(?!\d))))  # or one
                                                                       # year: "Zitting 1977", "ZITTING 1959 —
                                                                       # 5590" (OCR "Ziiting"), "Zitting 1971
                                                                       # -11 337" (the dossier's thousands, no
                                                                       # second year), not a vergaderjaar's first
            (?:[^\n]{{0,12}}\n                                           # line above, or before it:
               (?P<pre_title>(?=[^\n]{{0,60}}[a-z]{{3}})[A-Z][^\n]{{2,80}}\n)?   # (a budget's title between:
               |{_S}*[-–—]?{_S}*))?                                         # "Rijksbegroting voor het jaar
                                                                       # 1988"); "Zitting 1969-1970 -10 091",
                                                                       # "ZITTING 1956—1957 — 4581"
        (?P<dossier>{_DOSSIER_NUMBER})(?:(?P<suffix>{_SUFFIX})               # a stuk's header: its dossier on a line,
          |(?:{_S}?[-–]{_S}?|{_S}|(?<=\d))(?P<ocr_chapter>[XV][IVX1]{{0,5}}|1[IVX1]{{0,4}})(?=[ \t]*\n))?  # (a chapter
                                                                       # the OCR printed with 1 for I: "21800X111")
        (?:{_S}?\({_S}?R{_S}?\d{{1,4}}\))?                                 # "21 137" (a rijkswet: "(R 1451)"),
        (?P<more>(?:(?:,{_S}?|{_S}en{_S})(?:{_DOSSIER_NUMBER})(?:{_SUFFIX})?   # a joint stuk's other dossiers:
            (?:{_S}?\({_S}?R{_S}?\d{{1,4}}\))?)*)[ \t]*\n                       # "21 952 en 22 052"
        (?:[ \t]*\S{{1,2}}[ \t]*\n)?                                          # (the page's mark: "1", "t", "£")
        (?P<title>(?:(?![ \t]*{_STUK_NR})[^\n]{{3,1000}}\n){{1,4}}?)          # the title, one to four lines,
        [ \t]*(?:[A-Z][A-Z,'-]+(?:{_S}[A-Z][A-Z,'-]*){{0,14}}{_S})?          # and the stuk's number, its kind
        {_STUK_NR}(?P<nr>\d{{1,4}}[a-z]?)(?=\.?[ \t]*\n)                    # before it in capitals or not:
                                                                       # "Nr. 55", "Nr. 29." (1970s), "No. 11",
                                                                       # "VERSLAG No. 4" (1945-1969)
        """


# A dossier of an Eerste Kamer header of 1950-1975, with a budget's or fund's letter: "8300 D", "4100C", "12 381".
_EK_DOSSIER = rf"(?:\d{{1,2}}{_S}\d{{3}}|\d{{4,5}})(?:{_S}?[A-Z](?![a-z]))?"
_EK_RIJKSWET = rf"{_S}?\({_S}?R{_S}?\d{{1,4}}\)"  # a Rijkswet's number after its dossier: "8468 (R 513)"
_ROMAN_CHAPTER = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})[A-F]?")  # a budget chapter as printed right: "VII", "IXB"
_BIJLAGEN_LABEL = rf"""
        \n(?:(?P<mark>[A-Za-eg-z]|[IlHUD][IlHU]{{1,2}}|I{_S}en{_S}I{{1,3}}){_S}(?=\d))?  # (an OCR'd mark of the
                                                                       # page's corner before it: "I 5348 10", "n
                                                                       # 5350 46", of two or three strokes: "III
                                                                       # 5324 22", "II 6299 4", "Il 3325 9", "UI
                                                                       # 3848 16", two volumes' "I en II 2511 26";
                                                                       # not "f" of an amount: the builder needs
                                                                       # the end)
        (?P<dossier>\d{{1,2}}{_S}?\d{{3}}|\d{{3,4}})                          # a Handelingen Bijlagen page's own
        (?P<more>(?>(?:,|{_S}en){_S}(?:[IlHU]{{1,3}}{_S})?                     # (a joint stuk's other dossiers,
          (?:\d{{1,2}}{_S}?\d{{3}}|\d{{3,4}})(?!\d))+)?                          # each after its volume's mark:
                                                                       # "12 010, 12 016 en 12 043 12", "II 3872,
                                                                       # 3873 4", "I 4508, II 4283, 4452 5";
                                                                       # each item atomic: a table's run of
                                                                       # numbers would backtrack through every
                                                                       # split of its digits, 14x the form's time)
        (?P<joint>{_S}?\({_S}?R{_S}?\d{{1,4}}\))?(?P<enz>,?{_S}enz\.)?            # label: "2255 4", "7896 10",
        (?:{_S}(?P<chapter>[IVX]{{1,5}}(?:{_S}?[A-F])?)(?={_S}\d))?             # (a budget's chapter: "10 300 VII 16")
        (?:{_S}|\n(?=[1-9]\d{{0,2}}{_S}?[-–—]{_S}?[1-9]))                     # (the stukken's range may stand on
                                                                       # the next line after a corner's mark: "II
                                                                       # 7121" / "1—3", 17 SGD pages; or at the
                                                                       # page's head: "Bijlagen" / "1466" / "1—4")
        (?P<nr>[1-9]\d{{0,2}})                                              # "10 572 (R 731), enz. 5", or the
        (?:{_S}?[-–—]{_S}?(?P<nr_to>[1-9]\d{{0,2}}))?                        # stukken on the page: "9893 1-3",
        (?:[ \t]+(?P<inline>(?:Gewijzigde?{_S})?(?:Amendement(?:en)?|Motie|Brief|Memorie|Nota|Verslag)  # or the
             {_S}van(?![\w])|(?:GEWIJZIGDE?{_S})?(?:AMENDEMENTEN|AMENDEMENT|MOTIE|BRIEF|MEMORIE|NOTA)  # heading on
             (?![\w]))                                                       # its line: "2245 10 Amendement van"
        |[ \t]*(?:\n|(?P<at_end>\Z))                                         # "160 1—3"; then
        (?P<heading>(?:[A-Z]{{4,}}{_S}){{0,2}}                                  # the stuk's
          (?:KONINKLIJKE|VERSLAG|MEMORIE|NOTA|ONTWERP|AMENDEMENT|MOTIE|EINDVERSLAG     # heading: "VERSLAG",
            |BRIEF|ADVIES|RAPPORT|OPENBARE|VERBETERBLAD|BIJLAGE|ANTWOORD)(?![a-z]))?)  # "MEMORIE VAN ANTWOORD",
        """
# The Eerste Kamer's own body in a text without its header: its eindverslagen are "van het College van Senioren".
_EK_BODY = re.compile(r"College[ \t\n]+van[ \t\n]+Senioren")
_DOSSIER_TITLE_LINE = r"""
        \n[ \t]*(?P<dossier>\d{2}[ ]?\d{3})                                    # a list of bills, each line a
        (?P<rijkswet>[ \t]?\([ \t]?R[ \t]?\d{1,4}\))?[ \t]+(?=[A-Z][a-z])           # dossier and its title: "16911
        """                                                                    # (R 1171) Verandering in de Grondwet"
# What follows "Kamerstuk(ken)" in a citation: chamber, vergaderjaar, dossier and stuk, in the forms below (shared by
# the word as printed whole and as a line's break left it, "Ka-merstuk 13 795", "kamer-stuk nr. 12 831/1").
_KAMERSTUK_CITATION = rf"""
        (?:,?{_S}(?P<chamber>II|I|TK|EK|T\.K\.|E\.K\.|Tweede{_S}Kamer|Eerste{_S}Kamer   # II, TK, Tweede Kamer
            |VV|Verenigde{_S}Vergadering|I[-/]II)(?![\w])                  # the joint sitting
          |{_S}(?P<ocr_chamber>11?)(?=(?:18|19)\d\d{_S}?[/–-]))?            # OCR: "Kamerstukken 111975/1976" (II
                                                                           # glued to the vergaderjaar)
        (?:(?:,?{_S}|(?<=\d))(?:[Zz]itting(?:sjaar)?{_S}|[Vv]ergaderjaar{_S})?
            (?P<vj>{_VJ}|'?\d{{2}}{_S}?/{_S}?'?\d{{2}}(?!\d)                 # 2019/20, 1994-1995, '19/'20;
              |1{_S}[89]\d\d{_S}?/{_S}?\d\d(?!\d)))?(?:,{_S}?|{_S})        # OCR: "1 993/94" (no dossier 1 993);
                                                                           # "1992/1993,23026": no space after the comma
        (?:{_dossier('dossier')}                                           # 29 362, 22 300 IX, 21501-07, 35.510
            (?:(?:{_S}en{_S}(?:{_DOSSIER_NUMBER})(?=,?{_S}{_NR}))?          # a joint stuk: "13974 en 15 649, nr.
                                                                           # 9", under its first dossier
               ,?{_S}(?:[Hh]oofdstuk{_S}(?P<chapter>[IVXLC]+),?{_S}       # hoofdstuk V, or the dossier's
                 |[A-Z][a-z]{{5,20}}(?:{_S}(?:19|20)\d\d)?,{_S})?             # title: "15800, Miljoenennota, nr. 17"
            {_NR}{_NR_GAP}(?P<nrs>{_NUMBER_LIST})                          # nr. 295, nrs. 271 en 284
            |-(?P<dash_nr>[1-9]\d{{0,3}}[a-z]?)(?![\w-])                      # as the site writes it: "Kamerstuk
                                                                           # 30111-108" (two digits: the suffix's)
            |,{_S}(?P<plain_nr>[1-9]\d{{0,3}}[a-z]?)                        # no "nr.": "35 510, 2)" closes
              (?=[);]|\.(?:\s|$)|,?{_S}(?:p|blz|pag)\.)                     #   the reference
            |,{_S}(?:{_NR}{_S}?)?(?P<letter>[A-Z]{{1,2}})(?=[);,]|\.?(?:\s|$))  # an Eerste Kamer stuk: "35 510, A"
            |(?:{_S}?\({_S}?R{_S}?\d{{1,4}}\))?{_S}?\(                      # the Eerste Kamer's numbers in
              (?P<paren_nrs>\d{{1,3}}[a-z]?(?:[,.]{_S}?\d{{1,3}}[a-z]?)*),?\)  # brackets: "13872 (42, 55. 55a)"
            )?
            (?:,?{_S}(?:p|pag|blz|bladzijde)\.?{_S}?                          # p. 12, blz. 3-5, p. 4 e.v.
              (?P<page>\d+(?:{_S}?(?:[-–/]|en){_S}?\d+|{_S}e\.{_S}?v\.)?))?
          |{_NR}{_S}?(?P<bare>\d{{1,2}}{_S}?\d{{3}}(?!\d)                  # Kamerstukken nrs. 13 283, 13 284
               (?:{_S}*(?:,|en){_S}*\d{{1,2}}{_S}?\d{{3}}(?!\d))*
             |{_NUMBER_LIST}))                                             # Kamerstuk nr. 12: own dossier
"""
# The word broken at a line with its hyphen kept, at any of its syllables ("Ka-merstuk", "kamer-stuk",
# "Kamerstuk-ken"): these must be in the text for the form to be tried.
_BROKEN_KAMERSTUK_LITERALS = ("a-merstuk", "a-\nmerstuk", "amer-stuk", "amer-\nstuk", "merstuk-ken", "merstuk-\nken")


FORMS: tuple[Form, ...] = (
    Form("kst_id", r"""
        kst-(?P<dossier>\d+(?:-[A-Z0-9]+)?)     # ids as publication metadata writes them: kst-31490-312
        -(?P<nr>\d+[a-z]?)\b
        """, "_build_kst_id", ("kst-",), lead=0),
    Form("h_id", r"""
        (?P<kind>a?h)-(?P<chamber>tk|ek)         # h-tk-20212022-38-6, ah-tk-20202021-1234
        -(?P<vj>\d{8})-(?P<rest>\d+(?:-\d+)?)\b
        """, "_build_h_id", ("h-tk-", "h-ek-")),
    Form("aanhangsel", rf"""
        Aanhangsel(?:{_S}(?:van|bij|tot){_S}de)?{_S}Handelingen      # Aanhangsel (van de) Handelingen
        (?:{_S}(?P<chamber>II|I)\b)?                                  # chamber, optional
        ,?{_S}(?:[Zz]itting{_S}|[Vv]ergaderjaar{_S})?
        (?P<vj>{_VJ}|(?:18|19|20)\d{{2}})                             # 2020/21, or a year in old text
        (?:,?{_S}(?:(?:blz|bl|p|pag)\.{_S}?(?P<page>\d+)             # blz. 467
                  |nr\.{_S}?(?P<nr>\d+)(?![\w]|{_S}*(?:,|en|-|–|t/m)) # nr. 1234
                  |(?:onder{_S}(?:de{_S})?)?nrs?\.{_S}?                 # several: "onder de nrs. 44 t/m 47"
                    (?P<nrs>{_NUMBER_LIST})))*
        """, "_build_aanhangsel", ("Aanhangsel",), lead=0),
    Form("aanhangsel_numbers", rf"""
        Aanhangsel(?:{_S}(?:van|bij|tot){_S}de)?{_S}Handelingen
        (?:{_S}(?P<chamber>II|I)\b)?
        ,?{_S}nrs?\.{_S}?(?P<nrs>{_NUMBER_LIST})                      # numbers before the year:
        ,?{_S}(?:[Zz]itting|[Vv]ergaderjaar){_S}(?P<vj>{_VJ})          # "nr. 532 en 605, vergaderjaar 1989-1990"
        """, "_build_aanhangsel_numbers", ("Aanhangsel",), lead=0),
    Form("handelingen", rf"""
        Handelingen(?:{_S}(?P<chamber>II|I|EK|TK|Eerste{_S}Kamer|Tweede{_S}Kamer)\b)?  # "Handelingen Eerste Kamer
        ,?{_S}(?:[Zz]itting{_S}|[Vv]ergaderjaar{_S})?                       #  1965—1966, blzz. 507 en 508"
        (?P<vj>{_VJ})                                                      # 2021/22
        (?:,?{_S}nr\.{_S}?(?P<nr>\d+))?                                    # nr. 38
        (?:,?{_S}(?:items?|punt(?:en)?){_S}
            (?P<items>\d+(?:(?:,{_S}|{_S}en{_S}|{_S}?[-–]{_S}?)\d+)*))?   # items 6 en 9
        (?:[,.]?{_S}(?:blzz?|bl|p|pag)\.{_S}?                               # blz. 12-14; the old Handelingen by
          (?P<page>\d+(?:{_S}?(?:[-–]                                        # their pages: "blz. 1973-2004;
                               |(?<=\d{_S})en(?={_S}(?!(?:18|19|20)\d\d\b)\d)  # (or "507 en 508", not a year)
                               ){_S}?\d+)?
            (?:{_S}?;{_S}?\d+(?:{_S}?[-–]{_S}?\d+)?                         #  2111-2128; 2426",
              |,{_S}?\d+{_S}?[-–]{_S}?\d+)*))?                                 #  "612-613, 645-651"
        """, "_build_handelingen", ("Handelingen",), lead=0),
    Form("handelingen_pages", rf"""
        Handelingen(?:{_S}(?P<chamber>II|I)\b)?,?{_S}                       # old Handelingen by their pages after the
        (?:bladzz?|blz|bl|pag|p)\.{_S}?[.'’]{{0,2}}                           # sitting's date: "(13 maart 1974,
        (?P<first>\d{{1,4}})(?:{_S}?(?P<dash>[-–]|en){_S}?(?P<last>\d{{1,4}}))?(?![\d])  # Handelingen blz. 3046-3060)",
        """, "_build_handelingen_pages", ("Handelingen",), lead=0),          # "17 December 1890 (Handelingen bladzz.
                                                                           # 344 en 345)": the session of that date
    Form("motie", rf"""
        (?P<kind>[Mm]otie|[Aa]mendement)
        (?:-(?P<hyphen>{_NAME}(?:/{_NAME})*)                               # motie-Omtzigt, motie-Van der Staaij/Segers
          |{_S}van{_S}{_MEMBERS}{_S}(?P<names>{_NAME_LIST}))               # motie van de leden Tielen en Ceder
        (?P<cs>{_S}c\.s\.)?                                                # c.s.
        (?P<note>(?<=[a-z.])\d{{1,2}}(?![\d]))?                            # a footnote mark: Ceder5
        (?:\s{{0,2}}\((?P<inner>[^()]{{5,90}})\))?                         # (Kamerstuk 26 448, nr. 657)
        """, "_build_motie", ("otie", "mendement"), lead=1),
    Form("kamerstuk", r"""
        [Kk]amerstuk(?:ken)?
        """ + _KAMERSTUK_CITATION, "_build_kamerstuk", ("amerstuk",), lead=1),
    Form("kamerstuk_broken_word", r"""
        [Kk]a(?:-[ \t]*\n?[ \t]*)?mer(?:-[ \t]*\n?[ \t]*)?stuk(?:-[ \t]*\n?[ \t]*)?(?:ken)?  # the word broken at
        """ + _KAMERSTUK_CITATION, "_build_kamerstuk", _BROKEN_KAMERSTUK_LITERALS),  # a line, its hyphen kept
    Form("continued_citation", rf"""
        ;{_S}?(?:\n)?(?P<vj>{_VJ}),{_S}?                                    # "Kamerstukken II 1975/1976, 13 872;
        {_dossier('dossier')}                                              #  1976/1977, 13872": a citation that
        (?:,?{_S}{_NR}{_S}?(?P<nrs>{_NUMBER_LIST})                         #  continues the one before it, its
          |{_S}?\((?P<paren_nrs>\d{{1,3}}[a-z]?(?:[,.]{_S}?\d{{1,3}}[a-z]?)*),?\))?  # chamber that one's
        (?![\w])
        """, "_build_continued_citation", (";",), r"$^"),
    Form("chamber_citation", rf"""
        (?P<chamber>Tweede|Eerste){_S}Kamer                               # a stuk's own footer:
        (?:,{_S}?(?:[Zz]itting|[Vv]ergaderjaar)|zitting){_S}?              # (OCR: "Tweede Kamerzitting 1980-1981,")
        (?P<vj>{_VJ}|{_SPACED_VJ}),{_S}?                                   # "Tweede Kamer, vergaderjaar 1992-1993,
                                                                           # (OCR: "1 986-1 987")
        (?P<dossiers>(?:{_SPACED_DOSSIER}|{_DOSSIER_NUMBER})(?:{_SUFFIX})?  #  23 294, nr. 2" (OCR: "1 6 092")
            (?:(?:,{_S}|{_S}en{_S})(?:{_SPACED_DOSSIER}|{_DOSSIER_NUMBER})(?:{_SUFFIX})?)*)  # two dossiers:
                                                                           # "14 390 en 15 885, nr. 174"
        (?:(?:,{_S}|{_S}en{_S})(?:[A-Z]|[IVXLC]{{1,6}}[A-F]?)               # more chapters: "20 800 XII, A, nr. 180d",
            (?:(?:,{_S}|{_S}en{_S})(?:[A-Z]|[IVXLC]{{1,6}}[A-F]?))*(?=,))?   # "19 700 hoofdstuk VII, D en E, nr. 13",
                                                                           # "21 800 XIV en B, nr. 224c", "13 100
                                                                           # IXA, IXB en XVIII, H, nr. 90"
        (?:{_S}?\({_S}?R{_S}?\d{{1,4}}\))?                                   # a rijkswet: "22 855 (R 1451), nr. 22a"
        (?P<enz>,?{_S}(?:enz|e\.{_S}?a)\.)?                               # more left out: "20 200 IV enz., nr. 187",
                                                                           # "22300 IXB, enz., nr. 34", "17 600 IV
                                                                           # e.a., nr. 140"
        (?:,{_S}?|{_S})(?:{_NR}{_S}?(?P<nrs>\d{{1,2}}{_S}\d{{1,2}}(?=[ \t]*(?:\n|$))  # OCR spaces at the line's end:
                                 |{_NUMBER_LIST}                          # "nr. 1 56"; "nr. 102a";
                                   (?:,{_S}{_NR}{_S}?{_NUMBER_LIST})*)    # "nr. 25, nr. 27": the last
              |(?:{_NR}{_S}?)?(?P<letter>[A-Z]{{1,2}})                        # EK letters: "35 510, A"; a
                (?:{_S}?[-–—]{_S}?(?P<letter_to>[A-Z])(?![\w-]))?(?![\w]))     # range: "19 378, A-C"
        """, "_build_chamber_citation", ("Kamer,", "Kamerzitting"), lead=7),
    Form("dossier_page", rf"""
        kamerstukdossier{_S}(?P<dossier>\d{{4,6}})                          # the publication site's page title
        (?:{_S}?-{_S}?(?P<nr>\d+[a-z]?))?\b
        """, "_build_dossier_page", ("kamerstukdossier",), lead=0),
    Form("stuk", rf"""
        [Ss]tuk(?:ken)?{_S}{_NR}{_S}?(?P<nrs>{_NUMBER_LIST})               # (stuk nr. 9, I): the dossier in debate
        """, "_build_stuk", ("tuk",), r"[\w-]", lead=1),
    Form("stuk_under_number", rf"""
        (?:onder|op){_S}(?:de{_S})?{_NR}{_S}?(?P<nrs>{_NUMBER_LIST})(?![\w])   # "de nota van wijziging onder nummer 9",
        """, "_build_stuk_under_number", ("onder n", "onder de n", "op n", "op de n"), lead=0),  # "gedrukt onder de
                                                                           # nrs. 5 en 6": the dossier in debate
    Form("motie_by_number", rf"""
        [Mm]otie(?P<plural>s)?{_S}(?:(?P<nr>{_NR}){_S}?)?                  # "motie nr. 24", "de moties 18 en 24":
        (?P<nrs>{_NUMBER_LIST})(?![\w])                                    # the dossier in debate, as "stuk nr. 9"
        """, "_build_motie_by_number", ("otie",), lead=1),
    Form("replaced", rf"""
        (?i:vervanging{_S}van){_S}(?P<det>(?i:dat|die)),?{_S}               # a new amendement or motie "ter vervanging
        (?i:gedrukt{_S}onder){_S}(?:(?i:stuk|de){_S})?                      # van dat gedrukt onder nr. 10": the one
        (?i:{_NR}){_S}?(?P<nr>\d{{1,4}}[a-z]?)(?![\w])                     # it replaces, in the same dossier; its
        """, "_build_replaced", ("vervanging van d", "VERVANGING VAN D")),  # heading in capitals: "TER VERVANGING
                                                                           # VAN DIE, GEDRUKT ONDER NR. 23"
    Form("numbered", rf"""
        krijg(?:t|en){_S}(?:de{_S})?                                        # Zij krijgt nr. 812 (21501).
        (?P<kw>nrs?\.|nummers?)\s{{0,4}}                                    # Zij krijgen de nrs. 18 en 19.
        (?P<nrs>\d{{1,4}}[a-z]?(?:{_S}(?:en|t/m|tot{_S}en{_S}met){_S}\d{{1,4}}[a-z]?)*)
        (?![\d])
        (?:\s{{0,4}},{_S}was{_S}nr\.{_S}?(?P<was>\d{{1,4}}))?                # "nr. 726, was nr. 719": a new number
                                                                           # the publication XML puts the
        (?:\s{{0,4}}\(\s{{0,4}}(?P<dossier>{_SHORT_DOSSIER_NUMBER})          # numbers in links of their own:
            (?P<suffix>-(?:[IVXLC]{{1,6}}|[A-Z]|\d{{2}})|{_S}[IVXLC]{{1,6}})?   # "nr.\n\n313\n\n(\n\n31765\n\n)"
            \s{{0,4}}\))?                                                   # (21501), OCR: nr. 812(21501)
        """, "_build_numbered", ("krijg",), lead=0),
    Form("bill", rf"""
        (?P<kw>[Ww]etsvoorstel(?:len)?|[Ww]etsontwerp(?:en)?                # wetsvoorstel 36228
          |WETSVOORSTEL(?:LEN)?|WETSONTWERP(?:EN)?                          # a heading: "A. WETSVOORSTEL 19441"
          |[Ww]etsvoor-{_S}?stel(?:len)?|[Ww]etsont-{_S}?werp(?:en)?          # a line break's hyphen kept by the
                                                                           # OCR: "wetsvoor-stel 20306"
          |[Dd]ossier(?:nummer|nr\.)?)                                      # dossier 36228
        {_S}(?:nr\.{_S}?|nummer{_S})?\(?
        (?P<dossier>{_SHORT_DOSSIER_NUMBER})(?P<suffix>{_ANY_SUFFIX})?\)?  # "wetsontwerp 13 600 XI"
        (?:,?{_S}nrs?\.{_S}?(?P<nrs>{_NUMBER_LIST}))?                       # dossier 36228, nr. 5
        (?![\w])
        """, "_build_bill", ("etsvoorstel", "etsontwerp", "ossier", "ETSVOORSTEL", "ETSONTWERP", "etsvoor-",
                             "etsont-"), lead=1),
    Form("bill_numbers", rf"""
        (?P<kw>[Ww]etsvoorstel(?:len)?|[Ww]etsontwerp(?:en)?)               # "de wetsontwerpen nrs. 8545 en 9200",
        {_S}(?:nrs?\.|nummers?|[Nn]os?\.){_S}?                               # "het wetsontwerp nr. 6275": each
        (?P<dossiers>{_BILL_NUMBER}(?:(?:,{_S}?|{_S}en{_S})(?:{_BILL_NUMBER}))*)   # number a dossier (four digits
        """, "_build_bill_numbers", ("etsvoorstel", "etsontwerp"), lead=1),        # before 1969)
    Form("bill_noun_numbers", rf"""
        (?:ontwerp|voorstel)(?:en|len)?(?P<van_wet>{_S}van{_S}wet(?={_S}n))?   # the tail of a bill's noun; the builder
                                                                           # reads its head: "wetsontwerp",
                                                                           # OCR's "wets-\nontwerp",
                                                                           # "belasting\u00adontwerpen"
        {_S}(?:(?P<kw>nrs?|nos?|nummers?)\.?{_S}?)?                         # "nos 2105, 2106 ... en 2156" (no dot)
        (?P<dossiers>{_BILL_NUMBER}(?:{_ANY_SUFFIX})?                      # bare numbers joined by "en" or commas,
          (?:(?:,{_S}?|{_S}en{_S})(?:{_BILL_NUMBER}(?:{_ANY_SUFFIX})?))*)     # each a bill's dossier: "wetsontwerpen
        (?:,?{_S}(?:[Nn]os?|[Nn]°|NO)\.?{_S}?(?P<nrs>{_NUMBER_LIST}))?        # 9324 en 9410"; one: "wetsontwerp 4580",
                                                                           # with its stuk in the old spelling:
                                                                           # "wets-ontwerp 4452, no. 2"
        (?![\w]|[.,]\d)
        """, "_build_bill_noun_numbers", ("ontwerp", "voorstel"), r"$^", lead=0),  # (four digits before 1969)
    Form("bracketed_dossier", rf"""
        \(\s{{0,4}}(?:[A-Z][A-Za-z]{{1,9}}[A-Z]\s?[-–,]\s?)?                 # the bill's short name first:
                                                                           # "(IKVE -20 645)"
                  (?P<dossier>{_BRACKETED_DOSSIER}                          # after a bill's title:
                            |(?P<old>\d{{4}})                              # "... zorginstellingen (27659)"; before
                                                                           # 1969 four digits: "Tariefwet (3516)";
                            |(?P<three>[1-9]\d{{2}})(?=\s{{0,4}}[),])         # 1945-1952 three: "het ontwerp van
                                                                           # wet tot regeling van ... (635)";
                            |(?P<spaced>{_SPACED_DOSSIER}))                # OCR spaces: "(1 7 496 nr. 2)"
        (?P<suffix>{_ANY_SUFFIX})?                                         # "(13 100 H)", "(6100 C)"
        (?P<joint>(?:(?:,{_S}|{_S}en{_S})(?:{_BRACKETED_DOSSIER}|\d{{4}})(?:{_ANY_SUFFIX})?)+  # a joint stuk's other
          (?=,?{_S}(?:stuk{_S})?{_NR}))?                                   # dossiers, "nrs." after them: "(20450 en
                                                                           # 19872, nrs. 17 en 18)", under the first
        (?P<listed>(?:(?:,{_S}|{_S}en{_S})(?:{_BRACKETED_DOSSIER})(?:{_ANY_SUFFIX})?)+  # no "nrs." after them: a
          (?=\s{{0,4}}\)))?                                                 # list of bills, one record each: "(22 249,
                                                                           # 22 250 en 22 262)"
        (?:,{_S}[Hh]oofdstuk{_S}(?P<chapter>[IVXLC]+(?:{_S}?[A-F])?)(?=,))?  # "(8300, hoofdstuk XI, nr. 8)",
                                                                           # "(4900, hoofdstuk IX B, nr. 14)"
        (?:,?{_S}(?:stuk{_S})?{_NR}{_S}?(?P<nrs>{_NUMBER_LIST}))?           # "(8316, nr. 2)", "(..., stuk nr. 20)"
        (?P<rijkswet>{_S}?\({_S}?R{_S}?\d{{1,4}}\)                            # a rijkswet: "(12 916 (R 951))",
          |,{_S}?R{_S}?\d{{1,4}})?                                            # "(9918, R 673)"
        (?P<session>,{_S}[Zz]itting{_S}(?:18|19)\d\d                         # "(3495, Zitting 1953—1954)",
          (?:{_S}?[/–—-]{_S}?(?:18|19)?\d\d)?(?!\d))?                        # "(7259, zitting 1963)"
        \s{{0,4}}\)
        """, "_build_bracketed_dossier", ("(",), r"[^\W\d]|[€$]"),  # a digit before: a year, else no (the builder)
    Form("chamber_mark", rf"""
        (?P<chamber>TK|EK)                                                  # a chamber's mark before the citation:
        (?:,?{_S}(?P<vj>{_VJ}|\d{{4}}/\d{{2}}(?!\d)))?,?{_S}                    # "TK 20 800 nr. 2", "(TK, 1991-1992,
        {_dossier('dossier', _SHORT_DOSSIER_NUMBER)}                        # 21 835 nr. 11)", "(TK 1990/91 21 800,
        (?:,{_S}(?P<chapter>[IVXLC]{{1,6}})(?=,))?                             # nr. 5)", "TK 18 600, X, nr. 19"
        ,?{_S}{_NR}{_S}?(?P<nrs>{_NUMBER_LIST})
        """, "_build_chamber_mark", ("TK", "EK"), lead=0),
    Form("printed_stukken", rf"""
        (?:(?:[Gg]e-?\s?drukte|GEDRUKTE){_S}(?:[Ss]tuk-?\s?ken|STUKKEN)          # "Gedrukte Stukken", as OCR
          |[Gg]edrukt{_S}[Ss]tuk)                                             # breaks it: "Ge-drukte", "stuk-ken";
                                                                           # one: "Gedrukt stuk Tweede Kamer"
        (?:,?{_S}(?:der|van{_S}de){_S}(?:Tweede|Eerste){_S}Kamer                  # "der Tweede Kamer", "van de
            (?:{_S}der{_S}Stat[\w-]{{8,12}})?                                 # Tweede Kamer der Staten-Generaal",
          |,?{_S}(?:Tweede|Eerste|IIde|Iste){_S}Kamer)?                          # "Tweede Kamer"
        ,?{_S}(?:(?:tweede{_S})?[Zz]it-?ting{_S})?                              # "Zitting", "tweede zitting"
        (?P<vj>{_VJ})                                                       # 1907—1908, 1912/1913
        (?:(?:[.,]?{_S}?[-–—]{_S}?|,{_S}?)                                      # " — 66", ", 304"
           (?P<dossiers>\d{{1,4}}(?![\d])(?:,{_S}\d{{3,4}}(?![\d]))*)             # a joint stuk's bills:
           (?:[»"'])?                                                     # "1403, 1404, 1408" (OCR: "8»"),
           (?:,{_S}[Hh]oofdstuk{_S}(?P<chapter>[IVXLC]+(?:{_S}?[A-F])?)(?=,))?)?  # a budget's chapter: "2,
                                                                           # hoofdstuk V, n°. 15"
        (?:,?{_S}(?:[Nn]os?|[Nn]rs?|[Nn]°|n["»'\\])\.?{_S}?                     # "n°. 3", "no. 8", "nr. 5", a
          (?P<nrs>\d{{2}}{_S}?\d{{3}}(?![\w])|{_NUMBER_LIST}))?                 # dossier after the session: "nr. 11647"
        (?P<more>(?:,?{_S}(?:resp\.|en){_S}(?i:{_NR}){_S}?{_NUMBER_LIST})*)      # "Nr. 22 t/m 24 resp. Nr. 32"
        (?![\w])
        """, "_build_printed_stukken", ("rukte", "RUKTE", "rukt stuk", "rukt Stuk")),
    Form("session_citation", rf"""
        [Zz]itting{_S}(?P<vj>{_VJ})                                          # "(gedrukte stukken zitting 1957—1958
        (?:[,.]{_S}?|{_S}?[—–-]{_S}?)                                      #  — 4900 Nr. 22 t/m 24 resp. Nr. 32 t/m
        {_dossier('dossier')}                                              #  34)", "zitting 1958—1959 — 5300, nr.
        (?:{_S}?\({_S}?R{_S}?\d{{1,4}}\))?                                  #  10)", "(Zitting 1967/1968. 9300,
        ,?{_S}(?:stuk{_S})?(?i:{_NR}){_S}?(?P<nrs>{_NUMBER_LIST})            #  hoofdstuk X, nr. 2)", "zitting
        (?P<more>(?:,?{_S}(?:resp\.|en){_S}(?i:{_NR}){_S}?{_NUMBER_LIST})*)  #  1959—1960, 5853, stuk nr. 5",
        """, "_build_session_citation", ("itting",), lead=1),                #  "(zitting 1975-1976,13 469 (R 989),
                                                                           #  nr. 6)": the session, then the
                                                                           #  dossier (four digits before 1969)
    Form("session_year_dossier", rf"""
        [Zz]itting{_S}(?P<year>19[4-9]\d|20[0-2]\d){_S}?[-–—]{_S}?               # a dossier cited in brackets by
        (?P<dossier>\d{{2}}{_S}?\d{{3}}|\d{{4}})\)                             # its header's session year and
        """, "_build_session_year_dossier", ("itting",), r"\w", lead=1),       # number, as a stuk of 1952-1977
                                                                           # heads itself: "(... in de Nota over de
                                                                           # uitvoering van de rijksbegroting 1977,
                                                                           # Zitting 1977 -14606)"
    Form("short", rf"""
        {_dossier('dossier', _SHORT_DOSSIER_NUMBER)}\s{{0,4}}                # 29 362, nr. 295; 21 501-14, nr. 2
        (?:\({_S}?R{_S}?\d{{1,4}}\){_S}?)?,?{_S}?                            # a rijkswet: "16927 (R 1176), nrs. 1-3"
        (?:[Hh]oofdstuk{_S}(?P<chapter>[IVXLC]+)[,.]?{_S}                     # "12 600, hoofdstuk XV. nr. 15"
          |[A-Z][a-z]{{5,20}}(?:{_S}(?:19|20)\d\d)?,{_S})?                    # the dossier's title between: "15800,
                                                                           # Miljoenennota, nr. 17", "13 100,
                                                                           # Miljoenennota 1975, nr. 27"
        nrs?\.?{_NR_GAP}(?P<nrs>{_NUMBER_LIST})                              # nr. 82, nr 82
        """, "_build_short", ("nr",), r"[\w/-]", cues=(rf"nrs?\.?{_NR_GAP}\d",)),  # (in 1,435 of the 2,395 SGD
                                                                           # texts with "nr")
    Form("stuk_header", _STUK_HEADER, "_build_stuk_header", _STUK_NR_LITERALS, r"$^"),
    Form("stuk_header_at_start", r"\A" + _STUK_HEADER[_STUK_HEADER.index("\\n") + 2:],  # the same, the text opening
         "_build_stuk_header", _STUK_NR_LITERALS, r"$^"),                # with it
    Form("next_stuk_head", rf"""
        \n[ \t]*(?P<head>{_STUK_NR}(?P<nr>\d{{1,4}}[a-z]?))[ \t]*(?=\n)         # a second stuk on the page of the
        """, "_build_next_stuk_head", _STUK_NR_LITERALS, r"$^"),           # first, its number over its heading
                                                                           # ("Nr. 2" / "ONTWERP VAN WET" after
                                                                           # "18109 ... Nr. 1" / "KONINKLIJKE
                                                                           # BOODSCHAP", 1975-1995) or under it
                                                                           # ("ONTWERP VAN WET" / "Nr. 2" after
                                                                           # "Zitting 1971 -11 337 ... KONINKLIJKE
                                                                           # BOODSCHAP" / "Nr. 1", 1952-1972)
    Form("joint_header", rf"""
        (?:Vergaderjaar|Zitting|VERGADERJAAR|ZITTING){_S}(?P<vj>{_VJ})[ \t]*\n       # a joint stuk's header: the
        (?P<block>(?:[^\n]{{1,300}}\n){{1,30}}?)                              # session, its dossiers on lines
                                                                           # of their own among title lines
                                                                           # (a naturalisations' header: a
                                                                           # dozen of each) or on one line,
        [ \t]*(?:Nr|NR)\.{_S}?(?P<nr>\d{{1,4}}[a-z]?)[ \t]*(?=\n|$)          # and "Nr. 31"
        """, "_build_joint_header", ("Vergaderjaar", "Zitting", "VERGADERJAAR", "ZITTING"), r"[\w]", lead=0),
    Form("joint_header_at_start", rf"""
        \A(?P<block>(?:[^\n]{{1,300}}\n){{2,30}}?)                           # the same where the text opens
        [ \t]*(?:Nr|NR)\.{_S}?(?P<nr>\d{{1,4}}[a-z]?)[ \t]*(?=\n|$)          # inside it, below the session
        """, "_build_joint_header", (), r"$^"),                               # line: "15 646 (R 1120)" / title ...
    Form("ek_header", rf"""
        (?:Vergaderjaar|Zitting){_S}(?P<vj>{_VJ}),?[ \t]*(?:\n[ \t]*)?       # the Eerste Kamer's header: its
        (?:Nr|NR|nr)\.?[ \t]?(?P<nr>\d{{1,4}}(?:[ ]?[a-z](?![A-Za-z]))?)      # number on the session line (or
                                                                           # the line below it: "Vergaderjaar
                                                                           # 1993-1994" / "Nr. 299b" / "22889"),
        \*?(?:[ \t]+Herdruk\S*)?[ \t.]*\n                                    # "Vergaderjaar 1984-1985 Nr. 85",
        """, "_build_ek_header", ("Vergaderjaar", "Zitting"),  # "Zitting 1979-1980
        r"[\w]", lead=0),                                                    # Nr. 59 Herdruk", "Nr. 11 c"; the
                                                                           # dossiers on the lines below
    Form("ek_header_above", rf"""
        \A[ \t]*(?P<dossiers>{_EK_DOSSIER}(?:{_EK_RIJKSWET})?                # the Eerste Kamer's header of 1950-
          (?:(?:,|{_S}en){_S}{_EK_DOSSIER}(?:{_EK_RIJKSWET})?)*)
        [ \t]*(?:\n?[ \t]*\(Tweede{_S}Kamer[^)\n]{{0,40}}\))?[ \t]*\n          # 1975: the dossiers above, "8300 D
        [^\n]{{0,8}}KAMER{_S}DER{_S}ST[^\n]{{0,30}}\n(?:HERDRUK[ \t]*\n)?          # (Tweede Kamer)", the chamber, the
        (?:Zitting|ZITTING)[ \t]+(?:18|19)\d\d[^\n]{{0,12}}\n(?:[^\n]{{1,2}}\n)?   # session, and the stuk's number:
        (?:(?:Nr|No|NO|NR)\.?[ ]?)?(?P<nr>\d{{1,3}}[a-z]?)\.?[ \t]*\n           # "Nr. 97a", "No. 136", "14a",
                                                                           # "Nr. 52."
        """, "_build_ek_header_above", (), r"$^"),
    Form("bijlagen_label", _BIJLAGEN_LABEL, "_build_bijlagen_label", ("\n",), r"$^"),  # "KONINKLIJKE BOODSCHAP"
    Form("bijlagen_label_at_start", r"\A" + _BIJLAGEN_LABEL[_BIJLAGEN_LABEL.index("\\n") + 2:],  # the text
         "_build_bijlagen_label", ("\n",), r"$^"),                       # opening with it: "1085 4\nVERSLAG"
    Form("bijlagen_label_run_on", r"(?:(?<=[a-z][.?!][ ])|(?<=[A-Z]{2}[ ])(?=[\d ]{3,7}enz\.))"
         + _BIJLAGEN_LABEL[_BIJLAGEN_LABEL.index("\\n") + 2:] + r"\Z",
         "_build_bijlagen_label", (), r"$^"),  # the foot label that the OCR ran on to the text's last line of prose,
                                               # after its sentence's end: "... afwijken van het schijven-tarief?
                                               # 11930 6" (searched for in the text's last characters only), or a
                                               # joint stuk's label run on to the last name of its signatures:
                                               # "ALBEDA 12 381 enz. 33"
    Form("sheet_label", rf"""
        (?P<dossier>\d{{1,2}}{_S}?\d{{3}}|\d{{3,4}})(?!\d)                    # the label at the foot of a Bijlagen
        (?P<suffix>{_S}(?:[IVXLC]{{1,6}}(?:{_S}?[A-F])?|[A-Z]))?              # stuk's last page (1945-1975): its
        (?P<enz>,?{_S}enz\.)?                                            # (a joint stuk's "8301 enz. 54 (2 vel)")
        {_S}(?P<nrs>[1-9]\d{{0,2}}(?:{_S}?[-–—]{_S}?[1-9]\d{{0,2}})?)           # dossier (chapter) and number(s), and
        \s{{0,2}}\({_S}?\d{{1,2}}{_S}vel\)                                   # the printer's count of sheets, no
        """, "_build_sheet_label", ("vel)",), r"\S"),                          # dossier: "8028 1 (2 vel)",
                                                                           # "11500 XV 4 (5 vel)", "9994 1-6 (8 vel)"
    Form("bijlagen_number", r"""
        \n(?P<dossier>[1-9]\d{1,3})(?:[ \t]*\n|[ \t]+)                       # the Bijlagen of 1945-1969 head a
        """ + f"(?=(?:{stuk_heading_openings()})\\b)",                         # stuk with its bill's number alone:
         "_build_bijlagen_number", ("\n",), r"$^"),                          # "750" / "EINDVERSLAG VAN DE
                                                                           # COMMISSIE ...", "889 VOORLOPIG
                                                                           # VERSLAG ..." (the headings of a stuk
                                                                           # in resources/heading_kinds.tsv)
    Form("printed_under", r"""
        (?:(?<=enomen[ ])|(?<=gedrukt[ ])|(?<=Gedrukt[ ]))onder[ ]
        (?:(?P<mark>no|n°|nr|n["«])\.?[ ]?                                 # a Bijlagen stuk cites another by its
          (?:(?P<dossier>[1-9]\d{0,3})                                      # bill's number: "(Zie het Eindverslag
             (?:(?:,[ ]?|\.[ ])(?P<nrs>[1-9]\d?(?:[ ]?[-–—][ ]?[1-9]\d?)?))?  # ..., opgenomen onder no. 732.)",
             (?![\w,]|[ ]?[-–—]|[ ]+(?:der|van[ ]de)[ ][Zz]itting)           # "onder n°. 95, 1", "onder no. 878,
                                                                           # 4—6", "onder n°. 597. 4";
          |(?=\S{0,5}\d)(?P<session_nr>\S{1,6}?)[ ]+de[ri]'?[ ][Zz]itting[ ]  # or by its number in an earlier
           (?P<vj>1[89]\d\d(?:[ ]?[-–—][ ]?\d{2,4})?)                       # session: "(Gedrukt onder n°. 350
        )                                                                  # der Zitting 1913—1914"
        |(?P<label>[1-9]\d{2,3})[ ](?P<label_nrs>[1-9]\d?)(?=[.)])          # or as its page label prints it: "opge-
         (?![\w,]|[ ]?[-–—])                                               # nomen onder 767 14.", "onder 851 4)"
        )
        """, "_build_printed_under", ("onder ",), r"$^", lead=0),
    Form("dossier_list", dossier_lists.LIST_PATTERN,                   # a column or line of bare dossiers in an
         "_build_dossier_list", ("\n",), r"$^"),                      # eindverslag (context: dossier_lists.py)
    Form("dossier_list_at_start", dossier_lists.LIST_PATTERN_AT_START,  # the same where the text opens with it
         "_build_dossier_list", (), r"$^"),
    Form("small_bill_list", rf"""
        ontwerpen(?:{_S}+van{_S}+wet,?\s+(?:[Nn][^\s\d,]{{0,3}}[.,]?\s*)?      # the eindverslagen's list of bills by
          |(?<=[Ww]etsontwerpen)(?:{_S}+(?:[Nn]os?|n°s?)[.,]?)?{_S}*)        # small numbers (before 1949): "over
        (?P<list>{dossier_lists.SMALL_LIST})                                # de ontwerpen van wet nos. 2 (...),
        """, "_build_small_bill_list", ("ontwerp",), r"$^", lead=0,          # 2A, 20, 64", a page's headline
         cues=(r"ontwerpen\s\D{0,24}?[1-9]\d{0,2}(?![\d.])",)),              # "over de wetsontwerpen nos. 323, 331
                                                                           # en 338" (the cue: some in a text)
    Form("small_bill_list_closed", rf"""
        (?:\A|(?<=\n))[ \t]*(?P<list>{dossier_lists.SMALL_LIST})              # the same list without its head (the
        [ \t]*[.,]?[ \t]*\n[ \t]*Tegen{_S}deze{_S}ontwerpen{_S}van{_S}wet       # text opens inside it), closed by
        """, "_build_small_bill_list", ("Tegen deze ontwerpen",), r"$^"),    # "Tegen deze ontwerpen van wet ..."
    Form("dossier_title_line", _DOSSIER_TITLE_LINE, "_build_dossier_title_line", ("\n",), r"$^"),
    Form("dossier_title_line_at_start", r"\A" + _DOSSIER_TITLE_LINE[_DOSSIER_TITLE_LINE.index("\\n") + 2:],
         "_build_dossier_title_line", ("\n",), r"$^"),                       # the text opening with such a line
    Form("dossier_at_line_end", r"""
        (?:[a-z]{2}|\))[ ](?P<dossier>\d{2}[ ]?\d{3})                          # a list of bills whose number
        (?P<rijkswet>[ \t]?\([ \t]?R[ \t]?\d{1,4}\))?[ \t]*\n                 # closes the line before its
        """, "_build_dossier_at_line_end", ("\n",), r"$^",                   # title: "... gemeente Bangert 15 695"
         cues=(r" \d\d ?\d{3}[ \t]*(?:\([ \t]?R[ \t]?\d{1,4}\)[ \t]*)?\n",)),   # / "Vaststelling van ..." (1970s)
    Form("dossier_dash", rf"""
        (?P<dossier>{_BARE_DOSSIER})                                       # five digits: 29544
        (?:-(?P<sub>[IVXLC]{{1,6}}|[A-Z]|\d{{2}})(?=-))?                    # -XV, -A, -32 (a sub-dossier)
        -(?P<nr>[1-9]\d{{0,3}}[a-z]?)                                       # -1102: the ondernummer
        (?![\w-]|[.,]\d)                                                    # not part of a longer number
        """, "_build_dossier_dash", ("-",), r"[\w.,/€$+-]", lead=5,
        cues=(r"-(?<=\d{5}-)",)),  # a hyphen after five digits: in 16 SGD texts of the 4,490 with a hyphen
    Form("staatsblad", rf"""
        (?P<kind>Stb[l1]?|Sth(?=\.{_S}\d)|Staatsbl(?:ad(?:en)?)?|Staats(?:\u00ad|-\n?)blad  # OCR and the old
                                                                           # abbreviations: "Stbl.", "Staatsbl.",
                                                                           # "Stb1.", "Sth. 526", "Staats-\nblad"
          |S[tl][ao][an]?[tl](?:[sietxoucê]|[*'~]|s~){_S}?bla(?:d|/l)       # OCR's word: "Staatiblad", "Staattblad",
                                                                           # "Slaatsblad", "Staat* blad", "Staats~
                                                                           # blad", "Staalsbla/l", "Statsblad"
          |Stcrt|Staatscourant|Trb|Tractatenblad|Traktatenblad
          |Gouvernementsblad|Publicatieblad|Javasche(?:{_S}|\n)?Courant      # a colony's gazette (no Dutch id)
          |(?P<ocr_word>[Ss][tlic][\w,/*'~^]{{4,10}}?)                       # the word garbled further, only with
           (?={_S}?(?:[Nn][°º"'*«»^]|N[o0])\.?{_S}?\d))\.?                 # n°. and a number after it ("Staatmad
                                                                           # n*. 57", "StaaUMad n". 128",
                                                                           # "Slaalsbla,l n'. 102"): the builder
                                                                           # asks that it look like Staatsblad
        (?:{_S}van{_S}(?P<colony>Nederlandsch-Indi[eë]|Ned(?:erlandsch|erlands)?\.?-Indi[eë]  # Staatsblad van
            |Suriname|Cura[cç]ao|de{_S}Nederlandse{_S}Antillen))?           # Nederlandsch-Indië, ... van Suriname
        ,?(?:{_S}|\n)?\.?                                                   # "Indisch Staatsblad\n1920, n°. 508"
        (?:(?P<year>(?:18|19|20)\d{{2}})[,.]?{_S}?                          # Stb. 2021, 123; "Stb. 1958. 397"
          |van{_S}(?:den{_S})?[1-3]?\d(?:sten|ste|den|de|e)?{_S}[A-Za-z]{{3,9}}{_S}   # the issue's date:
           (?P<dated_year>(?:18|19|20)\d{{2}}),?{_S}(?=[Nn])                 # "Staatscourant van 10 Juni 1919,
          |van{_S}(?:dien|denzelfden){_S}dag,?{_S}(?=[Nn]))?                  # "Javasche Courant van dien dag,
                                                                           #  n°. 130"
        (?P<prefix>(?:n0(?=\.)|[Nn][°º"'c]?|[Nn]o|[Nn]r|nos|nrs               # Staatsblad 1918 n°. 71, N°. 534;
            |n[uü](?=\.)|u["°º](?=\.)|ir(?=\.)|n{_S}(?=\.)                 #  OCR of n°.: "nu. 59", 'u". 125',
            |n\\(?={_S}\d)                                                    #  "nü. 134", "ir. 86", "n . 40",
                                                                           #  "n\\ 268", "n0. 216", "n0.. 648"; the
                                                                           #  number on the next line
            |(?:[nuaohv]|ii|i\\|tt|[«\\])(?:[*»«<>#•=~;:'\\°"^]|[JQ](?=\.)|[nl](?=['.])|,(?=J)){{1,3}}
             (?:,(?={_S}\d))?(?=\.?{_S}?\d)                                   #  n°. garbled after the cue: "n'J. 171",
                                                                           #  "n*. 171", "n». 73", "a°. 306",
                                                                           #  "nn. 623", "n<>. 24", "u*. 125", "a", 98"
            )\.?\.?(?:{_S}|\n)?)?
        (?:(?P<series>[A-K])(?:{_S}|(?=\d)))?                                 # the lettered series of 1940-1951
                                                                           # ("Stb. H 251", "Staatsblad No. J 359",
                                                                           # "Stb. A61": numbered apart, no id; the
                                                                           # builder checks the year)
        (?P<nr>\d{{1,5}}|[il]\d{{1,4}})(?![\d/])                             # without a year: the act's year before it;
                                                                           # OCR's 1 as i or l: "n°. i5" (15)
        (?P<more>(?:,{_S}?\d{{1,5}}(?![\d/]))*{_S}en{_S}                       # acts of one day: "(Staatsblad n°. 350
            (?!(?:18|19|20)\d\d(?!\d))\d{{1,5}}(?![\d/]|,{_S}?\d))?             #  en 351)", ending in "en"; not
                                                                           #  "n°. 157, 5 Juli", no year after
        (?P<years>(?:,?{_S}(?:en{_S})?(?:18|19|20)\d{{2}},{_S}n°\.{_S}?\d{{1,5}}  # more years after "Staatsbladen
            (?:{_S}en{_S}n°\.{_S}?\d{{1,5}})*(?![\d/]))*)                    #  1904, n°. 121": ", en 1912,
                                                                           #  n°. 285 en n°. 286"
        """, "_build_staatsblad",
        ("Stb", "Staats", "Stcrt", "Trb", "Tractatenblad", "Traktatenblad", "Gouvernementsblad", "Publicatieblad",
         "Javasche",
         "Sth.", "Sta", "Sla", "Sto", "Stu", "Sti", "Std", "Stn", "Sld", "Sia", "Sca", "staatsbl"),
        lead=0),  # "Staats": Staatsblad, Staatsbl., Staats-\nblad, Staatscourant; "Staat", ...: the OCR's word
    Form("ecli", r"""
        ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9]+(?:\.[A-Z0-9]+)*          # ECLI:NL:RVS:2019:3536, ECLI:EU:C:2019:12
        """, "_build_ecli", ("ECLI",), lead=0),
    Form("ecli_loose", r"""
        (?:ECLI[ ]?[:;][ ]?)?NL[ ]?[:;][ ]?                                  # ECLI; NL; HR; 2019; 123,
                                                                           # NL:HR:2019:123
        (?P<court>[A-Z][A-Za-z]{1,6})[ ]?[:;][ ]?                            # separators and spaces as typed
        (?P<year>(?:19|20)\d{2})[ ]?[:;][ ]?
        (?P<number>[A-Z]{2}[ ]?\d{4}|[1-9]\d*)(?![\w])
        """, "_build_ecli_loose", ("NL:", "NL;", "NL :"), lead=None),
    Form("ljn", r"""
        (?:LJN|ELRO)(?:[ -]?(?:NUMMER|nummer|NR|nr))?[ ]?[:.=]?[ ]?           # LJN AB1234, LJN: AB 1234, LJN-nr. AB1234
        (?P<ljn>[A-Z]{2}[ ]?\d{4})(?![\w])
        """, "_build_ljn", ("LJN", "ELRO"), lead=0),
    Form("document_id", r"""
        (?:19|20)\d{2}(?P<kind>[DZ])\d{5}\b                                  # 2022D05920, 2022Z02851
        """, "_build_document_id", ("D", "Z"), lead=4,
        cues=(r"D(?<=\d\dD)\d{5}", r"Z(?<=\d\dZ)\d{5}")),  # each opens with its letter (see ``Form.cues``)
    Form("law_article", rf"""
        (?P<kw>[Aa]rtikel(?:en)?|[Aa]rtt?\.|[Aa]rt(?={_S}\d)              # artikel(en), art., artt., art 195;
          |[Aa](?:r-tikel|rt-ikel|rti-kel|rtik-el|rtike-l)(?:en)?){_S}?     # the OCR's line hyphen in the word:
                                                                           # "arti-kel", "ar-tikelen" (96 in SGD)
        (?P<articles>(?:{_SPLIT_ARTICLE}|{_ARTICLE})                        # 3:4, 26, 8a, 3.114, II; OCR's "1 5"
            (?:{_ITEM_LID})?                                                 # "300, eerste lid, en 350": a lid of
            (?:(?:{_S}?,{_S}?(?:en{_S}|of{_S})?|{_S}en{_S}|{_S}of{_S}              # its own per item; artikelen 3 en
                |{_S}(?:t/m|tot{_S}en{_S}met|jo\.?|juncto){_S})                 # 4, "artikel 3 jo. 4"; OCR's commas
               (?:{_ARTICLE})(?!°|{_S}(?:lid|alinea)\b)(?:{_ITEM_LID})?)*)  # "142 ,300", "420,431" (not "7, 2e lid",
                                                                           # nor the item "7, 5°.")
        (?![\w:])
        (?:{_S}(?:en{_S}volgende|e\.v\.))?                                  # artikelen 254 en volgende
        (?:,?{_S}(?:(?P<lid>{_LID}|{_ORDINAL})                                 # eerste lid, 2de lid, lid 1; several
             (?P<more_lids>(?:,{_S}|{_S}en{_S}|{_S}tot{_S}en{_S}met{_S})(?:{_LID}|{_ORDINAL}))*{_S}lid  # lids: "eerste
           |lid{_S}(?P<lid_number>\d{{1,2}})))?                                    # en tweede lid" (no lid in the id)
        (?:,?{_S}(?:(?:aanhef{_S}en{_S})?(?:onderdeel|onder|sub|letter){_S}[a-z0-9°]{{1,4}}\.?  # onder b, letter d,
            |§{_S}?\d{{1,2}}|(?:{_LID}|{_ORDINAL}|laatste){_S}alinea           # § 2, 2de alinea, a numbered item:
            |\d{{1,2}}°\.?)){{0,2}}                                           # "artikel 7, 5°., der wet van ..."
        (?:,?{_S}in{_S}fine)?                                                # art. 848, in fine,
        (?:,?{_S}(?:van{_S}(?:[Dd]e{_S}|[Hh]et{_S}|der{_S}|(?:liet|bet|her){_S}(?=Wetboek))?  # van de, der (old
                    |de{_S}|het{_S}|der{_S}                                # text), OCR's "van liet Wetboek",
                    |(?:dor|dcr|dei|iler|tier|«Ier){_S}(?=[A-Z]|[Ww]et{_S}van{_S}\d))?  # its "der": "dor Grondwet"
           (?:(?:nieuwe|oude|huidige|herziene){_S}(?=[A-Z]))?)?                # "van de nieuwe Grondwet",
                                                                           # "van De Grondwet" (not "Artikel I De
                                                                           # Wegenwet wordt gewijzigd")
        (?=(?P<dated>(?:[Ww]et|(?P<decree>(?:Koninklijk|Kon\.|Ons|Uwer{_S}Majesteits|Zijner{_S}Majesteits  # a law by
              |Hoogstderzelver){_S}[Bb]esluit)){_S}van{_S}(?:den{_S})?     # its date: "artikel 5 der
             (?P<day>[1-3]?\d)(?:[ ]?(?:sten|ste)|den|de|e)?{_S}             # wet van 13 juni 1857", OCR "31 sten"
             (?P<month>[A-Za-z]{{3,9}}){_S}(?P<year>1[89]\d\d|20\d\d)(?!\d))
          |(?P<law>(?:[A-Z]|boek(?={_S}(?:[1-8]|10)(?!\d)))[\w-]*(?:{_S}[\w.-]+){{0,9}}  # Algemene wet bestuursrecht,
                                                                           # Awb, BW, "boek 2" (a book of the code)
             |[a-z][a-z-]{{3,}}wet(?![\w-]))                                   # (a one-word name in lower case:
                                                                           # "artikel 14 der onteigeningswet")
                                                                           # Boek 3 van het Burgerlijk Wetboek
                                                                           # (looked ahead: the next article may
                                                                           # follow within these ten words)
          |(?P<pointed>(?:(?:boven|voor|eerst|laatst|meer|op)?(?:ge)?      # "artikel 14 of 16 der bovenaangehaalde
             (?:aangehaalde|noemde|gemelde|vermelde|zelfde|melde)            # wet", "artikel 7 dier wet", "van die
                                                                           # (voormelde: 126 in SGD, opgemelde,
                                                                           # meergenoemde)
             |die|dier|diezelfde|dierzelfde|derzelfde|dezelfde){_S}wet(?![\w-])  # wet", "derzelfde wet": the law
                                                                           # named last ("van
                                                                           # deze wet" in a bill is the bill itself);
             |(?P<the_law>(?:(?<=\bde{_S})|(?<=\bder{_S}))wet)               # so is "van de wet", "der wet" where
               (?=[ \u00a0]?[.,;:)]|{_S}(?:wordt|worden|is|zijn|werd|en|of|te|luidt|in{_S}(?!de|het))))  # it ends its
                                                                           # phrase (not "de wet van 5 juni 1857",
                                                                           # "de wet voortgezet onderwijs")
          |(?P<orphan>))                                                   # no law here: the law named later in
                                                                           # the sentence or the next, if any
        """, "_build_law_article", ("rtikel", "rt.", "rtt.", "rt ", "r-tikel", "rt-ikel", "rti-kel", "rtik-el",
                                       "rtike-l"), r"[\w-]", lead=1),
    Form("ordinal_article", rf"""
        artikel(?:en)?{_S}(?:der|van{_S}de|van{_S}het){_S}                  # "het 149ste en 150ste artikel der
        (?P<law>[A-Z][\w-]*(?:{_S}[\w.-]+){{0,9}})                          # Grondwet", "het 4de artikel der
        """, "_build_ordinal_article", ("artikel der", "artikel van", "artikelen der", "artikelen van"),  # Grondwet":
        r"[\w-]", lead=0),                                                 # the number an ordinal before the word
                                                                           # (old texts; the builder reads it)
    Form("law_name", rf"""
        [Ww]et                                   # a law by its name: Participatiewet, Wet open overheid,
                                                 # Algemene wet bestuursrecht, Burgerlijk Wetboek;
        (?:{_S}van{_S}(?:den{_S})?               # or by its date: "de wet van 28 Augustus 1851",
          (?P<day>[1-3]?\d)(?:sten|ste|den|de|e)?{_S}          # "wet van den 27sten December 1822"
          (?P<month>[A-Za-z]{{3,9}}){_S}(?P<year>1[89]\d\d|20\d\d)(?!\d))?
        """, "_build_law_name", ("wet", "Wet"), r"$^", lead=0),
    Form("bw_book", rf"""
        [Bb]oek{_S}(?P<book>[1-8]|10)(?![\w.,:]|{_S}?[-–]\d)               # "bij de invoering van Boek 6": a book
        (?:{_S}(?:van{_S}(?:het|de){_S})?(?P<bw>Burgerlijk{_S}Wetboek|BW\b|B\.W\.))?  # of the (new) Burgerlijk
        """, "_build_bw_book", ("Boek ", "boek "), r"[\w\u00ad-]", lead=0),      # Wetboek; named: "Boek 6 BW";
                                                                           # "in boek 2" as a 1990 text has it
    Form("statute_name", r"""
        Statuut{_S}v(?:oor|an){_S}het{_S}Koninkrijk # the Kingdom's charter, a law without "wet" in its name: "het
        """.replace("{_S}", _S), "_build_statute_name", ("Statuut",), r"[\w-]", lead=0),  # Statuut voor het
                                                                           # Koninkrijk (der Nederlanden)", also
                                                                           # "van het Koninkrijk" (laws_additions)
    Form("decree_name", r"""
        esluit                                   # a decree by its name: "Besluit beperking vrije visserij in de
                                                 # kustwateren", "Bezoldigingsbesluit Burgerlijke Rijksambtenaren 1984"
        """, "_build_decree_name", ("esluit",), r"$^"),
)

_DOSSIER_IN_FOOTER = re.compile(_dossier("dossier", f"{_SPACED_DOSSIER}|{_DOSSIER_NUMBER}"))
# Money, pages and phone numbers: a number after these is not a dossier ("f 25000-3000", "blz. 12345-12").
_NOT_A_NUMBER_BEFORE = re.compile(
    r"(?:€|EUR|ƒ|(?<!\w)(?:f|fl|hfl|NLG)\.?|blz\.|bl\.|p\.|pag\.|tel\.?|telefoon|fax|postbus)[ \u00a0]*$", re.I
)

# One expression per form, each starting with its own characters rather than a word boundary
# or look-behind: Python's regex engine then skips ahead to the form's first characters,
# which it cannot do for one alternation of all forms (15 times slower). What must not come
# just before a form is checked on the match instead.
_COMPILED = {form.name: (re.compile(form.pattern, re.VERBOSE), re.compile(form.not_before)) for form in FORMS}


def _overlaps(first: str, second: str) -> bool:
    """Whether an occurrence of ``second`` can start where one of ``first`` starts or inside it."""
    if first != second and (first.startswith(second) or second.startswith(first)):
        return True
    return any(first[offset:offset + len(second)] == second[:len(first) - offset] for offset in range(1, len(first)))


def _indexed_literals(literals: Iterable[str]) -> tuple[str, ...]:
    """The literals found by one scan of the text instead of one ``str.find`` pass each: those that open with a
    capital or a line break (rare characters, which the regex engine skips to), kept only where no two of them
    (nor one with itself) can overlap, so that one alternation's ``finditer`` finds every occurrence of each."""
    kept: list[str] = []
    for literal in sorted(set(literals), key=lambda item: (-len(item), item)):
        if len(literal) > 1 and (literal[0].isupper() or literal[0] == "\n") and not any(
                _overlaps(literal, other) or _overlaps(other, literal) for other in [*kept, literal]):
            kept.append(literal)
    return tuple(kept)


_INDEXED = _indexed_literals(literal for form in FORMS for literal in form.literals)
# One alternation, grouped by first character (as laws.standalone_abbreviations): the regex engine tries at a capital
# only the literals that open with it, not all 52 (a third of the scan's time over the SGD pool). No two indexed
# literals can match at one place (_indexed_literals), so the grouping finds what the plain alternation finds.
_INDEX_PATTERN = re.compile("|".join(
    re.escape(first) + "(?:" + "|".join(re.escape(literal[1:]) for literal in _INDEXED if literal[0] == first) + ")"
    for first in dict.fromkeys(literal[0] for literal in _INDEXED)))


class _Literals:
    """Which of the forms' literals occur in one text (each looked up once, though several forms share some), and
    where: the indexed ones all found in one scan, the others by ``str.find`` when a form with a lead asks."""

    __slots__ = ("text", "present", "_positions", "_words")

    def __init__(self, text: str) -> None:
        self.text = text
        self._positions: dict[str, list[int]] = {}
        for found in _INDEX_PATTERN.finditer(text):
            self._positions.setdefault(found.group(), []).append(found.start())
        present = self.present = {literal for literal in _SEARCHED if literal in text}
        present.update(self._positions)
        for literal, inside in _SEARCHED_AFTER:  # known absent where a literal inside it is: not looked up
            if present.issuperset(inside) and literal in text:
                present.add(literal)
        self._words: dict[str, bool] = {}  # other words asked for (the implicit forms' nouns), once each

    def has(self, word: str) -> bool:
        """Whether ``word`` is in the text: known at once where it is a literal, or holds one found absent (no
        "motie" where there is no "otie"); else looked up once."""
        known = self._words.get(word)
        if known is None:
            known = self._words[word] = not self.absent(word) and (
                word in self.present if word in _LITERAL_SET else word in self.text)
        return known

    def absent(self, word: str) -> bool:
        """Whether ``word`` is known not to be in the text without looking: a literal not found, or a word that
        holds one ("besluit" where there is no "esluit")."""
        inside = _CONTAINED.get(word)
        if inside is None:
            inside = _CONTAINED[word] = frozenset(literal for literal in _LITERAL_SET if literal in word)
        return not self.present.issuperset(inside)

    def positions(self, literal: str) -> Iterable[int]:
        """Where ``literal`` occurs, left to right (occurrences may overlap, as ``str.find`` finds them)."""
        if literal in _INDEXED_SET:
            return self._positions.get(literal, ())
        return self._found(literal) if literal in self.present else ()

    def _found(self, literal: str) -> Iterable[int]:
        text = self.text
        found = text.find(literal)
        while found >= 0:
            yield found
            found = text.find(literal, found + 1)


_INDEXED_SET = frozenset(_INDEXED)
_LITERAL_SET = frozenset(literal for form in FORMS for literal in form.literals)


def _searched_after(literals: Iterable[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Of ``literals`` (those looked up with ``in``), each that holds another of the forms' literals, with those it
    holds, shortest first: looked up after them, and only where all of them are in the text (``amerstuk`` is in no
    text without ``tuk``, ``kamerstukdossier`` in none without ``ossier``). The answer is the one ``in`` gives; over
    the SGD pool 49,959 of the 131,747 lookups of these literals (a sixth of all 295,295) are spared so."""
    held = [(literal, frozenset(other for other in _LITERAL_SET if other != literal and other in literal))
            for literal in literals]
    return tuple(sorted(((literal, inside) for literal, inside in held if inside),
                        key=lambda item: (len(item[0]), item[0])))


_SEARCHED_AFTER = _searched_after(_LITERAL_SET - _INDEXED_SET)
# the others looked up with ``in``, in one pass
_SEARCHED = tuple(sorted(_LITERAL_SET - _INDEXED_SET - {literal for literal, _ in _SEARCHED_AFTER}))
_CONTAINED: dict[str, frozenset[str]] = {}  # a word -> the literals inside it
# Each form with the literals one of which must be in the text for it to be tried (None: tried on every text), its
# cues compiled (None: none), and the pattern of what may not come just before a match (None for "$^", which nothing
# before a match can match: not tried at each match)
_GATED = tuple((order, form, frozenset(form.literals) or None, tuple(map(re.compile, form.cues)) or None,
                None if form.not_before == "$^" else _COMPILED[form.name][1]) for order, form in enumerate(FORMS))

_BLAD_TYPES = {
    "stb": ("staatsblad", "stb"),
    "staatsblad": ("staatsblad", "stb"),
    "staatsbl": ("staatsblad", "stb"),
    "staatsbladen": ("staatsblad", "stb"),  # the old abbreviations, and OCR's: "Staatsbl.", "Stbl.", "Stb1.", "Sth."
    "stbl": ("staatsblad", "stb"),
    "stb1": ("staatsblad", "stb"),
    "sth": ("staatsblad", "stb"),
    "stcrt": ("staatscourant", "stcrt"),
    "staatscourant": ("staatscourant", "stcrt"),
    "trb": ("traktatenblad", "trb"),
    "tractatenblad": ("traktatenblad", "trb"),
    "traktatenblad": ("traktatenblad", "trb"),
}
# A colony's gazette, by the words around "Staatsblad": "Indisch Staatsblad", "Ind. Stb.", "Staatsblad van
# Nederlandsch-Indië"; the Gouvernementsblad (Suriname, Nieuw-Guinea) and the Publicatieblad (Curaçao, the Antilles).
_COLONY_BEFORE = re.compile(r"(?:[IT]n(?:-\n?)?di[sêé]?ch|Indische|Ind\.|N\.-I\.|Surinaamsch|Curaçaosch)[ \u00a0\n]?$")
# (the OCR's "Tndiêch": a garbled Staatsblad word after it, "Tndiêch StoatébHad n°. 28", is the Indies' too)
_COLONY_NAMES = (("indi", "nederlands-indie"), ("suriname", "suriname"), ("cura", "curacao"),
                 ("antillen", "nederlandse-antillen"))


_STAATSBLAD_LOOKALIKES = frozenset(resources.lines("staatsblad_lookalikes.txt"))


def _garbled_staatsblad_word(word: str) -> bool:
    """Whether an S-word before a number's ``n°.`` is the word Staatsblad as the OCR garbled it: as long as it (7 to
    12 characters), like it (``difflib``'s ratio at least 0.65: "Staatmad" 0.78, "StaaUMad" 0.67, "Slaalsbla,l" 0.67;
    "Staatswet" 0.63, "Statuten" 0.44, "Stukken" 0.24), ending as a garbled "blad" ends (a ``d`` or an ``l``), and no
    real word that looks like it (``resources/staatsblad_lookalikes.txt``: "Staatsraad", "Stadsblad")."""
    word = word.lower()
    if not 7 <= len(word) <= 12 or word[-1] not in "dl" or word in _STAATSBLAD_LOOKALIKES:
        return False
    return difflib.SequenceMatcher(None, word, "staatsblad").ratio() >= 0.65


def _letter_range(first: str, last: str | None) -> list[str]:
    """The letters of a footer's range, both ends included ("19 378, A-C": A, B, C; 21 SGD pages of 1981-1986 print
    one); the first alone where there is no range, it runs down, or it spans more than eight letters."""
    if not last or len(first) != 1 or not 0 < ord(last) - ord(first) <= 7:
        return [first]
    return [chr(code) for code in range(ord(first), ord(last) + 1)]


def _colony(match: re.Match[str]) -> tuple[str | None, int]:
    """The colony whose gazette the match names (None for the Dutch Staatsblad, Staatscourant, Traktatenblad),
    and where the mention starts (at "Indisch" where that word names it)."""
    kind, named = match["kind"], (match["colony"] or "").lower()
    for cue, colony in _COLONY_NAMES:
        if cue in named:
            return colony, match.start()
    before = match.string[max(0, match.start() - 14):match.start()]
    found = _COLONY_BEFORE.search(before)
    if found:
        word, start = found.group(0).lower(), match.start() - len(found.group(0))
        if word.startswith("surin"):
            return "suriname", start
        return ("curacao" if word.startswith("cura") else "nederlands-indie"), start
    if kind == "Gouvernementsblad":
        return "suriname", match.start()
    if kind == "Publicatieblad":
        return "curacao", match.start()
    if kind.startswith("Javasche"):  # the Javasche Courant: the Indies' Staatscourant
        return "nederlands-indie", match.start()
    return None, match.start()


_CHAMBER_CODES = {"I": "ek", "EK": "ek", "E.K.": "ek", "Eerste Kamer": "ek", "II": "tk", "TK": "tk", "T.K.": "tk",
                  "Tweede Kamer": "tk", "VV": "vv", "Verenigde Vergadering": "vv", "I-II": "vv", "I/II": "vv"}
# What a stuk named by its number alone follows: its noun or "gedrukt" ("de nota van wijziging onder nummer 9", "de
# stukken, gedrukt onder de nrs. 5 en 6", "het amendement op nr. 12"); "ter vervanging van dat, gedrukt onder" is
# another form's; a session after the number is another numbering's ("gedrukt onder nr. 344, 1993-1994", below)
_SP_ = r"[ \u00a0\n]+"
_NOUN_BEFORE_NUMBER = re.compile(rf"(?:(?<![\w-])(?:[Nn]ota{_SP_}van{_SP_}wijziging(?:en)?|[Mm]otie|[Aa]mendement)"
                                 rf"|(?<![\w-])gedrukt),?{_SP_}\Z")
_REPLACED_BEFORE = re.compile(rf"vervanging{_SP_}van{_SP_}d(?:at|ie),?{_SP_}gedrukt{_SP_}\Z", re.I)
# ("nrs. 199, 201 en 201a van het vergaderjaar 1983-1984", "n°. 16» der zitting 1868—1869")
_SESSION_AFTER = re.compile(rf"\W{{0,2}}[ \u00a0\n]*(?:(?:van{_SP_}het|der|de){_SP_})?"
                            rf"(?:(?:zitting|vergaderjaar){_SP_})?(?:18|19|20)\d\d(?!\d)")

# What may follow a page's footer that ends the text: spaces, and the page's number on a line of its own
_TEXT_END = re.compile(r"[ \t]*(?:\n[ \t]*\d{0,4}[ \t]*)*")


@dataclass
class Mention:
    """One stretch of text that refers to one or more documents."""

    start: int
    end: int
    type: str
    records: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Scan:
    """What a scan of one text has learnt so far, in text order: the context of later references."""

    text: str
    bills: list[tuple[str, Mention]] = field(default_factory=list)  # dossiers named as the bill in debate
    defined_laws: dict[str, str] = field(default_factory=dict)  # "Awir" -> BWB id, as the text defines it
    last_law: Mention | None = None  # the law named last: what "artikel 14 der bovenaangehaalde wet" means
    by_head: set[int] = field(default_factory=set)  # articles whose law a head alone named ("het Statuut")
    books_alone: set[int] = field(default_factory=set)  # a book of the code named alone ("in boek 2")
    own_document: dict[str, Any] | None = None  # the amendement or motie the text's own header announces
    own_footer: tuple[str, Mention] | None = None  # the stuk's own footer line or Bijlagen foot label ("8595 5")
    orphans: list[re.Match[str]] = field(default_factory=list)  # articles cited before their law
    last_citation: Mention | None = None  # the last "Kamerstukken ..." citation: what "; 1976/1977, 13872" continues
    bill_text: bool | None = None  # whether the text is a bill's or amendment's own (read when first asked)
    label_seen: bool = False  # a Bijlagen page's label was read: the stuk's own id, once
    joint_header: tuple[int, int] = (0, 0)  # a joint stuk's header block: its other dossiers are not records
    joint_head: bool = False  # a header or label named several dossiers as one stuk's: "bovengenoemde wetsontwerpen"
    # are those bills, which no one id gives
    numbered: list[tuple[str, int]] = field(default_factory=list)  # moties numbered with their dossier: (dossier, nr)
    stuk_without_dossier: list[Mention] = field(default_factory=list)  # "stuk nr. 2" before any dossier was known
    session_numbered: list[Mention] = field(default_factory=list)  # the dossiers of an Eerste Kamer header, numbered
    cited_articles: dict[str, list[Mention]] | None = None  # article -> the law mentions citing it (on first ask)
    literals: _Literals | None = None  # which literals the text holds (set by the scan of the explicit forms)


def vergaderjaar_key(raw: str) -> str:
    """``2021/22``, ``1994-1995`` or ``1999/00`` as ``20212022``, ``19941995``, ``19992000``; the OCR's ``1 993/94``
    as ``19931994``."""
    digits = re.findall(r"\d+", re.sub(r"(?<=\d)[ \u00a0]+(?=\d)", "", raw))  # "1 993": one year, OCR-spaced
    first = digits[0]
    if len(first) == 2:  # "19/20", "'98/'99": the century of a two-digit year
        first = ("19" if int(first) >= 50 else "20") + first
    if len(digits) == 1:
        return first
    second = digits[1]
    if len(second) == 2:
        second = str(int(first[:2]) * 100 + int(second) + (100 if second < first[2:] else 0))
    return first + second




def dossier_key(number: str, suffix: str | None = None) -> str:
    """``29 362`` as ``29362``; ``23 9OO`` (OCR) as ``23900``; a suffix joined with a hyphen."""
    key = dossier_lists.number_digits(number)
    if suffix:
        suffix = re.sub(r"^[ \u00a0,–-]*(?:hoofdstuk|hfdst\.?)[ \u00a0]*", "", suffix, flags=re.I)
        suffix = re.sub(r"(?<=[IVXLC])[ \u00a0-](?=[A-F]$)", "", suffix.strip(" \u00a0,-–"))  # "IX B", "IX-B": IXB
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


def numbers_with_parts(raw: str) -> list[tuple[str, list[str]]]:
    """Ondernummers with the roman parts that follow them: ``9, I`` is number 9, part I (not a number I)."""
    found: list[tuple[str, list[str]]] = []
    for number in expand_numbers(raw):
        if re.fullmatch(r"[IVXLC]+", number) and found:
            found[-1][1].append(number)
        elif not re.fullmatch(r"[IVXLC]+", number):
            found.append((number, []))
    return found


def _listed_bill_number(match: re.Match[str]) -> int | None:
    """The number of a bill listed by number and title (``dossier`` of the match, the title on the next line), or
    None: only a dossier of five digits (1975 onwards; a page number, a year or a table cell has fewer) whose title
    opens with a bill title's first word (``bill_title_openings.txt``; not ``Hoofdstuk`` or ``Wet``, which open a
    budget's or an eindverslag's list lines)."""
    number = dossier_lists.number_value(match["dossier"])
    if not 10000 <= number <= 39999:
        return None
    opening = dossier_lists.title_opening_at(match.string, match.end())
    return None if opening is None or opening in ("Hoofdstuk", "Wet") else number


def _kamerstuk_record(dossier: str | None, nr: str | None, chamber: str | None, vj: str | None) -> dict[str, Any]:
    record: dict[str, Any] = {"type": "kamerstuk", "id": None, "dossier": dossier, "ondernummer": nr}
    if dossier:
        record["id"] = f"kst-{dossier}-{nr}" if nr else f"kst-{dossier}"
    if chamber:
        record["chamber"] = chamber
    if vj:
        record["vergaderjaar"] = vj
    return record


def _numbered_records(dossier: str | None, raw: str, ref_type: str = "kamerstuk") -> list[dict[str, Any]]:
    records = []
    for nr, parts in numbers_with_parts(raw):
        record = _kamerstuk_record(dossier, nr, None, None)
        record["type"] = ref_type
        if parts:
            record["parts"] = parts
        records.append(record)
    return records


class ReferenceParser:
    """Finds reference mentions in a text and resolves them to records.

    ``own_dossier`` (the header's dossier; ``own_dossier_span`` its place in the text)
    resolves a bare ``stuk nr. 12`` and ``het wetsvoorstel``; ``own_document`` (``{"id",
    "type", "span"}`` of an amendement or motie the header describes) is what its own ``dit
    amendement`` means when no other comes before; without a header the bill a debate
    names (``het wetsvoorstel ... (27659)``) does. ``default_chamber`` (``tk``/``ek``) fills
    Handelingen ids whose chamber is not printed; ``footnotes`` maps a footnote number to
    its text so that ``motie van de leden Tielen en Ceder5`` takes the kamerstuk id that
    footnote 5 gives.
    """

    def __init__(
        self,
        own_dossier: str | None = None,
        default_chamber: str = "tk",
        footnotes: dict[str, str] | None = None,
        own_dossier_span: tuple[int, int] | None = None,
        own_document: dict[str, Any] | None = None,
        document_year: int | None = None,
        own_stuk: str | None = None,
        own_title_spans: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.own_dossier = own_dossier
        self.own_stuk = own_stuk  # the header's "kst-16162-13": the stuk "deze memorie" is (else its own footer's)
        self.document_year = document_year
        self.own_dossier_span = own_dossier_span
        self.own_title_spans = own_title_spans  # where the header prints its dossiers' titles
        self.own_document = own_document
        self.default_chamber = default_chamber
        self.footnotes = footnotes or {}
        self._scan = _Scan("")

    def mentions(self, text: str, implicit: bool = True) -> list[Mention]:
        """Mentions in text order; where two forms overlap, the one that starts first (then the longer) wins.

        With ``implicit``, the references that name no number follow in a second pass.
        """
        printed = text
        if "\u00ad" in text:
            # The OCR's soft hyphen inside a word ("Wegen\u00adwet", "ar\u00adtikel", 10,951 in the SGD pool) read as
            # the line's hyphen it stands for, which the forms know ("Wegen-wet"); the length stays, so the spans do.
            # Not before a capital: there it stands for a space or a dash ("dei\u00adComptabiliteitswet" for "der
            # Comptabiliteitswet", "amendement\u00adBONGAERTS")
            text = _SOFT_HYPHEN_IN_WORD.sub("-", text)
        outer, self._scan = self._scan, _Scan(text)
        try:
            found = self._explicit(text)
            if len(self._scan.session_numbered) > 1:
                found = self._with_session_numbered(found)
            if self._scan.stuk_without_dossier and self._scan.own_footer:
                self._stuk_by_footer(text)
            found = self._law_abbreviations(text, found)
            found = self._bracketed_articles(text, found)
            _other_laws(text, found)
            _cut_names_need_a_year(text, found, self.document_year)
            if self._scan.orphans:
                found = self._orphans_to_laws(text, found)
            if implicit:
                from .implicit import resolve_implicit

                found = resolve_implicit(self, text, found)
            _old_numbered_articles(found)
            if self.document_year:
                _drop_later_laws(text, found, self.document_year)
            elif any(r.get("article") and laws.renumbered_year(r.get("bwb") or "")
                     or laws.has_namesake(r.get("bwb") or "")
                     or (laws.enacted_year(r.get("bwb") or "") or 0) >= laws.SPELLING_REFORM_YEAR
                     for m in found if m.type == "wet" for r in m.records) and laws.written_before_1947(text):
                # no date, but the old spelling: a text of the year before the reform at the latest (so no law
                # made since: the Comptabiliteitswet in such a text is that of 1927, not of 2001)
                _drop_later_laws(text, found, laws.SPELLING_REFORM_YEAR - 1, known_year=False)
            if self.own_title_spans:
                found = [m for m in found if not self._own_citation_title(text, m)]
            if printed is not text:
                for mention in found:
                    for record in mention.records:
                        _printed_text(record, printed)
            return found
        finally:
            self._scan = outer

    def _own_citation_title(self, text: str, mention: Mention) -> bool:
        """Whether ``mention`` is the bill's own citation title in brackets closing its dossier title in the header
        (``Regelen omtrent ... (Wet Rentesteekproefonderzoek 1984/1985)``, ``(Waterschapswet)``): the document's
        name for the law it proposes, not a reference (corpora/CONVENTIONS.md, "Not annotated"). A law named inside
        the title (``Wijziging van de Merkenwet``) stays."""
        if mention.type != "wet" or mention.records[0].get("implicit"):
            return False
        return any(start <= mention.start and mention.end <= end
                   and _BRACKET_BEFORE.search(text, max(start, mention.start - 3), mention.start)
                   and _TITLE_BRACKET_CLOSES.fullmatch(text, mention.end, end + 2 if text[end:end + 1] == ")" else end)
                   for start, end in self.own_title_spans)

    def _explicit(self, text: str) -> list[Mention]:
        literals = self._scan.literals = _Literals(text)
        present = literals.present
        matches = []
        for order, form, gate, cues, not_before in _GATED:
            if gate is not None and gate.isdisjoint(present):
                continue  # none of its literals in the text
            if cues is not None and not any(cue.search(text) for cue in cues):
                continue
            for match in _matches(form, text, literals):
                start = match.start()
                if not_before is None or not start or not not_before.match(text, start - 1):
                    matches.append((start, -match.end(), order, form, match))
        # by start, the longer first, then the table's order: (start, order) is one match's alone, so the tuples
        # compare on these three and never on the form
        matches.sort()
        found: list[Mention] = []
        taken_until = 0
        for start, _, _, form, match in matches:
            if start < taken_until:
                continue
            build: Callable[[re.Match[str]], Mention | list[Mention] | None] = getattr(self, form.build)
            built = build(match)
            mentions = built if isinstance(built, list) else [built] if built is not None else []
            if mentions and all(m.records for m in mentions) and mentions[0].start >= taken_until:
                if mentions[0].type == "kamerstuk" and mentions[0].records[0].get("ondernummer"):
                    _type_by_noun_before(text, mentions)
                found.extend(mentions)
                if form.name in ("kamerstuk", "continued_citation"):
                    self._scan.last_citation = mentions[-1]
                taken_until = mentions[-1].end
                if (mentions[-1].type == "wet" and not mentions[-1].records[0].get("implicit")
                        and not _EXECUTED_LAW.search(text, max(0, mentions[-1].start - 40), mentions[-1].start)):
                    self._scan.last_law = mentions[-1]
        return found

    # ---- building records -------------------------------------------------------------------------------------

    def _mention(self, match: re.Match[str], ref_type: str, records: list[dict[str, Any]],
                 start: int | None = None, end: int | None = None, keep_stop: bool = False) -> Mention:
        """A mention over ``start:end`` (the match by default); trailing punctuation of a sentence left out."""
        text = match.string
        start = match.start() if start is None else start
        end = match.end() if end is None else end
        while end > start and text[end - 1] in ".,;:" and not keep_stop:
            end -= 1
        for record in records:
            record.update(start=start, end=end, text=text[start:end])
        return Mention(start, end, ref_type, [_ordered(r) for r in records])

    def _build_kst_id(self, match: re.Match[str]) -> Mention:
        return self._mention(match, "kamerstuk", [_kamerstuk_record(match["dossier"], match["nr"], None, None)])

    def _build_h_id(self, match: re.Match[str]) -> Mention:
        ref_type = "aanhangsel" if match["kind"] == "ah" else "handelingen"
        record = {"type": ref_type, "id": match.group(0), "chamber": match["chamber"], "vergaderjaar": match["vj"]}
        return self._mention(match, ref_type, [record])

    def _build_aanhangsel(self, match: re.Match[str]) -> Mention | list[Mention]:
        chamber = _CHAMBER_CODES.get(match["chamber"] or "", self.default_chamber)
        vj = vergaderjaar_key(match["vj"])
        record: dict[str, Any] = {"type": "aanhangsel", "id": f"ah-{chamber}-{vj}", "chamber": chamber,
                                  "vergaderjaar": vj}
        if match["page"]:
            record["page"] = match["page"]
        numbers = expand_numbers(match["nrs"]) if match["nrs"] else [match["nr"]] if match["nr"] else []
        if not numbers:
            return self._mention(match, "aanhangsel", [record])
        # one record per number, each its own Aanhangsel document
        mention = self._mention(match, "aanhangsel", [dict(record, number=nr, id=f"ah-{chamber}-{vj}-{nr}")
                                                       for nr in numbers])
        more = _AANHANGSEL_CONTINUED.match(match.string, mention.end)
        if more is None:
            return mention
        # "onder de nrs. 44 t/m 47, alsmede de vragen van de heren ... onder nr. 132": the same Aanhangsel
        return [mention, self._mention(more, "aanhangsel", [
            dict(record, number=nr, id=f"ah-{chamber}-{vj}-{nr}") for nr in expand_numbers(more["nrs"])],
            start=more.start("kw"))]

    def _build_aanhangsel_numbers(self, match: re.Match[str]) -> Mention:
        chamber = _CHAMBER_CODES.get(match["chamber"] or "", self.default_chamber)
        vj = vergaderjaar_key(match["vj"])
        records = [{"type": "aanhangsel", "id": f"ah-{chamber}-{vj}-{nr}", "chamber": chamber,
                    "vergaderjaar": vj, "number": nr} for nr in expand_numbers(match["nrs"])]
        return self._mention(match, "aanhangsel", records)

    def _build_handelingen(self, match: re.Match[str]) -> Mention:
        chamber = _CHAMBER_CODES.get(match["chamber"] or "", self.default_chamber)
        vj = vergaderjaar_key(match["vj"])
        base = f"h-{chamber}-{vj}"
        common: dict[str, Any] = {"type": "handelingen", "chamber": chamber, "vergaderjaar": vj}
        if match["page"]:
            common["page"] = match["page"]
        nr = match["nr"]
        if not nr and match["page"]:
            # Old Handelingen are cited by their pages; a range is a sitting's minutes as the SGD numbers them
            # (h-tk-19761977-1973-2004), one record per range; a single page is part of one, which: not known.
            records = []
            for part in re.split(r"\s*[;,]\s*", match["page"]):
                pages = re.split(r"\s*(?:[-–]|\ben\b)\s*", part.replace("\u00a0", " "))  # "507 en 508"
                ranged = len(pages) == 2 and int(pages[0]) < int(pages[1])
                records.append(dict(common, page=part, id=f"{base}-{pages[0]}-{pages[1]}" if ranged else None))
        elif not nr:
            records = [dict(common, id=None)]  # a year of Handelingen, not one document
        else:
            common["number"] = nr
            items = expand_numbers(match["items"]) if match["items"] else []
            records = ([dict(common, id=f"{base}-{nr}-{item}", item=item) for item in items]
                       or [dict(common, id=f"{base}-{nr}")])
        return self._mention(match, "handelingen", records)

    def _build_handelingen_pages(self, match: re.Match[str]) -> Mention | None:
        """``(13 maart 1974, Handelingen blz. 3046-3060)``: no session printed, the sitting's date just before gives it
        (from October a session's first year, to August its second; in September the session opens on the third
        Tuesday, from the 15th to the 21st: a date before the 15th is of the old session, after the 21st of the new,
        in that week not decided); pages from one to a later one (``344 en 345``, ``3046-3060``) are a sitting's
        minutes as the SGD numbers them, ``h-tk-19731974-3046-3060``; a single page or pages apart has no id."""
        text = match.string
        dates = list(_SITTING_DATE.finditer(text, max(0, match.start() - 70), match.start()))
        date = dates[-1] if dates else None  # the date nearest the pages
        month = laws.month_numbers().get(date["month"].lower()) if date else None
        if date is None or month is None:
            return None
        year, day = int(date["year"]), int(date["day"])
        if month >= 10 or month == 9 and day > _SESSION_OPENS_LAST_DAY:
            vj = f"{year}{year + 1}"
        elif month <= 8 or day < _SESSION_OPENS_FIRST_DAY:
            vj = f"{year - 1}{year}"
        else:
            return None  # the week in which the session opens: either session
        named = list(_CHAMBER_NAMED.finditer(text, max(0, match.start() - 120), match.start()))
        chamber = (_CHAMBER_CODES.get(match["chamber"] or "")  # "Handelingen II", else the chamber named nearest
                   or (_CHAMBER_CODES[named[-1].group(0)] if named else self.default_chamber))
        first, last = match["first"], match["last"]
        ranged = last is not None and 0 < int(last) - int(first) <= (1 if match["dash"] == "en" else _SITTING_PAGES)
        pages = f"{first}-{last}" if last else first
        record = {"type": "handelingen", "chamber": chamber, "vergaderjaar": vj, "page": pages,
                  "id": f"h-{chamber}-{vj}-{first}-{last}" if ranged else None}
        return self._mention(match, "handelingen", [record])

    def _build_motie(self, match: re.Match[str]) -> Mention:
        ref_type = "motie" if match["kind"].lower() == "motie" else "amendement"
        raw_names = match["hyphen"] or match["names"] or ""
        members = [name.strip() for name in re.split(r"/|,\s|\sen\s", raw_names) if name.strip()]
        record: dict[str, Any] = {"type": ref_type, "id": None, "members": members}
        linked: list[dict[str, Any]] = []
        if match["inner"]:
            linked = self._kamerstukken_in(match["inner"], match.start())
        if not linked and match["note"] and match["note"] in self.footnotes:
            linked = self._kamerstukken_in(self.footnotes[match["note"]], match.start())
        if linked:
            record.update(id=linked[0]["id"], dossier=linked[0].get("dossier"),
                          ondernummer=linked[0].get("ondernummer"))
            if linked[0].get("parts"):
                record["parts"] = linked[0]["parts"]
        if match["note"]:
            record["footnote"] = match["note"]
        return self._mention(match, ref_type, [record], keep_stop=match.group(0).endswith("c.s."))

    def _kamerstukken_in(self, text: str, position: int) -> list[dict[str, Any]]:
        """The kamerstukken cited in a motie's brackets or footnote; a bare number takes the dossier in debate. Where
        the text alone names none, the text in its brackets: a dossier of four digits with its budget chapter is read
        only so (``De motie van de heer Van der Ploeg c.s. (8300, hoofdstuk XIV, nr. 14)``)."""
        dossier, _ = self._dossier_in_context(position)
        inner = ReferenceParser(dossier, self.default_chamber, document_year=self.document_year)

        def kamerstukken(cited: str) -> list[dict[str, Any]]:
            return [r for m in inner.mentions(cited, implicit=False) for r in m.records if r["type"] == "kamerstuk"]

        found = kamerstukken(text)
        return found if found or not text[:1].isdigit() else kamerstukken(f"({text})")

    def _build_kamerstuk(self, match: re.Match[str]) -> Mention:
        chamber = _CHAMBER_CODES.get(match["chamber"] or "") or {"11": "tk", "1": "ek"}.get(match["ocr_chamber"] or "")
        vj = vergaderjaar_key(match["vj"]) if match["vj"] else None
        if match["bare"]:
            numbers = re.split(r"\s*(?:,|\ben\b)\s*", match["bare"].replace("\u00a0", " "))
            if any(len(n.replace(" ", "")) >= 4 for n in numbers):  # "Kamerstukken nrs. 13 283, 13 284": dossiers
                records = [_kamerstuk_record(dossier_key(n), None, chamber, vj) for n in numbers if n.strip()]
            else:
                records = [_kamerstuk_record(self.own_dossier, n, chamber, vj) for n in expand_numbers(match["bare"])]
            return self._mention(match, "kamerstuk", records)
        dossier = dossier_key(match["dossier"] or "", match["dossier_suffix"] or match["chapter"])
        if match["paren_nrs"]:
            records = [_kamerstuk_record(dossier, nr, chamber, vj) for nr in re.split(r"[,.]\s*", match["paren_nrs"])]
        elif match["plain_nr"] or match["dash_nr"] or match["letter"] and chamber == "ek":
            records = [_kamerstuk_record(dossier, match["plain_nr"] or match["dash_nr"] or match["letter"], chamber,
                                         vj)]
        elif not match["nrs"] and re.fullmatch(r"[-–]\d{2}", match["dossier_suffix"] or ""):
            # "Kamerstuk 33043-76" with no number after it: the site's dossier-number notation, not a sub-dossier
            records = [_kamerstuk_record(dossier_key(match["dossier"]), match["dossier_suffix"][1:], chamber, vj)]
        elif not match["nrs"]:
            records = [_kamerstuk_record(dossier, None, chamber, vj)]
        else:
            records = []
            for record in _numbered_records(dossier, match["nrs"]):
                record.update((key, value) for key, value in (("chamber", chamber), ("vergaderjaar", vj)) if value)
                records.append(record)
        if match["page"]:
            for record in records:
                record["page"] = match["page"]
        return self._mention(match, "kamerstuk", records)

    def _build_continued_citation(self, match: re.Match[str]) -> Mention | None:
        """``; 1976/1977, 13872`` right after a ``Kamerstukken`` citation: another one, of that one's chamber."""
        before = self._scan.last_citation
        if before is None or match.start() - before.end > 3 or match.string[before.end:match.start()].strip(" ,)"):
            return None
        chamber = before.records[0].get("chamber")
        vj = vergaderjaar_key(match["vj"])
        dossier = dossier_key(match["dossier"], match["dossier_suffix"])
        if match["paren_nrs"]:
            numbers = re.split(r"[,.]\s*", match["paren_nrs"])
        elif match["nrs"]:
            numbers = [record["ondernummer"] for record in _numbered_records(dossier, match["nrs"])]
        else:
            numbers = [None]
        records = [_kamerstuk_record(dossier, nr, chamber, vj) for nr in numbers]
        start = match.start("vj")
        return self._mention(match, "kamerstuk", records, start=start)

    def _build_chamber_citation(self, match: re.Match[str]) -> Mention:
        chamber, vj = _CHAMBER_CODES[match["chamber"] + " Kamer"], vergaderjaar_key(match["vj"])
        records = []
        # A joint stuk of several dossiers ("21 952 en 22052, nr. 23") or chapters ("21 800 XIV en B, nr. 224c")
        # is one document, published under the first dossier: one record (the golds' convention).
        for dossier in list(_DOSSIER_IN_FOOTER.finditer(match["dossiers"]))[:1]:
            key = dossier_key(dossier["dossier"], dossier["dossier_suffix"])
            if match["letter"] and chamber != "ek":  # in a Tweede Kamer stuk a letter is a chapter: "22 300, A"
                records.extend(_kamerstuk_record(dossier_key(key, letter), None, chamber, vj)
                               for letter in _letter_range(match["letter"], match["letter_to"]))
                continue
            # "12 982 nr. 6, nr. 25" (1970s footers): the first number belongs to the bill's designation (its
            # stuk nr. 6, the bill it amends), the last is this stuk's own, as its header's "Nr. 25" says
            nrs = match["nrs"] and re.split(r",[ \u00a0]*(?:nrs?|nos?|n°|no|nummers?)\.?[ \u00a0]*", match["nrs"])[-1]
            if nrs and re.fullmatch(r"\d{1,2}[ \u00a0]\d{1,2}", nrs):
                # "nr. 1 56" at the footer's end: OCR spaces in 156; after "nrs." a range whose dash is lost
                # ("nrs. 1 3": a bill's first stukken, 1-3) where the second is a little above the first, else the first
                plural = re.search(r"(?:nrs|nos|nummers)\.?[ \u00a0]*$", match.string[match.start():match.start("nrs")])
                first, second = (int(n) for n in nrs.split())
                nrs = (f"{first}-{second}" if plural and 0 < second - first <= 5 else nrs.split()[0] if plural
                       else re.sub(r"\s", "", nrs))
            if (match["enz"] and chamber == "ek" and not dossier["dossier_suffix"] and not match["letter"]
                    and re.fullmatch(r"\d{1,4}", nrs or "")):
                # "Eerste Kamer, zitting 1981-1982, 16697 enz., nr. 54": an Eerste Kamer stuk numbered per session
                # over many bills, each at dossier level (CONVENTIONS; a budget's chapters keep the stuk id, and so
                # does a number with the Eerste Kamer's letter, "17 901 enz., nr. 110a": numbered in the dossier)
                records.append(_kamerstuk_record(key, None, chamber, vj))
                continue
            for record in _numbered_records(key, nrs or match["letter"]):
                records.append(dict(record, chamber=chamber, vergaderjaar=vj))
        mention = self._mention(match, "kamerstuk", records)
        text = match.string
        line_start, line_end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
        if records and (not text[line_start:match.start()].strip() and not text[match.end():line_end].strip(" .\t")
                        or _TEXT_END.fullmatch(text, match.end())):
            # A line of its own: the page's footer, so the stuk the text is; its dossier is the bill of
            # "het (voorliggende) wetsontwerp" anywhere on the page where no header or earlier bill says otherwise.
            # So too where the OCR glued it to the page's last line of prose ("... namelijk: Eerste Kamer,
            # vergaderjaar 1983-1984, 17719, nr. 18a"): nothing but a page number after it, it ends the page.
            self._scan.own_footer = self._scan.own_footer or (records[0]["dossier"], mention)
        return mention

    def _build_dossier_page(self, match: re.Match[str]) -> Mention:
        return self._mention(match, "kamerstuk", [_kamerstuk_record(match["dossier"], match["nr"], None, None)])

    def _build_stuk(self, match: re.Match[str]) -> Mention:
        # Without a dossier in the header or a bill named earlier (a debate cites "de motie op stuk
        # nr. 471") the record keeps the number and has no id: the dossier is not guessed.
        if self._scan.label_seen and re.fullmatch(r"\d{3,5}", match["nrs"]):
            # On a Bijlagen page (1945-1969) "stuk no. 839" is a bill by its number: "het wetsontwerp tot
            # verhoging van ... (stuk no. 839)"; "dat wetsontwerp" after it means that bill.
            dossier = dossier_key(match["nrs"])
            mention = self._mention(match, "kamerstuk", [_kamerstuk_record(dossier, None, None, None)])
            self._scan.bills.append((dossier, mention))
            return mention
        dossier, source = self._dossier_in_context(match.start())
        if source != "header":
            dossier, source = self._dossier_of_numbered(match["nrs"]) or (dossier, source)
        records = _numbered_records(dossier, match["nrs"], _kind_nearby(match.string, match.start(), match.end()))
        for record in records:
            if source:
                record["dossier_from"] = source
        mention = self._mention(match, records[0]["type"] if records else "kamerstuk", records)
        if dossier is None:
            self._scan.stuk_without_dossier.append(mention)
        return mention

    def _build_stuk_under_number(self, match: re.Match[str]) -> Mention | None:
        """``de nota van wijziging onder nummer 9``, ``het amendement op nr. 12``, ``in de stukken, gedrukt onder de
        nrs. 5 en 6``: a stuk by its number alone, as ``stuk nr. 9`` (``_build_stuk``: the header's dossier or the bill
        named before, else the page's own footer's). Only after a stuk's noun or ``gedrukt``; not the replaced one of
        a new amendement (``ter vervanging van dat, gedrukt onder nr. 10``: ``_build_replaced``), nor a number of
        another session (``gedrukt onder nr. 344, 1993-1994``)."""
        text = match.string
        before = text[max(0, match.start() - 60):match.start()]
        if not _NOUN_BEFORE_NUMBER.search(before) or _REPLACED_BEFORE.search(before):
            return None
        return None if _SESSION_AFTER.match(text, match.end()) else self._build_stuk(match)

    def _build_motie_by_number(self, match: re.Match[str]) -> Mention | None:
        """``motie nr. 24``, ``de moties 18 en 24``: moties by their numbers alone, in the dossier in debate (as
        ``_build_stuk``); the plural without ``nr.`` only with ``en`` between numbers (not ``de motie 1`` of a list,
        nor a date)."""
        if not (match["nr"] or match["plural"] and re.search(r"\sen\s", match["nrs"])):
            return None
        if _SESSION_AFTER.match(match.string, match.end()):
            return None
        mention = self._build_stuk(match)
        mention.type = "motie"
        for record in mention.records:
            record["type"] = "motie"
        return mention

    def _stuk_by_footer(self, text: str) -> None:
        """``In het voorstel van wet (stuk nr. 2) ...`` in a stuk whose own footer, further down, gives the dossier
        (``Tweede Kamer, vergaderjaar 1990-1991, 22 075, nr. 4``): that dossier's stuk, an implicit reference with
        the footer as antecedent (the text names no dossier; without a footer the id stays null)."""
        dossier, footer = self._scan.own_footer or (None, None)
        if dossier is None or footer is None:
            return
        antecedent = {"start": footer.start, "end": footer.end, "text": text[footer.start:footer.end]}
        for mention in self._scan.stuk_without_dossier:
            if mention.start > footer.start:
                continue
            for record in mention.records:
                if record.get("id") is None and record.get("ondernummer"):
                    record.update(id=f"kst-{dossier}-{record['ondernummer']}", dossier=dossier, implicit=True,
                                  antecedent=antecedent, dossier_from="footer")

    def _build_replaced(self, match: re.Match[str]) -> Mention:
        """``ter vervanging van dat gedrukt onder nr. 10``: the amendement (``dat``) or motie (``die``) the new one
        replaces, in the dossier of the header or of the bill named before (an implicit reference; no dossier
        known: no id)."""
        ref_type = "amendement" if match["det"].lower() == "dat" else "motie"
        heading = re.findall(r"(?i)amendement|motie", match.string[max(0, match.start() - 300):match.start()])
        if heading:  # "GEWIJZIGDE AMENDEMENTEN ... TER VERVANGING VAN DIE": the heading's noun decides
            ref_type = heading[-1].lower()
        dossier, source = self._dossier_in_context(match.start())
        record = _kamerstuk_record(dossier, match["nr"], None, None)
        record.update(type=ref_type, implicit=True)
        if dossier:
            bill = self.bill_before(match.start())
            if bill is not None and source == "text":
                mention = bill[1]
                record["antecedent"] = {"start": mention.start, "end": mention.end,
                                        "text": match.string[mention.start:mention.end]}
            else:
                record["antecedent"] = {"source": "header"}
        else:
            record["id"] = None
        return self._mention(match, ref_type, [record], start=match.start("det"))

    def _build_numbered(self, match: re.Match[str]) -> Mention:
        text = match.string
        # "Zij krijgt nr." announces a motie (de motie: zij); "Het krijgt nr." an amendement.
        subject = text[max(0, match.start() - 6):match.start()].strip().lower()
        ref_type = "amendement" if subject.endswith("het") else "motie"
        if match["dossier"]:
            dossier, source = dossier_key(match["dossier"], match["suffix"]), None
            self._scan.numbered.extend((dossier, int(n)) for n in re.findall(r"\d+", match["nrs"]))
        else:
            dossier, source = self._dossier_in_context(match.start())
        records = _numbered_records(dossier, match["nrs"].replace(" t/m ", "-").replace(" tot en met ", "-"),
                                    ref_type)
        members = _proposers_before(text, match.start())
        for record in records:
            if members:
                record["members"] = members
            if source:
                record["dossier_from"] = source
        return self._mention(match, ref_type, records, start=match.start("kw"))

    def _build_bill(self, match: re.Match[str]) -> Mention | None:
        if match["kw"].endswith("en") and _MORE_BILLS_AFTER.match(match.string, match.end()):
            return None  # "de wetsontwerpen 17 467, 17 647 en 17697": a list, the bill_noun_numbers form's
        dossier = dossier_key(match["dossier"], match["suffix"])
        if match["nrs"]:
            mention = self._mention(match, "kamerstuk", _numbered_records(dossier, match["nrs"]))
        else:
            mention = self._mention(match, "kamerstuk", [_kamerstuk_record(dossier, None, None, None)])
            self._scan.bills.append((dossier, mention))
        return mention

    def _build_bill_numbers(self, match: re.Match[str]) -> list[Mention]:
        """``de wetsontwerpen nrs. 8545 en 9200``: one dossier per number, each a bill in debate."""
        base = match.start("dossiers")
        mentions = []
        for found in re.finditer(_BILL_NUMBER, match["dossiers"]):
            dossier = dossier_key(found.group(0))
            mention = self._mention(match, "kamerstuk", [_kamerstuk_record(dossier, None, None, None)],
                                    start=base + found.start(), end=base + found.end())
            mentions.append(mention)
        if len(mentions) == 1:
            self._scan.bills.append((mentions[0].records[0]["dossier"], mentions[0]))
        return mentions

    def _build_bill_noun_numbers(self, match: re.Match[str]) -> list[Mention] | None:
        """``de wetsontwerpen 9324 en 9410``, ``wetsvoorstellen 17 467, 17 647 en 17697``, ``belastingontwerpen nos
        2105, 2106 en 2156``, ``wetsontwerp 4580``: one dossier per number. The noun must be a bill's (``wets-``,
        ``belasting-``, split by OCR: ``wets-\nontwerp``, ``\\vets-``); no number a year without its thousands space
        (``de wetsontwerpen 1970 en 1971``); one number of four digits (the numbering before 1969) only in a
        text of before 1975 or of no known year. ``voorstel/ontwerp van wet`` needs ``nr.``/``no.`` before its number
        (``het voorstel van wet nr. 19 309``, ``het ingetrokken ontwerp van wet no. 1071``: the pool's three)."""
        text = match.string
        head = _BILL_HEAD.search(text, max(0, match.start() - 14), match.start())
        if match["van_wet"]:  # "het voorstel van wet nr. 19 309", "het ingetrokken ontwerp van wet no. 1071"
            if head is not None or not match["kw"] or match["nrs"] or text[match.start("van_wet") - 1] == "n":
                return None  # a plural's list is an eindverslag's (dossier_lists, small_bill_list)
            head = match
        if head is None:
            return None
        numbers = list(_BILL_ITEM.finditer(match["dossiers"]))
        if any(re.fullmatch(r"(?:18|19|20)\d\d", found["number"]) for found in numbers):
            return None  # "de wetsontwerpen 1970 en 1971" would be years
        if (len(numbers) == 1 and not match["kw"] and re.fullmatch(r"\d{4}", numbers[0]["number"])
                and self.document_year and self.document_year >= 1975):
            return None
        base = match.start("dossiers")
        mentions = [self._mention(match, "kamerstuk", [_kamerstuk_record(dossier_key(found["number"], found["suffix"]),
                                                                          None, None, None)],
                                  start=base + found.start(), end=base + found.end()) for found in numbers]
        if match["nrs"] and len(mentions) == 1:  # "wets-ontwerp 4452, no. 2": the bill's stuk, from the noun
            return [self._mention(match, "kamerstuk", _numbered_records(mentions[0].records[0]["dossier"],
                                                                        match["nrs"]), start=head.start())]
        if match["nrs"]:
            return None  # "wetsontwerpen 4452 en 4453, no. 2": whose stuk the list does not say
        if len(mentions) == 1:  # "wetsontwerp 4580": the noun and its number; another bill named in passing ("bij
            # de behandeling van wetsontwerp 6512"), not the one a later "het voorliggende wetsontwerp" means
            mention = mentions[0]
            mention.start = head.start()
            for record in mention.records:
                record.update(start=mention.start, text=text[mention.start:mention.end])
        return mentions

    def _build_bracketed_dossier(self, match: re.Match[str]) -> Mention | None:
        text = match.string
        if _NOT_A_NUMBER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return None
        if match.start() and text[match.start() - 1].isdigit() and (
                not _YEAR_GLUED.search(text, max(0, match.start() - 6), match.start())
                or _NOT_A_NUMBER_BEFORE.search(text, max(0, match.start() - 16), match.start() - 4)):
            return None  # brackets glued to a number: only after a year ("dienstjaar 1972(13 443)"), not an amount
        # Four digits or OCR-spaced ones ("(1 7 541)") need a cue: "nr.", a session or "R" in the brackets, a bill's
        # title before them, "Dit wetsontwerp" after them.
        rijkswet_after = _RIJKSWET_AFTER.match(text, match.end())  # "(5007) (R 90)": a rijkswet's dossier
        if (match["old"] or match["spaced"]) and not (match["session"] or match["rijkswet"] or rijkswet_after) and (
                1800 <= int(match["old"] or 0) <= 2099 or not (
                match["nrs"] or dossier_lists.bill_cue_before(text, match.start())
                or dossier_lists.bill_cue_after(text, match.end() - 1)
                or dossier_lists.list_item_before(text, match.start())
                or dossier_lists.incoming_letter_before(text, match.start()))):
            return None  # four digits: a year, or (without "nr.") not after a bill's or a document's title
        if match["three"] and not self._three_digit_bill(match):
            return None
        if match["listed"]:
            if match["old"] or match["spaced"] or match["three"]:
                return None  # a list needs five printed digits each: "(1 7 496, ...)" may be amounts
            records = [_kamerstuk_record(dossier_key(match["dossier"], match["suffix"]), None, None, None)]
            records += [_kamerstuk_record(dossier_key(listed[1], listed[2]), None, None, None)
                        for listed in _LISTED_DOSSIER.finditer(match["listed"])]
            return self._mention(match, "kamerstuk", records, start=match.start("dossier"), end=match.end("listed"))
        chapter = match["suffix"] or match["chapter"]
        if not (chapter or match["nrs"] or match["old"]) and dossier_lists.number_digits(match["dossier"])[-2:] == "00":
            # a budget's round number after its chapter: "hoofdstuk IXB van de rijksbegroting voor 1992 (22 300)";
            # a bill that amends a chapter has a number of its own ("hoofdstuk VIIA ... 1956 (4985)"), and before
            # 1969 the bill of a chapter is cited by the budget's number alone ("Hoofdstuk VI ... 1955 (3700)")
            named = _BUDGET_CHAPTER_BEFORE.search(text, max(0, match.start() - 120), match.start())
            chapter = named["chapter"] if named else None
        dossier = dossier_key(match["dossier"], chapter)
        if match["nrs"]:
            return self._mention(match, "kamerstuk", _numbered_records(dossier, match["nrs"]),
                                 start=match.start("dossier"), end=match.end("nrs"))
        mention = self._mention(match, "kamerstuk", [_kamerstuk_record(dossier, None, None, None)],
                                start=match.start("dossier"), end=match.end("suffix") if match["suffix"]
                                else match.end("dossier"))
        self._scan.bills.append((dossier, mention))
        return mention

    def _three_digit_bill(self, match: re.Match[str]) -> bool:
        """Whether ``(635)`` is a dossier: the numbering that began in 1945 reached a thousand in 1948, so three digits
        name a bill only in a document of 1945-1952 (its year known; before 1945 each session numbered its bills
        anew: no id), right after a bill's title (``het ontwerp van wet tot regeling van het vervoer van goederen met
        vrachtauto's (635)``) or before ``Dit wetsontwerp``, or with the stuk's number (``(635, nr. 5)``)."""
        if self.document_year is None or not 1945 <= self.document_year <= 1952:
            return False
        if match["session"] or match["rijkswet"] or match["joint"] or match["chapter"] or match["suffix"]:
            return False
        text = match.string
        return bool(match["nrs"] or dossier_lists.bill_cue_before(text, match.start())
                    or dossier_lists.bill_cue_after(text, match.end() - 1))

    def _build_chamber_mark(self, match: re.Match[str]) -> Mention:
        """``TK 20 800 nr. 2``: a stuk cited by its chamber's mark (the ``short`` form read the same stuk from its
        dossier on; the golds span it from the mark)."""
        chamber = match["chamber"].lower()
        vj = vergaderjaar_key(match["vj"]) if match["vj"] else None
        dossier = dossier_key(match["dossier"], match["dossier_suffix"] or match["chapter"])
        records = []
        for record in _numbered_records(dossier, match["nrs"]):
            record.update((key, value) for key, value in (("chamber", chamber), ("vergaderjaar", vj)) if value)
            records.append(record)
        return self._mention(match, "kamerstuk", records)

    def _build_printed_stukken(self, match: re.Match[str]) -> list[Mention] | None:
        """``Gedrukte Stukken, Zitting 1947—1948 — 824, no. 8``, ``Gedrukte stukken, 1950—1951 — 1676, nr. 5``: the
        printed stukken of a session cited by the bill's number and the stuk's. From 1945 the number is the
        dossier (``kst-824-8``; a joint stuk's bills, ``1403, 1404, ..., 1408, no. 18``, under the first, the
        project's joint-stuk convention); before 1945 each session numbered its stukken anew (``Gedrukte Stukken
        1907—1908 — 66, n°. 3``), and a citation by session and number alone names no dossier (``gedrukte stukken
        zitting 1961—1962, nr. 19``): a kamerstuk record without id over the whole citation, as the pooled fresh golds
        mark all seven they meet. Neither a number nor a stuk: no record (``Gedrukte Stukken 1924—1925`` alone)."""
        if not match["dossiers"] and not match["nrs"]:
            return None
        vj = match["vj"]
        spaced = re.fullmatch(r"[\d \u00a0]{4,6}", match["nrs"] or "")
        number = dossier_lists.number_value(match["nrs"]) if spaced else 0
        if number > 9999 and match["dossiers"]:
            return None  # a dossier after a dossier: no stuk's number
        if (not match["dossiers"] and int(vj[:4]) >= 1945 and 1000 <= number <= 39999
                and not (1800 <= number <= 2099 and " " not in match["nrs"])):
            # "Gedrukt stuk Tweede Kamer, zitting 1971-1972, nr. 11647": from 1945 a number of the dossiers'
            # numbering after the session alone is the dossier (CONVENTIONS), at dossier level
            return [self._mention(match, "kamerstuk", [_kamerstuk_record(dossier_key(match["nrs"]), None, None, None)])]
        if int(vj[:4]) < 1945 or not match["dossiers"]:
            return [self._mention(match, "kamerstuk", [{"type": "kamerstuk", "id": None}])]
        dossier = dossier_key(match["dossiers"].split(",")[0], match["chapter"])
        if not match["nrs"]:
            return [self._mention(match, "kamerstuk", [_kamerstuk_record(dossier, None, None, None)])]
        mentions = [self._mention(match, "kamerstuk", _numbered_records(dossier, match["nrs"]),
                                  end=match.end("nrs"))]
        base = match.start("more")
        for more in re.finditer(rf"(?i:{_NR}){_S}?(?P<nrs>{_NUMBER_LIST})", match["more"]):
            mentions.append(self._mention(match, "kamerstuk", _numbered_records(dossier, more["nrs"]),
                                          start=base + more.start(), end=base + more.end()))
        return mentions

    def _build_session_citation(self, match: re.Match[str]) -> list[Mention] | None:
        """``zitting 1957—1958 — 4900 Nr. 22 t/m 24 resp. Nr. 32 t/m 34``: a session, then a dossier and its stukken
        (one record per stuk); a range after ``resp.``/``en`` carries the same dossier. The mention starts at the
        dossier, as ``short`` gives it. A four-digit dossier only from 1945 (before it each session numbered its
        stukken anew) and not a year."""
        number = int(re.sub(r"\D", "", match["dossier"]) or 0)
        if number < 10000 and (int(match["vj"][:4]) < 1945 or 1800 <= number <= 2099):
            return None
        dossier = dossier_key(match["dossier"], match["dossier_suffix"])
        mentions = [self._mention(match, "kamerstuk", _numbered_records(dossier, match["nrs"]),
                                  start=match.start("dossier"), end=match.end("nrs"))]
        base = match.start("more")
        for more in re.finditer(rf"(?i:{_NR}){_S}?(?P<nrs>{_NUMBER_LIST})", match["more"]):
            mentions.append(self._mention(match, "kamerstuk", _numbered_records(dossier, more["nrs"]),
                                          start=base + more.start(), end=base + more.end()))
        return mentions

    def _build_session_year_dossier(self, match: re.Match[str]) -> Mention | None:
        """``(Nota over de uitvoering van de rijksbegroting 1977, Zitting 1977 -14606)``: a dossier by the session year
        and number its header prints, at dossier level; from 1945 (before it no dossier numbering), not a year."""
        number = dossier_lists.number_value(match["dossier"])
        if not 1000 <= number <= 39999 or 1800 <= number <= 2099 and " " not in match["dossier"]:
            return None
        return self._mention(match, "kamerstuk", [_kamerstuk_record(dossier_key(match["dossier"]), None, None, None)],
                             start=match.start(), end=match.end("dossier"))

    def _build_short(self, match: re.Match[str]) -> Mention:
        dossier = dossier_key(match["dossier"], match["dossier_suffix"] or match["chapter"])
        return self._mention(match, "kamerstuk", _numbered_records(dossier, match["nrs"]))

    def _build_dossier_list(self, match: re.Match[str]) -> list[Mention] | None:
        """One mention per dossier of a list block, if its context makes it a list of dossiers."""
        base = match.start() + match.group(0).startswith("\n")  # the block starts after the line break
        if self._in_joint_header(base):
            return None
        found = dossier_lists.dossiers_in(match.string[base:match.end()])
        numbers = [dossier_lists.number_value(number) for _, _, number, _ in found]
        kind = dossier_lists.is_dossier_list(match.string, base, match.end(), numbers)
        if kind is None:
            return None
        strays = dossier_lists.stray_numbers(numbers)  # a number the OCR garbled into another: not read
        mentions = [self._listed_dossier(match, base + start, base + end, number, suffix)
                    for i, (start, end, number, suffix) in enumerate(found) if i not in strays]
        if kind == "list":  # a number the OCR garbled, where the list's order leaves one reading: "55S4" (5584)
            mentions = sorted([*mentions, *(self._mention(match, "kamerstuk", [_kamerstuk_record(number, None, None,
                                                                                                 None)],
                                                          start=base + start, end=base + end)
                                            for start, end, number in dossier_lists.garbled_readings(
                                                match.string[base:match.end()]))], key=lambda m: m.start)
        if kind == "header":
            # The stuk's own dossier: what "het wetsvoorstel" means, and with "Nr. 36" / "AMENDEMENT VAN ..."
            # below it, what the amendement's own "dit amendement" means.
            dossier = mentions[0].records[0]["dossier"]
            self._scan.bills.append((dossier, mentions[0]))
            own = dossier_lists.own_document_after(match.string, match.end())
            if own is not None:
                ref_type, nr, start, end = own
                self._scan.own_document = {"id": f"kst-{dossier}-{nr}", "type": ref_type, "span": (start, end)}
        return mentions

    def _build_small_bill_list(self, match: re.Match[str]) -> list[Mention] | None:
        """``over de ontwerpen van wet nos. 2 (hoofdstukken I, ...), 2A, 20, 64, ...``, ``301, 303, ..., 513.`` /
        ``Tegen deze ontwerpen van wet bestond geen bezwaar.``: each bill of a list of small numbers a dossier-level
        record (corpora/CONVENTIONS.md, "Bill list without its head"). Its id only in a text of 1945-1952 (the
        document's year, else the year its Bijlagen or session line prints): before 1945 each session numbered its
        bills anew, and after 1952 a small number is no bill of the numbering begun in 1945; there, no id."""
        text = match.string
        bills = dossier_lists.small_bills(text, match.start("list"), match.end("list"))
        if len(bills) < 2:
            return None
        year = self._bijlagen_year(text)
        numbered = year is not None and 1945 <= year <= 1952
        mentions = []
        for start, end, parts in bills:
            number = re.match(r"\d+", text[start:end]).group(0)  # type: ignore[union-attr]
            records = [_kamerstuk_record(number + part if numbered and part is not None else None, None, None, None)
                       for part in parts]
            mentions.append(self._mention(match, "kamerstuk", records, start=start, end=end))
        return mentions

    def _listed_dossier(self, match: re.Match[str], start: int, end: int, number: str, suffix: str | None) -> Mention:
        """A dossier of a list block; a budget whose chapters follow in brackets closed on a later line (``1400
        (Hoofdstukken I, n, VII Al, VIIA2,`` / ``XIV, Wet op de Middelen),``) one record per chapter over the whole
        bracket, as the fresh-2026-12-07f gold reads it (a chapter the OCR garbled without id)."""
        bracket = dossier_lists.chapter_bracket(match.string, start, end) if suffix is None else None
        if bracket is None:
            return self._mention(match, "kamerstuk", [_kamerstuk_record(dossier_key(number, suffix), None, None, None)],
                                 start=start, end=end)
        end, parts = bracket
        key = dossier_key(number)
        return self._mention(match, "kamerstuk", [_kamerstuk_record(None if part is None else key + part, None, None,
                                                                    None) for part in parts], start=start, end=end)

    def _build_stuk_header(self, match: re.Match[str]) -> Mention | None:
        """``21 137`` / ``Wijziging van de Wet op de ruimtelijke ordening`` / ``Nr. 55``: the stuk the text is, its
        full id (a self-identifier; ``nr_at`` where its number stands); its dossier is the bill of a later ``het
        wetsvoorstel``. Needs the session line above or the heading of a motie/amendement below."""
        text = match.string
        if self._in_joint_header(match.start("dossier")):
            return None
        own = dossier_lists.own_document_after(text, match.start("title") - 1)
        if match["session"] is None and own is None:
            return None
        if not re.search(r"[A-Za-z]{3}", match["title"]) or re.fullmatch(r"[\d\s.,%fl-]+", match["title"]):
            return None  # a column of numbers or amounts, not a title
        lines = match["title"].splitlines()
        if match["pre_title"] and any((found := _JOINT_DOSSIER_LINE.fullmatch(line))
                                      and not _YEAR.fullmatch(found["dossier"]) for line in lines):
            return None  # below a budget's title, another dossier on a title line: a joint stuk's header (joint_header)
        if match["ocr_chapter"]:
            # "21800X111": a chapter with the OCR's 1 for I, read only where the title names that chapter
            # ("... van hoofdstuk XIII (Ministerie van Economische Zaken)")
            read = match["ocr_chapter"].replace("1", "I")
            named = _HOOFDSTUK.search(match["title"])
            hyphen_one = _HYPHEN_ONE.search(text[match.start("dossier"):match.start("title")])
            if "1" not in match["ocr_chapter"] or not hyphen_one and (named is None or named.group(1) != read):
                return None
            return self._header_mention(match, dossier_key(match["dossier"], read), own)
        chapter = None if match["suffix"] else _CHAPTER_LINE.search(match["title"])
        # "Hoofdstuk VIM" (OCR of VIII): the chapter is part of the id and cannot be read, so no number in it
        chapter_unread = chapter is None and not match["suffix"] and bool(_CHAPTER_WORD_LINE.search(match["title"]))
        dossier = dossier_key(match["dossier"], match["suffix"] or (
            re.sub(r"[ \t-]", "", chapter.group(1)) if chapter else None))
        if _MORE_DOSSIERS_AFTER.match(text, match.end("dossier")):
            self._scan.joint_head = True  # "13 162,13 171,13 172, ...": a joint stuk, under its first dossier
        return self._header_mention(match, dossier, own, chapter_unread)

    def _build_next_stuk_head(self, match: re.Match[str]) -> Mention | None:
        """``Nr. 2`` / ``ONTWERP VAN WET`` below a stuk header (``18109`` / ``... (verzamelontwerp)`` / ``Nr. 1`` /
        ``KONINKLIJKE BOODSCHAP``): the next stuk of that dossier printed on the same page, its own id
        (``kst-18109-2``); a number above the header's is needed (not the header's own ``Nr. 1`` read again)."""
        text = match.string
        line_before = text.rfind("\n", 0, match.start()) + 1
        if not (_STUK_OPENING.match(text, match.end() + 1) or _STUK_OPENING.match(text, line_before)):
            return None  # no stuk's heading on the line below it or above it
        headers = [mention.records[0] for _, mention in self._scan.bills
                   if mention.end <= match.start() and mention.records[0].get("nr_at")]
        if not headers or not headers[-1].get("ondernummer") or not match["nr"].isdigit():
            return None
        header = headers[-1]
        if not header["ondernummer"].isdigit() or int(match["nr"]) <= int(header["ondernummer"]):
            return None
        record = _kamerstuk_record(header["dossier"], match["nr"], None, None)
        return self._mention(match, "kamerstuk", [record], start=match.start("head"), end=match.end("head"))

    def _header_mention(self, match: re.Match[str], dossier: str, own: tuple[str, str, int, int] | None,
                        chapter_unread: bool = False) -> Mention:
        """The stuk header's record (``_build_stuk_header``), its dossier the bill in debate."""
        record = _kamerstuk_record(dossier, None if chapter_unread else match["nr"], None, None)
        # The mention is the dossier number alone: the title between it and "Nr. 55" may name laws of its own.
        if not chapter_unread:
            record["nr_at"] = [match.start("nr"), match.end("nr")]
        mention = self._mention(match, "kamerstuk", [record], start=match.start("dossier"), end=match.end("dossier"))
        self._scan.bills.append((dossier, mention))
        if own is not None and not chapter_unread:
            ref_type, nr, start, end = own
            self._scan.own_document = {"id": f"kst-{dossier}-{nr}", "type": ref_type, "span": (start, end)}
        return mention

    def _build_bijlagen_label(self, match: re.Match[str]) -> Mention | None:
        """``553 6`` / ``MEMORIE VAN ANTWOORD``: the label a page of the Handelingen Bijlagen (1945-1969) carries, the
        stuk's own id (a self-identifier, ``kst-553-6``); its dossier is what ``dit wetsontwerp`` on the page means.
        A dossier number (not a year), a stuk's capitals heading below (``VERSLAG``, ``MEMORIE VAN ANTWOORD``; a joint
        stuk's ``12137 enz. 5`` near the top needs none) and no column of amounts above: a page number with a year, a
        date or a row of a table has none of these. A document of several stuks has a label above each."""
        line_before = match.string[match.string.rfind("\n", 0, match.start()) + 1:match.start()]
        run_on = match.start() > 0 and match.group()[:1] != "\n"  # "... het schijven-tarief? 11930 6" at the end
        if match["mark"] and match["at_end"] is None:
            return None  # a mark before the label only where the label ends the text (a page's last line)
        if match["nr_to"]:
            return None if match["chapter"] or match["more"] or run_on else self._range_label(match, line_before)
        number = dossier_lists.number_value(match["dossier"])
        if run_on:
            if not self._label_years(number):
                return None  # run on to a line of prose: a label only where the text is of the labels' years
        elif not (match["mark"] or match["heading"] or match["inline"]
                  or (match["enz"] or match["joint"]) and (match.start() < 2000 or match["at_end"] is not None)
                  or match["at_end"] is not None and (match["more"] or match["chapter"])
                  or match["at_end"] is not None and (_SIGNATURE_LINE.fullmatch(line_before)
                                                      or _SIGNING_OFFICE_LINE.fullmatch(line_before))
                  or match["at_end"] is not None and _CUT_SENTENCE.search(line_before) and self._label_years(number)
                  or match["at_end"] is not None and self._header_read(dossier_key(match["dossier"]), match["nr"])):
            return None  # without a heading below, only a joint stuk's label near the top ("12137 enz. 5") is one, or
            # a label that ends the text (a passage cut after it): of several dossiers ("8725, 8726 12") or of a
            # budget's chapter ("9800 XI 12", its dossier checked below); under a signature ("NELISSEN." / "7896
            # 10") or a signing office ("De Staatssecretaris van Financiën," / "11 417 33"); under a sentence the
            # page cut off ("waarvan de waarde met dat van" / "8595 5") in a text of the labels' years; or one that
            # repeats the stuk's own header above ("ZITTING 1963—1964 — 5380 ... Nr. 143" / "5380 143")
        if re.fullmatch(r"[\d\s.,;:f—–-]+", line_before):
            return None  # a column of amounts above it, not a title or a text's line
        if not 1 <= number <= 19999 or 1800 <= number <= 2099 and " " not in match["dossier"]:
            return None
        if match["more"]:  # a joint stuk: one record, under its first dossier (as a joint footer's "14 390 en 15 885,
            others = re.split(r"(?:,|[ \u00a0]en)[ \u00a0](?:[IlHU]{1,3}[ \u00a0])?", match["more"])[1:]  # nr. 174")
            if match["chapter"] or any(not 1 <= dossier_lists.number_value(other) <= 19999
                                       or 1800 <= dossier_lists.number_value(other) <= 2099 and " " not in other
                                       for other in others):
                return None
        dossier = dossier_key(match["dossier"])
        if match["chapter"]:  # "10 300 VII 16": a chapter only of a Rijksbegroting's dossier (budgets.py's table)
            from .budgets import budget_dossiers
            chapter = re.sub(r"[ \u00a0\n]", "", match["chapter"])
            if dossier not in budget_dossiers().values() or not _ROMAN_CHAPTER.fullmatch(chapter):
                return None
            dossier = dossier_key(match["dossier"], chapter)
        if match["enz"] and not match["chapter"] and (self.default_chamber == "ek"
                                                      or _EK_BODY.search(match.string, 0, match.start())):
            # "12 381 enz. 33" under an Eerste Kamer eindverslag: the stuk numbered per session over many bills,
            # each at dossier level (CONVENTIONS), as the Eerste Kamer footer's "16697 enz., nr. 54"
            self._scan.joint_head = True
            self._scan.label_seen = True
            return self._mention(match, "kamerstuk", [_kamerstuk_record(dossier, None, None, None)],
                                 start=match.start("dossier"), end=match.end("nr"))
        record = _kamerstuk_record(dossier, match["nr"], None, None)
        record["nr_at"] = [match.start("nr"), match.end("nr")]
        start = match.start("dossier")
        mention = self._mention(match, "kamerstuk", [record], start=start, end=match.end("nr"))
        if match["enz"] or match["more"]:
            self._scan.joint_head = True
        else:  # a joint stuk's "dit wetsontwerp" may be any of its bills
            self._scan.bills.append((dossier, mention))
            if match["at_end"] is not None and not match["heading"]:
                # the label at the page's foot: the bill "het wetsontwerp" above it means where none was named before
                self._scan.own_footer = self._scan.own_footer or (dossier, mention)
        self._scan.label_seen = True
        return mention

    def _label_years(self, number: int) -> bool:
        """Whether a foot label of dossier ``number`` under a line of prose (no signature, heading or mark to show it
        is one) fits the text's years: the Bijlagen printed such labels from 1945 to 1975, so a dated text before
        1976; an undated one where the number is a dossier of those years' numbering past a thousand (1000-13999;
        a three-digit number at a text's foot may be anything)."""
        if self.document_year is not None:
            return self.document_year < 1976
        return 1000 <= number <= 13999

    def _header_read(self, dossier: str, nr: str) -> bool:
        """Whether a stuk header above gave ``kst-<dossier>-<nr>``: a label at the text's foot that repeats it is that
        stuk's own footer."""
        own = f"kst-{dossier}-{nr}"
        return any(mention.records[0].get("id") == own and mention.records[0].get("nr_at")
                   for _, mention in self._scan.bills)

    def _range_label(self, match: re.Match[str], line_before: str) -> Mention | None:
        """``9893 1-3``, ``160 1—3``: a Bijlagen page's label naming the stukken printed on it (1945-1975), one record
        per stuk (``kst-9893-1``, ``-2``, ``-3``, as a range after ``nr.`` gives). Read at the page's head (the text's
        first line, or under ``Bijlagen``) or foot (the text's end), where a column of amounts may stand above it: a
        range of stuk numbers after a dossier is no amount, page or date. A range that runs down or over more than
        twelve stukken is not one."""
        first, last = int(match["nr"]), int(match["nr_to"])
        text = match.string
        at_head = not text[:match.start()].strip() or re.fullmatch(r"\s*Bijlagen\s*", text[:match.start()])
        if not first < last <= first + 12 or not (at_head or match["at_end"] is not None):
            return None
        if match["mark"] and not at_head and match["at_end"] is None:
            return None
        if not (match["mark"] or at_head) and "\n" in text[match.end("dossier"):match.start("nr")]:
            return None  # the range on the line below the dossier: at the page's head, or under a corner's mark
        year = self._bijlagen_year(text)
        number = dossier_lists.number_value(match["dossier"])
        if year is None or not 1945 <= year <= 1975 or not 100 <= number <= 19999 or 1800 <= number <= 2099:
            return None
        dossier = dossier_key(match["dossier"])
        records = _numbered_records(dossier, f"{first}-{last}")
        mention = self._mention(match, "kamerstuk", records, start=match.start("dossier"), end=match.end("nr_to"))
        if match["at_end"] is not None:  # the stukken of the page at its foot ("H 4941 5—6"): their bill is what
            self._scan.own_footer = self._scan.own_footer or (dossier, mention)  # "het onderhavige wetsontwerp" above
        return mention                                                         # it means, where none came before

    def _build_sheet_label(self, match: re.Match[str]) -> Mention | None:
        """``8028 1 (2 vel)``, ``11500 XV 4 (5 vel)``, ``9994 1-6 (8 vel)``: the stuk(ken) a Bijlagen document is,
        one record per number; the count of sheets in brackets is no number of anything. A joint stuk's label
        (``12 402, 12 846 12 (2 vel)``) names the second dossier last: not read; a year is no dossier."""
        text = match.string
        if re.search(r"\d,?[ \u00a0]*\Z", text[max(0, match.start() - 4):match.start()]):
            return None
        number = dossier_lists.number_value(match["dossier"])
        if 1800 <= number <= 2099 and " " not in match["dossier"] or number < 100:
            return None
        dossier = dossier_key(match["dossier"], match["suffix"])
        if match["enz"] and not match["suffix"] and (self.default_chamber == "ek" or _EK_BODY.search(text)):
            # an Eerste Kamer stuk numbered per session over many bills: dossier level (as _build_bijlagen_label)
            return self._mention(match, "kamerstuk", [_kamerstuk_record(dossier, None, None, None)],
                                 end=match.end("nrs"))
        records = _numbered_records(dossier, re.sub(r"[ \u00a0]*[–—][ \u00a0]*", "-", match["nrs"]))
        return self._mention(match, "kamerstuk", records, end=match.end("nrs"))

    def _bijlagen_year(self, text: str) -> int | None:
        """The document's year, else the first year of the Bijlagen or the session the text names."""
        if self.document_year is not None:
            return self.document_year
        found = re.search(r"(?:Bijlagen|Zitting|ZITTING)\.?[ \t]+(1[89]\d\d)", text)
        return int(found.group(1)) if found else None

    def _build_bijlagen_number(self, match: re.Match[str]) -> Mention | None:
        """``750`` / ``EINDVERSLAG VAN DE COMMISSIE VAN RAPPORTEURS over het ontwerp van wet ...``: in the Bijlagen of
        1945-1969 (the document's year, else the year its Bijlagen or session line prints) a stuk's number alone
        above its capitals heading is its bill's number, ``kst-750``; that bill is what ``het ontwerp van wet`` then
        means. Not a year (within two of the document's), not before 1945 (each session numbered its stukken
        anew), not a page's number (one digit)."""
        year = self._bijlagen_year(match.string)
        number = int(match["dossier"])
        if year is None or not 1945 <= year <= 1969 or abs(number - year) <= 2:
            return None
        mention = self._mention(match, "kamerstuk", [_kamerstuk_record(match["dossier"], None, None, None)],
                                start=match.start("dossier"), end=match.end("dossier"))
        self._scan.bills.append((match["dossier"], mention))
        return mention

    def _build_printed_under(self, match: re.Match[str]) -> Mention | None:
        """``(Zie het Eindverslag ..., opgenomen onder no. 732.)``, ``opgenomen onder n°. 95, 1``: a stuk of the
        Bijlagen of 1945-1969 cites another by its bill's number and the stuk's: ``kst-732``, ``kst-95-1`` (``4—6``
        one record each). Before 1945 each session numbered its stukken anew (``opgenomen onder n°. 79, 1`` in 1935,
        ``gedrukt onder n°. 350 der Zitting 1913—1914``): a kamerstuk that no id names, a record without id, as the
        pooled fresh SGD golds mark all 46 such citations (k21x). The mention starts at ``n°.``, as the golds give
        it."""
        if match["vj"]:
            if int(match["vj"][:4]) >= 1945:
                return None
            return self._mention(match, "kamerstuk", [{"type": "kamerstuk", "id": None}], start=match.start("mark"))
        year = self._bijlagen_year(match.string)
        if year is None or year > 1969:
            return None
        if match["label"]:
            if year < 1945:
                return None
            return self._mention(match, "kamerstuk", _numbered_records(match["label"], match["label_nrs"]),
                                 start=match.start("label"))
        if year < 1945:
            return self._mention(match, "kamerstuk", [{"type": "kamerstuk", "id": None}], start=match.start("mark"))
        if not match["nrs"]:
            return self._mention(match, "kamerstuk", [_kamerstuk_record(match["dossier"], None, None, None)],
                                 start=match.start("mark"))
        return self._mention(match, "kamerstuk", _numbered_records(match["dossier"], re.sub(
            r"[ ]?[–—][ ]?", "-", match["nrs"])), start=match.start("mark"))

    def _in_joint_header(self, position: int) -> bool:
        start, end = self._scan.joint_header
        return start < position < end

    def _build_joint_header(self, match: re.Match[str]) -> Mention | None:
        """A joint stuk's header: ``Vergaderjaar 1993-1994`` / ``21 501-04`` / ``23663`` / title lines / ``Nr. 31``.
        One document, published under the first dossier: one record (``kst-21501-04-31``), whose mention is the
        first dossier number. Two or more dossier lines, every other line a title (no column of numbers)."""
        text = match.string
        line_start = text.rfind("\n", 0, match.start()) + 1
        if len(text[line_start:match.start()]) > 40:
            return None
        dossiers, base, chapter = [], match.start("block"), None
        if re.search(r"EERSTE[ \t]?KAMER|Eerste[ \t]Kamer", match["block"]):
            return None  # the Eerste Kamer's stuk numbered in its session: each dossier of its own (ek_header)
        first_line = match["block"][:match["block"].find("\n")]
        if match.start() == 0 and not (_JOINT_DOSSIER_LINE.fullmatch(first_line)
                                       or _JOINT_DOSSIERS_LINE.fullmatch(first_line)):
            return None  # the text opening inside the header opens with its first dossier, not a session line
        for line in re.finditer(r"[^\n]+", match["block"]):
            found = _JOINT_DOSSIER_LINE.fullmatch(line.group(0))
            if found and not re.fullmatch(r"(?:18|19|20)\d\d", found["dossier"]):  # "... voor het jaar\n1994"
                dossiers.append((base + line.start() + found.start("dossier"), found))
            elif (found or dossiers and _OCR_SPLIT_DOSSIER_LINE.fullmatch(line.group(0))
                  or not dossiers and re.fullmatch(r"[ \t]*\d{1,2}[ \t]*", line.group(0))):
                continue  # a year; a later dossier the OCR split ("1 5 662"); the page's mark above them ("2")
            elif _JOINT_DOSSIERS_LINE.fullmatch(line.group(0)):  # "13 474 (R 991), 13 475, 13 476,13 477, ..."
                items = list(_JOINT_DOSSIER_ITEM.finditer(line.group(0)))
                if any(re.fullmatch(r"(?:18|19|20)\d\d", item["dossier"]) for item in items):
                    return None
                dossiers.extend((base + line.start() + item.start("dossier"), item) for item in items)
            elif dossiers and _OCR_CHAPTER_LINE.fullmatch(line.group(0)):
                dossiers.append((base + line.start(), None))  # a later dossier, its chapter OCR'd: "22300X111"
            elif len(dossiers) == 1 and not dossiers[0][1]["suffix"] and not chapter:
                chapter = _CHAPTER_LINE.match(line.group(0))  # "18600" / "Hoofdstuk XIV Ministerie van ..."
                if chapter is None and (len(re.findall(r"[A-Za-zÀ-ÿ]", line.group(0))) < 3
                                        or re.match(r"[ \t]*\d", line.group(0))):
                    return None
            elif len(re.findall(r"[A-Za-zÀ-ÿ]", line.group(0))) < 3 or re.match(r"[ \t]*\d", line.group(0)):
                return None  # neither a dossier nor a title: a table, not a header
        if len(dossiers) < 2:
            return None
        start, first = dossiers[0]
        dossier = dossier_key(first["dossier"], first["suffix"] or (chapter.group(1) if chapter else None))
        record = _kamerstuk_record(dossier, match["nr"], None, None)
        record["nr_at"] = [match.start("nr"), match.end("nr")]
        mention = self._mention(match, "kamerstuk", [record], start=start, end=start + len(first["dossier"]))
        self._scan.bills.append((dossier, mention))
        self._scan.joint_header = (start, match.end())
        self._scan.joint_head = True
        own = dossier_lists.own_document_after(text, match.end())
        if own is not None:
            ref_type, nr, own_start, own_end = own
            self._scan.own_document = {"id": f"kst-{dossier}-{nr}", "type": ref_type, "span": (own_start, own_end)}
        return mention

    def _build_ek_header(self, match: re.Match[str]) -> Mention | None:
        """``Vergaderjaar 1984-1985 Nr. 85`` / ``18 355 (R 1254)`` / ``Naturalisatie van ...`` / ``18359 (R 1255)`` /
        ...: the Eerste Kamer prints its stuk's number on the session line and the dossiers below it, one a line,
        each with its title (or all dossiers first, then the titles). The stuk is one of each dossier: one record
        per dossier with that number (``kst-18355-85``, ``kst-18359-85``; a single dossier: ``kst-22855-22a``), the
        mention the dossier number. Read down to the stuk's capitals heading (``EINDVERSLAG ...``) or a line that
        is neither a dossier nor a title (a footnote ``1 Samenstelling ...``); a page mark (``1``) is passed over.
        Returns the first dossier's mention; the others replace what the list forms read there (``mentions``), so
        that a law named in a title line between them is still found."""
        text = match.string
        if match.start() - text.rfind("\n", 0, match.start()) > 41:
            return None  # the session line opens the line (a page's mark before it at most)
        nr = re.sub(r"\s", "", match["nr"])
        mentions: list[Mention] = []
        titles_before = 0
        for line in itertools.islice(re.finditer(r"(?m)^.*$", text[match.end():match.end() + 20000]), 150):
            content = line.group(0).strip()
            found = _JOINT_DOSSIER_LINE.fullmatch(line.group(0).rstrip(" ,"))
            if re.fullmatch(r"\d{1,2}", content):
                continue  # the page's number or mark
            if found and not _YEAR.fullmatch(found["dossier"]) and dossier_lists.number_value(found["dossier"]) >= 1000:
                start = match.end() + line.start() + found.start("dossier")
                # a budget's chapter on the title line below: "19700" / "Hoofdstuk XII (Ministerie van ...)"
                chapter = None if found["suffix"] else _CHAPTER_LINE.match(text, match.end() + line.end() + 1)
                suffix = found["suffix"] or (chapter.group(1) if chapter else None)
                record = _kamerstuk_record(dossier_key(found["dossier"], suffix), nr, None, None)
                record["nr_at"] = [match.start("nr"), match.end("nr")]
                end = match.end() + line.start() + (found.end("suffix") if found["suffix"] else found.end("dossier"))
                mentions.append(self._mention(match, "kamerstuk", [record], start=start, end=end))
                continue
            if not found and _SEVERAL_ON_A_LINE.search(content):
                # several dossiers on one line: "11 865 (R 859) en 11 866", "12712, 12770, 12850"
                printed = line.group(0).rstrip(" ,")
                cuts = [0, *(i for cut in re.finditer(r"[ \t]*,[ \t]*|[ \t]+en[ \t]+", printed)
                             for i in (cut.start(), cut.end())), len(printed)]
                parts = [_JOINT_DOSSIER_LINE.fullmatch(printed, cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
                if parts and all(part is not None and not part["suffix"] and not _YEAR.fullmatch(part["dossier"])
                                 and dossier_lists.number_value(part["dossier"]) >= 1000 for part in parts):
                    for part in parts:
                        start = match.end() + line.start() + part.start("dossier")
                        record = _kamerstuk_record(dossier_key(part["dossier"]), nr, None, None)
                        record["nr_at"] = [match.start("nr"), match.end("nr")]
                        mentions.append(self._mention(match, "kamerstuk", [record], start=start,
                                                      end=start + len(part["dossier"])))
                    continue
            chapters = None if found else _budget_chapters_on_a_line(line.group(0).rstrip(" ,"))
            if chapters:
                # one budget's chapters on one line: "17100 VII 17100A 17100 D 17 100 E 17100 F"
                for part in chapters:
                    start = match.end() + line.start() + part.start("dossier")
                    record = _kamerstuk_record(dossier_key(part["dossier"], part["suffix"]), nr, None, None)
                    record["nr_at"] = [match.start("nr"), match.end("nr")]
                    mentions.append(self._mention(match, "kamerstuk", [record], start=start,
                                                  end=match.end() + line.start() + part.end()))
                continue
            ocr = _OCR_CHAPTER_LINE.fullmatch(line.group(0).rstrip(" ,"))
            if ocr and "1" in ocr["chapter"]:
                # "16400X1" / "Hoofdstuk XI (Departement ...)": the chapter read only where its title names it
                read = ocr["chapter"].replace("1", "I")
                after = match.end() + line.end()
                two_lines = text.find("\n", text.find("\n", after + 1) + 1)  # its title: the next two lines
                named = _HOOFDSTUK.search(text, after, two_lines if two_lines > after else len(text))
                if named is not None and named.group(1) == read or _HYPHEN_ONE.search(line.group(0)):
                    start = match.end() + line.start() + ocr.start("dossier")
                    record = _kamerstuk_record(dossier_key(ocr["dossier"], read), nr, None, None)
                    record["nr_at"] = [match.start("nr"), match.end("nr")]
                    mentions.append(self._mention(match, "kamerstuk", [record], start=start,
                                                  end=start + len(ocr["dossier"])))
                continue
            letters = re.findall(r"[A-Za-zÀ-ÿ]", content)
            capitals = sum(letter.isupper() for letter in letters)
            if (len(letters) < 3 or re.match(r"\d", content) or len(letters) >= 8 and capitals > 0.7 * len(letters)
                    or not mentions and titles_before == 1):
                break  # a heading, a footnote, a column of numbers; or a second title line before any dossier
            titles_before += not mentions
        if not mentions:
            return None
        if len(mentions) == 1:
            self._scan.bills.append((mentions[0].records[0]["dossier"], mentions[0]))
        _collective_at_dossier_level(mentions)
        self._scan.session_numbered = mentions
        return mentions[0]

    def _build_ek_header_above(self, match: re.Match[str]) -> list[Mention]:
        """``8300 D (Tweede Kamer)`` / ``EERSTE KAMER DER STATEN-GENERAAL`` / ``Zitting 1965—1966`` / ``Nr. 97a``: the
        Eerste Kamer's header of 1950-1975, its dossiers above the chamber's name and its number below the session;
        one record per dossier with that number, as ``ek_header`` (``kst-8300-D-97a``)."""
        nr = match["nr"]
        mentions = []
        for found in re.finditer(rf"(?P<dossier>{_EK_DOSSIER})(?:{_EK_RIJKSWET})?", match["dossiers"]):
            start, end = match.start("dossiers") + found.start(), match.start("dossiers") + found.end("dossier")
            printed = found.group("dossier")
            number = re.match(rf"\d{{1,2}}{_S}\d{{3}}|\d{{4,5}}", printed).group(0)
            record = _kamerstuk_record(dossier_key(number, printed[len(number):].strip() or None), nr, None, None)
            record["nr_at"] = [match.start("nr"), match.end("nr")]
            mentions.append(self._mention(match, "kamerstuk", [record], start=start, end=end))
        if len(mentions) == 1:
            self._scan.bills.append((mentions[0].records[0]["dossier"], mentions[0]))
        _collective_at_dossier_level(mentions)
        return mentions

    def _with_session_numbered(self, found: list[Mention]) -> list[Mention]:
        """The dossiers of an Eerste Kamer header (``_build_ek_header``) in place of what other forms read there."""
        numbered = self._scan.session_numbered[1:]
        kept = [m for m in found if not (m.type == "kamerstuk" and any(
            m.start < other.end and other.start < m.end for other in numbered))]
        return sorted(kept + numbered, key=lambda m: m.start)

    def _build_dossier_title_line(self, match: re.Match[str]) -> Mention | None:
        """``16911 (R 1171) Verandering in de Grondwet, ...`` on a line of its own: a list of bills by number and title
        (a header of joint stukken): a number and title as ``_listed_bill_number`` takes them."""
        return None if _listed_bill_number(match) is None else self._listed_bill(match)

    def _build_dossier_at_line_end(self, match: re.Match[str]) -> Mention | None:
        """``... voor invalide kinderen van 18 tot 27 jaar 15 405`` / ``Wijziging van de Wet ...``: a list of bills by
        number and title (a joint stuk's header, an eindverslag's list) whose OCR put a number at the end of the line
        before its title. A number and title as ``_listed_bill_number`` takes them, with another item of the list near
        it in the same stretch of the numbering
        (``dossier_lists.bill_list_around``): an amount, a year or a count at a line's end has none."""
        number = _listed_bill_number(match)
        if number is None or not dossier_lists.bill_list_around(match.string, match.start("dossier"),
                                                                match.end("dossier"), number):
            return None
        return self._listed_bill(match)

    def _listed_bill(self, match: re.Match[str]) -> Mention | None:
        """The dossier-level record of a bill listed by number and title, its rijkswet number in the span."""
        return self._mention(match, "kamerstuk", [_kamerstuk_record(dossier_key(match["dossier"]), None, None, None)],
                             start=match.start("dossier"), end=match.end("rijkswet") if match["rijkswet"]
                             else match.end("dossier"))

    def _build_dossier_dash(self, match: re.Match[str]) -> Mention | None:
        if _NOT_A_NUMBER_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
            return None
        dossier = dossier_key(match["dossier"], match["sub"])
        return self._mention(match, "kamerstuk", [_kamerstuk_record(dossier, match["nr"], None, None)])

    def _build_staatsblad(self, match: re.Match[str]) -> Mention | None:
        number, year = match["nr"], match["year"] or match["dated_year"]
        colony, start = _colony(match)
        if colony is not None:
            # The gazette of a colony (Indisch Staatsblad, Gouvernementsblad van Suriname, Publicatieblad van
            # Curaçao) numbers its own acts: a Dutch stb id would name another act. Kept, with no id.
            ref_type = "staatscourant" if match["kind"].endswith("Courant") else "staatsblad"
            record = {"type": ref_type, "id": None, "colony": colony, "year": year, "number": number}
            return self._mention(match, ref_type, [record], start=start)
        if match["ocr_word"] and not _garbled_staatsblad_word(match["ocr_word"]):
            return None  # an S-word before "n°. 12" that is no Staatsblad ("Staatsraad", "Stukken", "Suriname")
        kind = re.sub(r"[\u00ad\n-]", "", match["kind"].lower())
        # (a soft hyphen or a line break taken out: "Staats-\nblad"; the OCR's forms of the word are the Staatsblad)
        ref_type, prefix = _BLAD_TYPES.get(kind, _BLAD_TYPES["staatsblad"])
        end = None
        if not year:
            if not match["prefix"] and re.fullmatch(r"(?:18|19|20)\d\d", number):
                return None  # "Stb. 1947": a year without its number
            after = _STB_YEAR_AFTER.match(match.string, match.end())
            if after:  # "(Staatsblad n°. 481 van 1924)", "(Stb. 273, 1984)": the year after the number
                year, end = after["year"], after.end("year")
            else:
                year = _year_before(match.string, match.start())
                if not match["more"] and not match["years"]:
                    dated = _dated_act(match.string, match.start(), match.end(), match["nr"], self.document_year)
                    if dated is not None:  # "wet van 1 Juni 18S5 (Staatsblad n°. 58)": the act of that date
                        year, match_number = dated
                        return self._dated_staatsblad(match, ref_type, prefix, year, match_number)
        if match["series"] and year and not 1940 <= int(year) <= 1951:
            return None  # a letter before the number outside the years of the lettered series: the OCR's "G" for 6
            # ("wet van 18 April 1874 (Staatsblad n°. G5)"), no number to read
        number = re.sub(r"^[il]", "1", number)  # "n°. i5", "n". l23": the OCR's 1 (only after the cue and prefix)
        numbers = [number, *re.findall(r"\d+", match["more"] or "")]
        pairs = [(year, nr) for nr in numbers]
        for part in re.finditer(r"((?:18|19|20)\d\d),\s*((?:n°\.\s*\d+(?:\s+en\s+)?)+)", match["years"] or ""):
            pairs.extend((part[1], nr) for nr in re.findall(r"\d+", part[2]))  # "1912, n°. 285 en n°. 286"
        records = [{"type": ref_type, "id": f"{prefix}-{year}-{nr}" if year else None, "year": year, "number": nr}
                   for year, nr in pairs]
        if match["series"]:  # a lettered series numbers its acts apart: stb-1948-284 would name another act, so the
            for record in records:  # letter stays in the id (stb-1950-K258, CONVENTIONS.md, conv2)
                lettered = f"{match['series']}{record['number']}"
                record["id"] = f"{prefix}-{record['year']}-{lettered}" if record["year"] else None
                record["series"] = match["series"]
        if _GARBLED_NUMBER.match(match.string, match.end("nr")) or number.startswith("0"):
            records[0]["id"] = None  # "n°. 2G8", "n". 85H", "n". 84.7", "n". 04": the OCR garbled the number
            records[0]["garbled"] = True
        return self._mention(match, ref_type, records, end=end)

    def _dated_staatsblad(self, match: re.Match[str], ref_type: str, prefix: str, year: str,
                          number: str) -> Mention | None:
        """The record of a Staatsblad number after a law's date, year and number as ``_dated_act`` read them."""
        record = {"type": ref_type, "id": f"{prefix}-{year}-{number}", "year": year, "number": number}
        if match["series"] or _GARBLED_NUMBER.match(match.string, match.end("nr")) or match["nr"].startswith("0"):
            return None if match["series"] else self._mention(match, ref_type, [{**record, "id": None,
                                                                                 "garbled": True}])
        return self._mention(match, ref_type, [record])

    def _build_ecli(self, match: re.Match[str]) -> Mention:
        return self._mention(match, "ecli", [{"type": "ecli", "id": match.group(0)}], keep_stop=True)

    def _build_ecli_loose(self, match: re.Match[str]) -> Mention | None:
        if re.fullmatch(r"ECLI:NL:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9]+", match.group(0)):
            return None  # the strict form has it
        number = match["number"].replace(" ", "")
        reference = f"ECLI:NL:{match['court'].upper()}:{match['year']}:{number}"
        return self._mention(match, "ecli", [{"type": "ecli", "id": reference}])

    def _build_ljn(self, match: re.Match[str]) -> Mention:
        return self._mention(match, "ljn", [{"type": "ljn", "id": "LJN:" + match["ljn"].replace(" ", "")}])

    def _build_document_id(self, match: re.Match[str]) -> Mention:
        kind = "zaak" if match["kind"] == "Z" else "document"
        return self._mention(match, "document_id", [{"type": "document_id", "id": match.group(0), "kind": kind}])

    def _build_law_article(self, match: re.Match[str]) -> Mention | None:
        if match["pointed"]:
            return self._pointed_law_article(match)
        if match["dated"]:
            return self._dated_law_article(match)
        if match["orphan"] is not None:
            return self._orphan_article(match)
        book = _BW_BOOK.match(match["law"])
        if book:
            return self._bw_book_article(match, book)
        words = _NAME_WORD.findall(match["law"])
        dotted = laws.dotted_law(match.string[match.start("law"):match.start("law") + 30])  # "art. 430 B. Rv.",
        # "art. 72 B.W.", "artikel 59 A.R.A.R." (the name's pattern stops at the first dot)
        found = None if dotted else laws.longest_law(words, self._scan.defined_laws)
        if match["law"][0].islower():  # a law's one-word name in lower case: an act older than the text only
            if found is None or found[0] != 1 or not self._in_force_long_before(found[1]):
                return None
        if found is None and not dotted and laws.is_bw(words[0]):
            found = (1, "")
        if found is None and not dotted and laws.is_bw(" ".join(words[:2])):
            found = (2, "")  # "art. 1401 van het Burgerlijk Wetboek": the code before 1992, no id
        if found is None and not dotted and laws.decree_opening(words[0].lower()):
            found = laws.longest_decree(words)  # "artikel 8 van het Besluit op de Ruimtelijke Ordening"
        if found is None and not dotted and words[0] in laws.short_heads():
            found = _law_of_head(match.string, match.start("law"), words[0])  # "artikel 5 van het Statuut"
            if found is not None:
                self._scan.by_head.add(match.start())
        if found is None and dotted is None:
            return self._unlisted_decree_article(match)
        if dotted:
            bwb = "" if dotted[1] == laws.BW else dotted[1]
            law_end = match.start("law") + dotted[0]
            is_bw = dotted[1] == laws.BW
        else:
            count, bwb = found
            law_end = _end_of_words(match.string, match.start("law"), count)
            is_bw = laws.is_bw(" ".join(words[:count]))
        records = []
        for article, lid in _article_lids(match):
            law_id, number = bwb, article
            if is_bw:
                book, _, rest = article.partition(":")
                law_id = laws.book_of_bw(book) if rest else None
                number = rest
                if not rest:
                    # an article of the Burgerlijk Wetboek before 1992, one code then (art. 1401 B.W.): the law
                    # book of 2017 does not hold it; a law reference without id
                    records.append({"type": "wet", "id": None, "article": article, "not_in_law_book": True})
                    continue
            if not law_id:
                continue
            record = _article_record(law_id, number, lid)
            records.append(record)
        self._define_abbreviation(match.string, law_end, bwb)
        return self._mention(match, "wet", records, end=law_end) if records else None

    def _unlisted_decree_article(self, match: re.Match[str]) -> Mention | None:
        """``artikel 116 van het Reglement van Orde``, ``art. 48 van het Regeeringsreglement``, ``artikel 3, lid 4, van
        het Besluit Vijandelijk Vermogen``: an article of a decree or reglement the law book does not hold (or not
        under that name): a law reference without id. Only after an article, where the name is surely a regulation's."""
        name = _DECREE_NAME.match(match.string, match.start("law"))
        if name is None:
            return None
        words = re.findall(r"[\w-]+", match.string[match.start("law"):match.start("law") + 200])[:14]
        found = laws.longest_decree(words) if laws.decree_opening(words[0].lower()) else None
        if found and found[0] > 1:  # a name with a comma, which the article's pattern stops at: "artikel 17 Besluit
            # kerninstallaties, splijtstoffen en ertsen"
            end = _end_of_words(match.string, match.start("law"), found[0])
            return self._mention(match, "wet", self._article_records(found[1], match), end=end)
        end = name.end()
        ends = [end]  # where the name may end: not after a joining word ("Reglement van Orde", not "Reglement van")
        capital = bool(name.group("compound"))
        while True:  # the name's words: up to punctuation, a clause's first word or a year (which ends it); lower-
            # case words ("Besluit buitengewoon lager onderwijs") only before a capitalised one ("Reglement van Orde
            # liggen", "Besluit Volkstellingen achterwege"), but for the joining words between capitalised ones
            word = _DECREE_NAME_WORD.match(match.string, end)
            if word is None or word.group(1).lower() in _NOT_IN_A_DECREE_NAME:
                break
            joining = word.group(1) in _DECREE_NAME_JOINS
            if capital and word.group(1).islower() and not joining:
                break
            end = word.end()
            if word.group(1).isdigit():
                ends.append(end)
                break
            capital = capital or word.group(1)[0].isupper()
            if not joining:
                ends.append(end)
        end = ends[-1]
        if name.group("head") and end == name.end():
            return None  # "het Besluit", "het Reglement": the text's own, or one named before
        records = [{"type": "wet", "id": None, "article": article, "not_in_law_book": True}
                   for article, _ in _article_lids(match)]
        return self._mention(match, "wet", records, end=end) if records else None

    def _bw_book_article(self, match: re.Match[str], book: re.Match[str]) -> Mention | None:
        """``artikel 310 van Boek 3 van het Burgerlijk Wetboek``, ``artikel 222 van Boek 1 B.W.``, ``artikel 14, tweede
        lid, van boek 2 van het Burgerlijk Wetboek``; the code unnamed (``artikel 14 van boek 2``) only where a book
        alone is the code's (``_book_alone``)."""
        if not book["bw"] and not self._book_alone(match.string, match.start("law") + book.end(), book.group(1)):
            return None
        bwb = laws.book_of_bw(book.group(1))
        if bwb is None:
            return None
        records = []
        for article, lid in _article_lids(match):
            record = _article_record(bwb, article, lid)
            records.append(record)
        return self._mention(match, "wet", records, end=match.start("law") + book.end())

    def _law_of_date(self, match: re.Match[str]) -> Mention | None:
        bwb = self._bwb_of_date(match)
        if bwb is None:
            return None  # an amending act, or one the 2017 law book lacks: its Staatsblad number is the reference
        named = self._scan.last_law
        if (named is not None and named.records[0].get("bwb") == bwb
                and _OWN_CITATION_OPENS.fullmatch(match.string, named.end, match.start())):
            return None  # "De Gezondheidswet (wet van 18 januari 1956, Stb. 51)": the law's own citation, one reference
        return self._mention(match, "wet", [{"type": "wet", "id": laws.jci(bwb), "bwb": bwb}])

    @staticmethod
    def _bwb_of_date(match: re.Match[str]) -> str | None:
        """The act of the date the match gives (``day``, ``month``, ``year``), where the 2017 list has one act of
        that date and the text within 1,500 characters names its subject."""
        bwb = laws.law_of_date(match["day"], match["month"], match["year"])
        if bwb is None:
            return None
        subject = laws.subject_word(bwb)
        around = match.string[max(0, match.start() - 1500):match.end() + 1500].lower()
        if subject is None or subject not in around.replace("-\n", "").replace("\u00ad", ""):
            return None  # many acts share a date (the amending acts of 23 December): the text must name the subject
        return bwb

    def _dated_law_article(self, match: re.Match[str]) -> Mention | None:
        """``artikel 5 der wet van 13 juni 1857 (Staatsblad no. 87)``: the article of the act of that date; the
        mention ends at the date (the Staatsblad number after it is a reference of its own). A royal decree by its
        date (``art. 22 van Uwer Majesteits besluit van 13 November 1859``) the same, without id: the law book's acts
        of that date are laws, not the decree."""
        if match["decree"] and _TITLE_AFTER_DATE.match(match.string, match.end("dated")):
            return None  # "artikel 8 van het Koninklijk besluit van 2 oktober 1937 houdende het statuut ...": the
            # decree by its title, which the Belgian citations read whole (citations_be)
        bwb = None if match["decree"] else self._bwb_of_date(match)
        if bwb is None:
            # an act the law book lacks or cannot tell from others of its date ("art. 6 der wet van den 28sten Julij
            # 1850", the nationality act, in the naturalisation acts of 1850-1892): a law reference without id,
            # which "art. 5 der voormelde wet" after it points to
            month = laws.month_numbers().get(match["month"].lower())
            if month is None:
                return None
            dated = f"{match['year']}-{month:02d}-{int(match['day']):02d}"
            records = [{"type": "wet", "id": None, "article": article, "law_date": dated}
                       for article, _ in _article_lids(match)]
            return self._mention(match, "wet", records, end=match.end("dated"))
        records = self._article_records(bwb, match)
        return self._mention(match, "wet", records, end=match.end("dated"))

    def _orphan_article(self, match: re.Match[str]) -> None:
        """``artikel 12, tweede lid, en artikel 14 der Armenwet``: an article whose law comes later. Kept aside:
        ``_orphans_to_laws`` gives it the law once every law of the text is known (most have none in reach, so
        the tests of ``_owned_elsewhere`` run only then)."""
        self._scan.orphans.append(match)
        return None

    def _orphans_to_laws(self, text: str, found: list[Mention]) -> list[Mention]:
        """Each article kept aside with the first law named after it (same sentence or the next, within 250
        characters, no bill or other document named between): that law's article."""
        added = []
        laws_after = [m for m in found if m.type == "wet" and m.records[0].get("bwb")
                      and not m.records[0].get("implicit") and m.start not in self._scan.books_alone]
        for match in self._scan.orphans:
            if self._article_in_brackets(text, match, found):
                continue
            joined = next((m for m in found if m.type == "wet" and m.start >= match.end()), None)
            if joined is not None and joined.records[0].get("bwb") and (
                    _JUNCTO.fullmatch(text, match.end(), joined.start)
                    or joined.records[0].get("implicit") and _OR_POINTED.fullmatch(text, match.end(), joined.start)):
                # "artikel 64 jo. artikel 57, tweede lid, van de wet": read together, of the same law; "artikel 14 of
                # artikel 16 der bovenaangehaalde wet": both of the law named last
                records = [dict(record, **{key: joined.records[0][key] for key in ("implicit", "antecedent",
                                                                                   "law_named")
                                           if key in joined.records[0]})
                           for record in self._article_records(joined.records[0]["bwb"], match)]
                end = match.end()
                while text[end - 1] in " \u00a0,":
                    end -= 1
                added.append(self._mention(match, "wet", records, end=end))
                continue
            law = next((m for m in laws_after if m.start >= match.end()), None)
            if law is not None and law.start - match.end() <= 250:
                gap = text[match.end():law.start]
                # "bij de artikelen 1, 2 en 3 bepaalde kunnen Wij verklaren, dat ... aan artikel 32 der Woningwet": the
                # law is the nearer article's where that one stands apart in the clause (not "artikel 60, lid 2, en
                # onder verwijzing naar artikel 61, lid 3, van de Grondwet", "art. 655 tot en met art. 659 van ...")
                other = _OTHER_ARTICLE.search(gap, _ARTICLE_JOINED_REACH)
                if (len(_SENTENCE_END.findall(gap)) > 1 or _OTHER_DOCUMENT.search(gap) or _OWNER_NAMED.search(gap)
                        or other):
                    law = None
                elif law.start in self._scan.by_head and not _PLAIN_GAP.fullmatch(gap):
                    # a law a head alone named takes an article before it only over plain words ("artikel 5, derde
                    # lid, en niet mede in artikel 14, derde lid, van het Statuut"), not over another law's name the
                    # parser does not know ("Art. 91, (1), add. art. XXI, GW; ... en Art. 24 Statuut") nor a sentence
                    law = None
            else:
                law = None
            if any(m.start < match.end() and match.start() < m.end for m in found) or _owned_elsewhere(match):
                continue
            if law is None:
                mention = (self._law_named_before(text, match, found, laws_after)
                           or self._same_article_again(text, match, found, laws_after))
                if mention is not None:
                    added.append(mention)
                continue
            records = self._article_records(law.records[0]["bwb"], match)
            for record in records:
                record["law_named"] = {"start": law.start, "end": law.end, "text": text[law.start:law.end]}
            end = match.end()
            while text[end - 1] in " \u00a0,":
                end -= 1
            added.append(self._mention(match, "wet", records, end=end))
        return sorted([*found, *added], key=lambda m: m.start) if added else found

    def _article_in_brackets(self, text: str, match: re.Match[str], found: list[Mention]) -> bool:
        """``De Algemene wet bestuursrecht (artikel 8:28) voorziet er in``, ``der Gemeentewet (art. 138 en
        volgende)``: an article in brackets right after a law's name, alone in the brackets, is that law's: the law's
        mention (law-level) becomes one over the name and the brackets, with the article's records (in place in
        ``found``). Not a Roman article (``(artikel I)``: the bill's own, amending the law), not a law named by
        ``de wet`` or ``dezelfde wet`` (implicit), not where the brackets hold more than the article."""
        opening = _BRACKET_BEFORE.search(text, max(0, match.start() - 3), match.start())
        if opening is None or _ROMAN.fullmatch(_split_articles(match["articles"])[0]) \
                or not _BRACKET_CLOSES.match(text, match.end()):
            return False
        law = next((m for m in found if m.type == "wet" and m.end == opening.start()), None)
        if law is None or len(law.records) != 1 or law.records[0].get("implicit") or law.records[0].get("article") \
                or not law.records[0].get("bwb"):
            return False
        records = self._article_records(law.records[0]["bwb"], match)
        end = _BRACKET_CLOSES.match(text, match.end()).end()
        found[found.index(law)] = self._mention(match, "wet", records, start=law.start, end=end)
        return True

    def _law_named_before(self, text: str, match: re.Match[str], found: list[Mention],
                          laws: list[Mention]) -> Mention | None:
        """``De Gezondheidswet ... . Volgens artikel 4 ...``: an article whose law was named in an earlier sentence of
        the passage (within 1,000 characters, the same paragraph), an implicit reference to that law's article
        (antecedent the law's mention). Only where exactly one law was named in reach and no bill, amendment,
        motion, treaty or decree comes between (a bill's or amendment's text names its own articles)."""
        start = match.start()
        if text[start - 1:start] == "(":
            return None
        if self._scan.bill_text is None:
            self._scan.bill_text = _is_bill_text(text)
        if self._scan.bill_text:
            return None  # "(artikel 13)" of a budget; a text with article headings is a bill or amendment
        window = max(0, start - _LAW_BEFORE_REACH)
        paragraph = text.rfind("\n\n", window, start)
        if paragraph >= 0:
            window = paragraph
        before = [m for m in laws if window <= m.start and m.end <= start]
        if not before or len({m.records[0]["bwb"] for m in before}) != 1:
            return None
        law = before[-1]
        gap = text[law.end:start]
        cited_with = _CITED_WITH.match(gap)  # "(wet van 18 januari 1956, Stb. 51)": the law's own citation
        rest = gap[cited_with.end():] if cited_with else gap
        same_sentence = _SENTENCE_END.search(text, law.end, start + 1) is None  # (the article's capital counts)
        cited_articles = {record.get("article") for record in law.records} - {None}
        repeated = bool(cited_articles) and set(_split_articles(match["articles"])) <= cited_articles
        legal_basis = bool(_LEGAL_BASIS.search(gap)) and bool(_CLAUSE_CLOSED.match(text, match.end()))
        if _OTHER_DOCUMENT.search(gap) or _AMENDING_WORDS.search(gap) or (
                same_sentence and not _LAW_AS_SUBJECT.fullmatch(rest) and not repeated and not legal_basis):
            return None  # something else named between; or the same sentence (its own rules: the law after), but
            # for the law as the subject: "De Gezondheidswet (wet van ..., Stb. 51) bepaalt in artikel 4", or the
            # same article again: "wanneer in artikel 116 van de Grondwet ... aangelegenheden van artikel 116"
        citation_end = law.end + (cited_with.end() if cited_with else 0)
        if any(citation_end <= m.start < start and m.type != "wet" for m in found):
            return None  # a kamerstuk, amendement, Staatsblad ... between: the article may be its
        articles = _split_articles(match["articles"])
        cited = {record.get("article") for record in law.records}
        if cited != {None} and not set(articles) <= cited:
            return None  # after "art. 192 der Grondwet" only "art. 192" again: another number may be the bill's
        if any(o.end() <= law.start and set(_split_articles(o["articles"])) & set(articles)
               for o in self._scan.orphans):
            return None  # "Art. 110 spreekt van ..." before the law was named: the text's own article
        return self._article_of(text, match, law)

    def _same_article_again(self, text: str, match: re.Match[str], found: list[Mention],
                            laws: list[Mention]) -> Mention | None:
        """``... het voorschrift van artikel 782, lid 4, Wetboek van Koophandel ...`` and, paragraphs later, ``de regel
        van artikel 782, lid 4``: an article cited again without its law, further back than a law named before
        reaches (``_SAME_ARTICLE_REACH``), is the article of the one law it was cited with (an implicit reference,
        antecedent that citation). Not where two laws were cited with that number, not in a bill's or amendment's
        own text (its articles are its own), not with a kamerstuk, Staatsblad or other document cited between."""
        start = match.start()
        if self._scan.cited_articles is None:
            self._scan.cited_articles = {}
            for m in laws:
                for article in {record.get("article") for record in m.records} - {None}:
                    self._scan.cited_articles.setdefault(article, []).append(m)
        articles = set(_split_articles(match["articles"]))
        cited = sorted({id(m): m for article in articles for m in self._scan.cited_articles.get(article, ())
                        if m.end <= start and start - m.start <= _SAME_ARTICLE_REACH}.values(), key=lambda m: m.start)
        if not cited or len({m.records[0]["bwb"] for m in cited}) != 1 or text[start - 1:start] == "(":
            return None
        if self._scan.bill_text is None:
            self._scan.bill_text = _is_bill_text(text)
        if self._scan.bill_text:
            return None
        law = cited[-1]
        if not articles <= {record.get("article") for m in cited for record in m.records}:
            return None
        if any(law.end <= m.start < start and m.type != "wet" for m in found):
            return None
        return self._article_of(text, match, law)

    def _article_of(self, text: str, match: re.Match[str], law: Mention) -> Mention:
        """The article(s) of ``match`` as an implicit reference to ``law`` (its antecedent), without trailing
        spaces and commas."""
        antecedent = {"start": law.start, "end": law.end, "text": text[law.start:law.end]}
        records = [dict(record, implicit=True, antecedent=antecedent)
                   for record in self._article_records(law.records[0]["bwb"], match)]
        end = match.end()
        while text[end - 1] in " \u00a0,":
            end -= 1
        return self._mention(match, "wet", records, end=end)

    @staticmethod
    def _article_records(bwb: str, match: re.Match[str]) -> list[dict[str, Any]]:
        records = []
        for article, lid in _article_lids(match):
            record = _article_record(bwb, article, lid)
            records.append(record)
        return records

    def _pointed_law_article(self, match: re.Match[str]) -> Mention | None:
        """``artikel 14 of 16 der bovenaangehaalde wet``: articles of the law named last, an implicit reference
        (``van deze wet`` is not one: in a bill it is the bill itself)."""
        law = self._scan.last_law
        if law is None:
            return None
        if match["the_law"] and (
                match.start() - law.end > _THE_LAW_REACH or _BILL_NOUN.search(match.string, law.end, match.start())):
            return None  # a bare "van de wet" far from the law, or after a bill named between: that bill may be meant
        if any(not _EXECUTED_LAW.search(match.string, max(0, word.start() - 40), word.start())
               for word in _LAW_WORD.finditer(match.string, law.end, match.start())):
            return None  # "art. 254 der gemeentewet en ... art. 255 derzelfde wet": a law that the law book lacks was
            # named after the law named last (one it holds would have become the law named last)
        bwb = law.records[0].get("bwb")
        if _DATED_ACT.search(match.string, law.end, match.start()):
            return None  # "art. 6 der wet tot uitvoering van art. 7 der Grondwet, van den 2Ssten Julij 1850 ... art. 5
            # der voormelde wet": an act cited by a date the OCR garbled came between; that act may be meant
        antecedent = {"start": law.start, "end": law.end, "text": law.records[0]["text"]}
        records = []
        for article, lid in _article_lids(match):
            # the law named last without id (one the law book lacks): its article has none either, but is one
            record = _article_record(bwb, article, lid) if bwb else {"type": "wet", "id": None, "article": article}
            records.append(dict(record, implicit=True, antecedent=antecedent))
        return self._mention(match, "wet", records, end=match.end("pointed"))

    def _build_law_name(self, match: re.Match[str]) -> Mention | None:
        text = match.string
        if match["year"] and not (match.start() and text[match.start() - 1].isalnum()):
            return self._law_of_date(match)
        word_start = match.start()
        while word_start and (text[word_start - 1].isalnum() or text[word_start - 1] == "-"):
            word_start -= 1
        word_end = _WORD_REST.match(text, match.start() + 3).end()  # after "wet" (a date that follows is not
        # part of the name)
        word = text[word_start:word_end].lower()
        law_words = _law_words()
        if (word not in law_words and word.replace("-", "") not in law_words  # "Grond-wet" broken at a line
                and not (text[word_start].isupper() and laws.misread_law_word(word))):  # OCR's "Wetgenwet"
            return self._law_not_in_book(match, word_start, word_end)
        # The name may start one or two words before "wet": "Algemene wet ...", "Burgerlijk Wetboek".
        before = text[max(0, word_start - 40):word_start]
        # (a word there is tried only where it opens with a capital: none where the stretch is all lower case)
        starts = [] if before.islower() else [m.start() + max(0, word_start - 40)
                                              for m in _WORD_AND_SPACE.finditer(before)][-2:]
        for start in [*starts, word_start]:
            lower = not text[start].isupper()
            # "de wet op de loonbelasting 1964": a name of several words in lower case is read where it ends in the
            # act's year (that year names the one act; below)
            dated_name = lower and start == word_start and word == "wet"
            if lower and not dated_name and (start != word_start or self.document_year is None or word == "wet"
                                             or laws.normalise(word) not in laws.law_index()):
                continue  # lower case: only a one-word name of the index, the document's year known (below)
            if lower and _INDEFINITE_BEFORE.search(text, max(0, start - 6), start):
                continue  # "eene onteigeningswet", "een wet op ...": a kind of act, not the act of that name
            if dated_name and not _YEAR.search(text, start, start + 120):
                continue  # no year within reach, so none among the words (below): the words not read
            words = _first_name_words(text, start, start + 120, 10)
            if dated_name and not any(map(_YEAR.fullmatch, words[2:])):
                continue  # no year among the words for a name in lower case to end in (_dated_lower_name): not
                # looked up (a third of the lookups in the SGD pool)
            found = laws.longest_law(words, None)
            if found is None:
                continue
            count, bwb = found
            end = _end_of_words(text, start, count)
            if end < word_end:
                continue
            if dated_name:
                if not self._dated_lower_name(words[:count], bwb):
                    continue
            elif lower and not (count == 1 and self._in_force_long_before(bwb)):
                continue  # "de gemeentewet" in a text of 1930: the act of 1851, not the Gemeentewet of 1992
            if laws.is_bw(" ".join(words[:count])):
                return None
            self._define_abbreviation(text, end, bwb)
            record = {"type": "wet", "id": laws.jci(bwb), "bwb": bwb}
            return self._mention(match, "wet", [record], start=start, end=end)
        return self._repealed_law(match, [*starts, word_start], word_end)

    def _dated_lower_name(self, words: list[str], bwb: str) -> bool:
        """Whether a law's name of several words in lower case (``de wet op de loonbelasting 1964``, ``de wet op de
        inkomstenbelasting 1964``, broken at a line: ``loonbe-lasting``) is the act of the 2017 law book: only where
        the name ends in a year (an undated one, ``de wet op het Nederlanderschap``, is mostly an older act of that
        name), the act not made after the text."""
        if len(words) < 3 or not _YEAR.fullmatch(words[-1]):
            return False
        enacted = laws.enacted_year(bwb)
        return self.document_year is None or enacted is None or enacted <= self.document_year

    def _in_force_long_before(self, bwb: str) -> bool:
        """Whether the act ``bwb`` of the 2017 law book was made before the text: a one-word name in lower case
        (``de onteigeningswet``, ``artikel 14 der onteigeningswet``) is mostly an old act the book no longer holds
        (``gemeentewet``, ``kieswet``, ``pensioenwet``: their acts of 1851, 1896, 1922, not those of 1992, 1989,
        2006), so it is read only where the document's year is known and the book's act older (the Onteigeningswet
        of 1851 in a text of 1939; in one of 1845 the name is the act of 1841)."""
        enacted = laws.enacted_year(bwb)
        return enacted is not None and self.document_year is not None and enacted <= self.document_year

    def _repealed_law(self, match: re.Match[str], starts: list[int], word_end: int) -> Mention | None:
        """A law by a name of several words that the 2017 book lacks, repealed before (``laws_repealed.txt``: ``de wet
        op het Nederlanderschap en het ingezetenschap``, ``de Wet beperking cadeaustelsel``): a ``wet`` record without
        id, as the fresh golds mark them. The name starts at a capital before ``wet`` or at ``wet`` itself (the
        naturalisation acts write it in lower case)."""
        text = match.string
        for start in starts:
            if not (text[start].isupper() or start == starts[-1]):
                continue
            count = laws.longest_repealed(word.group() for word in _NAME_WORD.finditer(text, start, start + 160))
            if count is not None and _end_of_words(text, start, count) >= word_end:
                record = {"type": "wet", "id": None, "not_in_law_book": True}
                return self._mention(match, "wet", [record], start=start, end=_end_of_words(text, start, count))
        return None

    def _law_not_in_book(self, match: re.Match[str], start: int, end: int) -> Mention | None:
        """A law by a one-word name that the law book of 2017 does not hold (``Invaliditeitswet``, ``Militiewet``,
        ``Lager-onderwijswet 1920``: repealed before): a ``wet`` record without id, its year kept in the span. Only a
        capitalised word that closes in ``wet`` after a stem of four letters or more, not a word of a series of acts
        (``Invoeringswet``, ``Wijzigingswet``), not ``Rijkswet`` (a kind of act), not the start of a sentence's
        compound (``Wet-``)."""
        text = match.string
        word = text[start:end]
        stem = word[:-3].replace("-", "").replace("\u00ad", "").lower()
        if (not word[:1].isupper() or not word.endswith("wet") or len(stem) < 4 or not stem.isalpha()
                or stem in ("rijks", "grond") or stem.startswith(laws.series_words())):
            return None
        year = re.match(r"[ \u00a0](1[89]\d\d|20\d\d)(?!\d|[.,:]\d)", text[end:end + 7])
        before = _QUALIFIER_BEFORE.search(text, max(0, start - 25), start)  # "Algemene Arbeidsongeschiktheidswet"
        if before is not None and before.group(1) not in _NOT_QUALIFIERS:
            start = before.start(1)
        record = {"type": "wet", "id": None, "not_in_law_book": True}
        return self._mention(match, "wet", [record], start=start, end=end + (year.end() if year else 0))

    def _build_statute_name(self, match: re.Match[str]) -> Mention | None:
        """``Statuut voor het Koninkrijk (der Nederlanden)``: a law whose name has no ``wet`` for ``law_name`` to find,
        read through the law index (the name as long as the index has it); ``het Statuut`` alone is not read."""
        text = match.string
        words = _first_name_words(text, match.start(), match.start() + 120, 10)
        found = laws.longest_law(words, None)
        if found is None:
            return None
        count, bwb = found
        end = _end_of_words(text, match.start(), count)
        self._define_abbreviation(text, end, bwb)
        return self._mention(match, "wet", [{"type": "wet", "id": laws.jci(bwb), "bwb": bwb}], end=end)

    def _build_ordinal_article(self, match: re.Match[str]) -> Mention | None:
        """``het 149ste en 150ste artikel der Grondwet``: articles numbered by an ordinal before ``artikel`` (11 SGD
        documents, all before 1900), each an article of the law named after it (the Grondwet's old numbering gives
        the law alone, as for ``art. 149 der Grondwet``: ``_drop_later_laws``). Only a law named by its name."""
        text = match.string
        ordinals = _ORDINALS_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if ordinals is None:
            return None
        words = _NAME_WORD.findall(match["law"])
        found = laws.longest_law(words, self._scan.defined_laws)
        if found is None or laws.is_bw(" ".join(words[:found[0]])):
            return None  # the old Burgerlijk Wetboek's articles have no id
        count, bwb = found
        records = [_article_record(bwb, number, None) for number in re.findall(r"\d+", ordinals["articles"])]
        return self._mention(match, "wet", records, start=ordinals.start("articles"),
                             end=_end_of_words(text, match.start("law"), count))

    def _book_alone(self, text: str, end: int, book: str, any_en: bool = False) -> bool:
        """Whether a book named without its code (``Boek 6``, ``boek 2`` ending at ``end``) is the Burgerlijk Wetboek's:
        in a text of 1970 or later (the new code's books; before, a book of the old codes), not of the old spelling,
        not another code's book (``Boek 1 van het Wetboek van Strafvordering``, ``Boek 2 der ...``, ``boek 1 van het
        oude Burgerlijk Wetboek``), nor books joined (``Boek 2 en 3 van ...``; with ``any_en``, any ``en`` after it, as
        the book alone has it: ``Boek 6 en de ...``)."""
        year = self.document_year
        joined = r"en" if any_en else r"en[ \u00a0]+\d"
        after = rf"[ \u00a0\n]+(?:van|der|des|uit|{joined})\b"
        return not (not book.isdigit() or year is not None and year < 1970
                    or year is None and laws.written_before_1947(text) or re.match(after, text[end:end + 8]))

    def _build_bw_book(self, match: re.Match[str]) -> Mention | None:
        """``Boek 6`` (``Boek 6 BW``): that book of the Burgerlijk Wetboek, the law alone. Without ``BW`` only in a text
        of 1970 or later (the new code's books; before, a book of the old codes), not of the old spelling, and not
        another code's book (``Boek 1 van het Wetboek van Strafvordering``, ``Boek 2 der ...``)."""
        text = match.string
        if not match["bw"]:
            if (not self._book_alone(text, match.end(), match["book"], any_en=True)
                    or _AMENDED_BOOK.search(text, max(0, match.start() - 14), match.start())):
                return None  # "(Wijziging Boek 3)": a bill's title, which the annotators leave out
        bwb = laws.book_of_bw(match["book"])
        if bwb is None:
            return None
        if not match["bw"]:
            self._scan.books_alone.add(match.start())  # no article before it is its own ("artikel 91 a is een
            # gebruikelijke termijn in boek 2": the bill's article; "artikel 14 van boek 2" is read as one)
        return self._mention(match, "wet", [{"type": "wet", "id": laws.jci(bwb), "bwb": bwb}])

    def _build_decree_name(self, match: re.Match[str]) -> Mention | None:
        """A decree named as the law book names it (stopwords aside), its name capitalised; ``het besluit`` and
        a decree by its date (``Besluit van 12 juni 1931``) are not."""
        text = match.string
        start = match.start()
        while start and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        if not text[start:start + 1].isupper():
            return None
        words = re.findall(r"[\w-]+", text[start:start + 200])[:14]
        if not words or not laws.decree_opening(laws.normalise(words[0])):  # "Bezoldigings-besluit" at a line
            return None
        found = laws.longest_decree(words)
        if found is None or found[0] < 2 and words[0].lower() == "besluit":
            return None
        count, bwb = found
        end = _end_of_words(text, start, count)
        return self._mention(match, "wet", [{"type": "wet", "id": laws.jci(bwb), "bwb": bwb}], start=start, end=end)

    def _define_abbreviation(self, text: str, end: int, bwb: str) -> None:
        """``de Algemene wet inkomensafhankelijke regelingen (Awir)``: Awir names that law from here on."""
        defined = _DEFINED_NAME.match(text[end:end + 30])
        if defined:
            self._scan.defined_laws[defined.group(1)] = bwb

    def _law_abbreviations(self, text: str, found: list[Mention]) -> list[Mention]:
        """A law by its short name alone (``de Awb``, ``de WW``; ``de Awir`` after the text defined it)."""
        patterns = [laws.standalone_abbreviations()]
        defined = {k: v for k, v in self._scan.defined_laws.items() if k not in laws.abbreviations()}
        if defined:
            names = sorted(defined, key=len, reverse=True)
            patterns.append(re.compile("(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"))
        added = []
        for pattern in patterns:
            for match in pattern.finditer(text):
                start, end = match.span()
                if start and (text[start - 1].isalnum() or text[start - 1] in "-("):
                    continue  # inside a word, or the definition "(Awir)" itself
                bwb = laws.bwb_id(match.group(0), self._scan.defined_laws)
                if bwb is None or any(m.start < end and start < m.end for m in found):
                    continue
                added.append(self._mention(match, "wet", [{"type": "wet", "id": laws.jci(bwb), "bwb": bwb}]))
        return sorted([*found, *added], key=lambda m: m.start) if added else found

    def _bracketed_articles(self, text: str, found: list[Mention]) -> list[Mention]:
        """Articles in the footnote form of the treaty letters (1988-1992): the lid in brackets and the law by its
        abbreviation after a run of articles, ``Art. 91, (1), add. art. XXI, (1)(a) G W. en art. 61, (3), G.W. 1972``.
        Each article of the run gets the law named at its end; an additional article (``add. art. XXI``, Roman)
        and an article of a dated text older than the law's renumbering (``G.W. 1972``) the law's id only."""
        if not _BRACKETED_CUE.search(text):
            return found
        added: list[Mention] = []
        for run in _BRACKETED_RUN.finditer(text):
            law = run.group("law")
            key = re.sub(r"[.\s\u00a0]", "", law)
            bwb = laws.abbreviations().get(key) or laws.dotted_table().get(key)
            if bwb is None or bwb == laws.BW:
                continue
            version = int(run.group("version")) if run.group("version") else None
            renumbered = laws.renumbered_year(bwb)
            articles = list(_BRACKETED_ARTICLE.finditer(text, run.start(), run.start("law")))
            for position, article in enumerate(articles):
                last = position == len(articles) - 1
                start = article.start()
                end = run.end() if last else article.end()
                if any(m.start < end and start < m.end for m in [*found, *added]):
                    continue
                record: dict[str, Any] = {"type": "wet", "bwb": bwb}
                number, lid = article.group("number"), article.group("lid")
                if article.group("additional") or number is None:
                    record["id"] = laws.jci(bwb)
                elif version is not None and renumbered is not None and version < renumbered:
                    record["id"] = laws.jci(bwb)
                    record["numbering_before"] = renumbered
                else:
                    record.update(id=laws.jci(bwb, number, lid), article=number)
                    if lid:
                        record["lid"] = lid
                added.append(self._mention(article, "wet", [record], start=start, end=end,
                                           keep_stop=last and law.endswith(".") and not version))
        return sorted([*found, *added], key=lambda m: m.start) if added else found

    # ---- context ----------------------------------------------------------------------------------------------

    def _dossier_in_context(self, position: int) -> tuple[str | None, str | None]:
        """The dossier a bare number belongs to: the header's, else the last bill the text named before it."""
        if self.own_dossier:
            return self.own_dossier, "header"
        bill = self.bill_before(position)
        return (bill[0], "text") if bill else (None, None)

    def _dossier_of_numbered(self, raw: str) -> tuple[str, str] | None:
        """``de motie op stuk nr. 313`` in a debate whose moties were numbered ``Zij krijgt nr. 315 (31765)``: the
        dossier of the moties numbered before it, where one of them has that number or one near it (within 15) and
        all those near it have one dossier."""
        if not self._scan.numbered:
            return None
        first = re.match(r"\d+", raw)
        if first is None:
            return None
        number = int(first.group(0))
        near = {dossier for dossier, nr in self._scan.numbered if abs(nr - number) <= 15}
        return (near.pop(), "text") if len(near) == 1 else None

    def bill_before(self, position: int) -> tuple[str, Mention] | None:
        """The last dossier the text named as a bill (``(27659)``, ``wetsvoorstel 36228``) before ``position``, else
        the dossier of the stuk's own footer line (``Tweede Kamer, zitting 1980-1981, 16 535, nr. 5``) or of its
        Bijlagen page's label at the foot (``8595 5``, 1945-1975)."""
        before = [bill for bill in self._scan.bills if bill[1].end <= position]
        return before[-1] if before else self._scan.own_footer


# The head of a plural bill noun: "wetsontwerpen", "Wets-ontwerpen", "wets-\nontwerpen", OCR "\\vets-ontwerpen".
# The head of a bill's noun before "ontwerp(en)"/"voorstel(len)", as OCR leaves it: "wets-\nontwerp", "\\vets",
# "belasting\u00adontwerpen" (a soft hyphen).
_BILL_HEAD = re.compile(r"(?:(?:[Ww]|\\v)ets|[Bb]elasting)(?:-[ \n]?|\u00ad\n?)?$")
_MORE_BILLS_AFTER = re.compile(r"(?:,[ \u00a0]?|[ \u00a0]en[ \u00a0])\d")
# A year that brackets may be glued to: "voor het dienstjaar 1972(13 443)" (never "25 000(12 000)").
_YEAR_GLUED = re.compile(r"(?<!\d)(?:18|19|20)\d\d$")
_RIJKSWET_AFTER = re.compile(r"[ \u00a0]?\([ \u00a0]?R[ \u00a0]?\d{1,4}\)")
# After an article whose law is not named at once: what makes it some other document's article (it gets no law).
_OWNER_WORD_AT_END = re.compile(r"(?:van|der|de|het)[ \u00a0]$")
_OWNED_ARTICLE = re.compile(r"[ \u00a0,]*(?:van|der|des|uit|dezer|zijner|hiervan|daarvan)\b")
_AMENDING = re.compile(r"(?:^|[.;:\n][ \u00a0]*)In[ \u00a0]+(?:art|het|de)|vervalt|vervallen|vervangen"
                       r"|ingevoegd|gelezen|te[ \u00a0]lezen|luiden|vernummerd|voorgesteld|bedoeld|wijzig"
                       r"|toegevoegd|geschrapt|voegen|omschreven"
                       r"|[ \u00a0][a-z]\w*wet\b|\bwet\b")
_OWNER_NAMED = re.compile(r"(?:\bvan|\bder)[ \u00a0](?:(?:de|het)[ \u00a0])?[A-Z]")  # "..., van de Wet X": X's article
_ROMAN = re.compile(r"[IVXLC]+[a-z]?")
_OTHER_ARTICLE = re.compile(r"\b[Aa]rt(?:ikel(?:en)?|t?\.)[ \u00a0]?\S{0,2}\d")  # OCR: "artikel :i2"
_ARTICLE_JOINED_REACH = 60  # an article further than this after one without its law owns the law named after it
_LAW_BEFORE_REACH = 1000  # how far back a law named before an article without one may be (characters)
_SAME_ARTICLE_REACH = 4000  # how far back the same article cited with its law may be (characters: a page or so)
# A bill's or amendment's own text: article headings on lines of their own ("Artikel 3.", "ARTIKEL I"), the
# enacting formula; and the words that change a text ("wordt gelezen", "vervalt").
_BILL_HEADING = re.compile(r"\n[ \t]*(?:Artikel|ARTIKEL|Art\.)[ \t]+(?:\d+[a-z]?|[IVXL]+)\.?[ \t]*(?:\n|[A-Z])")
_BILL_WORDS = ("Lasten en bevelen", "bij de gratie Gods", "BIJ DE GRATIE GODS", "begroting")


def _is_bill_text(text: str) -> bool:
    """A bill's or amendment's own text (article headings, the enacting formula) or a budget's."""
    return any(word in text for word in _BILL_WORDS) or bool(_BILL_HEADING.search("\n" + text[:200])
                                                              or _BILL_HEADING.search(text))


_AMENDING_WORDS = re.compile(r"wordt gelezen|te lezen|vervalt|vervallen|ingevoegd|luidende|vervangen|Toelichting"
                             r"|wijzig|gewijzigd|amendement|voorstel|Titel|Hoofdstuk|Overgangsbepaling"
                             r"|\w\wwet\b", re.I)  # another law the list does not know ("armenwet") between
# The lid named before its article: "het tweede lid van artikel 6", "het eerste lid, onder c, van artikel 5".
_LID_BEFORE = re.compile(rf"(?<![\w])(?:[Hh]et|[Dd]at){_S}(?P<lid>{_LID}|[1-9]\d?(?:ste|de|e)){_S}lid[.,]?"
                         rf"(?:{_S}onder{_S}[a-z0-9]{{1,3}}\.?,?)?{_S}van{_S}$")
# A signature's last line in capitals: "NELISSEN.", "WTTEWAALL VAN STOETWEGEN."
# A line of prose ending in a word, mid-sentence: "waarvan de waarde met dat van", "tot 7 pet. alsmede", the word
# broken at the line's end: "het vervoer van personen in geregel-".
_CUT_SENTENCE = re.compile(r"[a-z][.,]?[ \t]+[a-z]{2,}-?[ \t]*$")
# A signing office's line over a signature the page has not printed (yet): "De Staatssecretaris van Financiën,".
_SIGNING_OFFICE_LINE = re.compile(r"[ \t]*De[ \t](?:Minister|Staatssecretaris)[ \t]van[ \t][^\n]{3,80},[ \t]*")
_SIGNATURE_LINE = re.compile(r"[ \t]*[A-Z][A-Z'. -]{2,40}\.[ \t]*")
_OWN_CITATION_OPENS = re.compile(r"[ \u00a0]?\([ \u00a0]?(?:de[ \u00a0])?")  # "Gezondheidswet (wet van 18 januari 1956"
_INDEFINITE_BEFORE = re.compile(r"(?<![\w])een(?:e|er)?[ \u00a0\n]+\Z")  # "eene onteigeningswet": a kind of act
_LAW_WORD = re.compile(r"\b[A-Za-z][\w-]+wet\b")  # a law's name: "Mijnwet", "gemeentewet" (not "wet")
# A law's own citation in brackets or after a comma, right after its name: "(wet van 18 januari 1956, Stb. 51)".
_CITED_WITH = re.compile(r"[ \u00a0]*\([^()]{0,80}(?:Stb|Staatsblad|wet[ \u00a0]van)[^()]{0,80}\)"
                         r"|[^()]{0,40}(?:Stb|Staatsblad)[^()]{0,40}\)")  # (the law named by its date in them)
# The law as the subject of the sentence that names its article: "... bepaalt in artikel 4", "schrijft artikel 6 voor".
_LAW_AS_SUBJECT = re.compile(r"[ \u00a0,]*(?:bepaalt|bepaalde|schrijft|regelt|regelde|noemt|zegt|stelt|geeft|kent|"
                             r"omschrijft|verklaart)(?:[ \u00a0]+(?:in|bij|onder))?[ \u00a0]*")
# "... van de Wet geluidhinder, aangewezen op grond van artikel 16, eerste lid.": a legal basis after the law, the
# article closing its clause with no law of its own: the law just named
_JUNCTO = re.compile(r"[ \u00a0,]*(?:jo\.?|juncto|j°\.?)[ \u00a0]*")  # "artikel 64 jo. artikel 57"
_OR_POINTED = re.compile(r"[ \u00a0,]*(?:of|en)[ \u00a0]+")  # before an article of a pointed law: "14 of artikel 16 der
# bovenaangehaalde wet"
_LEGAL_BASIS = re.compile(r"(?:op[ \u00a0]grond[ \u00a0]van|krachtens|ingevolge|bedoeld[ \u00a0]in|overeenkomstig)"
                          r"[ \u00a0](?:het[ \u00a0]bepaalde[ \u00a0](?:in|bij)[ \u00a0])?\Z")
_CLAUSE_CLOSED = re.compile(r"[ \u00a0]*(?:[.;)]|,[ \u00a0](?:en|of|maar|dat|die|waarbij|terwijl)[ \u00a0])")
_SENTENCE_END = re.compile(r"[.!?][\"')]?\s+(?=[A-Z„\"])")
# "artikel 57 van de wet": the law named last, only within this reach and with no bill named between ("wetsontwerp",
# "ontwerp van wet": in a bill's papers "de wet" may be the bill)
_THE_LAW_REACH = 600
# "art. 6 der wet van den 28sten Julij 1850 (Staatsblad n°. 44), ter uitvoering van art. 7 der Grondwet, ...
# voorgeschreven in art. 5 der voormelde wet" (the naturalisation acts, 54 in the SGD pool): a law named as what
# an act executes describes that act; "der voormelde wet" still means the act, so the law is not the law named last.
_EXECUTED_LAW = re.compile(r"(?:ter|tot)[ \u00a0\n]+uit-?[ \u00a0\n]?voe-?[ \u00a0\n]?r[iï]ng[^;(]{0,30}$")  # (OCR:
# "uit-voering von art. 7", "uitvoering ) van", "uitvoe-rïng", "uitvoeringvan")
# An act cited by its date, the date as the OCR may garble it ("wet ... van den 2Ssten Julij i85o").
_TITLE_AFTER_DATE = re.compile(r",?[ \u00a0\n]+(?:betreffende|houdende|tot|inzake|op|met[ \u00a0\n]+betrekking|"
                               r"ter|waarbij|genomen)(?![\w])")  # a decree's title after its date
_DATED_ACT = re.compile(r"\b[Ww]et\b[^;()]{0,80}?\bvan[ \u00a0\n]+(?:den[ \u00a0\n]+)?\S{1,8}[ \u00a0\n]+"
                        r"[A-Z][a-z]{2,8}[ \u00a0\n]+[1il][\dSsOoIl]{3}\b")
# A decree's or reglement's name the law book lacks, after an article: "Besluit Vijandelijk Vermogen", "Reglement van
# Orde" (309 articles of it in the SGD pool), "Regeeringsreglement", "Zuiveringsbesluit 1945" (46 such compounds).
_DECREE_NAME = re.compile(r"(?P<head>Besluit|Reglement|Verordening)(?![\w-])"
                          r"|(?P<compound>[A-Z][a-zë]{2,}(?:-[a-z]+)?(?:besluit|reglement|verordening))(?![\w-])")
_DECREE_NAME_WORD = re.compile(r"[ \u00a0]?((?:1[89]|20)\d\d|[A-Za-zÀ-ÿ][\w-]*)(?=[ \u00a0,.;:)\n]|$)")
_DECREE_NAME_JOINS = frozenset("van der den de het op voor".split())
_NOT_IN_A_DECREE_NAME = frozenset(
    "wordt worden werd werden is zijn was waren heeft hebben had kan kunnen zal zullen moet moeten mag mogen "
    "bepaalt bepaald bepalen luidt luiden geeft gaat staat stelt gelden geldt en of dat die dit deze welke waarin "
    "waarbij waarvan waarop te om als zoals niet ook nog reeds thans daarin hierin bedoeld bedoelde genoemd "
    "genoemde vastgesteld gewijzigd ingevolge krachtens volgens zo zoo dan wel dus echter slechts alleen mede "
    "eveneens nader voortaan evenwel daarom in een aan bij met uit over onder na door naar".split())
_BILL_NOUN = re.compile(r"ontwerp|voorstel")
_OTHER_DOCUMENT = re.compile(r"ontwerp|voorstel|[Dd]eze[ \u00a0]wet|[Vv]erdrag|[Bb]esluit|[Rr]eglement|[Rr]egeling|"
                             r"[Vv]erordening|[Oo]vereenkomst|[Aa]mendement|[Mm]otie")


_AMENDED_BOOK = re.compile(r"[Ww]ijziging[ \u00a0](?:van[ \u00a0])?\Z")  # "(Wijziging Boek 3)": a bill's title
_CHAMBER_NAMED = re.compile(r"Eerste Kamer|Tweede Kamer")  # in the words before a citation that names none
# The days of September on which a session may open (the third Tuesday, Prinsjesdag).
_SESSION_OPENS_FIRST_DAY, _SESSION_OPENS_LAST_DAY = 15, 21
# The most pages one sitting's minutes may span: the sittings the corpora's ids cite span 1 to 31 pages
# (h-tk-19761977-1973-2004); a wider bound still tells a range from a page and a year or another number joined to it
# ("blz. 12-1977": 1965 apart), which is what it is for. 400, not 31: a long sitting (a budget debate) runs longer.
_SITTING_PAGES = 400
# The date of a sitting just before its Handelingen pages: "van 17 December 1890 (", "(13 maart 1974, ".
_SITTING_DATE = re.compile(r"(?P<day>[1-3]?\d)[ \u00a0](?P<month>[A-Za-z]{3,9})[ \u00a0](?P<year>(?:18|19|20)\d\d)"
                           r"[ \u00a0,;(]*(?:zie[ \u00a0])?\Z")
# An Aanhangsel citation continued in its sentence: ", alsmede de vragen van de heren X en Y onder nr. 132" (no
# sentence end, digit or other document between).
_AANHANGSEL_CONTINUED = re.compile(r"[,;]?[ \u00a0\n]+(?:alsmede|en|of)[ \u00a0\n](?:[^.;:!?()\d\n]|\n(?!\n)){0,160}?"
                                   r"(?P<kw>onder[ \u00a0](?:de[ \u00a0])?nrs?\.)[ \u00a0]?"
                                   rf"(?P<nrs>{_NUMBER_LIST})")
# "Boek 3 van het Burgerlijk Wetboek", "boek 2 B.W.", and a book alone ("artikel 14 van boek 2": the code's book in a
# text of 1970 or later, as ``_build_bw_book`` reads "Boek 6"; not "boek 1 van het oude Burgerlijk Wetboek")
_BW_BOOK = re.compile(r"[Bb]oek[ \u00a0](\d{1,2}|[IVX]{1,4})(?:(?:[ \u00a0]van[ \u00a0](?:het|de))?[ \u00a0]"
                      r"(?P<bw>Burgerlijk[ \u00a0]Wetboek|BW\b|B\.W\.))?")


_DEFINED_NAME = re.compile(r"[ \u00a0]?\((?:hierna:?[ \u00a0])?([A-Z][\w-]{1,10}(?:[ \u00a0]\d{4})?)\)")


def _owned_elsewhere(match: re.Match[str]) -> bool:
    """Whether an article cited without its law belongs to something else: ``van het ontwerp``, ``van de wet`` of no
    date, a bill's own heading or amending words, a roman (amending) article."""
    text, end = match.string, match.end()
    if _OWNER_WORD_AT_END.search(match.group(0)) or _OWNED_ARTICLE.match(text, end):
        return True
    line_start = text.rfind("\n", 0, match.start()) + 1
    if not text[line_start:match.start()].strip() or text[end:end + 1] in ("\n", ""):
        return True  # "Artikel 12" on a line of its own: the heading of a bill's article
    if match["kw"][0] == "A" and (text[end - 1:end] == "." or text[end:end + 1] == "."
                                  or text[max(0, match.start() - 3):match.start()] == "Ad "):
        return True  # "Artikel 12. Aan art. 343 ...", "Ad Art. 65.": a bill's article or the comment on it
    if all(_ROMAN.fullmatch(article) for article in _split_articles(match["articles"])):
        return True  # "artikel II": a bill's (amending) article
    # "In artikel 17 vervalt ...", "de in art. 1 bedoelde": a bill's or amendment's own words
    return bool(_AMENDING.search(text, max(0, match.start() - 12), min(len(text), end + 80)))


def _budget_chapters_on_a_line(line: str) -> list[re.Match[str]] | None:
    """The chapters of one budget printed on one header line, with or without hyphens, joined by commas, ``en`` or
    spaces alone (``17100 VII 17100A 17100 D 17 100 E 17100 F``, ``13 100IXA, 13 100 IXB, 13 100 XVIII en 13 100
    H``): each part its budget's number and, but for the budget itself, a chapter or letter; None for any other line
    (dossiers of several numbers, a column of amounts ``26 000 XXIX`` alone, words)."""
    parts, position = [], 0
    while True:
        part = _CHAPTER_PART.match(line, position)
        if part is None:
            return None
        parts.append(part)
        position = part.end()
        if position == len(line):
            break
        separator = _CHAPTER_PART_SEPARATOR.match(line, position)
        if separator is None:
            return None
        position = separator.end()
    numbers = {dossier_lists.number_digits(part["dossier"]) for part in parts}
    if len(parts) < 2 or len(numbers) > 1 or not numbers.pop().endswith("00") or not any(p["suffix"] for p in parts):
        return None
    return parts


def _collective_at_dossier_level(mentions: list[Mention]) -> None:
    """An Eerste Kamer stuk numbered per session above several dossiers (``Vergaderjaar 1984-1985 Nr. 40`` /
    ``18249 (R1243)`` / ``18427`` / ...: one eindverslag on 25 naturalisation bills) is no stuk of each dossier: its
    number is the session's, so each listed dossier is referred to at dossier level (``kst-18249``), the lead's
    convention of 2026-12-06 and the golds' (fresh-2026-12-03, -06). One dossier keeps its stuk (``kst-22855-22a``),
    and so do two dossiers (``10 683 en 10 685`` / ``Nr. 33a``: the Eerste Kamer's letter after the Tweede Kamer's
    number, one stuk of both bills) and the chapters of one budget (``kst-21800-XIV-224c``, ``kst-21800-B-224c``)."""
    if len({str(m.records[0]["dossier"]).split("-")[0] for m in mentions}) < 3:
        return  # one or two dossiers (a bill and its amending bill, ``Nr. 33a``), or one budget's chapters
    for mention in mentions:
        record = mention.records[0]
        record["ondernummer"] = None
        record["id"] = f"kst-{record['dossier']}" if record["dossier"] else None


def _lid_word(word: str) -> str | None:
    """``tweede`` or ``2de`` as ``2``."""
    digits = re.match(r"\d+", word)
    return digits.group(0) if digits else laws.LID_NUMBERS.get(word.lower())


def _lid(match: re.Match[str]) -> str | None:
    """``eerste lid``, ``2e lid``, ``lid 3`` as ``1``, ``2``, ``3``; several lids (``eerste en tweede lid``): None."""
    if match.re.groupindex.get("more_lids") and match["more_lids"]:
        return None
    if match["lid_number"]:
        return match["lid_number"]
    return _lid_word(match["lid"]) if match["lid"] else None


def _lid_of_article(match: re.Match[str], n_articles: int) -> str | None:
    """The match's lid, or for a single article the lid named just before it ("het tweede lid van artikel 6",
    "het 2de lid van art. 81")."""
    lid = _lid(match)
    before = _LID_BEFORE.search(match.string, max(0, match.start() - 60), match.start())
    if lid is None and before and n_articles == 1:
        lid = _lid_word(before["lid"])
    return lid


def _article_record(bwb: str, article: str, lid: str | None) -> dict[str, Any]:
    """A ``wet`` record for an article of the law ``bwb``, with its lid where one is named."""
    record = {"type": "wet", "id": laws.jci(bwb, article, lid), "bwb": bwb, "article": article}
    if lid:
        record["lid"] = lid
    return record


def _article_items(raw: str) -> list[tuple[str, str | None]]:
    """``3, 4 en 6`` as three articles, each with the lid written after it in the list (``300, eerste lid, en 350``);
    a range (``15 tot en met 20``, ``3 t/m 5``) as each article in it, as the golds and the lead's convention have it,
    but a range of more than ``_MAX_ARTICLE_RANGE`` articles, or with a letter (``3a t/m 3d``), keeps its two ends.
    OCR's commas: ``142 ,300``, ``420,431``."""
    items: list[tuple[str, str | None]] = []
    text = raw.replace("\u00a0", " ")
    position, ranged = 0, False
    for separator in [*_ARTICLE_SEPARATOR.finditer(text), None]:
        piece = text[position:separator.start() if separator else len(text)]
        lid = _PIECE_LID.fullmatch(piece)
        if lid and items:
            items[-1] = (items[-1][0], _lid_word(lid.group(1)))
        elif piece:
            article = piece.replace(" ", "")  # OCR's "1 5": article 15
            if ranged and items:
                items.extend((between, None) for between in _range_between(items[-1][0], article))
            items.append((article, None))
        if separator:
            position, ranged = separator.end(), separator.group(0).strip() in ("t/m", "tot en met")
    return items


_MAX_ARTICLE_RANGE = 50


def _range_between(first: str, last: str) -> list[str]:
    """The articles strictly between the two ends of a range: none where an end is not a plain number, the range
    runs down, or it spans more than ``_MAX_ARTICLE_RANGE`` articles (a whole chapter: its two ends are kept)."""
    if not (first.isdigit() and last.isdigit()) or not 0 < int(last) - int(first) < _MAX_ARTICLE_RANGE:
        return []
    return [str(number) for number in range(int(first) + 1, int(last))]


_ARTICLE_SEPARATOR = re.compile(r" ?, ?(?:en |of )?| en | of | t/m | tot en met | jo\.? | juncto ")
_PIECE_LID = re.compile(rf"({_LID}|{_ORDINAL}) lid")


def _split_articles(raw: str) -> list[str]:
    """The articles of a list, without their lids."""
    return [article for article, _ in _article_items(raw)]


def _article_lids(match: re.Match[str]) -> list[tuple[str, str | None]]:
    """Each article of the match with its lid: a lid written after one article of the list is that article's
    (``artikelen 142, 300, eerste lid, en 350, eerste lid``: 142 has none); where the list names none of its own,
    the lid after the list (or before a single article) is every article's, as before."""
    items = _article_items(match["articles"])
    lid = _lid_of_article(match, len(items))
    if any(item_lid for _, item_lid in items):
        return [*items[:-1], (items[-1][0], items[-1][1] or lid)]
    return [(article, lid) for article, _ in items]


_TEXT_END_REACH = 80  # how far from the text's end a form of the text's end may start (characters)


def _matches(form: Form, text: str, literals: _Literals | None = None) -> Iterable[re.Match[str]]:
    """The form's matches in ``text``, left to right and not overlapping, as ``finditer`` gives them."""
    pattern, reach = _SCANNED[form.name]
    if reach == "end":  # a form of the text's end: one search of its last characters, not a scan
        match = pattern.search(text, max(0, len(text) - _TEXT_END_REACH))
        return (match,) if match else ()
    if reach == "start":  # a form of the text's opening: one try, not a scan
        match = pattern.match(text)
        return (match,) if match else ()
    if reach == "text":
        return pattern.finditer(text)
    return _matches_at_literals(form, pattern, text, literals or _Literals(text))


# Each form's pattern and where it is tried (read once, not on each text): "end" (a form of the text's end, its
# pattern closing with \Z), "start" (of the text's opening, \A, without a lead), "text" (scanned), "lead" (at its
# literals)
_SCANNED = {form.name: (_COMPILED[form.name][0],
                        "end" if form.pattern.endswith(r"\Z") else "lead" if form.lead is not None
                        else "start" if form.pattern.startswith(r"\A") else "text") for form in FORMS}


def _matches_at_literals(form: Form, pattern: re.Pattern[str], text: str,
                         literals: _Literals) -> Iterable[re.Match[str]]:
    """``_matches`` of a form with a lead: the pattern tried where its literals put its start."""
    lead = form.lead
    assert lead is not None
    if len(form.literals) == 1:  # one literal's places are in order already
        starts: Iterable[int] = (found - lead for found in literals.positions(form.literals[0]) if found >= lead)
    else:
        starts = sorted({found - lead for literal in form.literals for found in literals.positions(literal)
                         if found >= lead})
    taken_until = 0
    for start in starts:
        if start < taken_until:
            continue
        match = pattern.match(text, start)
        if match:
            taken_until = max(match.end(), start + 1)
            yield match


# A stuk's heading at a line's start (resources/heading_kinds.tsv), spaces before it: "ONTWERP VAN WET".
_STUK_OPENING = re.compile(rf"[ \t]*(?:{stuk_heading_openings()})\b")
# "de motie (18170, nr. 57)", "een motie (zitting 1980-1981, 16 400, nr. 20)": the stuk cited in brackets just
# after the noun is that motie or amendement.
# A budget's chapter on a title line of the stuk's header: "HOOFDSTUK X -DEFENSIE", "Hoofdstuk XI Ministerie van ...".
_CHAPTER_LINE = re.compile(r"(?m)^[ \t]*(?:HOOFDSTUK|Hoofdstuk)[ \t]*([IVXLC]{1,6}(?:[ \t-]?[A-F])?)\b(?![\w.])")
_YEAR = re.compile(r"(?:18|19|20)\d\d")
# A chapter line, also with the space OCR lost before the chapter ("HOOFDSTUKXIIA", "HoofdstukVI", "Hoofdstuk4": four
# SGD documents print the form, so it is a kind of OCR, not one document's string).
_CHAPTER_WORD_LINE = re.compile(r"(?m)^[ \t]*(?:HOOFDSTUK|Hoofdstuk)(?:[ \t]+\S|[A-Z\d])")
# A dossier on a line of its own in a joint stuk's header: "21 501-04", "21 800 V (NAVO-deel)", "22 855 (R 1451)".
_SEVERAL_ON_A_LINE = re.compile(r"\d[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:,|[ \t]en[ \t])[ \t]*\d")
_JOINT_DOSSIER_LINE = re.compile(
    rf"[ \t]*(?P<dossier>{_DOSSIER_NUMBER})(?P<suffix>{_SUFFIX})?(?:{_S}?\({_S}?R{_S}?\d{{1,4}}\))?"
    rf"(?:{_S}?\([^()\n]{{1,30}}\))?[ \t]*")
# A joint stuk's header line of several dossiers: "13 474 (R 991), 13 475, 13 476,13 477, ... en 13 301" (each
# item as _JOINT_DOSSIER_LINE's dossier), and a dossier line the OCR split into digits: "1 5 662".
_JOINT_DOSSIER_ITEM = re.compile(
    rf"(?P<dossier>{_DOSSIER_NUMBER})(?P<suffix>{_SUFFIX})?(?![\d])(?:{_S}?\({_S}?R{_S}?\d{{1,4}}\))?")
_JOINT_DOSSIERS_LINE = re.compile(
    rf"[ \t]*{_JOINT_DOSSIER_ITEM.pattern}(?:(?:{_S}?,{_S}?|{_S}en{_S}){_JOINT_DOSSIER_ITEM.pattern})+[ \t,]*"
    .replace("(?P<dossier>", "(?:").replace("(?P<suffix>", "(?:"))
_MORE_DOSSIERS_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:,|[ \t]en[ \t])[ \t]*\d")  # "13 162,13 171"
_OCR_SPLIT_DOSSIER_LINE = re.compile(r"[ \t]*\d(?:[ ]?\d){3,4}[ \t]*")
# The same line with a chapter the OCR printed with 1 for I: "22300X111", "16400X1", "20 200-1V".
# "20200-1" on a header's dossier line: the letter I of a state company's budget ("Begroting van lasten en baten
# ... van het Staatsvissershavenbedrijf"); no sub-dossier has one digit and no stuk's number stands there.
_HYPHEN_ONE = re.compile(r"\d[ \t]?[-–][ \t]?1[ \t]*\n?$")
# A part of a header line of one budget's chapters, and what parts them: "17100 VII 17100A 17100 D", "13 100 XVIII en".
_CHAPTER_PART = re.compile(rf"[ \t]*(?P<dossier>{_DOSSIER_NUMBER})(?P<suffix>{_BARE_SUFFIX}|{_LIST_SUFFIX})?")
_CHAPTER_PART_SEPARATOR = re.compile(r"[ \t]*,[ \t]*|[ \t]+en[ \t]+|[ \t]+")
_BILL_ITEM = re.compile(rf"(?P<number>{_BILL_NUMBER})(?P<suffix>{_ANY_SUFFIX})?")  # "13 100 IXA" of a list of bills
_LISTED_DOSSIER = re.compile(rf"({_BRACKETED_DOSSIER})({_ANY_SUFFIX})?")
# A budget's chapter named before its dossier in brackets: "hoofdstuk IXB van de rijksbe-groting voor 1992 (22 300)"
_BUDGET_CHAPTER_BEFORE = re.compile(rf"\b[Hh]oofdstuk{_S}(?P<chapter>[IVXLC]{{1,6}}(?:{_S}?[A-F])?)(?![\w])"
                                    rf"(?:{_S}?\([^().;:]{{1,45}}\))?"  # its department: "IXA (Nationale Schuld)"
                                    rf"[^().;:]{{0,60}}?be-?\n?groting[^().;:]{{0,30}}{_S}?\Z")
_HOOFDSTUK = re.compile(r"\b[Hh]oofdstuk[ \t]+([IVXLC]+)\b")  # a title naming the budget's chapter
_OCR_CHAPTER_LINE = re.compile(rf"[ \t]*(?P<dossier>{_DOSSIER_NUMBER})(?:{_S}?[-–]{_S}?|{_S}|(?<=\d))"
                               rf"(?P<chapter>[XV][IVX1]{{0,5}}|1[IVX1]{{0,4}})[ \t]*")
_NOUN_BEFORE_BRACKET = re.compile(r"([Mm]otie|[Aa]mendement)[ \u00a0]?\((?:[^()]{0,30}[ \u00a0])?$")


# "de motie-Beckers over de arbeidsvoorwaarden voor thuiswerkers (17 100-XV, nr. 21)": the brackets that close the
# motie's subject (no sentence break, no other document named between) cite that motie.
# The subject may hold "c.s." and initials ("de motie van het lid Wassenberg c.s. waarin ... (Kamerstuk 33043-76)").
_NOUN_SUBJECT_BRACKET = re.compile(r"([Mm]otie|[Aa]mendement)(?:-|[ \u00a0]van[ \u00a0])"
                                   r"(?:[^.;:!?()\n]|(?<![\w])c\.s\.|(?<![\w])[A-Z]\.){0,200}[ \u00a0]?\($")
_OTHER_DOCUMENT_NOUN = re.compile(r"brief|nota\b|notitie|rapport|verslag|wetsvoorstel|wetsontwerp|memorie|[Kk]amerstuk")


# "Ik deel mee dat de volgende aangehouden moties zijn vervallen: 34775-42; 34734-25; 30234-172": a list after a
# colon whose clause names moties (amendementen); each of its items is one.
_LIST_NOUN = re.compile(r"(?<![\w])([Mm]otie|[Aa]mendement)(?:s|en)(?![\w])[^.;:!?()\n]{0,80}:[ \u00a0]*"
                        r"(?:[1-3]\d{4}(?:-[\dA-Z]+)+[ \u00a0]*(?:[;,]|en)[ \u00a0]*)*\Z")


def _has_list_noun(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds what every ``_LIST_NOUN`` match there holds, ``otie`` or ``mendement``:
    ``str.find`` says so at once, where the pattern (opening with a look-behind) is tried at each of the 400
    positions."""
    return text.find("otie", start, end) >= 0 or text.find("mendement", start, end) >= 0


def _type_by_noun_before(text: str, mentions: list[Mention]) -> None:
    noun = _NOUN_BEFORE_BRACKET.search(text, max(0, mentions[0].start - 45), mentions[0].start)
    if noun is None and _has_list_noun(text, max(0, mentions[0].start - 400), mentions[0].start):
        noun = _LIST_NOUN.search(text, max(0, mentions[0].start - 400), mentions[0].start)
    if noun is None:
        bracket = text.rfind("(", max(0, mentions[0].start - 32), mentions[0].start)
        if bracket < 0 or text[bracket + 1:mentions[0].start].strip(" \u00a0\n"):
            return  # the stuk does not open its brackets
        window = text[max(0, bracket - 230):bracket + 1]
        found = None
        for found in _NOUN_SUBJECT_BRACKET.finditer(window):  # noqa: B007 (the last one)
            pass
        if found is None or _OTHER_DOCUMENT_NOUN.search(found.group(0)):
            return
        noun = found
    ref_type = noun.group(1).lower()
    for mention in mentions:
        mention.type = ref_type
        for record in mention.records:
            record["type"] = ref_type


# "een motie ..., namelijk die op stuk nr. 307": a relative "die"/"dat" whose noun stands earlier in the sentence
_RELATIVE_STUK = re.compile(r"(?:motie|amendement)(?![\w-])[^.;:!?()]{0,100},[ \u00a0\n]*(?:namelijk[ \u00a0\n]+)?"
                            r"(?:die|dat)[ \u00a0\n]+op[ \u00a0\n]+$")


def _kind_nearby(text: str, start: int, end: int) -> str:
    """``het op stuk nr. 9 voorkomende amendement``, ``de motie op stuk nr. 12``: what the stuk is."""
    window = text[max(0, start - 40):start] + " " + text[end:end + 30]
    relative = _RELATIVE_STUK.search(text, max(0, start - 120), start)
    if relative is not None:  # "nog een motie liggen, voorzitter, namelijk die op stuk nr. 307": the noun before
        window = relative.group(0) + " " + window
    if "amendement" in window:
        return "amendement"
    if "motie" in window and "motie van orde" not in window:
        return "motie"
    return "kamerstuk"


_PROPOSERS = re.compile(
    r"voorgesteld[ \u00a0]door[ \u00a0](?:het[ \u00a0]lid|de[ \u00a0]leden)[ \u00a0]([^.]{2,300})\."
)


def _proposers_before(text: str, position: int) -> list[str]:
    """The members a Handelingen motie names just before its number (``voorgesteld door de leden A en B``)."""
    found = None
    for found in _PROPOSERS.finditer(text, max(0, position - 400), position):  # noqa: B007 (the last one)
        pass
    if found is None:
        return []
    return [n.strip() for n in re.split(r",[ \u00a0]|[ \u00a0]en[ \u00a0]", found.group(1)) if n.strip()]


# A word of a law's name: a dotted abbreviation is one ("Overgangswet W.V.O.", "Wet W.H.B.O."), else letters.
# The rest of a word: letters and digits ("[^\W_]" is what str.isalnum() is), hyphens.
_WORD_REST = re.compile(r"(?:[^\W_]|-)*")
_WORD_AND_SPACE = re.compile(r"(?<![\w-])[\w-]+[ \u00a0]")  # a word before a law's name's "wet"
_NAME_WORD = re.compile(r"(?:[A-Za-z]\.){2,}(?![\w])|\d{4}[–—]\d{4}(?![\w])|[\w-]+")  # "1940—1945": one word


def _first_name_words(text: str, start: int, end: int, count: int) -> list[str]:
    """The first ``count`` words of a name in ``text[start:end]`` (``_NAME_WORD``, which looks at nothing outside
    the stretch, so reading it with ``pos`` and ``endpos`` is reading the slice): no more read than are asked for, where
    ``findall`` reads the whole stretch (some 20 words in 120 characters) for the first ten."""
    return [word.group() for word in itertools.islice(_NAME_WORD.finditer(text, start, end), count)]


# Words that carry a law's name on after its head noun: "Statuut voor het Koninkrijk", "Statuut van de Raad", not
# "het Statuut van toepassing", "het Statuut op een zodanige wijze", "het Statuut de woorden" (SGD pool).
_NAME_GOES_ON = re.compile(r"[ \u00a0\n]+(?:(?:voor|van|der|op|inzake|tot|betreffende|houdende)[ \u00a0\n]+"
                           r"(?:het|de|den|der|[A-Z])|[A-Z])")


# The ordinals before "artikel" (``_build_ordinal_article``): "149ste en 150ste ", "4de ", "24sten ".
_ORDINALS_BEFORE = re.compile(r"(?<![\w])(?P<articles>[1-9]\d{0,2}(?:sten|ste|den|de|e)"
                              r"(?:[ \u00a0]en[ \u00a0][1-9]\d{0,2}(?:sten|ste|den|de|e))*)[ \u00a0]\Z")
# The words between an article and the law a head alone named that let the article be that law's: lower case only.
_PLAIN_GAP = re.compile(r"[a-z0-9 ,\n\u00a0-]*")


def _law_of_head(text: str, start: int, head: str) -> tuple[int, str] | None:
    """``artikel 5 van het Statuut`` after ``het Statuut voor het Koninkrijk der Nederlanden``: the head alone names
    the law the text last named in full with that head; a name with that head the law book does not hold in
    between (``het Statuut van de Raad van Europa``) wins, and none before: no law."""
    if _NAME_GOES_ON.match(text, start + len(head)):
        return None  # a longer name the law book does not hold
    for before in reversed(list(re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text[:start]))):
        if not _NAME_GOES_ON.match(text, before.end()):
            continue  # the head alone again
        found = laws.longest_law(_first_name_words(text, before.start(), before.start() + 200, 14))
        return (1, found[1]) if found and found[0] > 1 else None
    return None


def _end_of_words(text: str, start: int, count: int) -> int:
    """Where the ``count``-th word from ``start`` ends."""
    end = start
    for word in _NAME_WORD.finditer(text, start):
        count -= 1
        end = word.end()
        if count == 0:
            break
    return end


@lru_cache(maxsize=1)
def _law_words() -> frozenset[str]:
    """The words of law names that contain "wet" (``participatiewet``, ``wet``, ``wetboek``): cheap first test."""
    return frozenset(word for name in laws.law_index() for word in name.split() if "wet" in word)


# A Staatsblad number the OCR garbled: a letter glued to it ("2G8", "85H", "52S"; not an "i" or "j" alone, which is
# the OCR's closing bracket: "(Staatsblad n°. 125j, op de ..."), or a full stop and a digit ("84.7").
_GARBLED_NUMBER = re.compile(r"[A-Za-z](?<![ij])|[ij][\w]|[.:]\d|-?i\)|[°º]")  # "n°. 4i)", "n°. 4-i)", "n°. 4°)",
# "n°. 4:5)": a digit garbled; a lone "i" or "j" after the number is its closing bracket ("n". 149i tot", "n». 26j,")
_YEAR_WORD = re.compile(r"\b((?:18|19|20)\d{2})\b")  # (years cannot overlap: the last one found is the last)


def _year_before(text: str, position: int) -> str | None:
    """The last year printed in the 80 characters before a year-less Staatsblad number (the act's date); a date's
    year the OCR printed with ``i``/``l``/``I`` for 1 and ``o``/``O`` for 0 (``28sten Julij i85o``, ``5 October i84i``)
    or spaced (``24 april 1 985``) counts where it is the later. Other confusions (``18S5``, ``1X92``, ``193G``) are
    not read: ``S`` is a 5, 6 or 8."""
    start = max(0, position - 80)
    found = None
    for found in _YEAR_WORD.finditer(text, start, position):  # noqa: B007 (the last one)
        pass
    garbled = [year for year in _GARBLED_DATE_YEAR.finditer(text, start, position)
               if _DATE_YEAR_DIGITS.fullmatch(_read_year(year["year"]))]
    if garbled and (found is None or garbled[-1].start("year") > found.start(1)):
        return _read_year(garbled[-1]["year"])
    return found.group(1) if found else None


# A law's date just before a Staatsblad number without its year, the year as printed, clean or garbled: "wet van 1
# Juni 18S5 (Staatsblad n°. 58)", "28sten Julij 1.S50 (Staatsblad", "15 Juli 1!)K> (Staatsblad", "31 Mei 18(35 (".
_DATE_BEFORE_STB = re.compile(
    r"(?<![\w])(?P<day>[1-3]?\d)(?:[ \u00a0]?(?:sten|ste)|den|de|e)?[ \u00a0\n]+(?P<month>[A-Za-z]{3,9})\.?[ \u00a0\n]+"
    r"(?P<year>\S{4,5}?)[ \u00a0\n]*,?[ \u00a0\n]*[(\[{][ \u00a0\n]*\Z")
_CLEAN_YEAR = re.compile(r"1[89]\d\d")
_BRACKET_CLOSES = re.compile(r"[ \u00a0]?[)\]}]")
# A citation title in brackets at a dossier title's end: its closing bracket (a full stop after); it opens as an
# article's bracket after a law's name does (_BRACKET_BEFORE).
_TITLE_BRACKET_CLOSES = re.compile(r"[ \u00a0]?\)\.?\s*")
_BRACKET_BEFORE = re.compile(r"[ \u00a0]?\([ \u00a0]?\Z")  # "Gemeentewet (art. 138": its bracket


def _one_digit_apart(first: int, second: int) -> bool:
    a, b = str(first), str(second)
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _dated_act(text: str, position: int, end: int, printed_number: str,
               document_year: int | None) -> tuple[str, str] | None:
    """The year and number of the act that a Staatsblad number after a law's date names, where the OCR garbled
    them, from the acts the SGD text cites clean (``laws.staatsblad_dates``, ``resources/staatsblad_dates.tsv``):

    - the year garbled (``15 Juli 1!)K>``) or later than the document (``de wet van 15 December 1988 (Staatsblad
      no. 204)`` in a stuk of the 1950s): the one year in which an act of that day and month has that number; with
      none, a year of four characters with one garbled (``1 Juni 18S5``): the one year of an act of that day that
      its three digits allow; where no act of that day has the printed year, the one year a digit from it with an
      act of that day and number (``31 Mei 1805 (Staatsblad n°. 56)``: 1865);
    - then the number, where it is one that act never had, one digit from the number that act is printed with in
      at least three documents and ten times as often (``12 December 1892 (Staatsblad no. 208)``: 268, printed so
      in 81 documents).

    Only a single act whose bracket closes after its number (not ``(Staatsbladen n°. 198 tot en met 201)``). None
    where the citation is read as printed, or the table does not decide."""
    date = _DATE_BEFORE_STB.search(text, max(0, position - 40), position)
    if date is None or not printed_number.isdigit() or not _BRACKET_CLOSES.match(text, end):
        return None
    month = laws.month_numbers().get(date["month"].lower())
    known = laws.staatsblad_dates().get((month, int(date["day"]))) if month else None
    if not known:
        return None
    number, printed, limit = int(printed_number), date["year"], document_year or 9999

    def number_of(year: int) -> int:
        counts = {nr: documents for (act_year, nr), documents in known.items() if act_year == year}
        close = [nr for nr, documents in counts.items() if documents >= 3 and _one_digit_apart(nr, number)]
        return close[0] if len(close) == 1 and counts.get(number, 0) * 10 < counts[close[0]] else number

    if _CLEAN_YEAR.fullmatch(printed) and int(printed) <= limit:
        year = int(printed)
        if any(act_year == year for act_year, _ in known):
            fixed = number_of(year)
            return (printed, str(fixed)) if fixed != number else None
        # no act of that day in the printed year: the one year, a digit apart, with an act of that day and number
        years = {act_year for act_year, nr in known if nr == number and act_year <= limit
                 and _one_digit_apart(act_year, year)}
    else:
        years = {act_year for act_year, nr in known if nr == number and act_year <= limit}
        if not years and len(printed) == 4 and sum(char.isdigit() for char in printed) == 3:
            # no act of that day with that number: the one year of an act of that day that the legible digits allow
            # ("1 Juni 18S5": of 1855, 1865 and 1885 only 1865 has an act of 1 June)
            years = {act_year for act_year, _ in known if act_year <= limit
                     and all(not char.isdigit() or char == digit for char, digit in zip(printed, str(act_year)))}
    if len(years) != 1:
        return None
    year = years.pop()
    return str(year), str(number_of(year))


def _read_year(printed: str) -> str:
    return re.sub(r"[ \u00a0]", "", printed).translate(_YEAR_OCR)


_YEAR_OCR = str.maketrans("ilIoO", "11100")
# The act's year after a year-less number: "van 1924" always, ", 1984" only where the bracket closes after it.
_STB_YEAR_AFTER = re.compile(r"(?:[ \u00a0]van|,)[ \u00a0](?P<year>(?:18|19|20)\d\d)(?:(?<=van[ \u00a0]\d{4})|(?=\)))"
                         r"(?![\d,])")
_DATE_YEAR_DIGITS = re.compile(r"1[89]\d\d")
# A date's year as the OCR garbled it: after a month's name, four characters of digits and the letters it confuses
# with 1 and 0, at least one such letter (a clean year is _YEAR_WORD's), or "1 985" spaced.
_GARBLED_DATE_YEAR = re.compile(
    r"(?i:januar[iy]|februar[iy]|maart|april|mei|junij?|julij?|augustus|september|o[ck]tober|november|december)"
    r"[ \u00a0]+(?P<year>(?=[0-9ilIoO]{4}(?![\w-]))[0-9]*[ilIoO][0-9ilIoO]*|1[ \u00a0]\d{3}(?![\w-]))")


_SOFT_HYPHEN_IN_WORD = re.compile(r"\u00ad(?=[a-zß-ÿ])")


def _printed_text(record: dict[str, Any], printed: str) -> None:
    """The ``text`` of a record and of the spans it holds (antecedent, law named) as printed, soft hyphens kept."""
    if isinstance(record.get("start"), int) and isinstance(record.get("end"), int) and "text" in record:
        record["text"] = printed[record["start"]:record["end"]]
    for value in record.values():
        if isinstance(value, dict):
            _printed_text(value, printed)


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


# A qualifier that makes a known law's name another law's: "Pensioenwet voor de Zeemacht", "Grondwet van Ethiopië"
# (not "Grondwet voor het Koninkrijk der Nederlanden": the same law), "Burgerlijke Pensioenwet", "Belgische Kieswet".
_QUALIFIER_AFTER = re.compile(r"[ \u00a0](?:voor|van|op|betreffende|inzake)[ \u00a0](?:(?:de|het|den)[ \u00a0])?"
                              r"(?!Ko[nm]in[gk]rijk|Rijk\b|Nederland|Staten-Generaal)[A-Z][\w-]+"
                              # another law's short name after it: "Overgangswet ISOVSO", "Overgangswet WBO" (the
                              # transition law of that act, not the Overgangswet of 1838)
                              r"|[ \u00a0](?:[A-Z]{3,}|(?:[A-Z]\.){2,}[A-Z]?)(?![\w.])")
# The law's own citation after its name, with its year: "(Stb. 1927, 259)", "(Nederlandsch Staatsblad 1925, n°. 328"
_STAATSBLAD_AFTER = re.compile(r"[ \u00a0]*\((?:[^()\d]{0,20}[ \u00a0])?(?:Stb|Staatsblad)\b[^()\d]{0,8}"
                               r"(1[89]\d\d|20\d\d)")
_YEAR_AFTER = re.compile(r"[ \u00a0](1[89]\d\d|20\d\d)(?!\d|[.,:]\d)")  # a year after the name that it does not hold
_LAW_BY_DATE = re.compile(r"[Ww]et[ \u00a0]van[ \u00a0](?:den[ \u00a0])?\d")
_QUALIFIER_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-zë]+(?:e|sche))[ \u00a0]$")
# An act about another act, named with that act's whole name ("Overgangswet Wet op het basisonderwijs", "Invoeringswet
# Wet op de ..."): the name is part of the first act's, not a reference of its own (as "Overgangswet WBO" above)
_ACT_ABOUT_BEFORE = re.compile(r"(?<![\w-])((?:Overgangs|Invoerings|Aanpassings|Wijzigings|Intrekkings|Reparatie)wet)"
                               r"[ \u00a0]$")
_NOT_QUALIFIERS = frozenset({"De", "Deze", "Die", "Ingevolge", "Herziene", "Nieuwe", "Huidige", "Gewijzigde",
                             "Genoemde", "Bedoelde", "Voornoemde", "Laatstgenoemde", "Bovengenoemde", "Vigerende",
                             "Geldende", "Vorige", "Oude", "Gehele", "Onze", "Zijne", "Krachtens", "Volgens", "Zie"})


def _other_laws(text: str, found: list[Mention]) -> None:
    """A law's name with a qualifier that makes it another law (which the list does not hold): no id, the
    qualifier kept as ``qualified_by``; never the id of the law whose name it extends. An article pointing back to
    such a law (``artikel 134 der wet`` after ``de Pensioenwet 1922``) loses its id with it."""
    other_laws = set()  # the starts of the mentions that turn out to name another law
    for mention in found:
        record = mention.records[0]
        if record.get("implicit") and (record.get("antecedent") or {}).get("start") in other_laws:
            for record in mention.records:
                record["id"] = None
                record.pop("bwb", None)
            continue
        if mention.type != "wet" or not record.get("bwb") or record.get("implicit"):
            continue
        if _LAW_BY_DATE.search(text, mention.start, mention.end):
            continue  # "wet van 28 Augustus 1851 op ...": what follows the date names its subject
        cited = _STAATSBLAD_AFTER.match(text, mention.end)
        if cited and int(cited.group(1)) < (laws.enacted_year(record["bwb"]) or 0):
            for record in mention.records:  # "Comptabiliteitswet (Stb. 1927, 259)": the act the citation gives, older
                record["id"] = None  # than today's law of that name (2001), which the law book no longer holds
                record["successor"] = record.pop("bwb")
            other_laws.add(mention.start)
            continue
        after = _QUALIFIER_AFTER.match(text, mention.end, mention.end + 60)
        year = _YEAR_AFTER.match(text, mention.end)
        cut = laws.year_of_cut_name(record["bwb"])
        own_year = cut if cut is not None else laws.enacted_year(record["bwb"])
        if year and own_year is not None and int(year.group(1)) != own_year:
            after = year  # a name with a year names the act of that year: "Comptabiliteitswet 1927", "Muntwet 1901"
            # are not today's (2001, 2002), "Eedswet 1969" not the Eedswet 1911 whose name the text cut
        before = None if "article" in record else _QUALIFIER_BEFORE.search(text, max(0, mention.start - 25),
                                                                             mention.start)
        if before is not None and before.group(1) in _NOT_QUALIFIERS:
            before = None
        if before is None and "article" not in record:
            before = _ACT_ABOUT_BEFORE.search(text, max(0, mention.start - 25), mention.start)
        if after is None and before is None:
            continue
        qualifier = after.group(0).strip() if after else before.group(1)
        other_laws.add(mention.start)
        start, end = (mention.start, after.end()) if after else (before.start(1), mention.end)
        if after is not None and after is not year and " " not in after.group(0).strip():
            # "Overgangswet ISOVSO": the short name is part of this law's name, not a reference of its own
            found[:] = [other for other in found if other.type != "wet" or not mention.end <= other.start < end]
        if not any(other is not mention and other.start < end and start < other.end for other in found):
            mention.start, mention.end = start, end  # the name as written, qualifier included (no overlap)
        for record in mention.records:
            record.update(start=mention.start, end=mention.end, text=text[mention.start:mention.end], id=None,
                          qualified_by=qualifier)
            record.pop("bwb", None)


def _cut_names_need_a_year(text: str, found: list[Mention], document_year: int | None) -> None:
    """A law named without the year its name holds (``het Bouwbesluit`` for the Bouwbesluit 2012, ``de
    Comptabiliteitswet`` for that of 2001) is that act only in a text of that year or later: in an older text it
    may be an older act of the name (the Comptabiliteitswet of 1927), so no id (``successor`` saying which act the
    name has today). A text whose year is not known is taken to be as late as the latest year it names (a debate
    of 2018 that names 2018), and no later."""
    latest = None
    for mention in found:
        record = mention.records[0]
        cut = laws.year_of_cut_name(record.get("bwb") or "") if mention.type == "wet" else None
        if cut is None or (document_year or 0) >= cut or _YEAR_AT_END.search(text, mention.start, mention.end):
            continue
        if document_year is None:
            if latest is None:
                latest = max((int(year) for year in _YEAR_NAMED.findall(text)), default=0)
            if latest >= cut:
                continue
        for record in mention.records:
            if record.get("bwb"):
                record["id"] = None
                record["successor"] = record.pop("bwb")


_YEAR_NAMED = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,])")
_YEAR_AT_END = re.compile(r"(?<!\d)(?:1[89]|20)\d\d\Z")  # "Wet op de loonbelasting 1964": named with its year


def _old_numbered_articles(mentions: list[Mention]) -> None:
    """An article past the last of a renumbered law as it stands (``artikel 211 van de Grondwet``: today's ends at
    142) is one of its old numbering, whatever the text's date: the law's id only."""
    for mention in mentions:
        for record in mention.records:
            bwb = record.get("bwb") if record["type"] == "wet" else None
            if bwb and laws.beyond_last_article(bwb, record.get("article")):
                record["id"] = laws.jci(bwb)
                record["numbering_before"] = laws.renumbered_year(bwb)


def _drop_later_laws(text: str, mentions: list[Mention], document_year: int, known_year: bool = True) -> None:
    """A law named in a text older than the act that made today's law of that name is the law it replaced,
    which the law book no longer holds: no id (never a successor's), its name kept, ``successor`` saying which.
    But a law named a year or two before its act, by a name no older act had, is the bill that became it
    (``laws.named_as_bill``): it keeps its id; not one the text amends (``wijziging van de Wet schadeloosstelling
    leden Tweede Kamer`` in 1989: the act of 1968 the act of 1990 replaced). A name that several acts share is the
    one made by then (``laws.namesake_in_force``: the Spoorwegwet of 1875), or, none made yet, the next
    (``laws.namesake_made_next``). ``document_year`` may be a bound read off the text's spelling (1946 for the
    spelling before the 1947 reform; ``known_year`` False), which says nothing of a bill."""
    for mention in mentions:
        for record in mention.records:
            bwb = record.get("bwb") if record["type"] == "wet" else None
            in_force = None
            if bwb and laws.has_namesake(bwb):
                in_force = (laws.namesake_in_force(bwb, document_year)
                            or laws.namesake_made_next(bwb, document_year))
            if in_force and in_force != bwb:
                record["bwb"] = bwb = in_force
                record["id"] = laws.jci(bwb, record.get("article"), record.get("lid"))
            year = laws.enacted_year(bwb) if bwb else None
            if (year is not None and year > document_year
                    and not (known_year and laws.named_as_bill(bwb, year, document_year)
                             and not _AMENDED_LAW.search(text, max(0, mention.start - 30), mention.start))):
                record["id"] = None
                record["successor"] = record.pop("bwb")
                continue
            renumbered = laws.renumbered_year(bwb) if bwb and record.get("article") else None
            if renumbered is not None and renumbered > document_year:
                # "art. 81 der Grondwet" in 1891: an article of the old numbering, so the law's id only
                record["id"] = laws.jci(bwb, None, None)
                record["numbering_before"] = renumbered


_AMENDED_LAW = re.compile(r"[Ww]ijziging[ \u00a0\n]+(?:van[ \u00a0\n]+)?(?:de[ \u00a0\n]+|het[ \u00a0\n]+)?\Z")


# The footnote form of the treaty letters: an article with its lid in brackets, "Art. 91, (1)", "Art 61 (3)",
# "Art. 91.(1)", an additional one, "add. art. XXI, (1)(a)", "add.artXXI" (Roman), in a run that ends in the
# law's abbreviation, "G W.", "GW;", "G.W. 1972" (the year of the law's text cited).
_BRACKETED_ONE = (r"(?:(?P<additional>add\.?[ \u00a0]?)[Aa]rt\.?[ \u00a0]?(?P<roman>[IVXL]{1,6})"
                  r"|[Aa]rt\.?[ \u00a0]?(?P<arabic>\d{1,3}[a-z]?)[.,]?[ \u00a0]?\([ \u00a0]?\d{1,2}[ \u00a0]?\))"
                  r"(?:[,.]?[ \u00a0]?\(\d{1,2}\))?(?:[,.]?[ \u00a0]?\([a-z]\))*")
_BRACKETED_ARTICLE = re.compile(
    r"(?:(?P<additional>add\.?[ \u00a0]?)[Aa]rt\.?[ \u00a0]?(?P<roman>[IVXL]{1,6})"
    r"|[Aa]rt\.?[ \u00a0]?(?P<number>\d{1,3}[a-z]?)[.,]?[ \u00a0]?\([ \u00a0]?(?P<lid>\d{1,2})[ \u00a0]?\))"
    r"(?:[,.]?[ \u00a0]?\(\d{1,2}\))?(?:[,.]?[ \u00a0]?\([a-z]\))*")
_BRACKETED_RUN = re.compile(
    r"(?<![\w.])" + re.sub(r"\?P<\w+>", "", _BRACKETED_ONE)
    + r"(?:(?:[,;.][ \u00a0]?|[ \u00a0]en[ \u00a0])(?:" + re.sub(r"\?P<\w+>", "", _BRACKETED_ONE) + r"))*"
    r"[,;]?[ \u00a0]?(?P<law>[A-Z]\.?[ \u00a0]?[A-Za-z]{1,3}\.?)(?:[ \u00a0](?P<version>1[89]\d\d)(?!\d))?(?![\w])")
# What every run holds, which a search finds fast where the run's pattern (a look-behind, then an alternation) is
# tried at every position of the text: 123 of the SGD pool's 4,543 texts have it
_BRACKETED_CUE = re.compile(r"rt\.?[ \u00a0]?(?:[IVXL]|\d{1,3}[a-z]?[.,]?[ \u00a0]?\()")

# Until the war the Bijlagen numbered their stukken anew each session ("n°. 350 der Zitting 1913—1914"); from the
# session 1945-1946 a dossier's number is continuous and a kamerstuk id (kst-300-XI-4). A header's number of an
# older document is no dossier of an id: not what its "het wetsontwerp" or "stuk nr. 2" resolves to.
CONTINUOUS_NUMBERING_FROM = 1946


def header_dossier(number: str | None, document_year: int | None) -> str | None:
    """The header's dossier number as the document's own kamerstuk dossier, or None for a document older than the
    continuous numbering (its year, the later of its vergaderjaar or its date, before 1946)."""
    if number is None or document_year is not None and document_year < CONTINUOUS_NUMBERING_FROM:
        return None
    if document_year is not None and _year_of_its_time(number, document_year):
        return None
    return number


_HEADER_CHAMBERS = {"Eerste Kamer der Staten-Generaal": "ek", "Tweede Kamer der Staten-Generaal": "tk"}


def header_context(fields: dict[str, Any], spans: Iterable[tuple[int, int, str]],
                   document_year: int | None) -> dict[str, Any]:
    """What a document's header gives the ``ReferenceParser`` (keyword arguments): the own dossier (``header_dossier``)
    and its span, the own stuk, the amendement or motie the document is (its heading's span), and the chamber; from
    the header's ``fields`` and its ``spans`` (start, end, label), as ``nlkst.header.parse_header`` reads them. The
    pipeline's component passes this; ``evaluate_references.py --header`` too."""
    dossiers = fields.get("dossiers") or []
    number = header_dossier(dossiers[0].get("number") if dossiers else None, document_year)
    nr = fields.get("ondernummer")
    spans = list(spans)

    def first(label: str) -> tuple[int, int] | None:
        return next(((start, end) for start, end, name in spans if name == label), None)

    own_document = None
    if number and nr and fields.get("doc_type") in ("amendement", "motie"):
        own_document = {"id": f"kst-{number}-{nr}", "type": fields["doc_type"], "span": first("heading")}
    return {"own_dossier": number, "own_dossier_span": first("dossiers") if number else None,
            "own_document": own_document, "default_chamber": _HEADER_CHAMBERS.get(fields.get("chamber") or "", "tk"),
            "own_stuk": f"kst-{number}-{nr}" if number and nr else None,
            "own_title_spans": [(start, end) for start, end, name in spans if name == "dossiers"]}


def _year_of_its_time(number: str, document_year: int) -> bool:
    """Whether a header's 'dossier' is a year of the document's own time (``1990`` in a stuk of 1990: the session's
    second year that the header reader took for a dossier), in a year whose own dossiers were numbered more than
    five times as high (the Rijksbegroting's dossier of that year, or of the last year before it listed, in
    ``resources/budget_dossiers.tsv``): no dossier then. In 1950, when dossier 1984 was new, a year-like number is
    kept."""
    if not re.fullmatch(r"(?:1[89]|20)\d\d", number) or abs(int(number) - document_year) > 1:
        return False
    from .budgets import budget_dossiers

    listed = [year for year in budget_dossiers() if year <= document_year]
    return bool(listed) and int(budget_dossiers()[max(listed)]) > 5 * int(number)


def parse_references(
    text: str,
    own_dossier: str | None = None,
    default_chamber: str = "tk",
    footnotes: dict[str, str] | None = None,
    document_year: int | None = None,
) -> list[dict[str, Any]]:
    """Every reference record in ``text``: one per referenced document, in text order; with ``document_year``, a
    law younger than the text gets no id."""
    parser = ReferenceParser(own_dossier, default_chamber, footnotes, document_year=document_year)
    return [record for mention in parser.mentions(text) for record in mention.records]
