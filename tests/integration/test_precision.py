"""Linking on text nobody tuned for: the wrong links, missed inflections and unreadable
scores that issue 14 listed, each checked with the shipped model and the default gazetteer."""
import pytest

from service.domain import Mention
from service.text.morphology import base_forms, turkish_stems
from service.text.sports import faces_opponent, names_team, reports_game, team_word_after


def links(linker, text, lang=None):
    return {(e.text, e.type, e.id) for e in linker.link(text, lang).entities}


def ids(linker, text, lang=None):
    return {e.text: e.id for e in linker.link(text, lang).entities}


def overlapping(linker, text, lang, surface):
    """The linked text's entities that overlap `surface` (the model may read it shorter or longer)."""
    a = text.index(surface)
    return [e for e in linker.link(text, lang).entities if e.start < a + len(surface) and a < e.end]


def ids_at(linker, text, lang, surface):
    """The ids of the linked text's entities that start where `surface` first stands."""
    start = text.index(surface)
    return [e.id for e in linker.link(text, lang).entities if e.start == start]


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("Российские войска вошли в Сирии в 2015 году.", "ru", "Сирии", "Q858"),
    ("Американские военные остаются в Ираке.", "ru", "Ираке", "Q796"),
    ("Türk heyeti Halep'te incelemelerde bulundu.", "tr", "Halep", "Q41183"),
    ("Rus heyeti Ankara'dan İstanbul'a geçti.", "tr", "Ankara", "gn:323786"),
    ("وصل الوفد إلى دمشق وسوريا تستعد للمحادثات", "ar", "وسوريا", "Q858"),
    ("Die Vertreter Moskaus und Irans trafen sich in Genf.", "de", "Irans", "Q794"),
    ("Delegacja przyleciała do Warszawie wieczorem.", "pl", "Warszawie", "gn:756135"),
    # "Niemiec" is also "a German": a lemmatizer that keeps one lemma per form never gave Niemcy
    ("Samochody z Niemiec trafiają do salonów w Warszawie.", "pl", "Niemiec", "Q183"),
    # dependent territories, named in the text's language (CLDR) and inflected
    ("Des émeutes ont éclaté en Nouvelle-Calédonie mardi.", "fr", "Nouvelle-Calédonie", "Q33788"),
    ("Затем ураган прошёл через Мартинику и Гваделупу.", "ru", "Мартинику", "Q17054"),
    # CLDR's names with a bracketed qualifier, "Мьянма (Бирма)", were no names without it
    ("Военные Мьянмы арестовали лидеров страны.", "ru", "Мьянмы", "Q836"),
    ("وقالت الأمم المتحدة إن الجيش في ميانمار اعتقل القادة.", "ar", "ميانمار", "Q836"),
    ("Gazprom wstrzymał dostawy gazu do Polski.", "pl", "Polski", "Q36"),
    # names of several words: the adjectives' lemmas (masculine, singular) gave "южный корея"
    # and "Korea południowy", so South Korea, Saudi Arabia, the US and the Emirates were NIL
    ("Министр прибыл из Саудовской Аравии в Новую Зеландию.", "ru", "Саудовской Аравии", "Q851"),
    ("Министр прибыл из Саудовской Аравии в Новую Зеландию.", "ru", "Новую Зеландию", "Q664"),
    ("Посол встретился с представителями Объединённых Арабских Эмиратов.", "ru", "Объединённых Арабских Эмиратов",
     "Q878"),
    ("Посол Сполучених Штатів Америки прибув до Києва.", "uk", "Сполучених Штатів Америки", "Q30"),
    ("Minister przyleciał z Korei Południowej do Stanów Zjednoczonych.", "pl", "Korei Południowej", "Q884"),
    ("Minister przyleciał z Korei Południowej do Stanów Zjednoczonych.", "pl", "Stanów Zjednoczonych", "Q30"),
    ("Delegacja Nowej Zelandii przyleciała do Warszawy.", "pl", "Nowej Zelandii", "Q664"),
    ("Vertreter der Vereinigten Arabischen Emirate trafen sich in Genf.", "de", "Vereinigten Arabischen Emirate",
     "Q878"),
    # the search had found Montréal by its Latin skeleton only, which kept out the exact name of
    # the base form, Монреаль, so Monreale (Sicily) took "Монреаля" and "Монреале" (its spelling)
    ("Штаб-квартира компании находится в Монреале.", "ru", "Монреале", "gn:6077243"),
    ("Власти Монреаля объявили о новых мерах.", "ru", "Монреаля", "gn:6077243"),
    # "Рима", an inflection the dictionary knows, romanized as "rima", one of Lima's alternate names
    ("Орех известен со времён древней Греции и Рима.", "ru", "Рима", "gn:3169070"),
    # a country's form in countrynames that opens with Zulu's "i -" took the Polish "and" into
    # the mention ("i Pakistan")
    ("W maju 1976 roku Indie i Pakistan zdecydowały się przywrócić stosunki dyplomatyczne .", "pl", "Pakistan",
     "Q843"),
    ("Po wcieleniu do floty okręt wypłynął w rejs do Peru i Chile .", "pl", "Chile", "Q298"),
])
def test_inflected_and_cliticized_names_find_their_entity(world_linker, text, lang, surface, entity):
    """They came back NIL or on look-alikes (в Сирии -> Yokkaichi, Irak'taki -> Aracataca);
    the offsets stay on the surface form, without the Turkish suffix."""
    found = {(e.text, e.id) for e in world_linker.link(text, lang).entities}
    assert (surface, entity) in found, found


@pytest.mark.parametrize("text,lang,surface,country", [
    ("Syrian and Russian jets struck the city overnight.", "en", "Syrian", "Q858"),
    ("Les frappes syriennes ont repris.", "fr", "syriennes", "Q858"),
    ("Сирийские власти опровергли сообщения.", "ru", "Сирийские", "Q858"),
    ("Suriyeli göçmenler sınırda bekliyor.", "tr", "Suriyeli", "Q858"),
    ("قال مسؤول سوري إن المحادثات ستستمر", "ar", "سوري", "Q858"),
    # the masculine-personal plural ("Syrian soldiers") was missing from every Polish adjective
    ("Syryjscy żołnierze wycofali się z miasta.", "pl", "Syryjscy", "Q858"),
    ("Kıbrıslı yetkililer görüşmeye katıldı.", "tr", "Kıbrıslı", "Q229"),
    # the only country without its bare Turkish form; three letters count in their own language only
    ("Rus askerleri sınırdan çekildi.", "tr", "Rus", "Q159"),
    ("Amerikan askerleri üsse döndü.", "tr", "Amerikan", "Q30"),
    # countries of 10 million people or more and European ones had none (report-half misses)
    ("Bangladeshi garment workers went on strike.", "en", "Bangladeshi", "Q902"),
    ("Словацькі прикордонники посилили контроль.", "uk", "Словацькі", "Q214"),
    ("Le autorità ruandesi hanno smentito.", "it", "ruandesi", "Q1037"),
])
def test_adjectives_link_to_their_country_and_stay_misc(world_linker, text, lang, surface, country):
    """"Syrian", "сирийские", "سوري" came back as NIL MISC entities."""
    assert (surface, "MISC", country) in links(world_linker, text, lang)


def test_a_three_letter_demonym_counts_only_in_its_own_language(world_linker):
    """"Fin" is Dutch for a Finn and French for "end"; "Rus" Dutch and Turkish for a Russian."""
    assert world_linker.add_adjectives("Fin de la trêve à Gaza.", [], "fr") == []
    assert [m.text for m in world_linker.add_adjectives("Fin de la trêve à Gaza.", [], "nl")] == ["Fin"]
    assert world_linker.add_adjectives("Rus heyeti geldi.", [], None) == []


@pytest.mark.parametrize("text,name", [
    ("Hamas said the ceasefire would hold.", "Hamas"),
    ("Toyota and Nokia shares fell on Monday.", "Nokia"),
    ("Zelensky urged allies to send more air defence systems.", "Zelensky"),
    ("В Кремле отказались комментировать заявление.", "Кремле"),
    ("Valencia beat Sevilla 2-1 on Saturday.", "Valencia"),
    ("Valencia beat Sevilla 2-1 on Saturday.", "Sevilla"),
    ("Bristol City drew with Doncaster at home.", "Bristol City"),
    # GeoNames gives Casablanca its English calque as an alternate name
    ("The White House declined to comment.", "White House"),
])
def test_names_the_gazetteer_does_not_hold_stay_nil(world_linker, text, name):
    """Hamas -> Hamm, Toyota and Nokia -> the towns, Zelensky -> Asaka, Кремле -> Sarov, football
    clubs -> their cities: a name with no entity of its own comes back NIL with its type."""
    got = [e for e in world_linker.link(text).entities if e.start < text.find(name) + len(name)
           and text.find(name) < e.end]
    assert got and all(e.id is None for e in got), [(e.text, e.type, e.id, e.name) for e in got]


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("Texas sent the National Guard to the border.", "en", "Texas", "Q1439"),
    ("Бои шли в Баварии и в Техасе.", "ru", "Баварии", "Q980"),
    ("Heavy rain fell across Scotland and Wales.", "en", "Wales", "Q25"),
    ("Lebanon, Pennsylvania, is a small town.", "en", "Pennsylvania", "Q1400"),
    ("Israel has held the Golan Heights since 1967.", "en", "Golan Heights", "el:region-golan-heights"),
    ("Leaders from Africa met in Paris.", "en", "Africa", "gn:6255146"),
    # pycountry names them "Catalunya" and "Lombardia"; CLDR gives the English exonyms (tune trap)
    ("Catalonia held an independence referendum.", "en", "Catalonia", "iso:ES-CT"),
    ("Lockdowns returned to Lombardy in March.", "en", "Lombardy", "iso:IT-25"),
    # iso-codes has no Russian names for Russia's subdivisions: "Брянской областью" found only the
    # Ukrainian "Брянська область" by a fuzzy skeleton and stayed NIL (service/gazetteer/cyrillic.py)
    ("Силы ПВО сбили беспилотники над Брянской областью.", "ru", "Брянской областью", "Q2810"),
    ("В Белгородской области объявили режим ЧС.", "ru", "Белгородской области", "Q3329"),
    ("Губернатор Иркутской области подал в отставку.", "ru", "Иркутской области", "Q6585"),
    ("В Краснодарском крае горят леса.", "ru", "Краснодарском крае", "Q3680"),
    # Poland's voivodeships and Ethiopia's regional states had no entity (their ISO kinds were not
    # read); the "-щина" names of oblasts, Подмосковье, Mazowsze are seeds/region_aliases.tsv's
    ("Powódź w województwie dolnośląskim zniszczyła domy.", "pl", "województwie dolnośląskim", "iso:PL-02"),
    ("Wybory na Mazowszu i w Małopolsce wygrała koalicja.", "pl", "Mazowszu", "iso:PL-14"),
    ("Російські війська атакували Харківщину та Сумщину.", "uk", "Харківщину", "Q170666"),
    ("Губернатор Подмосковья заявил о новых мерах.", "ru", "Подмосковья", "Q1697"),
    # the short names Russian news gives republics and krais (Якутия, not "Республика Саха")
    ("Сильные морозы ударили по Якутии.", "ru", "Якутии", "Q6605"),
    ("Жители Кузбасса пожаловались на смог.", "ru", "Кузбасса", "Q6076"),
    ("Власти Чувашии объявили режим ЧС.", "ru", "Чувашии", "Q5466"),
    ("Fighting resumed in Tigray and Amhara.", "en", "Tigray", "iso:ET-TI"),
    ("Жители Карагандинской области вышли на протесты.", "ru", "Карагандинской области", "iso:KZ-35"),
    ("Fighting continued in the Luhansk Oblast.", "en", "Luhansk Oblast", "iso:UA-09"),
    # Belgium's regions by the names their own languages give them (CLDR's are "Vlaams Gewest",
    # "Région wallonne"): an outside audit's, NIL
    ("Vlaanderen en Wallonië onderhandelen over de begroting.", "nl", "Vlaanderen", "Q9337"),
    ("Vlaanderen en Wallonië onderhandelen over de begroting.", "nl", "Wallonië", "Q231"),
    ("La Flandre et la Wallonie négocient le budget.", "fr", "Wallonie", "Q231"),
])
def test_regions_have_entities_of_their_own(world_linker, text, lang, surface, entity):
    """"Texas" -> Toyohashi, "Bavaria" -> Bafra, "Wales" -> Huaraz, "Africa" -> Mahdia: regions
    had no entity, so fuzzy strings pulled them onto towns."""
    assert (surface, "LOC", entity) in links(world_linker, text, lang)


def test_a_football_club_keeps_its_type(world_linker):
    """Clubs tagged ORG came back as LOC, linked to their city, so `link` scored under the NER."""
    ents = world_linker.link("Valencia beat Sevilla 2-1 on Saturday.").entities
    assert [(e.text, e.type) for e in ents] == [("Valencia", "ORG"), ("Sevilla", "ORG")]


@pytest.mark.parametrize("text,lang,teams", [
    ("La Roma ha battuto la Lazio nel derby.", "it", ["Roma", "Lazio"]),
    ("Bayern gewann das Spitzenspiel gegen Dortmund.", "de", ["Bayern", "Dortmund"]),
])
def test_teams_named_after_places_are_not_the_places(world_linker, text, lang, teams):
    """Tune-half traps: the model leans LOC on each club (Roma ORG 0.35, Bayern 0.36), and they
    were linked to Rome, Lazio the region and Bavaria."""
    ents = {e.text: e for e in world_linker.link(text, lang).entities}
    assert [(t, ents[t].type, ents[t].id) for t in teams] == [(t, "ORG", None) for t in teams]


@pytest.mark.parametrize("text,team", [
    # CoNLL-2003 validation sentences: the first from the 1,000 the wrong-type rate is printed on,
    # the second from 1,000-4,000, where SPORT_ORG_MIN was set
    ("Karlsruhe won the August 20 match 3-1 thanks to two late goals .", "Karlsruhe"),
    ("Matt Lawton hit a three-run homer off closer Mike Fetters with one out in the ninth to give "
     "Minnesota a 4-2 lead .", "Minnesota"),
])
def test_one_place_named_in_a_game_report_with_org_weight_is_a_team(world_linker, text, team):
    """Alone in its sentence a club's place name went to the place (Karlsruhe the city at 0.71,
    Minnesota the state at 0.95): the two-teams rule needs two."""
    ents = {e.text: e for e in world_linker.link(text, "en").entities}
    assert (ents[team].type, ents[team].id) == ("ORG", None)


def test_a_player_named_like_a_place_in_a_game_report_stays_a_person(world_linker):
    """CoNLL-2003 en validation: the one-team rule made persons ORG (Wall, GONZALEZ, Rios, Dole),
    found among the types `link` changed against the NER's."""
    text = "BASEBALL - GONZALEZ HOMERS TWICE AS RANGERS BEAT INDIANS ."
    ents = {e.text: e for e in world_linker.link(text, "en").entities}
    assert ents["GONZALEZ"].type == "PER"


def test_a_place_in_a_game_report_without_org_weight_stays_the_place(world_linker):
    text = "Karlsruhe won the match 3-1."
    i = text.index("Karlsruhe")
    city = Mention(i, i + 9, "Karlsruhe", "LOC", 0.9, {"PER": 0.0, "ORG": 0.05, "LOC": 0.95, "MISC": 0.0})
    ents = world_linker.link_mentions([city], text=text, lang="en")
    assert [(e.type, e.id) for e in ents] == [("LOC", "gn:2892794")]
    text = "The mayor of Karlsruhe opened the tram line."
    assert ("Karlsruhe", "LOC", "gn:2892794") in links(world_linker, text, "en")


def test_a_game_report_is_told_by_its_sentence():
    assert reports_game("Karlsruhe won the match 3-1.", 0, 9, "en")
    assert reports_game("Die Partie endete (2:1) für Karlsruhe.", 29, 38, "de")  # a score, any language
    assert reports_game("Сборная Бразилии проиграла.", 8, 16, "ru")
    assert not reports_game("Karlsruhe opened at 10:30 on 1988-1991 pages.", 0, 9, "en")
    # a score that ends the sentence is still one, a decimal is not
    assert reports_game("Karlsruhe and Mainz ended 2-1.", 0, 9, "en")
    assert not reports_game("Karlsruhe grew 2-1.5 per cent.", 0, 9, "en")
    # "кубинский" (Cuban), "голос" (a vote) and "голод" are no "кубок" or "гол"
    assert not reports_game("Кубинский корпус воевал против Сомали.", 28, 34, "ru")
    assert not reports_game("Голос Сомали услышали в ООН, где начался голод.", 6, 12, "ru")
    assert reports_game("Он забил два гола Сомали в финале кубка.", 18, 24, "ru")
    # a date is no score: CoNLL's datelines ("LONDON 1996-08-30") read as game reports
    assert not reports_game("KARLSRUHE 1996-08-30", 0, 9, "en")
    assert not reports_game("Karlsruhe opened on 2024-05-12.", 0, 9, "en")
    # the cue must be in the mention's own sentence
    assert not reports_game("The match ended 3-1. Karlsruhe opened a tram line.", 21, 30, "en")
    assert not reports_game("Karlsruhe opened a tram line.\nThe match ended 3-1.", 0, 9, "en")


def _span(text, name):
    """Where `name` first stands in `text`."""
    i = text.index(name)
    return i, i + len(name)


def side(text, name, lang="en"):
    return faces_opponent(text, *_span(text, name), lang)


def team(text, name, lang):
    """Whether a team's word before or after `name` makes it a national team."""
    return names_team(text, *_span(text, name), lang) or team_word_after(text, *_span(text, name), lang)


def test_a_side_in_a_game_is_told_by_the_words_beside_it():
    assert side("He made his debut in a friendly match against Tunisia.", "Tunisia")
    assert side("Wales lost 2 – 0 to Denmark at Anfield, and the coach left.", "Denmark")
    assert side("A goalless draw with Brazil in the cup confirmed qualification.", "Brazil")
    assert side("Romania beat Lithuania 2-1.", "Romania") and side("Romania beat Lithuania 2-1.", "Lithuania")
    assert side("Im Halbfinale gegen Italien schoss er zwei Tore.", "Italien", "de")
    assert side("Milli takım İtalya'ya karşı 2-1 kazandı.", "İtalya", "tr")
    # wars and elections have "against", "won" and "defeat" too, but no score or word only sport uses
    assert not side("Protesters marched against Russia a day after the party won the election.", "Russia")
    assert not side("The counteroffensive against Russia stalled after a costly defeat.", "Russia")
    # a player's side by nationality: "against Puerto Rico's Hector Camacho" names the boxer's country
    assert not side("He hopes to earn a rematch against Puerto Rico's Hector Camacho in the title bout 3-2.",
                    "Puerto Rico")
    # where the game was is no side
    assert not side("The match was played in Tunisia.", "Tunisia")
    # French results and fixtures (WikiNEuRal fr tags such national teams ORG)
    assert side("Le Brésil remporte cette compétition en battant l' Espagne en finale ( 3 - 0 ) .", "Espagne", "fr")
    assert side("La sélection est défaite en finale par le Nigeria ( 3 - 2 ) .", "Nigeria", "fr")
    assert side("Il a joué une fois pour la sélection nationale , contre l' Espagne à Villa Park .", "Espagne", "fr")
    assert side("Il dispute un match amical face à la Croatie .", "Croatie", "fr")
    # ...not sanctions, a speech or a race for patents
    assert not side("La France a imposé des sanctions contre la Russie après l'invasion.", "Russie", "fr")
    assert not side("Le président a prononcé un discours face à la Chine sur le commerce.", "Chine", "fr")
    assert not side("Le pays a été battu par la Chine dans la course aux brevets.", "Chine", "fr")
    # "finale" the adjective is no game's word
    assert not side("La déclaration finale du sommet appelle à de nouvelles sanctions contre la Russie.", "Russie",
                    "fr")
    assert not side("Lors de la bataille finale, Napoléon bat l'Autriche à Wagram.", "Autriche", "fr")


@pytest.mark.parametrize("text,lang,side,place,place_id", [
    # national teams were linked to their countries (WikiNEuRal tags them MISC or ORG, CoNLL LOC)
    ("He scored a penalty kick against Croatia in the 39th minute of the game in Zagreb.", "en", "Croatia",
     "Zagreb", "gn:3186886"),
    ("Cameroon lost 1 – 0 to France in the final in Paris after extra time.", "en", "France", "Paris", "gn:2988507"),
    ("В товарищеском матче против Сербии в Москве сборная забила два гола.", "ru", "Сербии", "Москве", "gn:524901"),
])
def test_a_side_in_a_game_is_no_country(world_linker, text, lang, side, place, place_id):
    got = {e.text: e for e in world_linker.link(text, lang, explain=True).entities}
    assert got[side].id is None and "a side in a game report" in got[side].explanation
    assert got[place].id == place_id  # the venue is still the place
    war = "Protesters in Tbilisi marched against Russia, a day after the ruling party won the election."
    assert ids(world_linker, war, "en")["Russia"] == "Q159"


def test_one_uncertain_place_or_places_in_two_sentences_are_no_teams(world_linker):
    def mention(text, word, org):
        i = text.index(word)
        return Mention(i, i + len(word), word, "LOC", 0.7, {"PER": 0.0, "ORG": org, "LOC": 1.0 - org, "MISC": 0.0})

    text = "Roma rimane calma. Lazio vota domenica."
    ents = world_linker.link_mentions([mention(text, "Roma", 0.35), mention(text, "Lazio", 0.3)], text=text)
    assert [(e.type, e.id) for e in ents][1] == ("LOC", "iso:IT-62")
    text = "Roma e Lazio"
    ents = world_linker.link_mentions([mention(text, "Roma", 0.1), mention(text, "Lazio", 0.3)], text=text)
    assert [(e.type, e.id) for e in ents][1] == ("LOC", "iso:IT-62")
    ents = world_linker.link_mentions([mention(text, "Roma", 0.35), mention(text, "Lazio", 0.3)], text=text)
    assert [(e.type, e.id) for e in ents] == [("ORG", None), ("ORG", None)]
    assert ("Moscow", "LOC", "gn:524901") in links(world_linker, "Moscow and Kyiv blamed each other for the attack.")


def _leaning_loc(text, word, org):
    i = text.index(word)
    return Mention(i, i + len(word), word, "LOC", 0.9, {"PER": 0.0, "ORG": org, "LOC": 1.0 - org, "MISC": 0.0})


def test_a_citys_name_after_an_italian_or_spanish_article_is_a_teams(world_linker):
    """"La Roma ha pareggiato con la Lazio" (report half): the model gave Roma ORG 0.12 and both
    were linked, to Rome and to the region. A city is written bare in Italian and Spanish; the
    article is the club's."""
    text = "La Roma ha pareggiato con la Lazio."
    ents = world_linker.link_mentions([_leaning_loc(text, "Roma", 0.1), _leaning_loc(text, "Lazio", 0.3)],
                                      lang="it", text=text)
    assert [(e.type, e.id) for e in ents] == [("ORG", None), ("ORG", None)]
    text = "El Getafe empató con el Valladolid."
    ents = world_linker.link_mentions([_leaning_loc(text, "Getafe", 0.05), _leaning_loc(text, "Valladolid", 0.05)],
                                      lang="es", text=text)
    assert [e.id for e in ents] == [None, None]
    # bare, they are the cities; and a region after its article is the region ("il Lazio")
    text = "Roma e Milano votano."
    ents = world_linker.link_mentions([_leaning_loc(text, "Roma", 0.1), _leaning_loc(text, "Milano", 0.1)],
                                      lang="it", text=text)
    assert [e.type for e in ents] == ["LOC", "LOC"] and ents[1].id == "gn:3173435"
    text = "Il Lazio e la Toscana votano."
    ents = world_linker.link_mentions([_leaning_loc(text, "Lazio", 0.1), _leaning_loc(text, "Toscana", 0.1)],
                                      lang="it", text=text)
    assert [e.id for e in ents][0] == "iso:IT-62"


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("At the Oval , Surrey captain Chris Lewis continued to silence his critics .", "en", "Surrey", None),
    ("Dresdens Trainer Klaus Sammer war nach dem 1:1 zufrieden .", "de", "Dresdens", None),
    ("Oklahoma City guard Shai Gilgeous-Alexander scored 40 points .", "en", "Oklahoma City", None),
    # a city's name stays before another office's word, or a company's manager
    ("Paris mayor Anne Hidalgo said the road was closed .", "en", "Paris", "gn:2988507"),
    ("The bank 's Tokyo manager Kenji Sato declined to comment .", "en", "Tokyo", "gn:1850147"),
])
def test_a_citys_name_before_a_players_or_coachs_word_is_a_team(world_linker, text, lang, surface, entity):
    """CoNLL-2003 validation: "Surrey captain Chris Lewis" (gold ORG) was Surrey, British
    Columbia, and "Dresdens Trainer Klaus Sammer" the city of Dresden."""
    _team_or_place(world_linker, text, lang, surface, entity)


@pytest.mark.parametrize("text,surface", [
    ("England captain Alan Shearer was named on Friday .", "England"),
    # a region's team's manager before his name (CoNLL tags "Texas manager" LOC and "Florida
    # manager" ORG; the region had been the link)
    ("Texas manager Johnny Oates praised his team .", "Texas"),
])
def test_a_national_team_s_captain_is_the_team_s_but_keeps_the_model_s_type(world_linker, text, surface):
    # CoNLL-2003 tags "England" there LOC, and the model too; the country was the link
    e = {e.text: e for e in world_linker.link(text, "en").entities}
    assert (e[surface].id, e[surface].type) == (None, "LOC")


def _team_or_place(world_linker, text, lang, surface, entity):
    """The mention is a team (NIL and ORG) where `entity` is None, else that place."""
    e = {e.text: e for e in world_linker.link(text, lang).entities}[surface]
    assert (e.id, e.type == "ORG") == (entity, entity is None), e


@pytest.mark.parametrize("text,surface,entity", [
    ("In January 2003 he was loaned to Venezia and in 2004 sold to Serie B side Genoa .", "Venezia", None),
    ("Despite two years remaining on his contract , he left Toulouse by mutual consent .", "Toulouse", None),
    ("The striker joined Napoli from Lyon on a four-year contract .", "Lyon", None),
    # a move without a player's terms is a move to the place
    ("After that , the family moved to Naples , where relatives took them in .", "Naples", "gn:3172394"),
    ("Refugees left Aleppo for Idlib after the deal between Russia and Turkey .", "Aleppo", "Q41183"),
    ("The singer moved to London and signed a deal with Universal Music in 2019 .", "London", "gn:2643743"),
    ("In 1687 they transferred their headquarters from Surat to the new settlement .", "Surat", "gn:1255364"),
    ("Lukashenko signed a pact with Moscow in April .", "Moscow", "gn:524901"),
])
def test_a_city_a_player_moved_to_is_a_team(world_linker, text, surface, entity):
    """WikiNEuRal en validation: "loaned to Venezia" and "left Toulouse" (his contract named
    before) linked the clubs' cities (gold ORG). A deal is no player's term: with it, Aleppo
    and London went to NIL in sentences written to probe the rule."""
    _team_or_place(world_linker, text, "en", surface, entity)


@pytest.mark.parametrize("text,surface,entity", [
    ("In der zweiten Halbzeit konnten die Bayern ihr Anfangstempo nicht mehr halten .", "Bayern", None),
    ("Matthäus hatte schon von 1984 bis 1988 das Trikot der Bayern getragen .", "Bayern", None),
    ("Das erste Tor stimulierte die Sachsen zusätzlich .", "Sachsen", None),
    ("Die Wahl in Bayern brachte der CSU Verluste .", "Bayern", "Q980"),
    ("Die Regierung von Sachsen lehnte den Plan ab .", "Sachsen", "Q1202"),
])
def test_a_german_region_named_like_its_people_is_the_people_after_a_plural_article(world_linker, text, surface,
                                                                                   entity):
    """CoNLL de validation, a document per text: "die Bayern" (FC Bayern) twice and Dynamo
    Dresden's "Sachsen" were linked to Bavaria and Saxony, which take no article."""
    assert {e.text: e.id for e in world_linker.link(text, "de").entities}[surface] == entity


@pytest.mark.parametrize("lang,text,surface,entity", [
    ("fr", "Il a vécu au Québec pendant dix ans .", "Québec", None),  # the province, not the city
    ("fr", "Le Cher et la Vienne sont des rivières .", "Cher", None),  # Chieri
    ("fr", "Le quartier des docks , le long de la Tamise .", "Tamise", None),  # Temse
    ("it", "Sulla Moscova , che attraversa la città , vi sono due porti .", "Moscova", None),  # Moscow
    ("es", "Acogieron también la ribera del Witham .", "Witham", None),
    # a city whose name holds its article, and a city of a time, stay
    ("fr", "Il arrive au Caire puis au Havre , et vit dans le Bronx .", "Caire", "gn:360630"),
    ("fr", "Il arrive au Caire puis au Havre , et vit dans le Bronx .", "Bronx", "gn:5110266"),
    ("it", "Un personaggio molto noto nella Atene di quegli anni .", "Atene", "gn:264371"),
    ("es", "La historia está ambientada en el Cardiff del siglo XIX .", "Cardiff", "gn:2653822"),
    ("de", "Das Wasser wird direkt zur Memel geleitet .", "Memel", None),  # Klaipėda
    ("de", "August im Theater an der Wien .", "Wien", None),  # the river, not Vienna
    ("de", "Das Ostend wird teurer .", "Ostend", None),  # Frankfurt's, not Ostend in Belgium
    # a German relative pronoun is no article, nor is "of" after the name one of a river
    ("de", "Die Zölle , die Peking erhoben hat , treffen Europa .", "Peking", "gn:1816670"),
    ("de", "Das Abkommen , das Paris und Berlin unterzeichneten , gilt ab Mai .", "Paris", "gn:2988507"),
    ("de", "Das Berlin von heute ist kaum wiederzuerkennen .", "Berlin", "gn:2950159"),
    # a French city named with a plural article ("Les Abymes") after its contraction
    ("fr", "Il travaille aux Abymes , en Guadeloupe .", "Abymes", "gn:3578959"),
    # the rule brings back no candidate that a river's word beside the name had taken away
    ("fr", "Le Niger , fleuve d' Afrique de l' Ouest , traverse le Mali .", "Niger", None),
    ("es", "Bajaron por el Paraná río abajo .", "Paraná", None),
    # in German a district of a bigger city, which GeoNames lists as a city, takes the article
    ("de", "Die Tempo-30-Zone im Westend und im Gallus wurde eingeführt .", "Westend", "gn:2810538"),
    ("it", "Gli Arabi conquistarono la Sicilia nel IX secolo .", "Arabi", None),  # Ārabī, Iran
    ("it", "La famiglia era legata a quella dei Levi , stanziata più a nord .", "Levi", None),  # Lévis
    ("fr", "Cette espèce est présente dans les Andes en Colombie .", "Andes", None),  # Andes, Antioquia
    ("pt", "A restauração dos Bourbon tornou a paz menos onerosa .", "Bourbon", None),
    # a plural place's name is a country's, a region's or has more words
    ("it", "Le Marche e la Toscana confinano , e negli Stati Uniti si parla inglese .", "Stati Uniti", "Q30"),
    ("it", "Le Marche e la Toscana confinano , e negli Stati Uniti si parla inglese .", "Marche", "iso:IT-57"),
    ("fr", "Il habite les Washington Heights , à Manhattan .", "Washington Heights", "gn:5143307"),
    ("it", "Il sindaco di Reno ha incontrato i giornalisti .", "Reno", "gn:5511077"),
])
def test_one_word_after_an_article_is_no_town(world_linker, lang, text, surface, entity):
    """WikiNEuRal validation: "au Québec" linked Quebec City 30 times, "le Cher" Chieri, "la
    Tamise" Temse; "les Andes" and "os Andes" a Colombian town, "I Borg" Bourg-en-Bresse, "dei
    Levi" Lévis, "dos Bourbon" Bourbon-l'Archambault."""
    found = {e.text: e.id for e in world_linker.link(text, lang).entities}
    assert found[surface] == entity, found


def test_an_article_capitalized_inside_a_sentence_is_a_name_s(world_linker):
    """A mention cut after "Den" (the model tags "Den Haag" whole) is The Hague's name, not a
    river's after an article; lower-cased, the article rule drops the city."""
    text = "Er wohnt seit Jahren in Den Haag ."
    start = text.index("Haag")
    scores = {"LOC": 0.99, "ORG": 0.01, "PER": 0.0, "MISC": 0.0}
    found = world_linker.link_mentions([Mention(start, start + 4, "Haag", "LOC", 0.99, scores)], lang="de",
                                       text=text)[0]
    assert found.id == "gn:2747373", found


@pytest.mark.parametrize("text,surface,entity", [
    ("Engineers inspected the Mosul dam after the heavy rains.", "Mosul", None),
    ("Flights resumed at Sochi airport on Monday.", "Sochi", None),
    ("Inspectors visited the Zaporizhzhia nuclear plant.", "Zaporizhzhia", None),
    ("Talks on the Iran nuclear deal resumed.", "Iran", "Q794"),
    ("A Texas refinery exploded on Sunday.", "Texas", "Q1439"),
])
def test_a_place_naming_a_facility_is_not_the_place(world_linker, text, surface, entity):
    """The Zaporizhzhia nuclear plant was linked to the city (a report-half trap), the Mosul dam
    and Sochi airport too (tune). A country stays itself before "nuclear", and "a Texas
    refinery" is one in Texas."""
    found = {e.text: e.id for e in world_linker.link(text, "en").entities}
    assert found[surface] == entity, found


