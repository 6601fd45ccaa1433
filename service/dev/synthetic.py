"""Generated news-like documents and gazetteers for benchmarks and tests (deterministic)."""
from __future__ import annotations

import random

PLACES = ["Aleppo", "Sakhour", "Damascus", "Homs", "Beirut", "Sheikh Maqsoud", "Masaken Hanano", "Idlib", "Raqqa",
          "Bustan al-Basha", "Baghdad", "Ankara", "Moscow", "Paris", "Lagos", "Kharkiv", "Mosul"]
ORGS = ["the Syrian Democratic Forces", "Hezbollah", "the United Nations", "the White Helmets", "Anadolu Agency",
        "the Syrian Observatory for Human Rights", "the Islamic State", "Reuters", "the Red Cross"]
PEOPLE = ["Bashar al-Assad", "Wissam Zarqa", "Khaled Khatib", "Ahmad Hiso Araj", "Maria Lopez", "John Smith",
          "Yasser al-Youssef", "Louisa Loveluck", "Recep Tayyip Erdogan", "Vladimir Putin"]
TEMPLATES = [
    "Fighting continued on {day} near {p1}, where {o1} said dozens of civilians had fled toward {p2}.",
    "{per} told reporters in {p1} that {o1} would not withdraw from {p2} before the end of the month.",
    "According to {o1}, at least {n} people were killed in {p1} and {m} more were wounded in {p2}.",
    "Aid convoys organised by {o1} reached {p1} on {day}, {per} said in a statement.",
    "The offensive on {p1} was backed by {o1}, while {o2} accused {per} of targeting hospitals in {p2}.",
    "Residents of {p1} described shortages of food and fuel after weeks of shelling, {per} reported.",
]
DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def news_documents(n: int, seed: int = 7, sentences: int = 8) -> list[dict]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        body = " ".join(rng.choice(TEMPLATES).format(
            day=rng.choice(DAYS), p1=rng.choice(PLACES), p2=rng.choice(PLACES), o1=rng.choice(ORGS),
            o2=rng.choice(ORGS), per=rng.choice(PEOPLE), n=rng.randint(2, 300), m=rng.randint(2, 900))
            for _ in range(sentences))
        docs.append({"id": f"news-{i:05d}", "text": body[0].upper() + body[1:]})
    return docs


_SYLLABLES = ["al", "ba", "da", "ka", "ma", "na", "ra", "sa", "ta", "za", "sha", "kha", "bu", "du", "ku", "mu",
              "ru", "su", "tu", "bi", "di", "ki", "mi", "ni", "ri", "si", "ti", "hou", "lan", "ber", "gor", "vil",
              "ton", "burg", "stan", "abad", "pur", "grad", "ov", "ino", "esh", "qar", "dor", "fel", "wen", "yar"]


def synthetic_names(n: int, seed: int = 11) -> list[tuple[str, list[str]]]:
    """(name, aliases) for n/4 entities with 4 names each: a made-up place name, and
    spelling variants of it (vowel swaps, doubled letters, an article)."""
    rng = random.Random(seed)
    out = []
    for _ in range((n + 3) // 4):
        parts = [rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))]
        name = "".join(parts).capitalize() + (f" {rng.choice(_SYLLABLES).capitalize()}" if rng.random() < 0.3 else "")
        v1 = name.replace("ou", "u").replace("a", "e", 1)
        v2 = name.replace("k", "q").replace("s", "ss", 1)
        v3 = "al-" + name
        out.append((name, [v1, v2, v3]))
    return out


_TO_ARABIC = str.maketrans({"a": "ا", "b": "ب", "d": "د", "f": "ف", "g": "غ", "h": "ه", "i": "ي", "j": "ج",
                            "k": "ك", "l": "ل", "m": "م", "n": "ن", "o": "و", "q": "ق", "r": "ر", "s": "س",
                            "t": "ت", "u": "و", "w": "و", "y": "ي", "z": "ز", "c": "ك", "e": "ي", "p": "ب",
                            "v": "ف", "x": "كس", "-": " "})
