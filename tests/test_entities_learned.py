"""How the trained ``ner``'s spans join the rules' (``nlkst/learned.py``), on lines of the Belgian written
questions (``../shared/corpora/be-questions``) and the Handelingen, each with its document id."""

from __future__ import annotations

import pytest

from spacy.tokens import Span

from nlkst.pipeline import build


def _spans(doc, label):
    return [ent.text for ent in doc.ents if ent.label_ == label]


@pytest.fixture(scope="module")
def rules():
    return build()


def test_the_recogniser_has_a_span_between_the_rules(nlp, rules):
    # without the recogniser the mark is read and taken out again: nothing of it stays on the document
    text = "Het schrijven van de Eerste minister van 23 juni 2016 werd meteen bezorgd."
    for pipeline in (nlp, rules):
        assert not any(key.startswith("nlkst.") for key in pipeline(text).user_data if isinstance(key, str))
    assert "ner" in nlp.pipe_names and "ner" not in rules.pipe_names


@pytest.mark.parametrize("text, label, expected", [
    # be-dekamer-190032: an office the recogniser ran on over the verb and a number
    ("1. Op het kabinet van de minister van Mobiliteit zijn 23 personen gedetacheerd van Belgocontrol, van de "
     "NMBS", "MINISTER", "minister van Mobiliteit"),
    # be-dekamer-185336: the rules' office wins over the recogniser's, which ran over a date
    ("Het schrijven van de Eerste minister van 23 juni 2016 werd meteen bezorgd aan al mijn onderhavige "
     "administraties.", "MINISTER", "Eerste minister"),
    # be-dekamer-191721: an office ends before a place
    ("was er nog een gesprek met de heer Philip Dunne, minister van defensieaankopen in Groot- Brittannie, die "
     "geinteresseerd was", "MINISTER", "minister van defensieaankopen"),
    # be-dekamer-192446: a body ends at its last word, not at the preposition after it
    ("Ik ben uiteraard steeds bereid om deze studie aan het Parlement te bezorgen en mijn belofte na te komen.",
     "ORG", "Parlement"),
    # be-dekamer-190027: nor at the punctuation of a list
    ("zijn gedetacheerd van een overheidsdienst:- tien van het Ministerie van Defensie;- twee van de Federale "
     "Overheidsdienst Buitenlandse Zaken;- twee v", "ORG", "Ministerie van Defensie"),
    # be-dekamer-188444: a longer name over the rules' shorter one, ending in a number written out
    ("heb ik een overlegronde georganiseerd met alle werkgevers en werknemers van de Groep van Tien om hun "
     "standpunten uit te wisselen", "ORG", "Groep van Tien"),
    # h-tk-20172018-70-12:516: a first name and a minister's surname are a person
    ("Ik ben dus niet tegen de EU zoals iemand die het niet begrijpt, bijvoorbeeld Frits Bolkestein, waarbij je "
     "zegt: ik ben voor de gemeenschappelijke markt", "PERSON", "Frits Bolkestein"),
])
def test_the_recogniser_spans_as_they_stand(nlp, text, label, expected):
    doc = nlp(text)
    assert expected in _spans(doc, label)
    assert all(expected not in span or span == expected for span in _spans(doc, label) + _spans(doc, "ORG"))


@pytest.mark.parametrize("text, wrong", [
    # be-dekamer-184732: an operation's short name in brackets, no organisation word before it
    ("Het geaccumuleerde aantal F-16 vlieguren in 2015 in het kader van de Operation Desert Falcon (ODF) bedraagt "
     "2.311 vlieguren voor een totaal van 510 sorties", "ODF"),
    # be-dekamer-184732: an aircraft's type is no body
    ("Het geaccumuleerde aantal F-16 vlieguren in 2015 in het kader van de Operation Desert Falcon (ODF) bedraagt "
     "2.311 vlieguren", "F-16"),
    # be-dekamer-193162: stations written with a hyphen
    ("Tijdens de laatste vijf jaren stelde de NMBS vast dat Brussel-Centraal, Brussel-Noord, Brussel-Zuid, "
     "Gent-Sint-Pieters en Antwerpen-Centraal de meeste", "Brussel-Centraal"),
])
def test_what_the_recogniser_finds_that_is_no_organisation(nlp, text, wrong):
    assert wrong not in _spans(nlp(text), "ORG")


