"""Belgian citations as ``REF`` entities (``nlkst.citations_be``), on lines of the Belgian written questions
(``../shared/corpora/be-questions``; each line's document id in its case)."""

from __future__ import annotations

import pytest

from nlkst.citations_be import citations

CITED = [
    # be-dekamer-186401: a list of oral questions with their dates, and the verbatim report in brackets
    ("5443 van de heer volksvertegenwoordiger Benoit Hellings (CRIV 54 COM 550) en de mondelinge parlementaire "
     "vragen nrs. 15556, 15826, 15892, 15988, 16027 en 16125 van 21 december 2016 en 12, 16, 18, 20 en 24 januari "
     "2017 van de heren volksvertegenwoordigers Sebastian Pirlot",
     ["CRIV 54 COM 550", "mondelinge parlementaire vragen nrs. 15556, 15826, 15892, 15988, 16027 en 16125 van 21 "
                         "december 2016 en 12, 16, 18, 20 en 24 januari 2017"]),
    # be-dekamer-191582: the bulletin of questions and answers; a written question without its noun
    ("(Integraal Verslag, Kamer, 2016-2017, CRIV 54 COM 605) en schriftelijke nr. 1037 (Vragen en Antwoorden, "
     "Kamer, 2016-2017, nr. 107) en nr. 1087",
     ["Integraal Verslag, Kamer, 2016-2017, CRIV 54 COM 605", "schriftelijke nr. 1037",
      "Vragen en Antwoorden, Kamer, 2016-2017, nr. 107", "nr. 1087"]),
    # be-dekamer-186347: a royal decree by its date with its title, which ends where the sentence's clause begins
    ("In het kader van de herziening van het koninklijk besluit van 12 januari 2007 betreffende het gebruik van "
     "bepaalde bedingen in bemiddelingsovereenkomsten van vastgoedmakelaars die in voorbereiding is, lijkt het",
     ["koninklijk besluit van 12 januari 2007 betreffende het gebruik van bepaalde bedingen in "
      "bemiddelingsovereenkomsten van vastgoedmakelaars"]),
    # be-dekamer-188469: an article of a code with its lid
    ("de verjaringstermijn van drie jaar als bedoeld in artikel 354, 1ste lid van het Wetboek van de "
     "inkomstenbelastingen 1992.In het kader van de taxshelter",
     ["artikel 354, 1ste lid van het Wetboek van de inkomstenbelastingen 1992"]),
    # be-dekamer-186847: an article of a law named by one word
    ("Volgens artikel 23 van de ventosewet is het hen verboden", ["artikel 23 van de ventosewet"]),
    # be-dekamer-185226: an EU directive by number and date
    ('1. Richtlijn 2014/40/EU van 3 april 2014 bepaalt dat "e-sigaretten worden gereguleerd',
     ["Richtlijn 2014/40/EU van 3 april 2014"]),
    # be-dekamer-185864: sub-questions of the question itself are no citation
    ("gewezen koning Albert II.De vragen 1 tot 6 zijn dan ook niet van toepassing.", []),
    # be-dekamer-188478: articles of codes cited by the codes' abbreviations, and a book of a code by its name
    ("(artikel 196 Sw.). Fiscale valsheid, voorzien in artikel 450 WIB 1992 en artikel 73bis WBTW vormt een "
     "wanbedrijf. Dit zal worden geevalueerd in het kader van de hervorming van Boek II van het Strafwetboek.",
     ["artikel 196 Sw.", "artikel 450 WIB 1992", "artikel 73bis WBTW", "Boek II van het Strafwetboek"]),
    # be-dekamer-191062: the abbreviation with its year apart; an item (°, printed "?") after the article
    ("voorzien in artikel 145/26 WIB 92 en eventueel op de regeling voorzien in artikel 21, 13? WIB 92, wanneer",
     ["artikel 145/26 WIB 92", "artikel 21, 13? WIB 92"]),
    # be-dekamer-188594, be-dekamer-184622: a comma before the abbreviation; a code's name with a hyphen
    ("aangifteHet huidige artikel 444, WIB 92 bepaalt dat bij een", ["artikel 444, WIB 92"]),
    ("ge de wijziging van artikel 44, ? 3, 13?, van het Btw-Wetboek op 1 juli 2016 door",
     ["artikel 44, ? 3, 13?, van het Btw-Wetboek"]),
    # be-dekamer-190831: a lettered point after the item; be-dekamer-189783: "verslag" in lower case
    ("kt.Dit komt door het feit dat artikel 145/9, eerste lid, 1?, a) WIB 92 duidelijk voorschri",
     ["artikel 145/9, eerste lid, 1?, a) WIB 92"]),
    ("uw mondelinge vraag nr. 19245 (Integraal verslag, Kamer, 2016-2017, CRIV54 COM690).",
     ["mondelinge vraag nr. 19245", "Integraal verslag, Kamer, 2016-2017, CRIV54 COM690"]),
    # be-dekamer-190921, be-dekamer-190776: a question's number alone, the next of a list or "onder het nr."
    ("gegeven heb op de mondelinge parlementaire vragen nr. 18655 van mevrouw de volksvertegenwoordiger Kattrin "
     "Jadin en nr. 19222 van de heer volksve", ["mondelinge parlementaire vragen nr. 18655", "nr. 19222"]),
    ("de minister van Economie en Consumenten, aan wie dezelfde vraag gesteld werd onder het nr. 1465.",
     ["nr. 1465"]),
    # be-dekamer-185801: numbers of rulings in a sentence that speaks of no question are none
    ("bij de Raad van State, maar dat in de arresten nr. 216.213 van 10 november 2011 en nr. 212", []),
    # be-dekamer-187267: an article of a decree named by its parliament (two capitalised words) and its date
    ("o werd bijvoorbeeld artikel 145/40 gewijzigd door artikel 65, 1? van het decreet van het Vlaams Parlement van "
     "19 december 2014, dat gel", ["artikel 65, 1? van het decreet van het Vlaams Parlement van 19 december 2014"]),
    # be-dekamer-188745, be-dekamer-188943: a code named alone, in either case, and its abbreviation with its year
    ("Het betreft hier onder andere inbreuken op het Strafwetboek en op de Bijzondere", ["Strafwetboek"]),
    ("zoals ze zijn opgenomen in het wetboek van de inkomstenbelastingen (WIB 1992)",
     ["wetboek van de inkomstenbelastingen", "WIB 1992"]),
    # be-dekamer-187963: an article numbered by the code's book, of a code whose name runs over two words
    ("verboden en nietig krachtens artikel VI.84 van het Wetboek van economisch recht. 2. De",
     ["artikel VI.84 van het Wetboek van economisch recht"]),
    # be-dekamer-188527: a paragraph numbered bis, and a law whose name is one compound, by its date
    ("ieder overuur als bedoeld in artikel 26bis, ? 2bis, derde lid, van de arbeidswet van 16 maart 1971 geprestee",
     ["artikel 26bis, ? 2bis, derde lid, van de arbeidswet van 16 maart 1971"]),
    # be-dekamer-191361: a title ends before the next question's number glued to its question mark
    ("van artikel 86, ? 2 van de basiswet van 12 januari 2005 betreffende het gevangeniswezen en de rechtspositie "
     "van de gedetineerden?2. Kan u de",
     ["artikel 86, ? 2 van de basiswet van 12 januari 2005 betreffende het gevangeniswezen en de rechtspositie van "
      "de gedetineerden"]),
    # be-dekamer-192291, be-dekamer-185141: a verbatim report's number glued to its series, or without "CRIV"
    ("van mevrouw Annick Lambrecht (Integraal Verslag, Kamer, 2016-2017, CRIV54 COM690).Meer bep",
     ["Integraal Verslag, Kamer, 2016-2017, CRIV54 COM690"]),
    ("ctuur heb gegeven. (Integraal Verslag, Kamer, 2016-2017, 54 COM 511).Het",
     ["Integraal Verslag, Kamer, 2016-2017, 54 COM 511"]),
    # be-dekamer-187332, be-dekamer-189933: the Belgisch Staatsblad of a day; without its date, none
    ("n in het kader van overheidsopdrachten (Belgisch Staatsblad, 24 december 2010)Ten derde",
     ["Belgisch Staatsblad, 24 december 2010"]),
    ("uittreksels uit het Gerechtelijk Wetboek naar het Belgisch Staatsblad verstuurd voor publ",
     ["Gerechtelijk Wetboek"]),
    # be-dekamer-188477, be-dekamer-188042: a circular by its number and date; one named by neither is none
    ("In zijn circulaire nr. Ci.RH.243/588.588 (AOIF 25/2008) van 13 augustus 2008 verduidel",
     ["circulaire nr. Ci.RH.243/588.588 (AOIF 25/2008) van 13 augustus 2008"]),
    ("mogen we deze administratieve circulaire verwachten?3. U zal", []),
    # be-dekamer-189234: an article of "the law" the text is about names no law
    ("de verplichting tot melding aan het BIPT als operator.In artikel 9 van de wet is er geen vrijstelling", []),
    # k17t, pooled fresh golds: a bulletin's date before its number (be-dekamer-185874); "nr" without its stop
    # (be-dekamer-186384); merged questions (be-dekamer-188748)
    ("op 23 februari 2017 (Vragen en Antwoorden, Kamer, 2016-2017, 23 februari 2017, nr. 107, blz. 138.).",
     ["Vragen en Antwoorden, Kamer, 2016-2017, 23 februari 2017, nr. 107, blz. 138"]),
    ("verschaft heb op de vraag nr 1051 van 10 februari 2016 van de heer Deseyn Roel",
     ["vraag nr 1051 van 10 februari 2016"]),
    ("gegeven antwoord op samengevoegde mondelinge vragen met nrs. 17152, 17153, 17210 en 17239 (Integraal Verslag, "
     "Kamer, 2016-2017, CRIV 54 COM 622). Er",
     ["samengevoegde mondelinge vragen met nrs. 17152, 17153, 17210 en 17239",
      "Integraal Verslag, Kamer, 2016-2017, CRIV 54 COM 622"]),
    # an EU act with the body that issued it and its Official Journal (be-dekamer-190146); with its title, which
    # goes on over an enumeration's commas (be-dekamer-189950), as a law's title does (be-dekamer-189005)
    ("vloeit voort uit beschikking 2004/294/EG van 8 maart 2004 van de Raad (PB L97 van 8 maart 2004). Vandaag",
     ["beschikking 2004/294/EG van 8 maart 2004 van de Raad", "PB L97 van 8 maart 2004"]),
    ("confidentieel volgens verordening (EU) 376/2014 inzake het melden, onderzoeken en opvolgen van voorvallen in "
     "de burgerluchtvaart. De bescherming",
     ["verordening (EU) 376/2014 inzake het melden, onderzoeken en opvolgen van voorvallen in de burgerluchtvaart"]),
    ("de wet van 24 juli 1987 betreffende de tijdelijke arbeid, de uitzendarbeid en het ter beschikking stellen van "
     "werknemers ten behoeve van gebruikers.Artikel",
     ["wet van 24 juli 1987 betreffende de tijdelijke arbeid, de uitzendarbeid en het ter beschikking stellen van "
      "werknemers ten behoeve van gebruikers"]),
    # be-dekamer-189687 (pool draw): the body between the number and the date, the title's first part only where
    # the next part holds no "en"
    ("een nieuwe richtlijn 2015/2366 van het Europees Parlement en de Raad van 25 november 2015 betreffende "
     "betalingsdiensten in de interne markt, houdende",
     ["richtlijn 2015/2366 van het Europees Parlement en de Raad van 25 november 2015 betreffende "
      "betalingsdiensten in de interne markt"]),
    # be-dekamer-192708 (pool draw): the bulletin by legislature and number, a page with a thousands' stop
    ("Burgerlijk Wetboek (vergelijk QRVA 51-137, vraag nr. 202, blz. 26.954). De",
     ["QRVA 51-137", "vraag nr. 202"]),
    # a title's comma before a clause of the sentence's own is no enumeration (be-dekamer-186347's form)
    ("het koninklijk besluit van 12 januari 2007 betreffende het gebruik van bedingen, die in voorbereiding is en",
     ["koninklijk besluit van 12 januari 2007 betreffende het gebruik van bedingen"]),
]


