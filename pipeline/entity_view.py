"""One entity of a `NewsGraph` (api.py) as notebooks see it: its names, mentions, who it met
and what it said, with an HTML repr for Jupyter."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from .api import NewsGraph


@dataclass
class EntityView:
    """One entity: canonical name, kb_id, aliases, mentions, who they met, what they said."""

    owner: NewsGraph
    id: str

    @property
    def _data(self) -> dict:
        return self.owner.graph.nodes[self.id]

    @property
    def name(self) -> str:
        return self._data["name"]

    @property
    def type(self) -> str:
        return self._data["type"]

    @property
    def kb_id(self) -> str | None:
        return self._data["kb_id"]

    @property
    def aliases(self) -> list[str]:
        return self._data["aliases"]

    @property
    def mentions(self) -> int:
        return self._data["mentions"]

    @property
    def doc_ids(self) -> list[str]:
        return self._data["doc_ids"]

    def meetings(self) -> pd.DataFrame:
        return self.owner.meetings(entity=self.id)

    def met(self) -> list[str]:
        """Everyone this entity met, called or visited, most frequent first."""
        counts = Counter(p for row in self.meetings().itertuples() for p in row.participants if p != self.name)
        return [name for name, _ in counts.most_common()]

    def said(self) -> pd.DataFrame:
        return self.owner.statements(speaker=self.id)

    def __repr__(self) -> str:
        return f"<Entity {self.name} ({self.type}, {self.kb_id or 'no kb_id'}): {self.mentions} mentions>"

    def _repr_html_(self) -> str:
        said = self.said().head(10)
        quotes = "".join(f"<li>{html.escape(text)} <small>({html.escape(cue)}, {html.escape(date or '')})</small></li>"
                         for text, cue, date in zip(said["text"], said["cue"], said["date"]))
        return (f"<div><b>{html.escape(self.name)}</b> <i>{self.type}</i> {html.escape(self.kb_id or '')}<br>"
                f"aliases: {html.escape(', '.join(self.aliases))}<br>mentions: {self.mentions}<br>"
                f"met: {html.escape(', '.join(self.met()) or '—')}<br>said:<ul>{quotes or '<li>—</li>'}</ul></div>")
