"""An advisory file lock, held while one process builds a shared artifact (the gazetteer,
the int8 ONNX model) that parallel workers would otherwise build at the same time."""
from __future__ import annotations

import contextlib
import fcntl
from pathlib import Path


@contextlib.contextmanager
def exclusive(path: Path):
    """Hold an exclusive lock on `path` with a `.lock` suffix beside it."""
    lock = Path(path).with_suffix(".lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
