"""Publication dates in the shapes articles carry → ISO `YYYY[-MM[-DD]]`.

A date is read whole or not at all: `2019/05/14` is that day, never the year 2019 of a
prefix; a number is a year (2019), `YYYYMMDD` (20190514) or Unix time in seconds or
milliseconds (1557835045), and any other number is an error that says so. A date that
parses but cannot be a news date (`0001-01-01`, the null date of many systems) is
`ImplausibleDate`: the article is kept, undated, with a warning.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

from .problems import InputProblem

EARLIEST_YEAR, LATEST_YEAR = 1600, 2999  # the first Dutch newspapers appeared in 1618
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?"
_YEAR_FIRST = re.compile(r"(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?" + _TIME)
_DAY_FIRST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})" + _TIME)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
NUMBER_SHAPES = "a year (2019), YYYYMMDD (20190514) or Unix time in seconds or milliseconds"


class ImplausibleDate(InputProblem):
    """A well-formed date no news article can have; the article is kept without it."""


def normalise_date(value: object) -> str | None:
    """A date as an article carries it → ISO `YYYY[-MM[-DD]]`, or None when absent.

    Accepts ISO dates and datetimes, full or partial, with `-`, `/` or `.`; day-first
    `14-05-2019` as Dutch writes it (with `/` only when unambiguous); RFC 2822 (`Tue, 14
    May 2019 20:57:25 +0200`); numbers (see the module docstring); date objects YAML
    already parsed. Raises InputProblem for anything else, ImplausibleDate for a date
    outside 1600-2999.
    """
    if value is None or value == "":
        return None
    if isinstance(value, (datetime, date)):
        return _plausible(value.year, value.month, value.day, value.isoformat()[:10])
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputProblem(f"unreadable date: a {type(value).__name__}, not a date")
    if isinstance(value, (int, float)):
        return _from_number(value, repr(value))
    text = str(value).strip()[:100]
    if _NUMBER.fullmatch(text):
        return _from_number(float(text) if "." in text else int(text), repr(text))
    if match := _YEAR_FIRST.fullmatch(text):
        year, _, month, day = match.groups()
        return _from_parts(int(year), int(month) if month else None, int(day) if day else None, repr(text))
    if match := _DAY_FIRST.fullmatch(text):
        day, separator, month, year = match.groups()
        if separator == "/" and int(day) <= 12 and int(month) <= 12 and day != month:
            raise InputProblem(f"ambiguous date {text!r}: day/month or month/day? write it as YYYY-MM-DD")
        return _from_parts(int(year), int(month), int(day), repr(text))
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        raise InputProblem(f"unreadable date {text!r}") from None
    return _plausible(moment.year, moment.month, moment.day, moment.date().isoformat())


def _from_number(number: int | float, shown: str) -> str:
    if not math.isfinite(number) or number < 0:
        raise InputProblem(f"unreadable date {shown}: a number, but not {NUMBER_SHAPES}")
    digits = len(str(int(number)))
    whole = int(number)
    if digits == 4 and number == whole:
        return _from_parts(whole, None, None, shown)
    if digits == 8 and number == whole:
        return _from_parts(whole // 10000, whole // 100 % 100, whole % 100, shown)
    if digits in (9, 10, 12, 13):
        seconds = number / 1000 if digits > 10 else number
        moment = datetime.fromtimestamp(seconds, timezone.utc)
        return _plausible(moment.year, moment.month, moment.day, moment.date().isoformat())
    raise InputProblem(f"unreadable date {shown}: a number, but not {NUMBER_SHAPES}")


def _from_parts(year: int, month: int | None, day: int | None, shown: str) -> str:
    try:
        date(year if 1 <= year <= 9999 else 2000, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        raise InputProblem(f"unreadable date {shown}: no such day") from None
    iso = "-".join([f"{year:04d}"] + [f"{part:02d}" for part in (month, day) if part is not None])
    return _plausible(year, month, day, iso)


def _plausible(year: int, month: int | None, day: int | None, iso: str) -> str:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ImplausibleDate(f"publication date {iso} cannot be a news date (years {EARLIEST_YEAR}-{LATEST_YEAR}); kept undated")
    return iso
