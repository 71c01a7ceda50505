"""When a document speaks: the date that decides posts held, capitals in force and Taliban rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tidings.records import Document

TALIBAN_RULE = date(2021, 8, 15)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
_TAKEOVER = re.compile(
    r"Taliban(?:'s|’s)? (?:takeover|return to power|seizure of power|government|authorities|administration)"
    r"|Taliban (?:came|returned|rose) to power"
    r"|Taliban (?:seized|took) (?:power|control of (?:the country|Kabul))"
    r"|fall of Kabul|Islamic Emirate",
)


@dataclass(frozen=True, slots=True)
class Clock:
    """`day` is the best guess of the document's date; `exact` when it comes from the publication date."""

    day: date | None
    exact: bool
    taliban_rule: bool  # the text speaks of a time when the Taliban govern Afghanistan


def document_clock(doc: Document | None, text: str) -> Clock:
    """Publication date, else the inferred year, else the latest year the text names (a lower bound)."""
    if doc is not None and doc.meta.published is not None:
        published = doc.meta.published
        return Clock(published, True, published >= TALIBAN_RULE)
    year = doc.inferred_year if doc is not None else None
    if year is None:
        years = [int(y) for y in _YEAR.findall(text)]
        year = max(years) if years else None
    day = date(year, 12, 31) if year is not None else None
    ruled = (year is not None and year > TALIBAN_RULE.year) or bool(
        year in (None, TALIBAN_RULE.year) and _TAKEOVER.search(text)
    )
    return Clock(day, False, ruled)
