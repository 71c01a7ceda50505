"""Late passes: misspelt state names, bare armed groups, "the <Surname> administration"."""

from __future__ import annotations

from collections.abc import Callable

from tidings.actors.generic import _one_edit


def _by_text(found: list, surface: str) -> tuple[str | None, str | None]:  # type: ignore[type-arg]
    actor = next(m.actor for s, m in found if s == surface)
    return actor.country, actor.sector


def test_one_edit_distance() -> None:
    assert _one_edit("ethopia", "ethiopia")
    assert _one_edit("quatar", "qatar")
    assert _one_edit("kenyz", "kenya")
    assert not _one_edit("kenya", "kenya")
    assert not _one_edit("etiopa", "ethiopia")


def test_misspelt_state_names_resolve(mentions: Callable[..., list]) -> None:  # type: ignore[type-arg]
    found = mentions("Troops from Ethopia crossed the border while Quatar urged restraint.")
    assert _by_text(found, "Ethopia")[0] == "ETH"
    assert _by_text(found, "Quatar")[0] == "QAT"


def test_person_names_are_not_fuzzed_into_states(mentions: Callable[..., list]) -> None:  # type: ignore[type-arg]
    found = mentions("Michael Jordon visited the museum on Friday.")
    assert all(m.actor.code != "JOR" for _, m in found)


def test_bare_rebels_take_the_single_state(mentions: Callable[..., list]) -> None:  # type: ignore[type-arg]
    found = mentions("Rebels shelled a market in northern Afganistan on Sunday.")
    assert _by_text(found, "Rebels") == ("AFG", "REB")


def test_bare_rebels_stay_open_with_two_states(mentions: Callable[..., list]) -> None:  # type: ignore[type-arg]
    found = mentions("Militants crossed from Pakistan into Iran overnight.")
    assert all(s != "Militants" for s, _ in found)


def test_surname_administration_is_the_state_government(mentions: Callable[..., list]) -> None:  # type: ignore[type-arg]
    found = mentions("The Clinton administration rejected the proposal on Monday.")
    assert _by_text(found, "Clinton administration") == ("USA", "GOV")
