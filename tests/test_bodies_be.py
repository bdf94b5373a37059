"""Belgian offices and federal services in their written-out forms, and a ministry as the subject after its verb
(nlkst/bodies.py; kinds pooled from the fresh samples' misses, so not blind), on lines of the Belgian questions."""

from __future__ import annotations

from test_acronyms import belgian_question, speech


def labelled(doc, label: str) -> list[str]:
    return [ent.text for ent in doc.ents if ent.label_ == label]


def test_the_combined_title_in_two_words_is_one_office(nlp):
    # "valt onder de bevoegdheid van de vice-eerste minister en minister van Buitenlandse Zaken en Europese zaken."
    found = labelled(nlp(belgian_question("be-dekamer-185165")), "MINISTER")
    assert "vice-eerste minister en minister van Buitenlandse Zaken en Europese zaken" in found
    assert "vice-eerste minister" not in found


def test_a_minister_charged_with_a_portfolio_is_an_office(nlp):
    # "De minister belast met Ambtenarenzaken is niet bevoegd om de naleving van de taalwet"
    assert "minister belast met Ambtenarenzaken" in labelled(nlp(belgian_question("be-dekamer-188165")), "MINISTER")
    # negative: "Het personeel belast met deze taak volgt het normale" (no office, lower-case charge)
    doc = nlp("Het personeel belast met deze taak volgt het normale werk. De minister belast met de vertaling.")
    assert not labelled(doc, "MINISTER")


def test_a_federal_public_service_written_out_in_any_case_is_one_organisation(nlp):
    # "Het reglement bij de Federale overheidsdienst Binnenlandse Zaken voor de buitenlandse zendingen"
    found = labelled(nlp(belgian_question("be-dekamer-186188")), "ORG")
    assert "Federale overheidsdienst Binnenlandse Zaken" in found
    # "heeft de federale overheidsdienst Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu": the full
    # name the list holds, though the portfolio rule stops at "van de"
    found = labelled(nlp(belgian_question("be-dekamer-186197")), "ORG")
    assert "federale overheidsdienst Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu" in found
    # "onder de bevoegdheid van de Fod Werkgelegenheid, Arbeid en Sociaal Overleg valt": the list's whole name
    found = labelled(nlp(belgian_question("be-dekamer-192442")), "ORG")
    assert "Fod Werkgelegenheid, Arbeid en Sociaal Overleg" in found
    # negative: two services after one FOD stay two (the list holds no "FOD Justitie en Buitenlandse Zaken")
    found = labelled(nlp("Dat vraagt de FOD Justitie en Buitenlandse Zaken om advies."), "ORG")
    assert "FOD Justitie" in found and "FOD Justitie en Buitenlandse Zaken" not in found


def test_a_ministry_after_its_finite_verb_is_the_body(nlp):
    # "Op 17 januari 2017 heeft Defensie de operationele vooruitzichten voor 2017 voorgesteld."
    # "2. In 2017, zal Defensie ongeveer 1.200 militairen in opdracht in het buitenland sturen"
    doc = nlp(belgian_question("be-dekamer-186009"))
    assert labelled(doc, "ORG").count("Defensie") >= 2
    # negative: the portfolio of an office stays inside it
    doc = nlp("Daarom heeft de minister van Defensie dat gevraagd.")
    assert "Defensie" not in labelled(doc, "ORG")


def test_a_regional_minister_takes_the_regions_adjective(nlp):
    # "Vlaams minister Weyts spreekt echter niet van een cofinanciering"
    assert "Vlaams minister Weyts" in labelled(nlp(belgian_question("be-dekamer-185670")), "MINISTER")
    # "antwoordde de Brusselse minister van Economie op een vraag hierover in het Brussels Parlement"
    assert "Brusselse minister van Economie" in labelled(nlp(belgian_question("be-dekamer-185590")), "MINISTER")


