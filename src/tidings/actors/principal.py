"""The state a named office holder serves when the text gives the office but not the country.

"Defence Minister X said France is ready ...", "Ousted President X ... returning to Kyrgyzstan": a
title without a country ("President X", "Ambassador X") most often belongs to the state the sentence is
about. The inference is conservative, in this order:

1. the sentence names exactly one state (by name, adjective, organ, capital acting, or a group's home)
   and no other office holder or post with a country (who may be the one that state stands for);
2. else, among several, the one state named inside the person's own clause (the verb their mention
   hangs from, without clauses that hold other office holders, so without "..., a U.S. spokeswoman
   said"), when the sentence names no state outside those and no other office holder with a country
   stands in the clause;
3. else the state of a judge, prosecutor or police officer who is the subject of the verb the person
   is the object of ("An Argentine judge ordered former president X to appear");
4. else, of the states the sentence names, exactly one is the subject of its main or reported clause;
   else the one of them its cities and places lie in ("President X said in <city> that A and B ...");
5. else, when the sentence's only state is taken by another office holder ("X and Y, the Taliban's
   minister, met"), the one state the previous sentence names besides theirs ("talks between India's
   envoy and the Taliban's");
6. else the document's dominant state (named more often than any other, at least twice), when the
   sentence names no state or names it too, and no other office holder of the sentence belongs to it;
7. a sentence naming no state and no other office holder or post: the country of its cities and places
   when they all lie in one ("President X extended the curfew in <city>"), unless the sentence says the
   person came there ("arrived in <city>", "a summit in <city>") or the dominant state is another.

A country the person is posted to ("Ambassador to Afghanistan X") is never chosen. Persons in an
organisation's post, or whose country is already known, are left alone. Every mention of the person
in the document then carries the country found at its first inferable mention.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from tidings.actors.gazetteer import Gazetteer
from tidings.actors.hits import Hit, Post
from tidings.actors.setting import REPORTING, dominant_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
MAIN_CLAUSES = frozenset({"ROOT", "ccomp"})
# Dependents that open a clause (or a coordinated phrase) of their own inside a sentence.
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "conj", "relcl", "acl", "csubj"})
VERBS = frozenset({"VERB", "AUX"})
OBJECTS = frozenset({"dobj", "dative", "obj"})
# Office holders whose orders bind persons of their own state: judges, prosecutors, police.
AUTHORITIES = frozenset({"JUD", "COP"})
# Words saying a person came to a place, or that a place hosts others: its country is not theirs.
TRAVEL_VERBS = frozenset(
    {"visit", "arrive", "travel", "fly", "land", "reach", "depart", "leave", "head", "flee", "host"}
)
TRAVEL_WORDS = frozenset(
    {"visit", "visiting", "trip", "tour", "summit", "conference", "forum", "exile", "asylum", "talks"}
)


class Holder(NamedTuple):
    """An office holder or post of the sentence other than the person: who may own its states."""

    start: int
    end: int
    country: str | None
    code: str | None
    sector: str | None


def _country(h: Hit, gaz: Gazetteer) -> str | None:
    """The state a non-person mention stands for or belongs to (cities and organisations: none)."""
    a = h.actor
    if a.kind in ("state", "group") and a.country in gaz.states:
        return a.country
    return None


def _place_country(h: Hit, gaz: Gazetteer) -> str | None:
    """The country of a city, territory or non-acting capital."""
    a = h.actor
    if h.via == "location" and a.kind == "other" and a.country in gaz.states:
        return a.country
    return None


def _is_subject(doc: Doc, h: Hit) -> bool:
    """Subject of the main clause or of the clause reported ("France is ready ..., X said"), alone or
    joined to others ("Iran and Oman are ready": both, so neither decides)."""
    return any(
        _joined_head(t).dep_ in SUBJECTS and _joined_head(t).head.dep_ in MAIN_CLAUSES
        for t in doc[h.start : h.end]
    )


def _joined_head(t: Token) -> Token:
    """The first of coordinated words ("Oman" in "Iran and Oman": "Iran")."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t


