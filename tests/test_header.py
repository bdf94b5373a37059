"""kst_header on real kamerstukken of every layout."""

from __future__ import annotations

import re

import pytest

from conftest import MODERN_LETTER, seed_text, sgd_text

from nlkst.header import lines, parse_header


def test_publication_page_letter_has_every_field():
    fields = parse_header(seed_text("kst-31490-271")).fields
    assert fields["chamber"] == "Tweede Kamer der Staten-Generaal"
    assert fields["vergaderjaar"] == "2019-2020"
    assert fields["dossiers"] == [{"number": "31490", "title": "Vernieuwing van de rijksdienst"}]
    assert fields["ondernummer"] == "271"
    assert fields["doc_type"] == "brief"
    assert fields["sender"] == {"role": "minister", "portfolio": "Sociale Zaken en Werkgelegenheid"}
    assert fields["place"] == "Den Haag" and fields["date"] == "2020-02-14"
    assert fields["signatories"] == [
        {"role": "minister", "portfolio": "Sociale Zaken en Werkgelegenheid", "name": "W. Koolmees"}
    ]
    assert [o["portfolio"] for o in fields["co_senders"]] == [
        "Binnenlandse Zaken en Koninkrijksrelaties",
        "Onderwijs, Cultuur en Wetenschap",
        "Financiën-Fiscaliteit en Belastingdienst",
        "Financiën-Toeslagen en Douane",
        "Sociale Zaken en Werkgelegenheid",
    ]
    assert fields["subject"] is None and fields["reference_number"] is None


def test_web_page_with_navigation_reads_two_dossiers_and_subject():
    fields = parse_header(seed_text("kst-31490-312")).fields
    assert fields["dossiers"] == [
        {"number": "31490", "title": "Vernieuwing van de rijksdienst"},
        {"number": "29362", "title": "Modernisering van de overheid"},
    ]
    assert fields["heading"] == "BRIEF VAN DE MINISTER VOOR ARMOEDEBELEID, PARTICIPATIE EN PENSIOENEN"
    assert fields["sender"] == {"role": "minister", "portfolio": "Armoedebeleid, Participatie en Pensioenen"}
    assert fields["subject"] == "Planning programma Werk aan Uitvoering"
    assert fields["signatories"][0]["name"] == "C.J. Schouten"
    assert fields["co_senders"] is None


def test_header_spans_point_at_their_text():
    text = seed_text("kst-31490-312")
    header = parse_header(text)
    labelled = {label: text[start:end] for start, end, label in header.spans}
    assert labelled["ondernummer"] == "312"
    assert labelled["place"] == "Den Haag"
    assert "15" in labelled["date"] and "2022" in labelled["date"]
    assert text[header.body_start:].lstrip().startswith("Bij het debat over de regeringsverklaring")


def test_body_ends_before_signature_and_footnotes():
    text = seed_text("kst-31490-271")
    header = parse_header(text)
    body = text[header.body_start:header.body_end]
    assert "W. Koolmees" not in body and "X Noot" not in body and "Mede namens" not in body
    assert body.rstrip().endswith("«Werk aan uitvoering fase 1».")
    assert len(header.footnotes) == 3


def test_ocr_zitting_layout_with_place_in_old_spelling():
    # ZITTING 1952—1953 — 2800 B, heading and "No. 8" on one line, "'\ns-Gravenhage"
    fields = parse_header(sgd_text("sgd-0000287819")).fields
    assert fields["vergaderjaar"] == "1952-1953"
    assert fields["dossiers"][0]["number"] == "2800-B"
    assert fields["ondernummer"] == "8"
    assert fields["heading"] == "BRIEF VAN DE MINISTER VAN VERKEER EN WATERSTAAT"
    assert fields["sender"] == {"role": "minister", "portfolio": "Verkeer en Waterstaat"}
    assert fields["place"] == "'s-Gravenhage" and fields["date"] == "1953-01-20"
    # no chamber line; the addressee at the letter's foot names the chamber
    assert fields["chamber"] == "Tweede Kamer der Staten-Generaal"


def test_ocr_roman_suffix_and_glued_date():
    # "22 300 X" and "'s-Gravenhage, 10oktober 1991"
    fields = parse_header(sgd_text("sgd-0000023064")).fields
    assert fields["dossiers"][0]["number"] == "22300-X"
    assert fields["date"] == "1991-10-10"
    assert fields["sender"] == {"role": "minister", "portfolio": "Defensie"}


def test_eerste_kamer_nr_on_vergaderjaar_line_and_received_date():
    fields = parse_header(sgd_text("sgd-0000000043")).fields
    assert fields["chamber"] == "Eerste Kamer der Staten-Generaal"
    assert fields["vergaderjaar"] == "1994-1995"
    assert fields["ondernummer"] == "22a"
    assert fields["dossiers"][0]["number"] == "22855"
    assert fields["doc_type"] == "nota"
    assert fields["heading"] == "NOTA NAAR AANLEIDING VAN HET VERSLAG"
    assert fields["date"] == "1994-10-31"


