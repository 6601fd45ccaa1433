"""Whether a sentence reports a game: its words (match, goal, coach, league...) or a score line.

A place's name in such a sentence is often its team's ("Karlsruhe won the match 3-1", "Texas
defeated Cleveland"), and the linker must not give the team its city. The cue only marks the
sentence; the linker still asks the model for ORG weight before it calls a name a team.
"""
from __future__ import annotations

from typing import Optional

import regex

# Words of a game report, per language (whole words, in lower case; a trailing \w* where the
# word inflects). Words that are as common outside sport ("final", "game", "points") are left out.
_WORDS = {
    "en": r"match(?:es)?|goals?|scor(?:ed|es|ing)|striker|midfielder|defender|goalkeeper|coach(?:es|ed)?|seasons?|"
          r"league|cup|championships?|tournament|club|teams?|squad|wins?|won|beat(?:s|ing)?|defeat(?:s|ed)?|draw|"
          r"drew|lost|victory|innings?|hom(?:er|ers|ered)|pitcher|touchdowns?|rebounds|playoffs?|qualifier|"
          r"semi-finals?|quarter-finals?|wickets?|fixture|derby|caps|debut",
    "de": r"spiel(?:e|en|s)?|tor(?:e|en)?|trainer|mannschaft|saison|liga|bundesliga|pokal|meisterschaft|sieg|"
          r"niederlage|gewann|gewinnt|besiegte|verlor|unentschieden|elfmeter|stürmer|verein|endspiel|halbfinale|"
          r"torschütze|spieltag",
    "fr": r"match(?:s)?|buts?|marqu(?:é|e|ait)|entraîneur|saison|championnat|ligue|coupe|club|équipe|victoire|"
          r"défaite|battu(?:e|s)?|match nul|attaquant|gardien|tournoi|demi-finale",
    "es": r"partidos?|gol(?:es)?|marcó|entrenador|temporada|liga|copa|club|equipo|victoria|derrota|venció|empate|"
          r"delantero|portero|torneo|semifinal|campeonato",
    "it": r"partit[ae]|gol|segnato|allenatore|stagione|campionato|serie|coppa|squadra|vittoria|sconfitta|battuto|"
          r"pareggio|attaccante|portiere|torneo|semifinale",
    "pt": r"partidas?|jogos?|gols?|golos?|marcou|treinador|técnico|temporada|campeonato|liga|taça|copa|clube|"
          r"equipe|equipa|vitória|derrota|venceu|empate|atacante|goleiro|torneio",
    "nl": r"wedstrijd(?:en)?|doelpunt(?:en)?|scoorde|trainer|seizoen|competitie|eredivisie|beker|club|ploeg|elftal|"
          r"overwinning|nederlaag|won|verloor|gelijkspel|spits|keeper|toernooi",
    "pl": r"mecz\w*|gol\w*|bramk\w*|trener\w*|sezon\w*|lig\w+|puchar\w*|klub\w*|drużyn\w*|zwycięst\w*|porażk\w*|"
          r"pokonał\w*|remis\w*|napastnik\w*|bramkarz\w*|turniej\w*|mistrzostw\w*",
    "ru": r"матч\w*|сборн\w*|гол\w{0,2}|команд\w*|тренер\w*|клуб\w*|сезон\w*|чемпионат\w*|турнир\w*|финал\w*|"
          r"выигр\w*|проигр\w*|обыгр\w*|победил\w*|побед[аеуы]|ничь\w+|забил\w*|сч[её]т\w*|лиг\w+|кубк?\w*",
    "uk": r"матч\w*|збірн\w*|гол\w{0,2}|команд\w*|тренер\w*|клуб\w*|сезон\w*|чемпіонат\w*|турнір\w*|фінал\w*|"
          r"виграл\w*|програл\w*|переміг\w*|перемог\w*|нічи\w+|забив\w*|рахун\w*|ліг\w+|кубк?\w*",
    "tr": r"maç\w*|gol\w*|teknik direktör\w*|sezon\w*|lig\w*|kupa\w*|kulüp\w*|takım\w*|galibiyet\w*|mağlubiyet\w*|"
          r"yendi|berabere\w*|forvet\w*|kaleci\w*|turnuva\w*|şampiyon\w*",
    "ar": r"مباراة|المباراة|مباراته|هدف|هدفين|أهداف|الأهداف|مدرب|المدرب|الموسم|الدوري|كأس|نادي|النادي|فريق|الفريق|"
          r"منتخب|فاز|خسر|تعادل|بطولة|البطولة",
}
_RX = {lang: regex.compile(r"(?<![\p{L}\p{M}])(?:" + words + r")(?![\p{L}\p{M}])", regex.IGNORECASE)
       for lang, words in _WORDS.items()}
# "3-1", "5 – 0", "(2:1)": numbers of at most three digits (neither a year range nor a date, the
# "08-30" of "1996-08-30", is a score); a colon only in brackets, as Russian and German write a
# result, since "10:30" is a time.
_SCORE = regex.compile(r"(?<![\d.,:/–-])\d{1,3}\s*[-–]\s*\d{1,3}(?![\d.,:/–-])|\(\s*\d{1,2}\s*:\s*\d{1,2}\s*\)")
_SENTENCE_END = regex.compile(r"[.!?؟。](?=\s)|\n")
_SENTENCE_START = regex.compile(r"[.!?؟。](?=\s)|\n", flags=regex.REVERSE)


def reports_game(text: str, start: int, end: int, lang: Optional[str]) -> bool:
    """Whether the sentence holding text[start:end] has a score or a word of a game report
    in `lang` (a score alone where the language has no word list or is unknown)."""
    before = _SENTENCE_START.search(text, 0, start)
    after = _SENTENCE_END.search(text, end)
    sentence = text[before.end() if before else 0:after.start() if after else len(text)]
    rx = _RX.get(lang or "")
    return bool(_SCORE.search(sentence) or (rx is not None and rx.search(sentence)))
