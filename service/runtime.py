"""Assembles a ready Linker from the Config: NER model, gazetteer (built from seeds/ when
missing), candidate index and language detector. Every front end starts here."""
from __future__ import annotations

import logging
import time
from typing import Optional

from .calibration import Calibration
from .config import Config
from .domain import GazetteerInfo
from .gazetteer import CandidateIndex, GazetteerStore
from .gazetteer.build import ensure_gazetteer
from .linker import Linker
from .protocols import Recognizer
from .text.translit import load_model

log = logging.getLogger("service")


def open_gazetteer(cfg: Config) -> tuple[CandidateIndex, GazetteerStore, GazetteerInfo]:
    db = ensure_gazetteer(cfg.gazetteer_db, cfg.seeds_dir, cfg.world_city_min_population)
    store = GazetteerStore(db, readonly=True)
    index = CandidateIndex(store, load_model(str(cfg.translit_model_dir)))
    # The counts of the index build (live edits since show in the gazetteer version); an index
    # folder written before they were kept there is counted now.
    stats = {**(index.meta.get("stats") or store.stats()), "index_seconds": round(index.build_seconds, 2)}
    return index, store, GazetteerInfo(db.name, stats)


def build_ner(cfg: Config, threads: Optional[int] = None, backend: Optional[str] = None):
    """The configured model, behind a LanguageRouter when it has language specialists."""
    from .ner import NerModel
    from .ner.specialists import LanguageRouter, find

    def load(folder):
        return NerModel(folder, cfg.torch_threads if threads is None else threads, cfg.ner_batch_size,
                        backend or cfg.ner_backend, cfg.ner_onnx_dir)
    base = load(cfg.model_dir)
    specialists = find(cfg.model_dir, cfg.specialist_languages)
    return LanguageRouter(base, {lang: load(p) for lang, p in specialists.items()}) if specialists else base


def build_linker(cfg: Optional[Config] = None, ner: Optional[Recognizer] = None,
                 threads: Optional[int] = None) -> Linker:
    """`threads=0` leaves torch's thread count alone: gunicorn's master must not size
    torch's thread pool before it forks (workers set their own after fork)."""
    from .text import lang
    cfg = cfg or Config.from_env()
    t0 = time.time()
    ner = ner or build_ner(cfg, threads)
    index, store, info = open_gazetteer(cfg)
    # Live edits go through their own connection, opened at the first write; the journal
    # mode stays as built, so the workers' read-only connections keep reading the file.
    writer = GazetteerStore(cfg.gazetteer_db, wal=False)
    linker = Linker(ner, index, store, gazetteer=info, nil_threshold=cfg.nil_threshold, detect_lang=lang.detect,
                    calibration=Calibration.load(cfg.linker_calibration), writer=writer)
    log.info("linker ready in %.1fs: model %s, gazetteer %s (%d entities, %d names, %d languages)",
             time.time() - t0, cfg.model_dir, cfg.gazetteer_db, info.stats["entities"], info.stats["names"],
             info.stats["languages"])
    return linker
