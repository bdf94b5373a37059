"""The bare chamber, a unit named with its parent (nlkst/units.py) and places that are no persons, on real text."""

from __future__ import annotations

from test_acronyms import belgian_question, handelingen_paragraph, speech


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


# Kinds found on the 2026-12-04 blind sample (nlkst/bodies.py; the fixes were written after it, not blind).
def test_a_ministry_by_its_short_name_is_an_organisation_where_the_body_is_meant(nlp):
    # "werden er door Defensie ... voorgedragen", "1. Defensie werd in dit proces niet betrokken"
    doc = nlp(belgian_question("be-dekamer-185341"))
    assert organisations(doc).count("Defensie") >= 3
    assert not [ent for ent in doc.ents if ent.label_ == "PERSON" and ent.text == "Defensie"]
    # "ten gunste van het personeel van Defensie"; "de minister van Defensie" stays an office
    doc = nlp(belgian_question("be-dekamer-185943"))
    assert "Defensie" in organisations(doc)
    assert "minister van Defensie" in [ent.text for ent in doc.ents if ent.label_ == "MINISTER"]
    # "ingediend bij Buitenlandse Zaken"
    assert "Buitenlandse Zaken" in organisations(nlp(belgian_question("be-dekamer-184989")))


def test_a_federal_service_by_fod_and_its_short_name_or_acronym_is_one_organisation(nlp):
    # "De FOD BOSA (Beleid en Ondersteuning) heeft ...", "die van de FOD's Werkgelegenheid en Beleid en Ondersteuning"
    found = organisations(nlp(belgian_question("be-dekamer-186067")))
    assert "FOD BOSA" in found and "BOSA" not in found
    assert "FOD's Werkgelegenheid" in found and "Beleid en Ondersteuning" in found
    # "de FOD Economie en FOD Volksgezondheid": two services
    found = organisations(nlp(belgian_question("be-dekamer-186169")))
    assert "FOD Economie" in found and "FOD Volksgezondheid" in found
    # "Wordt er tussen de FOD Justitie en Buitenlandse Zaken samengewerkt": two services, not one name
    found = organisations(nlp(belgian_question("be-dekamer-185012")))
    assert "FOD Justitie" in found and "Buitenlandse Zaken" in found
    assert "FOD Justitie en Buitenlandse Zaken" not in found
    # "Het DG Digitale Transformatie van de FOD BOSA werkt aan ...": a DG with its name and parent
    assert "DG Digitale Transformatie van de FOD BOSA" in organisations(nlp(belgian_question("be-dekamer-189008")))


def test_belgian_offices_are_ministers_and_end_with_their_portfolio(nlp):
    from nlkst.bodies import with_short_bodies

    def offices(doc):
        return [ent.text for ent in doc.ents if ent.label_ == "MINISTER"]

    # "de FOD Economie en de minister bevoegd voor Energie."
    assert "minister bevoegd voor Energie" in offices(nlp(belgian_question("be-dekamer-185624")))
    # "mijn collega vice-eerste minister en minister van Veiligheid en Binnenlandse Zaken Jan Jambon en de
    # minister van Digitale Agenda": two offices, never one span over both; the combined title written in two
    # words is one office, as "vice-eersteminister en minister van ..." is (the fresh golds: 2026-12-03b, -04b,
    # -04c, -05b)
    found = offices(nlp(belgian_question("be-dekamer-184527")))
    assert "vice-eerste minister en minister van Veiligheid en Binnenlandse Zaken Jan Jambon" in found
    assert "minister van Digitale Agenda" in found
    # "gevraagd aan de minister van Begroting om een rechtzetting": an office the recogniser ran on is cut
    doc = nlp.make_doc(belgian_question("be-dekamer-184847"))
    start = doc.text.index("minister van Begroting om een")
    overrun = doc.char_span(start, start + len("minister van Begroting om een"), label="MINISTER")
    assert [span.text for span in with_short_bodies(doc, [overrun])
            if span.start_char == start] == ["minister van Begroting"]


def test_a_named_unit_alone_and_a_dg_are_organisations(nlp):
    # "(dienst Parlementaire Vragen)"; "het DG Penitentiaire Instellingen (DG EPI)"
    assert "dienst Parlementaire Vragen" in organisations(nlp(belgian_question("be-dekamer-189631")))
    assert "DG Penitentiaire Instellingen" in organisations(nlp(belgian_question("be-dekamer-189772")))


