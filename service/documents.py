"""Documents as the front ends receive them: JSON parsing with typed errors, one
document's validation, JSONL streams, and the one compact JSON writer of the JSONL outputs.

A document that cannot be read carries an `error` (a typed `InvalidInput`) instead of
text, so callers report it and go on.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import BinaryIO, Iterator, Optional

from .errors import InvalidDocument, InvalidInput, InvalidJSON, InvalidUTF8, ServiceError, TextTooLong


@dataclass
class InputDoc:
    line: int
    id: Optional[str]
    text: str = ""
    lang: Optional[str] = None
    extra: dict = field(default_factory=dict)
    error: Optional[ServiceError] = None


def dumps(obj) -> str:
    """One JSONL line: UTF-8 as is, no spaces."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


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
    deep, lone surrogates) raises InvalidUTF8 or InvalidJSON with a message fit for the caller."""
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise InvalidUTF8(f"not UTF-8 (byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise InvalidJSON(f"invalid JSON: {e.msg} at column {e.colno}") from None
    except (ValueError, RecursionError) as e:
        raise InvalidJSON(f"invalid JSON: {str(e)[:100]}") from None
    if has_lone_surrogate(obj):
        raise InvalidJSON("invalid JSON: a string holds an unpaired UTF-16 surrogate")
    return obj


def parse_document(obj, line: int, max_chars: Optional[int] = None) -> InputDoc:
    """Validate one `{"id", "text", "lang"?, ...}` object; other fields are carried through."""
    if not isinstance(obj, dict):
        return InputDoc(line, None, error=InvalidDocument("not a JSON object"))
    if has_lone_surrogate(obj):
        return InputDoc(line, None, error=InvalidDocument("a string holds an unpaired UTF-16 surrogate"))
    doc_id = obj.get("id")
    doc_id = None if doc_id is None else str(doc_id)
    text = obj.get("text")
    if not isinstance(text, str):
        return InputDoc(line, doc_id, error=InvalidDocument("'text' must be a string"))
    if max_chars is not None and len(text) > max_chars:
        return InputDoc(
            line, doc_id, error=TextTooLong(f"text has {len(text)} characters, over the limit of {max_chars}")
        )
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        return InputDoc(line, doc_id, error=InvalidDocument("'lang' must be a string"))
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
        except InvalidInput as e:
            yield InputDoc(n, None, error=e)
            continue
        yield parse_document(obj, n, max_chars)
