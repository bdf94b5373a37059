"""References (ANNOTATION.md section 4) on the seeds and on real SGD kamerstukken."""

from __future__ import annotations

import json

import pytest

from nlkst.references import ReferenceParser, expand_numbers, header_context, parse_references, vergaderjaar_key

from conftest import HANDELINGEN_XML, MODERN_LETTER, seed_text, sgd_text

SEED_312_IDS = [
    "2022D05920",
    "kst-31490-312",
    "kst-31490-312",
    "2022Z02851",
    "h-tk-20212022-38-6",
    "h-tk-20212022-38-9",
    "h-tk-20212022-39-3",
    "h-tk-20212022-39-6",
    "kst-26448-657",
    "kst-29362-295",
    "kst-31490-271",
    "kst-31490-284",
    "kst-35387-2",
    "kst-35510-2",
    "kst-26448-657",
]


def test_every_reference_of_seed_312_is_found_with_its_id(nlp):
    doc = nlp(seed_text("kst-31490-312"))
    assert [record["id"] for record in doc._.references] == SEED_312_IDS


def test_every_reference_of_seed_271_is_found_with_its_id(nlp):
    doc = nlp(seed_text("kst-31490-271"))
    assert [(r["id"], r["text"]) for r in doc._.references] == [
        ("kst-29362-282", "Kamerstuk 29\u00a0362, nr. 282"),
        ("kst-31490-269", "Kamerstuk 31\u00a0490, nr. 269"),
    ]


def test_motie_takes_the_kamerstuk_its_footnote_cites(nlp):
    doc = nlp(seed_text("kst-31490-312"))
    motie = next(r for r in doc._.references if r["type"] == "motie")
    assert motie["text"].startswith("motie van de leden Tielen en Ceder")
    assert (motie["id"], motie["members"], motie["footnote"]) == ("kst-26448-657", ["Tielen", "Ceder"], "5")


def test_reference_records_point_at_their_text(nlp):
    text = seed_text("kst-31490-312")
    doc = nlp(text)
    for record in doc._.references:
        assert text[record["start"]:record["end"]] == record["text"]


def test_references_are_ref_entities_with_their_id(nlp):
    doc = nlp(seed_text("kst-31490-271"))
    refs = [(ent.text, ent.kb_id_) for ent in doc.ents if ent.label_ == "REF"]
    assert refs == [("Kamerstuk 29\u00a0362, nr. 282", "kst-29362-282"),
                    ("Kamerstuk 31\u00a0490, nr. 269", "kst-31490-269")]


def test_the_kamerstuk_an_amendement_cites_in_brackets_is_a_ref_of_its_own(nlp):
    doc = nlp(sgd_text("sgd-0000280465"))  # "In het amendement van de heer Van Rijckevorsel c.s. (Stuk no. 13) komt"
    found = [(e.text, e.label_) for e in doc.ents if e.start_char >= doc.text.index("amendement van de heer Van R")][:3]
    assert found == [("amendement van de heer", "REF"), ("Van Rijckevorsel", "PERSON"), ("Stuk no. 13", "REF")]
    amendement = next(r for r in doc._.references if r["text"].startswith("amendement van de heer Van R"))
    assert amendement["ondernummer"] == "13"  # one record for the amendement, as before


def test_an_amendement_of_den_heer_in_capitals_names_its_member(nlp):
    # "sub-amendement op het amendement van den heer DE GEER op art. 61 (stuk n°. 25, I)"
    doc = nlp(sgd_text("sgd-0000341729"))
    amendement = next(r for r in doc._.references if r["text"].startswith("amendement van den heer"))
    assert amendement["members"] == ["DE GEER"]
    assert ("DE GEER", "PERSON") in {(e.text, e.label_) for e in doc.ents}


def test_motie_entity_leaves_the_members_names_free(nlp):
    doc = nlp(seed_text("kst-31490-312"))
    motie = next(ent for ent in doc.ents if ent.text.startswith("motie"))
    assert (motie.text, motie.label_, motie.kb_id_) == ("motie van de leden", "REF", "kst-26448-657")


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("sgd-0000023045", ["kst-22300-IX-24"]),  # Kamerstukken II 1991/92, 22 300 IX, nr. 24
        ("sgd-0000015129", ["kst-22300-XIII-53"]),  # (22300XIII, nr. 53), suffix glued on
        ("sgd-0000018281", ["kst-23264-1", "kst-23264-2"]),  # nrs 1-2
        ("sgd-0000029901", ["kst-21501-01-19"]),  # (21501-01, nr. 19)
        ("sgd-0000140150", ["trb-1971-50"]),
        ("sgd-0000140372", ["stb-1892-268"]),
        ("sgd-0000183241", ["kst-13283", "kst-13284", "kst-13285"]),  # Kamerstukken nrs. 13 283,13 284 en 13285
        ("sgd-0000186790", ["ah-tk-1977-229"]),  # Aanhangsel van de Handelingen, Zitting 1977, blz. 467, nr. 229
        ("sgd-0000026654", ["h-tk-19901991-14", "kst-21423-42b"]),
        ("sgd-0000226276", ["stb-1969-322"]),  # "vastgesteld bij de wet van 19 juni 1969, Stb. 322"
        ("sgd-0000336166", ["stb-1914-492"]),  # "(Wet van 16 October 1914 Staatsblad n°. 492)"
        ("sgd-0000208143", ["kst-12600-V-12"]),  # "(12 600, hoofdstuk V, nr. 12, ...)"
        ("sgd-0000040782", ["kst-21501-14-2"]),  # "21 501-14, nr. 2": an EU-council sub-dossier
        ("sgd-0000036053", ["ah-tk-19891990-532", "ah-tk-19891990-605"]),  # numbers before the year
    ],
)
def test_sgd_reference_forms(nlp, doc_id, expected):
    ids = [record["id"] for record in nlp(sgd_text(doc_id))._.references]
    for reference_id in expected:
        assert reference_id in ids


def test_bare_stuk_nr_resolves_to_the_documents_own_dossier(nlp):
    doc = nlp(sgd_text("sgd-0000212689"))  # an amendement in dossier 10 384 citing "(stuk nr. 36)"
    assert "kst-10384-36" in [record["id"] for record in doc._.references]
    unresolved = parse_references("(stuk nr. 36)")  # no dossier known: the number is kept, none is guessed
    assert [(r["type"], r["id"], r["ondernummer"], "dossier" in r) for r in unresolved] == [
        ("kamerstuk", None, "36", False)]


def test_a_number_on_the_next_line_after_nr_belongs_to_the_reference():
    records = parse_references(MODERN_LETTER.read_text(encoding="utf-8"))  # "(Kamerstukken 32813, nr.\n952)"
    assert "kst-32813-952" in [r["id"] for r in records]
    assert not [r for r in records if r["type"] == "kamerstuk" and r.get("dossier") == "32813" and not r["id"]]


def test_the_list_of_incoming_documents_ends_each_line_with_its_kamerstuk():
    from nlkst.io.readers import read_file

    [doc] = read_file(HANDELINGEN_XML / "h-tk-20172018-70-14.xml")
    ids = {r["id"] for r in parse_references(doc.text)}
    # "... onderzoek Erasmus Universiteit Rotterdam (EUR) \"Risico's voor de democratie\" - 29279-418",
    # "Geannoteerde agenda Raad Algemene Zaken, Cohesiebeleid, 12 april 2018 - 21501-08-725"
    assert {"kst-29279-418", "kst-21501-08-725", "kst-34361-13"} <= ids


def test_running_heads_and_motions_of_order_are_not_references():
    text = sgd_text("sgd-0000205029")
    records = parse_references("Handelingen der Staten-Generaal. Bijlagen. 1888-1889.\n" + text)
    assert not any(r["type"] == "handelingen" and r["text"].startswith("Handelingen der") for r in records)
    assert parse_references("De motie van orde wordt verworpen met 19 tegen 7 stemmen.") == []


def test_a_year_alone_is_not_a_staatsblad_number():
    assert parse_references("zie het Staatsblad (Stb. 1947)") == []
    no_act_date = parse_references("Staatsblad n°. 6")  # no year printed before it: no id is guessed
    assert [(r["type"], r["id"], r["number"]) for r in no_act_date] == [("staatsblad", None, "6")]


def test_ocr_dossier_and_roman_suffix():
    assert [r["id"] for r in parse_references("(Kamerstuk 23 9OO VII, nr. 2)")] == ["kst-23900-VII-2"]


def test_number_lists_and_vergaderjaren():
    assert expand_numbers("271 en 284") == ["271", "284"]
    assert expand_numbers("1-3") == ["1", "2", "3"]
    assert expand_numbers("32, I en II") == ["32", "I", "II"]
    assert vergaderjaar_key("2021/22") == "20212022"
    assert vergaderjaar_key("1999/00") == "19992000"
    assert vergaderjaar_key("1994-1995") == "19941995"


def test_every_kamerstuk_the_2018_sitting_links_is_found():
    """The publication XML links each kamerstuk it cites (``<extref doc="kst-...">``): all of them are found."""
    import re

    from nlkst.io.readers import read_file

    missed = []
    for path in sorted(HANDELINGEN_XML.glob("*.xml")):
        [doc] = read_file(path)
        linked = set(re.findall(r'<extref doc="(kst-[^"]+)"', path.read_text(encoding="utf-8", errors="replace")))
        found = {r["id"] for r in parse_references(doc.text)}
        missed += sorted(linked - found)
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "Bel 070-3456789 of 06-12345678.",  # phone numbers
        "op 12-05-2020 en 2020-05-12",  # dates
        "in de periode 2019-2020 en 1994-1995",  # year ranges
        "Postbus 20018, 2500 EA Den Haag",  # postcode
        "tussen € 10000-20000 en f 25000-3000",  # amounts
        "blz. 12345-12",  # pages
        "ISBN 978-90-12345-67-8",  # part of a longer number
    ],
)
def test_numbers_that_only_look_like_dossier_ondernummers_are_not_references(text):
    assert [r for r in parse_references(text) if r["type"] == "kamerstuk"] == []


