"""A real gunicorn on 127.0.0.1 for the end-to-end tests, started exactly as `make run`
starts it (scripts/serve + gunicorn.conf.py), and a small HTTP client."""
from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from service.config import ROOT
from service.dev.bench_http import free_port


def call(url, body=None, timeout=30, method=None, headers=None):
    data = json.dumps(body).encode() if body is not None else None
    hdrs = {"Content-Type": "application/json"} if data else {}
    req = urllib.request.Request(url, data=data, headers={**hdrs, **(headers or {})}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


@contextlib.contextmanager
def serve(db: Path, tmp: Path, **env_extra):
    """(base URL, process, log path) of a gunicorn with 2 workers over `db`; stopped after."""
    port = free_port()
    log = tmp / "server.log"
    prom = tmp / "prom"
    prom.mkdir(exist_ok=True)
    env = {**os.environ, "PORT": str(port), "HOST": "127.0.0.1", "GAZETTEER_DB": str(db),
           "WEB_CONCURRENCY": "2", "PYTHON": sys.executable, "PROMETHEUS_MULTIPROC_DIR": str(prom), **env_extra}
    with open(log, "wb") as fh:
        proc = subprocess.Popen([str(ROOT / "scripts" / "serve")], cwd=ROOT, env=env, stdout=fh,
                                stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 180
    while time.time() < deadline:
        try:
            if call(base + "/readyz", timeout=2)[0] == 200:
                break
        except OSError:
            time.sleep(0.5)
        assert proc.poll() is None, log.read_text()
    else:
        proc.kill()
        pytest.fail("gunicorn did not become ready:\n" + log.read_text())
    try:
        yield base, proc, log
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
