"""Offices linked to their holders in the pipeline, from the document's date or the input's own."""

from __future__ import annotations

import json

import spacy

from nlkst.annotate import annotate_documents
from nlkst.io import SourceDocument, read_file, read_sources

from conftest import MODERN_LETTER, SEEDS, seed_text, sgd_text


def _ministers(doc):
    return [ent for ent in doc.ents if ent.label_ == "MINISTER"]


def test_sender_and_every_office_of_a_2022_letter_get_its_holder(nlp):
    doc = nlp(seed_text("kst-31490-312"))
    header = doc._.kamerstuk
    assert header["date"] == "2022-02-15"
    assert header["sender"]["holder"] == {
        "name": "C.J. Schouten",
        "id": "Q2625041",
        "from": "2022-01-10",
        "to": "2024-07-02",
    }
    ministers = _ministers(doc)
    assert ministers and all(ent._.holder and ent._.holder["name"] == "C.J. Schouten" for ent in ministers)


def test_co_senders_of_a_2023_letter_are_linked_one_by_one(nlp):
    header = nlp(MODERN_LETTER.read_text(encoding="utf-8"))._.kamerstuk
    holders = {office["portfolio"]: (office["holder"] or {}).get("name") for office in header["co_senders"]}
    assert holders["Economische Zaken en Klimaat"] == "M.A.M. Adriaansens"
    assert holders["Landbouw, Natuur en Voedselkwaliteit"] == "P. Adema"  # from 3 October 2022, not Staghouwer
    # the signature under the sender's office agrees with the register, so the register's term comes with it
    assert header["sender"]["holder"]["name"] == "V.L.W.A. Heijnen" and "holder_conflict" not in header["sender"]


def test_a_signature_from_1993_is_linked_to_the_cabinet_of_the_day(nlp):
    doc = nlp(sgd_text("sgd-0000004726"))
    signatory = doc._.kamerstuk["signatories"][0]
    assert signatory["holder"]["name"] == "J.M.M. Ritzen" and signatory["holder"]["from"] == "1989-11-07"


def test_a_stand_in_signing_ad_interim_does_not_become_the_holder(nlp):
    """1963: Marijnen signs as Minister van Buitenlandse Zaken a.i.; the office was Luns's."""
    doc = nlp(sgd_text("sgd-0000252464"))
    foreign = next(s for s in doc._.kamerstuk["signatories"] if s["portfolio"] == "Buitenlandse Zaken")
    assert foreign["holder"]["name"] == "J.M.A.H. Luns" and foreign["acting"] == {"name": "V. G. M. MARIJNEN"}
    assert "holder_conflict" not in foreign


def test_a_name_printed_against_the_register_is_reported_not_overwritten(nlp):
    """The 2023 letter's signature, given a date in 2019 by its input line: Heijnen is printed,
    Van Veldhoven held the office then; both are kept."""
    text = MODERN_LETTER.read_text(encoding="utf-8")
    signed = text[text.index("We zetten met het NPCE weer") : text.index("P agina 6 van 7")]
    [record] = annotate_documents(nlp, [SourceDocument("signature", signed, "test", {"date": "2019-03-01"})])
    [signatory] = record["header"]["signatories"]
    assert signatory["holder"]["name"] == "V.L.W.A. Heijnen"
    assert signatory["holder_conflict"]["register"]["name"] == "S. van Veldhoven-van der Meer"
    [office] = [e for e in record["entities"] if e["label"] == "MINISTER"]
    assert office["holder_conflict"]["register"]["id"] == "Q5090363"


def test_minister_with_a_name_is_that_person(nlp):
    text = (MODERN_LETTER.parent.parent / "modern-aanhangsel" / "ah-tk-20232024-2129.txt").read_text(encoding="utf-8")
    named = [ent for ent in _ministers(nlp(text)) if ent.text == "Minister Schreinemacher"]
    assert named and named[0]._.holder["id"] == "Q64616136"


def test_jsonl_date_is_used_where_the_text_has_none_and_metadata_is_kept(nlp, tmp_path):
    """A paragraph alone has no header: the line's date decides, and its other fields come back."""
    paragraph = (
        "Op verzoek van de minister van Economische Zaken en Klimaat en de minister voor "
        "Klimaat en Energie stuur ik u deze brief."
    )
    lines = tmp_path / "paragraphs.jsonl"
    lines.write_text(
        json.dumps({"id": "dated", "text": paragraph, "date": "2023-02-03", "party": "VVD", "pages": [1, 2]})
        + "\n"
        + json.dumps({"id": "undated", "text": paragraph})
        + "\n",
        encoding="utf-8",
    )
    dated, undated = annotate_documents(nlp, read_sources([lines]))
    assert dated["meta"] == {"date": "2023-02-03", "party": "VVD", "pages": [1, 2]}
    holders = [e["holder"] for e in dated["entities"] if e["label"] == "MINISTER"]
    assert [h["name"] for h in holders] == ["M.A.M. Adriaansens", "R.A.A. Jetten"]
    assert [e["holder"] for e in undated["entities"] if e["label"] == "MINISTER"] == [None, None]


def test_a_date_that_is_not_iso_is_a_clear_error(tmp_path):
    lines = tmp_path / "bad.jsonl"
    lines.write_text(json.dumps({"id": "x", "text": "Een tekst.", "date": "3 februari 2023"}) + "\n", encoding="utf-8")
    [item] = list(read_file(lines))
    assert "ISO date" in item.error and "3 februari 2023" in item.error


def test_the_linker_survives_a_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert "kst_holders" in loaded.pipe_names
    doc = loaded(seed_text("kst-31490-312"))
    assert doc._.kamerstuk["sender"]["holder"]["name"] == "C.J. Schouten"


def test_every_minister_entity_of_the_seeds_carries_holder_in_the_record(nlp):
    for record in annotate_documents(nlp, read_sources([SEEDS])):
        ministers = [e for e in record["entities"] if e["label"] == "MINISTER"]
        assert ministers and all("holder" in e for e in ministers)
