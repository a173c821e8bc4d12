"""Rule `court_of_a_town`: a court of the Low Countries is known by its town, however an
article writes it (`de rechtbank in Arnhem`, `de Arnhemse rechtbank` → `Rechtbank Arnhem`).
The institutions rule (institutions.py) finds the phrase; here it gets its name.

In:  the court's phrase, its noun, the knowledge base and the lexicon (courts.tsv).
Out: the court's name, or None for a noun that names no court without its town (`hof`).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..kb import KnowledgeBase
from ..lexicon import Lexicon


def court_name(phrase: Span, noun: str, kb: KnowledgeBase, lexicon: Lexicon) -> str | None:
    """Rule `court_of_a_town`: `de rechtbank in Arnhem`, `de rechtbank van Breda`, `de
    Rotterdamse rechtbank`, `het hof in Den Haag` (data/lexicon/courts.tsv) → the name the
    court is known by: `Rechtbank Arnhem`, `Rechtbank Breda`, `Rechtbank Rotterdam`,
    `Gerechtshof Den Haag`, so that every article's way of writing it is one court. The town
    is a place the KB knows, after `in`/`van`, or as the adjective before the noun (a town's
    name and `-se`, as the KB writes the town). Without a town the phrase is its own name
    (`de rechtbank van het district`), or for a noun that names no court alone (`hof`) none;
    `hof` names a court of appeal only in the towns one sits in (`het hof in Leiden` is a
    courtyard)."""
    prefix, alone, seats = lexicon.courts[noun]
    words = [t.lower_ for t in phrase]
    at = words.index(noun)
    town = None
    if at + 2 < len(phrase) and words[at + 1] in ("in", "van") and _court_town(phrase[at + 2:].text, kb):
        town = phrase[at + 2:].text
    elif at > 0 and phrase[at - 1].text.endswith("se") and _court_town(stem := phrase[at - 1].text[:-2], kb, spelt=True):
        town = stem
    if town is not None and (seats is None or town in seats):
        return f"{prefix} {town}"
    return phrase.text if alone else None


def _court_town(name: str, kb: KnowledgeBase, spelt: bool = False) -> bool:
    """A Dutch or Belgian town of the KB (a court of the Low Countries is named after its
    town; `de rechtbank in Parijs` keeps its phrase); when `spelt`, for a town's adjective,
    a Dutch town the KB writes so (`Europese` is no town's adjective though `Europe` is a
    name of Europa, and `Antwerp` is the KB's English name for Antwerpen)."""
    entry = kb.lookup(name, types=["PLACE"], fuzzy=False)
    if entry is None or entry.country not in ("NL", "BE") or entry.is_subdivision or entry.population <= 0:
        return False
    return kb.countries.get(entry.country) != entry.key and (not spelt or (entry.name == name and entry.country == "NL"))


def town_adjective(word: str, kb: KnowledgeBase) -> bool:
    """`rotterdamse`, `arnhemse`: a Dutch town's name as the KB writes it, and `-se`."""
    if not word.endswith("se") or len(word) < 5:
        return False
    entry = kb.lookup(word[:-2], types=["PLACE"], fuzzy=False)
    return entry is not None and entry.country == "NL" and entry.name.lower() == word[:-2]