@pytest.mark.parametrize("text,surface,entity", [
    # WikiNEuRal en validation: Wayne, New Jersey (0.70), Macomb, Illinois and Oakland, California
    ("On August 5, 2008 voters in Macomb, Oakland, and Wayne counties passed a zoo tax.", "Wayne", None),
    ("On August 5, 2008 voters in Macomb, Oakland, and Wayne counties passed a zoo tax.", "Macomb", None),
    # ...and Shimabara, a city in Nagasaki, for a quarter of Kyoto
    ("She worked in the Shimabara district of Kyoto.", "Shimabara", None),
    ("He studied in Hebei province before the war.", "Hebei", "Q21208"),  # a province of the name stays
    ("Officials in Oakland said the county would pay.", "Oakland", "gn:5378538"),
])
def test_a_town_s_name_before_a_division_word_names_the_division(world_linker, text, surface, entity):
    found = {e.text: e.id for e in world_linker.link(text, "en").entities}
    assert found[surface] == entity, found


@pytest.mark.parametrize("text,entity", [
    ("Georgia's ruling party claimed victory in Tbilisi as protesters gathered outside parliament.", "Q230"),
    ("Officials in Georgia's Fulton County said the recount in Atlanta would finish Friday.", "Q1428"),
])
def test_a_city_linked_at_0_85_places_its_neighbours(world_linker, text, entity):
    """Tbilisi (0.89) and Atlanta (0.87) were under the 0.9 a link needed to seed the document's
    context, so Georgia the country and the state tied and were NIL."""
    assert ids(world_linker, text, "en")["Georgia"] == entity


def test_a_name_as_written_beats_a_romanization_s_apostrophe_folded_away(world_linker):
    """WikiNEuRal fr validation: "Venise" (Venice's French name) went to Vénissieux, near Lyon,
    whose GeoNames names include the romanized "Venis'e", once the French context counted."""
    text = "Avec Jack Lemmon côté hommes et Juliette Binoche côté femmes, il a été primé à Venise, Cannes et Berlin."
    assert ids(world_linker, text, "fr")["Venise"] == "gn:3164603"


@pytest.mark.parametrize("text,lang,surface", [
    ("Wedle jego świadectwa Kraków założono w hołdzie zmarłemu Krakowi , nazywając gród na cześć jego imienia .",
     "pl", "Krakowi"),
    ("В XIII - XVI веках Тверь была одним из крупнейших городов северо-восточной Руси .", "ru", "Руси"),
])
def test_a_fuzzy_match_leans_only_on_sure_context(world_linker, text, lang, surface):
    """WikiNEuRal pl and ru validation: with links of 0.8 seeding the context, "Krakowi" (Krak, a
    man) went to Kraków (linked at 0.85 beside it) at 0.98, and "Руси" (Rus') to Russia (Tver at
    0.87) at 0.997, both as fuzzy matches."""
    assert ids(world_linker, text, lang)[surface] is None


def test_repetitions_of_a_name_do_not_vote_for_each_other(world_linker):
    """"Иракского Курдистана ... власти Курдистана" went to Iran's Kordestān at 0.996: each
    "Курдистана" was the other's context (1.0), and the prior shares (0.52 and 0.48) tie."""
    text = "Экспорт нефти из Иракского Курдистана возобновился; власти Курдистана это подтвердили."
    ents = [e for e in world_linker.link(text, "ru", candidates=3).entities if e.text == "Курдистана"]
    assert [e.id for e in ents] == [None, None]
    # the two tied candidates share the probability, neither near 0.97
    assert all(c.score < 0.6 for e in ents for c in e.candidates[:2]), [e.candidates for e in ents]


def test_a_place_and_the_place_that_holds_it_are_no_tie(world_linker):
    """Singapore the country and the city have one name and one prior share: counted as rivals
    they went NIL (WikiNEuRal and CoNLL validation, 10 Singapores and 5 Monacos)."""
    assert ("Singapore", "LOC", "Q334") in links(world_linker, "Singapore hangs Thai drug trafficker.", "en")


def test_words_between_two_places_are_no_container_unless_they_say_in(world_linker):
    """Vienna went to Vienna, Virginia in a tune sentence: "after a" between it and Texas made
    Texas its container ("Aleppo Township in Pennsylvania" needs the "in")."""
    text = "Talks on the Iran nuclear deal resumed in Vienna after a Texas refinery fire lifted oil prices."
    assert ("Vienna", "LOC", "gn:2761369") in links(world_linker, text, "en")


@pytest.mark.parametrize("text,lang,surface", [
    ("Suriye Demokratik Güçleri, Halep'in Şeyh Maksud mahallesini kontrol ediyor.", "tr", "Suriye Demokratik Güçleri"),
    ("Сирийские демократические силы заняли район Шейх-Максуд, сообщил Игорь Семенов.", "ru",
     "Сирийские демократические силы"),
    ("قالت قوات سوريا الديمقراطية إنها سيطرت على حي بستان الباشا", "ar", "قوات سوريا الديمقراطية"),
])
def test_an_organization_named_after_a_country_is_read_to_the_end_of_its_name(world_linker, text, lang, surface):
    """variants.jsonl: the Turkish specialist tags "Suriye" alone (ORG), the model tags only
    سوريا (ORG 0.25) and no word of the Russian name (the adjective comes from the gazetteer's
    demonyms); each went to Syria, and the file fell from 0.971 to 0.949."""
    assert (surface, "ORG", "el:org-syrian-democratic-forces") in links(world_linker, text, lang)


@pytest.mark.parametrize("text,word,entity", [
    ("The Gama'a wants to set up an Islamic state in Egypt.", "Islamic", None),  # not the Islamic State
    ("The new French connection at Harlequins made a good start.", "French", "Q142"),  # nor the shops
])
def test_lower_case_words_after_a_name_extend_it_only_where_the_name_is_written_so(world_linker, text, word,
                                                                                     entity):
    assert (word, "MISC", entity) in links(world_linker, text, "en")


def test_an_arabic_mention_run_over_and_into_the_next_name_is_split(world_linker):
    """"حزب الله والحوثيون" came back as one NIL organization, Hezbollah lost in it; a party
    whose own name has "and" in it stays whole."""
    ents = world_linker.link("أطلق حزب الله والحوثيون صواريخ، بحسب البنتاغون في بروكسل.", "ar").entities
    assert [(e.text, e.id) for e in ents][:2] == [("حزب الله", "Q41053"), ("والحوثيون", None)]
    ents = world_linker.link("فاز حزب العدالة والتنمية في الانتخابات.", "ar").entities
    assert [e.text for e in ents] == ["حزب العدالة والتنمية"]


def test_quotes_at_a_mentions_edges_are_no_part_of_the_name(world_linker):
    """The Russian specialist, like WikiNEuRal ru, puts guillemets inside names: the tune
    half's "«Аль-Манар»" came back as "Аль-Манар»" (outside the gold span)."""
    text = "«Хезболла» направила бойцов в Хомс, сообщает ливанский телеканал «Аль-Манар»."
    ents = {(e.start, e.end): (e.text, e.id) for e in world_linker.link(text, "ru").entities}
    start = text.index("Аль-Манар")
    assert ents[(start, start + len("Аль-Манар"))] == ("Аль-Манар", "el:org-al-manar")
    text = "Игроки обыграли «Спартак» и «Динамо» (Киев), а «Сокол» — нет."
    spans = [("«Спартак»", "ORG"), ("«Динамо» (Киев)", "ORG"), ("(Киев)", "LOC"), ("«", "MISC")]
    mentions = [Mention(text.index(w), text.index(w) + len(w), w, t, 0.9, None) for w, t in spans]
    kept = world_linker.repair_spans(text, [m for m in mentions if m.text != "(Киев)"])
    assert [m.text for m in kept] == ["Спартак", "«Динамо» (Киев)"]
    assert [text[m.start:m.end] for m in kept] == [m.text for m in kept]
    assert [m.text for m in world_linker.repair_spans(text, mentions[2:3])] == ["Киев"]


def test_exact_transliterations_tagged_as_persons_in_a_one_line_text(world_linker):
    """"Sakhoor" and "Masakin Hananu" (the NER says PER) came back NIL. Since the Turkish and
    Ukrainian training stage the model no longer tags a bare "Sakhoor" at all (in a sentence it
    says LOC); "Masakin Hananu" alone it still reads as a person."""
    mention = world_linker.ner.recognize(["Masakin Hananu"])[0][0]
    assert mention.type == "PER"
    assert ("Masakin Hananu", "LOC", "el:aleppo-masaken-hanano") in links(world_linker, "Masakin Hananu")
    assert ("Sakhoor", "LOC", "el:aleppo-sakhour") in links(world_linker, "Fighting in Sakhoor.")


def test_score_is_a_probability_and_candidates_carry_theirs(world_linker):
    """`score` was an additive total that could exceed 1."""
    doc = world_linker.link("Government forces shelled Sakhur in eastern Aleppo, Syria.", candidates=3,
                            explain=True)
    for e in doc.entities:
        assert 0.0 <= e.score <= 1.0
        assert all(0.0 <= c.score <= 1.0 for c in e.candidates)
        if e.id is not None:
            assert e.score >= world_linker.nil_threshold and "P(right)" in e.explanation


def test_a_surname_takes_the_full_name_mentioned_earlier(world_linker):
    ents = world_linker.link("Bashar al-Assad met Iranian officials in Damascus. Assad thanked Tehran.").entities
    assert {e.id for e in ents if e.text in ("Bashar al-Assad", "Assad")} == {"el:per-bashar-al-assad"}


def test_base_forms():
    assert base_forms("Сирии", "ru")[0] == "сирия"
    assert "київ" in base_forms("Києві", "uk")
    assert base_forms("Halep'te", "tr") == ["Halep"] and base_forms("Halep'te") == ["Halep"]
    assert base_forms("Gama'a", "en") == []  # the Turkish suffix rule only where the text may be Turkish
    # -и after a hushing consonant (and in Ukrainian after any) is a hard stem's genitive too;
    # a capitalized word the dictionary knows as something else still gets the swap (Хами: хам)
    assert "ракка" in base_forms("Ракки", "ru") and "хама" in base_forms("Хами", "uk")
    assert "кота" not in base_forms("Коти", "ru")  # Kōchi, indeclinable, is not the Indian Kota
    # Ukrainian -ів closes to -ов- before an ending, in a name the dictionary lacks (an outside
    # audit's "в Кракові" was NIL)
    assert "краків" in base_forms("Кракові", "uk") and "кишинів" in base_forms("Кишиневі", "uk")
    assert "нара" in base_forms("Нары", "ru")
    # a plural noun alone has no singular name for base: "6 Мустангов" (P-51s) went to Mustang,
    # Oklahoma; "Мир" (the space station) read as миро's genitive plural gives "мира" nowhere
    assert base_forms("Мустангов", "ru") == [] and "мира" not in base_forms("Мир", "ru")
    assert base_forms("Нидерландах", "ru") == ["нидерланды"]  # a plural-only name is its own base
    # adjectives agree with their noun: the normal forms gave "южный корея", "соединить штат"
    assert "южная корея" in base_forms("Южной Кореи", "ru")
    assert "соединённые штаты америки" in base_forms("Соединенных Штатов Америки", "ru")
    assert "південна корея" in base_forms("Південної Кореї", "uk")  # no "sing" in Ukrainian tags
    assert "южный судан" in base_forms("Южного Судана", "ru")
    # an adjective alone keeps its gender: a place named by one is written in that gender only
    # (WikiNEuRal ru validation: the station "Первомайская" linked Zlatopil, once Первомайский,
    # and "Ярославской [областями]" the town of Yaroslavsky); "в Советском" is still Советский
    assert "первомайский" not in base_forms("Первомайская", "ru")
    assert "ярославская" in base_forms("Ярославской", "ru") and "ярославский" not in base_forms("Ярославской", "ru")
    assert "советский" in base_forms("Советском", "ru") and "хмельницький" in base_forms("Хмельницького", "uk")
    # Polish: the noun anywhere, agreeing first, a genitive after the name kept ("Konga")
    assert "Nowa Zelandia" in base_forms("Nowej Zelandii", "pl")  # not "nowa" (a noun) + genitive
    assert "Stany Zjednoczone" in base_forms("Stanów Zjednoczonych", "pl")
    assert "Demokratyczna Republika Konga" in base_forms("Demokratycznej Republiki Konga", "pl")
    # ...in Polish too (WikiNEuRal pl validation: "atol Helen" went to Helena, Montana, through
    # Helena's genitive plural, "Inków" to Inca, "Włodzimierzów" to Vladimir); plural-only names stay
    assert base_forms("Helen", "pl") == [] and base_forms("Inków", "pl") == []
    assert "Katowice" in base_forms("Katowic", "pl") and "Niemcy" in base_forms("Niemiec", "pl")
    # a hyphenated name is its parts' base forms joined, never one part: Morfeusz's three
    # segments of "Emilia-Romania" gave "Romania", and the region linked the country
    assert base_forms("Emilia-Romania", "pl") == [] and "Bielsko-Biała" in base_forms("Bielsku-Białej", "pl")
    # German: -en after an article is -e, -es or -er in the name itself; a noun in -en is still the noun
    assert "Vereinigtes Königreich" in base_forms("Vereinigten Königreichs", "de")
    assert "Vereinigte Staaten" in base_forms("Vereinigten Staaten", "de")


def test_a_hard_stem_genitive_finds_its_city(world_linker):
    """"до Алеппо та Хами" (Ukrainian, a tune-half sentence): Хами is Хама's genitive, and the
    dictionary reads it as "хам" (a boor), so the ending swap was never tried."""
    text = "Сирійські повстанці увійшли до Алеппо та Хами."
    mentions = [Mention(text.index(w), text.index(w) + len(w), w, "LOC", 0.95, None) for w in ("Алеппо", "Хами")]
    assert [e.id for e in world_linker.link_mentions(mentions, lang="uk", text=text)] == ["Q41183", "gn:170017"]
    assert base_forms("وإيران") == ["إيران"]
    assert "العراق" in base_forms("للعراق")
    assert base_forms("Moskaus", "de") == ["Moskau"]
    assert "Niemcy" in base_forms("Niemiec", "pl") and base_forms("Francji", "pl") == ["Francja"]
    assert base_forms("Texas", "en") == [] and base_forms("阿勒颇") == []


@pytest.mark.parametrize("text,mtype,loc_p,expected", [
    ("Ямато", "PER", 0.27, None),        # a person the model leans to: not the Japanese town
    ("Ямато", "PER", 0.6, "gn:11611478"),  # ...unless the model leans to the place
    ("Bayern", "ORG", 0.4, None),         # the club, not the region
    ("Bayern", "ORG", 0.6, "Q980"),
    ("Sakhoor", "PER", 0.09, "el:aleppo-sakhour"),  # a curated name still takes a mistyped mention
    ("Jordan", "PER", 0.1, None),         # ...but not a country's, which people bear (CoNLL en validation)
    ("Jordan", "PER", 0.6, "Q810"),
    ("Хорватией", "ORG", 0.11, None),     # the national team ("сыграл ... с Хорватией"), not the country
    ("Хорватией", "ORG", 0.6, "Q224"),
    # a country's own name overrides a sure model as written, not through folding: "IRA" is
    # Iran's Portuguese "Irã" without its tilde (CoNLL en validation: "an IRA attempt on her life")
    ("IRA", "ORG", 0.01, None),
    ("Irã", "ORG", 0.01, "Q794"),
])
def test_a_name_that_is_often_something_else_needs_the_model_to_lean_to_it(world_linker, text, mtype, loc_p,
                                                                           expected):
    """WikiNEuRal ru validation had people (Ямато, Суй, Романовых) linked onto towns whose
    transliteration they spell, the clubs of the tune traps took their region, and national
    teams (tagged ORG, named by an inflected country name) their country."""
    scores = {"PER": 0.0, "ORG": 0.0, "LOC": loc_p, "MISC": 0.0}
    scores[mtype] = 1.0 - loc_p
    ent = world_linker.link_mentions([Mention(0, len(text), text, mtype, 1.0, scores)])[0]
    assert ent.id == expected, (ent.id, ent.name, ent.type)


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("Moscow, Idaho, is a quiet college town.", "en", "Moscow", "gn:5601538"),
    # two such pairs joined by "and" are no list of four names
    ("Storms hit Paris, Texas, and Moscow, Idaho, on Sunday.", "en", "Paris", "gn:4717560"),
    ("Москва, штат Айдахо, — небольшой университетский город.", "ru", "Москва", "gn:5601538"),
    ("Clashes erupted in Tripoli, Lebanon's second-largest city.", "en", "Tripoli", "gn:266826"),
    ("La petite ville de Damascus, dans le Maryland, porte le nom de la capitale syrienne.", "fr", "Damascus",
     "gn:4352728"),
    # the container beside it does not make the better-known namesake wrong where it is the one
    ("Shelling hit Damascus, Syria, overnight.", "en", "Damascus", "gn:170654"),
    # a list is not a place and its container: Arak (Iran) is also "Iraq" in GeoNames
    ("Militia fighters from Lebanon, Iraq, and Iran joined the push.", "en", "Iraq", "Q796"),
    # nor a country and the part of it meant: not Mexico City in Chiapas (WikiNEuRal es)
    ("Es una orquídea originaria de México ( Chiapas ) a Guatemala .", "es", "México", "Q96"),
    ("The hotel is in Luxembourg, Luxembourg.", "en", "Luxembourg", "gn:2960316"),
    # a state or a province places a town where a country or a big city has its name too: the
    # country won ("Mexico, Missouri") or the big city ("Verona, Wisconsin", "Berlin , New
    # Hampshire", WikiNEuRal en validation), and the container then went NIL beside it
    ("He was born in Mexico, Missouri.", "en", "Mexico", "gn:4398103"),
    ("Police in Peru, Indiana, arrested two men.", "en", "Peru", "gn:4924733"),
    ("He attended Verona Area High School in Verona , Wisconsin .", "en", "Verona", "gn:5277142"),
    ("He attended Verona Area High School in Verona , Wisconsin .", "en", "Wisconsin", "Q1537"),
    ("** Berlin , New Hampshire .", "en", "Berlin", "gn:5083330"),
    # (not a country and another country's name, nor a country before its own regions)
    ("Belgium, while the U.S. team travels to Brazil.", "en", "Belgium", "Q31"),
    ("Mexico, Chiapas and Oaxaca were hit by the storm.", "en", "Mexico", "Q96"),
    # (nor where a big place of the name lies in the state, nor where the state's name opens a
    # phrase of its own: an independent review's)
    ("Kingston, Ontario, hosted the talks.", "en", "Kingston", "gn:5992500"),
])
def test_a_place_named_with_its_container_is_the_one_in_it(world_linker, text, lang, surface, entity):
    """"Moscow, Idaho" went to the Russian capital and "Paris, Texas" to NIL: the prior of the
    famous namesake outweighed the container named beside it."""
    assert (surface, entity) in {(e.text, e.id) for e in world_linker.link(text, lang).entities}


@pytest.mark.parametrize("text,surface,town", [
    ("Trade with Poland, Ohio's governor said, would grow.", "Poland", "gn:5167196"),
    ("Sanctions on Russia, Ohio's governor said, hurt farmers.", "Russia", "gn:5168839"),
    ("The mayor of Paris, Kentucky, announced new measures on Monday.", "Paris", "gn:4717560"),
])
def test_a_state_that_opens_its_own_phrase_or_places_another_town_places_none(world_linker, text, surface, town):
    """A state's name after a comma that a possessive or a noun of its own follows is no container;
    and Paris, Texas is no Paris in Kentucky (a city without a parent state had counted as in any)."""
    assert town not in {e.id for e in world_linker.link(text, "en").entities if e.text == surface}


@pytest.mark.parametrize("text,surface,entity", [
    ("Китайская утварь датируется периодом правления северной династии Сун ( 960 - 1279 ).", "Сун", None),
    ("Новые законы в Цинь стали обязательными под угрозой жестокого наказания.", "Цинь", None),
    ("The Song dynasty capital was at Kaifeng, and Anshun lies in Guizhou.", "Anshun", "gn:1817968"),
])
def test_a_syllable_of_a_chinese_name_is_no_article(world_linker, text, surface, entity):
    """`latin` dropped "an" and "er" wherever they stood, so "An-sun", a name of Anshun, read
    "sun", as the Song dynasty's Russian "Сун" does, and the Qin state's "Цинь" went to China
    eight times (WikiNEuRal ru validation)."""
    assert [e.id for e in world_linker.link(text).entities if e.text == surface] == [entity]


@pytest.mark.parametrize("text,lang,surface,entity", [
    # the state or province of the city's name, which the gazetteer holds under its name with its
    # kind (`test_a_region_named_like_its_city_is_linked_where_the_text_calls_it_so`) or not at all
    ("The plant in Buffalo, New York, will close next year.", "en", "New York", "Q1384"),
    ("Vivió en Buffalo, Nueva York, hasta su muerte.", "es", "Nueva York", "Q1384"),
    ("Ecija ( Sevilla ) , 23 may ( EFE ) .", "es", "Sevilla", None),  # the province (CoNLL es validation)
    ("He was born in Nantwich , Cheshire .", "en", "Cheshire", None),  # not Cheshire, Connecticut
    ("Victoria de Durango , Durango", "es", "Durango", "iso:MX-DUR"),  # the state, not the city itself
    # nor, its cities gone, a place abroad or a town the place's context lifts (a review's probes)
    ("Il sindaco di Altamura (Bari) ha firmato l'ordinanza.", "it", "Bari", None),
    ("La Guardia Civil investiga un robo en Lucena (Córdoba).", "es", "Córdoba", None),
    # a city nearby holds the place as a borough
    ("She was born in Brooklyn, New York, in 1950.", "en", "New York", "gn:5128581"),
    # ...and so is one another reading of the place lies in: the borough, not Camden, New Jersey
    ("Fans gathered in Camden, London, for the concert.", "en", "London", "gn:2643743"),
    # a big city's boroughs lie farther out: Penrith 50 km from Sydney's point
    ("The bushfire threatened homes in Penrith, Sydney, on Sunday.", "en", "Sydney", "gn:2147714"),
    # a list's names are no place and container, nor a name the clause goes on after
    ("Protests spread to Leipzig, Berlin on Monday.", "en", "Berlin", "gn:2950159"),
    ("Missiles hit Kyiv, Kharkiv and Odesa overnight.", "en", "Kharkiv", "gn:706483"),
    ("On the morning of 21 December , protests spread to Sibiu , Bucharest and elsewhere .", "en", "Bucharest",
     "gn:683506"),
    ("Volgens het Journaal zijn de andere drie afkomstig uit Enschede , Oss en Heemskerk .", "nl", "Oss",
     "gn:2749234"),
    # a city of about the place's size is a list's next name (WikiANN en and de validation)
    ("Kehl , Baden-Baden ( also Strasbourg , France )", "en", "Baden-Baden", "gn:2953504"),
    ("Ljubljana , Koper u.a .", "de", "Koper", "gn:3197753"),
    # nor is a name the gazetteer knows only as far namesakes a place to measure from (WikiANN de)
    ("Gemeinsam wohnten sie in Bel Air , Los Angeles .", "de", "Los Angeles", "gn:5368361"),
])
def test_a_city_far_from_the_place_before_it_is_no_container_of_it(world_linker, text, lang, surface, entity):
    """An independent reading of WikiANN and CoNLL-2002 validation links found "Rochester, New
    York" and "Huntington, Nueva York" linked to New York City, "Figueras (Gerona)" to Girona."""
    found = [e.id for e in world_linker.link(text, lang).entities if e.text == surface]
    assert found == [entity]


@pytest.mark.parametrize("text,surface,wrong", [
    ('"These developments cause me grave concern," Clinton said at a campaign stop in Troy, Tennessee.', "Troy",
     "gn:5012639"),  # Troy, Michigan
    ("The tornado hit the city of Marion, Illinois and went on east.", "Marion", "gn:4866263"),  # Marion, Iowa
    # nor is the country of the name meant: a region beside a country's name is no list of regions
    ("The plant in Lebanon, Pennsylvania, will close in March.", "Lebanon", "Q822"),
])
def test_namesakes_beside_one_container_that_holds_none_of_them_are_no_link(world_linker, text, surface, wrong):
    """GeoNames gives the big US cities no state, so a state named beside a name held all of its
    namesakes in the country alike; the biggest won the tie at full probability (CoNLL-2003 and
    WikiNEuRal validation sentences)."""
    assert (surface, wrong) not in {(e.text, e.id) for e in world_linker.link(text, "en").entities}


@pytest.mark.parametrize("text,lang,surface,wrong", [
    ("Die Art ist auf die Mittelmeerinseln Sardinien und Korsika beschränkt.", "de", "Korsika", "Corsico"),
    ("It is native to mountain forests of Japan, on Honshū, Kyūshū and Shikoku.", "en", "Shikoku", "Ushiku"),
    ("Река впадает в Ла-Манш на севере Франции.", "ru", "Ла-Манш", "Le Mans"),
])
def test_a_look_alike_place_needs_more_than_its_country_named(world_linker, text, lang, surface, wrong):
    """WikiNEuRal validation sentences: a fuzzy match of a GeoNames place counted as supported
    where the text named the place's country or a region of it, and linked at 0.94."""
    got = {e.text: e.name for e in world_linker.link(text, lang).entities if e.id}
    assert got.get(surface) != wrong, got


def test_an_abbreviation_is_no_romanization_of_a_name(world_linker):
    """"ГДР" (the GDR) linked Iğdır at 0.94 in WikiNEuRal ru validation: both read "gdr" once
    the romanization drops the vowel of its Bulgarian name "Ъгдър"."""
    got = {e.text: e.name for e in world_linker.link("Но в это время в ГДР назревает политический кризис.",
                                                     "ru").entities if e.id}
    assert got.get("ГДР") != "Iğdır", got


@pytest.mark.parametrize("text,surface,wrong", [
    ("Наиболее значимый памятник армянской античной архитектуры - храм Гарни , построенный царём Великой "
     "Армении Трдатом I .", "Гарни", "Gurnee"),
    ("Река протекает через населённые пункты Кума , Ниммитибел , Бомбала , Орбост , Марло .", "Марло", "Merlo"),
    # beside a name in a script the service does not read (Cần Thơ's "kanto" and カントー)
    ("Семь школ региона Канто находятся в состоянии войны друг против друга .", "Канто", "Cần Thơ"),
])
def test_a_lower_case_alternate_name_is_no_romanization_of_a_place(world_linker, text, surface, wrong):
    """WikiNEuRal ru validation: a Russian name linked a city through a lower-case alternate name
    GeoNames keeps for it ("garni" of Gurnee, Illinois; "marlo" of Merlo, Argentina; "kanto" of
    Cần Thơ, three times on sentences 0-3,000) at 0.94."""
    got = {e.text: e.name for e in world_linker.link(text, "ru").entities if e.id}
    assert got.get(surface) != wrong, got


@pytest.mark.parametrize("text,surface,wrong", [
    ("Важную роль в жизни казахов начала ХХ века сыграли литературные журналы « Айкап » и « Казах » .",
     "Казах", "Petropavl"),
    ("Апатит ( Ca5 ( PO4 ) 3 ( OH- , Cl- , F- ) )", "Апатит", "Apatity"),
    ("Вывоз продукции через порт Прогресс .", "Прогресс", "El Progreso"),
    ("Две его дочери получили города : Эльвира получила Торо , а Уррака получила Самору .", "Торо",
     "Lake Forest"),
])
def test_a_russian_common_word_is_no_romanization_of_a_place(world_linker, text, surface, wrong):
    """WikiNEuRal and WikiANN ru validation: a word the Russian dictionary holds only as a
    common word (a Kazakh, the mineral, progress, a bull) linked a place through one of its
    Latin names that the word's romanization spells, at 0.71-0.94."""
    got = {e.text: e.name for e in world_linker.link(text, "ru").entities if e.id}
    assert got.get(surface) != wrong, got


@pytest.mark.parametrize("text,lang,surface,wrong,right", [
    ("Les membres de la FIK sont les fédérations nationales ( une par pays ) ou régionales dans un certain "
     "nombre de cas particuliers ( Hawaï , Taiwan , Hong-Kong , Macau , Aruba ) .", "fr", "Aruba", "gn:3183364",
     None),
    ("He blamed the hot weather and long travel to go to Jayapura as one of the factors why his team could "
     "not progress further .", "en", "Jayapura", "gn:1269515", "gn:2082600"),
    ("Montés à Rome pendant une escale , ils prennent le contrôle de l' avion un peu après le décollage et "
     "le contraignent à se rendre à Damas .", "fr", "Rome", "gn:2365267", "gn:3169070"),
    ("La capitale et plus grande ville du pays , Asmara , est la cinquième capitale la plus élevée du monde .",
     "fr", "Asmara", None, "gn:343300"),
    # a base form too: Morfeusz reads the river Lena as "len" (flax), a lower-case name of Rennes
    ("Głównymi rzekami są Lena ( 4400 km długości ) , Wiluj ( 2650 km ) , Oleniok ( 2292 km ) .", "pl", "Lena",
     "gn:2983990", None),
    # but a base form that is the place's own name stands: "Łodzi" is also Łódź's lower-case "lodzi",
    # and it went to Lodi, California, which lists "Lodzi" (WikiANN pl validation)
    ("Absolwent PWST w Łodzi .", "pl", "Łodzi", "gn:5367565", "gn:3093133"),
    ("Zajęcie Łodzi , Płocka i Redy przez Wehrmacht .", "pl", "Łodzi", "gn:5367565", "gn:3093133"),
])
def test_a_lower_case_alternate_name_is_no_name_of_a_capitalized_mention(world_linker, text, lang, surface,
                                                                          wrong, right):
    """WikiNEuRal validation: GeoNames keeps romanizations of other scripts' names in lower case
    ("aruba" of Alba, Italy; "jayapura" of Jaipur; "rome" of Lomé), and they linked those
    places or, as rivals sharing the prior, kept Rome and Asmara NIL."""
    got = ids(world_linker, text, lang)
    assert got.get(surface) != wrong or wrong is None, got
    assert right is None or got.get(surface) == right, got


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("The first Asian Games was held at New Delhi , India .", "en", "New Delhi", "gn:1261481"),
    ("Goiana possui , ao todo , seis praias em sua orla marítima .", "pt", "Goiana", "gn:3398904"),
    # a qualifier in brackets is no other name: Halle (Saale) keeps "Halle" beside Halle in Westphalia
    ("Studiował historię w Halle ( 1792 ) i Getyndze .", "pl", "Halle", "gn:2911522"),
    # a Cyrillic name is its romanized key: Tolyatti was called Stavropol until 1964, and took
    # "в Ставрополе" from Stavropol (WikiANN ru validation too)
    ("Митинг прошёл в Ставрополе.", "ru", "Ставрополе", "gn:487846"),
    ("Вибух стався у Ставрополі.", "uk", "Ставрополі", "gn:487846"),
    # ...in the countries that write Cyrillic: elsewhere it transcribes ("Питтсбург" romanizes to
    # Pittsburg, Kansas's name; "Датун", Datong, in the division test below)
    ("Штаб-квартира компании находится в Питтсбурге.", "ru", "Питтсбурге", "gn:5206379"),
])
def test_a_city_keeps_its_own_name_from_a_bigger_city_of_its_country(world_linker, text, lang, surface, entity):
    """WikiANN and WikiNEuRal validation: GeoNames lists neighbours' names among a city's
    alternate names ("New Delhi" of Delhi, "Goiana" of Goiânia), and the bigger city's prior
    took the name from the city whose own name it is."""
    assert ids(world_linker, text, lang).get(surface) == entity


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("Rozmowy odbyły się w Islamabadzie.", "pl", "Islamabadzie", "gn:1176615"),
    ("Bridgetown jest centrum handlowym , usługowym i przemysłowym wyspy .", "pl", "Bridgetown", "gn:3374036"),
])
def test_a_capital_s_name_is_not_a_bigger_foreign_city_s(world_linker, text, lang, surface, entity):
    """GeoNames calls Chattogram "Islamabad" and Portland, Oregon "Bridgetown": through the
    Polish base form Chattogram took Pakistan's capital at 0.94, and Portland Barbados's
    (WikiNEuRal pl validation) at 0.71."""
    assert ids(world_linker, text, lang).get(surface) == entity