def test_motie_with_date_of_proposal():
    fields = parse_header(sgd_text("sgd-0000169128")).fields
    assert fields["doc_type"] == "motie"
    assert fields["heading"] == "MOTIE VAN HET LID FABER CS."  # the abbreviation keeps its full stop, as printed
    assert fields["date"] == "1979-10-22"
    assert fields["dossiers"] == [{"number": "15550", "title": "Integraal Structuurplan Noorden des Lands"}]


def test_begroting_hoofdstuk_becomes_dossier_suffix():
    fields = parse_header(sgd_text("sgd-0000127027")).fields
    assert fields["dossiers"][0]["number"] == "18600-VIII"
    assert fields["sender"] == {"role": "staatssecretaris", "portfolio": "Onderwijs en Wetenschappen"}
    assert fields["place"] == "Zoetermeer"


def test_several_dossiers_in_one_header():
    fields = parse_header(sgd_text("sgd-0000258953")).fields
    numbers = [d["number"] for d in fields["dossiers"]]
    assert numbers[:4] == ["6157", "6182", "6198", "6199"]


def test_minister_president_heading():
    fields = parse_header(sgd_text("sgd-0000172580")).fields
    assert fields["sender"] == {"role": "minister-president", "portfolio": "Algemene Zaken"}
    assert fields["place"] == "'s-Gravenhage" and fields["date"] == "1980-02-22"


def test_pdf_letter_layout():
    fields = parse_header(MODERN_LETTER.read_text(encoding="utf-8")).fields
    assert fields["dossiers"] is None
    assert fields["chamber"] == "Tweede Kamer der Staten-Generaal"  # the addressee's chamber
    assert fields["date"] == "2023-02-03"
    assert fields["subject"].startswith("Nationaal Programma Circulaire Economie 2023-2030 (NPCE)")
    assert fields["reference_number"] == "IENW/BSK-2023/33017"  # printed "I E NW/...": the PDF's letter-spacing
    assert fields["addressee"] == "De voorzitter van de Tweede Kamer der Staten-Generaal"
    assert fields["sender"] == {"role": "staatssecretaris", "portfolio": "Infrastructuur en Waterstaat"}
    assert fields["signatories"][0]["name"] == "V.L.W.A. Heijnen"  # "drs." is a title, not the name
    assert {"role": "minister", "portfolio": "Volkshuisvesting en Ruimtelijke Ordening"} in fields["co_senders"]
    assert fields["doc_type"] == "brief"


def test_text_without_header_gives_nulls_not_guesses():
    # The Handelingen of a sitting in December 1854: "Tweede Kamer." and then the sitting's own
    # lines ("ZITTING VAN ZATURDAG 9 DECEMBER."), no kamerstuk header; nothing else is guessed.
    fields = parse_header(sgd_text("sgd-0000438630")).fields
    assert fields["chamber"] == "Tweede Kamer der Staten-Generaal"
    assert all(value is None for name, value in fields.items() if name != "chamber")


def test_bijlage_of_1880_with_noise_after_its_chamber_line():
    # "Tweede Kamer. BI& I", then "[113. 1.] KONINKLIJKE BOODSCHAP. Aan de Tweede Kamer der Staten-Generaal."
    fields = parse_header(sgd_text("sgd-0000400753")).fields
    assert fields["chamber"] == "Tweede Kamer der Staten-Generaal"
    assert fields["dossiers"][0]["number"] == "113" and fields["ondernummer"] == "1"
    assert fields["dossiers"][0]["title"].startswith("Goedkeuring van eenige artikelen der overeenkomst met Portugal")
    assert fields["heading"] == "KONINKLIJKE BOODSCHAP"
    assert fields["addressee"] == "Aan de Tweede Kamer der Staten-Generaal"
    # the page's foot: "Handelingen der Staten-Generaal. Bijlagen. 1881-1882."
    assert fields["vergaderjaar"] == "1881-1882"
    # dated and signed where the monarch signs the Boodschap, below its text
    assert fields["date"] == "1882-01-19" and fields["signatories"][0]["role"] is None


def test_bijlage_of_1933_letter_with_old_spelling():
    # "Tweede Kamer," alone on its line, "BRIEF VAN DEN MINISTER VAN KOLONIËN.", "Aan Zijne Excellentie
    # den Minister van Staat, Voorzitter van ...", "'s Gravenhage, 3 Juni 1933."
    text = sgd_text("sgd-0000052743")
    header = parse_header(text)
    fields = header.fields
    assert fields["chamber"] == "Tweede Kamer der Staten-Generaal"
    assert fields["heading"] == "BRIEF VAN DEN MINISTER VAN KOLONIËN"
    assert fields["sender"] == {"role": "minister", "portfolio": "Koloniën"}
    assert fields["addressee"] == ("Aan Zijne Excellentie den Minister van Staat, Voorzitter van de Tweede Kamer "
                                   "der Staten-Generaal")
    assert fields["place"] == "'s Gravenhage" and fields["date"] == "1933-06-03"  # the place as printed
    assert text[header.body_start:].lstrip().startswith("Bij schrijven van 27 December 1932")
    # "De Minister van Staat, Minister van\nKoloniën,\nH. COLIJN.": a title of honour, then the office
    assert fields["signatories"] == [{"role": "minister", "portfolio": "Koloniën", "name": "H. COLIJN"}]
    assert "COLIJN" not in text[header.body_start:header.body_end]


