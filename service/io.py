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


def parse_document(obj, line: int, max_chars: Optional[int] = None) -> InputDoc:
    """Validate one `{"id", "text", "lang"?, ...}` object; other fields are carried through."""
    if not isinstance(obj, dict):
        return InputDoc(line, None, error="not a JSON object")
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


def jsonl_documents(stream: BinaryIO, max_chars: Optional[int] = None) -> Iterator[InputDoc]:
    for n, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as e:
            yield InputDoc(n, None, error=f"not UTF-8 (byte {e.start})")
            continue
        except json.JSONDecodeError as e:
            yield InputDoc(n, None, error=f"invalid JSON: {e.msg} at column {e.colno}")
            continue
        yield parse_document(obj, n, max_chars)
