"""Similar spellings among many names without comparing all pairs: the candidates for a
Jaro-Winkler match come from an inverted index with prefix filtering, then rapidfuzz checks them.

In:  distinct name skeletons and the test two of them must pass (`names.similar_skeletons`,
     `names.similar_bare_names`), both of which need a Jaro-Winkler similarity of at least
     `names.SIMILAR` between different skeletons.
Out: what `names.similar_neighbours` returns (each skeleton → the accepted ones, itself
     included), exactly, at a cost that grows with the number of candidate pairs instead of
     the square of the names.

Why it is exact: Jaro-Winkler is at most J + 0.4 (1 - J) (a common prefix of at most 4,
weight 0.1), so a score of `SIMILAR` needs Jaro J >= (SIMILAR - 0.4) / 0.6, and J <=
(m/|a| + m/|b| + 1) / 3 with m matched characters, each a character the two share. So two
names that can match share at least `_overlap(|a|, |b|)` characters (as multisets) and
differ in length by a bounded ratio. Names are sets of (character, occurrence) tokens; if
two such sets share t tokens, their first |x| - t + 1 tokens in one global order (rarest
first) intersect: each name is indexed under its first few tokens, and looked up under its
own first few, as set-similarity joins do (Bayardo et al., "Scaling up all pairs similarity
search", WWW 2007).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from .names import SIMILAR, similar_skeletons

# A margin below the threshold the tests use, against rounding in the bounds below.
_FLOOR = SIMILAR - 0.01
_SHARE = 3 * (_FLOOR - 0.4) / 0.6 - 1  # m/|a| + m/|b| must reach this
_SHORTEST = 5  # both tests accept different skeletons only from this length on


def _overlap(short: int, long: int) -> int:
    """Characters two names of these lengths must share to reach `_FLOOR`."""
    return max(1, math.ceil(_SHARE * short * long / (short + long) - 1e-9))


def _tokens(text: str) -> list[tuple[str, int]]:
    seen: Counter[str] = Counter()
    out = []
    for char in text:
        seen[char] += 1
        out.append((char, seen[char]))
    return out


def similar_neighbours(skeletons: Iterable[str], accept: Callable[[str, str], bool] = similar_skeletons) -> dict[str, list[str]]:
    """Each distinct skeleton → the distinct skeletons `accept`ed as similar to it, itself
    included (the same answer as `names.similar_neighbours`)."""
    distinct = sorted(set(skeletons))
    found: dict[str, set[str]] = {name: {name} for name in distinct}
    tokens = {name: _tokens(name) for name in distinct if len(name) >= _SHORTEST}
    frequency = Counter(token for name_tokens in tokens.values() for token in name_tokens)
    order = {name: sorted(name_tokens, key=lambda token: (frequency[token], token)) for name, name_tokens in tokens.items()}
    # (token, length) → the names of that length with the token among their first ones
    index: dict[tuple[tuple[str, int], int], list[str]] = defaultdict(list)
    for name in sorted(tokens, key=lambda n: (len(n), n)):  # each pair meets when its longer name comes
        size = len(name)
        candidates: set[str] = set()
        for partner in range(max(_SHORTEST, math.ceil((_SHARE - 1) * size - 1e-9)), size + 1):
            for token in order[name][: size - _overlap(partner, size) + 1]:
                candidates.update(index.get((token, partner), ()))
        for other, _, _ in process.extract(name, candidates, scorer=JaroWinkler.similarity, score_cutoff=_FLOOR, limit=None):
            if accept(name, other):
                found[name].add(other)
            if accept(other, name):
                found[other].add(name)
        for token in order[name][: size - _overlap(size, size) + 1]:
            index[(token, size)].append(name)
    return {name: sorted(neighbours) for name, neighbours in found.items()}