def test_bijlage_signature_over_three_lines_without_initials():
    fields = parse_header(sgd_text("sgd-0000294464")).fields  # "De Minister van Koloniën,\nKONINGSBERGER."
    assert fields["signatories"] == [{"role": "minister", "portfolio": "Koloniën", "name": "KONINGSBERGER"}]
    fields = parse_header(sgd_text("sgd-0000042782")).fields  # "De Minister van\nDefensie,\nL. N. DECKERS,"
    assert fields["signatories"] == [{"role": "minister", "portfolio": "Defensie", "name": "L. N. DECKERS"}]


def test_bijlage_heading_in_capitals_under_an_unsigned_office_is_no_signatory():
    # "De Minister van Binnenlandsche Zaken en Landbouw,\nMEMORIE VAN TOELICHTING.": a bill, not yet signed.
    assert parse_header(sgd_text("sgd-0000293624")).fields["signatories"] is None
    # The same under two offices, in a file whose header is its first stuk, a Koninklijke Boodschap ("423. 1."): the
    # Boodschap ends where "423. 2." / "ONTWERP VAN WET." begins, and the monarch signs it; the signature of a later
    # stuk ("DE GEER.") is not the header's.
    fields = parse_header(sgd_text("sgd-0000295652")).fields
    assert [s["name"] for s in fields["signatories"]] == ["WILHELMINA"]


def test_bijlage_of_1948_reads_number_title_and_first_document():
    # "852 1" above "KONINKLIJKE BOODSCHAP": kamerstuk 852, nr. 1, titled by the line below the chamber.
    text = sgd_text("sgd-0000079831")
    header = parse_header(text)
    fields = header.fields
    spans = [(label, text[start:end]) for start, end, label in header.spans]
    assert ("dossiers", "852") in spans and ("ondernummer", "1") in spans and ("chamber", "Tweede Kamer") in spans
    assert fields["dossiers"] == [{"number": "852", "title": "Machtiging tot het van Rijkswege garanderen van "
                                   "geldleningen ten behoeve van gesubsidieerde bijzondere universiteiten en "
                                   "hogescholen"}]
    assert fields["ondernummer"] == "1"
    assert fields["heading"] == "KONINKLIJKE BOODSCHAP" and fields["doc_type"] == "other"
    assert fields["addressee"] == "Aan de Tweede Kamer der Staten-Generaal"


def test_bijlage_motie_date_of_proposal_is_no_place():
    # "MOTIE VAN ORDE ..." then "Voorgesteld 21 December 1921.": a date, and "Voorgesteld" is no place.
    fields = parse_header(sgd_text("sgd-0000311960")).fields
    assert fields["doc_type"] == "motie" and fields["date"] == "1921-12-21"
    assert fields["place"] is None
    # "(4. 18.)" under the head "(Bpprrootintr van Nedcrlandsch-Inlië voor het dienstjaar 1922. 4. 17—18.)": stuk 18
    # of kamerstuk 4, the Indies budget (as the annotators of fresh-2026-12-05b and random_sgd2.jsonl read its pages)
    title = "Bpprrootintr van Nedcrlandsch-Inlië voor het dienstjaar 1922"
    assert fields["dossiers"] == [{"number": "4", "title": title}]
    assert fields["ondernummer"] == "18"


def test_old_aanhangsel_has_its_chamber_and_is_read_as_aanhangsel():
    fields = parse_header(sgd_text("sgd-0000294001")).fields
    assert fields["chamber"] == "Tweede Kamer der Staten-Generaal"
    assert fields["doc_type"] == "aanhangsel" and fields["heading"].startswith("VRAGEN van den heer Fleskens")


def test_page_opening_with_a_stuk_marker_and_no_chamber_line():
    # "(34. 1.)" / "VOORLOOPIG VERSLAG." / "(De vroegere stukken zijn gedrukt onder n". 214 der Zitting 1894—1895.)"
    fields = parse_header(sgd_text("sgd-0000375035")).fields
    assert fields["dossiers"] == [{"number": "34", "title": None}] and fields["ondernummer"] == "1"
    assert fields["heading"] == "VOORLOOPIG VERSLAG" and fields["doc_type"] == "verslag"
    # the page's foot (1895-1896), not the session of the earlier stukken that the print note names
    assert fields["vergaderjaar"] == "1895-1896"