@pytest.mark.parametrize("text,lang,surface,wrong", [
    ("Attraversata dal torrente Varaita , affluente del Po , è da questi divisa in due versanti .", "it", "Po",
     "gn:1816234"),
    ("Il grifone è anche il simbolo della città di Genova , Perugia , di Grosseto , di Alessandria , di "
     "Montepulciano ( SI ) , di Narni ( TR ) e di Agnone ( IS ) e compare sullo stemma della città di Volterra "
     "( PI ) , Arzignano ( VI ) .", "it", "PI", "gn:1299154"),
    ("Inne miasta : Ammanford , Llanelli , St .", "pl", "St", "gn:2974733"),
])
def test_two_letters_link_no_place_by_an_alternate_name(world_linker, text, lang, surface, wrong):
    """WikiNEuRal validation: Pisa's plate code "PI" linked Pyay, and "St ." cut off its name
    Sète; the river Po went to Bozhou, whose alternate names hold "Po", once a lower-case
    alternate name of Pau no longer shared the prior with it."""
    got = ids(world_linker, text, lang)
    assert got.get(surface) != wrong, got


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("La carraca india es el ave estatal elegida por los estados indios de Andhra Pradesh , Bihar , Karnataka "
     "y Odisha .", "es", "Bihar", "Q1165"),
    ("Pessoas vindas do Pará , Maranhão , Ceará e de estados da região sul e sudeste buscam na capital "
     "melhores condições de vida .", "pt", "Pará", "Q39517"),
    ("Essa rodovia também dá acesso aos estados da Bahia , Goiás e ao Tocantins .", "pt", "Bahia", "Q40430"),
    ("Pode ser encontrada nos seguintes países : China , Hong Kong , Japão , Coreia do Sul , as Filipinas , "
     "Taiwan e Vietname .", "pt", "Japão", "Q17"),
])
def test_a_list_is_no_place_and_its_container(world_linker, text, lang, surface, entity):
    """WikiNEuRal validation: "Pará , Maranhão" read as a place and its container put Belém,
    which has Pará among its alternate names, in Maranhão (a region holds its country's
    parentless cities), and Bihar became Bihār Sharīf so; "Hong Kong , Japão" ruled Japan out
    as a namesake of Hong Kong's container, and Carmópolis de Minas (once "Japão") took it."""
    assert ids(world_linker, text, lang).get(surface) == entity


def test_a_look_alike_of_a_name_in_a_script_the_service_does_not_read_is_no_link(world_linker):
    """"Istria" beside "austriaco" linked Austria at 0.998 in WikiNEuRal it validation: a fuzzy
    match of Austria's Greek name Αυστρία, romanized "aystria"."""
    doc = world_linker.link("Nel nord e nelle regioni centrali è più visibile influsso austriaco e ungherese , "
                            "mentre l' Istria e la Dalmazia risentono di quello veneziano .", "it")
    got = {e.text: e.id for e in doc.entities}
    assert got.get("Istria") != "Q40" and got.get("austriaco") == "Q40", got


def test_an_arabic_spelling_is_not_another_entitys_persian_name(world_linker):
    """عمان (Amman, Oman) went to Germany: its Persian name آلمان, read without "ال", romanizes
    as عمان does, and a romanization match counted as a transliteration."""
    bare = world_linker.link("وصل الملك إلى عمان بعد زيارة رسمية", "ar").entities
    assert [e.id for e in bare if e.text == "عمان"] != ["Q183"]
    capital = world_linker.link("افتتح معرض الكتاب في العاصمة الأردنية عمان", "ar").entities
    assert ("عمان", "gn:250441") in {(e.text, e.id) for e in capital}


@pytest.mark.parametrize("text,surface,entity", [
    ("The myth of the Amazons was that they had one breast removed.", "Amazons", "Q40040"),
    ("The expanded flower of a Gardenia was stuck upright in a cup of water.", "Gardenia", "gn:5351549"),
])
def test_a_latin_word_like_a_latin_writing_countrys_place_is_not_its_transliteration(world_linker, text, surface,
                                                                                      entity):
    """The Amazons went to Amazonas and a Gardenia to Gardena, California (0.92-0.96), in
    WikiNEuRal sentences: one inserted vowel scored as a transliteration, as between Sakhour
    and Sakhoor, though a Brazilian or Californian place has one Latin spelling."""
    found = {(e.text, e.id) for e in world_linker.link(text, "en").entities}
    assert (surface, entity) not in found, found


def test_a_latin_exonym_still_reads_as_another_scripts_name(world_linker):
    """Sardegna has no English name in the gazetteer; "Sardinia" finds it through Сардиния."""
    found = {(e.text, e.id) for e in world_linker.link("Modena and Parma joined Sardinia in 1860.", "en").entities}
    assert ("Sardinia", "iso:IT-88") in found, found


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("Власти США ввели новые санкции.", "ru", "США", "Q30"),
    ("ABD, İran'a yeni yaptırımlar uyguladı.", "tr", "ABD", "Q30"),
    ("Britain and France agreed on new sanctions.", "en", "Britain", "Q145"),
    ("وصل وفد من بريطانيا إلى بغداد", "ar", "بريطانيا", "Q145"),
    # the names Russian, German and English news still use (seeds/country_names.tsv) ...
    ("Газпром сократил поставки в Молдавию и Туркмению.", "ru", "Молдавию", "Q217"),
    ("Лукашенко заявил, что Белоруссия не вступит в войну.", "ru", "Белоруссия", "Q184"),
    ("Die Opposition in Weißrussland wird verfolgt.", "de", "Weißrussland", "Q184"),
    ("The military government of Burma released the prisoners.", "en", "Burma", "Q836"),
    # ... and Arabic's and Ukrainian's (they were NIL, or spelled with the other apostrophe:
    # CLDR writes "Вʼєтнам" with U+02BC, Ukrainian text with "'" or "’")
    ("تحدث رئيس روسيا البيضاء.", "ar", "روسيا البيضاء", "Q184"),
    ("وصل الوفد إلى بيلاروسيا أمس.", "ar", "بيلاروسيا", "Q184"),
    ("وصل الوفد إلى الدنمارك أمس.", "ar", "الدنمارك", "Q756617"),
    ("وصل الوفد إلى المجر أمس.", "ar", "المجر", "Q28"),
    ("وصل الوفد إلى البوسنة أمس.", "ar", "البوسنة", "Q225"),
    ("وصل الوفد إلى سلطنة عمان أمس.", "ar", "سلطنة عمان", "Q842"),
    ("Делегація прибула до В'єтнаму.", "uk", "В'єтнаму", "Q881"),
    # (and a city's: The Hague in Portuguese, an outside audit's)
    ("Rui Barbosa representou o Brasil em Haia.", "pt", "Haia", "gn:2747373"),
    # (Bethlehem in Arabic, which GeoNames gives Bethlehem, Pennsylvania too)
    ("زار البابا القدس وبيت لحم.", "ar", "وبيت لحم", "gn:284315"),
    ("زار البابا بيت لحم.", "ar", "بيت لحم", "gn:284315"),
    # ... and North Macedonia by the name news gave it from 1991 to 2019 (it was NIL, or in a list
    # of countries beside Ukraine the Ukrainian village Makedony, at 0.99)
    ("Elections in Macedonia passed calmly.", "en", "Macedonia", "Q221"),
    ("Wybory w Macedonii przebiegły spokojnie.", "pl", "Macedonii", "Q221"),
    ("Makedonya'daki seçimler sakin geçti.", "tr", "Makedonya", "Q221"),
    # (the guard's cues that are no kingdom's: British Columbia's "B.C.", a bracketed former name)
    ("A Vancouver, B.C. company signed a mining deal with Macedonia on Monday.", "en", "Macedonia", "Q221"),
    ("Macedonia (FYROM) joined NATO after settling its dispute with Greece.", "en", "Macedonia", "Q221"),
    ("Остановки были сделаны в таких странах , как Украина , Словакия , Сербия , Македония , Венгрия и Чехия .",
     "ru", "Македония", "Q221"),
    ("Громадянина Канади можуть засудити в Об'єднаних Арабських Еміратах .", "uk",
     "Об'єднаних Арабських Еміратах", "Q878"),
    # ... "Congo" as news mostly means it: the Democratic Republic (Spanish and Polish CLDR name
    # the Republic so, which took "Rebels in Congo ... near Goma" at 0.99) ...
    ("Rebels in Congo attacked a village near Goma.", "en", "Congo", "Q974"),
    ("The Republic of Congo held elections.", "en", "Republic of Congo", "Q971"),
    # ... and CLDR's other names (seeds/country_variants.tsv)
    ("He moved to Swaziland in 1990.", "en", "Swaziland", "Q1050"),
    ("Die Elfenbeinküste unterzeichnete ein Abkommen.", "de", "Elfenbeinküste", "Q1008"),
])
def test_the_short_names_news_gives_countries(world_linker, text, lang, surface, entity):
    """"США", "ABD" and "Britain" came back NIL: CLDR names countries formally, and codes are
    kept out of the gazetteer (seeds/country_names.tsv holds the ones news uses)."""
    assert (surface, entity) in {(e.text, e.id) for e in world_linker.link(text, lang).entities}


@pytest.mark.parametrize("text,lang,surface", [
    ("Philippus II , koning van Macedonië en vader van Alexander de Grote .", "nl", "Macedonië"),
    ("Ptolemeusz Keraunos został królem Macedonii .", "pl", "Macedonii"),
    ("In 322 BC , Athens and Macedonia fought the naval Battle of Amorgos .", "en", "Macedonia"),
    ("При усилении Македонии в 340-е годы до н. э. Афины ослабли.", "ru", "Македонии"),
    ("w roku 279 p.n.e. Macedonię , Tesalię i Epir splądrowali Celtowie .", "pl", "Macedonię"),
    ("Makedonya tahtına Filip'ten önce ağabeyi Perdikkas çıktı .", "tr", "Makedonya"),
    ("Makedonya ( Yunanistan ) bir bölgedir .", "tr", "Makedonya"),
    ("In ancient Macedonia, kings were chosen by the army assembly.", "en", "Macedonia"),
    ("Thessaloniki, the capital of Greek Macedonia, saw large protests over the name deal.", "en", "Macedonia"),
    ("Koning Filips van Macedonië werd vermoord in Aigai.", "nl", "Macedonië"),
    ("В первом тысячелетии до нашей эры Македония стала царством.", "ru", "Македония"),
])
def test_an_ancient_kingdom_or_a_region_named_like_a_country_is_not_the_country(world_linker, text, lang, surface):
    """North Macedonia's short name is Philip's kingdom's and Greece's region's too: not where the
    words around date themselves before the common era, a ruler's word or a bracket stands beside it."""
    assert "Q221" not in {e.id for e in world_linker.link(text, lang).entities if e.text == surface}


@pytest.mark.parametrize("text,lang", [
    ("Cristóbal Colón llegó a América en 1492.", "es"),
    ("Se encuentra en América , África , Oceanía y en Asia .", "es"),
    ("A hipótese mais aceita é que os primeiros habitantes da América vieram da Ásia .", "pt"),
    ("La mayor parte de la población desciende de africanos traídos a América a partir del siglo XVII .", "es"),
])
def test_the_americas_in_spanish_and_portuguese_are_no_country(world_linker, text, lang):
    """Spanish and Portuguese "América" is the continent; it linked the United States through the
    English "America" at 0.98 (and, once that was ruled out, a Dutch village)."""
    assert [e.id for e in world_linker.link(text, lang).entities if e.text == "América"] == [None]


def test_an_arabic_name_with_its_article_leaves_no_prior_to_a_place_without_it(world_linker):
    """"القدس" is Jerusalem's own name; Qods (Iran), "قدس", matched its base form without the
    article and took a fifth of the prior: Jerusalem came back at 0.70, or NIL where the model
    was less sure of the type (an outside audit's)."""
    [jerusalem] = [e for e in world_linker.link("تظاهر الآلاف في القدس.", "ar").entities if e.text == "القدس"]
    assert jerusalem.id == "gn:281184" and jerusalem.score >= 0.8, (jerusalem.id, jerusalem.score)


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("Gazprom cut gas supplies to Europe on Monday.", "en", "Gazprom", "Q102673"),
    ("Акции Газпрома упали на торгах.", "ru", "Газпрома", "Q102673"),
    ("Siemens won a contract to modernise the railways.", "en", "Siemens", "Q81230"),
    # once NIL (the towns it names were no longer taken), now the companies
    ("Toyota and Nokia shares fell on Monday.", "en", "Toyota", "Q53268"),
    ("Santander cerrará cien oficinas este año.", "es", "Santander", "Q875292"),  # not the Colombian department
    # a brand is written as it writes itself: no folding, no transliteration
    ("Maxis released a new simulation game.", "en", "Maxis", None),
    ("ЄС запровадив нові санкції проти Росії.", "uk", "ЄС", None),
])
def test_companies_of_the_name_suggestion_index(world_linker, text, lang, surface, entity):
    """Companies came back NIL (the default gazetteer held 12 organizations); a brand's name
    folded or transliterated ("Maxis" -> the Maxi's restaurants, "ЄС" -> the YES jewellers)
    is another word."""
    found = {e.text: e.id for e in world_linker.link(text, lang).entities}
    assert surface in found and found[surface] == entity, found


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("Российские войска отошли за реку Днепр у Херсона.", "ru", "Днепр", None),
    ("Річка Дніпро вийшла з берегів біля Києва.", "uk", "Дніпро", None),
    ("عبر اللاجئون نهر الأردن فجرا", "ar", "الأردن", None),  # the river Jordan, not the country
    ("Ракети влучили в Дніпро вночі.", "uk", "Дніпро", "gn:709930"),  # the city, with no river word beside it
    # a military unit is not the city it is named after (a tune-half trap), an adjective before one is its country's
    ("Fighters of the Azov regiment defended the steelworks.", "en", "Azov", None),
    ("Irish regiments fought at the Somme.", "en", "Irish", "Q27"),
])
def test_a_river_is_not_the_city_named_after_it(world_linker, text, lang, surface, entity):
    """"річки Дніпро" linked to the city of Dnipro: the gazetteer holds no rivers, lakes or seas,
    and a water word beside the name says which one is meant; the same for a regiment's name."""
    found = {e.text: e for e in world_linker.link(text, lang, explain=True).entities}
    assert surface in found and found[surface].id == entity, found
    # explain says which word ruled the places out, not that no name resembles the mention
    if entity is None:
        assert "river, lake, sea or military unit" in found[surface].explanation


@pytest.mark.parametrize("text,surface,mtype,entity", [
    ("تبنت كتائب حزب الله الهجوم على القاعدة.", "حزب الله", "ORG", None),  # Kata'ib Hezbollah is not Hezbollah
    ("أعلنت سرايا القدس مسؤوليتها عن الهجوم.", "القدس", "LOC", None),     # the al-Quds Brigades, not Jerusalem
    ("أعلن حزب الله مسؤوليته عن الهجوم.", "حزب الله", "ORG", "Q41053"),
])
def test_an_armed_group_named_brigades_of_a_name_is_not_that_name(world_linker, text, surface, mtype, entity):
    """The Arabic unit words had only singulars (كتيبة); groups name themselves with the plurals
    (كتائب, سرايا). The mention is given (the model's span for it varies by CPU with int8)."""
    start = text.index(surface)
    mention = Mention(start, start + len(surface), surface, mtype, 0.95, None)
    assert world_linker.link_mentions([mention], lang="ar", text=text)[0].id == entity


@pytest.mark.parametrize("text,surface,entity", [
    ("The governor of New Mexico signed the water bill.", "New Mexico", "Q1522"),
    ("New Jersey voters go to the polls on Tuesday.", "New Jersey", "Q1408"),
])
def test_a_state_is_not_its_country(world_linker, text, surface, entity):
    """countrynames lists "NEW MEXICO" and "NEW JERSEY" among the United States' names (customs
    forms), so the states went to Q30 and, their names being a country's, had no entity."""
    assert (surface, entity) in {(e.text, e.id) for e in world_linker.link(text, "en").entities}


def test_listed_adjectives_share_their_noun_and_are_no_places_alone(world_linker):
    """"Московской" and "Смоленской" of "... Смоленской и Псковской областями" were the town of
    Moskovskiy and the city of Smolensk by their romanized skeletons (0.94, 0.97): they are
    oblasts, as "Курской" of "в Белгородской и Курской областях" is. An adjective of a common
    noun names nothing ("на Южном ... фронтах" was the town of Южное; "Центральный, ...
    Северный и Южный регионы" three city districts), but a country's adjective stays."""
    got = ids(world_linker, "Граничит с Московской , Ярославской , Вологодской , Новгородской , Смоленской "
              "и Псковской областями .", "ru")
    # the last adjective's span may take the noun or not (the int8 and fp32 models differ): its link counts
    pskov = next(v for k, v in got.items() if k.startswith("Псковской"))
    assert (got["Московской"], got["Смоленской"], pskov) == ("Q1697", "Q2347", "Q2218")
    got = ids(world_linker, "Беспилотники атаковали объекты в Белгородской и Курской областях.", "ru")
    assert (got["Белгородской"], got["Курской"]) == ("Q3329", "Q3178")
    # the model tags "Харківській та Сумській областях" as one name: two oblasts
    got = ids(world_linker, "Обстріли в Харківській та Сумській областях тривають.", "uk")
    assert (got["Харківській"], got["Сумській областях"]) == ("Q170666", "Q170446")
    got = ids(world_linker, "Экономико-географически Казахстан делится на Центральный , Западный , Восточный , "
              "Северный и Южный регионы .", "ru")
    assert [w for w in ("Центральный", "Западный", "Восточный", "Северный", "Южный") if got.get(w)] == []
    got = ids(world_linker, "Воевал на Южном , Брянском , Сталинградском и Северо-Кавказском фронтах .", "ru")
    assert [w for w, i in got.items() if i] == []
    assert ids(world_linker, "Российские военные покинули базу.", "ru")["Российские"] == "Q159"


@pytest.mark.parametrize("text,lang,surface", [
    ("Russian forces advanced in Donetsk Oblast, the ministry said.", "en", "Donetsk Oblast"),
    ("Вибухи пролунали в Донецькій області.", "uk", "Донецькій області"),
    ("Gunmen attacked a village in Oyo State, police said.", "en", "Oyo State"),
    ("Floods hit the State of Mexico.", "en", "State of Mexico"),
    ("He was born in the Chechen Republic.", "en", "Chechen Republic"),
])
def test_a_region_is_not_its_country_by_a_countrynames_variant(world_linker, text, lang, surface):
    """countrynames files subdivisions under their country ("Donetsk Oblast", "Донецька область"
    as Ukraine, "Oyo State" as Nigeria, "Chechen Republic" as Russia): each linked the country
    at 0.97-0.99. The region itself, or NIL."""
    got = ids(world_linker, text, lang)
    assert surface in got and got[surface] not in ("Q212", "Q1033", "Q96", "Q159")


@pytest.mark.parametrize("text,lang,surface,entity", [
    # US towns carry their state: named with it, or beside it, they are the ones meant
    ("Born in Midland, Texas, he grew up in Perryton in the Texas Panhandle.", "en", "Perryton", "gn:5528274"),
    ("ESCHEN, Liechtenstein 1996-08-31", "en", "ESCHEN", "gn:3042068"),
    # twenty Berlins in the United States are nobody's namesakes where the text does not say so
    ("American diplomats arrived in Berlin on Monday.", "en", "Berlin", "gn:2950159"),
    # GeoNames gives a Welsh village the Russian name Уэльс, which Wales itself lacks: a name this
    # close to a region's is the region's, not a town's for the country named beside it
    ("Доля населения с высшим образованием в Суонси выше, чем по Уэльсу, но ниже, чем по Великобритании.", "ru",
     "Уэльсу", "Q25"),
])
def test_towns_link_where_the_text_places_them(world_linker, text, lang, surface, entity):
    assert (surface, entity) in {(e.text, e.id) for e in world_linker.link(text, lang).entities}


def test_a_name_tied_with_hundreds_on_trigram_votes_keeps_its_pool_place(world_linker):
    """Among a million names Raqqa's alias Rakka ties with 364 others on the trigrams of "Ракки"
    that are read; which of them the vote kept depended on their order in the index, and a
    rebuild lost Rakka (the NER's type for the mention, PER or LOC, varies by CPU with int8)."""
    hits = world_linker.index.search("Ракки", 50)
    assert "gn:172955" in {world_linker.index.record(h.entity).id for h in hits}


@pytest.mark.parametrize("query", ["Sakhur", "Aleppo", "Perrytown", "Ракки", "Хомсе", "الصاخور", "Texas",
                                   "Bassel Qabbani", "Suriye", "Dnipro"])
def test_a_search_floor_leaves_out_only_what_scores_under_it(world_linker, query):
    """The linker asks for names of FUZZY_MIN and over, and the index skips scoring Latin names
    that cannot reach it: the answer must be the full search's, cut at the floor."""
    index = world_linker.index
    assert index.search(query, 50, 0.9) == [h for h in index.search(query, 50) if h.score >= 0.9]


def test_the_place_before_a_container_says_which_of_its_namesakes_the_container_is(world_linker):
    """Tune half: "Atlanta, Georgia" linked the country; the gazetteer now holds the state
    under that name, and the city before it says which."""
    found = links(world_linker, "Michael Jordan visited a children's hospital in Atlanta, Georgia, on Friday.", "en")
    assert ("Atlanta", "LOC", "gn:4180439") in found and ("Georgia", "LOC", "Q1428") in found
    assert ("Georgia", "LOC", "Q230") in links(world_linker, "He flew from Tbilisi, Georgia to Kyiv, Ukraine.", "en")
    # alone, neither the state nor the country: "Georgia's parliament" linked the state by its
    # estimated people once it had the name, and "Senate runoffs in Georgia" the country before
    assert ("Georgia", "LOC", None) in links(world_linker, "Georgia's parliament passed the law amid protests.", "en")
    # a country it borders is context for the country (WikiNEuRal en validation: "shared by
    # Russia and Georgia" went NIL with the state beside it), as US places are for the state
    assert ("Georgia", "LOC", "Q230") in links(world_linker, "Russia invaded Georgia in 2008.", "en")
    # a region of a country seldom in the news is not the big city abroad that shares its name
    # (CoNLL en and WikiNEuRal es validation: Gaza went to Mozambique's province at 0.94)
    assert ("Gaza", "LOC", "gn:281133") in links(world_linker, "Israeli strikes on Gaza killed 40 people.", "en")
    assert ("Savannah", "LOC", "gn:4221552") in links(world_linker, "He was born in Savannah and studied in Atlanta.",
                                                      "en")
    assert not {e for e in links(world_linker, "A Bari pioveva ieri sera.", "it") if e[2] == "iso:SO-BR"}
    # a state GeoNames names its capital by (Salvador: "Bahia") is the state
    assert ("Rio Grande do Sul", "LOC", "Q40030") in links(
        world_linker, "Floods devastated Rio Grande do Sul, Brazil's southernmost state.", "en")
    # a name in a script the service does not read is no transliteration: Mali's Japanese マリ
    # read "mari", and "Mari El" without its article went to Mali at 0.98
    assert ("Mari El", "LOC", "Q5446") in links(world_linker, "Officials in Mari El said the talks would go on.", "en")
    # ...whatever the mention's script: Paris's Chinese 巴黎 reads "bali" (WikiNEuRal ru validation)
    assert ("Бали", "LOC", "gn:2988507") not in links(world_linker, "Денпасар - город на юге острова Бали.", "ru")
    assert ("Emilia-Romania", "LOC", "iso:IT-45") in links(world_linker, "Rząd Emilia-Romania zapowiedział rozmowy.",
                                                         "pl")
    # a sea is not the region named after it, nor a town named like it, but the sea where the
    # gazetteer holds it (seeds/gazetteer.jsonl); a city so named is itself
    assert ("Red Sea", "LOC", "el:sea-red-sea") in links(world_linker, "Houthi rebels attacked ships in the Red Sea.",
                                                         "en")
    assert ("mer Rouge", "LOC", "el:sea-red-sea") in links(world_linker,
                                                           "Les Houthis ont attaqué des navires en mer Rouge.", "fr")
    assert ("Аральское море", "LOC", None) in links(world_linker, "В 1960-х годах Аральское море начало мелеть.", "ru")
    assert ("Mar del Plata", "LOC", "gn:3430863") in links(world_linker, "Mar del Plata recibió a miles de turistas.",
                                                          "es")
    # a plain geography noun is no region's name, and a curated region's name no other region's
    found = links(world_linker, "The Gulf states and the Sahel countries met in Doha.", "en")
    assert ("Gulf", "LOC", None) in found and ("Sahel", "LOC", "el:region-sahel") in found
    # "Holland" is the Netherlands in news (seeds/country_names.tsv), not Holland, Michigan
    assert ("Голландия", "LOC", "Q29999") in links(world_linker, "Голландия и Бельгия подписали соглашение.", "ru")
    # a place whose own name is written outweighs one reached through another script's name
    # romanized (Tunisia by تونس), but not one whose alternate name it is (Mbulu lists "Iraku")
    assert ("Tunis", "LOC", "gn:2464470") in links(world_linker, "Officials in Tunis said the talks went on.", "en")
    assert ("Iraku", "LOC", "Q796") in links(world_linker, "Żołnierze wrócili z Iraku w piątek.", "pl")
    # a state whose name a smaller city elsewhere has is the state ("Oregon" linked Oregon, Ohio)
    assert ("Орегон", "LOC", "Q824") in links(world_linker, "В штате Орегон начались лесные пожары.", "ru")
    assert ("Oklahoma", "LOC", "Q1649") in links(world_linker, "Officials in Oklahoma said the talks went on.", "en")
    # a city reached through an alternate name that a town elsewhere has as its own is placed
    # first, as a town is (WikiNEuRal validation: Bethpage for "Central Park", Puerto Rico in
    # Argentina for French "Porto Rico", Semi in Benin for the Sami language)
    assert ("Central Park", "LOC", None) in links(world_linker, "Two murders, one of them in Central Park.", "en")
    assert ("Central Parks", "LOC", None) in links(world_linker, "Das Haus steht an der Westseite des Central Parks.",
                                                   "de")  # by its base form
    # ...but a city whose own name is the mention as written stays in the running (Sarnia, not
    # Sārni in India, whose own name is the base form "Sarni" of an adjective reading)
    assert ("Sarnia", "LOC", "gn:6141190") in links(
        world_linker, "Od wschodu sąsiaduje z kanadyjskim miastem Sarnia w prowincji Ontario.", "pl")
    assert ("Porto Rico", "LOC", "gn:3429732") not in links(world_linker, "Il a quitté Porto Rico.", "fr")
    assert ("Sami", "LOC", "gn:2391833") not in links(world_linker, "He mainly wrote in Sami.", "en")
    # ...but a big city's inflected name stays the city's where a village abroad is called by
    # the word as written ("Drezna", Dresden's genitive, is a Russian village's name)
    assert ("Drezna", "LOC", "gn:2935022") in links(world_linker, "Delegacja przyjechała do Drezna w poniedziałek.",
                                                    "pl")
    # a place linked by an alias gives way (WikiNEuRal en validation: England was lost to it)
    found = links(world_linker, "The magazine is published in Cumbria, England, but included work.", "en")
    assert ("Cumbria", "LOC", None) in found and ("England", "LOC", "Q21") in found


@pytest.mark.parametrize("text,surface", [
    ("He grew up in Perryton before the war.", "Perryton"),  # no state, no country: any of its namesakes
    ("Monmouth County, New Jersey, voted on Tuesday.", "Monmouth"),  # Monmouth, Oregon is not in it
])
def test_a_town_the_text_does_not_place_stays_nil(world_linker, text, surface):
    assert all(e.id is None for e in world_linker.link(text, "en").entities if e.text == surface)


def test_a_list_of_names_the_gazetteer_does_not_know_is_no_list_of_its_alternate_names(world_linker):
    """WikiNEuRal pl validation: in a list of villages "Połom" linked Pula (Croatia) and "Budy"
    Buda by their base forms; a list of places the gazetteer knows keeps its links."""
    found = links(world_linker, "W pobliżu znajdują się też inne wsie : Bystrz , Koczek , Kierwik i Połom .", "pl")
    assert ("Połom", "LOC", None) in found
    found = links(world_linker, "Dalej rzeka przepływa przez wsie : Sypniewo , Sypniewko-Folwark , Budy-Folwark "
                                "oraz Budy .", "pl")
    assert ("Budy", "LOC", None) in found
    found = links(world_linker, "The imperial hunts were organised in Peterhof , Tsarskoye Selo , Gatchina "
                                "and Pavlovsk .", "en")
    assert ("Peterhof", "LOC", "gn:510291") in found and ("Gatchina", "LOC", "gn:561887") in found


def test_a_latin_base_form_matches_a_name_spelled_as_it_is(world_linker):
    """WikiNEuRal pl validation: "w dolinie Łaby" (the Elbe) linked Labé in Guinea, whose
    alternate name "Laba" folds like the base form Łaba; Polish ł is a letter of its own."""
    assert ("Łaby", "LOC", None) in links(world_linker, "Leży w dolinie Łaby , między Dessau a Wittenbergą .", "pl")
    found = links(world_linker, "Mieszkał w Krakowie i w Toruniu.", "pl")
    assert ("Krakowie", "LOC", "gn:3094802") in found and ("Toruniu", "LOC", "gn:3083271") in found


def test_washington_in_arabic_is_not_a_small_town_of_that_name(world_linker):
    """GeoNames gives the US capital no Arabic name and two small Washingtons one, so "واشنطن"
    linked Washington, Utah at 0.70; seeds/city_names.tsv names the capital. Alone, three
    Washingtons stay NIL; the country beside it places the capital."""
    assert not {e for e in links(world_linker, "قال مسؤول في واشنطن إن المحادثات ستستمر", "ar")
                if e[2] in ("gn:5549222", "gn:4915545")}
    assert ("واشنطن", "LOC", "gn:4140963") in links(
        world_linker, "قال مسؤول في واشنطن إن الولايات المتحدة ستواصل المحادثات", "ar")


@pytest.mark.parametrize("text,surface,entity", [
    ("قصفت القوات الروسية مدينة خاركيف الأوكرانية.", "خاركيف", "gn:706483"),
    ("وصلت القوات إلى خاركيف وزابوريجيا.", "وزابوريجيا", "gn:687700"),
])
def test_arabic_news_names_of_ukrainian_cities(world_linker, text, surface, entity):
    """GeoNames writes Kharkiv "خاركوف" after the Russian and has no Arabic Zaporizhzhia; Arabic
    news' names were NIL (seeds/city_names.tsv)."""
    assert (surface, "LOC", entity) in links(world_linker, text, "ar")


def test_a_town_s_name_does_not_stretch_a_mention(world_linker):
    """cities500 holds a town called "El Congreso": span repair took the article into the mention."""
    texts = [e.text for e in world_linker.link("Pedro Sánchez compareció ante el Congreso.", "es").entities]
    assert "el Congreso" not in texts and "Congreso" in texts, texts


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("Hezbollah ostrzelał bazę wojskową w Galilei.", "pl", "Hezbollah", "Q41053"),
    ("«Хезболла» направила делегацию в Бейрут.", "ru", "Хезболла", "Q41053"),
    ("Бойцы Хезболлы вошли в город.", "ru", "Хезболлы", "Q41053"),  # through its base form
    ("سيطرت قوات سوريا الديمقراطية على منبج", "ar", "قوات سوريا الديمقراطية", "el:org-syrian-democratic-forces"),
    ("أكدت واشنطن دعمها لقوات سوريا الديمقراطية", "ar", "قوات سوريا الديمقراطية", "el:org-syrian-democratic-forces"),
])
def test_curated_names_the_model_left_untagged_are_found(world_linker, text, lang, surface, entity):
    """Tune half: a name opening the sentence ("Hezbollah ostrzelał ...", "«Хезболла» направила
    ...", "Hezbolá y ...") or a three-word Arabic name was the model's commonest miss among
    the curated organizations (4 of 14 misses). The model's output is given (none), since int8
    tags vary by CPU."""
    found = world_linker.add_curated_names(text, [], lang)
    assert [(m.text, m.type) for m in found] == [(surface, "ORG")]
    assert [e.id for e in world_linker.link_mentions(found, lang=lang, text=text)] == [entity]


@pytest.mark.parametrize("text,lang", [
    ("Kataib Hezbollah claimed the drone attack.", "en"),  # another group, whose name holds one
    ("Hezbollah Brigades fighters crossed the border.", "en"),
    ("Esad said on Monday that he would stay.", "en"),  # Assad's Turkish name, a given name elsewhere
    ("Ratings agencies kept the AA rating.", "en"),     # Anadolu Agency's initials
    ("the hezbollah question", "en"),                   # names are matched as written
])
def test_untagged_text_is_not_read_as_a_curated_name_it_only_contains(world_linker, text, lang):
    assert world_linker.add_curated_names(text, [], lang) == []


def test_a_place_inside_a_curated_name_reads_to_its_end(world_linker):
    """"وقالت قوات سوريا الديمقراطية ...": the model tagged only سوريا, LOC, and it linked Syria."""
    text = "وقالت قوات سوريا الديمقراطية إنها صدت الهجوم"
    start = text.index("سوريا")
    syria = Mention(start, start + 5, "سوريا", "LOC", 0.71, {"ORG": 0.19, "LOC": 0.71})
    repaired = world_linker.repair_spans(text, [syria], "ar")
    assert [m.text for m in repaired] == ["قوات سوريا الديمقراطية"]
    assert world_linker.link_mentions(repaired, lang="ar", text=text)[0].id == "el:org-syrian-democratic-forces"
    # a place followed by words that are no curated name stays the place
    text = "Syria Central Bank officials met on Monday."
    assert [m.text for m in world_linker.repair_spans(text, [Mention(0, 5, "Syria", "LOC", 0.9, None)], "en")] == [
        "Syria"]


def test_a_word_in_capitals_is_no_adjective(world_linker):
    """"FINA" (WikiNEuRal en validation) linked Finland at 0.93: Polish "Fina" is a Finn."""
    found = world_linker.link("The global governing body of diving is FINA , which also governs swimming , "
                              "synchronised swimming , water polo and open water swimming .")
    assert "Q33" not in {e.id for e in found.entities}
    # a headline in capitals keeps its adjectives (CoNLL-2003 has hundreds of them)
    headline = world_linker.link("SOCCER - SOUTH KOREAN CLUB WINS .\nThe club won 2-1 on Sunday .", "en")
    assert ("SOUTH KOREAN", "MISC", "Q884") in {(e.text, e.type, e.id) for e in headline.entities}


