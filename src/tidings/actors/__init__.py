"""Actors: gazetteer of states, organisations, groups; persons; coreference.

`find_mentions` returns, in text order, one `Mention` per actor reference:

- via "gazetteer": a state, organ ("Kazakhstan's Foreign Ministry"), organisation or group;
- via "adjective"/"demonym": "Afghan" alone (a state, no sector) / "Afghans" (the state's civilians, CVL);
- via "title"/"apposition"/"entity"/"variant": a person (kind "person", code and person_id "PER:slug");
  via "title" with kind "state" is a post named without a person ("the Kazakh foreign minister");
- via "metonymy": a capital or seat of power that acts ("Moscow announced") = the state, sector GOV;
- via "location": a city, territory or non-acting capital (kind "other", code None, country set);
- via "coref": "the president", "the ministry", "he", "the country"; "the two countries" gives TWO
  mentions over the same span, one per state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tidings.actors.clock import Clock, document_clock
from tidings.actors.collectives import resolve_collectives, resolve_ethnic
from tidings.actors.compounds import assemble, capital_country, place, posted_places
from tidings.actors.coref import resolve_countries, resolve_organs, resolve_posts, resolve_pronouns
from tidings.actors.filers import resolve_filers
from tidings.actors.gazetteer import Gazetteer, entry_actor, load_gazetteer
from tidings.actors.generic import drop_stances, resolve_administrations, resolve_misspellings
from tidings.actors.hits import Hit
from tidings.actors.person_pool import pool_persons
from tidings.actors.persons import find_persons
from tidings.actors.possessive import resolve_possessives
from tidings.actors.principal import infer_person_countries
from tidings.actors.scan import scan
from tidings.records import Actor, Document, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Gazetteer", "find_mentions", "load_gazetteer", "lookup"]


def find_mentions(parsed: Any, doc: Document | None, gaz: Gazetteer) -> tuple[Mention, ...]:
    """Every actor mention in a parsed document, with character spans into `doc.text`."""
    if parsed is None:
        return ()
    sdoc: Doc = parsed
    clock = document_clock(doc, sdoc.text)
    atoms = scan(sdoc, gaz)
    people = find_persons(sdoc, atoms, gaz, clock)
    persons = pool_persons(sdoc, atoms, people.finds, gaz, clock)
    taken = {t for h in persons for t in range(h.start, h.end)}
    hits, loose = assemble(sdoc, atoms, people.used, taken, gaz, clock)
    hits = drop_stances(sdoc, hits)
    hits = infer_person_countries(sdoc, sorted(hits + persons, key=lambda h: h.start), people.posts, gaz)
    hits = sorted(hits + resolve_posts(sdoc, people.posts, hits, gaz), key=lambda h: h.start)
    hits += resolve_organs(sdoc, loose, hits, gaz)
    hits += resolve_possessives(sdoc, people.posts, loose, hits, gaz)
    hits += resolve_misspellings(sdoc, hits, gaz)
    hits += resolve_pronouns(sdoc, hits, gaz)
    hits += resolve_filers(sdoc, sorted(hits, key=lambda h: h.start))
    hits += resolve_countries(sdoc, sorted(hits, key=lambda h: h.start), gaz)
    governments = resolve_administrations(sdoc, hits, gaz)
    covered = {(g.start, g.end - 1) for g in governments}
    hits = [h for h in hits if (h.start, h.end) not in covered] + governments
    hits = resolve_ethnic(sdoc, hits, gaz)
    hits += resolve_collectives(sdoc, hits, gaz)
    hits += posted_places(atoms, hits, gaz)
    return tuple(_mention(sdoc, h) for h in _unique(hits))


def _unique(hits: list[Hit]) -> list[Hit]:
    seen: set[tuple[int, int, str | None]] = set()
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        key = (h.start, h.end, h.actor.code or h.actor.name)
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out


def _mention(sdoc: Doc, h: Hit) -> Mention:
    span = sdoc[h.start : h.end]
    return Mention(span=(span.start_char, span.end_char), actor=h.actor, via=h.via)


def lookup(gaz: Gazetteer, text: str) -> Actor | None:
    """Resolve a name, adjective or demonym ("Afghan", "Kazakhstan", "UNAMA", "the Kremlin") to its actor."""
    name = text.strip()
    entry = gaz.by_surface.get(name) or gaz.by_surface.get(name.removeprefix("the ").removeprefix("The "))
    if entry is None or entry.kind in ("sector", "title"):
        return None
    if entry.kind == "capital":
        country = capital_country(name, gaz, Clock(None, False, False))
        if country is None:
            return place(name, entry.country, gaz)
        return Actor(text=name, name=gaz.states[country], code=country, country=country, sector="GOV")
    return entry_actor(gaz, entry, name)
