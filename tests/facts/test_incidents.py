"""Counts of people harmed, held or moved in an incident: sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tidings.records import Fact, TimeExpr

FactsOf = Callable[..., tuple[Fact, ...]]
When = Callable[..., TimeExpr]
DAY = date(2025, 3, 12)  # the day the stories below were published


def counts(facts: tuple[Fact, ...]) -> list[tuple[float, str | None]]:
    return [(f.value, f.reporter) for f in facts if f.measure == "count"]


def test_an_undated_toll_is_of_the_days_the_story_reports(facts_of: FactsOf) -> None:
    (f,) = facts_of("At least 14 people were killed in Somalia, officials said.", published=DAY)
    assert (f.value, f.reporter, f.period_start, f.period_end) == (14, "SOM", DAY, DAY)


def test_a_count_since_a_day_runs_to_the_story(facts_of: FactsOf, when: When) -> None:
    text = "Police in Kenya have arrested 2,400 protesters since 1 February."
    t = when(text, "since 1 February", date(2025, 2, 1), date(2025, 2, 1), "day")
    (f,) = facts_of(text, t, published=DAY)
    assert (f.value, f.period_start, f.period_end) == (2400, date(2025, 2, 1), DAY)


def test_a_toll_this_year_ends_on_the_day_of_the_story(facts_of: FactsOf, when: When) -> None:
    text = "The fever has claimed more than 500 lives in Chad this year."
    t = when(text, "this year", date(2025, 1, 1), date(2025, 12, 31))
    (f,) = facts_of(text, t, published=DAY)
    assert (f.value, f.approx, f.reporter, f.period_end) == (500, True, "TCD", DAY)


def test_others_those_on_board_and_injuries_to_are_counted(facts_of: FactsOf) -> None:
    text = (
        "Gunmen ambushed a bus in Kenya, killed 18 of those on board and wounded five others. "
        "A second convoy came under fire, resulting in injuries to eight security personnel."
    )
    assert counts(facts_of(text, published=DAY)) == [(18, "KEN"), (5, "KEN"), (8, "KEN")]


def test_a_death_toll_without_a_noun(facts_of: FactsOf) -> None:
    (f,) = facts_of("The death toll from the floods in Chad rose to at least 40 on Sunday.", published=DAY)
    assert (f.measure, f.value, f.unit, f.reporter, f.approx) == ("count", 40, "people", "TCD", True)


def test_victims_are_reported_by_the_state_where_it_happened(facts_of: FactsOf) -> None:
    (f,) = facts_of("Gunmen killed four Danish aid workers in Chad on Tuesday.", published=DAY)
    assert (f.value, f.reporter, f.partner) == (4, "TCD", "DNK")


def test_victims_named_alone_take_the_state_just_spoken_of(facts_of: FactsOf) -> None:
    text = "Militants stormed a military base in Kenya last month. Three Americans were killed."
    assert counts(facts_of(text, published=DAY)) == [(3, "KEN")]


def test_the_breakdown_of_a_count_is_not_a_fact_of_its_own(facts_of: FactsOf) -> None:
    text = (
        "In Kenya, 104 passengers, including 58 men, 31 women and 15 children, were rescued, "
        "while 17 injured people were taken to a hospital."
    )
    assert counts(facts_of(text, published=DAY)) == [(104, "KEN"), (17, "KEN")]


def test_including_before_an_unrelated_count_drops_nothing(facts_of: FactsOf) -> None:
    text = "Officials in Chad, including the interior minister, said 20 people were killed."
    assert counts(facts_of(text, published=DAY)) == [(20, "TCD")]


def test_capacities_guesses_and_habits_are_not_claims(facts_of: FactsOf) -> None:
    assert facts_of("The prison in Kenya can hold only 130 detainees.", published=DAY) == ()
    assert facts_of("The toll in Somalia may be higher, with up to 10 people killed.", published=DAY) == ()
    assert facts_of("At times the camp in Chad held close to 200 detainees.", published=DAY) == ()


def test_a_price_is_not_trade(facts_of: FactsOf) -> None:
    text = "The cost of a sack of flour imported into Kenya has jumped from $5 to $12."
    assert facts_of(text, published=DAY) == ()


def test_a_group_counted_without_harm_is_no_casualty(facts_of: FactsOf) -> None:
    assert facts_of("She and six other civilians boarded a bus in Kenya.", published=DAY) == ()


def test_what_befell_the_people_counted(facts_of: FactsOf) -> None:
    text = (
        "At least five people were killed in Kenya and five others were injured. "
        "Police in Kenya arrested 30 protesters. "
        "The floods in Chad displaced 12,000 people. "
        "Gunmen in Somalia abducted 40 students. "
        "Kenya has 3,000 troops in Somalia."
    )
    got = [(f.value, f.casualty) for f in facts_of(text, published=DAY)]
    assert got == [
        (5, "killed"),
        (5, "wounded"),
        (30, "arrested"),
        (12000, "displaced"),
        (40, "abducted"),
        (3000, "deployed"),
    ]


def test_money_has_no_casualty(facts_of: FactsOf) -> None:
    (f,) = facts_of("Germany pledged $50 million in aid to Kenya on Monday.", published=DAY)
    assert (f.measure, f.casualty) == ("aid", None)


def test_counts_whose_noun_the_verb_made_needless(facts_of: FactsOf) -> None:
    text = "A bomb in Kenya killed 5 and injured 20 on Friday. One soldier was also killed in Kenya."
    got = [(f.value, f.casualty, f.reporter) for f in facts_of(text, published=DAY)]
    assert got == [(5, "killed", "KEN"), (20, "wounded", "KEN"), (1, "killed", "KEN")]


def test_one_person_without_harm_or_no_one_is_no_count(facts_of: FactsOf) -> None:
    assert facts_of("One soldier from Kenya won the race.", published=DAY) == ()
    assert facts_of("No one is dead in Kenya, officials said.", published=DAY) == ()


def test_people_held_or_sent_away_are_reported_by_the_state_that_acts(facts_of: FactsOf) -> None:
    (f,) = facts_of("Kazakhstan deported 300 Afghan migrants to Afghanistan on Monday.", published=DAY)
    assert (f.value, f.casualty, f.reporter, f.partner) == (300, "deported", "KAZ", "AFG")


def test_a_second_count_after_a_breakdown_is_kept(facts_of: FactsOf) -> None:
    text = "In Kenya, at least five people including two elders were killed, and five others were injured."
    assert [(f.value, f.casualty) for f in facts_of(text, published=DAY)] == [(5, "killed"), (5, "wounded")]


def test_a_figure_told_again_is_one_fact(facts_of: FactsOf) -> None:
    text = (
        "Gunmen killed six people in Kenya on Tuesday. "
        "'They killed six people in cold blood,' the governor of Kenya's Lamu county said."
    )
    assert [(f.value, f.casualty) for f in facts_of(text, published=DAY)] == [(6, "killed")]


def test_equal_counts_of_different_people_are_two_facts(facts_of: FactsOf) -> None:
    text = "Five civilian passengers were killed in Kenya. Five police officers were also killed in Kenya."
    assert [f.value for f in facts_of(text, published=DAY)] == [5, 5]


def test_soldiers_on_trial_are_not_a_force(facts_of: FactsOf) -> None:
    assert facts_of("Two Kenyan soldiers stand accused of the 2004 bombing.", published=DAY) == ()
    (f,) = facts_of("Kenya has sent 400 soldiers to the border with Somalia.", published=DAY)
    assert (f.value, f.casualty) == (400, "deployed")


def test_counts_and_shares_that_may_yet_be_are_not_claims(facts_of: FactsOf) -> None:
    assert facts_of("These five people in Kenya might be deported next.", published=DAY) == ()
    assert facts_of("At least 65 percent of voters in Kenya must reject the plan.", published=DAY) == ()


def test_a_lender_institution_is_the_reporter_of_a_loan(facts_of: FactsOf) -> None:
    text = "Pakistan is negotiating a $7 billion loan with the IMF."
    (f,) = facts_of(text, published=DAY)
    assert (f.measure, f.reporter, f.partner) == ("loan", "IMF", "PAK")


def test_rates_ages_and_list_numbers_are_not_facts(facts_of: FactsOf) -> None:
    assert facts_of("The United States imposed a 25 percent tariff on steel from China.", published=DAY) == ()
    assert facts_of("A 45-year-old man was arrested in Kenya on Monday.", published=DAY) == ()
    assert facts_of("Point 3 of the 12-point plan for Somalia calls for a ceasefire.", published=DAY) == ()
