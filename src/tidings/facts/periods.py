"""The period a figure is for, from the time expressions of its sentence or just before.

The nearest expression before the figure in its sentence wins ("In 2022 ...
$987.9 million, twice the previous year ($474.3 million)" dates each figure
by its own); else the nearest after it. Comparison bases ("compared to
2021", "than in 2020") and source citations ("(Reuters, August 23)") date
nothing. A sentence without one inherits the period of the sentences just
before it in the same paragraph.
"""

from __future__ import annotations

import re

from tidings.records import TimeExpr

_COMPARISON_RE = re.compile(
    r"\b(?:compared (?:to|with)|than(?: in)?|versus|vs\.?|since|from|against|relative to)\s+(?:the\s+)?$"
)
_PERIODS = ("year", "half", "quarter", "month")
INHERIT_SENTENCES = 2


def usable_times(text: str, times: tuple[TimeExpr, ...]) -> list[TimeExpr]:
    """Times that can date a figure: not comparison bases, not inside source citations."""
    out = []
    for t in times:
        before = text[max(0, t.span[0] - 25) : t.span[0]].lower()
        if _COMPARISON_RE.search(before) or _in_citation(text, t):
            continue
        out.append(t)
    return sorted(out, key=lambda t: t.span[0])


def time_for_figure(times: list[TimeExpr], s0: int, s1: int, at: int) -> TimeExpr | None:
    """The time expression of the sentence [s0, s1) that dates a figure starting at `at`."""
    inside = [t for t in times if s0 <= t.span[0] < s1]
    before = [t for t in inside if t.span[1] <= at]
    if before:
        return before[-1]
    after = [t for t in inside if t.span[0] >= at]
    return after[0] if after else None


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
