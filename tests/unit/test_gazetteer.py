"""Store, importers (jsonl, csv, GeoNames, Wikidata dump) and the candidate index."""
import bz2
import gzip
import json
import subprocess
import sys

import pytest

from service.config import ROOT
from service.gazetteer import CandidateIndex, GazetteerStore
from service.gazetteer.importers import run_import


@pytest.fixture
def store(tmp_path):
    s = GazetteerStore(tmp_path / "g.db")
    yield s
    s.close()


def write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_import_reports_bad_lines_and_is_idempotent(store, tmp_path):
    f = write(
        tmp_path / "e.jsonl",
        [
            json.dumps(
                {
                    "id": "x:1",
                    "name": "Sakhour",
                    "type": "LOC",
                    "aliases": ["Sakhur", {"name": "الصاخور", "lang": "ar"}],
                }
            ),
            "{not json",
            json.dumps({"id": "x:2", "name": "Nobody", "type": "THING"}),
            json.dumps({"id": "x:3", "type": "PER"}),
            json.dumps({"id": "x:4", "name": "Beirut", "type": "LOC", "lat": "north"}),
        ],
    )
    r = run_import(store, "jsonl", f)
    assert r.imported == 1
    assert [(b.line, b.reason.split(":")[0]) for b in r.bad] == [
        (2, "invalid JSON"), (3, "type must be one of PER, ORG, LOC, MISC"), (4, "missing or empty 'name'"),
        (5, "'lat' is not a number")]
    before = store.stats()
    run_import(store, "jsonl", f)
    assert store.stats() == before
    rec = store.get("x:1")
    assert ("الصاخور", "ar") in rec.aliases


def test_second_file_extends_an_entity(store, tmp_path):
    run_import(
        store, "jsonl", write(tmp_path / "a.jsonl", [json.dumps({"id": "x:1", "name": "Aleppo", "type": "LOC"})])
    )
    run_import(store, "csv", write(tmp_path / "b.csv", ["id,name,type,aliases,country", "x:1,Aleppo,LOC,Halab|Alep,SY",
                                                         "x:2,Homs,LOC,,SY"]))
    assert {a for a, _ in store.get("x:1").aliases} == {"Halab", "Alep"}
    assert store.get("x:1").country == "SY"
    assert store.stats()["entities"] == 2


def test_csv_missing_columns(store, tmp_path):
    r = run_import(store, "csv", write(tmp_path / "b.csv", ["id,label", "1,x"]))
    assert r.imported == 0 and "lacks columns" in r.bad[0].reason


def test_geonames_with_alternates_skips_codes(store, tmp_path):
    row = ["170063", "Aleppo", "Aleppo", "ALP,Halab,Алеппо", "36.20124", "37.16117", "P", "PPLA", "SY", "", "09",
           "", "", "", "2098210", "", "390", "Asia/Damascus", "2020-01-01"]
    main = write(
        tmp_path / "cities500.txt",
        ["\t".join(row), "bad\tline", "\t".join(["1", "X", "X", "", "0", "0", "H", "STM"] + [""] * 11)],
    )
    alt = write(tmp_path / "alternateNamesV2.txt", [
        "1\t170063\tar\tحلب\t1\t\t\t\t\t", "2\t170063\tiata\tALP\t\t\t\t\t\t", "3\t170063\tfr\tAlep\t\t\t\t\t\t",
        "4\t170063\tlink\thttps://en.wikipedia.org/wiki/Aleppo\t\t\t\t\t\t", "5\t170063\t\tHLB\t\t\t\t\t\t"])
    r = run_import(store, "geonames", main, alternates=alt)
    assert r.imported == 1 and [b.line for b in r.bad] == [2, 3]
    rec = store.get("gn:170063")
    assert rec.prior == 2098210 and rec.country == "SY"
    assert {a for a, _ in rec.aliases} == {"حلب", "Alep"}


