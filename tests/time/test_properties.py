"""Property tests: find_times never crashes and its spans and periods are well formed."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.time.conftest import make_doc

from tidings.time import find_times, time_for_span

WORDS = st.sampled_from(
    [
        "On", "in", "last", "July", "December", "15", "2/8/2006", "2021", "the", "previous", "year", "late",
        "early", "mid-", "October", "a", "few", "days", "later", "by", "November", "Q3", "H1", "first",
        "half", "of", "(", ")", ".", ",", "\n", "and", "16", "since", "1990s", "yesterday", "Monday", "next",
        "day", "31", "February", "29", "-", "2024-02-30", "9999", "week", "months", "ago", "two",
    ]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=40).map(" ".join))


def _check(text: str, published: date | None) -> None:
    doc = make_doc(text, published)
    text = doc.text  # spans point into the clean text (boilerplate lines may be gone)
    found = find_times(None, doc)
    for t in found:
        assert 0 <= t.span[0] < t.span[1] <= len(text)
        assert text[t.span[0] : t.span[1]] == t.text
        assert t.start <= t.end
    if found:
        time_for_span(found, (0, len(text)), text)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_find_times_never_crashes_and_spans_stay_inside(text: str, published: date | None) -> None:
    _check(text, published)


@settings(max_examples=30, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_with_a_real_parse(nlp: Any, text: str) -> None:
    doc = make_doc(text)
    for t in find_times(nlp(doc.text), doc):
        assert t.start <= t.end
