"""Attacks no one is named as doing go to unidentified attackers of their state; arrests to its police."""

from __future__ import annotations

from collections.abc import Callable

from tidings.records import Event, Result

Run = Callable[..., Result]


def _dyads(events: tuple[Event, ...]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (
            e.type,
            (e.source.code or e.source.country) if e.source else None,
            e.source.sector if e.source else None,
            e.target.code if e.target else None,
        )
        for e in events
    ]


def test_passive_killing_in_a_city(run_text: Run) -> None:
    res = run_text("Two policemen were killed in a bomb blast in Quetta on Monday.")
    assert _dyads(res.events) == [("ASSAULT", "PAK", "UAF", "PAK")]
    assert res.events[0].source is not None and res.events[0].source.name.startswith("Unidentified")


def test_a_weapon_as_subject_is_no_attacker(run_text: Run) -> None:
    res = run_text("A roadside bomb killed three Nigerian soldiers outside of the city of Maiduguri.")
    assert _dyads(res.events) == [("ASSAULT", "NGA", "UAF", "NGA")]


def test_foreign_victims_do_not_place_the_attack(run_text: Run) -> None:
    res = run_text("A car bomb near the Chinese embassy wounded four Chinese engineers, police said.")
    assert res.events == ()


def test_a_named_attacker_is_kept(run_text: Run) -> None:
    res = run_text("Three Malian soldiers were killed by Tuareg rebels in Kidal, the army said.")
    assert [(t, s) for t, s, _, _ in _dyads(res.events)] == [("ASSAULT", "MLI")]
    assert res.events[0].source is not None and res.events[0].source.sector == "REB"


def test_a_blast_near_a_town_is_placed_by_the_town(run_text: Run) -> None:
    res = run_text("A roadside bomb near the town of Kunduz killed two Afghan policemen on Monday.")
    assert _dyads(res.events) == [("ASSAULT", "AFG", "UAF", "AFG")]


def test_an_arrest_by_no_one_named_is_the_states_authorities(run_text: Run) -> None:
    res = run_text("The Kenyan journalist was detained in Nairobi on Monday.")
    assert [(t, s, sec) for t, s, sec, _ in _dyads(res.events)] == [("COERCE", "KEN", "COP")]
    assert res.events[0].source is not None and res.events[0].source.kind == "state"


def test_an_arrest_with_its_agent_keeps_the_agent(run_text: Run) -> None:
    res = run_text("Two Ugandan traders were arrested by Kenyan police.")
    assert [(t, s) for t, s, _, _ in _dyads(res.events)] == [("COERCE", "KEN")]


def test_bare_authorities_as_subject_are_the_states_in_play(run_text: Run) -> None:
    res = run_text(
        "The editor ran a newspaper in Guatemala. In 2022, authorities arrested the editor in the capital."
    )
    assert [(t, s) for t, s, _, _ in _dyads(res.events)] == [("COERCE", "GTM")]


def test_someone_held_in_custody_by_no_one_named_is_held_by_the_state(run_text: Run) -> None:
    res = run_text("The Ugandan trader has been held in solitary confinement in Nairobi since May.")
    assert [(t, s, sec) for t, s, sec, _ in _dyads(res.events)] == [("COERCE", "KEN", "COP")]


def test_a_terrorist_cell_broken_up_is_an_armed_group_acted_on(run_text: Run) -> None:
    res = run_text("Egyptian police broke up a terrorist cell in Alexandria on Monday.")
    assert [
        (e.type, e.source.code if e.source else None, e.target.kind if e.target else None) for e in res.events
    ] == [("COERCE", "EGY", "group")]
    passive = run_text("In May, a jihadist cell was dismantled in the Belgian city of Antwerp.")
    assert [(e.type, e.source.country if e.source else None) for e in passive.events] == [("COERCE", "BEL")]


def test_a_network_with_no_armed_word_is_no_group(run_text: Run) -> None:
    res = run_text("Kenyan police shut down a phone network in Nairobi on Monday.")
    assert not [e for e in res.events if e.target is not None and e.target.kind == "group"]


def test_people_hurt_in_an_accident_or_a_disaster_were_attacked_by_no_one(run_text: Run) -> None:
    for text in (
        "Collapsing buildings injured 15 people in Blantyre on Monday.",
        "Five people were killed in a plane crash in Ghazni province on Monday.",
        "Floods killed 40 villagers in northern Nigeria last week.",
    ):
        assert not [e for e in run_text(text).events if e.type == "ASSAULT"], text
