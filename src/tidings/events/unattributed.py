"""Attacks and arrests no one is named as doing: "three civilians were killed in a bombing in <city>",
"a roadside bomb near <town> killed two soldiers", "the journalist was arrested in <city>". Event
coders give an attack to unidentified attackers (a group, CAMEO's UAF sector) of the state where it
happens, so it still counts in that state's series; an arrest to that state's authorities. Likewise
protests no one is named as holding ("protests erupted in <city>": its people) and deportations
"from A to B" (by A)."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors import load_gazetteer
from tidings.actors.hits import Hit
from tidings.actors.setting import setting_country
from tidings.events.arguments import MentionIndex, is_actor
from tidings.events.subjects import relative_patient
from tidings.records import Actor, Mention

UNATTRIBUTED_TYPES = frozenset({"ASSAULT"})
# Victims an attack can have without a name: "three soldiers were killed in an ambush in <place>".
PEOPLE_NOUNS = frozenset(
    {"soldier", "civilian", "people", "person", "villager", "policeman", "officer", "troop", "worker",
     "student", "child", "woman", "man", "passenger", "resident", "protester", "demonstrator", "pilgrim",
     "farmer", "miner", "guard", "fighter", "militant", "worshipper", "peacekeeper", "journalist"}
)  # fmt: skip
# People an arrest can have without a name: "the opposition leader was arrested in <city>".
ARRESTEES = PEOPLE_NOUNS | frozenset(
    {"leader", "activist", "lawyer", "politician", "suspect", "critic", "dissident", "blogger", "member",
     "reporter", "cleric", "candidate", "businessman", "opponent", "figure", "editor", "publisher",
     "writer", "academic", "professor", "rapper", "singer", "artist", "monk", "priest", "imam", "lawmaker"}
)  # fmt: skip


# Harm no one does: accidents and disasters.
MISHAPS = frozenset(
    {"crash", "accident", "collision", "flood", "flooding", "earthquake", "quake", "landslide", "mudslide",
     "storm", "cyclone", "hurricane", "typhoon", "tornado", "stampede", "collapse", "building", "wall",
     "roof", "heat", "heatwave", "avalanche", "tsunami", "eruption", "lightning", "disease", "outbreak"}
)  # fmt: skip


def _hits(index: MentionIndex, exclude: set[tuple[int, int]]) -> list[Hit]:
    """The index's mentions as token hits, less the victims."""
    out: list[Hit] = []
    for toks in index.by_span_start.values():
        for m in index.at(toks[0]):
            if m.span not in exclude and index.by_span_start.get(m.span[0]) == toks:
                out.append(Hit(toks[0], toks[-1] + 1, m.actor, m.via))
    return out


def _names_actor(tok: Token, index: MentionIndex) -> bool:
    """An actor (not a place: "a bombing near <town>") is named in the phrase of `tok`."""
    return any(is_actor(m) for t in tok.subtree for m in index.at(t))


def _doerless(verb: Token, index: MentionIndex) -> Token | None:
    """The noun to place the attack by, when no actor does it: the victim of an agentless passive
    ("were killed"), or the weapon or blast that is the subject ("a bomb killed")."""
    kids = {c.dep_: c for c in verb.children}
    if _mishap(verb):
        return None
    if "nsubjpass" in kids:
        agent = kids.get("agent")
        if agent is None or not _names_actor(agent, index):
            return kids["nsubjpass"]
        return None
    subj = kids.get("nsubj")
    if subj is not None and subj.pos_ == "NOUN" and not _names_actor(subj, index):
        return subj
    return None


def _mishap(verb: Token) -> bool:
    """Killed or hurt by no one: "collapsing buildings injured 15", "five died in a plane crash"."""
    nouns = [c for c in verb.children if c.dep_ == "nsubj"]
    nouns += [g for c in verb.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
    return any(n.lemma_.lower() in MISHAPS for n in nouns)


def unattributed_source(
    type_: str,
    verb: Token | None,
    victims: list[Mention],
    index: MentionIndex,
    mode: str | None = None,
    nominal: Token | None = None,
) -> Mention | None:
    """Unidentified attackers of the state the attack happens in, when the text names no attacker;
    the state's authorities when someone "was arrested" by no one named, or when the act is only a
    noun ("the detention of two journalists in <city>": `nominal`, the event noun no verb carries)."""
    arrest = (type_ == "COERCE" and mode == "arrest") or (type_ == "RETREAT" and mode == "release")
    if verb is None:
        noun = nominal if arrest and victims else None
    elif type_ not in UNATTRIBUTED_TYPES and not arrest:
        return None
    elif arrest and (patient := relative_patient(verb)) is not None:
        if verb.dep_ != "conj":
            return None  # "prisoners held in X", "a journalist detained in X": a state told in passing
        noun = patient  # "a journalist detained in Russia was released": by the state that held them
    elif arrest and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # only a passive ("X was arrested") leaves the one who arrested unnamed
    else:
        noun = _doerless(verb, index)
    if noun is None or not (victims or noun.lemma_.lower() in (ARRESTEES if arrest else PEOPLE_NOUNS)):
        return None  # "three soldiers were killed": people no mention names are victims too
    at = verb or noun  # the token the implied actor is placed on
    gaz = load_gazetteer()
    own = {m.span for m in victims}
    country = setting_country(at.doc, noun, _hits(index, own), gaz.states, own=(noun.i, noun.i + 1))
    if country is None and arrest:  # "X was jailed in August": by the state X belongs to
        country = next((m.actor.country for m in victims if m.actor.country in gaz.states), None)
    if country is None:
        return None
    if arrest:
        actor = Actor(
            text="", name=f"Authorities of {gaz.states[country]}", code=country, country=country, sector="COP"
        )
    else:
        actor = Actor(
            text="",
            name=f"Unidentified attackers in {gaz.states[country]}",
            code=country,
            country=country,
            sector="UAF",
            kind="group",  # the guidelines: unidentified attackers are a group, placed in the state
        )
    return _implied(at, actor)


def _implied(tok: Token, actor: Actor) -> Mention:
    """An actor the text implies, placed on the token that implies it."""
    return Mention(span=(tok.idx, tok.idx + len(tok.text)), actor=actor, via="implied")


def deporting_state(verb: Token | None, index: MentionIndex) -> tuple[Mention, Mention | None] | None:
    """ "X were deported from A to B", no one named as deporting: A sends them, to B."""
    if verb is None or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    ends: dict[str, Mention] = {}
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "to")):
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        found = [m for m in index.at(obj) if m.actor.kind == "state"] if obj is not None else []
        if found:
            ends[prep.lower_] = found[0]
    return (ends["from"], ends.get("to")) if "from" in ends else None


def unnamed_protesters(anchor: Token, index: MentionIndex) -> Mention | None:
    """ "Protests erupted in <city>": the people of the state it happens in, when no one is named."""
    gaz = load_gazetteer()
    country = setting_country(
        anchor.doc, anchor, _hits(index, set()), gaz.states, own=(anchor.i, anchor.i + 1)
    )
    if country is None:
        return None
    actor = Actor(
        text="", name=f"Protesters in {gaz.states[country]}", code=country, country=country, sector="CVL"
    )
    return _implied(anchor, actor)
