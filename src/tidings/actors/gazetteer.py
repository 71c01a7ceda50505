"""The world gazetteer: the shipped JSON, token tries over every surface form, actor builders."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

from tidings.actors.names import name_key
from tidings.records import Actor, ActorKind

DATA = Path(__file__).resolve().parent / "data" / "gazetteer.json"

EntryKind = Literal[
    "state",
    "adjective",
    "demonym",
    "org",
    "group",
    "agency",
    "capital",
    "metonym",
    "city",
    "territory",
    "sector",
    "title",
]
# Lower number wins when two entries share a surface form.
PRIORITY: dict[str, int] = {
    "org": 0,
    "group": 0,
    "agency": 1,
    "state": 2,
    "metonym": 3,
    "capital": 4,
    "adjective": 5,
    "demonym": 5,
    "territory": 6,
    "city": 7,
    "sector": 8,
    "title": 9,
}


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form stands for: `key` is an ISO3, org/group code, sector code or city name."""

    kind: EntryKind
    key: str
    name: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class CapitalTerm:
    country: str
    start: date | None
    end: date | None
    current_name: str


@dataclass(frozen=True, slots=True)
class PersonRole:
    start: date | None
    end: date | None
    country: str
    sector: str
    role: str


@dataclass(frozen=True, slots=True)
class KnownPerson:
    person_id: str
    name: str
    first_key: str
    surname_key: str
    gender: str | None
    org: str | None
    roles: tuple[PersonRole, ...]
    bare_needs_title: bool = False  # from the succession lists: a bare surname needs a fitting title

    def role_on(self, day: date | None) -> PersonRole | None:
        """The post held on `day` (the latest post when the day is unknown)."""
        if day is None:
            return self.roles[-1] if self.roles else None
        for r in self.roles:
            if (r.start is None or r.start <= day) and (r.end is None or day <= r.end):
                return r
        return None


Trie = dict[str, list[tuple[tuple[str, ...], Entry]]]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def person_id(name: str) -> str:
    from tidings.actors.names import slug

    return f"PER:{slug(name)}"


