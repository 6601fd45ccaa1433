"""Training the cross-script scorer (`service/text/translit.py`) by EM on name pairs.

`python -m service.dev translit-train` (`make translit-model`) reads the ANETAC train pairs
(Arabic/English) and writes `models/translit/`.
The ANETAC dev split and the distractor names the benchmark searches among
(`anetac_benchmark_names`) are kept out of training.

Each EM pass runs the forward-backward algorithm over all pairs at once (pairs grouped by
source length, numpy), collects the expected count of every (source letter, position,
Latin string) emission and re-estimates the table, smoothed towards the letter's table
across positions. A pass over 75k pairs takes seconds on 2 cores.
"""
from __future__ import annotations

import json
import random
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from ..text.normalize import fold
from ..text.translit import MAX_EMIT, contexts, latin_form

FLOOR = 1e-7          # probability of an emission never seen for a letter
BACKOFF = 4.0         # pseudo-counts pulling a position's table towards its letter's table
DISTRACTORS = 9000


def read_anetac(data: Path, split: str) -> list[tuple[str, str]]:
    folder = Path(data) / "translit"
    ar = (folder / f"anetac.{split}.ar").read_text(encoding="utf-8").splitlines()
    en = (folder / f"anetac.{split}.en").read_text(encoding="utf-8").splitlines()
    return [(a.strip(), e.strip()) for a, e in zip(ar, en, strict=True) if a.strip() and e.strip()]


