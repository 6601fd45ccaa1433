"""The words around a name in a text: the word right before or after it, whether a word opens a
sentence, whether a list of names goes on after it. The linker (service/linker.py) and the
namesake readers (service/text/namesakes.py) read a mention's surroundings through these.
"""
from __future__ import annotations

import regex

# A word is no Arabic tatweel alone, a letter only by its category: the dash of "مدريد ـ رويترز ـ"
# and "رويترز ـ مدريد" is no word of the place's name.
PREV_WORD = regex.compile(r"(?!ـ)[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*[ \t-]+$")
NEXT_WORD = regex.compile(r"[ \t-]+(?!ـ)[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*")
WORD = regex.compile(r"[\p{L}\p{M}]+")
ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’])([\p{L}\p{M}]+['’]|[\p{L}\p{M}]+(?=\s+$))\s*$")
OPENERS = frozenset(".!?؟…:«\"“„(")  # what a sentence's first word may follow
LAST_VISIBLE = regex.compile(r"\S", flags=regex.REVERSE)
INDEFINITE = frozenset({"a", "an"})
POSSESSIVE_AFTER = regex.compile(r"\s?['’]s?(?![\p{L}\p{M}])")
# Coordinating words: "from Lebanon, Iraq, and Iran" lists three countries (and Arak, Iran, is also
# "Iraq" in GeoNames). ("en" is "in" in French and Spanish, so it is none.)
COORDINATORS = frozenset("and or nor und oder sowie et ou ni y e o u i oraz lub albo czy и или а та і й або "
                         "ve veya ya ile".split())
COORDINATOR = "|".join(sorted(COORDINATORS, key=len, reverse=True))  # longest first, as alternatives
# (a list that goes on after a name: "Athens, Dublin and Frankfurt", "Sydney, Los Angeles, London")
NAMES_GO_ON = regex.compile(r"[ \t]*,[ \t]*(?-i:\p{Lu})|[ \t]+(?:" + COORDINATOR + r")[ \t]")


def word_after(text: str, end: int) -> str:
    """The word right after `end` (past spaces or a hyphen), in lower case; "" if none."""
    after = NEXT_WORD.match(text, end)
    return after.group().strip(" \t-").casefold() if after is not None else ""


def word_before(text: str, start: int) -> str:
    """The word right before `start`, an elided article with its apostrophe ("dell'", "dell’"
    read as "dell'"), in lower case if it opens a sentence ("La Roma"), else as written ("Ha
    battuto la Roma")."""
    m = ARTICLE_BEFORE.search(text, max(0, start - 12), start)
    if m is None:
        return ""
    word = m.group(1).replace("’", "'")
    return word.lower() if opens_sentence(text, m.start(1)) else word


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens the text or a sentence: nothing but space before it, or
    an opener (OPENERS) last. Read backwards, so a long text is not copied for each word."""
    last = LAST_VISIBLE.search(text, 0, start)
    return last is None or last.group() in OPENERS
