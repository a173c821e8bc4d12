"""Reliability of reading inputs (issue 21 items 1, 2, 4, 5, 7, 10, 11, 12, 16; issue 22's
inputs): raw line separators, BOMs, encodings, numeric dates, special files, runs that can
read nothing. Each case failed on the code before (commit 93c58dc)."""

from __future__ import annotations

import codecs
import io
import json
import os
import tempfile
import threading
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import pipeline.ingest.decoding as decoding
from pipeline.cli import app
from pipeline.ingest import IngestError, IngestNotice, normalise_date, read_inputs
from pipeline.run import NothingRead, run
from pipeline.schemas import Article

runner = CliRunner()
SEPARATORS = ["\u2028", "\u2029", "\u0085", "\x1c", "\x1d", "\x1e", "\x0b", "\x0c", "\r"]
BOMS = {"utf-8-sig": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, IngestError)],
            [i for i in items if isinstance(i, IngestNotice)])


def encoded(text: str, codec: str) -> bytes:
    return BOMS[codec] + text.encode(codec.replace("-sig", ""))


# ---- 1: JSONL is split on \n only --------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(texts=st.lists(st.lists(st.one_of(st.sampled_from(SEPARATORS), st.text("abc zei: ja.", min_size=1, max_size=8)),
                               min_size=1, max_size=6).map("".join).filter(str.strip), min_size=1, max_size=5))
def test_jsonl_records_with_raw_line_separators_stay_whole(texts):
    lines = [json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        path.write_bytes(("\n".join(lines) + "\n").encode("utf8"))
        articles, errors, _ = split(read_inputs([str(path)]))
        assert not errors
        assert [(a.id, a.source) for a in articles] == [(f"r{i}", f"{path}:{i + 1}") for i in range(len(texts))]


def test_u2028_record_from_the_issue(tmp_path):
    path = tmp_path / "u.jsonl"
    path.write_text(json.dumps({"id": "u", "text": "Poetin zei:\u2028ja."}, ensure_ascii=False) + "\n" +
                    json.dumps({"id": "v", "text": "Rutte zei nee."}) + "\n{kapot\n", encoding="utf8")
    articles, errors, _ = split(read_inputs([str(path)]))
    assert [a.id for a in articles] == ["u", "v"] and "\u2028" in articles[0].text
    assert [e.line for e in errors] == [3]


# ---- 2: a run that can read nothing writes nothing ----------------------------------------

@pytest.mark.parametrize("inputs, stdin", [(["inputs/pgae.html"], None), (["-"], ""), (["-"], "  \n\n"), (["empty_dir"], None)])
def test_run_that_reads_nothing_keeps_the_previous_outputs(tmp_path, monkeypatch, inputs, stdin):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty_dir").mkdir()
    (tmp_path / "empty_dir" / "image.png").write_bytes(b"\x89PNG")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.json").write_text('{"good": true}')
    with pytest.raises(NothingRead, match="no input could be read; nothing written"):
        run(inputs, out, use_cache=False, stdin=io.StringIO(stdin) if stdin is not None else None)
    assert (out / "graph.json").read_text() == '{"good": true}'
    assert sorted(p.name for p in out.iterdir()) == ["graph.json"]


def test_cli_mistyped_path_exits_2_and_creates_nothing(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "inputs" / "pgae.html"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert f"error: {tmp_path / 'inputs' / 'pgae.html'}: no such file or directory" in result.output
    assert "error: no input could be read; nothing written" in result.output
    assert not (tmp_path / "out").exists()


def test_cli_empty_stdin_exits_2(tmp_path):
    result = runner.invoke(app, ["run", "-", "--out", str(tmp_path / "out")], input="")
    assert result.exit_code == 2
    assert "error: <stdin>: empty input: nothing on stdin" in result.output
    assert not (tmp_path / "out").exists()


# ---- 4, 16: byte-order marks, UTF-16, encodings -------------------------------------------

@settings(max_examples=60, deadline=None)
@given(codec=st.sampled_from(sorted(BOMS)), shape=st.sampled_from(["jsonl", "array", "text"]),
       texts=st.lists(st.text("abcdefg éëü", min_size=1, max_size=12).filter(str.strip), min_size=1, max_size=4))
def test_bom_on_stdin_loses_nothing(codec, shape, texts):
    records = [{"id": f"r{i}", "text": t} for i, t in enumerate(texts)]
    body = {"jsonl": "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
            "array": json.dumps(records, ensure_ascii=False), "text": "\n\n".join(texts)}[shape]
    stdin = io.TextIOWrapper(io.BytesIO(encoded(body, codec)), encoding="utf8")  # what the shell hands a process
    articles, errors, _ = split(read_inputs(["-"], stdin=stdin))
    assert not errors
    if shape == "text":
        assert [a.id for a in articles] == ["stdin"] and articles[0].text == "\n\n".join(t.strip() for t in texts)
    else:
        assert [(a.id, a.text) for a in articles] == [(r["id"], r["text"].strip()) for r in records]


@pytest.mark.parametrize("codec", sorted(BOMS))
@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".html"])
def test_bom_marked_files_are_decoded(tmp_path, codec, suffix):
    body = {".txt": "Poetin ontmoette Pompeo in Sotsji.", ".jsonl": json.dumps({"id": "j", "text": "Poetin ontmoette Pompeo."}),
            ".html": "<p>Poetin ontmoette Pompeo in Sotsji.</p>"}[suffix]
    path = tmp_path / f"bom{suffix}"
    path.write_bytes(encoded(body, codec))
    articles, errors, _ = split(read_inputs([str(path)]))
    assert not errors and len(articles) == 1 and articles[0].text.startswith("Poetin ontmoette Pompeo")


