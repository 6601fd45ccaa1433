"""The model's label set: IOB2 over PER/ORG/LOC/MISC, and the mapping of other tag
spellings onto it (a Hugging Face model's id2label, a corpus's B-PERS)."""
from __future__ import annotations

from ..domain import TYPES

LABELS = ("O",) + tuple(f"{p}-{t}" for t in TYPES for p in ("B", "I"))
_TYPE_ALIASES = {"PERS": "PER", "PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC", "GPE": "LOC"}


def normalize_tag(tag: str) -> str:
    """Map a tag (B-PERS, I-LOC, O, ...) to the project's IOB2 label set."""
    if tag in ("O", "", "_"):
        return "O"
    prefix, _, kind = tag.partition("-")
    if not kind or prefix not in ("B", "I"):
        return "O"
    kind = _TYPE_ALIASES.get(kind.upper(), kind.upper())
    return f"{prefix}-{kind}" if kind in TYPES else "O"
