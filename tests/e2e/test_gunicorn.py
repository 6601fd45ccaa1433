"""One real gunicorn on 127.0.0.1, started and stopped by the test, exactly as `make run`
starts it (scripts/serve + gunicorn.conf.py); schemathesis runs against its /openapi.json."""
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .server import call, serve


@pytest.fixture(scope="module")
def server(seed_db, tmp_path_factory):
    with serve(seed_db, tmp_path_factory.mktemp("gunicorn")) as running:
        yield running


def test_links_over_real_http(server, seed_text):
    base, _, _ = server
    status, body = call(base + "/v1/link", {"text": seed_text})
    assert status == 200
    ids = {e["id"] for e in json.loads(body)["entities"]}
    assert {"Q41183", "el:aleppo-sakhour", "el:org-syrian-democratic-forces"} <= ids
    status, body = call(base + "/v1/link", {"text": 5})
    assert status == 400 and json.loads(body)["error"]["code"] == "invalid_request"


def test_metrics_add_up_across_workers(server):
    base, _, _ = server
    for _ in range(6):
        call(base + "/v1/link", {"text": "Aleppo"})
    metrics = call(base + "/metrics")[1].decode()
    line = next(x for x in metrics.splitlines()
                if x.startswith("el_http_requests_total") and 'route="/v1/link"' in x and 'status="200"' in x)
    assert float(line.rsplit(" ", 1)[1]) >= 6


def test_access_log_is_json_lines(server):
    _, _, log = server
    time.sleep(0.5)
    entries = [json.loads(x) for x in log.read_text().splitlines() if x.startswith("{")]
    assert any(e["path"] == "/v1/link" and e["status"] == "200" for e in entries)


def test_schemathesis_against_the_live_spec(server, tmp_path):
    base, _, _ = server
    out = subprocess.run(
        [
            str(Path(sys.executable).with_name("schemathesis")),
            "run",
            base + "/openapi.json",
            "--checks",
            "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance",
            "--max-examples",
            "15",
            "--generation-deterministic",
            "--request-timeout",
            "30",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]


def test_graceful_shutdown(server):
    _, proc, log = server
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
    assert "Shutting down" in log.read_text() or "Handling signal: term" in log.read_text()
