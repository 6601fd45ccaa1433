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