def _mention(text, surface, mtype, scores):
    start = text.index(surface)
    return Mention(start, start + len(surface), surface, mtype, max(scores.values()), scores)


@pytest.mark.parametrize("text,lang,surface,scores,entity", [
    ("США ввели новые санкции против России.", "ru", "США", {"ORG": 0.99, "LOC": 0.01}, "Q30"),
    # (a national team beside "против" in a match is a team, no country: test_a_side_in_a_game_is_no_country)
    ("Марокко отозвало своего посла из Алжира.", "ru", "Марокко", {"ORG": 0.99, "LOC": 0.005}, "Q1028"),
    # a name of two words too, inflected or not, which a curated entry's spelling made LOC
    # whatever the model said (WikiNEuRal ru: "с командой Боснии и Герцеговины" at ORG 0.99)
    ("Власти Кот-д'Ивуара ввели санкции против Мали.", "ru", "Кот-д'Ивуара", {"ORG": 0.99, "LOC": 0.01}, "Q1008"),
    ("The United States imposed new sanctions on Russia.", "en", "United States", {"ORG": 0.95, "LOC": 0.05},
     "Q30"),
])
def test_a_country_s_name_the_model_reads_as_an_organization_keeps_that_type(world_linker, text, lang, surface,
                                                                             scores, entity):
    """WikiNEuRal ru validation: national teams and governments tagged ORG at 0.99 linked their
    country and came back LOC (9 of the 57 links of another type than the gold's). The name is
    the country's; the use stays the model's."""
    m = _mention(text, surface, "ORG", scores)
    e = world_linker.link_mentions([m], lang=lang, text=text)[0]
    assert (e.id, e.type) == (entity, "ORG")
    # a mention the model gave the place's type some weight takes it
    m = _mention(text, surface, "ORG", {"ORG": 0.4, "LOC": 0.6})
    assert world_linker.link_mentions([m], lang=lang, text=text)[0].type == "LOC"


@pytest.mark.parametrize("text,lang,surface", [
    ("Полузащитник провёл за сборную Южной Кореи 40 матчей, сообщил клуб.", "ru", "Южной Кореи"),
    ("Він зіграв за збірну Південної Кореї 30 матчів.", "uk", "Південної Кореї"),
])
def test_a_country_after_a_national_team_word_is_the_team(world_linker, text, lang, surface):
    """The dev set's report half: "за сборную Южной Кореи" tagged LOC linked South Korea; the
    dev set's national teams are ORG and NIL, as an opponent's are. The country's authorities
    stay the country."""
    e = world_linker.link_mentions([_mention(text, surface, "LOC", {"LOC": 0.9, "ORG": 0.1})], lang=lang, text=text)[0]
    assert (e.id, e.type) == (None, "ORG")
    text = "Власти Южной Кореи провели переговоры." if lang == "ru" else "Уряд Південної Кореї провів переговори."
    assert (surface, "LOC", "Q884") in links(world_linker, text, lang)
    # a player after the word stays a person (WikiNEuRal ru)
    text = "В мае 1958 года вместе с игроками сборной Стрельцовым и Татушиным был арестован."
    assert ("Стрельцовым", "PER", None) in links(world_linker, text, "ru")


def test_a_sure_misc_takes_its_curated_entity_s_type(world_linker):
    """The seed article's "he posted on Twitter" (MISC 0.94, ORG 0.0497 by the model) is the
    company its gold names (ORG), and CoNLL tags a country the model reads as MISC LOC: only a
    sure ORG keeps its type beside its link (the seed article read 0.991 when any did)."""
    import json

    from service.config import ROOT
    doc = json.loads((ROOT / "tests" / "gold" / "seed_article.jsonl").read_text(encoding="utf-8").splitlines()[0])
    start = doc["text"].index("Twitter")
    got = {(e.start, e.end): (e.id, e.type) for e in world_linker.link(doc["text"], doc["lang"]).entities}
    assert got.get((start, start + len("Twitter"))) == ("Q918", "ORG"), got


@pytest.mark.parametrize("text,surface,other", [
    ("Nineveh was the capital of Assyria.", "Assyria", "Nineveh"),
    ("Sumerian domination extended as far as Ashur but not to Nineveh and the north of Assyria.", "Assyria",
     "Nineveh"),
])
def test_a_longer_word_that_ends_with_a_country_s_name_is_not_that_country(world_linker, text, surface, other):
    """WikiNEuRal en validation: "Assyria" beside Nineveh (Iraq, Syria's neighbour) was Syria at
    0.99 four times, a fuzzy match the context seemed to support."""
    found = world_linker.link_mentions([_mention(text, other, "LOC", {"LOC": 0.99}),
                                        _mention(text, surface, "LOC", {"LOC": 0.99})], lang="en", text=text)
    assert found[1].id is None, found[1]
    # a longer word that adds an ending still leans on its neighbours ("Kuwaiti" beside Iraq)
    text = "Kuwaiti officials met Iraqi envoys in Baghdad."
    found = world_linker.link_mentions([_mention(text, "Kuwaiti", "LOC", {"LOC": 0.99}),
                                        _mention(text, "Baghdad", "LOC", {"LOC": 0.99})], lang="en", text=text)
    assert found[0].id == "Q817"


@pytest.mark.parametrize("text,lang,surface,wrong", [
    ("The indigenous population were the Khoi-khoi and Bushmen peoples.", "en", "Khoi-khoi", "gn:1024552"),
    ("Het verbindt via de Malojapas het Engadin met Chiavenna.", "nl", "Engadin", "gn:2167312"),
])
def test_a_latin_name_is_no_romanized_name_of_a_place_that_writes_latin(world_linker, text, lang, surface, wrong):
    """WikiNEuRal validation: "Khoi-khoi" (the people) was Xai-Xai (Mozambique) at 0.94 through
    its Russian Хой-Хой, "Engadin" (the Swiss valley) a suburb of Sydney through Энгадин."""
    found = world_linker.link_mentions([_mention(text, surface, "LOC", {"LOC": 0.95})], lang=lang, text=text)
    assert found[0].id != wrong, found[0]


@pytest.mark.parametrize("text,lang,surface", [
    ("Die Art ist in den Anden von Venezuela bis Bolivien verbreitet.", "de", "Anden"),
    ("Il visite la Pologne , l' Irlande et les États-Unis , où il est reçu à la Maison-Blanche .", "fr",
     "la Maison-Blanche"),
    # Paris's arrondissements go by their landmarks in GeoNames: "à l'Élysée" was the 8th at 0.71
    ("Le président a reçu à l'Élysée son homologue sénégalais, avant un déplacement à Marseille.", "fr",
     "Élysée"),
    ("Les visiteurs du Louvre ont été évacués mardi à Paris.", "fr", "Louvre"),
])
def test_a_city_s_alternate_name_that_names_something_else_first_is_left_out(world_linker, text, lang, surface):
    """WikiNEuRal de and fr validation: "in den Anden" (the Andes) was Andenne, Belgium, at
    0.76-0.80 three times, and "la Maison-Blanche" Dar El Beïda, Algeria (its colonial name), at
    0.81."""
    found = world_linker.link_mentions([_mention(text, surface, "LOC", {"LOC": 0.95, "ORG": 0.04})], lang=lang,
                                       text=text)
    assert found[0].id is None, found[0]


@pytest.mark.parametrize("text,surname,country", [
    ("Director Neil Jordan defended his film on Friday. Jordan said the film was more about history than politics.",
     "Jordan", "Q810"),
    ("Former striker Paul Holland was jailed on Monday. Holland was moved to a more secure prison this year.",
     "Holland", "Q29999"),
    ("Oil minister Ahmed Kuwait resigned. Kuwait said he would stay in politics.", "Kuwait", "Q817"),
])
def test_a_surname_after_the_full_name_is_the_person_not_the_place(world_linker, text, surname, country):
    """CoNLL en validation, linked a document at a time: "Jordan" (the director Neil Jordan)
    was the country eight times in one article, the model typing the surname LOC."""
    found = {e.text: e for e in world_linker.link(text, "en").entities}
    assert found[surname].type == "PER" and found[surname].id is None, found[surname]
    assert found[surname].id != country


def test_two_names_run_together_lend_no_surname(world_linker):
    """The model ran a headline's "Lebed Chechnya" into one person: Chechnya, named apart, is
    still the republic, since "Lebed" is a person of the text by himself."""
    text = "Alexander Lebed flew south. Lebed Chechnya peace deal signed. Fighting in Chechnya stopped."
    last = text.rindex("Chechnya")
    found = world_linker.link_mentions([_mention(text, "Alexander Lebed", "PER", {"PER": 0.99}),
                                        _mention(text, "Lebed Chechnya", "PER", {"PER": 0.9}),
                                        Mention(last, last + 8, "Chechnya", "LOC", 0.99, {"LOC": 0.99})],
                                       lang="en", text=text)
    assert found[2].type == "LOC" and found[2].id == "Q5187", found[2]


@pytest.mark.parametrize("text,team,player", [
    ("Dresden: Müller - Mauksch - Schößler, Wagenhaus - Hauptmann, Pilz, Zander, Stevic (80. Gütschow), "
     "Kmetsch - Jähnig, Rath (80. Kern).", "Dresden", "Rath"),
    ("Wattenscheid: Eilenberger - Neuhaus - Bach, Emmerling - Moser, Lesniak, Kula, Hartmann (72. Ibrahim), "
     "Sobiech - Tschiskale, Sane (72. Prinzen).", "Wattenscheid", "Kula"),
])
def test_a_lineup_names_a_team_and_its_players(world_linker, text, team, player):
    """CoNLL de validation, a document per text: the team heading a lineup was its city (Dresden,
    Hamburg, Uerdingen, ... 11 times) and players the model typed LOC were towns (Rath in India,
    Kranz as Zelenogradsk, Kula in Turkey)."""
    found = {e.text: e for e in world_linker.link(text, "de", explain=True).entities}
    assert found[team].type == "ORG" and found[team].id is None, found[team]
    assert found[player].type == "PER" and found[player].id is None, found[player]
    assert "a team heading its lineup" in found[team].explanation
    # (the model may type the player PER itself, which leaves the rule nothing to do)
    assert found[player].explanation.startswith("a name in a list of people") or "PER mention" in found[
        player].explanation


def test_a_name_the_model_typed_a_place_in_a_list_of_people_is_a_person(world_linker):
    """"Given , Breen , Staunton , Irwin , ..." (CoNLL en validation, a squad): Staunton, typed
    LOC, was Staunton, Virginia."""
    text = "The team is as follows: Given, Breen, Staunton, Irwin and Harte."
    mentions = [_mention(text, name, "LOC" if name == "Staunton" else "PER",
                         {"LOC": 0.8, "PER": 0.2} if name == "Staunton" else {"PER": 0.99})
                for name in ("Given", "Breen", "Staunton", "Irwin", "Harte")]
    found = world_linker.link_mentions(mentions, lang="en", text=text)
    assert found[2].type == "PER" and found[2].id is None, found[2]


def test_surnames_of_the_article_s_people_make_a_list_of_people(world_linker):
    """CoNLL en validation, a document per text: the squad "Given , Breen , Staunton , ..." came
    after "Gary Breen", "Niall Quinn" and "Keith O'Neill" in the article, and the model typed the
    list's names LOC: Staunton was Staunton, Virginia."""
    text = ("Gary Breen, Niall Quinn and Keith O'Neill were recalled. "
            "The team is as follows: Breen, Staunton, Irwin, Quinn, O'Neill.")
    list_start = text.index("follows:")
    mentions = [_mention(text, name, "PER", {"PER": 0.99}) for name in ("Gary Breen", "Niall Quinn", "Keith O'Neill")]
    for name in ("Breen", "Staunton", "Irwin", "Quinn", "O'Neill"):
        start = text.index(name, list_start)
        mentions.append(Mention(start, start + len(name), name, "LOC", 0.8, {"LOC": 0.8, "PER": 0.2}))
    found = world_linker.link_mentions(mentions, lang="en", text=text)
    assert found[4].text == "Staunton" and found[4].type == "PER" and found[4].id is None, found[4]


def test_a_squad_that_repeats_the_article_s_people_is_a_list_of_people_whatever_the_rest(world_linker):
    """CoNLL en validation, a document per text, as the model typed it: four of the squad's ten
    names are surnames of people the article names in full, six more are typed LOC, so the list's
    people were no majority and Staunton stayed Staunton, Virginia. A list that names a country
    is no squad, whatever surnames it repeats."""
    text = ("Gary Breen was selected ahead of Phil Babb, while Ian Harte makes his debut. "
            "Keith O'Neill joins Niall Quinn up front. The team is as follows: Given, Breen, Staunton, "
            "Irwin, McAteer, Harte, McLoughlin, Houghton, Townsend, Quinn, O'Neill.")
    list_start = text.index("follows:")
    mentions = [_mention(text, name, "PER", {"PER": 0.99})
                for name in ("Gary Breen", "Phil Babb", "Ian Harte", "Keith O'Neill", "Niall Quinn")]
    for name in ("Breen", "Staunton", "Irwin", "McAteer", "Harte", "McLoughlin", "Houghton", "Townsend", "Quinn",
                 "O'Neill"):
        start = text.index(name, list_start)
        typed = "PER" if name in ("Breen", "Harte", "Quinn", "O'Neill") else "LOC"
        other = "PER" if typed == "LOC" else "LOC"
        mentions.append(Mention(start, start + len(name), name, typed, 0.9, {typed: 0.9, other: 0.1}))
    found = world_linker.link_mentions(mentions, lang="en", text=text)
    staunton = next(e for e in found if e.text == "Staunton")
    assert staunton.type == "PER" and staunton.id is None, staunton
    text = ("Michael Jordan, Paris Hilton and George Washington were there. "
            "The flags read: Jordan, Hilton, Washington, France, Germany, Italy, Spain.")
    list_start = text.index("read:")
    mentions = [_mention(text, name, "PER", {"PER": 0.99})
                for name in ("Michael Jordan", "Paris Hilton", "George Washington")]
    for name in ("Jordan", "Hilton", "Washington", "France", "Germany", "Italy", "Spain"):
        start = text.index(name, list_start)
        typed = "PER" if name in ("Jordan", "Hilton", "Washington") else "LOC"
        mentions.append(Mention(start, start + len(name), name, typed, 0.95, {typed: 0.95}))
    found = world_linker.link_mentions(mentions, lang="en", text=text)
    assert next(e for e in found if e.text == "France").id == "Q142"


@pytest.mark.parametrize("text,lang,surface,entity", [
    # a bracket after a person names their country: no member of the list of people
    ("1. Donovan Bailey (Canada), Michael Johnson (U.S.), Frankie Fredericks (Namibia).", "en", "Canada", "Q16"),
    # a line that starts with a name and a colon, then a list of places, is no lineup
    ("Ukraine: Kyiv, Lviv, Odesa, Kharkiv, Dnipro and Zaporizhzhia were hit by missiles overnight.", "en",
     "Ukraine", "Q212"),
    ("Ukraine: Kyiv, Lviv, Odesa, Kharkiv, Dnipro and Zaporizhzhia were hit by missiles overnight.", "en",
     "Lviv", "gn:702550"),
])
def test_places_beside_lists_of_people_keep_their_links(world_linker, text, lang, surface, entity):
    assert ids(world_linker, text, lang)[surface] == entity


@pytest.mark.parametrize("text,lang,name,city", [
    ("Wie Klinsmann in Monaco gehörte auch Völler in Marseille zu den Besten. "
     "Marseille folgt mit einem Punkt Rückstand auf Rang vier.", "de", "Marseille", "gn:2995469"),
    ("Lentini flew to Milan on Monday. Lentini joined Milan from Torino in a $12 million deal.", "en", "Milan",
     "gn:3173435"),
])
def test_a_club_the_model_is_sure_of_takes_no_link_from_its_city_elsewhere(world_linker, text, lang, name, city):
    """CoNLL de and en validation, a document per text: "Marseille folgt ... auf Rang vier" (ORG
    0.88, NIL by itself) took the city's link from "in Marseille" earlier in the article, one
    name one referent; so did "joined Milan from Torino"."""
    place, club = [e for e in world_linker.link(text, lang).entities if e.text == name]
    assert place.id == city, place
    assert club.type == "ORG" and club.id is None, club


def test_a_title_and_a_name_lend_no_surname(world_linker):
    """WikiNEuRal ru validation, ten sentences a text: "лорда Островов" (the Lord of the Isles,
    tagged PER) made every "Островов" of the text a person."""
    text = "Дональд, лорд Островов, начал войну. Короли Островов участвовали в борьбе."
    last = text.rindex("Островов")
    found = world_linker.link_mentions([_mention(text, "лорд Островов", "PER", {"PER": 0.9}),
                                        Mention(last, last + 8, "Островов", "LOC", 0.9, {"LOC": 0.9})],
                                       lang="ru", text=text)
    assert found[1].type == "LOC", found[1]


@pytest.mark.parametrize("text,lang,surface,wrong", [
    ("Un séisme a frappé la préfecture de Kyoto mardi.", "fr", "Kyoto", "gn:1857910"),
    ("19 сентября 2007 года в префектуре Киото произошло убийство.", "ru", "Киото", "gn:1857910"),
    ("Kurdische Guerilleros griffen nahe dem Ort Lice in der Provinz Diyarbakir 50 Autos an.", "de", "Diyarbakir",
     "gn:316541"),
    ("Muzyk zmarł w hrabstwie Cork w 1998 roku.", "pl", "Cork", "gn:2965140"),
    # a plural word names the list after it: Norfolk, Virginia, then Norfolk Island, once the towns went
    ("Die Grafschaften Norfolk und Suffolk wurden überflutet.", "de", "Norfolk", "gn:4776222"),
    ("Die Grafschaften Norfolk und Suffolk wurden überflutet.", "de", "Norfolk", "Q31057"),
    ("Die Grafschaften Norfolk und Suffolk wurden überflutet.", "de", "Suffolk", "gn:4788158"),
    # Turkish writes the word after the name: "Hatay ilinde" (in Hatay province) was Antakya,
    # which lists its province's name among its own
    ("Deprem Hatay ilinde büyük hasara yol açtı.", "tr", "Hatay", "gn:323779"),
    ("Hatay, Adana ve Mersin illerinde okullar tatil edildi.", "tr", "Adana", "gn:325363"),
])
def test_a_division_s_word_before_a_name_takes_the_town_away(world_linker, text, lang, surface, wrong):
    """WikiNEuRal validation: "в префектуре Киото", "округа Сетубал", "hrabstwie Cork" and "the
    province of Quebec" were the cities; 122 such links on six validation splits went to NIL."""
    assert ids(world_linker, text, lang)[surface] != wrong


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("Церковь находится в XVI округе Парижа, недалеко от Сены.", "ru", "Парижа", "gn:2988507"),  # of Paris
    ("Расположен на территории городского округа Датун провинции Шаньси.", "ru", "Датун", "gn:2037799"),
    ("Miasto jest oddalone od stolicy powiatu Stendal o ok. 20 km.", "pl", "Stendal", "gn:2827479"),
    ("They moved to another district of Shanghai.", "en", "Shanghai", "gn:1796236"),
    # a country by its own name stays: after "the Guangdong province of" it is the container
    # (WikiNEuRal en: China, Iraq, Argentina and Papua New Guinea went while every country did)
    ("The network was built in the Guangdong province of China.", "en", "China", "Q148"),
    ("The rivers meet at the Shatt al-Arab in the Basra Governorate of Iraq.", "en", "Iraq", "Q796"),
])
def test_a_division_s_container_keeps_its_city(world_linker, text, lang, surface, entity):
    assert ids(world_linker, text, lang)[surface] == entity


def test_a_compass_word_alone_is_no_town(world_linker):
    """CoNLL en validation: "only if the North accepted Seoul 's requests" (North Korea) was
    North Salt Lake, Utah, whose GeoNames names include "North"; a country's adjective built on a
    compass word keeps its link."""
    found = ids(world_linker, "The South would consider the demand only if the North accepted Seoul's requests.", "en")
    assert found["North"] is None and found["Seoul"] == "gn:1835848"
    assert ids(world_linker, "Акции южнокорейского производителя выросли.", "ru")["южнокорейского"] == "Q884"


@pytest.mark.parametrize("text,lang,surface,entity", [
    # GeoNames gives Caucasia (Colombia) "Кавказ", Ma'rib (Yemen) "Magreb" and Yumurtalık "Ege"
    # among their alternate names: each took the name at 0.70-0.98
    ("На Кавказе и в Поволжье прошли выборы.", "ru", "Кавказе", "el:region-caucasus"),
    ("La sequía golpea el Magreb y el Sahel.", "es", "Magreb", "el:region-maghreb"),
    ("Türkiye ile Yunanistan arasında Ege'deki gerilim yeniden tırmandı.", "tr", "Ege", "el:sea-aegean"),
    ("Хуситы атаковали суда в Красном море.", "ru", "Красном море", "el:sea-red-sea"),
    ("Ситуация на Ближнем Востоке обострилась.", "ru", "Ближнем Востоке", "el:region-middle-east"),
    # ...and a province named after its sea keeps its word: the Sudanese state, not the sea
    ("The Red Sea state governor met officials in Port Sudan.", "en", "Red Sea", "iso:SD-RS"),
])
def test_seas_and_regions_that_span_countries_have_entities(world_linker, text, lang, surface, entity):
    assert ids(world_linker, text, lang).get(surface) == entity


@pytest.mark.parametrize("text,lang,surface", [
    ("В городе есть отель «Чёрное море», бар «Даллас» и кафе «Транзит».", "ru", "Даллас"),
    ("В городе есть отель «Чёрное море», бар «Даллас» и кафе «Транзит».", "ru", "Чёрное море"),
    ("В январе 2008 года пополнил ряды «Ростова».", "ru", "Ростова"),
    ("نقلت صحيفة الشرق الأوسط عن مصادر مطلعة.", "ar", "الشرق الأوسط"),
    ("Selon le quotidien Libération, Paris prépare une réforme.", "fr", "Libération"),
])
def test_a_name_in_guillemets_or_after_a_papers_word_is_no_place(world_linker, text, lang, surface):
    """WikiNEuRal ru: a bar «Даллас» was Dallas (0.71), a club «Ростова» Rostov-on-Don; the
    paper Asharq Al-Awsat ("صحيفة الشرق الأوسط", a report-half trap) the Middle East."""
    got = overlapping(world_linker, text, lang, surface)
    assert got and all(e.id is None for e in got), [(e.text, e.id) for e in got]


@pytest.mark.parametrize("text,lang,surface", [
    ("Президент Казахстана прибыл в Пекин.", "ru", "Пекин"),
    ("Le président du Kazakhstan est arrivé à Pékin.", "fr", "Pékin"),
    ("Kazakistan Cumhurbaşkanı Pekin'e geldi.", "tr", "Pekin"),
])
def test_a_capitals_own_name_in_a_language_is_not_lost_to_tiny_namesakes(world_linker, text, lang, surface):
    """Pekin, Illinois and Peqin, Albania (0.3% of the people named so) made Beijing NIL at
    0.36-0.62 in Russian, French and Turkish, while the inflected "в Пекине" linked at 0.95."""
    assert ids(world_linker, text, lang).get(surface) == "gn:1816670"


@pytest.mark.parametrize("text,lang,surface", [
    ("The aircraft carrier Enterprise sailed into the eastern Mediterranean on Tuesday.", "en", "Enterprise"),
    ("In addition to the fighter planes on the aircraft carriers Vinson and Enterprise, the Air Force sent 30 jets.",
     "en", "Enterprise"),
    ("Russia's Black Sea flagship Moskva sank after an explosion, the defence ministry said.", "en", "Moskva"),
    ("Le croiseur Moskva a coulé en mer Noire, selon Kiev.", "fr", "Moskva"),
    ("Das Flaggschiff Moskwa der russischen Schwarzmeerflotte ist gesunken.", "de", "Moskwa"),
    ("Okręt Kursk zatonął na Morzu Barentsa.", "pl", "Kursk"),
    ("Крейсер Москва затонул после взрыва, сообщили в Киеве.", "ru", "Москва"),
    ("Moskova kruvazörü Karadeniz'de battı.", "tr", "Moskova"),
    ('Its neon font was used in the title of the 2002 film "Chicago".', "en", "Chicago"),
    ("The HBO miniseries Chernobyl was filmed in Lithuania.", "en", "Chernobyl"),
    ("Das Lied Moskau wurde in Russland ein Hit.", "de", "Moskau"),
    ("Фильм Сталинград вышел в 2013 году.", "ru", "Сталинград"),
])
def test_a_ship_s_or_a_film_s_name_is_no_place(world_linker, text, lang, surface):
    """CoNLL en validation: "the aircraft carrier Enterprise" was Enterprise Rent-A-Car; the
    cruiser Moskva, written after its word without guillemets, was Moscow in seven languages;
    WikiNEuRal en: the 2002 film "Chicago" was the city."""
    got = overlapping(world_linker, text, lang, surface)
    assert got and all(e.id is None for e in got), [(e.text, e.id) for e in got]


@pytest.mark.parametrize("text,lang,surface,entity", [
    # a country after a ship's word is its subject as often: it stays
    ("The tanker Iran seized last month was released, officials in London said.", "en", "Iran", "Q794"),
    ("The cargo ship sailed from Odesa to Istanbul with 26,000 tonnes of corn.", "en", "Istanbul", "gn:745044"),
    ("Танкер прибыл в Новороссийск в понедельник.", "ru", "Новороссийск", "gn:518255"),
    ("Films about Syria were shown in Berlin.", "en", "Syria", "Q858"),
    # a name after the noun is in the genitive: whose film, not which
    ("Фильм Тарковского показали в Москве.", "ru", "Москве", "gn:524901"),
])
def test_places_beside_a_ship_s_or_a_film_s_word_keep_their_links(world_linker, text, lang, surface, entity):
    assert ids(world_linker, text, lang).get(surface) == entity


def test_a_country_s_adjective_the_model_typed_a_place_is_a_misc_link(world_linker):
    """CoNLL en validation: "Kuwaiti" tagged LOC linked to Kuwait as LOC through a look-alike of
    the country's name (gold MISC)."""
    text = "1990 - The United States won Saudi and Kuwaiti pledges to help pay for forces in the Gulf ."
    assert ("Kuwaiti", "MISC", "Q817") in links(world_linker, text, "en")


@pytest.mark.parametrize("text,surface,kind,entity", [
    # CoNLL de validation (gold MISC): the Pole was Poland as a place
    ("Er sah neben Littbarski vor allem den Polen Andrzej Rudy und Horst Heldt bevorzugt.", "Polen", "MISC", "Q36"),
    ("Die Ungarn feierten ihren Nationalfeiertag in Budapest.", "Ungarn", "MISC", "Q28"),
    # without an article, or after the neuter one, the name is the country's
    ("Polen hat am Montag die Grenze zu Belarus geschlossen.", "Polen", "LOC", "Q36"),
    ("Das Polen der achtziger Jahre war ein anderes Land.", "Polen", "LOC", "Q36"),
    ("In dem Polen der achtziger Jahre gab es keine Freiheit.", "Polen", "LOC", "Q36"),
    ("Er reiste nach Ungarn und Schweden.", "Schweden", "LOC", "Q34"),
])
def test_an_article_before_a_country_named_as_its_people_names_the_people(world_linker, text, surface, kind, entity):
    assert (surface, kind, entity) in links(world_linker, text, "de")


def test_a_place_the_article_names_as_a_team_in_a_game_is_the_team_in_its_other_sentences(world_linker):
    """CoNLL en validation, a document per text: after "homered for Seattle" (ORG), "Texas 's lead
    over Seattle in the West increased to six" linked Seattle, the city (gold ORG); the game's
    venue after "in" and "at" stays the city."""
    text = ("Jay Buhner hit his 38th homer and Edgar Martinez his 23rd for Seattle. "
            "Texas's lead over Seattle in the West increased to six. "
            "In Seattle, Pete Incaviglia's grand slam lifted the Baltimore Orioles past the Seattle Mariners, 5-2.")
    found = [e for e in world_linker.link(text, "en").entities if e.text == "Seattle"]
    assert [(e.type, e.id) for e in found] == [("ORG", None), ("ORG", None), ("LOC", "gn:5809844")], found
    text = ("Mike Mordecai homered for Seattle, which has won 14 of its last 19 games.\n"
            "BALTIMORE AT SEATTLE\n"
            "The fans stayed at Seattle for the night.")
    found = [e for e in world_linker.link(text, "en").entities if e.text.lower() == "seattle"]
    assert len(found) == 3 and (found[0].type, found[0].id) == ("ORG", None), found
    assert all(e.id == "gn:5809844" for e in found[1:]), found
    # a place beside its container is a place
    text = "Jay Buhner homered twice for Seattle in the ninth inning. Later Seattle, Washington held a parade."
    found = [e for e in world_linker.link(text, "en").entities if e.text == "Seattle"]
    assert len(found) == 2 and found[1].id == "gn:5809844", found


@pytest.mark.parametrize("text,surface,entity", [
    ("Costa Rican officials on Monday had given different names for the couple.", "Costa Rican", "Q800"),
    ("Sierra Leonean rebels killed 31 villagers in an attack on the eastern village of Foindu.", "Sierra Leonean",
     "Q1044"),
    ("About 4000 New Zealander supporters were partying into the early hours.", "New Zealander", "Q664"),
])
def test_a_demonym_countrynames_lists_as_a_name_is_a_misc_link(world_linker, text, surface, entity):
    """CoNLL en train (gold MISC): countrynames gives "Costa Rican" as a form of Costa Rica, so it
    linked the country as a place."""
    assert (surface, "MISC", entity) in links(world_linker, text, "en")


def test_a_city_s_adjective_in_er_that_reaches_the_city_is_misc(world_linker):
    """CoNLL de validation: "im New Yorker Spthandel" (LOC) linked to New York City as LOC."""
    text = "Die Polizei nahm am Freitag im New Yorker Hafen zwei Männer fest, die in New York lebten."
    found = {e.text: e for e in world_linker.link(text, "de").entities}
    assert found["New Yorker"].type == "MISC", found["New Yorker"]
    assert found["New York"].type == "LOC", found["New York"]


def test_a_place_s_name_paired_with_a_person_s_by_a_slash_is_a_person(world_linker):
    """CoNLL de validation, a doubles result: "Stubbs" (LOC) was Clearlake Oaks, California,
    whose GeoNames names include "Stubbs"."""
    text = ("McNeil / Stubbs ( USA / Australien / Nr. 3 ) - Gigi Fernandez / Zwerewa ( USA / GUS / Nr. 2 ) "
            "3:6 , 7:5 , 7:5 .")
    mentions = [_mention(text, "McNeil", "PER", {"PER": 0.99}), _mention(text, "Stubbs", "LOC", {"LOC": 0.9}),
                _mention(text, "Australien", "LOC", {"LOC": 0.99})]
    found = world_linker.link_mentions(mentions, lang="de", text=text)
    assert found[1].type == "PER" and found[1].id is None, found[1]
    assert found[2].id == "Q408"


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("Les combats se poursuivent en République démocratique du Congo.", "fr", "République démocratique du Congo",
     "Q974"),
    ("Les combats dans l'est de la RDC ont fait des milliers de déplacés.", "fr", "RDC", "Q974"),
    ("Бои продолжаются в Демократической Республике Конго.", "ru", "Демократической Республике Конго", "Q974"),
    ("I combattimenti continuano nella Repubblica Democratica del Congo.", "it", "Repubblica Democratica del Congo",
     "Q974"),
    ("Die Regierung in Republik Kongo kündigte neue Gespräche an.", "de", "Republik Kongo", "Q971"),
    # the model tags "جمهورية الكونغو" alone, the Republic of the Congo's name: the span reads on
    ("تتواصل المعارك في جمهورية الكونغو الديمقراطية.", "ar", "جمهورية الكونغو الديمقراطية", "Q974"),
])
def test_the_two_congos_long_names(world_linker, text, lang, surface, entity):
    """CLDR names them "Congo-Kinshasa" and "Congo-Brazzaville" in several languages: the long
    names news writes were NIL, and the Arabic one, cut by the model, the other Congo."""
    assert ids(world_linker, text, lang).get(surface) == entity


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("La République islamique d'Iran a rejeté la proposition.", "fr", "République islamique d'Iran", "Q794"),
    ("Санкции против Исламской Республики Иран продлены.", "ru", "Исламской Республики Иран", "Q794"),
    ("Делегация КНР прибыла в Москву.", "ru", "КНР", "Q148"),
    ("Die Volksrepublik China kündigte Gegenmaßnahmen an.", "de", "Volksrepublik China", "Q148"),
    ("Çin Halk Cumhuriyeti heyeti Ankara'ya geldi.", "tr", "Çin Halk Cumhuriyeti", "Q148"),
    ("أعلنت جمهورية الصين الشعبية عن إجراءات جديدة.", "ar", "جمهورية الصين الشعبية", "Q148"),
    ("La Federazione Russa ha respinto la proposta.", "it", "Federazione Russa", "Q159"),
])
def test_official_names_of_countries_in_the_news(world_linker, text, lang, surface, entity):
    """The packaged data gives these countries their official names in English only: "КНР",
    "Volksrepublik China", "République islamique d'Iran" were NIL."""
    assert ids(world_linker, text, lang).get(surface) == entity


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("La croissance ralentit en Afrique et en Asie, selon le FMI.", "fr", "Afrique", "gn:6255146"),
    ("Рост замедляется в Африке и Азии.", "ru", "Африке", "gn:6255146"),
    ("Wzrost w Afryce i Azji zwalnia.", "pl", "Azji", "gn:6255147"),
    ("يتباطأ النمو في أفريقيا وآسيا وأوروبا.", "ar", "أفريقيا", "gn:6255146"),
    ("Afrika ve Asya'da büyüme yavaşlıyor.", "tr", "Asya", "gn:6255147"),
    ("El crecimiento se frena en América Latina.", "es", "América Latina", "el:region-latin-america"),
])
def test_continents_by_their_plain_names(world_linker, text, lang, surface, entity):
    """GeoNames flags few continents' names in French, Polish, Russian, Ukrainian, Turkish and
    Arabic as preferred, and only preferred ones were kept: "Afrique", "Африка", "Asya" were NIL."""
    assert ids(world_linker, text, lang).get(surface) == entity


