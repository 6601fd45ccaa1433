"""Reading the shared NER corpora (CoNLL-U-like and ANERcorp layouts) into IOB2 PER/ORG/LOC/MISC."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from ..ner.labels import normalize_tag


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]


def repair_iob2(tags: list[str]) -> list[str]:
    """Turn an I- that does not continue an entity of its type into B- (IOB1 leftovers)."""
    out = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def read_corpus(path: str | Path) -> Iterator[Sentence]:
    """Yield sentences of a token/tag file: `idx TAB token TAB tag` or `token tag` lines."""
    return (s for s in _read(path) if s is not None)


def read_documents(path: str | Path) -> Iterator[list[Sentence]]:
    """Yield a corpus's documents, the sentences between its -DOCSTART- lines (CoNLL's news
    articles; the sentences before the first are one too); a corpus without them is a
    document per sentence."""
    items = list(_read(path))
    if None not in items:
        yield from ([s] for s in items)
        return
    doc: list[Sentence] = []
    for s in items + [None]:
        if s is not None:
            doc.append(s)
        elif doc:
            yield doc
            doc = []


def _read(path: str | Path) -> Iterator[Optional[Sentence]]:
    """The sentences of a token/tag file, with None where a -DOCSTART- line stands."""
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            parts = line.split("\t") if "\t" in line else line.split(" ")
            start = parts[0] == "-DOCSTART-" or (len(parts) > 1 and parts[1] == "-DOCSTART-")
            if not line.strip() or start:
                if tokens:
                    yield Sentence(tokens, repair_iob2(tags))
                if start:
                    yield None
                tokens, tags = [], []
                continue
            token, tag = (parts[1], parts[-1]) if len(parts) >= 3 else (parts[0], parts[-1])
            token = token.strip()
            if not token or token in ("\u200f", "\u200e"):  # ANERcorp carries bare direction marks as tokens
                continue
            tokens.append(token)
            tags.append(normalize_tag(tag))
    if tokens:
        yield Sentence(tokens, repair_iob2(tags))


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end exclusive, type) of an IOB2 sequence, seqeval-strict."""
    found, start, kind = set(), None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            found.add((start, i, kind))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return found
