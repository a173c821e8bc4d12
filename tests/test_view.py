"""The offline HTML view: self-contained, escaped, and working in a real browser."""

from __future__ import annotations

import os
import re
import shutil

import networkx as nx
import pytest

from pipeline.api import NewsGraph
from pipeline.run import run
from pipeline.view import render_html, view_data

from .conftest import SAMPLES

HOSTILE = "</script><script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">"


def hostile_graph() -> NewsGraph:
    graph = nx.DiGraph(articles=1)
    for key, name in (("p1", "Eve <script>window.pwned=3</script>"), ("p2", "Bob")):
        graph.add_node(key, kind="entity", name=name, type="PERSON", aliases=[name, HOSTILE], mentions=2, kb_id=None, doc_ids=["d1"])
    evidence = [{"doc_id": "d1\"><script>x</script>", "sentence": HOSTILE, "start": 0, "end": len(HOSTILE)}]
    graph.add_node("m1", kind="meeting", type="meeting", date="2019-05-14", evidence=evidence)
    graph.add_node("s1", kind="statement", type="direct", date="2019-05-14", text=HOSTILE, cue="zeggen", evidence=evidence)
    graph.add_edges_from([("p1", "m1"), ("p2", "m1")], role="participant")
    graph.add_edge("p1", "s1", role="speaker")
    graph.add_edge("s1", "p2", role="about")
    return NewsGraph(graph)


def test_view_escapes_article_text():
    page = render_html(hostile_graph())
    assert len(re.findall(r"<script", page, flags=re.I)) == 2  # the data block and the page's own script
    assert "</script><script>" not in page and "<img" not in page
    assert "\\u003c/script\\u003e" in page


def test_view_is_self_contained():
    page = render_html(hostile_graph())
    assert not re.search(r"(src|href)=[\"']?(https?:)?//", page)
    assert "default-src 'none'" in page


def test_view_data_links_edges_to_events():
    data = view_data(hostile_graph())
    assert {n["id"] for n in data["nodes"]} == {"p1", "p2"}
    (edge,) = data["edges"]
    assert set(edge["relations"]) == {"met", "spoke_about"} and set(edge["events"]) == {"m1", "s1"}


def _browser(tmp_path):
    chromium, driver = shutil.which("chromium") or shutil.which("chromium-browser"), shutil.which("chromedriver")
    if not (chromium and driver):
        if os.environ.get("NEWSGRAPH_REQUIRE_BROWSER"):
            pytest.fail("chromium and chromium-driver are required here (NEWSGRAPH_REQUIRE_BROWSER is set)")
        pytest.skip("chromium / chromedriver not installed (Debian: chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1400,900"):
        options.add_argument(argument)
    return webdriver.Chrome(options=options, service=Service(driver))


@pytest.mark.slow
def test_view_in_headless_chromium(tmp_path):
    from selenium.webdriver.common.by import By

    out = tmp_path / "out"
    run([str(SAMPLES)], out, use_cache=False)
    page = out / "graph.html"
    from pipeline.view import write_view

    write_view(out / "graph.json", page)
    browser = _browser(tmp_path)
    try:
        browser.get(page.as_uri())
        browser.find_element(By.CSS_SELECTOR, "g.node[data-name='Vladimir Putin'] circle").click()
        panel = browser.find_element(By.ID, "panel").text
        assert panel.startswith("Vladimir Putin") and "Poetin" in panel
        assert "000_84c4952abb643df5" in panel and "verklaarde Poetin" in panel
        edges = browser.find_elements(By.CSS_SELECTOR, "line.edge")
        assert edges
        browser.find_element(By.ID, "filter").send_keys("Pompeo")
        faded = browser.find_elements(By.CSS_SELECTOR, "g.node.faded")
        assert faded and not browser.find_elements(By.CSS_SELECTOR, "g.node.faded[data-name='Mike Pompeo']")
        assert browser.save_screenshot(str(tmp_path / "view.png")) and (tmp_path / "view.png").stat().st_size > 10_000
    finally:
        browser.quit()


@pytest.mark.slow
def test_hostile_text_runs_no_script_in_chromium(tmp_path):
    from selenium.webdriver.common.by import By

    page = tmp_path / "hostile.html"
    page.write_text(render_html(hostile_graph()), encoding="utf8")
    browser = _browser(tmp_path)
    try:
        browser.get(page.as_uri())
        browser.find_element(By.CSS_SELECTOR, "g.node[data-id='p2'] circle").click()
        assert browser.execute_script("return window.pwned === undefined")
        assert HOSTILE in browser.find_element(By.ID, "panel").text  # shown as text, not run
    finally:
        browser.quit()
