"""Token selection over a Doc without a Python object per token, and answers kept per Doc.

Creating a `Token` costs more than most checks made on it, and the stages scan every
article several times for a few kinds of word (speech verbs, `volgens`, titles). These
helpers read one attribute column with `Doc.to_array`, decide once per distinct value,
and create Tokens only for the rows that match. `Doc.text` joins a Token per word each
time it is read, and the cue and trigger passes ask the same verbs the same questions:
`doc_memo` keeps such answers as long as the Doc lives.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from itertools import compress

import numpy
from spacy.attrs import HEAD, IDX, ORTH, SPACY
from spacy.tokens import Doc, Span, Token

# keyed by the Doc object itself, so an answer never reaches another Doc (a copy, a Doc
# built from a span, a later Doc at the same address). A memo holding a Token or Span holds
# its Doc, so the entry alone never lets the Doc go: `forget_memos` ends it.
_memos: weakref.WeakKeyDictionary[Doc, dict[str, tuple[object, dict]]] = weakref.WeakKeyDictionary()
# the Doc asked about last (weakly) and its memos: the stages ask ~1,500 times an article,
# and a WeakKeyDictionary lookup makes a weak reference each time
_recent: list = [lambda: None, {}]


def doc_memo(doc: Doc, name: str, owner: object = None) -> dict:
    """A dict that lives until `forget_memos(doc)` (or the Doc, when it holds no Token or
    Span of it), for answers that depend only on its text and parse and on `owner` (the
    lexicon that gave them): another owner starts an empty one. Only for what is asked
    after the pipeline has run: its components still change the Doc."""
    if _recent[0]() is doc:
        memos = _recent[1]
    else:
        memos = _memos.get(doc)
        if memos is None:
            memos = _memos[doc] = {}
        _recent[:] = [weakref.ref(doc), memos]
    kept = memos.get(name)
    if kept is None or kept[0] is not owner:
        kept = memos[name] = (owner, {})
    return kept[1]


def forget_memos(doc: Doc) -> None:
    """Drop the Doc's memos once its extraction is done: they hold Tokens, which hold the
    Doc, so without this every article of a run stayed in memory until the process ended."""
    _memos.pop(doc, None)
    if _recent[0]() is doc:
        _recent[:] = [lambda: None, {}]


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc from its words' and spaces' columns: `Doc.text` builds
    a Token per word for its `text_with_ws` (1 ms an article)."""
    memo = doc_memo(doc, "text")
    if "text" not in memo:
        strings = doc.vocab.strings
        memo["text"] = "".join([strings[orth] + " " if space else strings[orth]
                                for orth, space in zip(doc.to_array(ORTH).tolist(), doc.to_array(SPACY).tolist())])
    return memo["text"]


def doc_sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    """The Doc's sentences and the index of each one's first token, listed once per Doc."""
    memo = doc_memo(doc, "sentences")
    if "listed" not in memo:
        listed = list(doc.sents)
        memo["listed"] = (listed, [sentence.start for sentence in listed])
    return memo["listed"]


def token_starting_at(doc: Doc, char: int) -> Token | None:
    """The token that starts at character offset `char`, if one does: a binary search in
    the Doc's offsets (read once per Doc), where a dict of every token's start built a
    Token per word of each article."""
    memo = doc_memo(doc, "starts")
    starts = memo.get("starts")
    if starts is None or len(starts) != len(doc):
        starts = memo["starts"] = doc.to_array(IDX)
    at = int(numpy.searchsorted(starts, char))
    return doc[at] if at < len(starts) and starts[at] == char else None


_word_answers: dict[str, tuple[tuple[object, ...], dict[str, bool]]] = {}
MAX_REMEMBERED_WORDS = 200_000  # per test: a long run's vocabulary, not its every typo


def remembered(name: str, owners: tuple[object, ...], test: Callable[[str], bool]) -> Callable[[str], bool]:
    """`test`, a question about a word alone whose answer depends only on `owners` (the
    knowledge base, the lexicon it reads), with its answers kept across Docs: the linking
    passes ask them of each distinct word of every article, mostly the same words. Other
    owners (a test's own KB) start afresh."""
    kept = _word_answers.get(name)
    if kept is None or len(kept[0]) != len(owners) or any(a is not b for a, b in zip(kept[0], owners)) \
            or len(kept[1]) > MAX_REMEMBERED_WORDS:
        kept = _word_answers[name] = (owners, {})
    answers = kept[1]

    def answer(word: str) -> bool:
        found = answers.get(word)
        if found is None:
            found = answers[word] = bool(test(word))
        return found
    return answer


