"""The Wikidata JSON dump (`latest-all.json.gz`/`.bz2`, ~100 GB) as gazetteer entities.

Streaming, one entity per line in the dump's framing (`[`, one entity per line with a
trailing comma, `]`), in bounded memory: lines are parsed with orjson in chunks, by
`workers` processes where that pays (parsing is the cost; SQLite writes stay in the
importing process). Filters: `min_sitelinks`, `types` (PER/ORG/LOC/MISC through the class
table `seeds/wikidata_classes.tsv`, P31 values; `resolve_classes` first reads the dump's
P279 edges so a class not in the table takes the type of the nearest listed parent) and
`languages` (labels and aliases kept in those languages only).

Each kept item becomes one entity: label (English, else the multilingual `mul`, else the
first kept language) and every kept label and alias as names, the English description,
the sitelink count as prior, P17 as an ISO country code, P131 as parent, P625 coordinates
and P1566 GeoNames ID. An item whose GeoNames ID the gazetteer already holds is merged
into that place (`GazetteerStore.upsert(merge_geonames=True)`): one entity, both IDs.
"""
from __future__ import annotations

import bz2
import gzip
import sys
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path
from typing import Iterable, Iterator, Optional

import orjson

from ..config import ROOT
from .store import EntityRecord, name_keys

CLASS_MAP = ROOT / "seeds" / "wikidata_classes.tsv"
_CHUNK = 2000          # lines per parsing task
_MAX_DEPTH = 6         # P279 steps followed up from an unlisted class


@dataclass(frozen=True)
class Options:
    min_sitelinks: int = 0
    types: Optional[frozenset] = None        # keep only these types
    languages: Optional[frozenset] = None    # keep names in these languages only
    classes: Optional[dict] = None           # qid -> (type, kind); None: the shipped table
    parents: Optional[dict] = None           # class qid -> its P279 parents


class Filtered(Exception):
    """The item is valid but the options leave it out (not a bad line)."""


def load_class_map(path: Path = CLASS_MAP) -> dict[str, tuple[str, str]]:
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            qid, etype, kind, *_ = line.split("\t")
            out[qid.strip()] = (etype.strip(), kind.strip())
    return out


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Country QID -> ISO 3166 code (what `country` holds across the gazetteer)."""
    from rigour.territories import get_territories
    return {t.qid: t.code.upper() for t in get_territories() if t.qid and t.code}


def _values(claims: dict, prop: str) -> list:
    """Datavalues of a property's statements, deprecated ones and novalue/somevalue left out."""
    out = []
    for c in claims.get(prop) or []:
        if not isinstance(c, dict) or c.get("rank") == "deprecated":
            continue
        value = ((c.get("mainsnak") or {}).get("datavalue") or {}).get("value")
        if value is not None:
            out.append(value)
    return out


def _type_of(classes: list[str], opts: Options, table: dict) -> Optional[tuple[str, str]]:
    for c in classes:
        if c in table:
            return table[c]
    if not opts.parents:
        return None
    seen, frontier = set(classes), deque((c, 0) for c in classes)
    while frontier:
        c, depth = frontier.popleft()
        for parent in opts.parents.get(c, ()):
            if parent in table:
                return table[parent]
            if parent not in seen and depth + 1 < _MAX_DEPTH:
                seen.add(parent)
                frontier.append((parent, depth + 1))
    return None


def parse_item(obj: dict, opts: Options, table: dict) -> EntityRecord:
    """One dump item -> EntityRecord; ValueError when malformed, Filtered when left out."""
    if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
        raise ValueError("not an entity object with an id")
    qid = obj["id"]
    if not qid.startswith("Q"):
        raise Filtered("not an item")
    sitelinks = len(obj.get("sitelinks") or {})
    if sitelinks < opts.min_sitelinks:
        raise Filtered("too few sitelinks")
    claims = obj.get("claims") or {}
    classes = [v.get("id") for v in _values(claims, "P31") if isinstance(v, dict)]
    found = _type_of(classes, opts, table)
    etype, kind = found if found else ("MISC", None)
    if etype == "skip" or (opts.types is not None and etype not in opts.types):
        raise Filtered("type")

    def keep(lang: str) -> bool:
        return opts.languages is None or lang in opts.languages or lang == "mul"

    labels = {lang: v["value"] for lang, v in (obj.get("labels") or {}).items()
              if keep(lang) and isinstance(v, dict) and v.get("value")}
    name = labels.get("en") or labels.get("mul") or next(iter(labels.values()), None)
    if not name:
        raise Filtered("no label in the kept languages")
    names = [(v, lang if lang != "mul" else None) for lang, v in labels.items()]
    for lang, vs in (obj.get("aliases") or {}).items():
        if keep(lang):
            names += [(a["value"], lang if lang != "mul" else None)
                      for a in vs if isinstance(a, dict) and a.get("value")]
    descriptions = obj.get("descriptions") or {}
    description = next((descriptions[lang]["value"] for lang in ("en", "mul", *labels) if lang in descriptions), None)
    geonames = None
    for v in _values(claims, "P1566"):
        try:
            geonames = int(v)
            break
        except (TypeError, ValueError):
            continue
    coords = next((v for v in _values(claims, "P625") if isinstance(v, dict)), {})
    country = next((_country_codes().get(v.get("id")) for v in _values(claims, "P17") if isinstance(v, dict)), None)
    parent = next((v.get("id") for v in _values(claims, "P131") if isinstance(v, dict)), None)
    return EntityRecord(id=qid, name=name, type=etype, kind=kind, qid=qid, geonames=geonames, country=country,
                        parent=parent, lat=coords.get("latitude"), lon=coords.get("longitude"),
                        prior=float(sitelinks), source="wikidata", description=description,
                        aliases=[(n, lang) for n, lang in dict.fromkeys(names) if n != name])


