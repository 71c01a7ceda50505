"""The document year: publication year, dateline, or the latest explicit past dates."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import raw_doc
from tests.time.conftest import by_text, make_doc

from tidings.clean.spun import repair_document
from tidings.ingest.document import build_document
from tidings.time import infer_document_year


def test_publication_year_wins() -> None:
    assert infer_document_year(make_doc("In 2019 the border opened.", date(2024, 3, 18))) == 2024


def test_latest_explicit_year_ignoring_plans_and_targets() -> None:
    text = (
        "In June 2011 the senate refused to ratify the deal. Under Strategy 2050 and the 2030 Agenda, "
        "the country wants growth by 2035. A special group went to Kabul in mid-October 2021. "
        "The ministry expects exports to double in 2026."
    )
    assert infer_document_year(make_doc(text)) == 2021


def test_plain_year_in_past_narrative_counts() -> None:
    assert (
        infer_document_year(make_doc("In March 2019 the capital was renamed. In 2022 trade hit a record."))
        == 2022
    )


def test_dateline_is_read_as_publication_date() -> None:
    text = "Friday, 12 May 2017\n\nCorridor talks\n\nIn 2015 the railway opened; by 2030 it should double."
    assert infer_document_year(make_doc(text)) == 2017


def test_looking_back_on_a_finished_year_moves_to_the_next() -> None:
    text = (
        "In April 2023 a forum was held in Kabul. A contract was signed in October 2023. "
        "The trade office in Moscow closed last year."
    )
    assert infer_document_year(make_doc(text)) == 2024
    assert infer_document_year(make_doc(text.replace("last year", "in 2022"))) == 2023


def test_no_dates_no_year() -> None:
    assert infer_document_year(make_doc("The ministry issued a statement on the border.")) is None


@pytest.mark.seeds
def test_seed_document_years_match_gold(shared: Path) -> None:
    """Inferred year through ingest and clean, as the pipeline runs them, against the dev gold."""
    results = {}
    for path in sorted((shared / "seeds").glob("*.txt")):
        gold = json.loads((shared / "gold" / "seeds" / f"{path.stem}.json").read_text())
        doc = repair_document(build_document(raw_doc(path.read_text(), name=path.name)))
        results[path.name] = (infer_document_year(doc), gold["meta"]["inferred_year"])
    assert len(results) == 5
    assert all(got == want for got, want in results.values()), results


def test_a_year_in_a_relative_clause_is_not_carried(times) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The act applied Sharia law, which had been introduced in 1983. "
        "The general and protest leaders signed a power-sharing deal in August."
    )
    found = times(text, date(2019, 11, 29))
    assert by_text(found, "August").value == "2019-08"
    text = "Kenya held elections in 2017. The court annulled the vote in September."
    assert by_text(times(text, date(2019, 11, 29)), "September").value == "2017-09"
