from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import pipeline.ingest as ingest
from pipeline.ingest import IngestError, IngestNotice, html_to_text, normalise_date, read_inputs
from pipeline.schemas import Article

from .conftest import SEED_POMPEO, SEED_PUTIN


def read(*inputs, stdin=None, **options):
    """Articles, and errors with the notices that are not notes."""
    items = list(read_inputs([str(i) for i in inputs], stdin=stdin, **options))
    problems = [i for i in items if isinstance(i, IngestError) or (isinstance(i, IngestNotice) and i.kind != "note")]
    return [i for i in items if isinstance(i, Article)], problems


def test_ingest_plain_text_with_leading_date():
    (article,), errors = read(SEED_PUTIN)
    assert not errors
    assert article.id == "000_84c4952abb643df5"
    assert article.published == "2019-05"
    assert article.text.startswith("De Russische president Vladimir Poetin")
    assert "\n\nMueller-onderzoek\n\n" in article.text


def test_ingest_front_matter_detected_by_content_not_extension():
    (article,), errors = read(SEED_POMPEO)
    assert not errors
    assert SEED_POMPEO.suffix == ".txt"
    assert article.title == "Pompeo op eerste trip naar Rusland: handen af van onze verkiezingen"
    assert article.published == "2019-05-14"
    assert article.url == "https://nos.nl/l/2284652"
    assert "<p>" not in article.text
    assert "\n\nWantrouwen wegnemen\n\n" in article.text
    assert article.text.startswith("Rusland moet zich niet bemoeien")


def test_ingest_markdown_body(tmp_path):
    path = tmp_path / "stuk.md"
    path.write_text("---\ntitle: Top\ndate: 2019-02-27\n---\n# Kop\n\nKim en **Trump** ontmoeten elkaar in [Hanoi](https://x).\n")
    (article,), _ = read(path)
    assert article.title == "Top"
    assert article.published == "2019-02-27"
    assert article.text == "Kop\n\nKim en Trump ontmoeten elkaar in Hanoi."


def test_ingest_html_page_title_is_the_headline_body_without_scripts(tmp_path):
    """A whole page: the headline (h1) is the title and not part of the body (contract
    v1.1; the hand-written parser took `<title>` and kept the h1 as the first paragraph)."""
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Nieuws | Site</title><script>alert('x')</script></head>"
                    "<body><h1>Kop</h1><p>Eerste &amp; alinea.</p><p>Tweede<br>regel.</p></body></html>")
    (article,), _ = read(path)
    assert article.id == "page"
    assert article.title == "Kop"
    assert "Eerste & alinea." in article.text and "regel." in article.text
    assert "alert" not in article.text and not article.text.startswith("Kop")


def test_ingest_html_fragment_file_reads_as_before(tmp_path):
    path = tmp_path / "fragment.html"
    path.write_text("<h1>Kop</h1><p>Eerste &amp; alinea.</p><p>Tweede<br>regel.</p>")
    (article,), _ = read(path)
    assert article.title == "Kop"
    assert article.text == "Kop\n\nEerste & alinea.\n\nTweede\n\nregel."


def test_ingest_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": 1, "title": "Een", "text": "Poetin sprak.", "published_at": "2019-02-12"}),
        "{not json",
        json.dumps({"id": 2, "title": "Twee"}),
        "",
        json.dumps({"id": 3, "title": "Drie", "text": "Rutte zei iets.", "published_at": "2019-03"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    articles, errors = read(path)
    assert [(a.id, a.published, a.source) for a in articles] == [("1", "2019-02-12", f"{path}:1"), ("3", "2019-03", f"{path}:5")]
    assert [(e.line, e.source) for e in errors] == [(2, str(path)), (3, str(path))]
    assert str(errors[0]).startswith(f"{path}:2: malformed JSON")
    assert "no text" in str(errors[1])


def test_ingest_json_array(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "a", "title": "A", "text": "Tekst A.", "published_at": None}]))
    (article,), errors = read(path)
    assert article.id == "a" and not errors


