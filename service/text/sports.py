"""Whether a sentence reports a game: its words (match, goal, coach, league...) or a score line;
whether a name in one is a side's opponent ("against Croatia", "lost 1-0 to Spain"), a
national team's ("сборной Кот-д'Ивуара"), or where a player moved ("loaned to Venezia").

A place's name in such a sentence is often its team's ("Karlsruhe won the match 3-1", "Texas
defeated Cleveland"), and the linker must not give the team its city. The game cue only marks the
sentence; the linker still asks the model for ORG weight before it calls a name a team. An
opponent is a team whatever the model's type: the corpora tag national teams LOC (CoNLL) or MISC
and ORG (WikiNEuRal), and a team is not its country.
"""
from __future__ import annotations

from typing import Optional

import regex

# Words of a game report, per language (whole words, in lower case; a trailing \w* where the
# word inflects). Words that are as common outside sport ("final", "game", "points") are left out.
_WORDS = {
    "en": r"match(?:es)?|goals?|scor(?:ed|es|ing)|striker|midfielder|defender|goalkeeper|coach(?:es|ed)?|"
          r"league|cup|championships?|tournament|club|innings?|hom(?:er|ers|ered)|pitcher|touchdowns?|rebounds|"
          r"playoffs?|qualifier|semi-finals?|quarter-finals?|wickets?|fixture|derby|caps|debut",
    "de": r"trainer|liga|bundesliga|pokal|meisterschaft|elfmeter|stürmer|verein|endspiel|halbfinale|torschütze|"
          r"spieltag",
    "fr": r"match(?:s)?|buts?|marqu(?:é|e|ait)|entraîneur|championnat|ligue|coupe|match nul|attaquant|gardien|"
          r"tournoi|demi-finale|(?:en|la|une|sa|cette|de)\s+finale|éliminatoires|sélections?\s+nationales?|sélectionneur",
    "es": r"partidos?|gol(?:es)?|marcó|entrenador|liga|copa|delantero|portero|torneo|semifinal|campeonato",
    "it": r"partit[ae]|gol|segnato|allenatore|campionato|coppa|attaccante|portiere|torneo|semifinale",
    "pt": r"partidas?|gols?|golos?|marcou|treinador|técnico|campeonato|liga|taça|copa|atacante|goleiro|torneio",
    "nl": r"wedstrijd(?:en)?|doelpunt(?:en)?|scoorde|trainer|competitie|eredivisie|beker|elftal|spits|keeper|"
          r"toernooi",
    "pl": r"mecz\w*|gol\w*|bramk\w*|trener\w*|lig\w+|puchar\w*|napastnik\w*|bramkarz\w*|turniej\w*|"
          r"mistrzostw\w*",
    # "гол" and "кубок" by their case endings: "голос" (a vote), "голод" and "кубинский" are no game's
    "ru": r"матч\w*|сборн\w*|гол(?:а|у|ом|е|ы|ов|ами|ах)?|тренер\w*|чемпионат\w*|турнир\w*|обыгр\w*|забил\w*|"
          r"лиг\w+|кубок|кубк\w*",
    "uk": r"матч\w*|збірн\w*|гол(?:а|у|ом|і|и|ів|ами|ах)?|тренер\w*|чемпіонат\w*|турнір\w*|забив\w*|ліг\w+|"
          r"кубок|кубк\w*",
    "tr": r"maç\w*|gol\w*|teknik direktör\w*|lig\w*|kupa\w*|forvet\w*|kaleci\w*|turnuva\w*|şampiyon\w*",
    "ar": r"مباراة|المباراة|مباراته|هدف|هدفين|أهداف|الأهداف|مدرب|المدرب|الدوري|كأس|منتخب|بطولة|البطولة",
}
# ...and words of a game report that war, election and business news use as much ("won",
# "defeat", "team", "season"): they mark a game report, not an opponent's ("the war against
# Russia" beside "victory" is no match).
_ALSO = {
    "en": r"seasons?|teams?|squad|wins?|won|beat(?:s|ing)?|defeat(?:s|ed)?|draw|drew|lost|victory",
    "de": r"spiel(?:e|en|s)?|tor(?:e|en)?|mannschaft|saison|sieg|niederlage|gewann|gewinnt|besiegte|verlor|"
          r"unentschieden",
    "fr": r"saison|club|équipe|victoire|défaite|battu(?:e|s)?",
    "es": r"temporada|club|equipo|victoria|derrota|venció|empate",
    "it": r"stagione|serie|squadra|vittoria|sconfitta|battuto|pareggio",
    "pt": r"jogos?|temporada|clube|equipe|equipa|vitória|derrota|venceu|empate",
    "nl": r"seizoen|club|ploeg|overwinning|nederlaag|won|verloor|gelijkspel",
    "pl": r"sezon\w*|klub\w*|drużyn\w*|zwycięst\w*|porażk\w*|pokonał\w*|remis\w*",
    "ru": r"команд\w*|клуб\w*|сезон\w*|финал\w*|выигр\w*|проигр\w*|победил\w*|побед[аеуы]|ничь\w+|сч[её]т\w*",
    "uk": r"команд\w*|клуб\w*|сезон\w*|фінал\w*|виграл\w*|програл\w*|переміг\w*|перемог\w*|нічи\w+|рахун\w*",
    "tr": r"sezon\w*|kulüp\w*|takım\w*|galibiyet\w*|mağlubiyet\w*|yendi|berabere\w*",
    "ar": r"الموسم|نادي|النادي|فريق|الفريق|فاز|خسر|تعادل",
}
# What stands before an opponent's name, per language: "against", and in English the verbs of a
# result ("beat", "a 3-0 win over", "lost 1-0 to", "a goalless draw with"). Polish "z", Russian
# "с" and Ukrainian "з" are left out: they mean "from" as often ("z Niemiec", "с Украины").
_SCORE_WORDS = r"(?:\d{1,3}\s*[-–]\s*\d{1,3}\s+|goalless\s+|scoreless\s+)?"
_OPPONENT_BEFORE = {
    "en": r"against|versus|vs\.?|v\.?|beat|beats|beating|defeated|defeating|face[sd]?|facing"
          r"|(?:win|wins|won|victory|victories)\s+over"
          r"|(?:loss|losses|defeat|defeats|lost|losing)\s+" + _SCORE_WORDS + r"to"
          r"|(?:draw|draws|drew|drawn|tie|tied)\s+" + _SCORE_WORDS + r"with",
    # French: "face à l'Italie", "face au Cameroun", "battu par le Nigeria", "en éliminant l'Italie",
    # "ont affronté l'Espagne", "la réception de la Croatie"
    "fr": r"contre|face\s+(?:à|au|aux)|(?:battu|défait|éliminé)(?:e|s|es)?(?:\s+\S+){0,4}?\s+par|battu(?:e|s|es)?"
          r"|bat|battent|battant|élimin(?:e|ent|ant|é|ée|és|ées)|affront(?:e|er|ent|é|era|eront)"
          r"|réception\s+d[eu]|victoire\s+sur",
    "de": r"gegen", "es": r"contra|ante", "it": r"contro", "pt": r"contra", "nl": r"tegen",
    "pl": r"przeciwko|przeciw", "ru": r"против", "uk": r"проти", "ar": r"ضد|أمام",
}
# ...and after it: a side that beat another ("Romania beat Lithuania 2-1"), Turkish "karşı"
# after the dative ("İtalya'ya karşı").
_OPPONENT_AFTER = {
    "en": r"\s+(?:beat|beats|defeated|drew\s+(?:\d{1,3}\s*[-–]\s*\d{1,3}\s+)?with)\b",
    "tr": r"['’]?\p{L}{0,4}\s+karşı(?:sında)?\b",
}


