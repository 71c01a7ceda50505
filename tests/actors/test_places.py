"""Places named through a state's adjective, and regions standing for their state (sentences written here)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .conftest import Found, all_of, first

Run = Callable[..., Found]


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Talks opened in the Qatari city of Doha on Friday.", "Qatari city of Doha", "Doha", "QAT"),
        ("Floods swept the Indian state of Assam.", "Indian state of Assam", "Assam", "IND"),
        ("Rockets fell on the Iraqi province of Anbar.", "Iraqi province of Anbar", "Anbar", "IRQ"),
        ("Delegates gathered in the Kyrgyz capital on Tuesday.", "Kyrgyz capital", "Bishkek", "KGZ"),
    ],
)
def test_adjective_place_is_a_location_not_the_state(
    mentions: Run, text: str, surface: str, name: str, country: str
) -> None:
    found = mentions(text)
    m = first(found, surface)
    assert (m.actor.kind, m.actor.code, m.actor.name, m.actor.country, m.via) == (
        "other",
        None,
        name,
        country,
        "location",
    )
    assert not any(x.actor.kind == "state" for _, x in found)


def test_the_indian_state_alone_is_still_the_state(mentions: Run) -> None:
    found = mentions("The Indian state has no say in the matter.")
    assert first(found, "Indian state").actor.code == "IND"


@pytest.mark.parametrize(
    ("text", "surface", "code", "sector"),
    [
        ("The Sindh government imposed a curfew in Karachi.", "Sindh government", "PAK", "GOV"),
        ("The government of Xinjiang announced new rules.", "government of Xinjiang", "CHN", "GOV"),
        ("Dagestan police detained four suspects.", "Dagestan police", "RUS", "COP"),
        ("Tigray forces shelled the town.", "Tigray forces", "ETH", "MIL"),
    ],
)
def test_region_organs_belong_to_their_state(
    mentions: Run, text: str, surface: str, code: str, sector: str
) -> None:
    m = first(mentions(text), surface)
    assert (m.actor.code, m.actor.country, m.actor.kind) == (code, code, "state")
    assert m.actor.sector == sector


def test_region_as_place_carries_its_country(mentions: Run) -> None:
    m = first(mentions("Aid convoys reached Darfur on Sunday."), "Darfur")
    assert (m.actor.kind, m.actor.code, m.actor.country) == ("other", None, "SDN")


def test_disputed_region_has_no_country(mentions: Run) -> None:
    found = mentions("Kashmir police said two men were arrested.")
    assert not any(m.actor.code == "IND" or m.actor.country == "IND" for _, m in found)
    assert [m.actor.country for m in all_of(found, "Kashmir")] == [None]


def test_hong_kong_is_its_own_entry(mentions: Run) -> None:
    m = first(mentions("Protesters marched through Hong Kong on Sunday."), "Hong Kong")
    assert (m.actor.code, m.actor.kind) == ("HKG", "state")


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("Brussels urged Tashkent to tighten export controls.", "EU", "igo"),
        ("Uzbekistan signed a raw-materials memorandum with Brussels.", "EU", "igo"),
        ("The ministers met in Brussels on Monday.", None, "other"),
    ],
)
def test_a_seat_city_acting_is_its_organisation(
    mentions: Run, text: str, code: str | None, kind: str
) -> None:
    actor = first(mentions(text), "Brussels").actor
    assert (actor.code, actor.kind) == (code, kind)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Aid convoys left Jalalabad at dawn.", "Jalalabad", "AFG"),  # geonames: Jalālābād
        ("Cotton prices rose in Andijan this week.", "Andijan", "UZB"),  # geonames: Andijon
        ("Miners in Karaganda went on strike.", "Karaganda", "KAZ"),  # geonames: Karagandy
        ("Oil exports from Basra fell in May.", "Basra", "IRQ"),  # geonames: Al Başrah
        ("Trucks queued at Chaman for a week.", "Chaman", "PAK"),  # a border town of 130,000
        ("The flood reached Khorog on Friday.", "Khorog", "TJK"),  # geonames: Khorugh
    ],
)
def test_cities_under_their_english_spelling(mentions: Run, text: str, surface: str, country: str) -> None:
    assert first(mentions(text), surface).actor.country == country


def test_a_persons_name_that_is_also_a_town_stays_a_name(mentions: Run) -> None:
    found = mentions("Supporters of Ahmed Ben Bella marched in Algiers.")
    assert [m.actor.kind for s, m in found if "Bella" in s] == ["person"]


def test_a_town_opening_an_organisations_name_is_not_a_place(mentions: Run) -> None:
    found = mentions("The Chaman Traders Union called a strike on Monday.")  # spaCy: one ORG
    assert not [m for s, m in found if m.actor.kind == "other"]


def test_new_york_is_not_york(mentions: Run) -> None:
    m = first(mentions("The activist was detained in New York on Monday."), "New York")
    assert m.actor.country == "USA"


def test_a_word_of_a_longer_name_is_no_misspelt_state(mentions: Run) -> None:
    found = mentions("She led protests at Columbia University in New York last spring.")
    assert all(m.actor.country != "COL" for _, m in found)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Floods cut the roads of Texas on Monday.", "Texas", "USA"),
        ("Troops moved into Sagaing and Magway overnight.", "Sagaing", "MMR"),
        ("Troops moved into Sagaing and Magway overnight.", "Magway", "MMR"),
        ("Tourists left Bali after the eruption.", "Bali", "IDN"),  # the province, not a town in India
        ("Gunmen raided a village in Zamfara State.", "Zamfara State", "NGA"),
        ("A typhoon struck Okinawa on Sunday.", "Okinawa", "JPN"),
    ],
)
def test_a_province_or_state_of_any_country_is_a_place_of_that_country(
    mentions: Run, text: str, surface: str, country: str
) -> None:
    m = first(mentions(text), surface)
    assert (m.actor.kind, m.actor.country) == ("other", country)


def test_a_province_name_shared_by_two_countries_is_not_guessed(mentions: Run) -> None:
    found = mentions("Heavy rain fell on Amazonas for a week.")
    assert not [m for s, m in found if s == "Amazonas" and m.actor.country]


def test_a_surname_named_in_full_beats_a_province_of_that_name(mentions: Run) -> None:
    found = mentions("Police arrested the editor Maria Teresa Zamora in Lima. Zamora denied the charges.")
    assert [m.actor.kind for s, m in found if s == "Zamora"] == ["person"]