def test_the_premier_after_a_determiner_is_an_office(nlp):
    # "werd met het kabinet van de premier overeengekomen dat we een lijst van mijn bevoegdheden"
    assert "premier" in labelled(nlp(belgian_question("be-dekamer-186323")), "MINISTER")
    # "Kan de premier dat niet gewoon schrappen?" (a Dutch debate)
    assert "premier" in labelled(nlp(speech("parlspeech-577607")), "MINISTER")
    # negative: the French ordinal ("le premier ministre") is no office
    assert not labelled(nlp("Selon le premier ministre, la question est close."), "MINISTER")


def test_a_name_defined_with_its_acronym_and_a_belgian_body_head_is_an_organisation(nlp):
    # heads of resources/organisation_heads.txt that the Belgian questions' "Name (ACR)" showed missing
    cases = {
        "be-dekamer-184541": ("Nationale Veiligheidsoverheid", "NVO"),  # -overheid
        "be-dekamer-185444": ("Executief Comite van de Ministers van Mobiliteit", "ECMM"),  # comité
        "be-dekamer-185491": ("Directoraat-generaal Luchtvaart", "DGLV"),  # first directoraat-generaal
        "be-dekamer-186559": ("Neutraal Syndicaat voor Zelfstandigen", "NSZ"),  # syndicaat
        "be-dekamer-186826": ("Koninklijke Militaire School", "KMS"),  # school
    }
    for doc_id, (name, acronym) in cases.items():
        found = labelled(nlp(belgian_question(doc_id)), "ORG")
        assert name in found and acronym in found, doc_id
    # negative: "de ondertekening van het Memorandum of Understanding (MoU) op 22 april 2016" is an agreement
    found = labelled(nlp(belgian_question("be-dekamer-186084")), "ORG")
    assert "MoU" not in found and "Memorandum of Understanding" not in found
    # negative: "met een On Board Unit (OBU) uitgerust" is a device
    found = labelled(nlp(belgian_question("be-dekamer-186585")), "ORG")
    assert "OBU" not in found and "On Board Unit" not in found


def test_the_bare_capitalised_parliament_after_a_determiner_is_an_organisation(nlp):
    # "Eind 2013 werden in het Parlement wetten gestemd betreffende het strafuitvoeringsonderzoek"
    assert "Parlement" in labelled(nlp(belgian_question("be-dekamer-184929")), "ORG")
    # "bezorgt aan het Parlement, onder meer het jaarverslag van de raad"
    assert "Parlement" in labelled(nlp(belgian_question("be-dekamer-185142")), "ORG")
    # negative: a parliament's longer name stays whole, and the lower-case noun is left alone
    found = labelled(nlp("Het Europees Parlement en het Parlement van de Franse Gemeenschap spreken met het "
                         "parlement."), "ORG")
    assert "Parlement" not in found and "parlement" not in found


def test_a_name_after_a_military_rank_is_a_person(nlp):
    # "het kader van de bevelsovername van de Generaal-majoor Deconinck als commandant van MINUSMA"
    assert "Deconinck" in labelled(nlp(belgian_question("be-dekamer-190042")), "PERSON")
    # "een hoorzitting plaats met kolonel Harold Van Pee.Hij zei toen"
    persons = labelled(nlp(belgian_question("be-dekamer-185496")), "PERSON")
    assert any(person.startswith("Harold Van Pee") for person in persons)
    # negative: a directorate-general's name after "-generaal" is no person (the bare rank is not a title)
    doc = nlp(belgian_question("be-dekamer-185491"))  # "het Directoraat-generaal Luchtvaart (DGLV)"
    assert "Luchtvaart" not in labelled(doc, "PERSON")


def test_a_directorate_general_by_its_acronym_is_an_organisation(nlp):
    # "georganiseerd, in samenwerking met DG HAN.In 2017 wordt een project gelanceerd" (no article before it)
    assert "DG HAN" in labelled(nlp(belgian_question("be-dekamer-185061")), "ORG")
    # negative: a line of capitals in old print, "DG" before a Dutch word, names no directorate
    assert not labelled(nlp("Het verslag van de commissie DG VAN DE KAMER werd gelezen."), "ORG")