@pytest.mark.parametrize(("text", "expected"), CITED, ids=[case[0][:30] for case in CITED])
def test_belgian_citations(text, expected):
    assert [text[c.start:c.end] for c in citations(text)] == expected


def test_act_ids_by_date_and_bulletin_ids():
    text = ("het koninklijk besluit van 28 oktober 2016 betreffende het fabriceren en het in de handel brengen van "
            "elektronische sigaretten gepubliceerd")  # be-dekamer-185226
    (decree,) = citations(text)
    assert decree.record == {"type": "be_wet", "id": "be-kb-2016-10-28"}
    assert text[decree.start:decree.end].endswith("sigaretten")
    (bulletin,) = citations("(Vragen en Antwoorden, Kamer, 2016-2017, nr. 109)")  # be-dekamer-185826
    assert bulletin.record["id"] == "qrva-20162017-109"
    act, journal = citations("uit beschikking 2004/294/EG van 8 maart 2004 van de Raad (PB L97 van 8 maart 2004).")
    assert act.record["id"] == "eu-beschikking-2004-294"  # be-dekamer-190146
    assert journal.record == {"type": "publicatieblad", "id": "pb-l-2004-97"}


def test_glued_sentence_is_split_so_the_ref_ends_at_its_number(nlp):
    # be-dekamer-185749: the answer's next sentence glued to the closing bracket ("434).Wat")
    doc = nlp("kunt u terugvinden in mijn antwoord op uw vraag met nummer 11717 (Integraal Verslag, Kamer, "
              "2015-2016, CRIV 54 COM 434).Wat de globale vennootschapsbelasting betreft, is het niet mogelijk.")
    refs = [ent.text for ent in doc.ents if ent.label_ == "REF"]
    assert refs == ["vraag met nummer 11717", "Integraal Verslag, Kamer, 2015-2016, CRIV 54 COM 434"]
    assert [r["id"] for r in doc._.references] == [None, "criv-54-com-434"]


