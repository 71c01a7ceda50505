"""Sources and targets found beyond the verb's own subject and object."""

from __future__ import annotations

from .conftest import Coder, dyad


def test_pronoun_subject_stands_for_the_speaker(code: Coder) -> None:
    evs = code("Kenya said on Monday that it had expelled two Ugandan diplomats.")
    assert [dyad(e) for e in evs] == [("SANCTION", "KEN", "UGA")]


def test_people_placed_in_a_state_act_for_it(code: Coder) -> None:
    evs = code("Security forces in Ghana have detained dozens of Nigerian traders.")
    assert [dyad(e) for e in evs] == [("COERCE", "GHA", "NGA")]


def test_target_named_deeper_in_the_clause(code: Coder) -> None:
    evs = code("Peru threatened on Friday to cut off electricity supplies to the Bolivian border towns.")
    assert [dyad(e) for e in evs] == [("THREATEN", "PER", "BOL")]


def test_place_of_a_domestic_event_gives_its_state(code: Coder) -> None:
    evs = code("The Kenyan police lifted the curfew in Nairobi on Sunday.")
    assert [dyad(e) for e in evs] == [("CONCEDE", "KEN", "KEN")]


def test_nominal_event_done_by_the_subject_of_its_verb(code: Coder) -> None:
    evs = code("Chile completed the withdrawal of its troops from Peru last week.")
    assert [dyad(e) for e in evs] == [("RETREAT", "CHL", "PER")]