def test_ingest_stdin_jsonl():
    stdin = io.StringIO(json.dumps({"id": 7, "title": "T", "text": "Tekst.", "published_at": "2019-04-01"}) + "\n{bad\n")
    articles, errors = read("-", stdin=stdin)
    assert [a.id for a in articles] == ["7"]
    assert str(errors[0]).startswith("<stdin>:2: malformed JSON")


def test_ingest_directory_is_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Tekst z.")
    (tmp_path / "a.txt").write_text("Tekst a.")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    articles, errors = read(tmp_path)
    assert [a.id for a in articles] == ["a", "b/z"]
    assert [(e.source, e.kind) for e in errors] == [(str(tmp_path / "image.png"), "skipped")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x00\x01\x02binary", "binary file"),
        ("Caf\xe9 in Brussel".encode("latin-1"), "not valid UTF-8 (byte 0xe9 on line 1)"),
        (b"---\ntitle: [unclosed\n---\n<p>Tekst</p>", "broken YAML front matter"),
        (b"---\n- a\n- b\n---\nTekst", "front matter is not a mapping"),
        (b"---\ntitle: Leeg\n---\n", "no article text"),
        (b"---\ndate: gisteren ergens\n---\nTekst.", "unreadable date"),
    ],
)
def test_ingest_bad_file_is_one_error_naming_the_file(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Poetin ontmoette Pompeo.")
    articles, errors = read(bad, good)
    assert [a.id for a in articles] == ["good"]
    assert len(errors) == 1
    assert str(errors[0]).startswith(str(bad))
    assert message in str(errors[0])
    assert "\n" not in str(errors[0])


def test_ingest_missing_file(tmp_path):
    articles, errors = read(tmp_path / "missing.txt")
    assert not articles
    assert [str(e) for e in errors] == [f"{tmp_path / 'missing.txt'}: no such file or directory"]


def test_ingest_unreadable_file(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text("Tekst.")
    def deny(path, *args, **kwargs):  # root ignores chmod 0, so deny the open the way the OS would
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(ingest, "open", deny, raising=False)
    articles, errors = read(locked)
    assert not articles
    assert [str(e) for e in errors] == [f"{locked}: cannot read: Permission denied"]


def test_ingest_symlink_loop_terminates(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("Tekst.")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d")
    articles, _ = read(tmp_path)
    assert [a.id for a in articles] == ["d/x"]


def test_ingest_ids_are_paths_relative_to_the_input_root(tmp_path):
    """A mirrored site: `a/index.html` and `b/index.html` are two articles, not a duplicate."""
    for folder, text in (("a", "Eerste."), ("b", "Tweede.")):
        (tmp_path / "site" / folder).mkdir(parents=True)
        (tmp_path / "site" / folder / "index.txt").write_text(text)
    articles, errors = read(tmp_path / "site")
    assert [(a.id, a.text) for a in articles] == [("a/index", "Eerste."), ("b/index", "Tweede.")] and not errors
    (named,), _ = read(tmp_path / "site" / "a" / "index.txt")
    assert named.id == "index"


def test_ingest_true_duplicate_ids_are_errors(tmp_path):
    (tmp_path / "same.txt").write_text("Eerste.")
    (tmp_path / "same.md").write_text("Tweede.")
    (tmp_path / "feed.jsonl").write_text('{"id": "r", "text": "Een."}\n{"id": "r", "text": "Twee."}\n')
    articles, errors = read(tmp_path, tmp_path / "same.md")
    assert [a.text for a in articles] == ["Een.", "Tweede."]
    assert [str(e).split(": ", 1)[1].split(" (")[0] for e in errors] == [
        "duplicate article id 'r'", "duplicate article id 'same'", "duplicate article id 'same'"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2019-05", "2019-05"), ("2019-5-3", "2019-05-03"), ("2019-05-14T20:57:25+02:00", "2019-05-14"),
     ("Tue, 14 May 2019 20:57:25 +0200", "2019-05-14"), ("2019", "2019"), (None, None)],
)
def test_ingest_normalise_date(value, expected):
    assert normalise_date(value) == expected


def test_ingest_html_to_text_unescapes_and_squashes():
    text, title = html_to_text("<div>  Een\n  zin </div><h2>Kop</h2>")
    assert text == "Een zin\n\nKop" and title is None
