"""`newsgraph export`: flat files that load back with the graph's row counts, lists split
out or joined (never Python reprs), partial dates as text plus first and last day."""

from __future__ import annotations

import io

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export import write_outputs
from pipeline.tables import SEPARATOR, table_files, tables

from .graphs import small_graph


def test_row_counts_match_the_graph():
    graph = small_graph()
    frames = tables(graph)
    kinds = [kind for _, kind in graph.nodes(data="kind")]
    assert len(frames["entities"]) == kinds.count("entity") and len(frames["meetings"]) == kinds.count("meeting")
    assert len(frames["statements"]) == kinds.count("statement")
    assert len(frames["meeting_participants"]) == sum(1 for *_, role in graph.edges(data="role") if role == "participant")
    assert len(frames["entity_aliases"]) == sum(len(d["aliases"]) for _, d in graph.nodes(data=True) if d["kind"] == "entity")
    assert set(frames["articles"].id) == {"d1", "d2"}
    statement = frames["statements"].set_index("id").loc["statement:1"]
    assert (statement.speaker, statement.about, statement.doc_id, statement.cue) == ("Vladimir Putin", ["Donald Trump"], "d1", "zeggen")


def test_csv_joins_lists_with_the_separator_and_keeps_partial_dates():
    files = table_files(tables(small_graph()), "csv")
    entities = pd.read_csv(io.BytesIO(files["entities.csv"]), keep_default_na=False)
    putin = entities.set_index("id").loc["Q7747"]
    assert putin.aliases == SEPARATOR.join(["Poetin", "Putin", "Vladimir Putin"]) and "[" not in putin.doc_ids
    meetings = pd.read_csv(io.BytesIO(files["meetings.csv"]), keep_default_na=False).set_index("id")
    assert tuple(meetings.loc["meeting:1", ["date", "date_first_day", "date_last_day"]]) == ("2019-05", "2019-05-01", "2019-05-31")
    assert meetings.loc["meeting:3", "date"] == ""  # missing is an empty cell
    assert not any("['" in data.decode() for data in files.values())


def test_parquet_has_list_and_date_columns():
    files = table_files(tables(small_graph()), "parquet")
    meetings = pq.read_table(io.BytesIO(files["meetings.parquet"]))
    assert str(meetings.schema.field("participants").type) == "list<element: string>"
    assert str(meetings.schema.field("date_first_day").type) == "date32[day]"
    rows = {row["id"]: row for row in meetings.to_pylist()}
    assert rows["meeting:1"]["participants"] == ["Donald Trump", "Vladimir Putin"] and rows["meeting:3"]["date"] is None


def test_articles_take_title_date_and_url_from_the_graph_when_it_has_them():
    graph = small_graph()
    graph.graph["article_table"] = [{"id": "d1", "title": "Poetin ontvangt Trump", "published": "2019-05-14", "url": "https://example.org/1",
                                     "site": "AD", "author": None, "source": "feed.jsonl:1"}]
    articles = tables(graph)["articles"].set_index("id")
    assert tuple(articles.loc["d1", ["title", "published", "url", "site"]]) == ("Poetin ontvangt Trump", "2019-05-14", "https://example.org/1", "AD")
    assert articles.loc["d2", "title"] is None and articles.loc["d1", "statements"] == 1


def test_tables_command_writes_csv_and_parquet(tmp_path):
    write_outputs(small_graph(), tmp_path / "run")
    result = CliRunner().invoke(app, ["export", str(tmp_path / "run" / "graph.json"), "--out", str(tmp_path / "t"), "-f", "csv", "-f", "parquet"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "t" / "statements.csv").is_file() and (tmp_path / "t" / "statements.parquet").is_file()
    assert len(pd.read_parquet(tmp_path / "t" / "entities.parquet")) == 6


def test_xlsx_is_one_workbook_with_a_sheet_per_table():
    pytest.importorskip("openpyxl")
    files = table_files(tables(small_graph()), "xlsx")
    sheets = pd.read_excel(io.BytesIO(files["tables.xlsx"]), sheet_name=None)
    assert set(sheets) == {"articles", "entities", "entity_aliases", "meetings", "meeting_participants", "statements", "evidence"}
    assert sheets["entities"].set_index("id").loc["Q7747", "aliases"] == SEPARATOR.join(["Poetin", "Putin", "Vladimir Putin"])


def test_tables_never_replace_a_runs_outputs_nor_a_run_the_tables(tmp_path):
    from pipeline.files import OutputError
    from pipeline.tables import write_tables

    write_outputs(small_graph(), tmp_path / "run")
    result = CliRunner().invoke(app, ["export", str(tmp_path / "run" / "graph.json"), "--out", str(tmp_path / "run")])
    assert result.exit_code == 2 and "holds newsgraph run outputs; write the tables outputs to another directory" in result.output
    assert (tmp_path / "run" / "graph.json").is_file() and (tmp_path / "run" / "graph.graphml").is_file()
    write_tables(small_graph(), tmp_path / "tables")
    with pytest.raises(OutputError, match="holds newsgraph tables outputs"):
        write_outputs(small_graph(), tmp_path / "tables")
    assert (tmp_path / "tables" / "entities.csv").is_file()


@pytest.mark.parametrize("args, code, message", [
    (["-f", "dbf"], 2, "error: unknown table format 'dbf'; choose one of csv, parquet, xlsx"),
    (["--out", "x"], 1, "cannot read the graph"),
])
def test_tables_command_errors_are_one_line(tmp_path, args, code, message):
    graph = tmp_path / "graph.json"
    graph.write_text("{}" if code == 1 else "")
    result = CliRunner().invoke(app, ["export", str(graph), *args])
    assert result.exit_code == code and message in result.output and "Traceback" not in result.output
