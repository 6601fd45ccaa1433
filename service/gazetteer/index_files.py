"""The candidate index on disk: flat numpy arrays beside the SQLite file, memory-mapped.

Built once from the store (`gazetteer build`/`import` build it; a process that finds it
missing or older than the store builds it under a lock), then every process that opens it
maps the same pages: gunicorn workers, batch workers and Spark executors share one copy in
the page cache and open it in milliseconds, whatever the gazetteer's size. Python objects
are made per lookup (a name's strings are decoded from a byte blob when a query touches
them), never for the whole gazetteer.

Layout of `<db>.index/` (format 4):
  meta.json                 store version and last live edit (changes seq) it was built from, counts
  entity_rowid.npy          entity position -> SQLite rowid (records are read on demand)
  name_entity.npy           name position -> entity position
  {key,latin,skel}.bin/.off UTF-8 strings of each name, concatenated, with int64 offsets
  {exact,latin,skel,dem}_h/_p.npy   sorted 64-bit key hashes and the name positions they hold
  gram_h.npy, post_start.npy, post_names.npy   trigram hash -> CSR posting list of names
  demonym_surfaces.json     demonym forms as written (a few thousand) -> their languages ("": any)
  curated_surfaces.json     names as written of curated organizations and persons (the seeds, a
                            user's lists: hundreds to tens of thousands) -> their languages
Hashes are BLAKE2b (stable across processes, unlike Python's salted `hash`).
"""
from __future__ import annotations

import hashlib
import json
import mmap
import os
import shutil
import tempfile
import time
from array import array
from pathlib import Path
from typing import Iterator

import numpy as np

from .store import GazetteerStore

FORMAT = 4


def stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


def trigrams(text: str) -> set[str]:
    padded = f" {text} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def index_keys(key: str, lat: str, skel: str, kind: str) -> Iterator[tuple[str, str]]:
    """(table, lookup key) of one stored name: the one rule both the files and the live-edit
    overlay index names by. A demonym is found by `demonyms` alone, never by name search."""
    if kind == "demonym":
        yield "dem", key
        return
    yield "exact", key
    yield "latin", lat
    for s in skel.split():
        yield "skel", s
    for g in trigrams(lat):
        yield "gram", g


def folder_for(store: GazetteerStore) -> Path:
    return Path(store.path + ".index")


