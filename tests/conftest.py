"""Shared fixtures: the shipped NER model (the served default backend) is loaded once per
test session and reused by linkers over two gazetteers (the curated seeds alone, and the
default world gazetteer).

tests/unit needs no model, tests/integration runs it in process, tests/e2e starts real
gunicorn, Chromium and Spark."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from service.config import ROOT

GOLD = ROOT / "tests" / "gold"
NAMES = ["Aleppo", "Sakhour", "Bashar al-Assad", "Hezbollah", "Damascus", "the Syrian Democratic Forces",
         "Wissam Zarqa", "Beirut", "Sheikh Maqsoud", "Masaken Hanano"]


def make_docs(n):
    """Small documents naming seed entities, for the batch and Spark tests."""
    return [{"id": f"doc-{i}", "text": f"On day {i} fighting near {NAMES[i % 10]} and {NAMES[(i * 7) % 10]} went on, "
             f"said {NAMES[(i * 3) % 10]}.", "source": "test", "n": i} for i in range(n)]


def _shipped_ner(backend: str):
    """The accurate model as the service builds it: with its language specialists."""
    import dataclasses

    from service.config import Config
    from service.runtime import build_ner
    cfg = dataclasses.replace(Config.from_env(), ner_model="accurate", ner_specialists="auto", ner_batch_size=32)
    return build_ner(cfg, threads=2, backend=backend)


@pytest.fixture(scope="session")
def ner():
    return _shipped_ner("onnx-int8")


@pytest.fixture(scope="session")
def ner_fp32():
    """The fp32 reference (NER_BACKEND=torch), for what the model card quotes."""
    return _shipped_ner("torch")


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    from service.gazetteer.build import build
    db = tmp_path_factory.mktemp("gaz") / "seed.db"
    build(db, ROOT / "seeds", world=False)
    return db


@pytest.fixture(scope="session")
def world_db(tmp_path_factory) -> Path:
    """The default gazetteer `make` builds; built here when a test runs without make."""
    db = Path(os.environ.get("GAZETTEER_DB", ROOT / "data" / "gazetteer.db"))
    if not db.exists():
        from service.gazetteer.build import build
        db = tmp_path_factory.mktemp("gaz") / "world.db"
        build(db, ROOT / "seeds", world=True)
    return db


def _linker(ner, db: Path):
    import dataclasses

    from service.config import Config
    from service.runtime import build_linker
    return build_linker(dataclasses.replace(Config.from_env(), gazetteer_db=db), ner=ner)


@pytest.fixture(scope="session")
def seed_linker(ner, seed_db):
    return _linker(ner, seed_db)


@pytest.fixture(scope="session")
def world_linker(ner, world_db):
    return _linker(ner, world_db)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "seeds" / "aleppo-2016-11-28.txt").read_text(encoding="utf-8")
