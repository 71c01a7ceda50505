"""Tariffs and their suspension, court sentences, hand-overs, returns, missile tests, riot control,
military operations and troops sent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tidings.records import Result

from .conftest import Coder, dyad

Run = Callable[..., Result]

CASES = [
    ("Chile imposed tariffs on Peruvian wine in March.", ("SANCTION", "CHL", "PER")),
    ("Kenya raised the duty on Ugandan sugar to 40 percent.", ("SANCTION", "KEN", "UGA")),
    ("Bolivia retaliated with levies on Chilean copper.", ("SANCTION", "BOL", "CHL")),
    ("Peru postponed the tariffs on Bolivian goods until the autumn.", ("CONCEDE", "PER", "BOL")),
    ("Chile hit Peru with new sanctions on Monday.", ("SANCTION", "CHL", "PER")),
    ("A Chilean court sentenced the Peruvian activist to five years in prison.", ("COERCE", "CHL", "PER")),
    ("Kenyan prosecutors charged the Ugandan smugglers.", ("ACCUSE", "KEN", "UGA")),
    ("Ecuador handed over six suspects to Colombia.", ("COOPERATE", "ECU", "COL")),
    ("Peru handed the bodies of two soldiers over to Chile.", ("RETREAT", "PER", "CHL")),
    ("Spain sent the migrants back to Morocco.", ("COERCE", "ESP", "MAR")),
    ("Chile deported 20 migrants to Bolivia but sent 15 back to Peru.", ("COERCE", "CHL", "PER")),
    ("Norway thanked Sweden for its support.", ("SUPPORT", "NOR", "SWE")),
    ("Chilean artillery pounded the Bolivian positions overnight.", ("ASSAULT", "CHL", "BOL")),
    ("Kenyan riot police used water cannon against Ugandan traders.", ("ASSAULT", "KEN", "UGA")),
    ("Norway test-fired a cruise missile off its coast.", ("MOBILIZE", "NOR", None)),
    ("The detention of two Kenyans by Ugandan police drew protests.", ("COERCE", "UGA", "KEN")),
    ("Kenya launched a military operation against the Shining Path.", ("ASSAULT", "KEN", "SHINING_PATH")),
    (
        "Peru launched an operation to flush out the Shining Path from the valley.",
        ("ASSAULT", "PER", "SHINING_PATH"),
    ),
    ("In May the Kenyan government sent soldiers into Uganda.", ("MOBILIZE", "KEN", "UGA")),
    ("Kenyan soldiers opened fire on Ugandan smugglers near the border.", ("ASSAULT", "KEN", "UGA")),
    ("Chile made concessions to Peru on fishing rights.", ("CONCEDE", "CHL", "PER")),
    ("Ghana removed restrictions on Nigerian traders.", ("CONCEDE", "GHA", "NGA")),
    ("Peru resumed diplomatic relations with Bolivia.", ("SUPPORT", "PER", "BOL")),
    ("Chile downgraded its ties with Peru after the vote.", ("SANCTION", "CHL", "PER")),
    ("The Ugandan government imposed new restrictions on printing newspapers.", ("COERCE", "UGA", "UGA")),
    ("The Kenyan government imposed a curfew on Friday.", ("COERCE", "KEN", "KEN")),
    ("Chile imposed restrictions on Peruvian fishing boats.", ("SANCTION", "CHL", "PER")),
    ("The Ugandan government banned opposition rallies on Monday.", ("COERCE", "UGA", "UGA")),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_coded(code: Coder, text: str, want: tuple[str, str, str | None]) -> None:
    assert want in {dyad(e) for e in code(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Peru charged a fee of ten dollars for each visa.",  # a price, not a charge
        "Chile and Peru have pulled way out in front in the copper race.",  # no withdrawal
        "Kenyan soldiers held their fire when the Ugandan smugglers fled.",  # restraint, no shooting
        "The Kenyan firm launched an operation to clear its debts to Uganda.",  # no armed operation
        "Kenyan exporters occupied the top position in the Ugandan tea market.",  # no occupation
    ],
)
def test_not_coded(code: Coder, text: str) -> None:
    types = {e.type for e in code(text)}
    assert not types & {"ACCUSE", "RETREAT", "ASSAULT"}


def test_people_removed_from_a_place_are_coerced_not_a_concession(code: Coder) -> None:
    types = {e.type for e in code("Spain removed the migrants from the camp in Ceuta.")}
    assert "COERCE" in types and "CONCEDE" not in types


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ghana banned the sale of tramadol in 2019.", ("SANCTION", "GHA", "GHA")),
        ("Bali banned the trade in 2017.", ("SANCTION", "IDN", "IDN")),  # a province acts as its state
        ("Texas banned the sale of kratom in 2021.", ("SANCTION", "USA", "USA")),
    ],
)
def test_a_ban_on_a_trade_at_home_is_a_sanction_on_ones_own_traders(
    run_text: Run, text: str, want: tuple[str, str, str]
) -> None:
    assert [dyad(e) for e in run_text(text).events] == [want]


def test_a_ban_on_trade_is_no_curb_on_ones_own_people(code: Coder) -> None:
    got = {dyad(e) for e in code("As a precaution, Kenya banned the import of chicks from abroad.")}
    assert ("COERCE", "KEN", "KEN") not in got
    assert ("SANCTION", "KEN", "KEN") not in got  # imports come from abroad, whoever sends them


def test_a_reaction_is_not_the_act_of_whoever_caused_it(code: Coder) -> None:
    evs = code("The detention of two Kenyans by Ugandan police drew protests.")
    assert all(e.type != "PROTEST" for e in evs)


def test_a_court_of_no_state_named_is_the_court_of_the_state_in_play(run_text: Run) -> None:
    text = (
        "Carlos Mendoza, a Peruvian journalist, wrote about corruption in Lima for years. "
        "A court later sentenced Mendoza to six years in prison."
    )
    evs = run_text(text).events
    assert [(e.type, e.source.code if e.source else None) for e in evs] == [("COERCE", "PER")]


def test_an_order_back_to_prison_is_a_detention(run_text: Run) -> None:
    evs = run_text("A Peruvian judge ordered the journalist back to prison on Monday.").events
    assert [dyad(e) for e in evs] == [("COERCE", "PER", "PER")]


def test_house_arrest_granted_is_a_concession_to_the_one_held(run_text: Run) -> None:
    text = (
        "Peru jailed the journalist Carlos Mendoza in 2022. In May a Peruvian court granted him house arrest."
    )
    evs = [e for e in run_text(text).events if e.type == "CONCEDE"]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [
        ("PER", "PER:carlos-mendoza")
    ]
