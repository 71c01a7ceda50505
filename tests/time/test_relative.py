"""Undated and relative expressions, anchored on a publication date or the inferred year."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tests.time.conftest import by_text

from tidings.records import TimeExpr

Times = Callable[..., tuple[TimeExpr, ...]]
PUB = date(2024, 3, 18)


def test_last_month_name_with_a_publication_date(times: Times) -> None:
    t = by_text(
        times("As the Russian president said last July, the corridor will shorten routes.", PUB), "last July"
    )
    assert (t.value, t.precision, t.start, t.end) == ("2023-07", "month", date(2023, 7, 1), date(2023, 7, 31))


def test_last_month_name_later_in_the_same_year(times: Times) -> None:
    t = by_text(times("The agreement signed last July is in force.", date(2024, 9, 2)), "last July")
    assert t.value == "2024-07"


def test_late_last_year_is_the_previous_year(times: Times) -> None:
    t = by_text(times("Late last year, Bishkek sent a new envoy to Kabul.", PUB), "Late last year")
    assert (t.value, t.precision, t.start, t.end) == ("2023", "year", date(2023, 1, 1), date(2023, 12, 31))


def test_earlier_this_year_ends_at_publication(times: Times) -> None:
    t = by_text(times("Earlier this year, the two sides met in Termez.", PUB), "Earlier this year")
    assert (t.value, t.start, t.end) == ("2024", date(2024, 1, 1), PUB)


def test_undated_day_before_publication_stays_in_its_year(times: Times) -> None:
    found = times(
        "On January 30 the envoy visited Almaty. On February 6, a spokesman spoke.", date(2006, 2, 8)
    )
    assert [t.value for t in found] == ["2006-01-30", "2006-02-06"]


def test_undated_day_after_publication_is_last_year(times: Times) -> None:
    t = by_text(times("On August 15, the ministry closed the consulate.", PUB), "August 15")
    assert t.value == "2023-08-15"


def test_undated_future_day_is_the_next_one(times: Times) -> None:
    t = by_text(times("The summit will be held on June 4 in Astana.", PUB), "June 4")
    assert t.value == "2024-06-04"


def test_a_plan_named_as_a_noun_does_not_make_the_day_future(times: Times) -> None:
    t = by_text(
        times("On August 15, Kenya gave the agency 14 days to present a plan to close the camps.", PUB),
        "August 15",
    )
    assert t.value == "2023-08-15"
    t = by_text(times("On June 4, Kenya plans to close the camps.", PUB), "June 4")
    assert t.value == "2024-06-04"


INFERRED = (
    "Trade grew in the first half of 2021. On August 15, the government evacuated its citizens. "
    "On both August 15 and 16, the president met his security council. "
    "Moscow hosted a delegation in early July."
)


def test_undated_days_take_the_inferred_year(times: Times) -> None:
    found = times(INFERRED)
    assert by_text(found, "August 15").value == "2021-08-15"
    both = by_text(found, "both August 15 and 16")
    assert (both.value, both.start, both.end) == ("2021-08-15", date(2021, 8, 15), date(2021, 8, 16))
    assert by_text(found, "early July").value == "2021-07"


def test_in_december_with_an_inferred_year(times: Times) -> None:
    text = "Exports fell in March 2019 after a poor harvest. In December the ministry lifted the ban."
    t = by_text(times(text), "December")
    assert (t.value, t.precision) == ("2019-12", "month")


def test_undated_month_in_a_text_looking_back_on_a_finished_year(times: Times) -> None:
    text = (
        "Exports reached a peak in October 2022 and fell by November 2022.\n"
        "The closure of the trade office last year hurt. In December the ministry lifted the ban."
    )
    found = times(text)
    assert by_text(found, "last year").value == "2022"  # the document is read as written in 2023
    assert by_text(found, "December").value == "2022-12"  # the narrative's year, not 2023


def test_day_after_a_relative_year_takes_that_year(times: Times) -> None:
    found = times(
        "Late last year, Tashkent sent a new envoy to Kabul. He met the foreign minister on December 29.", PUB
    )
    assert by_text(found, "December 29").value == "2023-12-29"


def test_a_few_days_later_after_a_day(times: Times) -> None:
    found = times(
        "The two ministers spoke by phone on August 13. A few days later, the border crossing reopened.", PUB
    )
    t = by_text(found, "A few days later")
    assert (t.value, t.precision) == ("2023-08", "month")
    assert date(2023, 8, 14) < t.start <= t.end <= date(2023, 8, 31)


def test_exact_shifts_keep_day_precision(times: Times) -> None:
    found = times(
        "The talks opened on 3 May 2022. The next day, both sides walked out. Two weeks later they met again."
    )
    assert by_text(found, "The next day").value == "2022-05-04"
    assert by_text(found, "Two weeks later").value == "2022-05-18"


def test_later_without_an_earlier_date_is_dropped(times: Times) -> None:
    assert times("A few days later, the border crossing reopened.") == ()


def test_the_previous_year_after_an_explicit_year(times: Times) -> None:
    found = times("In 2022 trade reached $900 million, twice the figure of the previous year.")
    assert by_text(found, "the previous year").value == "2021"
    found = times("Imports doubled in 2019, after a slump the year before.")
    assert by_text(found, "the year before").value == "2018"


def test_deictic_words_need_a_publication_date(times: Times) -> None:
    text = "The minister arrived yesterday and will speak today; on Monday he met the envoy."
    found = times(text, PUB)  # PUB is a Monday
    assert [(t.text, t.value) for t in found] == [
        ("yesterday", "2024-03-17"),
        ("today", "2024-03-18"),
        ("Monday", "2024-03-18"),
    ]
    assert times(text) == ()


def test_a_bare_weekday_in_news_style_is_a_date(times: Times) -> None:
    found = times("The envoy signed the accord Thursday and flew home after Friday's talks.", PUB)  # a Monday
    assert [(t.text, t.value) for t in found] == [("Thursday", "2024-03-14"), ("Friday", "2024-03-15")]


def test_a_weekday_spoken_of_as_future_is_the_next_one(times: Times) -> None:
    found = times("The ministers will meet again Thursday, the spokesman said Sunday.", PUB)  # a Monday
    assert [(t.text, t.value) for t in found] == [("Thursday", "2024-03-21"), ("Sunday", "2024-03-17")]


def test_named_feast_days_are_not_this_weeks_days(times: Times) -> None:
    found = times("Markets fell as on Black Monday, and churches marked Good Friday.", PUB)
    assert [t.text for t in found if "day" in t.text] == []


def test_a_week_gives_the_month_it_falls_in(times: Times) -> None:
    found = times("Earlier this week the council met; last week the envoy left.", date(2024, 3, 4))
    assert [(t.text, t.value, t.precision) for t in found] == [
        ("this week", "2024-03", "month"),
        ("last week", "2024-02", "month"),
    ]


def test_the_weekend_is_the_saturday_before_publication(times: Times) -> None:
    found = times("Officials said over the weekend that talks would resume.", PUB)  # PUB is a Monday
    assert [(t.text, t.value) for t in found] == [("over the weekend", "2024-03-16")]
    assert times("Officials said over the weekend that talks would resume.") == ()


def test_noise_from_a_capital_renamed(times: Times) -> None:
    text = (
        "Nur-Sultan (as the capital has been known since March 2019) stayed silent (Tass, August 20; "
        "Kursiv.kz, August 16, 19). Trade in 2021 was flat."
    )
    found = times(text)
    assert by_text(found, "since March 2019").value == "2019-03"
    assert by_text(found, "August 20").value == "2021-08-20"


def test_a_year_that_only_bounds_a_state_does_not_date_the_next_month(times: Times) -> None:
    text = (
        "The rebels have fought the army since 2011, when the war began. "
        "They attacked a base near the border in January."
    )
    t = by_text(times(text, PUB), "January")
    assert (t.start, t.end) == (date(2024, 1, 1), date(2024, 1, 31))


def test_days_after_a_month_stay_in_that_month(times: Times) -> None:
    text = "Last month, rebels ambushed a bus near the border. Just days later, a bomb hit a convoy."
    t = by_text(times(text, PUB), "days later")
    assert (t.precision, t.start, t.end) == ("month", date(2024, 2, 1), date(2024, 2, 29))
