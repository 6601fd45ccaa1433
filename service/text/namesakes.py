"""What the words beside a place's name say it names instead of the place: a river by its bank
or its verb, a sea, a street or a square, a facility, a ship, a film or a song, a band, a
newspaper or an airline, a company or a product, an era or a dynasty, a constellation, a people
or a language, a treaty, an illness, a flu, a crude's grade, a saint, a person or a namesake, a
tournament won, an ancient state that shares a country's name.

Each reader takes a mention, its text and the text's language and says whether (or what); the
linker (service/linker.py) decides which of the name's entities give way. The word lists are
per language, and each comment says which sentences set it and which it must leave alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from .morphology import base_forms, is_adjective
from .sports import sentence
from .words import COORDINATORS, INDEFINITE, NAMES_GO_ON, POSSESSIVE_AFTER, WORD, word_after, word_before

if TYPE_CHECKING:
    from ..domain import Mention
    from ..gazetteer import EntityRecord


# Words for a river, lake or sea beside a name (before it, or after it as Turkish and English
# put them): "річки Дніпро", "реки Дон", "rzeki Wisły", "نهر الأردن", "Fırat nehri" name the
# water, which the gazetteer does not hold, not the city (Dnipro) or country (Jordan) so named.
WATER_WORDS = {lang: frozenset(words.split()) for lang, words in {
    "en": "river lake sea", "fr": "fleuve rivière lac mer", "de": "fluss see meer", "es": "río lago mar",
    "it": "fiume lago mare", "pt": "rio lago mar", "nl": "rivier meer zee", "pl": "rzeka jezioro morze",
    "ru": "река озеро море", "uk": "річка ріка озеро море", "tr": "nehir nehri ırmak ırmağı göl gölü deniz denizi",
    "ar": "نهر بحيرة بحر",
}.items()}
# ...and a river's bank before its name, with the language's "of" between: "on the left bank of
# the Dnipro", "на левом берегу Днепра", "правий берег Дніпра", "la rive gauche du Dniepr", "am
# Ufer des Dnipro" (an independent audit: the city, the river meant). Before only: "a Frankfurt
# bank" is the city's.
# Where the language has articles, only with the one a river takes: "la rive gauche de Paris", "the
# banks of Cyprus", "the shores of Libya" are the city's, the country's (an independent review's);
# Slavic languages' singular only ("у берегов Ливии", "u brzegów Libii" are coasts), and there a
# city's name only (`link_mentions`). "На левом берегу Киева" still loses Kyiv, the rarer case.
_BANK_BEFORE = {lang: regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")(?:[ \t]+|(?<=['’]))$", regex.IGNORECASE)
                for lang, words in {
    "en": r"(?:banks?|shores?)[ \t]+of[ \t]+the",
    "fr": r"(?:rives?|berges?)(?:[ \t]+(?:gauche|droite|nord|sud|est|ouest))?[ \t]+"
          r"(?:de[ \t]+la|du|des|de[ \t]+l['’])",
    "es": r"(?:orillas?|riberas?|márgen(?:es)?|margen)(?:[ \t]+(?:izquierda|derecha|norte|sur|este|oeste))?"
          r"[ \t]+(?:del|de[ \t]+la)",
    "it": r"(?:riva|rive|sponda|sponde)(?:[ \t]+(?:sinistra|destra|nord|sud|est|ovest))?[ \t]+"
          r"(?:del|della|dello|dell['’])",
    "pt": r"(?:margem|margens)(?:[ \t]+(?:esquerda|direita|norte|sul|leste|oeste))?[ \t]+(?:do|da)",
    "nl": r"(?:linker|rechter)?oevers?[ \t]+van[ \t]+de", "de": r"\p{L}*ufer[ \t]+(?:des|der)",
    "pl": r"brzeg(?:u|iem)?", "ru": r"берег(?:а|у|ом|е)?", "uk": r"берег(?:а|у|ом)?|березі",
}.items()}
# ...or a river's verb after the name, with where the river goes: "Днепр впадает в Чёрное море",
# "Дніпро тече через Київ", "Der Rhein fließt durch Köln" (an audit's; GeoNames has the city
# Dnipro, not the river). Not a verb a city takes too ("rises", "nace", "corre"), nor one without
# its river's complement ("Paris se jette dans la bataille", "Москва впадает в панику", "Roma
# scorre lenta", "Warszawa płynie z prądem", an independent review's). English writes a river
# with "the", which `names_water_or_event` reads.
_WATER = (r"(?:\p{L}+[ \t]+)?(?:(?-i:\p{Lu})|море|озеро|реку|залив|лиман|водохранилище|морз|jezior|rzek|zatok"
          r"|річку|затоку|водосховище)")
_RIVER_VERB_AFTER = {lang: regex.compile(r"[ \t]+(?:" + words + r")", regex.IGNORECASE) for lang, words in {
    "en": r"flows[ \t]+(?:into|through|past|along|across|(?:south|north|east|west)(?:ward)?)(?![\p{L}\p{M}])",
    "fr": r"se[ \t]+jette[ \t]+dans[ \t]+(?:la|le|l['’]|les)[ \t]*(?:mer|océan|lac|(?-i:\p{Lu}))"
          r"|prend[ \t]+sa[ \t]+source",
    "es": r"(?:fluye|discurre)[ \t]+(?:por|hacia|a[ \t]+través)|desemboca[ \t]+en",
    "it": r"(?:scorre|sfocia)[ \t]+(?:(?:attraverso|lungo|nel|nella|in)(?![\p{L}\p{M}])|nell['’])",
    "pt": r"des[aá]gua[ \t]+(?:no|na|em)",
    "de": r"fließt[ \t]+(?:durch|entlang|vorbei)|mündet[ \t]+(?:in|bei)|entspringt[ \t]+(?:in|im|am|bei)",
    "nl": r"stroomt[ \t]+(?:door|langs)|ontspringt[ \t]+(?:in|bij)|mondt[ \t]+uit",
    "pl": r"(?:płynie|przepływa)[ \t]+(?:przez|wzdłuż|obok)|wpada[ \t]+do[ \t]+" + _WATER,
    "ru": r"(?:течёт|течет|протекает)[ \t]+(?:через|по|вдоль|мимо)|впадает[ \t]+в[ \t]+" + _WATER,
    "uk": r"(?:тече|протікає)[ \t]+(?:через|по|вздовж|повз)|впадає[ \t]+(?:в|у)[ \t]+" + _WATER}.items()}
# ...where the name opens its clause: not after "from" or a noun whose genitive it is ("Geld aus
# München fließt durch", "Жизнь Москвы протекает по", "Przez Opole płynie Odra")
_CLAUSE_OPENS = regex.compile(r"(?:^|[.!?:;,«\"(]|(?<![\p{L}\p{M}])(?:the|and|und|et|y|e|en|i|и|і|й|та|der|die|das|le"
                              r"|la|les|l['’]|el|il|lo|o|het))[ \t]*$", regex.IGNORECASE)
# A sea's name holds its word, in any of its forms (a region may be named after a sea).
_SEA_WORDS = frozenset("sea mer meer mar mare zee morze morza morzu morzem море моря морі морю морем deniz denizi "
                       "بحر البحر".split())
# Russian and Ukrainian put the names of organizations, venues, ships and products in
# guillemets and never a place's: "бар «Даллас»" is a bar (linked to Dallas at 0.71), «Монако»
# in a match report the club, and so is one after a place's adjective in lower case inside them
# ("в составе « владикавказской Алании »"; not a noun's, "«денацификацию Украины»", nor a country's:
# "«нацистской Украины»", "«європейську Україну»" quote words about the country).
GUILLEMET_NAME_LANGS = frozenset({"ru", "uk"})
# (a window and a match at the mention's edges, not a copy of the text before and after each one)
_GUILLEMET_BEFORE = regex.compile(r"«\s*$")
_GUILLEMET_AFTER = regex.compile(r"\s*»")
_GUILLEMET_ADJECTIVE = regex.compile(r"«\s*\p{Ll}[\p{L}-]*(?:ск|цк|зк|ськ|цьк|зьк)(?:ая|ой|ую|ий|ый|ого|ому|им|ым|ом"
                                     r"|ое|а|ої|у|ою|ій|ім|е)\s+$")
# ...and words for a military unit: "the Azov regiment", "полку Азов" name the unit, not the
# city. Not after an adjective: "Irish regiments" are Ireland's.
UNIT_WORDS = {lang: frozenset(words.split()) for lang, words in {
    "en": "regiment regiments battalion battalions brigade brigades", "fr": "régiment bataillon brigade",
    "de": "regiment bataillon brigade",
    "es": "regimiento batallón brigada", "it": "reggimento battaglione brigata", "pt": "regimento batalhão brigada",
    "nl": "regiment bataljon brigade", "pl": "pułk batalion brygada", "ru": "полк батальон бригада",
    "uk": "полк батальйон бригада", "tr": "alay alayı tabur taburu tugay tugayı",
    # كتائب and سرايا are the plurals in armed groups' names: كتائب حزب الله is not Hezbollah
    "ar": "كتيبة كتائب سرايا فوج",  # not لواء, which is a district too (لواء إسكندرون)
}.items()}
# ...and words for a facility after a place's name: "the Zaporizhzhia nuclear plant", "the Mosul
# dam", "Sochi airport" name the plant, dam or airport (which the gazetteer does not hold), not
# the city. "A Texas refinery" is one in Texas, and "the Iran nuclear deal" Iran's: after "a"
# or for a country the place stands. On the first 3,000 validation sentences of WikiNEuRal
# en/es/it/ru and CoNLL en it took four LOC-gold links to NIL: CoNLL's "Belgrade airport"
# three times and a "Berlin stadium".
_FACILITY_WORDS = {lang: frozenset(words.split()) for lang, words in {
    "en": "airport dam refinery prison jail nuclear stadium airbase",
    "tr": "havalimanı havaalanı barajı rafinerisi cezaevi nükleer stadı stadyumu",
}.items()}
# ...and words for a newspaper, channel or agency before its name ("صحيفة الشرق الأوسط" is the
# paper Asharq Al-Awsat, linked to the Middle East at 0.96; "le quotidien Le Monde", "газета
# «Известия»"), or after it in Turkish ("Sabah gazetesi"): the medium, not the place. Arabic's
# airlines too: "طيران الإمارات" (Emirates), "مصر للطيران" (EgyptAir), linked to the UAE and Egypt at
# 0.96 and 0.98 (an audit's), the first only before a name with the article: "طيران روسيا" is
# Russia's aviation (`names_medium`), as "الطيران الإسرائيلي" is Israel's.
_MEDIUM_WORDS = {lang: frozenset(words.split()) for lang, words in {
    "en": "newspaper daily broadcaster", "fr": "journal quotidien hebdomadaire chaîne agence",
    "de": "zeitung tageszeitung sender nachrichtenagentur", "es": "diario periódico cadena agencia",
    "it": "quotidiano giornale emittente agenzia", "pt": "jornal diário emissora agência",
    "nl": "krant dagblad zender persbureau", "pl": "dziennik dziennika gazeta gazety telewizja agencja agencji",
    "ru": "газета газеты газете газету телеканал телеканала агентство агентства",
    "uk": "газета газети газеті газету телеканал телеканалу агентство агентства",
    # (and a broadcaster's "تلفزيون": "بث تلفزيون لبنان مقابلة", Télé Liban, an audit's)
    "ar": "صحيفة جريدة قناة وكالة مجلة إذاعة تلفزيون طيران",
}.items()}
_MEDIUM_WORDS_AFTER = {"tr": frozenset("gazetesi gazetesinin gazetesine gazetesinde gazetesinden".split()),
                       "ar": frozenset({"للطيران"})}
# ...and words for a ship before its name, or after it in Turkish: "the cruiser Moskva", "Okręt
# Kursk", "the aircraft carrier Enterprise" name the ship, not Moscow, Kursk or the car-rental
# firm (CoNLL tags ships MISC). A country's name stays: "the tanker Iran seized" is the country,
# and ships named after one (the ferry Estonia) are rarer.
_VESSEL_BEFORE_WORDS = {
    "en": r"aircraft\s+carriers?|warships?|flagships?|frigates?|destroyers?|cruisers?|submarines?|tankers?|"
          r"freighters?|vessels?|ferry|ferries|icebreakers?|corvettes?|battleships?|trawlers?|yachts?|"
          r"(?:the|cruise|cargo|container|research|hospital|navy|naval)\s+ships?",
    "fr": r"porte-avions|frégates?|destroyers?|croiseurs?|sous-marins?|pétroliers?|navires?(?:\s+amiral)?|"
          r"paquebots?|cargos?|ferry|brise-glace|corvettes?|cuirassés?",
    "de": r"flugzeugträgers?|fregatten?|zerstörers?|kreuzers?|u-boots?|(?:öl)?tankers?|frachters?|"
          r"(?:kriegs|flagg|kreuzfahrt|fracht|forschungs|schlacht|linien)?schiff(?:s|es|e|en)?|fähren?|eisbrechers?|"
          r"korvetten?|panzerkreuzers?",
    "es": r"portaaviones|fragatas?|destructor(?:es)?|cruceros?|submarinos?|petroleros?|buques?(?:\s+insignia)?|"
          r"barcos?|navío|ferri|ferry|rompehielos|corbetas?|cargueros?|acorazados?",
    "it": r"portaerei|fregat[ae]|cacciatorpediniere|incrociator[ei]|sottomarin[oi]|petrolier[ae]|"
          r"nav[ei](?:\s+ammiraglia)?|traghett[oi]|rompighiaccio|corvett[ae]|mercantile|corazzat[ae]",
    "pt": r"porta-aviões|fragatas?|destróier|contratorpedeiro|cruzador(?:es)?|submarinos?|petroleiros?|"
          r"navios?(?:\s+almirante)?|balsa|ferry|quebra-gelo|corvetas?|cargueiros?|couraçados?",
    "nl": r"vliegdekschip|fregat|torpedobootjager|kruiser|onderzeeër|onderzeeboot|(?:olie)?tanker|"
          r"(?:marine|vracht|oorlogs|vlag|slag)?schip|veerboot|ijsbreker|korvet",
    "pl": r"lotniskow(?:iec|ca|cu|cem|cowi)|fregat(?:a|y|ę|ą|zie)|niszczyciel(?:a|u|em|owi)?|"
          r"krążownik(?:a|u|iem|owi)?|okręt(?:u|em|owi|cie)?(?:\s+podwodn\p{L}+)?|łod(?:zi|ź)\s+podwodn\p{L}+|"
          r"tankow(?:iec|ca|cu|cem)|stat(?:ek|ku|kiem|kowi)|prom(?:u|em|ie|owi)?|lodołamacz(?:a|u|em)?|"
          r"korwet(?:a|y|ę|ą|cie)|pancernik(?:a|u|iem|owi)?",
    "ru": r"авианос(?:ец|ца|це|цу|цем)|фрегат(?:а|е|у|ом)?|эсмин(?:ец|ца|це|цу|цем)|крейсер(?:а|е|у|ом)?|"
          r"подлодк(?:а|и|е|у|ой)|подводн\p{L}+\s+лодк\p{L}+|танкер(?:а|е|у|ом)?|судн(?:о|а|е|у|ом)|"
          r"корабл(?:ь|я|е|ю|ём|ем)|паром(?:а|е|у|ом)?|ледокол(?:а|е|у|ом)?|корвет(?:а|е|у|ом)?|"
          r"флагман(?:а|е|у|ом)?|сухогруз(?:а|е|у|ом)?|линкор(?:а|е|у|ом)?|броненос(?:ец|ца|це|цу|цем)",
    "uk": r"авіанос(?:ець|ця|ці|цю|цем)|фрегат(?:а|і|у|ом)?|есмін(?:ець|ця|ці|цю|цем)|крейсер(?:а|і|у|ом)?|"
          r"підводн\p{L}+\s+чов(?:ен|на|ні|ну|ном)|танкер(?:а|і|у|ом)?|судн(?:о|а|і|у|ом)|"
          r"корабл(?:ь|я|і|ю|ем)|пором(?:а|і|у|ом)?|криголам(?:а|і|у|ом)?|корвет(?:а|і|у|ом)?|"
          r"флагман(?:а|і|у|ом)?|суховантаж(?:а|і|у|ем)?|лінкор(?:а|і|у|ом)?|броненос(?:ець|ця|ці|цю|цем)",
    # with the article: without it the name after the noun is its owner ("سفينة روسيا", Russia's ship)
    "ar": r"[وفبلك]?(?:حاملة\s+الطائرات|ناقلة\s+النفط|كاسحة\s+الجليد|ال(?:فرقاطة|مدمرة|طراد|غواصة|ناقلة|سفينة))",
}
# ...and a battleship's class word names its ship even before a country's name in the Romance
# languages, which write no owner or route after it without "de": "El acorazado España se hundió",
# "La corazzata Roma" (an audit's, linked to Spain and Rome). Not in English ("the largest
# battleship Japan ever built") nor where a genitive follows ("das größte Schlachtschiff Japans",
# "Pancernik Japonii zatonął"): an independent review's.
BATTLESHIP_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:acorazad[oa]s?|corazzat[ae]|cuirassés?|couraçados?)"
                                   r"\s*[«\"“„'‘]?\s*$", regex.IGNORECASE)
_VESSEL_WORDS_AFTER = {"tr": "gemisi gemisinin gemisine gemisinde gemisinden kruvazörü kruvazörünün kruvazörüne "
                             "fırkateyni fırkateyninin denizaltısı denizaltısının tankeri tankerinin muhribi "
                             "muhribinin feribotu feribotunun"}
# ...and words for a film, song, album or show: "the 2002 film "Chicago"", "der Film Madagascar",
# "фильм Москва слезам не верит" name the work. Not "series" alone in English ("a series Boston
# won" is its team), nor a novel's word, which is a first name too (Roman, Роман).
_WORK_BEFORE_WORDS = {
    "en": r"films?|movies?|albums?|songs?|documentar(?:y|ies)|sitcoms?|musicals?|operas?|miniseries|"
          r"(?:TV|television|web)\s+series",
    "fr": r"films?|albums?|chansons?|documentaires?|séries?|feuilletons?|opéras?|téléfilms?",
    "de": r"films?|filme|filmen|albums?|lied(?:es)?|songs?|dokumentarfilms?|(?:fernseh)?serie|oper|musicals?",
    "es": r"películas?|filmes?|álbum(?:es)?|canci(?:ón|ones)|documentales?|series?|telenovelas?|óperas?|musicales?",
    "it": r"film|album|canzon[ei]|documentari[oi]|serie|musical|brani?",
    "pt": r"filmes?|álbu(?:m|ns)|canç(?:ão|ões)|documentários?|séries?|novelas?|óperas?|musicais|musical",
    "nl": r"films?|album|albums|lied|documentaire|serie|opera|musical",
    "pl": r"film(?:u|ie|em|y)?|album(?:u|ie|em)?|piosenk(?:a|i|ę|ą|ce)|serial(?:u|em)?|oper(?:a|y|ze|ę|ą)",
    "ru": r"фильм(?:а|е|у|ом)?|альбом(?:а|е|у|ом)?|песн(?:я|и|е|ю|ей)|сериал(?:а|е|у|ом)?|опер(?:а|ы|е|у|ой)|"
          r"мюзикл(?:а|е|у|ом)?",
    "uk": r"фільм(?:у|і|ом)?|альбом(?:у|і|ом)?|пісн(?:я|і|ю|ею)|серіал(?:у|і|ом)?|опер(?:а|и|і|у|ою)|"
          r"мюзикл(?:у|і|ом)?",
    "ar": r"[وفبلك]?ال(?:فيلم|ألبوم|أغنية|مسلسل|أوبرا)",
}
_WORK_WORDS_AFTER = {"tr": "filmi filminin filmine filminde filminden albümü albümünün şarkısı şarkısının dizisi "
                           "dizisinin operası"}
# ...and a band's: "The rock band Chicago", "the Swedish band Europe" (an independent audit's,
# linked to the city and the continent)
# (not "groupe", "grupo", "gruppo": "le groupe Renault", "el grupo Santander" are companies). In
# Italian, Spanish and Portuguese an adjective may follow the word: "La band svedese Europe", "La
# banda británica Texas" (an audit's, the continent and the state at 0.90-0.92): a country's
# adjective by its ending, not a verb ("La banda visitó Bogotá", "La band conquista Verona") nor
# broadband ("Com a banda larga Minas Gerais": an independent review's).
_ROCK = r"(?:rock|pop|punk|metal|folk)[ -]"
_BAND_ADJECTIVE = (r"(?:[ \t]+(?!(?:larga|ancha|larghe)[ \t])(?-i:\p{Ll})\p{Ll}*"
                   r"(?:es[ae]|és|ês|ic[ao]|an[ao]|in[ao]|ol[ao]?|e[cg][ao]|eir[ao]|eñ[ao]|ense|[cg][ao]|ã))?")
_BAND_BEFORE_WORDS = {"en": r"bands?|" + _ROCK + "groups?", "fr": r"groupes?[ \t]+de[ \t]+(?:rock|pop|punk|métal)",
                      "de": r"band|rockband|popband",
                      "es": r"banda" + _BAND_ADJECTIVE + r"|grupo[ \t]+de[ \t]+(?:rock|pop|punk)",
                      "it": r"band" + _BAND_ADJECTIVE + r"|gruppo[ \t]+(?:rock|pop|punk|metal)",
                      "pt": r"banda" + _BAND_ADJECTIVE, "nl": r"band|popgroep",
                      "pl": r"zesp(?:ół|ołu|ole|ołem)", "ru": r"рок-групп\w*", "uk": r"гурт(?:у|і|ом)?|рок-гурт\w*"}
# ...or, in English, its records after the name: "Kansas released their debut album", "Texas
# released the album White on Blonde", "Chicago's second album", "Asia's debut album topped the
# Billboard 200" (an audit's, all linked to the places). A place has no album ("Berlin's latest
# album sales" are its market's).
_RECORDS = r"(?:albums?|singles?|EPs?|LPs?)(?![\p{L}\p{M}]|[ \t]+(?:sales|charts?|markets?|industry))"
_BAND_AFTER = {"en": regex.compile(
    r"['’]s[ \t]+(?:(?:debut|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|latest|next|final"
    r"|last|self-titled|studio|live|greatest|eponymous)[ \t]+)+" + _RECORDS
    + r"|[ \t]+(?:released|recorded|issued)[ \t]+(?:their|its|the|a|an)[ \t]+(?:\S+[ \t]+){0,3}?" + _RECORDS
    # (or its kind in apposition: "Kansas, the American rock band, announced a reunion tour", an audit's)
    + r"|[ \t]*,[ \t]+(?:the|an?)[ \t]+"
      r"(?:(?!(?:with|of|in|on|for|and|from|by|at|the|an?)[ \t])[\p{L}\p{M}-]+[ \t]+){0,3}?"
      r"(?:band|(?:rock|pop|punk|metal)[ \t]+group|duo|trio|quartet|quintet)(?![\p{L}\p{M}'’])")}
# ...and a company's or a brand's: "Bavaria, the Dutch brewer", "het biermerk Bavaria" (two
# audits', linked to the German state at 0.96-0.97), "la marque Bavaria". Only its place goes: a
# company the gazetteer holds under the name stays ("Santander, the Spanish bank"). English's
# apposition names its kind ("the Dutch brewer"), and not after a preposition ("in Stuttgart, the
# German carmaker said"); a Romance brand's word takes its article ("A decisão marca Brasília").
COMPANY = "a company or a brand"
_COMPANY_BEFORE_WORDS = {
    "fr": r"la[ \t]+marque|brasseur|brasserie", "de": r"brauerei|biermarke|marke",
    "es": r"la[ \t]+marca|cervecera", "it": r"il[ \t]+marchio|birrificio", "pt": r"a[ \t]+marca|cervejaria",
    "nl": r"biermerk|bierbrouwer|brouwerij|merk", "pl": r"mark(?:a|i|ę|ą)|browar(?:u|em)?",
    "ru": r"бренд(?:а|у|ом|е)?|пивоварн\w*", "uk": r"бренд(?:у|ом|і)?|пивоварн\w*",
}
_PLACE_PREPOSITIONS = frozenset("in at from near to of for on into outside across".split())
_COMPANY_AFTER = {"en": regex.compile(
    r"[ \t]*,[ \t]+the[ \t]+(?:(?!(?:with|of|in|on|for|and|from|by|at|the|an?)[ \t])[\p{L}\p{M}-]+[ \t]+){1,3}?"
    r"(?:brewer|brewery|carmaker|automaker|airline|bank|lender|insurer|retailer|company|firm|conglomerate"
    r"|manufacturer|maker|operator|brand|group)[ \t]*[,.;)]")}
# ...and an era's, a dynasty's or an empire's: "период Эдо", "Империя Хань", "Dynastia Piastów",
# "the Edo period" (an audit's, linked to Tokyo, Haan and the town Piastów). Only where the word
# opens its phrase: at a sentence's start or after a preposition, not after a demonstrative, an
# adjective or a capital's word ("В этот период Москва", "В советский период Киев", "Столица
# империи Санкт-Петербург", an independent review's). Not in the Romance languages, German or
# Dutch, whose era words open time phrases as often ("À cette époque Paris", "En aquella época
# Madrid", "In quel periodo Milano") and whose eras the model mostly leaves unlinked already. A
# dynasty's or a shogunate's word names one wherever it stands ("во времена династии Хань",
# "Императоры династии Тан", "Сёгунат Асикага": an audit's, linked to Haan, Tân An and Ashikaga),
# but after a capital's word ("Столица династии Пекин"). So does an era's word in the instrumental,
# which a naming verb or a preposition governs ("называют периодом Эдо", "перед эпохой Мэйдзи":
# WikiNEuRal ru, Tokyo at 0.70), but after a demonstrative's or an adjective's ending ("Этим
# периодом Москва гордится"), and only for a place the name merely resembles, an old name's
# (`ERA_BY_OLD_NAME`): "называют эпохой Токио" is the city's (an independent review's).
# A capital's word, as its stem (`_URBAN_OR_CAPITAL` reads it too).
CAPITAL_STEMS = r"столиц|stolic|siedzib"
_ERA_LEAD = {"ru": r"в|во|с|со|до|после|при|от|к|у|за|для|и|начале|конце|середине",
             "uk": r"в|у|з|із|до|після|при|від|за|для|і|й|та|початку|кінці|середині",
             "pl": r"w|we|z|ze|do|po|od|za|przed|podczas|i"}
_ERA_BEFORE_WORDS = {lang: r"(?<=(?:^|[.!?:;«\"(]|(?<![\p{L}\p{M}])(?:" + _ERA_LEAD[lang] + r")[ \t])[ \t]*)(?:"
                     + words + r")|(?<!(?:" + CAPITAL_STEMS + r"|резиденци)\p{L}*[ \t]+)(?:" + dynasty + ")"
                     for lang, words, dynasty in (
    ("pl", r"okres(?:u|ie|em)?|epok(?:a|i|ę|ą|ce)|cesarstw(?:o|a|ie|em)", r"dynasti(?:a|i|ę|ą)"),
    ("ru", r"период(?:а|е|у|ом)?|эпох(?:а|и|е|у|ой)|импери(?:я|и|ю|ей)", r"династи(?:я|и|ю|ей)|сёгунат(?:а|е|у|ом)?"),
    ("uk", r"період(?:у|і|ом)?|епох(?:а|и|і|у|ою)|імпері(?:я|ї|ю|єю)", r"династі(?:я|ї|ю|єю)|сьогунат(?:у|і|ом)?"))}
ERA_BY_OLD_NAME = "an era named after a place's old name"
_ERA_INSTRUMENTAL_WORDS = {lang: r"(?<!\p{L}(?:ого|его|ым|им|ой|ей|ых|их|ього|ім|ої|ою|іх)[ \t]+)(?:" + words + ")"
                           for lang, words in (("ru", "периодом|эпохой"), ("uk", "періодом|епохою"))}
# ...and in the Romance languages after the article the era's word takes: "l'époque d'Edo", "la
# période Edo", "la dynastie Ming", "la era Meiji", "il periodo Edo" (an audit's: Tokyo at 0.71).
# "Époque", "época", "epoca" and "era" only with "of" after them, since "à l'époque Paris était",
# "all'epoca Roma era" say "at the time"; a period's word only right before the name, since "el
# periodo de Sevilla" and "la période de Berlin de Bowie" are a painter's and a singer's years
# there (an independent review's); not a Spanish, Italian or Portuguese "era" that is a verb ("la
# capital era Lima": the article must stand right before it). Nor where an owner follows the
# name (`names_thing`: "A época de Lisboa de Fernando Pessoa").
_ERA_BEFORE_WORDS |= {
    "fr": r"l['’]\s*(?:époque|ère)\s*(?:d['’]|de\s)|la\s+période|dynastie(?:\s+des?)?",
    "es": r"la\s+(?:época|era)\s+de|el\s+per[ií]odo|dinastía(?:\s+de)?",
    "it": r"l['’]\s*(?:epoca|era)\s+di|il\s+periodo|dinastia(?:\s+dei)?",
    "pt": r"a\s+(?:época|era)\s+de|o\s+per[ií]odo|dinastia(?:\s+de)?",
}
_OWNER_AFTER = regex.compile(r"[ \t]+(?:de|di|da|do|du|des|del|of)[ \t]+(?-i:\p{Lu})")
# Countries whose everyday short name an ancient state and a region abroad share: "Macedonia" is
# North Macedonia in news since 1991, but also Philip's kingdom and Greece's region (of the 94 corpus
# sentences the name linked in, 13: "koning van Macedonië", "In 322 BC , Athens and Macedonia",
# "При усилении Македонии в 340-е годы до н .", "Makedonya ( Yunanistan )"). Such a name links
# the country except beside a date before the common era (a number before the marker: "B.C." alone
# is British Columbia, BCE a company), a ruler's or a realm's word or "ancient" or "Greek" before it
# (a ruler's name may stand between: "Koning Filips van Macedonië"), a throne's word after it, or
# the region's country in brackets after it ("Macedonia (FYROM)" is the country): by country id, a
# bracket naming the country that holds the region.
ANCIENT_NAMESAKES = {country: regex.compile(r"\s*\(\s*(?:" + names + r")") for country, names in {
    "Q221": r"Greece|Griechenland|Grèce|Grecia|Grécia|Griekenland|Grecja|Греци\p{L}*|Греці\p{L}*|Yunanistan|اليونان",
}.items()}
_BEFORE_COMMON_ERA = regex.compile(
    # (the short markers after a number only: "Vancouver, B.C.", "BCE Inc.", "a. C." as a name's initials)
    r"\d(?:[\d\s.–-]|,\d|-?\p{L}{1,3}\b)*\s*(?:\p{L}+\s+)?(?:BCE?|B\.\s?C\.(?:\s?E\.)?|a\.\s?(?:de\s+)?C\.)"
    r"(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])(?:M\.?\s?Ö\.?\s*\d|v\.\s?Chr\.|av\.\s?J\.?\s?-?\s?C\.|p\.\s?n\.\s?e\."
    r"|до\s+н\s?\.(?:\s?[эе])?|до\s+нашей\s+эры|до\s+нашої\s+ери|ق\s?\.\s?م|قبل\s+الميلاد)")
_ANCIENT_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?:(?:kings?|queens?|kingdom|throne|rulers?)(?:\s+[\p{Lu}][\p{L}.]*){0,3}\s+of(?:\s+the)?"
    r"|(?:König\p{L}*|Thron)(?:\s+[\p{Lu}][\p{L}.]*){0,3}\s+(?:von|des|der)"
    r"|(?:rois?|reines?|royaume|trône)(?:\s+[\p{Lu}][\p{L}.]*){0,3}\s+(?:de|du|d['’])"
    r"|(?:reye?s?|reinas?|reino|trono)(?:\s+[\p{Lu}][\p{L}.]*){0,3}\s+(?:de|del)"
    r"|(?:re|regina|regno|trono)(?:\s+[\p{Lu}][\p{L}.]*){0,3}\s+(?:di|della|del|dell['’])"
    r"|(?:reis?|rainhas?|reino|trono)(?:\s+[\p{Lu}][\p{L}.]*){0,3}\s+(?:de|da|do)"
    r"|(?:koning\p{L}*|troon)(?:\s+[\p{Lu}][\p{L}.]*){0,3}\s+van|kr[óo]l\p{L}*|tron\p{L}*"
    r"|цар\p{L}*|корол\p{L}*|престол\p{L}*|трон\p{L}*|ملك|مملكة)"
    r"|ancient|antike[mnrs]?|antique|ancienne|antigua|antica|antiga|oude|antieke|starożytn\p{L}*|древн\p{L}*"
    r"|давн\p{L}*|стародавн\p{L}*|Greek|griechisch\p{L}*|grecque|griega|greca|grega|Griekse|greck\p{L}*"
    r"|греческ\p{L}*|грецьк\p{L}*)\s*$", regex.IGNORECASE)
_ANCIENT_AFTER = regex.compile(r"['’]?\p{L}*\s+(?:kral\p{L}*|taht\p{L}*)(?![\p{L}\p{M}])", regex.IGNORECASE)


def ancient_namesake(m: Mention, text: str, country: str) -> bool:
    """Whether mention m, a name of `country` (an `ANCIENT_NAMESAKES` id), is the ancient state's
    or the region's: a date before the common era around it, a ruler's word, "ancient" or "Greek"
    before it ("koning van Macedonië", "In 322 BC"), a throne's after it ("Makedonya tahtına"), or
    the region's country in brackets after it ("Macedonië ( Griekenland )")."""
    # (the words around, not `sentence`, whose full stops the markers' own are: "до н. э.", "av.
    # J.-C.", "w roku 279 p.n.e. Macedonię")
    return bool(_ANCIENT_BEFORE.search(text, max(0, m.start - 40), m.start) or _ANCIENT_AFTER.match(text, m.end)
                or ANCIENT_NAMESAKES[country].match(text, m.end)
                or _BEFORE_COMMON_ERA.search(text, max(0, m.start - 150), m.end + 150))


