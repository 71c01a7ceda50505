"""States, organisations and groups with their organs: "Kazakhstan's Foreign Ministry", "Uzbek border guards",
"Government of Afghanistan", "Taliban authorities"; capitals as governments (metonymy) or as places."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from tidings.actors.affiliation import affiliates, after, rules
from tidings.actors.clock import Clock
from tidings.actors.coordination import coordinate, population, population_end
from tidings.actors.gazetteer import Entry, Gazetteer, entry_actor
from tidings.actors.hits import GENITIVE, Hit
from tidings.actors.places import adjective_place
from tidings.actors.scan import Atom
from tidings.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_MODIFIERS = 3  # "the Kazakh [national railway] company"
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "poss"})
# What a state has with another: "ties with Quito", "talks with Tehran" (a government, not a place).
RELATIONS = frozenset(
    {"tie", "relation", "relationship", "talk", "negotiation", "dialogue", "dispute", "row", "rift",
     "spat", "tension", "agreement", "deal", "accord", "pact", "treaty", "contact"}
)  # fmt: skip
# Sector words that make the Taliban a government: "Taliban authorities", "Taliban-led administration".
RULER_SECTORS = frozenset({"GOV"})
# Sectors whose members are often foreigners where they stand: "troops in Afghanistan", "refugees in Iran".
LOCAL_ORGANS = frozenset({"JUD", "COP", "GOV"})
FOREIGN_SECTORS = frozenset({"MIL", "REF", "LAB", "SOC", "MED", "JRN", "EDU"})
# Prepositions that make a seat city a place ("talks in Brussels"), not its organisation ("with Brussels").
SEAT_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "to", "from", "into", "via", "around", "of"})


def _modifiers_between(doc: Doc, end: int, start: int, taken: set[int]) -> bool:
    """Only adjectives/nouns (no verbs, punctuation or other atoms) between an affiliation and an organ."""
    span = range(end + (end < len(doc) and doc[end].text in GENITIVE), start)
    if len(span) > MAX_MODIFIERS:
        return False
    return all(
        doc[k].is_alpha and k not in taken and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") for k in span
    ) or all(doc[k].text in ("-", "led") for k in span)


def _org_actor(atom: Atom, gaz: Gazetteer, clock: Clock, sector: str | None) -> Actor:
    """An organisation or group; a ruling group ("Taliban authorities", or once in power) is a government."""
    actor = entry_actor(gaz, atom.entry, atom.name, sector=sector)
    ruler = gaz.orgs[atom.entry.key].get("ruler_of")
    if ruler and (sector in RULER_SECTORS or rules(atom, gaz, clock)):
        actor = dataclasses.replace(actor, country=ruler, sector=sector or "GOV")
    return actor


def _affiliated(atom: Atom, organ: Atom, text: str, gaz: Gazetteer, clock: Clock) -> Actor:
    """The actor for "<affiliation> <organ>": a state's organ, or an organisation/group with a sector."""
    sector = organ.entry.sector
    if atom.kind in ("group", "org"):
        return dataclasses.replace(_org_actor(atom, gaz, clock, sector), text=text)
    iso3 = atom.entry.country or atom.entry.key
    state = gaz.states.get(iso3, iso3)
    return Actor(
        text=text, name=f"{state} {organ.name}", code=iso3, country=iso3, sector=sector, kind="state"
    )


def acts(doc: Doc, atom: Atom) -> bool:
    """A place name that does something: subject of a verb, possessor ("Moscow's initiative"), agent
    ("hosted by Tashkent", "a pledge by Beijing"), the one acted against or related with ("sanctions
    against Moscow", "ties with Quito")."""
    tok: Token = doc[atom.end - 1]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ACTING_DEPS or (atom.end < len(doc) and doc[atom.end].text in GENITIVE):
        return True
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "with" and prep.head.lemma_.lower() in RELATIONS:  # "cut ties with Quito"
        return True
    return prep.dep_ == "agent" or prep.lower_ in ("by", "against")  # "a complaint against Quito"


def capital_country(name: str, gaz: Gazetteer, clock: Clock) -> str | None:
    """The state whose government a capital's name stands for at the document's time, if any."""
    for term in gaz.capital_terms(name):
        in_term = (
            clock.day is not None
            and (term.start is None or term.start <= clock.day)
            and (term.end is None or clock.day <= term.end)
        )
        if in_term or term.end is None or gaz.capital_of.get(term.country) == term.current_name:
            return term.country
    return None


def place(name: str, country: str | None, gaz: Gazetteer) -> Actor:
    """A city or territory as a location (kind "other"), under its current name."""
    terms = gaz.capital_terms(name)
    current = terms[-1].current_name if terms else name
    return Actor(text=name, name=current, code=None, country=country, kind="other")


def _place(atom: Atom, gaz: Gazetteer) -> Hit:
    return Hit(atom.start, atom.end, place(atom.name, atom.entry.country, gaz), "location")


