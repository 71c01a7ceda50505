"""Where events happen: the place the text puts them, with coordinates (sentences written here)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tidings.actors.geo import load_geo
from tidings.export.gdelt import COLUMNS, gdelt_row
from tidings.export.plover import plover_record
from tidings.records import Event, Location, Result
from tidings.store.rows import location_json

Run = Callable[..., Result]


def _events(run_text: Run, text: str) -> tuple[Event, ...]:
    return run_text(text).events


def _only(run_text: Run, text: str, type_: str) -> Event:
    found = [e for e in _events(run_text, text) if e.type == type_]
    assert found, _events(run_text, text)
    return found[0]


def test_a_city_carries_its_point_and_geonames_id(run_text: Run) -> None:
    ev = _only(run_text, "The foreign ministers of Chile and Peru met in Nairobi on Monday.", "CONSULT")
    loc = ev.location
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Nairobi", "KEN", "city")
    assert loc.lat is not None and loc.lon is not None
    assert abs(loc.lat - -1.28) < 0.1 and abs(loc.lon - 36.82) < 0.1
    assert loc.geonameid == load_geo().city("Nairobi", (), "KEN").geonameid  # type: ignore[union-attr]


def test_a_town_named_with_its_state_adjective(run_text: Run) -> None:
    text = "Gunmen attacked a police station in the Kenyan town of Lodwar, Kenyan officials said."
    loc = _only(run_text, text, "ASSAULT").location
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Lodwar", "KEN", "city")
    assert loc.lat is not None


def test_a_province_is_a_region_of_its_state(run_text: Run) -> None:
    text = "Pakistani troops attacked rebel camps in Pakistan's Balochistan province on Friday."
    loc = _only(run_text, text, "ASSAULT").location
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Balochistan", "PAK", "region")


def test_a_country_is_placed_at_its_capital(run_text: Run) -> None:
    loc = _only(run_text, "The president of Kenya visited Peru last week.", "CONSULT").location
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Peru", "PER", "country")
    lima = load_geo().city("Lima", (), "PER")
    assert lima is not None and (loc.lat, loc.lon) == (lima.lat, lima.lon)


def test_no_location_when_the_text_gives_none(run_text: Run) -> None:
    ev = _only(run_text, "Chile and Peru signed a trade agreement on Monday.", "AGREE")
    assert ev.location is None


def test_a_topic_or_a_nationality_is_no_location(run_text: Run) -> None:
    text = "Chilean diplomats held talks with Peru on the situation in Bolivia."
    for ev in _events(run_text, text):
        assert ev.location is None, ev


def test_an_ambiguous_city_goes_to_the_country_the_text_names(run_text: Run) -> None:
    lebanon = (
        "Lebanese soldiers attacked armed men in the northern city of Tripoli, the army of Lebanon said."
    )
    loc = _only(run_text, lebanon, "ASSAULT").location
    assert loc is not None and (loc.name, loc.country) == ("Tripoli", "LBN")
    libya = "Libyan soldiers attacked armed men in Tripoli on Sunday."
    loc = _only(run_text, libya, "ASSAULT").location
    assert loc is not None and (loc.name, loc.country) == ("Tripoli", "LBY")


def test_a_capital_standing_for_its_government_is_no_location(run_text: Run) -> None:
    """ "Nairobi accused X" says who acts, not where; a capital that hosts says where."""
    assert _only(run_text, "Nairobi accused Peru of spying on Monday.", "ACCUSE").location is None
    loc = _only(run_text, "Nairobi hosted talks between Chile and Peru on Monday.", "CONSULT").location
    assert loc is not None and (loc.name, loc.precision) == ("Nairobi", "city")


def test_a_day_then_a_place_before_the_clause(run_text: Run) -> None:
    text = "On Friday in Lima, the Chilean foreign minister met the Kenyan foreign minister."
    loc = _only(run_text, text, "CONSULT").location
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Lima", "PER", "city")


def _row(loc: Location) -> dict[str, object]:
    return {
        "event_id": "e1",
        "doc_id": "d1",
        "doc_name": "x.txt",
        "type": "CONSULT",
        "cameo": "040",
        "span_start": 0,
        "span_end": 5,
        "location": json.loads(location_json(loc) or "null"),
        "is_first": True,
        "num_mentions": 1,
        "num_sources": 1,
        "num_articles": 1,
    }


def test_exports_carry_the_point() -> None:
    loc = Location(
        text="Nairobi",
        name="Nairobi",
        country="KEN",
        lat=-1.28,
        lon=36.82,
        precision="city",
        geonameid=184745,
    )
    stored = json.loads(location_json(loc) or "null")
    assert (stored["lat"], stored["lon"], stored["precision"], stored["geonameid"]) == (
        -1.28,
        36.82,
        "city",
        184745,
    )
    cols = dict(zip(COLUMNS, gdelt_row(_row(loc), 1), strict=True))
    assert cols["ActionGeo_Type"] == 4 and cols["ActionGeo_FullName"] == "Nairobi"
    assert (cols["ActionGeo_Lat"], cols["ActionGeo_Long"], cols["ActionGeo_FeatureID"]) == (
        -1.28,
        36.82,
        184745,
    )
    geo = plover_record(_row(loc))["event_loc"]
    assert (geo["lat"], geo["lon"], geo["geonameid"], geo["city"]) == (-1.28, 36.82, 184745, "Nairobi")


def test_the_events_export_carries_lat_lon(run_text: Run, tmp_path: Path) -> None:
    from tidings.export.contract import export_rows
    from tidings.store import Store

    result = run_text("The foreign ministers of Chile and Peru met in Nairobi on Monday.")
    with Store(tmp_path / "t.duckdb") as store:
        store.write([result])
        rows = list(export_rows(store, "events"))
    placed = [r for r in rows if r["location"]]
    assert placed, rows
    loc = placed[0]["location"]
    assert loc["lat"] is not None and loc["lon"] is not None and loc["precision"] == "city"


@pytest.mark.parametrize("iso3", ["AFG", "KAZ", "USA", "FRA"])
def test_every_state_has_a_point(iso3: str) -> None:
    p = load_geo().country(iso3)
    assert p is not None and p.lat is not None and p.precision == "country"
