"""Unnamed people who act or are acted on: "rebels", "Islamic fundamentalists", "hundreds of
protesters", "a journalist was killed", "a terrorist cell", and "ethnic Albanians". For coding
they belong to the state their clause happens in (see `setting`), not to a state their name
suggests: ethnic Uzbeks in Kyrgyzstan are Kyrgyzstan's people."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from tidings.actors.gazetteer import Gazetteer
from tidings.actors.hits import Hit
from tidings.actors.setting import setting_country
from tidings.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Plural nouns for unnamed groups of people, with their sector.
COLLECTIVES = {
    **dict.fromkeys(
        ("rebels", "militants", "insurgents", "guerrillas", "separatists", "fighters", "terrorists"), "REB"
    ),
    **dict.fromkeys(("gunmen", "attackers", "assailants", "militiamen", "raiders"), "UAF"),
    **dict.fromkeys(("bandits", "kidnappers", "gangsters", "pirates", "smugglers", "traffickers"), "CRM"),
    **dict.fromkeys(("fundamentalists", "extremists", "islamists", "jihadists", "radicals"), "RAD"),
    **dict.fromkeys(("protesters", "protestors", "demonstrators", "rioters", "marchers"), "CVL"),
    **dict.fromkeys(("civilians", "villagers", "residents", "people", "settlers", "hackers"), "CVL"),
    **dict.fromkeys(("prisoners", "inmates", "detainees", "hostages", "captives", "passengers"), "CVL"),
    **dict.fromkeys(("women", "children", "families", "pilgrims", "tourists", "farmers"), "CVL"),
    **dict.fromkeys(("activists", "supporters", "dissidents", "elders", "tribesmen"), "OPP"),
    **dict.fromkeys(("strikers", "workers", "miners"), "LAB"),
    **dict.fromkeys(("students",), "EDU"),
    **dict.fromkeys(("clerics", "monks", "priests"), "REL"),
    **dict.fromkeys(("refugees", "migrants"), "REF"),
}
# Heads of a named political body: "the Umma party", "the Homeland Union", "the Azadliq coalition".
BODIES = {
    **dict.fromkeys(("party", "coalition", "bloc", "alliance", "union"), "PTY"),
    **dict.fromkeys(("movement", "front"), "OPP"),
}
# Singular nouns for one unnamed person, taken only as the one acted on ("a journalist was killed").
PERSONS = {
    **dict.fromkeys(("civilian", "man", "woman", "boy", "girl", "child", "youth", "villager"), "CVL"),
    **dict.fromkeys(("resident", "activist", "prisoner", "farmer", "teacher", "worker", "hostage"), "CVL"),
    **dict.fromkeys(("journalist", "reporter", "photographer", "cameraman"), "JRN"),
    **dict.fromkeys(("soldier", "serviceman", "officer"), "MIL"),
    **dict.fromkeys(("policeman", "policemen"), "COP"),
    **dict.fromkeys(("refugee", "migrant"), "REF"),
}
ARMED_GROUPS = frozenset({"REB", "RAD", "UAF", "CRM"})
# Units and places of an unnamed armed group, taken when a word says so: "a terrorist cell", "an
# Islamist network", "bombed a militant camp", "shelled rebel positions".
UNITS = frozenset(
    {"cell", "cells", "network", "networks", "ring", "rings", "camp", "camps", "position", "positions",
     "hideout", "hideouts", "base", "bases", "stronghold", "strongholds", "target", "targets"}
)  # fmt: skip
UNIT_MARKS = {
    **dict.fromkeys(("terrorist", "terror", "militant", "insurgent", "rebel", "guerrilla"), "REB"),
    **dict.fromkeys(("jihadist", "islamist", "extremist", "radical"), "RAD"),
    **dict.fromkeys(("criminal", "smuggling", "trafficking", "kidnapping", "drug"), "CRM"),
}
NOUNS = frozenset(COLLECTIVES) | frozenset(BODIES) | frozenset(PERSONS) | UNITS
ACTING = frozenset({"nsubj", "nsubjpass", "dobj"})
PARTY_PREPS = frozenset({"with", "against", "on", "to"})
PATIENT = frozenset({"nsubjpass", "dobj"})
# Heads of "<head> of <people>" that stand for the people: "a group of refugees", "hundreds of people".
GROUP_HEADS = frozenset(
    {"group", "groups", "hundreds", "thousands", "dozens", "scores", "tens", "crowd", "crowds", "band"}
    | {"leaders", "members", "supporters", "activists", "representatives"}
)
MODIFIER_DEPS = frozenset({"amod", "compound", "nummod", "quantmod", "det", "advmod", "nmod"})
ETHNIC = frozenset({"ethnic"})


def _role(tok: Token) -> str | None:
    """The argument role the noun fills, through "a group of", "hundreds of thousands of"."""
    node = tok
    for _ in range(3):
        while node.dep_ == "conj" and node.head.pos_ == "NOUN":  # "clerics and fundamentalists"
            node = node.head
        if node.dep_ in ACTING:
            return node.dep_
        if node.dep_ == "pobj" and node.head.dep_ == "agent":  # "killed by rebels"
            return "agent"
        if node.dep_ == "pobj" and node.head.lower_ in PARTY_PREPS and node.head.head.pos_ == "VERB":
            return "party"  # "fired on protesters", "pleaded with civilians"
        if node.dep_ != "pobj" or node.head.lower_ != "of" or node.head.head.lower_ not in GROUP_HEADS:
            return None
        node = node.head.head
    return None


def _left_edge(tok: Token, taken: set[int]) -> int:
    """The first word of the noun's own modifiers ("Islamic fundamentalists", "the Umma (Nation) party")."""
    start = tok.i
    for c in reversed([c for c in tok.children if c.i < tok.i]):
        if c.dep_ == "punct" and c.text in "()" and c.i == start - 1:
            start = c.i
            continue
        if c.dep_ not in MODIFIER_DEPS or any(t.i in taken for t in c.subtree) or c.right_edge.i != start - 1:
            break
        start = c.left_edge.i
    return start


