"""The demo page in a real headless Chromium (Debian's, driven by Playwright; no browser
download): link the seed article, check highlights and IDs, link Arabic and check RTL."""
import dataclasses
import json
import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from service.config import Config
from service.web.app import create_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (make test installs it)")


@pytest.fixture(scope="module")
def base_url(seed_linker):
    server = make_server("127.0.0.1", 0, create_app(seed_linker, Config.from_env()), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from playwright.sync_api import sync_playwright
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"])
        yield browser.new_page()
        browser.close()


def test_link_the_seed_article(page, base_url, tmp_path):
    page.goto(base_url + "/")
    assert "BEIRUT" in page.input_value("#text")
    page.click("#link")
    page.wait_for_selector("#result .ent")
    linked = {a.get_attribute("data-id") for a in page.query_selector_all("#result a.ent")}
    assert {"Q41183", "el:aleppo-sakhour", "el:org-syrian-democratic-forces", "Q41053"} <= linked
    nil = [s.inner_text() for s in page.query_selector_all("#result span.ent.nil")]
    assert "Wissam Zarqa" in nil
    assert page.eval_on_selector("#result span.ent.nil", "e => getComputedStyle(e).borderStyle") == "dashed"
    page.click('#result a.ent[data-id="Q41183"]')
    assert "wikidata.org/wiki/Q41183" in page.inner_html("#details")
    assert "geonames.org/170063" in page.inner_html("#details")
    rows = page.query_selector_all("#table tbody tr")
    assert len(rows) == len(page.query_selector_all("#result .ent"))
    page.screenshot(path=str(tmp_path / "seed.png"), full_page=True)


def test_arabic_renders_right_to_left(page, base_url, tmp_path):
    page.goto(base_url + "/")
    text = "دخلت القوات الحكومية حي الصاخور في شرق حلب"
    page.fill("#text", text)
    page.select_option("#lang", "ar")
    page.click("#link")
    page.wait_for_selector("#result .ent")
    assert page.get_attribute("#result", "dir") == "rtl"
    assert page.eval_on_selector("#result", "e => getComputedStyle(e).direction") == "rtl"
    sak = page.query_selector('#result a.ent[data-id="el:aleppo-sakhour"]')
    aleppo = page.query_selector('#result a.ent[data-id="Q41183"]')
    assert sak.inner_text() == "الصاخور" and aleppo.inner_text() == "حلب"
    # right to left: the earlier word (al-Sakhour) sits to the right of the later one (Aleppo)
    assert sak.bounding_box()["x"] > aleppo.bounding_box()["x"]
    page.screenshot(path=str(tmp_path / "arabic.png"))


def test_api_errors_show_on_the_page(page, base_url):
    page.goto(base_url + "/")
    page.evaluate("document.getElementById('text').value = 'x'.repeat(200001)")
    page.click("#link")
    page.wait_for_selector("#error:not([hidden])")
    assert "text_too_long" in page.inner_text("#error")


def test_details_open_beside_the_mention_and_ids_are_links(page, base_url, tmp_path):
    """The panel opened ~2,270 px below the clicked mention, under the whole article; now it
    opens next to it, takes the focus, closes with Escape; the table's IDs link out."""
    page.set_viewport_size({"width": 1200, "height": 900})
    page.goto(base_url + "/")
    assert page.get_attribute("#text", "dir") == "auto"
    page.click("#link")
    page.wait_for_selector("#result .ent")
    top = page.evaluate("document.getElementById('result-section').getBoundingClientRect().top")
    assert top < 900, "the result starts within the first screen"
    mention = page.query_selector('#result a.ent[data-id="Q41183"]')
    mention.focus()
    page.keyboard.press("Enter")  # keyboard, not only the mouse
    page.wait_for_selector("#details:not([hidden])")
    m, d = mention.bounding_box(), page.query_selector("#details").bounding_box()
    assert 0 <= d["y"] - (m["y"] + m["height"]) < 40 and abs(d["x"] - m["x"]) < 400
    assert page.evaluate("document.activeElement.id") == "details"
    page.screenshot(path=str(tmp_path / "details.png"))
    page.keyboard.press("Escape")
    assert page.is_hidden("#details") and page.evaluate("document.activeElement.dataset.id") == "Q41183"
    hrefs = [a.get_attribute("href") for a in page.query_selector_all("#table tbody a")]
    assert "https://www.wikidata.org/wiki/Q41183" in hrefs


def test_download_has_the_text_and_an_error_clears_the_old_result(page, base_url):
    page.goto(base_url + "/")
    page.fill("#text", "Kämpfe in Aleppo und Damaskus.")
    page.select_option("#lang", "de")
    page.click("#link")
    page.wait_for_selector("#result .ent")
    with page.expect_download() as info:
        page.click("#download")
    saved = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert saved["text"] == "Kämpfe in Aleppo und Damaskus." and saved["entities"]
    page.evaluate("document.getElementById('text').value = 'x'.repeat(200001)")
    page.click("#link")
    page.wait_for_selector("#error:not([hidden])")
    assert page.is_hidden("#result-section") and page.is_disabled("#download")


def test_language_badge_says_when_the_model_does_not_cover_it(page, base_url):
    page.goto(base_url + "/")
    page.fill("#text", "战斗在阿勒颇继续。")
    page.click("#link")
    page.wait_for_selector("#lang-badge:not([hidden])")
    assert "not covered" in page.inner_text("#lang-badge")


def test_api_key_field_when_the_server_needs_keys(page, seed_linker):
    cfg = dataclasses.replace(Config.from_env(), api_keys=frozenset({"reader-key"}))
    server = make_server("127.0.0.1", 0, create_app(seed_linker, cfg), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page.goto(f"http://127.0.0.1:{server.server_port}/")
        page.wait_for_selector("#key-field:not([hidden])")
        page.fill("#text", "Fighting in Aleppo.")
        page.fill("#api-key", "")
        page.click("#link")
        page.wait_for_selector("#error:not([hidden])")
        assert "unauthorized" in page.inner_text("#error")
        page.fill("#api-key", "reader-key")
        page.click("#link")
        page.wait_for_selector("#result .ent")
        assert page.evaluate("sessionStorage.getItem('entity-linking-api-key')") == "reader-key"
    finally:
        server.shutdown()


def test_nil_mentions_of_one_name_share_an_outline_colour(page, base_url, tmp_path):
    """Issue 20: NIL mentions with the same nil_key are outlined in one colour, another
    unknown name in another; the key is on the mention and in the table."""
    page.goto(base_url + "/")
    page.fill("#text", "Bassel Qabbani met Marwan Tlass in Aleppo on Monday. Qabbani said the talks had failed, "
                       "and Tlass left the city the next day.")
    page.select_option("#lang", "en")
    page.click("#link")
    page.wait_for_selector("#result span.ent.nil")
    spans = page.query_selector_all("#result span.ent.nil[data-nil-key]")
    by_key: dict = {}
    for s in spans:
        colour = s.evaluate("e => getComputedStyle(e).outlineColor")
        assert s.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
        by_key.setdefault(s.get_attribute("data-nil-key"), set()).add((s.inner_text(), colour))
    assert {k: {t for t, _ in v} for k, v in by_key.items()} == {
        "PER:BSL-KBN": {"Bassel Qabbani", "Qabbani"}, "PER:MRN-TLS": {"Marwan Tlass", "Tlass"}}
    colours = [{c for _, c in v} for v in by_key.values()]
    assert all(len(c) == 1 for c in colours) and colours[0] != colours[1]
    assert "NIL PER:BSL-KBN" in page.inner_text("#table")
    page.screenshot(path=str(tmp_path / "nil-keys.png"), full_page=True)
