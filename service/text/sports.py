"""Whether a sentence reports a game: its words (match, goal, coach, league...) or a score line;
whether a name in one is a side's opponent ("against Croatia", "lost 1-0 to Spain"), a
national team's ("сборной Кот-д'Ивуара"), or where a player moved ("loaned to Venezia"); and
the places a club's full name in a text holds ("TC Bamberg", `club_places`).

A place's name in such a sentence is often its team's ("Karlsruhe won the match 3-1", "Texas
defeated Cleveland"), and the linker must not give the team its city. The game cue only marks the
sentence; the linker still asks the model for ORG weight before it calls a name a team. An
opponent is a team whatever the model's type: the corpora tag national teams LOC (CoNLL) or MISC
and ORG (WikiNEuRal), and a team is not its country.
"""
from __future__ import annotations

from typing import Collection, Optional

import regex

# Words of a game report, per language (whole words, in lower case; a trailing \w* where the
# word inflects). Words that are as common outside sport ("final", "game", "points") are left out;
# a squad only where a player is named in it before its game ("named in the squad to face Turkey",
# not "the hit squad inquiry", "a new drone squad to face Russia").
_WORDS = {
    "en": r"u-?(?:1\d|2[0-3])(?!\d)|match(?:es)?|scor(?:ed|es|ing)|striker|midfielder|defender|goalkeeper|"
          r"national\s+teams?(?!\s+of\b)|coach(?:es|ed)?|cup|championships?|tournaments?|innings?|hom(?:er|ers|ered)|"
          r"pitcher|touchdowns?|rebounds|playoffs?|qualifiers?|qualifying\s+(?:ties?|rounds?|groups?|games?)|"
          r"semi-finals?|quarter-finals?|wickets?|fixture|derby|debut|"
          r"(?-i:Champions|Nations|Premier|Europa|Super)\s+(?-i:League)|"
          r"(?-i:Bundesliga|Superliga|Eredivisie|Ekstraklasa|Serie\s+[AB]|La\s+Liga|Ligue\s+[12]|Primeira\s+Liga"
          r"|Süper\s+Lig|Premiership)|"
          r"named\s+in\s+(?:the|his|their)\s+squad\s+to\s+(?:face|play)|"
          # (a friendly as a game, not "a friendly meeting"; a cap's count for a side, not "a first
          # cap on prices")
          r"friendl(?:y|ies)\s+(?:against|match|matches|international|game)|on\s+penalties|penalty\s+shoot-?outs?|"
          r"(?:first|\d+)\s+caps?\s+for|"
          # (a player's appearances for a side, not a public, a guest's or a campaign's)
          r"(?<!(?:public|guest|cameo|campaign|television|TV|stage|special|personal)\s+)appearances?\s+for|"
          r"(?:youth|schoolboy)\s+internationals?|round\s+of\s+(?:16|sixteen|32)|group\s+stage|bowled\s+out|"
          r"won\s+the\s+toss|(?-i:Test)\s+(?:victory|win|match|series|century|debut)"
          r"|one-day\s+(?:internationals?|series|match(?:es)?|games?|cup|finals?)|at\s+stumps|all\s+out\s+for\s+\d|"
          r"(?:by|for)\s+\d{1,3}\s+runs|in\s+(?:overtime|extra\s+time)",
    "de": r"weltmeisterschaft\w*|europameisterschaft\w*|trainer|bundesliga|(?-i:Champions|Nations)\s+(?-i:League)|"
          r"pokal|meisterschaft|elfmeter\w*|stürmer|endspiel|halbfinale|torschütze|spieltag|"
          r"spielte\w*\s+unentschieden|derby|eröffnungsspiel|länderspiel\w*|freundschaftsspiel\w*|vorrunde|"
          r"gruppenphase",
    # (a goal after a scorer's verb or with its count, a shoot-out's, "marqué contre", "ouvert le
    # score": not "dans un but politique", "deux buts contre l'Ukraine" (aims) or "marqué par la
    # guerre"; the Cup capitalized or named, not "une coupe budgétaire")
    "fr": r"coupe\s+du\s+monde|match(?:s)?|titres?\s+de\s+champion"
          r"|(?:marqu|inscri|encaiss|concéd)\p{L}*\s+(?:\S+\s+){0,3}?buts?|\d+\s+buts?"
          r"|tirs?\s+au\s+but|marqu\p{L}*\s+contre|ouvert\s+le\s+score|entraîneur|championnat|"
          r"(?-i:Coupe|Copa)|coupe\s+(?:de\s+France|d['’]Europe|de\s+la\s+Ligue)|"
          r"match nul|attaquant|gardien|tournoi|demi-finale|(?:en|la|une|sa|cette|de)\s+finale|éliminatoires|"
          r"sélections?\s+nationales?|sélectionneur",
    # a match as "partido", "partita", "partida" only where the words after it say so ("el partido
    # de ida", "partita amichevole", "partita contro"): a party's too ("los partidos de la
    # oposición", "la respuesta del partido ante las sanciones"); the Champions League, not the
    # League of Nations ("Лига Наций")
    "es": r"(?:la|una|su)\s+final|partidos?\s+(?:de\s+(?:ida|vuelta|fútbol|liga|copa|clasificación)|amistosos?)|"
          r"gol(?:es)?|marcó|entrenador|copa|delantero|portero|torneo|semifinal|campeonato|"
          r"penaltis|fase\s+de\s+grupos|(?:primera|segunda)\s+división",
    "it": r"(?:la|una|sua|della|alla|nella)\s+finale|partit[ae]\s+(?:di\s+(?:andata|ritorno|calcio)|amichevol[ei]"
          r"|contro)|"
          r"gol|segnato|allenatore|campionato|coppa|attaccante|portiere|"
          r"torneo|semifinale|calci\s+di\s+rigore|in\s+finale(?!\s+d)|fase\s+a\s+gironi|"
          r"(?:l['’]|all['’]|dell['’]|nell['’])\s*(?-i:Europeo)|(?:il|al|del|nel)\s+(?-i:Mondiale)",
    "pt": r"copa\s+do\s+mundo|partidas?\s+(?:de\s+(?:ida|volta|futebol)|amistosas?|contra)|"
          r"gols?|golos?|marcou|treinador|campeonato|taça|copa|atacante|goleiro|torneio|pênaltis|penáltis|"
          r"fase\s+de\s+grupos|jogo\s+de\s+abertura",
    "nl": r"wedstrijd(?:en)?|doelpunt(?:en)?|scoorde|trainer|competitie|eredivisie|beker|elftal|spits|keeper|"
          r"toernooi|speelde\s+gelijk|gelijkgespeeld|strafschoppen",
    # "mecz" and "gol" not in "meczet" (a mosque) or "Golan"
    "pl": r"mecz(?!et)\w*|gol(?:a|e|i|u|em|om|ów|ami|ach)?|bramk\w*|trener\w*|puchar\w*|napastnik\w*|"
          r"bramkarz\w*|turniej\w*|mistrzostw\w*|rzut\w*\s+karn\w*|mundial\w*|ćwierćfina\w*|półfina\w*|derb\w*",
    # "гол" and "кубок" by their case endings: "голос" (a vote), "голод" and "кубинский" are no
    # game's; nor is "забил тревогу" (raised the alarm)
    "ru": r"матч\w*|сборн\w*|гол(?:а|у|ом|е|ы|ов|ами|ах)?|тренер\w*|чемпионат\w*|турнир\w*|"
          r"лиг\w+\s+чемпионов|"
          r"забил\w*(?!\s+тревог)|кубок|кубк\w*|пенальти",
    "uk": r"матч\w*|збірн\w*|гол(?:а|у|ом|і|и|ів|ами|ах)?|тренер\w*|чемпіонат\w*|турнір\w*|"
          r"ліг\w+\s+чемпіонів|"
          r"забив\w*(?!\s+(?:тривог|на\s+сполох))|кубок|кубк\w*|пенальті",
    "tr": r"maç\w*|gol\w*|teknik direktör\w*|kupa\w*|forvet\w*|kaleci\w*|turnuva\w*|şampiyon\w*|penaltı\w*",
    "ar": r"مباراة|المباراة|مباراته|هدف|هدفين|أهداف|الأهداف|مدرب|المدرب|الدوري|كأس|منتخب|بطولة|البطولة|"
          r"[وفب]?(?:ربع|نصف)\s+النهائي|[وفب]?ركلات\s+الترجيح",
}
# ...and words of a game report that war, election and business news use as much ("won",
# "defeat", "team", "season", and a league, a club, a goal, a match that is a party's: "the Arab League
# called for sanctions against Israel", "the Paris Club", "price caps", "climate goals", "los partidos de la
# oposición", "nella partita dell'export", "un parecer técnico", "der Verein Deutscher
# Ingenieure"), and a tournament's name, which protests, sanctions and visas name as often
# ("Während der WM demonstrierten Menschenrechtler gegen Katar", "Pendant le Mondial, des ONG ont
# manifesté contre le Qatar"): they mark a game report, not an opponent's ("the war against
# Russia" beside "victory" is no match).
_ALSO = {
    "en": r"seasons?|teams?|squad|wins?|won|beat(?:s|ing)?|defeat(?:s|ed)?|draw|drew|lost|victory|league|club|caps|"
          r"goals?",
    "de": r"spiel(?:e|en|s)?|tor(?:e|en)?|mannschaft|saison|sieg|niederlage|gewann|gewinnt|besiegte|verlor|"
          r"unentschieden|liga|verein|(?-i:WM|EM)(?:-\w+)?",
    "fr": r"saison|club|équipe|victoire|défaite|battu(?:e|s)?|ligue|(?:le|du|au)\s+(?-i:Mondial)",
    "es": r"temporada|club|equipo|victoria|derrota|venció|empate|liga|partidos?|(?:el|del|al)\s+(?-i:Mundial)",
    "it": r"stagione|serie|squadra|vittoria|sconfitta|battuto|pareggio|partit[ae]|"
          r"(?:agli|degli|negli|gli|ai|dei|i)\s+(?-i:Europei|Mondiali)",
    "pt": r"jogos?|temporada|clube|equipe|equipa|vitória|derrota|venceu|empate|liga|partidas?|técnico|"
          r"(?:o|do|no|ao)\s+(?-i:Mundial)",
    "nl": r"seizoen|club|ploeg|overwinning|nederlaag|won|verloor|gelijkspel|(?-i:WK|EK)",
    "pl": r"sezon\w*|klub\w*|drużyn\w*|zwycięst\w*|porażk\w*|pokonał\w*|remis\w*|lig\w+|mundial\w*",
    "ru": r"команд\w*|клуб\w*|сезон\w*|финал\w*|обыгр\w*|выигр\w*|проигр\w*|победил\w*|побед[аеуы]|ничь\w+|сч[её]т\w*|"
          r"лиг\w+",
    "uk": r"команд\w*|клуб\w*|сезон\w*|фінал\w*|виграл\w*|програл\w*|переміг\w*|перемог\w*|нічи\w+|рахун\w*|"
          r"ліг\w+",
    "tr": r"sezon\w*|kulüp\w*|takım\w*|galibiyet\w*|mağlubiyet\w*|yendi|berabere\w*|lig\w*",
    "ar": r"الموسم|نادي|النادي|فريق|الفريق|فاز|خسر|تعادل",
}
# What stands before an opponent's name, per language: "against", and the verbs of a result
# ("beat", "a 3-0 win over", "lost 1-0 to", "a goalless draw with"). Polish "z" counts only after
# "a match" or a result ("w meczu z Ekwadorem", "przegrał z Anglią"), and so do Russian "с" and
# Ukrainian "з" ("товариський матч з Молдовою"): alone they mean "from" as often ("z Niemiec", "с
# Украины"). Verbs that diplomacy uses as much are left out: "frente a", "diante de", "schlug ...
# vor" (proposed), "уступил" (ceded), "uległ" (yielded), "a meeting with" ("po spotkaniu z Turcją").
_SCORE_WORDS = r"(?:\d{1,3}\s*[-–]\s*\d{1,3}\s+|goalless\s+|scoreless\s+)?"
# a result's score, and the round it came in, between its verb and the side: "empató 1-1 con",
# "gewann 2:1 gegen", "verlor im Achtelfinale gegen", "przegrała w półfinale z" (not "gewann den
# Rechtsstreit gegen", "wygrała spór z")
_RESULT = (r"(?:\s+(?:por\s+|mit\s+|met\s+)?\d{1,3}\s*[-–:]\s*\d{1,3})?"
           r"(?:\s+(?:im|in|bei|en|el|w|we|na|nel|nella|negli|nei|no|nos|nas)(?:\s+\S+){1,3}?)?")
