"""The country of an office holder named without one: places, the person's own clause, authorities, ranks."""

from __future__ import annotations

from collections.abc import Callable

from tidings.records import Actor

from .conftest import Found


def _person(found: Found, surface: str) -> Actor:
    return next(m.actor for s, m in found if s.endswith(surface) and m.actor.kind == "person")


def test_a_city_gives_its_country_when_the_sentence_names_no_state(mentions: Callable[..., Found]) -> None:
    found = mentions("President Nurlan Bekmat extended the night curfew in Shymkent after riots in the city.")
    assert _person(found, "Nurlan Bekmat").country == "KAZ"


def test_a_city_the_person_came_to_gives_nothing(mentions: Callable[..., Found]) -> None:
    found = mentions("Prime Minister Olga Brandt arrived in Almaty on Monday for two days of meetings.")
    assert _person(found, "Olga Brandt").country is None


def test_a_host_city_with_two_office_holders_gives_neither_its_country(
    mentions: Callable[..., Found],
) -> None:
    found = mentions("Foreign Minister Lars Holm met President Aziz Karimov in Dushanbe on Tuesday.")
    assert _person(found, "Lars Holm").country is None
    assert _person(found, "Aziz Karimov").country is None


def test_a_city_breaks_a_tie_between_the_states_of_the_sentence(mentions: Callable[..., Found]) -> None:
    found = mentions(
        "President Dovlet Saparov signed a pipeline deal linking Turkmenistan with Iran at a ceremony "
        "in Ashgabat."
    )
    assert _person(found, "Dovlet Saparov").country == "TKM"


def test_the_state_of_the_persons_clause_wins_over_the_reporting_clause(
    mentions: Callable[..., Found],
) -> None:
    found = mentions(
        "The interim cabinet of President Omar Diallo imposed a curfew across Mali on Friday, "
        "a spokesman for the French embassy said."
    )
    assert _person(found, "Omar Diallo").country == "MLI"


def test_a_state_outside_the_persons_clause_keeps_the_sentence_ambiguous(
    mentions: Callable[..., Found],
) -> None:
    found = mentions(
        "Former president Ivan Petrov has been accused of diverting funds meant for Georgia, "
        "many of them believed stolen, by lawmakers from Armenia."
    )
    assert _person(found, "Ivan Petrov").country is None


def test_a_judge_who_summons_a_person_gives_them_the_judges_state(mentions: Callable[..., Found]) -> None:
    found = mentions(
        "A Peruvian prosecutor has summoned former president Luis Ortega to testify about bribes "
        "paid to firms in Brazil and Bolivia, officials said on Monday."
    )
    assert _person(found, "Luis Ortega").country == "PER"


def test_a_minister_who_summons_a_person_gives_them_nothing(mentions: Callable[..., Found]) -> None:
    found = mentions(
        "A Chilean minister has summoned former president Luis Ortega to explain payments to Brazil "
        "and Bolivia."
    )
    assert _person(found, "Luis Ortega").country is None


def test_abbreviated_military_ranks_are_titles(mentions: Callable[..., Found]) -> None:
    found = mentions(
        "Lt. Gen. Karim Haidari resigned on Sunday to let Tajikistan hold early elections. "
        "Maj Gen Rashid Alimov and Col. Farrukh Sobirov stayed."
    )
    general = _person(found, "Karim Haidari")
    assert (general.role, general.sector, general.country) == ("Lt. Gen.", "MIL", "TJK")
    assert _person(found, "Rashid Alimov").role == "Maj Gen"
    assert _person(found, "Farrukh Sobirov").role == "Col."


def test_states_joined_as_the_subject_leave_the_speaker_undecided(mentions: Callable[..., Found]) -> None:
    found = mentions("Defence Minister Yusuf Karaca said Iran and Oman are ready to hold naval drills.")
    assert _person(found, "Yusuf Karaca").country is None
    found = mentions("Defence Minister Yusuf Karaca said Oman is ready to hold naval drills with Iran.")
    assert _person(found, "Yusuf Karaca").country == "OMN"
