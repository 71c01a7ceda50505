"""A text issued by an actor speaks for it; releasing a text is not a release."""

from __future__ import annotations

from .conftest import Coder, dyad


def test_a_statement_demanding_speaks_for_its_issuer(code: Coder) -> None:
    evs = code("Kenya issued a statement demanding that Uganda reopen the border crossing.")
    assert ("REQUEST", "KEN", "UGA") in {dyad(e) for e in evs}


def test_a_letter_urging_speaks_for_its_sender(code: Coder) -> None:
    evs = code("Chile sent a letter urging Peru to free the detained fishermen.")
    assert ("REQUEST", "CHL", "PER") in {dyad(e) for e in evs}


def test_releasing_a_statement_is_not_releasing_people(code: Coder) -> None:
    evs = code("Ghana released a statement on the fishing dispute with Nigeria.")
    assert "RETREAT" not in {e.type for e in evs}
    evs = code("Ghana released three Nigerian fishermen on Friday.")
    assert ("RETREAT", "GHA", "NGA") in {dyad(e) for e in evs}
