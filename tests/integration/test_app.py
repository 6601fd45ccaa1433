"""The HTTP API through Flask's test client: results, every kind of bad input, metrics."""
import json

import pytest

from service.config import Config
from service.web.app import create_app


@pytest.fixture(scope="module")
def client(seed_linker):
    return create_app(seed_linker, Config.from_env()).test_client()


def post(client, body, content_type="application/json", path="/v1/link", **kw):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(path, data=data, content_type=content_type, **kw)


def test_link_returns_entities_with_code_point_offsets(client):
    text = "قالت قوات سوريا الديمقراطية 🎉 إنها سيطرت على حي الصاخور في حلب"
    r = post(client, {"text": text})
    assert r.status_code == 200
    body = r.get_json()
    assert body["lang"] == "ar" and body["model"] and body["gazetteer"]
    for e in body["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
        assert set(e) == {"start", "end", "text", "type", "id", "name", "qid", "geonames", "score", "nil_key"}
        assert (e["nil_key"] is None) == (e["id"] is not None)  # a key for NIL mentions only
    assert {e["id"] for e in body["entities"]} >= {"el:aleppo-sakhour", "Q41183"}


def test_candidates_and_explain(client):
    r = post(client, {"text": "Rebels left Sakhur in Aleppo.", "lang": "en", "candidates": 2, "explain": True})
    ent = next(e for e in r.get_json()["entities"] if e["text"] == "Sakhur")
    assert len(ent["candidates"]) <= 2 and ent["candidates"][0]["id"] == "el:aleppo-sakhour"
    assert "explanation" in ent


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_valid(client, text):
    r = post(client, {"text": text})
    assert r.status_code == 200 and r.get_json()["entities"] == []


@pytest.mark.parametrize("body,content_type,status,code", [
    (b"not json", "application/json", 400, "invalid_json"),
    (b'{"text": "caf\xe9"}', "application/json", 400, "invalid_utf8"),
    ({"text": "x"}, "text/plain", 415, "unsupported_media_type"),
    ({"text": "x"}, "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    ({"lang": "en"}, "application/json", 400, "invalid_request"),
    ({"text": 42}, "application/json", 400, "invalid_request"),
    ({"text": None}, "application/json", 400, "invalid_request"),
    (["text"], "application/json", 400, "invalid_request"),
    ({"text": "x", "lang": "klingon-xx"}, "application/json", 400, "unknown_lang"),
    ({"text": "x", "lang": "qq"}, "application/json", 400, "unknown_lang"),
    ({"text": "x", "candidates": 11}, "application/json", 400, "invalid_request"),
    ({"text": "x", "candidates": -1}, "application/json", 400, "invalid_request"),
    ({"text": "x", "candidates": "3"}, "application/json", 400, "invalid_request"),
    ({"text": "x", "explain": "yes"}, "application/json", 400, "invalid_request"),
    ({"text": "x", "unknown": 1}, "application/json", 400, "invalid_request"),
    (b'{"text": "x", "n": ' + b"9" * 5000 + b"}", "application/json", 400, "invalid_json"),
    (b"[" * 100_000 + b"]" * 100_000, "application/json", 400, "invalid_json"),
    (b'{"text": "\\ud800 lone surrogate"}', "application/json", 400, "invalid_json"),
])
def test_bad_requests_get_json_errors(client, body, content_type, status, code):
    r = post(client, body, content_type)
    assert r.status_code == status, r.data
    assert r.get_json()["error"]["code"] == code
    assert r.get_json()["error"]["message"]


def test_text_over_the_limit_is_413(client):
    r = post(client, {"text": "a" * 200_001})
    assert r.status_code == 413 and r.get_json()["error"]["code"] == "text_too_long"


def test_body_over_the_limit_is_413(seed_linker):
    import dataclasses
    small = create_app(seed_linker, dataclasses.replace(Config.from_env(), max_body_bytes=1000)).test_client()
    r = post(small, {"text": "a" * 5000})
    assert r.status_code == 413 and r.get_json()["error"]["code"] == "body_too_large"


def test_unknown_route_and_method_are_json(client):
    assert client.get("/v1/nope").get_json()["error"]["code"] == "not_found"
    r = client.get("/v1/link")
    assert r.status_code == 405 and r.get_json()["error"]["code"] == "method_not_allowed"


def test_batch_keeps_order_and_isolates_bad_documents(client):
    docs = [
        {"id": "a", "text": "Rebels left Sakhour."},
        {"id": "b", "text": 5},
        {"id": 3, "text": "Des combats ont eu lieu à Alep et à Damas.", "lang": "fr"},
        {"id": "d", "text": "x", "lang": "zz-nope"},
        "not an object",
        {"id": "f", "text": "a" * 200_001},
    ]
    r = post(client, {"documents": docs}, path="/v1/link/batch")
    assert r.status_code == 200
    res = r.get_json()["results"]
    assert [x.get("id") for x in res] == ["a", "b", 3, "d", None, "f"]
    assert res[0]["entities"][0]["id"] == "el:aleppo-sakhour"
    assert [x["error"]["code"] for x in res if "error" in x] == ["invalid_document"] * 3 + ["text_too_long"]
    assert {e["id"] for e in res[2]["entities"]} == {"Q41183", "gn:170654"}


def test_batch_over_its_count_limit(client):
    r = post(client, {"documents": [{"id": i, "text": "x"} for i in range(65)]}, path="/v1/link/batch")
    assert r.status_code == 413 and r.get_json()["error"]["code"] == "batch_too_large"


def test_entity_and_search(client):
    r = client.get("/v1/entities/el:aleppo-sakhour")
    assert r.status_code == 200
    body = r.get_json()
    assert body["parent"] == "Q41183" and {"name": "الصاخور", "lang": "ar", "script": "Arabic"} in body["aliases"]
    assert client.get("/v1/entities/nope:1").status_code == 404
    r = client.get("/v1/search?q=Сахур&limit=2")
    assert r.get_json()["candidates"][0]["id"] == "el:aleppo-sakhour"
    assert client.get("/v1/search?limit=2").status_code == 400
    assert client.get("/v1/search?q=x&limit=0").status_code == 400


def test_health_ready_metrics_openapi(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    ready = client.get("/readyz").get_json()
    assert ready["status"] == "ready" and ready["gazetteer"]["entities"] > 50
    post(client, {"text": "Wissam Zarqa stayed in Aleppo."})
    metrics = client.get("/metrics").data.decode()
    for name in ("el_http_requests_total", "el_http_request_seconds_bucket", "el_documents_total",
                 "el_mentions_total", "el_nil_mentions_total"):
        assert name in metrics
    spec = client.get("/openapi.json").get_json()
    assert {"/v1/link", "/v1/link/batch", "/v1/search", "/v1/entities/{entity_id}"} <= set(spec["paths"])
    ui = client.get("/openapi/swagger")
    assert ui.status_code == 200 and b"swagger-ui" in ui.data and b"https://" not in ui.data


def test_api_keys(seed_linker):
    import dataclasses
    app = create_app(seed_linker, dataclasses.replace(Config.from_env(), api_keys=frozenset({"k1"}))).test_client()
    assert post(app, {"text": "x"}).status_code == 401
    assert post(app, {"text": "x"}, headers={"X-API-Key": "wrong"}).get_json()["error"]["code"] == "unauthorized"
    assert post(app, {"text": "x"}, headers={"X-API-Key": "k1"}).status_code == 200
    assert app.get("/healthz").status_code == 200  # probes stay open


def test_uncovered_languages_and_unsure_guesses_are_said(client):
    """Chinese text is read but flagged (the model never saw Chinese: no entities is not "none
    there"); a one-word text the detector can only guess at gets no language rather than a
    wrong one ("Paris" came out German, "Kämpfe in Aleppo." Italian), and an upper-case or
    regional code is read as its language."""
    r = post(client, {"text": "战斗在阿勒颇继续。"}).get_json()
    assert r["lang"] == "zh" and [w["code"] for w in r["warnings"]] == ["language_not_supported"]
    for text in ("Paris", "Kämpfe in Aleppo."):
        r = post(client, {"text": text}).get_json()
        assert r["lang"] is None and r["warnings"] == [], text
    r = post(client, {"text": "Kämpfe in Aleppo.", "lang": "DE-de"}).get_json()
    assert r["lang"] == "de" and [e["id"] for e in r["entities"]] == ["Q41183"]
    batch = post(client, {"documents": [{"id": 1, "text": "Бои в Алеппо.", "lang": "RU"}]},
                 path="/v1/link/batch").get_json()
    assert batch["results"][0]["lang"] == "ru" and batch["results"][0]["warnings"] == []
