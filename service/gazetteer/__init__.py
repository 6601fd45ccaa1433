"""The gazetteer: an embedded SQLite store of entities and names, its importers, and the
in-memory candidate index built over it."""
from .index import CandidateIndex, NameHit
from .store import EntityRecord, GazetteerStore

__all__ = ["EntityRecord", "GazetteerStore", "CandidateIndex", "NameHit"]
