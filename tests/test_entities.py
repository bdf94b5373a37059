"""Gazetteer entities with canonical ids, and signatures as persons, on real kamerstukken."""

from __future__ import annotations

import json

from conftest import HANDELINGEN_XML, SHARED, seed_text, sgd_text

from nlkst.gazetteer import entity_id
from nlkst.io import read_sources
from nlkst.pipeline import build


def test_seed_271_offices_and_agencies_carry_their_keys(nlp):
    doc = nlp(seed_text("kst-31490-271"))
    found = {(ent.text, ent.label_, ent.kb_id_) for ent in doc.ents}
    assert ("UWV", "ORG", "UWV") in found
    assert ("Belastingdienst", "ORG", "BD") in found
    assert ("Ministeriële Commissie Uitvoering", "ORG", "MCU") in found
    assert ("Staatssecretaris van Financiën-Toeslagen en Douane", "MINISTER", "FIN-TD") in found
    assert ("Minister van Sociale Zaken en Werkgelegenheid", "MINISTER", "SZW") in found
    assert ("W. Koolmees", "PERSON", "") in found
    assert ("Kamerstuk", "PERSON", "") not in found  # the publication page's first line


def test_seed_312_committee_ministry_and_signatory(nlp):
    doc = nlp(seed_text("kst-31490-312"))
    found = {(ent.text, ent.label_, ent.kb_id_) for ent in doc.ents}
    assert ("Vaste Kamercommissie SZW", "ORG", "COM-SZW") in found
    assert ("Ministerie van SZW", "ORG", "MIN-SZW") in found
    assert ("C.J. Schouten", "PERSON", "") in found
    assert ("Minister voor Armoedebeleid, Participatie en Pensioenen", "MINISTER", "APP") in found
    assert ("Den Haag", "PERSON", "") not in found  # the place of signing, which the ner took for a name


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


def test_members_listed_after_their_title_are_persons(nlp):
    doc = nlp(sgd_text("sgd-0000044568"))  # "de heeren Anema, Steger, Heerkens Thijssen, de Veer, ..."
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    assert {"Anema", "Heerkens Thijssen", "de Veer", "van Sasse van Ysselt", "Michiels van Kessenich"} <= persons
    assert not any("Justitie" in name for name in persons)  # "de heer Minister van Justitie" is an office


def test_committee_members_before_their_party_are_persons(nlp):
    doc = nlp(sgd_text("sgd-0000172935"))  # "Schakel (CDAI, voorzitter, ..., Van Thijn (PvdA), ..."
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    assert {"Schakel", "Van Thijn", "Van Rossum", "Lambers-Hacquebard"} <= persons
    parties = {(ent.text, ent.kb_id_) for ent in doc.ents if ent.label_ == "ORG"}
    assert ("PvdA", "PARTY-PVDA") in parties


def test_a_form_of_address_before_a_listed_member_is_not_part_of_the_name(nlp):
    doc = nlp(sgd_text("sgd-0000180837"))  # "Justitie: Mw Van der Meer (PvdA), Van Krimpen (PvdA), ..."
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    assert {"Van der Meer", "Van Krimpen"} <= persons
    assert not any(name.startswith("Mw") for name in persons)


def test_ocr_mangled_chamber_names_are_the_chamber(nlp):
    for doc_id, printed in (("sgd-0000087652", "Tweede Kamer der Stalen-Generaal"),
                            ("sgd-0000079749", "Tweede Kamer der Staten-Ceneraal")):
        doc = nlp(sgd_text(doc_id))
        assert (printed, "ORG", "TK") in {(e.text, e.label_, e.kb_id_) for e in doc.ents}


def test_signatories_one_a_line_in_capitals_are_persons(nlp):
    doc = nlp(sgd_text("sgd-0000277488"))  # an amendment ending "POSTHUMUS\nSTOKMAN\nFORTANIER-DE WIT\n..."
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    assert {"POSTHUMUS", "STOKMAN", "FORTANIER-DE WIT", "STUFKENS", "VAN SLEEN", "TILANUS"} <= persons