def test_marker_split_over_two_lines_above_the_title():
    # "[330." / "4.]" / "Onteigening eigendommen ..." / "(330. 4.)" / "BIJLAGE VAN DE MEMORIE VAN TOELICHTING"
    fields = parse_header(sgd_text("sgd-0000353472")).fields
    assert fields["dossiers"][0]["number"] == "330" and fields["dossiers"][0]["title"].startswith("Onteigening")
    assert fields["ondernummer"] == "4" and fields["heading"] == "BIJLAGE VAN DE MEMORIE VAN TOELICHTING"


def test_budget_numbering_gives_chapter_and_stuk():
    # "(Rijksbegrooting voor het dienstjaar 1930. 2. V. 17.)" / "2. V. 17." / "BRIEF VAN DEN MINISTER ...": begroting 2,
    # chapter V, stuk 17.
    fields = parse_header(sgd_text("sgd-0000044347")).fields
    assert fields["dossiers"] == [{"number": "2-V", "title": "Rijksbegrooting voor het dienstjaar 1930"}]
    assert fields["ondernummer"] == "17" and fields["doc_type"] == "brief"


@pytest.mark.parametrize(
    ("doc_id", "signatories"),
    [
        # an acting minister ("a.i.") whose name comes after a comma on the office's line
        ("sgd-0000132133", [{"role": "minister", "portfolio": "Verkeer en Waterstaat", "name": "P. Winsemius"}]),
        # hyphenated initials, a surname of three parts
        ("sgd-0000093687", [{"role": "staatssecretaris", "portfolio": "Buitenlandse Zaken",
                             "name": "B.-J. M. van Voorst tot Voorst"}]),
        # a surname of two capitalised parts, "minister" in small letters
        ("sgd-0000135621", [{"role": "minister", "portfolio": "Financiën", "name": "H.O.C. R. Ruding"}]),
        # a double surname with a particle after the hyphen
        ("sgd-0000130834", [{"role": "staatssecretaris", "portfolio": "Justitie", "name": "V. N. M. Korte-van Hemel"}]),
    ],
)
def test_signature_name_kinds(doc_id, signatories):
    assert parse_header(sgd_text(doc_id)).fields["signatories"] == signatories


def test_one_signatory_read_once_whatever_ocr_made_of_the_name():
    """A file of stukken signed by the same minister each time, the surname OCR'd differently (``HEEMSKEEK.`` under
    the first MvT, ``HEEMSKERK.`` under the next). sgd-0000438072, which pinned this before, opens with the end of
    an MvT; its header is the unsigned ontwerp under ``[LUI. 12.]`` (its gold in corpora/fresh-2026-12-06*)."""
    names = [s["name"] for s in parse_header(sgd_text("sgd-0000312477")).fields["signatories"]]
    assert len(names) == 1 and names[0].startswith("HEEMSKE")


def test_koninklijke_boodschap_under_a_running_head_without_brackets():
    """"Bijlagen." / "309." / title / "309. 1." / "KONINKLIJKE BOODSCHAP." / "Aan de Tweede Kamer der
    Staten-Generaal." ... "'s-Gravenhage, den 31 Januari 1936. WILHELMINA.": no chamber line of its own."""
    fields = parse_header(sgd_text("sgd-0000060980")).fields
    assert fields["heading"] == "KONINKLIJKE BOODSCHAP" and fields["doc_type"] == "other"
    assert fields["dossiers"][0]["number"] == "309" and fields["ondernummer"] == "1"
    assert fields["chamber"] == "Tweede Kamer der Staten-Generaal"  # from its addressee
    assert fields["signatories"] == [{"role": None, "portfolio": None, "name": "WILHELMINA"}]
    assert fields["place"] == "'s-Gravenhage" and fields["date"] == "1936-01-31"
    assert fields["vergaderjaar"] == "1935-1936"  # the page's foot


def test_page_opening_inside_a_stuk_takes_its_running_head():
    """"Hjjlage E." / "[66." / "10.]" / "Tweede Kamer. 77" / title: a table page inside stuk 66.10."""
    fields = parse_header(sgd_text("sgd-0000406550")).fields
    assert fields["dossiers"][0]["number"] == "66" and fields["ondernummer"] == "10"
    assert fields["dossiers"][0]["title"].startswith("Verslag over de")
    assert fields["doc_type"] is None and fields["heading"] is None
    # a running head over a range of stukken ("357." / "6—8.") gives no ondernummer; the first stuk whose heading
    # starts on the page gives it, also under a marker OCR garbled ("(«57. 7.) MEMORIE VAN TOELICHTING.")
    fields = parse_header(sgd_text("sgd-0000316849")).fields
    assert fields["dossiers"][0]["number"] == "357" and fields["ondernummer"] == "7"