# (a passive's verb of a result and its score: "were held 0-0", "were held to a 0-0 draw", "was
# thrashed 40-9")
_PASSIVE_RESULT = (r"(?:held|thrashed|beaten|defeated|routed|hammered|crushed|trounced|edged|downed|stunned|upset"
                   r"|blanked|whipped|humbled|outclassed)(?:\s+to\s+an?)?\s+\d{1,3}\s*[-–]\s*\d{1,3}(?:\s+draw)?")
_OPPONENT_BEFORE = {
    "en": r"against|versus|vs\.?|v\.?|beat|beats|beating|defeated|defeating|face[sd]?|facing"
          # ...or the side's own, where another word says a game: "belted a three-run homer for Los
          # Angeles" (not "scored": "the deal scored a win for Ukraine"; nor "goals": "climate goals
          # for India")
          r"|(?:played|playing|plays|play|homer(?:ed|s)?|appearances?|caps?|capped)(?:\s+\S+){0,3}?\s+for"
          r"|(?:win|wins|won|victory|victories)\s+over"
          # (a passive's agent: "were eliminated by Italy in the round of 16", "capped 45 times by
          # Scotland"; a war's "defeated by the Austrians" has no game's word)
          r"|(?:eliminated|knocked\s+out|beaten|defeated|thrashed|routed)(?:\s+\d{1,3}\s*[-–]\s*\d{1,3})?\s+by"
          # ("England were held 0-0 by Italy", "Pakistan bowled out Zimbabwe for 326": an audit's;
          # not "was rejected 53-47 by Ireland", "was won 51-48 by Trump", an independent review's)
          r"|(?:was|were)\s+" + _PASSIVE_RESULT + r"\s+by|bowled\s+out"
          r"|capped(?:\s+\S+){0,3}?\s+by|(?:lost|losing)\s+the\s+(?:semi-|quarter-)?finals?\s+to"
          # (a result's host after its score: "a 4 – 1 win at Indonesia", not "a win at Wimbledon")
          r"|(?P<scored>\d{1,3}\s*[-–]\s*\d{1,3}\s+(?:win|victory|defeat|loss|draw)\s+at)"
          r"|(?:loss|losses|defeat|defeats|lost|losing)(?:\s+side)?\s+" + _SCORE_WORDS + r"to"
          r"|(?:draw|draws|drew|drawn|tie|tied)\s+" + _SCORE_WORDS + r"with"
          r"|(?:final|semi-final|quarter-final|friendly)\s+between",
    # French: "face à l'Italie", "face au Cameroun", "battu par le Nigeria", "en éliminant l'Italie",
    # "ont affronté l'Espagne", "la réception de la Croatie"
    "fr": r"contre|face\s+(?:à|au|aux)|(?:battu|défait|éliminé)(?:e|s|es)?(?:\s+\S+){0,6}?\s+par|battu(?:e|s|es)?"
          r"|bat|battent|battant|élimin(?:e|ent|ant|é|ée|és|ées)|affront(?:e|er|ent|é|era|eront)"
          r"|réception\s+d[eu]|victoire\s+sur",
    # ...and in the other languages, the verbs of a result and "a match with": "besiegte Dänemark",
    # "venció a Brasil", "ha battuto la Francia", "w meczu z Ekwadorem", "обыграл Данию",
    # "выиграв в финале у Камеруна", "забил в ворота Португалии"
    "de": r"gegen|besiegte|besiegten|bezwang|bezwangen|unterlag|unterlagen|(?P<struck>schlug|schlugen)",
    "es": r"contra|ante|(?:venci[óe]|vencieron|venciendo|vencer|derrot(?:ó|aron|ando|ar)|gole(?:ó|aron|ando)"
          r"|elimin(?:ó|aron|ando)|gan(?:ó|aron|ando))\s+al?|empat(?:ó|aron|ando)\s+con",
    "it": r"contro|affront(?:a|ano|ava|ò|ato|ata|ando|erà)|batt(?:e|ono|é|uto|uta|endo)|sconfi(?:gge|ggendo|sse)"
          r"|(?:sconfitt|battut|eliminat)[aoie](?:\s+\S+){0,3}?\s+da(?:l|lla|llo|ll['’])?|vittoria\s+su(?:l|lla)?"
          r"|(?:ha|hanno)\s+(?:sconfitto|eliminato)"
          r"|pareggi(?:o|ato|a)\s+con",
    "pt": r"contra|venc(?:eu|eram|endo)|derrot(?:ou|aram|ando)|gole(?:ou|aram|ando)|elimin(?:ou|aram|ando)"
          r"|(?:empat(?:ou|aram)" + _RESULT + r"\s+com|perd(?:eu|eram)" + _RESULT + r"\s+(?:para|com))",
    "nl": r"tegen|versloeg|versloegen|(?:won|wonnen|verloor|verloren)\s+van",
    "pl": r"przeciwko|przeciw|(?:mecz(?!et)\w*|pojedyn\w*|przegran\w*|wygran\w*|zremisowan\w*|remis\w*"
          r"|zwycięstw\w*|porażk\w*|przegra[łl]\w*|wygra[łl]\w*|zremisowa[łl]\w*)" + _RESULT + r"\s+z"
          r"|pokona[łl]\w*|pokonując\w*|ogra[łl]\w*|pokonan\w*\s+przez",
    "ru": r"против|(?:обыгр|переигр|разгромил|победил|проигр)\w*"
          # (a win's or a loss's "у", a round between: "выиграв в финале у Камеруна"; a round's
          # alone only where the sentence has a game's word, since Eurovision has finals too:
          # "В финале у Италии оказалось больше всего баллов")
          r"|(?:выигр|проигр)\w*(?:\s+\S+){0,2}?\s+у|матч\w*\s+(?:с|со)|(?P<round>(?:полу|четверть)?финал(?:е|а|у|ом)?\s+у)"
          r"|ворота(?:\s+(?:команды|сборной))?",
    "uk": r"проти|(?:обіграл|переграл|розгромил|переміг|перемогл|програл)\w*|поразк\w*\s+від"
          r"|(?:пів|чверть)?фінал(?:і|у|ом)?\s+у|матч\w*\s+(?:з|зі|із)"
          r"|ворота(?:\s+(?:команди|збірної))?",
    "ar": r"ضد|أمام|[وف]?(?:فاز|فازت|تغلب|تغلبت)(?:\s+\S+){1,2}?\s+على",
}
# ...and after it: a side that beat another ("Romania beat Lithuania 2-1", "L'Australie bat
# l'Italie", not "La Russie bat en retraite") or played a match ("Венгрия играла товарищеский
# матч"), a result's score right after the side ("уступила Испании со счётом 1:3"), Turkish
# "karşı" after the dative ("İtalya'ya karşı").
_OPPONENT_AFTER = {
    # (or won by a score, went on, or out, in a round or a tournament: "Serbia lost 1–0 to Costa
    # Rica", "Argentina advanced to the quarter-final", "Ghana reached the quarter-finals", "Croatia
    # finished third at the 1998 World Cup", "Iceland knocked England out of Euro 2016", "India were
    # bowled out for 36"; a game's word must still be in the sentence, since talks and accessions
    # have stages, rounds and finals too)
    "en": r"\s+(?:beat|beats|defeated|drew\s+(?:\d{1,3}\s*[-–]\s*\d{1,3}\s+)?with"
          r"|(?:lost|won|drew)\s+\d{1,3}\s*[-–]\s*\d{1,3}"
          r"|(?:advanced|progressed|qualified|went\s+through)\s+(?:to|for|into)\s+(?:the|their|its)\s+(?:\S+\s+){0,3}?"
          r"(?:rounds?|stages?|finals?|semi-finals?|quarter-finals?|knockouts?|play-?offs?|cups?|championships?"
          r"|tournaments?)"
          r"|(?:lost|won|reached)\s+the\s+(?:\S+\s+){0,2}?(?:semi-finals?|quarter-finals?|finals?)(?!\s+(?:stage|round|phase"
          r"|version|draft|text|deal|agreement|decision|report|say))"
          r"|finished\s+(?:first|second|third|fourth|fifth|top|bottom|last|runners-up)\s+(?:in|at|of)"
          r"|knocked\s+(?:\S+\s+){1,3}?out|(?:was|were)\s+(?:eliminated|knocked\s+out|bowled\s+out)"
          r"|won\s+the\s+toss|chased\s+down"
          # (a passive's score, a cricket side's total, a title: "Wales were thrashed 40-9 by France",
          # "New Zealand were all out for 198", "Australia were 245 for four at stumps", "Sri Lanka won
          # the one-day series": an audit's; not a title's bid or rights)
          r"|(?:was|were)\s+" + _PASSIVE_RESULT + r"\s+by"
          r"|(?:was|were)\s+(?:all\s+out\s+for\s+\d+"
          r"|\d{1,3}\s+for\s+(?:\d|one|two|three|four|five|six|seven|eight|nine)\b)"
          r"|bowled\s+(?:\S+\s+){0,3}?out"
          r"|won\s+the\s+(?:\S+\s+){0,3}?(?:series|pennant|(?-i:Cup))"
          r"(?!\s+(?:bid|hosting|co-hosting|rights|nod|vote|race)(?![\p{L}\p{M}]))"
          r")\b",
    "fr": r"\s+(?:bat|battent|(?:a|ont)\s+battu)\s+(?:l['’]\s*|(?:la|le|les)\s+)?(?-i:\p{Lu})",
    # ...and the other languages' result verbs after their subject, before a side's name (only a
    # score between): "Italia ha battuto la Spagna", "Portugal venceu a Espanha", "Polska pokonała
    # Walię", "België speelde gelijk tegen Kroatië"; not "Colombia eliminó los aranceles", "Il
    # Giappone ha battuto il record", "Israel schlug zurück", "Polska wygrała spór z Czechami"
    **{lang: r"\s+(?:" + verbs + r")(?:\s+|(?<=['’]))(?:(?:" + articles + r")(?:\s+|(?<=['’])))?(?-i:\p{Lu})"
       for lang, verbs, articles in (
           ("de", r"besiegte|bezwang|unterlag|(?P<struck>schlug|schlugen)"
                  r"|(?:gewann|verlor|spielte\s+unentschieden)" + _RESULT + r"\s+gegen"
                  r"|(?:gewann|verlor)\s+(?:das|den|die)\s+(?:\S+\s+)?(?:Finale|Halbfinale|Endspiel|Derby|Spiel|Duell"
                  r"|Länderspiel|Pokalfinale|Eröffnungsspiel)(?:\s+\S+){0,3}?\s+gegen",
            "die|den|der|das"),
           ("es", r"(?:venci[óe]|derrot[óe]|gole[óe]|elimin[óe])" + _RESULT + r"\s+al?"
                  r"|(?:empat[óe]|perdi[óe]|gan[óe]|cay[óe])" + _RESULT + r"\s+(?:con|ante|a|al|contra)", "la|el|los"),
           ("it", r"(?:ha|hanno)\s+(?:battuto|sconfitto|eliminato)" + _RESULT
                  + r"|(?:ha|hanno)\s+(?:pareggiato\s+con|perso\s+contro)"
                  # (a passive's agent: "L'Ungheria fu sconfitta dalla Germania Ovest")
                  r"|(?:fu|furono|(?:è|sono)\s+stat[aoie])\s+(?:sconfitt|battut|eliminat)[aoie]\s+"
                  r"da(?:l|lla|llo|i|gli|ll['’])?", "il|la|lo|l['’]"),
           ("pt", r"(?:venceu|derrotou|goleou|eliminou)" + _RESULT
                  + r"|(?:empatou|perdeu)" + _RESULT + r"\s+(?:com|para|contra)", "o|a|os|as"),
           ("nl", r"versloeg|speelde\s+gelijk\s+tegen|(?:won|verloor)" + _RESULT + r"\s+van", "de|het"),
           ("pl", r"(?:pokona[łl]\w*|ogra[łl]\w*)" + _RESULT + r"|(?:przegra[łl]|wygra[łl]|zremisowa[łl])\w*" + _RESULT
                  + r"\s+z",
            "(?!)"))},
    # (an adverb may stand before the verb, not a pronoun: "Германия сенсационно проиграла"; a round
    # reached is a side's: "Греция дошла до четвертьфинала")
    "ru": r"\s+(?:(?:(?!(?:он|она|оно|они|мы|я|вы|ты)\s)\p{Ll}+\s+)?"
          r"(?:(?:сыграл|играл)\w*\s+(?:\S+\s+){0,2}?матч|сыграл\w*\s+вничью"
          r"|(?:в\s+\S+\s+)?(?:обыграл|переиграл|разгромил|победил|проиграл)\w*"
          r"|дош(?:ёл|ла|ли|ло)\s+до\s+(?:полу|четверть)?финала)|(?P<score>со\s+сч[её]том\s+\d{1,2}\s*:\s*\d))",
    "uk": r"\s+(?:(?:(?!(?:він|вона|воно|вони|ми|я|ви|ти)\s)\p{Ll}+\s+)?"
          r"(?:(?:зіграл|грал)\w*\s+(?:\S+\s+){0,2}?матч|зіграл\w*\s+внічию"
          r"|(?:у\s+\S+\s+)?(?:обіграл|переграл|розгромил|переміг|перемогл|програл)\w*"
          r"|дійш(?:ов|ла|ли|ло)\s+до\s+(?:пів|чверть)?фіналу)|(?P<score>з\s+рахунком\s+\d{1,2}\s*:\s*\d))",
    # Turkish puts the verb after its object's case: "Kamerun'u 2-0 yendi", "Almanya'ya 3-2
    # yenilerek", "Hırvatistan'ı penaltılarla eledi", "İngiltere'yi 2-1 mağlup etti"
    "tr": r"['’]?\p{L}{0,4}\s+karşı(?:sında)?\b"
          r"|['’](?:[ıiuü]|y[ıiuü]|n[ıiuü]|[ae]|y[ae]|n[ae])\s+(?:\S+\s+){0,2}?(?:yen(?:di|erek|en|ildi|ilerek)|ele(?:di|yerek|yen)"
          r"|mağlup\s+(?:etti|ederek|eden|oldu)|berabere\s+kal(?:dı|arak))(?![\p{L}\p{M}])",
}


