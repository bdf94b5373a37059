"""Write ``nlkst/resources/countries_nl.txt``: the Dutch names of countries and territories, never a person.

From the Unicode CLDR's Dutch territory names as the PyPI package Babel ships them (``Locale("nl").territories``;
CLDR data under the Unicode License v3). Run with Babel installed (not a dependency of nlkst):

    pip install babel==2.18.0 && python training/resources/build_countries.py

Each name is also written without diacritics (``Somalie``, ``Brazilie``: the Belgian written questions drop
them); a name in brackets gives a second name (``Myanmar (Birma)``), ``... SAR van China`` its short form;
groupings and codes that are no country (``Europese Unie``, ``eurozone``, ``Verenigde Naties``,
``Pseudo-Accenten``, ``onbekend gebied``) and names that are a member's surname are left out.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parents[2]
HEADER = """# Countries and territories by their Dutch names, one a line: a PERSON whose whole text is one of these is
# no person, as for the Dutch and Belgian places of places_nl_be.txt (nlkst/components/entity_ids.py).
# Source: the Unicode CLDR's Dutch territory names, as shipped in the PyPI package Babel 2.18.0
# (Locale("nl").territories; CLDR data, Unicode License v3), each also without diacritics. Made by
# training/resources/build_countries.py (issue 17, 4 December 2026), leaving out groupings and members' surnames.
"""
_NOT_COUNTRIES = {"Europese Unie", "eurozone", "Verenigde Naties", "Pseudo-Accenten", "Pseudo-Bidi", "onbekend gebied",
                  "overig Oceanië"}


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def main() -> None:
    surnames = {line.strip() for line in (ROOT / "nlkst/resources/surnames.txt").read_text("utf-8").splitlines()}
    names: set[str] = set()
    for code, name in Locale("nl").territories.items():
        if not code.isalpha() or name in _NOT_COUNTRIES:
            continue
        forms = [name]
        bracket = re.fullmatch(r"(.+) \((.+)\)", name)
        if bracket:
            forms = [bracket.group(1), bracket.group(2)]
        forms = [re.sub(r" SAR van China$", "", form) for form in forms]
        for form in forms:
            names.update({form, _plain(form), form.replace("’", "'")})
    names -= surnames
    path = ROOT / "nlkst/resources/countries_nl.txt"
    path.write_text(HEADER + "".join(f"{name}\n" for name in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names -> {path}")


if __name__ == "__main__":
    main()
