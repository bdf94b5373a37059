"""The running label of a Bijlagen page over two lines that OCR garbled (``nlkst.header.running_label``), on real SGD
pages and excerpts of them."""

from __future__ import annotations

import pytest

from conftest import sgd_text

from nlkst.header import parse_header


@pytest.mark.parametrize(
    ("doc_id", "number", "title"),
    [
        # the brackets read as letters, the stop as a hyphen: "f48-" / "9J"
        ("sgd-0000387527", "48", "Bepalingen tegen het visschen door opvarenden van vreemde vaartuigen in de "
                                 "territoriale wateren van het Rijk"),
        # the opening bracket read as J and the 1 as I, the closing one lost: "JI60" / "4—17."
        ("sgd-0000382937", "160", "Vaststelling van het slot der rekening vnn ontvangsten en uitgaven voor "
                                  "Nederhmdch-Indië over 1888"),
        # the opening bracket read as a 1, the stop lost: "1191" / "2-1J"; the title keeps the stop of its "enz."
        ("sgd-0000368403", "191", "Overeenkomst met de gemeente Rotterdam betreff. overdracht van de spoorweghaven "
                                  "te Feyenoord enz."),
        # the digits garbled, "\\G2»" / "1-2.]": the markers in the range print 62
        ("sgd-0000376737", "62", "Af-en overschrijving van het Iste op bet Ude hoofdstuk der begrooting van "
                                 "uitgaven van Nederlandsch-lndië voor 1893"),
        # a legible label over the chamber line, its first stuk's marker garbled ("167. 1.| KONINKLIJKE BOODSCHAI'.")
        ("sgd-0000391154", "67", "Wijziging van Let Vilde hoofdstuk li der Staatsbegroting voor het dienstjaar 1883"),
        # a spread: "[303." over "Voorziening in", "1—3.]" / "Tweede Kamer." / "," / "deu Woningnood." far below
        ("sgd-0000327815", "303", "Voorziening in deu Woningnood"),
    ],
)
def test_garbled_running_label_gives_the_dossier(doc_id, number, title):
    assert parse_header(sgd_text(doc_id)).fields["dossiers"] == [{"number": number, "title": title}]


def test_spread_title_ends_at_its_first_full_stop():
    # "1—3.]" / "Tweede Kamer, i" / "dei Ongevallenwet 1901. Artikel 3.": the body's article run on by OCR
    fields = parse_header(sgd_text("sgd-0000348019")).fields
    assert fields["dossiers"][0]["title"].endswith("dei Ongevallenwet 1901")


def test_page_without_a_stuk_start_gets_no_signature():
    # "[50." opens inside the memorie signed by the minister: no stuk starts on the page, its signature closes that one
    fields = parse_header(sgd_text("sgd-0000389164")).fields
    assert fields["dossiers"][0]["number"] == "50"
    assert fields["heading"] is None and not fields["signatories"] and fields["sender"] is None


# sgd-0000376737's head without the markers that print its number: a garbled number alone is not read
_GARBLED_ALONE = (
    "Bijlagen.\n\\G2»\n1-2.]\nTweede Kamer.\nAf-en overschrijving van het Iste op bet Ude hoofdstuk der begrooting "
    "van uitgaven van Nederlandsch-lndië voor 1893.\n"
)


def test_garbled_number_without_a_marker_is_not_read():
    assert parse_header(_GARBLED_ALONE).fields["dossiers"] is None


def test_label_that_a_marker_in_its_range_contradicts_is_not_read():
    # "L245." / "3.]" over "(345. 3.) MEMORIE VAN TOELICHTING.": which print OCR misread is open (CONVENTIONS)
    dossiers = parse_header(sgd_text("sgd-0000330881")).fields["dossiers"]
    assert not dossiers or dossiers[0]["number"] != "245"


@pytest.mark.parametrize(
    ("doc_id", "number", "title"),
    [
        # the head's curly bracket and the Bijlagen's label before the number: "{B. d. w. N>. IX.)"; the stukken
        # printed after the title's stop are no part of it
        ("sgd-0000445626", "IX", "Staalslegrooting voor de jaren 1848 en 1849"),
        # the closing bracket read as J: "(IP.X.J" / "250" / "X. Sttuüsbegrooting voor 1844 en 1845."
        ("sgd-0000447541", "X", "Sttuüsbegrooting voor 1844 en 1845"),
        # OCR's n for II in the head: "(No. xvn.)" / "XVII. Aafwulliiin der middelen ..."
        ("sgd-0000447186", "XVII", "Aafwulliiin der middelen over 1844 en 1845"),
        # the number on its own line garbled as the head's: "(N°, XXVII.)" / "404" / "XXVN."
        ("sgd-0000452874", "XXVII", "Voorstel van den heer van Hogendorp in betrekking tot de schuldverwisseling"),
        # a bundle's part that names a bill before its colon: "VII A—F. Staatsbegrooting ..." / "(VII C. Accijnsen op
        # de brandstoffen: Ontw. v. wet ...)"
        ("sgd-0000450045", "VII-C", "Accijnsen op de brandstoffen"),
        # the bundle's accounts, no part letter: the bundle's number and title
        ("sgd-0000450026", "VII", "Staaisbeg rooting voor 1834 en andere financiële ontwerpen van wet"),
    ],
)
def test_roman_running_head_gives_the_dossier(doc_id, number, title):
    assert parse_header(sgd_text(doc_id)).fields["dossiers"] == [{"number": number, "title": title}]


def test_roman_title_keeps_a_stop_ocr_put_inside_it():
    # "(N°. XXVII.)" / "XXVII. Uitgeklaarde. Zeescliejien in 1840.": no stukken after the stop
    assert parse_header(sgd_text("sgd-0000448039")).fields["dossiers"] == [
        {"number": "XXVII", "title": "Uitgeklaarde. Zeescliejien in 1840"}
    ]


@pytest.mark.parametrize(
    ("doc_id", "numbers"),
    [
        ("sgd-0000363760", ["61", "64"]),  # "[61 en 64.]" over "(61 en 64.)"
        ("sgd-0000410805", ["59", "74", "75"]),  # "[59, 74 en 75." / "29.]" over "[59, 74 en 75. 29.]"
        ("sgd-0000380180", ["28", "29"]),  # OCR's "28 en 20. 6.]" over the marker "(28 en 29. 6.)"
    ],
)
def test_joint_stuk_label_gives_each_dossier_the_title(doc_id, numbers):
    dossiers = parse_header(sgd_text(doc_id)).fields["dossiers"]
    assert [d["number"] for d in dossiers] == numbers
    assert len({d["title"] for d in dossiers}) == 1 and dossiers[0]["title"]


def test_joint_label_that_its_marker_does_not_repeat_is_not_read():
    text = ("Bijlagen.\n[61 en 64.]\nTweede Kamer.\n"
            "Nadere verhooging van het Vide hoofdstuk dor Staatsbegrooting voor het dienstjaar 1901.\n")
    assert parse_header(text).fields["dossiers"] is None


def test_joint_marker_under_the_title_starts_the_page_stuk():
    # "(61 en 64.)" right under the title starts a letter whose heading OCR garbled ("BRIKK , HOUDENDE ..."): its
    # signature is the page's; "[56 en «." / "2.]" opens inside stuk 2, whose signature closes that one
    assert parse_header(sgd_text("sgd-0000363760")).fields["sender"] == {"role": "minister", "portfolio": "Marine"}
    assert parse_header(sgd_text("sgd-0000408870")).fields["sender"] is None