def _raw_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    opener = {".gz": gzip.open, ".bz2": bz2.open}.get(path.suffix, open)
    with opener(path, "rb") as fh:
        yield from enumerate(fh, 1)


def _parse_chunk(args) -> list[tuple[int, object]]:
    """(line, EntityRecord | str reason | None when filtered) for a chunk of raw lines."""
    chunk, opts = args
    table = opts.classes if opts.classes is not None else _shipped_table()
    out = []
    for n, raw in chunk:
        line = raw.strip().rstrip(b",")
        if line in (b"", b"[", b"]"):
            continue
        try:
            rec = parse_item(orjson.loads(line), opts, table)
            # the names' keys are most of an import's cost: computed here, in the parsing worker
            rec.name_keys = {nm: name_keys(nm) for nm in [rec.name, *(a for a, _ in rec.aliases)]}
            out.append((n, rec))
        except orjson.JSONDecodeError as e:
            out.append((n, f"invalid entity JSON: {e}"))
        except Filtered:
            out.append((n, None))
        except (ValueError, TypeError, KeyError, AttributeError) as e:
            out.append((n, f"bad entity: {e}"))
    return out


@lru_cache(maxsize=1)
def _shipped_table() -> dict:
    return load_class_map()


def _chunks(lines: Iterable[tuple[int, bytes]], opts: Options):
    chunk = []
    for item in lines:
        chunk.append(item)
        if len(chunk) >= _CHUNK:
            yield chunk, opts
            chunk = []
    if chunk:
        yield chunk, opts


def class_parents(path: Path, progress: bool = False) -> dict[str, tuple[str, ...]]:
    """First pass: the P279 (subclass of) edges of every item in the dump. Only lines that
    mention P279 are parsed; the result holds class items only (a few million edges)."""
    from tqdm import tqdm
    parents = {}
    with tqdm(desc="P279 pass", unit=" lines", disable=not progress, file=sys.stderr, mininterval=2) as bar:
        for _n, raw in _raw_lines(path):
            bar.update()
            if b'"P279"' not in raw:
                continue
            try:
                obj = orjson.loads(raw.strip().rstrip(b","))
            except orjson.JSONDecodeError:
                continue
            ids = tuple(v.get("id") for v in _values(obj.get("claims") or {}, "P279") if isinstance(v, dict))
            if ids:
                parents[obj["id"]] = ids
    return parents


def read_wikidata(path: Path, min_sitelinks: int = 0, types: Optional[Iterable[str]] = None,
                  languages: Optional[Iterable[str]] = None, class_map: Optional[Path] = None,
                  resolve_classes: bool = False, workers: int = 1, progress: bool = False):
    """Yield (line, EntityRecord | BadLine) for the kept items of a dump; see the module doc."""
    from tqdm import tqdm

    from .importers import BadLine
    path = Path(path)
    opts = Options(min_sitelinks=min_sitelinks, types=frozenset(types) if types else None,
                   languages=frozenset(languages) if languages else None,
                   classes=load_class_map(class_map) if class_map else None,
                   parents=class_parents(path, progress) if resolve_classes else None)
    tasks = _chunks(_raw_lines(path), opts)
    pool = get_context("fork").Pool(workers) if workers > 1 else None
    results = pool.imap(_parse_chunk, tasks) if pool else map(_parse_chunk, tasks)
    kept = 0
    try:
        with tqdm(desc="wikidata", unit=" entities", disable=not progress, file=sys.stderr, mininterval=2) as bar:
            for chunk in results:
                for n, item in chunk:
                    bar.update()
                    if item is None:
                        continue
                    if isinstance(item, str):
                        yield n, BadLine(n, item)
                        continue
                    kept += 1
                    yield n, item
                bar.set_postfix(kept=kept, refresh=False)
    finally:
        if pool:
            pool.terminate()
