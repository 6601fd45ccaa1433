"""Organizations for the default gazetteer from the name-suggestion-index (NSI) npm package:
brands and operators with their Wikidata QIDs, filtered to the ones news names.

`python -m service.dev nsi-extract --package DIR` reads an unpacked package
(`npm pack name-suggestion-index@8.0.20260918`, then `tar xzf`) and writes
seeds/nsi/organizations.jsonl, which `make gazetteer` imports; `make` needs no npm.

NSI is BSD-3-Clause; its Wikidata labels and descriptions are CC0. What is kept, and why:
- brands and operators only (transit routes, stops and flags are not organizations);
- an item with a Wikidata QID that has a description, which no place or school has: the
  operators list is mostly school districts, boroughs and municipal bodies;
- news value: a QID present in at least 3 countries or worldwide, or a brand NSI lists at
  least 3 times (categories, regions); an operator only when it is international, since a
  national body's name ("Ministry of Public Health", "State Police") is every country's;
- no brand that bears an operator's name (the operator's own brand: Shell's fuel stations);
- names as NSI tags them (brand, name, official_name and their per-language forms in the
  service's languages; an operator's item's operator name, not a brand's: that is another
  organization), without NSI's generic words, names under three characters, and code-like
  aliases (the label may be one: HSBC, BP, IKEA).
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from ..gazetteer.importers import is_code_like

SOURCE = "name-suggestion-index"
LANGS = ("en", "fr", "de", "es", "nl", "it", "pt", "pl", "ru", "uk", "ar", "tr")
NAME_KEYS = ("brand", "name", "official_name", "operator")
_NOT_AN_ORGANIZATION = re.compile(
    r"\b(school|academy|district|borough|municipality|county|city|town|village|commune|parish|region|province|"
    r"state of|country|island|department of|council|diocese|college|university|ministry|agency of)\b", re.I)
MIN_COUNTRIES = 3
MIN_ITEMS = 3


def _countries(item: dict) -> set[str]:
    out = set()
    for code in item.get("locationSet", {}).get("include") or []:
        out.add(str(code).split("-")[0].split(".")[0].lower())
    return out


def _usable(name: str, generic: list[re.Pattern]) -> bool:
    """Three characters at least ("3" is a mobile network), and not one of NSI's generic words."""
    return len(name) >= 3 and not any(g.search(name) for g in generic)


def extract(package: Path) -> list[dict]:
    """JSONL-import records (service/gazetteer/store.py record_from_json), sorted by QID."""
    nsi = json.loads((package / "dist/json/nsi.min.json").read_text(encoding="utf-8"))["nsi"]
    wikidata = json.loads((package / "dist/wikidata/wikidata.min.json").read_text(encoding="utf-8"))["wikidata"]
    generic = [re.compile(p, re.I) for p in
               json.loads((package / "dist/json/genericWords.json").read_text(encoding="utf-8"))["genericWords"]]
    items: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for path, category in nsi.items():
        kind = path.split("/")[0]
        if kind not in ("brands", "operators"):
            continue
        for item in category["items"]:
            tags = item.get("tags", {})
            qid = tags.get("brand:wikidata") if kind == "brands" else tags.get("operator:wikidata")
            if qid:
                items[qid].append((kind, item))
    out = []
    for qid, found in sorted(items.items(), key=lambda kv: int(kv[0][1:])):
        data = wikidata.get(qid) or {}
        desc, label = data.get("description"), data.get("label")
        if not desc or not label or _NOT_AN_ORGANIZATION.search(desc) or not _usable(label, generic):
            continue
        countries = set().union(*(_countries(it) for _, it in found))
        international = "001" in countries or len(countries) >= MIN_COUNTRIES
        brand = any(kind == "brands" for kind, _ in found)
        if not (international or (brand and len(found) >= MIN_ITEMS)):
            continue
        names: dict[tuple[str, str | None], bool] = {}  # name -> whether a brand's operator tag gave it
        for item_kind, item in found:
            for key, value in item.get("tags", {}).items():
                base, _, lang = key.partition(":")
                if base not in NAME_KEYS or (lang and lang not in LANGS):
                    continue
                for name in str(value).split(";"):
                    name = name.strip()
                    if _usable(name, generic) and not is_code_like(name):
                        names[(name, lang or None)] = names.get((name, lang or None), True) and (
                            base == "operator" and item_kind == "brands")
        if not names:
            continue
        # (a brand's operator is another organization, no alias of the brand: "Serco" runs Santander
        # Cycles, Merlin Entertainments Legoland, and as their aliases they named the brands)
        names = {k: v for k, v in names.items() if not v}
        out.append({"id": qid, "name": label, "type": "ORG", "kind": "brand" if brand else "operator", "qid": qid,
                    "description": desc, "source": SOURCE,
                    "aliases": [{"name": n, "lang": lang} if lang else n for n, lang in names if n != label]})
    # A brand that bears an operator's very name is that operator's (Shell's fuel stations, Q110716465,
    # beside Shell plc, Q154950): two entries of one name split the probability, and "Shell said"
    # came back NIL in every language an audit wrote it in.
    operators = {r["name"].casefold() for r in out if r["kind"] == "operator"}
    return [r for r in out if r["kind"] == "operator" or r["name"].casefold() not in operators]


def write(records: list[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