def test_a_coordinating_word_that_ends_a_mention_is_cut_off(world_linker):
    """CoNLL en validation: the model read "the aircraft carriers Vinson and Enterprise" as
    "Vinson and" + "Enterprise", so the ship's word never reached the second ship, which stayed
    Enterprise Rent-A-Car. A capital I that ends a name stays ("Juan Carlos I")."""
    text = "Fighter planes on the aircraft carriers Vinson and Enterprise , the Air Force sent jets ."
    mentions = [_mention(text, "Vinson and", "ORG", {"ORG": 0.9}), _mention(text, "Enterprise", "ORG", {"ORG": 0.9})]
    repaired = world_linker.repair_spans(text, mentions, "en")
    assert [m.text for m in repaired] == ["Vinson", "Enterprise"]
    assert [e.id for e in world_linker.link_mentions(repaired, lang="en", text=text)] == [None, None]
    text = "El rey Juan Carlos I visitó Sevilla."
    assert [m.text for m in world_linker.repair_spans(text, [_mention(text, "Juan Carlos I", "PER", {"PER": 0.99})],
                                                      "es")] == ["Juan Carlos I"]


@pytest.mark.parametrize("text,lang", [
    ("The space shuttle Columbia broke up on re-entry.", "en"),
    ("Miało to miejsce w 1986 , kiedy to był specjalistą na wahadłowcu Columbia ( lot STS-61 - C ) .", "pl"),
])
def test_a_country_s_name_only_in_a_language_the_service_does_not_read_is_not_the_country(world_linker, text, lang):
    """Romanian "Columbia" (Colombia in CLDR) linked the shuttle to Colombia at 0.91 (WikiNEuRal pl
    validation); the name is a dozen American cities' own."""
    got = {e.text: e.id for e in world_linker.link(text, lang).entities}
    assert "Columbia" in got and got["Columbia"] != "Q739", got
    assert "Q739" in ids(world_linker, "Delegacja przyleciała z Kolumbii w poniedziałek.", "pl").values()


def test_a_country_s_name_in_a_language_the_service_reads_stays_the_country_s(world_linker):
    """Names a city also has, in the languages the texts come in: Portuguese "Líbano" (a town in
    Colombia too), Swedish "USA" (a Japanese town's; CLDR gives no other language it), Russian
    "Тунис", which romanizes to Tunis's own name."""
    assert ids(world_linker, "O presidente do Líbano visitou Lisboa.", "pt").get("Líbano") == "Q822"
    assert ids(world_linker, "Die USA und Japan unterzeichneten den Pakt.", "de").get("USA") == "Q30"
    assert ids(world_linker, "Власти страны Тунис объявили о новых переговорах.", "ru").get("Тунис") == "Q948"


def test_a_country_s_own_name_outweighs_a_city_s_alternate_name(world_linker):
    """GeoNames calls Granada, Spain "Grenada" too: the island tied with it and came back NIL."""
    assert ids(world_linker, "The Queen visited Grenada and Saint Lucia.", "en").get("Grenada") == "Q769"


def test_a_saint_s_place_written_short_finds_the_curated_name_spelled_out(world_linker):
    """"St Kitts" and "St Vincent" found nothing; the gazetteer spells them "Saint". Only curated
    entries: "St Mary" is no town in Georgia that GeoNames calls Saint Mary, nor Jersey, one of
    whose parishes countrynames listed as the island's name."""
    assert ids(world_linker, "The cruise ship docked in St Kitts on Monday.", "en").get("St Kitts") == "iso:KN-K"
    assert ids(world_linker, "Officials in St Vincent said the talks would continue.", "en").get("St Vincent") == "Q757"
    got = ids(world_linker, "He moved to St Mary in 1990.", "en")
    assert "St Mary" in got and got["St Mary"] is None, got


@pytest.mark.parametrize("text,lang,surface", [
    # Turkish "belge" is a document, Dutch "indien" is "if"; French and Dutch demonyms
    ("Borak, Kral'dan bir belge aldı ve yüzlerce belge inceledi.", "tr", "belge"),
    ("Hij zei dat, indien de regering zou besluiten, de boeren zouden vertrekken.", "nl", "indien"),
    # Dutch "Pool" (a Pole) is a swimming pool in German and English
    ("Der Pool im Garten war leer.", "de", "Pool"),
    ("Pool parties were banned in Florida.", "en", "Pool"),
])
def test_a_demonym_of_another_language_group_is_no_adjective_the_model_missed(world_linker, text, lang, surface):
    assert all(e.id is None for e in overlapping(world_linker, text, lang, surface))


@pytest.mark.parametrize("text,lang,surface,entity", [
    # forms the seeds list once for the languages that share them ("italiano" as Spanish,
    # "americano" as Italian, "Azeri" as English beside Turkish "Azeriler"), or in another
    # script; each a word the model leaves untagged
    ("El gobierno italiano y el presidente americano hablaron.", "es", "italiano", "Q38"),
    ("Il governo americano e il ministro spagnolo hanno parlato.", "it", "americano", "Q30"),
    ("Kars'tan Almanya'ya göç eden Azeri kökenli bir ailenin çocuğu.", "tr", "Azeri", "Q227"),
    ("Tabelada российские войска yazıyordu.", "tr", "российские", "Q159"),
    # a language the seeds have no forms of takes any language's
    ("O goberno español e o presidente francés reuníronse.", "gl", "español", "Q29"),
])
def test_a_demonym_of_the_text_s_language_group_or_script_stays(world_linker, text, lang, surface, entity):
    assert entity in {e.id for e in overlapping(world_linker, text, lang, surface)}


def test_three_capitals_inside_a_line_are_an_acronym_not_a_town(world_linker):
    assert ids(world_linker, "Viranşehir GAP'ın önemli ayaklarından birini oluşturuyor.", "tr").get("GAP") is None
    assert ids(world_linker, "Geçen yıl GAP 'taki balık katliamından bir grup ganimet.", "tr").get("GAP") is None
    # a dateline opens its line or sentence; a container's comma follows a place
    assert ids(world_linker, "ULM, Germany - Police said on Monday.", "en").get("ULM") == "gn:2820256"
    text = "Deprem korkuttu. VAN (DHA) - Van'ın Tuşba ilçesinde deprem oldu."
    assert ids(world_linker, text, "tr").get("VAN") == "gn:298117"
    text = "Police said on Monday. ULM, Germany (Reuters) - A man was arrested after a fight in the city centre."
    assert ids(world_linker, text, "en").get("ULM") == "gn:2820256"
    assert ids(world_linker, "Monday's attack in GAO, Mali killed three soldiers.", "en").get("GAO") == "gn:2457163"


def test_an_arabic_common_noun_with_the_article_is_no_town_named_without_it(world_linker):
    text = ("عندما عدنا من رحاب الفردوسي كان لنا موعد للزيارة تسمية طريق الحرير قيل ان هذا الطريق العريق عرف باسم ه "
            "المذكور لان حرير الصين - و هو اهم بضاعة يومئذ - كان يتنقل عبر ه الى الغرب .")  # NewsFANE validation
    assert all(e.id is None for e in overlapping(world_linker, text, "ar", "الحرير"))
    # a town whose name holds the article, in Arabic or romanized (Al Khartum, Ar Raqqah)
    got = ids(world_linker, "وصل الوفد إلى الخرطوم ثم إلى الموصل والرقة.", "ar")
    assert (got.get("الخرطوم"), got.get("الموصل"), got.get("والرقة")) == ("gn:379252", "gn:99072", "gn:172955")
    # a name that only looks so (و + بالتيمور, Baltimore; Kalamata), and a big city given the article
    assert ids(world_linker, "زار الرئيس نيويورك وبالتيمور وفيلادلفيا.", "ar").get("وبالتيمور") == "gn:4347778"
    assert ids(world_linker, "زار الوزير أثينا وكالاماتا الأسبوع الماضي.", "ar").get("وكالاماتا") == "gn:261604"
    text = "عقدت جولة جديدة من المحادثات في الأستانة بشأن سوريا."
    assert ids(world_linker, text, "ar").get("الأستانة") == "gn:1526273"



def test_explain_names_no_rule_that_dropped_nothing(world_linker):
    doc = world_linker.link("Officials in the USA and UK said the talks would continue.", "en", explain=True)
    assert all("acronym" not in (e.explanation or "") for e in doc.entities)
    doc = world_linker.link("وصل الوفد إلى الخرطوم ثم إلى الموصل والرقة.", "ar", explain=True)
    assert all("common noun" not in (e.explanation or "") for e in doc.entities)


@pytest.mark.parametrize("text,lang,surface,entity", [
    # GeoNames alternate names that name something else first (`CITY_NOT_NAMES`): the peninsula,
    # not Algiers; the word for a city, not Medina; a Polish town, not Bordeaux; a cathedral,
    # not Dome in Ghana; the New York Mets' station, not Metz (NewsFANE, WikiANN pl)
    ("و كنت القبائل الرعوية بالجزيرة ترحل بقطعان ها وراء الماء و الكلا ل يستقروا .", "ar", "بالجزيرة",
     "gn:2507480"),
    ("من ناحية اخرى يلعب الزمالك وديا اليوم مع اتحاد الشرطة في معسكرة ب مدينة 6 اكتوبر في اطار الاستعداد "
     "للموسم الكروي الجديد الذي ينطلق في 3 اغسطس المقبل .", "ar", "مدينة", "gn:109223"),
    ("Bardo , Paczków , Ząbkowice Śląskie , Ziębice , Złoty Stok", "pl", "Bardo", "gn:3031582"),
    ("Jedną z tych świątyń jest katedra świętego Marcina ( na mapie po prawej jako Dom ) .", "pl", "Dom",
     "gn:2301639"),
    ("Znajduje się w dzielnicy Queens , w Nowym Jorku i zlokalizowana jest przed stacją Mets – Willets Point .",
     "pl", "Mets", "gn:2994160"),
])
def test_an_alternate_name_that_names_something_else_first_is_not_the_city_s(world_linker, text, lang, surface,
                                                                              entity):
    assert entity not in {e.id for e in overlapping(world_linker, text, lang, surface)}


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("وصل الوفد الى مدينة الجزائر ثم الى المدينة المنورة .", "ar", "مدينة الجزائر", "gn:2507480"),
    ("وصل الوفد الى مدينة الجزائر ثم الى المدينة المنورة .", "ar", "المدينة المنورة", "gn:109223"),
    ("Il est né à Metz et il a étudié à Bordeaux.", "fr", "Metz", "gn:2994160"),
    ("Il est né à Metz et il a étudié à Bordeaux.", "fr", "Bordeaux", "gn:3031582"),
])
def test_those_cities_keep_their_own_names(world_linker, text, lang, surface, entity):
    assert entity in {e.id for e in overlapping(world_linker, text, lang, surface)}


@pytest.mark.parametrize("text,lang,surface", [
    # common nouns the model tagged LOC: the port, the valley, the lagoon, the beach, a canton
    # (WikiNEuRal validation, WikiANN ru)
    ("Le canal relie le Veerse Meer près de Veere à l' Escaut occidental et le port de Flessingue .", "fr",
     "le port"),
    ("La industria estaba principalmente concentrada en torno a dos centros , Aquisgrán y Düsseldorf ( con el "
     "valle del Wupper ) , aunque también había pequeñas manufacturas en las colinas del sur .", "es", "el valle"),
    ('" P. nigribarbis " se limita a drenajes atlánticos en el sistema de la laguna de los Patos .', "es",
     "la laguna"),
    ("No departamento de Calvados ( localização na praia da Normandia ) , 76 mil civis ficaram .", "pt",
     "praia"),
    ("' '' Иольди́ '' ' ( ) — упразднённый французский кантон , находился в регионе Аквитания , департамент "
     "Атлантические Пиренеи .", "ru", "кантон"),
])
def test_a_name_in_lower_case_where_the_text_capitalizes_is_a_common_noun(world_linker, text, lang, surface):
    assert all(e.id is None for e in overlapping(world_linker, text, lang, surface))


@pytest.mark.parametrize("text,lang,surface,entity", [
    # a text in lower case throughout, Turkish text whose "İ" was folded to "ı", and demonyms
    ("i moved from paris to london last year and now i work in berlin.", "en", "london", "gn:2643743"),
    ("Gazeteciler ıstanbul'da toplandı ve ingiltere'ye gitti.", "tr", "ıstanbul", "gn:745044"),
    ("Les frappes syriennes et le gouvernement français.", "fr", "syriennes", "Q858"),
    # a name that opens with a number (WikiANN nl)
    ("Het toernooi werd gespeeld in het Roland-Garrosstadion in het 16e arrondissement van Parijs .", "nl",
     "16e arrondissement", "gn:2988394"),
])
def test_names_in_lower_case_that_stay(world_linker, text, lang, surface, entity):
    assert entity in {e.id for e in overlapping(world_linker, text, lang, surface)}


@pytest.mark.parametrize("text,lang,surface,entity", [
    # Marinka in Donetsk oblast had been Mairinque (Brazil) at 0.94, a romanized look-alike
    ("Збройні сили відбили атаки поблизу Авдіївки та Мар'їнки.", "uk", "Мар'їнки", None),
    ("Бои идут у Марьинки и Авдеевки.", "ru", "Марьинки", None),
    # ...and placed by its oblast, the town itself
    ("Бої тривають біля Мар'їнки Донецької області.", "uk", "Мар'їнки", "gn:701845"),
])
def test_a_town_s_own_name_is_no_look_alike_of_another_place(world_linker, text, lang, surface, entity):
    assert {e.id for e in overlapping(world_linker, text, lang, surface)} == {entity}


def test_an_arabic_place_named_by_a_noun_and_its_complement_is_read_whole(world_linker):
    # the model tags "ودير | البلح" apart; the first word alone had been Bandar-e Deyr (Iran) at 0.97
    text = "قصف الجيش الإسرائيلي خان يونس ورفح ودير البلح في قطاع غزة."
    found = {e.text: e.id for e in world_linker.link(text, "ar").entities}
    assert found.get("ودير البلح") == "gn:281141" and "ودير" not in found


_VIOLINIST = ("В том же 1964 году Каган завоевал четвёртое место на конкурсе имени Энеску в Бухаресте , год спустя "
              "- выиграл Международный конкурс скрипачей имени Сибелиуса , ещё через год стал лауреатом второй премии "
              "конкурса имени Чайковского , а в 1968 году одержал убедительную победу на конкурсе имени Баха "
              "в Лейпциге .")


@pytest.mark.parametrize("text,lang,surface", [
    # competitions named after people had been the towns Chaykovskiy and Bāh (WikiNEuRal ru)
    (_VIOLINIST, "ru", "Чайковского"),
    (_VIOLINIST, "ru", "Баха"),
    # a statue's and a murder's person had been Abovyan and Kirov (WikiNEuRal ru, 0.98 and 0.93)
    ("Первая армянская профессиональная скульптура - Андреас Тер-Марукян ( автор первого памятника в Армении - "
     "статуи Абовяна ( 1913 ) , Акоп Гюрджян .", "ru", "Абовяна"),
    ("Убийство Кирова 1 декабря 1934 года было использовано как повод для усиления репрессий в стране .", "ru",
     "Кирова"),
])
def test_a_name_after_named_after_is_the_namesake_not_a_town(world_linker, text, lang, surface):
    assert [e.id for e in overlapping(world_linker, text, lang, surface)] == [None]


def test_named_after_is_its_word_not_a_pronoun():
    # "им" is "to them", with a full stop too where a sentence ends; the abbreviation counts
    # before a person's initials
    from service.text.namesakes import _NAMESAKE_BEFORE
    assert not _NAMESAKE_BEFORE.search("благодаря помощи союзных им ")
    assert not _NAMESAKE_BEFORE.search("Мы очень благодарны им. ")
    assert not _NAMESAKE_BEFORE.search("улица им. в. ")
    assert _NAMESAKE_BEFORE.search("у парку ім . Т . Г . ")


def test_a_person_s_word_before_a_name_is_a_statue_s_or_a_widow_s_not_a_native_s():
    from service.text.namesakes import _PERSON_WORD_BEFORE
    assert _PERSON_WORD_BEFORE["fr"].search("La veuve d'")
    assert _PERSON_WORD_BEFORE["en"].search("the assassination of ")
    assert _PERSON_WORD_BEFORE["pl"].search("Pomnik ")
    assert not _PERSON_WORD_BEFORE["pl"].search("Syn ")
    assert not _PERSON_WORD_BEFORE["pl"].search("załoga ")
    assert not _PERSON_WORD_BEFORE["en"].search("a monument to ")


@pytest.mark.parametrize("text,lang,surface,entity", [
    # "on behalf of Russia", and "to them." before a new sentence
    ("Министр выступил от имени России на саммите в Женеве.", "ru", "России", "Q159"),
    ("Делегація виступила від імені України на саміті.", "uk", "України", "Q212"),
    ("Мы очень благодарны им. Москва обещала помощь.", "ru", "Москва", "gn:524901"),
    # a son's title, a widow's before a possessive, a monument's defenders
    ("Syn Warszawy , jak nazywano go w Krakowie , zmarł w Paryżu .", "pl", "Warszawy", "gn:756135"),
    ("The widow of Jordan's King Hussein visited London .", "en", "Jordan", "Q810"),
    ("The widow of Jordan 's King Hussein visited London .", "en", "Jordan", "Q810"),
    ("Памятник защитникам Москвы открыли в Химках .", "ru", "Москвы", "gn:524901"),
])
def test_on_behalf_of_to_them_and_a_native_s_title_keep_their_places(world_linker, text, lang, surface, entity):
    assert entity in {e.id for e in overlapping(world_linker, text, lang, surface)}


@pytest.mark.parametrize("text,place", [
    ("مدريد ـ رويترز ـ قال مسؤولون إن المحادثات ستستمر.", "مدريد"),
    # a country's name read on over the tatweel before: "لبنان ـ"
    ("لبنان ـ رويترز ـ قال مسؤولون إن المحادثات ستستمر.", "لبنان"),
])
def test_an_arabic_dateline_s_dash_is_no_word_of_the_place(world_linker, text, place):
    assert world_linker.link(text, "ar").entities[0].text == place


def test_the_dash_after_an_agency_s_name_is_no_word_of_the_place_either(world_linker):
    # "رويترز ـ مدريد" had read back over the tatweel: "ـ مدريد"
    texts = {e.text for e in world_linker.link("رويترز ـ مدريد قال مسؤولون إن المحادثات ستستمر.", "ar").entities}
    assert "مدريد" in texts and "ـ مدريد" not in texts


def test_an_adjective_after_named_after_keeps_its_country(world_linker):
    # "after the name of a British actress"
    found = ids(world_linker, "Nazwę nadano jej od imienia brytyjskiej aktorki Audrey Hepburn .", "pl")
    assert found.get("brytyjskiej") == "Q145"


def test_towns_named_after_people_keep_their_own_names(world_linker):
    found = ids(world_linker, "Делегация прибыла в Киров и Чайковский.", "ru")
    assert found.get("Киров") == "gn:548408" and found.get("Чайковский") == "gn:569742"


def test_results_verbs_and_lists_name_the_sides_in_every_language():
    # an opponent's word reaches down the list after it (WikiNEuRal en and pl linked all but the first)
    assert side("He played every minute of the World Cup , against Sweden , England and Paraguay .", "Paraguay", "en")
    assert side("Był liderem reprezentacji w eliminacjach do Euro 2000 , przegranych z Anglią , Szwecją i Polską .",
                "Szwecją", "pl")
    assert not side("The sanctions against Russia , Iran and Syria were extended after the summit .", "Syria", "en")
    # ...but not past a player to their country (WikiANN de had Argentina so)
    text = "Er verlor im Halbfinale gegen Mario Guilloti , Argentinien ."
    assert not faces_opponent(text, *_span(text, "Argentinien"), "de", people={text.index("Mario")})
    # the verbs of a result and "a match with", each in a game's sentence
    assert side("Podczas Copa América w meczu z Ekwadorem zdobył bramkę numer 500 .", "Ekwadorem", "pl")
    assert side("В 2008 году египтяне защитили титул , выиграв в финале у Камеруна со счётом 1:0 .", "Камеруна", "ru")
    assert side("Сборная Испании обыграла Италию в матче отборочного турнира .", "Италию", "ru")
    assert side("Збірна обіграла Францію з рахунком 2:1 , гол забив Ярмоленко .", "Францію", "uk")
    assert side("In semifinale la Svizzera affronta la Francia a Lilla .", "Francia", "it")
    assert side("En la final del torneo , Argentina venció a Brasil por 2-1 .", "Brasil", "es")
    assert side("Im Halbfinale Deutschland besiegte Dänemark mit 2:0 .", "Dänemark", "de")
    assert side("Na final do torneio , o Brasil venceu a Argentina por 3-0 .", "Argentina", "pt")
    assert side("In de wedstrijd Nederland won van Spanje met 5-1 .", "Spanje", "nl")
    # ...and not in a war's, a government's or a trip's
    assert not side("Po spotkaniu z Turcją prezydent odwiedził meczet w Ankarze .", "Turcją", "pl")
    assert not side("Россия победила Германию во Второй мировой войне .", "Германию", "ru")
    assert not side("Жители уступили Турции часть земель в 1920 году .", "Турции", "ru")
    assert not side("Il governo affronta la Francia sulla questione dei migranti .", "Francia", "it")
    assert not side("Napoleon besiegte Preußen in der Schlacht bei Jena .", "Preußen", "de")
    assert not side("El ejército venció a Francia en la batalla de Bailén .", "Francia", "es")
    # "mundial" and "mondiali" are the world's too ("la economía mundial", "le guerre mondiali")
    assert not side("La guerra mundial enfrentó a Alemania contra Francia .", "Francia", "es")
    # a league, a club, price caps, a party's "partido", a "parecer técnico", a "Verein", a
    # "partita" of exports, "U-235", "забил тревогу" mark no game (an independent review's cases)
    assert not side("The G7 agreed price caps and new sanctions against Russia , Iran and Belarus .", "Iran", "en")
    assert not side("The Arab League called for sanctions against Israel , Iran and Syria .", "Syria", "en")
    assert not side("The sanctions against Iran over its U-235 enrichment were extended .", "Iran", "en")
    assert not side("Los partidos de la oposición piden firmeza contra Rusia y China .", "Rusia", "es")
    assert not side("Nella partita dell'export l'Italia batte la Francia per la prima volta .", "Francia", "it")
    assert not side("Der Verein Deutscher Ingenieure stellte sich gegen Frankreich .", "Frankreich", "de")
    assert not side("Кремль забил тревогу после того как Армения проиграла Азербайджану войну .", "Азербайджану",
                    "ru")
    # ...while "el partido de ida" and "la partita amichevole" are games (CoNLL es had lost its teams so)
    assert side("Honduras había anunciado que no se jugaría contra Canadá por la cercanía del partido de ida .",
                "Canadá", "es")
    # a side's own player's "for": "a three-run homer for Los Angeles" (CoNLL en); not a deal's
    assert side("Billy Ashley belted a three-run homer for Los Angeles .", "Los Angeles", "en")
    assert not side("The deal scored a diplomatic win for Ukraine , officials said .", "Ukraine", "en")
    # a second review's cases: climate goals, a drone's debut, a comma that ends no list
    assert not side("The summit set new climate goals for India and China .", "China", "en")
    assert not side("The drone debuted in the war against Russia last year .", "Russia", "en")
    assert not side("After the match against Spain , Madrid police arrested 20 fans .", "Madrid", "en")
    # a third review's: the League of Nations, a party's "partido ante", "a super league of democracies"
    assert not side("В 1939 году СССР был исключён из Лиги Наций за войну против Финляндии .", "Финляндии", "ru")
    assert not side("La respuesta del partido ante las sanciones contra Rusia fue tibia .", "Rusia", "es")
    assert not side("A super league of democracies stood against Russia .", "Russia", "en")
    # ...and match reports the first fixes had lost: a match "contro" a side, a league by its name
    assert side("La partita contro la Francia si giocherà a Parigi .", "Francia", "it")
    assert side("Germany beat Italy in the Nations League .", "Italy", "en")
    # a list stops at a sentence's end
    assert not side("He scored against Sweden in the match. And England won the election .", "England", "en")


def test_team_words_name_national_teams():
    assert team("He brought in former Wales international Robbie Savage .", "Wales", "en")
    assert team("The Germany squad flew home on Sunday .", "Germany", "en")
    # "team" and "side" only in a game's sentence
    assert team("The Wales team lost the match 2-0 .", "Wales", "en")
    assert not team("Ministers said the Ukraine team at the talks in Istanbul proposed a ceasefire .", "Ukraine", "en")
    assert not team("On the Mexico side , migrants waited for days at the border .", "Mexico", "en")
    assert not team("Germany teams up with France on a new fighter jet .", "Germany", "en")
    assert not team("Troops on the Israel side of the border were put on alert .", "Israel", "en")
    assert not team("The bank's Russia manager resigned on Friday .", "Russia", "en")
    assert not team("The Wales international airport expansion was approved .", "Wales", "en")
    # Polish and Russian words that name a team in a game's sentence only
    assert team("Trzynastym triumfatorem turnieju Copa América został zespół Urugwaju .", "Urugwaju", "pl")
    assert not team("Koncert zagrał zespół Argentyny z Buenos Aires .", "Argentyny", "pl")
    assert team("Первый мяч за сборную он забил в ворота команды Португалии .", "Португалии", "ru")
    assert not team("Команда Украины на переговорах в Стамбуле предложила перемирие .", "Украины", "ru")
    assert not team("Командование Израиля сообщило о матче .", "Израиля", "ru")


def test_a_city_with_a_year_in_a_game_s_sentence_is_the_games():
    from service.text.sports import names_games

    def games(text, name, lang):
        return names_games(text, *_span(text, name), lang)

    assert games("Terminò la sua carriera olimpica ad Amsterdam 1928 , vincendo i 10000 m .", "Amsterdam", "it")
    assert games("Brał udział w igrzyskach olimpijskich : w Montrealu 1976 i w Moskwie 1980 .", "Moskwie", "pl")
    # a dateline's date, a year's word after it, or no game
    assert not games("BERLIN 1996-08-30 Leading results at the Berlin Grand Prix athletics meeting .", "BERLIN", "en")
    assert not games("W Warszawie 2024 roku odbył się mecz Polski z Walią .", "Warszawie", "pl")
    assert not games("In Moscow 2000 fans marched after the match .", "Moscow", "en")
    # ...but in a sentence of the Games', any word may follow the year
    assert games("Sydney 2000 was the best Olympics .", "Sydney", "en")
    assert not games("W Warszawie 2000 kibiców świętowało zwycięstwo w meczu .", "Warszawie", "pl")
    # ...or the event's word after the city's name in English
    assert games("At the Beijing Olympics , she qualified for the final .", "Beijing", "en")
    assert games("He won the Monaco Grand Prix twice .", "Monaco", "en")
    assert not games("She studied at the London Open University .", "London", "en")


def test_title_holders_age_groups_and_managers_name_teams():
    from service.text.sports import holds_title, moved_to

    def holder(text, name, lang):
        return holds_title(text, *_span(text, name), lang)

    # the title's holder beside the name, in any sentence; not where the holder's own name follows
    assert holder("Le tournoi est organisé au Chili et le tenant du titre est l' Uruguay .", "Uruguay", "fr")
    assert holder("En éliminant l' Italie , tenante du titre , elle crée la surprise .", "Italie", "fr")
    assert holder("Brazil , the defending champions , were knocked out in the quarter-finals .", "Brazil", "en")
    assert holder("The defending champions Germany open the tournament .", "Germany", "en")
    assert not holder("In Paris , the defending champion Iga Swiatek won her opening match .", "Paris", "en")
    assert not holder("Le président du Chili , tenant du pouvoir , a rencontré l' Uruguay .", "Chili", "fr")
    # ...nor a player's country, nor before the holder's name (a second review's cases)
    assert not holder("Rafael Nadal of Spain , the defending champion , beat Andy Murray .", "Spain", "en")
    assert not holder("The defending champion is Spain 's Rafael Nadal .", "Spain", "en")
    assert not holder("In Australia , the defending champion , Novak Djokovic , was deported .", "Australia", "en")
    # an incumbent "tenant du titre" is no game's word (an independent review's case)
    assert not side("Le tenant du titre , Emmanuel Macron , a durci le ton contre la Russie .", "Russie", "fr")
    # the verb of a result after the side, with the other side's name; a result in French words
    assert side("L' Australie bat l' Italie trois victoires à une grâce à John Alexander .", "Australie", "fr")
    assert side("Les États-Unis , battus par Cuba en demi-finale et par le Japon dans le match de classement .",
                "Japon", "fr")
    assert side("Венгрия играла товарищеский матч со сборной Греции .", "Венгрия", "ru")
    assert not side("La France bat des records de chaleur cet été .", "France", "fr")
    assert not side("La Russie bat en retraite à Kherson , un revers marqué pour le Kremlin .", "Russie", "fr")
    assert not side("Après deux victoires à une semaine d' intervalle , la gauche se bat contre la Chine .", "Chine",
                    "fr")
    assert not side("Россия сыграла ключевую роль в переговорах с Ираном .", "Россия", "ru")
    assert side("His first appearance on the U-21 team was on the losing side to Cyprus .", "Cyprus", "en")
    assert not side("Britain was on the losing side to France in the vote .", "France", "en")
    # "national team of", "dans le but de", "marqué par" and "une coupe" mark no game
    assert not side("A national team of investigators examined allegations against Russia .", "Russia", "en")
    assert not side("Un pays marqué par la guerre , dans le but de lutter contre la Russie .", "Russie", "fr")
    assert not side("Une coupe budgétaire contre la Grèce , a dit le ministre .", "Grèce", "fr")
    assert not side("La Russie a agi contre l' Ukraine dans un but politique .", "Ukraine", "fr")
    assert not side("Moscou poursuit deux buts contre l' Ukraine : isoler Kiev .", "Ukraine", "fr")
    assert not side("C' est une victoire à un moment clé pour Kiev face à la Russie .", "Russie", "fr")
    # ...while a scorer's goal, "marqué contre", a result in figures still are
    assert side("Griezmann a inscrit le premier but de la rencontre contre la Belgique .", "Belgique", "fr")
    assert side("Il a marqué contre la Belgique .", "Belgique", "fr")
    assert side("La France s' est imposée 2 à 1 face à la Belgique .", "Belgique", "fr")
    # an age group after a country, in every language; French's only in a game's sentence
    assert team("Debutó con España sub-21 en 2010 ante Polonia .", "España", "es")
    assert team("Debutó con España sub 21 en 2010 ante Polonia .", "España", "es")
    assert team("Ha esordito con l' Italia Under 21 nel 2012 .", "Italia", "it")
    assert team("Il reçoit sa sélection avec la Turquie - 17 ans contre la Belgique , victoire 2 - 1 .",
                "Turquie", "fr")
    assert not team("La Syrie - 10 ans de guerre , un pays en ruines .", "Syrie", "fr")
    assert not team("Irak - 20 ans après l' invasion , un pays marqué par deux buts à zéro .", "Irak", "fr")
    assert not team("Le chômage dans la France des moins de 25 ans reste élevé .", "France", "fr")
    assert not team("El gobierno de España aprobó un plan para los jóvenes sub-25 .", "España", "es")
    assert not team("Il tasso di disoccupazione in Italia under 18 resta alto .", "Italia", "it")
    assert not team("Deutschland U-Boote patrouillierten vor Norwegen .", "Deutschland", "de")
    # a manager before their name, not an owner's; a locker room; no bid's list
    assert team("\" Bolesy ( Florida manager John Boles ) told me yesterday .", "Florida", "en")
    assert not team("The bank's Russia manager Ivan Petrov resigned on Monday .", "Russia", "en")
    assert not team("Texas manager John Smith of Exxon said the plant would reopen .", "Texas", "en")
    assert not team("IFC Ukraine manager John Smith , of the World Bank , said so .", "Ukraine", "en")
    assert not team("UNHCR Ukraine manager Karolina Lindholm said on Monday .", "Ukraine", "en")
    assert team("Former England manager Sven-Goran Eriksson died .", "England", "en")
    assert not team("Le Kosovo - 15 ans d'indépendance : le match contre la Serbie .", "Kosovo", "fr")
    assert team("He embraced his role in the Colorado locker room as the veteran mentor .", "Colorado", "en")
    assert not team("Заявка России на проведение чемпионата мира 2018 года была одобрена ФИФА .", "России", "ru")
    # a player's terms: a loan spell, a count of appearances, a new manager; not a manager's job or a boss
    text = "On 31 August 2006 , he returned to Sunderland under new manager Roy Keane ."
    assert moved_to(text, *_span(text, "Sunderland"), "en")
    text = "He moved to Barnet in August 2007 and made 18 senior appearances for them ."
    assert moved_to(text, *_span(text, "Barnet"), "en")
    text = "He returned to London as a manager at Shell in 1999 ."
    assert not moved_to(text, *_span(text, "London"), "en")
    text = "The bank moved its headquarters to Frankfurt under new boss Christian Sewing ."
    assert not moved_to(text, *_span(text, "Frankfurt"), "en")
    text = "After the election she returned to London , making appearances for the Labour campaign ."
    assert not moved_to(text, *_span(text, "London"), "en")
    # "side" only a league's: this was a pre-existing team (the second review's)
    text = "The delegation returned to Moscow , the Russian side said ."
    assert not moved_to(text, *_span(text, "Moscow"), "en")


