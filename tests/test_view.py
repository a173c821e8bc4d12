"""The offline HTML view: self-contained, escaped, and working in a real browser."""

from __future__ import annotations

import os
import random
import re
import shutil
import sys
import time

import networkx as nx
import pytest

from pipeline.api import NewsGraph
from pipeline.run import run
from pipeline.view import render_html, view_data

from .conftest import REPO, SAMPLES
from .graphs import entity, meeting, small_graph, statement

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
    assert len(re.findall(r"<script", page, flags=re.I)) == 3  # the data block, the graph libraries, the page's own script
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


def test_view_keeps_entities_without_an_entity_to_entity_edge():
    data = view_data(NewsGraph(small_graph()))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == {n for n, k in small_graph().nodes(data="kind") if k == "entity"}
    merkel, lavrov = nodes["Q567"], nodes["PERSON:Sergey Lavrov"]  # a speaker about nobody; mentioned only
    assert merkel["drawn"] and merkel["degree"] == 0 and merkel["events"] == ["statement:2"]
    assert lavrov["drawn"] and lavrov["events"] == []
    assert data["summary"] and (data["drawn"], data["total"]) == (6, 6)
    assert view_data(NewsGraph(small_graph()), max_nodes=2)["drawn"] == 2  # the rest stay in the list
    quote = data["events"]["statement:1"]
    assert quote["people"] == {"speaker": ["Vladimir Putin"], "about": ["Donald Trump"]}
    assert [label for *_, label in quote["evidence"][0]["marks"]] == ["quote"]  # names inside the quote are not cut out of it
    assert (data["events"]["meeting:1"]["first"], data["events"]["meeting:1"]["last"]) == ("2019-05-01", "2019-05-31")


def archive_graph(entities: int = 7000, meetings: int = 60, statements: int = 2500) -> NewsGraph:
    """An archive-sized graph (the 1,438-article corpus has 7,252 entities, 1,898 projected
    edges, 54 meetings, 3,026 statements), generated with a fixed seed."""
    rng = random.Random(20)
    graph = nx.DiGraph(**small_graph().graph)
    for index in range(entities):
        entity(graph, f"E{index}", f"Entity {index} {rng.choice(['Jansen', 'de Vries', 'Bakker', 'Visser'])}",
               type=rng.choice(["PERSON", "ORG", "PLACE"]), mentions=1 + int(rng.paretovariate(1.2)), doc_ids=[f"d{index % 900}"])
    weights = [1 / (1 + i) for i in range(entities)]
    for index in range(meetings):
        participants = [f"E{i}" for i in sorted(set(rng.choices(range(entities), weights, k=3)))]
        meeting(graph, f"meeting:{index}", participants, date=f"2019-0{1 + index % 9}")
    for index in range(statements):
        speaker, target = rng.choices(range(entities), weights, k=2)
        statement(graph, f"statement:{index}", f"E{speaker}", f"uitspraak {index}", date=f"2019-0{1 + index % 9}-1{index % 9}",
                  about=[f"E{target}"] if target != speaker and index % 3 else [])
    return NewsGraph(graph)


def test_many_nodes_need_no_scipy(monkeypatch):
    """`--max-nodes 600` crashed with `No module named 'scipy'` (networkx's spring layout)."""
    monkeypatch.setitem(sys.modules, "scipy", None)
    data = view_data(archive_graph(entities=900, meetings=10, statements=800), max_nodes=600)
    assert data["drawn"] == 600 and data["total"] == 900