def test_an_implicit_reference_names_its_antecedent_and_none_is_guessed():
    text = sgd_text("sgd-0000027113")  # "... over de motie-Aarts/Melkert over ... (20361, nr. 36). ... deze motie"
    [implicit] = [r for r in parse_references(text) if r.get("implicit") and r["text"] == "deze motie"]
    assert (implicit["id"], implicit["antecedent"]["text"]) == ("kst-20361-36", "20361, nr. 36")
    assert text[implicit["antecedent"]["start"]:implicit["antecedent"]["end"]] == "20361, nr. 36"
    alone = parse_references("Over deze motie is veel gezegd.")  # nothing before it to resolve it to
    assert [(r["id"], r["implicit"], "antecedent" in r) for r in alone] == [(None, True, False)]


def test_het_wetsvoorstel_is_the_header_dossier_with_the_header_as_antecedent(nlp):
    doc = nlp(sgd_text("sgd-0000001187"))  # a verslag in dossier 23 565 on a Rijkswet
    header_dossier = doc._.kamerstuk["dossiers"][0]["number"]
    bills = [r for r in doc._.references if r.get("implicit") and r["text"].lower().endswith("wetsvoorstel")]
    assert bills and {r["id"] for r in bills} == {f"kst-{header_dossier}"}
    assert bills[0]["antecedent"]["source"] == "header"


def test_the_annotate_record_carries_law_and_implicit_references(nlp):
    from nlkst.records import doc_to_record

    record = doc_to_record(nlp(sgd_text("sgd-0000001187")), "sgd-0000001187", "sgd", "nlkst")
    kinds = {(r["type"], bool(r.get("implicit"))) for r in record["references"]}
    assert ("wet", False) in kinds and ("kamerstuk", True) in kinds
    json.dumps(record)  # serialisable as it stands


def test_forms_of_the_koop_grammar_that_no_shared_text_holds():
    """Written examples of the Linkextractor's forms (docs/references.md) that ../shared has no text for."""
    cases = {
        "Kamerstukken TK 2019/20, 35 510, nr. 2": ["kst-35510-2"],
        "(Kamerstukken II 2019/20, 35 510, 2).": ["kst-35510-2"],
        "Kamerstukken I/II 1983/84, 17 600, nr. 5, p. 12": ["kst-17600-5"],
        "Kamerstukken II, 35.510, nr. 3": ["kst-35510-3"],
        "zie NL:HR:2019:123 en ECLI; NL; RVS; 2018; 1234": ["ECLI:NL:HR:2019:123", "ECLI:NL:RVS:2018:1234"],
        "LJN AB1234 en LJN: BC 5678": ["LJN:AB1234", "LJN:BC5678"],
    }
    for text, expected in cases.items():
        assert [r["id"] for r in parse_references(text)] == expected, text
    [joint] = parse_references("Kamerstukken I/II 1983/84, 17 600, nr. 5, p. 12")
    assert (joint["chamber"], joint["vergaderjaar"], joint["page"]) == ("vv", "19831984", "12")
    assert [r["id"] for r in parse_references("Kamerstuk 29 362, 1995 was een jaar")] == ["kst-29362"]


def test_an_amendement_naming_itself_is_no_reference(nlp):
    # 22 562, nr. 36: "De indieners van het amendement menen ...": the amendement itself, which the fresh golds
    # leave unmarked (8 of 8, five samples); until k21hp it was resolved to kst-22562-36 from the header
    doc = nlp(sgd_text("sgd-0000013748"))
    assert not [r for r in doc._.references if r.get("implicit")]
    assert "kst-22562-36" in {r["id"] for r in doc._.references}  # the header and the footer


def test_a_law_is_a_ref_entity_with_its_juriconnect_id_and_an_implicit_reference_is_none(nlp):
    doc = nlp(sgd_text("sgd-0000032986"))  # a 1990 stuk: "... constitutioneel verankerd in artikel 23 van de Grondwet"
    laws = [ent for ent in doc.ents if ent.label_ == "REF" and ent.kb_id_ == "jci1.3:c:BWBR0001840&artikel=23"]
    assert laws and laws[0].text == "artikel 23 van de Grondwet"
    motion = nlp(sgd_text("sgd-0000027113"))  # "... (20361, nr. 36). ... deze motie"
    assert any(r.get("implicit") for r in motion._.references)
    assert not [ent for ent in motion.ents if ent.text.lower() == "deze motie"]


def test_het_wetsvoorstel_is_the_bill_of_the_stuks_own_footer_line():
    # a 1993-1994 stuk whose OCR'd header dossier ("22 593 {R\n1433)") the parser cannot read; its footer line
    # "Tweede Kamer, vergaderjaar 1993-1994, 22 593 (R 1433), nr. 12" names the dossier all the same
    text = sgd_text("sgd-0000005496")
    bills = [r for r in parse_references(text) if r.get("implicit") and r["text"].lower().endswith("wetsvoorstel")]
    assert bills and {r["id"] for r in bills} == {"kst-22593"}
    assert all(r["antecedent"]["text"].startswith("Tweede Kamer, vergaderjaar 1993-1994, 22 593") for r in bills)


def test_a_footer_line_without_spaces_is_read_whole():
    text = sgd_text("sgd-0000172935")  # "... met het wetsvoorstel.\nTweede Kamer,zitting 1979-1980,16 158, nr.4"
    [footer] = [r for r in parse_references(text) if r["text"].startswith("Tweede Kamer,zitting")]
    assert (footer["id"], footer["text"]) == ("kst-16158-4", "Tweede Kamer,zitting 1979-1980,16 158, nr.4")


def test_a_law_younger_than_the_document_gets_no_id_and_names_its_successor(nlp):
    # a 1906-1907 stuk on "artikel 254, eerste lid, der Gemeentewet": the Gemeentewet of 1851, which the law book
    # of 2017 no longer holds; its BWB id is that of the Gemeentewet of 1992
    doc = nlp(sgd_text("sgd-0000354952"))
    law = next(r for r in doc._.references if r["text"].startswith("artikel 254, eerste lid, der Gemeentewet"))
    assert (law["id"], law["successor"]) == (None, "BWBR0005416")
    assert not [ent for ent in doc.ents if ent.label_ == "REF" and "BWBR0005416" in ent.kb_id_]
    # given alone, without a date, the text gets today's law, and so does a text of 2000
    alone = parse_references("artikel 254, eerste lid, der Gemeentewet")
    assert alone[0]["id"] == "jci1.3:c:BWBR0005416&artikel=254&lid=1"
    later = parse_references("artikel 254, eerste lid, der Gemeentewet", document_year=2000)
    assert later[0]["id"] == alone[0]["id"]


def test_a_stuk_cited_in_brackets_after_motie_is_that_motie():
    # sgd: "zich in een motie (zitting 1980-1981, 16 400, nr. 20) heeft uitgesproken"; a brief's stuk stays one
    text = "een meerderheid in de Tweede Kamer zich in een motie (zitting 1980-1981, 16 400, nr. 20) heeft uitgesproken"
    assert [(r["type"], r["id"]) for r in parse_references(text)] == [("motie", "kst-16400-20")]
    text = "de motie van mevrouw X over de brief (18170, nr. 57)"
    assert [(r["type"], r["id"]) for r in parse_references(text)] == [("kamerstuk", "kst-18170-57")]


def test_a_colonial_gazette_gets_no_dutch_staatsblad_id():
    text = ("Comptabiliteitswet (Nedcrlandscli Staatsblad 1925, n°. 328; Indisch Staatsblad 1925, n°. 448), in "
            "werking; geplaatst in het Staatsblad van Nederlandsch-Indië 1920 n°. 55.")
    found = [(r["id"], r.get("colony")) for r in parse_references(text) if r["type"] == "staatsblad"]
    assert found == [("stb-1925-328", None), (None, "nederlands-indie"), (None, "nederlands-indie")]


def test_eerste_kamer_numbers_in_brackets_and_a_chamber_glued_to_the_year():
    # sgd-0000121597 (fresh-2026-12-03b): OCR "111975/1976" is II 1975/1976; the Eerste Kamer's stukken in brackets
    text = "' Kamerstukken 111975/1976, 13 872; kamerstukken I 1976/1977, 13872 (42, 55. 55a,)"
    found = [(r["id"], r.get("chamber")) for r in parse_references(text)]
    assert found == [("kst-13872", "tk"), ("kst-13872-42", "ek"), ("kst-13872-55", "ek"), ("kst-13872-55a", "ek")]


def test_the_brackets_after_a_motie_and_its_subject_cite_that_motie():
    # sgd-0000132374: an agenda's list of moties, each "de motie-<naam> over <onderwerp> (<dossier>, nr. <n>)"
    text = ("-de motie-Lankhorst over eventuele extra middelen voor de huisvesting en verzorging van bejaarden in "
            "bejaardenoorden (18 170, nr. 59); -de motie-Van der Vlies c.s. over de brief van de minister "
            "(18170, nr. 61)")
    found = [(r["type"], r["id"]) for r in parse_references(text) if r["id"]]
    assert found == [("motie", "kst-18170-59"), ("kamerstuk", "kst-18170-61")]



def test_bijlagen_page_stuk_number_is_a_bill():
    # On a Handelingen Bijlagen page (1945-1969; its label "846 6") "stuk no. 839" is a bill by its number and
    # "dat wetsontwerp" after it that bill, not the page's own dossier.
    text = sgd_text("sgd-0000079812")
    records = {r["text"]: r["id"] for r in parse_references(text[:text.index("stuk no. 839") + 200])}
    assert records["846 6"] == "kst-846-6"
    assert records["stuk no. 839"] == "kst-839"
    assert records["dat wetsontwerp"] == "kst-839"


def test_a_list_of_lapsed_moties_is_typed_motie_and_a_list_of_letters_is_not():
    # h-tk-20172018-70-8: "Ik deel mee dat de volgende aangehouden moties zijn vervallen: 34775-42; 34734-25; ..."
    moties = ("Ik deel mee dat de volgende aangehouden moties zijn vervallen: 34775-42; 34734-25; 30234-172; "
              "28844-139; 28844-142.")
    assert {r["type"] for r in parse_references(moties)} == {"motie"}
    letters = moties.replace("aangehouden moties zijn vervallen", "brieven zijn ontvangen")
    assert {r["type"] for r in parse_references(letters)} == {"kamerstuk"}


