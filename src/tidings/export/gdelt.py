"""A GDELT 2.0-style event table: one row per story (cluster), GDELT's 61 column names."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR),
    *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO),
    *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED",
    "SOURCEURL",
)
_GROUP_KINDS = {"group", "igo", "ngo"}


def _actor_cols(actor: dict[str, Any] | None) -> list[Any]:
    if not actor:
        return [""] * len(_ACTOR)
    country = actor.get("country") or ""
    code = actor.get("code") or ""
    sector = actor.get("sector") or ""
    cameo_code = (country + sector) if country else code
    known_group = code if actor.get("kind") in _GROUP_KINDS else ""
    return [cameo_code, (actor.get("name") or "").upper(), country, known_group, "", "", "", sector, "", ""]


# GDELT's geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
_GEO_TYPE = {"country": (1, 1), "region": (2, 5), "city": (3, 4)}


def _geo_cols(loc: dict[str, Any] | None) -> list[Any]:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID of a location."""
    if not loc:
        return [0, "", "", "", "", "", "", ""]
    precision = loc.get("precision") or ("country" if loc.get("name") == loc.get("country") else "city")
    us, world = _GEO_TYPE.get(precision, (3, 4))
    country = loc.get("country") or ""
    name = loc.get("name") or loc.get("text") or ""
    return [
        us if country == "USA" else world,
        name,
        country,
        "",
        "",
        "" if loc.get("lat") is None else loc["lat"],
        "" if loc.get("lon") is None else loc["lon"],
        loc.get("geonameid") or "",
    ]


def gdelt_row(row: dict[str, Any], numeric_id: int) -> list[Any]:
    d = _as_date(row.get("date"))
    cameo = row.get("cameo") or ""
    published = row.get("published")
    return [
        numeric_id,
        d.strftime("%Y%m%d") if d else "",
        d.strftime("%Y%m") if d else "",
        d.year if d else "",
        round(d.year + (d.timetuple().tm_yday - 1) / 365, 4) if d else "",
        *_actor_cols(row.get("source")),
        *_actor_cols(row.get("target")),
        1,
        cameo,
        cameo[:3],
        cameo[:2],
        row.get("quad_class") or "",
        row.get("intensity") or "",
        row["num_mentions"],
        row["num_sources"],
        row["num_articles"],
        "",
        *_geo_cols(None),
        *_geo_cols(None),
        *_geo_cols(row.get("location")),
        published.strftime("%Y%m%d%H%M%S") if isinstance(published, date) else "",
        row.get("uri") or row.get("doc_name") or "",
    ]


def gdelt_rows(rows: Iterable[dict[str, Any]]) -> Iterator[list[Any]]:
    """One row per story: the first mention of each cluster (or each unclustered event)."""
    n = 0
    for row in rows:
        if row.get("is_first"):
            n += 1
            yield gdelt_row(row, n)


def _as_date(value: str | None) -> date | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-") if p.isdigit()]
    try:
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None
