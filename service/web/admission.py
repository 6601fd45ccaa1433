"""Admission control for one worker: a bounded number of linking requests run at once and
a bounded number wait for a slot; the rest are refused at once (503 `overloaded`) so a
client or load balancer can retry elsewhere instead of queueing behind seconds of work.
Every admitted request also carries a deadline that bounds its waiting and its work."""
from __future__ import annotations

import contextlib
import math
import threading
import time
from typing import Iterator

from ..errors import DeadlineExceeded, Overloaded


class Admission:
    def __init__(self, in_flight: int, queued: int, budget_s: float):
        self.in_flight, self.queued, self.budget_s = in_flight, queued, budget_s
        self._slots = threading.Semaphore(in_flight)
        self._lock = threading.Lock()
        self._waiting = 0
        self._running = 0

    def accepting(self) -> bool:
        """Whether a request arriving now would be admitted (for /readyz)."""
        with self._lock:
            return self._running < self.in_flight or self._waiting < self.queued

    def load(self) -> dict:
        with self._lock:
            return {"running": self._running, "waiting": self._waiting,
                    "max_in_flight": self.in_flight, "max_queued": self.queued}

    def retry_after(self) -> int:
        """Seconds a refused client should wait: about the time the line ahead takes."""
        return max(1, math.ceil(self.budget_s * (self.queued + self.in_flight) / max(1, 4 * self.in_flight)))

    @contextlib.contextmanager
    def slot(self, started: float) -> Iterator[float]:
        """Hold a linking slot for the block; yields the request's deadline (time.monotonic()).
        `started` is when the request arrived, so time spent before it counts."""
        deadline = started + self.budget_s
        if not self._slots.acquire(blocking=False):
            with self._lock:
                if self._waiting >= self.queued:
                    raise Overloaded(f"all {self.in_flight} linking slots and {self.queued} places in line "
                                     "are taken; retry shortly", self.retry_after())
                self._waiting += 1
            try:
                got = self._slots.acquire(timeout=max(0.0, deadline - time.monotonic()))
            finally:
                with self._lock:
                    self._waiting -= 1
            if not got:
                raise DeadlineExceeded(f"no linking slot came free within the {self.budget_s:g} s budget",
                                       self.retry_after())
        with self._lock:
            self._running += 1
        try:
            yield deadline
        finally:
            with self._lock:
                self._running -= 1
            self._slots.release()