def test_a_bracketed_acronym_after_an_organisation_word_stays(nlp):
    # be-dekamer-192422: a bilingual acronym that its name does not spell, after "Centrum"
    doc = nlp("2. Het gebouw wordt gebruikt door de federale politie en door het Centrum voor Politie- en "
              "Douanesamenwerking (CCPD). 3. Ja, het gebouw is volledig be")
    assert "CCPD" in _spans(doc, "ORG")


@pytest.mark.parametrize("text, expected", [
    # be-dekamer-189783: a committee in lower case, its name after the article
    ("het antwoord dat op 14 juni 2017 werd gegeven in de commissie voor de Justitie op uw mondelinge vraag",
     "commissie voor de Justitie"),
    # be-dekamer-187461: a committee with its adjective before the head
    ("Minister Galant heeft nieuw leven geblazen in het Raadgevend Comite van de Treinreizigers. Met de "
     "hernieuwing", "Raadgevend Comite van de Treinreizigers"),
    # be-dekamer-190761: the name stops at the comma before its director's name
    ("volgens de directeur van het Instituut voor Tropische Geneeskunde, Bruno Gryseels, nog steeds",
     "Instituut voor Tropische Geneeskunde"),
])
def test_a_body_named_by_its_head_and_a_capitalised_name(rules, text, expected):
    assert expected in _spans(rules(text), "ORG")


def test_a_common_noun_head_in_lower_case_names_no_body(rules):
    # be-dekamer-188470: "autoriteit" in lower case is no body's head
    doc = rules("het incident van 10 maart 2017 heeft een transfer van autoriteit van de QRA-vliegtuigen vereist")
    assert not any("autoriteit" in span for span in _spans(doc, "ORG"))


@pytest.mark.parametrize("text, expected", [
    # be-dekamer-189642: an alliance's acronym opening a compound is a word of its own, and an ORG
    ("Daarmee bedoel ik zowel NAVO-lidstaten als lidstaten van de Europese Unie.", "NAVO"),
    # be-dekamer-186813: the railway company in a compound
    ("Hoeveel schadedossiers waren er voor de gewonde passagiers en NMBS-personeel en wat was de uiteindelijke "
     "kostprijs van deze schadedossiers?", "NMBS"),
])
def test_an_acronym_glued_to_a_compound_by_a_hyphen(nlp, text, expected):
    doc = nlp(text)
    assert expected in [t.text for t in doc]
    assert expected in _spans(doc, "ORG")


def test_the_recogniser_cut_at_a_compound_acronym_is_left_out(rules):
    from spacy.tokens import Span

    from nlkst.learned import _tidied

    # be-dekamer-191670: "Europese ESTA" of a system's compound, as the recogniser read it
    doc = rules.make_doc("Welke prioriteiten stelt de regering in verband met dit Europese ESTA-systeem?")
    start = [t.text for t in doc].index("Europese")
    assert _tidied(doc, Span(doc, start, start + 2, label="ORG"), {}) is None
    assert _tidied(doc, Span(doc, start + 1, start + 2, label="ORG"), {}) is not None


def test_a_name_never_ends_in_the_hyphen_of_a_compound(rules):
    from spacy.tokens import Span

    from nlkst.components.entity_ids import _no_name

    # be-dekamer-185564: the recogniser's PERSON "IT-" of "IT-vernieuwingen"
    doc = rules.make_doc("zowel op het vlak van sociale media als op het vlak van IT-vernieuwingen.")
    start = [t.text for t in doc].index("IT")
    assert _no_name(doc, Span(doc, start, start + 2, label="PERSON"))


def _recognised(rules, text: str, span: str, label: str):
    """The document as the rules read it and a span over ``span`` labelled as the retrained ``ner`` gave it."""
    doc = rules(text)
    start = text.index(span)
    return doc, doc.char_span(start, start + len(span), label=label, alignment_mode="expand")