def test_an_article_after_a_legal_basis_and_van_de_wet_take_the_law_just_named():
    # sgd-0000015896: "... van de Wet geluid-hinder, aangewezen op grond van artikel 16, eerste lid." and
    # "(artikel 64 jo. artikel 57, tweede lid, van de wet)"
    text = sgd_text("sgd-0000015896")
    records = {r["text"]: r for r in parse_references(text) if r["type"] == "wet"}
    basis = records["artikel 16, eerste lid"]
    assert (basis["id"], basis["implicit"], basis["antecedent"]["text"]) == (
        "jci1.3:c:BWBR0003227&artikel=16&lid=1", True, "Wet geluid-hinder")
    assert records["artikel 64"]["id"] == "jci1.3:c:BWBR0003227&artikel=64"
    assert records["artikel 57, tweede lid, van de wet"]["id"] == "jci1.3:c:BWBR0003227&artikel=57&lid=2"


def test_a_sheet_label_is_the_stuk_and_its_sheet_count_no_reference():
    # sgd-0000251421 ends with the label of its last page: "8028 1 (2 vel)"
    text = sgd_text("sgd-0000251421")
    [label] = [r for r in parse_references(text) if r["start"] >= text.rindex("8028 1 (2 vel)")]
    assert (label["id"], label["text"]) == ("kst-8028-1", "8028 1")


def test_a_session_then_a_dossier_gives_each_stuk_of_its_ranges():
    # sgd-0000260108: "(gedrukte stuk-ken zitting 1957—1958 — 4900 Nr. 22 t/m 24 resp. Nr. 32 t/m 34)"
    text = ("bij het lager technisch dagonderwijs resp. het dagnijverheidsonderwijs voor meisjes (gedrukte stuk-ken "
            "zitting 1957—1958 — 4900 Nr. 22 t/m 24 resp. Nr. 32 t/m 34) met betrekking tot")
    records = parse_references(text)
    assert [r["id"] for r in records] == [f"kst-4900-{nr}" for nr in (22, 23, 24, 32, 33, 34)]
    # from "gedrukte stukken", as the gold of fresh-2026-12-05d spans it
    assert {r["text"] for r in records} == {"gedrukte stuk-ken zitting 1957—1958 — 4900 Nr. 22 t/m 24", "Nr. 32 t/m 34"}
    # sgd-0000265118: "zitting 1958—1959 — 5300, nr. 10" (a four-digit dossier of 1945-1969)
    assert [r["id"] for r in parse_references("(gedrukte stukken zitting 1958—1959 — 5300, nr. 10) deelt")] == [
        "kst-5300-10"]
    # before 1945 each session numbered its stukken anew: a four-digit number there names no dossier (a kamerstuk
    # record without id, as the pooled fresh golds mark such citations)
    assert [(r["type"], r["id"]) for r in parse_references("(Gedrukte stukken, Zitting 1920—1921 — 1284, nr. 7)")] == [
        ("kamerstuk", None)]


def test_the_statuut_voor_het_koninkrijk_is_a_law_with_or_without_der_nederlanden():
    # sgd-0000251440: "de be-palingen van het Statuut voor het Koninkrijk in acht genomen zijnde"
    records = parse_references("met gemeen overleg der Staten-Generaal, de be-palingen van het Statuut voor het "
                               "Koninkrijk in acht genomen zijnde, hebben goedgevonden")
    assert [(r["text"], r["id"]) for r in records] == [("Statuut voor het Koninkrijk", "jci1.3:c:BWBR0002154")]
    # sgd-0000008521: "bepaalde in de Grondwet en het Statuut voor het Koninkrijk der Nederlanden1, de Raad"
    records = parse_references("Ter voldoening aan het ter zake bepaalde in de Grondwet en het Statuut voor het "
                               "Koninkrijk der Nederlanden1, de Raad van State")
    assert "jci1.3:c:BWBR0002154" in [r["id"] for r in records]
    # "het Statuut" alone names no law the text decides
    assert parse_references("Het Statuut is daarop niet van toepassing.") == []
    # sgd-0000010158: "de bepalingen van het Statuut van het Koninkrijk in acht genomen zijnde"; not another statute
    records = parse_references("de bepalingen van het Statuut van het Koninkrijk in acht genomen zijnde, hebben")
    assert [(r["text"], r["id"]) for r in records] == [("Statuut van het Koninkrijk", "jci1.3:c:BWBR0002154")]
    assert parse_references("het Statuut van de vereniging en het Statuut van het Koninklijk Huis") == []


def test_a_span_of_years_with_the_dash_of_print_is_the_index_title():
    # sgd-0000245108: "van de pensioenen krachtens de Wet buitengewoon pensioen 1940—1945 (Stb. 1947, H ..."
    records = parse_references("verhoging met een tijdelijke toeslag van de pensioenen krachtens de Wet buitengewoon "
                               "pensioen 1940—1945 (Stb. 1947, H 3")
    assert [(r["text"], r["id"]) for r in records if r["type"] == "wet"] == [
        ("Wet buitengewoon pensioen 1940—1945", "jci1.3:c:BWBR0002032")]


def _every_fortieth_sgd_text() -> list[str]:
    from conftest import sgd_documents

    return [text for _, text in sorted(sgd_documents().items())[::40]]


def test_the_literal_index_finds_what_str_find_finds():
    """The scan's literals (the capitals' found by one alternation, the others by ``str.find``) where each occurs,
    and the implicit forms' words as ``in`` says, on every fortieth SGD document."""
    from nlkst.implicit import IMPLICIT_FORMS
    from nlkst.references import _LITERAL_SET, _Literals

    words = {"stukken", "oofdstuk", "vorige", "voorgaande", "hiervoor", "daarvoor", "motie", "amendement",
             *(form.literal for form in IMPLICIT_FORMS), *(word for form in IMPLICIT_FORMS for word in form.requires)}
    for text in _every_fortieth_sgd_text():
        literals = _Literals(text)
        assert literals.present == {literal for literal in _LITERAL_SET if literal in text}
        for literal in _LITERAL_SET:
            expected, found = [], text.find(literal)
            while found >= 0:
                expected.append(found)
                found = text.find(literal, found + 1)
            assert list(literals.positions(literal)) == expected, literal
        assert {word for word in words if literals.has(word)} == {word for word in words if word in text}
        assert not any(literals.absent(word) and word in text for word in words | _LITERAL_SET)


def test_these_documents_are_found_at_stukken_as_finditer_finds_them():
    from nlkst.implicit import _THESE_DOCUMENTS, _these_documents_matches

    # sgd pool: every fortieth document, and the forms the pattern takes around its line breaks
    for text in [*_every_fortieth_sgd_text(), "deze stukken", "Deze\nstukken en deze stukken; dezestukken",
                 "xdeze stukken"]:
        assert [m.span() for m in _these_documents_matches(text)] == [
            m.span() for m in _THESE_DOCUMENTS.finditer(text)]


def test_literals_that_could_overlap_are_not_indexed_together():
    from nlkst.references import _indexed_literals

    # "...ZITTING" could run on into "Gouvernementsblad": one alternation would find only the first
    assert len(set(_indexed_literals(["ZITTING", "Gouvernementsblad"]))) == 1
    assert len(set(_indexed_literals(["Stb", "Stbl"]))) == 1  # one a prefix of the other
    assert _indexed_literals(["NL :", "wet", "Wet"]) == ("NL :", "Wet")  # lower case: found by str.find


def test_the_forms_scan_gives_what_finditer_gives():
    """Each form's matches (a lead-based form tried only at its literals, the literals looked up once per text) are
    the matches ``finditer`` gives, on every fortieth SGD document."""
    from nlkst.references import _COMPILED, FORMS, _Literals, _matches

    for text in _every_fortieth_sgd_text():
        literals = _Literals(text)
        for form in FORMS:
            pattern = _COMPILED[form.name][0]
            if form.pattern.startswith(r"\A"):
                expected = [match.span() for match in [pattern.match(text)] if match]
            else:
                expected = [match.span() for match in pattern.finditer(text)]
            assert [match.span() for match in _matches(form, text, literals)] == expected, form.name


