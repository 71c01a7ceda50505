"""Alerts, war games, inquiries, inspectors and summonses to appear."""

from __future__ import annotations

import pytest

from .conftest import Coder, dyad

CASES = [
    ("The Chilean navy remained on high alert near the Peruvian coast.", "MOBILIZE", "CHL"),
    ("Kenya put its border units on alert after the raid.", "MOBILIZE", "KEN"),
    ("Ghana opened an inquiry into the shooting of the traders.", "ACCUSE", "GHA"),
    ("The Peruvian congress held a hearing into the failed arms purchase.", "ACCUSE", "PER"),
    ("Norway staged war games off its northern coast in March.", "MOBILIZE", "NOR"),
    ("A Kenyan judge ordered the former minister to appear in court on Friday.", "REQUEST", "KEN"),
]


@pytest.mark.parametrize(("text", "kind", "source"), CASES)
def test_new_triggers(code: Coder, text: str, kind: str, source: str) -> None:
    assert any(e.type == kind and e.source is not None and e.source.code == source for e in code(text))


def test_inspectors_sent_to_monitor_are_an_investigation(code: Coder) -> None:
    evs = code("The African Union sent inspectors to Ghana to monitor the ballot count.")
    assert ("ACCUSE", "AU", "GHA") in {dyad(e) for e in evs}
    assert all(e.mode == "investigate" for e in evs if e.type == "ACCUSE")


def test_ordered_to_withdraw_is_not_a_summons(code: Coder) -> None:
    evs = code("Peru ordered its fishing fleet to leave the disputed waters.")
    assert not any(e.type == "REQUEST" for e in evs)