# A country's English short name that another language gives a continent: Spanish and Portuguese
# "América" is the Americas ("Cristóbal Colón llegó a América en 1492", "Cabral chegou à América"),
# the United States being "Estados Unidos"; it linked the US at 0.98 through English "America", in
# 66 of 352 non-test es and pt corpus sentences with the word alone, all but two meaning the
# continent ("Se encuentra en América"). The gazetteer holds no entity for the Americas, and the
# villages so named are none either.
CONTINENT_NAMES = {"es": frozenset({"america"}), "pt": frozenset({"america"})}
_ERA = "an era, a dynasty or an empire"
_ERA_WORDS_AFTER = {"en": "period dynasty shogunate", "de": "zeit periode epoche dynastie",
                    "nl": "periode tijdperk dynastie", "tr": "dönemi döneminde döneminin hanedanı hanedanının"}
# ...and a constellation's or a nebula's: "созвездие Девы", "Gwiazdozbiór Panny", "Mgławica
# Oriona" (Deva, Panna and Orion are towns); English's and French's after the article the sky
# takes ("the constellation of Virgo", not "a constellation of London galleries")
_SKY_BEFORE_WORDS = {
    "en": r"the\s+constellation(?:\s+of)?", "fr": r"(?:la\s+|l['’]\s*)(?:constellation(?:\s+d[eu]|\s+de\s+la)?"
                                              r"|nébuleuse(?:\s+d['’])?)",
    "de": r"sternbild(?:es|s)?", "es": r"constelación(?:\s+de)?|nebulosa(?:\s+de)?",
    "it": r"costellazione(?:\s+del(?:la)?|\s+di)?|nebulosa(?:\s+di)?", "pt": r"constelação(?:\s+d[eoa])?",
    "nl": r"sterrenbeeld", "pl": r"gwiazdozbi(?:ór|oru|orze)|mgławic(?:a|y|ę|ą)",
    "ru": r"созвезди(?:е|я|ю|ем|и)|туманност(?:ь|и|ью)|(?:сверх)?скоплени(?:е|я|ю|ем|и)",
    "uk": r"сузір['’]?(?:я|ї|ю)|туманност(?:і|ь|ю)", "ar": r"[وفبلك]?(?:كوكبة|سديم)",
}
_SKY_WORDS_AFTER = {"en": "constellation nebula", "tr": "takımyıldızı takımyıldızında bulutsusu"}
# ...and a people's or a language's after its name ("the Ojibwe and Ottawa peoples", "the Iowa
# tribe", "the Mizo language"): in WikiNEuRal en validation, CoNLL en and WikiANN en, 40 of 53 names
# before these words or "people" are MISC in the gold, and most of the LOC ones are peoples too. A
# country keeps its link ("the Sudanese people"); "people" alone is a city's people as often
# ("Hong Kong people", "London people").
_PEOPLE_WORDS_AFTER = {"en": "peoples tribe tribes tribe's tribe’s language languages dialect dialects"}
# ...and a treaty's, an accord's or a negotiating format's named after where it was signed or first
# met: "the Minsk agreements", "accords d'Oslo", "pacte de Varsovie", "format Normandie",
# "Schlussakte von Helsinki", "اتفاقيات جنيف" (an audit's, in ten languages, linked to the city or
# region at 0.71-0.99). A plural or a treaty's own word only: "l'accord de Washington", "het
# akkoord van Brussel", "اتفاق موسكو وأنقرة" are a party's consent or deal, and so are names that
# go on ("l'accordo di Parigi e Berlino"); nor peace talks held in a city ("paix de Genève"), nor
# Russian, Ukrainian or Polish, whose named treaties are adjectives ("Минские соглашения") and
# whose nouns before a name leave a new clause's subject after them ("Согласно договору Киев"),
# an independent review's.
_ACCORD = "a treaty, an accord or a format"
# (an Arabic word's proclitics and article: "وبانتهاك اتفاقيات", "للمناخ"; "لل" is "ل" and "ال")
_AR_CLITICS = r"(?:[وفبلك]|و?لل)?(?:ال)?"
_ACCORD_BEFORE_WORDS = {
    "en": r"(?:treaty|edict)\s+of",
    "fr": r"(?:accords|traité|pacte|conventions|protocole|acte\s+final|édit)\s+(?:de|d['’]|du)|format",
    "es": r"(?:acuerdos|tratado|pacto|convenciones|protocolo|acta\s+final|edicto)\s+de|formato(?:\s+de)?",
    "it": r"(?:accordi|trattato|patto|convenzioni|protocollo|atto\s+finale|editto)\s+di|formato",
    "pt": r"(?:acordos|tratado|pacto|convenções|protocolo|ata\s+final|édito)\s+d[eoa]|formato(?:\s+d[eoa])?",
    "de": r"(?:abkommens?|vertrag(?:es|s)?|schlussakte|protokolls?|edikts?|konventionen)\s+von",
    "nl": r"(?:akkoorden|verdrag|pact|conventies|protocol|slotakte|edict)\s+van",
    "ar": _AR_CLITICS + r"(?:اتفاقيات|اتفاقات|معاهدة|معاهدات|حلف|بروتوكول)",
}


