"""Unnamed people placed in a state, ethnic groups, and states named only as a stance."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Mentions = Callable[..., list]  # type: ignore[type-arg]


def _actor(found: list, surface: str) -> tuple[str | None, str | None]:  # type: ignore[type-arg]
    actor = next(m.actor for s, m in found if s == surface)
    return actor.country, actor.sector


def _surfaces(found: list) -> list[str]:  # type: ignore[type-arg]
    return [s for s, _ in found]


def test_protesters_take_the_state_of_their_place(mentions: Mentions) -> None:
    found = mentions("Thousands of protesters marched through Bishkek on Saturday, Kazakh media reported.")
    assert _actor(found, "protesters") == ("KGZ", "CVL")


def test_a_group_of_refugees_is_placed_by_its_verb(mentions: Mentions) -> None:
    found = mentions("A group of refugees staged a sit-in at a camp near Peshawar.")
    assert _actor(found, "refugees") == ("PAK", "REF")


def test_modified_collective_keeps_its_words(mentions: Mentions) -> None:
    found = mentions("Radical clerics and Islamic fundamentalists rallied in Dhaka against the new law.")
    assert _actor(found, "Islamic fundamentalists") == ("BGD", "RAD")


def test_state_of_an_office_holder_sets_the_scene(mentions: Mentions) -> None:
    found = mentions("Striking miners demanded the resignation of the Bolivian energy minister.")
    assert _actor(found, "Striking miners") == ("BOL", "LAB")


def test_two_states_and_no_place_leave_it_open(mentions: Mentions) -> None:
    found = mentions("Students protested after Peru recalled its ambassador to Chile.")
    assert "Students" not in _surfaces(found)


def test_the_reporter_is_not_the_scene(mentions: Mentions) -> None:
    found = mentions("Villagers blocked the road for three days, Nepalese television said.")
    assert "Villagers" not in _surfaces(found)


def test_a_single_victim_is_placed_only_as_the_one_acted_on(mentions: Mentions) -> None:
    found = mentions("A journalist was shot dead in Mogadishu. A journalist asked about the budget.")
    assert [(s, m.actor.code) for s, m in found if "journalist" in s] == [("A journalist", "SOM")]


def test_ethnic_groups_belong_where_they_live(mentions: Mentions) -> None:
    found = mentions("About 300 ethnic Uzbeks rallied on Friday in Osh, Kyrgyzstan's second city.")
    assert _actor(found, "ethnic Uzbeks") == ("KGZ", "CVL")


def test_ethnic_group_in_its_own_state_is_unchanged(mentions: Mentions) -> None:
    found = mentions("Ethnic Tajiks demonstrated in Dushanbe on Monday.")
    assert next(m.actor.code for s, m in found if "Tajiks" in s) == "TJK"


def test_a_stance_towards_a_state_is_not_the_state(mentions: Mentions) -> None:
    found = mentions("Pro-Russian separatists shelled a town in eastern Ukraine.")
    codes = [m.actor.code for _, m in found]
    assert "RUS" not in codes
    assert _actor(found, "Pro-Russian separatists") == ("UKR", "REB")


def test_people_behind_a_verbs_preposition_are_a_party(mentions: Mentions) -> None:
    found = mentions("Police in Nairobi opened fire on protesters.")
    assert _actor(found, "protesters") == ("KEN", "CVL")


def test_the_country_acted_on_is_not_the_actor_itself(mentions: Mentions) -> None:
    found = mentions("Tajikistan has no refinery. Russia continued to supply the country with fuel.")
    assert next(m.actor.code for s, m in found if s == "the country") == "TJK"


def test_a_named_party_the_gazetteer_lacks_belongs_to_its_setting(mentions: Mentions) -> None:
    found = mentions("The small Adilet (Justice) party said it would boycott Kyrgyzstan's local elections.")
    assert _actor(found, "The small Adilet (Justice) party") == ("KGZ", "PTY")


def test_leaders_of_a_named_coalition_act_for_it(mentions: Mentions) -> None:
    found = mentions("Leaders of the Umid opposition bloc agreed to call off the rally in Dushanbe.")
    assert _actor(found, "the Umid opposition bloc") == ("TJK", "PTY")


def test_an_unnamed_party_is_not_an_actor(mentions: Mentions) -> None:
    found = mentions("The party said it would boycott Kyrgyzstan's local elections.")
    assert "The party" not in _surfaces(found)


def test_unnamed_fighters_are_a_group_of_their_setting_not_its_state(mentions: Mentions) -> None:
    found = mentions("Gunmen attacked a police post in northern Kenya, and militants later shelled the town.")
    for surface in ("Gunmen", "militants"):
        actor = next(m.actor for s, m in found if s == surface)
        assert (actor.kind, actor.code, actor.country) == ("group", None, "KEN")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Kenyan jets bombed a militant camp in Mandera County on Monday.", "a militant camp"),
        ("Kenyan troops shelled rebel positions near Lamu overnight.", "rebel positions"),
        ("The Kenyan army struck terrorist hideouts in the north of Kenya.", "terrorist hideouts"),
    ],
)
def test_places_of_unnamed_fighters_are_the_fighters(mentions: Mentions, text: str, surface: str) -> None:
    actor = next(m.actor for s, m in mentions(text) if s == surface)
    assert (actor.kind, actor.code, actor.country, actor.sector) == ("group", None, "KEN", "REB")


def test_a_camp_no_armed_word_marks_is_no_party(mentions: Mentions) -> None:
    found = _surfaces(mentions("Kenyan police visited a refugee camp and an army base near Lamu."))
    assert not any(s.endswith(("camp", "base")) for s in found)


def test_the_militants_are_the_armed_group_last_named_not_a_state(mentions: Mentions) -> None:
    found = mentions(
        "Boko Haram fighters raided a Nigerian army post on Monday. "
        "Two days later the militants struck a convoy of Nigerian soldiers near Maiduguri."
    )
    militants = next(m.actor for s, m in found if s == "the militants")
    assert (militants.kind, militants.code) == ("group", "BOKO_HARAM")


def test_a_post_of_an_armed_group_is_the_group_not_the_state_it_fights_in(mentions: Mentions) -> None:
    found = mentions("The leader of Boko Haram in Nigeria was killed in an airstrike, the army said.")
    leader = next(m.actor for s, m in found if s.endswith("leader of Boko Haram"))
    assert (leader.kind, leader.code) == ("group", "BOKO_HARAM")


def test_hostages_and_passengers_are_people_acted_on(mentions: Mentions) -> None:
    found = mentions("Pakistani troops rescued 190 passengers and freed the hostages near Quetta.")
    assert _actor(found, "190 passengers") == ("PAK", "CVL")
    assert _actor(found, "the hostages")[0] == "PAK"


def test_a_city_court_or_police_is_its_state(mentions: Mentions) -> None:
    found = mentions("A Tehran court jailed the reporter, and Karachi police arrested two men.")
    assert _actor(found, "Tehran court") == ("IRN", "JUD")
    assert _actor(found, "Karachi police") == ("PAK", "COP")


def test_riot_police_as_subject_are_the_state_in_play(mentions: Mentions) -> None:
    found = mentions("Georgia's opposition marched again. Riot police used water cannon on the crowd.")
    assert _actor(found, "Riot police") == ("GEO", "COP")


def test_the_company_is_the_firm_last_named(mentions: Mentions) -> None:
    text = (
        "The Yunnan Copper Mining Company signed a contract with the mining ministry of Laos. "
        "The company said it would start work in May."
    )
    assert _actor(mentions(text), "The company") == ("CHN", "BUS")


def test_the_company_with_no_firm_named_is_no_state(mentions: Mentions) -> None:
    found = mentions("Laos opened a new mine on Monday. The company said work would start in May.")
    assert "The company" not in _surfaces(found)


def test_vendors_and_shopkeepers_are_business_people_of_their_place(mentions: Mentions) -> None:
    found = mentions("Street vendors in Lagos protested on Tuesday against new market fees.")
    assert _actor(found, "vendors in Lagos") == ("NGA", "BUS")
