"""Bijlagen pages whose stuk opens with a bijlage's label over a table's or annex's title: the label is the heading,
doc_type other (corpora/CONVENTIONS.md, label over a table's or annex's title, settled hdr-tables, 2026-12-07).
Excerpts of real SGD pool pages (``../shared/corpora/sgd/sgd_ocr.jsonl``), by id."""

from __future__ import annotations

import pytest

from nlkst.header import parse_header
from nlkst.header.tables import label_line

CASES = [
    ('sgd-0000390111', 'BIJLAÜB H', "\n".join([
        '!',
        'L». Vil li. IL]',
        'BIJLAÜB H.',
        'STAAT VAN WACHTGELDEN,',
        'verleend aan ambtenaren tot het Departement van Financiën behoorende, die ten gevolge',
        'van maatregelen van bestuur buiten betrekking zijn geraakt',
    ])),
    ('sgd-0000365141', 'BIJ LAGE F', "\n".join([
        'Cl 43.',
        'H.3',
        'Verslag van deu staat der hooge-, middelbare en lagere scholen over 1900—1901. (Bijlage F)',
        'BIJ LAGE F.',
        'REGLEMENT ra» het gymnasium, opgericht door de ver-eeniging der fraters Ie Tilburg , ten d'
        'oet hebbende hel op-voeden van jongelingen tot nuttige leden der maatschap/iij §H het geve'
        'n van onderwijs aan ',
        'Art. 1.',
    ])),
    ('sgd-0000430119', 'BIJLAGE', "\n".join([
        '307',
        'Staatsbegrooting voor het dienstjaar 1863.',
        '(Memorien van Beantwoording van het Voorloopig Verslag der Commissie van Rapporteurs.)',
        "de hypotheken, het kadaster en de scheepsbewijzen te 's Hertogen-bosch van den bewaarder C"
        '. F. C. baron VAX HEMERT TOT DIXGS-HOP over het tijdvak van 1 Januarij 1858 tot en met 31 '
        'Januarij 1860, waarb',
        '3°. Op het verslag te steilen: Bij art. 108 enz. Bij art. 117. » De directeur wordt gelast'
        ': 1°. om de syllaben van al de gedurende het nagezieno tijdvak gedane in-en over-schrij vi'
        'ngen door een of twe',
        "'s Gravenhage, den lfiden Mei 1860. De Minister,",
        '{(jet.) VAN HALL." Voor extract conform , De Secretaris-Generaal bij het Ministerie van Fi'
        "/iantien t VAN' HOYTEMA.",
        '[II. 130*.]',
        'BIJLAGE.',
        "'s GRAVENHAGE , den Gden November 1861.",
    ])),
    ('sgd-0000381520', 'BIJLAGE', "\n".join([
        'Bijlage A.',
        '(Staatsbegrooüng v crr hel dirr.etjtar 1803) X. 4.',
        'Tweede Kamer',
        '[§. -n',
        'Xde HOOFDSTUK.',
        'BIJLAGE NOMINATIEVE STAAT der pensioenen, verleend sedert 1 Juli 184G.',
        'Namen en voornaman.',
        'Ge-',
    ])),
    ('sgd-0000366843', 'BIJLAGE X', "\n".join([
        '(Staatabegrooting voor het dienstjaar 1901.',
        'VI. 20-31.)',
        '(2. VI. 20.)',
        'BIJLAGE X.',
        'OPGAVE van de geraamde en de werkelijke opbrengst der loodsgelden over het jaar 1899.',
        '(2. VI. 21.',
    ])),
    ('sgd-0000359759', 'BIJLAGE I', "\n".join([
        'BijlüiLC £• 174.',
        '4.',
        'Verslag o/d. verrichtingen aangaande het antöeatuur 1903.',
        "TWCCdt' Killlirr.",
        '121',
        '(174. 4).',
        'CM»-Afdeeling.)',
        'BIJLAGE I.',
        'Noonlbmbaiif. VERSLAG over de werking van de artt. 20, 21 en 22 der Armenwet in IMS.',
        'I. In hoeveel gemeenten bestaat:',
    ])),
]


@pytest.mark.parametrize(("page", "heading", "text"), CASES, ids=[case[0] for case in CASES])
def test_label_is_the_heading(page, heading, text):
    fields = parse_header(text).fields
    assert (fields["heading"], fields["doc_type"]) == (heading, "other")


@pytest.mark.parametrize("line", [
    "BIJLAGE B.", "BIJLAGE.", "BIJ LAGE F.", "BIJLAÜB H.", "BIJLA.GB F.", "BIJLAGU N*. 2.",
    "BIJLAG B E.", "B IJ L A G E.",
])
def test_label_line(line):
    assert label_line(line)


@pytest.mark.parametrize("line", [
    "BIJLAGEN", "Bijlage A.", "BIJLAGE VAN DE MEMORIE VAN TOELICHTING", "VERBETERBLAD.",
    "BIJLAGE NOMINATIEVE STAAT der",
])
def test_not_a_label_line(line):
    assert not label_line(line)
