"""Marking phrases in an evidence sentence: the speaker, participants, others and the quote.

In:  a sentence and (phrase, label) pairs.
Out: (start, end, label) spans (for the view, which builds the marks with textContent) or
     escaped HTML with <mark> elements (for notebooks).
"""

from __future__ import annotations

import html
from collections.abc import Sequence


def mark_spans(sentence: str, marks: Sequence[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Where each (phrase, label) occurs in `sentence`, as sorted (start, end, label) spans;
    longer and earlier marks win where they overlap."""
    taken: list[tuple[int, int, str]] = []
    for phrase, label in marks:
        if not phrase:
            continue
        start = sentence.find(phrase)
        while start != -1:
            end = start + len(phrase)
            if not any(s < end and start < e for s, e, _ in taken):
                taken.append((start, end, label))
            start = sentence.find(phrase, end)
    return sorted(taken)


def highlight(sentence: str, marks: Sequence[tuple[str, str]]) -> str:
    """A sentence as HTML with each (phrase, label) marked displaCy-style; longer and earlier
    marks win where they overlap. Everything is escaped."""
    out, cursor = [], 0
    for start, end, label in mark_spans(sentence, marks):
        out.append(html.escape(sentence[cursor:start]))
        out.append(f"<mark class='newsgraph-{label}' title='{label}'>{html.escape(sentence[start:end])}</mark>")
        cursor = end
    out.append(html.escape(sentence[cursor:]))
    return "".join(out)
