"""NIL keys (service/nil.py), the batch's NIL file (service/batch/nil.py) and its review import."""
import json

from service.batch.nil import aggregate, nil_mentions
from service.domain import Document, Entity
from service.gazetteer import GazetteerStore
from service.gazetteer.importers import run_import
from service.nil import assign_nil_keys, nil_key


def ent(text, start=0, etype="PER", eid=None):
    return Entity(start, start + len(text), text, etype, eid, None, None, None, 0.1)


def test_one_name_one_key_across_spellings_scripts_and_inflection():
    keys = {nil_key(n, "PER") for n in ["Wissam Zarqa", "Wisam Zarka", "WISSAM ZARQA", "وسام زرقا", "Виссам Зарка",
                                        "Виссамом Заркой", "Wissam al-Zarqa"]}
    assert keys == {"PER:WSM-SRK"}
    assert len({nil_key(n, "PER") for n in ["Ahmad Hiso Araj", "Ахмад Хисо Арадж", "أحمد حسو عرج"]}) == 1
    assert nil_key("Zarqa'nın", "PER") == nil_key("Zarqa", "PER")
    # Cyrillic в for Arabic و inside a word, the Russian instrumental only after its prepositions
    assert nil_key("Дарвиш", "PER") == nil_key("Darwish", "PER") == nil_key("درويش", "PER") == "PER:DRS"
    assert nil_key("Ivanov", "PER") == nil_key("Иванов", "PER")
    assert nil_key("Ахмадом Хаффаром", "PER", "встретились с ") == nil_key("Ahmad Haffar", "PER")
    assert nil_key("Хатем Муаллем", "PER", "заявил ") == nil_key("Hatem Muallem", "PER") == "PER:HTM-MLM"
    assert nil_key("Harakat al-Wafa", "ORG") == nil_key("حركة الوفاء", "ORG")


def test_different_names_and_types_get_different_keys():
    names = ["Wissam Zarqa", "Wissam Zaki", "Walid Zarqa", "Ahmad Hiso Araj", "Ahmad Araj", "Samir Haddad"]
    assert len({nil_key(n, "PER") for n in names}) == len(names)
    assert nil_key("Zarqa", "PER") != nil_key("Zarqa", "ORG")
    assert nil_key("...", "PER") is None


def test_a_short_mention_takes_the_key_of_its_full_name_in_the_document():
    ents = [ent("Ahmad Hiso Araj"), ent("Araj", 40), ent("Aleppo", 60, "LOC", "Q41183"), ent("Zarqa", 80),
            ent("Hiso Araj", 90)]
    assign_nil_keys(ents)
    assert ents[1].nil_key == ents[0].nil_key == ents[4].nil_key == "PER:HMD-HS-RJ"
    assert ents[2].nil_key is None  # linked
    assert ents[3].nil_key == "PER:SRK"  # no full form: its own key
    # two full names ending alike: the nearest before wins; a lead's surname may come first
    ents = [ent("Araj", 0), ent("Omar Araj", 10), ent("Araj", 30), ent("Ahmad Araj", 40), ent("Araj", 60)]
    assign_nil_keys(ents)
    assert [e.nil_key for e in ents] == ["PER:MR-RJ", "PER:MR-RJ", "PER:MR-RJ", "PER:HMD-RJ", "PER:HMD-RJ"]
    # a linked full name lends nothing: the linker links its surname, or the surname stays its own name
    ents = [ent("Bashar al-Assad", 0, eid="Q44329"), ent("Assad", 30)]
    assign_nil_keys(ents)
    assert ents[1].nil_key == "PER:SD"


def test_the_nil_file_groups_mentions_by_key_most_frequent_first():
    text = "Wissam Zarqa spoke in Aleppo. Later Zarqa left. Ahmad Araj stayed."
    ents = [ent("Wissam Zarqa", 0), ent("Aleppo", 22, "LOC", "Q41183"), ent("Zarqa", 36), ent("Ahmad Araj", 48)]
    assign_nil_keys(ents)
    recs = nil_mentions("d1", text, Document(text, "en", ents))
    assert [r["sentence"] for r in recs] == ["Wissam Zarqa spoke in Aleppo.", "Later Zarqa left.",
                                             "Ahmad Araj stayed."]
    ar = "قال وسام زرقا إن المدينة هادئة."
    ents2 = [ent("وسام زرقا", 4)]
    assign_nil_keys(ents2)
    recs += nil_mentions("d2", ar, Document(ar, "ar", ents2))
    lines = aggregate(recs)
    assert [x["key"] for x in lines] == ["PER:WSM-SRK", "PER:HMD-RJ"]
    top = lines[0]
    assert (top["id"], top["name"], top["type"], top["mentions"], top["documents"]) == (None, None, "PER", 3, 2)
    assert top["forms"] == [{"text": "Wissam Zarqa", "count": 1}, {"text": "Zarqa", "count": 1},
                            {"text": "وسام زرقا", "count": 1}]
    assert top["languages"] == ["en", "ar"]
    assert [e["doc"] for e in top["examples"]] == ["d1", "d2"]  # one example a document


def test_nil_review_import_adds_the_kept_lines_with_every_form(tmp_path):
    lines = aggregate([
        {"key": "PER:WSM-SRK", "type": "PER", "text": t, "lang": lang, "doc": d, "sentence": "s"}
        for t, lang, d in [("Wissam Zarqa", "en", 1), ("Wisam Zarka", "fr", 2), ("وسام زرقا", "ar", 3)]]
        + [{"key": "ORG:LW", "type": "ORG", "text": "Liwa", "lang": "en", "doc": 1, "sentence": "s"}])
    lines[0].update(id="el:wissam-zarqa", name="Wissam Zarqa", country="SY")
    path = tmp_path / "nil.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
                    + '{"id": "x", "name": "X", "type": "PERSON", "forms": []}\n{broken\n', encoding="utf-8")
    store = GazetteerStore(tmp_path / "g.db")
    report = run_import(store, "nil-review", path).to_dict()
    assert (report["imported"], report["skipped"], report["bad_lines"]) == (1, 1, 2)
    rec = store.get("el:wissam-zarqa")
    assert (rec.name, rec.type, rec.country, rec.source) == ("Wissam Zarqa", "PER", "SY", "nil-review")
    assert {rec.name} | {n for n, _ in rec.aliases} == {"Wissam Zarqa", "Wisam Zarka", "وسام زرقا"}
