"""Property tests: random Unicode through the Linker and the HTTP app. Mixed scripts,
combining marks, bidi and zero-width controls, emoji, very long words, empty lines and (over
HTTP) lone surrogates spelled as JSON escapes: no exception, no 5xx, and every entity's
offsets slice the input to exactly the text it returns."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.config import Config
from service.web.app import create_app

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

# Pieces real text is made of, and the ones that break naive offset code.
WORDS = ["Aleppo", "Sakhour", "حلب", "الصاخور", "وسوريا", "Сирии", "Москве", "Suriye'deki", "Ankara'dan",
         "z Syrii", "Damas", "Hezbollah", "Анкара", "東京", "Zürich", "İstanbul", "Ⅻ", "ﬁnance", "ǅemal"]
ODD = ["\u0301", "\u0651", "\u064b", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b",
       "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u00a0", "\u2028",
       "\u3000", "\t", "\r\n", "\n\n", "\n", " ", "🎉", "👩🏽‍⚕️", "🇸🇾", "\U0001d400", "'", "’", "-", ".", "\x00"]
piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(ODD),
    st.text(min_size=1, max_size=8),
    st.builds(lambda c, n: c * n, st.sampled_from(["a", "ب", "ж", "x\u0301"]), st.integers(50, 400)),  # long words
)
texts = st.lists(piece, max_size=40).map("".join)


def check_offsets(text: str, entities: list) -> None:
    for e in entities:
        start, end, surface = (e.start, e.end, e.text) if hasattr(e, "start") else (e["start"], e["end"], e["text"])
        assert 0 <= start < end <= len(text)
        assert text[start:end] == surface


@SETTINGS
@given(texts)
def test_linker_on_random_unicode(seed_linker, text):
    doc = seed_linker.link(text)
    check_offsets(text, doc.entities)


@pytest.fixture(scope="module")
def client(seed_linker):
    return create_app(seed_linker, Config()).test_client()


@SETTINGS
@given(texts, st.lists(st.sampled_from(["\ud800", "\udfff", "\udc00a", "\ud83d"]), max_size=2))
def test_http_on_random_unicode(client, text, surrogates):
    body = json.dumps({"text": text + "".join(surrogates)})  # ASCII JSON: surrogates go as \udXXX escapes
    r = client.post("/v1/link", data=body, content_type="application/json")
    assert r.status_code in (200, 400), r.get_data(as_text=True)
    out = r.get_json()
    sent = json.loads(body)["text"]  # a high and a low surrogate in a row decode to one character
    try:
        sent.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate is left
        assert r.status_code == 400 and out["error"]["code"]
    else:
        assert r.status_code == 200
        check_offsets(sent, out["entities"])
