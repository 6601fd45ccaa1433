"""The runtime command line: `python -m service COMMAND` (or the `entity-linking` console
command). Link text or JSONL streams, run a batch over an archive, manage gazetteers,
build the int8 model. Development commands (benchmarks, evaluation) live in
`python -m service.dev`. A typed ServiceError ends a command with its message and exit 2.
"""
from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
from pathlib import Path

from .config import Config
from .documents import dumps
from .domain import TYPES
from .errors import InvalidInput, ServiceError


def config_for(args) -> Config:
    """The environment's Config, with --db (where the command has it) as the gazetteer."""
    cfg = Config.from_env()
    return dataclasses.replace(cfg, gazetteer_db=Path(args.db)) if getattr(args, "db", None) else cfg


def cmd_link(args) -> int:
    from .documents import jsonl_documents
    from .runtime import build_linker
    cfg = config_for(args)
    linker = build_linker(cfg)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    if args.text is not None:
        doc = linker.link(args.text, args.lang)
        out.write(dumps({"id": None, **doc.to_dict()}) + "\n")
        return 0
    src = open(args.input, "rb") if args.input else sys.stdin.buffer
    failed = 0
    for item in jsonl_documents(src, cfg.max_text_chars):
        if item.error:
            failed += 1
            print(dumps({"line": item.line, "id": item.id, "error": item.error.message}), file=sys.stderr)
            continue
        doc = linker.link(item.text, item.lang)
        out.write(dumps({"id": item.id, **doc.to_dict(), **item.extra}) + "\n")
        out.flush()
    return 1 if failed else 0


def _csv_list(value):
    return [x.strip() for x in value.split(",") if x.strip()] if value else None


def cmd_gazetteer(args) -> int:
    from .gazetteer import CandidateIndex, EntityRecord, GazetteerStore
    cfg = config_for(args)
    db = cfg.gazetteer_db
    if args.action == "build":
        from .gazetteer.build import build
        seeds = Path(args.seeds) if args.seeds else cfg.seeds_dir
        print(dumps(build(db, seeds, world=not args.seeds_only, min_population=cfg.world_city_min_population)))
        return 0
    if args.action == "import":
        from .gazetteer.importers import run_import
        store = GazetteerStore(db)
        kwargs = {"alternates": Path(args.alternates)} if args.alternates else {}
        if args.format == "wikidata":
            types = _csv_list(args.types)
            if types and set(types) - set(TYPES):
                raise InvalidInput(f"--types takes {', '.join(TYPES)}; got {args.types}")
            kwargs = {"min_sitelinks": args.min_sitelinks, "types": types, "languages": _csv_list(args.languages),
                      "resolve_classes": args.resolve_classes, "workers": args.workers, "progress": True,
                      "class_map": Path(args.class_map) if args.class_map else None}
        report = run_import(store, args.format, Path(args.path), **kwargs)
        from .gazetteer import index_files
        index_files.ensure(store)  # every process that opens the gazetteer now maps the new names
        print(dumps({**report.to_dict(), "gazetteer": store.stats()}))
        return 0 if not report.bad else 2
    if args.action == "add":
        from .gazetteer.importers import read_jsonl
        store, bad = GazetteerStore(db, wal=False), 0
        for n, item in read_jsonl(Path(args.path)):
            if isinstance(item, EntityRecord):
                print(dumps({"line": n, "id": item.id, "created": not store.put(item)}))
            else:
                bad += 1
                print(dumps({"line": n, "error": item.reason}), file=sys.stderr)
        return 2 if bad else 0
    if args.action == "remove":
        store = GazetteerStore(db, wal=False)
        missing = [i for i in args.ids if not store.remove(i)]
        for i in missing:
            print(dumps({"id": i, "error": "no such entity"}), file=sys.stderr)
        return 2 if missing else 0
    if args.action == "stats":
        print(dumps(GazetteerStore(db, readonly=True).stats()))
        return 0
    from .text.translit import load_model
    index = CandidateIndex(GazetteerStore(db, readonly=True), load_model(str(cfg.translit_model_dir)))
    queries = [args.query] if args.query else (line.rstrip("\n") for line in sys.stdin)
    for q in queries:
        hits = [(h, index.record(h.entity)) for h in index.search(q, args.limit)]
        print(dumps({"query": q, "candidates": [
            {"id": e.id, "name": e.name, "type": e.type, "score": h.score} for h, e in hits]}))
    return 0


def cmd_batch(args) -> int:
    from .batch import run_batch
    cfg = config_for(args)
    if not Path(args.input).exists():
        print(f"error: input {args.input} does not exist", file=sys.stderr)
        return 2
    summary = run_batch(cfg, Path(args.input), Path(args.out), workers=args.workers, resume=args.resume)
    print(dumps(summary), file=sys.stderr)
    return 0