def _turkish_cases(*stems: str) -> str:
    """A Turkish compound head's forms after a name (its possessive with the cases): "anlaşma" gives
    "anlaşması", "anlaşmasını", "anlaşmaları", "anlaşmalarının" and the rest."""
    forms = []
    for stem in stems:
        singular, plural = stem.split("|")
        for head in (singular, plural):
            vowel = "ı" if head[-1] in "ıa" else "i" if head[-1] in "ie" else "u" if head[-1] in "uo" else "ü"
            a = "a" if vowel in "ıu" else "e"
            forms += [head, head + "n" + vowel, head + "n" + vowel + "n", head + "n" + a, head + "nd" + a,
                      head + "nd" + a + "n"]
    return " ".join(forms)


# (an English one only after "the": "the Paris agreement", not "a Paris agreement between the
# clubs"; a singular "convention" is a party's congress there: "the Chicago convention"; German
# and Dutch ones only joined by a hyphen, "Minsk-Abkommen", since a verb-final clause puts an
# object after a place: "in Hamburg Öl umgeschlagen", "in Berlin Fieber gemessen")
_ACCORD_WORDS_AFTER = {
    "en": "agreement agreements accord accords treaty pact protocol conventions format",
    "de": "abkommen abkommens vertrag vertrages vertrags format formats protokoll protokolls pakt paktes",
    "nl": "akkoord akkoorden verdrag pact format formaat protocol",
    "tr": _turkish_cases("anlaşması|anlaşmaları", "antlaşması|antlaşmaları", "sözleşmesi|sözleşmeleri",
                         "paktı|paktları", "protokolü|protokolleri", "formatı|formatları"),
}
# ...and an illness's or a syndrome's named after a place: "Stockholm syndrome", "virus de
# Marbourg", "вирус Марбург", "Wuhan virüsü", "virus du Nil occidental" (an audit's, linked to the
# cities, and the Nile to a Sudanese state, at 0.70-0.96); a flu's or measles' also after a
# country's adjective, which otherwise is the country's ("Spanish flu", "grippe espagnole",
# "Испанский грипп", "German measles": 0.996 in eight languages), an adjective only ("Japan flu
# outbreak", "гриппа Казахстан" keep theirs). Italian "influenza" is also influence ("l'influenza
# russa in Africa"), and a virus may be a country's ("a Russian virus"). An English illness's word
# counts after an article or a preposition that makes the name its own ("signs of Stockholm
# syndrome", "the Wuhan virus"), not in a headline's compound ("New York virus deaths rose").
_ILLNESS = "an illness or a syndrome"
_ILLNESS_BEFORE_WORDS = {
    "fr": r"(?:syndrome|virus|fièvre|maladie)\s+(?:de|d['’]|du)", "es": r"(?:síndrome|virus|fiebre|enfermedad)\s+del?",
    "it": r"(?:sindrome|virus|febbre|malattia)\s+(?:di|del)", "pt": r"(?:síndrome|vírus|febre|doença)\s+d[eoa]",
    # (the nominative only: "Из-за вируса Пекин ввёл ..." leaves a new clause's subject after it)
    "pl": r"syndrom|wirus|gorączka|choroba", "ru": r"синдром|вирус|лихорадка|болезнь",
    "uk": r"синдром|вірус|лихоманка|хвороба",
    "ar": _AR_CLITICS + r"(?:متلازمة|فيروس|فايروس|حمى|مرض)",
}
_ILLNESS_WORDS_AFTER = {"en": "syndrome virus fever disease", "de": "syndrom syndroms virus fieber",
                        "nl": "syndroom virus koorts",
                        "tr": _turkish_cases("sendromu|sendromları", "virüsü|virüsleri", "ateşi|ateşleri",
                                             "hastalığı|hastalıkları")}
