"""Links to the official publication of a reference, built only from ids that pass a strict pattern.

A report is opened in a browser and its documents come from anywhere, so a URL is never taken
from a record: it is assembled here from an id that matches one of the canonical forms of
section 4 of ANNOTATION.md, and anything else gets no link (the report shows it as unresolved).
"""

from __future__ import annotations

import re

OFFICIAL_PUBLICATIONS = "https://zoek.officielebekendmakingen.nl/"
RECHTSPRAAK = "https://uitspraken.rechtspraak.nl/inziendocument?id="
WETTEN = "https://wetten.overheid.nl/"

# kst-29362-295, kst-36200-VII-5, kst-22855-22a
_KAMERSTUK = re.compile(r"kst-\d{1,6}(?:-[A-Z0-9]{1,8})?-\d{1,5}[a-z]?")
# h-tk-20212022-38-6, h-ek-19941995-12-3, h-tk-20212022-38
_HANDELINGEN = re.compile(r"h-(?:tk|ek|vv)-\d{8}-\d{1,4}(?:-\d{1,4})?")
# ah-tk-20202021-1234
_AANHANGSEL = re.compile(r"ah-(?:tk|ek)-\d{8}-\d{1,5}")
# stb-2021-123, stcrt-2022-4567
_STAATSBLAD = re.compile(r"(?:stb|stcrt)-\d{4}-\d{1,6}")
# ECLI:NL:RVS:2019:3536 (the Dutch form; its last part may hold letters and dots)
_ECLI = re.compile(r"ECLI:NL:[A-Z0-9]{2,7}:\d{4}:[A-Z0-9.]{1,25}")
# jci1.3:c:BWBR0005537&artikel=3:4&lid=1, or the law alone
_JURICONNECT = re.compile(r"jci1\.[0-9]:c:BWB[RV]\d{7}(?:&[a-z]{1,12}=[0-9A-Za-z:.\-]{1,20})*")
_BWB = re.compile(r"BWB[RV]\d{7}")
# a dossier number without spaces, with an optional roman or letter suffix: 31490, 36200-VII
_DOSSIER = re.compile(r"\d{1,6}(?:-[A-Z0-9]{1,8})?")


def reference_url(reference_id: object) -> str | None:
    """The official publication of a canonical reference id, or None where there is none to link.

    A document number of the Tweede Kamer (``2022D05920``) has no page on the official
    publication site and gets None, as does anything that is not one of the known forms.
    """
    if not isinstance(reference_id, str):
        return None
    if any(pattern.fullmatch(reference_id) for pattern in (_KAMERSTUK, _HANDELINGEN, _AANHANGSEL, _STAATSBLAD)):
        return f"{OFFICIAL_PUBLICATIONS}{reference_id}.html"
    if _ECLI.fullmatch(reference_id):
        return RECHTSPRAAK + reference_id
    if _JURICONNECT.fullmatch(reference_id) or _BWB.fullmatch(reference_id):
        return WETTEN + reference_id
    return None


def dossier_url(number: object) -> str | None:
    """The dossier's page on the official publication site, for a well-formed dossier number."""
    if isinstance(number, str) and _DOSSIER.fullmatch(number):
        return f"{OFFICIAL_PUBLICATIONS}dossier/{number}"
    return None
