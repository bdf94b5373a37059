"""The office-holder register and its lookup (ANNOTATION.md section 3, "Office holders")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlkst.holders import holder, holder_named, holders_on, register, same_surname

PROBES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "holder_probes.jsonl").read_text("utf-8").splitlines()
]


@pytest.mark.parametrize("probe", PROBES, ids=[f"{p['office']}@{p['date']}" for p in PROBES])
def test_probe_is_never_answered_wrongly(probe):
    """A holder given is the right one; an office that did not exist that day (or had two holders) gives None."""
    found = holder(probe["office"], probe["date"])
    if probe["expected"] is None:
        assert found is None
    elif found is not None:
        assert same_surname(found["name"], probe["expected"]), found


def test_probes_are_mostly_answered():
    """At least nine in ten probes right: the register's gaps (after August 2022) cost the rest."""
    right = sum(
        (found is None) if p["expected"] is None else (found is not None and same_surname(found["name"], p["expected"]))
        for p in PROBES
        for found in [holder(p["office"], p["date"])]
    )
    assert right >= 0.9 * len(PROBES), right


def test_renamed_portfolio_is_another_office():
    assert holder("Minister van Verkeer en Waterstaat", "2009-06-01")["name"].endswith("Eurlings")
    assert holder("Minister van Verkeer en Waterstaat", "2012-06-01") is None
    assert same_surname(holder("Minister van Infrastructuur en Milieu", "2012-06-01")["name"], "Schultz van Haegen")


def test_header_office_and_iso_date_both_work():
    by_text = holder("De Minister voor Armoedebeleid, Participatie en Pensioenen,", "2022-02-15")
    by_header = holder({"role": "minister", "portfolio": "Armoedebeleid, Participatie en Pensioenen"}, "2022-02-15")
    assert by_text == by_header and by_text["name"] == "C.J. Schouten" and by_text["id"] == "Q2625041"


def test_no_date_or_no_office_gives_none():
    assert holder("Minister van Financiën", None) is None
    assert holder("Minister van Financiën", "in het voorjaar") is None
    assert holder("de Kamer", "2019-03-04") is None


def test_printed_name_wins_and_a_mismatch_is_a_conflict():
    agreed, conflict = holder_named("Minister van Financiën", "2019-03-04", "W.B. Hoekstra")
    assert conflict is None and agreed["id"] == "Q14520235"
    printed, conflict = holder_named("Minister van Financiën", "2019-03-04", "Dijsselbloem")
    assert printed["name"] == "Dijsselbloem" and conflict["register"]["name"] == "W.B. Hoekstra"


def test_inferred_terms_carry_their_evidence():
    inferred = [term for term in register() if term.inferred]
    assert inferred and all(term.evidence.startswith("sgd-") and term.source == "sgd-signatures" for term in inferred)
    assert all(term.start <= term.end for term in inferred)


def test_register_has_no_term_ending_before_it_starts():
    assert all(not term.end or term.start <= term.end for term in register())


def test_terms_read_off_signatures_fill_in_where_no_source_has_the_office():
    """Before 1945 only signatures in the SGD documents say who held an office; such a term is
    marked inferred, and left out on request."""
    fock = holder("Minister van Koloniën", "1907-12-18")
    assert fock and same_surname(fock["name"], "Fock")
    assert holders_on("Minister van Koloniën", "1907-12-18", inferred=False) == []


def test_the_government_pages_outrank_wikidata():
    """Wikidata files Dijksma (staatssecretaris 2012-2015) as Minister van Economische Zaken."""
    [kamp] = holders_on("Minister van Economische Zaken", "2014-01-01")
    assert kamp.source == "rijksoverheid" and same_surname(kamp.name, "Kamp")