def _words(words: str) -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")(?![\p{L}\p{M}])", regex.IGNORECASE)


_RX = {lang: _words(words) for lang, words in _WORDS.items()}
_RX_ALSO = {lang: _words(words) for lang, words in _ALSO.items()}
# The articles a country's name takes after them ("contre la Belgique", "contro l'Italia").
_ARTICLES = {"en": "the", "de": "die|das|den|der", "fr": "la|le|les|l['’]", "es": "el|la|los", "it": "il|la|lo|l['’]",
             "pt": "o|a|os|as", "nl": "de|het"}
_BEFORE = {lang: regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")\s+(?:(?:" + _ARTICLES.get(lang, "(?!)")
                               + r")(?:(?<=['’])|\s+))?$", regex.IGNORECASE)
           for lang, words in _OPPONENT_BEFORE.items()}
_AFTER = {lang: regex.compile(words, regex.IGNORECASE) for lang, words in _OPPONENT_AFTER.items()}
# A possessive after the name is the player's side, by nationality: "against Puerto Rico's Hector
# Camacho" names a boxer's country.
_POSSESSIVE = regex.compile(r"\s?['’]s\b")
# ...and a name after "of" is a club's country, not the side that won: "Benetton of Italy beat
# Dinamo of Russia 92-81".
_OF = regex.compile(r"(?<![\p{L}\p{M}])of\s+(?:the\s+)?$", regex.IGNORECASE)
# "3-1", "5 – 0", "(2:1)": numbers of at most three digits (neither a year range nor a date, the
# "08-30" of "1996-08-30", is a score); a colon only in brackets, as Russian and German write a
# result, since "10:30" is a time. A full stop may end the sentence after it ("beat Lithuania
# 2-1."), not start a decimal ("2-1.5").
_SCORE = regex.compile(r"(?<![\d.,:/–-])\d{1,3}\s*[-–]\s*\d{1,3}(?![\d,:/–-]|\.\d)|\(\s*\d{1,2}\s*:\s*\d{1,2}\s*\)")
_SENTENCE_END = regex.compile(r"[.!?؟。](?=\s)|\n")
_SENTENCE_START = regex.compile(r"[.!?؟。](?=\s)|\n", flags=regex.REVERSE)


