"""The curation loop of issue 20 end to end: batch -> OUT.nil.jsonl -> a curator names a line
and deletes another -> gazetteer import --format nil-review -> the same batch links them."""
import dataclasses
import json
import shutil

from service.batch import run_batch
from service.cli import main as cli
from service.config import Config

DOCS = [
    {"id": "en-1", "text": "Bassel Qabbani, a local commander in Aleppo, said the fighting had stopped. "
                           "Qabbani later told reporters that talks would resume."},
    # the person named with his role: bare, the int8 model's type for the name varies by CPU (ORG on AVX-512 VNNI)
    {"id": "fr-1", "text": "Le commandant Basel Kabbani a affirmé que plus de quarante familles sont encore "
                           "bloquées à Homs."},
    {"id": "ar-1", "text": "قال باسل قباني وهو قائد محلي في حلب إن المعارك توقفت."},
    {"id": "ru-1", "text": "Басель Каббани, местный командир в Хомсе, заявил, что бои прекратились."},
    {"id": "en-2", "text": "Residents of Idlib said Marwan Tlass had left the city with his family."},
]


def test_batch_nil_file_review_import_and_the_rerun_links(tmp_path, seed_db):
    db = tmp_path / "gazetteer.db"  # a copy: the import must not touch the shared fixture
    shutil.copy(seed_db, db)
    cfg = dataclasses.replace(Config.from_env(), gazetteer_db=db)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS), encoding="utf-8")

    summary = run_batch(cfg, src, tmp_path / "out.jsonl")
    assert summary["linked"] == 5 and not (tmp_path / "out.nil-mentions.jsonl").exists()
    lines = [json.loads(x) for x in (tmp_path / "out.nil.jsonl").read_text(encoding="utf-8").splitlines()]
    by_key = {x["key"]: x for x in lines}
    bassel = by_key["PER:BSL-KBN"]
    assert (bassel["mentions"], bassel["documents"]) == (5, 4)  # "Qabbani" alone took the full name's key
    assert {f["text"] for f in bassel["forms"]} == {"Bassel Qabbani", "Qabbani", "Basel Kabbani", "باسل قباني",
                                                    "Басель Каббани"}
    assert set(bassel["languages"]) == {"en", "fr", "ar", "ru"}
    assert lines[0] is bassel  # the most mentioned first
    assert "PER:MRN-TLS" in by_key
    linked = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(e["nil_key"] == "PER:BSL-KBN" for d in linked[:4] for e in d["entities"] if e["id"] is None)

    # the curator names Bassel Qabbani and deletes the Marwan Tlass line
    bassel.update(id="el:bassel-qabbani", name="Bassel Qabbani")
    review = tmp_path / "review.jsonl"
    review.write_text(json.dumps(bassel, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli(["gazetteer", "import", "--format", "nil-review", str(review), "--db", str(db)]) == 0

    run_batch(cfg, src, tmp_path / "again.jsonl")
    again = [json.loads(x) for x in (tmp_path / "again.jsonl").read_text(encoding="utf-8").splitlines()]
    people = [e for d in again[:4] for e in d["entities"] if e["type"] == "PER"]
    assert len(people) == 5 and {(e["id"], e["nil_key"]) for e in people} == {("el:bassel-qabbani", None)}
    keys = [json.loads(x)["key"] for x in (tmp_path / "again.nil.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "PER:BSL-KBN" not in keys and "PER:MRN-TLS" in keys  # the deleted line stays unknown