@pytest.mark.parametrize("suffix,opener", [(".json", open), (".json.gz", gzip.open), (".json.bz2", bz2.open)])
def test_wikidata_dump_framing_and_compression(store, tmp_path, suffix, opener):
    ent = {"id": "Q41183", "labels": {"en": {"value": "Aleppo"}, "ar": {"value": "حلب"}},
           "aliases": {"fr": [{"value": "Alep"}]}, "sitelinks": {"enwiki": {}, "frwiki": {}},
           "claims": {"P31": [{"mainsnak": {"datavalue": {"value": {"id": "Q515"}}}}],
                      "P1566": [{"mainsnak": {"datavalue": {"value": "170063"}}}]}}
    person = {"id": "Q1", "labels": {"en": {"value": "Some Person"}},
              "claims": {"P31": [{"mainsnak": {"datavalue": {"value": {"id": "Q5"}}}}]}}
    path = tmp_path / f"dump{suffix}"
    with opener(path, "wt", encoding="utf-8") as fh:
        fh.write("[\n" + json.dumps(ent) + ",\n" + "{broken,\n" + json.dumps(person) + "\n]\n")
    r = run_import(store, "wikidata", path)
    assert r.imported == 2 and [b.line for b in r.bad] == [3]
    rec = store.get("Q41183")
    assert (rec.type, rec.kind, rec.geonames, rec.prior) == ("LOC", "city", 170063, 2.0)
    assert store.get("Q1").type == "PER"


def test_index_finds_variants_across_scripts(seed_db):
    index = CandidateIndex(GazetteerStore(seed_db, readonly=True))
    for query, expected in [("Sakhur", "el:aleppo-sakhour"), ("الصاخور", "el:aleppo-sakhour"),
                            ("Сахур", "el:aleppo-sakhour"), ("Bostan el-Pacha", "el:aleppo-bustan-al-basha"),
                            ("Nur ad-Din al-Zenki", "el:org-nour-al-din-al-zinki"), ("Alepo", "Q41183")]:
        assert index.record(index.search(query)[0].entity).id == expected, query


def test_cli_import_and_search(tmp_path):
    db = tmp_path / "cli.db"
    src = write(tmp_path / "e.jsonl", [json.dumps({"id": "x:1", "name": "Sheikh Maqsoud", "type": "LOC"}), "oops"])

    def run(*a, **kw):
        return subprocess.run([sys.executable, "-m", "service", "gazetteer", *a], cwd=ROOT,
                              capture_output=True, text=True, **kw)

    out = run("import", "--format", "jsonl", str(src), "--db", str(db))
    assert out.returncode == 2, out.stderr
    report = json.loads(out.stdout)
    assert report["imported"] == 1 and report["bad"] == [{"line": 2, "reason": "invalid JSON: Expecting value"}]
    out = run("search", "--db", str(db), "--limit", "1", input="Cheikh Maksoud\nSheikh Maqsud\n")
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert [x["query"] for x in lines] == ["Cheikh Maksoud", "Sheikh Maqsud"]
    assert all(x["candidates"][0]["id"] == "x:1" for x in lines)


def test_world_gazetteer_merges_seed_places_and_skips_codes(world_db):
    store = GazetteerStore(world_db, readonly=True)
    aleppo = store.get("Q41183")
    assert aleppo.geonames == 170063 and aleppo.kind == "city"
    assert store.get("gn:170063") is None  # merged into the curated entity, not duplicated
    assert {"Halab", "Alep", "حلب"} <= {a for a, _ in aleppo.aliases}
    syria = store.get("Q858")
    assert syria.name == "Syria" and "Damascus" not in {a for a, _ in syria.aliases}
    assert {"Syrie", "Сирия"} <= {a for a, _ in syria.aliases}
    kharkiv = [r for r in store.db.execute("SELECT id FROM entities WHERE name IN ('Kharkiv', 'Mosul', 'Lagos')")]
    assert len(kharkiv) >= 3
    codes = store.db.execute("SELECT count(*) FROM names n JOIN entities e ON e.rowid = n.entity "
                             "WHERE e.source = 'geonames' AND n.name GLOB '[A-Z][A-Z][A-Z]'").fetchone()[0]
    assert codes == 0
    stats = store.stats()
    assert stats["entities"] > 30_000 and stats["languages"] >= 20