def test_court_place_with_its_first_letter_garbled_by_ocr():
    """A Boodschap dated at the court whose place OCR garbled ("'s Cravenhage", as the blind sample of
    2026-12-04 printed one): place and date are read, the place as printed (as every blind gold writes it; since
    2026-12-05 k22e the reader no longer normalises it to 's-Gravenhage). The real 1877 Boodschap with its place so
    garbled."""
    text = sgd_text("sgd-0000408090").replace("'s Gravenhage, den 12den", "'s Cravenhage, den 12den")
    assert "'s Cravenhage, den 12den" in text
    fields = parse_header(text).fields
    assert fields["place"] == "'s Cravenhage" and fields["date"] == "1877-09-12"


def test_name_particles_are_one_list_for_signatures_and_askers():
    # One list (resources/name_particles.txt) for NAME_PARTICLE and the Aanhangsel's askers: sgd-0000036034 asks
    # "Van Es en Beckers-de Bruijn (beiden Groen Links)": the hyphen before the particle is the double name's.
    from nlkst.gazetteer import NAME_PARTICLE, name_particles

    for word in name_particles():
        for form in (word, word[:1].upper() + word[1:], word.upper()):
            assert re.fullmatch(NAME_PARTICLE, form)
    assert not re.fullmatch(NAME_PARTICLE, "te")  # "PINCOFFS te Rotterdam": a name and a place
    assert parse_header(sgd_text("sgd-0000036034")).fields["askers"] == ["Van Es", "Beckers-de Bruijn"]


def test_every_reader_of_names_takes_its_particles_from_the_one_file():
    # resources/name_particles.txt through gazetteer.name_particles(): no reader keeps a list of its own; the
    # subsets the file marks (initials, capitals, hyphen) are what signature_patterns, members and lines read.
    from nlkst import holders, members
    from nlkst.components import entity_ids
    from nlkst.gazetteer import name_particles, signature_patterns

    every = set(name_particles())
    assert {"van", "der", "'t", "tot", "des", "von"} <= every and "te" not in every
    assert entity_ids._NAME_PARTICLES == every and holders._PARTICLES == every
    assert members._NAME_PARTICLES == set(name_particles("capitals")) and "in" not in members._NAME_PARTICLES
    assert {word.lower() for word in re.search(r"\(\?:\(\?:([^)]*)\)", members._SIGNATURE_LINE.pattern).group(1)
            .split("|")} == members._NAME_PARTICLES
    initials = {word for pattern in signature_patterns() for token in pattern["pattern"]
                for word in token.get("LOWER", {}).get("IN", [])}
    assert initials == set(name_particles("initials")) and "in" in initials  # "J. in 't Veld"
    assert set(re.findall(r"[a-z']+", lines._PARTICLES_THEN_NAME_RE.pattern.split(r"\s+")[0])) \
        == set(name_particles("hyphen"))
    for subset in ("initials", "capitals", "hyphen"):
        assert set(name_particles(subset)) <= every | {"te"} and name_particles(subset)
    # sgd-0000036034: "Van Es en Beckers-de Bruijn (beiden Groen Links)": the hyphen before "de" is a double name's
    assert lines.keeps_hyphen("Beckers", "de Bruijn")


def test_a_line_breaks_hyphen_is_dropped_only_where_known_to_be_the_breaks():
    # corpora/CONVENTIONS.md (line-break hyphen at a compound's seam), the words of real Aanhangsel headings
    nowhere = lines.PageSpelling.of("")
    assert lines.line_break_hyphen("gemeente", "garanties", nowhere) is False  # sgd-0000193984: a seam, kept
    assert lines.line_break_hyphen("Minimum", "inkomen", nowhere) is False
    assert lines.line_break_hyphen("scho", "len", nowhere) is True  # sgd-0000158471: "scho" is no word
    assert lines.line_break_hyphen("Vasco", "werknemers", nowhere) is None  # a name: the reader's own rules decide
    # sgd-0000193458: the page prints the word joined as well, so the heading's hyphen is the break's
    assert lines.line_break_hyphen("transport", "ondernemers", lines.PageSpelling.of(
        "van Nederlandse transport-ondernemers in Iran. ... van Neder-landse transportondernemers in Iran")) is True
    # sgd-0000350503: a word, then the same hyphen printed again ("kas-tekort" four times, never joined)
    assert lines.line_break_hyphen("kas", "tekort", lines.PageSpelling.of("het kas-tekort ... het kas-tekort")) is None
    assert lines.dehyphenate(["over gemeente-", "garanties voor"], nowhere) == "over gemeente-garanties voor"
    assert lines.dehyphenate(["Nieuwbouw van scho-", "len in"], nowhere) == "Nieuwbouw van scholen in"


