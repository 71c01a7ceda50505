"""Goods sent or delivered, who gives and who gets: sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from tidings.records import DocMeta, Fact, TimeExpr

from .conftest import make_doc, state_mentions

FactsOf = Callable[..., tuple[Fact, ...]]
When = Callable[..., TimeExpr]


def test_goods_sent_in_a_story_about_aid_are_aid(facts_of: FactsOf) -> None:
    text = (
        "The ministry described its humanitarian work in the north. "
        "Since the floods Pakistan has sent 12,000 tonnes of rice and 40 tonnes of blankets to "
        "Tajikistan, according to the Pakistani foreign office."
    )
    facts = facts_of(text)
    assert [(f.measure, f.reporter, f.partner, f.value, f.commodity) for f in facts] == [
        ("aid", "PAK", "TJK", 12_000, "rice"),
        ("aid", "PAK", "TJK", 40, "blankets"),
    ]


def test_goods_delivered_under_a_sale_are_exports(facts_of: FactsOf) -> None:
    text = (
        "Aid agencies have left the region. "
        "Under a sales contract, Russia delivered 300,000 tonnes of wheat to Iran last spring."
    )
    f = facts_of(text)[0]
    assert (f.measure, f.reporter, f.partner, f.value, f.commodity) == ("exports", "RUS", "IRN", 3e5, "wheat")


def test_shipments_without_any_aid_words_are_exports(facts_of: FactsOf) -> None:
    text = "Kazakhstan shipped 80,000 tonnes of flour to Uzbekistan in the autumn."
    f = facts_of(text)[0]
    assert (f.measure, f.reporter, f.partner) == ("exports", "KAZ", "UZB")


def test_the_subject_of_the_verb_is_the_donor(facts_of: FactsOf) -> None:
    text = (
        "Weeks after Afghanistan was hit by floods, the Chinese Foreign Minister pledged "
        "50 million yuan in emergency aid."
    )
    f = facts_of(text)[0]
    assert (f.measure, f.reporter, f.value_local, f.currency, f.unit) == ("aid", "CHN", 5e7, "CNY", "USD")


def test_the_subject_of_a_receiving_verb_is_the_recipient(facts_of: FactsOf) -> None:
    text = "Tajikistan received $20 million in grants from Germany last year."
    f = facts_of(text)[0]
    assert (f.measure, f.reporter, f.partner) == ("aid", "DEU", "TJK")


def test_a_figure_inside_a_noun_phrase_is_not_the_verbs_object(facts_of: FactsOf) -> None:
    text = (
        "Afghanistan became a top partner of Uzbekistan thanks to the export of $90 million worth of trucks."
    )
    f = facts_of(text)[0]
    assert (f.measure, f.reporter, f.partner) == ("exports", "UZB", "AFG")


def test_a_time_written_after_a_figure_dates_that_figure(facts_of: FactsOf, when: When) -> None:
    text = "Customs put trade between Russia and Iran at $4.9 billion in 2022 and at $4.1 billion last year."
    t1 = when(text, "2022", date(2022, 1, 1), date(2022, 12, 31))
    t2 = when(text, "last year", date(2023, 1, 1), date(2023, 12, 31))
    facts = facts_of(text, t1, t2)
    assert [(f.value, f.period_start) for f in facts] == [
        (4.9e9, date(2022, 1, 1)),
        (4.1e9, date(2023, 1, 1)),
    ]


def test_a_figure_restated_in_brackets_is_one_fact(facts_of: FactsOf) -> None:
    text = "The budget of India set aside Rs 150 crore (Rs 1.5bn) in assistance for Tajikistan."
    (f,) = facts_of(text)
    assert (f.measure, f.reporter, f.partner, f.value_local, f.currency, f.commodity) == (
        "aid",
        "IND",
        "TJK",
        1.5e9,
        "INR",
        None,
    )


def test_a_split_year_is_the_fiscal_year_of_the_reporter(facts_of: FactsOf, when: When) -> None:
    text = "In 2022-23 Pakistan granted $10 million in aid to Afghanistan."
    t = when(text, "2022-23", date(2022, 1, 1), date(2023, 12, 31))
    f = facts_of(text, t)[0]
    assert (f.reporter, f.period_start, f.period_end) == ("PAK", date(2022, 7, 1), date(2023, 6, 30))


def test_water_a_treaty_allots_is_not_an_export(facts_of: FactsOf) -> None:
    text = (
        "Under the accord Tajikistan is to deliver 1.2 billion cubic metres of water to Uzbekistan annually."
    )
    f = facts_of(text)[0]
    assert (f.measure, f.reporter, f.partner, f.value, f.unit, f.commodity) == (
        "other",
        "TJK",
        "UZB",
        1.2e9,
        "m3",
        "water",
    )


def test_money_pledged_for_a_corridor_is_investment_and_for_people_aid(facts_of: FactsOf) -> None:
    text = (
        "Lenders pledged $2 billion for the new railway corridor through Uzbekistan. "
        "Germany pledged $30 million to Afghanistan for displaced families."
    )
    facts = facts_of(text)
    assert [(f.measure, f.reporter, f.partner, f.value) for f in facts] == [
        ("investment", "UZB", None, 2e9),
        ("aid", "DEU", "AFG", 3e7),
    ]


def test_an_undated_announcement_in_a_dated_story_is_of_that_day(nlp: Any) -> None:
    from tidings.facts.extract import extract_facts

    text = "The president of China announced a $500 million investment package for Kazakhstan."
    doc = replace(make_doc(text), meta=DocMeta(published=date(2024, 5, 3)))
    (f,) = extract_facts(nlp(text), doc, state_mentions(text), ())
    assert (f.measure, f.reporter, f.partner) == ("investment", "CHN", "KAZ")
    assert (f.period_start, f.period_end) == (date(2024, 5, 3), date(2024, 5, 3))


def test_a_list_after_including_keeps_the_giver(facts_of: FactsOf) -> None:
    text = (
        "After the earthquake in Afghanistan, the Foreign Minister of India pledged $5 million in aid, "
        "including tents, winter supplies and food, as well as 200 tonnes of medicines."
    )
    facts = facts_of(text)
    assert [(f.measure, f.reporter, f.partner, f.unit) for f in facts] == [
        ("aid", "IND", "AFG", "USD"),
        ("aid", "IND", "AFG", "t"),
    ]


def test_a_range_is_told_by_its_upper_bound(facts_of: FactsOf) -> None:
    (f,) = facts_of("China will invest $3-5 billion in Pakistan's railways, officials said.")
    assert (f.measure, f.reporter, f.partner, f.value, f.approx, f.qualifier) == (
        "investment",
        "CHN",
        "PAK",
        5e9,
        True,
        "up_to",
    )


def test_a_promise_after_a_dated_signing_is_of_that_day(facts_of: FactsOf, when: When) -> None:
    text = (
        "On 5 January 2023 China signed a mining contract with Afghanistan. "
        "China said it would invest $150 million there in the first year."
    )
    t = when(text, "5 January 2023", date(2023, 1, 5), date(2023, 1, 5), "day")
    (f,) = facts_of(text, t)
    got = (f.measure, f.reporter, f.partner, f.period_start)
    assert got == ("investment", "CHN", "AFG", date(2023, 1, 5))


def test_european_money_is_the_eus(run_text: Callable[..., Any]) -> None:
    text = "In January 2024 European institutions pledged €10 billion for a corridor that bypasses Russia."
    (f,) = run_text(text, published=date(2024, 2, 1)).facts
    assert (f.measure, f.reporter, f.unit, f.currency, f.value_local) == (
        "investment",
        "EU",
        "USD",
        "EUR",
        1e10,
    )