def cmd_build_onnx(args) -> int:
    """Build the int8 model and its language specialists' ahead of serving (into NER_ONNX_DIR
    or beside each model)."""
    from .runtime import build_ner
    cfg = Config.from_env()
    ner = build_ner(cfg, backend="onnx-int8")
    specialists = {lang: str(m.onnx_path) for lang, m in getattr(ner, "specialists", {}).items()}
    print(dumps({"model": str(cfg.model_dir), "onnx": str(ner.onnx_path), "specialists": specialists}))
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m service", description="Multilingual entity linking")
    sub = ap.add_subparsers(dest="command", required=True)
    db_help = "gazetteer SQLite file (default: GAZETTEER_DB)"

    p = sub.add_parser("link", help="link JSONL documents from stdin (or --in) to JSONL on stdout")
    p.add_argument(
        "--in", dest="input", metavar="FILE", help='JSONL input, one {"id","text","lang"?} a line (default: stdin)'
    )
    p.add_argument("--out", metavar="FILE", help="JSONL output (default: stdout)")
    p.add_argument("--text", help="link this one text instead of a JSONL stream")
    p.add_argument("--lang", help="ISO 639 code of --text (detected when absent)")
    p.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_link)

    p = sub.add_parser(
        "batch", help="link an archive (JSONL[.gz], CSV, folder/.zip/.tar of .txt) in parallel, resumable"
    )
    p.add_argument("--in", dest="input", required=True, metavar="PATH", help="the archive or folder to link")
    p.add_argument("--out", required=True, metavar="FILE", help="JSONL output; failures go to OUT.errors.jsonl")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--resume", action="store_true", help="go on from the last checkpoint of an interrupted run")
    p.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("gazetteer", help="build, import into, inspect or search a gazetteer")
    gsub = p.add_subparsers(dest="action", required=True)
    g = gsub.add_parser("build", help="build the default gazetteer (seeds + world)")
    g.add_argument("--db", help=db_help)
    g.add_argument("--seeds", metavar="DIR", help="folder of seed .jsonl files (default: SEEDS_DIR)")
    g.add_argument("--seeds-only", action="store_true", help="leave out the world countries and cities")
    g = gsub.add_parser("import", help="stream a file into the gazetteer")
    g.add_argument(
        "--format", required=True, choices=["jsonl", "csv", "geonames", "wikidata", "paranames", "nil-review"],
        help="the file's format (nil-review: a batch run's OUT.nil.jsonl with an id and a name on the lines to add)"
    )
    g.add_argument("path", help="the file to import (.gz/.bz2 read as they are)")
    g.add_argument("--db", help=db_help)
    g.add_argument("--alternates", metavar="FILE", help="GeoNames alternateNamesV2.txt (with --format geonames)")
    w = g.add_argument_group("Wikidata dump (--format wikidata)")
    w.add_argument("--min-sitelinks", type=int, default=0, help="keep items with at least N sitelinks (default 0)")
    w.add_argument("--types", help="keep only these types, comma-separated (PER,ORG,LOC,MISC)")
    w.add_argument("--languages", help="keep labels and aliases in these languages only, comma-separated (en,ar,ru)")
    w.add_argument("--class-map", metavar="TSV", help="P31 class -> type table (default seeds/wikidata_classes.tsv)")
    w.add_argument("--resolve-classes", action="store_true",
                   help="first read the dump's P279 edges, so unlisted classes take their parent's type")
    w.add_argument("--workers", type=int, default=1, help="parsing processes (default 1)")
    g = gsub.add_parser("search", help="candidates for a query (or one query per stdin line)")
    g.add_argument("query", nargs="?", help="a name in any spelling or script (default: one per stdin line)")
    g.add_argument("--db", help=db_help)
    g.add_argument("--limit", type=int, default=10, help="candidates per query (default 10)")
    g = gsub.add_parser("add", help="live edit: add or replace entities (JSONL records); a running "
                        "service links with them within seconds")
    g.add_argument("path", help="a JSONL file of entity records (the import format)")
    g.add_argument("--db", help=db_help)
    g = gsub.add_parser("remove", help="live edit: remove entities by id")
    g.add_argument("ids", nargs="+", help="entity ids")
    g.add_argument("--db", help=db_help)
    g = gsub.add_parser("stats", help="entity, name and language counts")
    g.add_argument("--db", help=db_help)
    p.set_defaults(func=cmd_gazetteer)

    p = sub.add_parser("build-onnx", help="build the int8 ONNX model now instead of on first use")
    p.set_defaults(func=cmd_build_onnx)
    return ap


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    try:
        logging.basicConfig(level=Config.from_env().log_level.upper(), stream=sys.stderr,
                            format="%(asctime)s %(levelname)s %(message)s")
        return args.func(args)
    except ServiceError as e:
        print(f"error: {e.message}", file=sys.stderr)
        return 2