def test_an_acronym_defined_by_the_name_after_it_in_brackets_is_an_organisation(nlp):
    # "sloot OVAM (Openbare Vlaamse Afvalstoffen-maatschappij) in november 2016 het schadegeval af"
    found = labelled(nlp(belgian_question("be-dekamer-186857")), "ORG")
    assert "Openbare Vlaamse Afvalstoffen-maatschappij" in found and "OVAM" in found
    # "In Vlaanderen neemt het VSV (Vlaamse Stichting Verkeerskunde) terzake initiatieven."
    assert "Vlaamse Stichting Verkeerskunde" in labelled(nlp(belgian_question("be-dekamer-192554")), "ORG")
    # "in gedelegeerde samenwerking met IOM (Internationale Organisatie voor Migratie)"
    assert "Internationale Organisatie voor Migratie" in labelled(nlp(belgian_question("be-dekamer-188701")), "ORG")


def test_a_system_or_a_fair_defined_after_its_acronym_is_no_organisation(nlp):
    # "De melding gebeurde via het RASFF (Rapid Alert System for Food and Feed) systeem"
    assert "Rapid Alert System for Food and Feed" not in labelled(nlp(belgian_question("be-dekamer-189419")), "ORG")
    # "De (in principe) tweejaarlijkse DSEI (Defence and Security Equipment International) beurs"
    found = labelled(nlp(belgian_question("be-dekamer-189141")), "ORG")
    assert "Defence and Security Equipment International" not in found


def test_a_company_named_after_its_form_word_is_an_organisation_without_it(nlp):
    # "De opdracht werd gegund aan het advocatenkantoor Earth Avocats Brussels."
    found = labelled(nlp(belgian_question("be-dekamer-189981")), "ORG")
    assert "Earth Avocats Brussels" in found and "Stibbe" in found
    # "De app is ontwikkeld door de nv ASTRID die ook de ondersteuning verzorgt"
    assert "ASTRID" in labelled(nlp(belgian_question("be-dekamer-190931")), "ORG")
    # "met in de onmiddellijke nabijheid de VZW Sint-Lodewijk, een instituut voor"
    assert "Sint-Lodewijk" in labelled(nlp(belgian_question("be-dekamer-189634")), "ORG")
    # "Ten slotte gaat 2. 101.332 euro naar de ngo Caritas om de mogelijkheden"
    assert "Caritas" in labelled(nlp(belgian_question("be-dekamer-185384")), "ORG")


def test_a_firm_named_by_a_persons_name_with_initials_is_no_company_span(nlp):
    # sgd-0000405324 (corpora/entities/test.jsonl): "handelende onder de firma GEO. F. EGIDIUS , wonende te Amsterdam"
    doc = nlp("en den heer THORWALD FREDEHIK EGIDIUS , handelende onder de firma GEO. F. EGIDIUS , wonende te "
              "Amsterdam, voor zich zelven")
    assert "GEO" not in labelled(doc, "ORG")


def test_a_body_named_by_head_voor_and_a_lower_case_complement_runs_to_its_last_noun(nlp):
    # "kunnen door de inspecteurs van de Dienst voor geneeskundige evaluatie en controle en van de Dienst voor
    # administratieve controle van het RIZIV vastgesteld worden" (the second with its parent, as units are)
    found = labelled(nlp(belgian_question("be-dekamer-189151")), "ORG")
    assert "Dienst voor geneeskundige evaluatie en controle" in found
    assert "Dienst voor administratieve controle van het RIZIV" in found
    assert "Dienst voor administratieve" not in found
    # "Voorts willen wij benadrukken dat de Ombudsdienst voor de postsector een beroepsinstantie is."
    assert "Ombudsdienst voor de postsector" in labelled(nlp(belgian_question("be-dekamer-186750")), "ORG")
    # "in het kader van het Fonds voor de beveiliging van Brussel als nationale en internationale hoofdstad"
    assert "Fonds voor de beveiliging van Brussel" in labelled(nlp(belgian_question("be-dekamer-187143")), "ORG")


