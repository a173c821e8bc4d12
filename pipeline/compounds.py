"""Dutch compounds: the head decides what a compound is (`spoedoverleg` is an `overleg`,
`inlichtingendienst` a `dienst`), so a lexicon of heads plus splitting beats listing every
compound. Used by the linking stage (organisation class nouns) and the meeting rules (event
nouns).
"""

from __future__ import annotations

from collections.abc import Mapping


def compound_parts(word: str, heads: Mapping[str, tuple[str, bool]]) -> tuple[str, str] | None:
    """(modifier, head) of a Dutch compound ending in a known head, the longest head first:
    `spoedoverleg` → (`spoed`, `overleg`), `kennismakingsgesprek` → (`kennismakings`,
    `gesprek`), `NAVO-top` → (`navo`, `top`). `heads` maps a head to (its value, whether it
    compounds only after a hyphen). None for the head itself, a modifier under three letters
    (two after a hyphen: `EU-top`), or a hyphen-only head without one (`laptop`, `bergtop`)."""
    word = word.lower()
    # the word's own suffixes, longest first, are the candidate heads: a lookup per letter
    # instead of a scan of every head per word
    for cut in range(1, len(word)):
        head = word[cut:]
        if head not in heads:
            continue
        modifier = word[:cut]
        hyphenated = modifier.endswith("-")
        modifier = modifier.rstrip("-")
        if heads[head][1] and not hyphenated:
            continue
        if len(modifier) >= (2 if hyphenated else 3):
            return modifier, head
    return None
