"""Which time expression dates an event or fact found at a span.

Rule (conservative: no date is better than a wrong one):

1. Expressions in the same sentence: the closest one, measured in characters
   from the span, where an expression before the span (fronted adverbials such
   as "In June 2011, ...", "A few days later, ...") is preferred over one after
   it at equal distance, and expressions inside parentheses (citations such as
   "(Tass, August 20)") are used only when the sentence has no other.
2. Otherwise the previous sentence of the same paragraph, when it set a
   narrative date (an expression outside parentheses): its last such expression.
3. Otherwise None.
"""

from __future__ import annotations

from tidings.records import Span, TimeExpr
from tidings.time.layout import Layout

AFTER_PENALTY = 15  # characters: an expression after the span must be this much closer to win
ASIDE_PENALTY = 10_000  # parenthesised expressions lose to any other in the sentence


def _distance(t: TimeExpr, span: Span) -> int:
    if t.span[1] <= span[0]:
        return span[0] - t.span[1]
    if t.span[0] >= span[1]:
        return t.span[0] - span[1] + AFTER_PENALTY
    return 0


def time_for_span(times: tuple[TimeExpr, ...] | list[TimeExpr], span: Span, text: str) -> TimeExpr | None:
    """The expression dating whatever is at `span` of `text`, or None (rule in the module docstring)."""
    if not times or not text:
        return None
    layout = Layout.of(text)
    here = layout.sentence_index(min(max(span[0], 0), len(text)))
    same = [t for t in times if layout.sentence_index(t.span[0]) == here]
    if same:
        return min(same, key=lambda t: _distance(t, span) + ASIDE_PENALTY * layout.in_parentheses(t.span[0]))
    if here == 0:
        return None
    para = layout.paragraph_index(layout.sentence_starts[here])
    prev = [
        t
        for t in times
        if layout.sentence_index(t.span[0]) == here - 1
        and layout.paragraph_index(t.span[0]) == para
        and not layout.in_parentheses(t.span[0])
    ]
    return prev[-1] if prev else None
