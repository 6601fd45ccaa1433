"""Strict span+type NER evaluation (seqeval-style micro F1) on CoNLL-style files."""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Optional

from ..domain import TYPES
from .corpora import read_corpus, spans


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def joined(sents) -> tuple[list[str], list[list[tuple[int, int]]]]:
    """Each corpus sentence as its tokens joined by spaces, with every token's offsets."""
    texts, bounds = [], []
    for s in sents:
        offs, pos = [], 0
        for tok in s.tokens:
            offs.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        texts.append(" ".join(s.tokens))
        bounds.append(offs)
    return texts, bounds


def evaluate_ner(ner, path: Path, limit: Optional[int] = None, own_split: bool = False,
                 lang: Optional[str] = None) -> dict:
    """Strict span+type micro P/R/F1 the way seqeval scores a corpus: the model reads each gold
    sentence in the corpus's own tokens (joined by spaces, the token spans handed to
    `recognize`), and a mention counts only with exact token boundaries and type.
    Only the types the corpus annotates are scored: WikiANN has no MISC, so a MISC
    prediction there is neither right nor wrong (the usual cross-schema protocol).
    `own_split` lets the model split words and sentences itself, as the service does; a
    mention that does not start and end on a gold token boundary then counts as wrong.
    `lang` is the language each sentence is given as (a LanguageRouter sends it to that
    language's specialist); "detect" detects each sentence's language as the service does
    for a text that comes without one."""
    every = list(read_corpus(path))
    annotated = {t for s in every for _, _, t in spans(s.tags)}
    sents = every[:limit] if limit else every
    texts, bounds = joined(sents)
    if lang == "detect":
        from ..text.lang import detect
        langs = [detect(t) for t in texts]
    else:
        langs = [lang] * len(texts)
    t0 = time.time()
    predicted = ner.recognize(texts, word_spans=None if own_split else bounds, langs=langs)
    seconds = time.time() - t0
    counts = {t: Counter() for t in TYPES if t in annotated}
    for s, offs, mentions in zip(sents, bounds, predicted, strict=True):
        starts = {a: i for i, (a, _) in enumerate(offs)}
        ends = {b: i for i, (_, b) in enumerate(offs)}
        pred = {(starts.get(m.start, -1), ends.get(m.end, -2) + 1, m.type) for m in mentions if m.type in counts}
        gold = spans(s.tags)
        for _, _, t in pred & gold:
            counts[t]["tp"] += 1
        for _, _, t in pred - gold:
            counts[t]["fp"] += 1
        for _, _, t in gold - pred:
            counts[t]["fn"] += 1
    total = sum(counts.values(), Counter())
    words = sum(len(s.tokens) for s in sents)
    return {"file": str(path), "sentences": len(sents), "words": words, "scored_types": sorted(counts),
            "tokens": "own split" if own_split else "corpus", "lang": lang,
            **({"detected": dict(Counter(str(x) for x in langs).most_common(4))} if lang == "detect" else {}),
            **prf(total["tp"], total["fp"], total["fn"]),
            "per_type": {t: {**prf(c["tp"], c["fp"], c["fn"]), "support": c["tp"] + c["fn"]}
                         for t, c in counts.items()},
            "seconds": round(seconds, 2), "words_per_second": round(words / seconds, 1) if seconds else None}


# -- linking ---------------------------------------------------------------------------

def _occurrences(text: str, surface: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Whole-word, non-overlapping occurrences of `surface` in `text`."""
    import regex
    out = []
    for m in regex.finditer(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(surface)}(?![\p{{L}}\p{{N}}])", text):
        s, e = m.span()
        if not any(s < b and a < e for a, b in taken):
            out.append((s, e))
    return out


def load_gold(path: Path, profile: str = "seed") -> list[dict]:
    """Gold documents with resolved mention offsets: {"id", "lang", "text", "mentions": {(s, e, type, id)}}."""
    import json
    docs = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        taken: list[tuple[int, int]] = []
        mentions = set()
        for ent in sorted(d["entities"], key=lambda e: -len(e["text"])):
            gid = ent["id"][profile] if isinstance(ent["id"], dict) else ent["id"]
            for s, e in _occurrences(d["text"], ent["text"], taken):
                taken.append((s, e))
                mentions.add((s, e, ent["type"], gid))
        docs.append({"id": d["id"], "lang": d.get("lang"), "text": d["text"], "mentions": mentions})
    return docs


def score_linking(gold_docs: list[dict], predicted: list[list]) -> dict:
    """Strict (span, type, id) P/R/F1. NIL accuracy: of the gold NIL mentions the system found
    (same span), the share it left NIL. Predicted MISC mentions left NIL are not scored (the
    gold annotates only the MISC it links: demonyms)."""
    tp = fp = fn = 0
    nil_found = nil_right = linked_found = linked_right = 0
    errors = []
    # A gold file that annotates no MISC (the seed and variant files) scores no predicted MISC:
    # adjectives linked to their country ("Syrian" -> Syria) are neither right nor wrong there.
    misc_gold = any(t == "MISC" for d in gold_docs for _, _, t, _ in d["mentions"])
    for doc, ents in zip(gold_docs, predicted, strict=True):
        gold = doc["mentions"]
        pred = {(e.start, e.end, e.type, e.id) for e in ents
                if not (e.type == "MISC" and (e.id is None or not misc_gold))}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        by_span = {(e.start, e.end): e.id for e in ents}
        for s, e, _t, gid in gold:
            if (s, e) in by_span:
                if gid is None:
                    nil_found += 1
                    nil_right += by_span[(s, e)] is None
                else:
                    linked_found += 1
                    linked_right += by_span[(s, e)] == gid
                if by_span[(s, e)] != gid:
                    errors.append({"doc": doc["id"], "text": doc["text"][s:e], "gold": gid, "got": by_span[(s, e)]})
    return {**prf(tp, fp, fn), "tp": tp, "fp": fp, "fn": fn,
            "nil_accuracy": round(nil_right / nil_found, 4) if nil_found else None,
            "link_accuracy": round(linked_right / linked_found, 4) if linked_found else None,
            "errors": errors}


def evaluate_linking(linker, gold_docs: list[dict]) -> dict:
    docs = linker.link_many([d["text"] for d in gold_docs], [d["lang"] for d in gold_docs])
    return score_linking(gold_docs, [doc.entities for doc in docs])


def calibrate_threshold(linker, gold_docs: list[dict], thresholds=None) -> list[dict]:
    """F1 and NIL accuracy of end-to-end linking at each NIL threshold (NER runs once)."""
    thresholds = thresholds or [round(0.70 + 0.02 * i, 2) for i in range(16)]
    mentions = linker.ner.recognize([d["text"] for d in gold_docs])
    saved, rows = linker.nil_threshold, []
    try:
        for th in thresholds:
            linker.nil_threshold = th
            r = score_linking(gold_docs, [linker.link_mentions(ms) for ms in mentions])
            rows.append(
                {"threshold": th, **{k: r[k] for k in ("precision", "recall", "f1", "nil_accuracy", "link_accuracy")}}
            )
    finally:
        linker.nil_threshold = saved
    return rows
