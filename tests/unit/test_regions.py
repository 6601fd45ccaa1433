"""The default gazetteer's regions (service/gazetteer/regions.py): which names they may take."""
import pytest

from service.gazetteer.build import CLDR_LANGS, _cities, world_countries
from service.gazetteer.regions import COMPASS, countries_by_name, world_regions
from service.text.normalize import fold


@pytest.fixture(scope="module")
def regions():
    cities = _cities(15_000)
    city_keys: dict[str, set[str]] = {}
    for c in cities.values():
        city_keys.setdefault(c["countrycode"], set()).update(fold(a) for a in [c["name"], *c["alternatenames"]])
    countries = list(world_countries(city_keys))
    return {r.id: r for r in world_regions(cities, countries_by_name(countries), CLDR_LANGS)}


def names(rec):
    return {rec.name} | {a for a, _ in rec.aliases}


def test_regions_with_their_names_in_our_languages(regions):
    assert {"Bavaria", "Bayern", "Bavière", "Бавария"} <= names(regions["Q980"])
    assert regions["Q980"].kind == "region" and regions["Q980"].country == "DE"
    assert {"Scotland", "Schottland"} <= names(regions["Q22"])
    assert "Cymru" in names(regions["Q25"])  # the other official name iso-codes gives in brackets
    assert {"Europe", "Europa", "Европа"} <= names(regions["gn:6255148"])


def test_a_region_never_takes_its_city_s_name(regions):
    # Ḩalab / Halab is Aleppo's name too; Moscow the city is the referent of "Moscow"
    assert names(regions["iso:SY-HL"]) == {"Ḩalab Province"}
    assert not any(fold(n) in ("moscow", "moskva") for r in regions.values() if r.country == "RU" for n in names(r))


def test_a_region_of_the_news_named_like_its_city_keeps_only_the_name_with_its_kind(regions):
    # New York State, Quebec and Geneva had no entity at all: "Buffalo, New York" and "the state of
    # New York" went to New York City, or to NIL; a city-state is its city, which the gazetteer has
    assert names(regions["Q1384"]) == {"New York State"} and regions["Q1384"].country == "US"
    assert names(regions["Q176"]) == {"Quebec Province"} and names(regions["Q11917"]) == {"Geneva Canton"}
    assert names(regions["Q613"]) == {"Dubai Emirate"}
    assert not {"Q64", "Q649", "Q956"} & set(regions)  # Berlin, Moscow, Beijing


def test_a_city_s_alternate_name_that_is_its_province_s_is_left_out():
    # "Provincia de Santiago del Estero" linked the city at 0.84 (WikiANN es validation)
    city = next(c for c in _cities(15_000).values() if c["geonameid"] == 3835869)
    assert not any("provincia" in fold(a) for a in city["alternatenames"])
    assert "Santiago del Estero" in city["alternatenames"] or city["name"] == "Santiago del Estero"


def test_a_state_keeps_the_name_geonames_lists_for_its_capital(regions):
    # Salvador's alternate names hold "Bahia", Rio Grande's "Rio Grande do Sul": the states were nameless
    assert "Bahia" in names(regions["Q40430"]) and "Rio Grande do Sul" in names(regions["Q40030"])
    # ...but only the English name of rigour's list: a translation that is a city's name stays the city's
    assert not {"Leningrad", "Voronej"} & (names(regions["Q2191"]) | names(regions["Q3447"]))


def test_a_translation_that_spells_another_region_s_name_is_left_out(regions):
    # iso-codes' Russian for Telangana is Afghanistan's Samangan: "Samangan" linked Telangana
    assert "Саманган" not in names(regions["Q677037"]) and "Телангана" in names(regions["Q677037"])


def test_a_region_named_by_a_plain_geography_noun_keeps_only_its_name_with_its_kind(regions):
    # Papua New Guinea's "Gulf" took "the Gulf states"; Nigeria's Rivers State is written so
    assert names(regions["iso:PG-GPK"]) == {"Gulf Province"} and "Rivers State" in names(regions["iso:NG-RI"])


def test_a_curated_region_s_name_is_no_other_region_s():
    cities = _cities(15_000)
    countries = list(world_countries({}))
    got = {r.id: r for r in world_regions(cities, countries_by_name(countries), CLDR_LANGS,
                                          reserved={"sahel": "el:region-sahel"})}
    assert "Sahel" not in names(got["iso:BF-12"])  # Burkina Faso's region took "the Sahel countries"


def test_a_small_town_s_alternate_name_does_not_take_a_state_s(regions):
    assert "Maryland" in names(regions["Q1391"])  # Maryland City, 16,000 people, has it as an alternate name


