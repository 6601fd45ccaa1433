"""The benchmark report generator on a tiny input (the full run is `make bench`)."""

from service.dev.bench import part_anetac
from service.dev.report import machine, merge, plots, render_report


def test_report_from_tiny_results(tmp_path):
    split = {"lang": "en", "corpus": "CoNLL-2003", "whole": True, "sentences": 3, "words": 30, "precision": 0.5,
             "recall": 0.5, "f1": 0.5, "per_type": {"PER": {"f1": 1.0}}, "words_per_second": 100.0}
    uk = {**split, "lang": "uk", "corpus": "NER-UK"}
    results = {
        "machine": machine(),
        "ner_limit": 10,
        "ner": [
            {
                "backend": "torch",
                "threads": 2,
                "splits": [split, {**uk, "f1": 0.8, "f1_detected": 0.79, "f1_base": 0.7}],
                "seed_words_per_second": 1500.0,
                "peak_rss_mb": 900.0,
            },
            {
                "backend": "onnx-int8",
                "threads": 2,
                "splits": [{**split, "f1": 0.49}, uk],
                "seed_words_per_second": 3000.0,
                "peak_rss_mb": 1200.0,
            },
            {
                "model": "fast",
                "backend": "torch",
                "threads": 2,
                "splits": [{**split, "f1": 0.487}, uk],
                "seed_words_per_second": 4000.0,
                "peak_rss_mb": 700.0,
            },
        ],
        "stages": [{"model": "fast", "backend": "onnx-int8", "words": 805, "repeats": 2,
                    "ms": {"request": 100.0, "encoder": 60.0, "linking": 40.0},
                    "seen_before_ms": {"request": 70.0, "linking": 10.0},
                    "share": {"encoder": 0.6, "linking": 0.4}}],
        "spacy": {"model": "en_core_web_sm", "f1": 0.6, "words_per_second": 9000.0, "peak_rss_mb": 300.0},
        "linking": {
            "results": {
                "project | seed_article.jsonl": {
                    "precision": 1.0,
                    "recall": 0.9,
                    "f1": 0.95,
                    "nil_accuracy": 1.0,
                    "link_accuracy": 1.0,
                }
            }
        },
        "candidates": [
            {
                "names": 10000,
                "import_seconds": 1.0,
                "index_build_seconds": 0.5,
                "ms_per_mention": 0.3,
                "peak_rss_mb": 90.0,
            }
        ],
        "batch": [{"workers": 1, "docs": 10, "docs_per_second": 2.0, "words_per_second": 200.0},
                  {"model": "fast", "workers": 2, "docs": 10, "docs_per_second": 5.0, "words_per_second": 500.0,
                   "steady_words_per_second": 650.0}],
        "spark": {"error": "no java"},
        "http": [
            {
                "run": "load",
                "backend": "torch",
                "requests_per_second": 2.0,
                "p50_ms": 900.0,
                "p99_ms": None,
                "status_codes": {"200": 60},
                "errors": 0,
                "mem_start": {"pss_mb": 1500.0, "rss_mb": 4000.0},
                "mem_end": {"pss_mb": 1600.0, "rss_mb": 4100.0},
            }
        ],
    }
    plots(results, tmp_path)
    report = render_report(results)
    assert (tmp_path / "ner_f1.png").stat().st_size > 1000 and (tmp_path / "candidates_ms.png").exists()
    # F1 of each model and backend, and the fast model's gap to the accurate one in points
    assert "| CoNLL-2003 en | 3 | 0.5000 | 0.4900 | 0.4870 | -1.3 | - |" in report
    # a split a language specialist reads: language given, detected, the model alone
    assert "| NER-UK uk | accurate torch | 0.8000 | 0.7900 | 0.7000 |" in report
    assert "en_core_web_sm" in report and "| project | seed_article.jsonl | 1.0 | 0.9000 |" in report
    assert "| batch, 2 worker(s), fast model | 10 | 5.0 | 500.0 | 650.0 |" in report
    assert "| Spark local[2] | - | no java | - | - |" in report
    assert "| fast, onnx-int8 | 100.0 | 60.0 (60%) | 40.0 (40%) | 70.0 / 10.0 |" in report
    assert ("| load | accurate | torch | - | 2.0 | 900.0 | - | - | - | 60 | 0 | 1,500.0 | 1,600.0 | 4,000.0 | 4,100.0 |"
            in report)
    assert results["machine"]["cores"] >= 1 and "UTC" in results["machine"]["date"]


