"""Publication dates written in the text: datelines, bylines and wire-story openings.

Only whole-line datelines ("Wednesday, 08 February 2006", "18 March 2024
Analytics", "Posted on March 18, 2024 10:15") and dates inside byline or credit
lines count; a date inside a body sentence is an event date, not the
publication date, and is never read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
ORD = r"(?:st|nd|rd|th)?"
DATE_RE = re.compile(
    rf"\b(?P<d1>\d{{1,2}}){ORD}\s+(?:of\s+)?(?P<m1>{MONTH}),?\s+(?P<y1>\d{{4}})\b"
    rf"|\b(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}}){ORD},?\s+(?P<y2>\d{{4}})\b"
    r"|\b(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
    r"|\b(?P<a4>\d{1,2})(?P<sep4>[./])(?P<b4>\d{1,2})(?P=sep4)(?P<y4>\d{4})\b",
    re.I,
)
LEAD = re.compile(
    r"^[\W_]*(?:(?:published|posted|updated|last updated|date|dated|released|issued|created|on|at)"
    r"\b[\s:,|–—-]*)*"
    rf"(?:{WEEKDAY}[\s,|–—-]*)?$",
    re.I,
)
MASTHEAD_LEAD = re.compile(r"^(?P<name>[A-Z][\w&.'’ -]{1,50}?)\s*[|•·–—]\s*$")  # "Oxus Review | "
PLACE_LEAD = re.compile(r"^[A-Z][\w.'’ -]{0,40},\s*$")  # "Astana, " before the date
CLOCK = re.compile(
    r"\b(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2})?\b", re.I
)
WIRE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’ -]{1,40}),\s*(?P<date>[^()–—]{6,30}?)\s*"
    r"(?:\((?P<outlet>[^()]{2,40})\))?\s*[–—-]{1,2}\s"
)
WIRE_NO_DATE = re.compile(r"^[A-Z][A-Z.'’ -]{1,30}\s*\((?P<outlet>[A-Z][\w .&'’-]{1,30})\)\s*[–—-]{1,2}\s")
MAX_CATEGORY_WORDS = 4  # "18 March 2024 Analytics": words after a dateline that name its section


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    value: date


def find_dates(s: str) -> list[FoundDate]:
    """Every full calendar date (day, month, year) written in `s`."""
    out = []
    for m in DATE_RE.finditer(s):
        value = _to_date(m)
        if value is not None:
            out.append(FoundDate(m.start(), m.end(), value))
    return out


def _to_date(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    if g["y1"]:
        y, mo, d = int(g["y1"]), MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"])
    elif g["y2"]:
        y, mo, d = int(g["y2"]), MONTHS[g["m2"].lower().rstrip(".")], int(g["d2"])
    elif g["y3"]:
        y, mo, d = int(g["y3"]), int(g["m3"]), int(g["d3"])
    else:
        a, b, y = int(g["a4"]), int(g["b4"]), int(g["y4"])
        # slashes: month first (US) unless that cannot be; dots: day first (Europe)
        us = g["sep4"] == "/" and a <= 12
        mo, d = (a, b) if us or b > 12 else (b, a)
    if not 1900 <= y <= 2100:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Dateline:
    """A line that is a date, with what stands beside it: a section name or a masthead."""

    value: date
    before: str  # "Oxus Review" in "Oxus Review | January 9, 2025"
    after: str  # "Analytics" in "18 March 2024 Analytics"


def dateline(line: str) -> Dateline | None:
    """A line that is a date (with a lead word, weekday, place, time, section or masthead)."""
    if len(line.split()) > 12:
        return None
    found = find_dates(line)
    if not found:
        return None
    first = found[0]
    lead = CLOCK.sub(" ", line[: first.start])
    before = ""
    if not (LEAD.match(lead) or PLACE_LEAD.match(lead)):
        m = MASTHEAD_LEAD.match(lead)
        if not m:
            return None
        before = m["name"].strip()
    rest = CLOCK.sub(" ", line[first.end :])
    rest = re.sub(r"^[\s,|/•·–—-]+|[\s,|/•·–—-]+$", "", rest)
    if len(rest.split()) > MAX_CATEGORY_WORDS or any(ch.isdigit() for ch in rest):
        return None
    return Dateline(first.value, before, rest)


def wire_dateline(line: str) -> tuple[date | None, str | None]:
    """The date and outlet of a wire-story opening: "ASTANA, March 18, 2024 (Kazinform) – ..."."""
    m = WIRE.match(line)
    if not m:
        bare = WIRE_NO_DATE.match(line)
        return None, (bare["outlet"].strip() if bare else None)
    found = find_dates(m["date"])
    value = (
        found[0].value
        if found and m["date"].strip() == m["date"][found[0].start : found[0].end].strip()
        else None
    )
    day_month = re.fullmatch(rf"{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH}", m["date"].strip(), re.I)
    outlet = m["outlet"].strip() if m["outlet"] and (value is not None or day_month) else None
    return value, outlet
