"""What a post or organ belongs to, read from the words before or after it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tidings.actors.clock import Clock
from tidings.actors.gazetteer import Gazetteer
from tidings.actors.hits import AFFILIATIONS, GENITIVE
from tidings.actors.scan import Atom

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Affiliation:
    """Country (ISO3) and/or organisation code, and the tokens [start, end) that said so."""

    start: int
    end: int
    country: str | None
    org: str | None


def rules(atom: Atom, gaz: Gazetteer, clock: Clock) -> bool:
    """A group that governs a state at the document's time (the Taliban after August 2021, the "Emirate")."""
    e = atom.entry
    if e.kind != "group" or not gaz.orgs[e.key].get("ruler_of"):
        return False
    return clock.taliban_rule or "Emirate" in atom.name


def affiliates(atom: Atom) -> bool:
    """An atom that can say whom an organ or post belongs to; a region only when its state is known."""
    return atom.kind in AFFILIATIONS and (atom.kind != "territory" or atom.entry.country is not None)


def affiliation_of(atom: Atom, gaz: Gazetteer, clock: Clock) -> tuple[str | None, str | None]:
    """(country, org) that an affiliation atom names: a group's home country, the state a ruler governs."""
    e = atom.entry
    if e.kind in ("group", "org"):
        o = gaz.orgs[e.key]
        country = o.get("ruler_of") if rules(atom, gaz, clock) else o.get("country")
        return country, e.key
    return e.country, None


def before(
    doc: Doc,
    start: int,
    by_end: dict[int, Atom],
    gaz: Gazetteer,
    clock: Clock,
    modifiers: frozenset[str] = frozenset(),
) -> tuple[int, list[str], Affiliation | None]:
    """Walk left from `start` over modifiers ("acting"), "'s" and one affiliation atom.

    Returns the new start, the modifier words (in text order) and the affiliation found.
    """
    s, aff = start, None
    words: list[str] = []
    for _ in range(6):
        if s == 0:
            break
        t = doc[s - 1]
        if t.lower_ in modifiers:
            words.insert(0, t.text)
            s -= 1
            continue
        gen = t.text in GENITIVE
        a = by_end.get(s - 1 if gen else s)
        if aff is None and a is not None and affiliates(a):
            country, org = affiliation_of(a, gaz, clock)
            aff = Affiliation(a.start, s, country, org)
            s = a.start
            continue
        break
    return s, words, aff


# Places that say whose a domestic organ is when it stands "in" them: "security forces in Guinea".
PLACES = frozenset({"state", "capital", "city", "territory"})


def after(
    doc: Doc, end: int, by_start: dict[int, Atom], gaz: Gazetteer, clock: Clock, *, located: bool = False
) -> Affiliation | None:
    """ "of Kazakhstan", "of the Taliban", "at the UN" right after a post or organ.

    With `located`, also "in <state or place>" ("police in Hebron", "the opposition in Kazakhstan").
    """
    if end >= len(doc):
        return None
    prep = doc[end].lower_
    if prep not in ("of", "for", "at") and not (located and prep == "in"):
        return None
    k = end + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    a = by_start.get(k)
    if a is None or not (a.kind in PLACES if prep == "in" else affiliates(a)):
        return None
    if a.end < len(doc) and doc[a.end].text in GENITIVE:
        return None
    if prep == "in" and a.entry.country is None:
        return None
    country, org = affiliation_of(a, gaz, clock)
    return Affiliation(end, a.end, country, org)
