"""The names CLDR gives first-level subdivisions (the `cldr-subdivisions-full` npm package)
-> seeds/region_names.tsv, so that `make` needs no npm. pycountry's ISO 3166-2 names a region
in its own romanization ("Catalunya", "Andalucía"), and iso-codes translates few of them:
English news writes "Catalonia", "Lombardy", "Brittany"."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from ..gazetteer.build import CLDR_LANGS


def extract(package: Path) -> list[tuple[str, str, str]]:
    """(ISO 3166-2 code, lang, name) for the first-level subdivisions CLDR names in our
    languages, sorted."""
    import pycountry
    first = {s.code.upper() for s in pycountry.subdivisions if s.parent_code is None}
    rows = set()
    for lang in CLDR_LANGS:
        path = package / "subdivisions" / lang / f"{lang}.json"
        if not path.exists():
            continue
        names = json.loads(path.read_text(encoding="utf-8"))["subdivisions"]["localeDisplayNames"]["subdivisions"]
        for key, name in names.items():
            code = f"{key[:2]}-{key[2:]}".upper()  # CLDR's "esct" is ISO 3166-2's ES-CT
            if code in first and name.strip():
                rows.add((code, lang, name.strip()))
    return sorted(rows)


def write(rows: list[tuple[str, str, str]], out: Path) -> None:
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "lang", "name"])
        w.writerows(rows)
