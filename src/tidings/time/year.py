"""The document's year: its publication year, else the year its narrative speaks from.

Heuristic for documents without a publication date:

0. A dateline wins: a full date on a short line among the first lines of the text
   ("Wednesday, 08 February 2006", "18 March 2024 Analytics") is taken as the
   publication date (`YearEvidence.dateline`).
1. Collect every explicit year: full dates, "Month YYYY", quarters, halves and
   plain years, skipping names of plans ("Strategy 2050", "the 2030 Agenda"),
   targets ("by 2030", "until 2025"), decades, and any mention in a sentence
   that speaks of the future or of plans ("will", "expected to", "plans to", ...).
2. The narrative year L is the latest of those.
3. The writer may already be in L+1: when the text says "last year" (or "a year
   ago", "last <Month>") while it also dates events in the last quarter of L
   (October to December, "By November 2023"), the year L is told as a finished
   year, and "last year" is most plausibly L itself; the document year is L+1.
   Otherwise the document year is L.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tidings.records import Document
from tidings.time.layout import Layout
from tidings.time.lexicon import FUTURE_CUES, TARGET_WORDS
from tidings.time.scan import Found, scan

_FUTURE = re.compile(FUTURE_CUES, re.IGNORECASE)
_DATED = frozenset({"date", "monthyear", "quarter", "half", "year"})
LATE_MONTH = 10  # a year told up to October or later reads as a finished year


@dataclass(frozen=True, slots=True, kw_only=True)
class YearEvidence:
    """What the text says about when it was written."""

    year: int | None  # the document year (what "this year" means)
    narrative_year: int | None  # the latest year its past events are dated in (L)
    months: frozenset[int] = frozenset()  # months of L named explicitly
    dateline: date | None = None  # a full date heading the text, read as its publication date


def _end_month(f: Found) -> int | None:
    if f.kind in {"date", "monthyear"}:
        return f.month
    if f.kind == "quarter" and f.part:
        return 3 * f.part
    if f.kind == "half" and f.part:
        return 6 * f.part
    return None


def _counts(f: Found, layout: Layout) -> bool:
    if f.kind not in _DATED or f.year is None:
        return False
    if f.kind == "year" and f.pre in TARGET_WORDS:
        return False
    return not _FUTURE.search(layout.sentence_at(f.start))


def _looks_back_a_year(found: list[Found]) -> bool:
    return any(
        (f.kind == "relyear" and f.offset == -1) or (f.kind == "month" and f.pre == "last") for f in found
    )


DATELINE_CHARS = 400  # a dateline sits in the head of the text
DATELINE_LINE = 120  # on a line of its own or a short byline


def _dateline(text: str, found: list[Found]) -> date | None:
    for f in found:
        if f.start > DATELINE_CHARS:
            return None
        if f.kind != "date" or f.year is None or f.month is None or f.day is None:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        if (line_end if line_end >= 0 else len(text)) - line_start <= DATELINE_LINE:
            try:
                return date(f.year, f.month, f.day)
            except ValueError:
                continue
    return None


def year_evidence(text: str) -> YearEvidence:
    found = scan(text)
    layout = Layout.of(text)
    head = _dateline(text, found)
    if head is not None:
        return YearEvidence(year=head.year, narrative_year=head.year, dateline=head)
    dated = [f for f in found if _counts(f, layout)]
    if not dated:
        return YearEvidence(year=None, narrative_year=None)
    latest = max(max(f.year or 0, f.year2 or 0) for f in dated)
    months = frozenset(m for f in dated if f.year == latest and (m := _end_month(f)) is not None)
    year = latest
    if _looks_back_a_year(found) and months and max(months) >= LATE_MONTH:
        year = latest + 1
    return YearEvidence(year=year, narrative_year=latest, months=months)


def infer_document_year(doc: Document) -> int | None:
    """The publication year when known, else the year inferred from the text's dates."""
    if doc.meta.published is not None:
        return doc.meta.published.year
    return year_evidence(doc.text).year
