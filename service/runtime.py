"""Assembles a ready Linker from the Config: model, gazetteer (built from seeds/ when
missing), candidate index and language detector. Every front end starts here."""
from __future__ import annotations

import logging
import time
from pathlib import Path

from .config import Config
from .gazetteer import CandidateIndex, GazetteerStore
from .linker import Linker

log = logging.getLogger("service")


def ensure_gazetteer(cfg: Config) -> Path:
    """Build the default gazetteer when it is missing (under a lock, so parallel workers
    build it once); warn when the seeds changed since it was built (`make` rebuilds it)."""
    from .filelock import exclusive
    from .gazetteer.build import build, inputs_digest
    db = cfg.gazetteer_db
    if not db.exists():
        with exclusive(db):
            if not db.exists():
                log.info("gazetteer %s missing: building it from %s", db, cfg.seeds_dir)
                build(db, cfg.seeds_dir, world=True)
    else:
        built_from = GazetteerStore(db, readonly=True)
        try:
            stale = built_from.meta("inputs") not in (None, inputs_digest(cfg.seeds_dir, True),
                                                      inputs_digest(cfg.seeds_dir, False))
        finally:
            built_from.close()
        if stale:
            log.warning("gazetteer %s was built from other seeds or code; `make gazetteer` rebuilds it", db)
    return db


def load_index(cfg: Config) -> tuple[CandidateIndex, dict, GazetteerStore]:
    store = GazetteerStore(ensure_gazetteer(cfg), readonly=True)
    index = CandidateIndex(store)
    stats = store.stats()
    stats["index_seconds"] = round(index.build_seconds, 2)
    return index, stats, store


def build_linker(cfg: Config | None = None, ner=None, threads: int | None = None) -> Linker:
    """`threads=0` leaves torch's thread count alone: gunicorn's master must not size
    torch's thread pool before it forks (workers set their own after fork)."""
    from . import lang
    from .ner import NerModel
    cfg = cfg or Config.from_env()
    t0 = time.time()
    ner = ner or NerModel(cfg.model_dir, cfg.torch_threads if threads is None else threads,
                          cfg.ner_batch_size, cfg.ner_backend)
    index, stats, store = load_index(cfg)
    linker = Linker(ner, index, cfg.nil_threshold, lang.detect, gazetteer_name=cfg.gazetteer_db.name, store=store)
    linker.gazetteer_stats = stats
    log.info("linker ready in %.1fs: model %s, gazetteer %s (%d entities, %d names, %d languages)",
             time.time() - t0, cfg.model_dir, cfg.gazetteer_db, stats["entities"], stats["names"], stats["languages"])
    return linker