@pytest.mark.parametrize("text,lang,surface", [
    # WikiNEuRal en, ru, pl and it sentences whose sides, teams and Games had their places
    ("He played every minute of their participation during the World Cup , against Sweden , England and Paraguay , "
     "respectively .", "en", "Paraguay"),
    ("He brought in former Wales international Robbie Savage and future Premier League midfielder Jamie Ward .",
     "en", "Wales"),
    ("Первый мяч за сборную он забил 24 марта 2007 года в ворота команды Португалии в Брюсселе на стадионе короля "
     "Бодуэна .", "ru", "Португалии"),
    ("Trzynastym triumfatorem turnieju Copa América został po raz siódmy zespół Urugwaju .", "pl", "Urugwaju"),
    ("Dwa razy brał udział w igrzyskach olimpijskich : w Montrealu 1976 w wadze lekkiej i w Moskwie 1980 w "
     "lekkopółśredniej .", "pl", "Moskwie"),
    ("Terminò la sua carriera olimpica ad Amsterdam 1928 , vincendo i 10000 m .", "it", "Amsterdam"),
    ("He previously worked as head coach of the Kortrijk .", "en", "Kortrijk"),
    # WikiNEuRal fr, en, ru and CoNLL en: title holders, age groups, managers, a club in guillemets
    ("Le , il reçoit sa première sélection avec la Turquie - 17 ans contre la Belgique - 17 ans , pour une victoire "
     "2 - 1 .", "fr", "Turquie"),
    ("Lors de la phase finale en Afrique du Sud , elle crée la surprise en éliminant l' Italie , tenante du titre , "
     "remportant la rencontre directe décisive .", "fr", "Italie"),
    ("Le tournoi est organisé au Chili et le tenant du titre est l' Uruguay .", "fr", "Uruguay"),
    # ...and a country's name the model typed MISC, before an age group (WikiNEuRal fr)
    ("Le , il reçoit sa première sélection avec la Turquie - 17 ans contre la Belgique - 17 ans , pour une victoire "
     "2 - 1 à domicile à Söke .", "fr", "Turquie"),
    ("L' Australie bat l' Italie trois victoires à une grâce à John Alexander et Tony Roche .", "fr", "Australie"),
    # a shoot-out is a game's word now that "but" alone is not (an independent review: "dans le but de")
    ("Avec le Chili , il remporte la Copa América 2015 et 2016 en battant à chaque fois l' Argentine lors de la "
     "séance de tirs au but .", "fr", "Argentine"),
    ("Maradona captained the Argentine national team to victory in the Mexico City in Mexico , winning the final in "
     "West Germany against South Korea .", "en", "South Korea"),
    ("\" Bolesy ( Florida manager John Boles ) told me yesterday , ' You have to go nine tomorrow , ' \" Brown said .",
     "en", "Florida"),
    ("On 31 August 2006 , he returned to Sunderland under new manager Roy Keane , a former colleague from Celtic .",
     "en", "Sunderland"),
    ("До этого он последний раз отличался лишь в 2008 году в составе « владикавказской Алании » .", "ru", "Алании"),
    # ...and a made-up one: "manager of" a city names its team in a game's sentence
    ("He was the manager of Saint-Étienne when they lost the league match against Lyon .", "en", "Saint-Étienne"),
    # saints named like towns (San Sebastiano, São Francisco de Paula, at 0.70-0.79)
    ("La piccola chiesa di San Sebastiano fu eretta forse nel IX secolo , funzionando da prima parrocchia .", "it",
     "San Sebastiano"),
    ("In estate si celebra la festa di San Sebastiano e in occasione di questa festività si costruisce la catasta .",
     "it", "San Sebastiano"),
    ("Il portale è sormontato da una piccola statua lapidea di san Sebastiano e affiancato da due leoni .", "it",
     "san Sebastiano"),
    ("Ao redor de uma capela construída em homenagem a São Francisco de Paula formou-se o povoado .", "pt",
     "São Francisco de Paula"),
])
def test_teams_games_and_saints_named_like_places_are_no_places(world_linker, text, lang, surface):
    assert [e.id for e in overlapping(world_linker, text, lang, surface)] == [None]


@pytest.mark.parametrize("text,lang,surface,entity", [
    # the town itself, in a church's sentence and in one about the Games
    ("Protesters gathered outside the church in San Sebastian on Sunday .", "en", "San Sebastian", "gn:3110044"),
    ("O governador visitou a catedral de São Paulo nesta segunda-feira .", "pt", "São Paulo", "gn:3448439"),
    ("He moved to Berlin in 1936 and later wrote about the Olympic Games .", "en", "Berlin", "gn:2950159"),
    # a big city by its own name after a church's or a feast's word, and a city an exhibition is about
    ("A igreja mais antiga de São Paulo fica no centro da cidade .", "pt", "São Paulo", "gn:3448439"),
    ("A maior festa de São Paulo acontece em junho .", "pt", "São Paulo", "gn:3448439"),
    ("Una mostra dedicata a San Pietroburgo si apre a Roma .", "it", "San Pietroburgo", "gn:498817"),
    # a count after a city's name, in a game's sentence
    ("In Moscow 2000 fans marched after the match .", "en", "Moscow", "gn:524901"),
    # a city's manager, a country's, a branch's
    ("She became the country manager of Germany , overseeing sales in Europe .", "en", "Germany", "Q183"),
    ("The city manager of Phoenix said the budget would be balanced .", "en", "Phoenix", "gn:5308655"),
    ("She was appointed manager of the Tokyo branch of the bank .", "en", "Tokyo", "gn:1850147"),
    # ages, an owner's manager, a role in talks, a newspaper in guillemets beside a city
    ("Le chômage dans la France des moins de 25 ans reste élevé , selon l' Insee .", "fr", "France", "Q142"),
    ("The bank's Russia manager Ivan Petrov resigned on Monday .", "en", "Russia", "Q159"),
    ("Россия сыграла ключевую роль в переговорах с Ираном .", "ru", "Россия", "Q159"),
    ("Корреспондент « Новой газеты » побывал в Москве .", "ru", "Москве", "gn:524901"),
    # a demonym the model typed MISC before a team's word keeps its country
    ("Maradona captained the Argentine national team to victory , winning the final in Mexico City .", "en",
     "Argentine", "Q414"),
    # an independent review's: quoted words about a country, a bid, a city's monuments, a crime
    # named after its town
    ("Путин назвал целью операции «денацификацию Украины» .", "ru", "Украины", "Q212"),
    ("Кремль выступает против «нацистской Украины» .", "ru", "Украины", "Q212"),
    ("Заявка России на проведение чемпионата мира 2018 года была одобрена ФИФА .", "ru", "России", "Q159"),
    ("Памятники Москвы под угрозой сноса .", "ru", "Москвы", "gn:524901"),
    ("Il processo per l' omicidio di Perugia si riapre .", "it", "Perugia", "gn:3171180"),
    # a sport's word marks no game: the Olympics in a sentence about sanctions
    ("Russia was banned from the Olympics , and Ukraine urged sanctions against Russia , Belarus and Iran .", "en",
     "Iran", "Q794"),
    ("Le gare della Coppa del Mondo si sono svolte a Torino nel 2006 .", "it", "Torino", "gn:3165524"),
])
def test_places_beside_churches_and_games_keep_their_links(world_linker, text, lang, surface, entity):
    assert entity in {e.id for e in overlapping(world_linker, text, lang, surface)}


def test_a_saint_is_told_by_a_church_s_word_or_a_lower_case_title():
    from service.text.namesakes import names_saint

    def saint(text, name):
        return names_saint(Mention(*_span(text, name), name, "LOC", 0.9, None), text)

    assert saint("La ermita construida en honor a San Isidro fue restaurada .", "San Isidro")
    assert saint("La chiesa , dedicata a San Sebastiano , fu eretta nel IX secolo .", "San Sebastiano")
    assert saint("I fedeli venerano sant'Antonio da secoli .", "sant'Antonio")
    # the town's: words between the church's word and "of", a town's own church, "in"
    assert not saint("A igreja mais antiga de São Paulo fica no centro da cidade .", "São Paulo")
    assert not saint("La chiesa parrocchiale di San Sebastiano al Vesuvio è stata restaurata .",
                     "San Sebastiano al Vesuvio")
    assert not saint("Protesters gathered outside the church in San Sebastian on Sunday .", "San Sebastian")
    # a comma ends the church's phrase: "after the feast, from San Sebastián they went to Bilbao"
    assert not saint("Después de la fiesta , de San Sebastián se fueron a Bilbao .", "San Sebastián")


def test_a_record_a_squad_and_a_player_s_city_name_teams():
    from service.text.sports import player_of

    # a team's record right after the verb, in a season table's words (not jobs, men, games shown,
    # a right to host them, a bettor's or a year's Games, a store's: independent reviews' cases)
    assert side("These successful times soon ended , however , as Boston lost 100 games in 1906 .", "Boston")
    assert side("Los Angeles won for the seventh time in eight games .", "Los Angeles")
    assert side("Denver won 12 of its last 15 games .", "Denver")
    assert side("Boston lost eleven straight games in April .", "Boston")
    assert not side("After the sanctions , Russia lost 300 games from the PlayStation Store .", "Russia")
    assert not side("China lost 40 games to the licensing freeze , analysts said .", "China")
    assert not side("Steam removed 40 games after a complaint against China by rights groups .", "China")
    assert not side("Microsoft said Xbox 360 games will stay on sale despite sanctions against Russia .", "Russia")
    assert not side("Moscow lost 300 jobs after the plant closed .", "Moscow")
    assert not side("Troops in Kabul lost 12 men in three days of fighting .", "Kabul")
    assert not side("The exhibition in Tokyo showed 200 games from the 1980s .", "Tokyo")
    assert not side("Dallas won the right to host nine games at the 2026 World Cup , including a semifinal .",
                    "Dallas")
    assert not side("Nevada lost $ 40 million on 12 games last weekend as bettors cashed in .", "Nevada")
    assert not side("Ukraine urged a boycott of the 2022 Games in protest against Russia .", "Russia")
    # a player named in the squad before its game, not a police squad's inquiry nor a drone squad
    assert side("He was named in the squad to face Turkey in September 2006 .", "Turkey")
    assert not side("The minister was named in the report to face Turkey in court .", "Turkey")
    assert not side("Three officers named in the hit squad inquiry were sent to fight against Iraq .", "Iraq")
    assert not side("Ukraine has trained a new drone squad to face Russia in the east .", "Russia")
    # a squad's list with its match and opponent after the name (not a bid's, nor fans' for tickets)
    assert team("В отборочном турнире Евро-1996 был в заявке России на матч против Шотландии .", "России", "ru")
    assert team("Він був у заявці України на матч проти Франції .", "України", "uk")
    assert not team("Заявка России на проведение чемпионата мира была одобрена .", "России", "ru")
    assert not team("МОК отклонил заявку России на Игры 2032 года .", "России", "ru")
    assert not team("Заявки России на матч подали 20 тысяч болельщиков .", "России", "ru")
    assert not team("УЕФА одобрил заявку Венгрии на матч со зрителями .", "Венгрии", "ru")
    # a city's possessive before a player's name and record in a game's sentence (not a mayor's, a
    # vote's count, a boxer's hometown)
    text = ("In the first game , Ryne Sandberg snapped an eighth-inning tie and Kevin Foster ( 6-2 ) outdueled "
            "Atlanta 's Tom Glavine ( 13-8 ) for his third straight win , 3-2 .")
    assert player_of(text, *_span(text, "Atlanta"), "en", {text.index("Tom Glavine")})
    text = "London 's Sadiq Khan attended the match between Arsenal and Chelsea ."
    assert not player_of(text, *_span(text, "London"), "en", {text.index("Sadiq Khan")})
    text = "Chicago 's Brandon Johnson won the runoff 52-48 ."
    assert not player_of(text, *_span(text, "Chicago"), "en", {text.index("Brandon Johnson")})
    text = "Brooklyn 's Daniel Jacobs ( 35-3 ) outpointed Gabriel Rosado in New York ."
    assert not player_of(text, *_span(text, "Brooklyn"), "en", {text.index("Daniel Jacobs")})


@pytest.mark.parametrize("text,lang,surface", [
    # WikiNEuRal en and ru, CoNLL en: teams by their record, a squad, a player's city
    ("These successful times soon ended , however , as Boston lost 100 games in 1906 .", "en", "Boston"),
    ("Los Angeles won for the seventh time in eight games .", "en", "Los Angeles"),
    ("He was named in the squad to face Turkey in September 2006 , which proved to be his final appearance for the "
     "team .", "en", "Turkey"),
    ("In the first game , Ryne Sandberg snapped an eighth-inning tie with an infield single and Kevin Foster ( 6-2 ) "
     "outdueled Atlanta 's Tom Glavine ( 13-8 ) for his third straight win , 3-2 .", "en", "Atlanta"),
    ("В отборочном турнире Евро-1996 был в заявке России на матч против Шотландии , но на поле так и не вышел .",
     "ru", "России"),
    # a country's name quoted after a film's word is the film's title (WikiNEuRal ru)
    ("Некоторые статисты носили такую же маску , как и мучитель в фильме \" Бразилия \" .", "ru", "Бразилия"),
    ("Terry Gilliam 's 1985 film \" Brazil \" was released in Britain first .", "en", "Brazil"),
    ("The film ' Brazil ' was a flop in America .", "en", "Brazil"),
    ("The film ‘ Brazil ’ was a flop in America .", "en", "Brazil"),
])
def test_teams_by_their_record_squad_or_player_and_quoted_titles_are_no_places(world_linker, text, lang, surface):
    assert [e.id for e in overlapping(world_linker, text, lang, surface)] == [None]


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("London 's Sadiq Khan attended the match between Arsenal and Chelsea .", "en", "London", "gn:2643743"),
    ("The Paris Club , Moscow , and Beijing agreed to restructure the debt .", "en", "Moscow", "gn:524901"),
    ("Moscow lost 300 jobs after the plant closed , and Detroit lost thousands more .", "en", "Detroit",
     "gn:4990729"),
    ("Заявка России на проведение чемпионата мира была одобрена в Цюрихе .", "ru", "Цюрихе", "gn:2657896"),
    ("Команда вышла в финал у себя дома , в Казани .", "ru", "Казани", "gn:551487"),
    # a contest's final, a hosting bid, a venue's city, a mayor's vote (an independent review's)
    ("В финале у Италии оказалось больше всего баллов от зрителей .", "ru", "Италии", "Q38"),
    ("Kyiv won the right to host four games at Euro 2012 .", "en", "Kyiv", "gn:703448"),
    ("Police raided a strip club , Miami , on Friday .", "en", "Miami", "gn:4164138"),
    ("Paris 's Anne Hidalgo won the vote 89-56 in the city council .", "en", "Paris", "gn:2988507"),
    # (a player's club and a nightclub are alike: "My club , Lille ," stays the city, as "his club , Miami ,")
    ("Owner Tony said his club , Miami , was raided by police on Friday .", "en", "Miami", "gn:4164138"),
    ("Ubisoft 's China team has shipped 12 games since 2010 .", "en", "China", "Q148"),
    ("Tencent showed eight games at Gamescom in Cologne 2023 .", "en", "Cologne", "gn:2886242"),
    # unquoted, a country beside a film's word is the country (or the film's owner)
    ("Terry Gilliam 's film Brazil was shot in London .", "en", "Brazil", "Q155"),
    ("Новый фильм России получил приз в Каннах .", "ru", "России", "Q159"),
])
def test_places_beside_records_clubs_or_titles_keep_their_links(world_linker, text, lang, surface, entity):
    assert entity in {e.id for e in overlapping(world_linker, text, lang, surface)}



def test_a_club_a_player_joined_for_a_fee_is_a_team():
    from service.text.sports import moved_to

    def joined(text, name, cities, people):
        return moved_to(text, *_span(text, name), "en", {text.index(c) for c in cities},
                        {text.index(p) + len(p) for p in people})

    text = "Lentini , 27 , joined Milan from Torino in a $ 12 million deal ."
    assert joined(text, "Torino", ["Milan", "Torino"], ["Lentini"])
    assert joined(text, "Milan", ["Milan", "Torino"], ["Lentini"])
    # ...not where no person joined (a county, a firm), a firm was joined, no fee was paid, nor a
    # sale: ships, slaves and horses were sold to cities (independent reviews' cases)
    text = "Harris County joined Houston in a $ 100 million deal to fund the new stadium ."
    assert not joined(text, "Houston", ["Houston"], [])
    text = "Pfizer joined Boston 's Biogen in a $ 1 billion deal ."
    assert not joined(text, "Boston", ["Boston"], [])
    text = "Jones joined Goldman Sachs from Boston in a $ 2 million deal ."
    assert not joined(text, "Boston", ["Boston"], ["Jones"])
    text = "Jones joined Milan from Torino after a long illness ."
    assert not joined(text, "Torino", ["Milan", "Torino"], ["Jones"])
    text = "In 1920 she was sold for £ 12,000 to Hamburg owners and renamed Adler ."
    assert not moved_to(text, *_span(text, "Hamburg"), "en", {text.index("Hamburg")}, set())
    text = "As a yearling he was sold for $ 1.2 million to Dubai ."
    assert not moved_to(text, *_span(text, "Dubai"), "en", {text.index("Dubai")}, set())


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("Lentini , 27 , joined Milan from Torino in a $ 12 million deal that many have speculated involved far "
     "more money .", "en", "Torino", None),
    ("Harris County joined Houston in a $ 100 million deal to fund the new stadium .", "en", "Houston",
     "gn:4699066"),
    ("The company moved its headquarters from Houston to Dallas in a $ 50 million deal .", "en", "Houston",
     "gn:4699066"),
    ("In 1920 she was sold for £ 12,000 to Hamburg owners and renamed Adler .", "en", "Hamburg", "gn:2911298"),
])
def test_a_club_joined_for_a_fee_is_no_place_and_a_city_in_a_deal_is(world_linker, text, lang, surface, entity):
    assert entity in {e.id for e in overlapping(world_linker, text, lang, surface)}


@pytest.mark.parametrize("text,lang,surface,entity,not_entity", [
    # a place with the name in the text's script outranks one an alternate name's romanization
    # reaches (WikiNEuRal ru validation: Leeds's Greek "Λιντς", León de los Aldama's "Leon",
    # Jakarta's "Sakata")
    ("Линц ) .", "ru", "Линц", "gn:2772400", "gn:2644688"),
    ("Он вернулся на родину в город Саката ( префектура Ямагата ) .", "ru", "Саката", "gn:1853140",
     "gn:1642911"),
    ("Королевство Леон было основано в 910 году .", "ru", "Леон", None, "gn:3998655"),
    # ...not one its own name's romanization reaches (the London borough, a Ukrainian station), nor
    # a curated place, nor where no place has the name in the text's script
    ("Брент ( 312 200 )", "ru", "Брент", "gn:2654789", "gn:4148803"),
    ("Придбано мазут ( ст . Гайворон , Шевченко , Херсон ) .", "uk", "Шевченко", "gn:13561779", "gn:610612"),
    ("Компания построила завод в городе Дункан , штат Оклахома .", "ru", "Оклахома", "Q1649", "gn:4544349"),
    ("В возрасте 6 лет он был отправлен в Константинополь .", "ru", "Константинополь", "gn:745044", None),
    # ...nor where the place that has the name cannot link itself (Kamyshlov, out of the running)
    ("Курдские силы контролируют Камышлы на северо-востоке Сирии .", "ru", "Камышлы", "gn:173377", None),
])
def test_a_place_named_in_the_text_s_script_outranks_a_romanized_alternate_name(world_linker, text, lang, surface,
                                                                                 entity, not_entity):
    got = {e.id for e in overlapping(world_linker, text, lang, surface)}
    assert entity in got and not_entity not in got


@pytest.mark.parametrize("text,lang,surface,entity", [
    # after a city of the region, however big the region's city ("Montreal, Quebec")
    ("She was born in Spokane, Washington, and played college basketball.", "en", "Washington", "Q1223"),
    ("D'Hérelle was born in Montreal, Quebec, to French immigrants.", "en", "Quebec", "Q176"),
    # after or before the division's word, or with it in the mention
    ("The governor of the state of New York signed the bill.", "en", "New York", "Q1384"),
    ("Farmers in New York state protested on Monday.", "en", "New York", "Q1384"),
    ("Он родился в штате Нью-Йорк.", "ru", "Нью-Йорк", "Q1384"),
    ("Mieszka w stanie Nowy Jork.", "pl", "Nowy Jork", "Q1384"),
    ("Er lebt im Kanton Zürich.", "de", "Kanton Zürich", "Q11943"),
    ("Fighting continued in the province of Idlib.", "en", "Idlib", "iso:SY-ID"),
    ("The Lviv and Kyiv regions were hit by missiles.", "en", "Kyiv", "Q170036"),
    # ...whose name reads like the city's own (ISO writes the local romanization)
    ("Drought affected Isfahan, Fars, Kerman and Yazd provinces.", "en", "Isfahan", "iso:IR-10"),
    # GeoNames gave the city the province's name (WikiANN es validation)
    ("Nació en la Provincia de Santiago del Estero en 1950.", "es", "Provincia de Santiago del Estero", "iso:AR-G"),
    # in a list of regions (WikiANN en and ru validation)
    ("He was a licensed engineer in Maine, Maryland, Massachusetts, New York and Vermont.", "en", "New York",
     "Q1384"),
    ("Обитает в Баия, Минас-Жерайс, Эспириту-Санту, Рио-де-Жанейро, Сан-Паулу.", "ru", "Рио-де-Жанейро", "Q41428"),
    # the city everywhere else: alone, in a list of cities, beside regions of another country
    ("He moved to New York in 1990.", "en", "New York", "gn:5128581"),
    ("Protests in New York, Washington and Chicago drew thousands.", "en", "New York", "gn:5128581"),
    ("Die Tournee führt nach Genf, Bern und Zürich.", "de", "Zürich", "gn:2657896"),
    ("Texas, California, Moscow and Beijing signed the pact.", "en", "Moscow", "gn:524901"),
    # ...nor a place and a city that name no container where the text does not write so (two
    # independent reviews' probes)
    ("Explosions were heard in Tabriz, Isfahan.", "en", "Isfahan", "gn:418863"),
    ("Macron's Washington state visit was a success.", "en", "Washington", "gn:4140963"),
    ("Tehran state media reported the attack.", "en", "Tehran", "gn:112931"),
    ("The state of Kyiv's air defences worries NATO.", "en", "Kyiv", "gn:703448"),
    ("Le coup d'État de Genève n'a jamais eu lieu.", "fr", "Genève", "gn:2660646"),
    ("El jefe de Estado de México viajó a Madrid.", "es", "Estado de México", None),
    ("Sinds maandag staat Kyiv centraal in het nieuws.", "nl", "Kyiv", "gn:703448"),
    # a county's word names no state; a state's word before a country names its container
    ("Condado de Iowa ( oeste )", "es", "Condado de Iowa", None),
    ("Jest dziesiątym pod względem wielkości stanem USA .", "pl", "USA", "Q30"),
    # nor a region through a city's alternate name: Damascus's "Cham"
    ("Landkreis Schwandorf , Landkreis Cham", "de", "Landkreis Cham", None),
    # a division's word alone is no division's name: "Canton" is Guangzhou's
    ("Los comerciantes llegaron a Cantón en 1830.", "es", "Cantón", "gn:1809858"),
])
def test_a_region_named_like_its_city_is_linked_where_the_text_calls_it_so(world_linker, text, lang, surface,
                                                                          entity):
    """New York State, Quebec, Washington State and Geneva's canton had no entity: the gazetteer
    left a region named like its city out (the city is the name's referent), so "the state of New
    York" went to New York City and "Buffalo, New York" to NIL. It holds them now under their
    name with their kind, which the linker reaches from the city's where the text says so."""
    assert [e.id for e in world_linker.link(text, lang=lang).entities if e.text == surface] == [entity]


@pytest.mark.parametrize("text,lang,surface", [
    ("Fighting continued in the province of Idlib.", "en", "Idlib"),
    ("Shelling hit villages in Idlib Governorate on Sunday.", "en", "Idlib Governorate"),
    ("قصفت الطائرات قرى في محافظة إدلب.", "ar", "محافظة إدلب"),
    ("Бои продолжались в провинции Идлиб.", "ru", "Идлиб"),
])
def test_a_governorate_is_one_entity_however_the_text_names_it(world_linker, text, lang, surface):
    """The seeds' Idlib Governorate (its Arabic name) and ISO's Idlib Province ("the province of
    Idlib") were two entities for one place, so an archive filed Idlib's news under two IDs. The
    seeds' governorates now carry ISO's code as their id, and the build merges the two."""
    assert [e.id for e in world_linker.link(text, lang=lang).entities if e.text == surface] == ["iso:SY-ID"]


def test_syria_s_governorates_are_one_entity_each(world_linker):
    store = world_linker.store
    syrian = {i for i in store.ids_of_kind("region") if store.get(i).country == "SY"}
    assert len({i for i in syrian if i.startswith("iso:SY-")}) == 14
    assert not any(i.startswith("el:sy-") for i in syrian | set(store.ids_of_kind("governorate")))
    # the seeds' name stays, and ISO's joins it
    assert store.get("iso:SY-HL").name == "Aleppo Governorate"
    assert "Ḩalab Province" in world_linker._names("iso:SY-HL")


@pytest.mark.parametrize("text,lang,surface", [
    # a national team's word before the name, in a game's sentence or any
    ("L'équipe du Sénégal s'est qualifiée pour la Coupe du monde après sa victoire contre le Togo.", "fr", "Sénégal"),
    ("La selección de Argentina empató con Uruguay en Montevideo.", "es", "Argentina"),
    ("La selección de Argentina empató con Uruguay en Montevideo.", "es", "Uruguay"),
    ("A seleção do Brasil perdeu para a Argentina no Maracanã.", "pt", "Brasil"),
    ("Alla nazionale dell'Italia serve un nuovo allenatore.", "it", "Italia"),
    ("Die Nationalmannschaft von Katar verlor gegen Ecuador.", "de", "Ecuador"),
    # a result's verb after the side, and the game's words of each language (the model's MISC too)
    ("Les Bleus ont battu la Belgique 1-0 à Düsseldorf lors de l'Euro 2024.", "fr", "Belgique"),
    ("Polska pokonała Walię w barażach po rzutach karnych.", "pl", "Polska"),
    ("Polska pokonała Walię w barażach po rzutach karnych.", "pl", "Walię"),
    ("België speelde gelijk tegen Kroatië in Doha.", "nl", "België"),
    ("België speelde gelijk tegen Kroatië in Doha.", "nl", "Kroatië"),
    ("Portugal venceu a Espanha na final da Liga das Nações.", "pt", "Portugal"),
    ("Portugal venceu a Espanha na final da Liga das Nações.", "pt", "Espanha"),
    ("L'Italia ha battuto la Spagna 2-1 a Wembley.", "it", "Italia"),
    ("Die Schweizer Nationalmannschaft besiegte Italien im Achtelfinale in Berlin.", "de", "Italien"),
    ("La nazionale italiana ha perso contro la Svizzera negli ottavi di finale degli Europei.", "it", "Svizzera"),
    ("La selección de Chile perdió 3-0 ante Brasil en Santiago.", "es", "Chile"),
    ("Argentina venció a Francia en los penaltis.", "es", "Argentina"),
    ("W półfinale Polska przegrała z Francją.", "pl", "Polska"),
    # a round beside the side, a result with the round between (a second review's probes)
    ("Deutschland verlor im Achtelfinale gegen Japan.", "de", "Deutschland"),
    ("Deutschland verlor im Achtelfinale gegen Japan.", "de", "Japan"),
    ("In de halve finale tegen Portugal gaf hij de beslissende voorzet.", "nl", "Portugal"),
    ("La sélection du Maroc a battu le Portugal 1-0 en quart de finale à Doha.", "fr", "Maroc"),
    ("Die Schweiz spielte unentschieden gegen Schottland und zog ins Achtelfinale ein.", "de", "Schottland"),
    ("La Croazia ha pareggiato con il Marocco nella finale per il terzo posto.", "it", "Marocco"),
])
def test_national_teams_in_every_language_are_no_countries(world_linker, text, lang, surface):
    """An outside audit's news sentences (2026-12-07) linked 16 national teams to their countries:
    the word lists knew "сборная" and "against", not "la selección de", "speelde gelijk", "baraże"
    or "Achtelfinale", nor a side before "ha battuto" or "pokonała", nor a side the model tags MISC."""
    assert [e.id for e in world_linker.link(text, lang=lang).entities if e.text == surface] == [None]


@pytest.mark.parametrize("text,lang,surface,entity", [
    # the same verbs and words outside a game, or a name after "from"
    ("La selección de Marruecos como sede del Mundial fue celebrada en Rabat.", "es", "Marruecos", "Q1028"),
    ("España venció a la inflación en marzo, según el Banco de España.", "es", "España", "Q29"),
    ("Chile ganó a Perú la batalla diplomática en La Haya.", "es", "Perú", "Q419"),
    ("Portugal venceu a crise com ajuda da União Europeia.", "pt", "Portugal", "Q45"),
    ("O Brasil perdeu para a Argentina na reta final das negociações comerciais.", "pt", "Argentina", "Q414"),
    ("L'Italia ha battuto la Francia nelle esportazioni di vino.", "it", "Italia", "Q38"),
    ("La sicurezza nazionale dell'Italia è a rischio, dice il ministro.", "it", "Italia", "Q38"),
    ("Une équipe de la Croix-Rouge est arrivée en Syrie.", "fr", "Syrie", "Q858"),
    ("L'équipe d'Emmanuel Macron prépare la visite en Chine.", "fr", "Chine", "Q148"),
    ("Deutschland besiegte Frankreich im Handelsstreit um Stahl.", "de", "Frankreich", "Q142"),
    ("Die EM in Deutschland begann mit einem Fest in München.", "de", "Deutschland", "Q183"),
    ("Polska przegrała z Niemcami spór w TSUE.", "pl", "Niemcami", "Q183"),
    ("Nederland verloor van China de strijd om de chips.", "nl", "China", "Q148"),
    ("El Banco Mundial prevé que México crezca un 2%.", "es", "México", "Q96"),
    ("Los procesos penales contra el expresidente de Perú siguen abiertos.", "es", "Perú", "Q419"),
    ("Nelle due guerre mondiali l'Italia perse migliaia di uomini.", "it", "Italia", "Q38"),
    ("Przed mundialem Polska podpisała umowę z Katarem.", "pl", "Polska", "Q36"),
    ("W finale klub z Andaluzji pokonał po serii rzutów karnych RCD Espanyol.", "pl", "Andaluzji", "iso:ES-AN"),
    # a demonym stays its country's
    ("La nazionale italiana ha perso contro la Svizzera agli Europei.", "it", "italiana", "Q38"),
    # a tournament's name is no game's word, nor is a protest, a sanction or a vote a game, nor a
    # result's verb before no side (an independent review's probes)
    ("Pendant le Mondial, des ONG ont manifesté contre le Qatar.", "fr", "Qatar", "Q846"),
    ("Während der WM demonstrierten Menschenrechtler in Berlin gegen Katar.", "de", "Katar", "Q846"),
    ("Nach dem Pokalfinale in Berlin forderte der Kanzler neue Sanktionen gegen Russland.", "de", "Russland", "Q159"),
    ("Tijdens het WK protesteerden mensenrechtenorganisaties tegen Qatar.", "nl", "Qatar", "Q846"),
    ("Podczas mundialu aktywiści protestowali przeciwko Katarowi.", "pl", "Katarowi", "Q846"),
    ("A Liga das Nações aprovou sanções contra a Itália em 1935 após a invasão da Etiópia.", "pt", "Itália", "Q38"),
    ("En plena fiebre del Mundial, Colombia eliminó los aranceles a la importación de maíz.", "es", "Colombia",
     "Q739"),
    ("Il Giappone ha battuto il record di turisti stranieri nell'anno dei Mondiali di atletica a Tokyo.", "it",
     "Giappone", "Q17"),
    ("Bruselas celebró la selección de Polonia para acoger la cumbre de la OTAN.", "es", "Polonia", "Q36"),
    ("A ONU confirmou a seleção do Brasil para sediar a COP30 em Belém.", "pt", "Brasil", "Q155"),
    # a round's name that dates the sentence, a stance, a list or an agency's staff (a second
    # review's probes)
    ("Nach dem Viertelfinale in Hamburg sprach sich die Bundesregierung gegen Ungarn aus.", "de", "Ungarn", "Q28"),
    ("Tras los octavos de final, el Gobierno anunció aranceles contra China.", "es", "China", "Q148"),
    ("La ONU confirmó la selección de Uruguay en el Consejo de Derechos Humanos.", "es", "Uruguay", "Q77"),
    ("L'équipe du Liban chargée des négociations avec le FMI est arrivée à Washington.", "fr", "Liban", "Q822"),
    ("L'équipe d'Haïti du Programme alimentaire mondial manque de fonds.", "fr", "Haïti", "Q790"),
    ("O Banco Mundial anunciou a seleção do Brasil, da Índia e da Indonésia para o projeto piloto.", "pt", "Brasil",
     "Q155"),
    ("Na de halve finale van het Songfestival sprak Nederland zich uit tegen Israël.", "nl", "Israël", "Q801"),
    ("Vor dem Achtelfinale schlug Frankreich Alarm wegen der Sicherheitslage in Brüssel.", "de", "Frankreich", "Q142"),
    ("Po półfinale Eurowizji Polska zagłosowała przeciwko Izraelowi.", "pl", "Izraelowi", "Q801"),
    ("Um dia depois da final da Liga dos Campeões, Portugal venceu a Espanha na corrida pela nova fábrica.", "pt",
     "Espanha", "Q29"),
])
def test_countries_outside_games_keep_their_links_in_every_language(world_linker, text, lang, surface, entity):
    assert [e.id for e in world_linker.link(text, lang=lang).entities if e.text == surface] == [entity]