_FLU = "a flu named after a place"
_FLU_BEFORE_WORDS = {"fr": r"grippe", "es": r"gripe", "pt": r"gripe", "pl": r"gryp(?:a|y|ę|ą|ie)",
                     "ru": r"грипп(?:а|у|ом|е)?", "uk": r"грип(?:у|ом|і)?",
                     "ar": _AR_CLITICS + r"[إا]نفلونزا"}
_FLU_WORDS_AFTER = {"en": "flu influenza measles", "de": "grippe", "nl": "griep",
                    "pl": "grypa grypy grypę grypą grypie", "ru": "грипп гриппа гриппом гриппе гриппу",
                    "uk": "грип грипу грипом грипі",
                    "tr": _turkish_cases("gribi|gripleri")}
# ...and a crude oil's benchmark named after where it is loaded: "Dubai crude", "le brut de Dubaï",
# "خام دبي", "нефть Брент" (an audit's, in five languages, linked to Dubai at 0.90 and to the London
# borough of Brent). Only a city or a town goes: a region or a country is where it comes from
# ("Texas crude production", "Iranian crude"); "le brut" is a noun ("le produit intérieur brut de
# Shanghai" is gross), and a Slavic one is its grade's ("нефть марки Брент"): "на нефть Пекин
# ответил" leaves a new clause's subject after it (an independent review's).
BENCHMARK = "a crude oil's benchmark"
_BENCHMARK_BEFORE_WORDS = {
    "fr": r"(?:le|du|au|les)\s+brut\s+(?:de|d['’]|du)", "es": r"crudo\s+(?:de|del|tipo)",
    "it": r"greggio\s+(?:di|del)", "pt": r"petróleo\s+(?:tipo|do\s+tipo)", "de": r"sorte",
    "pl": r"rop(?:a|y|ę|ą|ie)(?:\s+naftow(?:a|ej|ą))?\s+(?:marki|typu)",
    "ru": r"нефт(?:ь|и|ью)\s+марки", "uk": r"нафт(?:а|и|у|ою|і)\s+марки",
    "ar": _AR_CLITICS + r"خام",
}
_BENCHMARK_WORDS_AFTER = {"en": "crude", "de": "öl rohöl", "nl": "olie", "tr": _turkish_cases("petrolü|petrolleri")}
# ...and a storm's, whose name is a person's: "L'uragano Katrina", "Huragan Katrina" (an audit's,
# Kateríni in Greece at 0.91-0.94), "Storm Ciarán", "إعصار دانيال". Only a place the name merely
# resembles goes (`STORM`): a place's own name there is as often the clause's subject or object ("Of
# all the hurricanes Florida has weathered", "Через ураган Одеса ...", "ضربت العاصفة بيروت": an
# independent review's). English's and Dutch's "storm" only capitalized, German's compounds only,
# and the Slavic nominative only ("После урагана Флорида осталась без света").
STORM = "a storm"
_STORM_BEFORE_WORDS = {
    "en": r"hurricanes?|typhoons?|cyclones?|(?-i:Storm|Tropical\s+Storm)",
    "nl": r"orkaan|tyfoon|cycloon|(?-i:Storm)",
    "fr": r"ouragans?|typhons?|cyclones?|tempêtes?",
    "es": r"huracán|huracanes|tifón|tifones|ciclón|ciclones|borrascas?",
    "it": r"uragan[oi]|tifon[ei]|ciclon[ei]|tempest[ae]", "pt": r"furacão|furacões|tufão|tufões|ciclones?",
    "de": r"hurrikan|taifun|wirbelsturm|sturmtief|orkan|tropensturm", "pl": r"huragan|tajfun|cyklon",
    "ru": r"ураган|тайфун|циклон", "uk": r"ураган|тайфун|циклон", "ar": _AR_CLITICS + r"(?:[إا]عصار|عاصفة)",
}
_STORM_WORDS_AFTER = {"tr": _turkish_cases("kasırgası|kasırgaları", "tayfunu|tayfunları", "fırtınası|fırtınaları")}
# ...and a project's or a process's named after a place: "le projet Manhattan", "el proyecto
# Manhattan" (an audit's, Manhattan at 0.85-0.86), "le processus de Bologne", "le processus
# d'Astana"; a project's word right before the name ("le projet de Lyon" is the city's) and with
# its article ("Avec ce projet Marseille devient ...", "Grâce au projet Bordeaux ..." leave the
# clause's subject after it: an independent review's), a process's in French only (Spanish,
# Italian and Portuguese "proceso", "processo" are trials too: "il processo di Milano"); German's
# after a hyphen ("das Manhattan-Projekt"), since "weil das Projekt Berlin viel kostet" makes the
# city its object.
_PROJECT = "a project or a process"
_PROJECT_BEFORE_WORDS = {"fr": r"(?:le|du)\s+projet|processus\s+(?:de|d['’])", "es": r"(?:el|del)\s+proyecto",
                         "it": r"(?:il|del)\s+progetto", "pt": r"(?:o|do)\s+projeto"}