# ...or a team's record right after the name, in the forms only a season's table takes: "won eight
# straight games", "won 12 of its last 15 games", "won for the seventh time in eight games", "lost
# 100 games in 1906" (not "Dallas won the right to host nine games", "China lost 40 games to the
# licensing freeze", "Russia lost 300 games from the PlayStation Store"). It says the game itself.
_COUNT_EN = (r"(?:\d{1,3}(?![\d,])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
             r"|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
             r"(?:-\w+)?|a\s+hundred)")
_RECORD_AFTER = {"en": regex.compile(
    r"\s+(?:won|lost)\s+(?:" + _COUNT_EN + r"\s+(?:straight|consecutive|successive)\s+games"
    r"|" + _COUNT_EN + r"\s+of\s+(?:its|their)\s+(?:last|first)\s+" + _COUNT_EN + r"\s+games"
    r"|for\s+the\s+\w+\s+time\s+in\s+" + _COUNT_EN + r"\s+games"
    r"|" + _COUNT_EN + r"\s+games\s+(?:in\s+a\s+row|in\s+(?:19|20)\d\d))(?![\p{L}\p{M}\d])", regex.IGNORECASE)}


# A round's name, which dates a sentence as often as it reports a game ("Nach dem Viertelfinale
# sprach sich die Bundesregierung gegen Ungarn aus", "Tras los octavos de final, el Gobierno
# anunció aranceles contra China"): a game's only within a few words of its side ("verlor im
# Achtelfinale gegen Japan", "In de halve finale tegen Portugal", "W półfinale Polska przegrała z
# Francją"), `_round_beside`.
_ROUNDS = {
    "de": r"\w*finale|endspiel|relegation\w*",
    "fr": r"(?:huitièmes?|quarts?)\s+de\s+finale|demi-finale|barrages?|(?:en|la|une|sa|cette|de)\s+finale",
    "es": r"(?:octavos|cuartos)\s+de\s+final|semifinal(?:es)?|eliminatorias|repechaje|(?:la|una|su)\s+final",
    "it": r"(?:ottavi|quarti)\s+di\s+finale|semifinal[ei]|spareggio|(?:la|una|sua|della|alla|nella)\s+finale",
    "pt": r"(?:oitavas|quartas|oitavos|quartos)\s+de\s+final|semifinal|repescagem|(?:a|na|da|uma)\s+final",
    "nl": r"(?:achtste|kwart|halve)\s*finales?|(?:de|het)\s+finale",
    "pl": r"ćwierćfina\w*|półfina\w*|finał\w*|finale|baraż\w*",
    "ru": r"(?:полу|четверть)?финал(?:а|е|у|ом|ы|ов)?|плей-офф",
    "uk": r"(?:пів|чверть)?фінал(?:у|і|ом|и|ів)?|плей-оф",
}


def _words(words: str) -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")(?![\p{L}\p{M}])", regex.IGNORECASE)


_RX = {lang: _words(words) for lang, words in _WORDS.items()}
_RX_ROUNDS = {lang: _words(words) for lang, words in _ROUNDS.items()}
_WORDS_BEFORE = regex.compile(r"(?:\S+\s+){0,2}$")
_WORDS_AFTER = regex.compile(r"(?:\s+\S+){0,4}")
_RX_ALSO = {lang: _words(words) for lang, words in _ALSO.items()}
# The articles a country's name takes after them ("contre la Belgique", "contro l'Italia").
_ARTICLES = {"en": "the", "de": "die|das|den|der|dem", "fr": "la|le|les|l['’]", "es": "el|la|los",
             "it": "il|la|lo|l['’]", "pt": "o|a|os|as", "nl": "de|het"}
# An opponent's word reaches down a list of names after it: "against Sweden, England and
# Paraguay", "przegranych z Anglią, Szwecją i Polską". A listed name has at most three words,
# each capitalized.
_AND = {"en": "and|or", "de": "und|oder", "fr": "et|ou", "es": "y|e|o", "it": "e|ed|o", "pt": "e|ou", "nl": "en|of",
        "pl": "i|oraz|lub", "ru": "и|или", "uk": "і|й|та|або"}
_LISTED = r"(?-i:\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})"


# A name after a comma in such a list is one of it where a comma or "and" follows it too: "against
# Spain, Madrid police arrested 20 fans" is no list.
_AFTER_COMMA = regex.compile(r",\s*(?:\S+['’]?\s*)?$")


def _before(lang: str, words: str) -> regex.Pattern:
    article = r"(?:(?:" + _ARTICLES.get(lang, "(?!)") + r")(?:(?<=['’])|\s+))?"
    comma_or_and = r"(?:\s*,\s*|\s+(?-i:" + _AND.get(lang, "(?!)") + r")\s+)"
    listed = r"(?P<listed>(?:" + _LISTED + comma_or_and + article + r"){0,4})"
    # (a word that ends in an elided article takes the name right after it: "sconfitti dall'Uruguay")
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")(?:\s+|(?<=['’]))" + article + listed + "$",
                         regex.IGNORECASE)


_BEFORE = {lang: _before(lang, words) for lang, words in _OPPONENT_BEFORE.items()}
_LIST_GOES_ON = {lang: regex.compile(r"\s*(?:,|(?-i:" + _AND.get(lang, "(?!)") + r")\s)") for lang in _OPPONENT_BEFORE}
# ...and what only a side does after its name in the other languages: wins a cup or a title by its
# name ("Chile ganó la Copa América", "La Grecia ha vinto l'Europeo", "Saint-Étienne a remporté dix
# titres"), goes up or down a division ("Nürnberg stieg 2008 aus der Bundesliga ab", "El Granada
# ascendió a Primera División"), finishes a tournament in a place ("Polska zajęła trzecie miejsce na
# mistrzostwach"): an audit's, each linked to the place. A game's word must be in the sentence still.
_SIDE_AFTER = {
    "de": r"\s+gewann\s+(?:die|den|das)\s+(?-i:WM|EM|Weltmeisterschaft|Europameisterschaft|DFB-Pokal|Pokal)\b"
          r"|\s+stieg(?:en)?\s+(?:\d{4}\s+)?(?:aus\s+der|in\s+die)\s+(?:\S+\s+){0,3}?(?:ab|auf)(?=\s*(?:[,.;:!?]|$))",
    "es": r"\s+gan[óe]\s+(?:la|el)\s+(?-i:Copa|Eurocopa|Mundial|Liga|Supercopa)\b"
          r"|\s+(?:ascendi[óe]|descendi[óe])\s+a\s+(?-i:Primera|Segunda)\b",
    "it": r"\s+(?:ha|hanno)\s+vinto\s+(?:il\s+|la\s+|l['’]\s*)(?-i:Mondiale|Europeo|Coppa|Scudetto)\b",
    "pt": r"\s+(?:venceu|ganhou|conquistou)\s+(?:a|o)\s+(?-i:Copa|Mundial|Euro|Taça)\b",
    "fr": r"\s+(?:a|ont)\s+remporté\s+(?:\S+\s+){0,2}?(?:titres?\s+de\s+champion|(?-i:Coupe|Mondial|Euro))\b",
    "pl": r"\s+(?:wygra[łl]\w*|zdoby[łl]\w*)\s+(?-i:Puchar|Mundial)|\s+zaj(?:ęła|ął|ęli|ęło)\s+\S+\s+miejsce\b",
}
_AFTER = {lang: regex.compile(words + ("|" + _SIDE_AFTER[lang] if lang in _SIDE_AFTER else ""), regex.IGNORECASE)
          for lang, words in _OPPONENT_AFTER.items()}
# A possessive after the name is the player's side, by nationality: "against Puerto Rico's Hector
# Camacho" names a boxer's country.
_POSSESSIVE = regex.compile(r"\s?['’]s\b")
# ...and a name after "of" or "from" is a club's country, not the side that won: "Benetton of
# Italy beat Dinamo of Russia 92-81", "klub z Andaluzji pokonał RCD Espanyol".
_FROM_BEFORE = {lang: regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")(?:\s+|(?<=['’]))$", regex.IGNORECASE)
                for lang, words in {"en": r"of(?:\s+the)?", "de": "aus|von", "fr": r"de|du|d['’]", "es": "de|del",
                                    "it": r"di|del|della|dello|dell['’]|da|dal|dalla", "pt": "de|do|da|dos|das",
                                    "nl": "uit|van", "pl": "z|ze", "ru": "из", "uk": "з|із"}.items()}