def test_sentence_glued_to_an_organisation_is_split_from_it(nlp):
    # be-dekamer-185009: "(FAVV).De AADA": the acronym in brackets and the next sentence in one token
    doc = nlp("de levende dieren worden voor bewaring afgestaan aan het Federaal Agentschap voor de veiligheid van "
              "de voedselketen (FAVV).De AADA heeft geen elementen die het illegale intracommunautaire verkeer")
    assert ("FAVV", "ORG") in {(ent.text, ent.label_) for ent in doc.ents}
    assert "De" in [token.text for token in doc]
    # a web address keeps its stops and capitals (a constructed line: no split inside a URL)
    assert "www.Belgium.be" in [token.text for token in nlp("Zie www.Belgium.be voor meer.")]


def test_heading_glued_to_its_paragraph_ends_the_organisation(nlp):
    # be-dekamer-190248: a numbered heading naming a service, the answer's first word glued to it
    doc = nlp("beschikt niet over een eigen kantine. 3. FOD Buitenlandse ZakenTot op heden is er geen enkele actie "
              "in die zin genomen.")
    assert ("FOD Buitenlandse Zaken", "ORG") in {(e.text, e.label_) for e in doc.ents}
    # be-dekamer-185864: the heading and the same name in the sentence glued to it are two organisations
    doc = nlp("FOD Werkgelegenheid, Arbeid en Sociaal OverlegDe FOD Werkgelegenheid, Arbeid en Sociaal Overleg "
              "heeft geen ambtenaar ter beschikking gesteld.")
    assert [e.text for e in doc.ents if e.label_ == "ORG"] == ["FOD Werkgelegenheid, Arbeid en Sociaal Overleg"] * 2
    # a brand in camel case is no heading and its sentence (sentence_openers.txt: -LinkedIn)
    assert "LinkedIn" in [t.text for t in nlp("Het bericht stond op LinkedIn en werd gedeeld.")]


@pytest.mark.parametrize(("text", "body"), [
    # be-dekamer-185443: the next sentence glued to the body's stop
    ("op basis van de resultaten ervan, ligt momenteel een wetsontwerp voor in het Parlement.Tevens wordt de "
     "taxatie van tankkaarten versterkt.", "Parlement"),
    # be-dekamer-185170: and to the bracket that closes the unit's name
    ("liggen zij ter inzage bij de griffie van de Kamer van volksvertegenwoordigers (dienst Parlementaire "
     "Vragen).Cijfers voor 2016 zijn nog niet beschikbaar", "dienst Parlementaire Vragen"),
])
def test_an_organisation_ends_before_the_next_sentence(nlp, text, body):
    organisations = [e.text for e in nlp(text).ents if e.label_ == "ORG"]
    assert body in organisations
    assert not [name for name in organisations if "Tevens" in name or "Cijfers" in name]
