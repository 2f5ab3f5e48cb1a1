"""The query page in a real headless browser: Debian's chromium driven by selenium."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serve_support import running_server

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="Debian's chromium and chromium-driver are not installed"
           " (.ci/run installs them: apt-get install chromium chromium-driver)")

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-dev-shm-usage", "--window-size=1400,1000")


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running_server("--timeout", "20") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(browser: object, script: str, seconds: float = 30) -> object:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, seconds).until(lambda driver: driver.execute_script(script))


def test_page_runs_a_query_and_shows_rows(browser: object, base: str,
                                          tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{base}/")
    wait_for(browser, "return document.body.dataset.ready === 'true'")
    examples = [option.get_attribute("value")
                for option in browser.find_elements(By.CSS_SELECTOR, "#examples option")]
    assert "ties" in examples
    assert "SELECT ?source ?target" in browser.find_element(By.ID, "editor").get_property("value")

    browser.find_element(By.ID, "run").click()
    wait_for(browser, "return document.querySelectorAll('#results tbody tr').length > 0")
    headers = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, "#results th")]
    assert headers == ["source", "target", "type", "evidence", "origin"]
    rows = [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")]
            for row in browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")]
    assert len(rows) == 9
    assert ["Russia", "Algeria", "ArmsTransfer"] in [row[:3] for row in rows]
    assert browser.find_element(By.ID, "status").text.startswith("9 rows")
    browser.save_screenshot(str(tmp_path / "page.png"))


def test_page_runs_edited_sparql_and_reports_errors(browser: object, base: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{base}/")
    wait_for(browser, "return document.body.dataset.ready === 'true'")
    editor = browser.find_element(By.ID, "editor")
    editor.clear()
    editor.send_keys("SELECT ?name WHERE { ?c a dg:Country ; rdfs:label ?name } ORDER BY ?name")
    browser.find_element(By.ID, "run").click()
    wait_for(browser, "return document.querySelectorAll('#results tbody tr').length === 7")
    first = browser.find_element(By.CSS_SELECTOR, "#results tbody tr td").text
    assert first == "Algeria"

    editor.clear()
    editor.send_keys("SELECT * WHERE { ?s ?p }")
    browser.find_element(By.ID, "run").click()
    wait_for(browser, "return document.getElementById('status').className === 'error'")
    assert "Error 400" in browser.find_element(By.ID, "status").text


def test_downloads_csv_and_json(browser: object, base: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{base}/")
    wait_for(browser, "return document.body.dataset.ready === 'true'")
    # Catch the blobs the page offers and the download links it clicks.
    browser.execute_script(
        "window.downloads = []; window.blobs = [];"
        "URL.createObjectURL = (blob) => { window.blobs.push(blob); return 'blob:caught'; };"
        "HTMLAnchorElement.prototype.click = function () {"
        "  window.downloads.push([this.download, this.href]); };")
    read = ("const done = arguments[arguments.length - 1];"
            "window.blobs[arguments[0]].text().then(done);")
    browser.find_element(By.ID, "download-csv").click()
    wait_for(browser, "return window.downloads.length === 1")
    assert browser.execute_script("return window.downloads[0][0]") == "ties.csv"
    lines = browser.execute_async_script(read, 0).splitlines()
    assert lines[0] == "source,target,type,evidence,origin"
    assert len(lines) == 10
    browser.find_element(By.ID, "download-json").click()
    wait_for(browser, "return window.downloads.length === 2")
    assert browser.execute_script("return window.downloads[1][0]") == "ties.json"
    document = json.loads(browser.execute_async_script(read, 1))
    assert len(document["results"]["bindings"]) == 9


def test_partner_network_picture_loads(browser: object, base: str) -> None:
    browser.get(f"{base}/")
    wait_for(browser, "return document.body.dataset.ready === 'true'")
    wait_for(browser, "const img = document.getElementById('network');"
                      " return img.complete && img.naturalWidth > 0", seconds=60)
    assert browser.execute_script("return document.getElementById('country').value") \
        == "Mozambique"


def test_page_fetches_nothing_from_elsewhere(browser: object, base: str) -> None:
    browser.get(f"{base}/")
    wait_for(browser, "return document.body.dataset.ready === 'true'")
    resources = browser.execute_script(
        "return performance.getEntriesByType('resource').map(entry => entry.name)")
    assert resources, "the page loaded no script or style"
    assert all(name.startswith(base) for name in resources), resources
