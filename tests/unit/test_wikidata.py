"""The Wikidata dump importer on a fixture in the dump's framing (tests/fixtures/wikidata-dump.json)."""
from __future__ import annotations

import gzip
import shutil
import subprocess
import sys

import pytest

from service.config import ROOT
from service.gazetteer import CandidateIndex, EntityRecord, GazetteerStore
from service.gazetteer.importers import run_import

DUMP = ROOT / "tests" / "fixtures" / "wikidata-dump.json"


@pytest.fixture()
def store(tmp_path):
    s = GazetteerStore(tmp_path / "g.db")
    # a GeoNames place the dump's village (P1566 9990001) must merge into
    s.upsert([EntityRecord(id="gn:9990001", name="Tall Qarqur", type="LOC", kind="village", geonames=9990001,
                           country="SY", prior=350.0, source="geonames")])
    return s


def test_every_field_and_the_geonames_merge(store):
    r = run_import(store, "wikidata", DUMP)
    assert [b.line for b in r.bad] == [6]  # the broken line, by number; the rest imported
    person = store.get("Q900000001")
    assert (person.type, person.kind, person.qid, person.country, person.prior) == ("PER", "human", "Q900000001",
                                                                                     "SY", 12.0)
    assert person.description == "synthetic test person"
    assert {"وسام قرقاش", "Виссам Каркаш", "W. Qarqash", "Wisam Karkash", "Wissam Karkasch"} <= {
        a for a, _ in person.aliases}
    # one place, both IDs: the GeoNames entity keeps its id and name and gains the QID and names
    assert store.get("Q900000003") is None
    village = store.get("gn:9990001")
    assert (village.qid, village.name, village.parent, village.description) == (
        "Q900000003", "Tall Qarqur", "Q900000004", "synthetic village")
    assert {"Tel Qarqur", "تل قرقور", "Tell Karkour"} <= {a for a, _ in village.aliases}
    # a deprecated P31 is ignored; Wikimedia pages and properties are not entities
    assert store.get("Q900000004").type == "LOC"
    assert store.get("Q900000005") is None and store.get("P900001") is None
    # without the P279 pass an unlisted class imports as MISC
    assert store.get("Q900000002").type == "MISC"


def test_filters_and_class_resolution(store):
    r = run_import(store, "wikidata", DUMP, min_sitelinks=2, types=["PER", "ORG"], languages=["en", "ar"],
                   resolve_classes=True)
    assert r.imported == 2
    council = store.get("Q900000002")  # its class -> synthetic parent -> Q327333 government agency
    assert (council.type, council.kind) == ("ORG", "government agency")
    person = store.get("Q900000001")
    assert {a for a, _ in person.aliases} == {"وسام قرقاش", "W. Qarqash", "Wisam Karkash"}
    assert store.get("Q900000004") is None  # LOC, and no sitelinks


def test_workers_and_compression_give_the_same_gazetteer(tmp_path, store):
    gz = tmp_path / "dump.json.gz"
    with open(DUMP, "rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    other = GazetteerStore(tmp_path / "other.db")
    one = run_import(store, "wikidata", DUMP)
    two = run_import(other, "wikidata", gz, workers=2)
    assert (one.imported, [b.line for b in one.bad]) == (two.imported, [b.line for b in two.bad])
    assert store.get("Q900000001").to_dict() == other.get("Q900000001").to_dict()


def test_cli_import_then_search_finds_the_names(tmp_path):
    db = tmp_path / "g.db"
    out = subprocess.run([sys.executable, "-m", "service", "gazetteer", "import", "--format", "wikidata", str(DUMP),
                          "--db", str(db), "--types", "PER,ORG,LOC", "--resolve-classes"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 2, out.stderr  # the broken line is reported, exit 2
    assert '"line":6' in out.stdout.replace(" ", "")
    bad = subprocess.run([sys.executable, "-m", "service", "gazetteer", "import", "--format", "wikidata", str(DUMP),
                          "--db", str(db), "--types", "PERSON"], cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 2 and "--types takes" in bad.stderr and "Traceback" not in bad.stderr
    index = CandidateIndex(GazetteerStore(db, readonly=True))
    assert index.record(index.search("وسام قرقاش")[0].entity).id == "Q900000001"
    assert index.record(index.search("Sakhour Civic Council")[0].entity).type == "ORG"


def test_paranames_rows_gather_into_entities(tmp_path):
    """ParaNames: one row per label and language, rows of one QID together; a bad row is
    reported by line and the rest imported."""
    path = tmp_path / "paranames.tsv"
    path.write_text("wikidata_id\teng\tlabel\tlanguage\ttype\n"
                    "Q900000001\tWissam Qarqash\tWissam Qarqash\ten\tPER\n"
                    "Q900000001\tWissam Qarqash\tوسام قرقاش\tar\tPER\n"
                    "Q900000001\tWissam Qarqash\tВиссам Каркаш\tru\tPER\n"
                    "Q900000002\t\tمجلس الصاخور\tar\tORG\n"
                    "not-a-qid\tX\tX\ten\tPER\n"
                    "Q900000003\tTel Qarqur\tTel Qarqur\ten\tLOC\n", encoding="utf-8")
    store = GazetteerStore(tmp_path / "g.db")
    r = run_import(store, "paranames", path)
    assert r.imported == 3 and [b.line for b in r.bad] == [6]
    person = store.get("Q900000001")
    assert (person.name, person.type, person.qid) == ("Wissam Qarqash", "PER", "Q900000001")
    assert set(person.aliases) == {("وسام قرقاش", "ar"), ("Виссам Каркаш", "ru")}  # the English label is the name
    assert store.get("Q900000002").name == "مجلس الصاخور"
