"""Partial ISO dates (`2019`, `2019-05`, `2019-05-14`) as the interval of days they cover.

One definition for the API's filters, the tables' date columns, the Gephi timeline and the
view: `2019-05` is 2019-05-01 … 2019-05-31. A filter keeps an event when every day its date
covers lies in the range: 2019-05-01 … 2019-05-31 keeps `2019-05`, a single day does not
(the event may have been on another day), a year keeps `2019-05`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def span(value: str | None) -> tuple[date, date] | None:
    """`'2019-05'` → (2019-05-01, 2019-05-31); None → None. A malformed value raises
    ValueError naming it and the accepted forms."""
    if value is None:
        return None
    match = _ISO.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day:
            first = last = date(year, int(month), int(day))
        elif month:
            first = date(year, int(month), 1)
            last = date(year, int(month), calendar.monthrange(year, int(month))[1])
        else:
            first, last = date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        raise ValueError(f"not a date: {value!r} (no such day)") from None
    return first, last


def bound(value: str | date | None, name: str) -> tuple[date, date] | None:
    """A filter argument (`start=`/`end=`): a partial ISO string or a `datetime.date`, checked;
    TypeError for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value, value
    if not isinstance(value, str):
        raise TypeError(f"{name} must be an ISO date string (YYYY, YYYY-MM or YYYY-MM-DD) or a datetime.date, not {type(value).__name__}")
    try:
        return span(value)
    except ValueError as err:
        raise ValueError(f"{name}: {err}") from None


def within(value: str | None, start: tuple[date, date] | None, end: tuple[date, date] | None) -> bool:
    """Do all the days of the event date `value` lie in [first day of `start`, last day of
    `end`]? An event without a date matches only when no bound is given."""
    if start is None and end is None:
        return True
    days = span(value)
    if days is None:
        return False
    return (start is None or days[0] >= start[0]) and (end is None or days[1] <= end[1])
