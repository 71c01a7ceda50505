"""Late passes for subjects left unresolved: one-letter misspellings of state names and
"the <Surname> administration"; and states named only as a stance ("anti-Syria")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidings.actors.gazetteer import Entry, Gazetteer, entry_actor
from tidings.actors.hits import Hit
from tidings.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

GOVERNMENT_HEADS = frozenset({"administration", "government"})
STANCES = frozenset({"anti", "pro"})
FUZZY_TAGS = frozenset({"GPE", "NORP", "ORG", "LOC", ""})


def _one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by exactly one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _state_surfaces(gaz: Gazetteer) -> list[tuple[str, Entry]]:
    return [
        (s.lower(), e) for s, e in gaz.by_surface.items() if e.kind == "state" and s.isalpha() and len(s) >= 5
    ]


def resolve_misspellings(sdoc: Doc, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """A capitalised proper noun of 6+ letters, not a known name, one edit from exactly one state."""
    taken = {t for h in hits for t in range(h.start, h.end)}
    surfaces: list[tuple[str, Entry]] | None = None
    out: list[Hit] = []
    for tok in sdoc:
        text = tok.text
        if tok.i in taken or len(text) < 6 or not text.isalpha() or not text[0].isupper():
            continue
        if (tok.is_sent_start and tok.pos_ != "PROPN") or (
            tok.pos_ != "PROPN" and tok.ent_type_ not in ("GPE", "NORP")
        ):
            continue
        if tok.ent_type_ not in FUZZY_TAGS or text in gaz.by_surface or text.lower() in gaz.by_lower:
            continue
        if tok.ent_iob_ == "I" or (tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].ent_iob_ == "I"):
            continue  # part of a longer name: "Columbia University" is no misspelt Colombia
        surfaces = surfaces if surfaces is not None else _state_surfaces(gaz)
        near = {e.country or e.key: e for s, e in surfaces if _one_edit(text.lower(), s)}
        if len(near) == 1:
            entry = next(iter(near.values()))
            out.append(Hit(tok.i, tok.i + 1, entry_actor(gaz, entry, text), "gazetteer"))
    return out


def resolve_administrations(sdoc: Doc, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """A known person's surname before "administration"/"government" is their state, GOV."""
    out: list[Hit] = []
    for h in hits:
        country = h.actor.country
        if h.actor.kind != "person" or country is None or h.end >= len(sdoc):
            continue
        if sdoc[h.end].lower_ in GOVERNMENT_HEADS and h.end - h.start == 1:
            actor = Actor(
                text=sdoc[h.start : h.end + 1].text,
                name=gaz.states.get(country, country),
                code=country,
                country=country,
                sector="GOV",
                kind="state",
            )
            out.append(Hit(h.start, h.end + 1, actor, "gazetteer", head=sdoc[h.end].lower_))
    return out


def drop_stances(sdoc: Doc, hits: list[Hit]) -> list[Hit]:
    """ "anti-Syria journalist", "pro-Russian separatists": a stance towards a state, not the state."""
    return [
        h
        for h in hits
        if h.start < 2 or sdoc[h.start - 1].text != "-" or sdoc[h.start - 2].lower_ not in STANCES
    ]
