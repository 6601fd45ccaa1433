"""SQLite store of entities and their names (every alias with its language and script)."""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..domain import TYPES
from ..errors import WritesDisabled
from ..text.normalize import fold, latin, script_of, skeletons

SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    rowid INTEGER PRIMARY KEY,
    id TEXT UNIQUE NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    kind TEXT,
    qid TEXT,
    geonames INTEGER,
    country TEXT,
    parent TEXT,
    lat REAL,
    lon REAL,
    prior REAL,
    source TEXT,
    description TEXT
);
CREATE INDEX IF NOT EXISTS entities_geonames ON entities(geonames);
CREATE INDEX IF NOT EXISTS entities_qid ON entities(qid);
CREATE TABLE IF NOT EXISTS names (
    rowid INTEGER PRIMARY KEY,
    entity INTEGER NOT NULL REFERENCES entities(rowid) ON DELETE CASCADE,
    name TEXT NOT NULL,
    lang TEXT,
    script TEXT,
    key TEXT NOT NULL,
    latin TEXT NOT NULL,
    skeletons TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'name',  -- or 'demonym': an adjective or demonym of a country
    UNIQUE(entity, name, kind)
);
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
-- Live edits (put/remove), in order: running indexes overlay the entities changed since
-- they were built (their meta.json holds the last seq they include).
CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_id TEXT NOT NULL,
    entity_rowid INTEGER,
    op TEXT NOT NULL,
    at REAL NOT NULL
);
"""


def name_keys(name: str) -> tuple[str, str, str, str]:
    """(script, exact key, romanized key, skeletons) of a name: what the names table stores
    and the index reads. The costly part of an import, so importers may compute it in their
    parsing processes (`EntityRecord.name_keys`)."""
    return script_of(name), fold(name), latin(name), " ".join(skeletons(name))


# GeoNames places below the default's cities: build.py makes cities500's extra places "town",
# importers.py maps feature codes to these kinds.
TOWN_KINDS = ("town", "populated place", "place", "neighbourhood")
TOWN_POPULATION = 15_000
# Sources imported in bulk without a person choosing the entities: their names are evidence
# only with the model's support. Everything else (the seeds, a user's own lists or Wikidata
# extract) is curated.
UNCURATED_SOURCES = ("geonames", "name-suggestion-index")
# The types whose curated names the linker looks for in text where the model tagged nothing:
# places are too many and too often common words ("Nice", "Mobile").
FOUND_UNTAGGED_TYPES = ("ORG", "PER")


@dataclass
class EntityRecord:
    id: str
    name: str
    type: str
    kind: Optional[str] = None
    qid: Optional[str] = None
    geonames: Optional[int] = None
    country: Optional[str] = None
    parent: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    prior: Optional[float] = None
    source: Optional[str] = None
    description: Optional[str] = None
    aliases: list[tuple[str, Optional[str]]] = field(default_factory=list)  # (name, lang)
    # "Syrian", "syrisch", "сирийские": they refer to the entity but are not its name, so
    # they link only adjectives and demonyms (MISC mentions) and stay out of name search.
    demonyms: list[tuple[str, Optional[str]]] = field(default_factory=list)  # (form, lang)
    # name -> `name_keys(name)`, when an importer computed them already (in another process)
    name_keys: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def is_town(self) -> bool:
        """A GeoNames place below the default's cities (no capital, under 15,000 people: what
        cities500 or an allCountries import adds): one of hundreds that share its name."""
        return self.source == "geonames" and self.kind in TOWN_KINDS and (self.prior or 0) < TOWN_POPULATION

    @property
    def is_curated(self) -> bool:
        return self.source not in UNCURATED_SOURCES

    @property
    def is_found_untagged(self) -> bool:
        """Whether its names are looked for where the model tagged nothing (FOUND_UNTAGGED_TYPES)."""
        return self.type in FOUND_UNTAGGED_TYPES and self.is_curated

    def to_dict(self) -> dict:
        d = {k: getattr(self, k) for k in _COLUMNS}
        d["aliases"] = [{"name": n, "lang": lang, "script": script_of(n)} for n, lang in self.aliases]
        d["demonyms"] = [{"name": n, "lang": lang, "script": script_of(n)} for n, lang in self.demonyms]
        return d


_COLUMNS = ("id", "name", "type", "kind", "qid", "geonames", "country", "parent", "lat", "lon", "prior", "source",
            "description")
# Columns added after the first release: (column, DDL). A writable store gains them; a
# read-only one built before them reads them as NULL.
_ADDED = {"names": [("kind", "kind TEXT NOT NULL DEFAULT 'name'")], "entities": [("description", "description TEXT")]}


class GazetteerStore:
    """An entity/name table pair in one SQLite file; writes are idempotent upserts."""

    def __init__(self, path: str | Path, readonly: bool = False, wal: bool = True):
        self.path = str(path)
        self.readonly = readonly
        # Live edits from a running service leave the journal mode alone: workers read the
        # file through read-only connections, which cannot open a WAL database on their own.
        self.wal = wal
        if not readonly:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db, self._pid = None, None

    @property
    def db(self) -> sqlite3.Connection:
        """The connection of this process: SQLite connections must not cross a fork (gunicorn
        preloads the store in the master), so a forked child opens its own."""
        if self._db is None or self._pid != os.getpid():
            if self.readonly:
                self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            else:
                self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
                self._db.executescript(SCHEMA)
                if self.wal:
                    self._db.execute("PRAGMA journal_mode=WAL")
            missing = set()
            for table, added in _ADDED.items():
                have = {r[1] for r in self._db.execute(f"PRAGMA table_info({table})")}
                for column, ddl in added:
                    if column in have:
                        continue
                    if self.readonly:
                        missing.add(column)
                    else:
                        self._db.execute(f"ALTER TABLE {table} ADD COLUMN {ddl}")
            # read-only, a gazetteer built before demonyms holds names only
            self._kind_column = "'name'" if "kind" in missing else "kind"
            self._entity_select = ",".join("NULL" if c in missing else c for c in _COLUMNS)
            self._db.execute("PRAGMA foreign_keys=ON")
            self._pid = os.getpid()
        return self._db

    def close(self) -> None:
        if self._db is not None and self._pid == os.getpid():
            self._db.close()
        self._db = None

    def upsert(self, records: Iterable[EntityRecord], fill_only: bool = False, merge_geonames: bool = False,
               _version: bool = True) -> int:
        """Insert or update entities with their names. An existing entity keeps the names it
        has and gains the new ones, so a second import extends rather than replaces.
        With `fill_only` (background sources such as the world gazetteer), an existing entity,
        found by id or by GeoNames ID, only gains names and fields it lacks: curated data wins
        and a seed place that is also a GeoNames place stays one entity. With `merge_geonames`
        (Wikidata), a record new by id whose GeoNames ID the gazetteer holds fills that entity
        instead (its id stays, the QID is added): one place, both IDs."""
        n = 0
        cur = self.db.cursor()
        for rec in records:
            row = cur.execute("SELECT rowid FROM entities WHERE id=?", (rec.id,)).fetchone()
            fill = fill_only
            if row is None and (fill_only or merge_geonames) and rec.geonames is not None:
                row = cur.execute("SELECT rowid FROM entities WHERE geonames=?", (rec.geonames,)).fetchone()
                fill = fill or row is not None
            if row is None:
                cur.execute(f"INSERT INTO entities({','.join(_COLUMNS)}) VALUES ({','.join('?' * len(_COLUMNS))})",
                            tuple(getattr(rec, c) for c in _COLUMNS))
                rowid = cur.lastrowid
            else:
                rowid = row[0]
                if fill:
                    cur.execute(f"UPDATE entities SET {','.join(f'{c}=coalesce({c},?)' for c in _COLUMNS[3:])} "
                                "WHERE rowid=?", tuple(getattr(rec, c) for c in _COLUMNS[3:]) + (rowid,))
                else:
                    cur.execute(f"UPDATE entities SET {','.join(c + '=?' for c in _COLUMNS[1:])} WHERE rowid=?",
                                tuple(getattr(rec, c) for c in _COLUMNS[1:]) + (rowid,))
            names = [(nm, lang, "name") for nm, lang in [(rec.name, None)] + list(rec.aliases)]
            names += [(nm, lang, "demonym") for nm, lang in rec.demonyms]
            self._insert_names(cur, rowid, names, rec.name_keys)
            n += 1
        if _version:  # a bulk write: indexes rebuild; a live edit (`put`) is overlaid instead
            self._bump_version()
        self.db.commit()
        return n

    @staticmethod
    def _insert_names(cur, rowid: int, names: list[tuple[str, Optional[str], str]],
                      keys: Optional[dict] = None) -> None:
        rows = []
        for nm, lang, kind in names:
            k = (keys or {}).get(nm) or name_keys(nm)
            if k[1]:
                rows.append((rowid, nm, lang, *k, kind))
        cur.executemany("INSERT OR IGNORE INTO names(entity, name, lang, script, key, latin, skeletons, kind) "
                        "VALUES (?,?,?,?,?,?,?,?)", rows)

    def put(self, rec: EntityRecord) -> bool:
        """A live edit: the entity becomes exactly `rec` (its names replaced, not extended).
        Returns True when it existed. Running indexes see it at their next refresh."""
        with self._live_edit():
            self._pin_version()
            cur = self.db.cursor()
            row = cur.execute("SELECT rowid FROM entities WHERE id=?", (rec.id,)).fetchone()
            if row is not None:
                cur.execute("DELETE FROM names WHERE entity=?", (row[0],))
            self.upsert([rec], _version=False)
            rowid = self.db.execute("SELECT rowid FROM entities WHERE id=?", (rec.id,)).fetchone()[0]
            self._record_change(rec.id, rowid, "put")
        return row is not None

    def remove(self, entity_id: str) -> bool:
        """A live edit: the entity and its names are deleted. False when there was none."""
        with self._live_edit():
            self._pin_version()
            row = self.db.execute("SELECT rowid FROM entities WHERE id=?", (entity_id,)).fetchone()
            if row is None:
                return False
            self.db.execute("DELETE FROM names WHERE entity=?", (row[0],))
            self.db.execute("DELETE FROM entities WHERE rowid=?", (row[0],))
            self._record_change(entity_id, row[0], "remove")
        return True

    def _pin_version(self) -> None:
        # An old store's version is its counts, which a live edit changes: fix it first, so
        # indexes built before the edit stay current and overlay it instead of rebuilding.
        if self.meta("version") is None:
            self.db.execute("INSERT INTO meta(k, v) VALUES ('version', ?)", (self.version(),))

    @contextlib.contextmanager
    def _live_edit(self):
        """A live edit that cannot be written (a read-only file, a lock held too long) is the
        caller's to hear about as such, not as an internal error."""
        try:
            yield
        except sqlite3.OperationalError as e:
            raise WritesDisabled(f"the gazetteer {self.path} cannot be written: {e}") from None

    def _record_change(self, entity_id: str, rowid: int, op: str) -> None:
        self.db.execute("INSERT INTO changes(entity_id, entity_rowid, op, at) VALUES (?,?,?,?)",
                        (entity_id, rowid, op, time.time()))
        self.db.commit()

    def changes_since(self, seq: int) -> list[tuple[int, str, int, str]]:
        """(seq, entity id, entity rowid, op) of the live edits after `seq`, in order."""
        try:
            return self.db.execute("SELECT seq, entity_id, entity_rowid, op FROM changes WHERE seq > ? ORDER BY seq",
                                   (seq,)).fetchall()
        except sqlite3.OperationalError:  # a read-only store from before live edits
            return []

    def last_change(self) -> int:
        try:
            return self.db.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]
        except sqlite3.OperationalError:
            return 0

    def add_demonyms(self, forms: Iterable[tuple[str, str, Optional[str]]]) -> int:
        """(entity id, form, lang) rows: each form becomes a demonym of an existing entity.
        Returns how many rows named an entity the gazetteer does not hold (skipped)."""
        cur = self.db.cursor()
        missing = 0
        for entity_id, form, lang in forms:
            row = cur.execute("SELECT rowid FROM entities WHERE id=?", (entity_id,)).fetchone()
            if row is None:
                missing += 1
                continue
            self._insert_names(cur, row[0], [(form, lang, "demonym")])
            # one row per form: a form two languages share ("Rus", Dutch and Turkish) is every language's
            cur.execute("UPDATE names SET lang = NULL WHERE entity=? AND name=? AND kind='demonym' "
                        "AND lang IS NOT ?", (row[0], form, lang))
        self._bump_version()
        self.db.commit()
        return missing

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(k, v) VALUES (?, ?)", (key, value))
        self.db.commit()

    def meta(self, key: str) -> Optional[str]:
        row = self.db.execute("SELECT v FROM meta WHERE k=?", (key,)).fetchone()
        return row[0] if row else None

    def get(self, entity_id: str) -> Optional[EntityRecord]:
        row = self.db.execute(f"SELECT rowid, {self._entities} FROM entities WHERE id=?", (entity_id,)).fetchone()
        if row is None:
            return None
        rec = EntityRecord(*row[1:])
        for name, lang, kind in self.db.execute(
                f"SELECT name, lang, {self._kind} FROM names WHERE entity=? ORDER BY rowid", (row[0],)):
            if kind == "demonym":
                rec.demonyms.append((name, lang))
            elif name != rec.name:
                rec.aliases.append((name, lang))
        return rec

    def cities_at_least(self, people: float) -> list[tuple[float, float, float, str]]:
        """(lat, lon, people, country) of every GeoNames city of `people` or more: the cities
        whose districts the linker tells apart (`Linker._district`)."""
        return list(self.db.execute(
            "SELECT lat, lon, prior, country FROM entities WHERE source = 'geonames' AND kind = 'city' "
            "AND prior >= ? AND lat IS NOT NULL AND lon IS NOT NULL", (people,)))

    def ids_of_kind(self, kind: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM entities WHERE kind=? ORDER BY rowid", (kind,))]

    def record_at(self, rowid: int) -> EntityRecord:
        """The entity stored at `rowid`, its fields without its names (what the index hands out)."""
        row = self.db.execute(f"SELECT {self._entities} FROM entities WHERE rowid=?", (rowid,)).fetchone()
        if row is None:
            raise KeyError(rowid)
        return EntityRecord(*row)

    def version(self) -> str:
        """What an index built from this store must match: the version every bulk write sets,
        or for a store written before versions existed, its counts."""
        version = self.meta("version")
        if version is not None:
            return version
        names = self.db.execute("SELECT count(*), coalesce(max(rowid), 0) FROM names").fetchone()
        ents = self.db.execute("SELECT count(*), coalesce(max(rowid), 0) FROM entities").fetchone()
        return f"counts:{names[0]}:{names[1]}:{ents[0]}:{ents[1]}"

    def _bump_version(self) -> None:
        """Every write gets a new version, so an index built before it is seen to be stale."""
        self.db.execute("INSERT OR REPLACE INTO meta(k, v) VALUES ('version', ?)", (uuid.uuid4().hex,))

    def names(self) -> Iterator[tuple[int, str, str, str, str]]:
        """(entity rowid, key, latin, skeletons, kind) of every name, in storage order."""
        yield from self.db.execute(f"SELECT entity, key, latin, skeletons, {self._kind} FROM names ORDER BY rowid")

    def names_of_entity(self, rowid: int) -> list[tuple[str, Optional[str], str, str, str, str]]:
        """(name as written, lang, key, latin, skeletons, kind) of one entity's names."""
        return self.db.execute(f"SELECT name, lang, key, latin, skeletons, {self._kind} FROM names WHERE entity=? "
                               "ORDER BY rowid", (rowid,)).fetchall()

    def demonym_forms(self) -> Iterator[tuple[str, Optional[str]]]:
        """(form as written, its language or None) of every demonym."""
        yield from self.db.execute(f"SELECT name, lang FROM names WHERE {self._kind} = 'demonym'")

    def curated_name_forms(self) -> Iterator[tuple[str, Optional[str]]]:
        """(name as written, its language or None) of every name of a curated organization or
        person (see UNCURATED_SOURCES): the names a text is scanned for where the model tagged
        nothing."""
        kind = "n.kind" if self._kind == "kind" else self._kind  # entities has a kind column too
        types, sources = ",".join("?" * len(FOUND_UNTAGGED_TYPES)), ",".join("?" * len(UNCURATED_SOURCES))
        yield from self.db.execute(
            f"SELECT n.name, n.lang FROM names n JOIN entities e ON e.rowid = n.entity WHERE {kind} = 'name' "
            f"AND e.type IN ({types}) AND coalesce(e.source, '') NOT IN ({sources})",
            FOUND_UNTAGGED_TYPES + UNCURATED_SOURCES)

    @property
    def _entities(self) -> str:
        """The entity columns to select (NULL for those an old read-only store lacks)."""
        return self._entity_select if self.db is not None else ",".join(_COLUMNS)

    @property
    def _kind(self) -> str:
        """The names.kind column, or 'name' in a gazetteer built before it existed (opened read-only);
        looked up once per connection, not per query."""
        return self._kind_column if self.db is not None else "kind"

    def stats(self) -> dict:
        ents = self.db.execute("SELECT count(*) FROM entities").fetchone()[0]
        names = self.db.execute(f"SELECT count(*) FROM names WHERE {self._kind} = 'name'").fetchone()[0]
        langs = self.db.execute("SELECT count(DISTINCT lang) FROM names WHERE lang IS NOT NULL").fetchone()[0]
        scripts = [r[0] for r in self.db.execute("SELECT DISTINCT script FROM names ORDER BY script")]
        return {"entities": ents, "names": names, "languages": langs, "scripts": scripts}


def record_from_json(obj: dict) -> EntityRecord:
    """Validate one jsonl/csv entity object; raises ValueError with the reason."""
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    for key in ("id", "name", "type"):
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise ValueError(f"missing or empty '{key}'")
    if obj["type"] not in TYPES:
        raise ValueError(f"type must be one of {', '.join(TYPES)}")
    def names_of(key: str) -> list[tuple[str, Optional[str]]]:
        items = obj.get(key) or []
        if isinstance(items, str):  # csv: '|'-separated
            items = [a for a in items.split("|") if a.strip()]
        if not isinstance(items, list):
            raise ValueError(f"'{key}' must be a list")
        parsed = []
        for a in items:
            if isinstance(a, str):
                parsed.append((a.strip(), None))
            elif isinstance(a, dict) and isinstance(a.get("name"), str):
                parsed.append((a["name"].strip(), a.get("lang")))
            else:
                raise ValueError(f"bad {key[:-1]} {json.dumps(a, ensure_ascii=False)[:80]}")
        return parsed

    def num(key, cast):
        v = obj.get(key)
        if v in (None, ""):
            return None
        try:
            return cast(v)
        except (TypeError, ValueError):
            raise ValueError(f"'{key}' is not a number") from None

    return EntityRecord(id=obj["id"].strip(), name=obj["name"].strip(), type=obj["type"],
                        kind=obj.get("kind") or None, qid=obj.get("qid") or None,
                        geonames=num("geonames", int), country=obj.get("country") or None,
                        parent=obj.get("parent") or None, lat=num("lat", float), lon=num("lon", float),
                        prior=num("prior", float), source=obj.get("source") or None,
                        description=obj.get("description") or None,
                        aliases=names_of("aliases"), demonyms=names_of("demonyms"))