def token_indices(doc: Doc, attr: int, keep: Callable[[str], bool] | AbstractSet[str]) -> list[int]:
    """Indices of the tokens whose `attr` (a `spacy.attrs` id: LOWER, ORTH, POS, DEP, ...)
    has a string value `keep` accepts (a test, or a set of the values wanted), in text order."""
    if not len(doc):
        return []
    strings, where = _column(doc, attr)
    if not isinstance(keep, AbstractSet):
        wanted = list(compress(range(len(strings)), map(keep, strings)))  # no Python loop around the test
    elif len(keep) < len(strings):  # a short word list: its words looked up among the Doc's values
        number_of = _numbers(doc, attr)
        wanted = [number_of[word] for word in keep if word in number_of]
    else:
        wanted = [number for number, string in enumerate(strings) if string in keep]
    if not wanted:
        return []
    # a lookup table over the distinct values: `numpy.isin` sorts both arrays on every call
    chosen = numpy.zeros(len(strings), dtype=bool)
    chosen[wanted] = True
    return numpy.flatnonzero(chosen[where]).tolist()


def _column(doc: Doc, attr: int) -> tuple[list[str], numpy.ndarray]:
    """The distinct string values of a token attribute and, per token, the number of its
    value among them; read once per Doc and attribute, as a dozen passes scan the same
    columns. The attributes scanned are the tokenizer's, tagger's and parser's, which no
    later component changes."""
    memo = doc_memo(doc, "columns")
    kept = memo.get(attr)
    if kept is None or len(kept[1]) != len(doc):
        values, where = numpy.unique(doc.to_array(attr), return_inverse=True)
        lookup = doc.vocab.strings
        kept = memo[attr] = ([lookup[value] for value in values.tolist()], where)
    return kept


def distinct_values(doc: Doc, attr: int) -> list[str]:
    """The distinct string values of a token attribute in the Doc (the texts of its words
    for ORTH), read from its column without a Token per word."""
    return _column(doc, attr)[0] if len(doc) else []


def _numbers(doc: Doc, attr: int) -> dict[str, int]:
    """Each distinct value of `_column` → its number."""
    strings, where = _column(doc, attr)
    memo = doc_memo(doc, "column_numbers")
    kept = memo.get(attr)
    if kept is None or kept[0] is not where:  # made for this very column
        kept = memo[attr] = (where, {string: number for number, string in enumerate(strings)})
    return kept[1]


def tokens_where(doc: Doc, attr: int, keep: Callable[[str], bool] | AbstractSet[str]) -> Iterator[Token]:
    """The tokens of `token_indices`."""
    return (doc[i] for i in token_indices(doc, attr, keep))


def dependents_where(doc: Doc, attr: int, keep: Callable[[str], bool] | AbstractSet[str]) -> dict[int, list[Token]]:
    """The tokens of `token_indices`, grouped by the index of the token they hang on (the
    root, its own head, hangs on none): one pass over a Doc answers for every word which of
    its children qualify, where reading `Token.children` builds a Token per child of each
    word asked."""
    found: dict[int, list[Token]] = {}
    indices = token_indices(doc, attr, keep)
    if indices:
        for i, head in zip(indices, _heads(doc)[indices].tolist()):
            if head != i:
                found.setdefault(head, []).append(doc[i])
    return found


def _heads(doc: Doc) -> numpy.ndarray:
    """Each token's head's index, from the parse's column of offsets (read once per Doc):
    `Token.head` builds a Token for each word asked."""
    memo = doc_memo(doc, "heads")
    heads = memo.get("heads")
    if heads is None or len(heads) != len(doc):
        heads = memo["heads"] = numpy.arange(len(doc), dtype=numpy.int64) + doc.to_array(HEAD).astype(numpy.int64)
    return heads


def children_where(token: Token, attr: int, values: frozenset[str]) -> list[Token]:
    """The token's children whose `attr` value is one of `values`, in text order, as
    `[c for c in token.children if …]` finds them. Each question (attribute and values) is
    answered for the whole Doc in one pass and kept with `doc_memo`: the cue, lemma and
    trigger passes ask it of every verb and noun, and most have no such child."""
    memo = doc_memo(token.doc, "children_where")
    found = memo.get((attr, values))
    if found is None:
        found = memo[(attr, values)] = dependents_where(token.doc, attr, values)
    return found.get(token.i, [])


def in_capitals(doc: Doc, index: int) -> bool:
    """Token `index` stands in a run of words in capitals (`WAT IS ER MIS`, a headline),
    where case tells no name from a word: its neighbour before or after is a word of
    capitals too."""
    def capitals(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1
    return capitals(index) and (capitals(index - 1) or capitals(index + 1))

