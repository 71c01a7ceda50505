"""The shipped gazetteer: every UN member by name and adjective, organisations, groups, capitals."""

from __future__ import annotations

from typing import Any

import pycountry
import pytest

from tidings.actors import Gazetteer, lookup

# Adjectives that two states share; either state is a right answer for them.
SHARED_ADJECTIVES = {"Dominican": {"DOM", "DMA"}, "Congolese": {"COD", "COG"}}


def un_members() -> list[str]:
    import country_converter as coco

    df = coco.CountryConverter().data
    return sorted(str(c) for c in df[df.UNmember.notna()].ISO3)


def test_every_un_member_resolves_by_name_and_adjective(gaz: Gazetteer) -> None:
    members = un_members()
    assert len(members) == 193
    for iso3 in members:
        country = pycountry.countries.get(alpha_3=iso3)
        for name in {getattr(country, "common_name", None) or country.name, gaz.states[iso3]}:
            actor = lookup(gaz, name)
            assert actor is not None and (actor.code, actor.kind) == (iso3, "state"), (iso3, name)
        assert gaz.adjectives[iso3], f"{iso3} has no adjective"
        for adj in gaz.adjectives[iso3]:
            actor = lookup(gaz, adj)
            assert actor is not None, (iso3, adj)
            assert actor.code in SHARED_ADJECTIVES.get(adj, {iso3}), (iso3, adj, actor.code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Afghan", "AFG"),
        ("Kazakhstani", "KAZ"),
        ("Kazakh", "KAZ"),
        ("Uzbek", "UZB"),
        ("Tajik", "TJK"),
        ("Turkmen", "TKM"),
        ("Kyrgyz", "KGZ"),
        ("Pakistani", "PAK"),
        ("Iranian", "IRN"),
        ("Russian", "RUS"),
        ("Chinese", "CHN"),
        ("American", "USA"),
        ("U.S.", "USA"),
        ("British", "GBR"),
        ("Britain", "GBR"),
        ("Türkiye", "TUR"),
        ("Burma", "MMR"),
        ("Kazakhs", "KAZ"),
        ("Afghans", "AFG"),
    ],
)
def test_names_adjectives_and_demonyms(gaz: Gazetteer, text: str, code: str) -> None:
    actor = lookup(gaz, text)
    assert actor is not None
    assert (actor.code, actor.country, actor.kind) == (code, code, "state")


def test_demonyms_are_civilians(gaz: Gazetteer) -> None:
    actor = lookup(gaz, "Uzbeks")
    assert actor is not None and actor.sector == "CVL"


@pytest.mark.parametrize(
    ("text", "code", "parent", "kind"),
    [
        ("UNAMA", "UNAMA", "UN", "igo"),
        ("UN Refugee Agency", "UNHCR", "UN", "igo"),
        ("World Food Programme", "WFP", "UN", "igo"),
        ("ISAF", "ISAF", "NATO", "igo"),
        ("Collective Security Treaty Organization", "CSTO", None, "igo"),
        ("Shanghai Cooperation Organisation", "SCO", None, "igo"),
        ("Eurasian Economic Union", "EAEU", None, "igo"),
        ("International Atomic Energy Agency", "IAEA", "UN", "igo"),
        ("Red Cross", "ICRC", None, "igo"),
        ("Red Crescent", "IFRC", None, "igo"),
        ("Doctors Without Borders", "MSF", None, "ngo"),
        ("European Community", "EU", None, "igo"),
        ("Economic Community of West African States", "ECOWAS", None, "igo"),
        ("Organization of American States", "OAS", None, "igo"),
        ("Organization of African Unity", "OAU", None, "igo"),
        ("Warsaw Pact", "WARSAW_PACT", None, "igo"),
        ("World Food Program", "WFP", "UN", "igo"),
        ("Security Council", "UNSC", "UN", "igo"),
        ("CAREC", "CAREC", "ADB", "igo"),
        ("ISIS-K", "ISKP", "IS", "group"),
        ("Pakistani Taliban", "TTP", None, "group"),
        ("Islamic Movement of Uzbekistan", "IMU", None, "group"),
        ("Hezbollah", "HEZBOLLAH", None, "group"),
    ],
)
def test_organisations_and_groups(
    gaz: Gazetteer, text: str, code: str, parent: str | None, kind: str
) -> None:
    actor = lookup(gaz, text)
    assert actor is not None
    assert (actor.code, actor.parent, actor.kind) == (code, parent, kind)
    if kind == "igo":
        assert actor.country is None


