"""The whole pipeline on hostile text: never an exception, every span inside the text it points into.

Texts are news sentences written here mixed with what scraped pages hold: bidi and zero-width
marks, NUL and control characters, enormous numbers and impossible dates, mixed scripts, long
lines, stray markup. Each comes back as a `Result` (spans inside the text as read, start <= end)
or as a `Failure` with a one-line reason.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.pipeline import Pipeline
from tidings.records import Failure, Result

from .conftest import raw_doc

GOOD = [
    "Kenya and Somalia agreed on Monday to reopen the border crossing at Mandera.",
    "At least 12 people were killed and 40 injured when gunmen attacked a market in Mogadishu.",
    "The World Bank approved a $500 million loan to Pakistan on 3 March 2024.",
    "Iran's foreign minister met his Afghan counterpart in Kabul last week, officials said.",
    "Trade between Uzbekistan and Kazakhstan reached $4.4 billion in 2023.",
]
HOSTILE = [
    "\u202e",  # right-to-left override
    "\u200b",
    "\ufeff",
    "\x00",
    "\x07",
    "1e309 dollars",
    "$10^400",
    "on 31 February 2023",
    "в Москве 5 человек",
    "في كابول",
    "中国和巴基斯坦",
    "<div><p>unclosed",
    "x" * 3000,
    "\n\n\n",
    "  ",
    "(((",
    "…",
    "U.S.",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(GOOD) | st.sampled_from(HOSTILE), min_size=1, max_size=12))
def test_hostile_text_gives_spans_inside_or_a_failure(pipeline: Pipeline, parts: list[str]) -> None:
    text = "A headline\n\n" + " ".join(parts)
    (out,) = pipeline.run_batch([raw_doc(text)])
    if isinstance(out, Failure):
        assert out.reason and "\n" not in out.reason
        return
    assert isinstance(out, Result)
    n = len(out.doc.raw_text)  # a Result's spans point into the text as it was read
    spans = [m.span for m in out.mentions] + [t.span for t in out.times]
    spans += [e.span for e in out.events] + [f.span for f in out.facts]
    for start, end in spans:
        assert 0 <= start <= end <= n, (start, end, n)
    for f in out.facts:
        assert out.doc.raw_text[f.span[0] : f.span[1]].strip(), f  # a figure points at its words
    for f in out.facts:
        assert f.value == f.value and abs(f.value) != float("inf")  # no NaN, no infinity
