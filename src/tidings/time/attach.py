"""Which time expression dates an event or fact found at a span.

Rule (conservative: no date is better than a wrong one). Candidates of the
span's sentence, less those of a relative clause closed before the span ("X,
who took power in 2021, has ..."), are split into those of the event's own
clause and weak ones: bounds of a state ("since December 2022", "until 2024",
"by May") and expressions after the span across a clause boundary (", and
Asif said they would meet on 25 October"), and shifts counted from the event after it
("a call, which was followed days later by ..."). Then, first match wins:

1. The closest own-clause expression, measured in characters from the span,
   where an expression before the span (fronted adverbials such as "In June
   2011, ...") is preferred over one after it at equal distance, one before
   a clause boundary (", and ...") only when no other is left, and
   expressions inside parentheses (citations such as "(Tass, August 20)") are
   used only when the sentence has no other.
   Then a bound of the span's own clause ("held since late 2020").
2. The previous sentence of the same paragraph, when it set a narrative date
   (an expression outside parentheses that is not a bound): its last one.
3. In a news story, a sentence of the lead (the first body paragraph and the
   two after it) takes the lead event's date, when the lead paragraph's first
   expression is a day ("... met in Dubai on Wednesday, ...") and no expression
   earlier in the span's paragraph set another time frame.
4. The closest weak expression of the sentence.
5. Otherwise None.
"""

from __future__ import annotations

import re

from tidings.records import Span, TimeExpr
from tidings.time.layout import Layout

AFTER_PENALTY = 15  # characters: an expression after the span must be this much closer to win
ASIDE_PENALTY = 10_000  # parenthesised expressions lose to any other in the sentence
LEAD_PARAGRAPHS = 3  # the lead paragraph and the two after it share the lead event's date
BODY_MIN_CHARS = 120  # shorter paragraphs are headlines, bylines and datelines

_BOUND = re.compile(r"^(?:since|until|till|until|by|through|as of|up to)\b", re.I)
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|by|through|as of|up to)\s+(?:the\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|although|though)\b|\band\s+\w+\s+(?:said|says)\b")


_SHIFT = re.compile(r"\b(?:later|afterwards?|earlier|after that|before that)$", re.I)


def is_bound(t: TimeExpr, text: str) -> bool:
    """Whether `t` bounds a state ("since 2022", "until May", "by the end of 2024"), not a point."""
    return bool(_BOUND.match(t.text) or _BOUND_BEFORE.search(text[max(0, t.span[0] - 12) : t.span[0]]))


def _distance(t: TimeExpr, span: Span) -> int:
    if t.span[1] <= span[0]:
        return span[0] - t.span[1]
    if t.span[0] >= span[1]:
        return t.span[0] - span[1] + AFTER_PENALTY
    return 0


def _across_clause(t: TimeExpr, span: Span, text: str) -> bool:
    """After the span, across a clause boundary, or counted from it ("..., followed days later by")."""
    after = t.span[0] >= span[1]
    return after and (bool(_CLAUSE_BREAK.search(text[span[1] : t.span[0]])) or bool(_SHIFT.search(t.text)))


_ASIDE_OPEN = re.compile(r",\s+(?:who|which)\b[^,]*$")


def _broken_before(t: TimeExpr, span: Span, text: str) -> bool:
    """Before the span, across a clause boundary ("since X began in late 2023, and jets struck on
    24 December": the strike's own day wins over the earlier clause's year)."""
    return t.span[1] <= span[0] and bool(_CLAUSE_BREAK.search(text[t.span[1] : span[0]]))


def _aside_before(t: TimeExpr, span: Span, text: str, begin: int) -> bool:
    """In a relative clause that closes before the span, in the sentence from `begin`: "The
    Taliban, who seized power in August 2021, have banned ..." dates the seizure, not the ban."""
    if t.span[1] > span[0]:
        return False
    opening = text[max(begin, t.span[0] - 80) : t.span[0]]
    return bool(_ASIDE_OPEN.search(opening)) and "," in text[t.span[1] : span[0]]


def _lead_date(times: list[TimeExpr], layout: Layout) -> tuple[int, TimeExpr] | None:
    """The lead paragraph's index and its event date, when the lead opens on a day date."""
    text = layout.text
    for i, start in enumerate(layout.paragraph_starts):
        end = layout.paragraph_starts[i + 1] if i + 1 < len(layout.paragraph_starts) else len(text)
        if len(text[start:end].strip()) < BODY_MIN_CHARS:
            continue
        first = next(
            (
                t
                for t in times
                if start <= t.span[0] < end and not is_bound(t, text) and not layout.in_parentheses(t.span[0])
            ),
            None,
        )
        return (i, first) if first is not None and first.precision == "day" else None
    return None


def time_for_span(times: tuple[TimeExpr, ...] | list[TimeExpr], span: Span, text: str) -> TimeExpr | None:
    """The expression dating whatever is at `span` of `text`, or None (rule in the module docstring)."""
    if not times or not text:
        return None
    layout = Layout.of(text)
    here = layout.sentence_index(min(max(span[0], 0), len(text)))
    begin = layout.sentence_starts[here]
    same = [
        t
        for t in times
        if layout.sentence_index(t.span[0]) == here and not _aside_before(t, span, text, begin)
    ]
    weak = [t for t in same if is_bound(t, text) or _across_clause(t, span, text)]
    own = [t for t in same if t not in weak]
    if own:
        unbroken = [t for t in own if not _broken_before(t, span, text)]
        aside = layout.in_parentheses
        return min(unbroken or own, key=lambda t: _distance(t, span) + ASIDE_PENALTY * aside(t.span[0]))
    bounds = [t for t in weak if not _across_clause(t, span, text)]
    if bounds:  # "have been fighting since April 2023": the state's own bound, not the lead's day
        return min(bounds, key=lambda t: _distance(t, span))
    para = layout.paragraph_index(layout.sentence_starts[here])
    prev = [
        t
        for t in times
        if here > 0
        and layout.sentence_index(t.span[0]) == here - 1
        and layout.paragraph_index(t.span[0]) == para
        and not layout.in_parentheses(t.span[0])
        and not is_bound(t, text)
    ]
    if prev:
        return prev[-1]
    lead = _lead_date(list(times), layout)
    framed = any(  # the paragraph set its own time frame before the span
        layout.paragraph_index(t.span[0]) == para
        and t.span[1] <= span[0]
        and not layout.in_parentheses(t.span[0])
        for t in times
    )
    if lead is not None and lead[0] <= para < lead[0] + LEAD_PARAGRAPHS and not framed:
        return lead[1]
    if weak:
        return min(weak, key=lambda t: _distance(t, span) + ASIDE_PENALTY * layout.in_parentheses(t.span[0]))
    return None
