"""Goods sent or delivered, who gives and who gets: sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from tidings.records import Fact, TimeExpr

FactsOf = Callable[..., tuple[Fact, ...]]
Year = Callable[[str, str, int], TimeExpr]


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
    assert (f.measure, f.reporter, f.value, f.currency) == ("aid", "CHN", 5e7, "CNY")


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