def test_demonyms_are_found_for_adjectives_only(store, tmp_path):
    """An imported entity's demonyms link adjectives ("Syrian") but never answer a name search,
    and a gazetteer built before the column existed still opens."""
    rec = {"id": "x:sy", "name": "Syria", "type": "LOC", "aliases": ["Syrien"],
           "demonyms": [{"name": "Syrian", "lang": "en"}, {"name": "syrien", "lang": "fr"}]}
    run_import(store, "jsonl", write(tmp_path / "d.jsonl", [json.dumps(rec)]))
    index = CandidateIndex(store)
    assert [index.record(h.entity).id for h in index.demonyms("Syrian")] == ["x:sy"]
    assert [index.record(h.entity).id for h in index.demonyms("syrien")] == ["x:sy"]  # also a name, in German
    assert index.is_demonym("Syrian") and not index.is_demonym("syrian") and not index.is_demonym("Syria")
    assert index.is_demonym("Syrian", "en") and not index.is_demonym("Syrian", "fr")
    assert index.is_demonym("Syrien", "fr")  # the lower-case form, capitalized at a sentence start
    assert not index.is_demonym("Syrien", as_written=True) and index.is_demonym("Syrian", as_written=True)
    assert all(h.how != "demonym" for h in index.search("Syrian", 5)) and not index.exact("Syrian")
    got = store.get("x:sy")
    assert got.aliases == [("Syrien", None)] and ("Syrian", "en") in got.demonyms
    assert store.stats()["names"] == 2


