"""Russian names of Russia's subdivisions, read back from their ISO 3166-2 names.

ISO 3166-2 names Russia's subdivisions in the BGN/PCGN romanization ("Bryanskaya oblast'",
"Tatarstan, Respublika") and iso-codes has no Russian translation of them, so Russian news'
"в Брянской области" found only the Ukrainian "Брянська область" through a fuzzy skeleton and
stayed NIL. BGN/PCGN is made to be read back: "ye", "yo", "ya", "yu" are е, ё, я, ю; a bare "e"
is э where BGN writes е as "ye" (first in a word and after a vowel); "y" is й after a vowel and
ы elsewhere; "'" is ь. Only "ts" is ambiguous (ц in Lipetskaya, тс in Irkutskaya): each reading
is tried and the one whose words pymorphy3's Russian dictionary knows best is kept.
"""
from __future__ import annotations

import itertools
import re

_DIGRAPHS = (("shch", "щ"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("zh", "ж"),
             ("yu", "ю"), ("ya", "я"), ("ye", "е"), ("yo", "ё"))
_LETTERS = dict(zip("abvgdzijklmnoprstufh", "абвгдзийклмнопрстуфх", strict=True))
_VOWELS = frozenset("аеёиоуыэюя")
_TS = "\x00"  # a "ts" still to be read as ц or тс


def _word(word: str) -> str | None:
    """One word read back, each "ts" left as _TS; None for a letter BGN/PCGN does not write."""
    out: list[str] = []
    low, i = word.lower(), 0
    while i < len(low):
        if low.startswith("ts", i):
            out.append(_TS)
            i += 2
            continue
        for lat, cyr in _DIGRAPHS:
            if low.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            c, prev = low[i], (out[-1] if out else "")
            if c == "'":
                out.append("ь")
            elif c == "e":
                out.append("э" if not prev or prev in _VOWELS else "е")
            elif c == "y":
                out.append("й" if prev in _VOWELS else "ы")
            elif c in _LETTERS:
                out.append(_LETTERS[c])
            else:
                return None
            i += 1
    text = "".join(out)
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


def _read(name: str) -> str | None:
    """The name in Cyrillic, "ts" read as the dictionary knows it best (ц when it knows neither)."""
    from ..text.morphology import knows_word
    parts = re.split(r"([ -])", name)
    read = [p if p in (" ", "-") else _word(p) for p in parts]
    if any(p is None for p in read):
        return None
    text = "".join(read)  # type: ignore[arg-type]
    slots = text.count(_TS)
    best, best_known = None, -1
    pieces = text.split(_TS)
    for choice in itertools.product(("ц", "тс"), repeat=slots):
        candidate = pieces[0] + "".join(c + p for c, p in zip(choice, pieces[1:], strict=True))
        known = sum(knows_word(w, "ru") for w in re.split(r"[ -]", candidate) if w)
        if known > best_known:
            best, best_known = candidate, known
    return best


def russian_names(iso_name: str, siblings: tuple[str, ...] = ()) -> list[str]:
    """Russian names of a Russian subdivision from its ISO 3166-2 name: "Bryanskaya oblast'" ->
    "Брянская область"; "Tatarstan, Respublika" -> "Республика Татарстан" and "Татарстан", but
    not the bare "Алтай" of "Altay, Respublika" while `siblings` (the other subdivisions' ISO
    names) hold "Altayskiy kray": Russian news' "Алтай" is either, or the mountains."""
    inverted = re.fullmatch(r"(.+), (Respublika)", iso_name)
    forms = [iso_name]
    if inverted:
        bare = inverted[1]
        shared = any(o != iso_name and o.split()[0].startswith(bare.split()[0]) for o in siblings)
        forms = [f"{inverted[2]} {bare}"] + ([] if shared else [bare])
    return [r for f in forms if (r := _read(f))]
