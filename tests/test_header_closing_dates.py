"""The closing part's dates and the monarch's name as OCR printed them (issue 22, k22c): real lines of
``../shared/corpora/sgd/sgd_ocr.jsonl`` (document ids in the comments). Whole documents of each kind are in
``tests/data/header_kinds.jsonl``; these are the lines that must and must not be read."""

from __future__ import annotations

import pytest

from nlkst.header import closing, prewar
from nlkst.header.values import parse_date, place


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Vastgesteld den Uden Februari 1909. VAN DEVENTER.", "1909-02-11"),  # sgd-0000350370: OCR's "Uden" for 11den
        ("Vastgesteld den 20stcn December 1918.", "1918-12-20"),  # sgd-0000338568
        ("Vastgesteld den 12don December 1912. VAN VÜUREN.", "1912-12-12"),  # sgd-0000341171
        ("Aldus vastgesteld door do Commissie van Rnpportours, don Uden Januari 1912. VAN DEN MAESEN DE SOMBREFF.",
         "1912-01-11"),  # sgd-0000343009
        ("Vastgesteld door de Commissie van Rapporteurs den 24sten November 1893. VAN DER KUN. HARTE.",
         "1893-11-24"),  # sgd-0000378936
        # A day whose digit OCR lost ("oden" for 5den or 6den) is no date.
        ("Aldus vastgesteld door de Commissie van Rapporteurs den oden Juni 1919.", None),  # sgd-0000321941
    ],
)
def test_adoption_date_as_ocr_printed_it(line, iso):
    match = closing._ADOPTED_RE.search(line)
    got = parse_date(match.group("day"), match.group("month"), match.group("year")) if match else None
    assert got == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("'s Gravenhage , den 22stcn Julij I85I. WILLEM.", "1851-07-22"),  # sgd-0000443725
        ("Het Loo, den 4 Mei Ï911.", "1911-05-04"),  # sgd-0000346637
        ("Het Loo, den 16deu September 1881. WILLEM.", "1881-09-16"),  # sgd-0000400227
        ("Wiesbaden, den Uden Julij 1860.", "1860-07-11"),  # sgd-0000433888
    ],
)
def test_court_date_as_ocr_printed_it(line, iso):
    match = prewar.MONARCH_PLACE_DATE_RE.search(line)
    assert match and parse_date(match.group("day"), match.group("month"), match.group("year")) == iso


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("W I 1.1. E M.", "W I 1.1. E M"),  # sgd-0000396779, under "Het Loo, den 17deu October 1883."
        ("Wl LHELMINA. (:!<>:$. 2.)", "Wl LHELMINA"),  # sgd-0000327815, a stuk marker after the name
        ("WILHEL \xadM I N A. 143. 2.", "WILHEL \xadM I N A"),  # sgd-0000072710, a bare marker after it
        ("IUI.IANA.", "IUI.IANA"),  # sgd-0000283529
        # Not the monarch's name: the ontwerp's opening line, a line of OCR noise.
        ("WIJ EMMA, ENZ.", None),  # the ontwerp van wet under a Boodschap (1890-1898)
        ("WIJ WILLEM III, ENZ.", None),  # sgd-0000443725
        ("W 1 L L B II.", None),  # too garbled to be read as a name
    ],
)
def test_garbled_monarch_name(line, name):
    match = closing._GARBLED_MONARCH_RE.search(line)
    assert (match.group("garbled") if match and closing.is_monarch_name(match.group("garbled")) else None) == name


