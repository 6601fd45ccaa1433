"""Multilingual entity linking: text -> NER -> normalization -> gazetteer candidates ->
linker decision -> linked entities.

The library API an ingestion pipeline needs:

    from service import Config, build_linker
    linker = build_linker(Config.from_env())
    doc = linker.link("Bachar el-Assad a reçu le Hezbollah à Damas.")
    for e in doc.entities:
        print(e.start, e.end, e.type, e.id)
"""
from .config import Config
from .domain import Candidate, Document, Entity, GazetteerInfo, Mention
from .errors import ServiceError
from .linker import Linker
from .runtime import build_linker

__version__ = "0.2.0"
__all__ = ["Candidate", "Config", "Document", "Entity", "GazetteerInfo", "Linker", "Mention", "ServiceError",
           "build_linker", "__version__"]
