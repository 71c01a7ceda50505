"""time_for_span: which expression dates an event found at a span."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tidings.records import TimeExpr
from tidings.time import time_for_span

Times = Callable[..., tuple[TimeExpr, ...]]


def _at(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def _dated(found: tuple[TimeExpr, ...], text: str, word: str) -> str | None:
    """The date the expressions `found` give an event at `word`."""
    t = time_for_span(found, _at(text, word), text)
    return t.value if t is not None else None


def test_same_sentence_prefers_the_fronted_date_over_a_citation(times: Times) -> None:
    text = (
        "A few days after the call on August 13, Almaty admitted 135 UN staff, "
        "under a mandate dated March 2002 (Tass, August 20)."
    )
    assert _dated(times(text, date(2021, 9, 1)), text, "admitted") == "2021-08-13"


def test_citation_date_is_used_only_when_alone(times: Times) -> None:
    text = "The president promised to keep the embassy open (Akorda.kz, August 15)."
    assert _dated(times(text, date(2021, 9, 1)), text, "promised") == "2021-08-15"


def test_carried_from_the_previous_sentence_in_the_paragraph(times: Times) -> None:
    text = (
        "In April 2023 the two countries held a business forum in Kabul. They opened a trading house there."
    )
    assert _dated(times(text), text, "opened") == "2023-04"


def test_not_carried_across_paragraphs_or_two_sentences(times: Times) -> None:
    text = "In April 2023 a forum met in Kabul.\nThey opened a trading house. Later a bank followed suit."
    found = times(text)
    assert time_for_span(found, _at(text, "opened"), text) is None
    text = "In April 2023 a forum met in Kabul. The weather was mild. A bank opened a branch."
    assert time_for_span(times(text), _at(text, "bank"), text) is None


def test_no_times_no_date() -> None:
    assert time_for_span((), (0, 4), "Kabul hosted talks.") is None


def test_a_shift_after_the_event_dates_what_followed_it(times: Times) -> None:
    text = (
        "On March 3, the two ministers spoke by telephone, a call followed days later by a joint statement."
    )
    assert _dated(times(text, date(2024, 3, 20)), text, "a call") == "2024-03-03"


def test_a_bound_of_the_own_clause_beats_the_lead_day(times: Times) -> None:
    text = (
        "Rebels shelled a camp near the border on Tuesday, killing nine people. "
        "The army and the rebels have been fighting since April 2023."
    )
    assert _dated(times(text, date(2024, 5, 15)), text, "fighting") == "2023-04"
