"""An event's span is the words that say so, in the original text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tidings.records import Result


def test_span_runs_from_source_to_target_in_the_original_text(run_text: Callable[..., Result]) -> None:
    text = "Share: 12\n\nKazakhstan signed a transit agreement with Uzbekistan in Tashkent on 3 May 2023.\n"
    result = run_text(text, published=date(2023, 5, 4))
    (event,) = [e for e in result.events if e.type == "AGREE"]
    said = result.doc.raw_text[event.span[0] : event.span[1]]
    assert said.startswith("Kazakhstan") and said.endswith("Uzbekistan"), said
    assert event.date == "2023-05-03"