def test_a_complement_stops_before_an_adverb_or_a_time(nlp):
    # "werd daarentegen geevalueerd door het Kenniscentrum voor de reeds aangenomen hervormingen"
    found = labelled(nlp(belgian_question("be-dekamer-184568")), "ORG")
    assert not any(name.startswith("Kenniscentrum voor de reeds") for name in found)
    # negative: "voor de periode" is a time, no part of a name
    assert "Pensioendienst voor de periode" not in labelled(nlp("De Pensioendienst voor de periode 2017 betaalde."),
                                                           "ORG")


def test_a_lower_case_body_kind_with_voor_and_its_field_is_an_organisation(nlp):
    # "Ze vallen namelijk niet onder het paritair comite voor het hotelbedrijf (PC 302);- beschikken over"
    assert "paritair comite voor het hotelbedrijf" in labelled(nlp(belgian_question("be-dekamer-192741")), "ORG")
    # negative: a lower-case head outside the list ("de dienst voor ...") names no body
    assert not labelled(nlp("Zij vroegen de dienst voor personeelszaken om advies."), "ORG")


def test_a_municipality_or_police_zone_that_acts_or_is_addressed_is_an_organisation(nlp):
    # "Er zijn reeds briefwisselingen tussen de gemeente Zemst en de NMBS geweest"
    assert "gemeente Zemst" in labelled(nlp(belgian_question("be-dekamer-186486")), "ORG")
    # "wordt door de stad Beringen geijverd voor een herziening van de criteria"
    assert "stad Beringen" in labelled(nlp(belgian_question("be-dekamer-188235")), "ORG")
    # "zowel door de politiezone Grimbergen als door de politiezone Brussel/Elsene wordt meegedeeld"
    found = labelled(nlp(belgian_question("be-dekamer-191761")), "ORG")
    assert "politiezone Grimbergen" in found and "politiezone Brussel/Elsene" in found


def test_a_municipality_or_province_named_as_a_place_is_no_organisation(nlp):
    # "ligt de eenheid van Crisnee heel dicht bij de provincie Limburg"
    doc = nlp(belgian_question("be-dekamer-189525"))
    assert not [ent for ent in doc.ents if ent.text.startswith("provincie")]
    # "in Wallonie in de provincie Luxemburg en in Vlaanderen in de provincie Limburg"
    doc = nlp(belgian_question("be-dekamer-189887"))
    assert not [ent for ent in doc.ents if ent.text.startswith("provincie")]
    # negative: "tot aan" is a place's limit, and two words glued in flattened text are no place's name
    # (be-dekamer-190103 prints "Schepen gemeente HerentSchepen gemeente Lennik")
    doc = nlp("Wil men de actie tot aan de stad Gao verleggen? Het werd gemeld aan de gemeente HerentSchepen.")
    assert not [ent for ent in doc.ents if ent.label_ == "ORG"]


def test_a_unit_with_a_lower_case_name_before_its_parent_is_one_organisation(nlp):
    # "moeten een aanvraag ... indienen bij de cel deeleconomie van de FOD Financien door middel van een formulier"
    found = labelled(nlp(belgian_question("be-dekamer-192674")), "ORG")
    assert "cel deeleconomie van de FOD Financien" in found
    # "1. De dienst professionele diesel van de Algemene Administratie van de Douane en Accijnzen (AADA)"
    found = labelled(nlp(belgian_question("be-dekamer-189881")), "ORG")
    assert any(name.startswith("dienst professionele diesel van de Algemene Administratie") for name in found)
    # negative: an adverb or a verb after the unit word is no name; the parent stays alone
    doc = nlp("Dat doet de dienst zelf van de FOD Financien. De directie werd van de FOD Financien losgemaakt.")
    assert labelled(doc, "ORG") == ["FOD Financien", "FOD Financien"]


