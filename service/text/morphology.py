"""Base forms of inflected and cliticized names: `Сирии` -> `Сирия`, `Києві` -> `Київ`,
`Warszawie` -> `Warszawa`, `Moskaus` -> `Moskau`, `Halep'te` -> `Halep`, `وسوريا` -> `سوريا`.

The linker looks each base form up as an exact gazetteer name only ("lemma" evidence), so a
wrong guess costs a lookup, not a link; offsets stay on the surface form.

Libraries, chosen on measured grounds (docs/benchmarks.md, README): pymorphy3 with its
OpenCorpora (ru) and VESUM (uk) dictionaries for Russian and Ukrainian cases (dictionary
analysis, ~0.3 ms a word, guesses unknown words by suffix); Morfeusz 2 with the SGJP dictionary
for Polish (every lemma of a form, ~0.05 ms a word); simplemma for German (lookup tables from
Wiktionary-derived data, no model, microseconds a word).
Turkish case suffixes after an apostrophe and Arabic proclitics are spelling conventions, not
morphology a dictionary is needed for: they are split by rule.
A name of several words also gets its nominative with the adjectives agreeing with the noun
("Южной Кореи" -> "южная корея", "Korei Południowej" -> "Korea Południowa", pymorphy3's and
Morfeusz's generators; German "-en" adjectives by rule), which word-by-word lemmas miss.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from itertools import islice, product
from typing import Optional

import regex

from .normalize import script_of

logging.getLogger("pymorphy3").setLevel(logging.WARNING)  # it logs every dictionary load at INFO

# Turkish writes a proper name's suffixes after an apostrophe: Halep'te, Ankara'dan,
# Suriye'deki, İstanbul'a, Irak'ın. Everything from the apostrophe on is inflection.
_TR_SUFFIX = regex.compile(r"^(\p{Lu}[\p{L}\p{M}-]*)['’]\p{Ll}{1,9}$")
# ...and without the apostrophe as often in news ("Almanyaya", "Rusyadan", "Irakta", an independent
# audit's misses): the case suffixes a name takes, shortest first (the longest stem first), each
# a guess the linker checks against a place's exact name (`turkish_stems`).
_TR_CASES = ("dan", "den", "tan", "ten", "daki", "deki", "taki", "teki", "da", "de", "ta", "te", "ın", "in", "un", "ün")
_TR_BARE_SUFFIXES = tuple(sorted({n + s for n in ("", "n") for s in _TR_CASES}
                                 | {y + s for y in ("", "y", "n") for s in ("a", "e", "ı", "i", "u", "ü")}
                                 | {"la", "le", "yla", "yle"}, key=len))
# Arabic proclitics: a conjunction (و, ف), then a preposition (ب, ل, ك), then the article.
_AR_CONJ = "وف"
_AR_PREP = "بلك"
# Latin-script languages that decline proper names (Moskaus): simplemma there (Polish: Morfeusz). In
# the others a name does not inflect, and a lemma only turns common words into place names
# (Italian "Esteri", as in "Ministero degli Esteri", -> Estero, Florida).
_SIMPLEMMA = ("de",)
_CYRILLIC = ("ru", "uk")


@lru_cache(maxsize=1)
def _morfeusz():
    import morfeusz2
    return morfeusz2.Morfeusz(generate=False)


@lru_cache(maxsize=1)
def _morfeusz_generator():
    import morfeusz2
    return morfeusz2.Morfeusz(analyse=False, generate=True)


def _cased(lemma: str, word: str) -> str:
    """Lemmatizers lower-case some lemmas; a name keeps its capital."""
    return lemma[:1].upper() + lemma[1:] if word[:1].isupper() else lemma


def _polish_word(word: str, alone: bool = False) -> list[str]:
    """Morfeusz 2 (SGJP dictionary) lemmas: "Niemiec" is a German and the genitive of Niemcy,
    which a lemmatizer that keeps one lemma per form misses. A homonym's marker ("Niemiec:Sm1")
    is dropped; words outside the dictionary ("ign") go to simplemma. A hyphenated name is its
    parts' base forms joined: Morfeusz reads "Emilia-Romania" as three segments, whose lemmas
    were each taken for the whole ("Romania", so the region linked the country at 0.997).
    `alone`: the name has no other word, and a plural noun is then no singular name's
    inflection, as in Russian: "atol Helen" is not Helena (Montana), "Inków" not Inca,
    "Włodzimierzów" (a village) not Vladimir; plural-only names (Katowice, Ateny, Niemcy) stay."""
    if "-" in word.strip("-"):
        parts = word.split("-")
        per_part = [_polish_word(p) + [p] for p in parts]
        return [j for j in ("-".join(c) for c in islice(product(*per_part), 16)) if j != word]
    lemmas, unknown = [], False
    for _, _, (_, lemma, tag, *_) in _morfeusz().analyse(word):
        unknown = unknown or tag == "ign"
        t = tag.split(":")
        if alone and t[0] == "subst" and t[1] == "pl" and "pt" not in t[3:]:
            continue
        lemma = lemma.split(":")[0]
        if lemma and lemma != word:
            lemmas.append(_cased(lemma, word))
    if unknown:
        import simplemma
        lemma = simplemma.lemmatize(word, lang="pl")
        if lemma and lemma != word:
            lemmas.append(_cased(lemma, word))
    return list(dict.fromkeys(lemmas))


@lru_cache(maxsize=4096)
def _polish_nominative(lemma: str, pos: str, number: str, gender: str) -> Optional[str]:
    """The nominative of `lemma` (Morfeusz's "subst", "adj" or "ppas": a noun, an adjective, a
    passive participle) in `number` and `gender`, affirmative and positive; None if none."""
    for form, _, tag, *_ in _morfeusz_generator().generate(lemma):
        t = tag.split(":")
        if (t[0] == pos and t[1] == number and "nom" in t[2].split(".") and gender in t[3].split(".")
                and (pos == "subst" or t[-1] in ("pos", "aff"))):
            return form
    return None


def _polish_phrase(words: list[str]) -> list[str]:
    """A name of a noun and its adjectives in an oblique case, in the nominative, agreeing as
    the name's own form does: "Korei Południowej" is "Korea Południowa", "Stanów Zjednoczonych"
    "Stany Zjednoczone", where the lemmas give "Korea południowy" and "stan zjednoczyć". The
    noun may stand anywhere; words after the agreeing ones stay as written ("Demokratycznej
    Republiki Konga")."""
    readings = [[(lemma, tag.split(":")) for _, _, (_, lemma, tag, *_) in _morfeusz().analyse(w)] for w in words]
    # every word agreeing first: "Nowej Zelandii" is not "nowa" (a noun) with a genitive after it
    for tail in (False, True):
        for h in range(len(words)):
            for lemma, t in readings[h]:
                if t[0] != "subst" or len(t) < 4:
                    continue
                for gender in t[3].split("."):
                    out = _polish_agreeing(words, readings, h, lemma, t[1], set(t[2].split(".")), gender, tail)
                    if out is not None and out != words:
                        return [" ".join(out)]
    return []


def _polish_agreeing(words: list[str], readings: list, h: int, lemma: str, number: str, cases: set[str],
                     gender: str, tail: bool) -> Optional[list[str]]:
    """`words` in the nominative with words[h] read as the noun `lemma` in `number`, one of
    `cases` and `gender`, and every other word an adjective or participle agreeing with it (or,
    with `tail`, the words after the last agreeing one as written); None if they do not agree."""
    noun = lemma.split(":")[0] if number == "sg" else _polish_nominative(lemma, "subst", number, gender)
    if noun is None:
        return None
    out = []
    for i, w in enumerate(words):
        if i == h:
            out.append(_cased(noun, w))
            continue
        form = next((f for a, u in readings[i] if u[0] in ("adj", "ppas") and u[1] == number
                     and cases & set(u[2].split(".")) and gender in u[3].split(".")
                     and (f := _polish_nominative(a, u[0], number, gender))), None)
        if form is None:
            return out + words[i:] if tail and i > h else None  # a genitive after the name ("Konga")
        out.append(_cased(form, w))
    return out


@lru_cache(maxsize=2)
def _pymorphy(lang: str):
    import pymorphy3
    return pymorphy3.MorphAnalyzer(lang=lang)


def knows_word(word: str, lang: str) -> bool:
    """Whether pymorphy3's dictionary of `lang` (ru, uk) holds the word in some form."""
    return _pymorphy(lang).word_is_known(word.lower())


@lru_cache(maxsize=4096)  # read for every Russian or Ukrainian mention, up to three times
def part_of_speech(word: str, lang: Optional[str]) -> Optional[str]:
    """pymorphy3's first reading of a word its dictionary of `lang` (ru, uk) holds: "ADJ" for an
    adjective or participle ("Московской"), "NOUN" for a noun ("областях"); None for a word it
    does not hold, another part of speech or another language."""
    if lang not in ("ru", "uk") or not knows_word(word, lang):
        return None
    pos = str(_pymorphy(lang).parse(word)[0].tag.POS)
    return "ADJ" if pos in ("ADJF", "PRTF") else pos if pos == "NOUN" else None


def is_adjective(word: str, lang: Optional[str]) -> bool:
    """Whether a Russian or Ukrainian word's first reading (`part_of_speech`), or a Polish
    word's first Morfeusz reading, is an adjective or participle ("Главная", "Najdłuższa")."""
    if lang == "pl":
        tags = [a[2][2] for a in _morfeusz().analyse(word)]
        return bool(tags) and tags[0].split(":")[0] in ("adj", "pact", "ppas")
    return part_of_speech(word, lang) == "ADJ"


# pymorphy3's tags of a name's readings (place, given name, surname, patronymic, organization,
# trademark). The Ukrainian dictionary tags its place names as plain nouns (Київ, Львів), so
# only the Russian one tells a common word from a name.
_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


@lru_cache(maxsize=4096)
def common_word(word: str, lang: Optional[str]) -> bool:
    """Whether pymorphy3's Russian dictionary holds the word only as a common word, none of its
    readings a name: "Или" (or), "Казах" (a Kazakh), "Апатит" are; "Орел", "Уран",
    "Владимир", "Пинанг" are not."""
    if lang != "ru" or not knows_word(word, lang):
        return False
    return not any(p.is_known and _NAME_TAGS & p.tag.grammemes for p in _pymorphy(lang).parse(word.lower()))


# Case endings of the first declension (-а/-я nouns: Хезболла, Ракка) and of masculine nouns,
# for foreign names the dictionaries do not hold or hold as common nouns: pymorphy3 guesses
# "Хезболлы" as a plural "хезболл" and reads "Хами" as "хам" (a boor), so the nominative is
# also tried by swapping the ending (words of four letters or more; capitalized ones always).
_FEM_ENDINGS = ("ой", "ою", "ей", "ы", "и", "е", "у", "ю")
_MASC_ENDINGS = ("ом", "ем", "ым", "а", "я", "у", "ю", "е")
_I_NOT_Y = set("кгхжшчщ")  # Russian spelling writes и, never ы, after these
_UK_OV_ENDINGS = ("ом", "і", "а", "у")


def _cyrillic_word(word: str, langs: tuple[str, ...], alone: bool = True) -> list[str]:
    """Base forms of one word of a name; `alone`: the name has no other word."""
    out = []
    known = False
    for lang in langs:
        morph = _pymorphy(lang)
        known = known or morph.word_is_known(word)
        for p in morph.parse(word)[:4]:
            # a plural noun alone is no singular name's inflection: "6 Мустангов" (P-51s) is not
            # the town of Mustang, nor "Мир" (read as миро's genitive plural) Mira; plural-only
            # names (Нидерланды, Афины) are not plurals here
            if alone and "plur" in p.tag and "Pltm" not in p.tag and p.tag.POS == "NOUN":
                continue
            form = p.normal_form
            if p.tag.POS in ("ADJF", "PRTF"):
                # An adjective keeps its gender and number: a place named by one is written in
                # that gender only, so "Первомайская" (a street, a station) is not Первомайский,
                # Zlatopil's old name, nor "Ярославской" the town of Yaroslavsky.
                agree = {"nomn"} | ({"plur"} if "plur" in p.tag else {p.tag.gender} if p.tag.gender else set())
                form = getattr(p.inflect(agree), "word", form)
            if form not in out:
                out.append(form)
    if (not known or word[:1].isupper()) and len(word) > 3:
        low = word.lower()
        for end in _FEM_ENDINGS:
            if low.endswith(end):
                # -и is a soft stem's genitive (Сирии) or, after к г х ж ш ч щ and in
                # Ukrainian after any consonant, a hard one's (Ракки, Хами): then -а is tried
                # too. Not after other consonants in Russian: "Коти" (Kōchi) is not "Кота".
                hard = end == "и" and (low[-2:-1] in _I_NOT_Y or "uk" in langs)
                stems = ("я", "а") if hard else ("я",) if end in ("и", "ю", "ей") else ("а",)
                out += [low[: -len(end)] + s for s in stems]
                break
        for end in _MASC_ENDINGS:
            if low.endswith(end):
                out.append(low[: -len(end)])
                break
        if "uk" in langs:
            # Ukrainian closes -ів, -їв to -ов-, -єв- before an ending: the dictionary knows
            # Харків and Львів, not "Кракові", Kraków's locative (NIL)
            stem = next((low[: -len(end)] for end in _UK_OV_ENDINGS if low.endswith(end)), "")
            if stem[-2:] in ("ов", "ев", "єв") and len(stem) > 3:
                out.append(stem[:-2] + ("їв" if stem[-2] == "є" else "ів"))
    return list(dict.fromkeys(out))


def _cyrillic_phrase(words: list[str], langs: tuple[str, ...]) -> list[str]:
    """Adjectives and their noun in the nominative, agreeing as the name's own form does:
    "Южной Кореи" is "южная корея" and "Соединённых Штатов Америки" "соединённые штаты
    америки", where the words' normal forms give "южный корея" and "соединить штат америка".
    The noun is the last word or the one before it (a genitive after it stays as written);
    every word before the noun must be an adjective or participle."""
    out = []
    for lang in langs:
        morph = _pymorphy(lang)
        for h in (len(words) - 1, len(words) - 2):
            head = next((p for p in morph.parse(words[h])[:4] if p.tag.POS == "NOUN"), None) if h > 0 else None
            if head is None:
                continue
            # Ukrainian tags leave the singular unwritten: agree on gender there, on number in the plural
            plural = "plur" in head.tag and "Pltm" not in head.tag
            agree = {"nomn"} | ({"plur"} if plural else {head.tag.gender} if head.tag.gender else set())
            noun = head.inflect({"nomn", "plur"} if plural else {"nomn"})
            adjectives = [next((p for p in morph.parse(w)[:4] if p.tag.POS in ("ADJF", "PRTF")), None)
                          for w in words[:h]]
            forms = [a.inflect(agree) if a is not None else None for a in adjectives]
            if noun is not None and all(forms):
                out.append(" ".join([f.word for f in forms] + [noun.word] + [w.lower() for w in words[h + 1:]]))
    return list(dict.fromkeys(out))


def _arabic_word(word: str) -> list[str]:
    out, stem = [], word
    if len(stem) > 3 and stem[0] in _AR_CONJ:
        stem = stem[1:]
        out.append(stem)
    if len(stem) > 3 and stem[0] in _AR_PREP:
        stem = stem[1:]
        out.append(stem)
        if stem.startswith("ل") and len(stem) > 3:  # ل + ال writes لل: للعراق = ل + العراق
            out.append("ا" + stem)
    if stem.startswith("ال") and len(stem) > 4:
        out.append(stem[2:])
    return out


def _latin_word(word: str, langs: tuple[str, ...], turkish: bool) -> list[str]:
    out = []
    m = _TR_SUFFIX.match(word) if turkish else None
    if m:
        out.append(m.group(1))
        word = m.group(1)
    if langs:
        import simplemma
        for lang in langs:
            lemma = simplemma.lemmatize(word, lang=lang)
            if lemma and lemma != word:
                out.append(_cased(lemma, word))
    return out


# German adjectives in a name take -en after an article in every case but the nominative ("der
# Vereinigten Arabischen Emirate", "des Vereinigten Königreichs"); the name's own form has -e, or
# -es and -er without an article (Vereinigte Arabische Emirate, Vereinigtes Königreich).
_DE_ADJECTIVE_EN = regex.compile(r"^\p{Lu}[\p{L}-]*[^e]en$")


def _german_phrase(words: list[str]) -> list[str]:
    """The nominatives of a name's leading adjectives in -en before its noun (simplemma's lemma
    of the noun, "Königreichs" -> Königreich), the words after the noun as written."""
    # the noun may end in -en too ("Vereinigten Staaten"): the last word is a noun in any case
    n = next((i for i, w in enumerate(words[:-1]) if not _DE_ADJECTIVE_EN.match(w)), len(words) - 1)
    if n == 0:
        return []
    nouns = [words[n], *_latin_word(words[n], ("de",), turkish=False)]
    return [" ".join([w[:-1] + end for w in words[:n]] + [noun] + words[n + 1:])
            for end in ("", "s", "r") for noun in dict.fromkeys(nouns)]


def base_forms(text: str, lang: Optional[str] = None) -> list[str]:
    """Candidate base forms of a name, surface form excluded, most likely first. Words are
    reduced one at a time (the last word first: in "Башаром Асадом" both inflect, in
    "Syrian Democratic Forces" none does), then all together."""
    words = text.split()
    if not words or len(words) > 6:
        return []
    script = script_of(text)
    base = (lang or "").split("-")[0].lower()
    if script == "Cyrillic":
        langs = (base,) if base in _CYRILLIC else _CYRILLIC

        def reduce(w):
            return _cyrillic_word(w, langs, alone=len(words) == 1)
    elif script == "Arabic":
        reduce = _arabic_word
    elif script == "Latin" and base == "pl":
        def reduce(w):
            return _polish_word(w, alone=len(words) == 1)
    elif script == "Latin":
        langs = (base,) if base in _SIMPLEMMA else ()
        # the Turkish suffix rule only where the text may be Turkish: in English "Gama'a"
        # (al-Gama'a al-Islamiyya) became Gama, a name of Hama
        turkish = base in ("", "tr")

        def reduce(w):
            return _latin_word(w, langs, turkish)
    else:
        return []
    per_word = [reduce(w) for w in words]
    forms: list[str] = []
    for i in reversed(range(len(words))):
        for alt in per_word[i]:
            forms.append(" ".join(words[:i] + [alt] + words[i + 1:]))
    if len(words) > 1 and all(per_word):
        forms.append(" ".join(alts[0] for alts in per_word))
    if len(words) > 1:  # a name's adjectives agree with its noun, which the words' lemmas forget
        if script == "Cyrillic":
            forms += _cyrillic_phrase(words, langs)
        elif script == "Latin" and base == "pl":
            forms += _polish_phrase(words)
        elif script == "Latin" and base == "de":
            forms += _german_phrase(words)
    seen = {text.casefold()}
    return [f for f in forms if not (f.casefold() in seen or seen.add(f.casefold()))]


_TR_BACK = "aıou"
_TR_FOUR = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}
_TR_VOICELESS = "fstkçşhp"


