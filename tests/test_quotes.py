"""Quotes (pipeline/quotes.py): every Dutch quote style is found."""

from __future__ import annotations

import pytest

from pipeline.quotes import find_quotes


def test_relations_quote_styles_are_found():
    text = ",,Een.'' \"Twee.\" 'Drie', zei hij. “Vier” ‘Vijf’ «Zes» Pompeo's reis naar 's-Gravenhage."
    assert [q.text for q in find_quotes(text)] == ["Een.", "Twee.", "Drie", "Vier", "Vijf", "Zes"]


@pytest.mark.parametrize(("text", "quoted"), [
    ("Bos is milder. 'Maar het blijft een VVD'er. In zijn wereld telt politiek.' Zo is het.",
     ["Maar het blijft een VVD'er. In zijn wereld telt politiek."]),
    ("Hij zei: 'Dat is Rutte's idee, zo'n plan.' Klaar.", ["Dat is Rutte's idee, zo'n plan."]),
    ("'Goed', zei hij. 'Slecht', zei zij.", ["Goed", "Slecht"]),
    ("Het is 's morgens koud bij Piet's broer.", []),
])
def test_an_apostrophe_between_letters_does_not_close_a_single_quote(text, quoted):
    assert [q.text for q in find_quotes(text)] == quoted


@pytest.mark.parametrize(("text", "quoted"), [
    ("Egmond: 'Hij wilde hem invoeren 'door degene die betaalt'. Die lef!' Enthoven knikt.",
     ["Hij wilde hem invoeren 'door degene die betaalt'. Die lef!"]),
    ("Winsemius: 'De passage 'Langzaam sterft de aarde', ja, die maakte veel los.' Toen.",
     ["De passage 'Langzaam sterft de aarde', ja, die maakte veel los."]),
    ("Hij noemde het 'onzin' en 'flauwekul'.", ["onzin", "flauwekul"]),
    ("'Ja', zei hij. Zij zei 'nee' en de jaren '90 waren 's avonds kort.", ["Ja", "nee"]),
])
def test_a_single_quote_holds_a_quote_of_its_own(text, quoted):
    """The outer quote is one passage; the inner one is part of it, not a quote alone."""
    assert [q.text for q in find_quotes(text)] == quoted
