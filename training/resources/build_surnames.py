"""Write ``nlkst/resources/surnames.txt``: surnames of members of parliament and ministers, as a name is
written without first name or initials (``De Jong``, ``Van der Staaij``, ``Koning``, ``Blok``).

A ``PERSON`` made only of common words (``Blok``, ``Bos``, ``Vos``) stays a person when it is one of these
(``nlkst/components/entity_ids.py``), and a capitals token that is one is no acronym
(``nlkst/components/acronyms.py``). Sources, all in ``../shared``:

- ``data/office-holders/openkamer-person.json``: the openkamer fixture's 812 persons (members and ministers
  2006-2017; ``surname_prefix`` and ``surname``), MIT licence;
- ``nlkst/resources/office_holders.csv``: the register of cabinet posts 1814-2026 (column ``surname``);
- ``corpora/parlspeech-sample/speeches.jsonl``: the speakers of the ParlSpeech sample (field ``speaker``,
  members of the Tweede Kamer 1995-2019; ParlSpeech V2, CC0).

    python training/resources/build_surnames.py --shared ../shared
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

HEADER = """# Surnames of members of parliament and ministers as a name is written without first name or initials
# (De Jong, Van der Staaij, Blok): a PERSON made only of common words that is one of these stays a person,
# and a capitals token that is one is no acronym (nlkst/components/entity_ids.py, acronyms.py).
# Sources: the openkamer fixture (../shared/data/office-holders/openkamer-person.json, MIT licence; members
# and ministers 2006-2017), the register of cabinet posts (nlkst/resources/office_holders.csv, 1814-2026)
# and the speakers of the ParlSpeech sample (../shared/corpora/parlspeech-sample, ParlSpeech V2, CC0).
# Made by training/resources/build_surnames.py (issue 17, 4 December 2026).
"""
_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "'t", "in", "tot", "het"}
ROOT = Path(__file__).resolve().parents[2]
_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|'t|[Ii]n|[Tt]ot|het)\s"
_SURNAME = re.compile(rf"(?:{_PARTICLE})*[A-ZÀ-Ý][\w'’-]+(?:\s(?:{_PARTICLE})*[A-ZÀ-Ý][\w'’-]+)*")


def _capitalised(name: str) -> str:
    """The form written without first name: ``van der Staaij`` -> ``Van der Staaij``."""
    name = " ".join(name.split())
    return name[:1].upper() + name[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "nlkst" / "resources" / "surnames.txt")
    args = parser.parse_args()
    names: set[str] = set()
    for record in json.loads((args.shared / "data/office-holders/openkamer-person.json").read_text("utf-8")):
        fields = record["fields"]
        if fields.get("surname"):
            names.add(_capitalised(f"{fields.get('surname_prefix') or ''} {fields['surname']}"))
    with (ROOT / "nlkst/resources/office_holders.csv").open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            if row["surname"] and row["inferred"] != "1":  # OCR'd signatures (kuyper) are left out
                # written in lower case there (de gaay fortman): each word after the particles capitalised
                words = row["surname"].split()
                names.add(_capitalised(" ".join(w if w in _PARTICLES and i < len(words) - 1 else w[:1].upper() + w[1:]
                                                for i, w in enumerate(words))))
    with (args.shared / "corpora/parlspeech-sample/speeches.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            speaker = json.loads(line).get("speaker") or ""
            if _SURNAME.fullmatch(speaker.strip()):
                names.add(_capitalised(speaker.strip()))
    names = {name for name in names if _SURNAME.fullmatch(name) and len(name) > 2}
    args.output.write_text(HEADER + "".join(f"{name}\n" for name in sorted(names)), encoding="utf-8")
    print(f"{len(names)} surnames -> {args.output}")


if __name__ == "__main__":
    main()
