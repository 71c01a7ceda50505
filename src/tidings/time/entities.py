"""spaCy DATE entities as extra candidates, for absolute forms the rules do not know.

Only entities that state a year and a month in so many words are taken, parsed
by dateparser with a fixed relative base (never today's date) and kept only when
the parsed year is the one written. Relative and undated forms stay with the rules.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import Any

from tidings.time.lexicon import MONTH, YEAR
from tidings.time.scan import Found

_YEAR = re.compile(YEAR)
_MONTH = re.compile(MONTH)
_RELATIVE = re.compile(r"\b(?:ago|last|next|this|previous|since|by|until|years|months|weeks|days)\b", re.I)
FIXED_BASE = datetime(2000, 1, 1)  # dateparser must never fall back on the clock


@cache
def _parser() -> Any:
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": FIXED_BASE, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month", "year"]}
    return DateDataParser(languages=["en"], settings=settings)


def entity_candidates(parsed: Any, taken: list[Found]) -> list[Found]:
    """DATE entities of `parsed` that dateparser reads more precisely than the rules did.

    An entity is skipped when a rule match crosses its edges or already gives a day
    inside it; the caller drops rule matches that a returned entity contains.
    """
    out: list[Found] = []
    for ent in getattr(parsed, "ents", ()):
        inside = [f for f in taken if f.start < ent.end_char and ent.start_char < f.end]
        if ent.label_ != "DATE" or any(
            f.start < ent.start_char or f.end > ent.end_char or f.kind == "date" for f in inside
        ):
            continue
        text = ent.text
        year = _YEAR.search(text)
        if year is None or not _MONTH.search(text) or _RELATIVE.search(text):
            continue
        data = _parser().get_date_data(text)
        when = data.date_obj
        if when is None or when.year != int(year.group()) or data.period not in {"day", "month"}:
            continue
        if inside and data.period != "day":
            continue  # the rules already read this month
        if data.period == "day":
            out.append(
                Found(
                    start=ent.start_char,
                    end=ent.end_char,
                    kind="date",
                    year=when.year,
                    month=when.month,
                    day=when.day,
                )
            )
        else:
            out.append(
                Found(
                    start=ent.start_char, end=ent.end_char, kind="monthyear", year=when.year, month=when.month
                )
            )
    return out