def test_utf16_without_bom_is_explained_not_called_binary(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes("Poetin ontmoette Pompeo in Sotsji.".encode("utf-16-le"))
    _, (error,), _ = split(read_inputs([str(path)]))
    assert "UTF-16 without a byte-order mark" in str(error) and "--encoding utf-16-le" in str(error)
    (article,), _, _ = split(read_inputs([str(path)], encoding="utf-16-le"))
    assert article.text == "Poetin ontmoette Pompeo in Sotsji."


def test_legacy_encoding_error_suggests_encoding_and_encoding_reads_it(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes("Financiën: Hoekstra sprak met Le Maire – “goed”.".encode("cp1252"))
    _, (error,), _ = split(read_inputs([str(path)]))
    assert "not valid UTF-8" in str(error) and "--encoding" in str(error)
    (article,), _, _ = split(read_inputs([str(path)], encoding="windows-1252"))
    assert article.text == "Financiën: Hoekstra sprak met Le Maire – “goed”."


def test_cli_unknown_encoding_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path), "--encoding", "klingon-8", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "unknown encoding 'klingon-8'" in result.output


def test_bad_bytes_on_stdin_are_one_plain_line():
    stdin = io.TextIOWrapper(io.BytesIO(b'{"id": "a", "text": "Caf\xe9"}\n'), encoding="utf8")
    _, (error,), _ = split(read_inputs(["-"], stdin=stdin))
    assert str(error).startswith("<stdin>: not valid UTF-8 (byte 0xe9 on line 1)") and "--encoding" in str(error)
    assert "Input should be" not in str(error) and "unicode" not in str(error)


def test_lone_surrogate_in_json_keeps_the_article_with_a_warning(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s", "text": "Poetin zei \\ud83d ja."}\n')
    (article,), errors, (warning,) = split(read_inputs([str(path)]))
    assert not errors and article.text == "Poetin zei \ufffd ja."
    assert str(warning) == f"{path}:1: 1 lone surrogate escape(s) in 'text' (half of a \\uXXXX pair) replaced by U+FFFD"


# ---- 5: JSON documents ---------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    json.dumps({"id": "p", "title": "T", "text": "Rutte sprak met Macron."}, indent=2),
    "\n\n" + json.dumps([{"id": "p", "text": "Rutte sprak met Macron."}], indent=1),
    "\n" + json.dumps([{"id": "p", "text": "Rutte sprak met Macron."}]),
])
@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_pretty_printed_object_and_array_after_blank_lines(tmp_path, content, suffix):
    path = tmp_path / f"doc{suffix}"
    path.write_text(content)
    (article,), errors, _ = split(read_inputs([str(path)]))
    assert not errors and (article.id, article.text) == ("p", "Rutte sprak met Macron.")


def test_single_json_object_without_id_takes_the_file_id(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "stuk.json").write_text(json.dumps({"text": "Rutte sprak met Macron."}, indent=2))
    (article,), _, _ = split(read_inputs([str(tmp_path)]))
    assert article.id == "site/stuk"


