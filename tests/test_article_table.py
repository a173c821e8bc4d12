"""The graph's article table (contract 1.1): filled for every input format, referenced by
every evidence item, and shown by the notebook API and the HTML view."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline import load
from pipeline.cli import app
from pipeline.export import GRAPH_JSON
from pipeline.schemas import SCHEMA_VERSION, GraphDocument
from pipeline.view import view_data

from .conftest import REPO, SAMPLES

pytestmark = pytest.mark.slow
PAGES = REPO / "tests" / "pages"
runner = CliRunner()


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory):
    """Every format: plain text and front matter (the seeds), web pages, JSONL, one JSON
    object, plain text on stdin."""
    folder = tmp_path_factory.mktemp("mixed")
    inputs = folder / "in"
    (inputs / "site" / "a").mkdir(parents=True)
    (inputs / "site" / "b").mkdir(parents=True)
    (inputs / "site" / "a" / "index.html").write_bytes((PAGES / "dpg_article.html").read_bytes())
    (inputs / "site" / "b" / "index.html").write_bytes((PAGES / "wordpress_post.html").read_bytes())
    (inputs / "feed.jsonl").write_text(json.dumps({"id": "j1", "title": "Rutte en Merkel", "published_at": 1557835045,
                                                   "url": "https://example.nl/j1", "site": "Voorbeeld",
                                                   "text": "Premier Mark Rutte sprak dinsdag in Berlijn met bondskanselier Angela Merkel."}) + "\n")
    (inputs / "los.json").write_text(json.dumps({"title": "Los", "published_at": "2019/05/16",
                                                 "text": "Minister Stef Blok ontmoette woensdag in Brussel zijn Duitse collega Heiko Maas."}, indent=2))
    (inputs / "tekst.jpg").write_bytes(b"\xff\xd8")
    out = folder / "out"
    result = runner.invoke(app, ["run", str(SAMPLES), str(inputs), "-", "--out", str(out), "--no-cache"],
                           input="President Emmanuel Macron sprak donderdag in Parijs met premier Giuseppe Conte.\n")
    return result, out


def test_run_of_every_format_fills_the_article_table(mixed_run):
    result, out = mixed_run
    assert result.exit_code == 0, result.output
    assert "note: <stdin>: read as one plain-text article" in result.output
    assert "1 files skipped as unsupported (--verbose names them)" in result.output
    data = json.loads((out / GRAPH_JSON).read_text())
    assert data["graph"]["schema_version"] == SCHEMA_VERSION == "1.2"
    table = {row["id"]: row for row in data["graph"]["article_table"]}
    assert sorted(table) == ["000_84c4952abb643df5", "004_0acb126a89d1fdc7", "j1", "los", "site/a/index", "site/b/index", "stdin"]
    assert table["site/a/index"] | {"source": None} == {
        "id": "site/a/index", "title": "Rutte spreekt met Macron over migratie", "published": "2019-05-14", "source": None,
        "url": "https://www.ad.nl/binnenland/rutte-spreekt-met-macron~a1b2c3/", "site": "AD.nl", "author": "Jan de Vries"}
    assert table["site/b/index"]["site"] == "Amsterdams Dagblog"
    assert (table["j1"]["published"], table["j1"]["url"], table["j1"]["site"]) == ("2019-05-14", "https://example.nl/j1", "Voorbeeld")
    assert (table["los"]["title"], table["los"]["published"]) == ("Los", "2019-05-16")
    assert table["004_0acb126a89d1fdc7"]["url"] == "https://nos.nl/l/2284652"
    assert table["stdin"]["source"] == "<stdin>"
    cited = {e["doc_id"] for node in data["nodes"] for e in node.get("evidence", [])} | \
        {d for node in data["nodes"] for d in node.get("doc_ids", [])}
    assert cited and cited <= set(table)


def test_verbose_names_the_skipped_files(tmp_path):
    (tmp_path / "a.txt").write_text("Premier Mark Rutte sprak dinsdag met president Emmanuel Macron.")
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8")
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "out"), "--no-cache", "--verbose"])
    assert result.exit_code == 0, result.output
    assert f"skipped: {tmp_path / 'foto.jpg'}: unsupported file type; skipped" in result.output
    assert "1 files skipped as unsupported\n" in result.output


def test_a_doc_id_missing_from_the_table_fails_validation(mixed_run):
    _, out = mixed_run
    data = json.loads((out / GRAPH_JSON).read_text())
    data["graph"]["article_table"] = [row for row in data["graph"]["article_table"] if row["id"] != "site/a/index"]
    with pytest.raises(ValueError, match="not in the article table"):
        GraphDocument.model_validate(data)
    data["graph"]["schema_version"] = "1.0"  # a 1.0 file has no table and still loads
    data["graph"].pop("article_table")
    GraphDocument.model_validate(data)


def test_notebook_api_articles_and_citations(mixed_run):
    _, out = mixed_run
    g = load(out / GRAPH_JSON)
    frame = g.articles()
    assert list(frame.columns) == ["id", "title", "published", "url", "site", "author", "source"]
    assert frame.set_index("id").loc["site/a/index", "title"] == "Rutte spreekt met Macron over migratie"
    meeting = g.meetings(entity="Rutte")
    row = next(r for r in meeting.itertuples() if "site/a/index" in r.doc_ids)
    assert row.titles[row.doc_ids.index("site/a/index")] == "Rutte spreekt met Macron over migratie"
    assert list(g.articles(event=row.id).id) == sorted(set(row.doc_ids))
    assert g.article("j1")["url"] == "https://example.nl/j1"
    html = g.evidence_html(row.id)
    assert '<a href="https://www.ad.nl/binnenland/rutte-spreekt-met-macron~a1b2c3/"' in html and "2019-05-14" in html


def test_view_shows_headline_date_and_link_next_to_evidence(mixed_run):
    _, out = mixed_run
    data = view_data(load(out / GRAPH_JSON))
    evidence = [e for event in data["events"].values() for e in event["evidence"]]
    page = next(e for e in evidence if e["doc_id"] == "site/a/index")
    assert (page["title"], page["published"], page["url"]) == (
        "Rutte spreekt met Macron over migratie", "2019-05-14", "https://www.ad.nl/binnenland/rutte-spreekt-met-macron~a1b2c3/")
    assert all(e["url"] is None or e["url"].startswith(("http://", "https://")) for e in evidence)


def test_view_in_chromium_links_the_headline(mixed_run, tmp_path):
    from selenium.webdriver.common.by import By

    from pipeline.view import write_view

    from .test_view import _browser, _open

    _, out = mixed_run
    page = write_view(out / GRAPH_JSON, tmp_path / "graph.html")
    browser = _browser(tmp_path)
    try:
        _open(browser, page)
        next(li for li in browser.find_elements(By.CSS_SELECTOR, "#entities li[data-id]") if li.text.startswith("Emmanuel Macron")).click()
        links = browser.find_elements(By.CSS_SELECTOR, "#panel .citation a")
        assert any(link.text == "Rutte spreekt met Macron over migratie" and
                   link.get_attribute("href") == "https://www.ad.nl/binnenland/rutte-spreekt-met-macron~a1b2c3/" for link in links)
        assert "Rutte spreekt met Macron over migratie, 2019-05-14" in browser.find_element(By.ID, "panel").text
    finally:
        browser.quit()


def test_view_never_links_a_url_that_is_not_a_web_address():
    from .test_view import HOSTILE, hostile_graph

    graph = hostile_graph()
    graph._articles['d1"><script>x</script>'] = {"id": 'd1"><script>x</script>', "title": HOSTILE, "published": "2019-05-14",
                                                 "url": "javascript:window.pwned=4", "site": None, "author": None, "source": "x"}
    data = view_data(graph)
    (evidence,) = {e["doc_id"]: e for event in data["events"].values() for e in event["evidence"]}.values()
    assert evidence["title"] == HOSTILE and evidence["url"] is None
    assert "javascript:" not in graph.evidence_html("m1") and "&lt;/script&gt;" in graph.evidence_html("m1")