def test_a_state_keeps_its_name_from_a_smaller_city_elsewhere(regions):
    """Oregon, Delaware, Wyoming (cities of Ohio and Michigan) and Oklahoma (in Oklahoma City's
    name) were nameless, and "Oregon" linked Oregon, Ohio at 0.80; a big city (Moscow, New York
    City) or one that holds a good share of its region (the town of Zug) keeps the name."""
    assert {"Oregon", "Орегон"} <= names(regions["Q824"]) and "Oklahoma" in names(regions["Q1649"])
    assert "Delaware" in names(regions["Q1393"]) and "Wyoming" in names(regions["Q1214"])
    assert "Bihar" in names(regions["Q1165"])  # Bihar Sharif, 300,000 of the state's estimated 37 million
    assert not [r for r in regions.values() if "New York" in names(r)] and names(regions["Q11933"]) == {"Zug Canton"}


def test_no_compass_names_and_no_country_names(regions):
    every = [n for r in regions.values() for n in names(r)]
    assert not [n for n in every if COMPASS.match(fold(n))]
    assert not [n for r in regions.values() if r.country == "NL" for n in names(r) if fold(n) == "aruba"]


def test_a_state_as_populous_as_a_country_shares_its_english_name_and_no_more_likely():
    """The state of Georgia was nameless beside the country, so "Atlanta, Georgia" linked the
    Caucasus; it takes the English name, not the country's others, at the country's prior."""
    cities = _cities(15_000)
    countries = list(world_countries({}))
    georgia = next(c for c in countries if c.id == "Q230")
    state = next(r for r in world_regions(cities, countries_by_name(countries), CLDR_LANGS) if r.id == "Q1428")
    assert "Georgia" in names(state) and not {"Грузія", "Gürcistan", "Géorgie"} & names(state)
    assert state.prior == georgia.prior


def test_a_region_of_a_country_seldom_in_the_news_is_half_as_likely_as_a_big_city_abroad(regions):
    # Mozambique's Gaza province (its share of the country: 2.7M) beat Gaza (410,000)
    assert regions["iso:MZ-G"].prior <= 410_000 / 2
    assert regions["Q1370"].prior > 1_000_000  # Virginia, of rigour's news list, keeps its share


def test_regions_break_ties_by_their_share_of_the_country(regions):
    assert regions["Q812"].prior > 1_000_000  # Florida the state outweighs the towns called Florida


def test_towns_are_marked_and_us_places_carry_their_state():
    from service.gazetteer.build import world_cities
    city = {"geonameid": 1, "name": "Midland", "countrycode": "US", "admin1code": "TX", "population": 130000,
            "latitude": 0.0, "longitude": 0.0, "alternatenames": []}
    town = {**city, "geonameid": 2, "name": "Perryton", "population": 8000, "alternatenames": ["Perrytown", "West"]}
    compass = {**town, "geonameid": 3, "name": "West", "alternatenames": []}
    code = {**town, "geonameid": 6, "name": "KPD", "alternatenames": []}
    abroad = {**town, "geonameid": 4, "name": "Eschen", "countrycode": "LI", "admin1code": "02"}
    unheld = {**town, "geonameid": 5, "name": "Monmouth", "admin1code": "OR"}  # Oregon gives way to a city
    recs = {r.name: r for r in world_cities({"1": city, "2": town, "3": compass, "4": abroad, "5": unheld, "6": code},
                                            {"1": city}, {"US-TX": "Q1439"})}
    assert (recs["Midland"].kind, recs["Midland"].parent, recs["Midland"].is_town) == ("city", "Q1439", False)
    assert (recs["Perryton"].kind, recs["Perryton"].parent, recs["Perryton"].is_town) == ("town", "Q1439", True)
    assert [a for a, _ in recs["Perryton"].aliases] == ["Perrytown"]  # compass words are the text's
    assert "West" not in recs and "KPD" not in recs
    assert (recs["Eschen"].parent, recs["Eschen"].is_town) == (None, True)  # GeoNames' "02" is no ISO code
    assert recs["Monmouth"].parent == "iso:US-OR"  # in no other state, whether or not Oregon is held


