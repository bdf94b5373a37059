"""Gazetteer entities with canonical ids, and signatures as persons, on real kamerstukken."""

from __future__ import annotations

from conftest import seed_text, sgd_text

from nlkst.gazetteer import entity_id


def test_seed_271_offices_and_agencies_carry_their_keys(nlp):
    doc = nlp(seed_text("kst-31490-271"))
    found = {(ent.text, ent.label_, ent.kb_id_) for ent in doc.ents}
    assert ("UWV", "ORG", "UWV") in found
    assert ("Belastingdienst", "ORG", "BD") in found
    assert ("Ministeriële Commissie Uitvoering", "ORG", "MCU") in found
    assert ("Staatssecretaris van Financiën-Toeslagen en Douane", "MINISTER", "FIN-TD") in found
    assert ("Minister van Sociale Zaken en Werkgelegenheid", "MINISTER", "SZW") in found
    assert ("W. Koolmees", "PERSON", "") in found


def test_seed_312_committee_ministry_and_signatory(nlp):
    doc = nlp(seed_text("kst-31490-312"))
    found = {(ent.text, ent.label_, ent.kb_id_) for ent in doc.ents}
    assert ("Vaste Kamercommissie SZW", "ORG", "COM-SZW") in found
    assert ("Ministerie van SZW", "ORG", "MIN-SZW") in found
    assert ("C.J. Schouten", "PERSON", "") in found
    assert ("Minister voor Armoedebeleid, Participatie en Pensioenen", "MINISTER", "APP") in found


def test_enumeration_letters_are_not_initials(nlp):
    doc = nlp(sgd_text("sgd-0000185928"))  # "A. Tussen «zijn» en ... B. In plaats van ..." (an amendment)
    persons = [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
    assert "A. A. M. van Agt" in persons  # the signatory
    assert not [name for name in persons if name.split()[-1] in ("Tussen", "In")]


def test_ids_for_forms_no_pattern_gave():
    assert entity_id("ORG", "de Sociale Verzekeringsbank") == "SVB"
    assert entity_id("ORG", "Informatie Beheer Groep") == "DUO"
    assert entity_id("MINISTER", "staatssecretaris van Sociale Zaken en Werkgelegenheid") == "SZW"
    assert entity_id("ORG", "Stichting Onbekend") is None
