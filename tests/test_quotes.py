"""Quotes (pipeline/quotes.py): every Dutch quote style is found."""

from __future__ import annotations

from pipeline.quotes import find_quotes


def test_relations_quote_styles_are_found():
    text = ",,Een.'' \"Twee.\" 'Drie', zei hij. “Vier” ‘Vijf’ «Zes» Pompeo's reis naar 's-Gravenhage."
    assert [q.text for q in find_quotes(text)] == ["Een.", "Twee.", "Drie", "Vier", "Vijf", "Zes"]