@pytest.mark.parametrize("text, span, label, expected", [
    # be-dekamer-185771: a company ends before its legal form
    ("- Tuc Rail NV (51,04 %);- Rail Facilities NV (99,99 %)", "Tuc Rail NV", "ORG", "Tuc Rail"),
    # be-dekamer-190027: a name ends at the word its list's semicolon is glued to
    ("van een overheidsdienst:- tien van het Ministerie van Defensie;- twee van de Federale Overheidsdienst "
     "Buitenlandse Zaken;- twee v", "Ministerie van Defensie;- twee van de Federale Overheidsdienst Buitenlandse "
     "Zaken", "ORG", "Ministerie van Defensie;-"),
    # the test_bodies_be negatives, after be-dekamer-184568 and be-dekamer-192674: a time or a verb ends a name
    ("De Pensioendienst voor de periode 2017 betaalde.", "Pensioendienst voor de periode", "ORG", "Pensioendienst"),
    ("De directie werd van de FOD Financien losgemaakt.", "directie werd van de FOD Financien", "ORG", None),
    # be-dekamer-190103 prints "Schepen gemeente HerentSchepen gemeente Lennik": two words glued
    ("Schepen gemeente HerentSchepen gemeente Lennik", "gemeente HerentSchepen", "ORG", None),
    # capitals of an old heading, and a bare head with its article (the rules' bare_heads decide those)
    ("Het verslag van de commissie DG VAN DE KAMER werd gelezen.", "commissie DG VAN DE KAMER", "ORG", None),
    ("Het Instituut blijft open.", "Het Instituut", "ORG", None),
    ("Het personeel volgt het werk. De minister belast met de vertaling.", "minister belast met de vertaling",
     "MINISTER", None),
    # h-tk-20172018-70-12: "of" inside an English name is no sentence's "or"
    ("Ik wees op het voorbeeld van de University of Warwick, die deze week", "University of Warwick", "ORG",
     "University of Warwick"),
    # sgd-0000021423: a name ends before the next sentence's article (OCR lost the full stop)
    ("de 1568ste zitting plaats van de Raad van Landbouwministers De agenda van deze Raad, die U",
     "Raad van Landbouwministers De agenda van deze Raad", "ORG", "Raad van Landbouwministers"),
    # sgd-0000012604: "inzake" joins a committee's name; be-dekamer-185403: a name written in camel case stays
    ("aan de voorzitter van de vaste Commissie inzake de inven-tarisatie van het IPO, met betrekking tot",
     "Commissie inzake de inven-tarisatie van het IPO", "ORG", "Commissie inzake de inven-tarisatie van het IPO"),
    ("500.000 euro naar de oprichting van het MolenGeek Innovation Center, \"speciaal", "MolenGeek Innovation Center",
     "ORG", "MolenGeek Innovation Center"),
])
def test_a_retrained_recognisers_span_is_cut_or_dropped_by_kind(rules, text, span, label, expected):
    from nlkst.learned import _tidied

    doc, ent = _recognised(rules, text, span, label)
    tidied = _tidied(doc, ent, {})
    assert (tidied.text if tidied is not None else None) == expected


def test_an_office_and_its_holder_after_a_comma_are_two_spans(rules):
    from nlkst.learned import _office_and_holder

    # be-dekamer-188184: "... van de staatssecretaris voor de Coordinatie van de fraudebestrijding, Carl Devlies?2."
    text = "Is dat ook het standpunt van de staatssecretaris voor de Coordinatie van de fraudebestrijding, Carl Devlies"
    doc, ent = _recognised(rules, text, text[text.index("staatssecretaris"):], "MINISTER")
    assert [(part.label_, part.text) for part in _office_and_holder(doc, ent)] == [
        ("MINISTER", "staatssecretaris voor de Coordinatie van de fraudebestrijding"), ("PERSON", "Carl Devlies")]


def test_the_rules_reading_of_the_same_words_wins(rules):
    from nlkst.learned import with_learned_spans

    # be-dekamer-185336: the rules read an office where the recogniser read a body over the same words
    doc = rules("Het schrijven van de Eerste minister van 23 juni 2016 werd meteen bezorgd.")
    office = [ent for ent in doc.ents if ent.text == "Eerste minister"]
    body = Span(doc, office[0].start, office[0].end, label="ORG")
    kept = with_learned_spans(doc, office, [body], {})
    assert [(e.label_, e.text) for e in kept] == [("MINISTER", "Eerste minister")]


def test_a_person_that_names_a_body_is_an_organisation(rules):
    from nlkst.learned import _tidied

    # be-dekamer-188749: "naar offshore rekeningen via Britse filialen van Deutsche Bank. Klanten van ..."
    doc, ent = _recognised(rules, "via Britse filialen van Deutsche Bank. Klanten van", "Deutsche Bank", "PERSON")
    tidied = _tidied(doc, ent, {})
    assert (tidied.label_, tidied.text) == ("ORG", "Deutsche Bank")
