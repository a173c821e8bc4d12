"""Cross-article entity linking: entity nodes of the merged graph that name one entity.

In:  the merged DiGraph's entity nodes (`name`, `type`, `kb_id`, `mentions`).
Out: groups of node ids to contract, the node to keep first (see `cross_article_groups`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import networkx as nx

from .names import (
    content_words,
    given_names,
    name_parts,
    same_multiword_name,
    same_person_name,
    similar_bare_names,
    skeleton,
)
from .spelling_index import similar_neighbours


def cross_article_groups(graph: nx.DiGraph) -> list[list[str]]:
    """Entity nodes that name one entity across articles, the node to keep first.

    Articles link to the KB themselves; what is left are names the KB lacks, spelled
    differently (`Zelenski` / `Zelensky` share a key already; `Chroesjtsjov` / `Khrushchev`
    are `similar`), and bare surnames (`Breuker`) of a full name seen elsewhere (`Remco
    Breuker`), which join it when it is the only full name that fits, or clearly the most
    mentioned. A KB node is never merged away; merges stay within one type.

    Names are compared only within a block (type, first letter of the surname) and only
    with the names an index offers: surnames of similar spelling (`spelling_index`, no
    all-pairs comparison), full names equal in their Korean-order key, organisations of
    the same first word; so the cost grows with the candidate pairs, not with the square
    of the entities.
    """
    entities = {n: a for n, a in graph.nodes(data=True) if a["kind"] == "entity"}
    parts = {n: name_parts(a["name"]) for n, a in entities.items()}
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for node in sorted(entities):
        if parts[node]:
            blocks[(entities[node]["type"], skeleton(parts[node][-1])[:1])].append(node)
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    def rank(node: str) -> tuple:
        return (entities[node]["kb_id"] is None, -len(given_names(parts[node])), -len(parts[node]), -entities[node]["mentions"], node)

    for members in blocks.values():
        for a, b in _candidate_pairs(members, entities, parts):
            ra, rb = find(a), find(b)
            if ra != rb:
                keep, drop = sorted((ra, rb), key=rank)
                if entities[drop]["kb_id"] is None:
                    parent[drop] = keep
    groups: dict[str, list[str]] = defaultdict(list)
    for node in entities:
        if find(node) != node:
            groups[find(node)].append(node)
    return [[root, *sorted(members)] for root, members in sorted(groups.items())]


def _candidate_pairs(members: list[str], entities: dict[str, dict], parts: dict[str, list[str]]) -> Iterator[tuple[str, str]]:
    """(node without a KB id, node it names the same entity as) within one block, in a
    fixed order: full person names by `same_person_name`, a bare surname to the one full
    name it fits, bare names to bare names of near-identical spelling, and organisations
    and places by `same_multiword_name`."""
    position = {node: index for index, node in enumerate(members)}
    surname = {n: skeleton(parts[n][-1]) for n in members}
    people = [n for n in members if entities[n]["type"] == "PERSON"]
    full = [n for n in people if given_names(parts[n])]
    bare = [n for n in people if not given_names(parts[n])]
    by_surname, by_korean, by_bare, by_words = defaultdict(list), defaultdict(list), defaultdict(list), defaultdict(list)
    for node in full:
        by_surname[surname[node]].append(node)
        by_korean[_korean_key(parts[node])].append(node)
    for node in bare:
        by_bare[skeleton(" ".join(parts[node]))].append(node)
    for node in members:
        if entities[node]["type"] != "PERSON" and (words := content_words(parts[node])):
            by_words[(len(words), skeleton(words[0])[:4])].append(node)
    like_surname = similar_neighbours(by_surname)
    like_bare = similar_neighbours(by_bare, similar_bare_names)

    for a in members:
        if entities[a]["kb_id"]:
            continue
        name = entities[a]["name"]
        if a in by_surname.get(surname[a], ()):
            near = {b for key in like_surname[surname[a]] for b in by_surname[key]} | set(by_korean[_korean_key(parts[a])])
            matches = [b for b in sorted(near, key=position.__getitem__) if b != a and same_person_name(name, entities[b]["name"])]
        elif entities[a]["type"] == "PERSON":
            if not _could_be_surname(name):
                continue
            fits = sorted((b for b in by_surname.get(surname[a], []) if _surname_fits(parts[a], parts[b])),
                          key=lambda b: (-entities[b]["mentions"], position[b]))
            clear = len(fits) == 1 or (len(fits) > 1 and entities[fits[0]]["mentions"] > 2 * entities[fits[1]]["mentions"])
            spelled_alike = {b for key in like_bare[skeleton(" ".join(parts[a]))] for b in by_bare[key]} - {a}
            matches = fits[:1] if clear else sorted(spelled_alike, key=position.__getitem__)
        else:
            words = content_words(parts[a])
            candidates = by_words.get((len(words), skeleton(words[0])[:4]), []) if words else []
            matches = [b for b in candidates if position[b] < position[a] and same_multiword_name(name, entities[b]["name"])]
        yield from ((a, b) for b in matches)


def _korean_key(parts: list[str]) -> tuple[str, str]:
    """What `same_person_name` compares when the last parts differ (`Kim Jong-un` = `Kim
    Jongun`): the first part and the rest run together. Only names equal in it can match
    that way, so they are the only ones compared besides those of a similar surname."""
    return skeleton(parts[0]), skeleton("".join(parts[1:]))


def _could_be_surname(name: str) -> bool:
    """`K`, `AA`, `HAN`: initials and acronyms that NER called a person match too much."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 3 and not (name.isupper() and len(letters) <= 5)


def _surname_fits(bare: list[str], full: list[str]) -> bool:
    """`Dijk` fits `Jasper van Dijk`; `Van Dijk` too, but `Van Dale` not `Dick Dale`: the
    particles a bare surname carries must be the full name's."""
    return len(bare) == 1 or bare == full[len(full) - len(bare):]