def test_members_after_a_colon_or_the_old_dative_title_are_persons_and_an_office_is_not(nlp):
    doc = nlp(sgd_text("sgd-0000434187"))  # "de heeren: Blankenheym, van Wessem, de Brauw, ..."
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    assert {"Blankenheym", "van Wessem", "de Brauw", "'t Hooft van Benthuizen", "Meylink"} <= persons
    assert not any(name.startswith("Minist") for name in persons)  # "den heer Ministor van Binnen-landsche Zaken"
    doc = nlp(sgd_text("sgd-0000340845"))  # "van den heer van Nispen tot Sevenaer (Rheden)"
    assert "van Nispen tot Sevenaer" in {ent.text for ent in doc.ents if ent.label_ == "PERSON"}


def test_person_spans_are_split_extended_and_dropped_by_rule(nlp):
    doc = nlp(sgd_text("sgd-0000387191"))  # "de heeren Van Roijen , Van Lier en Donker wegens ambtsbezigheden"
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    assert {"Van Lier", "Donker"} <= persons and "Van Lier en Donker" not in persons
    doc = nlp(sgd_text("sgd-0000440804"))  # "WIJ WILLEM III, ENZ."
    assert "WILLEM III" in {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    doc = nlp(sgd_text("sgd-0000173703"))  # "de Minis-ters van Verkeer en Waterstaat, van Economische Zaken en ..."
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    assert not {"Waterstaat", "van Economische Zaken"} & persons


def test_common_words_in_a_table_head_or_an_enumerated_heading_are_no_person(nlp):
    doc = nlp(sgd_text("sgd-0000448039"))  # an 1840 shipping table: "HAVENS\nGELADEN\nBALLAST\nHAVENS ..."
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    assert not {"HAVENS", "GELADEN"} & persons
    doc = nlp(sgd_text("sgd-0000416027"))  # "(Hoofdstuk I. Uitgaven ...) — Hoofd-stuk I. Middelen"
    assert "I. Middelen" not in {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    doc = nlp(sgd_text("sgd-0000180837"))  # "Mw Van der Meer (PvdA)": "meer" is a common word, the title says name
    assert "Van der Meer" in {ent.text for ent in doc.ents if ent.label_ == "PERSON"}


def test_the_members_of_the_chamber_are_no_person(nlp):
    doc = nlp(sgd_text("sgd-0000019679"))  # "Vragen gesteld door de leden der Kainer, ... het lid Lankhorst"
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    assert "Lankhorst" in persons and not any(name.startswith("der ") for name in persons)


def test_an_office_broken_by_an_ocr_hyphen_is_one_minister(nlp):
    doc = nlp(sgd_text("sgd-0000141396"))  # "Winsemius, Minister van Volkshuisvesting, Ruimtelijke Orde-ning en ..."
    found = {(ent.text, ent.label_, ent.kb_id_) for ent in doc.ents}
    assert ("Minister van Volkshuisvesting, Ruimtelijke Orde-ning en Milieubeheer", "MINISTER", "VROM") in found
    assert not {text for text, label, _ in found if label == "PERSON"} & {"Ruimtelijke Orde-ning", "Milieubeheer"}


def test_historic_combined_portfolios_are_whole_offices_with_their_keys(nlp):
    # "Onzen Minister van Binnenlandsche Zaken en Landbouw ... van Economische Zaken en Arbeid"
    doc = nlp(sgd_text("sgd-0000048920"))
    found = {(ent.text, ent.kb_id_) for ent in doc.ents if ent.label_ == "MINISTER"}
    assert {("Minister van Binnenlandsche Zaken en Landbouw", "BZL"),
            ("Minister van Economische Zaken en Arbeid", "EZA")} <= found


def test_a_court_named_by_its_seat_is_an_organisation(nlp):
    doc = nlp(sgd_text("sgd-0000399418"))  # "W. J. TRIEBELS, president van de arrondissements-rechtbank te Arnhem."
    orgs = {ent.text for ent in doc.ents if ent.label_ == "ORG"}
    assert {"arrondissements-rechtbank te Utrecht", "arrondissements-rechtbank te Arnhem"} <= orgs


def test_initials_a_particle_and_a_double_surname_are_one_person(nlp):
    # "W. F. de Gaay Fortman (CDA), Voute (VVD) (voorzitter) B. de Gaay Fortman (PPR)"
    doc = nlp(sgd_text("sgd-0000165485"))
    persons = {ent.text for ent in doc.ents if ent.label_ == "PERSON"}
    assert {"W. F. de Gaay Fortman", "B. de Gaay Fortman"} <= persons


def test_motie_members_are_persons_beside_the_reference(nlp):
    doc = nlp(seed_text("kst-31490-312"))
    assert [(e.text, e.label_) for e in doc.ents if e.text in ("Tielen", "Ceder")] == [
        ("Tielen", "PERSON"), ("Ceder", "PERSON")]


def test_training_on_entity_lines_adds_a_recogniser_that_round_trips(tmp_path):
    import json
    from pathlib import Path

    import nlkst
    from nlkst.train import train

    corpus = Path(__file__).resolve().parents[1] / "corpora" / "entities"
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join((corpus / "train.jsonl").read_text(encoding="utf-8").splitlines()[:80]) + "\n",
                      encoding="utf-8")
    reports = train([sample], tmp_path / "model", overrides={"training.max_steps": 30, "training.eval_frequency": 10})
    assert set(reports) == {"entities"} and set(reports["entities"]) == {"MINISTER", "PERSON", "ORG", "REF", "macro"}
    reloaded = nlkst.load(tmp_path / "model")
    names = reloaded.pipe_names
    assert names.index("kst_gazetteer") < names.index("ner") < names.index("kst_entity_ids")
    doc = reloaded(seed_text("kst-31490-271"))
    assert ("UWV", "ORG", "UWV") in {(e.text, e.label_, e.kb_id_) for e in doc.ents}  # gazetteer entities kept
    line = json.loads((corpus / "train.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert line["entities"] and all(e["label"] in ("MINISTER", "PERSON", "ORG", "REF") for e in line["entities"])


def test_an_entity_off_token_boundaries_is_named_by_its_line(tmp_path):
    import json

    import pytest

    from nlkst.train import TrainingDataError, train

    text = seed_text("kst-31490-271").split("\n\n")[6]  # "Goede overheidsdienstverlening ... UWV ..."
    start = text.index("UWV")
    sample = tmp_path / "bad.jsonl"
    line = {"text": text, "entities": [{"start": start, "end": start + 2, "label": "ORG"}]}
    sample.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"bad.jsonl:1: entity 'UW' does not start and end on token"):
        train([sample], tmp_path / "model", dev_paths=[sample])


def test_an_office_with_its_holders_name_is_one_minister_and_a_member_with_that_name_is_none(nlp):
    import json

    speeches = SHARED / "corpora" / "parlspeech-sample" / "speeches.jsonl"
    speech = next(json.loads(line) for line in speeches.open(encoding="utf-8") if '"parlspeech-789452"' in line)
    start = speech["text"].index("Kamerlid Schippers wellicht")
    doc = nlp(speech["text"][start:start + 200])
    ents = [(ent.label_, ent.text) for ent in doc.ents]
    assert ("MINISTER", "minister Schippers") in ents
    assert [text for label, text in ents if label == "MINISTER"] == ["minister Schippers"]


def test_a_double_surname_cut_after_its_particle_is_one_person(nlp):
    # the signature "S. van Veldhoven-van der Meer": the recogniser stops after "Veldhoven-van"
    sources = read_sources([HANDELINGEN_XML / "h-tk-20172018-70-14.xml"])
    text = next(source.text for source in sources if "Veldhoven" in source.text)
    persons = [ent.text for ent in nlp(text).ents if ent.label_ == "PERSON" and "Veldhoven" in ent.text]
    assert persons and set(persons) == {"S. van Veldhoven-van der Meer"}


def test_a_ministry_named_by_its_portfolios_letters_is_the_ministry():
    speeches = SHARED / "corpora" / "parlspeech-sample" / "speeches.jsonl"
    with speeches.open(encoding="utf-8") as handle:
        text = next(record["text"] for record in map(json.loads, handle) if record["id"] == "parlspeech-212458")
    organisations = [(ent.text, ent.kb_id_) for ent in build()(text).ents if ent.label_ == "ORG"]
    assert ("ministerie van VWS", "MIN-VWS") in organisations  # the rules alone, no recogniser


def test_body_and_office_end_before_the_sentence_glued_to_them(nlp):
    # be-dekamer-191083: the next question's number glued to the court's name by a question mark
    doc = nlp("1. Welke lessen trekt u uit dit arrest van het Hof van cassatie?2. Kunt u cijfergegevens meedelen?")
    assert ("Hof van cassatie", "ORG") in {(ent.text, ent.label_) for ent in doc.ents}
    # be-dekamer-189906: the paragraph's stop, which the recogniser took into the organisation
    doc = nlp("Daarna zal het wetsontwerp worden neergelegd bij het Parlement.")
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Parlement", "ORG")]
    # be-dekamer-187027: the office's portfolio list with the next answer's numbers glued on
    doc = nlp("van mijn collega, minister Kris Peeters, vice-eersteminister en minister van Werk, Economie en "
              "Consumenten, belast met Buitenlandse Handel.4 en 5. Het opheffen van de verplichting")
    offices = [ent.text for ent in doc.ents if ent.label_ == "MINISTER"]
    assert offices[-1].endswith("belast met Buitenlandse Handel")
    assert doc.spans["paragraphs"][0].text.endswith("van de verplichting")  # the groups kept their characters


def test_belgian_employers_associations_and_bodies_from_the_list(nlp):
    # be-dekamer-186447 (an answer no gold of the project holds): employers' associations in a list
    doc = nlp("Sinds oktober 2015 heb ik met vijf werkgeversorganisaties (FEB/VBO, Voka, UNIZO, UWE, UCM) het "
              "initiatief Tournee Digitale gelanceerd")
    found = {(ent.text, ent.kb_id_) for ent in doc.ents if ent.label_ == "ORG"}
    assert {("Voka", "VOKA"), ("UNIZO", "UNIZO")} <= found
    # be-dekamer-185401 (fresh-2026-12-03b): the federal police, with the next sentence glued to it
    doc = nlp("worden de politiele criminaliteitsstatistieken in een laatste fase gepubliceerd op de website van de "
              "federale politie.Specifiek wat de cijfergegevens van het volledige jaar betreft")
    assert ("federale politie", "FED-POLITIE") in {(ent.text, ent.kb_id_) for ent in doc.ents}


def test_a_belgian_office_keeps_its_whole_portfolio_list(nlp):
    # be-dekamer-190219: the list's items after the office, closed by "en"
    doc = nlp("De vraag over de CITES valt onder bevoegdheid van de minister van Energie, Leefmilieu en Duurzame "
              "Ontwikkeling wat betreft haar bevoegdheid directie-generaal Leefmilieu")
    assert "minister van Energie, Leefmilieu en Duurzame Ontwikkeling" in [e.text for e in doc.ents]
    # be-dekamer-186587: four items, the holder's name after the list stays a person of its own
    doc = nlp("zijn vraag onder de bevoegdheid valt van de vice-eersteminister en minister van "
              "Ontwikkelingssamenwerking, Digitale Agenda, Telecommunicatie en Post, de heer Alexander De Croo (Vraag "
              "nr. 879 van 3 april 2017).")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("vice-eersteminister en minister van Ontwikkelingssamenwerking, Digitale Agenda, Telecommunicatie en "
            "Post", "MINISTER") in found
    assert ("Alexander De Croo", "PERSON") in found
    assert ("Vraag nr. 879 van 3 april 2017", "REF") in found


def test_a_span_the_tokenizer_cannot_cut_is_left_unlearnt_when_asked(tmp_path):
    # be-dekamer-189302 (fresh-2026-12-05): "(dienst Parlementaire Vragen).De" glues two sentences.
    import json
    from pathlib import Path

    import pytest

    from nlkst.pipeline import build
    from nlkst.train import TrainingDataError, _entity_docs, read_labelled

    gold = Path(__file__).resolve().parents[1] / "corpora" / "fresh-2026-12-05" / "entities.jsonl"
    line = next(line for line in gold.read_text(encoding="utf-8").splitlines() if '"be-dekamer-189302"' in line)
    sample = tmp_path / "glued.jsonl"
    sample.write_text(line + "\n", encoding="utf-8")
    paragraphs = read_labelled([sample])
    nlp = build()
    with pytest.raises(TrainingDataError, match="'dienst Parlementaire Vragen' does not start and end"):
        _entity_docs(nlp, paragraphs)
    off: list[str] = []
    doc = next(_entity_docs(nlp, paragraphs, off_boundaries=off).get_docs(nlp.vocab))
    assert off == [f"{sample}:1: 'dienst Parlementaire Vragen'"]
    start = json.loads(line)["text"].index("dienst Parlementaire")
    glued = doc.char_span(start, start + len("dienst Parlementaire Vragen).De"), alignment_mode="expand")
    assert {token.ent_iob_ for token in glued} == {""}  # missing: neither taught as ORG nor as outside
    assert any(ent.label_ == "ORG" for ent in doc.ents) and {t.ent_iob_ for t in doc} >= {"O", "B"}
