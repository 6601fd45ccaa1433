"""Live edits on top of the mapped index: the entities put or removed since it was built.

`GazetteerStore.put`/`remove` append to the store's `changes` table. Every process's
`CandidateIndex` checks that table every `REFRESH_SECONDS` and, when it grew, reads the
changed entities afresh into an `Overlay`: their base entries are hidden, their current
names are held here in small Python tables with the same lookups as the mapped index.
The next `gazetteer build`/`import` folds them into the files and the overlay empties.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..text.normalize import fold, latin, skeletons
from .index_files import trigrams
from .store import EntityRecord, GazetteerStore

REFRESH_SECONDS = 2.0


@dataclass
class Overlay:
    seq: int = 0                                       # last change applied
    hidden: frozenset = frozenset()                    # base entity positions changed or removed
    entities: dict = field(default_factory=dict)       # overlay entity number -> current record
    name_entity: list[int] = field(default_factory=list)   # overlay name -> overlay entity number
    key: list[str] = field(default_factory=list)
    latin: list[str] = field(default_factory=list)
    skel: list[list[str]] = field(default_factory=list)
    by_exact: dict = field(default_factory=dict)       # lookup key -> overlay name positions
    by_latin: dict = field(default_factory=dict)
    by_skel: dict = field(default_factory=dict)
    by_gram: dict = field(default_factory=dict)
    by_demonym: dict = field(default_factory=dict)
    demonym_surfaces: frozenset = frozenset()

    def __bool__(self) -> bool:
        return bool(self.entities or self.hidden)


def load(store: GazetteerStore, base_seq: int, entity_rowid: np.ndarray, numbers: dict[str, int]) -> Overlay:
    """The overlay of every change after `base_seq` (the last one the files include).
    `numbers` gives each changed entity id a number for the life of the process (new ids are
    added to it): a hit found before a refresh still names the same entity after it."""
    changes = store.changes_since(base_seq)
    if not changes:
        return Overlay(seq=base_seq)
    hidden, current = set(), {}
    for _seq, entity_id, rowid, _op in changes:
        i = int(np.searchsorted(entity_rowid, rowid))
        if i < len(entity_rowid) and entity_rowid[i] == rowid:
            hidden.add(i)
        current[entity_id] = None
    ov = Overlay(seq=changes[-1][0], hidden=frozenset(hidden))
    surfaces = set()
    for entity_id in current:
        rec = store.get(entity_id)
        if rec is None:  # removed
            continue
        ent = numbers.setdefault(entity_id, len(numbers))
        fields = {k: v for k, v in vars(rec).items() if k not in ("aliases", "demonyms", "name_keys")}
        ov.entities[ent] = EntityRecord(**fields)
        names = [(rec.name, "name")] + [(n, "name") for n, _ in rec.aliases] + [(n, "demonym") for n, _ in rec.demonyms]
        for name, kind in names:
            key = fold(name)
            if not key:
                continue
            pos = len(ov.key)
            ov.name_entity.append(ent)
            ov.key.append(key)
            ov.latin.append(latin(name))
            ov.skel.append(list(skeletons(name)))
            if kind == "demonym":
                ov.by_demonym.setdefault(key, []).append(pos)
                surfaces.add(name)
                continue
            ov.by_exact.setdefault(key, []).append(pos)
            ov.by_latin.setdefault(ov.latin[pos], []).append(pos)
            for s in ov.skel[pos]:
                ov.by_skel.setdefault(s, []).append(pos)
            for g in trigrams(ov.latin[pos]):
                ov.by_gram.setdefault(g, []).append(pos)
    ov.demonym_surfaces = frozenset(surfaces)
    return ov
