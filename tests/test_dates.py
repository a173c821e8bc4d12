from __future__ import annotations

import pytest

from pipeline.dates import resolve_date


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Dat heeft Poetin dinsdag verklaard.", "2019-05-14", "2019-05-14"),  # a Tuesday paper's dinsdag is that day
        ("Maandag sprak hij met Pompeo.", "2019-05-14", "2019-05-13"),
        ("Zondagavond belde Trump.", "2019-05-14", "2019-05-12"),
        ("Dat heeft Poetin dinsdag verklaard.", "2019-05", "2019-05"),
        ("Eind april ontving Poetin Kim.", "2019-05-14", "2019-04"),
        ("de top in februari in Hanoi", "2019-05-14", "2019-02"),
        ("in december ontmoetten ze elkaar", "2019-05-14", "2018-12"),
        ("Op 14 mei 2019 in Sotsji", None, "2019-05-14"),
        ("Op 3 maart sprak hij", "2019-05-14", "2019-03-03"),
        ("gisteren zei hij", "2019-05-14", "2019-05-13"),
        ("Poetin sprak met Pompeo.", "2019-05-14", None),
        ("dinsdag", None, None),
        ("de jan van de kruidenier", "2019-05-14", None),
    ],
)
def test_dates_resolve_against_publication(sentence, published, expected):
    assert resolve_date(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "expected"), [("deze maand voor het eerst", "2019-03"), ("vorige maand al geluncht", "2019-02")])
def test_dates_relative_months(sentence, expected):
    assert resolve_date(sentence, "2019-03-21") == expected
