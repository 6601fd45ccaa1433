"""Text normalization for matching names across spellings and scripts.

Three levels, each a function of the previous one:
  `fold(s)`      Unicode-clean, casefolded, diacritic-free, script kept (exact keys).
  `latin(s)`     `fold` romanized to ASCII, article words dropped (fuzzy scoring).
  `skeletons(s)` consonant skeletons of `latin`: the keys that make transliteration
                 variants collide (Sakhour / Sakhur / Sachur / الصاخور -> "SHR").
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

import regex
from anyascii import anyascii

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                    "\u2066\u2067\u2068\u2069\ufeff\u00ad\u0640"), None)
_ARABIC_UNIFY = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي",
                               "ؤ": "و", "ة": "ه", "ک": "ك", "ڪ": "ك", "ۀ": "ه"})
# Letters NFD does not decompose but that writers drop or swap freely. The apostrophes include
# the modifier letters Ukrainian's spelling and CLDR use ("Вʼєтнам", U+02BC) and Hawaiian's and
# Uzbek's ("Hawaiʻi", U+02BB), which writers type as "'" or "’" ("В'єтнам" was NIL).
_LATIN_EXTRA = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae",
                              "œ": "oe", "ʿ": "", "ʾ": "", "‘": "", "’": "", "`": "", "´": "", "'": "",
                              "ʼ": "", "ʻ": ""})

# Arabic letters to the consonants an English or French transcription uses. Short
# vowels are unwritten, so vowels come only from the skeleton's point of view.
_ARABIC_LATIN = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y", "ء": "", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ڤ": "v",
}
_CYRILLIC_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}
_ROMAN = str.maketrans({**_ARABIC_LATIN, **_CYRILLIC_LATIN})

# Article words a romanized name drops: al-, el-, ul- and "the" before any word; the forms
# Arabic assimilates to a sun letter (ash-Sham, an-Najaf, ar-Raqqa, ud-Din) only before a word
# that begins with that letter. Dropped anywhere, "an" and "er" took whole syllables of Chinese
# and German names ("An-sun", a name of Anshun, read "sun", which "Сун", the Song dynasty, is;
# "Nan-an" read "nan"), about 17,000 of the gazetteer's names.
ARTICLES = frozenset({"al", "el", "ul", "the"})
ASSIMILATED = frozenset({"ad", "ash", "as", "ar", "at", "az", "an", "adh", "ath", "ed", "es", "er", "ez", "en",
                         "ud", "us", "ur", "un"})
_ARABIC_ARTICLE = re.compile(r"(?<!\S)(?:وال|ال)(?=\S{2,})")
_NON_WORD = re.compile(r"[\W_]+")
_FINAL_HEH = re.compile(r"(?<=[\u0621-\u064a])\u0647(?![\u0621-\u064a])")


def clean(text: str) -> str:
    """NFKC, invisible/bidi marks, tatweel and harakat removed, Arabic letters unified."""
    if text.isascii():  # all of the below leaves ASCII as it is; most names are ASCII
        return text
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = re.sub("[\u064b-\u065f\u0670\u06d6-\u06ed]", "", text)
    return text.translate(_ARABIC_UNIFY)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Exact-match key: clean, casefold, no diacritics, punctuation as single spaces."""
    text = clean(text).casefold().translate(_LATIN_EXTRA)
    if not text.isascii():  # ASCII has nothing to decompose
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", text).strip()


# Unicode script names (as `regex` spells them) reported for gazetteer names; letters of
# any other script count as "Other". Reading the script off the character's name gave
# "Cjk", "New" (Tai Lue) or "Old" (Italic) instead.
_SCRIPTS = ("Latin", "Cyrillic", "Arabic", "Greek", "Hebrew", "Han", "Hiragana", "Katakana", "Hangul",
            "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada",
            "Malayalam", "Sinhala", "Thai", "Lao", "Tibetan", "Myanmar", "Khmer", "Georgian", "Armenian",
            "Ethiopic", "Mongolian", "Thaana", "Syriac", "Tifinagh", "Cherokee", "Canadian_Aboriginal",
            "Yi", "Javanese", "Bopomofo", "Nko", "Ol_Chiki", "Vai", "Adlam")
_SCRIPT_RE = regex.compile("|".join(f"(?P<{name}>\\p{{Script={name}}})" for name in _SCRIPTS))


@lru_cache(maxsize=4096)
def _char_script(ch: str) -> str:
    m = _SCRIPT_RE.match(ch)
    return m.lastgroup.replace("_", " ") if m else "Other"


@lru_cache(maxsize=200_000)  # the same candidate names come back query after query
def script_of(text: str) -> str:
    """Dominant script of the letters in `text` (Latin, Arabic, Cyrillic, Han, ... or Other)."""
    if text.isascii():
        return "Latin" if any(ch.isalpha() for ch in text) else "Other"
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = _char_script(ch)
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.get) if counts else "Other"


