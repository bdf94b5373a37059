"""Build ``nlkst/resources/laws.tsv``: the names of Dutch laws mapped to their BWB id.

Reads ``../shared/data/bwb/bwb-titles-2017.tsv`` (the Basiswettenbestand as of May 2017) and
keeps the statutes a parliamentary text cites by name: formal acts (``wet``, ``rijkswet``,
their ``-BES`` variants) and general orders in council (``AMvB``). Each regulation gives its
folder name (``algemene wet bestuursrecht``) and, where the formal title ends in brackets,
its citation title (``Wet van 23 juni 2005 tot ... (Algemene wet inkomensafhankelijke
regelingen)``). A name that two regulations of the same rank share is dropped: a name
that does not decide the law gives no id. ``laws_additions.tsv`` (hand-kept) then adds and
overrides names for laws renamed or made after 2017.

It also writes ``nlkst/resources/laws_by_date.tsv``: the date of each formal act whose title
opens with it (``Wet van 28 augustus 1851, regelende de onteigening ...``), for a law cited by
its date (``de wet van 28 Augustus 1851``); a date two acts share is dropped. And
``laws_enacted.tsv``: the year of each such act, and of each general order in council (``AMvB``) whose title opens
with its date (``Besluit van 16 november 1998``), so that a text older than a law or decree does not get its id. And
``laws_without_year.tsv``: a name cut of its closing year (``bouwbesluit`` for the Bouwbesluit 2012, ``wet op de
loonbelasting`` for that of 1964), as texts cite them, where one regulation alone has that name with a year and no
regulation has it without one (not a law of a series, ``veegwet``, ``wijzigingswet``: their year tells them apart). And
``laws_namesakes.tsv``: the names that several formal acts of different years share (the Spoorwegwet of 1875 and
that of 2003), each act with its year, so that a text's year decides which one it cites.

    python training/resources/build_law_index.py --shared ../shared
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

RANK = {"wet": 0, "rijkswet": 0, "wet-BES": 2, "AMvB": 1, "AMvB-BES": 3}
OUTPUT = Path(__file__).resolve().parents[2] / "nlkst" / "resources" / "laws.tsv"
DATES_OUTPUT = OUTPUT.with_name("laws_by_date.tsv")
ENACTED_OUTPUT = OUTPUT.with_name("laws_enacted.tsv")
NAMESAKES_OUTPUT = OUTPUT.with_name("laws_namesakes.tsv")
WITHOUT_YEAR_OUTPUT = OUTPUT.with_name("laws_without_year.tsv")
SERIES_WORDS = OUTPUT.with_name("law_series_words.txt")
MONTHS = ("januari februari maart april mei juni juli augustus september oktober november december").split()
_DATED_TITLE = re.compile(r"(?:Rijks)?[Ww]et van (\d{1,2}) (\w+) (\d{4})\b")
_DATED_DECREE = re.compile(r"(?:Koninklijk )?[Bb]esluit van (\d{1,2}) (\w+) (\d{4})\b")


# "Wet van 2 juli 1981, houdende Wet op het basisonderwijs": the act's own name after "houdende", where it opens
# with a law's or decree's word (not "houdende regelen ...", a description, nor "Besluit houdende wijziging ...")
_GIVEN_NAME = re.compile(
    r"(?:Rijks)?(?:Wet|Besluit) van \d{1,2} \w+ \d{4}, houdende (\w*(?:[Ww]et|[Bb]esluit)\b(?! houdende)[^,()]*?)\.?$"
)


def normalise(name: str) -> str:
    """Lower case, single spaces, no trailing full stop: the key the parser looks up."""
    return re.sub(r"\s+", " ", name).strip(" .").lower()


def names_of(short: str, title: str) -> list[str]:
    names = []
    if "etc" not in short.split():
        names.append(short)
    cited = re.search(r"\(([^()]{4,120})\)\s*$", title)
    if cited and re.match(r"(?i)(?:staatsblad|stb|staatscourant|stcrt|trb)\b", cited.group(1)):
        pass  # "(Staatsblad n°. 98)": where the act was published, not a name
    elif cited:
        names.append(cited.group(1))
    elif not re.match(r"(?:Wet|Besluit|Rijkswet) van \d", title):
        names.append(title.split(",")[0])
    else:
        given = _GIVEN_NAME.match(title)
        if given:
            names.append(given.group(1))
    return [normalise(n) for n in names if len(n) > 3]


def build(source: Path) -> dict[str, tuple[int, str]]:
    best: dict[str, tuple[int, str]] = {}
    clashes: set[str] = set()
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            rank = RANK.get(row["kind"])
            if rank is None:
                continue
            for name in names_of(row["short"], row["title"]):
                held = best.get(name)
                if held is None or rank < held[0]:
                    best[name] = (rank, row["bwb_id"])
                    clashes.discard(name)
                elif rank == held[0] and held[1] != row["bwb_id"]:
                    clashes.add(name)
    for name in clashes:
        del best[name]
    return best


def dated_acts(source: Path) -> list[tuple[str, str]]:
    """(BWB id, ISO date) of the formal acts (``wet``, ``rijkswet``) whose title opens with their date."""
    acts = []
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            dated = _DATED_TITLE.match(row["title"])
            if row["kind"] not in ("wet", "rijkswet") or not dated or dated.group(2).lower() not in MONTHS:
                continue
            month = MONTHS.index(dated.group(2).lower()) + 1
            acts.append((row["bwb_id"], f"{dated.group(3)}-{month:02d}-{int(dated.group(1)):02d}"))
    return acts


def dated_decrees(source: Path) -> list[tuple[str, str]]:
    """(BWB id, ISO date) of the general orders in council (``AMvB``) whose title opens with their date (``Besluit van
    16 november 1998, houdende Besluit Staatstoezicht op de volksgezondheid``): for their year of enactment only (a
    law cited by its date is a formal act, not a decree of that date)."""
    decrees = []
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            dated = _DATED_DECREE.match(row["title"])
            if row["kind"] != "AMvB" or not dated or dated.group(2).lower() not in MONTHS:
                continue
            month = MONTHS.index(dated.group(2).lower()) + 1
            decrees.append((row["bwb_id"], f"{dated.group(3)}-{month:02d}-{int(dated.group(1)):02d}"))
    return decrees


def dates(acts: list[tuple[str, str]]) -> dict[str, str]:
    """ISO date to BWB id, for the dates that one act alone has."""
    found: dict[str, set[str]] = {}
    for bwb, date in acts:
        found.setdefault(date, set()).add(bwb)
    return {date: ids.pop() for date, ids in found.items() if len(ids) == 1}


def enacted(acts: list[tuple[str, str]]) -> dict[str, str]:
    """BWB id to the year of its title's date: a law cited in a text older than that is the law it replaced."""
    return {bwb: date[:4] for bwb, date in acts}


