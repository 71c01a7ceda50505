"""Group phrases, coordinated nationalities, peoples, office holders' countries (sentences written here)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from .conftest import Found, all_of, first

Run = Callable[..., Found]


@pytest.mark.parametrize(
    ("text", "surface", "code", "sector"),
    [
        ("Somali rebel leaders rejected the offer.", "Somali rebel leaders", "SOM", "REB"),
        ("Canadian border patrol agents stopped the truck.", "Canadian border patrol agents", "CAN", "COP"),
        ("Yemeni suicide bombers struck the port.", "Yemeni suicide bombers", "YEM", "REB"),
        ("Security forces in Mali detained the mayor.", "Security forces in Mali", "MLI", "COP"),
        ("Opposition groups in Belarus called a strike.", "Opposition groups in Belarus", "BLR", "OPP"),
        ("Police in Lahore arrested three men.", "Police in Lahore", "PAK", "COP"),
        ("Norwegian aid groups sent tents.", "Norwegian aid groups", "NOR", "SOC"),
        ("Austrian doctors treated the wounded.", "Austrian doctors", "AUT", "MED"),
        ("Iranian army officers visited the base.", "Iranian army officers", "IRN", "MIL"),
        ("Ukrainian negotiators left the room.", "Ukrainian negotiators", "UKR", "GOV"),
        ("Lebanese militiamen fired mortars.", "Lebanese militiamen", "LBN", "PRM"),
        ("Cuban detainees were moved.", "Cuban detainees", "CUB", "CVL"),
    ],
)
def test_nationality_and_group_noun_is_one_mention(
    mentions: Run, text: str, surface: str, code: str, sector: str
) -> None:
    m = first(mentions(text), surface)
    assert (m.actor.code, m.actor.country, m.actor.sector, m.actor.kind) == (code, code, sector, "state")


def test_foreign_troops_in_a_country_stay_unowned(mentions: Run) -> None:
    found = mentions("Troops in Somalia withdrew last week.")
    assert not any(t.startswith("Troops") for t, _ in found)


@pytest.mark.parametrize(
    ("text", "surface", "codes", "sector"),
    [
        (
            "Latvian and Estonian diplomats met in Riga.",
            "Latvian and Estonian diplomats",
            {"LVA", "EST"},
            "GOV",
        ),
        ("The Uzbek and Tajik sides signed a protocol.", "Uzbek and Tajik sides", {"UZB", "TJK"}, "GOV"),
        (
            "Russian, Chinese and Iranian warships held drills.",
            "Russian, Chinese and Iranian warships",
            {"RUS", "CHN", "IRN"},
            "MIL",
        ),
        ("Kenya and Ugandan officials agreed.", "Kenya and Ugandan officials", {"KEN", "UGA"}, "GOV"),
    ],
)
def test_coordinated_nationalities_give_one_mention_per_state(
    mentions: Run, text: str, surface: str, codes: set[str], sector: str
) -> None:
    found = all_of(mentions(text), surface)
    assert {m.actor.code for m in found} == codes
    assert {m.actor.sector for m in found} == {sector}


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Thousands of Syrian Kurds crossed the border.", "Syrian Kurds", "SYR"),
        ("Afghan Uzbeks welcomed the decision.", "Afghan Uzbeks", "AFG"),
    ],
)
def test_a_nationality_before_a_people_is_that_states_population(
    mentions: Run, text: str, surface: str, code: str
) -> None:
    m = first(mentions(text), surface)
    assert (m.actor.code, m.actor.sector, m.via) == (code, "CVL", "demonym")


def test_person_of_a_state_after_the_name(mentions: Run) -> None:
    m = first(mentions("King Abdullah of Jordan received the delegation."), "King Abdullah of Jordan")
    assert (m.actor.kind, m.actor.country, m.actor.sector, m.actor.name) == (
        "person",
        "JOR",
        "GOV",
        "Abdullah",
    )


def test_office_without_country_takes_the_only_state_of_the_sentence(mentions: Run) -> None:
    found = mentions("Deposed President Marko Vilic said he would never return to Montenegro.")
    person = first(found, "Deposed President Marko Vilic").actor
    assert (person.code, person.country, person.sector) == ("PER:marko-vilic", "MNE", "ELI")
    assert first(found, "he").actor.country == "MNE"


def test_office_without_country_takes_the_sentences_subject_state(mentions: Run) -> None:
    found = mentions(
        "Norway will send engineers to Sudan next month, Defence Minister Ola Brekke said on Friday."
    )
    assert first(found, "Defence Minister Ola Brekke").actor.country == "NOR"
    assert first(found, "Defence Minister Ola Brekke").actor.sector == "MIL"


def test_no_country_is_guessed_between_two_equal_states(mentions: Run) -> None:
    found = mentions("President Omar Telli met Chile's envoy while Peru watched.")
    assert first(found, "President Omar Telli").actor.country is None


def test_envoy_posted_abroad_serves_the_documents_state(mentions: Run) -> None:
    text = (
        "Kazakhstan is widening its trade with its neighbour. Kazakhstan will open a trade house.\n\n"
        "Ambassador to Afghanistan Serik Omarov met traders in Kabul. Omarov said exports would grow."
    )
    found = mentions(text)
    envoy = first(found, "Ambassador to Afghanistan Serik Omarov").actor
    assert (envoy.country, envoy.role) == ("KAZ", "Ambassador")
    assert first(found, "Omarov").actor.country == "KAZ"


def test_lowercase_title_before_a_known_name(mentions: Run) -> None:
    m = first(mentions("A judge summoned former president Askar Akayev."), "former president Askar Akayev")
    assert (m.actor.kind, m.actor.sector) == ("person", "ELI")


def test_name_particles_and_ministers_for_a_portfolio(mentions: Run) -> None:
    found = mentions("Minister for Trade Hamid bin Rashid met President Ahmed al-Kuwari in Kuwait.")
    minister = first(found, "Minister for Trade Hamid bin Rashid").actor
    assert (minister.kind, minister.role, minister.name) == (
        "person",
        "Minister for Trade",
        "Hamid bin Rashid",
    )
    assert first(found, "President Ahmed al-Kuwari").actor.name == "Ahmed al-Kuwari"


def test_titled_surname_resolves_a_known_short_name(mentions: Run) -> None:
    m = first(
        mentions("Prime Minister Khan spoke by phone with the emir.", published=date(2020, 5, 1)),
        "Prime Minister Khan",
    )
    assert (m.actor.code, m.actor.country) == ("PER:imran-khan", "PAK")
    bare = mentions("Khan spoke by phone with the emir.", published=date(2020, 5, 1))
    assert all(m.actor.code != "PER:imran-khan" for _, m in bare)


def test_another_office_holders_state_is_not_borrowed(mentions: Run) -> None:
    found = mentions("Trade Secretary Jon Harlow and Hungary's Foreign Minister Peter Szabo met in Budapest.")
    assert first(found, "Trade Secretary Jon Harlow").actor.country is None
    assert first(found, "Hungary's Foreign Minister Peter Szabo").actor.country == "HUN"