def _sentence(text: str, start: int, end: int) -> str:
    before = _SENTENCE_START.search(text, 0, start)
    after = _SENTENCE_END.search(text, end)
    return text[before.end() if before else 0:after.start() if after else len(text)]


def _game_cue(sentence: str, lang: Optional[str], only_sport: bool) -> bool:
    """A score, or a word of a game report in `lang` (with `only_sport`, one only sport uses)."""
    if _SCORE.search(sentence):
        return True
    rx = _RX.get(lang or "")
    return rx is not None and bool(rx.search(sentence) or not only_sport and _RX_ALSO[lang].search(sentence))


def reports_game(text: str, start: int, end: int, lang: Optional[str]) -> bool:
    """Whether the sentence holding text[start:end] has a score or a word of a game report
    in `lang` (a score alone where the language has no word list or is unknown)."""
    return _game_cue(_sentence(text, start, end), lang, only_sport=False)


def faces_opponent(text: str, start: int, end: int, lang: Optional[str]) -> bool:
    """Whether the name at text[start:end] is a side in a game: its sentence has a score or a
    word only sport uses (not "won" or "defeat", which wars and elections have), and an
    opponent's word stands before the name ("a friendly against Tunisia", "lost 1-0 to Spain")
    or a result's verb after it ("Romania beat Lithuania"), with no possessive after it."""
    before, after = _BEFORE.get(lang or ""), _AFTER.get(lang or "")
    if before is None and after is None or _POSSESSIVE.match(text, end):
        return False
    if not (before is not None and before.search(text[max(0, start - 40):start])
            or after is not None and after.match(text, end) and not _OF.search(text, max(0, start - 8), start)):
        return False
    return _game_cue(_sentence(text, start, end), lang, only_sport=True)


# A player's move, in English, before the club's name: "was loaned to Venezia", "left Toulouse
# by mutual consent"; the sentence must name a player's terms (_TRANSFER_TERMS), since families
# move to Naples and armies leave Cuzco. Words any move has are no terms: "league" (the Delian
# League's treasury moved to Athens), "deal" ("Refugees left Aleppo for Idlib after the deal",
# "moved its headquarters to Dallas in a deal"), a bank's "loan", nor the move's own verbs
# ("signed a pact with Moscow", "transferred their headquarters from Surat").
_MOVE_BEFORE = {
    "en": regex.compile(r"(?<![\p{L}\p{M}])(?:loaned|loan|sold|transferred|moved|returned|switched|signed|joined|"
                        r"joining|rejoined|left|leaving)(?:\s+\S+){0,5}?\s+(?:to|for|with|from|by|at)?\s*(?:the\s+)?$",
                        regex.IGNORECASE),
}
_TRANSFER_TERMS = {"en": _words(r"contracts?|on\s+loan|club|clubs|side|squad|transfer\s+fee")}


def moved_to(text: str, start: int, end: int, lang: Optional[str]) -> bool:
    """Whether the name at text[start:end] is where a player moved ("he was loaned to Venezia"
    in a sentence that names a contract, a club or a side): a team, not its city."""
    before, terms = _MOVE_BEFORE.get(lang or ""), _TRANSFER_TERMS.get(lang or "")
    if before is None or not before.search(text[max(0, start - 60):start]):
        return False
    return bool(terms.search(_sentence(text, start, end)))


# A national team's word right before a country's name, in the languages whose word is only
# that: "сборную Южной Кореи", "збірної України" name the team. (WikiNEuRal ru tags such names
# LOC nine times in eleven; the dev set's national teams are ORG and NIL, as an opponent is.)
_TEAM_WORD_BEFORE = {"ru": regex.compile(r"(?<![\p{L}\p{M}])сборн\p{L}*\s+$", regex.IGNORECASE),
                     "uk": regex.compile(r"(?<![\p{L}\p{M}])збірн\p{L}*\s+$", regex.IGNORECASE)}


def names_team(text: str, start: int, lang: Optional[str]) -> bool:
    """Whether a national team's word stands right before the name at `start`."""
    rx = _TEAM_WORD_BEFORE.get(lang or "")
    return rx is not None and bool(rx.search(text, max(0, start - 30), start))
