"""How the word splitter cuts apostrophes, against the corpora's own tokens.

The Turkish corpora write a name's suffix after an apostrophe as a token of its own ("Ankara"
"'dan"); glued back ("Ankara'dan") it is what news prints, and the splitter must cut it where
the corpus did, so the mention's offsets cover the name alone (issue 17). Every other corpus
keeps words with an apostrophe inside whole ("O'Brien", "aujourd'hui", "Sana'a"): the splitter
must leave those as they are.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..ner.words import split_words
from .corpora import read_corpus

_APOSTROPHES = ("'", "’")


def suffix_splits(paths: list[Path]) -> dict:
    """Names followed by an apostrophe token in `paths`, glued and split again."""
    names = right = 0
    missed: Counter = Counter()
    for path in paths:
        for sent in read_corpus(path):
            for prev, tok in zip(sent.tokens, sent.tokens[1:], strict=False):
                if not (tok[:1] in _APOSTROPHES and len(tok) > 1 and prev[:1].isupper() and prev.isalpha()):
                    continue
                glued = prev + tok
                names += 1
                if [glued[s:e] for s, e in split_words(glued)] == [prev, tok]:
                    right += 1
                else:
                    missed[tok.replace("’", "'")] += 1
    return {"files": [str(p) for p in paths], "names": names, "split_as_annotated": right,
            "share": round(right / names, 4) if names else None, "missed": missed.most_common(25)}


def kept_whole(paths: list[Path]) -> dict:
    """Corpus tokens with an apostrophe inside (not at either end): how many the splitter keeps
    whole, and the ones it cuts."""
    words = whole = 0
    cut: Counter = Counter()
    for path in paths:
        for sent in read_corpus(path):
            for tok in sent.tokens:
                if any(a in tok[1:-1] for a in _APOSTROPHES):
                    words += 1
                    if split_words(tok) == [(0, len(tok))]:
                        whole += 1
                    else:
                        cut[tok] += 1
    return {"files": len(paths), "words": words, "kept_whole": whole, "cut": cut.most_common(25)}