def test_the_abbreviations_grouped_by_first_character_match_as_one_alternation():
    import re

    from nlkst import laws

    names = sorted((row["abbreviation"] for row in laws._rows("law_abbreviations.tsv") if row["alone"] == "yes"),
                   key=len, reverse=True)
    plain = re.compile("(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    # sgd pool: every fortieth document, and names that share their opening ("Wet IB 2001" before "Wet")
    for text in [*_every_fortieth_sgd_text(), " ".join(names), "de Wet IB 2001 en de Awb, Awbx, Wmo 2015."]:
        assert [m.span() for m in laws.standalone_abbreviations().finditer(text)] == [
            m.span() for m in plain.finditer(text)]


def test_a_law_the_law_book_does_not_hold_is_a_law_record_without_id():
    # sgd-0000330596, sgd-0000298653, sgd-0000035049: laws repealed before 2017, named by a one-word name
    text = ("2°. een ontwerp van wet tot wijziging der Invaliditeitswet, en\n"
            "artikelen der Lager-onderwijswet 1920, met name van de artikelen\n"
            "het premiepercentage voor de Algemene Arbeidsongeschiktheidswet (Stb. 1987, 90} bedoeld")
    laws_found = [(r["text"], r["id"]) for r in parse_references(text) if r["type"] == "wet"]
    assert laws_found == [("Invaliditeitswet", None), ("Lager-onderwijswet 1920", None),
                          ("Algemene Arbeidsongeschiktheidswet", None)]


def test_a_kind_of_act_or_a_series_word_is_no_law_of_its_own():
    # sgd-0000003145 (an Invoeringswet of a named law); sgd-0000010240 (a Rijkswet by its full name)
    text = ("g tot de materiële belastingbepalingen (Invoeringswet van de Wet materiële belastingbepalingen)\n"
            "Die Rijkswet is")
    assert [r for r in parse_references(text) if r["type"] == "wet" and r["id"] is None] == []


def test_soft_hyphen_read_as_the_line_hyphen_and_kept_in_the_text():
    # sgd-0000079850 (fresh-2026-12-05e): the law's name with the OCR's soft hyphen; the record's text as printed
    text = "Het wetsontwerp beoogt de termijn, gesteld in artikel 55 der Wegen\u00adwet, voor het opmaken van nieuwe"
    (record,) = [r for r in parse_references(text) if r["type"] == "wet"]  # "Het wetsontwerp": a bill without id
    assert record["id"] == "jci1.3:c:BWBR0001948&artikel=55"
    assert record["text"] == "artikel 55 der Wegen\u00adwet" == text[record["start"]:record["end"]]


def test_soft_hyphen_before_a_capital_is_no_line_hyphen():
    # sgd-0000044366: "dei\u00adComptabiliteitswet" is "der Comptabiliteitswet"; the law stays a law of its own
    text = "kan het, overeenkomstig artikel 13 dei\u00adComptabiliteitswet\n(Staats\u00adblad 1927, n°. 259), door"
    assert any(r["type"] == "wet" and r["text"] == "Comptabiliteitswet" for r in parse_references(text))


def test_old_burgerlijk_wetboek_article_is_a_law_reference_without_id():
    # sgd-0000022364: an article of the code before 1992 (no book): a law reference, but the 2017 law book lacks it
    text = "de aanspraak van de werknemer ingevolge artikel 1638c van het Burgerlijk Wetboek. De in de vorige zin"
    (record,) = parse_references(text)
    assert (record["type"], record["id"], record["article"]) == ("wet", None, "1638c")
    assert record["text"] == "artikel 1638c van het Burgerlijk Wetboek"
    # sgd-0000310075: the same, the code abbreviated with the OCR's space
    (record,) = parse_references("met de andere deskundigen in art. 1124 B. W. genoemd.")
    assert (record["id"], record["text"]) == (None, "art. 1124 B. W")


def test_dotted_initials_before_a_name_are_no_law():
    # sgd-0000140848 prints "de W.W." for the law; initials before a surname are a person's (the modern letters)
    assert parse_references("een brief van W.W. Jansen over de uitkering") == []
    assert [r["text"] for r in parse_references("minimumdagloonbepalingen in de W.W. en de W.W.V.)")] == ["W.W"]


def test_article_of_an_act_by_date_the_law_book_lacks_and_voormelde_wet():
    # sgd-0000414595 (fresh-2026-12-03 gold): the nationality act of 1850 (not in the 2017 law book), then "der
    # voormelde wet"; the Grondwet that act executes is not the law named last
    text = ("door overlegging der bewijsstukken, opgenoemd in art. 6 der wet van den 28sten Julij 1850 (Staatsblad "
            "n°. 44), ter uitvoering van art. 7 der Grondwet, heeft doen blyken van het bezit der vereischten, "
            "voorge-schreven in art. 5 der voormelde wet;\nZoo is hot")
    laws = [r for r in parse_references(text) if r["type"] == "wet"]
    dated, grondwet, pointed = laws
    assert (dated["text"], dated["id"], dated["law_date"]) == ("art. 6 der wet van den 28sten Julij 1850", None,
                                                               "1850-07-28")
    assert grondwet["text"] == "art. 7 der Grondwet"
    assert (pointed["text"], pointed["id"], pointed["implicit"]) == ("art. 5 der voormelde wet", None, True)
    assert pointed["antecedent"]["text"] == dated["text"]


def test_voormelde_wet_after_an_act_whose_date_the_parser_cannot_read():
    # sgd-0000437708: "der wet tot uit-voering von art. 7 der Grondwet, van den 28sten Julij 1850" (the OCR's "von"):
    # "art. 5 der voormelde wet" is that act's, never the Grondwet's article 5
    text = ("opgenoemd in art. 6 der wet tot uit-voering von art. 7 der Grondwet, van den 28sten Julij 1850 "
            "(Staatsblad n°. 44), heeft doen blijken van het bezit der vereisch-ten, voorgeschreven in art. 5 der "
            "voormelde wet, Zoo is het")
    assert not any(r["text"] == "art. 5 der voormelde wet" and r["id"] for r in parse_references(text))


def test_article_of_a_decree_or_reglement_the_law_book_lacks():
    # sgd-0000273198 (an Aanhangsel head): the chamber's Reglement van Orde, which the 2017 law book does not hold
    text = "door de leden der Kamer gesteld overeenkomstig artikel 116 van het Reglement van Orde, en de daarop door"
    (record,) = parse_references(text)
    assert (record["text"], record["id"], record["article"]) == ("artikel 116 van het Reglement van Orde", None, "116")
    # sgd-0000226954: a decree by a name that ends before the clause's next word
    (record,) = parse_references("op grond van artikel 9 van het Besluit Volkstellingen achterwege zal laten")
    assert (record["text"], record["id"]) == ("artikel 9 van het Besluit Volkstellingen", None)
    # sgd-0000052724: a bare "het Besluit" names no decree
    assert parse_references("aftreding ingevolge lid 2 van art. 3 van het Besluit.") == []


def test_article_of_a_decree_named_with_a_comma_keeps_its_id():
    # sgd-0000181315: the article's name pattern stops at the comma; the decree index holds the whole name
    text = "geschiedde con-form artikel 17 Besluit kerninstallaties, splijtstoffen en ertsen op de volgende data"
    (record,) = parse_references(text, document_year=1977)
    assert record["id"] == "jci1.3:c:BWBR0002667&artikel=17"


def _passage(doc_id: str, anchor: str) -> str:
    """The document from ``anchor`` on: a passage without its header, as the evaluator gives it (the page's own
    footer, further down, is then its only self-identifier)."""
    text = sgd_text(doc_id)
    return text[text.index(anchor):]


def test_a_bill_by_description_is_the_bill_of_the_passages_own_footer():
    # the kinds of bill description that name no number, each in a passage whose footer is its only identifier:
    # "Bijgaand ontwerp van wet" (no article), "een ontwerp van Wet tot ..." (the bill a boodschap offers),
    # "het Wetsontwerp" (capitalised), "Het onderhavige ontwerp" (the noun alone), and a footer glued by OCR:
    # "Tweede Kamerzitting 1980-1981,16162, nr. 13"
    cases = [
        ("sgd-0000203597", "Bijgaand ontwerp van wet", "Bijgaand ontwerp van wet", "kst-13358"),
        ("sgd-0000202491", "Wij bieden U hiernevens", "een ontwerp van Wet", "kst-13116"),
        ("sgd-0000202491", "Wij bieden U hiernevens", "het Wetsontwerp", "kst-13116"),
        ("sgd-0000161530", "Toelichting Het onderhavige", "Het onderhavige ontwerp", "kst-16162"),
    ]
    for doc_id, anchor, mention, expected in cases:
        passage = _passage(doc_id, anchor)
        record = next(r for r in parse_references(passage) if r["text"] == mention)
        assert record["implicit"] and record["id"] == expected, (doc_id, record)
        assert record["antecedent"]["text"].startswith(("Tweede Kamer, zitting", "Tweede Kamerzitting")), record


def test_a_bill_named_by_its_own_number_wins_over_the_footer():
    # a brief of 22 800 VIII, nr. 37 (its footer at the end): "Bij de Staten-Generaal was een wetsvoorstel aanhangig
    # tot wijziging van de bovenbedoelde VUT-wet (wetsvoorstel 21 872). ... Het wetsvoorstel is inmiddels in de
    # Eerste Kamer behandeld": the bill of another dossier, cited by its number before, not the footer's dossier
    passage = _passage("sgd-0000014771", "Bij de Staten-Generaal was een wetsvoorstel")
    assert "22 800 VIII, nr. 37" in passage
    record = next(r for r in parse_references(passage) if r["text"] == "Het wetsvoorstel")
    assert record["id"] == "kst-21872"


def test_the_noun_ontwerp_alone_is_a_bill_only_after_a_pointing_word_or_in_a_text_on_a_bill():
    # "in het oorspronke-lijke ontwerp in artikel 91octies" (sgd-0000078605): an earlier draft, not resolved; "in het
    # ontwerp voorgestelde regeling" (sgd-0000125462, 17 993) in a text that names the bill "het wetsontwerp": that
    # bill (k21x; until then left as a possible design, but the fresh SGD golds mark 14 of 15 so)
    text = sgd_text("sgd-0000078605")
    assert "oorspronke\xadlijke ontwerp" in text
    records = [r for r in parse_references(text) if r.get("implicit")]
    assert not [r for r in records if r["text"].lower().endswith("-lijke ontwerp")], records
    records = [r for r in parse_references(sgd_text("sgd-0000125462")) if r.get("implicit")]
    assert {r["id"] for r in records if r["text"] == "het ontwerp"} == {"kst-17993"}
    assert "kst-17993" in {r["id"] for r in records if r["text"] == "het wetsontwerp"}


def test_deze_memorie_and_deze_nota_are_the_stuk_of_the_passages_own_footer():
    # "Waar in deze memorie hierna sprake is van ..." (memorie van toelichting, 22 887, nr. 3) and "Toelichting Deze
    # nota van wijziging bevat geen materiële wijzigingen" (17 943, nr. 9): the stuk itself, by its footer line
    for doc_id, anchor, mention, expected in [
            ("sgd-0000016114", "Waar in deze memorie", "deze memorie", "kst-22887-3"),
            ("sgd-0000135539", "Toelichting Deze nota", "Deze nota van wijziging", "kst-17943-9")]:
        record = next(r for r in parse_references(_passage(doc_id, anchor)) if r["text"] == mention)
        assert record["implicit"] and record["id"] == expected, record
    # with the header the pipeline reads, the header's stuk (one rule: the own stuk, by header or footer)
    parser = ReferenceParser(own_dossier="22887", own_stuk="kst-22887-3")
    texts = [m.records[0] for m in parser.mentions("Waar in deze memorie hierna sprake is van voortgezet onderwijs.")]
    assert [(r["text"], r["id"]) for r in texts] == [("deze memorie", "kst-22887-3")]


def test_deze_nota_after_another_nota_is_not_the_stuk():
    # a mondeling overleg's verslag (21 277, nr. 25): "... is een evaluatienota op dit punt nog niet verschenen. ...
    # betrokken zullen zijn bij het opstellen van deze nota": that nota, not the verslag
    text = sgd_text("sgd-0000004796")
    assert not [r for r in parse_references(text) if r["text"].lower() == "deze nota"]


def test_the_pipeline_gives_deze_memorie_the_stuk_of_its_header(nlp):
    # the whole memorie van toelichting 22 887, nr. 3 (sgd-0000016114): with its header read, "deze memorie" is that
    # stuk by the header (one rule with the footer: the passage's own stuk)
    doc = nlp(sgd_text("sgd-0000016114"))
    record = next(r for r in doc._.references if r["text"] == "deze memorie")
    assert (record["id"], record["antecedent"]["source"]) == ("kst-22887-3", "header")


def test_a_law_head_alone_takes_the_last_full_name_with_that_head():
    # the form of sgd-0000176754 ("artikel 14, derde lid, van het Statuut voor het Koninkrijk der Nederlanden ...
    # artikel 5, derde lid, van het Statuut"), with a statute the law book does not hold named in between: that one
    # wins, so the bare head gets no id
    text = ("op artikel 14 van het Statuut voor het Koninkrijk der Nederlanden. Voorts artikel 3 van het Statuut van "
            "de Raad van Europa. Ingevolge artikel 5, derde lid, van het Statuut zijn")
    assert [r["id"] for r in parse_references(text, document_year=1979)] == ["jci1.3:c:BWBR0002154&artikel=14"]
    without = text.replace("Voorts artikel 3 van het Statuut van de Raad van Europa. ", "")
    assert [r["id"] for r in parse_references(without, document_year=1979)][-1] == (
        "jci1.3:c:BWBR0002154&artikel=5&lid=3")


def test_a_law_head_alone_before_van_toepassing_is_the_law():
    # "het Statuut van toepassing" (the form of sgd-0000176754's "de artikelen 15 tot en met 20 van toepas-sing"):
    # "van" with no article or capital after it carries no longer name on
    text = ("het Statuut voor het Koninkrijk der Nederlanden. Daarom zijn de artikelen 15 tot en met 20 van het "
            "Statuut van toepassing")
    # (a range: one record per article, the lead's convention of 2026-12-06)
    assert [r["id"] for r in parse_references(text, document_year=1979)][1:] == [
        f"jci1.3:c:BWBR0002154&artikel={article}" for article in range(15, 21)]


def test_an_article_range_of_more_than_fifty_articles_keeps_its_two_ends():
    # sgd-0000060454: "onder hoofdstuk X, artikelen 63 tot en met 156 en 166": a whole chapter, not 94 records; the
    # range of sgd-0000017036 ("de artikelen 82 tot en met 85 van het Academisch Statuut") is each article
    from nlkst.references import _split_articles

    assert _split_articles("63 tot en met 156 en 166") == ["63", "156", "166"]
    assert _split_articles("82 tot en met 85") == ["82", "83", "84", "85"]
    assert _split_articles("1238 tot en met 1253/1") == ["1238", "1253/1"]  # be-questions: an end not a number


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # the minister on a motie numbered before the passage: said of one, no id (the fresh golds mark it so)
        ("h-tk-20172018-70-3", "Dan ontraad ik de motie gewoon. Wij zijn alle dagen in contact met het Openbaar "
         "Ministerie.", [("de motie", None)]),
        # a later motie named by its place among the member's, before its text: marked
        ("h-tk-20172018-70-3", "Mijn tweede motie is medeondertekend door mevrouw Sazias van 50PLUS.\n\nMotie\n\n"
         "De Kamer,\n\ngehoord de beraadslaging,\n\nvan m", [("Mijn tweede motie", None)]),
        # the first announced just before its text is read, and the chair's "Uw volgende motie": not marked
        ("h-tk-20172018-70-3", "mp\n\n(\n\nD66\n\n):\n\nDank u wel, voorzitter. Ik heb twee moties. Ik lees mijn "
         "eerste motie voor.\n\nMotie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat", []),
        ("h-tk-20172018-70-9", "Uw volgende motie, denk ik.\n\nMevrouw\n\nBeckerman\n\n(\n\nSP\n\n):\n\nJa, mijn "
         "tweede motie sluit aan bij de eerste.", [("mijn tweede motie", None)]),
        # "het amendement" in a debate is one amendement; in an amendement's own explanation it is that text
        ("parlspeech-345348", "Bij de financiering daarvan moeten wij een stuk voorzichtiger zijn. Ik ontraad derhalve "
         "aanneming van het amendement.", [("het amendement", None)]),
        ("sgd-0000006177", "De ondergetekenden stellen het volgende amendement voor:\nIn artikel 5, derde lid, wordt "
         "«voordracht van één persoon» vervangen door: voordracht van twee personen.\nToelichting Het amendement "
         "beoogt de minister meer ruimte te geven", []),
        # a possessive amendement in an old debate
        ("sgd-0000383840", "De heer Smidt erlangt bet woord tot toelichting van zijn amendement, en zegt: Mijnheer "
         "de Voorzitter!", [("zijn amendement", None)]),
        # a council's or a chamber of commerce's motie is no kamerstuk
        ("sgd-0000234077", "Hebben de Ministers kennis genomen van de wens van het gemeentebestuur van Ouder-Amstel, "
         "neergelegd in de motie, welke de raad dezer gemeente tijdens zijn vergadering op 27 maart jl. heeft "
         "aangenomen, dat op korte termijn rapport zal worden uitgebracht", []),
        ("sgd-0000340826", "6. de motie, aangenomen door de Kamer van koophandel en fabrieken te Haarlem in haar "
         "vergadering van 1 October 1.1. in zake het ontwerp-Invaliditeitswet, van:", []),
        # a motie whose citation closes its phrase: that citation is the one record (a kamerstuk here)
        ("sgd-0000040459", "de uitwerking van de motie Van der Camp/Leijnse (Kamerstuk 20 569, nr. 9) en de "
         "positionering van de zogenoemde Regionale bureau's onderwijs", []),
    ],
)
def test_a_motie_said_of_one_in_a_debate_is_a_record_without_id(source, text, expected):
    found = [(r["text"], r["id"]) for r in parse_references(text) if r["type"] in ("motie", "amendement")]
    assert found == expected, source