def test_anetac_part_on_a_tiny_file(tmp_path):
    (tmp_path / "translit").mkdir()
    (tmp_path / "translit" / "anetac.dev.en").write_text("Barandiaran\nKarasin\nTomka\n", encoding="utf-8")
    (tmp_path / "translit" / "anetac.dev.ar").write_text("باراندياران\nكاراسين\nتومكا\n", encoding="utf-8")
    (tmp_path / "translit" / "anetac.train.en").write_text("Barandiaran\nKarsen\nTomic\n", encoding="utf-8")
    (tmp_path / "translit" / "anetac.train.ar").write_text("باراندياران\nكارسن\nتوميتش\n", encoding="utf-8")
    r = part_anetac(str(tmp_path))
    assert r["pairs"] == 3 and r["gazetteer_names"] == 5
    assert r["results"]["project: index + learned transliteration model"]["acc@1"] == 1.0
    assert r["results"]["project without the learned model (index string scores)"]["acc@10"] == 1.0


def test_bench_http_runs_are_recorded_into_the_report(tmp_path):
    import json

    from service.dev.bench_http import record
    mem = {"pss_mb": 900.0, "rss_mb": 1600.0, "peak_rss_mb_largest_process": 850.0}
    old = {"kind": "load", "run": "load 30 s, concurrency 4, 805 words", "words_per_request": 805, "concurrency": 4,
           "backend": "torch", "workers": 1, "requests_per_second": 1.0,
           "p50_ms": 3000.0, "p99_ms": None, "status_codes": {"200": 30}, "errors": 0, "mem_start": mem, "mem_end": mem}
    other = {**old, "backend": "onnx-int8", "requests_per_second": 3.0}
    paragraph = {
        **old,
        "run": "load 30 s, concurrency 4, 80 words",
        "words_per_request": 80,
        "requests_per_second": 9.0,
    }
    (tmp_path / "b.json").write_text(json.dumps({"machine": machine(), "http": [old, other, paragraph]}))
    # a longer run of the same kind replaces the old one; the other backend and size stay
    record([{**old, "run": "load 60 s, concurrency 4, 805 words", "requests_per_second": 1.5}], tmp_path / "b.md")
    kept = json.loads((tmp_path / "b.json").read_text())["http"]
    assert sorted((r["backend"], r["requests_per_second"]) for r in kept) == [
        ("onnx-int8", 3.0), ("torch", 1.5), ("torch", 9.0)]
    row = "| 1.5 | 3,000.0 | - | - | - | 30 | 0 | 900.0 | 900.0 | 1,600.0 | 1,600.0 | 850.0 |"
    assert row in (tmp_path / "b.md").read_text()
    # the overload run shows accepted and refused requests apart
    soak = {**old, "kind": "soak", "run": "overload 600 s at 3x capacity", "requests_per_second": 4.2,
            "p50_ms": 800.0, "p99_ms": 1500.0, "rejected": 5000, "rejected_p99_ms": 12.0,
            "status_codes": {"200": 2500, "503 overloaded": 5000}}
    record([soak], tmp_path / "b.md")
    assert "| 4.2 | 800.0 | 1,500.0 | 5,000 | 12.0 | 7,500 | 0 |" in (tmp_path / "b.md").read_text()


def test_a_run_of_one_model_keeps_the_other_models_runs():
    old = [{"backend": "torch", "f1": 0.9}, {"model": "fast", "backend": "torch", "f1": 0.8}]
    new = [{"model": "fast", "backend": "torch", "f1": 0.85}]
    assert merge(old, new, ("model", "backend")) == [old[0], new[0]]
    # a rerun of the first model keeps its place: the report's first columns stay the default model's
    again = [{"backend": "torch", "f1": 0.91}, {"model": "fast", "backend": "onnx-int8", "f1": 0.7}]
    assert merge(old, again, ("model", "backend")) == [again[0], old[1], again[1]]


