"""Quotes: an article's text → its quoted passages, found before linking.

Both later stages read them: linking (a pronoun resolves against the narrated sentences,
not the quoted ones) and relations (direct speech). Every Dutch quote style in the wild:
`,,…''`, `"…"`, `'…'`, `“…”`, `‘…’`, `„…”`, `«…»`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

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


def inside_quote(token: Token, quotes: Sequence[Quote]) -> bool:
    return any(q.start <= token.idx < q.end for q in quotes)


def quoted_sentence(sentence: Span, quotes: Sequence[Quote]) -> bool:
    """The sentence's words all lie inside one quote."""
    words = [t for t in sentence if t.is_alpha]
    return bool(words) and any(q.start <= words[0].idx and words[-1].idx < q.end for q in quotes)