def test_the_motie_a_copula_names_takes_the_explicit_one_as_antecedent():
    text = "Die laatste motie is de motie op stuk nr. 237.\n\nStaatssecret"  # h-tk-20172018-70-12, the chair
    [implicit] = [r for r in parse_references(text) if r.get("implicit")]
    assert (implicit["text"], implicit["id"], implicit["antecedent"]["text"]) == (
        "Die laatste motie", None, "stuk nr. 237")


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # a report on the bill, with no header or number in the passage: each mention is the bill, without id
        ("sgd-0000103737", "willen wij een korte opmerking maken over de betekenis van het onderhavige wetsvoorstel "
         "nu de WIR-basispremie met ingang van 29 februari 1988 voor nieuwe investeringen op nihil is gesteld. In de "
         "eerste plaats kent het wetsvoorstel ingangsdata van 1 mei 1987",
         [("het onderhavige wetsvoorstel", None), ("het wetsvoorstel", None)]),
        # the bill an eindverslag is about, by its title: the noun is the record
        ("sgd-0000062202", "102. EINDVERSLAG VAN DE COMMISSIE VAN RAP\u00adPORTEURS over het ontwerp van wet tot "
         "regeling van den invoer van toiletzeep.", [("het ontwerp van wet", None)]),
        # a bill in general, and bills in the plural: not marked
        ("sgd-0000367285", "EINDVERSLAG DD COMMISSIE VAN RAPPORTEURS over de ontwerpen van wet tot:\n1'. "
         "toekenning van een rent", []),
        ("sgd-0000278968", "Aan-vulling van een Commissie van Rapporteurs voor een wetsontwerp. \u2014 Aanneming van "
         "wetsontwerpen. \u2014 Regeling van ", []),
    ],
)
def test_a_bill_said_of_one_that_nothing_resolves_is_a_record_without_id(source, text, expected):
    found = [(r["text"], r["id"]) for r in parse_references(text) if r.get("implicit") or r["type"] == "kamerstuk"]
    assert found == expected, source


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # the bill's memorie van antwoord, named by description in a later stuk: a record without id each time
        ("sgd-0000037178", "De behandeling van het wetsvoorstel is gevorderd tot en met het uitbrengen van de memorie "
         "van antwoord op 25 april 1989. In de memorie van antwoord is toegezegd dat",
         ["de memorie van antwoord", "de memorie van antwoord"]),
        ("sgd-0000256551", "dan betekent dat volgens de opvatting in het voorlopig verslag: wanneer in artikel 116",
         ["het voorlopig verslag"]),
        # the stukken exchanged on the bill, an eindverslag's formula: one record without id
        ("sgd-0000334442", "van oordeel, dat door deze gewisselde schrifturen de openbare beraadslaging over het "
         "voorstel genoegzaam is voorbereid", ["deze gewisselde schrifturen"]),
        ("sgd-0000367488", "van oordeel, dat die behandeling door de gewisselde stukken en de mededeeling van het "
         "bovenstaande genoegzaam is voorbereid.", ["de gewisselde stukken"]),
        # cited at once in brackets: the citation is the reference, not the description
        ("sgd-0000203597", "In de memorie van toelichting (zitting 1971-1972, 11 679, nr. 3) bijhetont-werp", []),
    ],
)
def test_a_procedure_stuk_described_that_nothing_resolves_is_a_record_without_id(source, text, expected):
    found = [r["text"] for r in parse_references(text) if r.get("implicit") and r["id"] is None
             and "wets" not in r["text"]]
    assert found == expected, source


