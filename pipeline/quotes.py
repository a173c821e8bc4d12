"""Quotes: an article's text → its quoted passages, found before linking.

Both later stages read them: linking (a pronoun resolves against the narrated sentences,
not the quoted ones) and relations (direct speech). Every Dutch quote style in the wild:
`,,…''`, `"…"`, `'…'`, `“…”`, `‘…’`, `„…”`, `«…»`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import IDX, IS_ALPHA
from spacy.tokens import Doc, Span, Token

from .tokens import doc_memo

# A single-quoted passage inside a single-quoted quote: opened after a space, closed before
# a space or punctuation, and short (a term, a title, a phrase: at most 80 characters); a
# longer stretch between two marks is more often a quote of its own beside a stray mark.
_INNER = r"(?<=\s)'(?!s[\s-]|t\s|n\s)[^'\n]{0,80}?[^\s']'(?=[\s.,;:!?)])"

# Opening mark → closing marks. Single quotes need word boundaries (Pompeo's, 's-Gravenhage).
QUOTE_PATTERNS = [
    re.compile(r",,(?P<q>[^\n]+?)(?:''|”|“|\"|’’)"),
    re.compile(r"„(?P<q>[^\n]+?)[”“\"]"),
    re.compile(r"“(?P<q>[^\n]+?)”"),
    re.compile(r"«\s?(?P<q>[^\n]+?)\s?»"),
    re.compile(r"(?<![\w,])\"(?P<q>[^\"\n]+?)\"(?!\w)"),
    re.compile(r"(?<![\w'’])‘(?P<q>[^\n]+?)’(?![\w])"),
    # an apostrophe between letters (`VVD'er`, `zo'n`, `Rutte's`) is no closing mark; a quote
    # may hold one of its own (`'Hij wilde hem invoeren 'door degene die …'. Die lef!'`)
    re.compile(rf"(?<![\w'’])'(?!s[\s-]|t\s|n\s)(?P<q>(?:[^'\n]|(?<=\w)'(?=\w)|{_INNER})*?[^\s'])'(?![\w])"),
]


@dataclass
class Quote:
    start: int
    end: int  # exclusive, of the quoted text
    text: str


def find_quotes(text: str) -> list[Quote]:
    """Quoted passages, outermost first match wins; offsets are of the text inside the marks."""
    taken: list[tuple[int, int]] = []
    quotes = []
    for pattern in QUOTE_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            inner = match.group("q").strip()
            if not inner or not any(map(str.isalpha, inner)):  # no Python frame per character
                continue
            taken.append((start, end))
            quotes.append(Quote(match.start("q"), match.end("q"), inner))
    return sorted(quotes, key=lambda q: q.start)


# the quotes asked about last, with their starts and ends when they are sorted and do not
# overlap (find_quotes's are): the relation and linking passes ask ~150 times an article
_bounds: list[Any] = [None, [], []]


def inside_quote(token: Token, quotes: Sequence[Quote]) -> bool:
    """The token starts inside one of `quotes`: a binary search in their starts where they
    are sorted and apart, else a scan."""
    if _bounds[0] is not quotes or len(_bounds[1]) != len(quotes):
        starts, ends = [q.start for q in quotes], [q.end for q in quotes]
        apart = all(end <= start for end, start in zip(ends, starts[1:]))
        if not apart:
            _bounds[:] = [None, [], []]
            return any(q.start <= token.idx < q.end for q in quotes)
        _bounds[:] = [quotes, starts, ends]
    at = bisect_right(_bounds[1], token.idx) - 1
    return at >= 0 and token.idx < _bounds[2][at]


def quoted_sentence(sentence: Span, quotes: Sequence[Quote]) -> bool:
    """The sentence's words all lie inside one quote. Its first and last word are found in
    the Doc's columns (read once per Doc), not by a Token per word of the sentence."""
    words, offsets = _words_and_offsets(sentence.doc)
    first, end = bisect_left(words, sentence.start), bisect_left(words, sentence.end)
    return first < end and any(q.start <= offsets[words[first]] and offsets[words[end - 1]] < q.end for q in quotes)


def _words_and_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """The indices of the Doc's tokens of letters (`Token.is_alpha`) and every token's offset."""
    memo = doc_memo(doc, "quoted_sentence")
    if memo.get("length") != len(doc):
        memo.update(length=len(doc), words=numpy.flatnonzero(doc.to_array(IS_ALPHA)).tolist(), offsets=doc.to_array(IDX).tolist())
    return memo["words"], memo["offsets"]
