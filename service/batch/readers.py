"""Archive readers of the batch command: JSONL (also .gz), CSV with id/text columns, a
folder of .txt files, or a .zip / .tar(.gz) of them. Every reader yields `InputDoc`s in a
stable input order; an unreadable document carries its error and the rest go on."""
from __future__ import annotations

import csv
import gzip
import tarfile
import zipfile
from pathlib import Path
from typing import Iterator, Optional

from ..documents import InputDoc, csv_rows, jsonl_documents, parse_document
from ..errors import InvalidDocument, InvalidInput, InvalidUTF8


def _text_doc(seq: int, name: str, raw: bytes, max_chars: Optional[int]) -> InputDoc:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return InputDoc(seq, name, error=InvalidUTF8(f"not UTF-8 (byte {e.start})"))
    return parse_document({"id": name, "text": text}, seq, max_chars)


def read_inputs(path, max_chars: Optional[int] = None) -> Iterator[InputDoc]:
    """Documents of a JSONL (optionally .gz) file, a CSV with id/text columns, a folder of
    .txt files, or a .zip / .tar(.gz) of .txt files; in a stable order (sorted paths for
    folders and archives). `line` is the line number (JSONL/CSV) or the file's position."""
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
            members = sorted(
                (m for m in tf.getmembers() if m.isfile() and m.name.endswith(".txt")), key=lambda m: m.name
            )
            for i, m in enumerate(members, 1):
                yield _text_doc(i, m.name, tf.extractfile(m).read(), max_chars)
    elif name.endswith(".csv"):
        # a field may be as long as the longest text we accept, not csv's 128 KiB default
        csv.field_size_limit(max(csv.field_size_limit(), 4 * (max_chars or 1_000_000)))
        with open(path, encoding="utf-8", errors="replace", newline="") as fh:
            reader = csv.DictReader(fh)
            if not {"id", "text"} <= set(reader.fieldnames or []):
                yield InputDoc(1, None, error=InvalidInput("CSV header must have 'id' and 'text' columns"))
                return
            for line, row, err in csv_rows(reader):
                if err:
                    yield InputDoc(line, None, error=InvalidDocument(err))
                elif "\ufffd" in (row.get("text") or ""):
                    yield InputDoc(line, row.get("id"), error=InvalidUTF8("not UTF-8"))
                else:
                    yield parse_document(dict(row), line, max_chars)
    elif name.endswith((".jsonl.gz", ".json.gz", ".gz")):
        with gzip.open(path, "rb") as fh:
            yield from jsonl_documents(fh, max_chars)
    else:
        with open(path, "rb") as fh:
            yield from jsonl_documents(fh, max_chars)
