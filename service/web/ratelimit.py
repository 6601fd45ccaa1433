"""Per-key request rate limits shared by every gunicorn worker.

A token bucket per API key holds a minute's allowance and refills continuously. The
buckets live in anonymous shared memory made before gunicorn forks (the app is built in
the master at preload), so workers draw on one allowance; a lock guards each update.
"""
from __future__ import annotations

import math
import multiprocessing
import time

from ..errors import RateLimited


class RateLimiter:
    def __init__(self, keys: frozenset, per_minute: int):
        self.per_minute = per_minute
        self._slot = {k: i for i, k in enumerate(sorted(keys))}
        # (tokens, last refill time) per key; time.monotonic() is system-wide on Linux,
        # so it means the same in every worker.
        self._state = multiprocessing.RawArray("d", 2 * max(1, len(self._slot)))
        for i in range(len(self._slot)):
            self._state[2 * i], self._state[2 * i + 1] = float(per_minute), time.monotonic()
        self._lock = multiprocessing.Lock()

    def check(self, key: str) -> None:
        """Take one token of `key`'s bucket, or raise RateLimited with the wait until one is back."""
        i = self._slot.get(key)
        if i is None or self.per_minute <= 0:
            return
        rate = self.per_minute / 60.0
        with self._lock:
            now = time.monotonic()
            tokens = min(float(self.per_minute), self._state[2 * i] + (now - self._state[2 * i + 1]) * rate)
            self._state[2 * i + 1] = now
            if tokens < 1.0:
                self._state[2 * i] = tokens
                wait = math.ceil((1.0 - tokens) / rate)
                raise RateLimited(f"this key may send {self.per_minute} requests a minute; retry in {wait} s", wait)
            self._state[2 * i] = tokens - 1.0
