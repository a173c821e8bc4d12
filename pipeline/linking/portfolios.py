"""Portfolios read as names: a minister's or alderman's portfolio in brackets after the
name (`minister Arie Slob (Onderwijs)`, `Wopke Hoekstra (Financiën)`) or joined to the
portfolio of a title (`minister van Economische Zaken en Klimaat`) is the person's title,
which NER, seeing a capital, reads as a body or a person of its own.

In:  the Doc, its entity mentions, the lexicon (portfolios.txt, person_titles.txt).
Out: the mentions without those portfolios.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc

from ..entities import EntityMention
from ..lexicon import Lexicon
from ..tokens import doc_text, token_indices
from .institutions import portfolio_lengths


def drop_bracketed_portfolios(doc: Doc, mentions: Sequence[EntityMention], lexicon: Lexicon) -> list[EntityMention]:
    """Rule `portfolio_in_brackets`: `Volgens minister Cora van Nieuwenhuizen (Verkeer) is
    Schiphol goed`, `Minister Wopke Hoekstra (Financiën) en …`, `minister Ferdinand
    Grapperhaus (Justitie en Veiligheid, CDA)`, `het ministerie van … (Infrastructuur en
    Waterstaat)` after a person: a portfolio of portfolios.txt that opens a bracket right
    after a person's name is that person's title; the names inside it (`Verkeer`, `Justitie`,
    `Waterstaat`) are no entities (they had made `Onderwijs` of `minister Slob (Onderwijs)` a
    name of the `Stichting Islamitisch Onderwijs`). A bracket after a body (`de inspectie
    (Justitie)`) or a bracket of other words (`Slob (CDA)`, `Slob (Justitie-expert)`) stays."""
    text = doc_text(doc)
    person_ends = {m.end for m in mentions if m.type == "PERSON"}
    dropped: set[int] = set()
    for mention in mentions:
        bracket = len(text[:mention.start].rstrip()) - 1
        if bracket < 1 or text[bracket] != "(" or len(text[:bracket].rstrip()) not in person_ends:
            continue
        opening = doc.char_span(bracket, bracket + 1)
        end = _portfolio_end(doc, opening.end, lexicon) if opening is not None else None
        if end is not None:
            dropped |= {id(m) for m in mentions if bracket < m.start and m.end <= end}
    return [m for m in mentions if id(m) not in dropped]


def drop_coordinated_portfolios(doc: Doc, mentions: Sequence[EntityMention], lexicon: Lexicon) -> list[EntityMention]:
    """Rule `portfolios_of_a_title`: `Ook minister Eric Wiebes van Economische Zaken en
    Klimaat (EZK) is …`, `Als minister van Buitenlandse Handel en Ontwikkelingssamenwerking
    werkte Ploumen …`, `de Franse minister van Economie en Financiën`: portfolios of
    portfolios.txt joined by `en` or commas after a person's title or name and `van` are all
    the title's; the names NER found in them (`Klimaat`, `Ontwikkelingssamenwerking`, `Financiën`
    as persons) are no entities. `het ministerie van …` is an institution's name (its own
    rule), and a name after the portfolios stays (`minister van Defensie en NAVO`). A minister
    without a ministry of their own holds the portfolio with `voor`: `minister Sigrid Kaag voor
    Buitenlandse Handel`, `minister voor Medische Zorg`."""
    if not mentions:
        return list(mentions)
    person_ends = {m.end for m in mentions if m.type == "PERSON"}
    spans: list[tuple[int, int]] = []
    for van in token_indices(doc, LOWER, {"van", "voor"}):
        before = doc[van - 1] if van else None
        if before is None or not (lexicon.is_person_title(before.text) or before.idx + len(before) in person_ends):
            continue
        index, end = van + 1, None
        while (length := next(portfolio_lengths(doc, index, lexicon), None)) is not None:
            end = doc[index + length - 1].idx + len(doc[index + length - 1])
            index += length
            if index + 1 >= len(doc) or doc[index].text not in ("en", ","):
                break
            index += 1
        if end is not None:
            spans.append((doc[van].idx, end))
    return [m for m in mentions if not any(start < m.start and m.end <= end for start, end in spans)]


def _portfolio_end(doc: Doc, index: int, lexicon: Lexicon) -> int | None:
    """The character where the longest portfolio from token `index` ends, when a closing
    bracket or a comma follows it (`(Justitie en Veiligheid, CDA)`); None for other words."""
    for length in portfolio_lengths(doc, index, lexicon):
        end = index + length
        if end < len(doc) and doc[end].text in (")", ","):
            return doc[end - 1].idx + len(doc[end - 1])
    return None