def without_year(best: dict[str, tuple[int, str]]) -> dict[str, str]:
    """A name without its closing year to the one regulation that has it with a year (``bouwbesluit 2012``) and
    that year (as ``bwb_id<TAB>year``: a text of an earlier year, or of none known, means another act), where
    no regulation has it without one, it names a law or decree (its last word a ``...wet`` or ``...besluit``, or
    ``wet ...`` of two words or more), and it is no name of a series (``law_series_words.txt``) or of a date."""
    series = {line.strip() for line in SERIES_WORDS.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    stems: dict[str, set[str]] = {}
    years: dict[str, str] = {}
    for name, (_, bwb) in best.items():
        cut = re.fullmatch(r"(.+?) (1[89]\d\d|20\d\d)", name)
        if cut:
            stems.setdefault(cut.group(1), set()).add(bwb)
            years[cut.group(1)] = cut.group(2)
    found = {}
    for stem, ids in stems.items():
        words = stem.split()
        if len(ids) > 1 or stem in best or re.search(r"[\d;()]", stem) or words[-1] in MONTHS:
            continue
        if not (re.search(r"(?:wet|besluit)$", words[-1]) or words[0] == "wet" and len(words) > 1):
            continue
        if any(word.startswith(tuple(series)) for word in words[:2]) or words[:2] == ["wet", "van"]:
            continue
        found[stem] = f"{ids.pop()}\t{years[stem]}"
    return found


_LAW_NAME = re.compile(r"^(?!wijzigingswet)(?:\w*wet$|wet )")  # "spoorwegwet", "wet militair tuchtrecht"


def namesakes(source: Path, best: dict[str, tuple[int, str]],
              acts: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(name, BWB id, year) for each name that ``build`` dropped because acts of the highest rank that holds it
    share it, where all of those are formal acts dated in their title, each of another year: the year of the text
    that cites the name decides the act (the Spoorwegwet of 1875 before 2003)."""
    years = {bwb: date[:4] for bwb, date in acts}
    holders: dict[str, dict[str, int]] = {}
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            rank = RANK.get(row["kind"])
            if rank is not None:
                for name in names_of(row["short"], row["title"]):
                    holders.setdefault(name, {})[row["bwb_id"]] = rank
    rows = []
    for name, held in holders.items():
        top = min(held.values())
        ids = sorted(bwb for bwb, rank in held.items() if rank == top)
        if name in best or len(ids) < 2 or not all(bwb in years for bwb in ids) or not _LAW_NAME.search(name):
            continue  # (a treaty's approval act, "wereldbank", "ifad", is no law a text names)
        if len({years[bwb] for bwb in ids}) == len(ids):
            rows.extend((name, bwb, years[bwb]) for bwb in ids)
    return sorted(rows)


def write_tsv(path: Path, columns: str, rows: dict[str, str], what: str) -> None:
    """``rows`` (key to value, written in key order) under a header line of ``columns``."""
    with path.open("w", encoding="utf-8") as out:
        out.write(f"{columns}\n")
        for key in sorted(rows):
            out.write(f"{key}\t{rows[key]}\n")
    print(f"{len(rows)} {what} written to {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    source = args.shared / "data" / "bwb" / "bwb-titles-2017.tsv"
    best = build(source)
    write_tsv(OUTPUT, "name\tbwb_id", {name: bwb for name, (_, bwb) in best.items()},
              f"names of {len({bwb for _, bwb in best.values()})} laws")
    acts = dated_acts(source)
    write_tsv(DATES_OUTPUT, "date\tbwb_id", dates(acts), "dates of formal acts")
    write_tsv(ENACTED_OUTPUT, "bwb_id\tyear", enacted(acts + dated_decrees(source)), "years of enactment")
    write_tsv(WITHOUT_YEAR_OUTPUT, "name\tbwb_id\tyear", without_year(best), "names without their year")
    shared = namesakes(source, best, acts)
    with NAMESAKES_OUTPUT.open("w", encoding="utf-8") as out:
        out.write("name\tbwb_id\tyear\n")
        out.writelines(f"{name}\t{bwb}\t{year}\n" for name, bwb, year in shared)
    print(f"{len(shared)} acts of {len({row[0] for row in shared})} shared names written to {NAMESAKES_OUTPUT}")

if __name__ == "__main__":
    main()