def test_broken_pretty_printed_object_is_one_error(tmp_path):
    path = tmp_path / "kapot.json"
    path.write_text('{\n  "id": "p",\n  "text": "Rutte"\n  "title": "x"\n}\n')
    _, (error,), _ = split(read_inputs([str(path)]))
    assert str(error).startswith(f"{path}:4: malformed JSON (Expecting ',' delimiter")


# ---- 7: numeric and slashed dates ---------------------------------------------------------

DAYS = st.dates(min_value=date(1975, 1, 1), max_value=date(2099, 12, 31))


@settings(max_examples=200, deadline=None)
@given(day=DAYS, seconds=st.integers(0, 86399), shape=st.sampled_from(["unix", "unix-ms", "unix-str", "yyyymmdd", "yyyymmdd-str",
                                                                         "slash", "dot", "day-first"]))
def test_numeric_and_separated_dates_are_the_right_day(day, seconds, shape):
    moment = datetime(day.year, day.month, day.day, tzinfo=timezone.utc) + timedelta(seconds=seconds)
    value = {"unix": int(moment.timestamp()), "unix-ms": int(moment.timestamp()) * 1000, "unix-str": str(int(moment.timestamp())),
             "yyyymmdd": int(day.strftime("%Y%m%d")), "yyyymmdd-str": day.strftime("%Y%m%d"), "slash": day.strftime("%Y/%m/%d"),
             "dot": day.strftime("%Y.%m.%d"), "day-first": day.strftime("%d-%m-%Y")}[shape]
    assert normalise_date(value) == day.isoformat()


@settings(max_examples=200, deadline=None)
@given(number=st.one_of(st.integers(-10**15, 10**15), st.floats(allow_nan=True, allow_infinity=True)))
def test_a_number_is_a_whole_date_or_an_error_never_a_year_prefix(number):
    try:
        result = normalise_date(number)
    except Exception as err:
        assert type(err).__name__ in ("InputProblem", "ImplausibleDate") and "\n" not in str(err)
        return
    digits = len(str(int(number)))
    assert digits in (4, 8, 9, 10, 12, 13)
    if digits not in (4, 8):
        expected = datetime.fromtimestamp(number / 1000 if digits > 10 else number, timezone.utc).date().isoformat()
        assert result == expected


@pytest.mark.parametrize("value, expected", [(1557835045, "2019-05-14"), (20190514, "2019-05-14"), ("2019/05/14", "2019-05-14"),
                                             ("14.05.2019", "2019-05-14"), ("13/05/2019", "2019-05-13")])
def test_the_dates_of_the_issue(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize("value, message", [(123456, "a number, but not a year"), ("05/06/2019", "ambiguous date"),
                                            ("2019-02-30", "no such day"), ("2019-05-14 gisteren", "unreadable date")])
def test_dates_that_cannot_be_read_are_rejected_with_a_reason(tmp_path, value, message):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "d", "text": "Tekst.", "published_at": value}) + "\n")
    _, (error,), _ = split(read_inputs([str(path)]))
    assert message in str(error) and str(error).startswith(f"{path}:1: ")


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "0001-01-01T00:00:00"])
def test_null_dates_keep_the_article_undated_with_a_warning(tmp_path, value):
    path = tmp_path / "oud.md"
    path.write_text(f"---\ntitle: Oud\ndate: {value}\n---\nPoetin ontmoette gisteren Pompeo.\n")
    (article,), errors, (warning,) = split(read_inputs([str(path)]))
    assert not errors and article.published is None and article.title == "Oud"
    assert "cannot be a news date" in str(warning) and "kept undated" in str(warning)


# ---- 10, 11: pipes, FIFOs, devices, size -------------------------------------------------

def _fifo_with(tmp_path: Path, name: str, data: bytes) -> Path:
    fifo = tmp_path / name
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "wb") as writer:
            writer.write(data)

    threading.Thread(target=feed, daemon=True).start()
    return fifo


def test_pipe_given_directly_with_jsonl_is_read_as_jsonl(tmp_path):
    """`newsgraph run <(head -3 feed.jsonl)`: the shell passes a pipe with no suffix."""
    lines = "".join(json.dumps({"id": f"r{i}", "text": f"Rutte sprak met Macron {i}."}) + "\n" for i in range(3))
    articles, errors, _ = split(read_inputs([str(_fifo_with(tmp_path, "63", lines.encode()))]))
    assert [a.id for a in articles] == ["r0", "r1", "r2"] and not errors