_JOINT_HEAD = (  # sgd-0000155439: a report under a joint head of eleven naturalisation bills
    "Tweede Kamer der Staten-Generaal\n2\nZitting 1981-1982\n17 421\nNaturalisatie van Bachtiar, Efizul Jeffry en 22 "
    "anderen\n17 422\nNaturalisatie van Broekman, Maria Elizabeth en 20 anderen\n17 423\nNaturalisatie van Abdel "
    "Ghani, Salah Mahmoud en 20 anderen\n17 432\nNaturalisatie van Badloe, Rameshchandre en 35 anderen\n17 433\n"
    "Naturalisatie van Aerts, Barthold Edgard Marie Madeleine en 27 anderen\n17 434\nNaturalisatie van Alizadéh "
    "Kaghaztchi, Abolghassem en 26 anderen\n17 435\nNaturalisatie van Almeida, Malaquias Manuel en 26 anderen\n17 436\n"
    "Naturalisatie van Becker, Dirk Pieter en 22 anderen\n17 437\nNaturalisatie van Blatzheim, Friedhelm en 24 anderen"
    "\n17 442\nNaturalisatie van Afifi, Gamal en 23 anderen\n17 443\nNaturalisatie van Abel, Jürgen Wilhelm en 24 "
    "anderen\nNr. 5\nVERSLAG Vastgesteld 8 juni 1982\nHet onderzoek van bovengenoemde wetsontwerpen heeft de vaste "
    "Commissie voor de Naturalisaties1 geen aanleiding gegeven tot het maken van opmerkingen.\n")


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # an Eerste Kamer eindverslag's formula after its list of bills: one record without id
        ("sgd-0000266566", "5830\n5573\n5715\n5838\n5574\n5724\n5845\nTegen deze ontwerpen van wet bestond geen "
         "bezwaar.\nDeel III.", [("deze ontwerpen van wet", None)]),
        ("sgd-0000340604", "begrooting van Suriname Yoor het dienstjaar 1910. (215).\nTegen deze wetsontwerpen bestond "
         "geen bezwaar.\n", [("deze wetsontwerpen", None)]),
        ("sgd-0000003671", "de invoering van de Wet gemeentelijke basis-administratie persoonsgegevens (21147).\nDeze "
         "wetsvoorstellen worden zonder beraadslaging en, na goedkeuring van de onderdelen, zonder stemming "
         "aangenomen.", [("Deze wetsvoorstellen", None)]),
        # under a joint head of several bills: not the first one's id
        ("sgd-0000155439", _JOINT_HEAD, [("bovengenoemde wetsontwerpen", None)]),
        # the report's formula under the head of one bill: that bill (fresh-2026-12-06 gold)
        ("sgd-0000289663", "Bijlagen\n2255\n4\nTweede Kamer\nNaturalisatie van Janka Terézia Bachstatter en 20 "
         "anderen\n2255 4\nVERSLAG\n(De vroegere stukken zijn gedrukt in de Zitting 1950—1951)\nHet "
         "afdelingsonderzoek van bovengenoemde wetsontwerpen heeft der Commissie van Rapporteurs geen aanleiding "
         "gegeven", [("bovengenoemde wetsontwerpen", "kst-2255")]),
        # a relative clause, and the verb: not marked
        ("sgd-0000450521", "de dag der beraadslaging over die wetsontwerpen te bepalen op aanstaanden Dingsdag", []),
        ("sgd-0000450521", "Wij ontwerpen van wet een nieuw stelsel", []),
    ],
)
def test_several_bills_pointed_at_are_one_record_without_id(source, text, expected):
    found = [(r["text"], r["id"]) for r in parse_references(text) if r.get("implicit")]
    assert found == expected, source


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # the bill shortened in a text that names it as such: the bill (no header in reach: no id)
        ("sgd-0000125462", "Met betrekking tot de in het wetsontwerp voorgestelde organisatiestructuur moge het "
         "volgende naar voren worden gebracht. Zoals in het algemeen deel van de memorie van toelichting tot "
         "uitdrukking is gebracht, staat bij de in het ontwerp voorgestelde regeling centraal dat",
         [("het wetsontwerp", None), ("de memorie van toelichting", None), ("het ontwerp", None)]),
        # under its header: that bill
        ("sgd-0000272681", "ZITTING 1957—1958 — 4993\nVerlenging van de geldingsduur van de Wet op de Kamers van "
         "Koophandel en Fabrieken 1950\nVOORLOPIG VERSLAG\nNr. 5\nBij de behandeling van het wetsontwerp. Is de "
         "Regering bereid het ontwerp in deze zin te wijzigen?",
         [("het wetsontwerp", "kst-4993"), ("het ontwerp", "kst-4993")]),
        # no bill named: a design, not marked
        ("written", "Het ontwerp is door de architect gemaakt en de gemeente keurt het ontwerp goed.", []),
    ],
)
def test_the_bill_shortened_to_het_ontwerp(source, text, expected):
    assert [(r["text"], r["id"]) for r in parse_references(text) if r.get("implicit")] == expected, source


@pytest.mark.parametrize(
    ("source", "text", "year", "expected"),
    [
        # a stuk of an earlier session, by its number there (before 1945 each session numbered anew): no id
        ("sgd-0000072406", "brug over de Zanukreek.\n(Gedrukt onder n°. 355 der Zitting 1938—1939.)\n14.\n"
         "Onteigeningswet.\n(Gedrukt onder n°. 406 der Zitting 1938—1939.)\nHandelingen der Staten-Generaal.", 1939,
         [("n°. 355 der Zitting 1938—1939", None), ("n°. 406 der Zitting 1938—1939", None)]),
        # a stuk of the same session, by its bill's and its own number, before 1945: no id
        ("sgd-0000063143", "(De vroegere stukken zijn gedrukt onder n°. S02 der Zitting 1935—1936.)\n(Zie het "
         "Voorloopig Verslag, opgenomen onder n°. 87, 1.)\n126. 2.\nMEMORIE VAN ANTWOORD.", 1936,
         [("n°. S02 der Zitting 1935—1936", None), ("n°. 87, 1", None)]),
        # from 1945 the bill's number is its dossier
        ("sgd-0000075257", "(Zie het verslag der Commissie, opgenomen onder n°. 141, 2.)", 1946,
         [("n°. 141, 2", "kst-141-2")]),
    ],
)
def test_a_stuk_printed_under_its_number_before_1945_is_a_record_without_id(source, text, year, expected):
    found = [(r["text"], r["id"]) for r in parse_references(text, document_year=year) if r["type"] == "kamerstuk"]
    assert found == expected, source


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # an article's numbered item between it and the law by its date (the nationality act of 1892, not in the
        # 2017 law book: no id)
        ("sgd-0000329558", "het Nederlanderschap verloren ingevolge artikel 7, 5°., der wet van 12 December 1892 "
         "(Staatsblad n°. 268) op het Nederlanderschap", ("artikel 7, 5°., der wet van 12 December 1892", None)),
        # the OCR's day apart from its suffix
        ("sgd-0000423132", "dat bij artikel 86 der wet van den 31 sten Mei 1861 [Staatsblad n°. 49), houdende",
         ("artikel 86 der wet van den 31 sten Mei 1861", None)),
    ],
)
def test_an_article_of_a_law_by_its_date_with_an_item_or_a_garbled_day(source, text, expected):
    assert [(r["text"], r["id"]) for r in parse_references(text) if r["type"] == "wet"] == [expected], source


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # the nationality act of 1892, in lower case as the naturalisation acts write it, repealed in 1985
        ("sgd-0000204278", "de bewijsstukken bedoeld in artikel 3 van de wet op het Nederlanderschap en het "
         "ingezetenschap (Stb. 1892,268); Zo is", [("wet op het Nederlanderschap en het ingezetenschap", None)]),
        ("sgd-0000203597", "rd onder meer bepaald, dat de Wet beperking cadeaustelsel met ingang van 1 juli 1975 zal "
         "vervallen.", [("Wet beperking cadeaustelsel", None)]),
        # three repealed by the WHW (1993), then one in the book
        ("sgd-0000104722", "Wijziging van onder meer de Wet op het wetenschappelijk onderwijs, de Wet op het hoger "
         "beroepsonderwijs, de Wet op de Open Universiteit en de Wet op de studiefinanciering",
         [("Wet op het wetenschappelijk onderwijs", None), ("Wet op het hoger beroepsonderwijs", None),
          ("Wet op de Open Universiteit", None), ("Wet op de studiefinanciering", "jci1.3:c:BWBR0003955")]),
    ],
)
def test_a_law_repealed_before_the_2017_book_is_a_record_without_id(source, text, expected):
    assert [(r["text"], r["id"]) for r in parse_references(text) if r["type"] == "wet"] == expected, source


def test_an_abbreviations_dot_does_not_end_the_sentence_before_a_bills_own_number():
    # sgd-0000278968: the bill's title cites a law with "(Stb. no. H291)" before the bill's own number (2288); that
    # number is the reference, not an implicit "het wetsont-werp" (which took another bill's number before)
    text = ("Wegens het aftreden van de heer Kikkert is de Commissie van Rapporteurs voor het wetsontwerp "
            "Wijziging van de Huurwet (3729) onvoltallig geworden.\nTen gevolge van het aftreden van de heer De Loor "
            "als lid der Kamer is de Commissie van Rapporteurs voor het wetsont-werp Wijziging van de Woonruimtewet "
            "1947 (Stb. no. H291) (2288) onvoltallig geworden.")
    records = [(r["text"], r["id"]) for r in parse_references(text) if r["type"] == "kamerstuk"]
    assert ("2288", "kst-2288") in records
    assert not [r for r in records if r[0] == "het wetsont-werp"], records


def test_a_header_number_before_1946_is_no_own_dossier():
    # sgd-0000334442 (1890s Bijlagen, "n°. 310" of its session) gave "het wetsontwerp" kst-310 through the header; the
    # Bijlagen numbered anew each session until the war, so only a later document's header number is a kst dossier
    from nlkst.references import header_dossier

    assert header_dossier("310", 1891) is None
    assert header_dossier("300-XI", 1947) == "300-XI"
    assert header_dossier("14100-VIII", None) == "14100-VIII"


