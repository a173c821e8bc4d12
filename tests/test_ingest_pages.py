"""Saved news pages (tests/pages/, hand-made with the furniture of common CMS kinds:
cookie banners, menus, breaking-news tickers, "Lees ook" blocks, share bars, comments,
related and most-read lists, footers) yield only their article, titled and dated."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.ingest import IngestError, read_inputs
from pipeline.schemas import Article

from .conftest import REPO, SEED_POMPEO

PAGES = REPO / "tests" / "pages"
# Page furniture that must never become article text; each string occurs in the pages.
FURNITURE = [
    "cookie", "Cookie", "Home", "Privacy", "Meld", "·", "Lees ook", "Gerelateerd", "Meer nieuws", "Meest gelezen",
    "Recente berichten", "nieuwsbrief", "Trump ontmoet Kim", "Poetin spreekt met Erdogan", "Netanyahu", "Varadkar",
    "Macron ontvangt Conte", "Merkel belt", "Rutte ontmoet Trump", "Poetin ontmoet Xi", "Geert Wilders", "Touria Meliani",
    "Deel op", "Facebook", "©", "Accepteren", "Akkoord", "Geplaatst in", "Tags",
]

EXPECTED = {
    "dpg_article": ("Rutte spreekt met Macron over migratie", "2019-05-14",
                    "https://www.ad.nl/binnenland/rutte-spreekt-met-macron~a1b2c3/", "AD.nl", "Jan de Vries",
                    "Premier Mark Rutte heeft dinsdag in Parijs gesproken", "top in Brussel."),
    "wordpress_post": ("Burgemeester Halsema ontvangt koning Willem-Alexander", "2019-04-26",
                       "https://amsterdamsdagblog.nl/2019/04/26/halsema-ontvangt-koning/", "Amsterdams Dagblog", "Sanne Bakker",
                       "Burgemeester Femke Halsema heeft koning", "door naar Den Haag."),
    "drupal_node": ("Blok spreekt met Maas over brexit", "2019-03-02", "https://www.regionieuws.nl/nieuws/blok-spreekt-met-maas",
                    "regionieuws.nl", None, "Minister Stef Blok van Buitenlandse Zaken", "onderhandelingen met Londen."),
    "regional_inline_leesook": ("Grapperhaus spreekt met burgemeesters over drugscriminaliteit", "2019-06-20",
                                "https://www.rtvnoordoost.nl/nieuws/123456/grapperhaus-spreekt-met-burgemeesters", "RTV Noordoost",
                                "Redactie", "Minister Ferd Grapperhaus van Justitie", "opnieuw bijeen met de minister."),
    "windows1252_legacy": ("Wopke Hoekstra praat met Franse collega Le Maire", "2019-02-05", None, "Financiële Krant", None,
                           "Minister Wopke Hoekstra van Financiën", "waar één besluit moet vallen."),
}


def read_page(name: str) -> Article:
    (article,) = [item for item in read_inputs([str(PAGES / f"{name}.html")]) if isinstance(item, Article)]
    return article


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_yields_only_its_article(name):
    article = read_page(name)
    title, published, url, site, author, first, last = EXPECTED[name]
    assert (article.title, article.published, article.url, article.site, article.author) == (title, published, url, site, author)
    assert article.text.startswith(first) and article.text.endswith(last)
    for furniture in FURNITURE:
        assert furniture not in article.text, f"{furniture!r} from the page's furniture in {name}"
    assert "\n\n" in article.text and "\n\n\n" not in article.text


def test_page_furniture_is_in_the_fixtures():
    """The furniture strings really occur in the pages, so the test above can fail."""
    markup = "".join(path.read_text(encoding="cp1252" if "1252" in path.name else "utf8") for path in PAGES.glob("*.html"))
    assert [f for f in FURNITURE if f not in markup] == []


def test_page_title_drops_the_site_suffix_of_title_element():
    assert read_page("wordpress_post").title == "Burgemeester Halsema ontvangt koning Willem-Alexander"
    assert "RTV Noordoost" not in read_page("regional_inline_leesook").title


def test_page_date_is_publication_not_modification():
    assert read_page("wordpress_post").published == "2019-04-26"  # modified 2019-04-29
    assert read_page("regional_inline_leesook").published == "2019-06-20"  # dateModified 2019-06-21


def test_meta_charset_windows_1252_is_honoured():
    raw = (PAGES / "windows1252_legacy.html").read_bytes()
    assert b"\xeb" in raw and b"charset=windows-1252" in raw
    article = read_page("windows1252_legacy")
    assert "Financiën" in article.text and "“constructief maar kritisch”" in article.text and "–" in article.text


def test_front_matter_html_fragment_is_not_treated_as_a_page():
    """Seed 004 (front matter + HTML body) keeps the fragment reading: every paragraph and
    the h2 headings stay, exactly as the hand-written parser gave them."""
    (article,) = list(read_inputs([str(SEED_POMPEO)]))
    assert article.text.startswith("Rusland moet zich niet bemoeien")
    assert "\n\nWantrouwen wegnemen\n\n" in article.text and "\n\nGeen oorlog\n\n" in article.text
    assert article.text.endswith("Hij denkt dat president Trump daar de komende tijd werk van wil maken.")
    # sha256 of the text the hand-written parser gave (commit 93c58dc), 2,721 characters
    assert hashlib.sha256(article.text.encode()).hexdigest()[:16] == "06dc156a8294a121"


def test_jsonl_record_holding_a_whole_page_is_read_as_a_page(tmp_path):
    import json

    page = (PAGES / "dpg_article.html").read_text()
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "p1", "text": page}) + "\n")
    (article,) = [a for a in read_inputs([str(tmp_path / "feed.jsonl")]) if isinstance(a, Article)]
    assert article.title == "Rutte spreekt met Macron over migratie" and article.published == "2019-05-14"
    assert "Lees ook" not in article.text and "Privacy" not in article.text


def test_page_without_an_article_falls_back_to_all_its_text(tmp_path):
    path = tmp_path / "kort.html"
    path.write_text("<html><body><p>Rutte belde Macron.</p></body></html>")
    items = list(read_inputs([str(path)]))
    assert [type(i) for i in items] == [Article] and "Rutte belde Macron." in items[0].text


def test_page_with_nothing_to_read_is_one_error(tmp_path):
    path = tmp_path / "leeg.html"
    path.write_text("<html><head><title>Leeg</title></head><body><script>x()</script></body></html>")
    (error,) = list(read_inputs([str(path)]))
    assert isinstance(error, IngestError) and str(error) == f"{path}: no article text"
