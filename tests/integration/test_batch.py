"""Batch linking: input formats, determinism across worker counts, SIGKILL + resume."""
import gzip
import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile

from service.batch import read_inputs
from service.config import ROOT
from service.errors import InvalidDocument, InvalidUTF8, TextTooLong

from ..conftest import make_docs


def test_readers_for_every_input_format(tmp_path):
    (tmp_path / "dir" / "sub").mkdir(parents=True)
    (tmp_path / "dir" / "b.txt").write_text("Aleppo", encoding="utf-8")
    (tmp_path / "dir" / "sub" / "a.txt").write_text("Beirut", encoding="utf-8")
    (tmp_path / "dir" / "bad.txt").write_bytes(b"caf\xe9")
    docs = list(read_inputs(tmp_path / "dir"))
    assert [(d.id, d.text, d.error and d.error.message) for d in docs] == [
        ("b.txt", "Aleppo", None), ("bad.txt", "", "not UTF-8 (byte 3)"), ("sub/a.txt", "Beirut", None)]
    assert isinstance(docs[1].error, InvalidUTF8)
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        zf.writestr("x/1.txt", "Homs")
        zf.writestr("skip.bin", "no")
    assert [(d.id, d.text) for d in read_inputs(tmp_path / "a.zip")] == [("x/1.txt", "Homs")]
    with tarfile.open(tmp_path / "a.tar.gz", "w:gz") as tf:
        data = "Hama".encode()
        info = tarfile.TarInfo("docs/1.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    assert [(d.id, d.text) for d in read_inputs(tmp_path / "a.tar.gz")] == [("docs/1.txt", "Hama")]
    (tmp_path / "a.csv").write_text('id,text,extra\n1,"Aleppo, Syria",x\n', encoding="utf-8")
    docs = list(read_inputs(tmp_path / "a.csv"))
    assert (docs[0].id, docs[0].text, docs[0].extra) == ("1", "Aleppo, Syria", {"extra": "x"})
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": 7, "text": "Idlib", "lang": "en", "k": [1]}) + "\n[1]\n")
    docs = list(read_inputs(tmp_path / "a.jsonl.gz", max_chars=3))
    assert isinstance(docs[0].error, TextTooLong) and isinstance(docs[1].error, InvalidDocument)
    assert docs[0].error.message.startswith("text has 5 characters") and docs[1].error.message == "not a JSON object"
    long_text = "Aleppo " * 25_000  # 175,000 characters: over csv's default field limit
    (tmp_path / "long.csv").write_text(f'id,text\n1,"{long_text}"\n2,Homs\n', encoding="utf-8")
    assert [(d.id, len(d.text), d.error) for d in read_inputs(tmp_path / "long.csv", max_chars=200_000)] == [
        ("1", len(long_text), None), ("2", 4, None)]
    (tmp_path / "odd.jsonl").write_bytes(b'{"id": 1, "text": "a", "n": ' + b"9" * 5000 + b'}\n' + b"[" * 50_000 + b"\n"
                                         + b'{"id": "\\udc00", "text": "x"}\n{"id": 4, "text": "ok"}\n')
    assert [d.error is None for d in read_inputs(tmp_path / "odd.jsonl")] == [False, False, False, True]


def run(args, **kw):
    return subprocess.Popen([sys.executable, "-m", "service", "batch", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def test_sigkill_and_resume_equals_an_uninterrupted_run_with_other_workers(tmp_path, seed_db):
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for d in make_docs(400):
            fh.write(json.dumps(d) + "\n")
        fh.write("{broken\n")
    env = {**os.environ, "GAZETTEER_DB": str(seed_db)}
    ref = tmp_path / "ref.jsonl"
    p = run(["--in", str(src), "--out", str(ref), "--workers", "2"], env=env)
    _, err = p.communicate(timeout=600)
    assert p.returncode == 0, err
    summary = json.loads(err.strip().splitlines()[-1])
    assert (summary["read"], summary["linked"], summary["failed"]) == (401, 400, 1)
    # the rate after the first chunk leaves the workers' start-up out: never below the whole run's
    assert summary["steady_docs_per_second"] >= summary["docs_per_second"] > 0

    out = tmp_path / "out.jsonl"
    p = run(["--in", str(src), "--out", str(out), "--workers", "1"], env=env)
    ckpt = tmp_path / "out.jsonl.checkpoint"
    deadline = time.time() + 300
    while time.time() < deadline and not (ckpt.exists() and json.loads(ckpt.read_text())["chunks"] >= 3):
        time.sleep(0.2)
    p.send_signal(signal.SIGKILL)
    p.wait()
    done = json.loads(ckpt.read_text())["read"]
    assert 0 < done < 401, "the kill must land part-way"
    p = run(["--in", str(src), "--out", str(out), "--workers", "1", "--resume"], env=env)
    _, err = p.communicate(timeout=600)
    assert p.returncode == 0, err
    assert out.read_bytes() == ref.read_bytes()
    assert (tmp_path / "out.errors.jsonl").read_bytes() == (tmp_path / "ref.errors.jsonl").read_bytes()
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == [f"doc-{i}" for i in range(400)]
    assert lines[0]["source"] == "test" and "entities" in lines[0]
    summary = json.loads(err.strip().splitlines()[-1])
    assert summary["processed"] == 401 - done  # the rate counts this run's documents, not the skipped ones
    assert json.loads(ckpt.read_text())["complete"]
    # A regression: --resume on a finished output truncated it and did everything again.
    before = out.stat().st_mtime_ns
    p = run(["--in", str(src), "--out", str(out), "--workers", "1", "--resume"], env=env)
    _, err = p.communicate(timeout=600)
    assert p.returncode == 0 and "nothing to resume" in err, err
    summary = json.loads(err.strip().splitlines()[-1])
    assert summary["complete_already"] and summary["processed"] == 0 and summary["read"] == 401
    assert out.stat().st_mtime_ns == before and out.read_bytes() == ref.read_bytes()
