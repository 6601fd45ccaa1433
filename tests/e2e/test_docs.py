"""Every command the README shows, run. Its code blocks are read from README.md: shell lines
run in bash in a scratch folder against a live gunicorn (the README's localhost:8000 pointed
at it), example files are written where the README names them (`<!-- file: NAME -->` before
the block), the library example is executed, `make` targets are checked with a dry run. A
command neither run nor listed in SKIP (with the reason) fails the test, so a command added
to the docs is covered the day it is added."""
import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from service.config import ROOT

from .server import serve

README = ROOT / "README.md"
BLOCK = re.compile(r"(?:<!-- file: (?P<file>\S+) -->\n)?```(?P<lang>\w*)\n(?P<body>.*?)```", re.S)
SHARED = ROOT.parent / "shared"

# Commands (by prefix) not run here, and why.
SKIP = {
    "make run": "the live server of this test is started the same way (scripts/serve + gunicorn.conf.py)",
    "make test": "this test runs inside it",
    "zip -r service.zip": "packaging for a YARN cluster (tests/e2e/test_spark.py runs the job on local Spark)",
    "tar czf el-assets.tgz": "packaging for a YARN cluster",
    "spark-submit --master yarn": "needs a YARN cluster; tests/e2e/test_spark.py runs scripts/spark_link.py locally",
    "docker ": "no Docker engine on the test machines; `make lint` runs hadolint on the Dockerfile",
}
# README placeholders -> what this test runs instead (optional flags in [..] dropped, a
# choice of formats narrowed to one, full evaluations shortened).
REWRITE = [
    ("[--resume]", ""),
    ("[--backend torch] [--own-split] [--lang uk]", "--limit 20"),
    ("[--fit]", ""),
    ("[--data ../shared/data]", ""),
    ("{jsonl,csv,geonames,wikidata,paranames,nil-review} FILE [--db DB]", "jsonl my-entities.jsonl"),
]
# What a command's output must contain, by a piece of the command.
EXPECT = {
    "localhost:8000/v1/link": '"entities"',
    'gazetteer search "Wisam Zarqa"': "per:wissam-zarqa",
    'gazetteer search "Cheikh Maksoud"': "el:aleppo-sheikh-maqsoud",
    "gazetteer stats": '"entities"',
    "service --help": "gazetteer",
    "eval-linking": '"summary"',
}


def readme_blocks() -> list[tuple[str, str, str]]:
    return [(m["file"] or "", m["lang"], m["body"]) for m in BLOCK.finditer(README.read_text(encoding="utf-8"))]


def shell_commands(body: str) -> list[str]:
    joined = body.replace("\\\n", " ")
    return [line.strip() for line in joined.splitlines() if line.strip() and not line.strip().startswith("#")]


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
        return True
    except ValueError:
        return False


def scratch_inputs(work: Path) -> None:
    """The input files the README's commands name, small."""
    (work / "docs.jsonl").write_text('{"id": "a", "text": "Rebels left Sakhour in Aleppo."}\n'
                                     '{"id": "b", "text": "دخلت القوات الحكومية حي الصاخور", "lang": "ar"}\n',
                                     encoding="utf-8")
    with tarfile.open(work / "archive.tar.gz", "w:gz") as tar:
        for name, text in [("one.txt", "Kämpfe in Aleppo."), ("two.txt", "Бои в Сирии и в Алеппо.")]:
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    # the fixture's deliberately broken line left out: here the import must succeed
    lines = (ROOT / "tests" / "fixtures" / "wikidata-dump.json").read_text(encoding="utf-8").splitlines()
    with gzip.open(work / "latest-all.json.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(x for x in lines if x.strip() in "[]" or _is_json(x.rstrip(","))) + "\n")
    with gzip.open(work / "paranames.tsv.gz", "wt", encoding="utf-8") as fh:
        fh.write("wikidata_id\teng\tlabel\tlanguage\ttype\n"
                 "Q900000001\tWissam Qarqash\tWissam Qarqash\ten\tPER\n"
                 "Q900000001\tWissam Qarqash\tوسام قرقاش\tar\tPER\n")
    row = ["170063", "Aleppo", "Aleppo", "Halab", "36.20124", "37.16117", "P", "PPLA", "SY", "", "09",
           "", "", "", "2098210", "", "390", "Asia/Damascus", "2020-01-01"]
    (work / "allCountries.txt").write_text("\t".join(row) + "\n", encoding="utf-8")
    (work / "alternateNamesV2.txt").write_text("1\t170063\tfr\tAlep\t\t\t\t\t\t\n", encoding="utf-8")


@pytest.fixture(scope="module")
def scratch(seed_db, tmp_path_factory):
    """(work folder, environment, live base URL): the README's relative paths resolve in the
    work folder (.venv, seeds, models, service and ../shared point at the checkout's)."""
    base = tmp_path_factory.mktemp("docs")
    work = base / "work"
    work.mkdir()
    for name in (".venv", "seeds", "models", "service", "scripts"):
        (work / name).symlink_to(ROOT / name)
    if SHARED.exists():
        (base / "shared").symlink_to(SHARED)
    db = base / "gazetteer.db"
    shutil.copy(seed_db, db)
    scratch_inputs(work)
    env = {**os.environ, "GAZETTEER_DB": str(db), "PYTHONPATH": str(ROOT)}
    with serve(seed_db, base) as (url, _, _):
        yield work, env, url


def run_shell(cmd: str, work: Path, env: dict, url: str) -> str:
    for old, new in REWRITE:
        cmd = cmd.replace(old, new)
    cmd = cmd.replace("http://localhost:8000", url).replace("localhost:8000", url.removeprefix("http://"))
    if cmd.startswith("make "):
        cmd = f"make -n -C {ROOT} " + cmd.removeprefix("make ")  # the target exists and resolves
    out = subprocess.run(["bash", "-c", cmd], cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, f"{cmd}\n{out.stdout[-2000:]}\n{out.stderr[-3000:]}"
    return out.stdout


def test_every_readme_command_runs(scratch):
    work, env, url = scratch
    blocks = readme_blocks()
    for name, _, body in blocks:  # example files first: the commands import them
        if name:
            (work / name).write_text(body, encoding="utf-8")
    ran, skipped = [], []
    for name, lang, body in blocks:
        if name or lang not in ("sh", "python"):
            continue
        if lang == "python":
            out = subprocess.run([sys.executable, "-c", body], cwd=work, env=env, capture_output=True, text=True,
                                 timeout=600)
            assert out.returncode == 0, out.stderr[-3000:]
            assert out.stdout.strip(), "the library example printed nothing"
            ran.append("python example")
            continue
        for cmd in shell_commands(body):
            if any(cmd.startswith(prefix) for prefix in SKIP):
                skipped.append(cmd)
                continue
            if "../shared" in cmd and not SHARED.exists():
                skipped.append(cmd)  # the shared corpora are not part of a clean clone
                continue
            out = run_shell(cmd, work, env, url)
            for piece, wanted in EXPECT.items():
                if piece in cmd:
                    assert wanted in out, f"{cmd}: {wanted!r} not in\n{out[-2000:]}"
            ran.append(cmd)
    assert len(ran) >= 20, ran
    print(f"ran {len(ran)} README commands, skipped {len(skipped)}: {skipped}")
    assert (work / "linked.jsonl").read_text(encoding="utf-8").count("\n") == 2
    assert (work / "out.jsonl").read_text(encoding="utf-8").count("\n") == 2
