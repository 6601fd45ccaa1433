"""Word and sentence splitting and windowing: pure functions, no model."""
from service.ner.words import split_sentences, split_words, windows


def test_word_and_sentence_splitting():
    text = "The U.N. warned Thursday. Assad's forces advanced. Next"
    words = [text[s:e] for s, e in split_words(text)]
    assert words[:3] == ["The", "U.N.", "warned"] and "'s" in words
    sents = split_sentences(text, split_words(text))
    assert len(sents) == 3


def test_windows_own_every_word_once():
    counts = [3] * 100
    wins = windows(counts, 60)
    owned = [w for _, _, a, b in wins for w in range(a, b)]
    assert owned == list(range(100))
    assert all(sum(counts[a:b]) <= 60 for a, b, _, _ in wins)


def test_words_follow_the_corpora_tokenization():
    text = "L'ONU et l'armée d'Italia aujourd'hui ; I'm sure Assad's 3,000 men and O'Brien they've 1.2"
    assert [text[s:e] for s, e in split_words(text)] == [
        "L'", "ONU", "et", "l'", "armée", "d'", "Italia", "aujourd'hui", ";", "I", "'m", "sure", "Assad", "'s",
        "3,000", "men", "and", "O'Brien", "they", "'ve", "1.2"]


def test_turkish_case_suffixes_after_an_apostrophe_are_words_of_their_own():
    """The Turkish corpora tag "Ankara" in "Ankara'dan"; the name with its suffix was one word,
    so the mention's span and its gazetteer lookup carried the suffix."""
    text = "Ankara'dan İstanbul'a, Halep'te ve Suriye'deki; Erdoğan'ın. O'Brien aujourd'hui Assad's Sana'a"
    words = [text[s:e] for s, e in split_words(text)]
    assert words[:4] == ["Ankara", "'dan", "İstanbul", "'a"]
    assert {"Halep", "'te", "Suriye", "'deki", "Erdoğan", "'ın"} <= set(words)
    assert {"O'Brien", "aujourd'hui", "Assad", "'s"} <= set(words)
    assert "'a" not in words[5:]  # Sana'a: a bare 'a follows consonants only


def test_a_short_turkish_name_before_a_bare_suffix_is_not_an_elision():
    """"İran'a" split as "İran'" + "a", like the elided "dell'" or "n'": the mention carried
    the apostrophe. French and Italian elisions stay as they were."""
    text = "ABD, İran'a ve Irak'a yaptırım uyguladı. Il n'a pas dit qu'il l'a vu. Nell'ambito dell'accordo."
    words = [text[s:e] for s, e in split_words(text)]
    assert ["İran", "'a", "ve", "Irak", "'a"] == words[2:7]
    assert {"n'", "l'", "Nell'", "dell'"} <= set(words) and "a" in words


def test_a_short_name_before_a_suffix_with_a_vowel_or_y_is_not_an_elision():
    """"ABD'ye", "NATO'ya", "Rus'un" came out as "ABD'" + "ye": the elision rule ("L'",
    "dell'") took any word of up to four letters before an apostrophe and a vowel or y."""
    text = "ABD'ye, NATO'ya ve AKP'yle görüştü; Rus'un yanıtı, Kürt'ün sesi. D'un côté, Qu'un L'Europe n'y a."
    words = [text[s:e] for s, e in split_words(text)]
    assert words[:8] == ["ABD", "'ye", ",", "NATO", "'ya", "ve", "AKP", "'yle"]
    assert {"Rus", "'un", "Kürt", "'ün"} <= set(words)
    assert words[-12:] == ["D'", "un", "côté", ",", "Qu'", "un", "L'", "Europe", "n'", "y", "a", "."]


def test_turkish_suffixes_beyond_the_cases_are_words_of_their_own():
    """Of the Turkish train splits' names before an apostrophe, 7% kept their suffix: "with"
    ('la), "from" ('li, 'liler), the accusative after a vowel ('nı), 'ndeki, 'nca, the copula
    ('dır, 'ydı) and the possessive's cases ('sının, 'ında) were not in the list."""
    text = ("Ankara'la Berlin'le Ankara'lı İzmir'liler Suriye'yi Rusya'nı Moskova'ndaki Türkiye'nce "
            "Paris'tir Ankara'ydı Irak'ın Erdoğan'ının Berlin'inde Sa'di Ma'rib")
    words = [text[s:e] for s, e in split_words(text)]
    assert words[:20] == ["Ankara", "'la", "Berlin", "'le", "Ankara", "'lı", "İzmir", "'liler", "Suriye", "'yi",
                          "Rusya", "'nı", "Moskova", "'ndaki", "Türkiye", "'nce", "Paris", "'tir", "Ankara", "'ydı"]
    assert words[20:26] == ["Irak", "'ın", "Erdoğan", "'ının", "Berlin", "'inde"]
    assert words[26:] == ["Sa'di", "Ma'rib"]


def test_a_short_capitalized_word_before_an_apostrophe_is_a_name_not_an_elision():
    """"Xi'an" came out as "Xi'" + "an", like "L'" or "Dell'": any capitalized word of up to
    four letters before an apostrophe and a vowel was taken for an elided article, and so were
    Qur'an, Ba'ath, Da'esh, Nuku'alofa and Eto'o."""
    text = ("Xi'an, Qur'an, Ba'ath, Da'esh, Nuku'alofa, Eto'o, Janūb Sīnā' . "
            "L'Aquila, Qu'il, Dell'Orto, All'inizio, Un'altra, Sant'Anna.")
    words = [text[s:e] for s, e in split_words(text)]
    assert {"Xi'an", "Qur'an", "Ba'ath", "Da'esh", "Nuku'alofa", "Eto'o", "Sīnā'"} <= set(words)
    assert {"L'", "Qu'", "Dell'", "All'", "Un'", "Sant'"} <= set(words)
