"""`python -m service link`: the streaming JSONL form for pipelines."""
import json
import os
import subprocess
import sys

from service.config import ROOT


def test_link_streams_jsonl_and_reports_bad_lines(seed_db):
    lines = [json.dumps({"id": "a", "text": "Rebels fled Sakhour in Aleppo.", "feed": "wire"}),
             "not json",
             json.dumps({"id": "b", "text": "Башар Асад посетил Алеппо.", "lang": "ru"})]
    out = subprocess.run([sys.executable, "-m", "service", "link", "--db", str(seed_db)], cwd=ROOT,
                         input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=300,
                         env={**os.environ})
    assert out.returncode == 1  # one bad line
    docs = [json.loads(x) for x in out.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["a", "b"] and docs[0]["feed"] == "wire"
    assert {e["id"] for e in docs[0]["entities"]} == {"el:aleppo-sakhour", "Q41183"}
    assert docs[1]["lang"] == "ru" and "el:per-bashar-al-assad" in {e["id"] for e in docs[1]["entities"]}
    assert '"line":2' in out.stderr
    one = subprocess.run(
        [
            sys.executable,
            "-m",
            "service",
            "link",
            "--db",
            str(seed_db),
            "--text",
            "Hezbollah fighters returned to Beirut on Sunday.",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert json.loads(one.stdout)["entities"][-1]["id"] == "Q3820"
