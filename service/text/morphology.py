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
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Optional

import regex

from .normalize import script_of

logging.getLogger("pymorphy3").setLevel(logging.WARNING)  # it logs every dictionary load at INFO

# Turkish writes a proper name's suffixes after an apostrophe: Halep'te, Ankara'dan,
# Suriye'deki, İstanbul'a, Irak'ın. Everything from the apostrophe on is inflection.
_TR_SUFFIX = regex.compile(r"^(\p{Lu}[\p{L}\p{M}-]*)['’]\p{Ll}{1,9}$")
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


def _cased(lemma: str, word: str) -> str:
    """Lemmatizers lower-case some lemmas; a name keeps its capital."""
    return lemma[:1].upper() + lemma[1:] if word[:1].isupper() else lemma


def _polish_word(word: str) -> list[str]:
    """Morfeusz 2 (SGJP dictionary) lemmas: "Niemiec" is a German and the genitive of Niemcy,
    which a lemmatizer that keeps one lemma per form misses. A homonym's marker ("Niemiec:Sm1")
    is dropped; words outside the dictionary ("ign") go to simplemma."""
    lemmas, unknown = [], False
    for _, _, (_, lemma, tag, *_) in _morfeusz().analyse(word):
        unknown = unknown or tag == "ign"
        lemma = lemma.split(":")[0]
        if lemma and lemma != word:
            lemmas.append(_cased(lemma, word))
    if unknown:
        import simplemma
        lemma = simplemma.lemmatize(word, lang="pl")
        if lemma and lemma != word:
            lemmas.append(_cased(lemma, word))
    return list(dict.fromkeys(lemmas))


@lru_cache(maxsize=2)
def _pymorphy(lang: str):
    import pymorphy3
    return pymorphy3.MorphAnalyzer(lang=lang)


# Case endings of the first declension (-а/-я nouns: Хезболла, Ракка) and of masculine nouns,
# for foreign names the dictionaries do not hold or hold as common nouns: pymorphy3 guesses
# "Хезболлы" as a plural "хезболл" and reads "Хами" as "хам" (a boor), so the nominative is
# also tried by swapping the ending (words of four letters or more; capitalized ones always).
_FEM_ENDINGS = ("ой", "ою", "ей", "ы", "и", "е", "у", "ю")
_MASC_ENDINGS = ("ом", "ем", "ым", "а", "я", "у", "ю", "е")
_I_NOT_Y = set("кгхжшчщ")  # Russian spelling writes и, never ы, after these


def _cyrillic_word(word: str, langs: tuple[str, ...]) -> list[str]:
    out = []
    known = False
    for lang in langs:
        morph = _pymorphy(lang)
        known = known or morph.word_is_known(word)
        for p in morph.parse(word)[:4]:
            if p.normal_form not in out:
                out.append(p.normal_form)
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
            return _cyrillic_word(w, langs)
    elif script == "Arabic":
        reduce = _arabic_word
    elif script == "Latin" and base == "pl":
        reduce = _polish_word
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
    seen = {text.casefold()}
    return [f for f in forms if not (f.casefold() in seen or seen.add(f.casefold()))]


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