_PROJECT_WORDS_AFTER = {"de": "projekt prozess"}
# (a name after a deal's name and Arabic's "and": "اتفاق موسكو وأنقرة", its parties)
_ARABIC_AND_NAME = regex.compile(r"[ \t]+و(?=\p{Arabic})")
# ...and a mathematician's or a physicist's name before a theorem's, a notation's or a force's
# word, a lower-case noun perhaps between: "In Conway polyhedron notation", "the London dispersion
# force" (WikiNEuRal en, the Arkansas city at 0.70 and London at 0.90); not a verb ("Students in
# Cambridge proved theorems"). Words that places give their names to are left out ("the
# Copenhagen interpretation", "the Vienna convention", "the Bologna process").
_EPONYM = "a scientist's theorem, notation or force"
_EPONYM_AFTER = {"en": regex.compile(r"[ \t]+(?P<between>(?!\p{L}*(?:ed|ing|s)[ \t])\p{Ll}[\p{L}-]*[ \t]+)?"
                                     r"(?:theorems?|conjectures?|lemmas?|notation|dispersion)(?![\p{L}\p{M}])")}
# (after "the", or with a word between after a sentence's opening "In": "over Delhi hinder
# dispersion", "in Budapest prove theorems", "Researchers in Geneva conjecture that", "In Moscow
# notation for chess moves differs" are the cities', two independent reviews')
_EPONYM_LEAD = regex.compile(r"(?<![\p{L}\p{M}])the[ \t]+$", regex.IGNORECASE)
_EPONYM_LEAD_BETWEEN = regex.compile(r"(?:(?<![\p{L}\p{M}])the|(?:^|[.!?][ \t]+)In)[ \t]+$")
# ...and a hat's or shorts' that a place gave its name to: "Panama hats are exported from
# Ecuador", "Bermuda shorts" (an audit's, the country and the territory at 0.95-0.97).
_GARMENT = "a garment named after a place"
_GARMENT_WORDS_AFTER = {"en": "hat hats shorts"}
# (the places that gave a garment its name only, and not after a preposition or a result's word,
# where a clause may go on: "Ecuador hats are wrongly called Panama hats", "Texas hat makers", "In
# Panama hats are sold", "a win over Brazil hats rained": two independent reviews')
_GARMENT_PLACES = frozenset({"panama", "bermuda", "homburg"})
_GARMENT_NOT = regex.compile(r"(?:(?<![\p{L}\p{M}])(?:in|from|over|against|to|at|beat|beating|defeated)[ \t]+$)",
                             regex.IGNORECASE)
# ...and those whose rule takes only the places the name merely resembles, none it is written as
RESEMBLED_ONLY = frozenset({STORM, ERA_BY_OLD_NAME})
# Whatever these name, a country's name or adjective among them too
EVEN_A_COUNTRY = frozenset({_FLU, _GARMENT})
# ...and those whose rule takes only the name's places (a company's name stays: "The Gazprom
# agreement", "L'accord d'Airbus"; a crude's grade takes only cities and towns: `BENCHMARK`)
PLACES_ONLY = frozenset({_ERA, COMPANY, _ACCORD, _ILLNESS, _FLU, BENCHMARK, _PROJECT, _EPONYM})
# ...and those whose word names the one name beside it, not a list after it ("Соглашение Токио
# и Сеула" names two parties): all of them but an era's (`goes_on`)
_ONE_NAME_ONLY = PLACES_ONLY - {_ERA} | {_GARMENT, ERA_BY_OLD_NAME}
# A thing's word after the name counts in English only after "the" ("the Edo period", "the Virgo
# constellation"; not "Picasso's Paris period", "his Berlin period": his years there), in Turkish
# not after a genitive ("Atatürk'ün Ankara döneminde").
_AFTER_WORD_LEAD = {"en": regex.compile(r"(?<![\p{L}\p{M}])the[ \t]+$", regex.IGNORECASE),
                    "tr": regex.compile(r"(?<!['’]\p{L}{1,3})(?:^|[ \t]+)$")}
# What the words name, with the words before the name (a regex per language; a quotation mark
# may stand between), after it, and what must stand before the name for a word after it to count.
_THINGS = tuple(
    (why, {lang: regex.compile(r"(?<![\p{L}\p{M}-])(?:" + words + r")\s*[«\"“„'‘]?\s*$", regex.IGNORECASE)
           for lang, words in before.items()},
     {lang: frozenset(words.split()) for lang, words in after.items()}, lead)
    for why, before, after, lead in (("a ship", _VESSEL_BEFORE_WORDS, _VESSEL_WORDS_AFTER, {}),
                                     ("a film, song or show", _WORK_BEFORE_WORDS, _WORK_WORDS_AFTER, {}),
                                     ("a band", _BAND_BEFORE_WORDS, {}, {}),
                                     (STORM, _STORM_BEFORE_WORDS, _STORM_WORDS_AFTER, {}),
                                     (_ERA, _ERA_BEFORE_WORDS, _ERA_WORDS_AFTER,
                                      _AFTER_WORD_LEAD),
                                     (ERA_BY_OLD_NAME, _ERA_INSTRUMENTAL_WORDS, {}, {}),
                                     ("a constellation or a nebula", _SKY_BEFORE_WORDS, _SKY_WORDS_AFTER,
                                      _AFTER_WORD_LEAD),
                                     ("a people or a language", {}, _PEOPLE_WORDS_AFTER, {}),
                                     (_FLU, _FLU_BEFORE_WORDS, _FLU_WORDS_AFTER, {}),
                                     (_GARMENT, {}, _GARMENT_WORDS_AFTER, {}),
                                     (_ILLNESS, _ILLNESS_BEFORE_WORDS, _ILLNESS_WORDS_AFTER,
                                      {"en": regex.compile(r"(?<![\p{L}\p{M}])(?:the|of|from|with|against|by)[ \t]+$",
                                                           regex.IGNORECASE)}),
                                     (BENCHMARK, _BENCHMARK_BEFORE_WORDS, _BENCHMARK_WORDS_AFTER, {}),
                                     (COMPANY, _COMPANY_BEFORE_WORDS, {}, {}),
                                     (_PROJECT, _PROJECT_BEFORE_WORDS, _PROJECT_WORDS_AFTER, {}),
                                     (_ACCORD, _ACCORD_BEFORE_WORDS, _ACCORD_WORDS_AFTER,
                                      {"en": _AFTER_WORD_LEAD["en"]})))
