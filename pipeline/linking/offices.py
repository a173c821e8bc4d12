"""Office holders: `de bewindsvrouw` is the minister or state secretary the article introduced."""

from __future__ import annotations

from ..lexicon import Lexicon
from ..names import first_name_gender
from .clusters import Cluster
from .descriptions import Description
from .genders import noun_gender


def offices_of(description: Description, lexicon: Lexicon) -> tuple[str, ...]:
    """The titles an office-holder noun stands for (data/lexicon/office_holder_nouns.txt)."""
    return tuple(sorted(title for noun, title in lexicon.office_holder_nouns if noun == description.noun))


def office_holder(description: Description, introduced: dict, lexicon: Lexicon) -> Cluster | None:
    """Rule `office_holder_noun`: `… zegt minister Van Engelshoven. De bewindsvrouw komt met
    een wetsvoorstel`: `de bewindsvrouw` is the one person the article introduced (latest
    before it) with a title the noun stands for (`introduced`: title → that person), of the
    noun's gender. A minister and a state secretary both introduced, or a man for
    `bewindsvrouw`, resolve nothing."""
    holders = {id(c): c for title in offices_of(description, lexicon) if isinstance(c := introduced.get(title), Cluster)}
    gender = description.gender or noun_gender(description.noun, lexicon)
    people = [c for c in holders.values() if gender is None or first_name_gender(max(c.names, key=len, default="")) in (None, gender)]
    return people[0] if len(people) == 1 and len(holders) == 1 else None
