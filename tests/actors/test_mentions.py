"""find_mentions on sentences written for these tests: compounds, sectors, persons, coreference, metonymy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from .conftest import Found, all_of, first

Run = Callable[..., Found]


@pytest.mark.parametrize(
    ("text", "surface", "code", "sector"),
    [
        ("Kazakhstan's Foreign Ministry protested on Monday.", "Kazakhstan's Foreign Ministry", "KAZ", "GOV"),
        ("The Kazakh Foreign Ministry summoned the envoy.", "Kazakh Foreign Ministry", "KAZ", "GOV"),
        ("The Afghan Railway Authority signed a contract.", "Afghan Railway Authority", "AFG", "BUS"),
        ("Uzbek border guards detained two men.", "Uzbek border guards", "UZB", "MIL"),
        ("The Pakistani army shelled the village.", "Pakistani army", "PAK", "MIL"),
        ("Russian troops left the base.", "Russian troops", "RUS", "MIL"),
        ("The Kyrgyz parliament passed the bill.", "Kyrgyz parliament", "KGZ", "LEG"),
        ("Tajik police arrested a suspect.", "Tajik police", "TJK", "COP"),
        ("The Iranian intelligence service denied it.", "Iranian intelligence service", "IRN", "SPY"),
        ("Chinese companies won the tender.", "Chinese companies", "CHN", "BUS"),
        ("Turkmen media reported the visit.", "Turkmen media", "TKM", "JRN"),
        ("Afghan refugees crossed the river.", "Afghan refugees", "AFG", "REF"),
        ("Kazakh citizens were evacuated.", "Kazakh citizens", "KAZ", "CVL"),
        (
            "The Ministry of Defence of Pakistan issued a denial.",
            "Ministry of Defence of Pakistan",
            "PAK",
            "MIL",
        ),
        ("The Government of Afghanistan welcomed the plan.", "Government of Afghanistan", "AFG", "GOV"),
        (
            "Mongolia's Ministry of Road and Transport Development agreed.",
            "Mongolia's Ministry of Road and Transport Development",
            "MNG",
            "GOV",
        ),
        ("The Uzbek Interior Ministry opened a case.", "Uzbek Interior Ministry", "UZB", "COP"),
    ],
)
def test_state_organs_are_one_mention(mentions: Run, text: str, surface: str, code: str, sector: str) -> None:
    m = first(mentions(text), surface)
    assert (m.actor.code, m.actor.country, m.actor.sector, m.actor.kind) == (code, code, sector, "state")


def test_states_by_name_adjective_and_demonym(mentions: Run) -> None:
    found = mentions("Mongolia and Laos sent Lao experts; Peruvian diplomats and Mongolians attended.")
    assert first(found, "Mongolia").actor.code == "MNG"
    assert first(found, "Laos").actor.code == "LAO"
    assert first(found, "Peruvian diplomats").actor.sector == "GOV"
    assert first(found, "Mongolians").actor.sector == "CVL"


def test_organisations_groups_and_parents(mentions: Run) -> None:
    found = mentions("UNHCR and the Collective Security Treaty Organization met ISKP defectors and the IMU.")
    unhcr = first(found, "UNHCR").actor
    assert (unhcr.kind, unhcr.code, unhcr.parent, unhcr.country) == ("igo", "UNHCR", "UN", None)
    assert first(found, "Collective Security Treaty Organization").actor.code == "CSTO"
    assert first(found, "ISKP").actor.kind == "group"
    assert first(found, "IMU").actor.country == "UZB"


def test_acronyms_in_a_shouted_headline_are_words(mentions: Run) -> None:
    found = mentions("WHAT IS NEXT FOR THE REGION\n\nThe IS cell was dismantled.")
    assert [m.actor.code for t, m in found if t == "IS"] == ["IS"]


def test_title_before_name(mentions: Run) -> None:
    found = mentions("Mongolian President Batbold Enkhjargal opened the forum.", published=date(2023, 5, 1))
    m = first(found, "Mongolian President Batbold Enkhjargal")
    a = m.actor
    assert (a.kind, a.country, a.sector, a.role, m.via) == ("person", "MNG", "GOV", "President", "title")
    assert a.code == a.person_id == "PER:batbold-enkhjargal"


def test_acting_taliban_minister_and_ambassador(mentions: Run) -> None:
    found = mentions(
        "Acting Taliban Trade Minister Gul Ahmad Sherzai met Ambassador Nurlan Sabitov in Kabul.",
        published=date(2023, 6, 1),
    )
    minister = first(found, "Acting Taliban Trade Minister Gul Ahmad Sherzai").actor
    assert (minister.country, minister.parent, minister.role) == ("AFG", "TALIBAN", "Acting Trade Minister")
    envoy = first(found, "Ambassador Nurlan Sabitov").actor
    assert envoy.role == "Ambassador" and envoy.kind == "person"


def test_apposition_gives_role_and_country(mentions: Run) -> None:
    found = mentions(
        "Dilnoza Rakhimova, the Uzbek deputy foreign minister, arrived. "
        "Talgat Serikbayev, Research Fellow at a think tank in Almaty, commented."
    )
    a = first(found, "Dilnoza Rakhimova").actor
    assert (a.country, a.role, a.sector) == ("UZB", "Deputy Foreign Minister", "GOV")
    assert first(found, "Talgat Serikbayev").actor.role == "Research Fellow"


def test_name_variants_resolve_to_one_person(mentions: Run) -> None:
    found = mentions(
        "Deputy Minister Yerlan Yessentayev visited Herat. Later, Esentaev met local traders. "
        "E. Yessentayev said the talks went well. Kassym-Zhomart Tokayev praised him; "
        "Kasymzhomart Tokayev had long backed the route, and K. Tokayev repeated it."
    )
    ids = {m.actor.person_id for t, m in found if "ssentay" in t or "sentaev" in t}
    assert ids == {"PER:yerlan-yessentayev"}
    tokayev = {m.actor.person_id for t, m in found if "Tokayev" in t}
    assert tokayev == {"PER:kassym-zhomart-tokayev"}


def test_known_person_role_depends_on_date(mentions: Run) -> None:
    early = first(mentions("Tokayev arrived in Kabul.", published=date(2005, 3, 1)), "Tokayev").actor
    late = first(mentions("Tokayev arrived in Kabul.", published=date(2023, 3, 1)), "Tokayev").actor
    assert (early.role, late.role) == ("Foreign Minister", "President")
    assert early.person_id == late.person_id


def test_pronoun_and_the_president(mentions: Run) -> None:
    found = mentions(
        "Georgian President Mikheil Darchiashvili flew to Baku. He signed a deal there. "
        "The president later thanked his hosts."
    )
    pid = first(found, "Georgian President Mikheil Darchiashvili").actor.person_id
    assert first(found, "He").actor.person_id == pid
    assert first(found, "The president").actor.person_id == pid
    assert first(found, "The president").via == "coref"


def test_the_ministry_and_the_country(mentions: Run) -> None:
    found = mentions(
        "The Tajik Foreign Ministry issued a note. The ministry said that Tajikistan would reply. "
        "The country has closed its border."
    )
    ministry = first(found, "The ministry").actor
    assert (ministry.code, ministry.sector) == ("TJK", "GOV")
    assert first(found, "The country").actor.code == "TJK"


def test_the_agency_is_the_body_last_named_unless_a_state_organ_came_since(mentions: Run) -> None:
    found = mentions(
        "UNICEF director Jane Okoro spoke in Geneva. She said the agency would expand its work in Chad."
    )
    assert first(found, "the agency").actor.code == "UNICEF"
    found = mentions(
        "UNICEF spoke in Geneva. The Kenyan immigration agency said the agency would deport the migrants."
    )
    assert all(m.actor.code != "UNICEF" for s, m in found if s == "the agency")


def test_bare_police_belong_to_the_town_of_their_sentence_before_an_embassys_state(mentions: Run) -> None:
    found = mentions("Riot police fired tear gas at marchers outside the Finnish embassy in Lima.")
    assert first(found, "Riot police").actor.code == "PER"


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        (
            "Russell briefed the U.N. Security Council on Monday. She urged the council to act.",
            "the council",
            "UNSC",
        ),
        (
            "The European Commission fined the firm. The commission said the fine was fair.",
            "The commission",
            "EC",
        ),
        (  # a state described, not named, is the last subject state
            "Peru disputed the sea border with Chile. The Andean nation lodged a complaint against Chile.",
            "The Andean nation",
            "PER",
        ),
        (
            "Fiji signed the pact. The island nation urged Australia to cut emissions.",
            "The island nation",
            "FJI",
        ),
    ],
)
def test_a_body_or_state_called_again_is_the_one_named(
    mentions: Run, text: str, surface: str, code: str
) -> None:
    assert first(mentions(text), surface).actor.code == code


def test_the_two_countries_gives_two_mentions(mentions: Run) -> None:
    found = mentions(
        "Turkmenistan and Azerbaijan signed a gas deal. The two countries also discussed ferries."
    )
    pair = all_of(found, "The two countries")
    assert sorted(m.actor.code or "" for m in pair) == ["AZE", "TKM"]
    assert all(m.via == "coref" and m.span == pair[0].span for m in pair)


@pytest.mark.parametrize(
    ("text", "surface", "codes"),
    [
        (
            "The presidents of Chile and Peru met in Lima. The two leaders signed a deal.",
            "The two leaders",
            ["CHL", "PER"],
        ),
        (
            "Chile, Peru and Bolivia met in Lima. The three governments signed a roadmap.",
            "The three governments",
            ["BOL", "CHL", "PER"],
        ),
        ("Chile and Peru met in Lima. The three governments signed a roadmap.", "The three governments", []),
    ],
)
def test_a_number_of_leaders_or_governments_are_the_states_last_named_together(
    mentions: Run, text: str, surface: str, codes: list[str]
) -> None:
    assert sorted(m.actor.code or "" for m in all_of(mentions(text), surface)) == codes


def test_the_government_is_the_story_s_own_state_when_a_foreign_official_spoke_since(mentions: Run) -> None:
    found = mentions(
        "LIMA - Peru released two opposition leaders on Friday. Peru's courts had held them since 2020. "
        "The United States welcomed the releases, State Department spokesman Ned Price told reporters. "
        "The government has accused the rebels of blocking roads."
    )
    assert first(found, "The government").actor.code == "PER"


def test_the_north_and_the_south_are_the_two_koreas(mentions: Run) -> None:
    found = mentions(
        "North Korea fired a missile. South Korea cut aid to the North. "
        "The South also urged the North to talk."
    )
    assert [m.actor.code for m in all_of(found, "the North")] == ["PRK", "PRK"]
    assert first(found, "The South").actor.code == "KOR"
    assert all_of(mentions("Floods hit the North of Chile and the South of Peru."), "the North") == []


def test_a_capital_one_has_ties_with_or_acts_against_is_its_government(mentions: Run) -> None:
    found = mentions(
        "Peru cut ties with Quito. Chile filed a complaint against Lima. Talks were held in Lima."
    )
    assert [(m.actor.code, m.actor.kind) for m in all_of(found, "Quito")] == [("ECU", "state")]
    assert [(m.actor.code, m.actor.kind) for m in all_of(found, "Lima")] == [
        ("PER", "state"),
        (None, "other"),
    ]


def test_capital_that_acts_is_the_government(mentions: Run) -> None:
    found = mentions(
        "Tashkent announced new tariffs. Delegates gathered in Tashkent. Beijing's offer was rejected."
    )
    acting, place = all_of(found, "Tashkent")
    assert (acting.actor.code, acting.actor.sector, acting.via) == ("UZB", "GOV", "metonymy")
    assert (place.actor.kind, place.actor.code, place.actor.country, place.via) == (
        "other",
        None,
        "UZB",
        "location",
    )
    assert first(found, "Beijing").actor.code == "CHN"


def test_seat_of_power_metonymy(mentions: Run) -> None:
    found = mentions("The Kremlin rejected the proposal, and Downing Street said nothing.")
    assert first(found, "Kremlin").actor.code == "RUS"
    assert first(found, "Downing Street").actor.code == "GBR"


def test_historical_capital_names(mentions: Run) -> None:
    found = mentions("Nur-Sultan pledged support for the corridor.", published=date(2020, 5, 1))
    m = first(found, "Nur-Sultan")
    assert (m.actor.code, m.via) == ("KAZ", "metonymy")
    old = first(mentions("Alma-Ata hosted the summit.", published=date(1995, 5, 1)), "Alma-Ata")
    assert (old.actor.code, old.via) == ("KAZ", "metonymy")
    now = first(mentions("Almaty hosted the summit.", published=date(2015, 5, 1)), "Almaty")
    assert (now.actor.kind, now.via) == ("other", "location")


def test_taliban_before_and_after_august_2021(mentions: Run) -> None:
    before = first(mentions("The Taliban attacked a convoy.", published=date(2010, 4, 2)), "Taliban").actor
    after = first(mentions("The Taliban signed a deal.", published=date(2022, 4, 2)), "Taliban").actor
    assert (before.code, before.country, before.sector) == ("TALIBAN", "AFG", None)
    assert (after.code, after.country, after.kind, after.sector) == ("TALIBAN", "AFG", "group", "GOV")
    undated = first(mentions("The Taliban authorities opened a school."), "Taliban authorities").actor
    assert (undated.code, undated.country, undated.sector) == ("TALIBAN", "AFG", "GOV")


def test_afghan_government_before_2021(mentions: Run) -> None:
    a = first(
        mentions("The Afghan government asked for aid.", published=date(2012, 1, 1)), "Afghan government"
    ).actor
    assert (a.code, a.sector) == ("AFG", "GOV")


def test_spans_point_into_the_text(mentions: Run) -> None:
    for text, m in mentions("Kyrgyzstan's Jogorku Kenesh met the OSCE envoy in Bishkek."):
        assert text == m.actor.text or m.via == "coref"


def test_the_2_countries_written_with_a_digit(mentions: Callable[..., list]) -> None:  # type: ignore[type-arg]
    found = mentions("Nepal and Bhutan signed a pact. The 2 countries will meet again.")
    assert sorted(m.actor.code for s, m in found if s == "The 2 countries") == ["BTN", "NPL"]


def test_a_subject_pronoun_takes_the_last_sentences_subject(mentions: Callable[..., list]) -> None:  # type: ignore[type-arg]
    text = (
        "Kenyan President William Ruto wrote that he valued Yoweri Museveni's support for the deal. "
        "He also welcomed the reopening of the border."
    )
    found = mentions(text)
    assert [m.actor.code for s, m in found if s == "He"] == ["PER:william-ruto"]
