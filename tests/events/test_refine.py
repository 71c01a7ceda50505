"""The document's events refined together: one act, one event, between identifiable actors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tidings.events.refine import party_codes
from tidings.records import Result

from .conftest import dyad

Run = Callable[..., Result]


def test_a_credit_line_codes_nothing(run_text: Run) -> None:
    text = "Kenya accused Uganda of shelling its border villages.\n\nMary Atieno contributed to this report."
    evs = run_text(text).events
    assert [dyad(e) for e in evs] == [("ACCUSE", "KEN", "UGA")]


def test_a_speaker_with_no_state_or_organisation_is_no_actor(run_text: Run) -> None:
    evs = run_text("Harold Pimberton, who writes a blog about fishing, condemned Norway's new quotas.").events
    assert all(e.source is not None and (e.source.country or e.source.kind != "person") for e in evs)
    assert not [e for e in evs if e.type == "ACCUSE"]


def test_an_analyst_placed_in_a_state_is_still_a_commentator(run_text: Run) -> None:
    text = (
        "Kenya accused Uganda of shelling its border villages. Lena Ortiz, a professor at Nairobi "
        "University, said Uganda must pay for the damage."
    )
    evs = run_text(text).events
    assert [dyad(e) for e in evs] == [("ACCUSE", "KEN", "UGA")]


def test_what_an_analyst_says_others_do_is_no_event(run_text: Run) -> None:
    said = '"Kenya will send troops to Somalia," said {}.'
    assert run_text(said.format("John Otieno, an analyst at Nairobi University")).events == ()
    evs = run_text(said.format("Kenyan President William Ruto")).events  # a party's own word is heard
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [
        ("KEN", "SOM")
    ]


def test_telling_a_newspaper_what_must_happen_is_no_demand_on_it(run_text: Run) -> None:
    evs = run_text(
        "Kenya's education minister told the newspaper Daily Nation that the results should not be hidden."
    ).events
    assert not [e for e in evs if e.type == "REQUEST"]


def test_an_event_noun_in_an_analysts_quote_is_no_event(run_text: Run) -> None:
    text = (
        '"Kenya\'s call for talks with Uganda stems from its weak economy," said '
        "John Otieno, an analyst at Nairobi University."
    )
    assert run_text(text).events == ()


def test_a_party_named_in_a_comparison_is_no_target(run_text: Run) -> None:
    evs = run_text("Japan called for a security arrangement like NATO in Asia.").events
    assert all(e.target is None or e.target.code != "NATO" for e in evs)


def test_releasing_a_programme_or_a_report_is_no_release(run_text: Run) -> None:
    for text in (
        "In 2017 Norway released a new development programme for its fisheries.",
        "According to a report released by the Kenyan committee, Uganda sent troops.",
        "Kenyan pupils ranked last, according to a survey, The Pupil Assessment, released by UNESCO.",
    ):
        assert not [e for e in run_text(text).events if e.type == "RETREAT"], text
    evs = run_text("Iran released two French nationals on Friday.").events
    assert [dyad(e) for e in evs] == [("RETREAT", "IRN", "FRA")]


def test_an_act_with_no_one_acted_on_is_not_coded_but_a_deployment_is(run_text: Run) -> None:
    assert run_text("Norway condemned the decision on Tuesday.").events == ()
    evs = run_text("Norway deployed two thousand troops on Tuesday.").events
    assert [e.type for e in evs] == ["MOBILIZE"]


def test_a_story_retelling_an_act_codes_it_once_with_each_mention(run_text: Run) -> None:
    text = (
        "Kenya signed a border agreement with Uganda in Nairobi.\n\n"
        "Officials said the two sides had worked on the text for a year. "
        "The agreement Kenya signed with Uganda on Monday opens two crossings."
    )
    evs = [e for e in run_text(text, published=date(2024, 3, 6)).events if e.type == "AGREE"]
    assert len(evs) == 1
    assert len(evs[0].mentions) == 2
    assert evs[0].date == "2024-03-04"  # the retelling's date is the more precise one


def test_a_signing_by_several_parties_is_one_event_listing_them(run_text: Run) -> None:
    text = "The foreign ministers of Chile, Peru and Bolivia signed a framework agreement on rail links."
    evs = [e for e in run_text(text).events if e.type == "AGREE"]
    assert len(evs) == 1
    assert set(party_codes(evs[0].source)) | set(party_codes(evs[0].target)) == {"CHL", "PER", "BOL"}


def test_separate_condemnations_stay_one_per_party(run_text: Run) -> None:
    evs = run_text("Kenya and Uganda condemned the attack on Somalia's parliament.").events
    assert {dyad(e) for e in evs if e.type == "ACCUSE"} == {
        ("ACCUSE", "KEN", "SOM"),
        ("ACCUSE", "UGA", "SOM"),
    }


def test_an_insurgent_attack_with_no_victim_named_falls_on_its_setting(run_text: Run) -> None:
    evs = run_text("Insurgents ambushed a convoy in northern Nigeria on Sunday.").events
    assert [(e.type, e.source.kind, e.target.code) for e in evs if e.source and e.target] == [
        ("ASSAULT", "group", "NGA")
    ]


def test_two_attacks_by_different_parties_in_one_state_stay_two(run_text: Run) -> None:
    text = "Insurgents ambushed a convoy in northern Nigeria. The Nigerian army then killed 30 insurgents."
    assert len([e for e in run_text(text).events if e.type == "ASSAULT"]) == 2


def test_a_people_protesting_aim_at_their_own_government(run_text: Run) -> None:
    evs = run_text("Thousands of Kenyans began protesting in March over rising food prices.").events
    assert [dyad(e) for e in evs] == [("PROTEST", "KEN", "KEN")]


def test_listing_an_armed_group_as_terrorists_is_a_sanction(run_text: Run) -> None:
    evs = run_text("Kenya designated al-Shabab as a terrorist organisation.").events
    assert [e.type for e in evs] == ["SANCTION"]


def test_a_local_acted_on_whom_nothing_places_belongs_to_the_storys_state(run_text: Run) -> None:
    text = (
        "Police in Kenya arrested Otieno Wekesa Mbugua on Monday. "
        "Kenya's interior ministry said the arrest followed protests in Nairobi. "
        "Kenya has seen weeks of unrest."
    )
    arrests = [e for e in run_text(text).events if e.type == "COERCE"]
    assert [(e.target.kind, e.target.country) for e in arrests if e.target] == [("person", "KEN")]


def test_a_denial_with_no_one_named_answers_the_last_accusation(run_text: Run) -> None:
    evs = run_text(
        "Kenya accused Uganda of shelling border villages. Uganda denied the accusations on Friday."
    ).events
    assert [dyad(e) for e in evs] == [("ACCUSE", "KEN", "UGA"), ("REJECT", "UGA", "KEN")]


def test_clauses_joined_by_a_semicolon_are_coded_each_on_its_own(run_text: Run) -> None:
    evs = run_text("Norway accuses Sweden of overfishing in the strait; Stockholm denies the charge.").events
    assert ("ACCUSE", "NOR", "SWE") in [dyad(e) for e in evs]


def test_two_acts_of_one_type_and_dyad_but_of_different_kinds_stay_two(run_text: Run) -> None:
    text = (
        "Police in Peru arrested 300 protesters in March. "
        "The government imposed a curfew on four provinces of southern Peru."
    )
    evs = [e for e in run_text(text).events if e.type == "COERCE"]
    assert sorted(e.mode or "" for e in evs) == ["arrest", "curfew"]
