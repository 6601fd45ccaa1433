"""Batch linking of an archive: parallel, deterministic and crash-safe.

Documents are cut into fixed chunks in input order; N worker processes (each loads the
Linker once, one torch thread) link chunks, and the parent writes their results strictly
in chunk order. After each chunk the output (and error file) is flushed and fsynced, then
a checkpoint records the byte lengths written. `--resume` truncates both files back to the
checkpoint and skips the chunks it covers, so a run killed at any moment (SIGKILL too) and
resumed writes exactly what an uninterrupted run writes. Output is byte-identical for any N.

The NIL mentions of each chunk go to a side file under the same checkpoint; when the archive
is done they become `OUT.nil.jsonl`, one line per unknown name (see `nil.py`), and the side
file is removed.
"""
from __future__ import annotations

import itertools
import json
import logging
import multiprocessing as mp
import os
import sys
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterator, Optional

from ..documents import InputDoc, dumps
from ..errors import LinkingFailed
from .nil import aggregate, nil_mentions
from .readers import read_inputs

log = logging.getLogger("service")
CHUNK = 32
_worker_linker = None


def _init_worker(cfg) -> None:
    global _worker_linker
    from ..runtime import build_linker
    logging.getLogger("service").setLevel(logging.WARNING)
    _worker_linker = build_linker(cfg, threads=1)


def link_documents(docs: list[InputDoc], linker) -> list:
    """The linked Document of each input, or None where it has (or gets) an `error`: a
    document that makes linking fail is retried alone, so it alone fails."""
    ok = [d for d in docs if d.error is None]
    try:
        results = dict(
            zip((id(d) for d in ok), linker.link_many([d.text for d in ok], [d.lang for d in ok]), strict=True)
        )
    except Exception:
        results = {}
        for d in ok:
            try:
                results[id(d)] = linker.link(d.text, d.lang)
            except Exception as e:  # noqa: BLE001 - a bug on one document must not stop the archive
                d.error = LinkingFailed(f"linking failed: {type(e).__name__}: {e}")
    return [results.get(id(d)) if d.error is None else None for d in docs]


def link_chunk(docs: list[InputDoc], linker=None) -> tuple[list[str], list[str], list[str]]:
    """(output lines, error lines, NIL mention lines) for one chunk."""
    out, errors, nils = [], [], []
    for d, doc in zip(docs, link_documents(docs, linker or _worker_linker), strict=True):
        if doc is None:
            errors.append(dumps({"line": d.line, "id": d.id, "error": d.error.message}))
        else:
            out.append(dumps({"id": d.id, **doc.to_dict(), **d.extra}))
            nils.extend(dumps(r) for r in nil_mentions(d.id, d.text, doc))
    return out, errors, nils


def _chunks(docs: Iterator[InputDoc], skip: int) -> Iterator[list[InputDoc]]:
    it = iter(docs)
    for _ in range(skip):
        if not list(itertools.islice(it, CHUNK)):
            return
    while True:
        chunk = list(itertools.islice(it, CHUNK))
        if not chunk:
            return
        yield chunk


