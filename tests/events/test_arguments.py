"""Sources and targets found beyond the verb's own subject and object."""

from __future__ import annotations

from collections.abc import Callable

from tidings.events import code_events
from tidings.nlp import load_model
from tidings.records import Actor, Mention, Result

from .conftest import Coder, dyad, make_mentions


def test_pronoun_subject_stands_for_the_speaker(code: Coder) -> None:
    evs = code("Kenya said on Monday that it had expelled two Ugandan diplomats.")
    assert [dyad(e) for e in evs] == [("SANCTION", "KEN", "UGA")]


def test_people_placed_in_a_state_act_for_it(code: Coder) -> None:
    evs = code("Security forces in Ghana have detained dozens of Nigerian traders.")
    assert [dyad(e) for e in evs] == [("COERCE", "GHA", "NGA")]


def test_target_named_deeper_in_the_clause(code: Coder) -> None:
    evs = code("Peru threatened on Friday to cut off electricity supplies to the Bolivian border towns.")
    assert [dyad(e) for e in evs] == [("THREATEN", "PER", "BOL")]


def test_place_of_a_domestic_event_gives_its_state(code: Coder) -> None:
    evs = code("The Kenyan police lifted the curfew in Nairobi on Sunday.")
    assert [dyad(e) for e in evs] == [("CONCEDE", "KEN", "KEN")]


def test_nominal_event_done_by_the_subject_of_its_verb(code: Coder) -> None:
    evs = code("Chile completed the withdrawal of its troops from Peru last week.")
    assert [dyad(e) for e in evs] == [("RETREAT", "CHL", "PER")]


def test_one_phrase_naming_two_parties_is_a_pair() -> None:
    text = "The two countries held talks in Quito on border trade."
    both = [
        Mention(span=(0, 17), actor=Actor(text="The two countries", name=n, code=c, country=c))
        for n, c in (("Peru", "PER"), ("Ecuador", "ECU"))
    ]
    evs = code_events(load_model()(text), None, (*both, *make_mentions(text)), ())
    assert {dyad(e) for e in evs} == {("CONSULT", "PER", "ECU")}


def test_officials_of_several_states_sign_with_each_other(code: Coder) -> None:
    evs = code("The foreign ministers of Chile, Peru and Bolivia signed a framework agreement on rail links.")
    assert {dyad(e) for e in evs} == {("AGREE", "CHL", "PER"), ("AGREE", "CHL", "BOL")}


def test_coordinated_subjects_of_a_reciprocal_verb_act_on_each_other(code: Coder) -> None:
    evs = code("Kenyan and Ugandan border guards exchanged fire on Saturday.")
    assert [dyad(e) for e in evs] == [("ASSAULT", "KEN", "UGA")]


def test_agentless_passive_in_an_announcement_is_the_announcers_act(code: Coder) -> None:
    evs = code("Kenya announced that the Shining Path had been removed from its list of banned groups.")
    assert [dyad(e) for e in evs] == [("CONCEDE", "KEN", "SHINING_PATH")]
    assert code("Kenyan police said three Ugandan traders were killed near the border.") == ()


def test_first_state_to_do_something(code: Coder) -> None:
    evs = code("Norway became the first country to recognise the new government of Fiji.")
    assert [dyad(e) for e in evs] == [("SUPPORT", "NOR", "FJI")]


def test_protest_with_no_one_named_targets_the_own_government() -> None:
    text = "Thousands of Chilean students rallied in the capital on Sunday."
    students = Actor(text="Chilean students", name="Chile", code="CHL", country="CHL", sector="EDU")
    evs = code_events(load_model()(text), None, (Mention(span=(13, 29), actor=students),), ())
    assert [
        (e.type, e.target.code if e.target else None, e.target.sector if e.target else None) for e in evs
    ] == [("PROTEST", "CHL", "GOV")]


def test_helpers_are_not_recipients(code: Coder) -> None:
    evs = code("Ghana imposed a naval blockade of Nigeria with Kenya's help.")
    assert [dyad(e) for e in evs] == [("COERCE", "GHA", "NGA")]