@pytest.mark.parametrize(
    ("under", "name"),
    [
        ("'s Gravenhage, den 3den November 1896. E M M A.", "E M M A"),  # sgd-0000373552: Emma letter-spaced
        ("Het Loo, den 22 Augustus 1924. #W I L H E L M I N A.", "W I L H E L M I N A"),  # sgd-0000304896: OCR's #
        ("'s Gravenhage, den IS Januari 1924.\nW I LH EL 311 NA.", "W I LH EL 311 NA"),  # sgd-0000304148
        ("Het Loo, den 25 Juni 1903.\nWILHELMINA. 1201. 2.)", "WILHELMINA"),  # sgd-0000362857: the next marker
        ("Het Loo, den 16 September 1904. WILHELMINA. (*• 2.) (HOOFDSTUK I.", "WILHELMINA"),  # sgd-0000359600
        ("Het Loo, den 3den September 1879. WIL L E M. Aan de Tweede Kamer der", "WIL L E M"),  # sgd-0000403634
        ("Het Loo, den 26sten October 188G. WILLEM.", "WILLEM"),  # sgd-0000391192: the year garbled
        # Not the monarch's name: garbled past reading, the place's line, the ontwerp's opening line.
        ("'s Gravenhage, den 18den Januari 1884. WILLE |f.", None),  # sgd-0000397035: no stuk marker after "WILLE"
        ("Het Loo, den 23sten Januari 1890. W 1 L L B II.", None),  # sgd-0000386144
        ("'s Gravenhage , den 26sten April 1869.\nIn de ricier de Waal, onder de gemeente Valburg.", None),  # -422720
        ("ONTWERP VAN WET.\nWIJ WILHELMINA, BIJ DE GRATIE GODS, KONINGIN DER NEDERLANDEN,", None),
    ],
)
def test_monarch_under_the_blessing(under, name):
    found = [m.group("blessed") for m in closing._NAME_UNDER_BLESSING_RE.finditer(". " + under)]
    assert next((printed for printed in found if closing.is_monarch_name(printed)), None) == name


@pytest.mark.parametrize(
    ("heading", "boodschap"),
    [
        ("KONINKLIJKE BOODSCHAP", True),
        ("KONINKLIJKE BOODSCHAF", True),  # sgd-0000077183
        ("KONINKLIJKE BOO])SCHAP", True),  # sgd-0000364441
        ("KI tMN KL1IKE BOODSCHA1'", True),  # sgd-0000365940
        ("KONINKLIJKE iBOODSCHAP, ingekomen in de zitting van den 9den November 1875", True),  # sgd-0000411087
        ("ONTWERP VAN WET", False),
        ("MEMORIE VAN TOELICHTING", False),
    ],
)
def test_boodschap_heading(heading, boodschap):
    assert bool(closing._BOODSCHAP_HEADING_RE.search(heading)) is boodschap


@pytest.mark.parametrize(
    ("line", "offering"),
    [
        ("Wij bieden U hiernevens ter overweging aan een ontwerp van wet", True),
        ("Wij biüden U hiernevens nader tor overweging aan het in Uwe vorige zitting", True),  # sgd-0000420130
        ("Wij bieden U hiernovens ter overweging aan oen ont-werp van wet", True),  # sgd-0000416027
        ("Wy bieden IJ hiernevens ter overweging aan een ontwerp van wet", True),  # sgd-0000360252
        ("Wij bieden hierbij de memorie van antwoord aan", False),
    ],
)
def test_boodschap_opening_sentence(line, offering):
    assert bool(closing._OFFERING_RE.search(line)) is offering


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("VGravenhage", "'s-Gravenhage"),  # sgd-0000275301: "VGravenhage, 23 juli 1957."
        ("'s Giavenhage", "'s-Gravenhage"),  # sgd-0000341811
        ("'s-Graveuhage", "'s-Gravenhage"),  # sgd-0000352772
        ("Hei Loo", "Het Loo"),  # sgd-0000364663
        ("Soestdyk", "Soestdijk"),  # the old spelling's y for ij
        # Other places stay as printed: a place not listed, The Hague's other name.
        ("Den Haag", "Den Haag"),
        ("Wiesbaden", "Wiesbaden"),  # sgd-0000433888
        ("Lage Vuursche", "Lage Vuursche"),
    ],
)
def test_place_as_ocr_printed_it(printed, read):
    assert place(printed) == read
