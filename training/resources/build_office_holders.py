"""Rebuild ``nlkst/resources/office_holders.csv``, the dated register of cabinet posts.

    python training/resources/build_office_holders.py --shared ../shared

Sources, in ``training/resources/office_sources/`` and ``../shared/data/office-holders/``, in the order the
lookup trusts them (``nlkst.holders.SOURCE_PRIORITY``):

- the cabinet pages of rijksoverheid.nl (CC0), every cabinet 1945-2026 with each post's holders
  and the days they held it (``rijksoverheid_cabinets.txt``, transcribed from the pages as read
  on 2026-09-25); ``portfolio_aliases.csv`` gives the ministry of a state secretary's own
  portfolio (``Toeslagen en Douane``: Financiën) and spells out the pages' typing errors;
- Wikidata (CC0) via every-politician-scrapers/netherlands-cabinet, 1994-2022: English post
  names, mapped to the Dutch portfolio that documents print in each period by
  ``wikidata_posts.csv`` and ``portfolio_periods.csv`` (Verkeer en Waterstaat -> Infrastructuur
  en Milieu -> Infrastructuur en Waterstaat); ``sub_portfolios.csv`` names the sub-portfolio of
  two state secretaries of one ministry where their letters print it.
- openkamer fixtures (MIT), 2006-2017: Dutch ministry names, initials.
- the prime ministers 1945-1994 (``prime_ministers_1945_1994.csv``, from the Dutch Wikipedia's
  list of prime ministers, CC BY-SA).
- the signatures of the SGD kamerstukken 1814-1995, read by nlkst's own header reader: per
  office and surname, a term from the first to the last dated document signed, marked
  ``inferred`` with the documents as evidence. A tenth of the documents (``sgd_holdout``) is
  left out for ``training/measure/evaluate_holders.py``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from tqdm import tqdm

from nlkst.header import parse_header
from nlkst.holders import REGISTER_COLUMNS, acting_names, same_surname, surname_key
from nlkst.offices import canonical_portfolio, parse_offices, portfolio_key, title_case

SOURCES = Path(__file__).parent / "office_sources"
OUTPUT = Path(__file__).parents[2] / "nlkst" / "resources" / "office_holders.csv"
HOLDOUT_SEED = 20
HOLDOUT_SHARE = 0.1
WIKIDATA_TAKEN = "2022-08-03"  # commit a542323 of every-politician-scrapers/netherlands-cabinet
OPENKAMER_COVERS_UNTIL = "2017-12-31"  # the fixtures' cabinets end with Rutte III's first months
OPENKAMER_CABINETS = ("2006-07-07", "2017-10-26")  # Balkenende III to Rutte II, formed and ended there


def sgd_documents(shared: Path) -> Iterator[dict]:
    with (shared / "corpora" / "sgd" / "sgd_ocr.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def sgd_holdout(ids: list[str]) -> set[str]:
    """The tenth of the SGD documents kept out of the register, drawn by document with a fixed seed."""
    ordered = sorted(ids)
    return set(random.Random(HOLDOUT_SEED).sample(ordered, round(len(ordered) * HOLDOUT_SHARE)))


def _read(name: str) -> list[dict[str, str]]:
    with (SOURCES / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _periods() -> dict[str, list[tuple[str, str, str]]]:
    lineages: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for row in _read("portfolio_periods.csv"):
        lineages[row["lineage"]].append((row["portfolio"], row["from"], row["to"]))
    return lineages


def _split_by_period(portfolio_or_lineage: str, start: str, end: str) -> list[tuple[str, str, str]]:
    """``(portfolio, from, to)`` pieces of a term, one per name its post had during the term."""
    lineages = _periods()
    if portfolio_or_lineage not in lineages:
        # a Dutch name that belongs to a lineage: the lineage names it in each period
        for lineage, periods in lineages.items():
            if any(_key(name) == _key(portfolio_or_lineage) for name, _, _ in periods):
                portfolio_or_lineage = lineage
                break
        else:
            return [(portfolio_or_lineage, start, end)]
    pieces = []
    for name, p_from, p_to in lineages[portfolio_or_lineage]:
        s = max(start, p_from) if p_from else start
        e = min(end, p_to) if (end and p_to) else (end or p_to)
        if not e or s < e:
            pieces.append((name, s, e))
    return pieces


def _key(portfolio: str) -> str:
    return portfolio_key(portfolio) or portfolio.casefold()


def _ministry(portfolio: str) -> str:
    """The ministry of a sub-portfolio (``Financiën-Toeslagen en Douane`` -> ``Financiën``)."""
    head = portfolio.split("-")[0]
    return head if "-" in portfolio and portfolio_key(head) else portfolio


def _row(role, portfolio, name, start, end, checked, wikidata_id, source, inferred=False, evidence=()) -> dict:
    portfolio = canonical_portfolio(portfolio)
    return {
        "role": role,
        "ministry": _ministry(portfolio),
        "portfolio": portfolio,
        "name": name,
        "surname": surname_key(name),
        "from": start,
        "to": end,
        "checked": "" if end else checked,
        "id": wikidata_id,
        "source": source,
        "inferred": "1" if inferred else "0",
        "evidence": "|".join(evidence),
    }


RIJKSOVERHEID_READ = "2026-09-25"  # the day the cabinet pages were read
_MONTHS = {
    "jan": 1,
    "januari": 1,
    "janauri": 1,
    "feb": 2,
    "febr": 2,
    "februari": 2,
    "mrt": 3,
    "maart": 3,
    "apr": 4,
    "april": 4,
    "mei": 5,
    "jun": 6,
    "juni": 6,
    "jul": 7,
    "juli": 7,
    "aug": 8,
    "augustus": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "okt": 10,
    "oktober": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
_RANGE_RE = re.compile(
    rf"(?P<d1>\d{{1,2}})\s*(?:(?P<m1>{_MONTH})\.?\s*(?P<y1>\d{{4}})?)?\s*[-–]\s*"
    rf"(?P<d2>\d{{1,2}})\s*(?P<m2>{_MONTH})\.?\s*(?P<y2>\d{{4}})",
    re.IGNORECASE,
)
_DATE_RE = re.compile(rf"(?P<word>\w+\s+)?(?P<d>\d{{1,2}})\s*(?P<m>{_MONTH})\.?\s*(?P<y>\d{{4}})", re.IGNORECASE)
_END_WORDS = {"tot", "afgetreden", "overleden", "op"}  # "afgetreden op 14 mei 2010"
_GIVEN_NAME_RE = re.compile(r"(?<=\.)\s*\([^)]*\)")  # "M. (Mark) Rutte": the name in brackets after the initials
_TITLE_RE = re.compile(r"^(?:(?:mr|dr|drs|prof|ir|ing|jhr|mw|ds|mmr|mr\.drs)\.\s*)+", re.IGNORECASE)


def _iso(day: str, month: str, year: str) -> str:
    return f"{int(year):04d}-{_MONTHS[month.lower()]:02d}-{int(day):02d}"


def _holder_days(tail: str, start: str, end: str) -> list[tuple[str, str]]:
    """The days of one holder line (``afgetreden 1 aug. 1959``, ``3-17 juli 1961``, ``sinds 14 april 2020``)."""
    tail = re.sub(r"tijdelijk afwezig.*", "", tail)  # an absence: the post stays theirs
    tail = re.sub(r"viceminister-president\s*\([^)]*\)", "", tail)  # the days of another post
    tail = re.sub(rf"definitief \d{{1,2}}\s*{_MONTH}\.?\s*\d{{4}}", "", tail, flags=re.IGNORECASE)
    periods = []
    for match in _RANGE_RE.finditer(tail):
        periods.append(
            (
                _iso(match["d1"], match["m1"] or match["m2"], match["y1"] or match["y2"]),
                _iso(match["d2"], match["m2"], match["y2"]),
            )
        )
    tail = _RANGE_RE.sub(" ", tail)
    from_day, to_day = None, None
    for match in _DATE_RE.finditer(tail):
        word = (match["word"] or "").strip().lower()
        if word in _END_WORDS:
            to_day = _iso(match["d"], match["m"], match["y"])
        else:
            from_day = _iso(match["d"], match["m"], match["y"])
    if periods and from_day:
        periods.append((from_day, end))
    if not periods:
        periods.append((from_day or start, to_day or end))
    return periods


def _holder_name(line: str) -> str:
    line = _GIVEN_NAME_RE.sub("", line.replace("..", "."))
    name = re.split(r"\s*\(|,|\. Ook|\s+zie\b|\s+afgetreden|\s+aangetreden", line, maxsplit=1)[0]
    name = re.sub(r"\s+(?:MSc|MA|MPA|MBA|LL\.M\.)\b.*$", "", name)
    name = re.sub(r"\s+", " ", _TITLE_RE.sub("", name.strip())).strip(" .")
    return re.sub(r"(?<=\.) (?=[A-Z][a-z]?\.)", "", name)  # "H. M. de Jonge" -> "H.M. de Jonge"


def _aliases() -> dict[tuple[str, str], tuple[str, str]]:
    return {
        (_key(row["printed"]), row["role"]): (row["ministry"], row["portfolio"])
        for row in _read("portfolio_aliases.csv")
    }


def _cabinet_offices(line: str, section: str) -> list[tuple[str, str]]:
    """``(role, portfolio)`` of an office line of a cabinet page; posts without a portfolio are left out."""
    if section == "Staatssecretarissen":
        rest = re.sub(r"\([^)]*\)", "", line).strip().rstrip(".")
        rest = re.sub(r"^Staatssecretaris(?:\s+(?:van|voor))?\s*", "", rest)
        return [("staatssecretaris", rest)] if rest else []
    text = re.sub(
        r"\((?:belast met|met ingang)[^)]*ontwikkeling[^)]*\)|belast met de ontwikkelingssamenwerking",
        " voor Ontwikkelingssamenwerking ",
        line,
    )
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.split(r",\s*(?:vanaf|tot|sinds|per)\b|;|\s(?:vanaf|sinds)\s\d", text)[0]
    text = re.sub(r"^\s*Vice-?minister-president[^,]*?(?:,|\sen\s)\s*", "", text, flags=re.IGNORECASE)
    if re.match(r"\s*Minister-president", text, re.IGNORECASE):
        extra = re.findall(r"\ben\s+(minister\s+(?:van|voor)\s+[^,]+)$", text)
        return [("minister-president", "Algemene Zaken")] + [
            (o["role"], o["portfolio"]) for part in extra for o in parse_offices(part) if o["portfolio"]
        ]
    text = re.sub(r"zonder Portefeuille\s+voor", "voor", text, flags=re.IGNORECASE)
    text = re.sub(r",\s*tevens\s+(?=minister)", " en ", text)
    return [(o["role"], o["portfolio"]) for o in parse_offices(text) if o["portfolio"]]


def rijksoverheid_terms() -> list[dict]:
    """Terms from the cabinet pages of rijksoverheid.nl (``rijksoverheid_cabinets.txt``), 1945 onwards."""
    aliases = _aliases()
    rows, offices, section, start, end = [], [], "", "", ""
    for raw in (SOURCES / "rijksoverheid_cabinets.txt").read_text("utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("== "):
            period = raw.split("|", 1)[1]
            days = [_iso(*m.group("d", "m", "y")) for m in _DATE_RE.finditer(period)]
            start, end = days[0], days[1] if len(days) > 1 else ""
            continue
        if raw.startswith("["):
            section = raw.strip("[]")
            continue
        if not raw.startswith("  "):
            offices = _cabinet_offices(raw, section)
            continue
        name = _holder_name(raw.strip())
        tail = raw.strip()[len(name) :]
        for role, printed in offices:
            ministry, portfolio = (
                aliases.get((_key(printed), role)) or aliases.get((_key(printed), "")) or (printed, printed)
            )
            for s, e in _holder_days(tail, start, end):
                row = _row(role, portfolio, name, s, e, RIJKSOVERHEID_READ, "", "rijksoverheid")
                row["ministry"] = canonical_portfolio(ministry)
                rows.append(row)
    return rows


def openkamer_people(shared: Path) -> dict[int, dict]:
    people = json.loads((shared / "data" / "office-holders" / "openkamer-person.json").read_text("utf-8"))
    return {p["pk"]: p["fields"] for p in people}


def _openkamer_name(person: dict) -> str:
    surname = " ".join(part for part in (person["surname_prefix"], person["surname"]) if part)
    return f"{person['initials']} {surname}".strip()


def wikidata_terms(shared: Path, names_by_id: dict[str, str]) -> list[dict]:
    posts = {row["position"]: row for row in _read("wikidata_posts.csv")}
    sub_portfolios = defaultdict(list)
    for row in _read("sub_portfolios.csv"):
        sub_portfolios[row["wikidata_id"]].append(row)
    rows = []
    with (shared / "data" / "office-holders" / "wikidata-office-holders-1994-2022.csv").open(
        encoding="utf-8"
    ) as handle:
        for record in csv.DictReader(handle):
            post = posts.get(record["position"])
            if post is None:  # mayors, the Speaker, Minister of State: no cabinet post
                continue
            qid = record["personID"]
            name = names_by_id.get(qid, record["person"])
            subs = [
                s
                for s in sub_portfolios.get(qid, [])
                if s["role"] == post["role"]
                and s["from"] >= record["start"]
                and (not record["end"] or s["to"] <= record["end"])
            ]
            pieces = (
                [(s["portfolio"], s["from"], s["to"]) for s in subs]
                if subs
                else _split_by_period(post["lineage_or_portfolio"], record["start"], record["end"])
            )
            for portfolio, start, end in pieces:
                rows.append(_row(post["role"], portfolio, name, start, end, WIKIDATA_TAKEN, qid, "wikidata"))
    return rows


def openkamer_terms(shared: Path, people: dict[int, dict]) -> list[dict]:
    fixtures = json.loads((shared / "data" / "office-holders" / "openkamer-government.json").read_text("utf-8"))
    by_key = {(item["model"], item["pk"]): item["fields"] for item in fixtures}
    rows = []
    for item in fixtures:
        if item["model"] != "government.governmentmember":
            continue
        member = item["fields"]
        position = by_key[("government.governmentposition", member["position"])]
        ministry = by_key.get(("government.ministry", position["ministry"]), {}).get("name")
        kind = position["position"]
        if kind == "PMI":
            role, portfolio = "minister-president", "Algemene Zaken"
        elif kind == "MWP" and position["extra_info"]:
            role, portfolio = "minister", title_case(position["extra_info"])
        elif kind in ("MIN", "SOS") and ministry:
            role, portfolio = ("minister" if kind == "MIN" else "staatssecretaris"), title_case(ministry)
        else:
            continue  # vice-minister-president, or a post the fixture leaves unnamed
        person = people[member["person"]]
        for piece, start, end in _split_by_period(portfolio, member["start_date"], member["end_date"] or ""):
            rows.append(
                _row(
                    role,
                    piece,
                    _openkamer_name(person),
                    start,
                    end,
                    OPENKAMER_COVERS_UNTIL,
                    person["wikidata_id"] or "",
                    "openkamer",
                )
            )
    return rows


def prime_minister_terms() -> list[dict]:
    return [
        _row("minister-president", "Algemene Zaken", row["name"], row["from"], row["to"], "", "", "wikipedia-premiers")
        for row in _read("prime_ministers_1945_1994.csv")
    ]


def _display_name(printed: str) -> str:
    name = re.sub(r"\s+", " ", printed).strip(" ,.")
    name = re.sub(r"(?<=\.) (?=[A-Z]\.)", "", name)  # "J. M. M. Ritzen" -> "J.M.M. Ritzen"
    if name.isupper():
        words = name.split()
        name = " ".join(
            w
            if "." in w
            else (w.lower() if w.lower() in {"van", "de", "der", "den", "ter", "ten"} and i else w.capitalize())
            for i, w in enumerate(words)
        )
    return name


def signature_terms(documents: list[dict], leave_out: set[str]) -> list[dict]:
    """Terms inferred from dated signatures: per office and surname, first to last day seen."""
    seen: dict[tuple[str, str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for document in tqdm(documents, desc="signatures", unit="doc"):
        if document["id"] in leave_out:
            continue
        parsed = parse_header(document["text"])
        header, day = parsed.fields, parsed.fields.get("date")
        if not day:
            continue
        # a stand-in (``a.i.``) signs for an office without holding it
        acting = acting_names(
            [document["text"][s:e] for s, e, label in parsed.spans if label == "signatories"],
            header.get("signatories") or [],
        )
        for signatory in header.get("signatories") or []:
            role, portfolio, name = signatory.get("role"), signatory.get("portfolio"), signatory.get("name")
            if name in acting:
                continue
            if role == "minister-president":
                portfolio = "Algemene Zaken"
            surname = surname_key(name)
            if not (role and portfolio and len(surname) > 2):
                continue
            seen[(role, _key(portfolio), surname)].append((day, document["id"], name, portfolio))
    rows = []
    for (role, _, _), sightings in seen.items():
        sightings.sort()
        names: dict[str, int] = defaultdict(int)
        for _, _, name, _ in sightings:
            names[_display_name(name)] += 1
        # the most frequent spelling; of equals, the one in mixed case (not an OCR'd capital line)
        name = max(names, key=lambda n: (names[n], sum(c.islower() for c in n)))
        rows.append(
            _row(
                role,
                sightings[0][3],
                name,
                sightings[0][0],
                sightings[-1][0],
                "",
                "",
                "sgd-signatures",
                inferred=True,
                evidence=sorted({doc_id for _, doc_id, _, _ in sightings}),
            )
        )
    return rows


def _agreeing_with(wikidata: list[dict], openkamer: list[dict]) -> list[dict]:
    """Wikidata's terms, less those inside openkamer's cabinets that openkamer does not have.

    Wikidata files some state secretaries as ministers (Dijksma, Bleker: staatssecretaris van
    Economische Zaken); for 2006-2017 the fixtures, which use the ministries' own titles, decide.
    """
    known = {(row["role"], _key(row["ministry"]), row["id"]) for row in openkamer}
    first, last = OPENKAMER_CABINETS
    return [
        row
        for row in wikidata
        if not (first <= row["from"] and row["to"] and row["to"] <= last)
        or (row["role"], _key(row["ministry"]), row["id"]) in known
    ]


def _with_ids(rows: list[dict], identified: list[dict]) -> list[dict]:
    """The Wikidata item of each term's holder, from a term of the same person in the same kind of post
    (surname alike, days overlapping) in a source that has it."""
    for row in rows:
        for other in identified:
            if (
                other["id"]
                and other["role"] == row["role"]
                and same_surname(other["name"], row["name"])
                and other["from"] < (row["to"] or "9999")
                and row["from"] < (other["to"] or "9999")
            ):
                row["id"] = other["id"]
                break
    return rows


def build(shared: Path) -> list[dict]:
    people = openkamer_people(shared)
    names_by_id = {p["wikidata_id"]: _openkamer_name(p) for p in people.values() if p["wikidata_id"]}
    documents = list(sgd_documents(shared))
    held_out = sgd_holdout([d["id"] for d in documents])
    openkamer = openkamer_terms(shared, people)
    wikidata = _agreeing_with(wikidata_terms(shared, names_by_id), openkamer)
    rows = _with_ids(rijksoverheid_terms(), openkamer + wikidata) + openkamer + wikidata + prime_minister_terms()
    rows += signature_terms(documents, held_out)
    unique = {tuple(row[c] for c in REGISTER_COLUMNS): row for row in rows}
    return sorted(unique.values(), key=lambda r: (r["from"], r["role"], r["portfolio"], r["name"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    rows = build(args.shared)
    with args.output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=REGISTER_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    by_source = defaultdict(int)
    for row in rows:
        by_source[row["source"]] += 1
    print(f"{len(rows)} terms written to {args.output}: " + ", ".join(f"{s} {n}" for s, n in sorted(by_source.items())))


if __name__ == "__main__":
    main()
