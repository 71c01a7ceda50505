"""Patterns of wire copy: joint acts of a state and its insurgents, vows of revenge, export controls,
prisoner swaps, crowds no one names, arrests by no one named, acts told as a noun with their author
in a participle ("the attack, claimed by X, killed ..."), bans that bar people, denials, waters named
after a state, seizures, and dates of a relative clause on the subject."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from tidings.records import Event, Result

Run = Callable[..., Result]
PUBLISHED = date(2024, 5, 15)


def _dyads(events: tuple[Event, ...]) -> set[tuple[str, str | None, str | None]]:
    return {
        (e.type, e.source.code if e.source else None, e.target.country or e.target.code if e.target else None)
        for e in events
        if not e.negated
    }


CASES = [
    ("Colombia and the ELN rebels signed a ceasefire in Havana.", ("AGREE", "COL", "COL")),
    ("Pakistan vowed to retaliate against India after the strikes.", ("THREATEN", "PAK", "IND")),
    ("Iran vowed to avenge the killing of its general by the United States.", ("THREATEN", "IRN", "USA")),
    ("China imposed export controls on gallium shipped to the United States.", ("SANCTION", "CHN", "USA")),
    ("Ukraine and Russia exchanged 90 prisoners of war on Friday.", ("RETREAT", "UKR", "RUS")),
    ("Russia and the United States carried out a prisoner swap in Abu Dhabi.", ("RETREAT", "RUS", "USA")),
    ("Thousands marched in Nairobi on Tuesday to protest the new tax law.", ("PROTEST", "KEN", "KEN")),
    ("The opposition leader was arrested in Harare on Monday.", ("COERCE", "ZWE", "ZWE")),
    ("Two journalists were detained in Istanbul on Friday.", ("COERCE", "TUR", "TUR")),
    ("Washington sent a new batch of Patriot missiles to Kyiv last week.", ("AID", "USA", "UKR")),
    ("China sent 30 warplanes toward Taiwan on Tuesday.", ("MOBILIZE", "CHN", "TWN")),
    (
        "The sanctions, announced by the U.S. Treasury on Tuesday, target 12 Iranian companies.",
        ("SANCTION", "USA", "IRN"),
    ),
    ("The raid, carried out by Israeli forces, killed five Palestinians.", ("ASSAULT", "ISR", "PSE")),
    ("Police in Dhaka fired tear gas at thousands of students on Sunday.", ("ASSAULT", "BGD", "BGD")),
    ("The Taliban barred girls from attending school beyond sixth grade.", ("COERCE", "TALIBAN", "AFG")),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_coded(run_text: Run, text: str, want: tuple[str, str, str | None]) -> None:
    assert want in _dyads(run_text(text, published=PUBLISHED).events)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Peru vowed to respond to questions from Chile.", "THREATEN"),  # an answer, no revenge
        ("Tehran has denied supplying drones to Russia.", "COOPERATE"),  # denied, not done
        ("Iran denied that it had supplied drones to Russia.", "COOPERATE"),
        # a participle without its author says nothing of who is hit
        ("Huawei designed new chips, overcoming restrictions imposed by the U.S., she said.", "COERCE"),
    ],
)
def test_not_coded(run_text: Run, text: str, unwanted: str) -> None:
    assert unwanted not in {t for t, _, _ in _dyads(run_text(text, published=PUBLISHED).events)}


def test_two_organs_of_one_state_do_not_pair(run_text: Run) -> None:
    events = run_text("Colombia and the Colombian army signed a pact.", published=PUBLISHED).events
    assert all(not (e.source and e.target and e.source.code == e.target.code == "COL") for e in events)


def test_waters_are_not_their_state(run_text: Run) -> None:
    res = run_text("Iran seized an oil tanker in the Gulf of Oman on Thursday.", published=PUBLISHED)
    assert "OMN" not in {m.actor.code for m in res.mentions if m.actor}
    assert all(e.target is None or e.target.code != "IRN" for e in res.events)  # whose tanker, unsaid
    missile = run_text("North Korea fired a ballistic missile into the Sea of Japan.", published=PUBLISHED)
    assert "JPN" not in {m.actor.code for m in missile.mentions if m.actor}


def test_a_relative_clause_on_the_subject_keeps_its_act_and_its_date(run_text: Run) -> None:
    text = "The Taliban, who seized power in August 2021, have barred women from work and education."
    events = {e.type: e for e in run_text(text, published=PUBLISHED).events}
    assert events["ASSAULT"].date == "2021-08"  # the takeover, told in the aside
    assert events["COERCE"].date is None  # the ban is not dated by the aside
