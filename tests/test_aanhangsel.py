"""Written questions with their answers (Aanhangsel van de Handelingen): header and paragraphs, on the
modern PDF text and on the SGD OCR of 1920-1994."""

from __future__ import annotations

import pytest
from conftest import SHARED, seed_text, sgd_text

from nlkst.header import parse_header

MODERN = SHARED / "corpora" / "modern-aanhangsel"


def modern_text(number: str) -> str:
    return (MODERN / f"ah-tk-20232024-{number}.txt").read_text(encoding="utf-8")


def paragraphs(nlp, text: str) -> list[str]:
    doc = nlp.make_doc(text)
    for name in ("kst_header", "kst_paragraphs"):
        doc = nlp.get_pipe(name)(doc)
    return [span.text for span in doc.spans["paragraphs"]]


def test_modern_aanhangsel_has_every_field():
    fields = parse_header(modern_text("1949")).fields
    assert fields["doc_type"] == "aanhangsel"
    assert fields["chamber"] == "Tweede Kamer der Staten-Generaal"
    assert fields["vergaderjaar"] == "2023-2024"  # printed with an en dash
    assert fields["ondernummer"] == "1949"
    assert fields["heading"].startswith("Vragen van het lid Faber-van de Klashorst(PVV) aan de Minister Justitie")
    assert fields["askers"] == ["Faber-van de Klashorst"]
    assert fields["subject"] == "heenzenden jeugdige criminelen na mishandelen conducteur"
    assert fields["question_date"] == "2024-05-06" and fields["date"] == "2024-06-11"
    assert fields["sender"] == {"role": "minister", "portfolio": "Justitie en Veiligheid"}
    assert fields["co_senders"] == [{"role": "minister", "portfolio": "Rechtsbescherming"}]
    assert fields["signatories"] is None and fields["dossiers"] is None


def test_modern_answer_line_over_two_offices_and_a_portfolio_key():
    # "Antwoord van Minister Bruins Slot (BZ) van Minister Schreinemacher (...) (ontvangen 28 juni 2024)."
    fields = parse_header(modern_text("2129")).fields
    assert fields["askers"] == ["Ceder", "Dobbe"]
    assert fields["sender"] == {"role": "minister", "portfolio": "Buitenlandse Zaken"}
    assert fields["date"] == "2024-06-28"


def test_modern_questions_and_answers_are_paragraphs_without_labels_furniture_or_footnotes(nlp):
    found = paragraphs(nlp, modern_text("1076"))
    assert len(found) == 10  # five questions, five answers
    assert found[0].startswith("Bent u bekend met het feit dat de Sinterklaasintocht")
    assert found[1].startswith("Ja, het is mij bekend") and found[1].endswith("niet zijn doorgegaan.")
    joined = "\n".join(found)
    for furniture in ("Vraag 1", "Antwoord 2", "ISSN", "ah-tk-20232024-1076", "Hart van Nederland", "Aanhangsel 1"):
        assert furniture not in joined


def test_1980s_ocr_reads_answer_with_many_co_senders():
    fields = parse_header(sgd_text("sgd-0000141630")).fields
    assert fields["ondernummer"] == "202" and fields["vergaderjaar"] == "1982-1983"
    assert fields["askers"] == ["Wagenaar"]
    assert fields["subject"] == "de eigen verantwoordelijkheid van bewindslieden"  # over a line break
    assert fields["sender"] == {"role": "minister", "portfolio": "Economische Zaken"}
    assert [o["portfolio"] for o in fields["co_senders"]] == [
        "Verkeer en Waterstaat", "Ontwikkelingssamenwerking", "Binnenlandse Zaken", "Justitie",
        "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
    ]
    assert fields["date"] == "1982-11-12" and fields["question_date"] == "1982-11-09"


def test_1980s_ocr_joins_words_its_line_breaks_split():
    fields = parse_header(sgd_text("sgd-0000149893")).fields
    assert fields["askers"] == ["Lambers-Hacquebard", "Tommei", "Ter Veer"]  # "Lambers-Hacque-bard"
    assert fields["subject"] == "toepassing van glyfosaat'm de land-en tuinbouw"  # "land-en": kept


def test_1970s_answer_of_a_minister_without_portfolio_and_vergaderjaar_from_the_footer():
    fields = parse_header(sgd_text("sgd-0000229562")).fields
    assert fields["ondernummer"] == "1425"  # "1425. VRAGEN ...", not the page number above
    assert fields["vergaderjaar"] == "1969-1970"  # "Zitting 1969-1970 Aanhangsel" at the foot
    assert fields["askers"] == ["Boot", "Kleisterlee", "Schuijt"]
    assert fields["sender"] == {"role": "minister", "portfolio": None}
    assert fields["co_senders"] == [{"role": "minister", "portfolio": "Buitenlandse Zaken"}]


def test_prewar_page_with_several_items_takes_the_first_and_its_answer():
    fields = parse_header(sgd_text("sgd-0000296403")).fields
    assert fields["chamber"] == "Tweede Kamer der Staten-Generaal"
    assert fields["vergaderjaar"] == "1926-1927"  # "Handelingen der Staten-Generaal, 1926—1927. II, Aanhangsel."
    assert fields["ondernummer"] == "78" and fields["askers"] == ["S&nnes"]
    assert fields["question_date"] == "1927-01-21" and fields["date"] == "1927-02-19"
    assert fields["sender"] == {"role": "minister", "portfolio": "Waterstaat"}


def test_unanswered_question_has_no_sender_or_date():
    fields = parse_header(sgd_text("sgd-0000294001")).fields  # "Vragen, waarop ... geen antwoord is ontvangen."
    assert fields["doc_type"] == "aanhangsel" and fields["ondernummer"] == "25"
    assert fields["vergaderjaar"] == "1927-1928"  # "1927—1928. H. Aanhangsel": OCR's H for II
    assert fields["sender"] is None and fields["date"] is None


def test_numbered_questions_on_one_ocr_line_are_paragraphs_of_their_own(nlp):
    found = paragraphs(nlp, sgd_text("sgd-0000123099"))
    assert found[0].startswith("1 Om welke reden") and found[0].endswith("op het vliegveld Eelde?")
    assert found[1].startswith("2 Is bekend") and found[2].startswith("3 Is het waar")
    assert not any("Antwoord van minister Smit-Kroes" in paragraph for paragraph in found)


def test_other_documents_leave_question_date_and_askers_null():
    fields = parse_header(seed_text("kst-31490-271")).fields
    assert fields["question_date"] is None and fields["askers"] is None


@pytest.mark.parametrize("doc_id, askers, question_date", [
    ("sgd-0000003893", ["Netelenbos", "van Otterloo"], "1993-03-15"),  # "(Ingezonden 1 5 maart 1993)"
    ("sgd-0000090940", ["Weisglas", "Ploeg"], "1989-02-21"),  # "(lngezon-den 21 februari 1989)"
    ("sgd-0000010361", ["Tiesinga-Autsema", "Van den Bos", "Van der Werff"], "1993-01-21"),  # "Nadere vragen", "dd."
])
def test_ocr_spellings_of_the_question_line(doc_id, askers, question_date):
    fields = parse_header(sgd_text(doc_id)).fields
    assert fields["doc_type"] == "aanhangsel"
    assert fields["askers"] == askers and fields["question_date"] == question_date
