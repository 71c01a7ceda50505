"""Phrases that name several states or a state's people at once.

- coordinated affiliations share one group noun: "Hungarian and Romanian officials", "US and British
  forces", "the Turkish and Greek sides" give one mention per state, each over the whole phrase;
- a nationality before a people's name is that state's population: "Iraqi Kurds", "Bosnian Serbs"
  (the state of the adjective, sector CVL).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from tidings.actors.gazetteer import Gazetteer
from tidings.actors.hits import Hit
from tidings.actors.scan import Atom
from tidings.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONJUNCTIONS = frozenset({"and", "or", "&", ",", "as well as"})
LISTED = frozenset({"state", "adjective"})  # kinds of atom that can stand in the list


def _state_of(h: Hit) -> str | None:
    a = h.actor
    bare = a.kind == "state" and a.sector is None and h.via in ("adjective", "gazetteer")
    return a.country if bare else None


def coordinate(doc: Doc, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """Spread a state organ's group noun over the states listed before it ("A, B and C officials")."""
    by_end = {h.end: h for h in hits if _state_of(h) is not None}
    out = list(hits)
    for n, h in enumerate(hits):
        a = h.actor
        if a.kind != "state" or a.sector is None or h.via != "gazetteer" or h.head is None:
            continue
        listed: list[Hit] = []
        s = h.start
        while s > 1 and doc[s - 1].lower_ in CONJUNCTIONS:
            prev = by_end.get(s - 1)
            if prev is None:
                break
            listed.append(prev)
            s = prev.start
            if s > 0 and doc[s - 1].text == "," and by_end.get(s - 1) is None:
                break
        if not listed:
            continue
        text = doc[s : h.end].text
        out[n] = dataclasses.replace(h, start=s, actor=dataclasses.replace(a, text=text))
        for prev in listed:
            code = _state_of(prev)
            assert code is not None
            organ = a.name.removeprefix(gaz.states.get(a.country or "", "") + " ")
            actor = Actor(
                text=text,
                name=f"{gaz.states.get(code, code)} {organ}",
                code=code,
                country=code,
                sector=a.sector,
                kind="state",
            )
            out[out.index(prev)] = Hit(s, h.end, actor, "gazetteer", head=h.head)
    return out


def population_end(doc: Doc, a: Atom, nxt: Atom | None, taken: set[int]) -> int | None:
    """End of "Iraqi Kurds" / "Bosnian Serbs": a nationality right before a people's plural name."""
    if a.kind != "adjective" or a.end >= len(doc) or not doc[a.end - 1].whitespace_:
        return None
    if nxt is not None and nxt.start == a.end and nxt.kind == "demonym":
        return nxt.end
    tok = doc[a.end]
    if (
        tok.i not in taken
        and (nxt is None or nxt.start > tok.i)
        and tok.tag_ == "NNPS"
        and tok.is_title
        and tok.text.endswith("s")
    ):
        return tok.i + 1
    return None


def population(doc: Doc, a: Atom, end: int, gaz: Gazetteer) -> Hit:
    code = a.entry.country or a.entry.key
    text = doc[a.start : end].text
    name = gaz.states.get(code, code)
    actor = Actor(text=text, name=name, code=code, country=code, sector="CVL", kind="state")
    return Hit(a.start, end, actor, "demonym")
