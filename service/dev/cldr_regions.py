"""Names from CLDR's npm packages into seeds/, so that `make` needs no npm.

- First-level subdivisions (`cldr-subdivisions-full`) -> seeds/region_names.tsv. pycountry's
  ISO 3166-2 names a region in its own romanization ("Catalunya", "Andalucía"), and iso-codes
  translates few of them: English news writes "Catalonia", "Lombardy", "Brittany".
- Countries' other names (`cldr-localenames-full`: the "-alt-variant" and "-alt-short"
  entries) -> seeds/country_variants.tsv. Babel gives a country one name a language, and news
  still writes the one CLDR keeps beside it: "Swaziland", "Elfenbeinküste", "Чешская
  Республика", "Doğu Timor" came back NIL.
"""
from __future__ import annotations

import csv
import json
import re
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


# A variant that abbreviates ("R.-U.", "Wlk. Bryt.", "ארה״ב", "ООН") or qualifies in brackets
# ("Congo (DRC)") is no name news writes alone: the abbreviations news uses are curated in
# seeds/country_names.tsv, and codes are kept out of the gazetteer.
_NOT_A_NAME = re.compile(r"[.()（״॰]|-variant$")


def extract_variants(package: Path) -> list[tuple[str, str, str]]:
    """(ISO 3166-1 code, lang, name) for the other names CLDR gives countries in our
    languages, sorted."""
    import pycountry

    from ..gazetteer.importers import is_code_like
    countries = {c.alpha_2 for c in pycountry.countries}  # not "UN", the United Nations
    rows = set()
    for lang in CLDR_LANGS:
        path = package / "main" / lang / "territories.json"
        if not path.exists():
            continue
        names = json.loads(path.read_text(encoding="utf-8"))["main"][lang]["localeDisplayNames"]["territories"]
        for key, name in names.items():
            code, _, alt = key.partition("-alt-")
            name = name.strip()
            if (alt in ("variant", "short") and code in countries and name and not name.isupper()
                    and not _NOT_A_NAME.search(name) and not is_code_like(name)):
                rows.add((code, lang, name))
    return sorted(rows)


def write(rows: list[tuple[str, str, str]], out: Path) -> None:
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "lang", "name"])
        w.writerows(rows)