def _mapped(path: Path):
    """The file's bytes, memory-mapped (an empty file cannot be mapped: its bytes are b"")."""
    if not path.stat().st_size:
        return b""
    with open(path, "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


class Strings:
    """Name strings by position, decoded from a memory-mapped blob on access. Plain `mmap`
    and a memoryview of int64 offsets: indexing a numpy memmap per name cost ~20 us, which
    made a query 20 ms."""

    def __init__(self, blob, offsets: memoryview):
        self.blob, self.offsets = blob, offsets

    def __getitem__(self, pos: int) -> str:
        return self.blob[self.offsets[pos]:self.offsets[pos + 1]].decode("utf-8")


class HashTable:
    """Sorted key hashes -> name positions; a lookup is two binary searches."""

    def __init__(self, hashes: np.ndarray, positions: np.ndarray):
        self.hashes, self.positions = hashes, positions

    def get(self, key: str) -> np.ndarray:
        h = stable_hash(key)
        lo, hi = np.searchsorted(self.hashes, [h, h + 1]) if h < np.iinfo(np.int64).max else (0, 0)
        return self.positions[lo:hi]


class _Writer:
    """Collects the arrays in Python's compact `array`s while the store's rows stream by."""

    def __init__(self):
        self.name_entity = array("i")
        self.blobs = {k: bytearray() for k in ("key", "latin", "skel")}
        self.offsets = {k: array("q", [0]) for k in self.blobs}
        self.tables = {k: (array("q"), array("i")) for k in ("exact", "latin", "skel", "dem")}
        self.grams: dict[str, int] = {}
        self.post_g, self.post_n = array("i"), array("i")

    def add_string(self, kind: str, text: str) -> None:
        self.blobs[kind] += text.encode("utf-8")
        self.offsets[kind].append(len(self.blobs[kind]))

    def add_key(self, table: str, key: str, pos: int) -> None:
        h, p = self.tables[table]
        h.append(stable_hash(key))
        p.append(pos)


def _sorted_table(hashes: array, positions: array) -> tuple[np.ndarray, np.ndarray]:
    h = np.frombuffer(hashes, dtype=np.int64) if len(hashes) else np.zeros(0, np.int64)
    p = np.frombuffer(positions, dtype=np.int32) if len(positions) else np.zeros(0, np.int32)
    order = np.argsort(h, kind="stable")
    return h[order], p[order]


def build(store: GazetteerStore, folder: Path) -> dict:
    """Write the index files for `store` into `folder` (atomically replaced)."""
    t0 = time.time()
    version = store.version()
    changes_seq = store.last_change()  # read before the names: a later edit is overlaid, at worst twice
    w = _Writer()
    rowid_to_pos: dict[int, int] = {}
    entity_rowid = array("q")
    for (rowid,) in store.db.execute("SELECT rowid FROM entities ORDER BY rowid"):
        rowid_to_pos[rowid] = len(entity_rowid)
        entity_rowid.append(rowid)
    for pos, (entity, key, lat, skel, kind) in enumerate(store.names()):
        w.name_entity.append(rowid_to_pos[entity])
        w.add_string("key", key)
        w.add_string("latin", lat)
        w.add_string("skel", skel)
        for table, k in index_keys(key, lat, skel, kind):
            if table == "gram":
                w.post_g.append(w.grams.setdefault(k, len(w.grams)))
                w.post_n.append(pos)
            else:
                w.add_key(table, k, pos)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        np.save(tmp / "entity_rowid.npy", np.frombuffer(entity_rowid, dtype=np.int64)
                if len(entity_rowid) else np.zeros(0, np.int64))
        np.save(tmp / "name_entity.npy", np.frombuffer(w.name_entity, dtype=np.int32)
                if len(w.name_entity) else np.zeros(0, np.int32))
        for kind, blob in w.blobs.items():
            (tmp / f"{kind}.bin").write_bytes(bytes(blob))
            (tmp / f"{kind}.off").write_bytes(np.frombuffer(w.offsets[kind], dtype="<i8").tobytes())
        for table, (h, p) in w.tables.items():
            hs, ps = _sorted_table(h, p)
            np.save(tmp / f"{table}_h.npy", hs)
            np.save(tmp / f"{table}_p.npy", ps)
        # Trigram ids renumbered in hash order, so a trigram's id is its place in gram_h.
        gram_hash = np.array([stable_hash(g) for g in w.grams], dtype=np.int64)
        order = np.argsort(gram_hash, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        g = rank[np.frombuffer(w.post_g, dtype=np.int32)] if len(w.post_g) else np.zeros(0, np.int64)
        n = np.frombuffer(w.post_n, dtype=np.int32) if len(w.post_n) else np.zeros(0, np.int32)
        by_gram = np.argsort(g, kind="stable")
        np.save(tmp / "gram_h.npy", gram_hash[order])
        np.save(tmp / "post_names.npy", n[by_gram])
        np.save(tmp / "post_start.npy", np.searchsorted(g[by_gram], np.arange(len(order) + 1)).astype(np.int64))
        for kind, forms in (("demonym", store.demonym_forms()), ("curated", store.curated_name_forms())):
            (tmp / f"{kind}_surfaces.json").write_text(json.dumps(
                {name: sorted(langs) for name, langs in sorted(by_language(forms).items())}, ensure_ascii=False),
                encoding="utf-8")
        meta = {"format": FORMAT, "version": version, "changes_seq": changes_seq, "entities": len(entity_rowid),
                "names": len(w.name_entity),
                # counted here once: at start-up the same queries took 5 s of 13 over 9M names
                "stats": store.stats(), "build_seconds": round(time.time() - t0, 2)}
        (tmp / "meta.json").write_text(json.dumps(meta) + "\n", encoding="utf-8")
        old = folder.with_name(folder.name + f".old{os.getpid()}")
        if folder.exists():
            folder.rename(old)
        tmp.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return meta


def by_language(forms) -> dict[str, set]:
    """(form as written, language or None) pairs -> form -> its languages ("" for none: every one)."""
    out: dict[str, set] = {}
    for name, lang in forms:
        out.setdefault(name, set()).add(lang or "")
    return out


def is_current(store: GazetteerStore, folder: Path) -> bool:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return meta.get("format") == FORMAT and meta.get("version") == store.version()


def ensure(store: GazetteerStore) -> Path:
    """The store's index folder, built first when missing or stale (once, under a lock). A
    store in a folder this process cannot write gets its index in a temporary folder."""
    from ..locking import exclusive
    folder = folder_for(store)
    if is_current(store, folder):
        return folder
    if not os.access(folder.parent, os.W_OK):
        folder = Path(tempfile.gettempdir()) / "entity-linking-index" / (
            hashlib.blake2b(str(Path(store.path).resolve()).encode(), digest_size=8).hexdigest() + ".index")
        if is_current(store, folder):
            return folder
    with exclusive(folder):
        if not is_current(store, folder):
            build(store, folder)
    return folder


def load(folder: Path) -> dict:
    """Every array of the index, memory-mapped (read-only)."""
    def arr(name: str) -> np.ndarray:
        # a plain ndarray over the mapped pages: slicing a np.memmap costs far more
        return np.asarray(np.load(folder / name, mmap_mode="r"))

    out = {"entity_rowid": arr("entity_rowid.npy"), "name_entity": arr("name_entity.npy"),
           "gram_h": arr("gram_h.npy"), "post_names": arr("post_names.npy"), "post_start": arr("post_start.npy"),
           **{f"{kind}_surfaces": {name: frozenset(langs) for name, langs in
                                   json.loads((folder / f"{kind}_surfaces.json").read_text(encoding="utf-8")).items()}
              for kind in ("demonym", "curated")},
           "meta": json.loads((folder / "meta.json").read_text(encoding="utf-8"))}
    for kind in ("key", "latin", "skel"):
        offsets = _mapped(folder / f"{kind}.off")
        out[kind] = Strings(_mapped(folder / f"{kind}.bin"), memoryview(offsets).cast("q"))
    for table in ("exact", "latin", "skel", "dem"):
        out[f"{table}_table"] = HashTable(arr(f"{table}_h.npy"), arr(f"{table}_p.npy"))
    return out