def _kind(tok: Token, start: int) -> tuple[str, bool] | None:
    """(sector, is a named body) for a named political body ("the Umma party"), an unnamed group
    ("Islamic fundamentalists", not "Homeland Union members") or an unnamed victim; else None."""
    role = _role(tok)
    if role is None:
        return None
    names = [t for t in tok.doc[start : tok.i] if t.pos_ == "PROPN"]
    if names and tok.lower_ in BODIES:
        return BODIES[tok.lower_], True
    if tok.pos_ != "NOUN" or any(t.ent_type_ in ("ORG", "FAC") for t in names):
        return None
    if tok.lower_ in UNITS:
        marks = [
            UNIT_MARKS[c.lower_]
            for c in tok.children
            if c.dep_ in ("amod", "compound") and c.lower_ in UNIT_MARKS
        ]
        return (marks[0], False) if marks else None
    sector = COLLECTIVES.get(tok.lower_) if tok.tag_ == "NNS" else None
    sector = sector or (PERSONS.get(tok.lower_) if role in PATIENT else None)
    return (sector, False) if sector else None


def resolve_collectives(doc: Doc, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """Unnamed people, and political bodies the gazetteer does not know ("the Umma party"), given
    the state of their setting when the text sets them in one."""
    taken = {t for h in hits for t in range(h.start, h.end)}
    out: list[Hit] = []
    for tok in doc:
        if tok.i in taken or tok.lower_ not in NOUNS:
            continue
        start = _left_edge(tok, taken)
        kind = _kind(tok, start)
        if kind is None or (start > 0 and doc[start - 1].lower_ in ("'s", "’s")):
            continue
        sector, named = kind
        country = setting_country(doc, tok, hits, gaz.states, own=(start, tok.i + 1))
        if country is None:
            continue
        text = doc[start : tok.i + 1].text
        name = (
            text.removeprefix("the ").removeprefix("The ") if named else f"{gaz.states[country]} {tok.lower_}"
        )
        armed = sector in ARMED_GROUPS  # unnamed fighters are a group of their setting, not its state
        actor = Actor(
            text=text,
            name=name,
            code=None if armed else country,
            country=country,
            sector=sector,
            kind="group" if armed else "state",
        )
        out.append(Hit(start, tok.i + 1, actor, "coref", head=tok.lower_))
    return out


def resolve_ethnic(doc: Doc, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """ "ethnic Albanians in Serbia" are Serbia's: the demonym names a people, not its state."""
    out: list[Hit] = []
    for h in hits:
        if h.start == 0 or doc[h.start - 1].lower_ not in ETHNIC or h.actor.kind != "state":
            out.append(h)
            continue
        head = doc[h.end - 1]
        country = setting_country(
            doc, head, [o for o in hits if o is not h], gaz.states, own=(h.start, h.end)
        )
        if country is None or country == h.actor.country:
            out.append(h)
            continue
        actor = dataclasses.replace(
            h.actor,
            text=doc[h.start - 1 : h.end].text,
            name=f"{gaz.states[country]} {h.actor.name}",
            code=country,
            country=country,
            sector=h.actor.sector or "CVL",
        )
        out.append(dataclasses.replace(h, start=h.start - 1, actor=actor))
    return out
