"""The one configuration object, read from environment variables once at start-up.

Every setting has a documented default that runs the bundled model and seed gazetteer.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _number(name: str, default, cast=int):
    raw = os.environ.get(name)
    try:
        return cast(raw) if raw not in (None, "") else default
    except ValueError:
        raise SystemExit(f"environment variable {name} must be a {cast.__name__}, got {raw!r}") from None


@dataclass(frozen=True)
class Config:
    # NER_MODEL_DIR: the shipped model, or any Hugging Face token-classification directory.
    model_dir: Path = field(default_factory=lambda: Path(os.environ.get("NER_MODEL_DIR", ROOT / "models" / "ner")))
    # NER_BACKEND: "onnx-int8" (the fp32 weights quantized for ONNX Runtime: twice the speed
    # for <= 0.8 F1 points; built on first use, `make run` and the image build it ahead) or
    # "torch" (fp32 PyTorch, the reference the F1 figures are quoted for).
    ner_backend: str = field(default_factory=lambda: os.environ.get("NER_BACKEND", "onnx-int8"))
    # TORCH_THREADS: intra-op threads for inference (gunicorn workers force 1).
    torch_threads: int = field(default_factory=lambda: _number("TORCH_THREADS", 2))
    ner_batch_size: int = field(default_factory=lambda: _number("NER_BATCH_SIZE", 32))
    # GAZETTEER_DB: the SQLite gazetteer; built from seeds/ when missing.
    gazetteer_db: Path = field(default_factory=lambda: Path(os.environ.get("GAZETTEER_DB", ROOT / "data" / "gazetteer.db")))
    seeds_dir: Path = field(default_factory=lambda: Path(os.environ.get("SEEDS_DIR", ROOT / "seeds")))
    # NIL_THRESHOLD: linking score under which a mention is reported as NIL.
    nil_threshold: float = field(default_factory=lambda: _number("NIL_THRESHOLD", 0.9, float))
    max_text_chars: int = field(default_factory=lambda: _number("MAX_TEXT_CHARS", 200_000))
    max_body_bytes: int = field(default_factory=lambda: _number("MAX_BODY_BYTES", 2_000_000))
    max_batch_docs: int = field(default_factory=lambda: _number("MAX_BATCH_DOCS", 64))
    api_keys: frozenset = field(default_factory=lambda: frozenset(
        k.strip() for k in os.environ.get("API_KEYS", "").split(",") if k.strip()))

    @classmethod
    def from_env(cls) -> "Config":
        cfg = cls()
        if cfg.ner_backend not in ("torch", "onnx-int8"):
            raise SystemExit(f"NER_BACKEND must be 'torch' or 'onnx-int8', got {cfg.ner_backend!r}")
        return cfg
