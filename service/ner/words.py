"""Word and sentence splitting with code-point offsets, as the training corpora tokenize,
and windows over sentences longer than the model reads at once."""
from __future__ import annotations

import regex

# Words as the training corpora tokenize them (CoNLL, WikiNEuRal, WikiANN): letters, marks
# and digits joined by hyphens (al-Assad) or an inner apostrophe (O'Brien, aujourd'hui);
# numbers with their decimal or thousands separators (3,000, 1.2); clitics ('s, 'm, 've);
# abbreviations (U.N.), initials (P. Simmons) and the titles that stand before names
# (Mr., Dr., Gen., Дж.) keep their full stop, so they neither break the name nor end a
# sentence; an elided article or preposition before a vowel (l', d', dell') is a word of
# its own (didn't is not elision); any other visible character stands alone.
_TITLES = ("Mr|Mrs|Ms|Dr|Prof|St|Mt|Gen|Lt|Col|Capt|Sgt|Cpl|Adm|Gov|Sen|Rep|Rev|Fr|Jr|Sr|Sra|Srta|Dña|Mme|Mlle"
           "|Mgr|Hr|Dott|Sig|Ing|Inc|Corp|Co|Ltd|Bros|No|vs|Дж|им|св|ген")
_LETTERS = r"[\p{L}\p{M}\p{N}_]"
_CLITIC = r"(?:s|S|m|re|ve|ll|d)\b"  # after an apostrophe: 's 'm 're 've 'll 'd
# Turkish writes a proper name's case and possessive suffixes after an apostrophe (Halep'te,
# Ankara'dan, Suriye'deki, İstanbul'a); the Turkish corpora tag the name without them, so the
# suffix is a word of its own. Only the suffixes that exist, and a bare 'a/'e only after a
# consonant (Sana'a, Qur'an, Ba'ath, Shi'ite stay whole). A short name before 'a/'e (İran'a,
# Irak'a) or a suffix that starts with a vowel or y (ABD'ye, NATO'ya, Rus'un) is not an elided
# article like "dell'", "L'" or "n'" (il n'a pas, n'y); "Qu'un" and "D'un" stay elisions.
# Besides the cases: "with" ('la), "from" ('li, 'liler), the accusative after a vowel ('nı),
# 'ndeki, 'nca, the copula ('dır, 'ydı) and the possessive's cases ('sının, 'ında): 7% of the
# Turkish train splits' names before an apostrophe had one of these (`splitting.py`). A vowel
# starts a suffix only after a consonant, and "Sa'di" keeps its 'di (no bare past copula).
_TR_SUFFIX = (r"(?:['’](?:[dt][ae]n|[dt][ae]ki|[dt][ae]|n[ıiuü]n|[ıiuü]n|y[ıiuü]|y[ae]|yl[ae]|l[ae]r\p{Ll}*"
              r"|n[ae]|n[dt][ae]n?|n[dt][ae]ki|s[ıiuü]n?[ae]?|s[ıiuü](?:z|n[ıiuü]n?|nd[ae]n?)|[ıiuü]"
              r"|l[ae]|l[ıiuü](?:l[ae]r\p{Ll}*|y[ae]|n[ıiuü]n|k)?|n[ıiuü]|n?[cç][ae]|[dt][ıiuü]r|y[dt][ıiuü])\b"
              r"|(?<![aeıioöuüâîû])['’](?:[ae]|[ıiuü]n(?:[ıiuü]n?|d[ae](?:n|ki)?|[ae]|ki))\b)")
# A capitalized elision is one letter ("L'", "D'"), "Qu'", "Un'", "Sant'" or an Italian
# article in -ll' ("Dell'", "All'"): "Xi'an", "Qur'an", "Ba'ath" and "Da'esh" are names (and
# "Sīnā'" keeps the hamza it ends with).
WORD = regex.compile(
    rf"(?:\p{{Lu}}\.){{2,}}|['’]{_CLITIC}|{_TR_SUFFIX}|\b(?:{_TITLES})\.|\p{{Lu}}\.(?!\p{{L}})"
    rf"|(?!O['’]\p{{Lu}}|\p{{Lu}}\p{{L}}{{2,3}}['’][ae]\b|(?!Qu)\p{{Lu}}\p{{L}}{{1,3}}{_TR_SUFFIX}"
    rf"|(?!Qu['’]|Un['’]|Sant['’]|\p{{Lu}}\p{{Ll}}?ll['’])\p{{Lu}}\p{{Ll}}{{1,3}}['’]\p{{L}})"
    rf"\p{{L}}{{1,4}}['’](?=\s|\p{{Lu}}|[aeiouyhàâäæéèêëîïôöœùûü])"
    rf"|\p{{N}}+(?:[.,:]\p{{N}}+)+"
    rf"|{_LETTERS}+(?:[-‐]{_LETTERS}+|(?!{_TR_SUFFIX})['’](?!{_CLITIC}){_LETTERS}+)*|[^\s\p{{Z}}\p{{Cc}}\p{{Cf}}]")
_SENT_END = frozenset(".!?؟。…")
MAX_SUBWORDS = 128   # the training length; longer sentences are windowed
OVERLAP_WORDS = 8
MAX_WORD_CHARS = 48  # only a word's first subword is read; a 5,000-letter "word" must not fill a window


def split_words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in WORD.finditer(text)]


def split_sentences(text: str, words: list[tuple[int, int]]) -> list[list[int]]:
    """Group word indices into sentences: after . ! ? followed by an upper-case or
    non-Latin word (so U.N. warned stays together), and at blank lines."""
    sents, cur = [], []
    for i, (s, e) in enumerate(words):
        cur.append(i)
        if i + 1 == len(words):
            break
        nxt_s = words[i + 1][0]
        gap = text[e:nxt_s]
        nxt = text[nxt_s]
        if text[s:e] in _SENT_END and gap and (nxt.isupper() or not nxt.isascii() or nxt in "\"“«"):
            sents.append(cur)
            cur = []
        elif "\n" in gap:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def windows(sub_counts: list[int], limit: int) -> list[tuple[int, int, int, int]]:
    """Split a word sequence into windows of <= limit subwords: (start, end, own_start, own_end).
    Each word is owned by the window where it sits furthest from a cut edge."""
    n = len(sub_counts)
    bounds, a = [], 0
    while a < n:
        b, total = a, 0
        while b < n and (total + sub_counts[b] <= limit or b == a):
            total += sub_counts[b]
            b += 1
        bounds.append((a, b))
        if b >= n:
            break
        a = max(a + 1, b - OVERLAP_WORDS)
    out = []
    for k, (a, b) in enumerate(bounds):
        own_a = a if k == 0 else (a + bounds[k - 1][1]) // 2
        own_b = b if k + 1 == len(bounds) else (bounds[k + 1][0] + b) // 2
        out.append((a, b, own_a, own_b))
    return out
