"""Name keys for alias matching: pure string functions, no model, no data.

`fold` makes spellings that differ only in case, diacritics, hyphens or apostrophes equal
(`Guaidó` = `Guaido`, `Kim Jong-un` = `Kim Jong Un`). `skeleton` goes further and erases the
differences between Dutch and English transliterations of Slavic and other names
(`Zelenski` = `Zelensky` = `Zelenskyy`, `Poetin` = `Putin`, `Chroesjtsjov` ~ `Khrushchev`).
`same_person_name` compares two person names part by part, with the guards that keep
relatives apart (`Kim Jong-un` ≠ `Kim Yo-jong`, `Ivanka Trump` ≠ `Donald Trump`).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Applied in order to folded text; Dutch digraphs first, then the letters that
# transliteration systems disagree on.
_TRANSLITERATION = (
    ("tsj", "ch"), ("tch", "ch"), ("dzj", "j"), ("sj", "sh"), ("zj", "zh"), ("kh", "ch"),
    ("oe", "u"), ("ou", "u"), ("w", "v"), ("y", "i"), ("j", "i"), ("ie", "i"), ("ph", "f"), ("ck", "k"),
)
_DOUBLED = re.compile(r"(\w)\1+")
_NOT_WORD = re.compile(r"[^\w\s]+")
SIMILAR = 0.92
# Bare names (`Chroesjtsjov` / `Khrushchev`) have no given name to confirm a fuzzy match.
STRICT_SIMILAR = 0.95
# Particles belong to the surname (`van Dijk`, `von der Leyen`), never to the given names.
NAME_PARTICLES = frozenset({"van", "de", "der", "den", "von", "ter", "ten", "al", "el", "bin", "la", "le", "du", "di", "da"})
MAX_PARTICLES = 3  # a surname opens with at most three particles: `van der`, `van den`, `in 't`
FUNCTION_WORDS = NAME_PARTICLES | {"het", "voor", "en", "of", "the", "for", "and", "in", "op", "aan"}
GENDER_TABLE = "given-names"  # the cached answers' file names in the cache folder
# Generational and regnal suffixes, folded: `Ken Griffey jr.`, `Willem II`, `Rutte III`
GENERATIONAL = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}


def _is_particle(token: Token) -> bool:
    return token.is_lower and token.lower_ in NAME_PARTICLES


def particles_end(doc: Doc, index: int) -> int:
    """Where the lowercase name particles from token `index` end (`van der` in `Jan van der
    Meer`: two on); at most MAX_PARTICLES."""
    end = index
    while end < len(doc) and end - index < MAX_PARTICLES and _is_particle(doc[end]):
        end += 1
    return end


def particles_start(doc: Doc, index: int) -> int:
    """Where the lowercase name particles right before token `index` start; at most MAX_PARTICLES."""
    start = index
    while start > 0 and index - start < MAX_PARTICLES and _is_particle(doc[start - 1]):
        start -= 1
    return start


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case, diacritics, hyphens and apostrophes removed; words separated by one space."""
    if name.isascii():  # most names: nothing to decompose
        plain = name.casefold()
    else:
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
    return similar_skeletons(skeleton(a), skeleton(b), threshold)


def similar_skeletons(sa: str, sb: str, threshold: float = SIMILAR) -> bool:
    """`similar` for names already reduced to their skeletons."""
    if sa == sb:
        return True
    if min(len(sa), len(sb)) < 5 or sa[0] != sb[0]:
        return False
    if sa.endswith("a") != sb.endswith("a"):
        return False  # Slavic feminine surnames: Zelenska is not Zelensky
    return JaroWinkler.similarity(sa, sb) >= threshold


def similar_bare_names(sa: str, sb: str) -> bool:
    """Skeletons of two bare names (no given name to confirm them) that spell one name:
    equal, or long, of nearly one length and very close (`chrushchov` / `chrushchev`);
    never `michael` / `michel` or `steven` / `stevens`."""
    if sa == sb:
        return True
    return min(len(sa), len(sb)) >= 7 and abs(len(sa) - len(sb)) <= 1 and similar_skeletons(sa, sb, STRICT_SIMILAR)


