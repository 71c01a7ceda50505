"""Month ranges within one year: quarters and halves when they are one, else the months covered."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from tidings.ingest.document import build_document
from tidings.nlp import load_model
from tidings.records import DocMeta
from tidings.time import find_times

from ..conftest import raw_doc


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("Exports reached $5 million in January-March 2024.", "2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),
        ("From July to December 2023 trade slowed.", "2023-H2", date(2023, 7, 1), date(2023, 12, 31)),
        ("Between January and November 2023 imports fell.", None, date(2023, 1, 1), date(2023, 11, 30)),
        ("In February–April 2022 the line was closed.", "2022", date(2022, 2, 1), date(2022, 4, 30)),
    ],
)
def test_month_ranges(text: str, value: str | None, start: date, end: date) -> None:
    doc = build_document(raw_doc(text))
    doc = dataclasses.replace(doc, meta=DocMeta(published=date(2024, 6, 1)), inferred_year=2024)
    found = [t for t in find_times(load_model()(doc.text), doc) if t.start == start]
    assert found, find_times(load_model()(doc.text), doc)
    assert found[0].end == end
    if value:
        assert found[0].value == value


def test_undated_day_follows_a_full_date_in_the_same_sentence() -> None:
    text = "On 3 October 2023 the government said foreigners had to leave by 1 November or face deportation."
    doc = build_document(raw_doc(text))
    doc = dataclasses.replace(doc, meta=DocMeta(published=date(2025, 10, 20)), inferred_year=2025)
    values = [t.value for t in find_times(load_model()(doc.text), doc)]
    assert values == ["2023-10-03", "2023-11-01"]


def test_targets_of_strikes_do_not_make_a_sentence_about_the_future() -> None:
    text = "Pakistan said India fired missiles at targets in Kashmir on May 7."
    doc = build_document(raw_doc(text))
    doc = dataclasses.replace(doc, meta=DocMeta(published=date(2025, 5, 16)), inferred_year=2025)
    assert [t.value for t in find_times(load_model()(doc.text), doc)] == ["2025-05-07"]
