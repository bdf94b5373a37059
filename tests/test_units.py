"""The bare chamber, a unit named with its parent (nlkst/units.py) and places that are no persons, on real text."""

from __future__ import annotations

from test_acronyms import belgian_question, speech


def organisations(doc) -> list[str]:
    return [ent.text for ent in doc.ents if ent.label_ == "ORG"]


def test_a_unit_named_with_its_parent_is_one_organisation(nlp):
    # "het meldpunt van de FOD Economie", "heeft het Meldpunt van de FOD Economie 21.832 meldingen"
    found = organisations(nlp(belgian_question("be-dekamer-185111")))
    assert "meldpunt van de FOD Economie" in found
    assert "Meldpunt van de FOD Economie" in found
    # "de Dienst Voogdij van de FOD Justitie": two bodies the lists know, joined
    assert "Dienst Voogdij van de FOD Justitie" in organisations(nlp(belgian_question("be-dekamer-184730")))


def test_the_bare_chamber_is_an_organisation_but_not_in_the_verdict_formula(nlp):
    doc = nlp(speech("parlspeech-791955"))
    assert [t.i for t in doc if t.text == "Kamer" and t.ent_type_ == "ORG"]
    doc = nlp(speech("parlspeech-1128463"))  # "van harte oordeel Kamer geven"
    assert not [t for t in doc if t.text == "Kamer" and t.ent_type_]


def test_a_dutch_or_belgian_place_is_no_person(nlp):
    # "de vier steden ...: Antwerpen, Gent, Luik en Charleroi" (the recogniser took Gent and Luik for names)
    persons = [ent.text for ent in nlp(belgian_question("be-dekamer-185342")).ents if ent.label_ == "PERSON"]
    assert "Gent" not in persons and "Luik" not in persons
    # "Mevrouw Sipkes ... Heeft zijzelf die ervaringen met Ter Apel?": the member stays a person
    persons = [ent.text for ent in nlp(speech("parlspeech-58619")).ents if ent.label_ == "PERSON"]
    assert "Ter Apel" not in persons and "Sipkes" in persons


def test_banks_and_un_missions_of_the_lists_are_organisations(nlp):
    # "Heeft Belfius - zelfs onrechtstreeks - in die sector ...": a bank (resources/organisations_public.csv)
    assert "Belfius" in organisations(nlp(belgian_question("be-dekamer-185904")))
    # "aan het hoofd van MINUSMA": a UN mission
    assert "MINUSMA" in organisations(nlp(belgian_question("be-dekamer-189928")))