# The rule leaves a person's name alone ("capitaine de corvette Georges Thierry d'Argenlieu",
# "фильм Тарковского", Tarkovsky's film) and, where a name after a noun is its owner in the
# genitive, an organization's ("космический корабль НАСА", NASA's spacecraft).
GENITIVE_AFTER_LANGS = frozenset({"ru", "uk", "pl", "ar"})


# "named after" before a name, in Russian, Ukrainian and Polish ("конкурса имени Чайковского",
# "Szkoła imienia Witolda Gombrowicza"), or its abbreviation before a person's initials ("у парку
# ім. Т. Г. Шевченка"): the name is the namesake's, a person's, not the town named after them
# (Chaykovskiy, Shevchenko, which took those at 0.92). The abbreviation only before initials, since
# "им." and "im." also end a sentence on "to them" ("Мы благодарны им. Москва ..."); nor after
# "от", "від" ("от имени России" is "on behalf of Russia").
_NAMESAKE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?<!(?:[Оо]т|[Вв]ід)[ \t]+)(?:(?:[Ии]мени|[Іі]мені|imienia)[ \t]+(?:\p{Lu}[ \t]?\.[ \t]*){0,2}"
    r"|(?:[Ии]м|[Іі]м|im)[ \t]?\.[ \t]*(?:\p{Lu}[ \t]?\.[ \t]*){1,2})$")
_NAMESAKE_LANGS = frozenset({"ru", "uk", "pl"})
# ...and a word that only a person's name follows: a statue's, a murder's, a funeral's, a widow's,
# a ship's crew's ("статуи Абовяна", "Убийство Кирова", "членам экипажа Франклина", "the
# assassination of Kirov", "la veuve de Darwin"). Russian and Polish put the name in the genitive
# right after the word, the others "of" between. Not "приход" (a parish too), "portrait" ("un
# portrait de Paris"), "monument" ("a monument to Kyiv's defenders"), monuments in the plural
# ("Памятники Москвы", "Pomniki Warszawy", a city's heritage), a murder's in the Romance languages
# (their news names crimes after the town: "l'omicidio di Garlasco"), or a son's ("Syn Warszawy",
# "hijo predilecto de Sevilla", a native's titles) or a garrison's ("załoga Modlina"); nor a name
# a possessive follows ("the widow of Jordan's king").
_PERSON_WORD_BEFORE = {lang: regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")(?:[ \t]+|(?<=['’]))$",
                                            regex.IGNORECASE)
                       for lang, words in {
    "ru": r"памятник(?:а|у|ом|е)?|стату(?:я|и|ю|ей|е)|бюст(?:а|у|ом|е)?|убийств\p{L}*|покушени\p{L}*|похорон\p{L}*"
          r"|вдов(?:а|ы|е|у|ой)|жен(?:а|ы|е|у|ой)|экипаж\p{L}*",
    "uk": r"пам['’ʼ]ятник(?:а|у|ом|і)?|стату(?:я|ї|ю|єю)|погруддя|(?:убивств|вбивств)\p{L}*|похорон\p{L}*"
          r"|вдов(?:а|и|і|у|ою)|дружин(?:а|и|і|у|ою)|екіпаж\p{L}*",
    "pl": r"pomnik(?:a|u|iem)?|posąg(?:u|iem)?|popiersi(?:e|a|u|em)|zabójstw\p{L}*|morderstw\p{L}*|pogrzeb\p{L}*"
          r"|wdow(?:a|y|ie|ą|ę)|żon(?:a|y|ie|ą|ę)",
    "en": r"(?:statue|bust|murder|assassination|funeral|widow|wife|crew)[ \t]+of",
    "fr": r"(?:statue|buste|funérailles|obsèques|veuve|épouse)[ \t]+d(?:e|['’])",
    "es": r"(?:estatua|busto|funeral|viuda|esposa)[ \t]+de",
    "it": r"(?:statua|busto|funerale|vedova|moglie)[ \t]+di",
    "pt": r"(?:estátua|busto|funeral|viúva|esposa)[ \t]+de",
    "de": r"(?:Statue|Büste|Ermordung|Witwe)(?:[ \t]+von)?",
}.items()}


# ...or after it: in English a person's pronoun after a person's verb, where a place's would be
# "its" ("Jordan defends his decision to make the film", the director Neil Jordan in CoNLL en
# validation, linked to the country the model typed). A verb's list, not any verb: "Chicago
# remained his home", "Texas was her home" name places; and the pronoun only with the subject's
# own things: "Moscow announced his expulsion", "Tehran justified his arrest" are a government's
# acts on someone else (an independent review's).
_PERSON_WORDS_AFTER = {"en": regex.compile(
    r"[ \t]+(?:defend|explain|justif|admit|announc|dedicat|resign|marri|direct|record|"
    r"releas|shar)\p{Ll}*[ \t]+(?:(?:his|her)[ \t]+(?:own|decision|decisions|career|life|wife|husband|family|son|"
    r"daughter|film|films|book|books|album|novel|role|work|choice|candidacy|retirement)|himself|herself)"
    r"(?![\p{L}\p{M}])", regex.IGNORECASE)}
# ...and "who" after a city's name: "Paris, who turned 43 this year" (a person named like a
# city). Not a country's, which English calls "who" as a team and an agent ("Zelensky thanked
# Poland, who has taken in millions"); nor after a container in apposition, its place's people
# ("Hartford and Wethersfield, Connecticut, who petitioned"), or after a preposition, its
# officials or people ("Officials in Kyiv, who asked not to be named").
_WHO_AFTER = {"en": regex.compile(r"\s*,\s+who(?![\p{L}\p{M}])", regex.IGNORECASE)}
_APPOSED_BEFORE = regex.compile(r"(?:,|(?<![\p{L}\p{M}])(?:in|of|from|at|to|for|by|near|with|across|around))\s*$",
                                regex.IGNORECASE)


def names_namesake(m: Mention, text: str, lang: Optional[str]) -> bool:
    """Whether "named after" (_NAMESAKE_BEFORE) stands right before the mention, in a language
    that writes it so, or a word only a person's name follows (_PERSON_WORD_BEFORE) or a person's
    word after it (_PERSON_WORDS_AFTER). Not before a MISC mention, an adjective: Polish "od
    imienia brytyjskiej aktorki" is "after the name of a British actress". (A place can be the
    namesake too, "kanał imienia Moskwy", and loses its link: the rarer case.)"""
    if not text or m.type == "MISC":
        return False
    person = _PERSON_WORD_BEFORE.get(lang or "")
    after = _PERSON_WORDS_AFTER.get(lang or "")
    return (lang in _NAMESAKE_LANGS and bool(_NAMESAKE_BEFORE.search(text, max(0, m.start - 40), m.start))
            or person is not None and bool(person.search(text, max(0, m.start - 40), m.start))
            and not POSSESSIVE_AFTER.match(text, m.end)
            or after is not None and bool(after.match(text, m.end)))


def names_person_who(m: Mention, text: str, lang: Optional[str]) -> bool:
    """Whether "who" follows the mention and a comma (_WHO_AFTER), not after a container in
    apposition or a preposition (_APPOSED_BEFORE)."""
    who = _WHO_AFTER.get(lang or "")
    return (who is not None and bool(text) and m.type != "MISC" and bool(who.match(text, m.end))
            and not _APPOSED_BEFORE.search(text, max(0, m.start - 12), m.start))


# ...and a city's name right after "won": a tournament ("Federer won Miami in 2005", "Nadal ganó
# Roma", "Panatta vinse Roma e Parigi") or, where the verb comes first, a team ("ayer ganó Roma");
# a war wins a battle, not a city. Not in an election's sentence ("Labour won Manchester with 60
# percent of the vote", a mayor's city), nor a "won" that gives something to the city ("won Paris
# the right to host"), wins its people over ("won Paris over"), or a possessive's thing ("won
# London's top prize"). Not French "gagner", which reaches a place too ("il gagne Londres déguisé
# en moine").
_WON_BEFORE = {lang: regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")[ \t]+$", regex.IGNORECASE)
               for lang, words in {"en": r"won|wins|winning", "es": r"ganó|ganaba|gana", "it": r"vinse|vinto|vince",
                                   "pt": r"venceu|ganhou", "fr": r"remport[eé]", "de": r"gewann|gewinnt",
                                   "nl": r"won|wint"}.items()}
_NOT_WON_AFTER = regex.compile(r"[ \t]+(?:the|a|an|its|their|el|la|il|le|o|a|der|die|das|het)[ \t]"
                               r"|[ \t]+(?:over|back|im[ \t]+Sturm)(?![\p{L}\p{M}])|['’]s?(?![\p{L}\p{M}])",
                               regex.IGNORECASE)
_ELECTION = regex.compile(r"(?<![\p{L}\p{M}])(?:election|elections|vote|votes|voters|ballot|mayor\w*|seats?|percent|"
                          r"elecci[oó]n\w*|votos?|alcald\w*|elezion\w*|sindac\w*|eleiç\w*|prefeit\w*|élection\w*|"
                          r"maire|wahl\w*|stimmen|bürgermeister\w*|verkiezing\w*|burgemeester|"
                          # (a party, by its word or its initials: "Die SPD gewann Hamburg erneut", "il
                          # centrosinistra vinse Milano", an independent review's)
                          r"part(?:y|ies|ido|idos|ito|iti|ei|eien|ij|ijen)|labour|tories|democrats|republicans|"
                          r"centrosinistra|centrodestra|sinistra|destra|izquierda|derecha|(?-i:[A-Z]{2,5}))"
                          r"(?![\p{L}\p{M}])|%", regex.IGNORECASE)


def names_tournament_won(m: Mention, text: str, lang: Optional[str]) -> bool:
    """Whether a word for "won" stands right before the mention (_WON_BEFORE), outside an
    election's sentence."""
    rx = _WON_BEFORE.get(lang or "")
    if rx is None or not text or m.type == "PER" or not rx.search(text, max(0, m.start - 12), m.start):
        return False
    return not _NOT_WON_AFTER.match(text, m.end) and not _ELECTION.search(sentence(text, m.start, m.end))


