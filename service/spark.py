"""Entity linking as a Spark job, for archives one machine cannot get through.

`link_dataframe(df)` adds an `entities` column (and `lang`) to a DataFrame with `id` and
`text` columns, through `mapInPandas`: each Python worker loads the Linker once (the
same Linker the HTTP service and the batch command use) and links its partitions in
batches. `scripts/spark_link.py --in IN --out OUT` is the spark-submit entry point
(Parquet or JSONL in and out); it calls `main` here.

The `entities` column is an array of structs:
    start INT, end INT (code points), text STRING, type STRING (PER/ORG/LOC/MISC),
    id STRING (null for NIL), name STRING, qid STRING, geonames BIGINT, score DOUBLE,
    nil_key STRING (NIL mentions: the unknown name's key across documents, see service/nil.py)
`error` is null, or why the row could not be linked (its `entities` are then null).

`nil_dataframe(linked)` is the batch command's `OUT.nil.jsonl` as a DataFrame (`NIL_DDL`):
one row per `nil_key`, most mentioned first, for the curation loop (service/batch/nil.py);
`main` writes it beside the output (`--nil-out`).
"""
from __future__ import annotations

import argparse
from typing import Iterator

ENTITY_DDL = ("array<struct<start:int,end:int,text:string,type:string,id:string,name:string,"
              "qid:string,geonames:bigint,score:double,nil_key:string>>")
NIL_DDL = ("id string, name string, key string, type string, mentions bigint, documents bigint, "
           "forms array<struct<text:string,count:bigint>>, languages array<string>, "
           "examples array<struct<doc:string,sentence:string>>")
_linker = None


def _get_config():
    from .config import Config
    return Config.from_env()


def _get_linker():
    """One Linker per Python worker process, built from the worker's environment
    (GAZETTEER_DB, NER_MODEL... as set with spark.executorEnv.*)."""
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


def _with_sentences(batches):
    """NIL mention rows with their sentence in place of the document's text."""
    from .batch.nil import sentence_at, sentence_spans
    for pdf in batches:
        out = pdf.drop(columns=["_text", "start", "end"])
        spans: dict = {}  # a text's sentences are split once for all its mentions
        sentences = []
        for t, s, e in zip(pdf["_text"], pdf["start"], pdf["end"], strict=True):
            if t not in spans:
                spans[t] = sentence_spans(t)
            sentences.append(sentence_at(t, spans[t], s, e))
        out["sentence"] = sentences
        yield out


def _aggregate_group(pdf):
    """One key's mention records -> its NIL line (batch.nil.aggregate over the group, in
    document-id and position order: a DataFrame has no archive order)."""
    import pandas as pd

    from .batch.nil import aggregate
    pdf = pdf.sort_values(["doc", "pos"], kind="stable")
    lines = aggregate(pdf[["key", "type", "text", "lang", "doc", "sentence"]].to_dict("records"))
    return pd.DataFrame(lines, columns=["id", "name", "key", "type", "mentions", "documents", "forms", "languages",
                                        "examples"])


def nil_dataframe(linked, id_col: str = "id", text_col: str = "text"):
    """The NIL lines of a `link_dataframe` result (see NIL_DDL; the same as the batch command's
    OUT.nil.jsonl, examples taken in document-id order)."""
    from pyspark.sql import functions as F
    rows = (linked.where(F.col("entities").isNotNull())
            .select(F.col(id_col).cast("string").alias("doc"), F.col(text_col).alias("_text"), "lang",
                    F.posexplode("entities").alias("pos", "e"))
            .where(F.col("e.id").isNull() & F.col("e.nil_key").isNotNull())
            .select("doc", "pos", "lang", F.col("e.nil_key").alias("key"), F.col("e.type").alias("type"),
                    F.col("e.text").alias("text"), "_text", F.col("e.start").alias("start"),
                    F.col("e.end").alias("end")))
    mentions = rows.mapInPandas(_with_sentences, "doc string, pos int, lang string, key string, type string, "
                                "text string, sentence string")
    return (mentions.groupBy("key").applyInPandas(_aggregate_group, NIL_DDL)
            .orderBy(F.desc("mentions"), F.desc("documents"), F.asc("key")))


def main(argv=None) -> int:
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F
    ap = argparse.ArgumentParser(description="Link a Parquet or JSONL dataset of {id, text[, lang]} with Spark")
    ap.add_argument("--in", dest="input", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--format", choices=["parquet", "json"], default=None,
                    help="input/output format (default: from the input's extension)")
    ap.add_argument("--partitions", type=int, default=0)
    ap.add_argument("--nil-out", help="where the NIL lines go (one per nil_key; default: OUT with .nil before "
                    "its extension)")
    args = ap.parse_args(argv)
    fmt = args.format or ("parquet" if args.input.rstrip("/").endswith(".parquet") else "json")
    out = args.out.rstrip("/")
    stem, dot, ext = out.rpartition(".")
    nil_out = args.nil_out or (f"{stem}.nil.{ext}" if dot and "/" not in ext else f"{out}.nil")
    spark = SparkSession.builder.appName("entity-linking").getOrCreate()
    df = spark.read.format(fmt).load(args.input)
    if args.partitions:
        df = df.repartition(args.partitions)
    # linked once: the NIL lines are read back from the written output, not linked again
    link_dataframe(df).write.mode("overwrite").format(fmt).save(out)
    linked = spark.read.format(fmt).load(out)
    if "id" not in linked.columns:
        linked = linked.withColumn("id", F.monotonically_increasing_id().cast("string"))
    nil_dataframe(linked).write.mode("overwrite").format(fmt).save(nil_out)
    spark.stop()
    return 0
