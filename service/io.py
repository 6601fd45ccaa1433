"""Reading input documents for the streaming and batch front ends.

Every reader yields `InputDoc`s in input order; a document that cannot be read carries
an `error` instead of text, so callers report it and go on.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import BinaryIO, Iterator, Optional


@dataclass
class InputDoc:
    line: int
    id: Optional[str]
    text: str = ""
    lang: Optional[str] = None
    extra: dict = field(default_factory=dict)
    error: Optional[str] = None


def has_lone_surrogate(value) -> bool:
    """JSON may spell unpaired UTF-16 surrogates (\\ud800) that no UTF-8 writer or tokenizer accepts."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
            return False
        except UnicodeEncodeError:
            return True
    if isinstance(value, dict):
        return any(has_lone_surrogate(k) or has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(has_lone_surrogate(v) for v in value)
    return False


def loads(raw: bytes):
    """Parse JSON from bytes; every failure (bad UTF-8, syntax, 5000-digit numbers, nesting too
    deep, lone surrogates) raises ValueError with a message fit for the caller."""
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 (byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON: {e.msg} at column {e.colno}") from None
    except (ValueError, RecursionError) as e:
        raise ValueError(f"invalid JSON: {str(e)[:100]}") from None
    if has_lone_surrogate(obj):
        raise ValueError("invalid JSON: a string holds an unpaired UTF-16 surrogate")
    return obj


def parse_document(obj, line: int, max_chars: Optional[int] = None) -> InputDoc:
    """Validate one `{"id", "text", "lang"?, ...}` object; other fields are carried through."""
    if not isinstance(obj, dict):
        return InputDoc(line, None, error="not a JSON object")
    if has_lone_surrogate(obj):
        return InputDoc(line, None, error="a string holds an unpaired UTF-16 surrogate")
    doc_id = obj.get("id")
    doc_id = None if doc_id is None else str(doc_id)
    text = obj.get("text")
    if not isinstance(text, str):
        return InputDoc(line, doc_id, error="'text' must be a string")
    if max_chars is not None and len(text) > max_chars:
        return InputDoc(line, doc_id, error=f"text has {len(text)} characters, over the limit of {max_chars}")
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        return InputDoc(line, doc_id, error="'lang' must be a string")
    extra = {k: v for k, v in obj.items() if k not in ("id", "text", "lang", "entities")}
    return InputDoc(line, doc_id, text, lang, extra)


def csv_rows(reader) -> Iterator[tuple[int, Optional[dict], Optional[str]]]:
    """(line number, row, None) for each row of a csv.DictReader, then (line, None, reason) if
    the file breaks off (a bad byte, an unterminated quote): the reader cannot go on past it."""
    import csv
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except (UnicodeDecodeError, csv.Error) as e:
            yield reader.line_num, None, f"unreadable CSV row: {e}"
            return
        yield reader.line_num, row, None


def jsonl_documents(stream: BinaryIO, max_chars: Optional[int] = None) -> Iterator[InputDoc]:
    for n, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            obj = loads(raw)
        except ValueError as e:
            yield InputDoc(n, None, error=str(e))
            continue
        yield parse_document(obj, n, max_chars)


def _text_doc(seq: int, name: str, raw: bytes, max_chars: Optional[int]) -> InputDoc:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return InputDoc(seq, name, error=f"not UTF-8 (byte {e.start})")
    return parse_document({"id": name, "text": text}, seq, max_chars)


def read_inputs(path, max_chars: Optional[int] = None) -> Iterator[InputDoc]:
    """Documents of a JSONL (optionally .gz) file, a CSV with id/text columns, a folder of
    .txt files, or a .zip / .tar(.gz) of .txt files; in a stable order (sorted paths for
    folders and archives). `line` is the line number (JSONL/CSV) or the file's position."""
    import csv
    import gzip
    import tarfile
    import zipfile
    from pathlib import Path
    path = Path(path)
    name = path.name.lower()
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.txt") if p.is_file())
        for i, p in enumerate(files, 1):
            yield _text_doc(i, p.relative_to(path).as_posix(), p.read_bytes(), max_chars)
    elif name.endswith(".zip"):
        with zipfile.ZipFile(path) as zf:
            members = sorted(m for m in zf.namelist() if m.endswith(".txt") and not m.endswith("/"))
            for i, m in enumerate(members, 1):
                yield _text_doc(i, m, zf.read(m), max_chars)
    elif name.endswith((".tar", ".tar.gz", ".tgz")):
        with tarfile.open(path) as tf:
            members = sorted((m for m in tf.getmembers() if m.isfile() and m.name.endswith(".txt")), key=lambda m: m.name)
            for i, m in enumerate(members, 1):
                yield _text_doc(i, m.name, tf.extractfile(m).read(), max_chars)
    elif name.endswith(".csv"):
        # a field may be as long as the longest text we accept, not csv's 128 KiB default
        csv.field_size_limit(max(csv.field_size_limit(), 4 * (max_chars or 1_000_000)))
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:
            reader = csv.DictReader(fh)
            if not {"id", "text"} <= set(reader.fieldnames or []):
                yield InputDoc(1, None, error="CSV header must have 'id' and 'text' columns")
                return
            for line, row, err in csv_rows(reader):
                if err:
                    yield InputDoc(line, None, error=err)
                elif "\ufffd" in (row.get("text") or ""):
                    yield InputDoc(line, row.get("id"), error="not UTF-8")
                else:
                    yield parse_document(dict(row), line, max_chars)
    elif name.endswith((".jsonl.gz", ".json.gz", ".gz")):
        with gzip.open(path, "rb") as fh:
            yield from jsonl_documents(fh, max_chars)
    else:
        with open(path, "rb") as fh:
            yield from jsonl_documents(fh, max_chars)
