"""Admission control for one worker: a bounded number of linking requests run at once and
a request waits for a slot only while its expected wait is short; the rest are refused at
once (503 `overloaded`) so a client or load balancer can retry elsewhere instead of
queueing behind seconds of work. Every admitted request also carries a deadline that bounds
its waiting and its work.

The expected wait comes from the measured time a request holds a slot (a moving average),
not from a fixed line length: the same line is a fraction of a second of paragraphs and
several seconds of whole articles, and a machine shared with other work is slower than the
one a fixed number was sized on."""
from __future__ import annotations

import contextlib
import math
import threading
import time
from typing import Iterator, Optional

from ..errors import DeadlineExceeded, Overloaded

# Weight of the newest request in the moving average of slot-holding time.
EWMA = 0.2


class Admission:
    def __init__(self, in_flight: int, queued: int, budget_s: float, max_wait_s: float):
        self.in_flight, self.queued, self.budget_s, self.max_wait_s = in_flight, queued, budget_s, max_wait_s
        self._slots = threading.Semaphore(in_flight)
        self._lock = threading.Lock()
        self._waiting = 0
        self._running = 0
        self._hold: Optional[float] = None  # seconds a request holds a slot, averaged

    def _expected_wait(self, position: int) -> float:
        """Seconds until the `position`-th in line gets a slot: one frees every hold / slots."""
        return position * (self._hold or 0.0) / self.in_flight

    def _admits_another(self) -> bool:
        return self._waiting < self.queued and self._expected_wait(self._waiting + 1) <= self.max_wait_s

    def accepting(self) -> bool:
        """Whether a request arriving now would be admitted (for /readyz)."""
        with self._lock:
            return self._running < self.in_flight or self._admits_another()

    def load(self) -> dict:
        with self._lock:
            return {"running": self._running, "waiting": self._waiting, "max_in_flight": self.in_flight,
                    "max_queued": self.queued, "seconds_per_request": round(self._hold or 0.0, 3)}

    def retry_after(self) -> int:
        """Seconds a refused client should wait: about the time the line ahead takes."""
        return max(1, math.ceil(self._expected_wait(self._waiting + self.in_flight)))

    @contextlib.contextmanager
    def slot(self, started: float) -> Iterator[float]:
        """Hold a linking slot for the block; yields the request's deadline (time.monotonic()).
        `started` is when the request arrived, so time spent before it counts."""
        deadline = started + self.budget_s
        if not self._slots.acquire(blocking=False):
            with self._lock:
                if not self._admits_another():
                    raise Overloaded(f"all {self.in_flight} linking slots are busy and the wait would exceed "
                                     f"{self.max_wait_s:g} s; retry shortly", self.retry_after())
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
        t0 = time.monotonic()
        try:
            yield deadline
        finally:
            held = time.monotonic() - t0
            with self._lock:
                self._running -= 1
                self._hold = held if self._hold is None else (1 - EWMA) * self._hold + EWMA * held
            self._slots.release()