def test_a_part_that_is_no_word_makes_an_undecided_hyphen_the_line_breaks():
    # corpora/CONVENTIONS.md (line-break hyphen at a compound's seam: a part is no word), the words of real titles
    nowhere = lines.PageSpelling.of("")
    # an ending that opens no word, even where OCR's broken words put it among the common words ("lijke")
    assert lines.is_word_ending("mische") and lines.is_word_ending("selijke") and lines.is_word_ending("ting")
    assert not lines.is_word_ending("ring") and not lines.is_word_ending("vallei") and not lines.is_word_ending("heden")
    assert lines.line_break_hyphen("zake", "lijke", nowhere) is True  # sgd-0000267025: no seam
    assert lines.no_word_part("plaai", "selijke", nowhere)  # sgd-0000428025
    # neither part a word, the two joined one: "Budgetvoorlich-ting", sgd-0000165618 "pen-sioenwet"
    assert lines.no_word_part("pen", "sioenwet", nowhere)
    # a part no list knows beside a word, or two words: a compound's own hyphen, left as printed
    assert not lines.no_word_part("Aguan", "vallei", nowhere)  # sgd-0000153817
    assert not lines.no_word_part("Lager", "onderwijswet", nowhere)  # sgd-0000296828
    assert not lines.no_word_part("commies", "griffier", nowhere)  # sgd-0000282829


def test_page_number_over_a_range_head_reads_the_first_stuk_of_the_range():
    # sgd-0000395077: "2" / "[120. 7—13.]" / title / "[120. 7.] MEMORIE VAN TOELICHTING.": the page opens with nr. 7
    text = ("2\n[120. 7—13.]\nNaturalisatie van H. G. Hunenkamp en aclit anderen.\n[120. 7.] MEMORIE VAN TOELICHTING.\n"
            "De ambtsberichten, door de Regeering ingewonnen ten aanzien van het verzoek (*) om naturalisatie van "
            "Theodor Berger , geven haar voldoende aanleiding de tegenwoordige wetsvoordracht aan te bevelen.\n")
    fields = parse_header(text).fields
    assert (fields["ondernummer"], fields["doc_type"], fields["heading"]) == ("7", "memorie_van_toelichting",
                                                                              "MEMORIE VAN TOELICHTING")
    # sgd-0000324669: "26" / "[432." / "100—103.]": the marker of nr. 101 follows nr. 100's, OCR garbled
    # ("(432. 100.V"): not the first stuk of the range, so no number
    text = ("26\n[432.\n100—103.]\nNaturalisatie van J. M. Goedhart on 55 andoren.\n(432. 100.V\n"
            "(432. 101.) MEMORIE VAN TOELICHTING.\nONTWERP VAN WET.\n")
    assert parse_header(text).fields["ondernummer"] is None


def test_running_head_without_full_stops_reads_the_first_marked_stuk():
    # sgd-0000087348: "1638" / "9—12" under "Bijlagen", the marker "1638 9" over an amendment's heading in small letters
    text = ("Bijlagen\n1638\n9—12\nNoodregeling kinderbijslag kleine zelfstandigen\nTweede Kamer\n25\n1638 9\n"
            "Amendementen van de heer Hooij\nIngezonden 4 April 1951.\n"
            "Ondergetekende heeft de eer de volgende amendementen voor te stellen:\n")
    fields = parse_header(text).fields
    assert fields["dossiers"] == [{"number": "1638", "title": "Noodregeling kinderbijslag kleine zelfstandigen"}]
    assert (fields["ondernummer"], fields["doc_type"], fields["heading"]) == ("9", "amendement",
                                                                              "Amendementen van de heer Hooij")
    # sgd-0000087430: the title runs on in small letters ("Pensioen­en" / "spaarfondsenwet")
    text = ("1730\n5—6\nPensioen\xaden\nspaarfondsenwet\nArtikel 8, leden 3 en\xad7.\n"
            "Met de toevoeging van de woorden „op staande voet\" wordt bedoeld buiten alle twijfel te stellen.\n"
            "1730 6\nNOTA VAN WIJZIGINGEN\n")
    fields = parse_header(text).fields
    assert fields["dossiers"][0]["title"] == "Pensioen-en spaarfondsenwet"
    assert (fields["ondernummer"], fields["heading"]) == ("6", "NOTA VAN WIJZIGINGEN")
    # a marker outside the head's range, or a line in capitals before it (a stuk whose marker OCR garbled): nothing
    assert parse_header(text.replace("1730 6\n", "1730 8\n")).fields["ondernummer"] is None
    garbled = text.replace("1730 6\n", "1730 6\n", 1).replace("Artikel 8", "GEWIJZIGD ONTWERP VAN WET\nArtikel 8")
    assert parse_header(garbled).fields["ondernummer"] is None


def test_a_print_footer_whose_session_year_ocr_split_is_no_header():
    # sgd-0000038315 from character 200 (the fresh-2026-12-04c passage): the page's print footer with its second
    # year split ("vergaderjaar 1989-1 990") was read as a header with dossiers 1990 and 21299-01 (k21hp); as
    # with the year whole, the foot of a page gives a passage no header
    text = ("NOTA VAN VERBETERING Ontvangen 16 oktober 1989\nIn het voorstel van wet (stuk nr. 2) moet de volgende "
            "verbetering worden aangebracht: In de staat behorende bij de wet wordt in kolom 5 «-47» vervangen door: "
            "-57.\n914845F sSDSuN°t9g2eve\"s7Gravenhage 1989\nTweede Kamer, vergaderjaar 1989-1 990, 21 299-01, nr. 4")
    assert parse_header(text).fields["dossiers"] is None
    assert parse_header(text.replace("1-1 990", "1-1990")).fields["dossiers"] is None


