"""Faults against a real gunicorn (2 workers, as `make run` starts it): a worker killed
under load, a graceful stop under load, and rate limits shared by the workers."""
import http.client
import json
import os
import signal
import subprocess
import threading
import time

import pytest

from .server import call, serve

# A client thread that dies of an exception stops sending: the load the tests count on is gone.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")


def worker_pids(master: int) -> set[int]:
    out = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout
    return {int(p) for p in out.split()}


class Clients:
    """`n` threads sending the same request back to back, recording (start, end, outcome):
    outcome is the status with a parsed JSON body, or the exception's name."""

    def __init__(self, url: str, body: dict, n: int = 4):
        self.url, self.body, self.results, self.stop = url, body, [], threading.Event()
        self.threads = [threading.Thread(target=self.run) for _ in range(n)]

    def run(self):
        while not self.stop.is_set():
            t0 = time.monotonic()
            try:
                status, raw = call(self.url, self.body, timeout=60)
                outcome = (status, json.loads(raw))
            # reset, refused, cut off mid-body (IncompleteRead: the worker died while sending),
            # or a body that is not JSON; anything else ends the thread and fails the test
            except (OSError, ValueError, http.client.HTTPException) as e:
                outcome = (type(e).__name__, None)
            self.results.append((t0, time.monotonic(), outcome))

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(timeout=120)


@pytest.fixture
def short_text(seed_text):
    return "\n\n".join([p for p in seed_text.split("\n\n") if p.strip()][:2])


def test_a_killed_worker_is_replaced_and_only_its_requests_fail(seed_db, tmp_path, short_text):
    with serve(seed_db, tmp_path) as (base, proc, log):
        before = worker_pids(proc.pid)
        assert len(before) == 2
        with Clients(base + "/v1/link", {"text": short_text}) as clients:
            time.sleep(3)
            victim = min(before)
            # The kill lands between these two instants (a `kill` subprocess took milliseconds
            # to start, and a request begun in them was lost, counted as begun after the kill).
            kill_sent = time.monotonic()
            os.kill(victim, signal.SIGKILL)
            killed_at = time.monotonic()
            ready_at = None
            while time.monotonic() - killed_at < 30:
                pids = worker_pids(proc.pid)
                if victim not in pids and len(pids) == 2:
                    try:
                        if call(base + "/readyz", timeout=5)[0] == 200:
                            ready_at = time.monotonic()
                            break
                    except OSError:
                        pass
                time.sleep(0.2)
            time.sleep(3)  # load goes on against the new worker
        assert ready_at is not None and ready_at - killed_at < 10, log.read_text()[-3000:]
        results = clients.results
        assert len(results) > 8
        failed = [(t0, t1, o) for t0, t1, o in results if o[0] != 200]
        for _, _, (status, body) in failed:
            if isinstance(status, int):  # an answer: a JSON error
                assert body["error"]["code"], body
        lost = [r for r in failed if not isinstance(r[2][0], int)]
        # Only requests the dead worker was serving are lost: at most one per client, each in
        # flight at the kill.
        assert len(lost) <= 4, failed
        assert all(t0 <= killed_at and kill_sent <= t1 + 0.5 for t0, t1, _ in lost), (kill_sent, killed_at, lost)
        assert any(o[0] == 200 for t0, _, o in results if t0 > ready_at)


def test_sigterm_lets_every_request_in_flight_finish(seed_db, tmp_path, short_text):
    # admission control out of the way: on a busy machine it would (rightly) refuse some of
    # the 4 clients with 503, and this test is about the requests a worker took
    with serve(seed_db, tmp_path, MAX_WAIT_S="3600") as (base, proc, log):
        with Clients(base + "/v1/link", {"text": short_text}) as clients:
            time.sleep(3)
            signalled = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=60) == 0
        begun = [o for t0, _, o in clients.results if t0 < signalled - 0.2]
        assert len(begun) >= 4
        assert all(o[0] == 200 and "entities" in o[1] for o in begun), begun
        # the requests running at the signal finished after it, with full answers
        assert any(t0 < signalled < t1 and o[0] == 200 for t0, t1, o in clients.results)
        assert "Handling signal: term" in log.read_text()


def test_rate_limit_is_shared_by_the_workers(seed_db, tmp_path):
    with serve(seed_db, tmp_path, API_KEYS="k1,k2", RATE_LIMIT_PER_MINUTE="4") as (base, proc, _):
        assert len(worker_pids(proc.pid)) == 2
        statuses = [call(base + "/v1/search?q=Aleppo", headers={"X-API-Key": "k1"})[0] for _ in range(8)]
        assert statuses[:4] == [200] * 4 and set(statuses[4:]) == {429}
        assert call(base + "/v1/search?q=Aleppo", headers={"X-API-Key": "k2"})[0] == 200
