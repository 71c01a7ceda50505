"""Countries of office holders: the partner of a meeting, monarchs, possessive states behind modifiers."""

from __future__ import annotations

from collections.abc import Callable

from .conftest import Found


def _person(found: Found, surface: str) -> tuple[str | None, str | None]:
    m = next(m for s, m in found if s.endswith(surface) and m.actor.kind == "person")
    return m.actor.person_id, m.actor.country


def test_a_meeting_partner_takes_the_other_state_of_the_sentence_before(
    mentions: Callable[..., Found],
) -> None:
    text = (
        "Kabul will host talks next week. Doha hosted the first meeting between Brazil's top trade "
        "negotiator and the Taliban's foreign minister. Deputy Minister Carla Mendes Ribeiro and "
        "Amir Khan Muttaqi, who speaks for the Taliban government in Afghanistan, discussed wheat. "
        "Afghanistan needs grain, and Afghanistan pays in cash. Later Ribeiro flew home."
    )
    found = mentions(text)
    assert _person(found, "Carla Mendes Ribeiro")[1] == "BRA"
    assert _person(found, "Ribeiro")[1] == "BRA"


def test_a_kings_name_never_matches_a_commoner_sharing_it(mentions: Callable[..., Found]) -> None:
    found = mentions("Jordan's visiting King Abdullah II met the Afghan envoy in Amman on Tuesday.")
    pid, country = _person(found, "King Abdullah")
    assert pid != "PER:abdullah-abdullah"
    assert country == "JOR"


def test_a_commoner_keeps_his_known_name_without_a_royal_title(mentions: Callable[..., Found]) -> None:
    found = mentions("Former chief executive Abdullah Abdullah met elders in Kabul on Sunday.")
    assert _person(found, "Abdullah Abdullah") == ("PER:abdullah-abdullah", "AFG")
