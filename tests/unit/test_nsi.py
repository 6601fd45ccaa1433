"""The name-suggestion-index extract (service/dev/nsi.py) on a package made here, in NSI's layout."""
import json

from service.dev.nsi import extract


def _item(qid, name, countries, kind="brand", **tags):
    return {"displayName": name, "locationSet": {"include": countries},
            "tags": {kind: name, f"{kind}:wikidata": qid, "name": name, **tags}}


def _package(tmp_path, categories, wikidata):
    (tmp_path / "dist/json").mkdir(parents=True)
    (tmp_path / "dist/wikidata").mkdir(parents=True)
    (tmp_path / "dist/json/nsi.min.json").write_text(json.dumps({"nsi": categories}))
    (tmp_path / "dist/wikidata/wikidata.min.json").write_text(json.dumps({"wikidata": wikidata}))
    (tmp_path / "dist/json/genericWords.json").write_text(json.dumps({"genericWords": ["^(shop|stores?)$"]}))
    return tmp_path


def test_keeps_the_organizations_news_names_with_their_names_by_language(tmp_path):
    categories = {
        "brands/amenity/fuel": {"items": [
            _item("Q102673", "Gazprom", ["ru", "by", "kg"], **{"brand:ru": "Газпром", "brand:xx": "Gazpromo"}),
            _item("Q2", "Local Pumps", ["de"]),                     # one country, listed once: no news value
            _item("Q3", "3", ["001"]),                              # a name under three characters
            _item("Q4", "Shop", ["001"]),                           # NSI's generic word
            _item("Q5", "Nowhere Fuel", ["001"]),                   # no Wikidata description
        ]},
        "operators/amenity/school": {"items": [
            _item("Q6", "Leyte Schools", ["001"], kind="operator"),  # a school district, not an organization
            _item("Q7", "Ministry of Public Health", ["cu"], kind="operator"),  # a national body: every country's
            _item("Q8", "International Red Crescent", ["001"], kind="operator", official_name="IRC"),
        ]},
        "transit/route/bus": {"items": [_item("Q9", "Line 7", ["001"], kind="operator")]},
    }
    wikidata = {"Q102673": {"label": "Gazprom", "description": "Russian oil and gas company"},
                "Q2": {"label": "Local Pumps", "description": "fuel station chain"},
                "Q3": {"label": "3", "description": "mobile network"},
                "Q4": {"label": "Shop", "description": "retailer"},
                "Q5": {"label": "Nowhere Fuel"},
                "Q6": {"label": "Leyte Schools", "description": "Filipino school district"},
                "Q7": {"label": "Ministry of Public Health", "description": "ministry in the government of Cuba"},
                "Q8": {"label": "International Red Crescent", "description": "humanitarian organization"},
                "Q9": {"label": "Line 7", "description": "bus line"}}
    records = extract(_package(tmp_path, categories, wikidata))
    assert [r["id"] for r in records] == ["Q8", "Q102673"]
    gazprom = records[1]
    assert gazprom["type"] == "ORG" and gazprom["source"] == "name-suggestion-index" and gazprom["kind"] == "brand"
    assert gazprom["description"] == "Russian oil and gas company"
    assert gazprom["aliases"] == [{"name": "Газпром", "lang": "ru"}]  # "xx" is no language the service reads
    assert records[0]["kind"] == "operator" and records[0]["aliases"] == []  # "IRC" is code-like


def test_the_command_writes_the_seed_file(tmp_path, capsys):
    from service.dev.cli import main
    package = _package(tmp_path / "pkg", {"brands/shop/car": {"items": [_item("Q53268", "Toyota", ["001"])]}},
                       {"Q53268": {"label": "Toyota", "description": "Japanese automotive manufacturer"}})
    out = tmp_path / "seeds" / "nsi" / "organizations.jsonl"
    assert main(["nsi-extract", "--package", str(package), "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["organizations"] == 1
    assert json.loads(out.read_text(encoding="utf-8"))["qid"] == "Q53268"


def test_a_brand_that_bears_an_operator_s_name_is_the_operator_s(tmp_path):
    # Shell's fuel stations beside Shell plc had split "Shell said" between two entries: NIL
    categories = {
        "brands/amenity/fuel": {"items": [_item("Q110716465", "Shell", ["001"]), _item("Q5", "Migros", ["001"])]},
        "operators/amenity/fuel": {"items": [_item("Q154950", "Shell", ["001"], kind="operator")]},
    }
    wikidata = {"Q110716465": {"label": "Shell", "description": "multinational fuel station chain"},
                "Q154950": {"label": "Shell", "description": "British multinational oil and gas company"},
                "Q5": {"label": "Migros", "description": "Swiss retail conglomerate"}}
    assert [r["id"] for r in extract(_package(tmp_path, categories, wikidata))] == ["Q5", "Q154950"]


def test_a_brand_s_operator_is_no_alias_of_the_brand(tmp_path):
    # "Serco" runs Santander Cycles' stations and "Merlin Entertainments" Legoland: as the brands'
    # aliases they named the brands; an operator's own items keep the operator's name
    categories = {
        "brands/amenity/bicycle_rental": {"items": [
            _item("Q807961", "Santander Cycles", ["gb"], operator="Serco"),
            _item("Q807961", "Santander Cycles", ["gb"], operator="Nextbike"),
            _item("Q807961", "Santander Cycles", ["gb"])]},
        "operators/amenity/bicycle_rental": {"items": [_item("Q2", "Nextbike", ["001"], kind="operator")]},
    }
    wikidata = {"Q807961": {"label": "Santander Cycles", "description": "bicycle sharing system in London"},
                "Q2": {"label": "Nextbike", "description": "German bicycle sharing company"}}
    records = {r["id"]: r for r in extract(_package(tmp_path, categories, wikidata))}
    assert records["Q807961"]["aliases"] == []
    assert records["Q2"]["name"] == "Nextbike"
