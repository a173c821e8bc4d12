"""Name keys for alias matching: pure string functions, no model, no data.

`fold` makes spellings that differ only in case, diacritics, hyphens or apostrophes equal
(`Guaidó` = `Guaido`, `Kim Jong-un` = `Kim Jong Un`). `skeleton` goes further and erases the
differences between Dutch and English transliterations of Slavic and other names
(`Zelenski` = `Zelensky` = `Zelenskyy`, `Poetin` = `Putin`, `Chroesjtsjov` ~ `Khrushchev`).
`same_person_name` compares two person names part by part, with the guards that keep
relatives apart (`Kim Jong-un` ≠ `Kim Yo-jong`, `Ivanka Trump` ≠ `Donald Trump`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

# Applied in order to folded text; Dutch digraphs first, then the letters that
# transliteration systems disagree on.
_TRANSLITERATION = (
    ("tsj", "ch"), ("tch", "ch"), ("dzj", "j"), ("sj", "sh"), ("zj", "zh"), ("kh", "ch"),
    ("oe", "u"), ("ou", "u"), ("w", "v"), ("y", "i"), ("j", "i"), ("ie", "i"), ("ph", "f"), ("ck", "k"),
)
_DOUBLED = re.compile(r"(\w)\1+")
_NOT_WORD = re.compile(r"[^\w\s]+")
SIMILAR = 0.92


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case, diacritics, hyphens and apostrophes removed; words separated by one space."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d")
    return " ".join(_NOT_WORD.sub(" ", plain).split())


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """`fold`, then transliteration differences erased and doubled letters collapsed."""
    text = fold(name)
    for source, target in _TRANSLITERATION:
        text = text.replace(source, target)
    return _DOUBLED.sub(r"\1", text)


def similar(a: str, b: str, threshold: float = SIMILAR) -> bool:
    """Skeletons equal, or close enough (Jaro-Winkler) for the spelling variants that no
    rule covers (`Chroesjtsjov` / `Khrushchev`)."""
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return True
    if min(len(sa), len(sb)) < 5 or sa[0] != sb[0]:
        return False
    if sa.endswith("a") != sb.endswith("a"):
        return False  # Slavic feminine surnames: Zelenska is not Zelensky
    return JaroWinkler.similarity(sa, sb) >= threshold


def name_parts(name: str) -> list[str]:
    return fold(name).split()


def same_person_name(a: str, b: str) -> bool:
    """Could two person names of two or more words name the same person?

    Every part of the shorter name must match a part of the longer one in order, the
    last parts (surnames) must match, and given names must agree: `Vladimir Poetin` =
    `Vladimir Vladimirovitsj Poetin`, `V. Poetin`; but `Kim Jong-un` ≠ `Kim Yo-jong`.
    """
    short, long = sorted((name_parts(a), name_parts(b)), key=len)
    if not short or not long:
        return False
    if not similar(short[-1], long[-1]):
        return _korean_order_match(short, long)
    remaining = long[:-1]
    for part in short[:-1]:
        for index, candidate in enumerate(remaining):
            if _given_name_match(part, candidate):
                remaining = remaining[index + 1:]
                break
        else:
            return False
    return True


def _given_name_match(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return similar(a, b)


def _korean_order_match(short: list[str], long: list[str]) -> bool:
    """Family-name-first names split into parts (`kim jong un`) compare as wholes."""
    return len(short) > 1 and similar(" ".join(short), " ".join(long))