def test_a_defined_acronym_after_a_name_the_lists_know_in_part(nlp):
    # "door het Centrum voor Rijgeschiktheid en voertuigAanpassing (CARA)": a bilingual acronym
    found = organisations(nlp(belgian_question("be-dekamer-189949")))
    assert "Centrum voor Rijgeschiktheid en voertuigAanpassing" in found and "CARA" in found
    assert "Centrum voor Rijgeschiktheid" not in found


def test_citation_codes_and_plan_titles_are_no_organisations(nlp):
    # "(Integraal Verslag, Kamer, 2015-2016, CRIV 54 COM 339)": a Belgian document series
    assert "CRIV" not in organisations(nlp(belgian_question("be-dekamer-184525")))
    # "Zoals beschreven in de Strategische Visie zal ...": a plan's title
    assert "Strategische Visie" not in organisations(nlp(belgian_question("be-dekamer-185391")))
    # "Movisie": "visie" is a thing's head word only whole (Strategische Visie), never a compound's end
    assert "Movisie" in organisations(nlp(handelingen_paragraph("h-tk-20172018-70-4", "Movisie")))
    # "geïntegreerd in de Duitse Eerste Pantserdivisie": a body's compound ending (-divisie) is no visie
    assert "Duitse Eerste Pantserdivisie" in organisations(nlp(speech("parlspeech-900224")))


def test_a_unit_named_by_an_acronym_and_an_office_acting_as_a_body(nlp):
    from nlkst.units import with_chamber_and_units

    # "de dienst CSAM van Fedict": the unit's name an acronym, joined to its parent by the rule alone
    assert "dienst CSAM van Fedict" in organisations(nlp(belgian_question("be-dekamer-189861")))
    doc = nlp.make_doc(belgian_question("be-dekamer-189861"))
    start = doc.text.index("Fedict", doc.text.index("de dienst CSAM van Fedict"))
    parent = doc.char_span(start, start + len("Fedict"), label="ORG")
    assert [span.text for span in with_chamber_and_units(doc, [parent])] == ["dienst CSAM van Fedict"]
    # "Ik weet van de Nationaal Rapporteur dat zij ...": an office acting as a body (resources/office_bodies.txt)
    assert "Nationaal Rapporteur" in organisations(nlp(speech("parlspeech-983268")))


def test_a_name_after_in_is_a_place_not_a_person(nlp):
    # "kregen asiel in Belgie?" (without its diaeresis, so no list has it); "zouden nemen in Tielen"
    # (a place left out of the place list because it is also a member's surname)
    for doc_id, place in (("be-dekamer-186062", "Belgie"), ("be-dekamer-189634", "Tielen")):
        doc = nlp(belgian_question(doc_id))
        assert [t for t in doc if t.text == place and doc[t.i - 1].lower_ == "in"]
        assert not [ent for ent in doc.ents if ent.label_ == "PERSON" and ent.text == place
                    and doc[ent.start - 1].lower_ == "in"]


def test_a_claimed_span_takes_the_place_of_entities_inside_it_never_of_one_running_out(nlp):
    from nlkst.units import EntityClaims

    # "een arrest van het Hof van Cassatie van 24 juni 2010" (be-dekamer-186642)
    doc = nlp.make_doc(belgian_question("be-dekamer-186642"))
    start = doc.text.index("Hof van Cassatie van 24 juni 2010")
    court = doc.char_span(start, start + len("Hof van Cassatie"), label="ORG")
    place = doc.char_span(start + len("Hof van "), start + len("Hof van Cassatie"), label="PERSON")
    date = doc.char_span(start + len("Hof van Cassatie van "), start + len("Hof van Cassatie van 24 juni 2010"),
                         label="REF")
    claims = EntityClaims(doc, [place, date])
    assert claims.replaceable(court.start, court.end, ("ORG", "PERSON")) == [place]
    assert claims.replaceable(court.start, court.end, ("ORG",)) is None  # a label the rule does not replace
    assert claims.replaceable(court.start, court.end + 2) is None  # the date runs out of the stretch
    claims.claim(court)
    assert [(e.text, e.label_) for e in claims.entities()] == [("Hof van Cassatie", "ORG"), ("24 juni 2010", "REF")]
    assert claims.owner[court.start:court.end] == [court] * len(court)