@pytest.mark.parametrize(
    ("text", "code", "country"),
    [
        ("Pakistani Taliban", "TTP", "PAK"),
        ("Islamic Movement of Uzbekistan", "IMU", "UZB"),
        ("Hezbollah", "HEZBOLLAH", "LBN"),
        ("Islamic Salvation Front", "FIS", "DZA"),
        ("Revolutionary United Front", "RUF", "SLE"),
        ("SPLM/A", "SPLA", "SDN"),
        ("Tamil Tigers", "LTTE", "LKA"),
        ("Polisario Front", "POLISARIO", "MAR"),
        ("Palestine Liberation Organization", "PLO", "PSE"),
    ],
)
def test_groups_carry_their_country(gaz: Gazetteer, text: str, code: str, country: str) -> None:
    actor = lookup(gaz, text)
    assert actor is not None and (actor.code, actor.country, actor.kind) == (code, country, "group")


def test_every_group_but_transnational_ones_has_a_country(gaz: Gazetteer) -> None:
    homeless = {k for k, o in gaz.orgs.items() if o["kind"] == "group" and not o.get("country")}
    assert homeless <= {"AL-QAEDA", "HIZB_UT_TAHRIR"}


def test_named_agencies_are_state_sectors(gaz: Gazetteer) -> None:
    fsb, knb = lookup(gaz, "FSB"), lookup(gaz, "KNB")
    assert fsb is not None and (fsb.code, fsb.sector) == ("RUS", "SPY")
    assert knb is not None and (knb.code, knb.sector) == ("KAZ", "SPY")


def test_seats_of_power_and_capitals_stand_for_governments(gaz: Gazetteer) -> None:
    kremlin = lookup(gaz, "the Kremlin")
    assert kremlin is not None and (kremlin.code, kremlin.sector) == ("RUS", "GOV")
    for name, code in [("Nur-Sultan", "KAZ"), ("Astana", "KAZ"), ("Dushanbe", "TJK"), ("Islamabad", "PAK")]:
        actor = lookup(gaz, name)
        assert actor is not None and actor.country == code, name


def test_historical_capital_terms(gaz: Gazetteer) -> None:
    (nur_sultan,) = gaz.capital_terms("Nur-Sultan")
    assert str(nur_sultan.start) == "2019-03-23" and str(nur_sultan.end) == "2022-09-17"
    assert nur_sultan.current_name == "Astana"
    (almaty,) = gaz.capital_terms("Alma-Ata")
    assert almaty.end is not None and almaty.end.year == 1997


def test_cities_are_places_not_actors(gaz: Gazetteer) -> None:
    for name, code in [
        ("Samarkand", "UZB"),
        ("Karachi", "PAK"),
        ("Bombay", "IND"),
        ("Mazar-i-Sharif", "AFG"),
    ]:
        actor = lookup(gaz, name)
        assert actor is not None and (actor.kind, actor.code, actor.country) == ("other", None, code), name


def test_lookup_rejects_common_words(gaz: Gazetteer) -> None:
    assert lookup(gaz, "ministry") is None
    assert lookup(gaz, "weather") is None


def test_variants_cover_every_state_name(gaz: Gazetteer) -> None:
    pairs = list(gaz.variants())
    surfaces = {s for s, _ in pairs}
    assert {
        "Kazakhstan",
        "Republic of Kazakhstan",
        "Collective Security Treaty Organization",
        "UNAMA",
    } <= surfaces
    assert all(a.code or a.kind == "other" for _, a in pairs)
    assert len(pairs) > 3000


@pytest.mark.parametrize(
    ("text", "code"),
    [("Soviet Union", "RUS"), ("Zaire", "COD"), ("Kampuchean", "KHM"), ("Croats", "HRV"), ("Serb", "SRB")],
)
def test_former_state_names_stand_for_the_successor(gaz: Gazetteer, text: str, code: str) -> None:
    actor = lookup(gaz, text)
    assert actor is not None and actor.code == code


def test_short_forms_of_compound_state_names(mentions) -> None:  # type: ignore[no-untyped-def]
    found = mentions("Police in Trinidad and officials in Antigua exchanged notes with Sao Tome.")
    assert [m.actor.code for _, m in found if m.actor.kind == "state"] == ["TTO", "ATG", "STP"]


@pytest.mark.parametrize(
    "text",
    ["The National Congress Party was dissolved.", "Voters backed the Congress Party in Kerala."],
)
def test_congress_inside_a_longer_name_is_not_the_us_congress(mentions: Any, text: str) -> None:
    assert all(m.actor.country != "USA" for _, m in mentions(text))


def test_the_us_congress_is_still_found(mentions: Any) -> None:
    found = mentions("Congress on Tuesday approved new sanctions on Iran, and the U.S. Congress met again.")
    assert [m.actor.country for s, m in found if s.endswith("Congress")] == ["USA", "USA"]
