"""The NER stage: words and sentences (`words`), the label set (`labels`), the model and its
decoding (`model`), and the backends the forward pass runs on (`backends`: torch fp32, or
`onnx_int8`).

`NerModel` is imported on first use, so reading the label set or splitting words does not
load torch."""
from .words import split_sentences, split_words

__all__ = ["NerModel", "split_sentences", "split_words"]


def __getattr__(name: str):
    if name == "NerModel":
        from .model import NerModel
        return NerModel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
