"""Figures with units: values in base units, currencies, ranges, and numbers that are not figures."""

from __future__ import annotations

import pytest

from tidings.facts.currency import to_usd
from tidings.facts.numbers import parse_number
from tidings.facts.quantities import find_quantities


def one(text: str) -> tuple[str, float, str, str | None]:
    (q,) = find_quantities(text)
    return text[q.start : q.end], q.value, q.unit, q.currency


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("545,700", 545_700),
        ("1.25 million", 1_250_000),
        ("two billion", 2e9),
        ("a million", 1e6),
        ("half a million", 5e5),
        ("twenty-five thousand", 25_000),
        ("three hundred", 300),
        ("5bn", 5e9),
        ("40m", 4e7),
    ],
)
def test_number_words_and_scales(words: str, value: float) -> None:
    assert parse_number(words) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value", "unit", "currency"),
    [
        ("Tashkent reported exports of $412.6 million last spring.", 412_600_000, "USD", "USD"),
        ("The fund pledged Rs 5bn for the canal.", 5e9, "INR", "INR"),
        ("Brussels added €40m to the programme.", 4e7, "EUR", "EUR"),
        ("The bank lent 12 billion tenge to farmers.", 12e9, "KZT", "KZT"),
        ("The contract is worth US$3.5 billion.", 3.5e9, "USD", "USD"),
        ("They paid 300 million roubles for it.", 3e8, "RUB", "RUB"),
        ("Farmers sold 2.4 million tonnes of barley.", 2_400_000, "t", None),
        ("The line carries 33 bcm a year.", 33e9, "m3", None),
        ("The new road runs 1,000 km across the steppe.", 1000, "km", None),
        ("The old canal is 120 miles long.", 120 * 1.609344, "km", None),
        ("Cotton made up 18 per cent of the total.", 18, "%", None),
        ("The camp holds 4,500 refugees from the north.", 4500, "people", None),
    ],
)
def test_units_currencies_and_base_values(text: str, value: float, unit: str, currency: str | None) -> None:
    _, got, got_unit, got_currency = one(text)
    assert got == pytest.approx(value)
    assert (got_unit, got_currency) == (unit, currency)


def test_range_takes_its_upper_bound_and_whole_phrase() -> None:
    text = "Repairs will cost between $10 and $12 million, officials said."
    (q,) = find_quantities(text)
    assert (q.value, q.low) == (12_000_000, 10_000_000)
    assert text[q.start : q.end] == "between $10 and $12 million"
    (q2,) = find_quantities("Output of 3-4 million tons is expected.")
    assert (q2.value, q2.low, q2.unit) == (4_000_000, 3_000_000, "t")
    text = "China will invest $3-5 billion in the corridor."
    (q3,) = find_quantities(text)
    assert (q3.value, q3.low, q3.currency, text[q3.start : q3.end]) == (5e9, 3e9, "USD", "$3-5 billion")


@pytest.mark.parametrize(
    "text",
    [
        "The Strategy 2050 sets long goals.",
        "In 2019 the mission closed.",
        "Read 4410 times",
        "It is one of the top 10 partners.",
        "The envoy, 58, arrived on 3 May.",
        "Call +7 727 123 4567 for details.",
        "As noted earlier (2), the embassy stayed open.",
        "She ranked 3rd in the 1990s survey.",
    ],
)
def test_years_dates_ranks_phones_and_footnotes_are_not_figures(text: str) -> None:
    assert find_quantities(text) == []


def test_usd_conversion_uses_the_year_of_the_figure() -> None:
    assert to_usd(5e6, "USD", 2020) == 5e6
    assert to_usd(925e6, "EUR", 2023) == pytest.approx(1e9, rel=0.01)
    assert to_usd(1e6, "KZT", 2016) < to_usd(1e6, "KZT", 2013)  # type: ignore[operator]
    assert to_usd(1e6, "XYZ", 2020) is None