def test_a_bare_head_taken_up_again_after_the_full_name_is_an_organisation(nlp):
    # "het Hof van Cassatie" ... "In geen enkel geval heeft het Hof daarom gevraagd."
    assert labelled(nlp(belgian_question("be-dekamer-186244")), "ORG").count("Hof") >= 3
    # "het Federaal Agentschap voor de veiligheid van de voedselketen (FAVV)" ... "De website van het Agentschap werd"
    assert "Agentschap" in labelled(nlp(belgian_question("be-dekamer-189274")), "ORG")
    # negative: no full name in the text holds the head, the head is in lower case, or it is a plural
    doc = nlp("Het Instituut blijft open. Het hof oordeelde. De FOD Economie en de FOD's werken samen.")
    assert labelled(doc, "ORG") == ["FOD Economie"]


def test_belgian_bodies_the_lists_hold_by_their_short_or_lower_case_names(nlp):
    # "artikel 29 Sv. dat het openbaar ministerie de fiscale strafvordering enkel op gang kan brengen"
    assert "openbaar ministerie" in labelled(nlp(belgian_question("be-dekamer-188461")), "ORG")
    # "(tenlasteleggingscodes 56 van het openbaar ministerie)" ... "federaal parket"
    assert "federaal parket" in labelled(nlp(belgian_question("be-dekamer-188865")), "ORG")
    # "Op regelmatige basis lanceren de NMBS, Infrabel en HR Rail campagnes"
    assert "HR Rail" in labelled(nlp(belgian_question("be-dekamer-186385")), "ORG")
    # "De Nationale Bank van Belgie (NBB) ..." and later the short "de Nationale Bank", one key for both
    doc = nlp(belgian_question("be-dekamer-190824"))
    assert {ent.kb_id_ for ent in doc.ents if ent.text == "Nationale Bank"} == {"NBB"}


def test_a_ministry_by_short_name_as_partner_addressee_source_or_clause_subject_is_the_body(nlp):
    # "Het derde beheerscontract van Belgocontrol voorziet een nauwere samenwerking met Defensie"
    assert "Defensie" in labelled(nlp(belgian_question("be-dekamer-186662")), "ORG")
    # "zal steun gevraagd worden aan Defensie."
    assert "Defensie" in labelled(nlp(belgian_question("be-dekamer-188785")), "ORG")
    # "Zo werd in juni 2016 vanuit Binnenlandse Zaken een bevraging naar de oprichting van LIVC's uitgestuurd"
    assert "Binnenlandse Zaken" in labelled(nlp(belgian_question("be-dekamer-190422")), "ORG")
    # "Kunt u bevestigen dat Defensie in Elsenborn taken zal uitbesteden?"
    assert "Defensie" in labelled(nlp(belgian_question("be-dekamer-190871")), "ORG")
    # negative: "verwijs ik u naar mijn collega belast met Economie": an office's portfolio, no body
    assert "Economie" not in labelled(nlp(belgian_question("be-dekamer-185590")), "ORG")


def test_a_company_named_before_its_legal_form_or_after_a_compound_of_its_kind(nlp):
    # "- Woodprotect NV (99,89 %) via Creosoteerwerf van Brussels NV;- Rail Facilities NV (99,99 %)"
    found = labelled(nlp(belgian_question("be-dekamer-185771")), "ORG")
    assert {"Woodprotect", "Creosoteerwerf van Brussels", "Rail Facilities", "Tuc Rail"} <= set(found)
    # "gegunde opdracht aan Envirosoil nv ter begeleiding van de Regie"
    assert "Envirosoil" in labelled(nlp(belgian_question("be-dekamer-185796")), "ORG")
    # "De vervoersmaatschappij DB Schenker vroeg", and before it "namelijk DB Schenker": named again
    assert labelled(nlp(belgian_question("be-dekamer-185501")), "ORG").count("DB Schenker") == 2


def test_a_company_named_again_in_its_document(nlp):
    # "Vzw Intact." in the title, then "de organisaties Intact en GAMS" eleven times
    assert labelled(nlp(belgian_question("be-dekamer-190945")), "ORG").count("Intact") >= 10
    # "de NV Zeekanaal" is the company, "de brug over het Zeekanaal Brussel-Schelde" the canal
    doc = nlp(belgian_question("be-dekamer-190174"))
    assert "Zeekanaal" in labelled(doc, "ORG")
    assert not any(ent.text == "Zeekanaal" and doc[ent.start - 1].text == "het" for ent in doc.ents)