def test_a_meeting_with_no_counterpart_is_internal(code: Coder) -> None:
    assert code("The Kenyan cabinet met on Sunday and approved the budget.") == ()


def test_what_is_sent_is_not_the_recipient(code: Coder) -> None:
    evs = code("Chile delivered Peruvian weapons to Bolivia last year.")
    assert [dyad(e) for e in evs] == [("AID", "CHL", "BOL")]


def test_subject_owned_by_a_pronoun_stands_for_the_speaker(code: Coder) -> None:
    evs = code("Kenya said on Tuesday that its troops had completed their withdrawal from Uganda.")
    assert [dyad(e) for e in evs] == [("RETREAT", "KEN", "UGA")]


def test_concession_with_no_one_named_is_to_the_own_people() -> None:
    text = "The Chilean government lifted the state of emergency in the north on Sunday."
    gov = Actor(text="The Chilean government", name="Chile", code="CHL", country="CHL", sector="GOV")
    evs = code_events(load_model()(text), None, (Mention(span=(0, 22), actor=gov),), ())
    assert [(e.type, e.target.code if e.target else None) for e in evs] == [("CONCEDE", "CHL")]


def test_two_parties_agreeing_give_one_pair(code: Coder) -> None:
    evs = code("Peru and Chile agreed upon a new trade pact between Peru and Chile on Monday.")
    assert [dyad(e) for e in evs] == [("AGREE", "PER", "CHL")]


def test_each_other_pairs_the_subjects(code: Coder) -> None:
    evs = code("Kenyan and Ugandan officials blamed each other for the border shooting.")
    assert [dyad(e) for e in evs] == [("ACCUSE", "KEN", "UGA")]


def test_relative_clause_object_is_its_head(code: Coder) -> None:
    evs = code("Talks focused on the Nairobi garrison that Ugandan troops left in May.")
    assert ("RETREAT", "UGA", "KEN") in {dyad(e) for e in evs}


def test_passive_with_its_own_subject_does_not_inherit_a_doer(code: Coder) -> None:
    text = (
        "Kenya's argument was that only a few Ugandan officials "
        "are included in the African Union's sanctions list."
    )
    assert all(e.source is None or e.source.code != "KEN" for e in code(text))


def test_summit_of_an_organisation_stands_alone_but_a_persons_conference_does_not(code: Coder) -> None:
    assert [dyad(e) for e in code("The African Union held a summit on Monday.")] == [("CONSULT", "AU", None)]
    assert code("The Kenyan president held conferences with his advisers on the border situation.") == ()


def test_complaint_targets_what_it_is_about(code: Coder) -> None:
    evs = code("Kenya complained to the African Union about two Ugandan air raids on its border villages.")
    assert [dyad(e) for e in evs] == [("ACCUSE", "KEN", "UGA")]


def test_foreign_place_outranks_a_party_of_ones_own_state(code: Coder) -> None:
    evs = code("Two Kenyan gunmen killed nine people near Lagos during the Kenyan election campaign.")
    assert [dyad(e) for e in evs] == [("ASSAULT", "KEN", "NGA")]


def test_person_keeps_the_country_of_their_other_mentions() -> None:
    text = "Envoy Amara Tull arrived in Lima. He condemned the Peruvian decision."
    tull = Actor(text="Amara Tull", name="Amara Tull", code="PER:amara-tull", country="KEN", kind="person")
    he = Actor(text="He", name="Amara Tull", code="PER:amara-tull", kind="person")
    mentions = (Mention(span=(0, 16), actor=tull), Mention(span=(34, 36), actor=he, via="coref"))
    evs = code_events(load_model()(text), None, (*mentions, *make_mentions(text)), ())
    accuse = next(e for e in evs if e.type == "ACCUSE")
    assert accuse.source is not None and accuse.source.country == "KEN"


def test_state_inside_a_compound_name_is_not_a_party(code: Coder) -> None:
    assert all(e.target is None for e in code("Chile backs the Trans-Peruvian railway project."))


def test_dateline_before_the_subject_is_skipped(code: Coder) -> None:
    evs = code("LIMA — Peru on Thursday became the first country to recognise the new government of Fiji.")
    assert [dyad(e) for e in evs] == [("SUPPORT", "PER", "FJI")]