def test_a_header_dossier_that_is_a_year_of_its_own_time_is_no_own_dossier():
    # sgd-0000034672: "Vergaderjaar 1989--1990" gave the header a dossier 1990 (k21hp); in 1990 the Rijksbegroting
    # was dossier 21300, so a header's 1990 is the session's year; in 1950, when dossier 1984 was new, it is kept
    from nlkst.references import header_dossier

    assert header_dossier("1990", 1990) is None and header_dossier("1989", 1990) is None
    assert header_dossier("1984", 1950) == "1984" and header_dossier("1951", 1951) == "1951"
    assert header_dossier("1990", 1995) == "1990"  # not the year's own


def test_the_budget_dossiers_read_from_the_pool_rise_with_the_years():
    # resources/budget_dossiers.tsv (training/corpora/build_budget_dossiers.py): each year's Rijksbegroting has a
    # higher dossier than the year before (the numbers were given in order), from 1946 only; a year the heads did
    # not give (1990) has none, so a budget of that year gets no dossier
    from nlkst.budgets import budget_dossiers

    table = budget_dossiers()
    years = sorted(table)
    assert years[0] >= 1946 and 1990 not in table
    assert table[1961] == "6100" and table[1979] == "15300"
    assert all(int(table[a]) < int(table[b]) for a, b in zip(years, years[1:]))


def test_a_budget_head_line_is_no_budget_named_by_its_year():
    # sgd-0000086002: the page head "Rijksbegroting voor het dienstjaar 1950 1400 III 9—14" names the stuk's own
    # budget, no reference (no article before it); "der Staatsbegrooting voor 1927." opening a line under a Bijlagen
    # head (sgd-0000297832) neither
    for text in ("Bijlage A\nTweede Kamer\nRijksbegroting voor het dienstjaar 1950 1400 III 9—14\n1400 III 9\nBRIEF",
                 "Tweede Kamer,\ni\nder Staatsbegrooting voor 1927.\nArtikel 21. Kosten"):
        assert not [r for r in parse_references(text) if r.get("budget_year")], text


def test_a_letter_before_a_staatsblad_number_outside_the_lettered_years_is_the_ocrs_six():
    # sgd-0000382037 (1880s): "wet van 18 April 1874 (Staatsblad n°. G5)", the OCR's G for 6; the lettered series
    # ran from 1940 to 1951 only, so no series record (and no number read)
    text = ("een tot wijziging der wet van 18 April 1874 (Staatsblad n°. G5), gewijzigd bij de wet")
    assert not [r for r in parse_references(text) if r["type"] == "staatsblad"]


def test_a_bills_amending_words_repeat_its_budget_without_a_record():
    # sgd-0000087874: the bill's first article repeats the budget its preamble named; the golds leave that repeat
    # (sgd-0000320780, -087874, -113237 and five more; two mark it); the preamble's mention is the record
    text = ("Zo is het, dat Wij, de Raad van State gehoord, en met gemeen overleg der Staten-Generaal, hebben "
            "goedgevonden en verstaan, gelijk Wij goedvinden en verstaan bij deze:\nArtikel I\nDe hierna vermelde "
            "artikelen van het IXde hoofdstuk B der Rijks\u00adbegroting voor het dienstjaar 1950 worden verhoogd")
    assert not [r for r in parse_references(text) if r.get("budget_year")]


def _case_texts() -> list[str]:
    with open("tests/data/reference_cases.jsonl", encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle]


# SGD documents whose header title (a line under the dossier) the text names later with an article: "de nota
# Volksgezondheids-beleid bij beperkte ...", "de Nota «positie van migranten uit ...", "het Structuurschema Natuur-en
# Land-schapsbehoud", "de Nota over de hoofdlijnen van de ont-wikkeling" (the pool holds 23 such matches)
_NAMED_BY_HEADER_TITLE = ("sgd-0000137427", "sgd-0000177010", "sgd-0000165262", "sgd-0000168003", "sgd-0000183818",
                          "sgd-0000025307", "sgd-0000201550")


def test_a_header_title_is_tried_wherever_its_pattern_matches():
    """``_by_title`` compiles a header title's pattern only where one of its phrases follows "de " or "het " in the
    text as ``_folded`` writes it: wherever the pattern matches after the header, that holds (real texts: the
    documents above, every fortieth SGD document, the reference cases)."""
    import re

    from nlkst.implicit import _folded, _header_title
    from conftest import sgd_text

    matched = 0
    for text in [*map(sgd_text, _NAMED_BY_HEADER_TITLE), *_every_fortieth_sgd_text(), *_case_texts()]:
        for mention in ReferenceParser().mentions(text, implicit=False):
            title = _header_title(text, mention)
            if title is None or not title.phrases:
                continue
            pattern = re.compile(r"(?<![\w-])(?:[Dd]e|[Hh]et)[ \u00a0]" + title.pattern + r"(?![\w-])")
            if pattern.search(text, mention.end):
                matched += 1
                assert any(f"{article} {phrase}" in _folded(text) for article in ("de", "het")
                           for phrase in title.phrases), (title, text[:200])
    assert matched >= len(_NAMED_BY_HEADER_TITLE)


def test_the_folded_text_writes_alike_what_the_regex_engine_takes_for_one_letter():
    """``_folded`` (and the old-spelling test of ``laws.written_before_1947``) writes two letters alike wherever the
    regex engine, ignoring case, takes one for the other: the long s, the Kelvin sign, the dotted and dotless i."""
    import re

    from nlkst.implicit import _folded

    for code in [*range(0x20, 0x250), 0x17F, 0x212A, 0x212B, 0x130, 0x131, 0x3C2, 0x3C3, 0x3A3, 0x1E9E]:
        char = chr(code)
        for other in {char.lower(), char.upper(), char.casefold(), char.upper().lower(), "s", "k", "i"}:
            if len(other) == 1 and re.fullmatch("(?i:" + re.escape(other) + ")", char):
                assert _folded(char) == _folded(other), (char, other)
    assert _folded("de Nota Regionaal sociaal-eco-\nnomisch  beleid") == "de nota regionaal sociaaleconomisch beleid"


def test_the_bracketed_run_holds_its_cue():
    """``_bracketed_articles`` searches ``_BRACKETED_RUN`` only in a text with ``_BRACKETED_CUE``: every run holds
    it (the treaty letters' form, every fortieth SGD document, the reference cases)."""
    from nlkst.references import _BRACKETED_CUE, _BRACKETED_RUN

    runs = 0
    for text in ["Art. 91, (1), add. art. XXI, (1)(a) G W. en art. 61, (3), G.W. 1972", "add.artXXI GW;",
                 "Art 61 (3) GW", *_every_fortieth_sgd_text(), *_case_texts()]:
        for run in _BRACKETED_RUN.finditer(text):
            runs += 1
            assert _BRACKETED_CUE.search(run.group()), run.group()
    assert runs >= 3


def test_the_old_spelling_is_read_as_its_pattern_reads_it():
    """``written_before_1947`` (the casefolded text tested for the words first) says what the pattern alone says:
    two different words of the old spelling, whole words in any case, also with OCR's long s."""
    from nlkst import laws

    def by_pattern(text: str) -> bool:
        return len({found.group(0).lower() for found in laws.old_spelling().finditer(text)}) >= 2

    texts = ["Eene groote zaak", "EENE GROOTE ZAAK", "tuſſchen de heeren", "de Nederlandsche wet", "eenen",
             "zoogenaamd groot", "Een grote zaak", "tusschen en Tusschen", *_every_fortieth_sgd_text(), *_case_texts()]
    for text in texts:
        assert laws.written_before_1947(text) == by_pattern(text), text[:80]
    assert laws.written_before_1947("tuſſchen de heeren")
    # the first test asks only the words that hold no other: "zooals" is found by its "zoo" (sgd-0000043900)
    assert "zooals" not in laws._old_spelling_words() and "zoo" in laws._old_spelling_words()
    assert laws.written_before_1947("tegenstander, zooals uit de Grondslagen blijkt, maar juist de ligging der "
                                    "olie\xadhavens in onzen archipel")


def test_an_implicit_form_tried_at_its_openings_gives_what_finditer_gives():
    """A form with ``opens`` (its pattern opens with an alternation) is tried only where those words are: the
    matches ``finditer`` gives (every fortieth SGD document, the reference cases)."""
    from nlkst.implicit import IMPLICIT_FORMS, _matches_at

    forms = [form for form in IMPLICIT_FORMS if form.opens]
    assert forms
    for text in ["de nota van 3 mei 1990 en de missives van 4 juni 1991", "notanota van 1 mei 1990",
                 *_every_fortieth_sgd_text(), *_case_texts()]:
        for form in forms:
            expected = [match.span() for match in form.pattern.finditer(text)]
            assert [match.span() for match in _matches_at(form.pattern, text, form.opens)] == expected
            assert all(text.startswith(form.opens, start) for start, _ in expected)


def test_every_match_of_a_form_with_cues_holds_one_of_them():
    """A form with ``cues`` is scanned for only in a text where one of them is found: every match holds one (every
    fortieth SGD document, the reference cases)."""
    import re

    from nlkst.references import _COMPILED, FORMS

    forms = [form for form in FORMS if form.cues]
    assert forms
    matched: dict[str, int] = {}
    for text in ["29 362, nr. 295", "21 501-14, nr 2", "20 800 hoofdstuk XVI, nrs.\n3 en 4",
                 # the SGD pool's bills by number and hyphen (dossier_dash, cued by its hyphen after five digits):
                 # sgd-0000034431, sgd-0000098214, sgd-0000011701; a document id of the seed kst-31490-312
                 "Zaken)voor het jaar1988 (slotwet; derde wijziging) (21299-25); -Wijziging van de",
                 "Staatsmuntbedrijf voor het jaar 1988\n20200-1\nBegroting van laste",
                 "enkelvoudige belastingkamer, 29 januari 1993, nummer913728-E-6\nAntwoord", "(2022D05920)",
                 *_every_fortieth_sgd_text(), *_case_texts()]:
        for form in forms:
            for match in _COMPILED[form.name][0].finditer(text):
                matched[form.name] = matched.get(form.name, 0) + 1
                assert any(re.search(cue, match.group()) for cue in form.cues), (form.name, match.group())
    assert {"short", "dossier_dash", "document_id"} <= set(matched)