def test_a_persian_name_of_a_country_that_arabic_gives_a_city_is_the_city_s(world_linker):
    """Persian writes Morocco "مراکش", which folds onto Marrakesh's Arabic name: "قرب مراكش" (near
    Marrakesh) linked the country at 0.95."""
    doc = world_linker.link("ضرب زلزال قوي منطقة الحوز قرب مراكش.", lang="ar")
    assert [e.id for e in doc.entities if e.text == "مراكش"] == ["gn:2542997"]


@pytest.mark.parametrize("text,surface,entity", [
    # the oblast or province, as English "the Donetsk region" (an outside audit's sentence)
    ("Rus ordusu Donetsk bölgesinde ilerlediğini açıkladı.", "Donetsk", "iso:UA-14"),
    ("Ukrayna ordusu Kursk bölgesine girdi.", "Kursk", "Q3178"),
    ("Hatay bölgesinde yeniden yapılanma sürüyor.", "Hatay", "iso:TR-31"),
    # a country's area is the country (WikiANN tr validation)
    ("Bugünki Belçika , İngiltere ve Almanya bölgelerinde yaşamıştır .", "Almanya", "Q183"),
    # nor a region through a lower-case romanization: "ramla" of Ramallah (WikiANN tr train);
    # a city no region is named like is its own area's (an independent review's probes)
    ("Sahil boyunca ilerleyen Haçlılar , Ramla bölgesinde Montgisard’da Eyyubileri yakalarlar .", "Ramla",
     "gn:293768"),
    ("Bahmut bölgesinde şiddetli çatışmalar yaşanıyor.", "Bahmut", "gn:713174"),
    # ...and a state named like it is not: "Washington bölgesinde" is the capital's area, as a
    # bare "Washington" is, not Washington State
    ("Washington bölgesinde kar fırtınası nedeniyle uçuşlar iptal edildi.", "Washington", "gn:4140963"),
])
def test_a_turkish_region_s_word_names_the_region(world_linker, text, surface, entity):
    assert [e.id for e in world_linker.link(text, lang="tr").entities if e.text == surface] == [entity]


@pytest.mark.parametrize("text,entity", [
    # Arabic says where by a compass word (an outside audit's sentence): Lebanon's Tripoli
    ("وفي طرابلس شمال لبنان، خرج المحتجون إلى الشوارع.", "gn:266826"),
    ("خرج المحتجون في طرابلس في شمال لبنان.", "gn:266826"),
    # ...and Libya's where the text says so, or nothing does
    ("زار الرئيس طرابلس وبنغازي في ليبيا.", "gn:2210247"),
])
def test_an_arabic_compass_word_names_a_place_s_container(world_linker, text, entity):
    assert [e.id for e in world_linker.link(text, lang="ar").entities if e.text == "طرابلس"] == [entity]


def test_krakow_in_the_ukrainian_locative_is_krakow(world_linker):
    doc = world_linker.link("Він виступив на фестивалі в Кракові.", lang="uk")
    assert [(e.text, e.name) for e in doc.entities] == [("Кракові", "Kraków")]


@pytest.mark.parametrize("text,surface,entity", [
    # an Arabic place with its country's adjective after it: the mention whole (an outside
    # audit's "درنة الليبية" was NIL), or the two apart (Libya's Tripoli had won at 0.71)
    ("خلفت الفيضانات في درنة الليبية آلاف القتلى.", "درنة الليبية", "gn:87205"),
    ("خرج المحتجون في طرابلس اللبنانية.", "طرابلس", "gn:266826"),
    # a name the gazetteer holds whole after its proclitics stays (ANERcorp dev and train)
    ("في تقويم ام القرى « التقويم الرسمي للمملكة العربية السعودية » .", "للمملكة العربية السعودية", "Q851"),
    ("كارثة إنسانية كبرى في لبنان والأراضي الفلسطينية", "والأراضي الفلسطينية", "Q219060"),
])
def test_an_arabic_place_before_its_country_s_adjective_is_that_country_s(world_linker, text, surface, entity):
    assert [e.id for e in world_linker.link(text, lang="ar").entities if e.text == surface] == [entity]


# -- the twentieth pass: two outside audits of news beyond sport ---------------------------------

@pytest.mark.parametrize("text,lang,surface", [
    # a river by its bank, or after "the" in English with no modifier's noun after it
    ("Украинские военные закрепились на левом берегу Днепра под Херсоном.", "ru", "Днепра"),
    ("Окупанти обстрілюють правий берег Дніпра.", "uk", "Дніпра"),
    ("Intanto molti immigrati si stabilirono sulle rive del Mississippi, trovando buone terre.", "it", "Mississippi"),
    ("Ukrainian troops crossed the Dnipro near Kherson and established a foothold.", "en", "Dnipro"),
    ("Israeli settlers attacked a village in the valley, west of the Jordan.", "en", "Jordan"),
    ("Leading results at the Berlin", "en", "Berlin"),
    # a street, a square or a band named after a place
    ("Le maire de Paris a inauguré une nouvelle piste cyclable rue de Rivoli.", "fr", "Rivoli"),
    ("Un incendio in via Roma a Torino ha distrutto due negozi.", "it", "Roma"),
    ("La maison Cartier a ouvert une nouvelle boutique place Vendôme.", "fr", "Vendôme"),
    # an ancient kingdom and a crown that GeoNames names a city after (an outside audit's)
    ("Урарту воювало з Ассирією.", "uk", "Урарту"),
    ("Особенно досталось Урарту , ассирийцами был захвачен Муцацир и казна царства .", "ru", "Урарту"),
    ("Wielkie Księstwo Litewskie było połączone z Koroną.", "pl", "Koroną"),
    ("На площади Гагарина прошел митинг.", "ru", "Гагарина"),
    ("На улице Кирова в Самаре прорвало трубу.", "ru", "Кирова"),
    ("The rock band Chicago announced a farewell tour of Europe and Japan.", "en", "Chicago"),
    ("The Swedish band Europe played its first concert in Moscow in 1987.", "en", "Europe"),
    # a person: a surname the model types PER that spells a demonym, a demonym's possessive with
    # no article, a place's name before a person's pronoun
    ("La Russa ha detto che il governo durerà cinque anni.", "it", "Russa"),
    ("El expresidente Arnoldo Alemán fue condenado por corrupción. Alemán lo niega.", "es", "Alemán lo"),
    ("Albanese's government in Canberra announced new climate targets.", "en", "Albanese"),
    ("Jordan defends his decision to make the film , whose screenplay he wrote himself .", "en", "Jordan"),
    ("Paris, who turned 43 this year, launched a new perfume line.", "en", "Paris"),
    ("Am Westufer des Jordan wurde ein Dorf angegriffen.", "de", "Jordan"),
    # a team: a demonym the model gives ORG weight after a result's verb; a city's name in an
    # article that names its club in full
    ("BASEBALL - GONZALEZ HOMERS TWICE AS RANGERS BEAT INDIANS .", "en", "INDIANS"),
    ("Pokalleiter Helmut Schmid ( Bad Nauheim ) hat gelost . Es spielen SV 06 Bad Nauheim und KSV Klein-Karben .",
     "de", "Bad Nauheim )"),
    # a brand's product, and a company or a broadcaster named by a demonym or a country
    ("Die Bestmarke wurde mit einem Jaguar beim Sportwagen-WM-Lauf aufgestellt .", "de", "Jaguar"),
    ("Il circulait au volant d'une Peugeot volée quand il a été arrêté.", "fr", "Peugeot"),
    ("Dirigia um Volkswagen quando foi detido em Braga.", "pt", "Volkswagen"),
    ("Norwegian cancelled more than 100 flights on Friday because of a pilots' strike.", "en", "Norwegian"),
    ("American said it would cut flights from Dallas to Tokyo because of weak demand.", "en", "American"),
    ("بث تلفزيون لبنان مقابلة مع رئيس الحكومة.", "ar", "لبنان"),
    ("Bamberg will nicht mehr\nDer TC Bamberg zieht sich aus der Tennis-Bundesliga zurück .", "de", "Bamberg will"),
    ("Der Wechsel zu Inter Mailand ist offen . \" Es gibt noch keine Einigung mit Mailand \" , sagte er .", "de",
     "Mailand \""),
])
def test_rivers_streets_bands_people_and_teams_named_like_places_are_no_places(world_linker, text, lang, surface):
    """`surface` is the mention and what follows it, where the name stands twice."""
    start = text.index(surface)
    assert all(e.id is None for e in world_linker.link(text, lang).entities if e.start == start)


@pytest.mark.parametrize("text,lang,surface,entity", [
    # the article English writes: an acronym's, a modifier's, and the places that take it
    ("She returned to the Ukraine in 1992.", "en", "Ukraine", "Q212"),
    ("Fighting continued in the Donbas on Monday.", "en", "Donbas", "el:region-donbas"),
    ("The Paris talks ended without a deal.", "en", "Paris", "gn:2988507"),
    ("He achieved his first number-one album in the US in 2015.", "en", "US", "Q30"),
    ("В Днепре прошел митинг.", "ru", "Днепре", "gn:709930"),
    # one of a city's streets, the city's area and streets, the open sea off a country, a route
    ("Cuando caminaba por una calle de Ecija le invitó a subir.", "es", "Ecija", "gn:2518770"),
    ("Площадь Москвы составляет 2500 км2.", "ru", "Москвы", "gn:524901"),
    ("На улицах Москвы прошли протесты.", "ru", "Москвы", "gn:524901"),
    ("L'oliveto si trova sull'isola di Anglesey, al largo del Galles.", "it", "Galles", "Q25"),
    ("Il volo via Francoforte è stato cancellato.", "it", "Francoforte", "gn:2925533"),
    ("Il vit dans une rue de Lyon.", "fr", "Lyon", "gn:2996944"),
    # demonyms: in lower case listed under another language, in capitals, as a person's noun, a
    # Dutch one the seeds list as English or German, one a German genitive spells in Spanish
    ("A cozinha belga é influenciada pela culinária dos países vizinhos.", "pt", "belga", "Q31"),
    ("SYRIAN TROOPS ENTER TOWN .", "en", "SYRIAN", "Q858"),
    ("The Syrian said he had fled Aleppo.", "en", "Syrian", "Q858"),
    ("The Syrian's lawyer said he would appeal.", "en", "Syrian", "Q858"),
    # a country's possessive is the country's, though Spanish "china" and "india" are demonyms
    ("He became China 's youngest governor when he took the position in Hebei province in 2008 .", "en", "China",
     "Q148"),
    ("He was awarded the Padma Shri , India 's 4th highest civilian honour , in 1983 .", "en", "India", "Q668"),
    ("In het Chinese restaurant Ruby in Antwerpen is iemand gewond.", "nl", "Chinese", "Q148"),
    ("In 896 begonnen de Bulgaren een oorlog tegen het Byzantijnse Rijk.", "nl", "Bulgaren", "Q219"),
    ("Son roman décrit l'expérience d'une jeune Allemande à Paris.", "fr", "Allemande", "Q183"),
    ("Le premier ( 1930 ) décrit l’ expérience d’ une jeune Allemande à Paris .", "fr", "Allemande", "Q183"),
    ("Vorwürfe gegen Chinas Polizei", "de", "Chinas", "Q148"),
    ("Esistono molti vulcani di fango sulle rive del Mar Nero e del Mar Caspio.", "it", "Mar Nero",
     "el:sea-black-sea"),
    ("Holyfield beat American Oliver McCall on points.", "en", "American", "Q30"),
    ("An American said he had seen the attack.", "en", "American", "Q30"),
    # an independent review's: a city's or a country's bank, coast or banks, a government's act on
    # someone, "who" after a preposition, regions English names with "the", a city's main street,
    # a company's group, a city's mayor beside its club, a Turkish genitive that is no container
    ("Un appartement sur la rive gauche de Paris s'est vendu 4 millions d'euros.", "fr", "Paris", "gn:2988507"),
    ("Depositors queued to withdraw cash from the banks of Cyprus.", "en", "Cyprus", "Q229"),
    ("Dozens of migrants drowned off the shores of Libya on Sunday.", "en", "Libya", "Q1016"),
    ("У берегов Ливии затонуло судно с мигрантами.", "ru", "Ливии", "Q1016"),
    ("Moscow announced his expulsion hours after the spy scandal broke.", "en", "Moscow", "gn:524901"),
    ("Officials in Kyiv, who asked not to be named, said the talks had stalled.", "en", "Kyiv", "gn:703448"),
    ("The governor of Texas, who faces re-election, signed the law.", "en", "Texas", "Q1439"),
    ("Gold prospectors have flocked to the Yukon since the 1890s.", "en", "Yukon", "Q2009"),
    ("Floods swept through the Veneto after days of heavy rain.", "en", "Veneto", "iso:IT-34"),
    ("La rue de Vaugirard est la plus longue rue de Paris.", "fr", "Paris", "gn:2988507"),
    ("La principal avenida de Caracas amaneció bloqueada.", "es", "Caracas", "gn:3646738"),
    ("Главная улица Минска была перекрыта.", "ru", "Минска", "gn:625144"),
    ("Najdłuższa ulica Krakowa ma ponad 5 kilometrów.", "pl", "Krakowa", "gn:3094802"),
    ("Отдыхающие гуляли по набережной Ялты.", "ru", "Ялты", "gn:688533"),
    ("Le groupe Renault a annoncé la fermeture d'une usine à Flins.", "fr", "Renault", "Q6686"),
    ("El grupo Santander ganó 11.000 millones de euros en 2023.", "es", "Santander", "Q875292"),
    ("Der Bürgermeister von Dortmund gratulierte Borussia Dortmund zum Pokalsieg.", "de", "Dortmund gratulierte",
     "gn:2935517"),
    ("ABD'nin Paris Büyükelçisi Fransız yetkililerle görüştü.", "tr", "Paris", "gn:2988507"),
    ("Paris'te, ABD'nin Fransa büyükelçisi konuştu.", "tr", "Paris", "gn:2988507"),
    # a second review's: a genitive subject, a region's coast, a city of a time or a likeness, a
    # city's small street, a country called "who", a company compared with itself, a club's city
    # after "from" or a city's word
    ("ABD'nin Paris'te düzenlenen zirveye katılımı belirsiz.", "tr", "Paris", "gn:2988507"),
    ("Отдыхающие на южном берегу Крыма жалуются на нехватку воды.", "ru", "Крыма", "Q15925436"),
    ("He grew up in the Berlin of the 1920s, his biographer writes.", "en", "Berlin", "gn:2950159"),
    ("Rotterdam has become the Shanghai of Europe, one analyst said.", "en", "Shanghai", "gn:1796236"),
    ("Dans une petite rue de Marseille, un homme a été poignardé.", "fr", "Marseille", "gn:2995469"),
    ("La place de Paris a reculé de 2 % lundi.", "fr", "Paris", "gn:2988507"),
    ("Il a pris la place de Marseille en tête du classement.", "fr", "Marseille", "gn:2995469"),
    ("Zelensky thanked Poland, who has taken in millions of refugees.", "en", "Poland", "Q36"),
    ("Una Telefónica más pequeña y más rentable es el objetivo de la empresa.", "es", "Telefónica", "Q160229"),
    ("Der 1. FC Köln verlor wieder. Tausende Fans reisten aus Köln nach München.", "de", "Köln nach",
     "gn:2886242"),
    ("Der 1. FC Köln verlegt sein Training, die Stadt Köln hat den Platz gesperrt.", "de", "Köln hat",
     "gn:2886242"),
    ("A Toyota spokesman declined to comment.", "en", "Toyota", "Q53268"),
    # a place before "his" that is no person's verb, "its", and "who" after a container
    ("Chicago remained his home until 1932.", "en", "Chicago", "gn:4887398"),
    ("Jordan recalled its ambassador from Israel.", "en", "Jordan", "Q810"),
    ("Its settlers were families from Hartford and Wethersfield , Connecticut , who petitioned the court .", "en",
     "Connecticut", "Q779"),
    # a club's city after "in", beside a stadium's word, or before a noun in English
    ("Olympique Marseille siegte. Wie Klinsmann in Monaco gehörte auch Völler in Marseille zu den Besten.", "de",
     "Marseille zu", "gn:2995469"),
    ("El principal estadio de Jerusalén, donde juega el equipo de fútbol Beitar Jerusalén, recibe el nombre de "
     "Teddy.", "es", "Jerusalén,", "gn:281184"),
    ("Alania are three points behind Dynamo Moscow, and two over the Moscow club.", "en", "Moscow club",
     "gn:524901"),
])
def test_places_beside_those_words_keep_their_links(world_linker, text, lang, surface, entity):
    assert ids_at(world_linker, text, lang, surface) == [entity]


@pytest.mark.parametrize("text,lang,surface,entity", [
    ("Les combats se sont intensifiés dans la région de Donetsk.", "fr", "Donetsk", "iso:UA-14"),
    ("La regione di Mosca ha chiuso le scuole.", "it", "Mosca", "Q1697"),
    ("Im Gebiet Donezk wird heftig gekämpft.", "de", "Donezk", "iso:UA-14"),
    ("In der Region Charkiw fiel der Strom aus.", "de", "Charkiw", "Q170666"),
    # no region so named: the city's area; and a plural's "regions of" a sea
    ("La région de Bordeaux produit du vin.", "fr", "Bordeaux", "gn:3031582"),
    ("Il commercio delle pellicce, principalmente dalle regioni del Mar Baltico, era molto remunerativo.", "it",
     "Mar Baltico", "el:sea-baltic"),
])
def test_a_region_s_word_before_a_name_names_the_region_named_like_the_city(world_linker, text, lang, surface,
                                                                           entity):
    assert ids(world_linker, text, lang)[surface] == entity


@pytest.mark.parametrize("text,entity", [
    ("Trablus'ta, Lübnan'ın kuzeyinde, silahlı çatışma çıktı.", "gn:266826"),
    ("Lübnan'ın Trablus kentinde çatışma çıktı.", "gn:266826"),
    ("Libya'nın başkenti Trablus'ta çatışma çıktı.", "gn:2210247"),
])
def test_a_turkish_container_before_or_after_a_place_places_it(world_linker, text, entity):
    assert ids(world_linker, text, "tr")["Trablus"] == entity


@pytest.mark.parametrize("text,surface,entity", [
    ("Heyet dün Almanyaya gitti.", "Almanyaya", "Q183"),
    ("Heyet Rusyadan döndü.", "Rusyadan", "Q159"),
    ("Askerler Irakta kaldı.", "Irakta", "Q796"),
    ("Dün İranın açıklaması geldi.", "İranın", "Q794"),
    ("Heyet Ankaraya gitti.", "Ankaraya", "gn:323786"),
])
def test_a_turkish_case_without_its_apostrophe_finds_the_place(world_linker, text, surface, entity):
    assert ids(world_linker, text, "tr")[surface] == entity


def test_a_capitalized_word_opening_a_turkish_sentence_is_no_stemmed_place(world_linker):
    # "Mısır" is Egypt and corn; a sentence's first word is capitalized whatever it is
    assert "Q79" not in ids(world_linker, "Mısırın fiyatı bu yıl iki katına çıktı.", "tr").values()


def test_turkish_stems_are_guesses_longest_first():
    assert turkish_stems("İranın") == ["İran", "İra"]
    assert turkish_stems("Almanyaya")[-1] == "Almanya"
    assert turkish_stems("ANKARA") == [] and turkish_stems("Bu") == []


@pytest.mark.parametrize("text,lang,surface", [
    # a side in a game: after a round's "у", a score's "win at", a result's verb in Polish,
    # Turkish and Arabic, a squad's word
    ("В 2008 году египтяне защитили свой титул, выиграв в финале у Камеруна.", "ru", "Камеруна"),
    ("Збірна Чехії в чвертьфіналі програла Португалії.", "uk", "Португалії"),
    ("After a 4 – 1 win at Indonesia, Iran qualified for the final round of direct qualifiers.", "en", "Indonesia"),
    ("He earned his first cap in a friendly against Japan played in Yokohama.", "en", "Japan"),
    ("Россия обыграла Испанию в серии пенальти в 1/8 финала.", "ru", "Россия"),
    ("Після поразки від Франції Україна вибула з турніру.", "uk", "Франції"),
    ("W finale Francja pokonała Chorwację 4:2.", "pl", "Francja"),
    ("Almanya'ya 3-2 yenilerek turnuvadan elendi.", "tr", "Almanya"),
    ("Milli takım Çekya'yı Hamburg'da 2-1 yendi.", "tr", "Çekya"),
    ("Збірна зіграла товариський матч з Молдовою.", "uk", "Молдовою"),
    ("فاز المغرب على البرتغال في ربع النهائي.", "ar", "البرتغال"),
    ("Er stand im Aufgebot der Schweiz für die Europameisterschaft.", "de", "Schweiz"),
    # a club a player moved to, in the languages beside English
    ("Il quitte Saint-Étienne pour rejoindre Nice lors du mercato d'hiver.", "fr", "Saint-Étienne"),
    ("Nach zwei Jahren in der Bundesliga wechselte er zu Mainz.", "de", "Mainz"),
    ("Napastnik przeszedł do Marsylii z Lyonu w 2015 roku.", "pl", "Marsylii"),
    ("انتقل المهاجم من ليون إلى مرسيليا عام 2015.", "ar", "مرسيليا"),
    # a company's own name that a city has among its alternate names
    ("In 2018, Lime began offering dockless bikes, which do not need to be docked at a station.", "en", "Lime"),
    # an era, a dynasty, a constellation, a river that flows
    ("Период Эдо продолжался с 1603 по 1868 год.", "ru", "Эдо"),
    ("Империя Хань соперничала с хунну.", "ru", "Хань"),
    ("Dynastia Piastów rządziła Polską do 1370 roku.", "pl", "Piastów"),
    ("The Edo period lasted from 1603 to 1868, when the shogunate fell.", "en", "Edo"),
    ("Спика — ярчайшая звезда созвездия Девы.", "ru", "Девы"),
    ("Mgławica Oriona jest widoczna gołym okiem.", "pl", "Oriona"),
    ("Днепр впадает в Чёрное море у Херсона.", "ru", "Днепр"),
    ("The Dnipro flows into the Black Sea near Kherson.", "en", "Dnipro"),
    # a tournament won
    ("Federer won Miami in 2005 and 2006 before claiming his fifth title at Wimbledon.", "en", "Miami"),
    ("Nadal ganó Roma en 2005 y repitió título en Montecarlo.", "es", "Roma"),
    # what an English sentence says the name is
    ("Europe is a Swedish rock band formed in Upplands Väsby in 1979.", "en", "Europe"),
    ("Dallas is an American prime-time television soap opera that aired on CBS.", "en", "Dallas"),
    # a side by a player's appearances, a result line, a round reached or lost, a result's score
    ("He also made one appearance for England.", "en", "England"),
    ("Despite being an England youth international, he is eligible to play for Nigeria.", "en", "Nigeria"),
    ("21 June 2000, Slovenia 0–0 Norway", "en", "Slovenia"),
    ("21 June 2000, Slovenia 0–0 Norway", "en", "Norway"),
    ("*12 June 2003: Italy 2–1 Germany (friendly)", "en", "Germany"),
    ("Argentina advanced to the quarter-final with four wins.", "en", "Argentina"),
    ("However, Germany was eliminated in the quarter-final.", "en", "Germany"),
    ("Россия уступила Испании со счётом 1:3.", "ru", "Испании"),
    ("Україна поступилася Іспанії з рахунком 1:3.", "uk", "Іспанії"),
    ("Norway were eliminated by Italy in the round of 16.", "en", "Italy"),
    ("He was capped 45 times by Scotland and scored against Holland in 1978.", "en", "Scotland"),
    ("He played for Copenhagen in the Danish Superliga.", "en", "Copenhagen"),
    ("Serbia lost 1–0 to Costa Rica in their opening game.", "en", "Serbia"),
    ("Ghana reached the quarter-finals of the 2010 World Cup.", "en", "Ghana"),
    ("India were bowled out for 36 at Adelaide.", "en", "India"),
    ("Германия сенсационно проиграла Южной Корее со счётом 0:2.", "ru", "Германия"),
    ("Парагвай дошёл до четвертьфинала, где уступил Испании.", "ru", "Парагвай"),
    # a dynasty wherever its word stands
    ("Во времена династии Хань в Китае получило распространение конфуцианство.", "ru", "Хань"),
    ("Императоры династии Тан покровительствовали буддизму.", "ru", "Тан"),
    # a Grand Prix's country, a band's name
    ("Гран-при Бразилии проходит на трассе Интерлагос.", "ru", "Бразилии"),
    ("Kansas released their debut album in 1974.", "en", "Kansas"),
    ("Asia's debut album topped the Billboard 200 for nine weeks in 1982.", "en", "Asia"),
    # a natural feature's name that a city has only among its alternate names
    ("Die Partys auf Long Island waren berühmt.", "de", "Long Island"),
    ("He barely manages to escape the studio, falling into the East River as the police arrive.", "en",
     "East River"),
    ("Abel Tasman described the South Island's west coast in 1642.", "en", "South Island"),
    ("Lo sfondo è quello della Monument Valley, tra Utah ed Arizona.", "it", "Monument Valley"),
    # a people or a language named like a place
    ("They lived with the Ojibwe and Ottawa peoples in Canada.", "en", "Ottawa"),
    ("The land was taken from the Iowa tribe's reservation.", "en", "Iowa"),
    # two sides a verb joins with the score or the margin after the second, a passive's score, a
    # cricket side's total, a title won (two outside audits' wire and Wikipedia sentences)
    ("Norway stunned Brazil 4-2 in a friendly in Oslo.", "en", "Norway"),
    ("Norway stunned Brazil 4-2 in a friendly in Oslo.", "en", "Brazil"),
    # (a comma right after the score)
    ("Norway stunned Brazil 4-2, and Dublin protested.", "en", "Brazil"),
    ("South Africa thrashed India 3-0, sealing the series.", "en", "South Africa"),
    # (a qualifying tie's side; "September 20-22" is dates, no score: CoNLL en)
    ("Australia face Croatia in the world group qualifying tie on clay from September 20-22 .", "en", "Croatia"),
    ("Atlanta pounded Colorado 9-2 behind John Smoltz.", "en", "Atlanta"),
    ("Miami lost to New England 27-24 in overtime.", "en", "Miami"),
    ("South Africa thrashed India by 328 runs in Calcutta.", "en", "India"),
    ("England were held 0-0 by Italy in Rome in their World Cup qualifier.", "en", "England"),
    ("England were held 0-0 by Italy in Rome in their World Cup qualifier.", "en", "Italy"),
    ("New Zealand were all out for 198 against Pakistan in Lahore.", "en", "New Zealand"),
    ("Australia were 245 for four at stumps on the first day of the second Test.", "en", "Australia"),
    ("Wasim Akram took four wickets as Pakistan bowled out Zimbabwe for 326.", "en", "Pakistan"),
    ("Wasim Akram took four wickets as Pakistan bowled out Zimbabwe for 326.", "en", "Zimbabwe"),
    ("Sri Lanka won the one-day series in Colombo after beating Zimbabwe.", "en", "Sri Lanka"),
    ("Kansas, the American rock band, announced a reunion tour.", "en", "Kansas"),
    ("Gli inglesi sono stati sconfitti dall'Uruguay nel primo turno del Mondiale.", "it", "Uruguay"),
    ("L'Ungheria fu sconfitta dalla Germania Ovest nella finale di Berna del 1954.", "it", "Ungheria"),
    ("La Grecia ha vinto l'Europeo del 2004 battendo il Portogallo in finale a Lisbona.", "it", "Grecia"),
    ("La Grecia ha vinto l'Europeo del 2004 battendo il Portogallo in finale a Lisbona.", "it", "Portogallo"),
    ("Chile ganó la Copa América en 2015 tras vencer a Argentina en los penaltis.", "es", "Chile"),
    ("Chile ganó la Copa América en 2015 tras vencer a Argentina en los penaltis.", "es", "Argentina"),
    ("Alemania cayó ante Corea del Sur en la fase de grupos del Mundial de 2018.", "es", "Alemania"),
    ("El Granada ascendió a Primera División en 2011 después de treinta y cinco años.", "es", "Granada"),
    ("A seleção portuguesa perdeu com a Grécia no jogo de abertura do Euro 2004.", "pt", "Grécia"),
    ("Die Niederlande schlugen Deutschland im Halbfinale der Europameisterschaft 1988 in Hamburg.", "de",
     "Deutschland"),
    ("Polen verlor im Eröffnungsspiel gegen Ecuador und schied nach der Vorrunde aus.", "de", "Ecuador"),
    ("Köln gewann das rheinische Derby gegen Gladbach durch ein spätes Tor.", "de", "Köln"),
    ("Nürnberg stieg 2008 aus der Bundesliga ab, ein Jahr nach dem Gewinn des DFB-Pokals.", "de", "Nürnberg"),
    ("Polacy wygrali z Senegalem, ale przegrali z Kolumbią i odpadli z turnieju.", "pl", "Kolumbią"),
    ("Kraków przegrał w derbach z Cracovią, a kibice Wisły długo nie mogli pogodzić się z porażką.", "pl",
     "Cracovią"),
    ("W 1974 roku Polska zajęła trzecie miejsce na mistrzostwach świata w Niemczech.", "pl", "Polska"),
    ("Saint-Étienne a remporté dix titres de champion national, un record longtemps inégalé.", "fr",
     "Saint-Étienne"),
    # a battleship's name, a country's too
    ("El acorazado España se hundió en 1937 tras chocar con una mina frente a Santander.", "es", "España"),
    ("La corazzata Roma fu affondata da bombe tedesche nel settembre 1943.", "it", "Roma"),
    ("Pancernik Schleswig-Holstein ostrzelał Westerplatte 1 września 1939 roku.", "pl", "Schleswig-Holstein"),
    # a club's player in a sentence that names a position (CoNLL en validation, gold ORG)
    ("Birmingham 's Gary Breen was selected ahead of Phil Babb in defence , while Ian Harte kept his place .",
     "en", "Birmingham"),
    # a big city's alternate name that a smaller one has as its own; a big city abroad beside a
    # namesake in the text language's country (CoNLL es validation's EFE datelines)
    ("Mieszkał w Petrópolis .", "pl", "Petrópolis"),
    ("Mérida , 23 may ( EFE ) .", "es", "Mérida"),
    # a move's club where the sentence names football (WikiNEuRal pt validation, gold ORG)
    ("Em 2007 se transferiu para o Zaragoza , da Espanha , onde não mostrou bom futebol .", "pt", "Zaragoza"),
])
def test_teams_clubs_eras_skies_and_rivers_named_like_places_are_no_places(world_linker, text, lang, surface):
    start = text.index(surface)
    assert all(e.id is None for e in world_linker.link(text, lang).entities if e.start == start)