def _seat_acts(doc: Doc, atom: Atom) -> bool:
    """An organisation's seat is the organisation unless it is where something happens or goes."""
    before = doc[atom.start - 1].lower_ if atom.start > 0 else ""
    return acts(doc, atom) or (before not in SEAT_PLACE_PREPS and doc[atom.start].dep_ == "pobj")


def _single(doc: Doc, atom: Atom, gaz: Gazetteer, clock: Clock) -> Hit | None:
    kind = atom.kind
    if kind in ("group", "org"):
        return Hit(atom.start, atom.end, _org_actor(atom, gaz, clock, None), "gazetteer")
    if kind in ("state", "agency", "demonym", "adjective"):
        via = {"adjective": "adjective", "demonym": "demonym"}.get(kind, "gazetteer")
        return Hit(atom.start, atom.end, entry_actor(gaz, atom.entry, atom.name), via)
    if kind == "capital" and atom.name in gaz.seats and _seat_acts(doc, atom):
        org = gaz.seats[atom.name]  # "Brussels pressed them", "a deal with Brussels": the EU
        actor = entry_actor(gaz, Entry("org", org, org), atom.name)
        return Hit(atom.start, atom.end, dataclasses.replace(actor, sector="GOV"), "metonymy")
    if kind in ("capital", "metonym"):
        country = atom.entry.country if kind == "metonym" else capital_country(atom.name, gaz, clock)
        if country is not None and acts(doc, atom):
            actor = entry_actor(gaz, atom.entry, atom.name)
            return Hit(
                atom.start,
                atom.end,
                dataclasses.replace(
                    actor, code=country, country=country, name=gaz.states.get(country, country)
                ),
                "metonymy",
            )
        return _place(atom, gaz)
    if kind in ("city", "territory"):
        return _place(atom, gaz)
    return None


def _local_organ(place: Atom, nxt: Atom | None) -> bool:
    """ "a Moscow court", "Istanbul prosecutors", "Karachi police": a city's courts, police and
    officials are its state's."""
    return (
        place.kind in ("city", "capital")
        and place.entry.country is not None
        and nxt is not None
        and nxt.entry.sector in LOCAL_ORGANS
    )


def assemble(
    doc: Doc, atoms: list[Atom], used: set[int], taken: set[int], gaz: Gazetteer, clock: Clock
) -> tuple[list[Hit], list[Atom]]:
    """Hits for the atoms the persons step left, and the organ words left without an owner."""
    by_start = {a.start: a for a in atoms}
    hits: list[Hit] = []
    loose: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i in used or a.start in taken:
            i += 1
            continue
        if (spot := adjective_place(doc, a, by_start, gaz)) is not None:
            hits.append(spot)
            while i < len(atoms) and atoms[i].start < spot.end:
                i += 1
            continue
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        if (
            (affiliates(a) or _local_organ(a, nxt))
            and nxt is not None
            and nxt.kind == "sector"
            and i + 1 not in used
            and _modifiers_between(doc, a.end, nxt.start, taken)
        ):
            text = doc[a.start : nxt.end].text
            hits.append(
                Hit(
                    a.start,
                    nxt.end,
                    _affiliated(a, nxt, text, gaz, clock),
                    "gazetteer",
                    head=nxt.name.lower().split()[-1],
                )
            )
            i += 2
            continue
        if (end := population_end(doc, a, nxt, taken)) is not None:
            hits.append(population(doc, a, end, gaz))
            i += 2 if nxt is not None and nxt.end == end else 1
            continue
        if a.kind == "sector":
            located = a.entry.sector not in FOREIGN_SECTORS
            aff = after(doc, a.end, by_start, gaz, clock, located=located)
            owner = by_start.get(aff.end - 1) if aff is not None else None
            owner = next((x for x in atoms if aff is not None and x.end == aff.end), owner)
            if aff is not None and owner is not None:
                text = doc[a.start : aff.end].text
                hits.append(
                    Hit(
                        a.start,
                        aff.end,
                        _affiliated(owner, a, text, gaz, clock),
                        "gazetteer",
                        head=a.name.lower().split()[-1],
                    )
                )
                while i < len(atoms) and atoms[i].start < aff.end:
                    i += 1
                continue
            loose.append(a)
        elif (hit := _single(doc, a, gaz, clock)) is not None:
            hits.append(hit)
        i += 1
    return coordinate(doc, hits, gaz), loose


def posted_places(atoms: list[Atom], hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """The place an envoy is posted to, inside the envoy's mention ("ambassador to Kabul, X"): a
    mention of its own, so that "sent an ambassador to Kabul" has Afghanistan as its target."""
    out: list[Hit] = []
    for h in hits:
        if h.abroad is None:
            continue
        for a in atoms:
            if h.start < a.start < h.end and a.entry.country == h.abroad:
                if a.kind in ("capital", "city", "territory"):
                    out.append(Hit(a.start, a.end, place(a.name, a.entry.country, gaz), "location"))
                else:
                    out.append(Hit(a.start, a.end, entry_actor(gaz, a.entry, a.name), "gazetteer"))
                break
    return out
