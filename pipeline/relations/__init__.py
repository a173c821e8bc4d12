"""Stage 5, relations: a parsed `Doc`, its quotes and its linked entities → meetings and statements.

Implements `shared/ANNOTATION.md`. Everything here reads UD dependency labels and lemmas
only, so the rules behave the same on the bundled model and on nl_core_news_lg. The words
the rules look for are data in `data/lexicon/`.

Statements (`statements.py`), in order of precedence:
- direct: a quote (any Dutch quote style) attributed by a speech verb after it (`'…'
  verklaarde Poetin`, `'…', zo deelde hij mee`), before it in the same sentence (`Poetin
  noemde het 'objectief'`), or by a colon (`Kaag beantwoordt het met een wedervraag: ,,…''`);
  quote sentences that follow without a new attribution run on into the same statement;
- `volgens X`: X said the rest of the sentence;
- indirect: a speech verb with a named subject and a complement (`Lavrov zei dat …`).
Who spoke is `speakers.py`, what was said `content.py`, whether it was asserted at all
`assertion.py`; `morphology.py` rebuilds the verb lemmas the cues are looked up by.

Meetings (`meetings.py`): a trigger word (`triggers.py`: a noun or verb of the lexicon, a
compound, a contact verb, a fixed phrase of `phrases.py`) with two or more named participants
(`parties.py`: its arguments, coordination and its clause; `noun_parties.py`: the partners,
possessors, copulas and light verbs of an encounter noun); cancelled, negated, wished-for
and hypothetical ones are left out.
"""

from .meetings import extract_meetings
from .statements import extract_statements

__all__ = ["extract_meetings", "extract_statements"]
