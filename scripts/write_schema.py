"""Write schema/graph.schema.json, the JSON Schema of graph.json, from the pydantic models.

The models in pipeline/schemas.py are the single source; tests fail when the committed
schema differs from what this script generates.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.files import atomic_write_text
from pipeline.schemas import GraphDocument

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "graph.schema.json"


def graph_schema_text() -> str:
    schema = GraphDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    atomic_write_text(SCHEMA_PATH, graph_schema_text())
    print(f"wrote {SCHEMA_PATH}")