def _clause_verb(doc: Doc, h: Hit) -> Token:
    """The verb the mention hangs from ("The government of President X declared": declared)."""
    t = doc[h.start : h.end].root
    while t.pos_ not in VERBS and t.head.i != t.i:
        t = t.head
    return t


def _own_clause(doc: Doc, h: Hit, holders: list[Holder]) -> tuple[set[int], set[int]]:
    """Tokens of the person's clause, and the tokens of the sentence that do not compete with it: the
    clauses inside it that hold other office holders, and the clause reporting it ("..., X said")."""
    verb = _clause_verb(doc, h)
    clause = {t.i for t in verb.subtree}
    aside: set[int] = set()
    for t in verb.subtree:
        if t.i == verb.i or h.start in (sub := {x.i for x in t.subtree}):
            continue
        held = t.dep_ in CLAUSAL and any(o.start in sub for o in holders)
        if held or (t.head.i == verb.i and _reports(t)):
            aside |= sub
    if verb.dep_ in ("ccomp", "parataxis") and _reports(verb.head):
        aside |= {t.i for t in verb.head.subtree} - clause
    return clause - aside, aside


def _reports(t: Token) -> bool:
    """A reporting verb or phrase: "said", "told", "according to"."""
    return (t.pos_ in VERBS and t.lemma_.lower() in REPORTING) or t.lower_ == "according"


def _in_clause(doc: Doc, h: Hit, here: list[tuple[Hit, str]], holders: list[Holder]) -> str | None:
    """The one state named in the person's own clause, when no state elsewhere competes with it and no
    other office holder with a country stands in the clause."""
    clause, aside = _own_clause(doc, h, holders)
    if any(o.country and o.start in clause for o in holders):
        return None
    names = {c for s, c in here if s.start in clause}
    if any(s.start not in clause | aside for s, _ in here):
        return None
    return names.pop() if len(names) == 1 else None


def _authority(doc: Doc, h: Hit, holders: list[Holder]) -> str | None:
    """The state of a judge, prosecutor or police officer who acts on the person ("a judge ordered X")."""
    root = doc[h.start : h.end].root
    verb = root.head
    if root.dep_ in OBJECTS:
        agents = [t for t in verb.children if t.dep_ == "nsubj"]
    elif root.dep_ == "nsubjpass":
        agents = [p for t in verb.children if t.dep_ == "agent" for p in t.children if p.dep_ == "pobj"]
    else:
        return None
    found = {
        o.country
        for a in agents
        for o in holders
        if o.country and o.sector in AUTHORITIES and o.start <= a.i < o.end
    }
    return found.pop() if len(found) == 1 else None


def _previous(
    doc: Doc, states: list[tuple[Hit, str]], sent_of: dict[int, int], sent: int, excluded: set[str | None]
) -> str | None:
    """The one state the sentence before `sent` names, other than `excluded`; among several, the one
    owning someone ("India's top diplomat"), not a host city ("Doha hosted")."""
    before = [sent_of[s.start] for s, _ in states if sent_of[s.start] < sent]
    if not before or sent_of.get(sent - 1) != max(before):
        return None
    there = [(s, c) for s, c in states if sent_of[s.start] == max(before) and c not in excluded]
    names = {c for _, c in there}
    if len(names) > 1:
        names = {c for s, c in there if s.end < len(doc) and doc[s.end].tag_ == "POS"}
    return names.pop() if len(names) == 1 else None


def _local(doc: Doc, h: Hit, places: list[tuple[Hit, str]], sent_of: dict[int, int]) -> str | None:
    """The one country of the sentence's places, unless the sentence says the person travelled there."""
    sent = doc[h.start].sent
    if any(_travels(t) for t in sent):
        return None
    names = {c for s, c in places if sent_of[s.start] == sent.start and c != h.abroad}
    return names.pop() if len(names) == 1 else None