_TO_CYRILLIC = str.maketrans({"a": "а", "b": "б", "d": "д", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж",
                              "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "q": "к", "r": "р", "s": "с",
                              "t": "т", "u": "у", "w": "в", "y": "й", "z": "з", "c": "к", "e": "е", "p": "п",
                              "v": "в", "x": "кс"})


def rough_arabic(name: str) -> str:
    """A rough Arabic spelling of a synthetic Latin name: for load, not for accuracy."""
    return name.lower().translate(_TO_ARABIC)


def rough_cyrillic(name: str) -> str:
    return name.lower().translate(_TO_CYRILLIC).title()


# (P31 class, the names' shape): humans have two parts, places and organizations one or more.
_KINDS = [("Q5", "person", 0.45), ("Q43229", "org", 0.15), ("Q783794", "org", 0.1), ("Q532", "place", 0.2),
          ("Q515", "place", 0.05), ("Q4167410", "page", 0.05)]


def wikidata_dump(path, n: int, seed: int = 13) -> int:
    """Write n synthetic items in the Wikidata JSON dump's framing, shaped like real ones:
    labels in 3-8 languages across Latin, Arabic and Cyrillic, aliases, an English
    description, sitelinks, P31 (some Wikimedia pages), P17, P625 and, for a share of the
    places, P1566. About 5 names an item after the importer's de-duplication. Returns the
    number of items written."""
    import json
    rng = random.Random(seed)
    kinds, weights = [k[:2] for k in _KINDS], [k[2] for k in _KINDS]
    countries = ["Q858", "Q796", "Q794", "Q43", "Q183", "Q142", "Q159", "Q212", "Q30", "Q145"]
    latin_langs = ["en", "fr", "de", "es", "it", "nl", "pl", "tr", "pt"]

    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    with open(path, "w", encoding="utf-8") as fh:
        fh.write("[\n")
        for i in range(n):
            cls, shape = rng.choices(kinds, weights)[0]
            name = f"{word()} {word()}" if shape in ("person", "org") else word()
            if shape == "org":
                name += rng.choice([" Group", " Holding", " Front", " Council", " Media", ""])
            labels = {"en": name}
            for lang in rng.sample(latin_langs[1:], rng.randint(1, 4)):
                labels[lang] = name if rng.random() < 0.6 else name.replace("a", "e", 1).replace("k", "c")
            labels["ar"] = rough_arabic(name)
            if rng.random() < 0.7:
                labels["ru"] = rough_cyrillic(name)
                labels["uk"] = labels["ru"].replace("и", "і")
            aliases = {"en": [{"language": "en", "value": name.split()[-1] if shape == "person" else name.upper()}]}
            claims = {"P31": [{"mainsnak": {"datavalue": {"value": {"id": cls}}}, "rank": "normal"}],
                      "P17": [{"mainsnak": {"datavalue": {"value": {"id": rng.choice(countries)}}}, "rank": "normal"}]}
            if shape == "place":
                claims["P625"] = [{"mainsnak": {"datavalue": {"value": {
                    "latitude": round(rng.uniform(-60, 70), 4), "longitude": round(rng.uniform(-180, 180), 4)}}}}]
                if rng.random() < 0.3:
                    claims["P1566"] = [{"mainsnak": {"datavalue": {"value": str(50_000_000 + i)}}}]
            item = {"type": "item", "id": f"Q{800_000_000 + i}",
                    "labels": {k: {"language": k, "value": v} for k, v in labels.items()},
                    "descriptions": {"en": {"language": "en", "value": f"synthetic {shape} {i}"}},
                    "aliases": aliases, "claims": claims,
                    "sitelinks": {f"{lang}wiki": {"title": name}
                                  for lang in rng.sample(latin_langs, rng.randint(0, 6))}}
            fh.write(json.dumps(item, ensure_ascii=False) + (",\n" if i < n - 1 else "\n"))
        fh.write("]\n")
    return n
