"""Counts of people, shares, lengths and units: sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tidings.records import Fact, TimeExpr

FactsOf = Callable[..., tuple[Fact, ...]]
When = Callable[..., TimeExpr]


def test_nationals_living_in_a_host_state(facts_of: FactsOf) -> None:
    text = "The census found that 2.3 million Tajiks were living in Russia without permits."
    (f,) = facts_of(text)
    assert (f.measure, f.reporter, f.partner, f.value, f.unit) == ("count", "RUS", "TJK", 2.3e6, "people")


def test_a_capitalised_word_that_is_no_nationality_is_not_counted(facts_of: FactsOf) -> None:
    assert facts_of("The bank opened 40 Branches across the valley in March.") == ()


def test_casualties_of_one_side_dated_by_the_clash_before(facts_of: FactsOf, when: When) -> None:
    text = (
        "Troops of Tajikistan and Uzbekistan exchanged fire at the border on 3 June. "
        "Three Uzbek border guards were killed, officials said."
    )
    t = when(text, "3 June", date(2024, 6, 3), date(2024, 6, 3), "day")
    (f,) = facts_of(text, t)
    assert (f.measure, f.reporter, f.value, f.period_start) == ("count", "UZB", 3, date(2024, 6, 3))


def test_people_counts_need_harm_or_a_counted_group(facts_of: FactsOf) -> None:
    assert facts_of("About 300 people attended the forum in Pakistan.") == ()
    (f,) = facts_of("A landslide in Tajikistan killed 14 people on Monday.")
    assert (f.measure, f.value, f.reporter) == ("count", 14, "TJK")


def test_at_the_time_points_back_to_the_event(facts_of: FactsOf, when: When) -> None:
    text = (
        "On 4 May 2022 Iran ordered all undocumented migrants to leave. "
        "At the time 800,000 Afghans were in Iran, by its own count."
    )
    t = when(text, "4 May 2022", date(2022, 5, 4), date(2022, 5, 4), "day")
    (f,) = facts_of(text, t)
    assert (f.reporter, f.partner, f.period_start) == ("IRN", "AFG", date(2022, 5, 4))


def test_shares_of_a_vote_and_of_output(facts_of: FactsOf) -> None:
    text = (
        "Voters in Uzbekistan approved the new constitution, with 90 per cent of ballots in favour. "
        "Tajikistan, a large aluminium producer with about 2 per cent of world output, disagreed."
    )
    facts = facts_of(text)
    assert [(f.measure, f.reporter, f.value, f.commodity) for f in facts] == [
        ("share", "UZB", 90, None),
        ("share", "TJK", 2, "aluminium"),
    ]


def test_the_length_of_a_line(facts_of: FactsOf) -> None:
    (f,) = facts_of("Uzbekistan built the 106 km line from Termez into Afghanistan.")
    assert (f.measure, f.value, f.unit) == ("length", 106, "km")


def test_vaccine_doses_given_as_aid(facts_of: FactsOf) -> None:
    (f,) = facts_of("India donated 500,000 doses of polio vaccine to Afghanistan.")
    assert (f.measure, f.reporter, f.partner, f.value, f.unit) == ("aid", "IND", "AFG", 5e5, "doses")
    assert f.commodity is not None and "vaccine" in f.commodity


def test_a_gas_volume_named_in_the_sentence_before(facts_of: FactsOf) -> None:
    text = (
        "The pipeline starts at a gas field in Turkmenistan. "
        "It carries up to 30 billion cubic metres a year to China."
    )
    (f,) = facts_of(text)
    assert (f.unit, f.value, f.commodity) == ("m3", 3e10, "gas")


def test_the_subject_hosting_nationals_is_the_host(facts_of: FactsOf) -> None:
    (f,) = facts_of("Iran shelters nearly 3 million Afghan refugees.")
    assert (f.reporter, f.partner) == ("IRN", "AFG")


def test_harmed_nationals_report_their_own_state(facts_of: FactsOf) -> None:
    (f,) = facts_of("Afghanistan's forces killed two Iranian border guards.")
    assert (f.reporter, f.partner) == ("IRN", "AFG")


def test_a_nationality_qualifying_a_noun_is_no_count(facts_of: FactsOf) -> None:
    assert (
        facts_of("Coast guards spotted 40 Chinese vessels near the reef, officials in Pakistan said.") == ()
    )


def test_a_trade_compound_is_no_turnover_cue(facts_of: FactsOf) -> None:
    text = "Kazakhstan launched a $3 billion programme of trade-related roads."
    assert [f.measure for f in facts_of(text)] == []