def test_senate_page_number_garbled_or_repeated_on_its_own_line():
    # sgd-0000074031: the page's number over "Eerste Kamer" with its 1 read as I and a space ("I 17"), legible at the
    # heading ("117. EINDVERSLAG ..."): the heading's digits
    text = ("Bijlagen\nI 17\nEerste Kamer 1\nTijdelijke verlenging van den termijn, bedoeld in artikel 328, tweede "
            "lid, der Invaliditeitswet.\n117. EINDVERSLAG VAN DE COMMISSIE VAN RAPPORTEURS over het ontwerp van wet "
            "tot tijdelijke verlenging van den termijn.\nBij de overweging van dit wetsontwerp in de afdeelingen.\n")
    fields = parse_header(text).fields
    assert fields["dossiers"] == [{"number": "117", "title": "Tijdelijke verlenging van den termijn, bedoeld in "
                                                             "artikel 328, tweede lid, der Invaliditeitswet"}]
    assert fields["ondernummer"] is None
    # sgd-0000053309 "297-" (its stop read as a hyphen) over "297."; sgd-0000053176 "83." over "88." (OCR's 3 and 8:
    # the page's number, in larger type)
    assert parse_header(text.replace("I 17\n", "1I7-\n")).fields["dossiers"][0]["number"] == "117"
    assert parse_header(text.replace("117. EIND", "112. EIND")).fields["dossiers"] is None  # 7 and 2: no OCR pair
    assert parse_header(text.replace("I 17\n", "113.\n").replace("117. EIND", "118. EIND")).fields["dossiers"][0][
        "number"] == "113"
    assert parse_header(text.replace("I 17\n", "I 18\n")).fields["dossiers"] is None  # another number
    # sgd-0000083414: from 1947 the number repeated on a line of its own above the heading ("1689" / "VOORLOPIG ...")
    own_line = text.replace("117. EIND", "117\nEIND")
    assert parse_header(own_line).fields["dossiers"][0]["number"] == "117"
    assert parse_header(own_line.replace("117\nEIND", "116\nEIND")).fields["dossiers"] is None
    # not on a Tweede Kamer page
    assert parse_header(own_line.replace("Eerste Kamer 1", "Tweede Kamer 1")).fields["dossiers"] is None


def test_heading_in_capitals_runs_on_in_small_letters_on_the_lines_under_it():
    # sgd-0000053176: an Eerste Kamer report's heading in capitals over a narrow column, its sentence going on in small
    # letters over four printed lines to its full stop
    text = ("Bijlagen.\n83.\nEerste Kamer.\nWijziging en verhooging hoofdstuk VIII der Rijksbegrooting voor 1933.\n"
            "83. EINDVERSLAG VAN DE COMMISSIE VAN RAPPORTEURS\nover het ontwerp van wet tot wijziging en verhooging\n"
            "van het achtste hoofdstuk der Rijksbegrooting\nvoor het dienstjaar 1933. (Aanvullende bijdragen aan het\n"
            "Algemeen Burgerlijk Pensioenfonds.)\nBij het afdeelingsonderzoek van dit wetsontwerp spraken enkele leden "
            "hunne afkeuring uit.\n")
    assert parse_header(text).fields["heading"] == (
        "EINDVERSLAG VAN DE COMMISSIE VAN RAPPORTEURS over het ontwerp van wet tot wijziging en verhooging van het "
        "achtste hoofdstuk der Rijksbegrooting voor het dienstjaar 1933. (Aanvullende bijdragen aan het Algemeen "
        "Burgerlijk Pensioenfonds.)")
    # sgd-0000044650: the capitals break off on a joining word and go on on the next line before the small letters
    broken = text.replace("COMMISSIE VAN RAPPORTEURS\nover", "COMMISSIE VAN\nRAPPORTEURS over")
    assert parse_header(broken).fields["heading"] == parse_header(text).fields["heading"]
    # no full stop within six lines: the capitals alone, as before
    endless = text.replace("Pensioenfonds.)\n", "Pensioenfonds\nen\nvoor\nhet\njaar\n")
    assert parse_header(endless).fields["heading"] == "EINDVERSLAG VAN DE COMMISSIE VAN RAPPORTEURS"
    # a heading whose full stop ends it is not continued by the addressee in small letters (sgd-0000310715)
    letter = ("Bijlagen.\n[12. 1.]\nTweede Kamer.\nWijziging der Kieswet.\n(12. 1.) GELEIDENDE BRIEF.\n"
              "van den Heer Voorzitter van de Tweede Kamer der Staten-Generaal.\n's Gravenhage, den 5 November 1921.\n")
    assert parse_header(letter).fields["heading"] == "GELEIDENDE BRIEF"
    # the stop of "n°." before a number at a line's end is no full stop (sgd-0000390029)
    table = ("Bijlagen.\n[3. 4.]\nTweede Kamer.\nPensioenen.\n(3. 4.) STAAT\nvan verleende pensioenen, laatstelijk "
             "gewijzigd (Staatsblad n°.\n64), alsmede van verstorven pensioenen.\n")
    assert parse_header(table).fields["heading"] == "STAAT"


