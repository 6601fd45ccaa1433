"""The NIL file of a batch run: every unknown name of an archive, one line per `nil_key`.

`batch --out OUT` writes `OUT.nil.jsonl` (the Spark job returns the same rows as a second
DataFrame): per key its type, the surface forms and how often each was written, the
languages, how many documents name it, example sentences with their document ids, most
frequent key first. It is the work list of a curator: give a line an `id` and a `name`,
delete the lines not worth keeping, and `gazetteer import --format nil-review` adds the kept
ones with every surface form as an alias, so the next run links them.

Mentions are first written one a line (`nil_mentions`) as chunks are linked, so a resumed
run recovers them from its checkpoint like the output itself; `aggregate` reads them once
the archive is done.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from ..domain import Document
from ..ner.words import split_sentences, split_words

EXAMPLES = 3            # example sentences kept per key, from different documents
MAX_SENTENCE_CHARS = 400


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, as the NER splits them."""
    words = split_words(text)
    return [(words[s[0]][0], words[s[-1]][1]) for s in split_sentences(text, words) if s]


def sentence_at(text: str, sentences: list[tuple[int, int]], start: int, end: int) -> str:
    """The sentence around a span, cut to MAX_SENTENCE_CHARS around the mention when longer."""
    s, e = next(((s, e) for s, e in sentences if s <= start < e), (start, end))
    if e - s > MAX_SENTENCE_CHARS:
        s = max(s, start - MAX_SENTENCE_CHARS // 2)
        e = min(e, s + MAX_SENTENCE_CHARS)
    return " ".join(text[s:e].split())


def nil_mentions(doc_id, text: str, doc: Document) -> list[dict]:
    """One record per NIL mention of a linked document: its key, type, surface form, language,
    document id and sentence."""
    nils = [e for e in doc.entities if e.id is None and e.nil_key]
    sentences = sentence_spans(text) if nils else []
    return [{"key": e.nil_key, "type": e.type, "text": e.text, "lang": doc.lang, "doc": doc_id,
             "sentence": sentence_at(text, sentences, e.start, e.end)} for e in nils]


def aggregate(records: Iterable[dict], examples: int = EXAMPLES) -> list[dict]:
    """The NIL file's lines from mention records (in archive order), most mentioned key first
    (then most documents, then the key: the order is the same in every run). `id` and `name`
    are left null for the curator to fill."""
    keys: dict[str, dict] = {}
    for r in records:
        k = keys.get(r["key"])
        if k is None:
            k = keys[r["key"]] = {"type": r["type"], "forms": Counter(), "languages": Counter(), "docs": set(),
                                  "examples": [], "mentions": 0}
        k["mentions"] += 1
        k["forms"][r["text"]] += 1
        if r.get("lang"):
            k["languages"][r["lang"]] += 1
        doc = r.get("doc")
        if len(k["examples"]) < examples and doc not in k["docs"]:
            k["examples"].append({"doc": doc, "sentence": r.get("sentence", "")})
        k["docs"].add(doc)
    lines = []
    for key, k in keys.items():
        lines.append({"id": None, "name": None, "key": key, "type": k["type"], "mentions": k["mentions"],
                      "documents": len(k["docs"]),
                      "forms": [{"text": t, "count": n} for t, n in sorted(k["forms"].items(),
                                                                          key=lambda x: (-x[1], x[0]))],
                      "languages": [lang for lang, _ in sorted(k["languages"].items(), key=lambda x: (-x[1], x[0]))],
                      "examples": k["examples"]})
    lines.sort(key=lambda x: (-x["mentions"], -x["documents"], x["key"]))
    return lines