def test_wrong_type_counts_a_link_whose_types_both_differ_from_the_gold(tmp_path):
    """A demonym link is a MISC mention of a LOC entity: gold MISC or LOC both agree with it;
    a club linked to its city (gold ORG) does not. A national team that kept the model's ORG
    beside its country's link agrees with gold ORG, but not in the strict count."""
    from types import SimpleNamespace

    from service.dev.devsets import wrong_type_rate
    from service.domain import Document, Entity

    corpus = tmp_path / "val.conllu"
    corpus.write_text("0\tArgentine\tB-LOC\n1\tleague\tO\n\n0\tGerman\tB-MISC\n1\tclubs\tO\n\n"
                      "0\tKarlsruhe\tB-ORG\n1\twon\tO\n\n0\tChile\tB-ORG\n1\tlost\tO\n", encoding="utf-8")
    links = {"Argentine": ("MISC", "Q414"), "German": ("MISC", "Q183"), "Karlsruhe": ("LOC", "gn:2892794"),
             "Chile": ("ORG", "Q298")}

    def link_many(texts):
        docs = []
        for t in texts:
            word = t.split()[0]
            mtype, eid = links[word]
            docs.append(Document(t, "en", [Entity(0, len(word), word, mtype, eid, word, None, None, 0.9)]))
        return docs

    records = {"Q414": "LOC", "Q183": "LOC", "gn:2892794": "LOC", "Q298": "LOC"}
    store = SimpleNamespace(get=lambda i: SimpleNamespace(type=records[i], is_town=False))
    got = wrong_type_rate(SimpleNamespace(link_many=link_many, store=store), corpus)
    assert (got["linked_on_gold_spans"], got["wrong_type"], got["entity_wrong_type"]) == (4, 1, 2)
    assert [x["text"] for x in got["examples"]] == ["Karlsruhe"]
    # a test split's rate keeps the counts and gives no example to write a rule on
    from service.dev.devsets import held_out_rate
    held = held_out_rate(SimpleNamespace(link_many=link_many, store=store), corpus)
    assert (held["linked_on_gold_spans"], held["wrong_type"], held["entity_wrong_type"]) == (4, 1, 2)
    assert "examples" not in held and "town_links" not in held


def test_wrong_type_reads_a_document_as_one_text(tmp_path):
    """With `documents`, each -DOCSTART- document (and the sentences before the first) is one
    text, its sentences on lines of their own; a mention on a later line still meets its gold
    span. A corpus without documents is a text per sentence."""
    import re
    from types import SimpleNamespace

    from service.dev.corpora import read_documents
    from service.dev.devsets import wrong_type_rate
    from service.domain import Document, Entity

    corpus = tmp_path / "val.conllu"
    corpus.write_text("0\tLead\tO\n\n0\t-DOCSTART-\tO\n\n0\tNeil\tB-PER\n1\tJordan\tI-PER\n2\tspoke\tO\n\n"
                      "0\tJordan\tB-PER\n1\tsaid\tO\n\n0\t-DOCSTART-\tO\n\n0\tIn\tO\n1\tJordan\tB-LOC\n",
                      encoding="utf-8")
    assert [[s.tokens for s in d] for d in read_documents(corpus)] == [
        [["Lead"]], [["Neil", "Jordan", "spoke"], ["Jordan", "said"]], [["In", "Jordan"]]]
    seen = []

    def link_many(texts):
        seen.extend(texts)
        return [Document(t, "en", [Entity(m.start(), m.end(), "Jordan", "LOC", "Q810", "Jordan", None, None, 0.9)
                                   for m in re.finditer(r"(?<!Neil )Jordan", t)]) for t in texts]

    store = SimpleNamespace(get=lambda i: SimpleNamespace(type="LOC", is_town=False))
    linker = SimpleNamespace(link_many=link_many, store=store)
    got = wrong_type_rate(linker, corpus, documents=True)
    assert seen == ["Lead", "Neil Jordan spoke\nJordan said", "In Jordan"]
    assert (got["documents"], got["sentences"], got["linked_on_gold_spans"], got["wrong_type"]) == (3, 4, 2, 1)
    seen.clear()
    got = wrong_type_rate(linker, corpus, limit=2, documents=True)
    assert (got["documents"], got["sentences"]) == (2, 3)
    plain = tmp_path / "plain.conllu"
    plain.write_text("0\tIn\tO\n1\tJordan\tB-LOC\n\n0\tJordan\tB-PER\n", encoding="utf-8")
    assert len(list(read_documents(plain))) == 2


def test_every_dev_set_mention_has_its_phenomenon():
    """The report's by-phenomenon and inflection tables read linking_dev.phenomena.jsonl: a dev
    document added without its rows there (ru-20, uk-17, pl-17, de-17 were) drops out of them."""
    import json

    from service.dev.devsets import DEV, PHENOMENA

    tagged = {(r["doc"], r["text"]) for r in map(json.loads, PHENOMENA.read_text(encoding="utf-8").splitlines())}
    mentions = {(d["id"], e["text"]) for d in map(json.loads, DEV.read_text(encoding="utf-8").splitlines())
                for e in d["entities"]}
    assert mentions <= tagged, sorted(mentions - tagged)


