"""Streaming importers: jsonl, csv, GeoNames dumps, ParaNames, the Wikidata JSON dump, and
a batch run's NIL file after a curator's review.

Each importer yields `(line_number, EntityRecord | ImportError_)` one line at a time,
so files larger than memory import; `run_import` writes them in batches and reports
every bad line with its number and reason.
"""
from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Union

from ..documents import csv_rows
from .store import EntityRecord, GazetteerStore, record_from_json


@dataclass
class BadLine:
    line: int
    reason: str


@dataclass
class Skipped:
    """A line the format says to pass over (a NIL line the curator gave no id and name)."""
    line: int


@dataclass
class ImportReport:
    path: str
    format: str
    imported: int = 0
    skipped: int = 0
    bad: list[BadLine] = field(default_factory=list)

    def to_dict(self, max_bad: int = 100) -> dict:
        return {"path": self.path, "format": self.format, "imported": self.imported, "skipped": self.skipped,
                "bad_lines": len(self.bad), "bad": [vars(b) for b in self.bad[:max_bad]]}


Item = tuple[int, Union[EntityRecord, BadLine, Skipped]]


def open_text(path: Path) -> io.TextIOBase:
    opener = {".gz": gzip.open, ".bz2": bz2.open}.get(path.suffix, open)
    return opener(path, "rt", encoding="utf-8", errors="strict", newline="")


def _lines(path: Path) -> Iterator[tuple[int, Optional[str], Optional[str]]]:
    """(line number, text, decode error) so a single undecodable line is reported, not fatal."""
    opener = {".gz": gzip.open, ".bz2": bz2.open}.get(path.suffix, open)
    with opener(path, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            try:
                yield n, raw.decode("utf-8").rstrip("\r\n"), None
            except UnicodeDecodeError as e:
                yield n, None, f"not UTF-8 ({e.reason} at byte {e.start})"


def _json_lines(path: Path) -> Iterator[tuple[int, object]]:
    """(line number, parsed JSON value or BadLine) for each non-blank line."""
    for n, line, err in _lines(path):
        if err:
            yield n, BadLine(n, err)
        elif line.strip():
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as e:
                yield n, BadLine(n, f"invalid JSON: {e.msg}")


def read_jsonl(path: Path) -> Iterator[Item]:
    for n, obj in _json_lines(path):
        if isinstance(obj, BadLine):
            yield n, obj
            continue
        try:
            yield n, record_from_json(obj)
        except ValueError as e:
            yield n, BadLine(n, str(e))


def read_csv(path: Path) -> Iterator[Item]:
    with open_text(path) as fh:
        reader = csv.DictReader(fh)
        missing = {"id", "name", "type"} - set(reader.fieldnames or [])
        if missing:
            yield 1, BadLine(1, f"header lacks columns: {', '.join(sorted(missing))}")
            return
        for line, row, err in csv_rows(reader):
            if err:
                yield line, BadLine(line, err)
                continue
            try:
                yield line, record_from_json(row)
            except ValueError as e:
                yield line, BadLine(line, str(e))


# GeoNames feature classes/codes to the project's types and finer kinds.
_GN_KIND = {"PPLC": "capital", "PPLA": "city", "PPLA2": "city", "PPLA3": "town", "PPLA4": "town",
            "PPL": "populated place", "PPLX": "neighbourhood", "ADM1": "region", "ADM2": "district",
            "PCLI": "country", "PCLD": "territory", "PCLS": "country", "PCLF": "country"}
_CODE_LIKE = re.compile(r"^(?:[A-Z0-9]{2,5}|(?:[A-Z]\.){2,4})$")


def is_code_like(name: str) -> bool:
    """IATA/ICAO/FIFA codes and other short all-capital strings (AA, UN, U.N.) are not names
    people write for a place, and matching them links acronyms onto towns."""
    return bool(_CODE_LIKE.match(name)) or name.startswith("http") or name.isdigit()


def read_geonames(path: Path, alternates: Optional[Path] = None) -> Iterator[Item]:
    """allCountries.txt / cities500.txt layout (19 tab-separated columns). Alternate names
    with languages come from alternateNamesV2.txt when given; its link/abbr/post/iata/icao/
    faac/fr_1793/wkdt rows are codes, not names, and are skipped."""
    alt: dict[int, list[tuple[str, Optional[str]]]] = {}
    if alternates is not None:
        for _n, line, err in _lines(alternates):
            if err or not line:
                continue
            cols = line.split("\t")
            if len(cols) < 4:
                continue
            lang = cols[2] or None
            if lang in ("link", "abbr", "post", "iata", "icao", "faac", "fr_1793", "wkdt", "unlc", "tcid") \
                    or (len(cols) > 7 and cols[7] == "1") or is_code_like(cols[3]):
                continue
            try:
                alt.setdefault(int(cols[1]), []).append((cols[3], lang))
            except ValueError:
                continue
    for n, line, err in _lines(path):
        if err:
            yield n, BadLine(n, err)
            continue
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) < 15:
            yield n, BadLine(n, f"expected 19 tab-separated columns, got {len(cols)}")
            continue
        try:
            gid, lat, lon, pop = int(cols[0]), float(cols[4]), float(cols[5]), int(cols[14] or 0)
        except ValueError:
            yield n, BadLine(n, "geonameid/latitude/longitude/population not numeric")
            continue
        fclass, fcode = cols[6], cols[7]
        if fclass not in ("P", "A"):
            yield n, BadLine(n, f"feature class {fclass or '-'} is not a populated place or area")
            continue
        aliases = alt.get(gid) or [(a, None) for a in cols[3].split(",") if a and not is_code_like(a)]
        aliases = [(cols[2], None)] + aliases if cols[2] and cols[2] != cols[1] else aliases
        yield n, EntityRecord(id=f"gn:{gid}", name=cols[1], type="LOC", kind=_GN_KIND.get(fcode, "place"),
                              geonames=gid, country=cols[8] or None, lat=lat, lon=lon, prior=float(pop),
                              source="geonames", aliases=aliases)