# ...and what makes German "schlug" a proposal's or an alarm's, not a win, wherever the name stands:
# "Vor dem Achtelfinale schlug Frankreich Alarm", "Italien schlug der Türkei eine gemeinsame
# Bewerbung vor" (an independent review's).
_PROPOSAL = regex.compile(r"(?<![\p{L}\p{M}])(?:Alarm(?![\p{L}\p{M}])|(?:vor|zurück)(?=\s*(?:[.,;:!?)]|$)))")
# A vote's words: its tally is no result ("Israel won 3–1 in the vote on the resolution").
_VOTE = {"en": _words(r"votes?|voted|voting|ballots?|resolution|referendum|elections?|polls?|senate|congress"
                      r"|parliament|delegates")}
# ...nor is a song contest's, in any language ("Sweden edged Finland 583-526 to win Eurovision",
# "Polska zajęła ósme miejsce w półfinale Eurowizji": an independent review's).
_CONTEST = _words(r"eurovision\w*|eurowizj\w*|евровидени\w*|євробачен\w*|eurovisión|eurovisione|eurovisão"
                  r"|song\s+contest")
# A place's preposition before a name that a result's score or a side's verb follows: the game's
# venue ("1 stycznia 1975 w Garmisch-Partenkirchen zajął ósme miejsce", "In Dortmund schlug
# Italien Deutschland").
_VENUE_BEFORE = {lang: regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")\s+$", regex.IGNORECASE)
                 for lang, words in {"ru": "в|во|на|под|около|возле", "uk": "в|у|на|під|біля",
                                     "pl": "w|we|na|pod|koło|obok", "de": "in|im|bei"}.items()}
# ...or a tournament named by its year ("Euro 2000", "ЕВРО-1996", capitalized: "курс евро 2008
# года" is the currency's rate in a year), or a Russian or Ukrainian result's words ("со счётом
# 1:0", "з рахунком 2:1"), or a French one in words ("trois victoires à une", "deux buts à zéro",
# "s'est imposée 2 à 1"), where a stop or a word of the game follows it (not "deux victoires à une
# semaine d'intervalle", "une victoire à un moment clé").
_EVENT = regex.compile(r"(?<![\p{L}\p{M}])(?-i:Euro|EURO|Евро|ЕВРО|Євро|ЄВРО)[ \t-]?(?:19|20)\d\d(?!\d)"
                       r"|(?:сч[её]том|рахунком)\s+\d{1,2}\s*:\s*\d{1,2}"
                       r"|(?<![\p{L}\p{M}])(?:(?:une|deux|trois|quatre|cinq|\d{1,2})\s+(?:victoires?|buts?|sets?|manches?)"
                       r"|(?:imposé|emporté|victoire|défaite)\p{L}*(?:\s+\S+){0,2}?\s+\d{1,2})"
                       r"\s+à\s+(?:zéro|une?|deux|trois|quatre|\d{1,2})(?=\s*(?:[,.;:)]|$)|\s+(?:contre|face|devant|et|en|lors"
                       r"|au|aux|sur|dans|pour|grâce)(?![\p{L}\p{M}]))", regex.IGNORECASE)
# A result line's sides: "Slovenia 0–0 Norway", "21 June 2000, Slovenia 0–0 Norway", "Wolverhampton
# Wanderers 4–3 Leicester City (25 October 2003)". The line (or a clause of it) holds the two names
# and the score alone, so "Sie blieb in Berlin 2-3 Tage" and "Köln 2-3 Grad über dem Mittel" (German
# capitalizes its nouns) are none; nor a date range's place ("Essex, England 7–13 September 2015",
# "June 4–5 London") or a vote's ("Trump carried Florida 51-48 Tuesday"). The months and days the
# languages served capitalize are enough: the others write them in lower case.
_MONTHS = (r"Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|M(?:a|ä)r(?:ch|z)?|Apr(?:il)?|May|Mai|June?|Juni|July?|Juli"
           r"|Aug(?:ust)?|Sept?(?:ember)?|O[ck]t(?:ober)?|Nov(?:ember)?|De[cz](?:ember)?|Ocak|Şubat|Mart|Nisan"
           r"|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık")
_MONTH = (r"(?:" + _MONTHS + r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch"
          r"|Donnerstag|Freitag|Samstag|Sonntag|Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar)(?![\p{L}\p{M}])")
# ...nor German's capitalized units ("Bayern 12–14 Grad, im Norden teils Regen": an independent
# review's)
_UNIT = (r"(?:Grad|Prozent|Uhr|Euro|Dollar|Franken|Meter|Kilometer|Zentimeter|Stunden|Tage|Wochen|Monate|Jahre"
         r"|Minuten|Sekunden|Punkte|Millionen|Milliarden|Mal|Liter|Tonnen|Kilo|Gramm)(?![\p{L}\p{M}])")
# "3-1", "5 – 0", "(2:1)": numbers of at most three digits (neither a year range nor a date, the
# "08-30" of "1996-08-30", is a score); a colon only in brackets, as Russian and German write a
# result, since "10:30" is a time (and "3:1" a ratio, "Genesis 1:3" a verse). A full stop may end
# the sentence after it ("beat Lithuania 2-1."), not start a decimal ("2-1.5"); a comma may follow it
# ("Norway stunned Brazil 4-2, and ...") but not a digit after the comma ("3-1,500"); a month before
# it makes it days ("December 12-15, 2019", while "on Saturday 2-1" is a score). A range before what
# it counts is no score either ("200-300 tanques para vencer a Rusia", "2-3 bilhões", "5-7 procent",
# "7-8 settimane", "14-18 Leopard tanks", "5-6 Prozent": an independent review's): a word in lower
# case after a score must be a preposition, an article, a conjunction or a result's word, in one
# of the languages served, or open a result's phrase ("a 3-0 first-leg win").
_AFTER_SCORE_WORDS = (
    r"in|at|on|for|with|after|behind|to|as|and|but|when|while|before|despite|under|over|through|during|from|against"
    r"|by|or|the|a|an|their|his|its|win|wins|won|victory|victories|defeat|defeats|loss|losses|draw|draws|lead|home"
    r"|away|aggregate|thanks|then|last|this|extra|overtime|penalties|scoreline|triumph|result|margin|tie|vs|versus|v"
    r"|lost|drew|beat|was|were|is|earlier|later|series|thrashing|friendly|shoot-?out"
    r"|en|al|ante|contra|con|de|del|y|e|pero|tras|sobre|frente|para|por|el|la|los|las|un|una|victoria|derrota|empate"
    r"|ventaja|global|gracias|antes|después"
    r"|alla|contro|di|della|ed|ma|dopo|su|sul|per|il|lo|i|gli|le|vittoria|sconfitta|pareggio|nel|nella|grazie|prima"
    r"|em|no|na|ao|com|do|da|mas|após|pelo|pela|o|os|as|um|uma|vitória|empate|graças"
    r"|à|au|aux|contre|avec|du|des|et|mais|après|face|sur|pour|par|les|une|dans|lors|grâce|avant"
    r"|im|gegen|mit|und|aber|nach|bei|vor|am|auf|für|durch|über|zu|zum|der|die|das|den|dem|ein|eine"
    r"|gewonnen|verloren|gewann|verlor|tegen|met|maar|op|bij|van|voor|door|het|een"
    r"|w|we|z|ze|przeciwko|ale|po|dla|przez|nad|pod|przed|od|u|wygra\p{L}*|przegra\p{L}*|zwycięst\p{L}*"
    r"|porażk\p{L}*|remis\p{L}*|pokona\p{L}*"
    r"|в|во|с|со|против|и|но|после|у|на|над|под|за|до|от|по|при|из|побед\p{L}*|поражени\p{L}*|выигр\p{L}*"
    r"|проигр\p{L}*|обыгр\p{L}*|ничь\p{L}*"
    r"|зі|із|проти|і|й|та|але|після|під|від|перемог\p{L}*|поразк\p{L}*|вигра\p{L}*|програ\p{L}*|нічи\p{L}*"
    r"|yen\p{L}*|kazan\p{L}*|kaybet\p{L}*|mağlu\p{L}*|berabere\p{L}*|galip|ele\p{L}*|skor\p{L}*|ile|ve"
    r"|gol\p{L}*|puan\p{L}*|galibiyet\p{L}*|bit\p{L}*|karşı\p{L}*")
_RESULT_NOUN = r"(?:win|victory|defeat|loss|draw|triumph|thrashing|drubbing|rout|success|reverse)"
_DASH_SCORE = (r"(?<![\d.,:/–-]|(?:" + _MONTHS + r")\.?[ \t]+)\d{1,3}\s*[-–]\s*\d{1,3}(?![\d:/–-]|[.,]\d)"
               r"(?!\s*%|[ \t]+(?:" + _MONTH + r"|" + _UNIT + r")"
               r"|[ \t]+(?!(?:" + _AFTER_SCORE_WORDS + r")(?![\p{L}\p{M}])"
               r"|(?:\p{Ll}[\p{L}\p{M}-]*[ \t]+){1,2}" + _RESULT_NOUN + r"(?![\p{L}\p{M}]))\p{Ll})")
_SCORE = regex.compile(_DASH_SCORE + r"|\(\s*\d{1,2}\s*:\s*\d{1,2}\s*\)")
_SIDE_WORD = r"(?!" + _MONTH + r"|" + _UNIT + r")(?-i:\p{Lu})[\p{L}\p{M}.'’-]*"
_SIDE = _SIDE_WORD + r"(?:[ \t]+" + _SIDE_WORD + r"){0,3}"
_LINE_SCORE = r"[ \t]+\d{1,3}[ \t]*[-–][ \t]*\d{1,3}[ \t]+"
_LINE_OPEN = r"(?:^|[,;:(*•·|–—-]|\d)[ \t]*"
_LINE_CLOSE = r"[ \t]*(?:$|[,;.()\[\]])"
# (the first side's end, and the second's start, are the mention's)
_FIRST_SIDE_OPENS = regex.compile(_LINE_OPEN + r"(?:" + _SIDE_WORD + r"[ \t]+){0,3}$", regex.MULTILINE)
_FIRST_SIDE_ENDS = regex.compile(_LINE_SCORE + _SIDE + _LINE_CLOSE, regex.MULTILINE)
_SECOND_SIDE_OPENS = regex.compile(_LINE_OPEN + _SIDE + _LINE_SCORE + r"$", regex.MULTILINE)
_SECOND_SIDE_ENDS = regex.compile(r"(?:[ \t]+" + _SIDE_WORD + r"){0,3}" + _LINE_CLOSE, regex.MULTILINE)


# ...and in English prose, two sides with a result's verb between them and the score or the margin
# right after the second: "Norway stunned Brazil 4-2", "Atlanta pounded Colorado 9-2", "Miami lost to
# New England 27-24", "South Africa thrashed India by 328 runs" (an audit's wire sentences). Only a
# result's verbs ("Germany sent Ukraine 14-18 Leopard tanks", "Brazil overtook Argentina 2-1 as
# soybean supplier", "Japan trails China 1-3 in reactors": an independent review's), no range before
# what it counts (`_DASH_SCORE`), no points' margin ("Finland outscored Estonia by 12 points in
# PISA"), no person on either side nor a vote's or a contest's word in the sentence ("Trump carried
# Florida 51-48", "Sweden edged Finland 583-526 to win Eurovision").
_BETWEEN = (r"(?:beat|beats|defeated|defeats|downed|downs|stunned|stuns|upset|upsets|edged|edges|pounded|pounds"
            r"|routed|routs|thrashed|thrashes|hammered|hammers|crushed|crushes|trounced|trounces|drubbed|whipped"
            r"|blanked|blanks|outlasted|outlasts|overcame|overcomes|(?:lost|loses|fell|falls)[ \t]+to"
            r"|(?:drew|draws)[ \t]+with|(?:rallied|rallies|cruised|cruises|romped|romps|slipped|slips)[ \t]+past)")