def _ordered(pool: ProcessPoolExecutor, chunks, window: int):
    """Results in submission order with at most `window` chunks in flight, so an archive of
    millions of documents is never read into memory at once."""
    pending = deque()
    for chunk in chunks:
        pending.append(pool.submit(link_chunk, chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class _Progress:
    """tqdm on a terminal, a log line every 10 s otherwise."""

    def __init__(self, total: Optional[int], initial: int):
        self.tty = sys.stderr.isatty()
        self.done, self.initial, self.t0, self.last = initial, initial, time.time(), time.time()
        if self.tty:
            from tqdm import tqdm
            self.bar = tqdm(total=total, initial=initial, unit="doc", dynamic_ncols=True)

    def update(self, n: int) -> None:
        self.done += n
        if self.tty:
            self.bar.update(n)
        elif time.time() - self.last >= 10:
            self.last = time.time()
            rate = (self.done - self.initial) / max(1e-9, self.last - self.t0)  # this run's documents only
            log.info("batch: %d documents, %.1f docs/s", self.done, rate)

    def close(self) -> None:
        if self.tty:
            self.bar.close()


def sibling(out: Path, name: str) -> Path:
    """OUT.<name>.jsonl beside the output (`out.jsonl` -> `out.errors.jsonl`)."""
    return out.with_name(f"{out.stem}.{name}.jsonl") if out.suffix == ".jsonl" else Path(f"{out}.{name}.jsonl")


def _read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def run_batch(cfg, src: Path, out: Path, workers: int = 1, resume: bool = False) -> dict:
    out = Path(out)
    err, nil, nil_parts = sibling(out, "errors"), sibling(out, "nil"), sibling(out, "nil-mentions")
    ckpt = Path(str(out) + ".checkpoint")
    state = {"chunks": 0, "out_bytes": 0, "err_bytes": 0, "nil_bytes": 0, "read": 0, "linked": 0, "failed": 0}
    if resume and ckpt.exists():
        saved = json.loads(ckpt.read_text())
        if saved.get("chunks") and "nil_bytes" not in saved and not saved.get("complete"):
            log.warning("batch: %s was started by a version without NIL files; %s will lack its first %d chunks",
                        out, nil, saved["chunks"])
        state.update(saved)
        if state.get("complete"):
            log.info("batch: %s is complete (%d documents); nothing to resume", out, state["read"])
            return {"read": state["read"], "linked": state["linked"], "failed": state["failed"], "output": str(out),
                    "errors": str(err), "nil": str(nil), "seconds": 0.0, "processed": 0, "complete_already": True}
    elif ckpt.exists():
        ckpt.unlink()
    for path, size in ((out, state["out_bytes"]), (err, state["err_bytes"]), (nil_parts, state["nil_bytes"])):
        with open(path, "ab") as fh:
            fh.truncate(size)  # drop whatever was written after the last checkpoint
    total = sum(1 for _ in read_inputs(src)) if sys.stderr.isatty() else None
    chunks = _chunks(read_inputs(src, cfg.max_text_chars), state["chunks"])
    progress = _Progress(total, state["read"])
    t0 = time.time()
    from ..gazetteer.build import ensure_gazetteer
    # once, here, not by every worker at the same time
    ensure_gazetteer(cfg.gazetteer_db, cfg.seeds_dir, cfg.world_city_min_population)
    pool, first = None, None
    if workers > 1:
        # A worker that dies (OOM killer, a crash in native code) breaks the pool loudly
        # (BrokenProcessPool) instead of leaving the run waiting forever; --resume goes on.
        pool = ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"), initializer=_init_worker,
                                   initargs=(cfg,))
        results = _ordered(pool, chunks, window=2 * workers)
    else:
        _init_worker(cfg)
        results = map(link_chunk, chunks)
    try:
        with open(out, "ab") as fo, open(err, "ab") as fe, open(nil_parts, "ab") as fn:
            for lines, errors, nils in results:
                for fh, rows in ((fo, lines), (fe, errors), (fn, nils)):
                    if rows:
                        fh.write(("\n".join(rows) + "\n").encode("utf-8"))
                for fh in (fo, fe, fn):
                    fh.flush()
                    os.fsync(fh.fileno())
                state["chunks"] += 1
                state["read"] += len(lines) + len(errors)
                state["linked"] += len(lines)
                state["failed"] += len(errors)
                state["out_bytes"], state["err_bytes"], state["nil_bytes"] = fo.tell(), fe.tell(), fn.tell()
                _write_atomic(ckpt, json.dumps(state))
                progress.update(len(lines) + len(errors))
                if first is None:  # workers loaded and warm from here on
                    first = (time.time(), state["read"])
    finally:
        progress.close()
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    keys = aggregate(_read_jsonl(nil_parts))
    _write_atomic(nil, "".join(dumps(k) + "\n" for k in keys))
    # Kept, marked complete: a later --resume then knows there is nothing left to do.
    _write_atomic(ckpt, json.dumps({**state, "complete": True}))
    nil_parts.unlink()
    seconds = time.time() - t0
    processed = state["read"] - progress.initial
    return {"read": state["read"], "linked": state["linked"], "failed": state["failed"], "output": str(out),
            "errors": str(err), "nil": str(nil), "nil_keys": len(keys), "seconds": round(seconds, 2),
            "processed": processed,
            "docs_per_second": round(processed / seconds, 2) if seconds else None,
            # after the first chunk: what a long run settles at, start-up left out
            "steady_docs_per_second": round((state["read"] - first[1]) / (time.time() - first[0]), 2)
            if first and state["read"] > first[1] else None}