def _travels(t: Token) -> bool:
    lemma = t.lemma_.lower()
    return (t.pos_ == "VERB" and lemma in TRAVEL_VERBS) or lemma in TRAVEL_WORDS or t.lower_ in TRAVEL_WORDS


COUNTERPART_PREPS = frozenset({"with", "to", "against", "toward", "towards"})


def _acted_on(doc: Doc, person: Hit, state: Hit) -> bool:
    """The state itself is what the person's own verb acts on ("Ambassador X blamed Oslo", "urged
    Norway to return"): the counterpart, not the person's country. A state's people or officials
    as object ("investigated Chilean officials") may well be the person's own."""
    head = doc[person.end - 1]
    if head.dep_ != "nsubj":
        return False
    verb, tok = head.head, doc[state.end - 1]
    if tok.pos_ != "PROPN":
        return False  # "investigated Chilean officials": people of a state, perhaps the person's own
    if tok.dep_ in ("dobj", "dative") and tok.head == verb:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in COUNTERPART_PREPS and tok.head.head == verb:
        return True  # "complained to Oslo", not "met lawmakers in Taipei"
    clause = tok.head  # "urged Norway to return", parsed with Norway as the complement's subject
    to_clause = any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
    return tok.dep_ == "nsubj" and clause.head == verb and to_clause


def infer_person_countries(doc: Doc, hits: list[Hit], posts: list[Post], gaz: Gazetteer) -> list[Hit]:
    """`hits` with a country for office holders named without one, when the text makes it clear."""
    states = [(h, c) for h in hits if h.actor.kind != "person" and (c := _country(h, gaz)) is not None]
    places = [(h, c) for h in hits if (c := _place_country(h, gaz)) is not None]
    dominant = dominant_count(Counter(c for _, c in states))
    sent_of = {t.i: t.sent.start for t in doc}
    # other office holders and posts: their countries make a sentence ambiguous, never decide it
    holders = [
        Holder(h.start, h.end, h.actor.country, h.actor.code, h.actor.sector)
        for h in hits
        if h.actor.kind == "person" and (h.actor.role is not None or h.actor.country is not None)
    ]
    holders += [Holder(p.start, p.end, p.country, None, p.sector) for p in posts]
    found: dict[str, str] = {}
    for h in hits:
        a = h.actor
        if a.kind != "person" or a.code is None or a.code in found:
            continue
        if a.country is not None or a.parent is not None or a.role is None:
            continue
        sent = sent_of[h.start]
        mates = [o for o in holders if o.code != a.code and sent_of[o.start] == sent]
        acted_on = {c for s, c in states if sent_of[s.start] == sent and _acted_on(doc, h, s)}
        here = [(s, c) for s, c in states if sent_of[s.start] == sent and c not in acted_on | {h.abroad}]
        named = {c for _, c in here}
        other = {o.country for o in mates if o.country}
        country: str | None = None
        if len(named) == 1 and not other:
            country = next(iter(named))
        elif len(named | other) > 1:
            country = _in_clause(doc, h, here, mates) or _authority(doc, h, mates)
            if country is None:
                subjects = {c for s, c in here if _is_subject(doc, s)}
                country = subjects.pop() if len(subjects) == 1 else None
            if country is None and (local := _local(doc, h, places, sent_of)) in named:
                country = local
        if country is None and other and named <= other:
            country = _previous(doc, states, sent_of, sent, {*other, h.abroad})
        if country is None and dominant is not None and dominant not in other | acted_on | {h.abroad}:
            country = dominant if not named or dominant in named else None
        if not named and not mates and (local := _local(doc, h, places, sent_of)) is not None:
            country = local if country in (None, local) else None  # the dominant state's rival city
        if country is not None:
            found[a.code] = country
    if not found:
        return hits
    return [
        dataclasses.replace(h, actor=dataclasses.replace(h.actor, country=found[h.actor.code]))
        if h.actor.kind == "person" and h.actor.code in found and h.actor.country is None
        else h
        for h in hits
    ]
