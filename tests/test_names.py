from __future__ import annotations

import pytest

from pipeline.names import fold, same_multiword_name, same_person_name, similar, similar_bare_names, skeleton


@pytest.mark.parametrize(("a", "b"), [("Guaidó", "Guaido"), ("Kim Jong-un", "Kim Jong Un"), ("Erdoğan", "Erdogan"), ("'s-Gravenhage", "s Gravenhage")])
def test_names_fold_erases_case_diacritics_and_hyphens(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Zelenski", "Zelensky"), ("Zelensky", "Zelenskyy"), ("Poetin", "Putin"), ("Porosjenko", "Poroshenko"),
     ("Tsjaikovski", "Tchaikovsky"), ("Jeltsin", "Yeltsin"), ("Navalny", "Navalni"), ("Wolodymyr", "Volodymyr")],
)
def test_names_skeleton_equates_dutch_and_english_transliteration(a, b):
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Chroesjtsjov", "Khrushchev", True), ("Gorbatsjov", "Gorbachev", True), ("Medvedev", "Medvedjev", True),
    ("Zelenska", "Zelensky", False), ("Mark", "Marc", False), ("Rutte", "Ruttes", False),
])
def test_names_similar_with_guards(a, b, expected):
    assert similar(a, b) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Vladimir Poetin", "Vladimir Putin", True),
    ("Vladimir Poetin", "Vladimir Vladimirovitsj Poetin", True),
    ("V. Poetin", "Vladimir Poetin", True),
    ("Kim Jong-un", "Kim Jong Un", True),
    ("Kim Jong-un", "Kim Yo-jong", False),
    ("Ivanka Trump", "Donald Trump", False),
    ("Olena Zelenska", "Volodymyr Zelensky", False),
    ("Sergej Lavrov", "Sergey Lavrov", True),
    ("Kim Jong-un", "Kim Jongun", True),
    ("Jasper van Dijk", "Bart van Dijk", False),
    ("George W. Bush", "George H. W. Bush", False),  # both state middle initials, different ones
    ("John F. Kennedy", "John Kennedy", True),  # only one states them
    ("Ken Griffey jr.", "Ken Griffey sr.", False),  # a generational suffix tells father and son apart
    ("Ken Griffey Jr.", "Ken Griffey", False),
    ("Mark Rutte II", "Mark Rutte III", False),  # doubled letters collapse in the Korean-order key: `ii` was `iii`
    ("Martin Luther King jr.", "Martin Luther King Jr", True),
    ("Van Dijk", "Jasper van Dijk", False),  # a bare surname is not a full name
    ("Jan de Witt", "Jan de Vries", False),
    ("Willem Klok", "Wim Kok", False),
])
def test_names_same_person_name(a, b, expected):
    assert same_person_name(a, b) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Europees Parlement", "Europese Parlement", True),
    ("Human Right Watch", "Human Rights Watch", True),
    ("Universiteit van Amsterdam", "Universiteit Amsterdam", True),
    ("Hogeschool van Amsterdam", "Hogeschool van Arnhem", False),
    ("Telegraaf", "Telegram", False),
    ("Veiligheid", "Veiligheidsraad", False),
    ("Tweede Kamer", "Tweede Kamercommissie", False),
])
def test_names_same_multiword_name(a, b, expected):
    assert same_multiword_name(a, b) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Chroesjtsjov", "Khrushchev", True), ("Michael", "Michel", False), ("Steven", "Stevens", False), ("Marieke", "Maaike", False),
])
def test_names_bare_names_match_only_when_nearly_identical(a, b, expected):
    assert similar_bare_names(skeleton(a), skeleton(b)) is expected


def test_given_names_answer_as_gender_guesser_does_from_the_cached_table(tmp_path, monkeypatch):
    """The answers come from a table in the cache folder, built by the first process from
    gender-guesser's detector and read by the next; a damaged table is built again."""
    import gender_guesser.detector

    from pipeline import names

    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    detector = gender_guesser.detector.Detector(case_sensitive=False)
    words = [*list(detector.names)[::97], "Piet", "KIM", "Rebecca", "Meddo", "Heracles", "xyzzy", "ÉMILE"]
    try:
        names._gender_answers.cache_clear()
        assert [names._gender(w) for w in words] == [detector.get_gender(w) for w in words]
        assert names._gender("ÉMILE", unaccented=True) == detector.get_gender("EMILE") != detector.get_gender("ÉMILE")  # its accent dropped
        (table,) = tmp_path.glob(f"{names.GENDER_TABLE}-*.json")
        names._gender_answers.cache_clear()
        assert [names._gender(w) for w in words] == [detector.get_gender(w) for w in words]  # read back
        table.write_text("{damaged", encoding="utf8")
        names._gender_answers.cache_clear()
        assert names._gender("Rebecca") == detector.get_gender("Rebecca") == "female"
        assert table.read_bytes().startswith(b"{\"") and len(table.read_bytes()) > 100_000  # written anew
    finally:
        names._gender_answers.cache_clear()


def test_a_given_name_listed_only_without_its_accents_is_read_without_them():
    """`Sébas Diekstra` is a man (gender-guesser lists `Sebas` only), so `zegt ze` is not his."""
    from pipeline.names import first_name_gender, is_given_name

    assert first_name_gender("Sébas Diekstra") == "m"
    assert first_name_gender("Zoë Tamerus") == "f"  # listed with its accent
    assert first_name_gender("Émile Roemer") == "m"
    assert first_name_gender("Xérxo Diekstra") is None
    assert not is_given_name("Söner")  # whether a word is a given name at all is read as written
