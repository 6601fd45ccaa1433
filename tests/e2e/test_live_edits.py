"""Live edits against a real gunicorn with 2 workers: an entity PUT through one worker is
linked by both within seconds, and a DELETE unlinks it; writes need an API key."""
import json
import shutil
import time

import pytest

from .server import call, serve

KEY = {"X-API-Key": "editor-key"}
TEXT = "Karim Haddadin, the council's spokesman, said the talks in Aleppo would resume on Monday."
PERSON = {"name": "Karim Haddadin", "type": "PER", "aliases": [{"name": "كريم حدادين", "lang": "ar"}],
          "description": "spokesman (test entity)"}


@pytest.fixture(scope="module")
def editable(seed_db, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("live")
    db = tmp / "live.db"
    shutil.copy(seed_db, db)
    with serve(db, tmp, API_KEYS="editor-key") as running:
        yield running


def linked_ids(base, n=12):
    """What n requests (spread over both workers) link "Karim Haddadin" to, and the versions seen."""
    ids, versions = set(), set()
    for _ in range(n):
        status, body = call(base + "/v1/link", {"text": TEXT, "lang": "en"}, headers=KEY)
        assert status == 200, body
        doc = json.loads(body)
        versions.add(doc["gazetteer_version"])
        ids.update(e["id"] for e in doc["entities"] if e["text"] == "Karim Haddadin")
    return ids, versions


def test_writes_need_a_key(editable):
    base, _, _ = editable
    status, body = call(base + "/v1/entities/el:test-karim", PERSON, method="PUT")
    assert status == 401 and json.loads(body)["error"]["code"] == "unauthorized"
    status, body = call(base + "/v1/entities/el:test-karim", {"name": "x", "type": "PERSON"}, method="PUT",
                        headers=KEY)
    assert status == 400 and "type must be one of" in json.loads(body)["error"]["message"]
    status, body = call(base + "/v1/entities/el:test-karim", {**PERSON, "id": "el:other"}, method="PUT",
                        headers=KEY)
    assert status == 400


def test_put_then_delete_reach_both_workers(editable):
    base, _, _ = editable
    before, _ = linked_ids(base, 4)
    assert before == {None}
    status, body = call(base + "/v1/entities/el:test-karim", PERSON, method="PUT", headers=KEY)
    assert status == 201, body
    written = json.loads(body)
    assert written["created"] and written["entity"]["description"] == "spokesman (test entity)"
    time.sleep(5)  # the other worker refreshes within 2 s
    ids, versions = linked_ids(base)
    assert ids == {"el:test-karim"} and versions == {written["gazetteer_version"]}
    status, body = call(base + "/v1/entities/el:test-karim", PERSON, method="PUT", headers=KEY)
    assert status == 200 and not json.loads(body)["created"]

    status, body = call(base + "/v1/entities/el:test-karim", method="DELETE", headers=KEY)
    assert status == 200, body
    time.sleep(5)
    ids, _ = linked_ids(base)
    assert ids == {None}
    assert call(base + "/v1/entities/el:test-karim", method="DELETE", headers=KEY)[0] == 404
    assert call(base + "/v1/entities/el:test-karim", headers=KEY)[0] == 404