def test_a_belgian_body_named_in_french(nlp):
    # "gebruik gemaakt door studenten van het Institut Superieur d'Architecture Saint-Luc die er"
    assert "Institut Superieur d'Architecture Saint-Luc" in labelled(nlp(belgian_question("be-dekamer-185115")), "ORG")
    # "Volgens de Union des Classes Moyennes en de Centrale nationale"
    assert "Union des Classes Moyennes" in labelled(nlp(belgian_question("be-dekamer-187243")), "ORG")
    # "CRef (Conseil des Recteurs), FWO (Fonds Wetenschappelijk Onderzoek)"
    assert "Conseil des Recteurs" in labelled(nlp(belgian_question("be-dekamer-193213")), "ORG")


def test_a_ministry_head_before_its_short_name_is_one_body(nlp):
    # "heeft de aandacht van het departement Financien gevestigd op deze v..." (no "van" between head and name)
    assert "departement Financien" in labelled(nlp(belgian_question("be-dekamer-188913")), "ORG")
    # "Een protocolakkoord tussen het departement Defensie en de FOD Binnenlandse Zaken"
    found = labelled(nlp(belgian_question("be-dekamer-191604")), "ORG")
    assert "departement Defensie" in found
    # negative: a head before a word that is no ministry's short name stays no body
    assert "departement Communicatie" not in labelled(nlp("Het departement Communicatie werkt goed."), "ORG")


def test_two_bodies_joined_by_en_with_an_article_before_the_second_head_stay_two(nlp):
    # "De besprekingen met het College van Hoven en Rechtbanken en het College van het openbaar ministerie"
    found = labelled(nlp(belgian_question("be-dekamer-187964")), "ORG")
    assert "College van Hoven en Rechtbanken" in found
    assert not any(name.startswith("College van Hoven en Rechtbanken en") for name in found)
    # "bij het Hof van Justitie van de Europese Unie en het Hof van de Europese Vrijhandelsassociatie"
    found = labelled(nlp(belgian_question("be-dekamer-185325")), "ORG")
    assert not any(name.startswith("Hof van Justitie van de Europese Unie en") for name in found)
    # negative: "en" between two capitalised words of one name still joins them
    assert "College van Hoven en Rechtbanken" in labelled(nlp("Het College van Hoven en Rechtbanken zegt dat."), "ORG")


def test_a_directorate_of_the_federal_police_in_one_lower_case_word_is_a_body(nlp):
    # "1. Hoeveel interventies heeft de spoorwegpolitie uitgevoerd in de Kempense stations"
    assert "spoorwegpolitie" in labelled(nlp(belgian_question("be-dekamer-185041")), "ORG")
    # "de staking van de federale wegpolitie": the adjective of its parent goes with it
    found = labelled(nlp(belgian_question("be-dekamer-185662")), "ORG")
    assert found.count("federale wegpolitie") == 3
    # negative: policing in general is no unit
    assert not labelled(nlp("De wijkpolitie en de politie doen hun werk."), "ORG")


def test_a_listed_body_with_the_words_after_its_first_in_lower_case_is_the_listed_body(nlp):
    # "(inzonderheid de Rijksdienst voor arbeidsvoorziening) en de gefedereerde entiteiten" (the seventeenth
    # sample's miss, not blind): the list holds "Rijksdienst voor Arbeidsvoorziening"
    doc = nlp(belgian_question("be-dekamer-193209"))
    assert "Rijksdienst voor arbeidsvoorziening" in labelled(doc, "ORG")
    assert "arbeidsvoorziening" not in labelled(doc, "ORG")
    # "de Nationale Raad van de Orde der artsen": the list's "Orde der Artsen" inside the council's name
    assert "Nationale Raad van de Orde der artsen" in labelled(nlp(belgian_question("be-dekamer-187255")), "ORG")
    # negative: the first word in lower case too is no listed name
    found = labelled(nlp("Het werk van een rijksdienst voor arbeidsvoorziening is zwaar."), "ORG")
    assert "rijksdienst voor arbeidsvoorziening" not in found


