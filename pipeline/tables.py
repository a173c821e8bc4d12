"""Flat tables of a merged graph, for spreadsheets and DataFrames: `newsgraph export`.

In:  the merged DiGraph.
Out: pandas DataFrames, one row per thing, list columns as Python lists:
     articles, entities, entity_aliases, meetings, meeting_participants, statements, evidence;
     written as CSV (lists joined with `SEPARATOR`), Parquet (lists as list<string>, dates
     as date32) or one .xlsx workbook. A partial date stays text in `date` and is spread
     over `date_first_day`/`date_last_day` (see `datespan`). Missing values are None
     (empty in CSV, null in Parquet).
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pandas as pd

from .datespan import span
from .projection import events, linked

SEPARATOR = " | "
FORMATS = ("csv", "parquet", "xlsx")
TABLES = ("articles", "entities", "entity_aliases", "meetings", "meeting_participants", "statements", "evidence")
COLUMNS = {"articles": ["id", "title", "published", "published_first_day", "url", "site", "author", "entities", "meetings", "statements"],
           "entities": ["id", "name", "type", "kb_id", "mentions", "aliases", "doc_ids"], "entity_aliases": ["entity_id", "alias"],
           "meetings": ["id", "type", "participants", "participant_ids", "place", "place_id", "date", "date_first_day", "date_last_day", "date_source",
                        "doc_id", "doc_ids"],
           "meeting_participants": ["meeting_id", "entity_id", "name"],
           "statements": ["id", "speaker", "speaker_id", "addressee", "addressee_id", "about", "about_ids", "text", "cue", "type",
                          "date", "date_first_day", "date_last_day", "date_source", "doc_id", "doc_ids"],
           "evidence": ["event_id", "kind", "doc_id", "start", "end", "sentence"]}


def frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """A DataFrame whose missing values are None in every column, whoever built the rows
    (pandas would infer a string dtype and turn None into NaN in some columns only)."""
    result = pd.DataFrame(rows, columns=columns, dtype=object)
    for column in columns:
        if column in INTEGER_COLUMNS and result[column].notna().all():
            result[column] = result[column].astype("int64")
    return result

ARTICLE_FIELDS = ("title", "published", "url", "site", "author")
INTEGER_COLUMNS = {"mentions", "start", "end", "entities", "meetings", "statements"}


def article_records(graph: nx.DiGraph) -> dict[str, dict]:
    """doc_id → {id, title, published, url, site, author}: the graph's article table where it
    has one (contract 1.1: a list of records under `article_table`), and a row with None
    fields for every other doc_id the graph cites."""
    records: dict[str, dict] = {}
    table = graph.graph.get("article_table")
    for row in table if isinstance(table, list) else []:
        if isinstance(row, dict) and row.get("id") is not None:
            records[str(row["id"])] = {"id": str(row["id"]), **{field: row.get(field) for field in ARTICLE_FIELDS}}
    for _, data in graph.nodes(data=True):
        cited = data.get("doc_ids", []) if data.get("kind") == "entity" else [e["doc_id"] for e in data.get("evidence", [])]
        for doc_id in cited:
            records.setdefault(doc_id, {"id": doc_id, **dict.fromkeys(ARTICLE_FIELDS)})
    return dict(sorted(records.items()))


def _days(value: str | None) -> dict:
    try:
        days = span(value)
    except ValueError:
        days = None
    return {"date_first_day": days[0] if days else None, "date_last_day": days[1] if days else None}


def tables(graph: nx.DiGraph) -> dict[str, pd.DataFrame]:
    name = lambda node: graph.nodes[node]["name"]  # noqa: E731
    entities = sorted((n, d) for n, d in graph.nodes(data=True) if d.get("kind") == "entity")
    meetings, statements = events(graph, "meeting"), events(graph, "statement")
    out: dict[str, list[dict]] = {table: [] for table in TABLES}
    counts: dict[str, dict[str, int]] = {}
    for node, data in entities:
        out["entities"].append({"id": node, "name": data["name"], "type": data["type"], "kb_id": data["kb_id"], "mentions": data["mentions"],
                                "aliases": list(data["aliases"]), "doc_ids": list(data["doc_ids"])})
        out["entity_aliases"] += [{"entity_id": node, "alias": alias} for alias in data["aliases"]]
        for doc_id in data["doc_ids"]:
            counts.setdefault(doc_id, {"entities": 0, "meetings": 0, "statements": 0})["entities"] += 1
    for kind, found in (("meeting", meetings), ("statement", statements)):
        for event, data in found:
            doc_ids = sorted({e["doc_id"] for e in data["evidence"]})
            for doc_id in doc_ids:
                counts.setdefault(doc_id, {"entities": 0, "meetings": 0, "statements": 0})[f"{kind}s"] += 1
            out["evidence"] += [{"event_id": event, "kind": kind, "doc_id": e["doc_id"], "start": e["start"], "end": e["end"],
                                 "sentence": e["sentence"]} for e in data["evidence"]]
            common = {"date": data["date"], **_days(data["date"]), "date_source": data.get("date_source"), "doc_id": doc_ids[0] if doc_ids else None, "doc_ids": doc_ids}
            if kind == "meeting":
                people, place = linked(graph, event, "participant", incoming=True), linked(graph, event, "place")
                out["meetings"].append({"id": event, "type": data["type"], "participants": [name(p) for p in people], "participant_ids": people,
                                        "place": name(place[0]) if place else None, "place_id": place[0] if place else None, **common})
                out["meeting_participants"] += [{"meeting_id": event, "entity_id": p, "name": name(p)} for p in people]
            else:
                speaker, addressee = linked(graph, event, "speaker", incoming=True), linked(graph, event, "addressee")
                about = linked(graph, event, "about")
                out["statements"].append({"id": event, "speaker": name(speaker[0]) if speaker else None, "speaker_id": speaker[0] if speaker else None,
                                          "addressee": name(addressee[0]) if addressee else None, "addressee_id": addressee[0] if addressee else None,
                                          "about": [name(a) for a in about], "about_ids": about, "text": data["text"], "cue": data["cue"],
                                          "type": data["type"], **common})
    for doc_id, record in article_records(graph).items():
        out["articles"].append({**record, "published_first_day": _days(record["published"])["date_first_day"],
                                **counts.get(doc_id, {"entities": 0, "meetings": 0, "statements": 0})})
    return {table: frame(out[table], COLUMNS[table]) for table in TABLES}



def table_files(frames: dict[str, pd.DataFrame], format: str) -> dict[str, bytes]:
    """The frames as files of `format` (csv, parquet, xlsx), by file name."""
    if format not in FORMATS:
        raise ValueError(f"unknown table format {format!r}; choose one of {', '.join(FORMATS)}")
    if format == "csv":
        return {f"{table}.csv": _flat(frame).to_csv(index=False, date_format="%Y-%m-%d").encode("utf8") for table, frame in frames.items()}
    if format == "parquet":
        return {f"{table}.parquet": _parquet(frame) for table, frame in frames.items()}
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise ValueError("the xlsx format needs `pip install openpyxl`") from None
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as workbook:
        for table, frame in frames.items():
            _flat(frame).to_excel(workbook, sheet_name=table, index=False)
    return {"tables.xlsx": buffer.getvalue()}


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """List cells joined with SEPARATOR (an empty list is an empty cell)."""
    flat = frame.copy()
    for column in flat.columns:
        if flat[column].map(lambda v: isinstance(v, list)).any():
            flat[column] = flat[column].map(lambda v: SEPARATOR.join(v) if isinstance(v, list) and v else None)
    return flat


def _parquet(frame: pd.DataFrame) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = []
    for column in frame.columns:
        values = frame[column]
        if values.map(lambda v: isinstance(v, list)).any():
            kind = pa.list_(pa.string())
        elif column.startswith(("date_", "published_first")):
            kind = pa.date32()
        elif column in INTEGER_COLUMNS:
            kind = pa.int64()
        else:
            kind = pa.string()
        fields.append(pa.field(column, kind))
    table = pa.Table.from_pandas(frame, schema=pa.schema(fields), preserve_index=False)
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def write_tables(graph: nx.DiGraph, out_dir: Path, formats: tuple[str, ...] = ("csv",)) -> list[Path]:
    """Write the tables in each of `formats` into `out_dir` as one unit (see `publish`)."""
    from .files import output_lock
    from .publish import publish

    frames = tables(graph)
    files = {name: data for format in formats for name, data in table_files(frames, format).items()}
    with output_lock(out_dir):
        return publish(Path(out_dir), files, kind="tables")
