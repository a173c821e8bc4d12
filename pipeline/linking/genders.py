"""The sex a person noun says (`de moeder`, `de zakenman`, `de voorzitster`), for the
descriptions, offices and nameless persons a pronoun must agree with.

In: a noun, the lexicon (data/lexicon/person_noun_genders.tsv). Out: `m`, `f` or None.
"""

from __future__ import annotations

from ..lexicon import Lexicon


def noun_gender(noun: str | None, lexicon: Lexicon) -> str | None:
    """`m` for `de zakenman`, `f` for `de zakenvrouw`, `de voorzitster`, and the nouns of
    data/lexicon/person_noun_genders.tsv (`de moeder`, `zijn broer`); None for most nouns and
    for the endings listed `neither`, whose `-ster` is no feminine suffix (`de minister`,
    `de burgemeester`, `de priester`: a man or a woman)."""
    if not noun:
        return None
    genders = lexicon.person_noun_genders
    if noun.endswith(tuple(genders.get("neither", ()))):
        return None
    gender = next((g for g in ("m", "f") if noun in genders.get(g, ())), None)
    return gender or ("m" if noun.endswith("man") else "f" if noun.endswith(("vrouw", "ster")) else None)
