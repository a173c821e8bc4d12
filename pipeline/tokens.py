"""Token selection over a Doc without a Python object per token.

Creating a `Token` costs more than most checks made on it, and the stages scan every
article several times for a few kinds of word (speech verbs, `volgens`, titles). These
helpers read one attribute column with `Doc.to_array`, decide once per distinct value,
and create Tokens only for the rows that match.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy
from spacy.tokens import Doc, Token


def token_indices(doc: Doc, attr: int, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose `attr` (a `spacy.attrs` id: LOWER, ORTH, POS, DEP, ...)
    has a string value `keep` accepts, in text order."""
    if not len(doc):
        return []
    column = doc.to_array(attr).astype("uint64")
    strings = doc.vocab.strings
    wanted = [value for value in numpy.unique(column) if keep(strings[int(value)])]
    return numpy.flatnonzero(numpy.isin(column, wanted)).tolist() if wanted else []


def tokens_where(doc: Doc, attr: int, keep: Callable[[str], bool]) -> Iterator[Token]:
    """The tokens of `token_indices`."""
    return (doc[i] for i in token_indices(doc, attr, keep))
