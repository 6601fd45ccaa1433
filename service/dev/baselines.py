"""Baseline candidate sources (the `CandidateSource` protocol), so the benchmark
runs them through the very same Linker code path:
  - ExactAliasIndex: a mention links only if its folded form equals a folded alias.
  - RawWRatioIndex: rapidfuzz WRatio over the raw alias strings, no transliteration.
"""
from __future__ import annotations

from rapidfuzz import fuzz, process

from ..gazetteer.index import CandidateIndex, NameHit


class _NoMorphology:
    """Baselines find names by their own means only: no base forms, no adjectives, no
    scan of untagged text for curated names."""

    def exact(self, text: str) -> list[NameHit]:
        return []

    def demonyms(self, text: str) -> list[NameHit]:
        return []

    def is_demonym(self, word: str, lang: str | None = None, as_written: bool = False) -> bool:
        return False

    def is_curated_name(self, text: str, lang: str | None = None) -> bool:
        return False

    def may_be_curated(self, word: str) -> bool:
        return False


class ExactAliasIndex(_NoMorphology):
    def __init__(self, index: CandidateIndex):
        self.has_name, self.record, self._exact = index.has_name, index.record, index.exact

    def search(self, query: str, limit: int = 10, floor: float = 0.0) -> list[NameHit]:
        return self._exact(query)[:limit]  # exact hits score 1.0, over any floor


class RawWRatioIndex(_NoMorphology):
    def __init__(self, index: CandidateIndex, raw_names: list[str]):
        self.has_name = index.has_name  # span repair works as in the project
        self.record = index.record
        self.names = raw_names
        self.name_entity = index.name_entity

    def search(self, query: str, limit: int = 10, floor: float = 0.0) -> list[NameHit]:
        best: dict[int, NameHit] = {}
        for name, score, pos in process.extract(query, self.names, scorer=fuzz.WRatio, limit=limit * 3):
            ent = int(self.name_entity[pos])
            if ent not in best or score / 100 > best[ent].score:
                best[ent] = NameHit(ent, name, round(score / 100, 4), "wratio")
        return [h for h in sorted(best.values(), key=lambda h: -h.score)[:limit] if h.score >= floor]


def raw_names(store) -> list[str]:
    """The stored names in index order (the order CandidateIndex numbers them)."""
    return [row[0] for row in store.db.execute("SELECT name FROM names ORDER BY rowid")]
