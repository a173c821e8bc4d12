"""Cross-article linking's candidate index finds exactly what comparing all pairs finds."""

from __future__ import annotations

import random

import pytest

from pipeline import names
from pipeline.crosslink import _korean_key, cross_article_groups
from pipeline.names import name_parts, same_person_name, similar, similar_bare_names, skeleton
from pipeline.spelling_index import similar_neighbours
from scripts.bench_merge import entity_graph, synthetic_entities

LETTERS = "aeioubcdfghjklmnprstvwzy"


def _variants(rng: random.Random, count: int) -> list[str]:
    """Skeleton-like words and near copies of them: a letter changed, dropped, doubled or
    two swapped, as spelling variants are."""
    words = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 14))) for _ in range(count // 3)]
    out = list(words)
    while len(out) < count:
        word = list(rng.choice(words))
        at = rng.randrange(len(word))
        edit = rng.randrange(4)
        if edit == 0:
            word[at] = rng.choice(LETTERS)
        elif edit == 1 and len(word) > 3:
            del word[at]
        elif edit == 2:
            word.insert(at, word[at])
        elif at + 1 < len(word):
            word[at], word[at + 1] = word[at + 1], word[at]
        out.append("".join(word))
    return [skeleton(word) for word in out]


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("accept", [names.similar_skeletons, similar_bare_names])
def test_the_index_finds_the_same_neighbours_as_all_pairs(seed, accept):
    words = _variants(random.Random(seed), 1500)
    expected = names.similar_neighbours(words, accept)
    assert similar_neighbours(words, accept) == expected
    assert sum(len(v) > 1 for v in expected.values()) > 50  # the test has matches to find


@pytest.mark.parametrize("seed", range(4))
def test_full_names_match_across_surnames_only_with_an_equal_korean_key(seed):
    rng = random.Random(seed)
    people = [n for _, n, t in synthetic_entities(3000, seed=seed) if t == "PERSON" and len(n.split()) > 1]
    people += ["Kim Jong-un", "Kim Jongun", "Kim Jong Un", "Kim Yo-jong", "Moon Jae-in", "Moon Jaein"]
    pairs = [(a, b) for a in people[-6:] for b in people[-6:]] + [(rng.choice(people), rng.choice(people)) for _ in range(20000)]
    for a, b in pairs:
        if same_person_name(a, b) and not similar(name_parts(a)[-1], name_parts(b)[-1]):
            assert _korean_key(name_parts(a)) == _korean_key(name_parts(b)), (a, b)
    assert same_person_name("Kim Jong-un", "Kim Jongun") and _korean_key(name_parts("Kim Jong-un")) == _korean_key(name_parts("Kim Jongun"))


def test_the_index_links_what_all_pairs_link():
    """The benchmark's synthetic archive: the same groups with the index as with the
    all-pairs comparison it replaces (`bench_merge.reference_linking`)."""
    from scripts.bench_merge import reference_linking

    graph = entity_graph(synthetic_entities(8000))
    groups = cross_article_groups(graph)
    assert len(groups) > 20 and groups == reference_linking(graph)
