"""The state a named office holder serves when the text gives the office but not the country.

"Defence Minister X said France is ready ...", "Ousted President X ... returning to Kyrgyzstan": a
title without a country ("President X", "Ambassador X") most often belongs to the state the sentence is
about. The inference is conservative, in this order:

1. the sentence names exactly one state (by name, adjective, organ, capital acting, or a group's home)
   and no other office holder or post with a country (who may be the one that state stands for);
2. else, of the states the sentence names, exactly one is the subject of its main or reported clause;
3. else, when the sentence's only state is taken by another office holder ("X and Y, the Taliban's
   minister, met"), the one state the previous sentence names besides theirs ("talks between India's
   envoy and the Taliban's");
4. else the document's dominant state (named more often than any other, at least twice), when the
   sentence names no state or names it too, and no other office holder of the sentence belongs to it.

A country the person is posted to ("Ambassador to Afghanistan X") is never chosen. Persons in an
organisation's post, or whose country is already known, are left alone. Every mention of the person
in the document then carries the country found at its first inferable mention.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import TYPE_CHECKING

from tidings.actors.gazetteer import Gazetteer
from tidings.actors.hits import Hit, Post

if TYPE_CHECKING:
    from spacy.tokens import Doc

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
MAIN_CLAUSES = frozenset({"ROOT", "ccomp"})
MIN_DOMINANT = 2


def _country(h: Hit, gaz: Gazetteer) -> str | None:
    """The state a non-person mention stands for or belongs to (cities and organisations: none)."""
    a = h.actor
    if a.kind in ("state", "group") and a.country in gaz.states:
        return a.country
    return None


def _is_subject(doc: Doc, h: Hit) -> bool:
    """Subject of the main clause or of the clause reported ("France is ready ..., X said")."""
    return any(t.dep_ in SUBJECTS and t.head.dep_ in MAIN_CLAUSES for t in doc[h.start : h.end])


def _dominant(counts: Counter[str]) -> str | None:
    top = counts.most_common(2)
    if not top or top[0][1] < MIN_DOMINANT or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


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


def infer_person_countries(doc: Doc, hits: list[Hit], posts: list[Post], gaz: Gazetteer) -> list[Hit]:
    """`hits` with a country for office holders named without one, when the text makes it clear."""
    states = [(h, c) for h in hits if h.actor.kind != "person" and (c := _country(h, gaz)) is not None]
    dominant = _dominant(Counter(c for _, c in states))
    sent_of = {t.i: t.sent.start for t in doc}
    # countries of other office holders and posts: they make a sentence ambiguous, never decide it
    others = [(h.start, h.actor.country, h.actor.code) for h in hits if h.actor.kind == "person"]
    others += [(p.start, p.country, None) for p in posts]
    found: dict[str, str] = {}
    for h in hits:
        a = h.actor
        if a.kind != "person" or a.code is None or a.code in found:
            continue
        if a.country is not None or a.parent is not None or a.role is None:
            continue
        sent = sent_of[h.start]
        here = [(s, c) for s, c in states if sent_of[s.start] == sent and c != h.abroad]
        named = {c for _, c in here}
        other = {c for start, c, code in others if c and code != a.code and sent_of[start] == sent}
        country: str | None = None
        if len(named) == 1 and not other:
            country = next(iter(named))
        elif len(named | other) > 1:
            subjects = {c for s, c in here if _is_subject(doc, s)}
            country = subjects.pop() if len(subjects) == 1 else None
        if country is None and other and named <= other:
            country = _previous(doc, states, sent_of, sent, {*other, h.abroad})
        if country is None and dominant is not None and dominant not in other | {h.abroad}:
            country = dominant if not named or dominant in named else None
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
