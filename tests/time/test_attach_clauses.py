"""time_for_span: state bounds, clause boundaries, the lead event of a news story, weekdays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tidings.records import TimeExpr
from tidings.time import time_for_span

Times = Callable[..., tuple[TimeExpr, ...]]


def _at(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def test_a_point_date_beats_the_start_of_a_state(times: Times) -> None:
    text = "In April, a Canadian engineer held in Iran since November 2021 was freed after talks in Oman."
    found = times(text, date(2024, 6, 3))
    t = time_for_span(found, _at(text, "freed"), text)
    assert t is not None and t.value == "2024-04"


def test_a_bound_is_used_only_when_nothing_else_dates_the_event(times: Times) -> None:
    text = "Mongolia has hosted the talks since March 2019."
    found = times(text, date(2024, 6, 3))
    t = time_for_span(found, _at(text, "hosted"), text)
    assert t is not None and t.value.startswith("2019-03")


def test_a_bound_in_the_previous_sentence_sets_no_date(times: Times) -> None:
    text = "Relations have cooled since May 2020. The two ministers signed a water accord."
    found = times(text, date(2024, 6, 3))
    assert time_for_span(found, _at(text, "signed"), text) is None


def test_a_date_in_a_later_coordinated_clause_does_not_date_the_event(times: Times) -> None:
    text = (
        "Nepal and Bhutan agreed in Thimphu on Monday to reopen the trade route through the Himalayan "
        "foothills that has been closed to lorries for four years.\n\n"
        "The Nepali team was led by the commerce minister. The envoys also agreed to set up a joint "
        "committee, and the minister said both sides would meet again in Kathmandu on 28 March."
    )
    found = times(text, date(2024, 3, 14))
    t = time_for_span(found, _at(text, "agreed to set up"), text)
    assert t is not None and t.value == "2024-03-11"


def test_the_lead_date_carries_to_the_next_paragraphs(times: Times) -> None:
    text = (
        "The foreign ministers of Chile and Peru met in Lima on Wednesday to discuss migration across "
        "their shared border, the first such meeting in three years.\n\n"
        "Peru asked Chile to open a humanitarian corridor for stranded migrants."
    )
    found = times(text, date(2025, 1, 9))
    t = time_for_span(found, _at(text, "asked"), text)
    assert t is not None and t.value == "2025-01-08"


def test_a_paragraph_with_its_own_time_frame_does_not_take_the_lead_date(times: Times) -> None:
    text = (
        "The foreign ministers of Chile and Peru met in Lima on Wednesday to discuss migration across "
        "their shared border, the first such meeting in three years.\n\n"
        "Ties have been strained since 2019. Back then, Peru accused Chile of expelling migrants."
    )
    found = times(text, date(2025, 1, 9))
    assert time_for_span(found, _at(text, "accused"), text) is None


def test_a_lead_without_a_day_date_dates_nothing_else(times: Times) -> None:
    text = (
        "When Ghana and Togo settled their maritime border in March, few observers in the region were "
        "surprised by the outcome of the long negotiations.\n\n"
        "Togo praised the mediators from the African Union."
    )
    found = times(text, date(2025, 9, 1))
    assert time_for_span(found, _at(text, "praised"), text) is None


def test_weekday_resolves_to_the_day_before_publication(times: Times) -> None:
    text = "The two envoys met in Muscat on Wednesday."
    found = times(text, date(2025, 1, 9))  # a Thursday
    t = time_for_span(found, _at(text, "met"), text)
    assert t is not None and t.value == "2025-01-08"


def test_a_relative_clause_on_the_subject_dates_only_itself(times: Times) -> None:
    text = "The junta, which seized power in July 2023, has expelled the French ambassador."
    found = times(text, date(2024, 6, 3))
    assert time_for_span(found, _at(text, "expelled"), text) is None
    t = time_for_span(found, _at(text, "seized"), text)
    assert t is not None and t.value == "2023-07"


def test_an_earlier_clause_date_gives_way_to_the_clause_own(times: Times) -> None:
    text = (
        "Ties soured after Chile began deporting migrants in late 2023, and Chilean jets struck a camp "
        "on 24 December."
    )
    found = times(text, date(2024, 6, 3))
    t = time_for_span(found, _at(text, "struck"), text)
    assert t is not None and t.value == "2023-12-24"
