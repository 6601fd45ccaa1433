"""Command line: `python -m service COMMAND ...` (run with --help for the list)."""
from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from pathlib import Path


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _config(args):
    """The environment's Config, with --db (where the command has it) as the gazetteer."""
    from .config import Config
    cfg = Config.from_env()
    return dataclasses.replace(cfg, gazetteer_db=Path(args.db)) if getattr(args, "db", None) else cfg


def cmd_link(args) -> int:
    from .runtime import build_linker
    from .io import jsonl_documents
    cfg = _config(args)
    linker = build_linker(cfg)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    if args.text is not None:
        doc = linker.link(args.text, args.lang)
        out.write(_dump({"id": None, **doc.to_dict()}) + "\n")
        return 0
    src = open(args.input, "rb") if args.input else sys.stdin.buffer
    failed = 0
    for item in jsonl_documents(src, cfg.max_text_chars):
        if item.error:
            failed += 1
            print(_dump({"line": item.line, "id": item.id, "error": item.error}), file=sys.stderr)
            continue
        doc = linker.link(item.text, item.lang)
        out.write(_dump({"id": item.id, **doc.to_dict(), **item.extra}) + "\n")
        out.flush()
    return 1 if failed else 0


def cmd_gazetteer(args) -> int:
    from .config import Config
    from .gazetteer import CandidateIndex, GazetteerStore
    db = Path(args.db) if args.db else Config.from_env().gazetteer_db
    if args.action == "build":
        from .gazetteer.build import build
        print(_dump(build(db, Path(args.seeds) if args.seeds else Config.from_env().seeds_dir, world=not args.seeds_only)))
        return 0
    if args.action == "import":
        from .gazetteer.importers import run_import
        store = GazetteerStore(db)
        kwargs = {"alternates": Path(args.alternates)} if args.alternates else {}
        report = run_import(store, args.format, Path(args.path), **kwargs)
        print(_dump({**report.to_dict(), "gazetteer": store.stats()}))
        return 0 if not report.bad else 2
    if args.action == "stats":
        print(_dump(GazetteerStore(db, readonly=True).stats()))
        return 0
    index = CandidateIndex(GazetteerStore(db, readonly=True))
    queries = [args.query] if args.query else (line.rstrip("\n") for line in sys.stdin)
    for q in queries:
        hits = index.search(q, args.limit)
        print(_dump({"query": q, "candidates": [
            {"id": index.entities[h.entity].id, "name": index.entities[h.entity].name,
             "type": index.entities[h.entity].type, "score": h.score} for h in hits]}))
    return 0


def cmd_eval_ner(args) -> int:
    from .config import Config
    from .evaluation import evaluate_ner
    from .ner import NerModel
    cfg = Config.from_env()
    ner = NerModel(cfg.model_dir, cfg.torch_threads, cfg.ner_batch_size, args.backend or cfg.ner_backend)
    for path in args.files:
        res = evaluate_ner(ner, Path(path), limit=args.limit, own_split=args.own_split)
        print(_dump(res))
    return 0


def cmd_build_onnx(args) -> int:
    """Build the int8 model ahead of serving (into NER_ONNX_DIR or beside the model)."""
    from .config import Config
    from .ner import NerModel
    cfg = Config.from_env()
    ner = NerModel(cfg.model_dir, cfg.torch_threads, cfg.ner_batch_size, "onnx-int8")
    print(_dump({"model": str(cfg.model_dir), "onnx": str(ner.onnx_path)}))
    return 0


def cmd_calibrate(args) -> int:
    from .evaluation import calibrate_threshold, load_gold
    from .runtime import build_linker
    rows = calibrate_threshold(build_linker(_config(args)), load_gold(Path(args.gold), args.profile))
    for row in rows:
        print(_dump(row))
    best = max(rows, key=lambda r: (r["f1"], r["threshold"]))
    print(_dump({"best_threshold": best["threshold"], "f1": best["f1"]}))
    return 0


def cmd_batch(args) -> int:
    from .batch import run_batch
    cfg = _config(args)
    if not Path(args.input).exists():
        print(f"error: input {args.input} does not exist", file=sys.stderr)
        return 2
    summary = run_batch(cfg, Path(args.input), Path(args.out), workers=args.workers, resume=args.resume)
    print(_dump(summary), file=sys.stderr)
    return 0


