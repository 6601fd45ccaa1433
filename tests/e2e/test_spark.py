"""The Spark job in local[2] mode gives exactly the single-machine batch output."""
import json
import shutil
import sys

import pytest

from service.config import ROOT

from ..conftest import make_docs

pyspark = pytest.importorskip("pyspark", reason="pyspark not installed (pip install -r requirements-spark.txt)")
pytestmark = pytest.mark.skipif(
    shutil.which("java") is None, reason="no Java runtime for Spark (make test installs one)"
)


def test_spark_local_equals_batch(tmp_path, seed_db, monkeypatch):
    import dataclasses

    from pyspark.sql import SparkSession

    from service.batch import run_batch
    from service.config import Config
    from service.spark import link_dataframe

    docs = make_docs(200)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    cfg = dataclasses.replace(Config.from_env(), gazetteer_db=seed_db)
    run_batch(cfg, src, tmp_path / "batch.jsonl", workers=1)
    expected = {
        json.loads(x)["id"]: json.loads(x)["entities"] for x in open(tmp_path / "batch.jsonl", encoding="utf-8")
    }

    monkeypatch.setenv("GAZETTEER_DB", str(seed_db))
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    spark = (SparkSession.builder.master("local[2]").appName("el-test")
             .config("spark.sql.shuffle.partitions", "2").config("spark.ui.enabled", "false")
             .config("spark.executorEnv.GAZETTEER_DB", str(seed_db)).getOrCreate())
    try:
        df = spark.createDataFrame(
            [(d["id"], d["text"], d["source"]) for d in docs], "id string, text string, source string"
        )
        rows = link_dataframe(df.repartition(2)).collect()
    finally:
        spark.stop()
    got = {r["id"]: [e.asDict() for e in r["entities"]] for r in rows}
    assert len(got) == 200 and all(r["source"] == "test" for r in rows)
    assert got == expected


def test_spark_nil_dataframe_equals_the_batch_nil_file(tmp_path, seed_db, monkeypatch):
    """Issue 20: the second DataFrame holds the batch command's OUT.nil.jsonl lines (examples
    aside: a DataFrame has no archive order, so they come in document-id order)."""
    import dataclasses

    from pyspark.sql import SparkSession

    from service.batch import run_batch
    from service.config import Config
    from service.spark import link_dataframe, nil_dataframe

    from ..integration.test_nil_curation import DOCS
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS), encoding="utf-8")
    run_batch(dataclasses.replace(Config.from_env(), gazetteer_db=seed_db), src, tmp_path / "batch.jsonl")
    expected = [json.loads(x) for x in (tmp_path / "batch.nil.jsonl").read_text(encoding="utf-8").splitlines()]

    monkeypatch.setenv("GAZETTEER_DB", str(seed_db))
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    spark = (SparkSession.builder.master("local[2]").appName("el-test-nil")
             .config("spark.sql.shuffle.partitions", "2").config("spark.ui.enabled", "false")
             .config("spark.executorEnv.GAZETTEER_DB", str(seed_db)).getOrCreate())
    try:
        df = spark.createDataFrame([(d["id"], d["text"]) for d in DOCS], "id string, text string")
        linked = link_dataframe(df.repartition(2)).cache()
        got = [r.asDict(recursive=True) for r in nil_dataframe(linked).collect()]
        schema = {f.name: f.dataType.simpleString() for f in linked.schema["entities"].dataType.elementType.fields}
    finally:
        spark.stop()
    assert schema["nil_key"] == "string"
    for line in expected + got:
        line["examples"] = sorted(e["doc"] for e in line["examples"])
    assert got == expected
