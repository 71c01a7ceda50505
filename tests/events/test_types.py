"""One sentence per PLOVER type, each written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Coder, dyad

CASES = [
    ("AGREE", "Peru signed a fisheries agreement with Bolivia.", "PER", "BOL"),
    ("CONSULT", "The Kenyan foreign minister met with his Ugandan counterpart.", "KEN", "UGA"),
    ("SUPPORT", "Norway praised Finland for its mediation.", "NOR", "FIN"),
    ("CONCEDE", "Brazil lifted sanctions against Chile.", "BRA", "CHL"),
    ("COOPERATE", "Colombia extradited two suspects to Spain.", "COL", "ESP"),
    ("AID", "Japan delivered humanitarian aid to Mongolia.", "JPN", "MNG"),
    ("RETREAT", "Ecuador withdrew its troops from Colombia.", "ECU", "COL"),
    ("REQUEST", "Fiji urged Australia to reopen the fishing grounds.", "FJI", "AUS"),
    ("ACCUSE", "Ghana accused Nigeria of closing the border.", "GHA", "NGA"),
    ("REJECT", "Portugal rejected the Spanish proposal.", "PRT", "ESP"),
    ("THREATEN", "Morocco threatened to expel the Spanish ambassador.", "MAR", "ESP"),
    ("PROTEST", "Thousands of Kenyan students protested against Uganda outside the embassy.", "KEN", "UGA"),
    ("SANCTION", "Denmark imposed sanctions on Bolivia.", "DNK", "BOL"),
    ("MOBILIZE", "Colombia deployed troops to the border with Ecuador.", "COL", "ECU"),
    ("COERCE", "Peruvian police arrested members of the Shining Path.", "PER", "SHINING_PATH"),
    ("ASSAULT", "The Shining Path attacked a Bolivian army post.", "SHINING_PATH", "BOL"),
]


@pytest.mark.parametrize(("type_", "text", "source", "target"), CASES, ids=[c[0] for c in CASES])
def test_each_type(code: Coder, type_: str, text: str, source: str, target: str) -> None:
    assert (type_, source, target) in {dyad(e) for e in code(text)}


def test_all_sixteen_types_are_covered() -> None:
    from tidings.events.ontology import TYPES

    assert {c[0] for c in CASES} == set(TYPES)
