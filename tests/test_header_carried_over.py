"""The register of the bills carried over into a session (``nlkst.header.carried_over``), on real SGD pages."""

from __future__ import annotations

from conftest import sgd_text

from nlkst.header import parse_header


def test_register_page_gives_every_number_as_a_dossier_and_no_stuk():
    # "Bijlagen." / "16—20." / "Tweede Kamer." / "16." / title over three lines / "(Gedrukt onder n°. 179 der Zitting
    # 1928—1929, ...)" / "17." ...: five bills, no stuk starts on the page
    fields = parse_header(sgd_text("sgd-0000045331")).fields
    assert [d["number"] for d in fields["dossiers"]] == ["16", "17", "18", "19", "20"]
    assert fields["dossiers"][1] == {
        "number": "17", "title": "Algemeene regelen ter zake van de electriciteitsvoorziening"
    }
    assert fields["heading"] is None and fields["doc_type"] is None and fields["ondernummer"] is None
    # the session is the foot's ("Bijlagen. 1930—1931"), not an earlier one of the print notes
    assert fields["vergaderjaar"] == "1930-1931"
    assert fields["chamber"] == "Tweede Kamer der Staten-Generaal"


def test_register_items_in_brackets_and_one_on_its_title_line():
    # "(198)" / "Overeenkomsten met ..." ... "(203) Inlichtingen op het adres van W. SCHILPEROOKT, ..."
    fields = parse_header(sgd_text("sgd-0000315268")).fields
    assert [d["number"] for d in fields["dossiers"]] == ["198", "199", "200", "201", "202", "203"]
    assert fields["dossiers"][1]["title"] == (
        "Rekening van inkomsten en uitgaven van liet Xtaatsmuntbedrijf over het jaar 1917"
    )


def test_register_title_over_two_sentences_keeps_its_inner_stop():
    # "12." / "." / "Aanvulling der Zegelwet 1917." / "Heffing eener Weeldeverteringsbelasting." / "(Gedrukt onder ..."
    fields = parse_header(sgd_text("sgd-0000048020")).fields
    assert fields["dossiers"] == [
        {"number": "11", "title": "Maatregelen tot afschaffing van de Staatsloterij"},
        {"number": "12", "title": "Aanvulling der Zegelwet 1917. Heffing eener Weeldeverteringsbelasting"},
    ]
    assert fields["vergaderjaar"] is None  # the page prints no foot: the notes' sessions are earlier ones


def test_page_with_one_item_is_no_register():
    # a stuk's page that prints one print note under its title is read by the other readers
    text = ("Bijlagen.\n[291.\n1—3.]\nTweede Kamer.\n(291.\n1.) KONINKLIJKE BOODSCHAP.\n"
            "(De vroegere stukken zijn gedrukt onder n°. 222 der Zitting 1912—1913.)\n")
    assert parse_header(text).fields["heading"] == "KONINKLIJKE BOODSCHAP"
