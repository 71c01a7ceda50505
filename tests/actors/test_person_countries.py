"""Countries of office holders: the partner of a meeting, monarchs, possessive states behind modifiers."""

from __future__ import annotations

from collections.abc import Callable

from tidings.records import Result

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


def test_a_post_in_apposition_gives_the_honorific_its_country(mentions: Callable[..., Found]) -> None:
    found = mentions(
        "Bahrain's king, Sheikh Salim Faris Rashid, opened the forum. The chief cleric, Sheikh Omar "
        "Haddad Yusuf, left early."
    )
    king = next(m.actor for s, m in found if s == "Sheikh Salim Faris Rashid")
    assert (king.country, king.sector) == ("BHR", "GOV")
    assert _person(found, "Omar Haddad Yusuf")[1] is None


def test_a_fathers_name_after_bin_does_not_pick_the_father(mentions: Callable[..., Found]) -> None:
    found = mentions("Qatar's emir, Sheikh Tamim bin Hamad Al Thani, received envoys in Doha.")
    assert _person(found, "Tamim bin Hamad Al Thani")[0] == "PER:tamim-bin-hamad-al-thani"


def test_an_opening_capital_names_the_ministrys_state(mentions: Callable[..., Found]) -> None:
    found = mentions(
        "Pakistan and Iran traded fire near the border. In Nairobi, the foreign ministry condemned "
        "the clashes on Friday."
    )
    ministry = next(m.actor for s, m in found if s == "the foreign ministry")
    assert ministry.code == "KEN"


def test_both_sides_are_the_joined_participants_not_the_host(mentions: Callable[..., Found]) -> None:
    found = mentions(
        "Doha hosted talks on Monday between Peru and Chile over fishing rights. Officials on both "
        "sides said progress was made."
    )
    assert sorted(m.actor.code or "" for s, m in found if s == "both sides") == ["CHL", "PER"]


def test_an_honorific_yields_to_the_office_a_known_person_holds(mentions: Callable[..., Found]) -> None:
    found = mentions("Sheikh Tamim bin Hamad Al Thani received the envoys in Doha on Monday.")
    emir = next(m.actor for s, m in found if s.endswith("Al Thani"))
    assert (emir.country, emir.sector) == ("QAT", "GOV")


def test_an_executive_director_belongs_to_the_organisation_named_before_the_post(
    run_text: Callable[..., Result],
) -> None:
    for text in (
        "Maria Lind, UNICEF's executive director, told reporters that schools had closed.",
        "UNICEF Executive Director Maria Lind told reporters that schools had closed.",
    ):
        (person,) = [m.actor for m in run_text(text).mentions if m.actor.kind == "person"]
        assert person.parent == "UNICEF", text


def test_the_state_an_official_acts_on_is_not_their_country(mentions: Callable[..., Found]) -> None:
    for text in (
        "On Monday, Ambassador Ana Ruiz blamed Oslo for the delays in the talks.",
        "Deputy Foreign Minister Carlos Vega urged Norway to return to the table.",
    ):
        people = [m for _, m in mentions(text) if m.actor.kind == "person"]
        assert people and all(m.actor.country is None for m in people), text


def test_officials_of_a_state_acted_on_may_be_the_officials_own(mentions: Callable[..., Found]) -> None:
    found = mentions(
        "Judge Alejandro Rivera opened investigations against 28 Chilean officials, the court said."
    )
    assert [m.actor.country for _, m in found if m.actor.kind == "person"][:1] == ["CHL"]
