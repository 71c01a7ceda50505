"""Verb and noun cues added for aid, violence, concessions, demands and intent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tidings.events import code_events
from tidings.nlp import load_model
from tidings.records import Actor, Mention, Result

from .conftest import Coder, dyad, make_mentions

CASES = [
    ("Norway delivered forty tons of medicine to Kenya on Tuesday.", ("AID", "NOR", "KEN")),
    ("Japan handed over blankets and tents to the Red Cross.", ("AID", "JPN", "ICRC")),
    ("Chilean guards beat up Peruvian detainees at the border post.", ("ASSAULT", "CHL", "PER")),
    ("Ghana lifted the ban and shortened the curfew imposed on Nigerian traders.", ("CONCEDE", "GHA", "NGA")),
    ("Peru reduced food supplies to the Bolivian camps.", ("SANCTION", "PER", "BOL")),
    ("Spain upgraded its diplomatic ties with Morocco to ambassadorial level.", ("SUPPORT", "ESP", "MAR")),
    ("Denmark dispatched a new ambassador to Fiji in March.", ("SUPPORT", "DNK", "FJI")),
    ("Kenya and Uganda reached a consensus to share border patrol data.", ("AGREE", "KEN", "UGA")),
    ("Ecuador accepted a formula for ending its fishing dispute with Colombia.", ("AGREE", "ECU", "COL")),
    ("A Chilean firm is suing Peru over the cancelled mining licence.", ("ACCUSE", "CHL", "PER")),
    ("The last Chilean soldiers left the Bolivian air base in May.", ("RETREAT", "CHL", "BOL")),
    ("Kenya cancelled joint exercises with Uganda planned for October.", ("SANCTION", "KEN", "UGA")),
    ("The Chilean envoy presented his credentials to the Bolivian president.", ("SUPPORT", "CHL", "BOL")),
    ("Norway will work with Kenya on new proposals for a second port.", ("AGREE", "NOR", "KEN")),
    ("The Chilean navy lifted its blockade of the Peruvian port on Friday.", ("RETREAT", "CHL", "PER")),
    ("Kenya forced the Ugandan trade mission out of the country.", ("SANCTION", "KEN", "UGA")),
    ("Norwegian helicopters evacuated the wounded from the Kenyan town.", ("AID", "NOR", "KEN")),
    ("Chile withdrew its diplomats from Peru after the election.", ("SANCTION", "CHL", "PER")),
    ("Kenya and Uganda held joint military exercises near the lake.", ("COOPERATE", "KEN", "UGA")),
    ("Norway is pushing hard for Sweden to back the fisheries plan.", ("REQUEST", "NOR", "SWE")),
    ("Bolivia dismissed an appeal from Peru to reopen the border.", ("REJECT", "BOL", "PER")),
    ("Chilean forces engaged in ethnic cleansing against Bolivian villagers.", ("ASSAULT", "CHL", "BOL")),
    ("The African Union reiterated its demand that Kenya free the traders.", ("REQUEST", "AU", "KEN")),
    ("Ghana dissolved the association of Nigerian traders in March.", ("COERCE", "GHA", "NGA")),
    ("Kenyan police broke up a Ugandan smuggling ring on Friday.", ("COERCE", "KEN", "UGA")),
    ("Chilean police dismantled a Peruvian drug network.", ("COERCE", "CHL", "PER")),
    ("Bolivia lifted orders blocking Peruvian imports.", ("CONCEDE", "BOL", "PER")),
    ("Norway distributed food to Kenyan refugees.", ("AID", "NOR", "KEN")),
    ("A Chilean court granted the Peruvian activist bail.", ("CONCEDE", "CHL", "PER")),
    ("Peru filed a case against Chile at the court in The Hague.", ("ACCUSE", "PER", "CHL")),
    ("Japan convened a meeting with Australia on fisheries.", ("CONSULT", "JPN", "AUS")),
    ("Norway encouraged Sweden to join the fisheries pact.", ("REQUEST", "NOR", "SWE")),
    ("The Kenyan envoy encouraged Ugandan police to speed up investigations.", ("REQUEST", "KEN", "UGA")),
    ("Chile instructed Peru to hand over the documents.", ("REQUEST", "CHL", "PER")),
    ("Kenyan police held the Ugandan traders in custody for three days.", ("COERCE", "KEN", "UGA")),
    ("The Kenyan minister told Uganda to withdraw its troops from the border.", ("REQUEST", "KEN", "UGA")),
    ("Kenya gave the Red Cross 14 days to present a plan to close the camps.", ("THREATEN", "KEN", "ICRC")),
    ("Norwegian ministers agreed to freeze the assets of twelve Chilean firms.", ("SANCTION", "NOR", "CHL")),
    ("Peru withdrew from the customs union with Bolivia.", ("SANCTION", "PER", "BOL")),
    ("Ecuador dismissed the Peruvian parliament's motion as ignorant.", ("REJECT", "ECU", "PER")),
    ("Portugal helped Fiji build a new port.", ("AID", "PRT", "FJI")),
    ("Peru and Bolivia blamed one another for the spill.", ("ACCUSE", "PER", "BOL")),
    (
        "The Chilean minister attacked a Peruvian television channel over its coverage.",
        ("ACCUSE", "CHL", "PER"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_new_cues(code: Coder, text: str, want: tuple[str, str, str]) -> None:
    assert want in {dyad(e) for e in code(text)}


def test_an_agreement_between_parties_to_act_stays_an_agreement(code: Coder) -> None:
    assert ("AGREE", "KEN", "UGA") in {
        dyad(e) for e in code("Kenya and Uganda agreed to lift the tariffs on sugar.")
    }


def test_an_aspect_verb_passes_its_future_to_the_act(code: Coder) -> None:
    (ev,) = code("Norway will keep helping Kenya build roads.")
    assert (ev.type, ev.modality) == ("AGREE", "planned")


def test_designating_an_envoy_is_no_terror_listing(code: Coder) -> None:
    assert not [e for e in code("Nepal designated a new ambassador to Bolivia.") if e.type == "SANCTION"]


def test_a_gloss_in_parentheses_and_a_standing_policy_are_no_acts(code: Coder) -> None:
    assert not [
        e for e in code("The Peruvian movement (outlawed in Chile) met in Lima.") if e.type != "CONSULT"
    ]
    assert not [
        e
        for e in code("Norway has long resisted Peru's fishing claims and backs Chile.")
        if e.type == "SUPPORT"
    ]


def test_a_contrast_and_a_possible_or_promised_help_are_no_acts(code: Coder) -> None:
    assert not [
        e for e in code("Kenya buys Ugandan sugar, as opposed to Tanzanian sugar.") if e.type == "REJECT"
    ]
    assert not [
        e
        for e in code("Kenya could find itself excluded from the talks with Uganda.")
        if e.modality == "asserted"
    ]
    (ev,) = code("Norway said it will help release the Kenyan prisoners.")
    assert ev.modality == "planned"


def test_days_given_as_a_gift_are_no_ultimatum(code: Coder) -> None:
    assert not [
        e for e in code("Kenya gave Uganda 14 days of free access to the port.") if e.type == "THREATEN"
    ]


def test_telling_someone_what_happened_is_no_demand(code: Coder) -> None:
    assert not [
        e
        for e in code("Kenyan officials told Uganda that the border had been closed.")
        if e.type == "REQUEST"
    ]


def test_a_demand_put_as_a_statement(code: Coder) -> None:
    evs = code("Norway said on Monday that Sweden must return the seized fishing vessel.")
    assert [dyad(e) for e in evs] == [("REQUEST", "NOR", "SWE")]


def test_would_in_reported_speech_is_an_intention(code: Coder) -> None:
    (ev,) = code("Kenya said it would withdraw its troops from Uganda.")
    assert (dyad(ev), ev.modality) == (("AGREE", "KEN", "UGA"), "planned")


def test_conditional_harm_is_a_threat(code: Coder) -> None:
    (ev,) = code("Peru may halt mediation between Chile and Bolivia if the talks collapse.")
    assert ev.type == "THREATEN" and ev.source is not None and ev.source.code == "PER"


def test_a_ban_on_ones_own_people_is_repression() -> None:
    text = "Kenya banned the opposition party from the election."
    party = Actor(text="the opposition party", name="opposition", code="KEN", country="KEN", sector="OPP")
    mentions = (*make_mentions(text), Mention(span=(13, 33), actor=party))
    evs = code_events(load_model()(text), None, mentions, ())
    assert {(e.type, e.mode, e.target.sector if e.target else None) for e in evs} == {
        ("COERCE", "restrict", "OPP")
    }


def test_a_stated_refusal_is_a_reject_but_a_standing_policy_is_not(code: Coder) -> None:
    evs = code("Ghana said it would not accept any Nigerian military presence on its soil.")
    assert [(dyad(e), e.negated) for e in evs] == [(("REJECT", "GHA", "NGA"), False)]
    evs = code("Ghana has not recognised the new government of Fiji.")
    assert all(e.negated and e.type == "SUPPORT" for e in evs)


def test_unless_makes_a_threat_and_a_vow_of_harm_is_one(code: Coder) -> None:
    evs = code("Kenya announced that it will withdraw its troops from Uganda unless the talks resume.")
    assert [dyad(e) for e in evs] == [("THREATEN", "KEN", "UGA")]
    evs = code("Chile vowed to attack the Peruvian positions near the border.")
    assert [dyad(e)[:2] for e in evs] == [("THREATEN", "CHL")]


def test_a_planned_resignation_stays_a_retreat(code: Coder) -> None:
    evs = code("The Kenyan minister will resign after the vote.")
    assert [e.type for e in evs] == ["RETREAT"]


def test_agreeing_to_joint_drills_is_not_a_threat(code: Coder) -> None:
    evs = code("Kenya and Uganda agreed to hold joint military exercises next year.")
    assert "THREATEN" not in {e.type for e in evs}


def test_an_attempt_is_the_act(code: Coder) -> None:
    evs = code("Peru has tried to hack into the computers of Chilean army officers.")
    assert [(dyad(e), e.modality) for e in evs] == [(("COERCE", "PER", "CHL"), "asserted")]


def test_expelling_people_is_deportation_and_expelling_diplomats_a_sanction(
    run_text: Callable[..., Result],
) -> None:
    people = run_text("Ghana began expelling undocumented Nigerians in March.").events
    envoys = run_text("Ghana expelled two Nigerian diplomats in March.").events
    assert [(e.type, e.mode, e.cameo) for e in people] == [("COERCE", "deport", "174")]
    assert [(e.type, e.mode) for e in envoys] == [("SANCTION", "expel")]


@pytest.mark.parametrize(
    "text",
    [
        "In May, Ghana sent a new ambassador to Abuja, Kwame Mensah, after a two-year gap.",
        "Ghana dispatched its envoy to Nigeria, Kwame Mensah, on Tuesday.",
    ],
)
def test_an_envoy_sent_abroad_is_support_for_the_host(run_text: Callable[..., Result], text: str) -> None:
    first = run_text(text).events[0]
    assert (first.type, first.source and first.source.code, first.target and first.target.code) == (
        "SUPPORT",
        "GHA",
        "NGA",
    )


def test_blocking_transport_or_a_crossing_is_obstruction(run_text: Callable[..., Result]) -> None:
    evs = run_text("Protesters blocked the border crossing near Chaman for a second day.").events
    assert [(e.type, e.mode, e.source and e.source.code) for e in evs] == [("PROTEST", "obstruct", "PAK")]


def test_an_impeachment_sanctions_the_official_of_the_same_state(run_text: Callable[..., Result]) -> None:
    out = run_text("Ghana's parliament impeached Vice President Kofi Mensah on Thursday.")
    (ev,) = out.events
    assert ev.type == "SANCTION" and ev.source is not None and ev.target is not None
    assert (ev.source.code, ev.target.country) == ("GHA", "GHA")


def test_being_encouraged_by_something_asks_nothing(code: Coder) -> None:
    evs = code("Encouraged by the strong harvest, Norway raised its fishing quotas for Sweden.")
    assert not [e for e in evs if e.type == "REQUEST"]


def test_claiming_an_attack_is_the_attack(run_text: Callable[..., Result]) -> None:
    evs = run_text("Boko Haram claimed responsibility for the attack on Nigerian soldiers.").events
    assert [(e.type, e.source and e.source.code, e.target and e.target.country) for e in evs] == [
        ("ASSAULT", "BOKO_HARAM", "NGA")
    ]
    other = run_text("Kenya claimed victory in its dispute with Uganda.").events
    assert all(e.type != "ASSAULT" for e in other)
