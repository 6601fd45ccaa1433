"""Strict span+type NER evaluation (seqeval-style micro F1) on CoNLL-style files."""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Optional

from .conll import TYPES, read_corpus, spans


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate_ner(ner, path: Path, limit: Optional[int] = None) -> dict:
    """Join each gold sentence's tokens with spaces, run the model on the text, and map its
    mentions back to token spans; a mention that does not start and end on gold token
    boundaries counts as wrong."""
    sents = list(read_corpus(path))[:limit] if limit else list(read_corpus(path))
    texts, bounds = [], []
    for s in sents:
        offs, pos = [], 0
        for tok in s.tokens:
            offs.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        texts.append(" ".join(s.tokens))
        bounds.append(offs)
    t0 = time.time()
    predicted = ner.recognize(texts)
    seconds = time.time() - t0
    counts = {t: Counter() for t in TYPES}
    for s, offs, mentions in zip(sents, bounds, predicted):
        starts = {a: i for i, (a, _) in enumerate(offs)}
        ends = {b: i for i, (_, b) in enumerate(offs)}
        pred = {(starts.get(m.start, -1), ends.get(m.end, -2) + 1, m.type) for m in mentions}
        gold = spans(s.tags)
        for _, _, t in pred & gold:
            counts[t]["tp"] += 1
        for _, _, t in pred - gold:
            if t in counts:
                counts[t]["fp"] += 1
        for _, _, t in gold - pred:
            counts[t]["fn"] += 1
    total = sum(counts.values(), Counter())
    words = sum(len(s.tokens) for s in sents)
    return {"file": str(path), "sentences": len(sents), "words": words, **prf(total["tp"], total["fp"], total["fn"]),
            "per_type": {t: {**prf(c["tp"], c["fp"], c["fn"]), "support": c["tp"] + c["fn"]}
                         for t, c in counts.items() if c["tp"] + c["fn"] or c["fp"]},
            "seconds": round(seconds, 2), "words_per_second": round(words / seconds, 1) if seconds else None}