_PROSE_SIDE = r"(?-i:\p{Lu})[\p{L}\p{M}.'’-]*(?:[ \t]+(?-i:\p{Lu})[\p{L}\p{M}.'’-]*){0,2}"
_PROSE_SCORE = (r"(?:" + _DASH_SCORE + r"|by[ \t]+(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
                r"[ \t]+(?:runs|wickets|goals|strokes|shots)(?![\p{L}\p{M}])|by[ \t]+an[ \t]+innings(?![\p{L}\p{M}]))")
_FIRST_OF_TWO = {"en": regex.compile(r"[ \t]+" + _BETWEEN + r"[ \t]+(?P<other>" + _PROSE_SIDE + r")[ \t]+"
                                     + _PROSE_SCORE)}
_SECOND_OF_TWO = {"en": (regex.compile(r"(?<![\p{L}\p{M}])(?P<other>" + _PROSE_SIDE + r")[ \t]+" + _BETWEEN
                                       + r"[ \t]+$"),
                         regex.compile(r"[ \t]+" + _PROSE_SCORE))}


def _between_sides(text: str, start: int, end: int, lang: Optional[str], people: Collection[int],
                   around: str) -> bool:
    """Whether the name at text[start:end] is one of two sides a verb joins, the score or margin
    right after the second (_FIRST_OF_TWO, _SECOND_OF_TWO), neither side a person (a start in
    `people`) and no vote's word in its sentence (`around`)."""
    other = None
    first = _FIRST_OF_TWO.get(lang or "")
    if first is not None and (hit := first.match(text, end)):
        other = hit.span("other")
    second = _SECOND_OF_TWO.get(lang or "")
    if other is None and second is not None and second[1].match(text, end) and (
            hit := second[0].search(text, max(0, start - 80), start)):
        other = hit.span("other")
    return (other is not None and start not in people and not any(other[0] <= p < other[1] for p in people)
            and not (lang in _VOTE and _VOTE[lang].search(around)))