def test_a_literal_that_holds_another_is_looked_up_where_that_one_is_found():
    """``_Literals`` looks a literal that holds another up only where the one it holds is in the text
    (``amerstuk`` where ``tuk`` is, ``etsontwerp`` where ``ontwerp`` is): the forms it gates are still tried on
    real SGD text (sgd-0000000081, sgd-0000083281), each giving its own span."""
    from nlkst.references import _SEARCHED_AFTER, _Literals

    assert dict(_SEARCHED_AFTER)["amerstuk"] == {"tuk"}
    kamerstuk = ("ultimo 1993 circa 5 miljard hebben bedragen (kamerstukken II, 1993/94, 23 442, nr. 7, blz. 12 en "
                 "13). Een tijdelijke")
    assert {"amerstuk", "tuk"} <= _Literals(kamerstuk).present
    assert [(r["id"], r["text"]) for r in parse_references(kamerstuk)] == [
        ("kst-23442-7", "kamerstukken II, 1993/94, 23 442, nr. 7, blz. 12 en 13")]  # the noun's form, not "short"
    bill = "Rapporteurs uit de Tweede Kamer over wetsontwerp no. 1501, welke nota den leden"
    assert {"etsontwerp", "ontwerp"} <= _Literals(bill).present
    assert [(r["id"], r["text"]) for r in parse_references(bill)] == [("kst-1501", "1501")]


def test_a_list_of_moties_by_number_and_hyphen_is_typed_motie():
    """The list's noun before its colon (``_LIST_NOUN``, searched only where ``otie`` or ``mendement`` is in the 400
    characters before): h-tk-20172018-70-8 (no SGD pool text prints such a list)."""
    text = ("Ik deel mee dat de volgende aangehouden moties zijn vervallen: 34775-42; 34734-25; 30234-172; 28844-139; "
            "28844-142.\n\nIk stel voor")
    assert [(r["id"], r["type"]) for r in parse_references(text)] == [
        ("kst-34775-42", "motie"), ("kst-34734-25", "motie"), ("kst-30234-172", "motie"), ("kst-28844-139", "motie"),
        ("kst-28844-142", "motie")]


def test_a_law_named_a_year_or_two_before_its_act_is_the_act_unless_an_older_act_had_its_name():
    # sgd-0000030483 (1990): "de eerste tranche van de Algemene wet bestuursrecht", made in 1992: the bill, the act's id
    text = "een wetsvoorstel dat de eerste tranche van de Algemene wet bestuursrecht regelt"
    assert [r["id"] for r in parse_references(text, document_year=1990)] == ["jci1.3:c:BWBR0005537"]
    # the Gemeentewet of 1992 named in 1990 is the act of 1851 (laws_older_names.tsv), as in 1930
    for year in (1930, 1990):
        found = parse_references("artikel 79 der Gemeentewet", document_year=year)
        assert [(r["id"], r["successor"]) for r in found] == [(None, "BWBR0005416")]
    # parlspeech-76016 (1996): "in het kader van de WAZ", made in 1997; parlspeech-678241 (2011): "via de Wmo
    # betaald", the Wmo of 2006 (the list has it beside the Wmo 2015, made in 2014, which "Wmo" names today)
    assert parse_references("in het kader van de WAZ sprake", document_year=1996)[0]["id"] == "jci1.3:c:BWBR0008656"
    assert parse_references("doorgaans via de Wmo betaald", document_year=2011)[0]["id"] is None
    # sgd-0000096053 (1989): a bill "tot wijziging van de Wet schadeloosstelling leden Tweede Kamer" amends the act
    # of 1968, which the act of 1990 (BWBR0004939) replaced; sgd-0000091640 (1989): the bill "Wet militair
    # tuchtrecht" became the Rijkswet of 1990 (BWBR0004788), not the act of 1991 that shares its name
    text = "een voorstel van wet tot wijziging van de Wet schadeloosstelling leden Tweede Kamer der Staten-Generaal"
    assert [(r["id"], r["successor"]) for r in parse_references(text, document_year=1989)] == [(None, "BWBR0004939")]
    text = "Herziening van het militair tuchtrecht. Het amendement op de Wet militair tuchtrecht"
    found = parse_references(text, document_year=1989)
    assert [r["id"] for r in found if r["type"] == "wet"] == ["jci1.3:c:BWBR0004788"]
    # seven years before the act is no bill's name (the Kieswet of 1989 in 1982, sgd-0000152033)
    assert parse_references("inzake beroep in de Kieswet en de", document_year=1982)[0]["id"] is None
    # a year read off the old spelling (before 1947) is a bound, not the text's year: no bill of 1948 in it
    text = "Zoo is het, dat eene regeling zooals de Wet overgang bijzondere rechtspleging eener toelichting behoeft."
    assert [(r["id"], r["successor"]) for r in parse_references(text)] == [(None, "BWBR0002040")]
    assert parse_references(text, document_year=1946)[0]["id"] == "jci1.3:c:BWBR0002040"


def test_an_article_in_brackets_after_a_law_is_that_laws_but_for_the_bills_own_or_a_pointed_law():
    text = "De Algemene wet bestuursrecht (artikel 8:28, eerste lid) voorziet er in"
    assert [(r["text"], r["id"]) for r in parse_references(text, document_year=1994)] == [
        ("Algemene wet bestuursrecht (artikel 8:28, eerste lid)", "jci1.3:c:BWBR0005537&artikel=8:28&lid=1")]
    # a Roman article is the amending bill's own; more than the article in the brackets is another document's
    assert [r["id"] for r in parse_references("De Participatiewet (artikel I) wordt gewijzigd")] == [
        "jci1.3:c:BWBR0015703"]
    assert [r["id"] for r in parse_references("De Grondwet (artikel 5 van het Verdrag) zegt")] == [
        "jci1.3:c:BWBR0001840"]
    # sgd-0000359899: "in een ander artikel van dezelfde wet (art. 33)": no law named
    assert not [r for r in parse_references("in een ander artikel van dezelfde wet (art. 33) enkel van") if r["id"]]


def test_a_long_one_word_law_name_misread_by_one_letter_is_the_law():
    found = parse_references("volgens de Wetgenwet, de Kaillissementswet en de Hinderwet.", document_year=1950)
    assert [(r["text"], r["id"]) for r in found] == [("Wetgenwet", "jci1.3:c:BWBR0001948"),
                                                     ("Kaillissementswet", "jci1.3:c:BWBR0001860"),
                                                     ("Hinderwet", None)]  # the Hinderwet is a law of its own
    # a short name (under nine letters) is not guessed: "Mijnvet" is no Mijnwet, "Wezenwet" no Wegenwet
    assert not [r for r in parse_references("de Kieswot, de Mijnvet en de Wezenwet", document_year=1950) if r["id"]]


# The heads of two SGD stukken (sgd-0000013989, sgd-0000002305), as printed.
_RECHTSBIJSTAND_HEAD = (
    "Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 1992-1993\n22609\nRegelen omtrent de door de overheid "
    "gefinancierde rechtsbijstand (Wet op de rechtsbijstand)\nNr. 20\nMOTIE VAN DE LEDEN SOUTENDIJK-VAN APPELDOORN EN "
    "VERMEEND Voorgesteld 29 juni 1993\nDe Kamer,\ngehoord de beraadslaging;\n")
_REFERTE_EISEN_HEAD = (
    "Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 1994-1995\n23985\nWijziging van de Werkloosheidswet en enkele "
    "andere wetten (aanscherping referte-eisen WW)\nNr. 4\nVERSLAG Vastgesteld 25 november 1994\n")


def _wet_texts_with_header(text: str) -> list[str]:
    from nlkst.header import parse_header

    header = parse_header(text)
    parser = ReferenceParser(**header_context(header.fields, header.spans, None))
    return [text[m.start:m.end] for m in parser.mentions(text) if m.type == "wet"]


def test_the_bills_own_citation_title_in_its_dossier_title_is_no_reference() -> None:
    """CONVENTIONS 'Not annotated': the bracketed citation title closing the header's dossier title names the bill
    itself (68 such records in the SGD pool); without the header it is read as the law."""
    without_header = ReferenceParser().mentions(_RECHTSBIJSTAND_HEAD)
    wet = [_RECHTSBIJSTAND_HEAD[m.start:m.end] for m in without_header if m.type == "wet"]
    assert wet == ["Wet op de rechtsbijstand"]
    assert _wet_texts_with_header(_RECHTSBIJSTAND_HEAD) == []


def test_a_law_named_inside_the_dossier_title_stays_a_reference() -> None:
    """The law a bill amends (``Wijziging van de Werkloosheidswet``) and one named inside a bracketed description
    (``(aanscherping referte-eisen WW)``) are references, header or not."""
    assert _wet_texts_with_header(_REFERTE_EISEN_HEAD) == ["Werkloosheidswet", "WW"]


def test_eerste_kamer_enz_labels_at_dossier_level_under_its_header():
    """An Eerste Kamer stuk numbered per session over many bills (its header's chamber): the foot label with
    ``enz.``, also over a sheet count, names its first bill at dossier level (CONVENTIONS); under a Tweede Kamer
    header the label keeps the stuk id. sgd-0000244991 (EERSTE KAMER, Zitting 1965-1966, Nr. 54, 8301, 8302, ...)."""
    text = "worden be-doeld de Handelingen van de Tweede Kamer der Staten-Generaal.\n8301 enz. 54 (2 vel)"
    ids = {chamber: [r["id"] for m in ReferenceParser(default_chamber=chamber).mentions(text) for r in m.records]
           for chamber in ("ek", "tk")}
    assert ids == {"ek": ["kst-8301"], "tk": ["kst-8301-54"]}
