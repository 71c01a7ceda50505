"""The period a figure is for, from the time expressions of its sentence or just before.

The nearest expression before the figure in its sentence wins ("In 2023 ...
$412.5 million, up from the previous year ($390 million)" dates each figure
by its own); else the nearest after it. Comparison bases ("compared to
2021", "than in 2020") and source citations ("(Reuters, August 23)") date
nothing. A sentence without one inherits the period of the sentences just
before it in the same paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from tidings.records import TimeExpr

_COMPARISON_RE = re.compile(
    r"\b(?:compared (?:to|with)|than(?: in)?|versus|vs\.?|since|from|against|relative to)\s+(?:the\s+)?$"
)
_PERIODS = ("year", "half", "quarter", "month")
INHERIT_SENTENCES = 2
# The month a state's fiscal year starts in, where it is not January.
FISCAL_START = {
    "IND": 4,
    "GBR": 4,
    "JPN": 4,
    "CAN": 4,
    "HKG": 4,
    "PAK": 7,
    "BGD": 7,
    "EGY": 7,
    "AUS": 7,
    "NZL": 7,
    "NPL": 7,
    "KEN": 7,
    "UGA": 7,
    "TZA": 7,
    "ETH": 7,
    "USA": 10,
    "THA": 10,
}
_SPLIT_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\s?[-–/]\s?(\d\d(?:\d\d)?)\b")
_TRAILING_GAP_RE = re.compile(r"\s*(?:in|during|for|over|of|by|as of|through)?\s*", re.IGNORECASE)
_ANAPHORA_RE = re.compile(r"\b(?:at the time|at that time|that (?:day|week|month|year)|by then)\b")


def usable_times(text: str, times: tuple[TimeExpr, ...]) -> list[TimeExpr]:
    """Times that can date a figure: not comparison bases, not inside source citations."""
    out = []
    for t in times:
        before = text[max(0, t.span[0] - 25) : t.span[0]].lower()
        if _COMPARISON_RE.search(before) or _in_citation(text, t):
            continue
        out.append(t)
    return sorted(out, key=lambda t: t.span[0])


def time_for_figure(
    text: str,
    times: list[TimeExpr],
    s0: int,
    s1: int,
    fig: tuple[int, int],
    others: Sequence[tuple[int, int]] = (),
) -> TimeExpr | None:
    """The time expression of the sentence [s0, s1) that dates the figure at `fig`.

    A time written right after a figure is its own ("$89.4 billion in 2023 and $94.8 billion
    last year"); else the nearest one before it that no other figure has claimed; else the
    nearest one after it.
    """
    inside = [t for t in times if s0 <= t.span[0] < s1]
    claimed = {id(t) for o in others if (t := _trailing(text, inside, o, fig)) is not None}
    own = _trailing(text, inside, fig, *others)
    if own is not None:
        return own
    before = [t for t in inside if t.span[1] <= fig[0] and id(t) not in claimed]
    if before:
        return before[-1]
    after = [t for t in inside if t.span[0] >= fig[1] and id(t) not in claimed]
    return after[0] if after else None


def _trailing(
    text: str, times: list[TimeExpr], fig: tuple[int, int], *others: tuple[int, int]
) -> TimeExpr | None:
    """The time written just after a figure, with only a preposition between them."""
    for t in times:
        if t.span[0] < fig[1]:
            continue
        if any(fig[1] <= o[0] < t.span[0] for o in others):
            return None
        return t if _TRAILING_GAP_RE.fullmatch(text[fig[1] : t.span[0]]) else None
    return None


def event_time(
    text: str, times: list[TimeExpr], sentence_starts: list[int], s0: int, s1: int, *, told: bool = False
) -> TimeExpr | None:
    """The time of the event the sentence before narrated (its first time expression, in the
    same paragraph), for a sentence that points back to it ("at the time", "that year") or
    that `told` its outcome (the dead of a clash dated just before)."""
    if not (told or _ANAPHORA_RE.search(text[s0:s1].lower())):
        return None
    earlier = [s for s in sentence_starts if s < s0]
    if not earlier or "\n\n" in text[earlier[-1] : s0].rstrip():
        return None
    cands = [t for t in times if earlier[-1] <= t.span[0] < s0]
    return cands[0] if cands else None


def inherited_time(text: str, times: list[TimeExpr], sentence_starts: list[int], s0: int) -> TimeExpr | None:
    """The last period-like time in the few sentences before s0, within its paragraph."""
    earlier = [s for s in sentence_starts if s < s0][-INHERIT_SENTENCES:]
    if not earlier:
        return None
    lo = earlier[0]
    para = text.rfind("\n\n", 0, s0)
    lo = max(lo, para + 2 if para >= 0 else 0)
    cands = [t for t in times if lo <= t.span[0] < s0 and t.precision in _PERIODS]
    return cands[-1] if cands else None


def fiscal_period(text: str, t: TimeExpr, country: str | None) -> TimeExpr:
    """A split year ("2024-25", "FY2024/25") in a country whose fiscal year does not start in
    January runs from that month: India's 2024-25 is April 2024 to March 2025."""
    month = FISCAL_START.get(country or "")
    m = _SPLIT_YEAR_RE.search(text[t.span[0] : t.span[1]])
    if month is None or m is None:
        return t
    y = int(m.group(1))
    tail = m.group(2)
    y2 = int(tail) if len(tail) == 4 else (y // 100) * 100 + int(tail)
    if y2 != y + 1:
        return t
    end_month = month - 1
    end = date(y2, end_month + 1, 1) - timedelta(days=1)
    return replace(t, start=date(y, month, 1), end=end, precision="year")


def _in_citation(text: str, t: TimeExpr) -> bool:
    """Inside parentheses that cite sources: "(Tass, August 20; Kommersant, August 18)"."""
    open_at = text.rfind("(", max(0, t.span[0] - 200), t.span[0])
    if open_at < 0 or ")" in text[open_at : t.span[0]]:
        return False
    close_at = text.find(")", t.span[1], t.span[1] + 200)
    if close_at < 0:
        return False
    inner = text[open_at + 1 : close_at]
    return ";" in inner or bool(re.search(r"\b[\w-]+\.(?:com|kz|ru|org|net|uz|kg|tj|af|gov)\b", inner))