def test_fod_in_lower_case_before_a_whole_listed_name_is_one_service(nlp):
    # "De materies die door de fod Werkgelegenheid, Arbeid en Sociaal Overleg werden uitgevoerd"
    found = labelled(nlp(belgian_question("be-dekamer-193209")), "ORG")
    assert "fod Werkgelegenheid, Arbeid en Sociaal Overleg" in found
    assert "Sociaal Overleg" not in found
    # negative: a lower-case "fod" before a short name the list does not hold whole stays no service
    assert "fod Justitie" not in labelled(nlp("Dat zegt de fod Justitie niet."), "ORG")


def test_belgian_bodies_the_lists_lacked_until_the_seventeenth_sample(nlp):
    # the sixteenth and seventeenth samples' misses (not blind), each counted over the Belgian questions
    # "De rest wordt door Synatom op actieve wijze in gepaste investeringen belegd"
    assert "Synatom" in labelled(nlp(belgian_question("be-dekamer-190123")), "ORG")
    # "de kosten ten laste van Defensie voor de B-Fast opdrachten"
    assert "B-Fast" in labelled(nlp(belgian_question("be-dekamer-184582")), "ORG")
    # "waarover de FOD Justitie en de Rechterlijke Orde beschikken"
    assert "Rechterlijke Orde" in labelled(nlp(belgian_question("be-dekamer-189025")), "ORG")
    # "zal de militaire politie in de nieuwe structuur van Defensie"
    assert "militaire politie" in labelled(nlp(belgian_question("be-dekamer-185391")), "ORG")
    # "staat reeds sinds vele jaren op de agenda van de Ecofin"
    assert "Ecofin" in labelled(nlp(belgian_question("be-dekamer-185965")), "ORG")


def test_defence_as_the_belgian_service_after_an_adjective_a_verb_or_as_a_list_item(nlp):
    # "Deze militairen hangen af van de Belgische Defensie."
    assert "Defensie" in labelled(nlp(belgian_question("be-dekamer-188587")), "ORG")
    # "In 2014 telde Defensie 13 en geen 16 zelfmoorden."
    assert "Defensie" in labelled(nlp(belgian_question("be-dekamer-184762")), "ORG")
    # "- FOD Sociale Zekerheid: 1;- Defensie: 1."
    assert "Defensie" in labelled(nlp(belgian_question("be-dekamer-190034")), "ORG")
    # negative: a portfolio after an office stays inside it
    assert "Defensie" not in labelled(nlp("Ik verwijs naar de minister van Defensie: hij is bevoegd."), "ORG")


def test_a_state_secretary_attached_to_a_minister_is_one_office(nlp):
    # "aan de heer Francken Theo, staatssecretaris voor Asiel en Migratie, belast met Administratieve Vereenvoudiging,
    # toegevoegd aan de minister van Veiligheid en Binnenlandse Zaken en het antwoord"
    found = labelled(nlp(belgian_question("be-dekamer-191642")), "MINISTER")
    assert ("staatssecretaris voor Asiel en Migratie, belast met Administratieve Vereenvoudiging, toegevoegd aan de "
            "minister van Veiligheid en Binnenlandse Zaken") in found
    # the portfolio runs on in lower case up to the attachment: "de staatssecretaris voor Bestrijding van de sociale
    # fraude, Privacy en Noordzee, toegevoegd aan de minister van Sociale Zaken en Volksgezondheid"
    found = labelled(nlp(belgian_question("be-dekamer-185350")), "MINISTER")
    assert ("staatssecretaris voor Bestrijding van de sociale fraude, Privacy en Noordzee, toegevoegd aan de minister "
            "van Sociale Zaken en Volksgezondheid") in found
    assert "staatssecretaris voor Bestrijding" not in found