@pytest.mark.parametrize("text,lang,surface", [
    # a treaty's, an accord's or a format's place (an audit's, linked at 0.71-0.99)
    ("Kyiv accused Moscow of never implementing the Minsk agreements.", "en", "Minsk"),
    ("تتهم الأمم المتحدة الطرفين بانتهاك اتفاقيات جنيف.", "ar", "جنيف"),
    ("Les accords d'Oslo n'ont jamais débouché sur un État palestinien.", "fr", "Oslo"),
    ("Le pacte de Varsovie a été dissous en 1991.", "fr", "Varsovie"),
    ("Emmanuel Macron souhaite relancer les discussions au format Normandie.", "fr", "Normandie"),
    ("Die Schlussakte von Helsinki wurde 1975 unterzeichnet.", "de", "Helsinki"),
    ("Francia y Alemania quieren reactivar el formato de Normandía.", "es", "Normandía"),
    ("Le convenzioni di Ginevra vietano gli attacchi contro gli ospedali.", "it", "Ginevra"),
    ("Kiev acusa Moscovo de nunca ter cumprido os acordos de Minsk.", "pt", "Minsk"),
    ("Kiev, Moskova'yı Minsk anlaşmalarını uygulamamakla suçladı.", "tr", "Minsk"),
    ("L’ édit de Nantes est daté d' .", "fr", "Nantes"),
    # an illness's or a syndrome's, and a flu's country
    ("The psychologist said the hostage showed signs of Stockholm syndrome.", "en", "Stockholm"),
    ("Le virus du Nil occidental a été détecté chez des chevaux en Camargue.", "fr", "Nil"),
    ("El virus de Wuhan paralizó la economía mundial en 2020.", "es", "Wuhan"),
    ("Вирус Марбург унёс жизни пятнадцати человек в Руанде.", "ru", "Марбург"),
    ("Sözde Wuhan virüsü dünya ekonomisini felç etti.", "tr", "Wuhan"),
    ("Historians compare the pandemic with the Spanish flu of 1918.", "en", "Spanish"),
    ("Most notably , women who get rubella ( German measles ) have a high risk of a stillborn baby .", "en",
     "German"),
    ("La grippe espagnole a fait des dizaines de millions de morts entre 1918 et 1920.", "fr", "espagnole"),
    ("De Spaanse griep kostte wereldwijd tientallen miljoenen mensen het leven.", "nl", "Spaanse"),
    ("Испанский грипп унёс жизни десятков миллионов человек.", "ru", "Испанский"),
    ("İspanyol gribi milyonlarca kişinin ölümüne neden oldu.", "tr", "İspanyol"),
    ("قتلت الإنفلونزا الإسبانية عشرات الملايين من البشر.", "ar", "الإسبانية"),
    # a crude oil's benchmark
    ("Dubai crude, the benchmark for Asian refiners, gained 1.5% overnight.", "en", "Dubai"),
    ("Le brut de Dubaï a gagné 1,5 % sur les marchés asiatiques.", "fr", "Dubaï"),
    ("ارتفع سعر خام دبي إلى 85 دولارا للبرميل.", "ar", "دبي"),
    ("Фьючерсы на нефть марки Брент выросли после решения ОПЕК+.", "ru", "Брент"),
    # a company's or a brand's
    ("Bavaria, the Dutch brewer, raised prices.", "en", "Bavaria"),
    ("Het biermerk Bavaria verhoogt de prijzen.", "nl", "Bavaria"),
    # an Arabic airline's country
    ("أعلنت طيران الإمارات عن طلبية جديدة لطائرات بوينغ.", "ar", "الإمارات"),
    ("ألغت مصر للطيران رحلاتها إلى بيروت.", "ar", "مصر"),
])
def test_treaties_illnesses_benchmarks_and_companies_named_after_places_are_no_places(world_linker, text, lang,
                                                                                     surface):
    assert [e.id for e in overlapping(world_linker, text, lang, surface)] in ([], [None])


@pytest.mark.parametrize("text,lang,surface,entity", [
    # a mark the text writes and a namesake's name lacks is the capital's spelling, and the
    # namesakes' country named beside it backs none of them (an audit's: NIL at 0.25 and 0.27)
    ("Pékin a riposté par des droits de douane sur le soja américain.", "fr", "Pékin", "gn:1816670"),
    ("Pekín respondió con aranceles a la soja estadounidense.", "es", "Pekín", "gn:1816670"),
    # a province's word after the container is its kind (Turkish WikiNER's lines)
    ("Sumbas , Osmaniye ilinin bir ilçesidir .", "tr", "Sumbas", "gn:316223"),
    ("Karslı , Adana ilinin Seyhan ilçesine bağlı bir köydür .", "tr", "Karslı", "gn:7642396"),
])
def test_a_capital_s_spelling_abroad_is_no_namesake_s(world_linker, text, lang, surface, entity):
    assert ids_at(world_linker, text, lang, surface) == [entity]


@pytest.mark.parametrize("text,lang,surface,entity", [
    # the same words where no game, transfer, era or river is meant, no treaty's, illness's or flu's
    ("Envoys met in Minsk to discuss the Minsk agreements.", "en", "Minsk", "gn:625144"),
    ("The Chicago convention nominated Lincoln in 1860.", "en", "Chicago", "gn:4887398"),
    ("A Russian virus attack hit the ministry's servers.", "en", "Russian", "Q159"),
    ("Cresce l'influenza russa in Africa.", "it", "russa", "Q159"),
    ("Договор Москвы с Киевом был подписан в 1997 году.", "ru", "Москвы", "gn:524901"),
    ("Porozumienie z Kijowem podpisano w Warszawie.", "pl", "Kijowem", "gn:703448"),
    ("Le virus a été détecté à Marbourg puis à Francfort.", "fr", "Marbourg", "gn:2873759"),
    ("Firmaron el acuerdo en Madrid el lunes.", "es", "Madrid", "gn:3117735"),
    ("وقع الطرفان الاتفاق في باريس.", "ar", "باريس", "gn:2988507"),
    ("قصف الطيران الإسرائيلي مواقع في لبنان.", "ar", "الإسرائيلي", "Q801"),
    ("Iranian crude exports fell.", "en", "Iranian", "Q794"),
    ("Bavaria, the German state, voted on Sunday.", "en", "Bavaria", "Q980"),
    # (an independent review's: a deal's parties, a company's deal, a headline's compound, a
    # place's flu season, a state's crude, gross product, a new clause's subject, a verb-final
    # clause's object, a company's city after "in", a country's aviation)
    ("وقع اتفاق موسكو وأنقرة في سوتشي.", "ar", "موسكو", "gn:524901"),
    ("L'accordo di Parigi e Berlino è saltato.", "it", "Parigi", "gn:2988507"),
    ("The Gazprom agreement was signed in Vienna.", "en", "Gazprom", "Q102673"),
    ("New York virus deaths rose again on Monday.", "en", "New York", "gn:5128581"),
    ("Japan flu outbreak worsens as hospitals fill.", "en", "Japan", "Q17"),
    ("Texas crude production rose to a record.", "en", "Texas", "Q1439"),
    ("Le produit intérieur brut de Shanghai a progressé de 5 %.", "fr", "Shanghai", "gn:1796236"),
    ("Из-за гриппа Москва закрыла школы.", "ru", "Москва", "gn:524901"),
    ("In Hamburg wird täglich Öl umgeschlagen.", "de", "Hamburg", "gn:2911298"),
    ("In Stuttgart, the German carmaker said, sales fell.", "en", "Stuttgart", "gn:2825297"),
    ("نفذ طيران روسيا غارات على إدلب.", "ar", "روسيا", "Q159"),
    ("Santander, the Spanish bank, raised its dividend.", "en", "Santander", "Q875292"),
    # (one entry of Shell's name, no longer two: an audit's NIL in every language)
    ("Shell a relevé son dividende après des marges de raffinage solides.", "fr", "Shell", "Q154950"),
    ("Wolfsburg, the carmaker's home town, voted.", "en", "Wolfsburg", "gn:2806654"),
    ("La marca España sale reforzada.", "es", "España", "Q29"),
    ("Добыча нефти Ирака выросла.", "ru", "Ирака", "Q796"),
    ("ارتفع سعر النفط الخام في دبي.", "ar", "دبي", "gn:292223"),
    ("Украина выиграла у России дело в Международном суде.", "ru", "России", "Q159"),
    ("Poland were partitioned three times, the guide explained over a cup of tea in Krakow.", "en", "Poland", "Q36"),
    ("Армения уступила Азербайджану Карабах после финала войны 2020 года.", "ru", "Армения", "Q399"),
    ("Le centre de formation des pilotes quitte Toulouse pour Bordeaux en 2025.", "fr", "Toulouse", "gn:2972315"),
    ("Das militärische Aufgebot der Türkei wurde verstärkt.", "de", "Türkei", "Q43"),
    ("Il ministro torna a Roma dopo aver firmato il contratto.", "it", "Roma", "gn:3169070"),
    ("В этот период Москва стала столицей.", "ru", "Москва", "gn:524901"),
    ("охарактеризовал первый эпизод как « лихо закрученную притчу в эпоху Twitter » .", "ru", "Twitter", "Q918"),
    ("À cette époque Paris comptait déjà près d'un million d'habitants.", "fr", "Paris", "gn:2988507"),
    ("Mumbai is the Indian film capital.", "en", "Mumbai", "gn:1275339"),
    ("Money from London flows into the Gulf.", "en", "London", "gn:2643743"),
    ("Talks between Russia and Ukraine resumed in Istanbul.", "en", "Russia", "Q159"),
    ("Spotkanie rozpoczęło się o 9:30 w Warszawie, a Polska uległa presji Niemiec.", "pl", "Polska", "Q36"),
    ("Türkiye, Almanya'ya 2 milyar euro borç ödedi.", "tr", "Almanya", "Q183"),
    ("Milli takım Çekya'yı Hamburg'da 2-1 yendi.", "tr", "Hamburg", "gn:2911298"),
    ("Поставки газа с Украины возобновились после матча.", "ru", "Украины", "Q212"),
    ("خسرت روسيا معركة في أوكرانيا.", "ar", "روسيا", "Q159"),
    ("Le tableau est prêté à Marseille pour une exposition au musée.", "fr", "Marseille", "gn:2995469"),
    ("W 2010 roku przeszedł z Lyonu do Marsylii, gdzie zamieszkał z rodziną.", "pl", "Marsylii", "gn:2995469"),
    ("انتقل الرئيس من القاهرة إلى الإسكندرية لحضور المؤتمر.", "ar", "القاهرة", "gn:360630"),
    ("He flew to Lima on Monday.", "en", "Lima", "gn:3936456"),
    ("Ein großes Aufgebot der Polizei sicherte Berlin.", "de", "Berlin", "gn:2950159"),
    ("La capital era Madrid desde 1561.", "es", "Madrid", "gn:3117735"),
    ("Москва впадает в панику каждый раз.", "ru", "Москва", "gn:524901"),
    ("В Днепре прошёл митинг.", "ru", "Днепре", "gn:709930"),
    ("Przez Opole płynie Odra.", "pl", "Opole", "gn:3090048"),
    ("The bid won Paris the right to host the 2024 Games.", "en", "Paris", "gn:2988507"),
    ("She won London's top prize for architecture.", "en", "London", "gn:2643743"),
    ("Finalement il gagne Londres déguisé en moine.", "fr", "Londres", "gn:2643743"),
    ("Die SPD gewann Hamburg erneut mit deutlichem Vorsprung.", "de", "Hamburg", "gn:2911298"),
    ("Nel 2011 il centrosinistra vinse Milano con Giuliano Pisapia.", "it", "Milano", "gn:3173435"),
    ("Chicago is a city with a famous band scene.", "en", "Chicago", "gn:4887398"),
    ("The Azores are a group of islands in the Atlantic.", "en", "Azores", "Q25263"),
    # (and a Turkish province's word in another case)
    ("Kapadokya bölgesi Nevşehir ilindedir.", "tr", "Nevşehir", "iso:TR-50"),
    # a score beside a place that no result line holds, appearances that are no player's, a stage
    # that is no round's, a town whose own name ends in a feature's word
    ("Trump carried Florida 51-48 Tuesday, the networks said.", "en", "Florida", "Q812"),
    ("Sie blieb in Berlin 2-3 Tage.", "de", "Berlin", "gn:2950159"),
    ("*Venue: Singapore 4–5 November 2011.", "en", "Singapore", "Q334"),
    ("She made a guest appearance for Germany at the song contest.", "en", "Germany", "Q183"),
    ("Musicians will play for Ukraine at a charity concert in Berlin.", "en", "Ukraine", "Q212"),
    ("Ukraine advanced to the next stage of its EU membership talks.", "en", "Ukraine", "Q212"),
    ("She grew up in Rock Hill, South Carolina.", "en", "Rock Hill", "gn:4593142"),
    ("He was born in Grand Island, Nebraska.", "en", "Grand Island", "gn:5069297"),
    ("The storm hit Staten Island overnight.", "en", "Staten Island", "gn:5139568"),
    ("The storm hit the Town of Cutler Bay on Monday.", "en", "Town of Cutler Bay", "gn:6332309"),
    ("He acknowledged that many Hong Kong people had decided to leave.", "en", "Hong Kong", "gn:1819729"),
    ("The Sudanese people will not deal with the regime.", "en", "Sudanese", "Q1049"),
    ("India were bowled out for 36 at Adelaide.", "en", "Adelaide", "gn:2078025"),
    ("Croatia finished third at the 1998 World Cup in France.", "en", "France", "Q142"),
    ("The French troops besieging Turin were defeated by the Austrians near Turin.", "en", "Turin", "gn:3165524"),
    ("Ukraine reached the final stage of talks with the IMF.", "en", "Ukraine", "Q212"),
    ("He recorded the album in Berlin in 1977.", "en", "Berlin", "gn:2950159"),
    ("The orchestra played for Ukraine at a charity gala in Vienna.", "en", "Ukraine", "Q212"),
    ("Israel won 3–1 in the UN vote on the resolution.", "en", "Israel", "Q801"),
    ("Bayern 12–14 Grad, im Norden teils Regen.", "de", "Bayern", "Q980"),
    ("Berlin's latest album sales rose 10 percent, the association said.", "en", "Berlin", "gn:2950159"),
    ("Il vit à Monaco depuis 1996.", "fr", "Monaco", "Q235"),
    ("Столица династии Пекин была перестроена.", "ru", "Пекин", "gn:1816670"),
    ("На турнире в Куала-Лумпуре она дошла до финала.", "ru", "Куала-Лумпуре", "gn:1735161"),
    # (a game's venue before its score)
    ("Спартак выиграл у Динамо в Москве со счётом 2:0.", "ru", "Москве", "gn:524901"),
    ("Шахтар обіграв Динамо в Києві з рахунком 2:0.", "uk", "Києві", "gn:703448"),
    # a score that is a date's, a count's or a vote's; a band's word that is no apposition; a
    # proposal's "schlug ... vor", a lawsuit won, a rise; "all out" that is no cricket's; a bid won
    ("Obama visited Kenya 24-26 July with his family.", "en", "Kenya", "Q114"),
    ("France beat Germany to the contract at talks held March 3-5 in Paris.", "en", "Germany", "Q183"),
    ("Brazil faces Argentina in trade talks on Dec 10-11 in Geneva.", "en", "Argentina", "Q414"),
    ("Paris hosted Berlin 2-3 times a year for trade talks.", "en", "Berlin", "gn:2950159"),
    ("The ambassador travelled from Munich to Berlin 3-4 times a month.", "en", "Berlin", "gn:2950159"),
    ("He moved to Nashville, a city with a band on every corner.", "en", "Nashville", "gn:4644585"),
    ("They played in Chicago, the band's home town.", "en", "Chicago", "gn:4887398"),
    ("Frankreich schlug Deutschland eine neue Regelung vor.", "de", "Deutschland", "Q183"),
    ("Irland gewann den Rechtsstreit gegen Apple.", "de", "Irland", "Q27"),
    ("Die Preise stiegen in Berlin stark auf.", "de", "Berlin", "gn:2950159"),
    ("Russia launched an all out assault against Ukraine.", "en", "Ukraine", "Q212"),
    ("Qatar won the World Cup bid in 2010.", "en", "Qatar", "Q846"),
    ("Paris a remporté l'organisation des Jeux olympiques.", "fr", "Paris", "gn:2988507"),
    ("Polska wygrała spór z Czechami o kopalnię Turów.", "pl", "Czechami", "Q213"),
    ("Kabul cayó ante los talibanes en agosto de 2021.", "es", "Kabul", "gn:1138958"),
    ("I traghetti per la Grecia partono da Bari.", "it", "Grecia", "Q41"),
    # a city that towns of a few thousand people share a name with (an audit's wire sentences)
    ("A court in Frankfurt jailed a former East German border guard for three years.", "en", "Frankfurt",
     "gn:2925533"),
    ("Dublin and London issued a joint statement on the Northern Ireland peace process.", "en", "Dublin",
     "gn:2964574"),
    ("Athens protested to Ankara over the violation of its airspace by Turkish jets.", "en", "Athens", "gn:264371"),
    # ...and a bracketed qualifier names which (an independent review's)
    ("Frankfurt (Oder) liegt an der Grenze zu Polen.", "de", "Frankfurt", "gn:2925535"),
    # a range before what it counts, a verb that is no result's, a points' margin, a passive that is
    # a vote's, a contest, a bid's nod, "schlug ... vor", a price's rise, a market's "in finale di
    # seduta", a genitive after a battleship's word (an independent review's probes of this pass)
    ("Germany sent Ukraine 14-18 Leopard tanks last year.", "en", "Ukraine", "Q212"),
    ("The United States outspends China 3-1 on defence.", "en", "China", "Q148"),
    ("Russia attacked Kyiv 3-4 nights in a row.", "en", "Kyiv", "gn:703448"),
    ("Finland outscored Estonia by 12 points in PISA.", "en", "Estonia", "Q191"),
    ("The Lisbon Treaty was rejected 53-47 by Ireland.", "en", "Ireland", "Q27"),
    ("Sweden edged Finland 583-526 to win Eurovision.", "en", "Finland", "Q33"),
    ("Morocco won the 2030 World Cup co-hosting nod.", "en", "Morocco", "Q1028"),
    ("Ucrania necesita 200-300 tanques para vencer a Rusia.", "es", "Rusia", "Q159"),
    ("Italien schlug der Türkei eine gemeinsame Bewerbung für die EM vor.", "de", "Italien", "Q38"),
    ("In Katar stiegen die Hotelpreise zur WM auf 400 Euro.", "de", "Katar", "Q846"),
    ("Polska zajęła ósme miejsce w półfinale Eurowizji.", "pl", "Polska", "Q36"),
    ("Milano batte Parigi e Francoforte in finale di seduta.", "it", "Parigi", "gn:2988507"),
    ("La Suisse a remporté le titre lors de la finale de l'Eurovision.", "fr", "Suisse", "Q39"),
    ("Das größte Schlachtschiff Japans war die Yamato.", "de", "Japans", "Q17"),
    # a venue before a side's verb; a city in a list that a namesake's context backs; a
    # possessive before a mayor and "defence of"; a big city beside a namesake of its own country
    ("Podczas drugiego konkursu turnieju , 1 stycznia 1975 w Garmisch-Partenkirchen zajął ósme miejsce .", "pl",
     "Garmisch-Partenkirchen", "gn:2922530"),
    ("Featuring mostly original material , the album was recorded in Sydney , Los Angeles , London , and Barcelona .",
     "en", "Sydney", "gn:2147714"),
    ("Paris 's Anne Hidalgo said the city would spend more on defence of its monuments.", "en", "Paris",
     "gn:2988507"),
    ("In Frankfurt besetzten am Samstag 100 Kurden die Büros der Turkish Airlines.", "de", "Frankfurt",
     "gn:2925533"),
    # ...but not after another name and a comma, where the state may be meant (the town unlinked)
    ("Amazon was founded by Jeff Bezos in 1994 in Bellevue, Washington.", "en", "Washington", None),
    ("It was activated on 10 September 1948 at Fort Lewis , Washington .", "en", "Washington", None),
])
def test_places_beside_a_game_s_a_transfer_s_or_an_era_s_words_keep_their_links(world_linker, text, lang, surface,
                                                                                 entity):
    assert ids_at(world_linker, text, lang, surface) == [entity]


# -- the twenty-sixth pass: two outside audits of culture, disasters, events and politics ---------

@pytest.mark.parametrize("text,lang,surface", [
    # a storm's name (an audit's: Kateríni in Greece at 0.91-0.94)
    ("L'uragano Katrina ha colpito New Orleans nell'agosto del 2005.", "it", "Katrina"),
    ("Huragan Katrina zniszczył w 2005 roku dużą część Nowego Orleanu.", "pl", "Katrina"),
    ("Ураган Катрина разрушил Новый Орлеан.", "ru", "Катрина"),
    ("Katrina Kasırgası New Orleans'ı yerle bir etti.", "tr", "Katrina"),
    # an era's or a dynasty's, in the Romance languages and after the name (Tokyo at 0.71)
    ("Le musée présente des trésors de l'époque d'Edo prêtés par Tokyo.", "fr", "Edo"),
    ("La era Meiji transformó Japón.", "es", "Meiji"),
    ("Die Edo-Zeit endete 1868.", "de", "Edo"),
    # a band's, with its country's adjective between (the continent and the state at 0.90-0.92)
    ("La band svedese Europe ha annunciato un concerto all'Alcatraz di Milano.", "it", "Europe"),
    ("La banda británica Texas actuará en el festival Starlite de Marbella en agosto.", "es", "Texas"),
    ("A banda sueca Europe anunciou um concerto no Campo Pequeno, em Lisboa.", "pt", "Europe"),
    # a project's or a process's (Manhattan at 0.85-0.86)
    ("Le projet Manhattan a mobilisé des milliers de scientifiques à Los Alamos.", "fr", "Manhattan"),
    ("El proyecto Manhattan culminó con las bombas lanzadas sobre Hiroshima y Nagasaki en 1945.", "es", "Manhattan"),
    ("Les négociations du processus d'Astana reprendront à Genève.", "fr", "Astana"),
    # a title in quotation marks, two names and a comma (the Texan town and the state)
    ("Wim Wenders a reçu la Palme d'or en 1984 pour « Paris, Texas ».", "fr", "Texas"),
    ("«París, Texas» vuelve a los cines españoles cuarenta años después de su estreno.", "es", "París"),
    ("Wim Wenders'in \"Paris, Texas\" filmi Pera Müzesi'nde gösterilecek.", "tr", "Texas"),
    # an Arabic name after a preposition written apart takes no proclitic (Kerki at 0.975)
    ("وترأس البطريرك الماروني قداسا في بكركي.", "ar", "بكركي"),
    # an Arabic championship's name (the London district at 0.73)
    ("وصلت التونسية أنس جابر إلى نهائي بطولة ويمبلدون.", "ar", "ويمبلدون"),
])
def test_storms_eras_bands_projects_and_titles_named_like_places_are_no_places(world_linker, text, lang, surface):
    assert [e.id for e in overlapping(world_linker, text, lang, surface)] in ([], [None])


@pytest.mark.parametrize("text,lang,surface,entity", [
    # the same words where the place is meant: a storm's word before a new clause's subject, "at
    # the time", a band's place after a preposition, a city's own project, a place and its
    # country in quotation marks, Arabic's proclitics where no preposition stands apart
    ("After the storm Miami reopened its airport.", "en", "Miami", "gn:4164138"),
    ("После урагана Флорида осталась без света.", "ru", "Флорида", "Q812"),
    ("À l'époque Paris comptait un million d'habitants.", "fr", "Paris", "gn:2988507"),
    ("All'epoca Roma era la capitale del regno.", "it", "Roma", "gn:3169070"),
    ("La banda tocó en Madrid el sábado.", "es", "Madrid", "gn:3117735"),
    ("Le projet de Lyon prévoit une nouvelle ligne de tramway.", "fr", "Lyon", "gn:2996944"),
    ("He moved to Paris, Texas, in 1990.", "en", "Texas", "Q1439"),
    ("She said the talks in \"Kyiv, Ukraine\" had stalled.", "en", "Ukraine", "Q212"),
    ("قصفت الطائرات مواقع في بغداد وبيروت.", "ar", "وبيروت", "Q3820"),
    ("غادر الرئيس بلبنان إلى فرنسا.", "ar", "بلبنان", "Q822"),
    ("عاد الرئيس من واشنطن.", "ar", "واشنطن", "gn:4140963"),
    # a Turkish sentence's subject and its comma are no place and its container (Sweden was NIL)
    ("Ankara, İsveç büyükelçisini Dışişleri Bakanlığı'na çağırdı.", "tr", "İsveç", "Q34"),
    # an adjective after Arabic's tournament with the article is its country's (NewsFANE)
    ("الاميركي جيمس بليك حول تاخر ه الى فوز ل يبلغ نهائي البطولة التايلندية ( الفرنسية ) .", "ar", "التايلندية",
     "Q869"),
    ("El terremoto afectó a Los Álamos, en la región del Biobío.", "es", "Los Álamos", "gn:3882460"),
    # an independent review's: a storm's word before a place's own name, an era's through a comma,
    # a person's years in a city, a band's verb, broadband, a clause's subject after a project's
    # word, an address on a sign, praise of heroism, a marked city written without its marks
    ("Of all the hurricanes Florida has weathered, Andrew remains the costliest for Homestead.", "en", "Florida",
     "Q812"),
    ("Через ураган Одеса залишилася без світла.", "uk", "Одеса", "gn:698740"),
    ("À l'époque de Napoléon, Paris comptait 600 000 habitants.", "fr", "Paris", "gn:2988507"),
    ("Durante el periodo de Sevilla, Velázquez pintó sus primeros bodegones.", "es", "Sevilla", "gn:2510911"),
    ("La banda visitó Bogotá el sábado y firmó discos en el centro.", "es", "Bogotá", "gn:3688689"),
    ("Com a banda larga Minas Gerais reduziu a exclusão digital.", "pt", "Minas Gerais", "Q39109"),
    ("Avec ce projet Marseille devient la première ville de France à rendre ses bus gratuits.", "fr", "Marseille",
     "gn:2995469"),
    ("Sul cartello si leggeva soltanto \"Matera, Basilicata\".", "it", "Basilicata", "iso:IT-77"),
    ("أشاد المتحدث ببطولة غزة وصمود أهلها.", "ar", "غزة", "gn:281133"),
    ("Wildfires near Serres forced the evacuation of several villages on Tuesday.", "en", "Serres", "gn:734330"),
])
def test_places_beside_storms_eras_bands_and_projects_words_keep_their_links(world_linker, text, lang, surface,
                                                                             entity):
    assert ids_at(world_linker, text, lang, surface) == [entity]


@pytest.mark.parametrize("text,lang,surface,entity", [
    # a governor's word names the region a city's name shares (an audit's: the city at 0.90)
    ("O governador de São Paulo, Tarcísio de Freitas, visitou Santos.", "pt", "São Paulo", "Q175"),
    ("The governor of New York signed the bill on Monday.", "en", "New York", "Q1384"),
    ("El gobernador de Buenos Aires anunció nuevas medidas.", "es", "Buenos Aires", "iso:AR-B"),
    ("He was appointed governor of Kherson in 2022.", "en", "Kherson", "Q163271"),
    # ...where one is held; a bank's governor names no place
    ("The central bank governor of Nigeria resigned.", "en", "Nigeria", "Q1033"),
])
def test_a_governor_s_word_names_the_region_named_like_the_city(world_linker, text, lang, surface, entity):
    assert ids_at(world_linker, text, lang, surface) == [entity]


@pytest.mark.parametrize("text,lang", [
    # a bishop's see is the city, not a region named like it (an audit's and WikiNEuRal's: New
    # Zealand's Canterbury at 0.90)
    ("Pope Francis met the Archbishop of Canterbury at the Vatican on Thursday.", "en"),
    ("** 30 March - Thomas Cranmer becomes Archbishop of Canterbury .", "en"),
    ("Im Jahr 1583 ernannte ihn Elisabeth I. zum Erzbischof von Canterbury .", "de"),
])
def test_a_bishop_s_see_is_the_city(world_linker, text, lang):
    assert [e.id for e in world_linker.link(text, lang).entities if e.text == "Canterbury"] == ["gn:2653877"]


# -- the twenty-seventh pass: WikiNEuRal's eponyms and eras, two outside audits of things named
# after places and of people, prizes and buildings --------------------------------------------

@pytest.mark.parametrize("text,lang,surface", [
    # an era's word in the instrumental (WikiNEuRal ru: Tokyo at 0.70)
    ("Время существования этого последнего самурайского правительства называют периодом Эдо ( 1603 - 1867 ) .",
     "ru", "Эдо"),
    # a scientist's notation or force (WikiNEuRal en: the Arkansas city at 0.70, London at 0.90)
    ("In Conway polyhedron notation it can be seen as gT , a gyro tetrahedron .", "en", "Conway"),
    ("The London dispersion force is the weakest intermolecular force.", "en", "London"),
    # a geological period and a river after a Dutch article (an audit's: Perm at 0.88; WikiNEuRal
    # nl's Leie, linked to Leiden)
    ("De rotsen dateren uit het Perm.", "nl", "Perm"),
    ("Ten noorden van het dorp stroomt de Leie.", "nl", "Leie"),
    # a hat or shorts named after a place (an audit's: the country and the territory at 0.95-0.97)
    ("Thousands of Panama hats are exported each year from Ecuador.", "en", "Panama"),
    ("He wore Bermuda shorts and Oxford shoes.", "en", "Bermuda"),
    # a person's first name after their full name (an audit's: the city at 0.88)
    ("Paris Hilton opened a nightclub in Ibiza, and Paris said she would DJ there every week.", "en",
     "Paris said"),
    # a club's word in guillemets (an audit's: the city at 0.71)
    ("«Динамо» Київ обіграло «Шахтар» у класичному.", "uk", "Київ"),
    # an Arabic conference's and festival's city (an audit's: Munich and Berlin at 0.79-0.88)
    ("انتهى مؤتمر ميونخ للأمن دون بيان مشترك.", "ar", "ميونخ"),
    ("حصل الفيلم على جائزة الدب الذهبي في مهرجان برلين.", "ar", "برلين"),
])
def test_eponyms_eras_garments_first_names_clubs_and_events_are_no_places(world_linker, text, lang, surface):
    assert [e.id for e in overlapping(world_linker, text, lang, surface)] in ([], [None])


@pytest.mark.parametrize("text,lang,surface,entity", [
    # a demonstrative's instrumental, a place after a preposition, a container after a comma, a
    # Dutch name with its capitalized article, the venue beside a club, a press conference's
    # city, the country a hat comes from
    ("Этим периодом Москва гордится до сих пор.", "ru", "Москва", "gn:524901"),
    ("Paris Hilton flew to Paris on Monday.", "en", "Paris on", "gn:2988507"),
    ("Sydney Sweeney was born in Spokane. Sydney, Australia, hosted the premiere.", "en", "Sydney,", "gn:2147714"),
    ("У Києві «Динамо» Київ обіграло «Шахтар».", "uk", "Києві", "gn:703448"),
    ("عقد مؤتمر صحفي في ميونخ.", "ar", "ميونخ", "gn:2867714"),
    ("Thousands of Panama hats are exported each year from Ecuador.", "en", "Ecuador", "Q736"),
    # an independent review's: a city's own name after an era's word, a verb between a city and a
    # force's word, a hat trick, a preposition before a hat, a Dutch city of a time, a stadium's
    # and a station's name before a city, a first name not before a verb of saying
    ("Восьмидесятые называют эпохой Токио, когда японская столица была центром мировой экономики.", "ru", "Токио",
     "gn:1850147"),
    ("Low winds over Delhi hinder dispersion of the smog, officials said.", "en", "Delhi", "gn:1273294"),
    ("Cristiano Ronaldo scored a Portugal hat trick against Spain at the World Cup.", "en", "Portugal", "Q45"),
    ("In Texas hats are part of everyday dress, not a costume.", "en", "Texas", "Q1439"),
    ("Het boek beschrijft het Parijs uit de jaren twintig.", "nl", "Parijs", "gn:2988507"),
    ("На стадионе «Динамо» Москва примет финал Кубка России.", "ru", "Москва", "gn:524901"),
    ("Станцию «Спартак» Москва открыла в 2014 году.", "ru", "Москва", "gn:524901"),
    ("Paris Hilton attended a gala hosted by the mayor of Paris.", "en", "Paris.", "gn:2988507"),
    ("Virginia Woolf's letters were auctioned in Richmond, and Virginia's governor attended the sale.", "en",
     "Virginia's", "Q1370"),
    # a second independent review's: a city that speaks, a verb after a city, a country before a
    # hat that is no garment's, a plant's name before a city
    ("Paris Hilton attended a charity gala. Paris said it would ban rental e-scooters.", "en", "Paris said",
     "gn:2988507"),
    ("Researchers in Geneva conjecture that the particle is stable.", "en", "Geneva", "gn:2660646"),
    ("Ecuador hats are wrongly called Panama hats by tourists.", "en", "Ecuador", "Q736"),
    ("Завод «Торпедо» Москва продала девелоперу.", "ru", "Москва", "gn:524901"),
])
def test_places_beside_eras_first_names_clubs_and_events_keep_their_links(world_linker, text, lang, surface,
                                                                          entity):
    assert ids_at(world_linker, text, lang, surface) == [entity]


@pytest.mark.parametrize("text,lang,surface,entity", [
    # a US city's state beside it places it (CoNLL en: Camden, New Jersey for "Camden , Arkansas",
    # while every parentless US city lay in every state; an independent review's Dublin, Ohio)
    ("A black church near Camden , Arkansas , about 100 miles south of Little Rock , burned .", "en", "Camden",
     "gn:4104182"),
    ("A tornado hit Dublin, Ohio, damaging the headquarters of Wendy's.", "en", "Dublin", "gn:5152333"),
    # ...but two cities of one country or a city and a state are no coin toss, a city's state
    # places no town beside it ("Atlanta" names no Berlin, Georgia), and a state elsewhere in the
    # text no city of its own (an independent review's: Odessa, Texas, Florence, Arizona)
    ("She became a star in Hollywood.", "en", "Hollywood", "gn:5357527"),
    ("It could upset Wall Street 's expectations that Washington will balance the budget .", "en", "Washington",
     "gn:4140963"),
    ("American Dennis Mitchell won in Atlanta before racing at the Berlin grand prix meeting .", "en", "Berlin",
     "gn:2950159"),
    ("Texas oil executives pledged aid to Odessa after Russian drones struck the Ukrainian port.", "en", "Odessa",
     "gn:698740"),
    ("Arizona Senator Mark Kelly toured the Uffizi Gallery in Florence.", "en", "Florence", None),
    ("Ohio tourists visited Toledo's medieval cathedral and its sword workshops.", "en", "Toledo", None),
])
def test_a_us_city_s_state_beside_it_places_it(world_linker, text, lang, surface, entity):
    assert ids_at(world_linker, text, lang, surface) == [entity]