def test_view_command_with_600_nodes_writes_the_page(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.export import write_outputs

    monkeypatch.setitem(sys.modules, "scipy", None)
    write_outputs(archive_graph(entities=900, meetings=10, statements=800).graph, tmp_path / "run")
    result = CliRunner().invoke(app, ["view", str(tmp_path / "run" / "graph.json"), "-o", str(tmp_path / "view.html"), "--max-nodes", "600"])
    assert result.exit_code == 0, result.output
    assert '"drawn": 600' in (tmp_path / "view.html").read_text(encoding="utf8")


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
                     "--enable-unsafe-swiftshader", "--use-angle=swiftshader",  # WebGL in software: sigma.js draws with it
                     f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1400,900"):
        options.add_argument(argument)
    return webdriver.Chrome(options=options, service=Service(driver))


def _open(browser, page, timeout: float = 20) -> float:
    """Load the page; the seconds until its script has laid out and drawn the graph."""
    started = time.monotonic()
    browser.get(page.as_uri())
    while not browser.execute_script("return !!(window.newsgraphView && window.newsgraphView.ready)"):
        assert time.monotonic() - started < timeout, "the view did not finish loading"
        time.sleep(0.05)
    return time.monotonic() - started


OVERLAPS = """const boxes = window.newsgraphView.labelBoxes(); let overlapping = 0;
for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
  const a = boxes[i], b = boxes[j];
  if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping++; }
const shown = window.newsgraphView.renderer.getNodeDisplayedLabels();
return [overlapping, boxes.length, shown.size, boxes.every(b => shown.has(b.node))];"""

IN_VIEW = """const v = window.newsgraphView, d = v.renderer.getNodeDisplayData(arguments[0]);
const p = v.renderer.framedGraphToViewport(d), {width, height} = v.renderer.getDimensions();
return [p.x, p.y, p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height, v.renderer.getNodeDisplayedLabels().has(arguments[0])];"""


def _click_canvas(browser, x: float, y: float) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    container = browser.find_element(By.ID, "graph")
    size = container.size  # move_to_element_with_offset counts from the element's centre
    ActionChains(browser).move_to_element_with_offset(container, x - size["width"] / 2, y - size["height"] / 2).click().perform()


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
        _open(browser, page)
        overlapping, labels, shown, same = browser.execute_script(OVERLAPS)
        assert overlapping == 0 and labels >= 10 and same and shown == labels
        # search by an alias: Putin is selected, brought into view, labelled, his evidence shown
        browser.find_element(By.ID, "search").send_keys("Poetin")
        time.sleep(0.8)  # the camera's animation
        x, y, visible, labelled = browser.execute_script(IN_VIEW, "Q7747")
        assert visible and labelled
        panel = browser.find_element(By.ID, "panel").text
        assert panel.startswith("Vladimir Putin") and "Poetin" in panel
        assert "000_84c4952abb643df5" in panel and "verklaarde Poetin" in panel
        assert browser.find_elements(By.CSS_SELECTOR, "#panel mark.quote") and browser.find_elements(By.CSS_SELECTOR, "#panel mark.speaker")
        # a click on another node's circle, then on its label, selects it
        browser.find_element(By.ID, "search").clear()
        browser.execute_script("window.newsgraphView.renderer.getCamera().setState({x: 0.5, y: 0.5, ratio: 1})")
        time.sleep(0.3)
        x, y, visible, _ = browser.execute_script(IN_VIEW, "Q473239")
        assert visible
        _click_canvas(browser, x, y)
        assert browser.find_element(By.ID, "panel").text.startswith("Mike Pompeo")
        # with Pompeo selected only he and his neighbours are named; click one of their labels
        box = next(b for b in browser.execute_script("return window.newsgraphView.labelBoxes()") if b["node"] != "Q473239")
        name = browser.execute_script("return window.newsgraphView.graph.getNodeAttribute(arguments[0], 'label')", box["node"])
        _click_canvas(browser, (box["x1"] + box["x2"]) / 2, (box["y1"] + box["y2"]) / 2)
        assert browser.find_element(By.ID, "panel").text.startswith(name)
        assert browser.save_screenshot(str(tmp_path / "view.png")) and (tmp_path / "view.png").stat().st_size > 10_000
    finally:
        browser.quit()


@pytest.mark.slow
def test_archive_sized_view_opens_fast_with_no_label_overlap(tmp_path):
    from selenium.webdriver.common.by import By

    graph = archive_graph()
    page = tmp_path / "archive.html"
    page.write_text(render_html(graph), encoding="utf8")
    browser = _browser(tmp_path)
    try:
        seconds = _open(browser, page)
        assert seconds < 5, f"the archive-sized view took {seconds:.1f}s to open"
        assert browser.execute_script("return window.newsgraphView.graph.order") == 2000
        overlapping, labels, *_ = browser.execute_script(OVERLAPS)
        assert overlapping == 0 and labels >= 50
        # zoom in: labels stay the same size on screen, more of them fit, still none overlaps
        browser.execute_script("window.newsgraphView.renderer.getCamera().setState({ratio: 0.2})")
        time.sleep(0.5)
        overlapping, zoomed, *_ = browser.execute_script(OVERLAPS)
        assert overlapping == 0 and zoomed >= labels / 2
        # an entity not drawn is still found, and says why it is not drawn
        hidden = next(n for n in view_data(graph)["nodes"] if not n["drawn"])
        browser.find_element(By.ID, "search").send_keys(hidden["name"])
        time.sleep(0.3)
        assert "not drawn" in browser.find_element(By.ID, "panel").text
    finally:
        browser.quit()


@pytest.mark.slow
def test_hostile_text_runs_no_script_in_chromium(tmp_path):
    from selenium.webdriver.common.by import By

    page = tmp_path / "hostile.html"
    page.write_text(render_html(hostile_graph()), encoding="utf8")
    browser = _browser(tmp_path)
    try:
        _open(browser, page)
        browser.find_element(By.CSS_SELECTOR, "#entities li[data-id='p2']").click()
        assert browser.execute_script("return window.pwned === undefined")
        assert HOSTILE in browser.find_element(By.ID, "panel").text  # shown as text, not run
    finally:
        browser.quit()


@pytest.mark.slow
def test_evidence_shows_headline_date_and_link_of_each_article(tmp_path):
    from selenium.webdriver.common.by import By

    graph = small_graph()
    graph.graph["article_table"] = [
        {"id": "d1", "title": "Poetin ontvangt Trump <b>in</b> Moskou", "published": "2019-05-14", "url": "https://example.org/d1"},
        {"id": "d2", "title": "Telefoontje", "published": "2019-05-15", "url": "javascript:window.pwned=1"},
    ]
    page = tmp_path / "articles.html"
    page.write_text(render_html(NewsGraph(graph)), encoding="utf8")
    browser = _browser(tmp_path)
    try:
        _open(browser, page)
        browser.find_element(By.CSS_SELECTOR, "#entities li[data-id='Q7747']").click()
        panel = browser.find_element(By.ID, "panel").text
        assert "Poetin ontvangt Trump <b>in</b> Moskou, 2019-05-14 · d1" in panel and "Telefoontje, 2019-05-15 · d2" in panel
        links = {a.text: a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#panel a.article")}
        assert links == {"Poetin ontvangt Trump <b>in</b> Moskou": "https://example.org/d1"}  # no javascript: link
        marks = {m.get_attribute("class") for m in browser.find_elements(By.CSS_SELECTOR, "#panel mark")}
        assert {"participant", "quote"} <= marks
    finally:
        browser.quit()


def test_view_is_byte_identical_whatever_the_hash_seed(tmp_path):
    """Two processes with different PYTHONHASHSEED write the same page: marks of an entity's
    forms of equal length that overlap in a sentence (`Anna Maria` and `Maria Bosz` in
    `Anna Maria Bosz ontmoette Poetin`) no longer depend on set order."""
    import subprocess

    from pipeline.export import write_outputs

    graph = small_graph()
    forms = ["Anna Maria", "Maria Bosz", "nna Maria ", "na Maria B", "a Maria Bo", " Maria Bos"]
    entity(graph, "PERSON:anna maria bosz", "Bosz", aliases=forms, doc_ids=["d1"])
    meeting(graph, "meeting:9", ["PERSON:anna maria bosz", "Q7747"], sentence="Anna Maria Bosz ontmoette Poetin.")
    write_outputs(graph, tmp_path / "out")
    pages = []
    for seed in ("1", "2", "3", "4"):
        out = tmp_path / f"view-{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        subprocess.run([sys.executable, "-c", "from pipeline.cli import main; main()", "view", str(tmp_path / "out" / "graph.json"),
                        "--out", str(out)], env=env, check=True, capture_output=True)
        pages.append(out.read_bytes())
    assert all(page == pages[0] for page in pages[1:])
