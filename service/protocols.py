"""The seams of the pipeline, written down: what `Linker` needs from the NER stage and from
the gazetteer. Anything with these methods plugs in (the shipped `NerModel` and
`CandidateIndex`, spaCy behind an adapter in the benchmarks, a test double)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Protocol, Sequence, runtime_checkable

from .domain import Mention
from .gazetteer.index import NameHit
from .gazetteer.store import EntityRecord


@runtime_checkable
class Recognizer(Protocol):
    """Text -> typed mentions with code-point offsets; keeps no state between calls."""
    name: str            # reported in responses ("ner/onnx-int8", "ner/onnx-int8+uk" with a specialist)
    backend: str
    model_dir: Path

    def recognize(self, texts: Sequence[str],
                  word_spans: Optional[Sequence[list[tuple[int, int]]]] = None,
                  deadline: Optional[float] = None,
                  langs: Optional[Sequence[Optional[str]]] = None) -> list[list[Mention]]:
        """Mentions of each text in text order. `word_spans`, when given, are each text's
        words (a corpus's own tokens); each text is then read as one sentence. Past
        `deadline` (time.monotonic()) it raises DeadlineExceeded instead of going on.
        `langs` (ISO 639-1 or None, one per text) lets a recognizer read a language its own
        way; one that reads every language alike ignores it."""
        ...


@runtime_checkable
class CandidateSource(Protocol):
    """Gazetteer names that resemble a mention, with the entities behind them."""

    def search(self, query: str, limit: int = 10, floor: float = 0.0) -> list[NameHit]:
        """The best-scoring name of each entity, most similar first; none under `floor`
        (which lets a source skip scoring names that cannot reach it)."""
        ...

    def has_name(self, text: str, towns: bool = True) -> bool:
        """True when some entity (a town too, unless `towns` is false) has exactly this name
        (after folding)."""
        ...

    def record(self, entity: int) -> EntityRecord:
        """The entity a hit points at (`NameHit.entity`)."""
        ...

    def exact(self, text: str) -> list[NameHit]:
        """Entities with exactly this name after folding (base forms are looked up so)."""
        ...

    def demonyms(self, text: str) -> list[NameHit]:
        """Entities this adjective or demonym refers to ("Syrian" -> Syria)."""
        ...

    def is_demonym(self, word: str, lang: Optional[str] = None, as_written: bool = False) -> bool:
        """True when the word is a known adjective or demonym (of `lang`, when given), a lower-case
        one capitalized too unless `as_written`."""
        ...

    def is_curated_name(self, text: str, lang: Optional[str] = None) -> bool:
        """True when the text as written is a name of a curated organization or person (of
        `lang`, when given)."""
        ...

    def may_be_curated(self, word: str) -> bool:
        """Whether an inflected word could reduce to a curated name (a cheap, loose test)."""
        ...


@runtime_checkable
class EntityLookup(Protocol):
    """Whole gazetteer entries by ID, with every alias (GET /v1/entities/<id>), and where the
    big cities lie (the linker tells their districts apart by it)."""

    def get(self, entity_id: str) -> Optional[EntityRecord]:
        ...

    def cities_at_least(self, people: float) -> list[tuple[float, float, float, str]]:
        """(lat, lon, people, country) of every GeoNames city of `people` or more."""
        ...


@runtime_checkable
class EntityWriter(Protocol):
    """Live edits of the gazetteer (PUT/DELETE /v1/entities/<id>, `gazetteer add/remove`)."""

    def put(self, rec: EntityRecord) -> bool:
        """The entity becomes exactly `rec`; True when it existed."""
        ...

    def remove(self, entity_id: str) -> bool:
        """False when there was no such entity."""
        ...
