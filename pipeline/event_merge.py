"""Which reports of events tell one event: meetings of the same parties, statements of one
speaker with the same content, in several articles (wire copies, follow-ups).

In:  the signatures of the reports that already agree on everything else (a meeting's type
     and participants, a statement's speaker and normalised text): (date, date source,
     place) triples.
Out: each distinct signature → a cluster number; reports whose signatures share a cluster
     are one event.

The clustering depends on the set of signatures only, never on the order or the number of
the reports, so shuffled and duplicated input give the same graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

Signature = tuple[str | None, str | None, str | None]  # (ISO date, possibly partial; its source; place key), each or None


def _close(a: str, b: str) -> bool:
    """One a prefix of the other (`2019-05` and `2019-05-14`), or days at most one apart."""
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    return False


def dates_compatible(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Two (date, source) pairs can date one event: dates the texts state lie within a day
    (or one is a month the other falls in); a publication date only bounds the event from
    above; an unknown date fits anything."""
    stated = [day for day, source in (a, b) if day and source != "published"]
    published = [day for day, source in (a, b) if day and source == "published"]
    if len(stated) == 2 and not _close(*stated):
        return False
    return not any(not _close(day, bound) and day[:len(bound)] > bound[:len(day)] for day in stated for bound in published)


def compatible(a: Signature, b: Signature) -> bool:
    """Could both reports tell one event: dates compatible, the same place or one unknown."""
    return dates_compatible(a[:2], b[:2]) and (a[2] is None or b[2] is None or a[2] == b[2])


def _specificity(signature: Signature) -> tuple:
    day, source, place = signature
    vagueness = 2 if day is None else 1 if source == "published" else 0
    return (vagueness, -len(day or ""), place is None, day or "", source or "", place or "")


def clusters(signatures: Iterable[Signature]) -> dict[Signature, int]:
    """Each distinct signature → its cluster, in which every two signatures are compatible.
    Signatures are taken most specific first (a full date before a month, a known place
    before none, then by date): one joins the cluster it is compatible with as a whole, or
    starts its own. One that fits several clusters stays alone, since it cannot tell which
    of them it reports: an undated `Trump en Kim ontmoetten elkaar` never glues Singapore
    and Hanoi together."""
    members: list[list[Signature]] = []
    placed: dict[Signature, int] = {}
    for signature in sorted(set(signatures), key=_specificity):
        fits = [index for index, group in enumerate(members) if all(compatible(signature, other) for other in group)]
        if len(fits) == 1:
            members[fits[0]].append(signature)
            placed[signature] = fits[0]
        else:
            members.append([signature])
            placed[signature] = len(members) - 1
    return placed


def best_date(dated: Iterable[tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """The (date, source) of merged reports: one the text states before a publication date,
    a day before a month, of equals the earliest."""
    return min(dated, key=lambda pair: (pair[1] != "text", -len(pair[0] or ""), pair[0] or ""), default=(None, None))
