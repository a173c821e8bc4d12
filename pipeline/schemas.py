"""The pydantic models at newsgraph's boundaries: the single source of the data contract.

`Article` comes out of ingest, `Extraction` is what one article yields (cached and sent
between processes), and the `*Node`/`GraphEdge`/`GraphDocument` models define `graph.json`.
`scripts/write_schema.py` turns `GraphDocument` into the committed `schema/graph.schema.json`.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.2"

EntityType = Literal["PERSON", "ORG", "PLACE", "OTHER"]
MeetingType = Literal["meeting", "call", "visit"]
StatementType = Literal["direct", "indirect"]
DateSource = Literal["text", "published"]
# The named units of pipeline/relations/meetings.py and statements.py (their docstrings give
# the Dutch constructions): which one found an item, for per-construction figures.
MeetingRule = Literal["trigger_verb", "reciprocal_verb", "event_noun", "compound_noun", "light_verb_noun", "fixed_phrase"]
StatementRule = Literal["quote_cue_after", "quote_cue_before", "quote_aldus", "quote_manner_verb", "quote_colon_clause",
                        "quote_colon_label", "introduced_quote", "answer_to_question", "volgens", "wat_betreft",
                        "aldus_report", "zoals_report", "complement_clause", "postposed_report",
                        "parenthetical_report", "naar_zeggen", "speech_noun", "stance_predicate", "stance_copula", "passive_agent",
                        "quoted_predicate"]
Role = Literal["participant", "place", "speaker", "addressee", "about"]

_PARTIAL_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def _check_partial_date(value: str | None) -> str | None:
    if value is not None and not _PARTIAL_DATE.fullmatch(value):
        raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    return value


PartialDate = Annotated[str, AfterValidator(_check_partial_date)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(_Frozen):
    """One news article as ingest delivers it; `text` is what the NLP stages read."""

    id: str = Field(min_length=1, description="Path relative to the input root without suffix, or the record's id")
    title: str | None = None
    text: str = Field(min_length=1)
    published: PartialDate | None = Field(None, description="Publication date, possibly partial")
    source: str = Field(description="Where it came from: a path, or path:line for JSONL")
    url: str | None = None
    site: str | None = Field(default=None, description="The publication or web site")
    author: str | None = None


class Evidence(_Frozen):
    """A sentence that supports an event: `start`/`end` are character offsets of the
    sentence in the article's text, so `article.text[start:end] == sentence`."""

    doc_id: str
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(_Frozen):
    """One occurrence of an entity in an article's text (character offsets)."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ArticleEntity(_Frozen):
    """An entity as one article sees it, after alias linking within the article.
    `key` identifies it across articles (a KB id, or the type and normalised name)."""

    key: str
    name: str
    type: EntityType
    kb_id: str | None = None
    mentions: list[Mention]


class ArticleMeeting(_Frozen):
    type: MeetingType
    participants: list[str] = Field(description="ArticleEntity keys, at least two for a meeting")
    place: str | None = Field(None, description="ArticleEntity key of the place")
    date: PartialDate | None = None
    date_source: DateSource | None = Field(None, description="`text`: a time expression of the sentence; `published`: the article's date")
    rule: MeetingRule = Field(description="The construction that found it")
    evidence: Evidence


class ArticleStatement(_Frozen):
    type: StatementType
    speaker: str = Field(description="ArticleEntity key")
    addressee: str | None = None
    about: list[str] = []
    text: str
    cue: str
    date: PartialDate | None = None
    date_source: DateSource | None = Field(None, description="`text`: a time expression of the sentence; `published`: the article's date")
    rule: StatementRule = Field(description="The attribution pattern that found it")
    evidence: Evidence


class Extraction(_Frozen):
    """Everything one article contributes to the graph: the unit that is cached on disk
    and passed between processes."""

    doc_id: str
    title: str | None = None
    published: PartialDate | None = None
    source: str
    url: str | None = None
    site: str | None = None
    author: str | None = None
    entities: list[ArticleEntity] = []
    meetings: list[ArticleMeeting] = []
    statements: list[ArticleStatement] = []


# ---- graph.json, contract v1.2 -------------------------------------------------------------


class EntityNode(_Frozen):
    id: str
    kind: Literal["entity"] = "entity"
    name: str = Field(description="Canonical name")
    type: EntityType
    aliases: list[str] = Field(description="Every surface form seen, sorted")
    mentions: int = Field(ge=0, description="Number of mentions across all articles")
    kb_id: str | None = Field(None, description="Wikidata QID or geonames id when known")
    doc_ids: list[str] = Field(description="Articles that mention the entity, sorted")


class MeetingNode(_Frozen):
    id: str
    kind: Literal["meeting"] = "meeting"
    type: MeetingType
    date: PartialDate | None = None
    date_source: DateSource | None = Field(None, description="Where `date` came from (new in 1.2): `text` or `published`")
    evidence: list[Evidence] = Field(description="Every sentence that reports the meeting, in every article that does")


class StatementNode(_Frozen):
    id: str
    kind: Literal["statement"] = "statement"
    type: StatementType
    date: PartialDate | None = None
    date_source: DateSource | None = Field(None, description="Where `date` came from (new in 1.2): `text` or `published`")
    text: str = Field(description="The quote, or the reported content")
    cue: str = Field(description="Lemma of the speech verb, or 'volgens' / ':'")
    evidence: list[Evidence] = Field(description="Every sentence that reports the statement: one per article for a story several papers carried")


Node = Annotated[EntityNode | MeetingNode | StatementNode, Field(discriminator="kind")]


class GraphEdge(_Frozen):
    """Entity → event for participant and speaker; event → entity for place, addressee, about."""

    source: str
    target: str
    role: Role


class ModelInfo(_Frozen):
    name: str
    version: str
    source: str = Field(description="Where the spaCy pipeline was found: a package or a path")


class ArticleRecord(_Frozen):
    """One row of the article table (contract v1.1): what a reader needs to cite and open
    the article an evidence sentence comes from."""

    id: str = Field(description="The doc_id that evidence items and entities' doc_ids use")
    title: str | None = None
    published: PartialDate | None = None
    url: str | None = None
    site: str | None = None
    author: str | None = None
    source: str = Field(description="The input it was read from: a path, path:line or path[index] for JSON records")


class GraphAttributes(_Frozen):
    schema_version: str = SCHEMA_VERSION
    model: ModelInfo
    created: str = Field(description="The run's date, ISO 8601 (UTC)")
    articles: int = Field(ge=0, description="Articles merged into this graph")
    article_table: list[ArticleRecord] = Field(
        [], description="Every merged article, sorted by id (new in 1.1; absent from 1.0 files)")


class GraphDocument(_Frozen):
    """`graph.json`: networkx node-link data, read back with
    `nx.node_link_graph(data, edges="edges")`."""

    directed: Literal[True] = True
    multigraph: Literal[False] = False
    graph: GraphAttributes
    nodes: list[Node]
    edges: list[GraphEdge]

    @model_validator(mode="after")
    def _doc_ids_are_in_the_article_table(self) -> GraphDocument:
        if self.graph.schema_version == "1.0":
            return self
        known = {article.id for article in self.graph.article_table}
        for node in self.nodes:
            cited = node.doc_ids if isinstance(node, EntityNode) else [e.doc_id for e in node.evidence]
            missing = next((doc_id for doc_id in cited if doc_id not in known), None)
            if missing is not None:
                raise ValueError(f"node {node.id!r} cites doc_id {missing!r}, which is not in the article table")
        return self
