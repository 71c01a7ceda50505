"""The figure grammar never crashes, and its spans stay inside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.facts.numbers import parse_number
from tidings.facts.quantities import find_quantities

PIECES = st.sampled_from(
    [
        "$",
        "€",
        "Rs ",
        "1,200",
        "3.5",
        " million",
        "bn",
        " tons",
        " km",
        "%",
        " refugees",
        " and ",
        "-",
        "two",
        " ",
    ]
)


@given(st.lists(PIECES, max_size=12).map("".join) | st.text(max_size=80))
@settings(max_examples=300, deadline=None)
def test_quantities_spans_inside_and_values_positive(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.value > 0 and q.unit


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_parse_number_never_crashes(text: str) -> None:
    value = parse_number(text)
    assert value is None or value >= 0