def cmd_bench(args) -> int:
    from .bench import main as bench_main
    return bench_main(args)


def cmd_bench_http(args) -> int:
    from .bench_http import main as bench_http_main
    return bench_http_main(args)


def cmd_bench_part(args) -> int:
    from .bench import PARTS
    print(_dump(PARTS[args.name](**json.loads(args.kwargs))))
    return 0


def main(argv=None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    ap = argparse.ArgumentParser(prog="python -m service", description="Multilingual entity linking")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("link", help="link JSONL documents from stdin (or --in) to JSONL on stdout")
    p.add_argument("--in", dest="input"); p.add_argument("--out"); p.add_argument("--text")
    p.add_argument("--lang"); p.add_argument("--db")
    p.set_defaults(func=cmd_link)

    p = sub.add_parser("batch", help="link an archive (JSONL[.gz], CSV, folder/.zip/.tar of .txt) in parallel, resumable")
    p.add_argument("--in", dest="input", required=True); p.add_argument("--out", required=True)
    p.add_argument("--workers", type=int, default=1); p.add_argument("--resume", action="store_true")
    p.add_argument("--db")
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("calibrate", help="sweep the NIL threshold on a gold file (tests/gold/dev.jsonl)")
    p.add_argument("--gold", default="tests/gold/dev.jsonl"); p.add_argument("--db")
    p.add_argument("--profile", choices=["seed", "world"], default="world")
    p.set_defaults(func=cmd_calibrate)

    p = sub.add_parser("gazetteer", help="build, import into, inspect or search a gazetteer")
    gsub = p.add_subparsers(dest="action", required=True)
    g = gsub.add_parser("build", help="build the default gazetteer (seeds + world)")
    g.add_argument("--db"); g.add_argument("--seeds"); g.add_argument("--seeds-only", action="store_true")
    g = gsub.add_parser("import", help="stream a file into the gazetteer")
    g.add_argument("--format", required=True, choices=["jsonl", "csv", "geonames", "wikidata"])
    g.add_argument("path"); g.add_argument("--db"); g.add_argument("--alternates", help="GeoNames alternateNamesV2.txt")
    g = gsub.add_parser("search", help="candidates for a query (or one query per stdin line)")
    g.add_argument("query", nargs="?"); g.add_argument("--db"); g.add_argument("--limit", type=int, default=10)
    g = gsub.add_parser("stats"); g.add_argument("--db")
    p.set_defaults(func=cmd_gazetteer)

    p = sub.add_parser("eval-ner", help="strict span+type micro F1 on CoNLL-style files")
    p.add_argument("files", nargs="+"); p.add_argument("--limit", type=int)
    p.add_argument("--backend", choices=["torch", "onnx-int8"])
    p.add_argument("--own-split", action="store_true",
                   help="split words and sentences as the service does instead of reading the corpus's tokens")
    p.set_defaults(func=cmd_eval_ner)

    p = sub.add_parser("build-onnx", help="build the int8 ONNX model now instead of on first use")
    p.set_defaults(func=cmd_build_onnx)

    p = sub.add_parser("bench", help="quality and speed against baselines -> docs/benchmarks.md")
    p.add_argument("--data", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "data"))
    p.add_argument("--out", default="docs/benchmarks.md")
    p.add_argument("--ner-limit", type=int, default=1000, help="sentences per capped NER test split")
    p.add_argument("--docs", type=int, default=1000, help="generated documents for speed runs")
    p.add_argument("--sections", help="comma-separated subset of: ner,spacy,linking,anetac,pipeline,candidates,batch,spark")
    p.set_defaults(func=cmd_bench)
    p = sub.add_parser("bench-http", help="gunicorn under load: requests/s, p50, p99, RSS (needs hey)")
    p.add_argument("--duration", type=int, default=30); p.add_argument("--concurrency", type=int, default=4)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--soak-seconds", type=int, default=0, help="then hold twice the measured capacity this long")
    p.add_argument("--paragraphs", type=int, default=0,
                   help="send only the seed article's first N paragraphs (0: the whole article)")
    p.add_argument("--record", metavar="REPORT.md", help="add the runs to this benchmark report (and its .json)")
    p.set_defaults(func=cmd_bench_http)
    p = sub.add_parser("bench-part", help=argparse.SUPPRESS)
    p.add_argument("name"); p.add_argument("kwargs")
    p.set_defaults(func=cmd_bench_part)

    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