def test_another_country_s_capital_is_no_alternate_name_of_a_city():
    """GeoNames calls Chattogram "Islamabad" (its Mughal name) and Portland, Oregon
    "Bridgetown": with more people, they took the capitals' names. A short form of the city's
    own name stays ("Santiago" of Santiago de Compostela), and so does its own capital's name."""
    from service.gazetteer.build import capitals, world_cities
    base = {"countrycode": "BD", "admin1code": "", "population": 3_900_000, "latitude": 0.0, "longitude": 0.0}
    cities = {"1": {**base, "geonameid": 1, "name": "Chattogram", "alternatenames": ["Islamabad", "Chittagong"]},
              "2": {**base, "geonameid": 2, "name": "Santiago de Compostela", "countrycode": "ES",
                    "alternatenames": ["Santiago", "Compostela"]},
              "3": {**base, "geonameid": 3, "name": "Delhi", "countrycode": "IN", "alternatenames": ["New Delhi"]}}
    caps = capitals({"PK": {"capital": "Islamabad"}, "CL": {"capital": "Santiago"}, "IN": {"capital": "New Delhi"},
                     "AQ": {"capital": ""}})
    assert caps == {"islamabad": {"PK"}, "santiago": {"CL"}, "new delhi": {"IN"}}
    recs = {r.name: [a for a, _ in r.aliases] for r in world_cities(cities, cities, {}, capital=caps)}
    assert recs == {"Chattogram": ["Chittagong"], "Santiago de Compostela": ["Santiago", "Compostela"],
                    "Delhi": ["New Delhi"]}


def test_cldr_names_are_first_level_regions_kept_by_the_same_rules(tmp_path):
    """pycountry names Catalonia "Catalunya" and England has no Spanish name there: CLDR's names
    (seeds/region_names.tsv) fill them, never a city's name and never a second-level code."""
    import json

    from service.dev.cldr_regions import extract
    for lang, cldr in {"en": {"esct": "Catalonia", "esb": "Barcelona Province", "itrm": "Rome"},
                       "es": {"gbeng": "Inglaterra"}}.items():
        (tmp_path / "subdivisions" / lang).mkdir(parents=True)
        (tmp_path / "subdivisions" / lang / f"{lang}.json").write_text(json.dumps(
            {"subdivisions": {"localeDisplayNames": {"subdivisions": cldr}}}), encoding="utf-8")
    rows = extract(tmp_path)
    assert ("ES-CT", "en", "Catalonia") in rows and ("GB-ENG", "es", "Inglaterra") in rows
    assert not any(code in ("ES-B", "IT-RM") for code, _, _ in rows)  # provinces, not first-level
    cities = _cities(15_000)
    out = {r.id: r for r in world_regions(cities, set(), CLDR_LANGS, None,
                                          {"ES-CT": [("Catalonia", "en")], "IT-62": [("Roma", "it")]})}
    assert "Catalonia" in names(out["iso:ES-CT"])
    assert "Roma" not in names(out["iso:IT-62"])  # the city's name stays the city's


def test_cldr_variants_are_country_names_kept_unless_they_abbreviate_or_name_two(tmp_path):
    """"Swaziland", "Elfenbeinküste", "Чешская Республика" came back NIL: babel gives a country
    one name a language, and CLDR keeps the others apart (seeds/country_variants.tsv). Its
    abbreviations, bracketed qualifiers and codes are no names, and a variant that is part of
    another country's name names both: Portuguese "Congo" is the Republic's and in "República
    Democrática do Congo"."""
    import json

    from service.dev.cldr_regions import extract_variants
    for lang, cldr in {"en": {"SZ-alt-variant": "Swaziland", "GB-alt-short": "UK", "UN-alt-short": "UN",
                              "CD-alt-variant": "Congo (DRC)", "SZ": "Eswatini"},
                       "fr": {"US-alt-short": "É.-U."}, "ru": {"US-alt-short": "США"},
                       "pt": {"CG-alt-variant": "Congo"}}.items():
        (tmp_path / "main" / lang).mkdir(parents=True)
        (tmp_path / "main" / lang / "territories.json").write_text(json.dumps(
            {"main": {lang: {"localeDisplayNames": {"territories": cldr}}}}), encoding="utf-8")
    rows = extract_variants(tmp_path)
    assert rows == [("CG", "pt", "Congo"), ("SZ", "en", "Swaziland")]
    countries = {c.country: c for c in world_countries({}, variants={"SZ": [("Swaziland", "en")],
                                                                      "CG": [("Congo", "pt")]})}
    assert ("Swaziland", "en") in countries["SZ"].aliases
    assert ("Congo", "pt") not in countries["CG"].aliases


@pytest.mark.parametrize("iso,expected", [
    ("Bryanskaya oblast'", ["Брянская область"]),
    ("Lipetskaya oblast'", ["Липецкая область"]),      # "ts" is ц here ...
    ("Irkutskaya oblast'", ["Иркутская область"]),     # ... and тс here
    ("Yevreyskaya avtonomnaya oblast'", ["Еврейская автономная область"]),
    ("Khanty-Mansiyskiy avtonomnyy okrug", ["Ханты-Мансийский автономный округ"]),
    ("Stavropol'skiy kray", ["Ставропольский край"]),
    ("Mariy El, Respublika", ["Республика Марий Эл", "Марий Эл"]),
])
def test_russian_subdivisions_are_read_back_from_their_romanization(iso, expected):
    from service.gazetteer.cyrillic import russian_names
    assert russian_names(iso) == expected


