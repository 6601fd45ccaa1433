"""NIL keys: one stable key per unknown name, the same across documents, spellings and scripts.

A mention the gazetteer does not hold comes back NIL; its `nil_key` lets an archive group the
mentions of one unknown person or organization ("Wissam Zarqa", "Wisam Zarka", "وسام زرقا",
"Виссам Зарка" -> `PER:WSM-SRK`) and collect the names worth cataloguing (service/batch/nil.py).

The key is the entity type and, word by word, the consonant skeleton the gazetteer indexes
names by (`text.normalize.skeletons`, the keys that make transliteration variants collide in
candidate search), so a key needs no state and is the same in every process, batch and run.
Words stay apart in the key ("Abu Samra" and "Abusamra" are two keys): a wrong merge costs
more than a split, since two people in one cluster corrupt both. Type is part of the key: the
same string as a person and as an organization is two things.

A document-level pass gives a short person mention the key of the full name it ends
("Araj" after "Ahmad Hiso Araj"), as the linker does for links.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from .domain import Entity
from .text.normalize import latin, script_of, skeletons

# Cyrillic writes Arabic و as в (Виссам, Марван, Дарвиш) and ج as дж (Джамаль): romanized,
# v is a consonant (the skeleton's F) where Latin and Arabic spellings have a w, which the
# skeleton reads as a consonant at the start of a word and a vowel inside it; dzh is one
# sound (j). So v is read as w, except in the Slavic suffix -ov/-ev, where Latin writes v too.
_V = re.compile(r"v(?!\b)|(?<![oe])v\b")
_DZH = re.compile(r"dzh")
# Turkish writes a name's case suffix after an apostrophe (Zarqa'nın); the key is the name's.
_SUFFIX = re.compile(r"^(\w[\w-]*)['’]\w{1,9}$")
# Russian declines foreign names: after these prepositions they stand in the instrumental, whose
# masculine ending -ом/-ем adds a consonant to the skeleton (с Ахмадом Хаффаром). Other cases
# end in vowels, which the skeleton drops (Хаффара, Хаффару, Хаффаре).
_INSTRUMENTAL_BEFORE = re.compile(r"(?:^|[\s(«\"])(?:с|со|между|перед|над|под)\s+$", re.IGNORECASE)
_INSTRUMENTAL_END = re.compile(r"(?<=\w\w\w)[ое]м$")
# An organization's first word in the Arabic construct state ends in ta marbuta, which Latin
# writes -at (Harakat, Jabhat al-Nour) and Arabic script as ة, read -a (حركة).
_CONSTRUCT_T = re.compile(r"(?<=[aeiou])t$")


@lru_cache(maxsize=100_000)
def name_words(text: str, etype: str = "", instrumental: bool = False) -> tuple[str, ...]:
    """The word keys of a name: one consonant skeleton per romanized word (article words such
    as al-, el-, ال dropped, as the gazetteer drops them); a word with no consonant keeps its
    letters. `instrumental`: a Russian name in the instrumental case (see above)."""
    words = []
    for w in text.split():
        m = _SUFFIX.match(w)
        w = m.group(1) if m and w[:1].isupper() else w
        words.append(_INSTRUMENTAL_END.sub("", w) if instrumental else w)
    roman = latin(" ".join(words)).split()
    out = []
    for i, w in enumerate(roman):
        w = _DZH.sub("j", _V.sub("w", w))
        if etype == "ORG" and i < len(roman) - 1:
            w = _CONSTRUCT_T.sub("", w)
        skel = skeletons(w)
        out.append(skel[0] if skel else w.upper())
    return tuple(out)


def nil_key(text: str, etype: str, before: str = "") -> Optional[str]:
    """`TYPE:SKEL-SKEL`, or None when the name has no letters to key (a number, punctuation).
    `before`: the text just before the mention (it tells a Russian instrumental)."""
    instrumental = bool(before) and script_of(text) == "Cyrillic" and bool(_INSTRUMENTAL_BEFORE.search(before))
    words = name_words(text, etype, instrumental)
    return f"{etype}:{'-'.join(words)}" if words else None


def assign_nil_keys(entities: Sequence[Entity], text: str = "") -> None:
    """Set `nil_key` on every NIL entity of one document (linked ones keep None). A person
    mention whose words end a longer NIL person mention of the document takes that mention's
    key: the nearest such full name before it, or else the nearest after it (a lead may give
    the surname first). Only NIL full names count: a surname after a linked full name was
    linked with it by the linker. `text`, the document, lets a key read the words before a
    mention."""
    for e in entities:
        e.nil_key = nil_key(e.text, e.type, text[max(0, e.start - 12):e.start]) if e.id is None else None
    words = [tuple(e.nil_key.split(":", 1)[1].split("-")) if e.nil_key else () for e in entities]
    people = [i for i, e in enumerate(entities) if e.id is None and e.type == "PER" and len(words[i]) > 1]
    for i, e in enumerate(entities):
        if e.id is not None or e.type != "PER" or not words[i]:
            continue
        n = len(words[i])
        fulls = [j for j in people if len(words[j]) > n and words[j][-n:] == words[i]]
        before = [j for j in fulls if j < i]
        full = before[-1] if before else fulls[0] if fulls else None
        if full is not None:
            e.nil_key = entities[full].nil_key
