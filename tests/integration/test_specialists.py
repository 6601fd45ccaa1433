"""The shipped language specialists (models/ner-uk, ner-tr, ner-ru, ner-ar) behind the language router,
on real sentences: a text in their language is read by them, every other one by the base model alone."""
from __future__ import annotations

import pytest

from service.config import ROOT

# NER-UK validation sentences (not test) that the base model reads wrong, on both backends:
# two surnames typed LOC (a person the linker could then send to a town), a parliament missed.
SURNAMES = "А, відповідно, Сокол та Журавко використовують ці земельні ділянки без правовстановлюючих документів."
PARLIAMENT = ("Керівник апарату Верховної Ради Валентин Зайчук, його заступник Володимир Яловий, а також члени "
              "їхніх родин отримали земельні ділянки у Бучі, що під Києвом.")

# A tur2003news validation sentence, written as a paper would (the corpus splits the suffixes
# off): the base model also reads the flag ("Türk Bayrağı") as a place, which the linker could
# send to Turkey.
FLAG = "Çiller'e kürsüye çıktığı tüm yerlerde Türk Bayrağı'na sarılmasını söylediler."

# One of the last 1,000 WikiNEuRal ru validation sentences, which the Russian specialist's
# training holds out: the base model reads the city as a person.
NAGASAKI = "После самоубийства дочери её преследуют воспоминания о разрушении и восстановлении Нагасаки."

# An ANERcorp dev sentence: a referee sent off Xavier Casas of Bilbao, which the base model reads
# as the city (a club the linker could then send to it).
BILBAO = "وشهدت الدقيقة 20 من المباراة طرد خافيير كاساس من بيلباو لاستخدامه الخشونة مع جوديونسون"


def _found(mentions):
    return {(m.text, m.type) for m in mentions}


@pytest.mark.parametrize("backend", ["ner", "ner_fp32"])
def test_ukrainian_text_goes_to_the_ukrainian_specialist(backend, request):
    ner = request.getfixturevalue(backend)
    assert set(ner.specialists) >= {"uk"} and ner.specialists["uk"].model_dir == ROOT / "models" / "ner-uk"
    surnames, parliament = ner.recognize([SURNAMES, PARLIAMENT], langs=["uk", "uk"])
    assert _found(surnames) == {("Сокол", "PER"), ("Журавко", "PER")}
    # the int8 file (7-bit weights) misses the parliament here as the base model does; fp32 finds it
    if backend == "ner_fp32":
        assert ("Верховної Ради", "ORG") in _found(parliament)
    assert {("Валентин Зайчук", "PER"), ("Бучі", "LOC")} <= _found(parliament)
    # what the base model alone reads, which the specialist is for
    assert _found(ner.base.recognize([SURNAMES])[0]) == {("Сокол", "LOC"), ("Журавко", "LOC")}
    # the same text given as a language with no specialist is the base model's
    assert ner.recognize([SURNAMES], langs=["pl"]) == ner.base.recognize([SURNAMES])


@pytest.mark.parametrize("backend", ["ner", "ner_fp32"])
def test_turkish_text_goes_to_the_turkish_specialist(backend, request):
    ner = request.getfixturevalue(backend)
    assert ner.specialists["tr"].model_dir == ROOT / "models" / "ner-tr"
    assert _found(ner.recognize([FLAG], langs=["tr"])[0]) == {("Çiller", "PER")}
    assert _found(ner.base.recognize([FLAG])[0]) == {("Çiller", "PER"), ("Türk Bayrağı", "LOC")}


@pytest.mark.parametrize("backend", ["ner", "ner_fp32"])
def test_russian_text_goes_to_the_russian_specialist(backend, request):
    ner = request.getfixturevalue(backend)
    assert ner.specialists["ru"].model_dir == ROOT / "models" / "ner-ru"
    assert _found(ner.recognize([NAGASAKI], langs=["ru"])[0]) == {("Нагасаки", "LOC")}
    assert _found(ner.base.recognize([NAGASAKI])[0]) == {("Нагасаки", "PER")}


@pytest.mark.parametrize("backend", ["ner", "ner_fp32"])
def test_arabic_text_goes_to_the_arabic_specialist(backend, request):
    ner = request.getfixturevalue(backend)
    assert ner.specialists["ar"].model_dir == ROOT / "models" / "ner-ar"
    players = {("خافيير كاساس", "PER"), ("جوديونسون", "PER")}
    assert _found(ner.recognize([BILBAO], langs=["ar"])[0]) == players | {("بيلباو", "ORG")}
    assert _found(ner.base.recognize([BILBAO])[0]) == players | {("بيلباو", "LOC")}


def test_the_linker_routes_by_the_detected_language(world_linker, seed_text):
    """No `lang`: the detector says Ukrainian, so the specialist reads it and the surnames stay
    persons (NIL), never places; an English article is read exactly as by the base model."""
    doc = world_linker.link(SURNAMES)
    assert doc.lang == "uk"
    assert {(e.text, e.type, e.id) for e in doc.entities} == {("Сокол", "PER", None), ("Журавко", "PER", None)}
    doc = world_linker.link(FLAG)
    # "Türk" is Turkey's adjective (MISC, linked to Turkey), the flag no place
    assert doc.lang == "tr" and {(e.text, e.type) for e in doc.entities} == {("Çiller", "PER"), ("Türk", "MISC")}
    doc = world_linker.link(NAGASAKI)
    assert doc.lang == "ru" and [(e.text, e.type) for e in doc.entities] == [("Нагасаки", "LOC")]
    ner = world_linker.ner
    assert ner.recognize([seed_text], langs=["en"]) == ner.base.recognize([seed_text])


def test_no_specialists_when_the_config_says_none():
    import dataclasses

    from service.config import Config
    from service.runtime import build_ner
    cfg = dataclasses.replace(Config.from_env(), ner_model="accurate", ner_specialists="none")
    ner = build_ner(cfg, threads=1)
    assert not hasattr(ner, "specialists") and ner.model_dir == ROOT / "models" / "ner"
    cfg = dataclasses.replace(cfg, ner_specialists="uk")
    assert set(build_ner(cfg, threads=1).specialists) == {"uk"}
    cfg = dataclasses.replace(cfg, ner_specialists="auto")
    assert set(build_ner(cfg, threads=1).specialists) >= {"uk", "tr", "ru", "ar"}
