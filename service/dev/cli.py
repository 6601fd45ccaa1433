"""Development commands: `python -m service.dev bench | bench-http | eval-ner | eval-linking | calibrate |
translit-train | nsi-extract | cldr-regions | cldr-countries`."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ..cli import config_for
from ..config import NER_BACKENDS, ROOT, Config
from ..documents import dumps
from ..errors import ServiceError


def cmd_cldr_regions(args) -> int:
    from .cldr_regions import extract, write
    rows = extract(Path(args.package))
    write(rows, Path(args.out))
    print(dumps({"names": len(rows), "regions": len({r[0] for r in rows}), "out": args.out}))
    return 0


def cmd_cldr_countries(args) -> int:
    from .cldr_regions import extract_variants, write
    rows = extract_variants(Path(args.package))
    write(rows, Path(args.out))
    print(dumps({"names": len(rows), "countries": len({r[0] for r in rows}), "out": args.out}))
    return 0


def cmd_nsi_extract(args) -> int:
    from .nsi import extract, write
    records = extract(Path(args.package))
    write(records, Path(args.out))
    print(dumps({"organizations": len(records), "names": sum(1 + len(r["aliases"]) for r in records),
                 "out": args.out}))
    return 0


def cmd_eval_ner(args) -> int:
    from ..runtime import build_ner
    from .evaluation import evaluate_ner
    ner = build_ner(Config.from_env(), backend=args.backend)
    for path in args.files:
        print(dumps(evaluate_ner(ner, Path(path), limit=args.limit, own_split=args.own_split, lang=args.lang)))
    return 0


def cmd_calibrate(args) -> int:
    from ..runtime import build_linker
    from .evaluation import calibrate_threshold, load_gold
    cfg = config_for(args)
    linker = build_linker(cfg)
    if args.fit:
        from . import devsets
        examples = devsets.calibration_examples(linker, "tune")
        calibration = devsets.fit_calibration(examples)
        calibration.save(cfg.linker_calibration)
        print(dumps({"saved": str(cfg.linker_calibration), "weights": calibration.weights,
                     "fitted_on": calibration.fitted_on}))
        linker.calibration = calibration
    rows = calibrate_threshold(linker, load_gold(Path(args.gold), args.profile))
    for row in rows:
        print(dumps(row))
    best = max(rows, key=lambda r: (r["f1"], r["threshold"]))
    print(dumps({"best_threshold": best["threshold"], "f1": best["f1"]}))
    return 0


def cmd_eval_linking(args) -> int:
    """The dev set, the trap list and (with --data) the wrong-type and link-vs-NER checks
    on validation splits (with --held-out, the test splits' wrong-type rates too); one JSON
    line each, then a summary line."""
    from ..runtime import build_linker
    from . import devsets
    cfg = config_for(args)
    linker = build_linker(cfg)
    split = None if args.split == "all" else args.split
    dev = devsets.evaluate_dev(linker, split)
    records = dev.pop("scored_links")
    traps = devsets.evaluate_traps(linker, split)
    print(dumps({"dev": dev}))
    print(dumps({"traps": traps}))
    summary = {"split": args.split, "dev_accuracy": dev["accuracy"], "dev_wrong_links": dev["wrong_links"],
               "dev_missed": dev["missed"], "traps_linked": traps["linked"], "traps_rate": traps["rate"],
               "reliability": devsets.reliability(records)}
    if args.data:
        data = Path(args.data) / "ner"
        for rel in args.corpora.split(","):
            path = data / rel
            wt = devsets.wrong_type_rate(linker, path, args.limit)
            print(dumps({"wrong_type": wt}))
            summary.setdefault("wrong_type_rate", {})[rel] = wt["rate"]
            summary.setdefault("wrong_type_strict_rate", {})[rel] = wt["entity_rate"]
        for rel in filter(None, args.document_corpora.split(",")):
            wt = devsets.wrong_type_rate(linker, data / rel, documents=True)
            print(dumps({"wrong_type": wt}))
            summary.setdefault("wrong_type_rate_documents", {})[rel] = wt["rate"]
        for rel in devsets.WRONG_TYPE_HELD_OUT if args.held_out else ():
            wt = devsets.held_out_rate(linker, data / rel, args.limit)
            print(dumps({"wrong_type_held_out": wt}))
            summary.setdefault("wrong_type_rate_held_out", {})[rel] = wt["rate"]
        lv = devsets.link_vs_ner(linker, data / "conll/en/val.conllu", args.limit)
        print(dumps({"link_vs_ner": lv}))
        summary["conll_en_valid"] = {"ner_f1": lv["ner"]["f1"], "link_f1": lv["link"]["f1"], "gap": lv["f1_gap"]}
    print(dumps({"summary": summary}))
    return 0


def cmd_eval_splitting(args) -> int:
    """Turkish names before an apostrophe split where the corpora split them, and the other
    corpora's words with an apostrophe inside that the splitter cuts; one JSON line each."""
    from . import splitting
    data = Path(args.data) / "ner"
    print(dumps({"turkish_suffixes": splitting.suffix_splits(
        [data / f"{c}/tr/{args.split}.conllu" for c in ("tur2003news", "turkish-wikiner")])}))
    others = [data / f"wikineural/{lang}/val.conllu" for lang in ("en", "fr", "it", "es", "pt", "de", "nl", "pl", "ru")]
    others += [data / "conll/en/train.conllu", data / "anercorp/train.txt", data / "ner-uk/uk/train.conllu"]
    print(dumps({"other_languages": splitting.kept_whole(others)}))
    return 0


def cmd_translit_train(args) -> int:
    import time

    from .translit_train import save, train, training_pairs
    t0 = time.time()
    pairs = training_pairs(Path(args.data))
    vocab, table = train(pairs, iterations=args.iterations)
    save(Path(args.out), vocab, table, {"pairs": len(pairs), "iterations": args.iterations,
                                        "source": "ANETAC train, less the benchmark's distractor names"})
    print(f"translit: wrote {args.out} in {time.time() - t0:.0f} s", file=sys.stderr)
    return 0


def cmd_bench(args) -> int:
    from .bench import main as bench_main
    return bench_main(args)


def cmd_bench_http(args) -> int:
    from .bench_http import main as bench_http_main
    return bench_http_main(args)


def parser() -> argparse.ArgumentParser:
    from . import devsets
    ap = argparse.ArgumentParser(prog="python -m service.dev", description="Benchmarks and evaluation")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("bench", help="quality and speed against baselines -> docs/benchmarks.md")
    p.add_argument(
        "--data", default=str(ROOT.parent / "shared" / "data"), help="the shared corpora (default ../shared/data)"
    )
    p.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"),
                   help="the report to write (and its .json beside it)")
    p.add_argument("--ner-limit", type=int, default=1000, help="sentences per capped NER test split")
    p.add_argument("--docs", type=int, default=1000, help="generated documents for speed runs")
    p.add_argument("--kb-items", type=int, default=2_000_000,
                   help="items in the generated Wikidata dump of the kb section (default 2,000,000)")
    p.add_argument(
        "--sections",
        help="comma-separated subset of: ner,spacy,linking,devsets,anetac,pipeline,stages,startup,candidates,kb,nil,"
             "batch,spark"
    )
    p.add_argument("--models", help="NER_MODEL names the ner, batch and stages sections run (default: every "
                   "shipped model); the others' earlier runs stay in the report")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("bench-http", help="gunicorn under load: requests/s, p50, p99, RSS (needs hey)")
    p.add_argument("--duration", type=int, default=30, help="seconds of load (default 30)")
    p.add_argument("--concurrency", type=int, default=4, help="concurrent clients (default 4)")
    p.add_argument("--workers", type=int, default=1, help="gunicorn workers (default 1)")
    p.add_argument("--soak-seconds", type=int, default=0,
                   help="then offer --soak-factor times the measured capacity this long (open loop)")
    p.add_argument("--soak-factor", type=float, default=3.0, help="overload factor of the soak (default 3)")
    p.add_argument("--paragraphs", type=int, default=0,
                   help="send only the seed article's first N paragraphs (0: the whole article)")
    p.add_argument("--record", metavar="REPORT.md", help="add the runs to this benchmark report (and its .json)")
    p.set_defaults(func=cmd_bench_http)

    p = sub.add_parser("eval-ner", help="strict span+type micro F1 on CoNLL-style files")
    p.add_argument("files", nargs="+", help="CoNLL-style files (token and tag columns)")
    p.add_argument("--limit", type=int, help="read only the first N sentences of each file")
    p.add_argument("--backend", choices=NER_BACKENDS, help="NER backend (default: NER_BACKEND)")
    p.add_argument("--own-split", action="store_true",
                   help="split words and sentences as the service does instead of reading the corpus's tokens")
    p.add_argument("--lang", help="the sentences' language, which picks a language specialist (models/ner-uk); "
                                  "'detect': each sentence's detected language, as the service does without one")
    p.set_defaults(func=cmd_eval_ner)

    p = sub.add_parser("eval-linking", help="the linking dev set (tune/report), the NIL trap list, wrong-type rates")
    p.add_argument("--split", choices=["tune", "report", "all"], default="tune",
                   help="which half of the dev set and trap list (tune while changing the linker; report to report)")
    p.add_argument("--db", help="gazetteer SQLite file (default: GAZETTEER_DB)")
    p.add_argument("--data", help="the shared corpora: also measure wrong-type links and link vs NER F1 "
                   "on validation splits")
    p.add_argument("--corpora", default=",".join(devsets.WRONG_TYPE_SENTENCES),
                   help="validation splits for the wrong-type rate (under DATA/ner)")
    p.add_argument("--limit", type=int, default=2000, help="sentences per validation split")
    p.add_argument("--document-corpora", default=",".join(devsets.WRONG_TYPE_DOCUMENTS),
                   help="validation splits read whole for the wrong-type rate, a document per text as the "
                        "service gets an article ('' for none)")
    p.add_argument("--held-out", action="store_true",
                   help="also the test splits' wrong-type rates (devsets.WRONG_TYPE_HELD_OUT, --limit sentences "
                        "each), counts only: their examples are not printed, so no rule is written on them")
    p.set_defaults(func=cmd_eval_linking)

    p = sub.add_parser("eval-splitting", help="Turkish suffixes after an apostrophe split as the corpora do")
    p.add_argument("--data", default=str(ROOT.parent / "shared" / "data"), help="the shared corpora")
    p.add_argument("--split", choices=["train", "val", "test"], default="val", help="the Turkish corpora's split")
    p.set_defaults(func=cmd_eval_splitting)

    p = sub.add_parser("calibrate", help="sweep the NIL threshold on a gold file (tests/gold/dev.jsonl)")
    p.add_argument("--gold", default=str(ROOT / "tests" / "gold" / "dev.jsonl"),
                   help="gold linking file (default tests/gold/dev.jsonl)")
    p.add_argument("--db", help="gazetteer SQLite file (default: GAZETTEER_DB)")
    p.add_argument("--profile", choices=["seed", "world"], default="world", help="which gold IDs apply")
    p.add_argument("--fit", action="store_true",
                   help="first fit the link probability on the tune half of the dev set and trap list "
                   "(writes LINKER_CALIBRATION)")
    p.set_defaults(func=cmd_calibrate)

    p = sub.add_parser("translit-train", help="train the Arabic/Latin transliteration model (models/translit)")
    p.add_argument("--data", default=str(ROOT.parent / "shared" / "data"), help="folder holding translit/anetac.*")
    p.add_argument("--out", default=str(ROOT / "models" / "translit"), help="model folder to write")
    p.add_argument("--iterations", type=int, default=12, help="EM passes (default 12)")
    p.set_defaults(func=cmd_translit_train)

    p = sub.add_parser("nsi-extract", help="organizations from the name-suggestion-index npm package "
                       "-> seeds/nsi/organizations.jsonl")
    p.add_argument("--package", required=True,
                   help="the unpacked package (npm pack name-suggestion-index@8.0.20260918; tar xzf)")
    p.add_argument("--out", default=str(ROOT / "seeds" / "nsi" / "organizations.jsonl"), help="JSONL to write")
    p.set_defaults(func=cmd_nsi_extract)
    p = sub.add_parser("cldr-regions", help="first-level subdivision names from CLDR -> seeds/region_names.tsv")
    p.add_argument("--package", required=True,
                   help="the unpacked package (npm pack cldr-subdivisions-full@48.2.0; tar xzf)")
    p.add_argument("--out", default=str(ROOT / "seeds" / "region_names.tsv"), help="TSV to write")
    p.set_defaults(func=cmd_cldr_regions)
    p = sub.add_parser("cldr-countries", help="countries' other names from CLDR -> seeds/country_variants.tsv")
    p.add_argument("--package", required=True,
                   help="the unpacked package (npm pack cldr-localenames-full@48.2.0; tar xzf)")
    p.add_argument("--out", default=str(ROOT / "seeds" / "country_variants.tsv"), help="TSV to write")
    p.set_defaults(func=cmd_cldr_countries)
    return ap


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    try:
        return args.func(args)
    except ServiceError as e:
        print(f"error: {e.message}", file=sys.stderr)
        return 2