def _result_line_side(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is one side of a result line (_SIDE)."""
    return bool(_FIRST_SIDE_ENDS.match(text, end) and _FIRST_SIDE_OPENS.search(text, max(0, start - 60), start)
                or _SECOND_SIDE_ENDS.match(text, end) and _SECOND_SIDE_OPENS.search(text, max(0, start - 100), start))


_SENTENCE_END = regex.compile(r"[.!?؟。](?=\s)|\n")
_SENTENCE_START = regex.compile(r"[.!?؟。](?=\s)|\n", flags=regex.REVERSE)


def sentence(text: str, start: int, end: int) -> str:
    """The sentence that holds text[start:end]."""
    before = _SENTENCE_START.search(text, 0, start)
    after = _SENTENCE_END.search(text, end)
    return text[before.end() if before else 0:after.start() if after else len(text)]


def _game_cue(sentence: str, lang: Optional[str], only_sport: bool) -> bool:
    """A score, or a word of a game report in `lang` (with `only_sport`, one only sport uses)."""
    if _SCORE.search(sentence) or _EVENT.search(sentence):
        return True
    team = _TEAM_WORD_IN.get(lang or "")
    if team is not None and team.search(sentence):
        return True
    rx = _RX.get(lang or "")
    return rx is not None and bool(rx.search(sentence) or not only_sport and _RX_ALSO[lang].search(sentence))


def reports_game(text: str, start: int, end: int, lang: Optional[str]) -> bool:
    """Whether the sentence holding text[start:end] has a score or a word of a game report
    in `lang` (a score alone where the language has no word list or is unknown)."""
    return _game_cue(sentence(text, start, end), lang, only_sport=False)


def _in_game(text: str, start: int, end: int, lang: Optional[str]) -> bool:
    """Whether the sentence holding text[start:end] has a score or a word only sport uses."""
    return _game_cue(sentence(text, start, end), lang, only_sport=True)


# The words for "against" alone, and what makes one a protest's, a sanction's, a vote's, a suit's
# or a war's right before them (a word may stand between: "protestierten Klimaaktivisten gegen
# Brasilien", "stemde Hongarije tegen Oekraïne"): no side of a game, whatever the sentence says of
# a cup ("Nach dem Pokalfinale forderte der Kanzler neue Sanktionen gegen Russland").
_AGAINST = {lang: regex.compile(r"(?:" + words + r")(?![\p{L}\p{M}])", regex.IGNORECASE) for lang, words in {
    "en": r"against|versus|vs\.?|v\.?", "fr": r"contre|face\s+(?:à|au|aux)", "de": "gegen", "es": "contra|ante",
    "it": "contro", "pt": "contra", "nl": "tegen", "pl": "przeciwko|przeciw", "ru": "против", "uk": "проти",
    "ar": "ضد|أمام"}.items()}
# (a word's start, after a prefix in Polish, "zagłosowała", or inside a German compound, "Angriffskrieg";
# not anywhere: "wedstrijd" holds "strijd", "Warsaw" "war")
_DISPUTE_PREFIX = {"pl": r"(?:za|prze|wy|od|po)?", "de": r"(?:\p{L}+(?=krieg|kampf|protest|sanktion))?"}
_DISPUTE_BEFORE = {lang: regex.compile(r"(?<![\p{L}\p{M}])" + _DISPUTE_PREFIX.get(lang, "") + r"(?:" + words
                                        + r")\p{L}*(?:\s+\S+){0,3}?\s+$", regex.IGNORECASE)
                   for lang, words in {
    "en": r"sanction|protest|demonstrat|vot|war|campaign|lawsuit|complaint|measure|case|appeal|fight|tariff|"
          r"spoke|speak",
    "fr": r"sanction|manifest|protest|vot|guerre|plainte|mesure|recours|lutte|prononc|exprim|tarif|dénon",
    "de": r"sanktion|protest|demonstr|klag|stimm|krieg|maßnahm|vorgeh|beschwerde|kampf|sprach|spricht|äußert|"
          r"wandt|wendet|mobil|zöll",
    "es": r"sanci|protest|manifest|vot|guerra|denunci|acuerdo|medida|demanda|recurso|lucha|ofensiva|quej|"
          r"pronunci|arancel|nota|posicion",
    "it": r"sanzion|protest|manifest|vot|guerra|denunci|misur|ricors|lotta|offensiva|schier|pronunci|espress|dazi",
    "pt": r"sanç|protest|manifest|vot|guerra|denúnci|acordo|medida|recurso|luta|ofensiva|pronunci|nota|tarifa",
    "nl": r"sancti|protest|demonstr|stem|oorlog|maatregel|klacht|strijd|keerde|sprak|uitgesproken|heffing",
    "pl": r"sankcj|protest|demonstr|głos|wojn|skarg|walk|wystąpi|opowiedzia|cł",
    "ru": r"санкци|протест|войн|голосова|иск|борьб|выступ", "uk": r"санкці|протест|війн|голосува|позов|боротьб|виступ",
    "ar": r"عقوبات|احتجاج|حرب|تظاهر"}.items()}
# ...and what a result's verb has after the side where it is no game's: its object ("España ganó
# a Francia la carrera", "a Rússia perdeu para a Ucrânia o controle", "Nederland won van Italië de
# loting", "l'Italia ha sconfitto la Germania nella gara per ospitare")
_OBJECT_AFTER = {lang: regex.compile(r"\s+(?:" + articles + r")(?:\s+|(?<=['’]))(?-i:\p{Ll})", regex.IGNORECASE)
                 for lang, articles in {"es": "la|el|los|las|un|una", "pt": "o|a|os|as|um|uma",
                                        "it": r"il|lo|la|i|gli|le|un|una|l['’]", "nl": "de|het|een",
                                        "fr": r"le|la|les|un|une|l['’]"}.items()}


_NAME_REST = regex.compile(r"[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:del|de|do|da|di|du)[ \t]+)?(?-i:\p{Lu})[\p{L}\p{M}'’-]*)*")


def _round_beside(text: str, a: int, b: int, lang: Optional[str]) -> bool:
    """Whether a round's name (_ROUNDS) stands within two words before text[a:b] or four after."""
    rx = _RX_ROUNDS.get(lang or "")
    if rx is None:
        return False
    lo = _WORDS_BEFORE.search(text, max(0, a - 80), a).start()
    hi = _WORDS_AFTER.match(text, b).end()
    return bool(rx.search(text[lo:hi]))


def faces_opponent(text: str, start: int, end: int, lang: Optional[str],
                   people: Collection[int] = ()) -> bool:
    """Whether the name at text[start:end] is a side in a game: its sentence has a score or a
    word only sport uses (not "won" or "defeat", which wars and elections have), and an
    opponent's word stands before the name ("a friendly against Tunisia", "lost 1-0 to Spain";
    or the side's own: "a homer for Los Angeles"), or before a list that holds it, or a result's
    verb after it ("Romania beat Lithuania"), with no possessive after it; or, in any sentence,
    a team's record after it (_RECORD_AFTER) or a result line's score beside it
    (`_result_line_side`). A list with a person in it (a start in `people`) is a player's and
    their country ("verlor gegen Mario Guilloti, Argentinien")."""
    before, after = _BEFORE.get(lang or ""), _AFTER.get(lang or "")
    if before is None and after is None or _POSSESSIVE.match(text, end):
        return False
    around = sentence(text, start, end)  # (read by every check below, so found once)
    if _CONTEST.search(around):
        return False
    record = _RECORD_AFTER.get(lang or "")
    if (record is not None and record.match(text, end) or _result_line_side(text, start, end)
            or _between_sides(text, start, end, lang, people, around)):
        return True
    shift = max(0, start - 120)
    side = before.search(text, shift, start) if before is not None else None
    if side is not None and lang in _AGAINST and _AGAINST[lang].match(side.group()) and _DISPUTE_BEFORE[lang].search(
            text, max(0, side.start() - 40), side.start()):
        side = None
    if side is not None and side.group("listed") and (
            any(side.start("listed") <= p < start for p in people)
            or _AFTER_COMMA.search(text, side.start("listed"), start)
            and not _LIST_GOES_ON[lang or ""].match(text, end)):
        side = None
    subject = None if side is not None or after is None else after.match(text, end)
    if subject is not None and lang in _FROM_BEFORE and _FROM_BEFORE[lang].search(text, max(0, start - 8), start) \
            and not names_team(text, start, end, lang):
        subject = None
    if subject is not None and lang in _VOTE and _VOTE[lang].search(around):
        subject = None  # (a vote's tally: "Israel won 3–1 in the UN vote", an independent review's)
    if subject is not None and lang in _VENUE_BEFORE and _VENUE_BEFORE[lang].search(text, max(0, start - 8), start):
        # (the venue: "выиграл у Динамо в Москве со счётом 2:0", "На турнире в Куала-Лумпуре она
        # дошла до финала")
        subject = None
    if side is None and subject is None:
        return False
    if (side or subject).groupdict().get("struck") and _PROPOSAL.search(around):
        return False
    # (after the other side's name, where the mention is the subject)
    other_end = end if side is not None else _NAME_REST.match(text, subject.end()).end()
    if lang in _OBJECT_AFTER and _OBJECT_AFTER[lang].match(text, other_end):
        return False
    if side is not None and side.groupdict().get("scored"):
        # (a score holds no game's word for this one: "a 5-4 loss at Strasbourg" is a court's)
        words = _RX.get(lang or "")
        return words is not None and bool(words.search(around))
    if side is not None and side.groupdict().get("round"):
        return _game_cue(around, lang, only_sport=True)  # (its own round is no evidence of a game)
    near = (side.start(), end) if side is not None else (start, other_end)
    return _game_cue(around, lang, only_sport=True) or _round_beside(text, *near, lang)


# A player's move, in English, before the club's name: "was loaned to Venezia", "left Toulouse
# by mutual consent"; the sentence must name a player's terms (_TRANSFER_TERMS: "a contract", "a
# loan spell", "18 senior appearances for", "under new manager"), since families move to Naples and
# armies leave Cuzco. Words any move has are no terms: "league" (the Delian League's treasury moved
# to Athens), "deal" ("Refugees left Aleppo for Idlib after the deal", "moved its headquarters to
# Dallas in a deal"), a bank's "loan", "manager" alone ("returned to London as a manager at
# Shell"), "boss" ("moved its headquarters to Frankfurt under new boss"), appearances with no count
# or a public one's ("40 public appearances for the campaign"), a side but a league's ("returned to
# Moscow, the Russian side said"), nor the move's own verbs ("signed a pact with Moscow",
# "transferred their headquarters from Surat").
_MOVE_BEFORE = {
    "en": regex.compile(r"(?<![\p{L}\p{M}])(?:loaned|loan|sold|transferred|moved|returned|switched|signed|joined|"
                        r"joining|rejoined|left|leaving)(?:\s+\S+){0,5}?\s+(?:to|for|with|from|by|at)?\s*(?:the\s+)?$",
                        regex.IGNORECASE),
    # ...and in the other languages, a loan's, a transfer's or a signing's verb and the preposition a
    # club takes: "prêté à Marseille", "signe à Lyon", "quitte Saint-Étienne", "wechselte er zu
    # Mainz", "fichó por el Valencia", "si trasferisce al Torino" (a club's article, not a city's
    # "a Torino"), "transferiu-se para o Braga", "tekende bij Groningen", "przeszedł do Marsylii z
    # Lyonu", "انتقل المهاجم من ليون إلى مرسيليا"; not a traveller's verbs ("llegó a", "torna a",
    # "ging nach", "vertrok naar", "trafił do")
    **{lang: regex.compile(r"(?<![\p{L}\p{M}])(?:" + verbs + r")(?:(?:\s+\S+){0,3}?\s+(?:" + preps + r"))?"
                           r"(?:\s+|(?<=['’]))$",
                           regex.IGNORECASE) for lang, verbs, preps in (
        ("fr", r"prêté|prêtée|transféré|transférée|signe|signé|rejoint|rejoindre|quitte|quitté",
         r"à|au|de|du|d['’]|en\s+faveur\s+d[eu]"),
        ("de", r"wechselte|wechselt|ausgeliehen|verliehen", r"nach|zu|zum|zur|an|von|vom"),
        ("es", r"fichó|fichaje|cedido|cedida|traspasado", r"por|al|del"),
        ("it", r"trasferisce|trasferito|trasferì|passa|passato|ceduto|ceduta|approda|approdato|acquistato|torna",
         r"al|alla|allo|all['’]|dal|dalla"),
        ("pt", r"transferiu-se|se\s+transferiu|transferido|emprestado|emprestada|contratado",
         r"para\s+o|ao|pelo"),
        ("nl", r"tekende|verhuurd|overstap", r"bij|aan|naar"),
        ("pl", r"przeszedł|przeszła|wypożyczony|wypożyczona", r"do|z|ze"),
        ("ar", r"انتقل|انضم|أعير", r"من|إلى|الى"))},
}
# (each with the words only a transfer's sentence has: a league, a loan, a transfer's market, a
# player's position; not a season or a contract, which a theatre and a ministry have too, nor a
# word with a second sense: "défenseur", "portero", "spits" (rush hour), "médio", "عقد" (held))
_TRANSFER_TERMS = {"en": _words(r"contracts?|on\s+loan|loan\s+spells?|club|clubs|squad|transfer\s+fee|"
                                 r"(?:Serie\s+[A-D]|(?:Premier\s+)?League|Bundesliga|Liga|Ligue\s+[12]|Eredivisie"
                                 r"|Premiership|Championship|top-flight|non-league|division|second-tier|third-tier)\s+sides?|"
                                 r"\d+\s+(?:(?:senior|league|first-team|international|competitive|official)\s+)?"
                                 r"appearances\s+for|under\s+(?:new\s+)?(?:manager|coach)"),
                   "fr": _words(r"(?-i:Ligue\s+[12])|mercato|débuts\s+professionnels|"
                                r"attaquant|milieu\s+de\s+terrain|footballeur"),
                   "de": _words(r"bundesliga|zweitliga\w*|ablöse\w*|leihbasis|stürmer|mittelfeldspieler|torhüter|"
                                r"fußballspieler|fußballer"),
                   "es": _words(r"primera\s+división|segunda\s+división|(?-i:LaLiga|La\s+Liga)|cesión|traspaso|"
                                r"delantero|centrocampista|futbolista"),
                   "it": _words(r"(?-i:Serie\s+[ABC])|calciomercato|prestito|attaccante|centrocampista|calciatore"),
                   "pt": _words(r"brasileirão|(?-i:Série\s+[ABC])|empréstimo|atacante|avançado|zagueiro|goleiro|"
                                r"guarda-redes|futebolista|futebol"),
                   "nl": _words(r"eredivisie|eerste\s+divisie|huurbasis|transfersom|middenvelder|doelman|voetballer"),
                   "pl": _words(r"ekstraklas\w*|transfer\w*|napastnik\w*|pomocnik\w*|bramkarz\w*|piłkarz\w*"),
                   "ar": _words(r"المهاجم|اللاعب|لاعب|إعارة|الدوري")}


# ...or a transfer's fee, where a player joined a club named by its city: "Lentini , 27 , joined Milan
# from Torino in a $ 12 million deal" (CoNLL en validation) names two clubs. A person's name (and
# age) must stand right before the verb, and a city's name right after it: one joins a club, not a
# city. Not "Harris County joined Houston in a $ 100 million deal", "Pfizer joined Boston 's Biogen
# in a $ 1 billion deal", a firm's move ("moved its headquarters from Houston to Dallas in a $ 50
# million deal"), nor a sale's fee: ships are sold "for £ 12,000 to Hamburg owners", and slaves and
# horses were sold to cities too (an independent review's cases).
_FEE = r"(?:US\s*)?[$£€]\s*\d[\d.,]*\s*(?:million|m|bn|billion)(?![\p{L}\p{M}])"
_FEE_DEAL = {"en": regex.compile(r"(?<![\p{L}\p{M}])(?:in|for)\s+an?\s+(?:\S+\s+)?" + _FEE
                                 + r"\s*(?:deal|transfer|move)(?![\p{L}\p{M}])", regex.IGNORECASE)}
_JOINED_BEFORE = {"en": regex.compile(r"(?<![\p{L}\p{M}])(?:joined|rejoined)\s+(?P<club>)"
                                      r"(?:[\p{L}\p{M}'’.-]+\s+){0,3}?(?:from\s+)?$", regex.IGNORECASE)}
_NAME_AND_AGE = regex.compile(r"\s*(?:,\s*\d{1,2}\s*,\s*)?$")


def moved_to(text: str, start: int, end: int, lang: Optional[str], cities: Collection[int] = (),
             people: Collection[int] = ()) -> bool:
    """Whether the name at text[start:end] is where a player moved ("he was loaned to Venezia"
    in a sentence that names a contract, a club or a side): a team, not its city. Or one of the
    clubs a person joined in a transfer's fee ("Lentini , 27 , joined Milan from Torino in a $ 12
    million deal"), where `cities` holds the starts of the text's names of cities and `people`
    the ends of its people's names."""
    before, terms = _MOVE_BEFORE.get(lang or ""), _TRANSFER_TERMS.get(lang or "")
    if before is not None and before.search(text[max(0, start - 60):start]) and terms.search(
            sentence(text, start, end)):
        return True
    joined = _JOINED_BEFORE[lang].search(text, max(0, start - 60), start) if lang in _JOINED_BEFORE else None
    if joined is None or joined.start("club") not in cities:
        return False
    subject = _NAME_AND_AGE.search(text, max(0, joined.start() - 12), joined.start())
    return (subject is not None and subject.start() in people
            and bool(_FEE_DEAL[lang].search(sentence(text, start, end))))


# ...and a city's possessive before a player's name and their record in brackets, in a sentence with a
# word only sport uses: "In the first game , ... an eighth-inning tie ... outdueled Atlanta 's Tom
# Glavine ( 13-8 )" (not "London 's Sadiq Khan attended the match", a vote's count, "Chicago 's
# Brandon Johnson won the runoff 52-48", nor a boxer's hometown, "Brooklyn 's Daniel Jacobs ( 35-3 )
# outpointed Gabriel Rosado"). A country's is the player's nationality ("Spain 's Rafael Nadal"):
# the linker asks this of cities only.
_PLAYER_WITH_RECORD = regex.compile(r"\s*(?P<name>(?-i:\p{Lu})[\p{L}\p{M}.'’-]*(?:[ \t]+(?-i:\p{Lu})[\p{L}\p{M}.'’-]*)"
                                    r"{0,3})(?P<record>\s*\(\s*\d{1,2}\s*-\s*\d{1,2}\s*\))?")


# ...or before a player's name in a sentence that names a player's position: "Birmingham 's Gary
# Breen was selected ahead of Phil Babb in defence" (CoNLL en validation, gold ORG).
_POSITION = {"en": _words(r"in\s+defen[cs]e(?!\s+of)|defenders?|midfield(?:ers?)?|strikers?|goalkeepers?|keepers?"
                          r"|wingers?|full-backs?|cent(?:re|er)-backs?|pitchers?|catchers?|shortstops?|quarterbacks?"
                          r"|batsm[ae]n|bowlers?|wicketkeepers?")}


def player_of(text: str, start: int, end: int, lang: Optional[str], people: Collection[int]) -> bool:
    """Whether a possessive after the name at text[start:end] stands before a person's name (a
    start in `people`) that a win-loss record in brackets follows, in a sentence with a word only
    sport uses, or in one that names a player's position (_POSITION)."""
    owner = _POSSESSIVE.match(text, end)
    player = _PLAYER_WITH_RECORD.match(text, owner.end()) if owner is not None else None
    if player is None or player.start("name") not in people:
        return False
    words, position = _RX.get(lang or ""), _POSITION.get(lang or "")
    around = sentence(text, start, end)
    # (a word, since the record in brackets is a score itself)
    return (player.group("record") is not None and words is not None and bool(words.search(around))
            or position is not None and bool(position.search(around)))


# A team's staff before "of" and the name: "head coach of the Kortrijk", "captain of England" lead
# a team in any sentence; "manager" only in a game's ("manager of Germany and Austria at Siemens";
# so WikiNEuRal's "he became the new manager of Saint-Étienne, and was fired" keeps the city); not
# "the city manager of Phoenix", "the country manager of Germany", nor where a noun or a
# possessive follows the name ("manager of the Tokyo branch", "general manager of Germany's
# largest bank", "the captain of the Liberia-flagged tanker").
_LED_BY = {"en": regex.compile(r"(?<![\p{L}\p{M}])(?<!(?:city|county|town|branch|plant|store|country|regional|general"
                               r"|area|sales|fund|portfolio|project|office|district)\s+)"
                               r"(?:(?P<manager>manager)|(?:head\s+)?coach|captain|skipper)\s+of\s+(?:the\s+)?$",
                               regex.IGNORECASE)}
_NOUN_AFTER = {"en": regex.compile(r"[ \t]+(?!(?:for|in|from|until|since|and|or|at|during|when|after|before|on|who|"
                                   r"with|between|to|was|is|were|has|had|said|says)(?![\p{L}\p{M}]))\p{Ll}|-\p{Ll}")}


def led_by_staff(text: str, start: int, end: int, lang: Optional[str]) -> bool:
    """Whether a team's manager, coach or captain stands before the name at text[start:end]
    (_LED_BY), and no noun after it makes the name an attribute."""
    rx, noun = _LED_BY.get(lang or ""), _NOUN_AFTER.get(lang or "")
    led = rx.search(text, max(0, start - 40), start) if rx is not None else None
    if led is None or noun is not None and noun.match(text, end) or _POSSESSIVE.match(text, end):
        return False
    return not led.group("manager") or _in_game(text, start, end, lang)


# A national team's word right before a country's name, in the languages whose word is only
# that: "сборную Южной Кореи", "збірної України" name the team. (WikiNEuRal ru tags such names
# LOC nine times in eleven; the dev set's national teams are ORG and NIL, as an opponent is.)
# So do "la selección de", "a seleção do", "l'équipe de", "la nazionale dell'", "die
# Nationalmannschaft", "de nationale ploeg van" ("l'équipe du Sénégal", "la selección de Argentina";
# not "la sicurezza nazionale dell'Italia", "une équipe de secouristes"), and each names a game's
# sentence too (`_game_cue`); not where the name is a choice's ("la selección de Marruecos como
# sede", "la seleção do Brasil para sediar a COP30", "La ONU confirmó la selección de Uruguay", "a
# seleção do Chile, da Colômbia e do Peru"), nor an agency's staff ("l'équipe d'Ukraine de l'AIEA",
# "L'équipe du Liban chargée des négociations").
_NATIONAL_TEAM_WORDS = {
    "ru": r"сборн\p{L}*\s+", "uk": r"збірн\p{L}*\s+",
    "es": r"selecci[oó]n(?:\s+(?:nacional|absoluta|olímpica))?\s+(?:de|del)\s+",
    "pt": r"sele[çc][ãa]o(?:\s+(?:nacional|olímpica))?\s+(?:de|do|da|dos|das)\s+",
    "fr": r"(?:(?<=l['’]\s?)équipe|(?<=la\s)sélection)(?:\s+nationale)?\s+(?:de\s+|du\s+|des\s+|d['’]\s*)",
    "it": r"(?<=(?:la|alla|della|nella|dalla|sulla|con\s+la)\s)nazionale(?:\s+di\s+calcio)?\s+(?:di\s+|del\s+|della\s+|"
          r"dell['’]\s*)",
    "de": r"(?:nationalmannschaft|nationalelf)\s+(?:von\s+|aus\s+)?",
    "nl": r"nationale\s+(?:ploeg|elftal)\s+van\s+",
}
_TEAM_WORD_BEFORE = {lang: regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")$", regex.IGNORECASE)
                     for lang, words in _NATIONAL_TEAM_WORDS.items()}
