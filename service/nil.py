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
from .text.normalize import latin, skeletons

# Cyrillic writes Arabic و as в (Виссам, Валид) and ج as дж (Джамаль): the romanization then
# reads v (the skeleton's F) and dzh (D + J). At the start of a word, v is the w that Latin
# and Arabic spellings have; dzh is one sound.
_INITIAL_V = re.compile(r"\bv")
_DZH = re.compile(r"dzh")
# Turkish writes a name's case suffix after an apostrophe (Zarqa'nın); the key is the name's.
_SUFFIX = re.compile(r"^(\w[\w-]*)['’]\w{1,9}$")


@lru_cache(maxsize=100_000)
def name_words(text: str) -> tuple[str, ...]:
    """The word keys of a name: one consonant skeleton per romanized word (article words such
    as al-, el-, ال dropped, as the gazetteer drops them); a word with no consonant keeps its
    letters."""
    words = []
    for w in text.split():
        m = _SUFFIX.match(w)
        words.append(m.group(1) if m and w[:1].isupper() else w)
    roman = _DZH.sub("j", _INITIAL_V.sub("w", latin(" ".join(words))))
    out = []
    for w in roman.split():
        skel = skeletons(w)
        out.append(skel[0] if skel else w.upper())
    return tuple(out)


def nil_key(text: str, etype: str) -> Optional[str]:
    """`TYPE:SKEL-SKEL`, or None when the name has no letters to key (a number, punctuation)."""
    words = name_words(text)
    return f"{etype}:{'-'.join(words)}" if words else None


def assign_nil_keys(entities: Sequence[Entity]) -> None:
    """Set `nil_key` on every NIL entity of one document (linked ones keep None). A person
    mention whose words end a longer NIL person mention of the document takes that mention's
    key: the nearest such full name before it, or else the nearest after it (a lead may give
    the surname first). Only NIL full names count: a surname after a linked full name was
    linked with it by the linker."""
    words = [name_words(e.text) if e.id is None else () for e in entities]
    for e in entities:
        e.nil_key = nil_key(e.text, e.type) if e.id is None else None
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
