"""Absolute dates, months, quarters, halves, years and decades."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from tests.time.conftest import by_text

from tidings.records import TimeExpr

Times = Callable[..., tuple[TimeExpr, ...]]


@pytest.mark.parametrize(
    "phrase",
    [
        "8 February 2006",
        "February 8, 2006",
        "2/8/2006",
        "2006-02-08",
        "Wednesday, 08 February 2006",
        "8th of February, 2006",
    ],
)
def test_full_dates_in_any_common_form(times: Times, phrase: str) -> None:
    t = by_text(times(f"The customs treaty was signed on {phrase} in Tashkent."), phrase)
    assert (t.value, t.precision, t.start, t.end) == ("2006-02-08", "day", date(2006, 2, 8), date(2006, 2, 8))


def test_day_first_when_the_first_number_cannot_be_a_month(times: Times) -> None:
    t = by_text(times("Talks resumed on 25/11/2019 in Doha."), "25/11/2019")
    assert t.value == "2019-11-25"


def test_span_points_at_the_text(times: Times) -> None:
    text = "Officials from Dushanbe met again in June 2011 to discuss the border."
    (t,) = times(text)
    assert text[t.span[0] : t.span[1]] == t.text == "June 2011"
    assert (t.value, t.precision, t.start, t.end) == ("2011-06", "month", date(2011, 6, 1), date(2011, 6, 30))


def test_month_with_early_mid_late_keeps_month_precision(times: Times) -> None:
    found = times("A trade mission reached Kabul in mid-October 2021 and left in late November 2021.")
    assert [(t.value, t.precision) for t in found] == [("2021-10", "month"), ("2021-11", "month")]


def test_first_half_and_quarters(times: Times) -> None:
    found = times(
        "In the first half of 2021 exports rose. In the second quarter of 2023 they fell, "
        "and in Q3 2022 they were flat; the H1 2024 figures are not out."
    )
    half = by_text(found, "the first half of 2021")
    assert (half.value, half.precision, half.start, half.end) == (
        "2021-H1",
        "half",
        date(2021, 1, 1),
        date(2021, 6, 30),
    )
    q2 = by_text(found, "the second quarter of 2023")
    assert (q2.value, q2.start, q2.end) == ("2023-Q2", date(2023, 4, 1), date(2023, 6, 30))
    assert by_text(found, "Q3 2022").value == "2022-Q3"
    assert by_text(found, "H1 2024").end == date(2024, 6, 30)


def test_plain_years_since_and_ranges(times: Times) -> None:
    found = times(
        "In 2022 the railway opened. The embassy has been closed since 2019. Drought hit in 2000–2002."
    )
    assert by_text(found, "2022").value == "2022"
    since = by_text(found, "since 2019")
    assert (since.value, since.precision, since.start) == ("2019", "year", date(2019, 1, 1))
    span = by_text(found, "2000–2002")
    assert (span.start, span.end) == (date(2000, 1, 1), date(2002, 12, 31))


def test_by_month_runs_from_january(times: Times) -> None:
    t = by_text(times("By November 2023, grain shipments had fallen to 400,000 tonnes."), "By November 2023")
    assert (t.value, t.precision, t.start, t.end) == (
        "2023-11",
        "month",
        date(2023, 1, 1),
        date(2023, 11, 30),
    )


def test_decade_is_edtf_with_ten_year_period(times: Times) -> None:
    t = by_text(times("Civil war ravaged the country in the 1990s."), "the 1990s")
    assert (t.value, t.precision, t.start, t.end) == ("199X", "year", date(1990, 1, 1), date(1999, 12, 31))


def test_names_of_plans_quantities_and_frequencies_are_not_dates(times: Times) -> None:
    found = times(
        "Under its Strategy 2050 the government ships 2,000 tonnes annually, 1500 tonnes a year, "
        "and it aims to double that by 2030."
    )
    assert [t.text for t in found] == ["by 2030"]


def test_spacy_date_entity_in_a_form_the_rules_miss(times: Times) -> None:
    found = times("The treaty entered into force on the 8th day of February, 2006, after ratification.")
    assert [t.value for t in found if t.precision == "day"] == ["2006-02-08"]
