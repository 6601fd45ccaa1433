"""The demo page in a real headless Chromium (Debian's, driven by Playwright; no browser
download): link the seed article, check highlights and IDs, link Arabic and check RTL."""
import shutil
import threading

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