def test_unlisted_heading_under_a_bare_marker_alone_on_its_line():
    # sgd-0000292062: "65." / "4." over "65. 4." and a heading in capitals of a kind no list names, to its full stop
    text = ("80\n65.\n4.\nBepalingen tot regeling van den kleinhandel in alcoholhoudende dranken.\n65. 4.\n"
            "GEWIJZIGD VERGELIJKEND OVERZICHT VAN DEN TEKST VAN HET ONTWERP EN VAN DIEN DER BESTAANDE DRANKWET.\n"
            "Tekst der bestaande Drank wet.\nWIJ WILLEM III, BIJ DE GRATIE GODS, KONING DER NEDERLANDEN.\n")
    fields = parse_header(text).fields
    assert (fields["ondernummer"], fields["doc_type"]) == ("4", "other")
    assert fields["heading"] == ("GEWIJZIGD VERGELIJKEND OVERZICHT VAN DEN TEKST VAN HET ONTWERP EN VAN DIEN DER "
                                 "BESTAANDE DRANKWET")
    # without its full stop (a table's column head) or short: none
    assert parse_header(text.replace("DRANKWET.\n", "DRANKWET\n")).fields["heading"] is None
    assert parse_header(text.replace("GEWIJZIGD VERGELIJKEND OVERZICHT VAN DEN TEKST VAN HET ONTWERP EN VAN DIEN DER "
                                     "BESTAANDE DRANKWET.", "TEKST NU.")).fields["heading"] is None


def test_lettered_stuk_from_the_print_footer():
    # sgd-0000014448: no "Nr." line; the footer names the page's stuk by its letter
    text = ("Tweede Kamer der Staten Generaal\n2\nVergaderjaar 1992-1993\n22800\nNota over de toestand van 's Rijks "
            "financiën\nADVIES RAAD VAN STATE\nAan de Koningin\n's-Gravenhage, 7 september 1992\nBij Kabinetsmissive "
            "van 31 augustus 1992 heeft Uwe Majesteit de nota ter overweging aanhangig gemaakt.\n"
            "Tweede Kamer, vergaderjaar 1992-1993, 22 800, A")
    assert parse_header(text).fields["ondernummer"] == "A"
    # sgd-0000146246: the sheet's letters and the page's number 1 under them: the first stuk opens the sheet
    sheet = text.replace("22 800, A", "22 800, A-C\n1")
    assert parse_header(sheet).fields["ondernummer"] == "A"
    # a later page of the sheet, or no page number: any of its stukken; another dossier's footer: none
    assert parse_header(sheet.replace("A-C\n1", "A-C\n5")).fields["ondernummer"] is None
    assert parse_header(sheet.replace("A-C\n1", "A-C")).fields["ondernummer"] is None
    assert parse_header(text.replace("22 800, A", "22 801, A")).fields["ondernummer"] is None


def test_senate_stuk_takes_its_dossier_from_the_page_foot():
    # sgd-0000216757: the Tweede Kamer's number over the chamber line garbled ("| \ 863"); the foot prints it with the
    # stuk's number, the head's "Nr. 182"
    text = ("| \\ 863 (Tweede Kamer)\nEERSTE KAMER DER STATEN-GENERAAL\nZitting 1971-1972\nNr. 182\nEINDVERSLAG van de "
            "vaste Commissie voor Financiën omtrent het ontwerp van wet tot goedkeuring van de Beschikking.\n"
            "De Commissie heeft geen opmerkingen.\nVastgesteld 13 juni 1972.\nTERWINDT\nVAN WIJK.\n11863 182")
    fields = parse_header(text).fields
    assert (fields["dossiers"], fields["ondernummer"]) == ([{"number": "11863", "title": None}], "182")
    # sgd-0000232930: the stuk's letter as OCR read it at the foot ("45«" for 45a)
    lettered = text.replace("Nr. 182", "Nr. 45a").replace("11863 182", "9946 45«")
    assert parse_header(lettered).fields["dossiers"] == [{"number": "9946", "title": None}]
    # a foot whose stuk number is not the head's (sgd-0000276122, "I 4179 19a" under "No. 79a"), or a Tweede Kamer
    # page: none
    assert parse_header(text.replace("11863 182", "11863 183")).fields["dossiers"] is None
    assert parse_header(text.replace("EERSTE KAMER", "TWEEDE KAMER")).fields["dossiers"] is None
