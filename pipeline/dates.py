"""Dutch time expressions in a sentence → an ISO date (possibly partial), relative to the
article's publication date.

News writes `dinsdag`, `eind april`, `in februari`, `14 mei`, `gisteren`. A weekday is the
most recent such day on or before publication (`dinsdag` in a Tuesday's paper is that
day: dateparser would pick the week before, which is why this is done here); a month
without a year is the most recent such month; `begin`/`eind`/`half` keep month precision.
With a partial publication date (`2019-05`) only what it determines is returned.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {name: number for number, names in enumerate([
    ("januari", "jan"), ("februari", "feb"), ("maart", "mrt"), ("april", "apr"), ("mei",), ("juni", "jun"),
    ("juli", "jul"), ("augustus", "aug"), ("september", "sep", "sept"), ("oktober", "okt"), ("november", "nov"), ("december", "dec"),
], start=1) for name in names}
WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6}
RELATIVE_MONTHS = {"deze maand": 0, "vorige maand": -1, "afgelopen maand": -1, "volgende maand": 1}
RELATIVE_DAYS = {"vandaag": 0, "vanochtend": 0, "vanmiddag": 0, "vanavond": 0, "gisteren": -1, "gisteravond": -1, "eergisteren": -2, "morgen": 1}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_EXPRESSION = re.compile(
    rf"\b(?:(?P<day>[0-3]?\d)\s+(?P<dmonth>{_MONTH})\.?(?:\s+(?P<dyear>(?:19|20)\d\d))?"
    rf"|(?:(?:begin|eind|half|midden|medio)\s+|in\s+)?(?P<month>{_MONTH})(?:\s+(?P<myear>(?:19|20)\d\d))?"
    rf"|(?P<weekday>{'|'.join(WEEKDAYS)})(?:middag|avond|ochtend|nacht)?"
    rf"|(?P<relative>{'|'.join(RELATIVE_DAYS)})"
    rf"|(?P<relmonth>{'|'.join(RELATIVE_MONTHS)}))\b",
    re.IGNORECASE,
)


def _publication(published: str | None) -> tuple[int | None, int | None, int | None]:
    if not published:
        return None, None, None
    parts = [int(p) for p in published.split("-")]
    return tuple(parts + [None] * (3 - len(parts)))  # type: ignore[return-value]


def _month_year(month: int, year: int | None, pub_year: int, pub_month: int | None) -> int:
    if year:
        return year
    return pub_year - 1 if pub_month and month > pub_month else pub_year


def resolve_date(sentence: str, published: str | None) -> str | None:
    """The first time expression in `sentence`, as an ISO date of the precision it states
    and the publication date allows; None when there is none or it cannot be anchored."""
    pub_year, pub_month, pub_day = _publication(published)
    for match in _EXPRESSION.finditer(sentence):
        groups = {k: v.lower() if v else v for k, v in match.groupdict().items()}
        if groups["day"] and groups["dmonth"]:
            month, day = MONTHS[groups["dmonth"]], int(groups["day"])
            year = int(groups["dyear"]) if groups["dyear"] else (pub_year and _month_year(month, None, pub_year, pub_month))
            if year and 1 <= day <= 31:
                try:
                    return date(year, month, day).isoformat()
                except ValueError:
                    continue
        elif groups["month"]:
            if groups["month"] in ("mei",) or len(groups["month"]) > 3 or match.group(0).lower().startswith(("in ", "begin", "eind", "half", "midden", "medio")):
                month = MONTHS[groups["month"]]
                year = int(groups["myear"]) if groups["myear"] else (pub_year and _month_year(month, None, pub_year, pub_month))
                if year:
                    return f"{year:04d}-{month:02d}"
        elif groups["relmonth"] and pub_year and pub_month:
            index = pub_year * 12 + pub_month - 1 + RELATIVE_MONTHS[groups["relmonth"]]
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        elif pub_year and pub_month and pub_day:
            published_day = date(pub_year, pub_month, pub_day)
            if groups["weekday"]:
                back = (published_day.weekday() - WEEKDAYS[groups["weekday"]]) % 7
                return (published_day - timedelta(days=back)).isoformat()
            if groups["relative"]:
                return (published_day + timedelta(days=RELATIVE_DAYS[groups["relative"]])).isoformat()
        elif pub_year and pub_month and (groups["weekday"] or groups["relative"]):
            return f"{pub_year:04d}-{pub_month:02d}"
    return None
