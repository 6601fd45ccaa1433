"""The benchmark report: docs/benchmarks.md (tables) and its PNG plots, rendered from the
results that `bench` and `bench-http` store in docs/benchmarks.json."""
from __future__ import annotations

import datetime as dt
import os
import platform
from pathlib import Path


def machine() -> dict:
    """Where a run was measured. Whether the CPU does int8 dot products in hardware (VNNI)
    goes with it: ONNX Runtime's int8 kernels differ with it, in speed (about 2x on the
    seed article) and in the types of borderline mentions (so in the linking dev sets too)."""
    with open("/proc/cpuinfo") as fh:
        lines = fh.read().splitlines()
    names = [line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")]
    flags = next((set(line.split(":", 1)[1].split()) for line in lines if line.startswith("flags")), set())
    cpu = names[0] if names else platform.processor()
    vnni = "AVX-512 VNNI" if "avx512_vnni" in flags else "AVX-VNNI" if "avx_vnni" in flags else "no VNNI"
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "int8_dot": vnni,
            "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def stamp() -> str:
    """A section's measurement stamp: the date and the int8 hardware."""
    m = machine()
    return f"{m['date']}, {m['int8_dot']}"


def _split_label(w: dict) -> str:
    """A wrong-type row's corpus file, and how it was read when a document was one text."""
    name = w["file"].split("ner/")[-1]
    return f"{name} ({w['documents']} documents)" if w.get("documents") else name


def _pooled(rows: list[dict], corpus: str, label: str) -> list[list]:
    """One wrong-type row for the sentence-per-text splits of `corpus` together."""
    rows = [w for w in rows if corpus in w["file"] and not w.get("documents")]
    linked = sum(w["linked_on_gold_spans"] for w in rows)
    if len(rows) < 2 or not linked:
        return []
    wrong, strict = sum(w["wrong_type"] for w in rows), sum(w["entity_wrong_type"] for w in rows)
    return [[label, linked, wrong, round(wrong / linked, 4), strict, round(strict / linked, 4), ""]]


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


def model_of(run: dict) -> str:
    """The NER model a stored run measured (runs recorded before there were two were the accurate one's)."""
    return run.get("model", "accurate")


def merge(old: list[dict], new: list[dict], key: tuple) -> list[dict]:
    """`new` runs replace the `old` ones with the same `key` fields (model, backend, workers...)
    in their place, so the tables keep their column order (the default model first); the others
    stay, so `bench --models fast` leaves the accurate model's figures as they were."""
    def k(r):
        return tuple(model_of(r) if f == "model" else r.get(f) for f in key)
    fresh = {k(r): r for r in new}
    kept = [fresh.pop(k(r)) if k(r) in fresh else r for r in old]
    return kept + list(fresh.values())


def ner_runs(results: dict) -> dict:
    """The NER runs by "model backend"."""
    return {f"{model_of(r)} {r['backend']}": r for r in results.get("ner", []) if "splits" in r}


def render_report(results: dict) -> str:
    m = results["machine"]
    when = results.get("measured", {})
    out = [
        "# Benchmarks",
        "",
        f"Measured on {m['cores']} cores ({m['cpu']}, {m.get('int8_dot', 'int8 hardware not recorded')}),"
        f" Python {m['python']}, by `make bench` ({m['date']})."
        + (" Sections: " + "; ".join(f"{k} {v}" for k, v in sorted(when.items())) + "." if when else "")
        + " Ratios are compared within one section (one run); figures from other machines are not comparable:"
        " sections stamped without the int8 hardware ran on an earlier machine, where the int8 model ran at"
        " about half the speed and typed some borderline mentions otherwise.",
        "",
    ]
    ner = ner_runs(results)
    if ner:
        out += ["## NER: strict span+type micro F1", "",
                "Test splits only (never used for training or tuning). Splits marked * are capped at "
                f"{results.get('ner_limit')} sentences; the others are whole. The model reads the corpus's "
                "tokens, as seqeval scoring assumes; only the types a corpus annotates are scored (WikiANN has "
                "no MISC). \"Own split\" lets the service split words and sentences itself (end to end)."]
        runs = list(ner)
        gap = {"accurate torch", "fast torch"} <= set(runs)
        rows = []
        for i, split in enumerate(ner[runs[0]]["splits"]):
            row = [f"{split['corpus']} {split['lang']}{'' if split['whole'] else ' *'}", split["sentences"]]
            row += [ner[r]["splits"][i]["f1"] for r in runs]
            if gap:
                fast, accurate = ner["fast torch"]["splits"][i], ner["accurate torch"]["splits"][i]
                row.append(round(100 * (fast["f1"] - accurate["f1"]), 1))
            rows.append(row + [split.get("f1_own_split", "-")])
        heads = (["split", "sentences"] + [f"F1 {r}" for r in runs]
                 + (["fast - accurate (torch), points"] if gap else []) + [f"F1 {runs[0]}, own split"])
        out += ["", _table(heads, rows), ""]
        routed = [(r, sp) for r in runs for sp in ner[r]["splits"] if "f1_base" in sp]
        if routed:
            out += ["Splits a language specialist reads (models/README.md): F1 with the split's language given "
                    "(the table above), with each sentence's language detected as the service does for a text "
                    "without one, and by the model alone:", "",
                    _table(["split", "model, backend", "language given", "detected", "model alone"],
                           [[f"{sp['corpus']} {sp['lang']}", r, sp["f1"], sp["f1_detected"], sp["f1_base"]]
                            for r, sp in routed]), ""]
        first = ner[runs[0]]["splits"]
        out += ["Per type (" + runs[0] + "):", "",
                _table(["split", "PER", "ORG", "LOC", "MISC"],
                       [[f"{s['corpus']} {s['lang']}"] + [s["per_type"].get(t, {}).get("f1", "-") for t in
                                                           ("PER", "ORG", "LOC", "MISC")] for s in first]), ""]
        out += [_table(["model, backend", "seed article words/s (batch 32)", "threads", "peak RSS MB"],
                       [[r, v["seed_words_per_second"], v["threads"], v["peak_rss_mb"]] for r, v in ner.items()]), ""]
    sp = results.get("spacy")
    if sp and "f1" in sp:
        en = next((s for s in ner.get("accurate torch", {}).get("splits", []) if s["corpus"] == "CoNLL-2003"), None)
        out += [
            "### English baseline: spaCy small pipeline",
            "",
            "`en_core_web_sm` labels mapped: PERSON->PER; ORG->ORG; GPE, LOC, FAC->LOC; NORP, EVENT, "
            "WORK_OF_ART, LAW, LANGUAGE, PRODUCT->MISC; dates, numbers and the rest dropped.",
            "",
            _table(
                ["model", "CoNLL-2003 en F1", "words/s", "peak RSS MB"],
                (
                    [["project (torch fp32)", en["f1"], en["words_per_second"], ner["accurate torch"]["peak_rss_mb"]]]
                    if en
                    else []
                )
                + [[sp["model"], sp["f1"], sp["words_per_second"], sp["peak_rss_mb"]]],
            ),
            "",
        ]
    lk = results.get("linking")
    if lk and "results" in lk:
        out += [
            "## Linking on the project's gold files",
            "",
            "Strict (span, type, id) over the end-to-end pipeline (NER included); NIL accuracy is the share "
            "of gold NIL mentions found that stayed NIL; link accuracy the share of gold linked mentions "
            "found that got the right ID. Baselines run through the same Linker with another candidate generator.",
            "",
            _table(
                ["system", "gold", "P", "R", "F1", "NIL acc", "link acc"],
                [
                    [*k.split(" | ", 1), v["precision"], v["recall"], v["f1"], v["nil_accuracy"], v["link_accuracy"]]
                    for k, v in lk["results"].items()
                ],
            ),
            "",
        ]
    ds = results.get("devsets")
    if ds and "report" in ds:
        out += _devsets_section(ds)
    an = results.get("anetac")
    if an and "results" in an:
        out += [
            "## Cross-script name matching (ANETAC dev)",
            "",
            f"{an['pairs']} Arabic names searched among {an['gazetteer_names']} English names (the dev names "
            "and 9,000 train-split names kept out of the transliteration model's training); ms per query: "
            + ", ".join(f"{k.split(':')[0].split(' (')[0]} {v}" for k, v in an.get("ms_per_query", {}).items()) + ".",
            "",
            _table(["method", "acc@1", "acc@10"], [[k, v["acc@1"], v["acc@10"]] for k, v in an["results"].items()]),
            "",
        ]
    pl = results.get("pipeline")
    if pl and "rows" in pl:
        out += ["## Whole-pipeline speed", "", f"{pl['threads']} torch threads, default gazetteer, peak RSS "
                f"{pl['peak_rss_mb']} MB.", "",
                _table(["input", "batch", "docs/s", "words/s"],
                       [[r["input"], r["batch"], r["docs_per_second"], r["words_per_second"]] for r in pl["rows"]]), ""]
    st = [r for r in results.get("stages", []) if "ms" in r]
    if st:
        parts = [k for k in st[0]["ms"] if k != "request"]
        out += ["## Where a request's time goes", "",
                f"The seed article ({st[0]['words']} words) POSTed to `/v1/link` {st[0]['repeats']} times in "
                "process (Flask test client, the service's defaults), timed at the seams; ms per request "
                "(share of the request), the candidate search cache emptied before each request (every name "
                "new to the process); the last column repeats the request with the cache warm, as an archive "
                "or a news feed that names the same places and people again meets it.", "",
                _table(["model, backend", "request ms"] + parts + ["request ms / linking ms, names seen before"],
                       [[f"{r['model']}, {r['backend']}", r["ms"]["request"]]
                        + [f"{r['ms'][k]} ({100 * r['share'][k]:.0f}%)" for k in parts]
                        + [" / ".join(str(v) for v in r.get("seen_before_ms", {}).values()) or "-"] for r in st]), ""]
    su = results.get("startup")
    if su and "service_memory" in su:
        out += [f"The default service (`make run`: {su['workers_started']} gunicorn workers, int8, the default "
                f"gazetteer of {su['entities']:,} entities and {su['names']:,} names, {su['on_disk_mb']} MB on "
                f"disk) is ready in {su['startup_seconds_to_readyz']} s; after {2 * su['workers_started']} requests "
                f"with the seed article the whole service holds PSS {round(su['service_memory']['pss_mb'])} MB "
                "(workers: " + "; ".join(f"PSS {w['pss_mb']} MB, private {w['private_mb']}, shared {w['shared_mb']}"
                                        for w in su["workers"]) + ").", ""]
    cands = [c for c in results.get("candidates", []) if "names" in c]
    if cands:
        out += [
            "## Candidate generation on synthetic gazetteers",
            "",
            _table(
                ["names", "import s", "index build s", "index open s", "index on disk MB", "ms/mention",
                 "ms/Arabic mention (learned scorer)", "peak RSS MB"],
                [
                    [c["names"], c["import_seconds"], c["index_build_seconds"], c.get("index_open_seconds", "-"),
                     c.get("index_mb", "-"), c["ms_per_mention"], c.get("ms_per_arabic_mention", "-"), c["peak_rss_mb"]]
                    for c in cands
                ],
            ),
            "",
        ]
    kb = results.get("kb")
    if kb and "imported" in kb:
        ws = kb.get("workers", [])
        out += [
            "## A large knowledge base (generated Wikidata dump)",
            "",
            f"{kb['items']:,} synthetic items in the dump's framing ({kb['dump_mb']} MB): imported "
            f"{kb['imported']:,} PER/ORG/LOC entities with {kb['names']:,} names in {kb['import_seconds']} s "
            f"({kb['items_per_second']:,} items/s, 2 parsing workers); index built in {kb['index_build_seconds']} s, "
            f"opened in {kb['index_open_seconds']} s; on disk: SQLite {kb['disk_mb']['sqlite']} MB, index "
            f"{kb['disk_mb']['index']} MB. Candidates {kb['ms_per_mention']} ms/mention (Latin, Arabic and "
            f"Cyrillic queries). Service (2 gunicorn workers) ready in {kb['startup_seconds_to_readyz']} s; "
            f"PSS of the whole service {kb['service_memory']['pss_mb']} MB; per worker: "
            + "; ".join(f"PSS {w['pss_mb']} MB (private {w['private_mb']}, shared {w['shared_mb']})" for w in ws)
            + ".",
            "",
        ]
    bt = [b for b in results.get("batch", []) if "docs_per_second" in b]
    if bt or results.get("spark"):
        rows = [[f"batch, {b['workers']} worker(s), {model_of(b)} model", b["docs"],
                 b["docs_per_second"], b["words_per_second"], b.get("steady_words_per_second", "-")] for b in bt]
        spk = results.get("spark") or {}
        if "docs_per_second" in spk:
            rows.append([f"Spark {spk['mode']}", spk["docs"], spk["docs_per_second"], spk["words_per_second"], "-"])
        elif spk:
            rows.append(["Spark local[2]", "-", spk.get("error", "not run"), "-", "-"])
        out += ["## Batch and Spark", "", "Generated news-like documents of 4 sentences, int8. Steady: after the "
                "first chunk of 32 documents, once the workers have loaded their model.", "",
                _table(["runner", "docs", "docs/s", "words/s", "steady words/s"], rows), ""]
    http = results.get("http")
    if http:
        out += [
            "## HTTP under load (`make bench-http`)",
            "",
            "gunicorn started by `scripts/serve` like `make run` (gthread workers; one inference thread "
            "each with torch, cores / workers with int8, sentences side by side), the seed article "
            "(or its first paragraphs) POSTed by `hey` on loopback, admission control out of the way "
            "(MAX_WAIT_S=3600: hey resends a refused request at once). The overload run, on the defaults, "
            "offers three times the "
            "capacity the load run above it measured, open loop (each request on its own connection, "
            "whatever the answers): p50/p99 are of the accepted requests, refused ones (503 `overloaded`) "
            "are counted apart; 5xx/errors counts every other failure. "
            "Memory sums all "
            "gunicorn processes (PSS counts shared pages once). hey prints no p99 for runs of under 100 "
            "responses (shown as -).",
            "",
            _table(
                [
                    "run",
                    "model",
                    "backend",
                    "workers",
                    "req/s",
                    "p50 ms",
                    "p99 ms",
                    "refused (503)",
                    "refused p99 ms",
                    "responses",
                    "5xx/errors",
                    "PSS MB start",
                    "PSS MB end",
                    "RSS MB start",
                    "RSS MB end",
                    "peak RSS MB, largest process",
                    "measured",
                ],
                [
                    [
                        r["run"],
                        model_of(r),
                        r["backend"],
                        r.get("workers", "-"),
                        r["requests_per_second"],
                        r["p50_ms"],
                        r["p99_ms"],
                        r.get("rejected", "-"),
                        r.get("rejected_p99_ms", "-"),
                        sum(r["status_codes"].values()),
                        r["errors"],
                        r["mem_start"]["pss_mb"],
                        r["mem_end"]["pss_mb"],
                        r["mem_start"]["rss_mb"],
                        r["mem_end"]["rss_mb"],
                        r["mem_end"].get("peak_rss_mb_largest_process", "-"),
                        r.get("measured", "earlier machine"),
                    ]
                    for r in http
                ],
            ),
            "",
        ]
    for name in ("ner_plot", "candidates_plot"):
        if results.get(name):
            out += [f"![{name}]({results[name]})", ""]
    if results.get("last_run"):
        run = results["last_run"]
        out += [
            f"_The last `python -m service.dev bench` run ({', '.join(run['sections'])}) took {run['seconds']} s._",
            "",
        ]
    return "\n".join(out)


def _held_out_section(rows: list[dict]) -> list[str]:
    """The wrong-type counts on the test splits, with no example: nobody reads them to write a rule."""
    return ["The same count on the test splits (first 1,000 sentences, each its own text), which neither the NER "
            "model nor the linker's rules were written on; their examples are not printed:", "",
            _table(["split", "linked on gold spans", "other type", "rate", "strict", "strict rate"],
                   [[_split_label(w), w["linked_on_gold_spans"], w["wrong_type"], w["rate"],
                     w.get("entity_wrong_type"), w.get("entity_rate")] for w in rows]
                   + [row[:-1] for row in _pooled(rows, "wikineural/", "WikiNEuRal, every language above")]), ""]


def _devsets_section(ds: dict) -> list[str]:
    """Linking on text nobody tuned for (tests/gold/linking_dev.jsonl, nil_traps.jsonl)."""
    out = ["## Linking on text it was not tuned on", "",
           "The hand-written dev set (12 languages: inflected and cliticized names, adjectives, football "
           "clubs, companies named like towns, places named like better-known ones, people nobody "
           "catalogued) and the trap list (real names the default gazetteer does not hold). The rules, "
           f"NIL_THRESHOLD ({ds['nil_threshold']}) and the calibration were chosen on `tune`; `report` was "
           f"not looked at while choosing. Calibration: {ds.get('calibration') or 'defaults'}.", "",
           "A mention is right when the entity on its exact span carries the gold id (NIL for NIL); a wrong "
           "link carries another id (or links a span the gold leaves unannotated); missed: NIL or not found.",
           "",
           _table(["half", "mentions", "right", "accuracy", "wrong links", "missed", "traps", "traps linked", "rate"],
                  [[h, ds[h]["dev"]["mentions"], ds[h]["dev"]["right"], ds[h]["dev"]["accuracy"],
                    ds[h]["dev"]["wrong_links"], ds[h]["dev"]["missed"], ds[h]["traps"]["traps"],
                    ds[h]["traps"]["linked"], ds[h]["traps"]["rate"]] for h in ("tune", "report")]), ""]
    phen = ds["report"]["dev"]["by_phenomenon"]
    langs = ds["report"]["dev"].get("by_lang", {})
    out += ["Report half by phenomenon:", "",
            _table(["phenomenon", "right", "wrong", "missed"],
                   [[k, v.get("right", 0), v.get("wrong", 0), v.get("missed", 0)] for k, v in phen.items()]), "",
            "Report half by language (Turkish and Ukrainian news sentences beside the others):", "",
            _table(["language", "right", "wrong", "missed"],
                   [[k, v.get("right", 0), v.get("wrong", 0), v.get("missed", 0)] for k, v in sorted(langs.items())]),
            "",
            "Wrong links on the report half: " + ("; ".join(
                f"{w['text']} -> {w['got']} (gold {w.get('gold')})" for w in ds["report"]["wrong_examples"])
                or "none") + ".",
            "", "Traps linked on the report half: " + ("; ".join(
                f"{t['text']} -> {', '.join(g[2] for g in t['got'])}" for t in ds["report"]["trap_examples"])
                or "none") + ".",
            "", "Reliability on the report half (predicted probability vs observed share right, by decile):", "",
            _table(["decile", "links", "predicted", "observed"],
                   [[r["bin"], r["links"], r["predicted"], r["observed"]] for r in ds["report"]["reliability"]]), ""]
    if ds.get("wrong_type"):
        out += ["Linked mentions whose type differs from the corpus's gold type on the same span (validation "
                "splits, first 1,000 sentences, each its own text; CoNLL en and de validation also whole, each of "
                "their documents one text as the service gets an article; a demonym link, a MISC mention of a "
                "country, counts as either "
                "type, and so does a mention that keeps the model's type beside its link, a national team tagged "
                "ORG linked to its country; the entity's type alone, such mentions counted against it, in the "
                "strict columns):", "",
                _table(["split", "linked on gold spans", "other type", "rate", "strict", "strict rate", "examples"],
                       [[_split_label(w), w["linked_on_gold_spans"], w["wrong_type"], w["rate"],
                         w.get("entity_wrong_type"), w.get("entity_rate"),
                         "; ".join(f"{x['text']} ({x['gold_type']}) -> {x['name']}" for x in w["examples"][:4])]
                        for w in ds["wrong_type"]] + _pooled(ds["wrong_type"], "wikineural/", "WikiNEuRal, "
                                                             "every language above")), "",
                "Links to towns (places under 15,000 people, linked only where the text places them) on the same "
                "sentences: " + "; ".join(
                    f"{_split_label(w)} {len(w.get('town_links', []))} (" + ", ".join(
                        f"{x['text']} -> {x['name']}, {x['country']}" for x in w.get("town_links", [])) + ")"
                    for w in ds["wrong_type"]) + ".", ""]
    if ds.get("wrong_type_held_out"):
        out += _held_out_section(ds["wrong_type_held_out"])
    if ds.get("own_names"):
        out += ["Every name the default gazetteer gives a country or region of 1,000,000 people or more, and the "
                "own name of every city of as many, in a plain sentence of the name's language (\"Officials in "
                "{} said the talks would continue.\", `devsets.own_names`): linked to the entity itself, NIL, to "
                "another entity, or not found as a mention by the NER:", "",
                _table(["kind", "names", "itself", "NIL", "another", "not found", "others", "NIL, most people first"],
                       [[o["kind"] + (" (own name)" if o.get("own_only") else ""), o["names"], o.get("itself", 0),
                         o.get("NIL", 0), o.get("another", 0), o.get("not found", 0),
                         "; ".join(f"{x['name']} ({x['lang']}) -> {x['got_name']}" for x in o["others"][:12]),
                         "; ".join(f"{x['name']} {x['score']}" for x in o.get("nil", [])[:12])]
                        for o in ds["own_names"]]), ""]
    mo = ds.get("morphology")
    if mo:
        out += ["Inflected and cliticized dev-set mentions (both halves) that reach their gold entity through an "
                "exact name: the surface form alone, the service's base forms (pymorphy3 ru/uk, Morfeusz 2 pl, "
                "simplemma de, Turkish and Arabic rules), simplemma alone:", "",
                _table(["lang", "mentions", "surface", "base forms", "simplemma", "ms/word"],
                       [[k, v["mentions"], v["surface"], v["base_forms"], v["simplemma"], v["ms_per_word"]]
                        for k, v in mo.items()]), ""]
    lv = ds.get("link_vs_ner")
    if lv:
        out += [f"CoNLL-2003 en validation ({lv['sentences']} sentences, the service's own splitting): NER alone "
                f"F1 {lv['ner']['f1']}, `link` output (span + type after linking) F1 {lv['link']['f1']} "
                f"(gap {lv['f1_gap']:+.4f}; types changed by linking: {lv['types_changed'] or 'none'}).", ""]
    return out


def plots(results: dict, out_dir: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    m = results["machine"]
    stamp = f"{m['cores']} cores, {m['cpu']}, {m['date']}"
    ner = ner_runs(results)
    if ner:
        fig, ax = plt.subplots(figsize=(10, 4))
        labels = [f"{s['corpus']}\n{s['lang']}" for s in next(iter(ner.values()))["splits"]]
        width = 0.8 / len(ner)
        for i, (b, r) in enumerate(ner.items()):
            ax.bar([x + i * width for x in range(len(labels))], [s["f1"] for s in r["splits"]], width, label=b)
        ax.set_xticks([x + width / 2 for x in range(len(labels))], labels, fontsize=7, rotation=45, ha="right")
        ax.set_ylim(0, 1)
        ax.set_ylabel("strict F1")
        ax.legend()
        fig.text(0.01, 0.005, stamp, fontsize=7, color="gray")
        fig.tight_layout(rect=(0, 0.03, 1, 1))
        fig.savefig(out_dir / "ner_f1.png", dpi=100)
        plt.close(fig)
        results["ner_plot"] = "ner_f1.png"
    cands = [c for c in results.get("candidates", []) if "names" in c]
    if cands:
        fig, ax = plt.subplots(figsize=(5, 3.5))
        ax.plot([c["names"] for c in cands], [c["ms_per_mention"] for c in cands], marker="o")
        ax.set_xscale("log")
        ax.set_xlabel("names in gazetteer")
        ax.set_ylabel("ms per mention")
        fig.text(0.01, 0.005, stamp, fontsize=6, color="gray")
        fig.tight_layout(rect=(0, 0.04, 1, 1))
        fig.savefig(out_dir / "candidates_ms.png", dpi=100)
        plt.close(fig)
        results["candidates_plot"] = "candidates_ms.png"