# (French's word is no game's alone: "l'équipe d'Emmanuel Macron" is his staff)
_TEAM_WORD_IN = {lang: regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")(?-i:\p{Lu})", regex.IGNORECASE)
                 for lang, words in _NATIONAL_TEAM_WORDS.items() if lang != "fr"}
_A_CHOICE_AFTER = regex.compile(r"\s+(?:como|comme|come|para|pour|per|entre|parmi|tra|fra)(?![\p{L}\p{M}])"
                                 r"|\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+)(?-i:\p{Lu})|\s+charg[ée]"
                                 r"|\s*(?:,|\s(?:y|e|et))\s+(?:d[aeo]s?\s+|del?\s+|du\s+)?(?-i:\p{Lu})",
                                 regex.IGNORECASE)
# ...or a choice's or an announcement's object ("La ONU confirmó la selección de Uruguay"), in the
# languages whose word is a choice's or a staff's too ("сборной Бразилии, Аргентины" is a list of teams)
_CHOICE_LANGS = frozenset({"es", "pt", "fr", "it"})
_A_CHOICE_BEFORE = regex.compile(r"(?:confirm|anunci|annon|celebr|critic|aprob|approuv|elogi|destac|aplaud|saud|"
                                 r"festej|lament|rechaz|impugn|cuestion|sorprend|salu)\p{L}*\s+(?:\S+\s+)?$",
                                 regex.IGNORECASE)
# ...and words that name a team in a game's sentence only (a sentence with a word only sport uses):
# "команды Португалии", "zespół Urugwaju" (also a band, a committee), "reprezentanci Argentyny". Not
# "заявка" alone (a squad's list, but as often a bid: "Заявка России на проведение чемпионата мира";
# _SQUAD_LIST below asks for the match and its opponent after the name).
# (The team's word by its case endings: "командование Израиля" is its army's command.)
_GAME_TEAM_WORD_BEFORE = {
    "ru": regex.compile(r"(?<![\p{L}\p{M}])команд(?:а|ы|е|у|ой|ою|ам|ами|ах)\s+$", regex.IGNORECASE),
    "uk": regex.compile(r"(?<![\p{L}\p{M}])команд(?:а|и|і|у|ою|ам|ами|ах)\s+$", regex.IGNORECASE),
    "pl": regex.compile(r"(?<![\p{L}\p{M}])(?:reprezentac|reprezentan|zesp[oó]ł|drużyn|kadr)\p{L}*"
                        r"(?:\s+narodow\p{L}*)?\s+$", regex.IGNORECASE),
    # (a squad's word: "im Aufgebot der Schweiz", "in de selectie van België"; a military
    # contingent, "das militärische Aufgebot der Türkei", is no game's)
    "de": regex.compile(r"(?<![\p{L}\p{M}])aufgebot(?:s|es)?\s+(?:der|des)\s+$", regex.IGNORECASE),
    "nl": regex.compile(r"(?<![\p{L}\p{M}])selectie\s+van\s+$", regex.IGNORECASE),
}


# ...and a squad's list with the match and "against" after the name: "был в заявке России на матч
# против Шотландии" (not a bid, "Заявка России на проведение чемпионата мира", "заявку России на
# Игры 2032", "заявку Венгрии на матч со зрителями", nor fans' for tickets, "Заявки России на матч
# подали 20 тысяч").
_SQUAD_LIST = {lang: (regex.compile(r"(?<![\p{L}\p{M}])" + before + r"\s+$", regex.IGNORECASE),
                      regex.compile(r"\s+на\s+" + after + r"(?![\p{L}\p{M}])", regex.IGNORECASE))
               for lang, before, after in (("ru", r"заявк\p{L}*", r"(?:матч|игру)\s+против"),
                                           ("uk", r"заяв(?:к|ц)\p{L}*", r"(?:матч|гру)\s+проти"))}


def names_team(text: str, start: int, end: int, lang: Optional[str]) -> bool:
    """Whether a national team's word stands right before the name at text[start:end]
    (_TEAM_WORD_BEFORE), a squad's list with its match and opponent after it (_SQUAD_LIST), or,
    in a game's sentence, a word that names a team there."""
    rx = _TEAM_WORD_BEFORE.get(lang or "")
    word = rx.search(text, max(0, start - 40), start) if rx is not None else None
    if word is not None and not (lang in _CHOICE_LANGS and (_A_CHOICE_AFTER.match(text, end) or _A_CHOICE_BEFORE.search(
            text, max(0, word.start() - 40), word.start()))):
        return True
    squad = _SQUAD_LIST.get(lang or "")
    if squad is not None and squad[0].search(text, max(0, start - 30), start) and squad[1].match(text, end):
        return True
    before = _GAME_TEAM_WORD_BEFORE.get(lang or "")
    return before is not None and bool(before.search(text, max(0, start - 40), start)) and _in_game(
        text, start, end, lang)


# English puts a team's word after a country's name: "a former Wales international", "the England
# captain", "the Germany squad", "the Colorado locker room" name a team in any sentence (not "the
# Wales international airport"); "team" and "side" only in a game's sentence ("the Ukraine team at
# the talks", "on the Mexico side", "Germany teams up with France"). So does an age group in every
# language ("Deutschland U21", "España sub-21", "l'Italia Under 21"; capitalized: "in Italia under
# 18" counts young people), but French's, which ages say as well ("la France des moins de 25
# ans"), only in a game's sentence ("avec la Turquie - 17 ans contre la Belgique"), and not before
# "après" or "de" ("Irak - 20 ans après l'invasion").
_AGE_GROUP = r"(?:1[5-9]|2[0-3])(?!\d)"
_TEAM_WORD_AFTER = {
    "en": regex.compile(r"\s+(?:national\s+team(?!\s+of\b)|(?:under-|u-?)\d\d(?:\s+(?:team|side|squad))?|squads?"
                        r"|(?:(?:youth|schoolboy)\s+)?internationals?(?!\s+(?!who\b|and\b)(?-i:\p{Ll}))|captain|(?:head\s+)?coach"
                        r"|locker\s+room)\b", regex.IGNORECASE),
    **{lang: regex.compile(r"\s*[(-]?\s*U-?" + _AGE_GROUP) for lang in ("de", "fr", "nl", "pl", "ru", "uk", "tr")},
    **{lang: regex.compile(r"\s+(?:[Ss]ub|U)[- ]?" + _AGE_GROUP) for lang in ("es", "pt")},
    "it": regex.compile(r"\s+(?:Under|U)[- ]?" + _AGE_GROUP),
}
_GAME_TEAM_WORD_AFTER = {"en": regex.compile(r"\s+(?:team|side)(?!\s+(?:of|up)\b)\b", regex.IGNORECASE),
                         "fr": regex.compile(r"\s*(?:[-–]\s*|\s(?:des\s+)?moins\s+de\s+)" + _AGE_GROUP
                                             + r"\s+ans(?![\p{L}\p{M}]|\s+(?:d['’]|(?:après|de|plus)(?![\p{L}\p{M}])))"
                                             r"|\s+espoirs\b", regex.IGNORECASE)}
# ...and "manager" before the manager's name ("Florida manager John Boles"), not after an owner's
# possessive or name ("the bank's Russia manager Ivan Petrov", "Shell Nigeria manager") nor before
# the owner ("Texas manager John Smith of Exxon", "..., from Exxon").
_MANAGER_AFTER = {"en": regex.compile(r"\s+manager\s+(?-i:\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)"
                                      r"(?![\p{L}'’-]|\s*,?\s+(?:of|at|for|from|with)\b)", regex.IGNORECASE)}
# (an owner's possessive, or its name: "UNHCR Ukraine manager", "Shell Nigeria manager")
_OWNER_BEFORE = regex.compile(r"(?:['’]s?|(?!(?:The|A|An|Former|Ex|Then|New|Interim|Caretaker)[ \t])"
                              r"(?-i:\p{Lu})[\p{L}\p{N}&.-]*)[ \t]+$")


def team_word_after(text: str, start: int, end: int, lang: Optional[str]) -> bool:
    """Whether a team's word follows the name at text[start:end] (_TEAM_WORD_AFTER), or its
    manager's with their name, or in a game's sentence "team" or "side"."""
    rx, game = _TEAM_WORD_AFTER.get(lang or ""), _GAME_TEAM_WORD_AFTER.get(lang or "")
    if rx is not None and rx.match(text, end):
        return True
    manager = _MANAGER_AFTER.get(lang or "")
    if manager is not None and manager.match(text, end) and not _OWNER_BEFORE.search(text, max(0, start - 30), start):
        return True
    return game is not None and bool(game.match(text, end)) and _in_game(text, start, end, lang)