# A saint's name right after a church's, a feast's or an image's word and "of" ("la chiesa di San
# Sebastiano", "la festa di San Sebastiano", "una imagem de São Joaquim"), after a church
# "dedicated to" one ("la chiesa, dedicata a San Sebastiano"), or with its title in lower case
# ("una statua lapidea di san Sebastiano") names the saint, not the town named after them (San
# Sebastiano took six such at 0.71-0.79 in WikiNEuRal it). "The church in San Sebastiano",
# "l'église à Saint-Malo", "a igreja mais antiga de São Paulo", "la chiesa matrice di ..." and "una
# mostra dedicata a San Pietroburgo" are the town's; and a city of ALIAS_CITY_MAX people or more
# keeps its link by its own name ("a maior festa de São Paulo"), not by an old one: Pelotas was
# once São Francisco de Paula, the saint of "uma capela construída em homenagem a São Francisco de
# Paula".
_SAINT = regex.compile(r"(?:San|Santo|Santa|Sant['’]|Santi|São|Saint|Sainte|St|Ste|Sankt|Święt\p{L}*|św)"
                       r"(?:[ \t.-]|(?<=['’]))", regex.IGNORECASE)
_SAINT_IN_LOWER_CASE = regex.compile(r"(?:san|santo|santa|santi|são|saint|sainte|st\.|ste\.|św\.)[ \t]|sant['’]")
_CHURCH = (r"(?<![\p{L}\p{M}])(?:chiesa|chiesetta|cappella|basilica|santuario|pieve|oratorio|iglesia|ermita|capilla|"
           r"parroquia|igreja|capela|capelinha|église|chapelle|basilique|church|chapel|shrine|kościół|kościoła|kaplica|"
           r"kaplicy|kirche|kapelle)")
_SAINT_BEFORE = regex.compile(
    r"(?:" + _CHURCH + r"|(?<![\p{L}\p{M}])(?:festa|statua|immagine|culto|fiesta|imagen|imagem|fête|statue|feast))"
    r"[ \t]+(?:di|de|da|do|del|della|dello|du|des|of|raffigurante|pw\.)[ \t]+$"
    r"|" + _CHURCH + r"(?:[ \t,]+\S+){0,3}?[ \t,]+(?:dedicat[aoie]|dedicad[ao]s?|dédiée?s?|dedicated|(?:em|in|en)[ \t]+"
    r"(?:homenagem|onore|honou?r)|en[ \t]+l['’]honneur)[ \t]+(?:a|al|ad|à|to|di|de|of)[ \t]+$", regex.IGNORECASE)


def names_saint(m: Mention, text: str) -> bool:
    """Whether the mention is a saint's name: its title in lower case, or after a church's,
    feast's or image's word (_SAINT_BEFORE)."""
    if not text or m.type == "MISC" or not _SAINT.match(m.text):
        return False
    return bool(_SAINT_IN_LOWER_CASE.match(m.text) or _SAINT_BEFORE.search(text, max(0, m.start - 60), m.start))


# A street's word before a place's name: French, Spanish, Italian and Portuguese name streets and
# squares after places ("rue de Rivoli", "avenue de Versailles", "plaza de España", "in via Roma",
# "rua de Lisboa": an independent audit's, linked to the town) as they are written in an
# address, in lower case or capitalized ("une piste cyclable rue de Rivoli"); not after an
# indefinite article, a demonstrative or an adjective (_STREET_UNNAMED), since "una calle de
# Ecija", "une petite rue de Marseille" are the town's streets. Italian "via" is "by way of" too
# ("volo via Francoforte"): only after "in" or capitalized; "corso" is a course ("nel corso di")
# and "largo" the open sea ("al largo del Galles"), capitalized only.
_STREET_BEFORE = {lang: regex.compile(r"(?<![\p{L}\p{M}])(?P<street>" + words + r")[ \t]+(?:" + of + r")?"
                                      r"(?<=[ \t'’])$", regex.IGNORECASE)
                  for lang, words, of in (
    # Russian, Ukrainian and Polish name streets after people in the genitive ("на улице Кирова",
    # "на площади Гагарина": Kirov, Gagarin the towns): the singular's forms only, since "улицы
    # Москвы", "na ulicach Warszawy" are the city's streets; a square's only after "на", since
    # "площадь Москвы" is its area too
    ("ru", r"улиц[аеуй]|улицей|проспект(?:а|е|у|ом)?|(?<=на[ \t]+)площад[иь]|переул(?:ок|ка|ке|ком)|"
           r"бульвар(?:а|е|у|ом)?", r"(?!)"),
    ("uk", r"вулиц[яіюе]|вулицею|проспект(?:у|і|ом)?|(?<=на[ \t]+)площ[іу]|провул(?:ок|ку|ком)|"
           r"бульвар(?:у|і|ом)?", r"(?!)"),
    ("pl", r"ulic[ayę]|ulicą|ul\.|plac(?:u|em)?|alej[ai]|aleję|al\.", r"(?!)"),
    # (French "place" only right before the name, "place Vendôme" (an outside audit's, linked to the
    # town): "la place de Paris" is its stock market, "une place de parking" a space)
    ("fr", r"rue|avenue|boulevard|bd|quai|allée|impasse|chaussée|faubourg|place(?=[ \t]+$)",
     r"de[ \t]+la[ \t]+|de[ \t]+l['’]|de[ \t]+|du[ \t]+|des[ \t]+|d['’]"),
    ("es", r"calle|avenida|paseo|carrer|plaza|glorieta|ronda|travesía", r"de[ \t]+la[ \t]+|de[ \t]+|del[ \t]+"),
    ("it", r"viale|piazza|piazzale|vicolo|(?-i:Corso|Via|Largo)|(?<=(?:^|[ \t])in[ \t]+)via",
     r"di[ \t]+|del[ \t]+|della[ \t]+|dei[ \t]+"),
    ("pt", r"rua|avenida|praça|travessa|alameda", r"de[ \t]+|do[ \t]+|da[ \t]+|dos[ \t]+|das[ \t]+"))}


_STREET_UNNAMED = regex.compile(r"(?<![\p{L}\p{M}])(?:un|une|una|uno|um|uma|alguna|algún|alguma|algum|quelque|"
                                r"chaque|cada|otra|outra|autre|cette|esta|essa|questa|quella|principal|principale|"
                                r"main|grande?|gran|bell[ae]|belle|beau|longue|longa|larga|lunga|famos[ao]|célèbre|"
                                r"celebre|vieille|vieja|velha|vecchia|nouvelle|nueva|nova|nuova|ancienne|antigua|"
                                r"antiga|antica|central|centrale|petite?|jolie?|étroite|pequeña|estrecha|bonita|"
                                r"piccol[ao]|strett[ao]|pequena|estreita|bela)[ \t]+$", regex.IGNORECASE)


def names_street(m: Mention, text: str, lang: Optional[str]) -> bool:
    """Whether a street's or a square's word stands right before the mention (_STREET_BEFORE)
    and names it: no indefinite article, demonstrative or adjective before the word
    (_STREET_UNNAMED: "la plus longue rue de Paris", "la principal avenida de Caracas")."""
    rx = _STREET_BEFORE.get(lang or "")
    if rx is None or not text or m.type == "MISC":
        return False
    street = rx.search(text, max(0, m.start - 40), m.start)
    if street is None or _STREET_UNNAMED.search(text, max(0, street.start() - 40), street.start()):
        return False
    # a Slavic adjective before the word makes it one of the city's: "Главная улица Минска"
    before = WORD.findall(text, max(0, street.start() - 30), street.start())[-1:]
    return not (lang in ("ru", "uk", "pl") and before and is_adjective(before[0], lang))


# English writes a city's, a state's and most countries' names bare: "the" before a one-word name
# that nothing after makes a modifier ("the Paris talks", "the Berlin Wall") or a city of a time
# or a likeness ("the Berlin of the 1920s", "the Shanghai of Europe") names a river, an
# event or a team ("Ukrainian troops crossed the Dnipro near Kherson", "west of the Jordan",
# "Farmers along the Paraná", "Leading results at the Berlin": an independent audit's and CoNLL
# en validation's, linked to the city, state or country). Not the places English names with its
# article (THE_PLACES).
_THE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])the[ \t]+$", regex.IGNORECASE)
_NO_MODIFIER_AFTER = regex.compile(
    r"[ \t]*(?:$|[.,;:!?)\]\"”»–]|['’]s?(?![\p{L}\p{M}])|[ \t]+(?:near|in|at|on|to|from|with|by|for|into|onto|"
    r"across|along|between|below|above|after|before|since|through|over|under|upstream|downstream|which|that|where|"
    r"is|was|were|has|had|have|will|would|could|can|may|might|river|basin)(?![\p{L}\p{M}]))", regex.IGNORECASE)
THE_PLACES = frozenset("gambia congo sudan netherlands philippines bahamas maldives comoros seychelles ukraine "
                        "lebanon yemen argentine crimea punjab donbas donbass caucasus balkans baltics ruhr saar sahel "
                        "sahara levant gulf midwest bronx hague vatican algarve negev golan sinai kuban arctic "
                        "antarctic emirates americas highlands hebrides riviera hamptons".split())


def bare_in_english(e: EntityRecord) -> bool:
    """A city, a town, a country, or a US or Brazilian state: the places English names without
    "the" (but THE_PLACES); other regions take it as often ("the Yukon", "the Veneto", "the
    Azores": an independent review's)."""
    return e.kind in ("city", "town", "country") or e.kind == "region" and e.country in ("US", "BR")


def names_river_bank(m: Mention, text: str, lang: Optional[str]) -> bool:
    """Whether a river bank's word stands before the mention (_BANK_BEFORE)."""
    bank = _BANK_BEFORE.get(lang or "")
    return bank is not None and bool(text) and m.type != "MISC" and bool(bank.search(text, max(0, m.start - 40),
                                                                                      m.start))


def names_flowing(m: Mention, text: str, lang: Optional[str]) -> bool:
    """Whether a river's verb and its complement follow the mention (_RIVER_VERB_AFTER), which
    opens its clause (_CLAUSE_OPENS)."""
    verb = _RIVER_VERB_AFTER.get(lang or "")
    return (verb is not None and bool(text) and m.type != "MISC" and bool(verb.match(text, m.end))
            and bool(_CLAUSE_OPENS.search(text, max(0, m.start - 8), m.start)))


def names_water_or_event(m: Mention, text: str, lang: Optional[str]) -> bool:
    """Whether an English one-word LOC mention, not an acronym ("the US", "the UAE"), stands after
    "the" with no modifier's noun after it."""
    return (lang == "en" and bool(text) and m.type == "LOC" and " " not in m.text.strip()
            and not m.text.isupper() and bool(_THE_BEFORE.search(text, max(0, m.start - 8), m.start))
            and bool(_NO_MODIFIER_AFTER.match(text, m.end)))


