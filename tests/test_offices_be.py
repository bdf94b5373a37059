"""Belgian offices named with their holder, with long portfolios, or several at once (nlkst/members.py,
nlkst/bodies.py; k17t, kinds pooled from the fresh golds, so not blind), on sentences of the golds' documents."""

from __future__ import annotations

import pytest


def ministers(nlp, text: str) -> list[str]:
    return [ent.text for ent in nlp(text).ents if ent.label_ == "MINISTER"]


@pytest.mark.parametrize(("text", "office"), [
    # be-dekamer-187025: the holder by initials, which the gazetteer took for a PERSON alone
    ("Het onderwerp van deze vraag behoort tot de bevoegdheden van mijn collega minister W. Borsus voor zover het "
     "gaat om gewasbeschermingsmiddelen", "minister W. Borsus"),
    # be-dekamer-189519: the same after "naar"
    ("Ik verwijs u dan ook door naar minister D. Reynders (vraag nr. 1254 van 27 november 2017).",
     "minister D. Reynders"),
    # be-dekamer-185330: a listed surname with its particle in lower case
    ("verwijs ik u naar het antwoord van de minister de Block op vraag nr. 1342 van 19 januari 2017.",
     "minister de Block"),
    # be-dekamer-191119: a portfolio list with an acronym's plural and a last item after the commas
    ("behoort tot de bevoegdheden van de minister van Middenstand, Zelfstandigen, KMO's, Landbouw en "
     "Maatschappelijke Integratie en de vice-eersteminister",
     "minister van Middenstand, Zelfstandigen, KMO's, Landbouw en Maatschappelijke Integratie"),
    # be-dekamer-186410: the acronym's plural alone
    ("van de toenmalig minister van KMO's, de heer Bourgeois, meegedeeld", "minister van KMO's"),
    # be-dekamer-189527: a charge named with "der"
    ("de heer Bellot Francois, minister van Mobiliteit, belast met Belgocontrol en de Nationale Maatschappij der "
     "Belgische spoorwegen (vraag nr. 2354 van 19 mei 2017).",
     "minister van Mobiliteit, belast met Belgocontrol en de Nationale Maatschappij der Belgische spoorwegen"),
    # be-dekamer-184982, be-dekamer-191706: several ministers named together
    ("een grondige denkoefening in met mijn collega's, de ministers van Volksgezondheid en Justitie. Bepaalde",
     "ministers van Volksgezondheid en Justitie"),
    ("mijn collega's op federaal niveau, met name de ministers van Binnenlandse Zaken en van Energie (bijvoorbeeld",
     "ministers van Binnenlandse Zaken en van Energie"),
])
def test_a_belgian_office_is_one_span(nlp, text, office):
    assert office in ministers(nlp, text)


def test_the_name_after_the_office_is_no_person_of_its_own(nlp):
    doc = nlp("Ik verwijs u dan ook door naar minister D. Reynders (vraag nr. 1254 van 27 november 2017).")
    assert not [ent for ent in doc.ents if ent.label_ == "PERSON"]


@pytest.mark.parametrize("text", [
    "Heeft de minister de Kamer daarover ingelicht?",  # "de Kamer" is no listed surname
    # the fresh gold's other lands' ministers (be-dekamer-190384): no office of the cabinet
    "De ministers van Sociale Zaken, Werk en Werkgelegenheid van ongeveer tien EU-lidstaten hadden",
    # be-dekamer-189495 (pool draw): two lands' ministers
    "ontmoetingen tussen de Belgische en Oezbeekse ministers van Buitenlandse Zaken, politiek overleg",
    # be-dekamer-193260 (pool draw): a list the portfolio reader cannot follow (a lower-case item) is no cut office
    "van de federale ministers van Werk, Economie, Digitale agenda, Financien en Middenstand, alsook de",
])
def test_no_office_of_the_cabinet(nlp, text):
    assert not ministers(nlp, text)
