"""The facts stage on sentences written for these tests: measures, parties, commodities,
qualifiers and periods, with hand-built mentions and time expressions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from tidings.records import Fact, TimeExpr

FactsOf = Callable[..., tuple[Fact, ...]]
When = Callable[..., TimeExpr]
Year = Callable[[str, str, int], TimeExpr]


def only(facts: tuple[Fact, ...]) -> Fact:
    assert len(facts) == 1, facts
    return facts[0]


def test_turnover_between_two_named_states(facts_of: FactsOf, year: Year) -> None:
    text = "In 2019 the volume of trade between Uzbekistan and Pakistan reached a record $412.5 million."
    f = only(facts_of(text, year(text, "2019", 2019)))
    assert (f.measure, {f.reporter, f.partner}, f.value, f.unit, f.currency) == (
        "trade_turnover",
        {"UZB", "PAK"},
        412_500_000,
        "USD",
        "USD",
    )
    assert (f.period_start, f.period_end) == (date(2019, 1, 1), date(2019, 12, 31))
    assert f.qualifier == "record" and f.value_usd == 412_500_000
    assert text[f.span[0] : f.span[1]] == "$412.5 million" == f.text


def test_the_two_countries_are_the_states_just_mentioned(facts_of: FactsOf, when: When) -> None:
    text = (
        "Turkmenistan and India signed a transit memorandum. "
        "By October 2020, trade between the two countries had fallen to $96 million."
    )
    t = when(text, "By October 2020", date(2020, 1, 1), date(2020, 10, 31), "month")
    f = only(facts_of(text, t))
    assert f.measure == "trade_turnover" and {f.reporter, f.partner} == {"TKM", "IND"}
    assert f.qualifier == "decreased_to"
    assert (f.period_start, f.period_end) == (date(2020, 1, 1), date(2020, 10, 31))


def test_exports_to_a_state_with_two_commodities(facts_of: FactsOf, when: When) -> None:
    text = (
        "In the first half of 2019, Uzbek shipments to Afghanistan, chiefly cement ($41 million) "
        "and rice ($9.5 million), kept the border busy."
    )
    t = when(text, "the first half of 2019", date(2019, 1, 1), date(2019, 6, 30), "half")
    facts = facts_of(text, t)
    assert [(f.measure, f.reporter, f.partner, f.commodity, f.value) for f in facts] == [
        ("exports", "UZB", "AFG", "cement", 41_000_000),
        ("exports", "UZB", "AFG", "rice", 9_500_000),
    ]
    assert all(f.period_end == date(2019, 6, 30) for f in facts)


def test_origin_imports_and_worth_of(facts_of: FactsOf) -> None:
    text = (
        "Tajikistan's trade with Iran grew last year. Just $3.2 million came from Iranian-origin imports, "
        "mostly dried apricots worth $800,000."
    )
    facts = facts_of(text.replace("Iranian", "Iran"))
    assert [(f.measure, f.reporter, f.partner, f.commodity, f.value) for f in facts] == [
        ("imports", "TJK", "IRN", None, 3_200_000),
        ("imports", "TJK", "IRN", "dried apricots", 800_000),
    ]


def test_worth_of_and_tonnage_commodities(facts_of: FactsOf, when: When) -> None:
    text = "In March 2021, Russia exported $58 million worth of diesel locomotives to Uzbekistan."
    t = when(text, "March 2021", date(2021, 3, 1), date(2021, 3, 31), "month")
    f = only(facts_of(text, t))
    assert (f.measure, f.reporter, f.partner, f.commodity) == ("exports", "RUS", "UZB", "diesel locomotives")
    text2 = "Pakistan's wheat exports of 1 million tons to Afghanistan eased the shortage."
    f2 = only(facts_of(text2))
    assert (f2.measure, f2.reporter, f2.partner, f2.commodity, f2.value, f2.unit) == (
        "exports",
        "PAK",
        "AFG",
        "wheat",
        1_000_000,
        "t",
    )


def test_aid_investment_loan_with_qualifiers(facts_of: FactsOf) -> None:
    text = (
        "Germany delivered more than 2,000 tons of humanitarian aid to Tajikistan. "
        "China invested about $1.5 billion in Pakistan. "
        "India extended a loan of up to $250 million to Uzbekistan."
    )
    facts = facts_of(text)
    got = [(f.measure, f.reporter, f.partner, f.value, f.unit, f.approx, f.qualifier) for f in facts]
    assert got == [
        ("aid", "DEU", "TJK", 2000, "t", True, "more_than"),
        ("investment", "CHN", "PAK", 1.5e9, "USD", True, "approximately"),
        ("loan", "IND", "UZB", 250e6, "USD", True, "up_to"),
    ]


def test_other_currencies_are_told_in_dollars_at_their_years_rate(facts_of: FactsOf, year: Year) -> None:
    text = "In 2022 India pledged Rs 5bn in aid to Afghanistan, and Germany a grant of €40m."
    facts = facts_of(text, year(text, "2022", 2022))
    assert [(f.unit, f.currency, f.value_local) for f in facts] == [("USD", "INR", 5e9), ("USD", "EUR", 4e7)]
    assert facts[1].value == facts[1].value_usd == pytest.approx(4e7 / 0.951, rel=0.01)


def test_a_currency_without_a_rate_stays_in_its_own_unit(facts_of: FactsOf) -> None:
    (f,) = facts_of("In 2022 Kyrgyzstan spent 900 million soms on the road to Afghanistan, a grant said.")
    assert (f.value, f.unit, f.currency, f.value_usd, f.value_local) == (9e8, "KGS", "KGS", None, None)


def test_share_count_and_length(facts_of: FactsOf, year: Year) -> None:
    text = (
        "In 2020, 40 percent of Uzbekistan's cotton exports went to China. "
        "Pakistan hosts about 1.3 million Afghan refugees. "
        "Kazakhstan and China opened a 290 km railway."
    )
    facts = facts_of(text, year(text, "2020", 2020))
    got = [(f.measure, f.value, f.unit, f.reporter) for f in facts]
    assert got == [("share", 40, "%", "UZB"), ("count", 1.3e6, "people", "PAK"), ("length", 290, "km", "KAZ")]


def test_relative_percentages_and_multiples_are_not_new_values(facts_of: FactsOf, year: Year) -> None:
    text = (
        "In 2021 trade between Iran and Afghanistan reached $1.4 billion, a 30% increase, "
        "85 percent of which was fuel, twice as much as in 2019."
    )
    facts = facts_of(text, year(text, "2021", 2021))
    assert [(f.measure, f.value) for f in facts] == [("trade_turnover", 1.4e9)]


def test_denials_possibilities_and_habits_are_not_claims(facts_of: FactsOf) -> None:
    text = (
        "Officials denied reports that Uzbekistan had admitted 3,000 Afghan refugees. "
        "Trade between Uzbekistan and Pakistan could reach $1 billion. "
        "Usually, trade between Uzbekistan and Pakistan never exceeded $80 million."
    )
    assert facts_of(text) == ()


def test_targets_and_commitments_are_kept_with_their_qualifier(facts_of: FactsOf) -> None:
    text = (
        "The sides plan to raise trade between Uzbekistan and Pakistan to $1 billion. "
        "Under the accord Kazakhstan would invest $300 million in Tajikistan."
    )
    facts = facts_of(text)
    assert [(f.measure, f.value, f.qualifier) for f in facts] == [
        ("trade_turnover", 1e9, "target"),
        ("investment", 3e8, "planned"),
    ]
    assert (facts[1].reporter, facts[1].partner) == ("KAZ", "TJK")


def test_periods_previous_year_comparison_base_and_inheritance(
    facts_of: FactsOf, when: When, year: Year
) -> None:
    text = (
        "In 2018, compared to 2016, trade between India and Iran reached $13.8 billion, "
        "double the previous year ($6.7 billion).\n\n"
        "Iran's oil sales to India stood out in 2018. India bought 23 million tons."
    )
    times = (
        year(text, "2018", 2018),
        year(text, "2016", 2016),
        when(text, "the previous year", date(2017, 1, 1), date(2017, 12, 31)),
        year(text, "in 2018", 2018),
    )
    facts = facts_of(text, *times)
    assert [(f.value, f.period_start.year if f.period_start else None) for f in facts] == [
        (13.8e9, 2018),
        (6.7e9, 2017),
        (23e6, 2018),
    ]


def test_yearly_rate_is_dated_by_the_year_of_writing_not_the_day_said(facts_of: FactsOf, when: When) -> None:
    text = "Turkmenistan exports 33 bcm of gas a year to China, its energy minister said on May 3."
    t = when(text, "May 3", date(2021, 5, 3), date(2021, 5, 3), "day")
    f = only(facts_of(text, t))
    assert (f.measure, f.value, f.unit, f.commodity) == ("exports", 33e9, "m3", "gas")
    assert (f.period_start, f.period_end) == (date(2023, 1, 1), date(2023, 12, 31))  # make_doc: 2023


def test_numbers_in_words_and_spans(facts_of: FactsOf) -> None:
    text = "Afghanistan received two billion dollars in aid from India."
    f = only(facts_of(text))
    assert (f.measure, f.reporter, f.partner, f.value) == ("aid", "IND", "AFG", 2e9)
    assert text[f.span[0] : f.span[1]] == "two billion dollars"
    assert len(f.fact_id) == 16 and f.fact_id == only(facts_of(text)).fact_id


def test_two_flows_in_opposite_directions_in_one_sentence(facts_of: FactsOf) -> None:
    text = (
        "Uzbekistan supplied Afghanistan with electricity worth $98 million, while Afghan exports "
        "to Uzbekistan, mostly carpets, totalled $37.5 million."
    )
    facts = facts_of(text)
    assert [(f.reporter, f.partner, f.commodity) for f in facts] == [
        ("UZB", "AFG", "electricity"),
        ("AFG", "UZB", None),
    ]