def anetac_benchmark_names(data: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """The dev pairs and the 9,000 train-split English names they are searched among besides
    the dev names (issue 15's protocol; fewer where the train split is smaller); both stay out
    of training."""
    dev = read_anetac(data, "dev")
    dev_names = {e for _, e in dev}
    pool = sorted({e for _, e in read_anetac(data, "train")} - dev_names)
    return dev, random.Random(0).sample(pool, min(DISTRACTORS, len(pool)))


def training_pairs(data: Path) -> list[tuple[str, str]]:
    dev, distractors = anetac_benchmark_names(data)
    held_out = {e for _, e in dev} | set(distractors)
    return [(a, e) for a, e in read_anetac(data, "train") if e not in held_out]


class _Vocab:
    def __init__(self, pairs: list[tuple[str, str]]):
        letters, emissions = set(), {""}
        for src, tgt in pairs:
            letters.update(src)
            for j in range(len(tgt)):
                for k in range(1, MAX_EMIT + 1):
                    if j + k <= len(tgt):
                        emissions.add(tgt[j:j + k])
        self.letters = sorted(letters)
        self.emissions = sorted(emissions, key=lambda s: (len(s), s))
        self.letter_id = {c: i for i, c in enumerate(self.letters)}
        self.emission_id = {s: i for i, s in enumerate(self.emissions)}


def _buckets(pairs, vocab: _Vocab):
    """Pairs grouped by source length: (rows [B, n], ids [B, M+1, K+1], target lengths [B])."""
    groups = defaultdict(list)
    for src, tgt in pairs:
        groups[len(src)].append((src, tgt))
    out = []
    for n, group in sorted(groups.items()):
        width = max(len(t) for _, t in group)
        rows = np.array([[vocab.letter_id[c] * 3 + p for c, p in contexts(s)] for s, _ in group], dtype=np.int64)
        ids = np.full((len(group), width + 1, MAX_EMIT + 1), -1, dtype=np.int64)
        for b, (_, t) in enumerate(group):
            for j in range(len(t) + 1):
                for k in range(MAX_EMIT + 1):
                    if j + k <= len(t):
                        ids[b, j, k] = vocab.emission_id[t[j:j + k]]
        out.append((rows.reshape(len(group), n), ids, np.array([len(t) for _, t in group])))
    return out


def _em_pass(table: np.ndarray, buckets) -> tuple[np.ndarray, float]:
    """Expected emission counts under `table`, and the total log-likelihood."""
    n_rows, n_em = table.shape
    counts = np.zeros(n_rows * n_em)
    loglik = 0.0
    for rows, ids, lengths in buckets:
        b, n = rows.shape
        width = ids.shape[1] - 1
        valid = ids >= 0
        safe = np.where(valid, ids, 0)
        emit = [np.where(valid, table[rows[:, i][:, None, None], safe], 0.0) for i in range(n)]
        cols = width + MAX_EMIT + 1
        alpha = [np.zeros((b, cols))]
        alpha[0][:, 0] = 1.0
        for i in range(n):
            nxt = np.zeros((b, cols))
            for k in range(MAX_EMIT + 1):
                nxt[:, k:k + width + 1] += alpha[i][:, :width + 1] * emit[i][:, :, k]
            alpha.append(nxt)
        total = alpha[n][np.arange(b), lengths]
        ok = total > 0
        loglik += float(np.log(total[ok]).sum())
        beta = np.zeros((b, cols))
        beta[np.arange(b), lengths] = 1.0
        for i in range(n - 1, -1, -1):
            prev = np.zeros((b, cols))
            for k in range(MAX_EMIT + 1):
                # gamma[b, j]: posterior that letter i wrote target[j:j+k]
                gamma = alpha[i][:, :width + 1] * emit[i][:, :, k] * beta[:, k:k + width + 1]
                gamma[ok] /= total[ok, None]
                gamma[~ok] = 0.0
                keys = rows[:, i][:, None] * n_em + safe[:, :, k]
                sel = valid[:, :, k] & (gamma > 0)
                counts += np.bincount(keys[sel], weights=gamma[sel], minlength=n_rows * n_em)
                prev[:, :width + 1] += emit[i][:, :, k] * beta[:, k:k + width + 1]
            beta = prev
    return counts.reshape(n_rows, n_em), loglik


def _m_step(counts: np.ndarray, n_letters: int) -> np.ndarray:
    by_letter = counts.reshape(n_letters, 3, -1).sum(axis=1) + FLOOR
    by_letter /= by_letter.sum(axis=1, keepdims=True)
    prior = np.repeat(by_letter, 3, axis=0)
    smoothed = counts + BACKOFF * prior
    return smoothed / smoothed.sum(axis=1, keepdims=True)


def _initial(vocab: _Vocab) -> np.ndarray:
    # Every string equally likely for every letter except that longer strings are rarer,
    # so the first pass prefers short alignments; EM finds the letters' real spellings.
    weight = np.array([{0: 1.0, 1: 1.0, 2: 0.3, 3: 0.1}[len(s)] for s in vocab.emissions])
    table = np.tile(weight, (len(vocab.letters) * 3, 1))
    return table / table.sum(axis=1, keepdims=True)


def train(pairs: list[tuple[str, str]], iterations: int = 12, log=print) -> tuple[_Vocab, np.ndarray]:
    prepared = [(fold(a), latin_form(e)) for a, e in pairs]
    prepared = [(s, t) for s, t in prepared if s and t]
    vocab = _Vocab(prepared)
    buckets = _buckets(prepared, vocab)
    table = _initial(vocab)
    log(f"translit: {len(prepared)} pairs, {len(vocab.letters)} source letters, "
        f"{len(vocab.emissions)} Latin strings")
    for it in range(iterations):
        t0 = time.time()
        counts, loglik = _em_pass(table, buckets)
        table = _m_step(counts, len(vocab.letters))
        log(f"translit: EM pass {it + 1}/{iterations} log-likelihood per pair {loglik / len(prepared):.3f} "
            f"({time.time() - t0:.1f} s)")
    return vocab, table


def save(folder: Path, vocab: _Vocab, table: np.ndarray, meta: dict) -> None:
    from safetensors.numpy import save_file
    # Emissions no letter uses above the floor are dropped: they only cost space.
    keep = np.nonzero(table.max(axis=0) > FLOOR * 10)[0]
    folder.mkdir(parents=True, exist_ok=True)
    # safetensors writes the raw buffer: a column slice must be made contiguous first.
    save_file({"emission": np.ascontiguousarray(table[:, keep], dtype=np.float32)}, str(folder / "model.safetensors"))
    vocab_json = {"letters": vocab.letters, "emissions": [vocab.emissions[i] for i in keep],
                  "floor": FLOOR, "max_emit": MAX_EMIT, **meta}
    (folder / "vocab.json").write_text(json.dumps(vocab_json, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