def similar_neighbours(skeletons: Iterable[str], accept: Callable[[str, str], bool] = similar_skeletons) -> dict[str, list[str]]:
    """Each distinct skeleton → the distinct skeletons `accept`ed as similar to it, itself
    included. rapidfuzz scores each skeleton against all the others in C++, so comparing n
    names costs one vectorised pass per distinct spelling instead of n² Python calls."""
    distinct = sorted(set(skeletons))
    neighbours: dict[str, list[str]] = {}
    for query in distinct:
        hits = process.extract(query, distinct, scorer=JaroWinkler.similarity, score_cutoff=SIMILAR - 1e-6, limit=None)
        neighbours[query] = sorted({query} | {hit for hit, _, _ in hits if accept(query, hit)})
    return neighbours


def name_parts(name: str) -> list[str]:
    return fold(name).split()


def given_names(parts: list[str]) -> list[str]:
    """The parts before the surname, without the particles that belong to it:
    `jasper van dijk` → [`jasper`]; `van dijk` → [] (a bare surname)."""
    return [p for p in parts[:-1] if p not in NAME_PARTICLES]


@lru_cache(maxsize=65536)  # asked of each name of a cluster for every mention that may join it
def has_given_name(name: str) -> bool:
    """`Jasper van Dijk`, `V. Poetin`: yes. `Van Dijk`, `Poetin`: a bare surname."""
    return bool(given_names(name_parts(name)))


def same_person_name(a: str, b: str) -> bool:
    """Could two person names, each with a given name, name the same person?

    The surnames must match, and every given name of the shorter name must match one of
    the longer in order: `Vladimir Poetin` = `Vladimir Vladimirovitsj Poetin`, `V. Poetin`;
    but `Kim Jong-un` ≠ `Kim Yo-jong`, `Jasper van Dijk` ≠ `Bart van Dijk`, and names that both
    state middle initials must state the same ones (`George W. Bush` ≠ `George H. W. Bush`,
    while `John F. Kennedy` = `John Kennedy`), and generational suffixes must be the same
    (`Ken Griffey jr.` ≠ `Ken Griffey`, `Rutte II` ≠ `Rutte III`). A bare surname
    (`Van Dijk`) is never a full name: it joins a person by the rules for surnames.
    """
    short, long = sorted((name_parts(a), name_parts(b)), key=lambda parts: len(given_names(parts)))
    if not given_names(short):
        return False
    if _generations(short) != _generations(long):
        return False  # `Ken Griffey jr.` ≠ `Ken Griffey`, `Rutte II` ≠ `Rutte III`
    middle = [{part for part in given_names(parts)[1:] if len(part) == 1} for parts in (short, long)]
    if middle[0] and middle[1] and middle[0] != middle[1]:
        return False  # `George W. Bush` ≠ `George H. W. Bush`: both state their middle initials
    if not similar(short[-1], long[-1]):
        return _korean_order_match(short, long)
    remaining = given_names(long)
    for part in given_names(short):
        for index, candidate in enumerate(remaining):
            if _given_name_match(part, candidate):
                remaining = remaining[index + 1:]
                break
        else:
            return False
    return True


def _generations(parts: list[str]) -> set[str]:
    return {GENERATIONAL[p] for p in parts[1:] if p in GENERATIONAL}


