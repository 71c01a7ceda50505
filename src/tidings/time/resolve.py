"""Resolve found expressions to dates, in text order, against an anchor and the narrative.

Choices (see also the package docstring):

- Undated days and months ("On August 15", "in December") take, in order: the
  year of a year-only expression earlier in the same sentence or in the previous
  sentence of the paragraph ("Late last year, ... He met X on December 29"); with
  a publication date P, the latest such day on or before P (the next one when the
  sentence speaks of the future); without one, the narrative year (the latest
  year the text dates its past events in), which differs from the document year
  only when the writer looks back on a finished year.
- "last July": with P, the latest July before P's month; without, July of the
  document year minus one. "last year" and "late last year": the document year
  minus one, year precision (we do not narrow "late" to a quarter).
- "the previous year" / "the year before": one year before the latest year-bearing
  expression of the same paragraph; nothing when there is none.
- "a few days later", "two weeks later", "the next day": counted from the latest
  day- or month-precise date outside parentheses; vague counts give a range stated
  as a month (or a year) when it fits in one, else nothing.
- "yesterday", "today", "(on) Monday", "last week", "last month": only with a publication date;
  a weekday is the latest such day on or before it, the next one when the sentence
  speaks of the future before it; a week gives its month.
- Citation dates in parentheses are resolved but never serve as narrative bases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tidings.records import TimeExpr
from tidings.time import calendar as cal
from tidings.time.layout import Layout
from tidings.time.lexicon import FUTURE_CUES, TARGET_WORDS
from tidings.time.scan import Found

_FUTURE = re.compile(FUTURE_CUES, re.IGNORECASE)
_CLAUSE_TAIL = re.compile(r"[,;:—–]")
_UNIT_DAYS = {"day": 1, "week": 7}
_MONTH_ONLY = frozenset({"month", "daymonth"})
MONTH_DAYS = 28  # a shift shorter than this from a month-precise date stays in that month
# A bound ("by 2030", "fighting since 2011") is not the year the next sentence's months fall in.
_NOT_CARRIED = TARGET_WORDS | {"since"}
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;]*$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Anchor:
    """What undated and relative expressions are resolved against."""

    published: date | None  # publication date (or dateline)
    year: int | None  # the document year: what "this year" means
    narrative_year: int | None  # the year undated past days and months fall in when P is unknown


@dataclass(frozen=True, slots=True)
class _Seen:
    found: Found
    time: TimeExpr
    sentence: int
    paragraph: int
    aside: bool  # inside parentheses


class Resolver:
    """Walks the found expressions in order, keeping the narrative's last dates."""

    def __init__(self, text: str, anchor: Anchor) -> None:
        self.text = text
        self.anchor = anchor
        self.layout = Layout.of(text)
        self.seen: list[_Seen] = []

    def run(self, found: list[Found]) -> tuple[TimeExpr, ...]:
        for f in found:
            t = self.resolve(f)
            if t is not None:
                pos = f.start
                self.seen.append(
                    _Seen(
                        f,
                        t,
                        self.layout.sentence_index(pos),
                        self.layout.paragraph_index(pos),
                        self.layout.in_parentheses(pos),
                    )
                )
        return tuple(s.time for s in self.seen)

    def resolve(self, f: Found) -> TimeExpr | None:
        span, text = (f.start, f.end), self.text[f.start : f.end]
        if f.kind == "date" and f.year and f.month and f.day:
            return self._day(span, text, f.year, f.month, f.day, f.day2)
        if f.kind == "monthyear" and f.year and f.month:
            return cal.month_expr(span, text, f.year, f.month, from_jan=f.pre == "by")
        if f.kind == "monthrange" and f.year and f.month and f.month2:
            return cal.month_range_expr(span, text, f.year, f.month, f.month2)
        if f.kind in {"quarter", "half"} and f.part:
            year = f.year if f.year else self._doc_year(f.offset)
            if year is None:
                return None
            make = cal.quarter_expr if f.kind == "quarter" else cal.half_expr
            return make(span, text, year, f.part)
        if f.kind == "year" and f.year:
            return cal.year_expr(span, text, f.year, f.year2)
        if f.kind == "decade" and f.year:
            return cal.decade_expr(span, text, f.year)
        if f.kind in _MONTH_ONLY and f.month:
            return self._undated(f, span, text, f.month)
        if f.kind == "relyear":
            return self._relative_year(f, span, text)
        if f.kind == "narryear":
            base = self._narrative_base(f)
            return None if base is None else cal.year_expr(span, text, base + f.offset)
        if f.kind == "shift":
            return self._shift(f, span, text)
        return self._deictic(f, span, text)

    # -- helpers ------------------------------------------------------------------------

    def _day(
        self, span: tuple[int, int], text: str, year: int, month: int, day: int, day2: int | None = None
    ) -> TimeExpr | None:
        if not cal.valid_day(year, month, day):
            return None
        last = date(year, month, day2) if day2 and day2 > day and cal.valid_day(year, month, day2) else None
        return cal.day_expr(span, text, date(year, month, day), last)

    def _doc_year(self, offset: int) -> int | None:
        return None if self.anchor.year is None else self.anchor.year + offset

    def _carried_year(self, f: Found) -> int | None:
        """The year of a year-only expression earlier in this or the previous sentence."""
        sent, para = self.layout.sentence_index(f.start), self.layout.paragraph_index(f.start)
        for s in reversed(self.seen):
            if s.paragraph != para or s.sentence < sent - 1:
                break
            if s.aside or s.time.precision != "year" or s.time.start.year != s.time.end.year:
                continue
            if s.sentence < sent and self._in_relative_clause(s):
                continue  # "..., which had been introduced in 1983. ... in August": not that year
            if s.found.kind in {"year", "relyear", "narryear"} and s.found.pre not in _NOT_CARRIED:
                return s.time.start.year
        return None

    def _in_relative_clause(self, s: _Seen) -> bool:
        """The expression sits in a relative clause of its sentence: background, not the narrative."""
        text = self.layout.text
        start = self.layout.sentence_starts[s.sentence]
        return bool(_RELATIVE.search(text[start : s.found.start]))

    def _sentence_date(self, f: Found) -> date | None:
        """An explicit full date (day or month with its year) earlier in the same sentence."""
        sent = self.layout.sentence_index(f.start)
        for s in reversed(self.seen):
            if s.sentence != sent:
                break
            if not s.aside and s.found.year is not None and s.time.precision in {"day", "month"}:
                return s.time.start
        return None

    def _undated(self, f: Found, span: tuple[int, int], text: str, month: int) -> TimeExpr | None:
        year = self._undated_year(f, month)
        if year is None:
            return None
        if f.kind == "daymonth" and f.day:
            return self._day(span, text, year, month, f.day, f.day2)
        return cal.month_expr(span, text, year, month, from_jan=f.pre == "by")

    def _undated_year(self, f: Found, month: int) -> int | None:
        p, rel = self.anchor.published, f.pre if f.pre in {"last", "this", "next"} else ""
        if rel:
            if p is not None:
                return {"last": p.year - (month >= p.month), "this": p.year}.get(
                    rel, p.year + (month <= p.month)
                )
            return self._doc_year({"last": -1, "this": 0, "next": 1}[rel])
        carried = self._carried_year(f)
        if carried is not None:
            return carried
        dated = self._sentence_date(f)
        if dated is not None:  # "On 3 October 2023 ... had to leave by 1 November": the same narrative year
            return dated.year + ((month, f.day or 1) < (dated.month, dated.day))
        if p is not None:
            day = f.day or 1
            if _FUTURE.search(self.layout.sentence_at(f.start)):
                return p.year + ((month, day) < (p.month, p.day))
            return p.year - ((month, day) > (p.month, p.day))
        return self.anchor.narrative_year

    def _relative_year(self, f: Found, span: tuple[int, int], text: str) -> TimeExpr | None:
        year = self._doc_year(f.offset)
        if year is None:
            return None
        p = self.anchor.published
        end = p if p is not None and f.offset == 0 and f.qual == "earlier" else None
        return cal.year_expr(span, text, year, end=end)

    def _narrative_base(self, f: Found) -> int | None:
        para = self.layout.paragraph_index(f.start)
        for s in reversed(self.seen):
            if s.paragraph != para:
                return None
            if not s.aside and s.time.start.year == s.time.end.year:
                return s.time.start.year
        return None

    def _shift(self, f: Found, span: tuple[int, int], text: str) -> TimeExpr | None:
        base = next(
            (s.time for s in reversed(self.seen) if not s.aside and s.time.precision in {"day", "month"}),
            None,
        )
        if base is None:
            return None
        sign = -1 if f.offset < 0 else 1
        if f.unit == "month":
            lo, hi = f.spread or (abs(f.offset), abs(f.offset))
            y1, m1 = cal.add_months(base.start.year, base.start.month, sign * (lo if sign > 0 else hi))
            y2, m2 = cal.add_months(base.start.year, base.start.month, sign * (hi if sign > 0 else lo))
            if (y1, m1) == (y2, m2):
                return cal.month_expr(span, text, y1, m1)
            return cal.range_expr(span, text, date(y1, m1, 1), cal.month_end(y2, m2))
        days = _UNIT_DAYS.get(f.unit, 1)
        lo, hi = f.spread or (abs(f.offset), abs(f.offset))
        if base.precision == "month" and hi * days < MONTH_DAYS:
            # "last month ... just days later": still that month
            return cal.month_expr(span, text, base.start.year, base.start.month)
        first = cal.shift_days(base.start if sign > 0 else base.end, sign * (lo if sign > 0 else hi) * days)
        last = cal.shift_days(base.end if sign > 0 else base.start, sign * (hi if sign > 0 else lo) * days)
        if first is None or last is None:
            return None
        first, last = min(first, last), max(first, last)
        if base.precision == "day" and f.spread is None and base.start == base.end:
            return cal.day_expr(span, text, first)
        return cal.range_expr(span, text, first, last)

    def _future_before(self, offset: int) -> bool:
        """Whether the clause speaks of the future before `offset` ("will meet Thursday, he said Sunday")."""
        start, _ = self.layout.sentence_span(self.layout.sentence_index(offset))
        return bool(_FUTURE.search(_CLAUSE_TAIL.split(self.layout.text[start:offset])[-1]))

    def _deictic(self, f: Found, span: tuple[int, int], text: str) -> TimeExpr | None:
        p = self.anchor.published
        if p is None:
            return None
        if f.kind == "deictic":
            d = cal.shift_days(p, f.offset)
            return None if d is None else cal.day_expr(span, text, d)
        if f.kind == "relunit" and f.unit == "month":
            y, m = cal.add_months(p.year, p.month, f.offset)
            return cal.month_expr(span, text, y, m)
        if f.kind == "relunit" and f.unit == "week":  # "last week", "earlier this week": its month
            d = cal.shift_days(p, 7 * f.offset)
            return None if d is None else cal.month_expr(span, text, d.year, d.month)
        if f.kind == "weekday":
            back = (p.weekday() - f.offset) % 7
            if f.pre == "last" and back == 0:
                back = 7
            ahead = (f.offset - p.weekday()) % 7
            if f.pre == "next":
                d = cal.shift_days(p, ahead or 7)
            elif f.pre != "last" and self._future_before(f.start):  # "talks will resume Thursday"
                d = cal.shift_days(p, ahead)
            else:
                d = cal.shift_days(p, -back)
            return None if d is None else cal.day_expr(span, text, d)
        return None