def test_own_names_tells_a_name_that_links_another_entity():
    """Each name of a big enough entity goes into its language's sentence; the one that links
    elsewhere is listed, the small entity is skipped."""
    from types import SimpleNamespace

    from service.dev.devsets import own_names
    from service.domain import Document, Entity

    records = {"iso:IT-45": SimpleNamespace(id="iso:IT-45", name="Emilia-Romagna", prior=4e6,
                                            aliases=[("Emilia-Romania", "pl"), ("Emilia", None)]),
               "iso:XX-1": SimpleNamespace(id="iso:XX-1", name="Tiny", prior=10.0, aliases=[])}
    goes_to = {"Emilia-Romagna": "iso:IT-45", "Emilia-Romania": "Q218", "Emilia": None}
    seen = []

    def link_many(texts, langs):
        seen.extend(zip(texts, langs, strict=True))
        docs = []
        for t in texts:
            name = next(n for n in goes_to if n in t.split())
            start = t.index(name)
            docs.append(Document(t, "en", [Entity(start, start + len(name), name, "LOC", goes_to[name], name, None,
                                                  None, 0.9)]))
        return docs

    store = SimpleNamespace(ids_of_kind=lambda kind: list(records), get=records.get)
    got = own_names(SimpleNamespace(link_many=link_many, store=store), "region")
    assert (got["names"], got["itself"], got["another"], got["NIL"]) == (3, 1, 1, 1)
    assert [(x["name"], x["got"]) for x in got["others"]] == [("Emilia-Romania", "Q218")]
    assert ("Rząd Emilia-Romania zapowiedział nowe rozmowy.", "pl") in seen
    assert [x["name"] for x in got["nil"]] == ["Emilia"]
    # a city's own name alone: its GeoNames alternates are hundreds
    seen.clear()
    got = own_names(SimpleNamespace(link_many=link_many, store=store), "city", own_only=True)
    assert (got["names"], got["itself"]) == (1, 1) and [lang for _, lang in seen] == ["en"]


def test_suffix_splits_and_kept_whole_on_a_tiny_corpus(tmp_path):
    from service.dev.splitting import kept_whole, suffix_splits
    corpus = tmp_path / "tr.conllu"
    corpus.write_text("0\tAnkara\tB-LOC\n1\t'dan\tO\n2\tgeldi\tO\n\n0\tİzmir\tB-LOC\n1\t'xyz\tO\n\n", encoding="utf-8")
    got = suffix_splits([corpus])
    assert (got["names"], got["split_as_annotated"], got["missed"]) == (2, 1, [("'xyz", 1)])
    other = tmp_path / "en.conllu"
    other.write_text("0\tO'Brien\tB-PER\n1\tXi'an\tB-LOC\n2\tl'homme\tO\n\n", encoding="utf-8")
    got = kept_whole([other])
    assert (got["words"], got["kept_whole"], got["cut"]) == (3, 2, [("l'homme", 1)])


def test_the_wrong_type_table_pools_a_corpus_s_languages_read_a_sentence_per_text():
    """One row sums WikiNEuRal's languages; a document-per-text split and other corpora stay out."""
    from service.dev.report import _pooled

    def row(file, linked, wrong, documents=None):
        return {"file": f"../data/ner/{file}", "linked_on_gold_spans": linked, "wrong_type": wrong,
                "entity_wrong_type": wrong + 1, "documents": documents}

    rows = [row("wikineural/en/val.conllu", 300, 3), row("wikineural/de/val.conllu", 100, 0),
            row("conll/en/val.conllu", 500, 5), row("conll/en/val.conllu", 2000, 9, documents=216)]
    assert _pooled(rows, "wikineural/", "WikiNEuRal") == [["WikiNEuRal", 400, 3, 0.0075, 5, 0.0125, ""]]
    assert _pooled(rows, "conll/", "CoNLL") == []  # one split read a sentence per text: nothing to pool


def test_the_held_out_table_counts_without_examples():
    """The test splits' rows pool WikiNEuRal too, and no example reaches the report to tune a rule on."""
    from service.dev.report import _held_out_section

    rows = [{"file": f"../data/ner/{f}", "linked_on_gold_spans": n, "wrong_type": w, "rate": round(w / n, 4),
             "entity_wrong_type": w, "entity_rate": round(w / n, 4), "documents": None,
             "examples": [{"text": "Phoenix"}]}
            for f, n, w in (("wikineural/en/test.conllu", 400, 4), ("wikineural/ru/test.conllu", 600, 2),
                            ("conll/en/test.conllu", 500, 5))]
    text = "\n".join(_held_out_section(rows))
    assert "| wikineural/en/test.conllu | 400 | 4 | 0.0100 | 4 | 0.0100 |" in text
    assert "| WikiNEuRal, every language above | 1,000 | 6 | 0.0060 | 6 | 0.0060 |" in text
    assert "Phoenix" not in text