@lru_cache(maxsize=200_000)
def latin(text: str, keep_articles: bool = False) -> str:
    """ASCII romanization of `fold(text)` without the article words wherever they stand (al, el,
    the; ash, an, ... before their sun letter), and without the Arabic article ال on any word
    (both kept with `keep_articles`: in Alberti or الموصل the article is part of the name as
    written)."""
    folded = fold(text)
    if folded.isascii():  # no Arabic article or letters, nothing to romanize
        roman = folded
    else:
        folded = folded if keep_articles else _ARABIC_ARTICLE.sub("", folded)
        folded = _FINAL_HEH.sub("a", folded)  # ta marbuta (unified to heh by `clean`) reads as -a
        roman = anyascii(folded.translate(_ROMAN)).lower()
    words = [w for w in _NON_WORD.sub(" ", roman).split() if w]
    kept = words if keep_articles else [w for i, w in enumerate(words) if w not in ARTICLES and not (
        w in ASSIMILATED and i + 1 < len(words) and words[i + 1].startswith(w[1:]))]
    return " ".join(kept or words)


# Ordered rewrites to consonant classes (upper case) applied to `latin` output.
# s and z share a class: German and Turkish spellings swap them (Hisbollah).
# Where a spelling is ambiguous between languages (ch: French sh, German kh;
# j: English j, Spanish kh) both readings are produced.
_DIGRAPHS = [
    ("tsch", "C"), ("dsch", "J"), ("sch", "S"), ("shch", "S"), ("sh", "S"), ("zh", "J"), ("dj", "J"),
    ("kh", "H"), ("gh", "K"), ("th", "T"), ("dh", "D"), ("ph", "F"), ("ck", "K"), ("ts", "S"),
]
_SINGLE = str.maketrans({"q": "K", "k": "K", "c": "K", "g": "K", "x": "H", "h": "H", "b": "B",
                         "p": "B", "f": "F", "v": "F", "t": "T", "d": "D", "s": "S", "z": "S",
                         "j": "J", "l": "L", "r": "R", "m": "M", "n": "N"})


_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_VOWEL_RUN = re.compile(r"[aeiouwy]+")
_DROP_LOWER_DIGIT = dict.fromkeys(map(ord, "abcdefghijklmnopqrstuvwxyz0123456789"), None)


@lru_cache(maxsize=500_000)  # words repeat across names (given names, al-, City): an import's hot spot
def _skeleton_of_word(word: str, ch: str, j: str, vowels: bool = False) -> str:
    # A final h after a vowel is often the ta marbuta some write and some don't (Hamah/Hama).
    word = _FINAL_H.sub("", word)
    for src, dst in _DIGRAPHS:
        word = word.replace(src, dst)
    word = word.replace("ch", ch).replace("C", ch).replace("j", j)
    head, tail = word[:1], word[1:]
    if head in ("w", "y"):  # initial w/y are consonants (Wissam, Yasser); inside they spell vowels
        head = head.upper()
    word = (head + tail).translate(_SINGLE)
    if vowels:
        word = _VOWEL_RUN.sub("V", word)
    return _collapse(word.translate(_DROP_LOWER_DIGIT))


def _collapse(text: str) -> str:
    """Runs of one character as one ("SSR" -> "SR"); a regex with a back-reference template
    cost more than the rest of the skeleton together."""
    return "".join(ch for ch, _ in itertools.groupby(text))


_SOFT = ((re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"g(?=[ei])"), "j"), (re.compile(r"x"), "ks"))


def _spellings(text: str) -> list[list[str]]:
    """The word lists a name's skeletons are read from: its romanization, the same with soft c
    and g and x as ks (Bianceri, Angelini, Bixby as an Arabic writer hears them), and for a
    name written with the Arabic article, the romanization that keeps it."""
    words = latin(text).split()
    out = [words]
    soft = []
    for w in words:
        if "c" in w or "g" in w or "x" in w:
            for pattern, sound in _SOFT:
                w = pattern.sub(sound, w)
        soft.append(w)
    if soft != words:
        out.append(soft)
    if _ARABIC_ARTICLE.search(fold(text)):
        out.append(latin(text, keep_articles=True).split())
    return out


@lru_cache(maxsize=200_000)
def skeletons(text: str) -> tuple[str, ...]:
    """Consonant skeleton keys of a name, one per reading of ambiguous spellings."""
    keys = []
    for words in _spellings(text):
        if not words:
            continue
        readings = [("S", "J")]
        joined = " ".join(words)
        if re.search(r"(?<!s)ch", joined):
            readings.append(("H", "J"))
        if "j" in joined:
            readings += [(c, "H") for c, _ in list(readings)]
        for ch, j in readings:
            key = _collapse("".join(_skeleton_of_word(w, ch, j) for w in words))
            if key and key not in keys:
                keys.append(key)
    return tuple(keys)


@lru_cache(maxsize=200_000)
def vowel_frame(text: str) -> str:
    """Like the first skeleton, but each vowel group is kept as a 'V' slot. Between two
    Latin spellings this separates different names with one skeleton (Sukkur SVKVR vs
    Sukkari SVKVRV) while vowel-quality variants still agree (Sakhour = Sakhur = SVHVR).
    Meaningless across scripts, where short vowels are unwritten."""
    return " ".join(_skeleton_of_word(w, "S", "J", vowels=True) for w in latin(text).split())