def test_a_bare_republic_name_that_another_subdivision_begins_with_is_not_given():
    from service.gazetteer.cyrillic import russian_names
    assert russian_names("Altay, Respublika", ("Altay, Respublika", "Altayskiy kray")) == ["Республика Алтай"]


def test_russias_subdivisions_have_russian_names(regions):
    assert "Брянская область" in names(regions["Q2810"])
    assert "Краснодарский край" in names(regions["Q3680"])


def test_polands_voivodeships_and_ethiopias_regions_are_regions(regions):
    assert "województwo dolnośląskie" in names(regions["iso:PL-02"])
    assert "Tigray" in names(regions["iso:ET-TI"])
    # a word-for-word "Holy Cross" names churches and towns first, not Świętokrzyskie
    assert not {"Holy Cross", "Sainte-Croix", "Santacroce"} & names(regions["iso:PL-26"])


def test_dependent_territories_have_their_names_in_our_languages(regions):
    """New Caledonia, Puerto Rico and Réunion had their English names only: rigour lists them
    apart from countries, so CLDR's country names never reached them."""
    assert {"Nouvelle-Calédonie", "Nueva Caledonia", "Новая Каледония"} <= names(regions["Q33788"])
    assert {"Porto Rico", "Portoryko", "Пуэрто-Рико", "بورتوريكو"} <= names(regions["Q1183"])
    assert {"La Réunion", "Reunião"} <= names(regions["Q17070"])
    # ...but not a saint's or a feast's name
    assert not {"São Bartolomeu", "San Bartolomé"} & names(regions["Q25362"])
    assert "Ascension" not in names(regions["Q46197"])


def test_a_cldr_name_is_a_name_without_its_bracketed_qualifier_too():
    """Russian CLDR names Myanmar "Мьянма (Бирма)": "в Мьянме" found no name."""
    from service.gazetteer.regions import cldr_territory_names
    assert ("Мьянма", "ru") in cldr_territory_names("MM", ("ru",))
    assert ("Myanmar", "en") in cldr_territory_names("MM", ("en",))
    # ...unless another territory reads the same bare: French names Sint Maarten
    # "Saint-Martin (partie néerlandaise)", and "Saint-Martin" is the French half
    assert ("Saint-Martin", "fr") not in cldr_territory_names("SX", ("fr",))
    assert [n for n, _ in cldr_territory_names("VI", ("ru",))] == ["Виргинские о-ва (США)"]


def test_a_country_s_name_in_a_language_the_service_does_not_read_is_a_city_s_own_name_left_to_the_city():
    """Romanian "Columbia" (Colombia) took "He lives in Columbia" to Colombia at 0.91; Swedish
    "USA", which no city of 15,000 people bears as its own, stays the United States'."""
    countries = {c.id: c for c in world_countries({}, city_names={"columbia", "komoro"})}
    assert "Columbia" not in names(countries["Q739"]) and {"Colombia", "Kolumbia"} <= names(countries["Q739"])
    assert "USA" in names(countries["Q30"]) and "Komoro" not in names(countries["Q970"])


def test_countrynames_addresses_in_lower_case_are_no_names_of_the_country():
    """countrynames lists Jersey's parishes and the Isle of Man's bays as forms are filled in:
    "Saint Mary" and "Ramsey Bay" went to Jersey and the Isle of Man at 0.94-0.97."""
    countries = {c.id: c for c in world_countries({})}
    assert not {"saint mary", "saint john", "st aubin"} & {fold(n) for n in names(countries["Q785"])}
    assert "ramsey bay" not in {fold(n) for n in names(countries["Q9676"])}
    assert "Bailiwick of Jersey" in names(countries["Q785"])


def test_countrynames_places_in_a_country_are_no_names_of_it():
    """"Greater Manchester" linked the United Kingdom and "St Andrews" Guernsey at 0.97."""
    countries = {c.id: c for c in world_countries({})}
    assert not {"Greater London", "Greater Manchester"} & names(countries["Q145"])
    assert not {"St Andrews", "St Martins"} & names(countries["Q25230"]) and "St. Mary" not in names(countries["Q785"])
    assert not {"Ramsey Island", "Port St Mary"} & names(countries["Q9676"])
    assert "States of Guernsey" in names(countries["Q25230"]) and "Grand Cayman" in names(countries["Q5785"])


def test_the_unread_languages_are_the_cldr_languages_the_model_was_not_trained_on():
    from service.gazetteer.build import UNREAD_LANGS
    from service.ner.model import LANGUAGES
    assert UNREAD_LANGS == set(CLDR_LANGS) - LANGUAGES
