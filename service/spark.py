"""Entity linking as a Spark job, for archives one machine cannot get through.

`link_dataframe(df)` adds an `entities` column (and `lang`) to a DataFrame with `id` and
`text` columns, through `mapInPandas`: each Python worker loads the Linker once (the
same Linker the HTTP service and the batch command use) and links its partitions in
batches. `scripts/spark_link.py --in IN --out OUT` is the spark-submit entry point
(Parquet or JSONL in and out); it calls `main` here.

The `entities` column is an array of structs:
    start INT, end INT (code points), text STRING, type STRING (PER/ORG/LOC/MISC),
    id STRING (null for NIL), name STRING, qid STRING, geonames BIGINT, score DOUBLE
`error` is null, or why the row could not be linked (its `entities` are then null).
"""
from __future__ import annotations

import argparse
from typing import Iterator

ENTITY_DDL = ("array<struct<start:int,end:int,text:string,type:string,id:string,name:string,"
              "qid:string,geonames:bigint,score:double>>")
_linker = None


def _get_config():
    from .config import Config
    return Config.from_env()


def _get_linker():
    """One Linker per Python worker process, built from the worker's environment
    (GAZETTEER_DB, NER_MODEL_DIR... as set with spark.executorEnv.*)."""
    global _linker
    if _linker is None:
        from .runtime import build_linker
        _linker = build_linker(threads=1)
    return _linker


def _link_partitions(batches: Iterator, text_col: str, lang_col: str | None, batch_size: int):
    """Like the batch command's chunks: a document that cannot be linked (too long, a bug)
    gets null entities and its reason in `error`; the task, and the job, go on."""
    from .batch import link_documents
    from .documents import parse_document
    linker = _get_linker()
    max_chars = _get_config().max_text_chars
    for pdf in batches:
        texts = pdf[text_col].fillna("").astype(str).tolist()
        langs = pdf[lang_col].where(pdf[lang_col].notna(), None).tolist() if lang_col else [None] * len(texts)
        entities, detected, errors = [], [], []
        for i in range(0, len(texts), batch_size):
            chunk = zip(texts[i:i + batch_size], langs[i:i + batch_size], strict=True)
            docs = [parse_document({"id": str(j), "text": t, "lang": lang}, j, max_chars)
                    for j, (t, lang) in enumerate(chunk, i)]
            for d, doc in zip(docs, link_documents(docs, linker), strict=True):
                entities.append(doc.to_dict()["entities"] if doc else None)
                detected.append(doc.lang if doc else d.lang)
                errors.append(d.error.message if d.error else None)
        out = pdf.copy()
        out["lang"] = detected
        out["entities"] = entities
        out["error"] = errors
        yield out


def link_dataframe(df, text_col: str = "text", lang_col: str | None = None, batch_size: int = 32):
    """`df` with `lang` and `entities` columns added (see the module docstring for the schema)."""
    from pyspark.sql.types import StringType, StructField, StructType, _parse_datatype_string
    if lang_col is None and "lang" in df.columns:
        lang_col = "lang"
    fields = [f for f in df.schema.fields if f.name not in ("lang", "entities", "error")]
    schema = StructType(fields + [StructField("lang", StringType(), True),
                                  StructField("entities", _parse_datatype_string(ENTITY_DDL), True),
                                  StructField("error", StringType(), True)])
    base = df.drop(*[c for c in ("entities", "error") if c in df.columns])
    if lang_col is None:
        base = base.drop("lang") if "lang" in base.columns else base
    return base.mapInPandas(lambda it: _link_partitions(it, text_col, lang_col, batch_size), schema)


def main(argv=None) -> int:
    from pyspark.sql import SparkSession
    ap = argparse.ArgumentParser(description="Link a Parquet or JSONL dataset of {id, text[, lang]} with Spark")
    ap.add_argument("--in", dest="input", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--format", choices=["parquet", "json"], default=None,
                    help="input/output format (default: from the input's extension)")
    ap.add_argument("--partitions", type=int, default=0)
    args = ap.parse_args(argv)
    fmt = args.format or ("parquet" if args.input.rstrip("/").endswith(".parquet") else "json")
    spark = SparkSession.builder.appName("entity-linking").getOrCreate()
    df = spark.read.format(fmt).load(args.input)
    if args.partitions:
        df = df.repartition(args.partitions)
    link_dataframe(df).write.mode("overwrite").format(fmt).save(args.out)
    spark.stop()
    return 0
