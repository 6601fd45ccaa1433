"""Where the NER forward pass runs, behind one interface and chosen in one place.

A backend turns padded (input_ids, attention_mask) batches into logits, in order, and says
how many sentences one batch may hold. `make_backend` is the only place that knows the
names NER_BACKEND accepts.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional, Protocol

import numpy as np

from ..config import NER_BACKENDS

Batch = tuple[np.ndarray, np.ndarray]


class Backend(Protocol):
    name: str
    batch_size: int  # sentences per forward pass

    def logits(self, batches: list[Batch]) -> Iterator[np.ndarray]: ...


class TorchBackend:
    """The fp32 weights in PyTorch: the reference the model card's F1 is quoted for."""
    name = "torch"

    def __init__(self, model, batch_size: int):
        self.model = model
        self.batch_size = batch_size

    def logits(self, batches: list[Batch]) -> Iterator[np.ndarray]:
        import torch
        for ids, mask in batches:
            with torch.inference_mode():
                yield self.model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask)).logits.numpy()


def make_backend(name: str, model, model_dir: Path, batch_size: int, onnx_dir: Optional[Path] = None,
                 int8_file: Optional[Path] = None) -> Backend:
    """`model` is the torch model, or None where the int8 file (`int8_file`, onnx_int8.int8_path)
    is built already."""
    if name == "torch":
        return TorchBackend(model, batch_size)
    if name == "onnx-int8":
        from .onnx_int8 import OnnxInt8
        # ONNX Runtime holds its own copy of the weights; the torch model is dropped after export.
        return OnnxInt8(model, model_dir, onnx_dir, path=int8_file)
    raise ValueError(f"unknown NER backend {name!r}; expected one of {', '.join(NER_BACKENDS)}")
