"""The dictionary readings the linker leans on to tell a common word from a name."""
import pytest

from service.text.morphology import common_word


@pytest.mark.parametrize("word", ["Или", "Казах", "Апатит", "Прогресс", "Торо"])
def test_a_word_held_only_as_a_common_word_is_common(word):
    assert common_word(word, "ru")


@pytest.mark.parametrize("word,lang", [
    ("Владимир", "ru"),  # a given name and a city
    ("Орел", "ru"),  # an eagle and a city: one reading is a place
    ("Уран", "ru"),  # uranium, Uranus, and a place
    ("Пинанг", "ru"),
    ("Урарту", "ru"),  # not in the dictionary at all
    ("Уран", "uk"),  # Ukrainian tags its place names as plain nouns, so it never says
    ("Уран", None),
])
def test_a_name_an_unknown_word_or_another_language_is_not(word, lang):
    assert not common_word(word, lang)
