"""One main event per clause: subordinate events that add nothing are dropped."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tidings.records import Result

from .conftest import Coder, dyad


def test_purpose_clause_event_with_the_same_parties_is_dropped(code: Coder) -> None:
    evs = code("Norway sent a delegation to Nairobi to discuss building roads and providing food aid.")
    assert [dyad(e) for e in evs] == [("CONSULT", "NOR", "KEN")]


def test_subordinate_event_with_its_own_target_is_kept(code: Coder) -> None:
    text = (
        "Ties worsened after Kenya began expelling Ugandan traders, "
        "and Kenyan jets struck targets near the border."
    )
    assert ("SANCTION", "KEN", "UGA") in {dyad(e) for e in code(text)}


def test_background_event_noun_without_parties_is_dropped(code: Coder) -> None:
    evs = code("Peru granted asylum to five Bolivian officers after last year's invasion.")
    assert [dyad(e) for e in evs] == [("AID", "PER", "BOL")]


def test_suffered_attacks_are_not_done_by_the_subject(code: Coder) -> None:
    assert code("Officials believe that Kenya could suffer attacks by militants from Uganda.") == ()


def test_place_naming_a_meeting_is_not_its_party(code: Coder) -> None:
    evs = code("Addressing the Lima summit, Chile said trade was growing.")
    assert all(e.target is None or e.target.code != "PER" for e in evs)


def test_supposed_events_without_a_condition_are_not_events(code: Coder) -> None:
    assert code("Kenya will hardly secure its border until agreements with Uganda are signed.") == ()
    (ev,) = code("Chile could attack the Peruvian garrison if talks fail.")
    assert (ev.type, ev.modality) == ("THREATEN", "hypothetical")


def test_fighting_crime_is_not_combat_and_insisting_that_is_not_a_demand(code: Coder) -> None:
    assert code("Norway will keep helping Kenya fight terrorism and drug crime.") == ()
    assert code("Peru insists that the visit does not amount to recognition of Bolivia.") == ()


def test_clause_describing_the_object_is_not_another_event(code: Coder) -> None:
    text = "Ghana will support an African Union resolution that aims to impose a naval blockade on Nigeria."
    assert [e.type for e in code(text)] == ["AGREE"]


def test_states_upgrading_their_ties_act_with_each_other(code: Coder) -> None:
    evs = code("Chile and Bolivia have upgraded their diplomatic ties to ambassadorial level.")
    assert [dyad(e) for e in evs] == [("SUPPORT", "CHL", "BOL")]


def test_what_a_request_asks_for_is_not_an_event_of_its_own(run_text: Callable[..., Result]) -> None:
    evs = run_text(
        "Kenya asked Uganda to issue more visas to Kenyan traders and to release Kenyan prisoners."
    ).events
    assert [dyad(e) for e in evs] == [("REQUEST", "KEN", "UGA")]


def test_a_subject_after_a_leading_date_is_found(run_text: Callable[..., Result]) -> None:
    evs = run_text(
        "On May 18 President Ebrahim Raisi, visiting Sistan-Baluchestan, "
        "warned the Taliban to stop the smuggling."
    ).events
    assert [(e.type, e.source and e.source.country, e.target and e.target.code) for e in evs] == [
        ("THREATEN", "IRN", "TALIBAN")
    ]  # the parser puts "Raisi" under "On"; and visiting his own country's province is no meeting


def test_those_who_spoke_in_a_call_made_the_call(run_text: Callable[..., Result]) -> None:
    text = (
        "Nepal and Bhutan signed a pact. On May 2, the 2 countries’ foreign ministers mentioned "
        "the trade situation in a telephone call."
    )
    evs = run_text(text).events
    assert ("CONSULT", "NPL", "BTN") in [dyad(e) for e in evs]


def test_a_verb_joined_to_a_passive_acts_for_its_subject(run_text: Callable[..., Result]) -> None:
    evs = run_text("Kenya's finance minister has been charged by a UN tribunal and will resign.").events
    resign = [e for e in evs if e.type == "RETREAT"]
    assert [(e.source and e.source.country) for e in resign] == ["KEN"]


def test_a_phrase_dating_the_event_names_no_target(run_text: Callable[..., Result]) -> None:
    text = "Bosnian Serbs demanded a truce from Croatia before allowing U.N. aid convoys into the town."
    assert [dyad(e) for e in run_text(text).events] == [("REQUEST", "BIH", "HRV")]


def test_a_capital_hosting_talks_with_a_party_is_its_government_talking(
    run_text: Callable[..., Result],
) -> None:
    hosted = run_text("Nairobi has hosted several rounds of talks with the Ugandan opposition.").events
    city = run_text("The city of Mombasa hosted talks with the Ugandan opposition.").events
    assert [dyad(e) for e in hosted] == [("CONSULT", "KEN", "UGA")]
    assert city == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyan refugees in Uganda face mass deportation, the UN refugee agency warned.", []),
        ("The UN warned that millions of Somalis face hunger this winter.", []),
        (
            # the target is the militants (an unnamed group), not the state they are in
            "Kenya warned that its forces would strike militant camps in Somalia.",
            [("THREATEN", "KEN", None)],
        ),
        ("Kenya warned Somalia against moving troops to the border.", [("THREATEN", "KEN", "SOM")]),
        (
            "The Kenyan minister warned that Kenya would impose sanctions on Somalia if the raids went on.",
            [("THREATEN", "KEN", "SOM")],
        ),
        ("The Kenyan minister warned that Kenya faces ruin.", []),
        (
            '"From Uganda\'s point of view, it is important to stress that the border could close," '
            "the Kenyan minister warned.",
            [],
        ),
    ],
)
def test_a_warning_of_a_risk_is_no_threat(
    run_text: Callable[..., Result], text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [dyad(e) for e in run_text(text).events if e.type == "THREATEN"] == expected


def test_an_act_about_an_attack_does_not_make_its_author_the_attacker(
    run_text: Callable[..., Result],
) -> None:
    text = "Kenya's foreign minister praised Uganda's condemnation of the attack in Mombasa."
    assert [e for e in run_text(text).events if e.type == "ASSAULT"] == []
    shipments = run_text("Kenya sent 5,000 tons of aid to Somalia in May.").events
    assert [dyad(e) for e in shipments] == [("AID", "KEN", "SOM")]


def test_a_clause_on_a_date_is_an_act_of_its_own(code: Coder) -> None:
    text = "The Shining Path has fought Peruvian troops since 2011, when Chile sent soldiers into Peru."
    assert ("MOBILIZE", "CHL", "PER") in {dyad(e) for e in code(text)}


def test_parties_recalling_their_envoys_act_on_each_other(code: Coder) -> None:
    evs = code("Peru and Bolivia recalled their ambassadors on 4 March 2022.")
    assert ("SANCTION", "PER", "BOL") in {dyad(e) for e in evs}


def test_someone_elses_forecast_is_no_event(code: Coder) -> None:
    assert code("She expects the presidents of Peru and Chile to meet later this year.") == ()
    assert code("Chile is expected to sign the fisheries accord with Peru.") == ()
    assert [e.type for e in code("Kenya expects to sign the accord with Uganda in May.")] == ["AGREE"]


def test_a_rare_act_is_not_the_act(code: Coder) -> None:
    assert all(e.negated for e in code("Kenya rarely criticised Uganda in public."))