# The title's holder beside a country's name is its team, in any sentence: "le tenant du titre est
# l'Uruguay", "l'Italie, tenante du titre", "Brazil, the defending champions", "the defending
# champions Germany". Not where a name follows the phrase, the holder's own ("In Paris, the
# defending champion(,) Iga Swiatek won"; "Le tenant du titre, Emmanuel Macron" is a person's), nor
# a player's country ("Rafael Nadal of Spain, the defending champion", "Spain 's Rafael Nadal").
_BRACKET_BEFORE = regex.compile(r"\(\s*$")
_HOLDER = {"en": r"(?:defending\s+champions?|title\s+holders?)", "fr": r"tenant(?:e|s|es)?\s+du\s+titre"}
_HOLDER_BEFORE = {"en": regex.compile(_HOLDER["en"] + r"(?:\s*,|\s+(?:is|are|was|were))?\s+$", regex.IGNORECASE),
                  "fr": regex.compile(_HOLDER["fr"] + r"(?:\s*,|\s+(?:est|était|sera|reste|sont|étaient))?\s+"
                                      r"(?:l['’]\s*|(?:la|le|les)\s+)?$", regex.IGNORECASE)}
_HOLDER_AFTER = {lang: regex.compile(r"\s*,\s+" + article + _HOLDER[lang]
                                     + r"\b(?!\s*,?\s+(?-i:\p{Lu})|\s+(?:of|in|de|du|en)\b)", regex.IGNORECASE)
                 for lang, article in (("en", r"the\s+"), ("fr", r"(?:le\s+|la\s+|les\s+)?"))}


def holds_title(text: str, start: int, end: int, lang: Optional[str]) -> bool:
    """Whether the title holder's words stand right before or after the name at text[start:end]."""
    before, after = _HOLDER_BEFORE.get(lang or ""), _HOLDER_AFTER.get(lang or "")
    if (_POSSESSIVE.match(text, end) or _FROM_BEFORE["en"].search(text, max(0, start - 8), start)
            or _BRACKET_BEFORE.search(text, max(0, start - 4), start)):
        return False
    return (before is not None and bool(before.search(text, max(0, start - 60), start))
            or after is not None and bool(after.match(text, end)))


# The Games' words: they mark sport, but no game ("Russia was banned from the Olympics, and
# Ukraine urged sanctions against Russia"), so they only tell a city's year as the Games'.
_GAMES = {lang: _words(words) for lang, words in {
    "en": r"olympics?|paralympics?", "de": r"olympi(?:sch|ade)\w*", "fr": r"olympiques?|olympiades?",
    "es": r"olímpic\w*|olimpiadas?", "it": r"olimpic\w*|olimpiad\w*", "pt": r"olímpic\w*|olimpíadas?",
    "nl": r"olympische|olympiade", "pl": r"olimpijsk\w*|olimpiad\w*|igrzysk\w*", "ru": r"олимпийск\w*|олимпиад\w*",
    "uk": r"олімпійськ\w*|олімпіад\w*", "tr": r"olimpiyat\w*", "ar": r"الأولمبية|الأولمبياد",
}.items()}
# A year right after a city's name, in a game's sentence or the Games', names the Games or the
# championship held there that year: "ad Amsterdam 1928", "w Moskwie 1980", "sede di Torino
# 2006". Not a dateline's date ("BERLIN 1996-08-30"), a year's ("w Warszawie 2024 roku", "в Москве 1980 года") or
# a decade ("США 1950-х годов"); nor, but in a sentence of the Games', a count, which a word in
# lower case follows ("In Moscow 2000 fans marched after the match", not "Sydney 2000 was the
# best Olympics"; "w Montrealu 1976 w wadze lekkiej" has "in" after it).
_YEAR_AFTER = regex.compile(r"[ \t]+(?:19|20)\d\d(?![\d\p{L}]|[-–/.:][\d\p{L}]|[ \t]+(?:r\.|rok\p{L}*|г\.|год\p{L}*"
                            r"|р\.|рок\p{L}*|years?|anno|année|jahr\p{L}*|año|ano|jaar|yıl\p{L}*)(?![\p{L}]))",
                            regex.IGNORECASE)
_WORD_AFTER_YEAR = regex.compile(r"[ \t]+\d+[ \t]+(?!(?:w|we|i|a|e|y|et|and|in|at|und|и|в|во|на|і|у|та)[ \t])"
                                 r"(?-i:\p{Ll})")


# ...and, in English, the event's own word after a city's name: "the Beijing Olympics", "the
# London Games", "the Berlin Marathon", "the Monaco Grand Prix" (not "Open": "London Open
# University").
_EVENT_AFTER = {"en": regex.compile(r"[ \t]+(?:Olympics|Olympic[ \t]+Games|Paralympics|Games|Marathon|Grand[ \t]+Prix"
                                    r"|OLYMPICS|OLYMPIC[ \t]+GAMES|PARALYMPICS|GAMES|MARATHON|GRAND[ \t]+PRIX)"
                                    r"(?![\p{L}\p{M}]|[ \t]+(?:Week|WEEK))")}
# ...and the other languages' Grand Prix right before its country's or city's name: "Гран-при
# Канады", "le Grand Prix de Monaco", "Gran Premio d'Italia", "Großer Preis von Ungarn" (an audit's
# two linked to the countries; WikiNEuRal ru tags "Гран-при США" and "Гран-при Монако" MISC); and
# Arabic's championship or marathon before its name ("بطولة ويمبلدون": an audit's, the London
# district at 0.73), without the article, which an adjective after it takes ("البطولة التايلندية"
# is the Thai tournament, whose adjective is its country's), and without a proclitic: "أشاد ببطولة
# غزة" praises Gaza's heroism (an independent review's). So do a conference's and a festival's,
# a proclitic or none: "انتهى مؤتمر ميونخ للأمن", "في مهرجان برلين" (an audit's, Munich and Berlin
# at 0.79-0.88, where the model leaves the event's word out of the name).
_EVENT_BEFORE = {lang: regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")(?:[ \t]+|(?<=['’]))[«\"“„]?[ \t]*$")
                 for lang, words in {
    "ru": "Гран-при", "uk": "Гран-прі", "pl": "Grand Prix", "fr": r"Grand[ \t]+Prix[ \t]+(?:de|du|d['’])(?:[ \t]+la)?",
    "es": r"Gran[ \t]+Premio[ \t]+(?:de|del)", "it": r"Gran[ \t]+Premio[ \t]+(?:di|del|della|d['’])",
    "pt": r"Grande[ \t]+Pr[êé]mio[ \t]+(?:de|do|da|dos)", "de": r"Gro(?:ß|ss)e[nr]?[ \t]+Preis(?:es)?[ \t]+von",
    "nl": r"Grote[ \t]+Prijs[ \t]+van", "ar": r"بطولة|ماراثون|[وفبلك]?(?:مؤتمر|مهرجان)"}.items()}


def names_games(text: str, start: int, end: int, lang: Optional[str]) -> bool:
    """Whether the name at text[start:end] is followed by the event's word (_EVENT_AFTER) or a
    Grand Prix's stands before it (_EVENT_BEFORE), or a year follows it in a sentence with a word
    only sport uses, or the Games' (_GAMES): the event of that year, not its city."""
    event, event_before = _EVENT_AFTER.get(lang or ""), _EVENT_BEFORE.get(lang or "")
    if event is not None and event.match(text, end) or event_before is not None and event_before.search(
            text, max(0, start - 40), start):
        return True
    if not _YEAR_AFTER.match(text, end):
        return False
    around = sentence(text, start, end)
    games = _GAMES.get(lang or "")
    if games is not None and games.search(around):
        return True
    return not _WORD_AFTER_YEAR.match(text, end) and _game_cue(around, lang, only_sport=True)


# A club's full name holds its city's: a club's word before it ("TC Bamberg", "Olympique
# Marseille", "Inter Mailand", "SV 06 Bad Nauheim") or after it ("Leeds United", "Hannover 96":
# a year of the 1890s or 1900s, not "in der Provinz Diyarbakir 50 Autos").
# An article that names the club so calls it by the city's name alone too ("Die Bamberger wollen
# ihre Lizenz ...", "Es gibt noch keine Einigung mit Mailand": CoNLL de validation, gold ORG).
# Words that also stand before a place's name outside sport are left out: "US", "SS", "Union"
# ("the US Midwest", "the Union Jack"), "City", "Town", "County" ("Mexico City", "Orange County")
# and American teams' nicknames ("Texas Rangers" are police too).
_CLUB_BEFORE = (r"(?-i:FC|SC|SV|VfL|VfB|VfR|TSV|TuS|TC|SG|SpVgg|FSV|KSV|SSV|BSC|EHC|HC|AC|AS|SSC|CF|UD|RC|RCD|"
                r"SK|NK|FK|GKS|MKS|IFK|AIK|PSV|NAC|Inter|Olympique|Racing|Real|Atlético|Athletic|Sporting|Dynamo|"
                r"Dinamo|Spartak|Lokomotiv|Lokomotive|Torpedo|CSKA|Rapid|Admira|Hapoel|Maccabi|Beitar|Borussia|"
                r"Eintracht|Fortuna|Alemannia|Arminia|Girondins|Legia|Górnik|Wisła|Polonia|Lechia|Jagiellonia|"
                r"Pogoń|Widzew|Zagłębie|Śląsk|Vitesse|Sparta|Slavia|Динамо|Спартак|Локомотив|Торпедо|ЦСКА)")
_CLUB_AFTER = r"(?-i:United|Rovers|Wanderers|Albion|Hotspur|Athletic|Argyle|FC|AFC|CF)"
# in mixed case: an all-caps headline's "AS" is a word ("HOMERS TWICE AS RANGERS BEAT INDIANS")
_CLUB_PLACE = r"(?-i:\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)?)"
# (the club's word in quotation marks too, as Russian and Ukrainian write it: "«Динамо» Київ", an
# audit's, linked to the city at 0.71; not a stadium's, a station's, an arena's or a plant's name
# before its city's subject: "На стадионе «Динамо» Москва примет финал", "Завод «Торпедо» Москва
# продала девелоперу", two independent reviews')
_NOT_A_CLUB_BEFORE = (r"(?<!(?i:стадион|стадіон|станци|станці|метро|спорткомплекс|дворц|палац|арен|завод|фабрик"
                      r"|комбинат|stadion|stadium|station)\p{L}*[ \t]+[«\"“„]?)")
_CLUB_NAMED = regex.compile(r"(?<![\p{L}\p{M}\d.])" + _NOT_A_CLUB_BEFORE + _CLUB_BEFORE
                            + r"[»\"”]?[ \t]+(?:\d{2}[ \t]+)?(?P<place>" + _CLUB_PLACE
                            + r")|(?<![\p{L}\p{M}])(?P<place>(?-i:\p{Lu}\p{Ll})[\p{L}\p{M}'’-]*)[ \t]+(?:" + _CLUB_AFTER
                            + r"(?![\p{L}\p{M}])|[09]\d(?![\d\p{L}]|[.,:/–-]\d))")


def club_places(text: str) -> set[str]:
    """The names that stand in a club's full name in `text`, as written: a two-word name's first
    word too ("SV Bad Nauheim" gives "Bad Nauheim" and "Bad")."""
    out: set[str] = set()
    for m in _CLUB_NAMED.finditer(text):
        name = m.group("place")
        out.add(name)
        out.add(name.split()[0])
    return out