class Gazetteer:
    """Read-only lookup tables built once from `data/gazetteer.json`."""

    def __init__(self, data: dict[str, Any]) -> None:
        import spacy

        self.tokenizer = spacy.blank("en").tokenizer
        self.states: dict[str, str] = {k: v["name"] for k, v in data["states"].items()}
        self.adjectives: dict[str, tuple[str, ...]] = {
            k: tuple(v["adjectives"]) for k, v in data["states"].items()
        }
        self.capital_of: dict[str, str | None] = {k: v["capital"] for k, v in data["states"].items()}
        self.orgs: dict[str, dict[str, Any]] = {**data["orgs"], **data["groups"]}
        self.seats: dict[str, str] = data.get("seats", {})
        self.cities: dict[str, tuple[str, float, float]] = {
            k: (v[0], v[1], v[2]) for k, v in data["cities"].items()
        }
        self.capitals: dict[str, tuple[CapitalTerm, ...]] = self._capitals(data)
        self.ministry_sector: dict[str, str] = data["ministry_sector"]
        self.title_modifiers = frozenset(data["title_modifiers"])
        self.non_name_words = frozenset(data["non_name_words"])
        self.pronouns: dict[str, str] = data["pronouns"]
        self.title_words = frozenset(data["titles"])  # a sector word that is also a post: "envoy"
        self.persons = tuple(self._person(p) for p in data["persons"])
        self.by_surface: dict[str, Entry] = {}
        self.by_lower: dict[str, Entry] = {}
        for surface, entry in self._entries(data):
            self._add(self.by_surface, surface, entry)
        for word, sector in data["sectors"].items():
            self._add(self.by_lower, word, Entry("sector", sector, word, sector=sector))
        for word, sector in data["titles"].items():
            self._add(self.by_lower, word, Entry("title", sector, word, sector=sector))
        self.proper: Trie = self._trie(self.by_surface, lower=False)
        self.common: Trie = self._trie(self.by_lower, lower=True)

    @staticmethod
    def _add(table: dict[str, Entry], surface: str, entry: Entry) -> None:
        old = table.get(surface)
        if old is None or PRIORITY[entry.kind] < PRIORITY[old.kind]:
            table[surface] = entry

    def _trie(self, table: dict[str, Entry], *, lower: bool) -> Trie:
        trie: Trie = {}
        for surface, entry in table.items():
            toks = tuple(t.lower_ if lower else t.text for t in self.tokenizer(surface))
            if toks:
                trie.setdefault(toks[0], []).append((toks, entry))
        for options in trie.values():
            options.sort(key=lambda o: -len(o[0]))
        return trie

    def _capitals(self, data: dict[str, Any]) -> dict[str, tuple[CapitalTerm, ...]]:
        out: dict[str, list[CapitalTerm]] = {}
        for iso3, s in data["states"].items():
            if s["capital"]:
                out.setdefault(s["capital"], []).append(CapitalTerm(iso3, None, None, s["capital"]))
        for c in data["capitals"]:
            terms = [t for t in out.get(c["name"], []) if not (t.country == c["country"] and t.start is None)]
            terms.append(CapitalTerm(c["country"], _day(c["from"]), _day(c["to"]), c["now"]))
            out[c["name"]] = terms
        return {k: tuple(v) for k, v in out.items()}

    @staticmethod
    def _person(p: dict[str, Any]) -> KnownPerson:
        parts = p["name"].split()
        roles = tuple(PersonRole(_day(r[0]), _day(r[1]), r[2], r[3], r[4]) for r in p["roles"])
        return KnownPerson(
            person_id(p["name"]),
            p["name"],
            name_key(parts[0]),
            name_key(parts[-1]),
            p.get("g"),
            p.get("org"),
            roles,
            bool(p.get("t")),
        )

    def _entries(self, data: dict[str, Any]) -> Iterator[tuple[str, Entry]]:
        for iso3, s in data["states"].items():
            for n in s["names"]:
                yield n, Entry("state", iso3, s["name"], country=iso3)
            for a in s["adjectives"]:
                yield a, Entry("adjective", iso3, s["name"], country=iso3)
            for d in s["demonyms"]:
                yield d, Entry("demonym", iso3, s["name"], country=iso3, sector="CVL")
        for code, o in self.orgs.items():
            kind: EntryKind = "group" if o["kind"] == "group" else "org"
            for n in o["names"]:
                yield (
                    n,
                    Entry(
                        kind,
                        code,
                        o["names"][0] if kind == "group" else _long_name(o["names"]),
                        country=o.get("country"),
                    ),
                )
        for name, (iso3, sector) in data["agencies"].items():
            yield name, Entry("agency", iso3, name, country=iso3, sector=sector)
        for name, (iso3, sector) in data["metonyms"].items():
            yield name, Entry("metonym", iso3, name.removeprefix("the "), country=iso3, sector=sector)
        for name, terms in self.capitals.items():
            yield name, Entry("capital", terms[-1].country, name, country=terms[-1].country)
        for name, (iso3, _, _) in self.cities.items():
            yield name, Entry("city", name, name, country=iso3)
        for name, iso3 in (data["territories"] | data["provinces"]).items():
            yield name, Entry("territory", name, name, country=iso3)

    def variants(self) -> Iterator[tuple[str, Actor]]:
        """Every proper surface form with the actor it stands for (for spun-text generation)."""
        for surface, entry in self.by_surface.items():
            yield surface, entry_actor(self, entry, surface)

    def capital_terms(self, name: str) -> tuple[CapitalTerm, ...]:
        return self.capitals.get(name, ())


def _long_name(names: list[str]) -> str:
    """The first spelled-out name (not an acronym) of an organisation."""
    return next((n for n in names if not n.replace(".", "").isupper()), names[0])


def entry_actor(gaz: Gazetteer, entry: Entry, text: str, *, sector: str | None = None) -> Actor:
    """The actor an entry stands for, as written in `text`; cities and territories are kind `other`."""
    if entry.kind in ("org", "group"):
        o = gaz.orgs[entry.key]
        kind: ActorKind = "group" if entry.kind == "group" else ("ngo" if o["kind"] == "ngo" else "igo")
        return Actor(
            text=text,
            name=entry.name,
            code=entry.key,
            country=o.get("country"),
            sector=sector,
            kind=kind,
            parent=o.get("parent"),
        )
    if entry.kind in ("city", "territory"):
        return Actor(text=text, name=entry.name, code=None, country=entry.country, kind="other")
    iso3 = entry.country or entry.key
    own_sector = sector or entry.sector or ("GOV" if entry.kind in ("capital", "metonym") else None)
    name = gaz.states.get(iso3, iso3) if entry.kind != "agency" else entry.name
    return Actor(text=text, name=name, code=iso3, country=iso3, sector=own_sector, kind="state")


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    with open(DATA, encoding="utf-8") as f:
        return Gazetteer(json.load(f))
