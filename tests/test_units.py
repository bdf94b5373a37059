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


def test_a_unit_found_with_its_connector_is_joined_and_the_chamber_before_voor_is_one(nlp):
    from spacy.tokens import Span

    from nlkst.units import with_chamber_and_units

    # "... ter inzage bij de griffie van de Kamer van volksvertegenwoordigers": a recogniser that stops
    # the unit after its connector ("griffie van de") still gives one organisation
    doc = nlp.make_doc(belgian_question("be-dekamer-186964"))
    start = doc.text.index("griffie van de Kamer van volksvertegenwoordigers")
    unit = doc.char_span(start, start + len("griffie van de"), label="ORG")
    parent = doc.char_span(unit.end_char + 1, start + len("griffie van de Kamer van volksvertegenwoordigers"),
                           label="ORG")
    joined = with_chamber_and_units(doc, [unit, parent])
    assert "griffie van de Kamer van volksvertegenwoordigers" in [span.text for span in joined]
    assert not [span for span in joined if isinstance(span, Span) and span.text == "griffie van de"]
    # "Het kabinet stelt de Kamer voor om ...": the chamber, not the start of a longer name
    doc = nlp(speech("parlspeech-829776"))
    assert [t for t in doc if t.text == "Kamer" and t.ent_type_ == "ORG"]


def test_a_bare_chamber_takes_the_id_of_the_chamber_the_header_names(nlp):
    from conftest import seed_text

    # the 2022 letter to the Tweede Kamer: "heeft de Kamer het verzoek", "zal ik uw Kamer informeren"
    bare = [ent for ent in nlp(seed_text("kst-31490-312")).ents if ent.text == "Kamer"]
    assert bare and {ent.kb_id_ for ent in bare} == {"TK"}
    # a speech has no header: its bare chamber is an organisation without an id
    bare = [ent for ent in nlp(speech("parlspeech-791955")).ents if ent.text == "Kamer"]
    assert bare and {ent.kb_id_ for ent in bare} == {""}