def test_one_phrase_naming_two_fighting_parties() -> None:
    text = "Kenyan and Ugandan troops fought for several days along the border."
    both = [
        Mention(span=(0, 25), actor=Actor(text=text[:25], name=n, code=c, country=c, sector="MIL"))
        for n, c in (("Kenya", "KEN"), ("Uganda", "UGA"))
    ]
    evs = code_events(load_model()(text), None, tuple(both), ())
    assert [dyad(e) for e in evs] == [("ASSAULT", "KEN", "UGA")]


def test_a_group_based_in_a_state_acts_for_it(code: Coder) -> None:
    evs = code("A newspaper based in Nairobi has violated a ban imposed by the Ugandan authorities.")
    assert ("REJECT", "KEN") in {dyad(e)[:2] for e in evs}


def test_people_of_one_nation_living_in_another_state_act_as_its_people(code: Coder) -> None:
    evs = code("The Ghanaians of northern Nigeria are demanding more autonomy from the Nigerian government.")
    assert [dyad(e) for e in evs] == [("REQUEST", "NGA", "NGA")]
    evs = code("Ghanaians in Lagos demanded protection from the Kenyan police.")
    assert [dyad(e)[1] for e in evs] == ["NGA"]


def test_a_nation_named_alone_keeps_its_state(code: Coder) -> None:
    evs = code("Ghanaians demanded protection from the Kenyan police.")
    assert [dyad(e) for e in evs] == [("REQUEST", "GHA", "KEN")]


def test_crowds_placed_across_a_state_protest_against_its_government(code: Coder) -> None:
    evs = code("Tens of thousands of students across Kenya staged protests on Monday.")
    assert [dyad(e) for e in evs] == [("PROTEST", "KEN", "KEN")]
    assert evs[0].source.sector == "EDU" and evs[0].target is not None and evs[0].target.sector == "GOV"


def test_forces_placed_in_a_state_keep_their_own_sector(code: Coder) -> None:
    evs = code("Security forces throughout Ghana have detained dozens of Nigerian traders.")
    assert [dyad(e) for e in evs] == [("COERCE", "GHA", "NGA")]


def test_an_inquiry_targets_the_perpetrators_not_the_victims(code: Coder) -> None:
    evs = code("Kenya is investigating alleged war crimes by Ugandan soldiers against Nigerian civilians.")
    assert [dyad(e) for e in evs] == [("ACCUSE", "KEN", "UGA")]
    evs = code(
        "Norway launched an investigation into abuses committed by Chilean guards against Peruvian inmates."
    )
    assert [dyad(e) for e in evs] == [("ACCUSE", "NOR", "CHL")]


def test_accused_party_stays_the_object(code: Coder) -> None:
    evs = code("Peru accused the Bolivian army of abuses against Chilean villagers.")
    assert [dyad(e) for e in evs] == [("ACCUSE", "PER", "BOL")]


def test_a_border_named_by_a_state_adjective_is_a_place(code: Coder) -> None:
    evs = code("Peruvian troops captured a rebel stronghold on the Bolivian border.")
    assert all(dyad(e)[2] != "BOL" for e in evs)
    evs = code("Peruvian troops shelled Bolivian border posts.")
    assert [dyad(e) for e in evs] == [("ASSAULT", "PER", "BOL")]


def test_a_clause_dating_the_event_names_no_target(code: Coder) -> None:
    evs = code("Kenya condemned the raid two days before Uganda's envoy flew to Geneva.")
    assert [dyad(e) for e in evs] == [("ACCUSE", "KEN", None)]


def test_where_a_meeting_is_held_is_not_its_counterpart(run_text: Callable[..., Result]) -> None:
    talks = run_text("Kenya's trade minister will hold more talks in Geneva next month.").events
    visit = run_text("Kenya's trade minister arrived in Geneva on a two-day visit.").events
    assert [dyad(e) for e in talks] == []
    assert [dyad(e) for e in visit] == [("CONSULT", "KEN", "CHE")]
