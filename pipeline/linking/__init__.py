"""Stage 4, linking: entity mentions of one article → the article's linked entities.

In: the parsed `Doc`, its `EntityMention`s, its quotes, the knowledge base and the
publication date. Out: `LinkedEntities` (`linked.py`): one `ArticleEntity` per real entity
(canonical name, `kb_id`, every mention with offsets) and which entity each token refers
to, pronouns included.

Within an article, in this order (`link.py`), after the mentions are retyped (`retype.py`:
catch-all names typed, a class noun's persons made organisations; `consistency.py`: one type
per name):
1. role descriptions and appositions are read (`descriptions.py`: `de Russische president
   Vladimir Poetin` teaches that `de Russische president` is Poetin here; `hoogleraar Remco
   Breuker` that `de hoogleraar` is Breuker), and institutions named by their noun
   (`institutions.py`: `het ministerie` after `het ministerie van Defensie`);
2. person names cluster (`clusters.py`): full names by `names.same_person_name`, then short
   forms join the most prominent full name they fit (`Poetin` → `Vladimir Poetin`, `Ivanka`
   → `Ivanka Trump`, `Trumps` → `Trump`); organisations and places cluster by folded name;
3. each cluster is linked to the knowledge base (`Moskou` = `Moscow`, `VS` = `Verenigde
   Staten`), clusters that reach the same entry merge, and the KB's type wins over NER's;
4. standalone descriptions (`de Russische president`, `de hoogleraar`, `de Fransman`)
   become mentions of the entity they name on the article's date;
5. person pronouns are resolved to the people they refer to (`pronouns.py`).

Across articles an entity is identified by its `key`: the KB key when linked, else its type
and name skeleton, so `Zelenski` and `Zelensky` meet in the graph.
"""

from .link import link_entities
from .linked import LinkedEntities

__all__ = ["LinkedEntities", "link_entities"]