def _given_name_match(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return similar(a, b)


def _korean_order_match(short: list[str], long: list[str]) -> bool:
    """Family name first, given name split differently: `Kim Jong-un` = `Kim Jongun`."""
    return skeleton(short[0]) == skeleton(long[0]) and skeleton("".join(short[1:])) == skeleton("".join(long[1:]))


def content_words(parts: list[str]) -> list[str]:
    """An organisation's or place's words without the function words that come and go
    between spellings: `universiteit van amsterdam` → [`universiteit`, `amsterdam`]."""
    return [p for p in parts if p not in FUNCTION_WORDS]


def same_multiword_name(a: str, b: str) -> bool:
    """Two names of organisations or places of several words, the same word for word up to
    inflection and function words: `Europees Parlement` = `Europese Parlement`, `Human
    Right Watch` = `Human Rights Watch`; but `Hogeschool van Amsterdam` ≠ `Hogeschool van
    Arnhem`. One-word names match only when their skeletons are equal: compounds share
    long prefixes (`Telegraaf` / `Telegram`, `Veiligheid` / `Veiligheidsraad`)."""
    words_a, words_b = content_words(name_parts(a)), content_words(name_parts(b))
    if len(words_a) != len(words_b) or len(words_a) < 2:
        return bool(words_a) and [skeleton(w) for w in words_a] == [skeleton(w) for w in words_b]
    return all(similar(x, y) for x, y in zip(words_a, words_b))


def load_given_names() -> None:
    """Read gender-guesser's answers now rather than at the first person of the first
    article: called where the model and the knowledge base load, once per process."""
    _gender_answers()


def _gender(name: str, unaccented: bool = False) -> str:
    """gender-guesser's `get_gender` without a country, case-insensitive: `male`, `female`,
    `mostly_male`, `mostly_female`, `andy` or `unknown`. `unaccented`: a name it lists only
    without its accents is read without them (`Sébas` as `Sebas`) — for a person's sex, not
    for whether a word is a given name at all (`Söner` is a surname, `Soner` a given name)."""
    answers = _gender_answers()
    answer = answers.get(name.lower(), "unknown")
    if unaccented and answer == "unknown" and not name.isascii():
        answer = answers.get(fold(name), "unknown")
    return answer


@lru_cache(maxsize=1)
def _gender_answers() -> dict[str, str]:
    """gender-guesser's answer for each (lowercase) name it lists. Its detector parses a 4 MB
    name list per process (0.2 s CPU, more than the knowledge base's compact file); the
    answers are kept in newsgraph's cache folder instead (kb_store.cache_folder), in a file
    named after a digest of the detector's code and list, so another version builds its own."""
    import gender_guesser.detector

    from . import kb_store

    source = Path(str(gender_guesser.detector.__file__))
    digest = hashlib.sha256(source.read_bytes() + b"\0" + (source.parent / "data" / "nam_dict.txt").read_bytes()).hexdigest()
    path = kb_store.cache_folder() / f"{GENDER_TABLE}-{digest}.json"
    try:
        answers = json.loads(path.read_bytes())
        if isinstance(answers, dict):
            kb_store.mark_used(path)
            return answers
    except (OSError, ValueError):
        pass
    detector = gender_guesser.detector.Detector(case_sensitive=False)
    answers = {name: detector.get_gender(name) for name in detector.names}  # its names are lowercase already
    try:
        kb_store.write(path, json.dumps(answers, ensure_ascii=False).encode("utf8"), kind=GENDER_TABLE)
        kb_store.remove_stale(path.parent, keep=path, kind=GENDER_TABLE)
    except OSError:
        pass  # an unwritable cache folder only costs the next process the parse
    return answers


@lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    """`m` or `f` for a full name whose first name is unambiguously male or female
    (gender-guesser's name lists, `mostly_` answers left out: `Kim` stays unknown), else None.
    A single word may be a surname, so it tells nothing."""
    words = name.split()
    if len(words) < 2:
        return None
    answer = _gender(words[0], unaccented=True)
    return {"male": "m", "female": "f"}.get(answer)


@lru_cache(maxsize=4096)
def is_given_name(word: str) -> bool:
    """`Rebecca`, `Judy`: a word gender-guesser knows as an unambiguously male or female given
    name (`Kim`, `Meddo` are not). A word alone may still be a surname: callers decide."""
    return _gender(word) in ("male", "female")


@lru_cache(maxsize=4096)
def may_be_given_name(word: str) -> bool:
    """`Piet`, `Kim`, `Jan`: any word gender-guesser lists as a given name, `mostly_` and
    androgynous ones too (`Heracles`, `Sparta` are not)."""
    return _gender(word) != "unknown"