_PARANAMES_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def read_paranames(path: Path) -> Iterator[Item]:
    """ParaNames (the multilingual names table derived from Wikidata): a TSV with the header
    `wikidata_id  eng  label  language  type`, one row per name and language. Rows of one
    QID come together in the published files; they are gathered into one entity (were they
    scattered, the upsert would still extend it). The English label is the name when there
    is one; every label is an alias in its language."""
    with open_text(path) as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"wikidata_id", "label", "language", "type"} - set(reader.fieldnames or [])
        if missing:
            yield 1, BadLine(1, f"header lacks columns: {', '.join(sorted(missing))}")
            return
        current: Optional[EntityRecord] = None
        start = 2
        for line, row, err in csv_rows(reader):
            if err:
                yield line, BadLine(line, err)
                continue
            qid, label = (row.get("wikidata_id") or "").strip(), (row.get("label") or "").strip()
            etype = _PARANAMES_TYPES.get((row.get("type") or "").strip().upper())
            if not re.fullmatch(r"Q[1-9][0-9]*", qid) or not label or etype is None:
                yield line, BadLine(line, f"needs a QID, a label and a type PER/ORG/LOC: {qid!r} {row.get('type')!r}")
                continue
            if current is not None and current.id != qid:
                yield start, current
                current = None
            if current is None:
                start = line
                eng = (row.get("eng") or "").strip()
                current = EntityRecord(id=qid, name=eng or label, type=etype, qid=qid, source="paranames")
            current.aliases.append((label, (row.get("language") or "").strip() or None))
        if current is not None:
            yield start, current


def read_nil_review(path: Path) -> Iterator[Item]:
    """A batch run's `OUT.nil.jsonl` after review (service/batch/nil.py): a line the curator
    gave an `id` and a `name` becomes an entity of the line's `type` with every surface form
    in `forms` as an alias, so the forms the archive wrote link to it; a line left without
    them (or deleted) is skipped. Any field of the JSONL import format on the line (qid,
    country, description, more aliases, ...) is taken too."""
    for n, obj in _json_lines(path):
        if isinstance(obj, BadLine):
            yield n, obj
            continue
        if not isinstance(obj, dict):
            yield n, BadLine(n, "not a JSON object")
            continue
        if not (isinstance(obj.get("id"), str) and obj["id"].strip()
                and isinstance(obj.get("name"), str) and obj["name"].strip()):
            yield n, Skipped(n)
            continue
        forms = obj.get("forms") or []
        if not isinstance(forms, list) or not all(isinstance(f, dict) and isinstance(f.get("text"), str)
                                                  for f in forms):
            yield n, BadLine(n, "'forms' must be a list of {\"text\", \"count\"}")
            continue
        extra = obj.get("aliases") or []
        if not isinstance(extra, list):
            yield n, BadLine(n, "'aliases' must be a list")
            continue
        entity = {k: v for k, v in obj.items() if k not in ("key", "mentions", "documents", "forms", "languages",
                                                            "examples")}
        entity["aliases"] = [f["text"] for f in forms] + extra
        entity["source"] = obj.get("source") or "nil-review"
        try:
            yield n, record_from_json(entity)
        except ValueError as e:
            yield n, BadLine(n, str(e))


def read_wikidata(path: Path, **options) -> Iterator[Item]:
    from .wikidata import read_wikidata as read
    return read(path, **options)


FORMATS = {"jsonl": read_jsonl, "csv": read_csv, "geonames": read_geonames, "wikidata": read_wikidata,
           "paranames": read_paranames, "nil-review": read_nil_review}


def run_import(store: GazetteerStore, fmt: str, path: Path, batch: int = 2000, fill_only: Optional[bool] = None,
               **kwargs) -> ImportReport:
    """`fill_only` (default: GeoNames only, which never overrides what a curator wrote) makes
    the file a background source: entities it shares with the gazetteer only gain names."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    report = ImportReport(str(path), fmt)
    pending: list[EntityRecord] = []
    fill_only = fmt == "geonames" if fill_only is None else fill_only
    merge_geonames = fmt == "wikidata"  # an item with a P1566 the gazetteer holds fills that place
    for _n, item in FORMATS[fmt](path, **kwargs):
        if isinstance(item, BadLine):
            report.bad.append(item)
            continue
        if isinstance(item, Skipped):
            report.skipped += 1
            continue
        pending.append(item)
        if len(pending) >= batch:
            report.imported += store.upsert(pending, fill_only=fill_only, merge_geonames=merge_geonames)
            pending = []
    report.imported += store.upsert(pending, fill_only=fill_only, merge_geonames=merge_geonames)
    return report

