"""Calendar arithmetic and TimeExpr construction for each precision."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from tidings.records import Precision, Span, TimeExpr

MIN_YEAR, MAX_YEAR = 1000, 2999


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def valid_day(year: int, month: int, day: int) -> bool:
    return (
        MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
    )


def expr(span: Span, text: str, value: str, precision: Precision, start: date, end: date) -> TimeExpr:
    return TimeExpr(
        span=span,
        text=text,
        value=value,
        precision=precision,
        start=start,
        end=min(max(start, end), date.max),
    )


def day_expr(span: Span, text: str, d: date, last: date | None = None) -> TimeExpr:
    """A day; `last` is the final day of a multi-day mention ("August 15 and 16")."""
    return expr(span, text, d.isoformat(), "day", d, last or d)


def month_expr(span: Span, text: str, year: int, month: int, *, from_jan: bool = False) -> TimeExpr:
    """A month; `from_jan` makes the period run from 1 January ("by November 2023")."""
    start = date(year, 1 if from_jan else month, 1)
    return expr(span, text, f"{year:04d}-{month:02d}", "month", start, month_end(year, month))


def year_expr(
    span: Span, text: str, year: int, last_year: int | None = None, end: date | None = None
) -> TimeExpr:
    stop = end or date(last_year or year, 12, 31)
    return expr(span, text, f"{year:04d}", "year", date(year, 1, 1), stop)


def quarter_expr(span: Span, text: str, year: int, q: int) -> TimeExpr:
    return expr(span, text, f"{year:04d}-Q{q}", "quarter", date(year, 3 * q - 2, 1), month_end(year, 3 * q))


def half_expr(span: Span, text: str, year: int, h: int) -> TimeExpr:
    return expr(span, text, f"{year:04d}-H{h}", "half", date(year, 6 * h - 5, 1), month_end(year, 6 * h))


def decade_expr(span: Span, text: str, decade: int) -> TimeExpr:
    """A decade as EDTF "199X" with year precision covering all ten years."""
    return expr(span, text, f"{decade // 10:03d}X", "year", date(decade, 1, 1), date(decade + 9, 12, 31))


def month_range_expr(span: Span, text: str, year: int, first: int, last: int) -> TimeExpr | None:
    """ "January-March 2024": a quarter or half when it is one, else the months it covers."""
    if last - first == 2 and first % 3 == 1:
        return quarter_expr(span, text, year, (first + 2) // 3)
    if last - first == 5 and first in (1, 7):
        return half_expr(span, text, year, 1 if first == 1 else 2)
    return range_expr(span, text, date(year, first, 1), month_end(year, last))


def range_expr(span: Span, text: str, first: date, last: date) -> TimeExpr | None:
    """An uncertain stretch of days, stated as honestly as one value allows: month or year, else None."""
    if (first.year, first.month) == (last.year, last.month):
        return expr(span, text, f"{first.year:04d}-{first.month:02d}", "month", first, last)
    if first.year == last.year:
        return expr(span, text, f"{first.year:04d}", "year", first, last)
    return None


def shift_days(d: date, n: int) -> date | None:
    try:
        return d + timedelta(days=n)
    except OverflowError:
        return None