def test_fifo_under_an_input_directory_is_skipped_at_once(tmp_path):
    (tmp_path / "in").mkdir()
    os.mkfifo(tmp_path / "in" / "wacht.txt")  # no writer: opening it would block forever
    (tmp_path / "in" / "goed.txt").write_text("Rutte sprak met Macron.")
    (tmp_path / "in" / "nul.txt").symlink_to("/dev/zero")
    started = time.perf_counter()
    articles, errors, notices = split(read_inputs([str(tmp_path / "in")]))
    assert time.perf_counter() - started < 5
    assert [a.id for a in articles] == ["goed"] and not errors
    assert sorted(str(n) for n in notices) == [f"{tmp_path / 'in' / 'nul.txt'}: not a regular file (a character device); skipped",
                                               f"{tmp_path / 'in' / 'wacht.txt'}: not a regular file (a FIFO); skipped"]


def test_dev_zero_named_directly_is_refused_after_one_read():
    started = time.perf_counter()
    _, (error,), _ = split(read_inputs(["/dev/zero"]))
    assert time.perf_counter() - started < 2 and str(error) == "/dev/zero: binary file (contains NUL bytes)"


def test_inputs_over_the_size_cap_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(decoding, "MAX_INPUT_BYTES", 1 << 20)
    monkeypatch.setattr("pipeline.ingest.MAX_INPUT_BYTES", 1 << 20)
    big = tmp_path / "groot.txt"
    big.write_bytes(b"Rutte sprak. " * 100_000)
    _, (error,), _ = split(read_inputs([str(big)]))
    assert str(error).startswith(f"{big}: larger than 1 MiB")
    stream = decoding.read_limited  # a pipe has no size to check first: the cap applies while reading
    with pytest.raises(Exception, match="larger than 1 MiB"):
        stream(io.BytesIO(b"x" * (2 << 20)), limit=1 << 20)


# ---- 12, 16: unreadable paths, escaped names ---------------------------------------------

def test_file_in_an_unreadable_directory_is_one_line(tmp_path, monkeypatch):
    target = tmp_path / "geheim" / "stuk.txt"
    real_stat = os.stat

    def stat(path, *args, **kwargs):  # root ignores chmod 0: deny the lookup the way the OS would
        if str(path).startswith(str(tmp_path / "geheim")):
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    articles, (error,), _ = split(read_inputs([str(target)]))
    assert not articles and str(error) == f"{target}: cannot read: Permission denied"


@pytest.mark.parametrize("name", ["a\nerror: forged.txt", "\x1b[31mrood\x1b[0m.txt", "b\u202etxt.exe.txt", "c\rd.txt"])
def test_file_names_are_printed_escaped(tmp_path, name):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(b"\xff kapot")
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    (line,) = [line for line in result.output.splitlines() if "kapot" in line or "not valid UTF-8" in line]
    assert "\x1b" not in result.output and "\u202e" not in result.output and "\r" not in result.output
    assert line.startswith(f"error: {tmp_path / 'in'}/") and ("\\x" in line or "\\u" in line)
    assert not any(line.startswith("error: forged") for line in result.output.splitlines())


def test_file_name_that_is_not_utf8_is_shown_and_read(tmp_path):
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    with open(folder + b"/caf\xe9.txt", "wb") as handle:
        handle.write("Rutte sprak met Macron.".encode())
    articles, errors, _ = split(read_inputs([str(tmp_path / "in")]))
    assert not errors and [(a.id, a.source) for a in articles] == [("caf\\xe9", f"{tmp_path / 'in'}/caf\\xe9.txt")]


# ---- issue 22: stdin as text, skipped files, eval -------------------------------------------

def test_plain_text_on_stdin_is_one_article_and_says_so():
    stdin = io.StringIO("Premier Rutte sprak dinsdag met Macron.\n\nDat meldt ANP.\n")
    (article,), errors, (note,) = split(read_inputs(["-"], stdin=stdin))
    assert not errors and article.id == "stdin" and article.text == "Premier Rutte sprak dinsdag met Macron.\n\nDat meldt ANP."
    assert note.kind == "note" and str(note) == "<stdin>: read as one plain-text article (--stdin-format jsonl reads it as JSON lines)"


