"""Learned cross-script name scorer: how likely a Latin spelling is for a name in another script.

A stochastic transducer in the manner of Ristad and Yianilos, trained by EM on name pairs
(`python -m service.dev translit-train`, `make translit-model`): each letter of the source
name (Arabic, after `fold`, the article kept: it is written) writes a Latin string of zero to `MAX_EMIT`
letters, with a probability that depends on the letter and on where it stands in its word
(initial, medial, final), backed off to the letter alone. Short vowels that Arabic leaves
unwritten, doubled consonants and silent letters are learned as multi-letter or empty
strings, so `log P(latin | source)` sums over every way of cutting the Latin string into
the letters' outputs (the forward algorithm).

The score ranks the candidates the index already found (it cannot find names itself):
for one source name, a higher `log_probs` is a likelier Latin spelling; the index turns it
into 0..1 per Latin letter, on the scale of its string scores. The model is
a table of floats in safetensors plus a JSON vocabulary; loading it takes milliseconds and
scoring 50 candidates well under a millisecond (numpy, vectorised across candidates).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from .normalize import fold

MAX_EMIT = 3            # Latin letters one source letter may write
POSITIONS = ("initial", "medial", "final")
_LATIN_KEEP = re.compile(r"[^a-z ]+")


def latin_form(name: str) -> str:
    """The Latin side: folded ASCII letters and single spaces."""
    return " ".join(_LATIN_KEEP.sub(" ", fold(name)).split())


def contexts(source: str) -> list[tuple[str, int]]:
    """(letter, position class) of each source letter; spaces are letters too (they write ' ')."""
    out = []
    for i, ch in enumerate(source):
        if ch == " ":
            out.append((ch, 1))
            continue
        first = i == 0 or source[i - 1] == " "
        last = i == len(source) - 1 or source[i + 1] == " "
        out.append((ch, 0 if first else 2 if last else 1))
    return out


class TranslitModel:
    """Emission table P(latin string | source letter, position), with its vocabulary."""

    def __init__(self, letters: list[str], emissions: list[str], table: np.ndarray, floor: float):
        self.letters = {ch: i for i, ch in enumerate(letters)}
        self.emissions = {s: i for i, s in enumerate(emissions)}
        self.table = table            # [len(letters) * 3, len(emissions)] probabilities
        self.unknown_letter = len(letters) * 3
        # One extra row for letters never seen in training: the empty string or one letter.
        self.prob_table = np.vstack([np.maximum(table, floor), np.full((1, table.shape[1]), floor)])
        self._ids_cache: dict[str, np.ndarray] = {}

    @classmethod
    def load(cls, folder: str | Path) -> "TranslitModel":
        from safetensors.numpy import load_file
        folder = Path(folder)
        vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
        table = load_file(str(folder / "model.safetensors"))["emission"].astype(np.float64)
        return cls(vocab["letters"], vocab["emissions"], table, vocab["floor"])

    def _rows(self, source: str) -> np.ndarray:
        return np.array([self.letters[ch] * 3 + pos if ch in self.letters else self.unknown_letter
                         for ch, pos in contexts(source)], dtype=np.int64)

    def _target_ids(self, target: str) -> np.ndarray:
        """[len + 1, MAX_EMIT + 1] ids of target[j:j+k] (-1 past the end or never seen); cached,
        since the same gazetteer names come back as candidates query after query."""
        ids = self._ids_cache.get(target)
        if ids is None:
            get = self.emissions.get
            ids = np.array([[get(target[j:j + k], -1) if j + k <= len(target) else -1
                             for k in range(MAX_EMIT + 1)] for j in range(len(target) + 1)], dtype=np.int64)
            if len(self._ids_cache) >= 100_000:
                self._ids_cache.clear()
            self._ids_cache[target] = ids
        return ids

    def _emission_ids(self, targets: list[str], width: int) -> np.ndarray:
        ids = np.full((len(targets), width + 1, MAX_EMIT + 1), -1, dtype=np.int64)
        for c, t in enumerate(targets):
            ids[c, :len(t) + 1] = self._target_ids(t)
        return ids

    def log_probs(self, source: str, targets: list[str]) -> np.ndarray:
        """log P(target | source) for each Latin target (forms from `latin_form`)."""
        rows = self._rows(source)
        if not targets:
            return np.zeros(0)
        width = max(len(t) for t in targets)
        ids = self._emission_ids(targets, width)
        # emit[i, c, j, k]: probability that source letter i writes target c's letters j..j+k.
        emit = self.prob_table[rows][:, np.maximum(ids, 0)]
        emit[:, ids < 0] = 0.0
        # alpha[c, j]: probability that the letters read so far wrote target[:j]. Plain
        # probabilities, not logs: a name's 25 letters at the floor stay far above float64's
        # smallest number, and products are several times cheaper than logaddexp.
        alpha = np.zeros((len(targets), width + MAX_EMIT + 1))
        alpha[:, 0] = 1.0
        for i in range(len(rows)):
            nxt = np.zeros_like(alpha)
            for k in range(MAX_EMIT + 1):
                nxt[:, k:k + width + 1] += alpha[:, :width + 1] * emit[i, :, :, k]
            alpha = nxt
        lengths = np.array([len(t) for t in targets])
        with np.errstate(divide="ignore"):
            return np.log(alpha[np.arange(len(targets)), lengths])


@lru_cache(maxsize=4)
def load_model(folder: str) -> TranslitModel | None:
    """The shipped model, or None where its files are absent (the index then uses its string
    scores alone)."""
    path = Path(folder)
    if not (path / "model.safetensors").exists():
        return None
    return TranslitModel.load(path)