def _turkish_suffix_fits(stem: str, suffix: str) -> bool:
    """Whether a suffix's vowel harmony and buffer fit the stem: "Irak" + "ta", "İran" + "ın",
    "Almanya" + "ya"; not "Sis" + "tan" (Kozan's old name in "Sistan") nor "Karel" + "ya"."""
    vowels = [c for c in stem.lower().replace("â", "a").replace("î", "i").replace("û", "u") if c in _TR_FOUR]
    sv = next((c for c in suffix if c in _TR_FOUR), None)
    if not vowels or sv is None:
        return False
    v, last = vowels[-1], stem[-1].lower()
    ends_in_vowel = last in _TR_FOUR or last in "âîû"
    if sv in "ae" and sv != ("a" if v in _TR_BACK else "e") or sv in "ıiuü" and sv != _TR_FOUR[v]:
        return False
    if suffix[0] in "yn" and len(suffix) > 1 and suffix[1] in _TR_FOUR:  # a buffer: after a vowel only
        return ends_in_vowel
    if suffix[0] in _TR_FOUR or suffix[:2] in ("la", "le"):
        return not ends_in_vowel
    if suffix[0] in "dt":
        return (suffix[0] == "t") == (last in _TR_VOICELESS)
    return True


def turkish_stems(word: str) -> list[str]:
    """The stems a capitalized Turkish word with a case suffix and no apostrophe may have, longest
    first, where the suffix fits the stem (`_turkish_suffix_fits`): "İranın" -> "İran"; guesses,
    never a link by themselves."""
    if not word[:1].isupper() or not word[1:].islower():
        return []
    return [word[:-len(s)] for s in _TR_BARE_SUFFIXES
            if word.endswith(s) and len(word) - len(s) >= 3 and _turkish_suffix_fits(word[:-len(s)], s)]


def is_known_word(word: str, lang: Optional[str]) -> bool:
    """Whether simplemma's dictionary of `lang` holds the word, lower-cased ("In", "Die"); False
    for a language it lacks or none. Its dictionaries hold some proper nouns too ("aleppo")."""
    if not lang:
        return False
    import simplemma
    try:
        return simplemma.is_known(word.lower(), lang=lang)
    except ValueError:  # a language simplemma has no dictionary for
        return False