def test_stdin_format_forces_the_reading():
    line = json.dumps({"id": "x", "text": "Rutte sprak."}) + "\n"
    (as_text,), _, _ = split(read_inputs(["-"], stdin=io.StringIO(line), stdin_format="text"))
    assert as_text.id == "stdin" and as_text.text == line.strip()
    _, errors, (note,) = split(read_inputs(["-"], stdin=io.StringIO("Rutte sprak.\n"), stdin_format="jsonl"))
    assert "read as JSON lines" in str(note) and "malformed JSON" in str(errors[0])


def test_unsupported_files_are_counted_as_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("Rutte sprak.")
    for name in ("foto.jpg", "data.csv", "stuk.docx"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / ".verborgen.txt").write_text("Geheim.")
    _, errors, notices = split(read_inputs([str(tmp_path)]))
    assert not errors and sorted((n.kind, Path(n.source).name) for n in notices) == [
        ("skipped", "data.csv"), ("skipped", "foto.jpg"), ("skipped", "stuk.docx")]


def test_eval_exits_2_naming_the_gold_articles_it_did_not_find(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    statement = {"speaker": "Rutte", "key": "sprak"}
    for doc_id, statements in (("a1", [statement]), ("b2", [statement]), ("c3", [])):
        (gold / f"{doc_id}.json").write_text(json.dumps({"doc_id": doc_id, "entities": {"Rutte": ["Rutte"]}, "statements": statements}))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a1.txt").write_text("Rutte sprak met Macron.")
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--articles", str(tmp_path / "in")])
    assert result.exit_code == 2
    assert "error: 1 of 3 gold articles are not among the inputs: b2" in result.output  # c3 has nothing to score


def test_eval_exits_1_naming_a_gold_article_that_failed_to_process(tmp_path, monkeypatch):
    """A crash inside the extraction must not pass for low recall: the article is scored as
    finding nothing, named on stderr, and the exit code says the figures are not the system's."""
    import pipeline.run as run_module

    real = run_module.extract_doc

    def broken(article, doc, kb, lexicon=None):
        if article.id == "b2":
            raise NameError("name 'has_case' is not defined")
        return real(article, doc, kb, lexicon)

    monkeypatch.setattr(run_module, "extract_doc", broken)
    gold = tmp_path / "gold"
    gold.mkdir()
    for doc_id in ("a1", "b2"):
        (gold / f"{doc_id}.json").write_text(json.dumps({"doc_id": doc_id, "entities": {"Rutte": ["Rutte"]},
                                                         "statements": [{"speaker": "Rutte", "key": "zegt"}]}))
    (tmp_path / "in").mkdir()
    for doc_id in ("a1", "b2"):
        (tmp_path / "in" / f"{doc_id}.txt").write_text('"Het gaat goed", zegt Rutte.')
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--articles", str(tmp_path / "in"), "--no-details"])
    assert result.exit_code == 1
    assert "b2.txt: processing failed: NameError: name 'has_case' is not defined" in result.output
    assert "error: 1 gold article(s) failed to process and were scored as finding nothing" in result.output
    assert "0.50" in result.output  # a1 still scored: recall 1 of 2


def test_skipped_directories_are_not_searched(tmp_path):
    """`skip` (a run's own output folder inside its input) also holds for a folder made
    after the skip list was given."""
    (tmp_path / "a.txt").write_text("Rutte sprak.")
    items = read_inputs([str(tmp_path)], skip=[tmp_path / "out"])
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "graph.json").write_text('{"nodes": []}')
    articles, errors, _ = split(items)
    assert [a.id for a in articles] == ["a"] and not errors


def test_an_extraction_error_in_a_batch_of_one_is_a_failure_not_a_traceback(monkeypatch):
    """`newsgraph run one.md` whose article breaks the extraction (as `date: 0001-01-01`
    did with an OverflowError): a batch of one used to re-raise out of the run."""
    import pipeline.run as run_module

    def broken(nlp, kb, articles):
        if any(a.id == "kapot" for a in articles):
            raise OverflowError("date value out of range")
        return [f"extraction of {a.id}" for a in articles]

    monkeypatch.setattr(run_module, "extract_batch", broken)
    article = Article(id="kapot", text="Tekst.", source="one.md")
    (failure,) = run_module.process_batch(None, None, [article])
    assert str(failure) == "one.md: processing failed: OverflowError: date value out of range"
    results = run_module.process_batch(None, None, [Article(id="goed", text="Tekst.", source="a.md"), article])
    assert results[0] == "extraction of goed" and str(results[1]).startswith("one.md: processing failed")