# What an English sentence says a name is, where that is no place: "Europe is a Swedish rock
# band", "Dallas is an American prime-time television soap opera", "The Roma are a traditionally
# itinerant ethnic group" (an audit's, linked to the continent, the city and Rome). Not where a
# place's noun or a preposition comes first ("Chicago is a city with a band"), nor where the noun
# qualifies another or is a possessive ("a group of islands", "the Indian film capital", "the
# band's base", "a French language stronghold", an independent review's): the phrase ends with
# it, or a relative, a participle or a preposition follows.
_DEFINED_AS = {"en": regex.compile(
    r"[ \t]+(?:is|was|are|were)[ \t]+(?:an?|the)[ \t]+"
    r"(?:(?!(?:city|cities|town|state|country|capital|village|region|place|home|county|island|port|suburb|province"
    r"|district|nation|of|with|for|in|at|where|that|which|and|whose)(?![\p{L}\p{M}-]))[\p{L}\p{N}'’-]+[ \t]+){0,6}?"
    r"(?:band|group|(?:TV|television|web)?[ \t]*series|sitcom|soap[ \t]+opera|film|movie|album|song|novel|magazine"
    r"|newspaper|musical|video[ \t]+game|people|tribe|language)"
    r"(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:that|which|who|whose|formed|founded|from|based|directed|released|written|"
    r"created|best|known|by|in|with|led|starring|produced|published|originally|first|living|originating|native|"
    r"consisting|composed|made|set|broadcast|aired|about|featuring|fronted)(?![\p{L}\p{M}]))",
    regex.IGNORECASE)}


def defined_as_thing(m: Mention, text: str, lang: Optional[str]) -> bool:
    """Whether the sentence says the mention is a band, a work or a people (_DEFINED_AS)."""
    rx = _DEFINED_AS.get(lang or "")
    return rx is not None and bool(text) and m.type != "MISC" and bool(rx.match(text, m.end))


# A brand after an indefinite article is its product, a car or a phone, not the company: "mit
# einem Jaguar beim Sportwagen-WM-Lauf" (CoNLL de validation, gold MISC), "drove a Ferrari to
# victory". Not before a noun it modifies ("a Toyota spokesman", German's capitalized "ein
# Siemens Sprecher"): English and Dutch only before a closed word or a stop, German before no
# capitalized word; the Romance languages before anything but a comparison (`names_product`).
_PRODUCT_BEFORE = {lang: regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")[ \t]+$", regex.IGNORECASE)
                   for lang, words in {
    "en": "a|an", "de": "ein|eine|einem|einen|eines|einer", "fr": "une?|d['’]une?", "es": "un|una", "it": "una?|un['’]",
    "pt": "um|uma|num|numa", "nl": "een"}.items()}
_PRODUCT_AFTER = {
    "de": regex.compile(r"[ \t]*(?:$|[^\p{L}\p{N}\s-]|[ \t]+(?-i:\p{Ll}))"),
    "": regex.compile(r"[ \t]*(?:$|[.,;:!?)\]\"”»]|[ \t]+(?:to|in|at|on|with|for|from|into|and|or|met|van|naar|op|"
                      r"en|of)(?![\p{L}\p{M}]))", regex.IGNORECASE)}
_ROMANCE = frozenset({"fr", "es", "it", "pt"})
_COMPARED_AFTER = regex.compile(r"[ \t]+(?:plus|moins|très|más|menos|muy|più|meno|molto|sempre|mais|muito)"
                                r"(?![\p{L}\p{M}])", regex.IGNORECASE)


def names_product(m: Mention, text: str, lang: Optional[str]) -> bool:
    """Whether an indefinite article stands before the mention and no noun it modifies after it
    (_PRODUCT_BEFORE, _PRODUCT_AFTER); the Romance languages put no noun after a brand that
    modifies it ("un porte-parole de Renault"), so an adjective may follow there ("au volant
    d'une Peugeot volée", "una Fiat rubata": an independent review's), but no comparison, which
    names the company ("Une Renault plus rentable")."""
    before = _PRODUCT_BEFORE.get(lang or "")
    if before is None or not text or not before.search(text, max(0, m.start - 10), m.start):
        return False
    if lang in _ROMANCE:  # (not the company compared with itself: "Une Renault plus rentable")
        return not _COMPARED_AFTER.match(text, m.end)
    return bool(_PRODUCT_AFTER.get(lang or "", _PRODUCT_AFTER[""]).match(text, m.end))


def names_facility(m: Mention, text: str, lang: Optional[str]) -> bool:
    """Whether a facility word follows the mention (_FACILITY_WORDS) and no "a" precedes it."""
    words = _FACILITY_WORDS.get(lang or "")
    if not words or not text or m.type == "MISC":
        return False
    return word_after(text, m.end) in words and word_before(text, m.start).lower() not in INDEFINITE


def names_medium(m: Mention, text: str, lang: Optional[str]) -> bool:
    """Whether a word for a newspaper, channel or agency stands before the mention (after it in
    Turkish): _MEDIUM_WORDS."""
    if not text or m.type == "MISC":
        return False
    before = word_before(text, m.start).casefold()
    if before == "طيران" and not m.text.startswith("ال"):
        return False  # a country's aviation: "نفذ طيران روسيا غارات" (an independent review's)
    return (before in _MEDIUM_WORDS.get(lang or "", frozenset())
            or word_after(text, m.end) in _MEDIUM_WORDS_AFTER.get(lang or "", frozenset()))


def names_thing(m: Mention, text: str, lang: Optional[str]) -> Optional[str]:
    """What a word before the mention (after it in Turkish, or English for an era or the sky)
    says it names, a ship, a work, a band, an era, a constellation, a people or a language, an
    illness, a crude oil's benchmark, a treaty or a company (_THINGS), or a scientist's theorem
    (_EPONYM_AFTER), if any."""
    if not text:
        return None
    for why, before, after, leads in _THINGS:
        rx, lead = before.get(lang or ""), leads.get(lang or "")
        if rx is not None and rx.search(text, max(0, m.start - 40), m.start) or word_after(text, m.end) in after.get(
                lang or "", frozenset()) and (lead is None or lead.search(text, max(0, m.start - 12), m.start)) and (
                lang not in ("de", "nl") or text.startswith("-", m.end) or why == _FLU):  # (`_ACCORD_WORDS_AFTER`)
            if why in (_ERA, ERA_BY_OLD_NAME) and lang in ("ru", "uk") and base_forms(m.text, lang):
                continue  # an inflected name is the era's place ("Період Києва як столиці"), a dynasty's is not
            if why == _ERA and _OWNER_AFTER.match(text, m.end):
                continue  # a person's years there: "A época de Lisboa de Fernando Pessoa"
            if why in (_ILLNESS, BENCHMARK) and lang in ("ru", "uk", "pl") and base_forms(m.text, lang):
                continue  # an inflected name is an owner's: "вирус Москвы"
            if why == _GARMENT and (m.text.strip().casefold() not in _GARMENT_PLACES
                                    or _GARMENT_NOT.search(text, max(0, m.start - 12), m.start)):
                continue
            if why == _FLU and m.type != "MISC":
                continue  # a place's flu is its season's ("Japan flu outbreak")
            if why == _ACCORD and (NAMES_GO_ON.match(text, m.end) or _ARABIC_AND_NAME.match(text, m.end)):
                continue  # the parties of a deal ("اتفاق موسكو وأنقرة")
            return why
    band, company, eponym = (_BAND_AFTER.get(lang or ""), _COMPANY_AFTER.get(lang or ""),
                             _EPONYM_AFTER.get(lang or ""))
    if band is not None and band.match(text, m.end):
        return "a band"
    if eponym is not None and (e := eponym.match(text, m.end)) and (
            _EPONYM_LEAD if e.group("between") is None else _EPONYM_LEAD_BETWEEN).search(text, max(0, m.start - 8),
                                                                                      m.start):
        return _EPONYM
    return COMPANY if (company is not None and company.match(text, m.end)
                        and word_before(text, m.start).casefold() not in _PLACE_PREPOSITIONS) else None


_OPENING_QUOTE = regex.compile(r"[«\"“„'‘]\s*$")
_CLOSING_QUOTE = regex.compile(r"\s*[»\"”'’](?![\p{L}\p{M}])")


def quoted(m: Mention, text: str) -> bool:
    """Whether quotation marks, double or single, enclose the mention just outside its span (a closing
    single quote that no letter follows: not a possessive's "s")."""
    return bool(_OPENING_QUOTE.search(text, max(0, m.start - 3), m.start) and _CLOSING_QUOTE.match(text, m.end))


def goes_on(thing: Optional[str], between: str) -> bool:
    """Whether what a name was read as (`names_thing`) goes on to the next name of a list,
    `between` the two: "the aircraft carriers Vinson and Enterprise" name two ships. An era's
    only past a coordinator ("династии Тан и Сун"), since a comma also ends an opening phrase:
    "À l'époque de Napoléon, Paris comptait ..." (an independent review's)."""
    if thing is None or thing in _ONE_NAME_ONLY:
        return False
    return thing != _ERA or bool(COORDINATORS.intersection(between.split()))


def quoted_pair(a: Mention, b: Mention, text: str) -> bool:
    """Whether quotation marks enclose two names and the comma between them alone: a title or
    an address ("« Paris, Texas »", Wenders's film: an audit's, in three languages, the Texan
    town and the state; "Matera, Basilicata" on a sign); the linker tells them apart."""
    return (text[a.end:b.start].strip() == "," and bool(_OPENING_QUOTE.search(text, max(0, a.start - 3), a.start))
            and bool(_CLOSING_QUOTE.match(text, b.end)))


def in_guillemets(m: Mention, text: str, adjective: bool = False) -> bool:
    """Whether guillemets enclose the mention (inside its span or just outside it, or with
    `adjective` also with a place's adjective in lower case inside them before it)."""
    t, window = m.text.strip(), max(0, m.start - 40)
    opens = t.startswith("«") or bool(_GUILLEMET_BEFORE.search(text, window, m.start)) or adjective and bool(
        _GUILLEMET_ADJECTIVE.search(text, window, m.start))
    return opens and (t.endswith("»") or bool(_GUILLEMET_AFTER.match(text, m.end)))


def names_sea(m: Mention) -> bool:
    """Whether the mention's first or last word is a word for a sea, in any language: "Red
    Sea", "mer Rouge", "Красное море", "البحر الأحمر" name the water, which the gazetteer does
    not hold, not the Sudanese state or Egyptian governorate named after it (0.93, 0.97), nor
    the town of Aral for "Аральское море"."""
    words = m.text.casefold().split()
    return bool(words) and (words[0] in _SEA_WORDS or words[-1] in _SEA_WORDS)
