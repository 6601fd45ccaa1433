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

from .index_files import by_language, index_keys
from .store import GazetteerStore

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
    # table (as `index_files.index_keys` names them) -> lookup key -> overlay name positions
    by: dict = field(default_factory=lambda: {t: {} for t in ("exact", "latin", "skel", "gram", "dem")})
    # name as written -> its languages ("": any), as the files' surfaces lists
    demonym_surfaces: dict = field(default_factory=dict)
    curated_surfaces: dict = field(default_factory=dict)

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
        current[entity_id] = rowid  # the entity's rowid as of its last change
    ov = Overlay(seq=changes[-1][0], hidden=frozenset(hidden))
    demonyms, curated = [], []
    for entity_id, rowid in current.items():
        try:
            rec = store.record_at(rowid)
        except KeyError:  # removed
            continue
        if rec.id != entity_id:  # removed, and its rowid since given to another entity
            continue
        ent = numbers.setdefault(entity_id, len(numbers))
        ov.entities[ent] = rec
        # the keys the store computed when it wrote the names, as a rebuild would index them
        for name, lang, key, lat, skel, kind in store.names_of_entity(rowid):
            pos = len(ov.key)
            ov.name_entity.append(ent)
            ov.key.append(key)
            ov.latin.append(lat)
            ov.skel.append(skel.split())
            if kind == "demonym":
                demonyms.append((name, lang))
            elif rec.is_found_untagged:
                curated.append((name, lang))
            for table, k in index_keys(key, lat, skel, kind):
                ov.by[table].setdefault(k, []).append(pos)
    ov.demonym_surfaces, ov.curated_surfaces = by_language(demonyms), by_language(curated)
    return ov