def test_a_gazetteer_without_the_kind_column_still_opens(tmp_path):
    import sqlite3
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE entities (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, name TEXT NOT NULL,
            type TEXT NOT NULL, kind TEXT, qid TEXT, geonames INTEGER, country TEXT, parent TEXT, lat REAL,
            lon REAL, prior REAL, source TEXT);
        CREATE TABLE names (rowid INTEGER PRIMARY KEY, entity INTEGER NOT NULL, name TEXT NOT NULL, lang TEXT,
            script TEXT, key TEXT NOT NULL, latin TEXT NOT NULL, skeletons TEXT NOT NULL, UNIQUE(entity, name));
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
        INSERT INTO entities(id, name, type) VALUES ('x:1', 'Aleppo', 'LOC');
        INSERT INTO names(entity, name, key, latin, skeletons) VALUES (1, 'Aleppo', 'aleppo', 'aleppo', 'LP');
    """)
    con.commit()
    con.close()
    index = CandidateIndex(GazetteerStore(db, readonly=True))
    assert index.record(index.exact("Aleppo")[0].entity).id == "x:1" and not index.is_demonym("Syrian")
    store = GazetteerStore(db)  # writable: the column is added
    store.add_demonyms([("x:1", "Aleppine", "en")])
    assert CandidateIndex(store).is_demonym("Aleppine")


def test_index_files_are_shared_across_processes_and_follow_writes(tmp_path):
    """The index lives on disk beside the store: built by one process (with another hash seed,
    so a salted `hash` would not find its keys), mapped by the next, and rebuilt when the
    store has been written to since."""
    import os
    import subprocess
    import sys

    from service.config import ROOT
    from service.gazetteer import EntityRecord, index_files
    db = tmp_path / "g.db"
    store = GazetteerStore(db)
    store.upsert([EntityRecord(id="t:1", name="Sakhour", type="LOC", aliases=[("الصاخور", "ar")])])
    store.close()
    code = ("import sys; from service.gazetteer import CandidateIndex, GazetteerStore; "
            "CandidateIndex(GazetteerStore(sys.argv[1], readonly=True))")
    subprocess.run([sys.executable, "-c", code, str(db)], check=True, cwd=ROOT,
                   env={**os.environ, "PYTHONHASHSEED": "12345"})
    folder = index_files.folder_for(GazetteerStore(db, readonly=True))
    built = (folder / "meta.json").stat().st_mtime_ns
    index = CandidateIndex(GazetteerStore(db, readonly=True))
    assert (folder / "meta.json").stat().st_mtime_ns == built  # opened, not rebuilt
    assert index.record(index.search("Sakhur")[0].entity).id == "t:1"
    assert index.record(index.search("الصاخور")[0].entity).id == "t:1"
    writer = GazetteerStore(db)
    writer.upsert([EntityRecord(id="t:2", name="Masaken Hanano", type="LOC")])
    index = CandidateIndex(GazetteerStore(db, readonly=True))
    assert index.record(index.search("Masakin Hananu")[0].entity).id == "t:2"
    assert len(index) == 2


def test_live_edits_are_overlaid_until_the_next_build(tmp_path):
    """put/remove reach an open index at its next refresh, without rebuilding its files;
    a hit found before a refresh still names its entity after it."""
    from service.gazetteer import EntityRecord, index_files
    db = tmp_path / "g.db"
    writer = GazetteerStore(db, wal=False)
    writer.upsert([EntityRecord(id="t:1", name="Sakhour", type="LOC"),
                   EntityRecord(id="t:2", name="Hanano", type="LOC", aliases=[("Masaken Hanano", None)])])
    index = CandidateIndex(GazetteerStore(db, readonly=True))
    built = index.meta["version"]
    v0 = index.version
    assert index.meta["stats"] == GazetteerStore(db, readonly=True).stats()  # start-up reads them, not SQLite
    # searched (and cached) before the edits: a cached answer must not outlive them
    assert [index.record(h.entity).id for h in index.search("Sakhour")] == ["t:1"]
    assert index.search("Wisam Zarka") == []

    assert not writer.put(EntityRecord(id="t:3", name="Wissam Zarqa", type="PER", aliases=[("وسام زرقا", "ar")]))
    assert writer.put(EntityRecord(id="t:2", name="Hanano", type="LOC", aliases=[("Hananu", None)]))
    assert writer.remove("t:1") and not writer.remove("t:1")
    index.refresh(force=True)
    assert index.meta["version"] == built and index.version != v0  # overlaid, not rebuilt
    hit = index.search("Wisam Zarka")[0]
    assert index.record(hit.entity).id == "t:3"
    assert index.record(index.search("وسام زرقا")[0].entity).id == "t:3"
    assert index.record(index.exact("Hananu")[0].entity).id == "t:2"
    assert index.exact("Masaken Hanano") == []  # the put replaced the names
    assert [index.record(h.entity).id for h in index.search("Sakhour")] == []
    assert len(index) == 2

    writer.put(EntityRecord(id="t:3", name="Wissam Zarqa", type="PER", description="edited"))
    index.refresh(force=True)
    assert index.record(hit.entity).description == "edited"
    # a new index over the same store (another worker) sees the same, from the same files
    other = CandidateIndex(GazetteerStore(db, readonly=True))
    assert other.meta["version"] == built and other.version == index.version
    assert other.record(other.search("Wissam Zarqa")[0].entity).id == "t:3"
    # a bulk import bumps the version: the next open (or a running index's refresh) maps rebuilt files
    writer.upsert([EntityRecord(id="t:4", name="Aleppo", type="LOC")])
    index_files.ensure(GazetteerStore(db, readonly=True))
    index.refresh(force=True)
    assert index.meta["version"] != built and index.overlay.seq == index.meta["changes_seq"]
    assert {index.record(h.entity).id for h in index.search("Wissam Zarqa")} == {"t:3"}
    assert index.record(index.search("Aleppo")[0].entity).id == "t:4"


def test_curated_names_are_listed_as_written_and_follow_live_edits(tmp_path):
    """The names the linker looks for in untagged text: a curated organization's or person's
    (the seeds, a user's lists), as written; not a place's, nor a bulk source's (GeoNames, the
    name-suggestion index: a brand is a word as often), nor a demonym."""
    from service.gazetteer import EntityRecord
    db = tmp_path / "g.db"
    writer = GazetteerStore(db, wal=False)
    writer.upsert([EntityRecord(id="t:1", name="Hezbollah", type="ORG", aliases=[("Хезболла", "ru")]),
                   EntityRecord(id="t:2", name="Shell", type="ORG", source="name-suggestion-index"),
                   EntityRecord(id="t:3", name="Aleppo", type="LOC", demonyms=[("Aleppine", "en")]),
                   EntityRecord(id="t:4", name="Bashar al-Assad", type="PER", source="wikidata")])
    index = CandidateIndex(GazetteerStore(db, readonly=True))
    assert set(index.curated_surfaces) == {"Hezbollah", "Хезболла", "Bashar al-Assad"}
    assert index.is_curated_name("Хезболла") and not index.is_curated_name("хезболла")
    assert index.is_curated_name("Хезболла", "ru") and not index.is_curated_name("Хезболла", "uk")
    assert index.is_curated_name("Hezbollah", "pl")  # a name without a language is every language's
    assert index.may_be_curated("Хезболлы") and not index.may_be_curated("Shell")
    writer.put(EntityRecord(id="t:5", name="Hay'at Tahrir al-Sham", type="ORG"))
    writer.remove("t:1")
    index.refresh(force=True)
    assert index.is_curated_name("Hay'at Tahrir al-Sham") and index.may_be_curated("Hay'at")
    # a removed entity's names stay in the mapped list until the next build; its lookups are gone
    assert index.exact("Hezbollah") == []


def test_countrynames_demonyms_are_no_names():
    """countrynames lists "Costa Rican", "New Zealander" and "Turkish Cypriot" among the
    countries' forms: they linked "Costa Rican authorities" to Costa Rica as a place."""
    from service.gazetteer.build import demonym_variant
    names = ["costa rica", "new zealand", "cyprus", "turkey", "central african republic", "united kingdom"]
    assert demonym_variant("costa rican", ["costa rica"], names) is True
    assert demonym_variant("new zealander", ["new zealand"], names) is True
    assert demonym_variant("turkish cypriot", ["turkey", "republic of turkey"], names) is False
    assert demonym_variant("central african", ["central african republic"], names) is False
    # names stay, a form of one word is left as it was, and so is a prefix before "of"
    assert demonym_variant("republic of costa rica", ["costa rica"], names) is None
    assert demonym_variant("cypriot", ["cyprus"], names) is None
    assert demonym_variant("united kingdom", ["united kingdom of great britain and northern ireland"], names) is None
    assert demonym_variant("nova zelandija", ["new zealand", "nova zelandia"], names) is None
    # a bare "-n" follows a vowel only, and another country's demonym must follow one adjective
    assert demonym_variant("an spainn", ["spain"], names + ["spain"]) is None
    assert demonym_variant("oceanul britanic indian", ["british indian ocean territory"], names + ["india"]) is None


def test_countrynames_variants_that_name_a_subdivision_are_not_kept():
    from service.gazetteer.build import names_subdivision
    own = {"ukraine", "ukraina", "ukrainian"}
    subs = {"donetska oblast"}
    assert names_subdivision("Donetsk Oblast", own, subs, {"donetska", "oblast"})
    assert names_subdivision("Донецька область", own, subs, {"donetska", "oblast"})
    assert not names_subdivision("Ukrainian State", own, subs, {"donetska", "oblast"})
    mexico = {"mexico", "united", "mexican", "states"}
    assert names_subdivision("State of Mexico", mexico, {"mexico"}, {"mexico"})
    assert not names_subdivision("United Mexican States", mexico, {"mexico"}, {"mexico"})
    russia = {"russia", "russian", "federation"}
    assert names_subdivision("Chechen Republic", russia, set(), {"chechnya", "chechenskaya", "respublika"})
    assert not names_subdivision("Russian Republic", russia, set(), {"chechnya", "chechenskaya", "respublika"})
    assert not names_subdivision("State of Kuwait", {"kuwait"}, set(), {"ahmadi"})
    assert not names_subdivision("Guinée Conakry", {"guinee", "guinea"}, {"conakry"}, {"conakry"})
