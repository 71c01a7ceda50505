"""Who an event's party stands for: a person holding an organisation's post
acts for the organisation ("U.N. mediator X" -> UN), and a post of a group
that rules a state is an official of that state ("the Taliban's top diplomat"
-> AFG government), as a named holder of that post already is."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tidings.actors import load_gazetteer
from tidings.actors.gazetteer import Entry, entry_actor
from tidings.records import Actor, Mention


def commentator(actor: Actor | None) -> bool:
    """A scholar or analyst (sector EDU) speaks about events; what they say is not one."""
    return actor is not None and actor.kind == "person" and actor.sector == "EDU"


def _org_actor(a: Actor) -> Actor | None:
    """The organisation a stateless person holds a post in."""
    if a.kind != "person" or a.country or not a.parent:
        return None
    gaz = load_gazetteer()
    org = gaz.orgs.get(a.parent)
    if org is None:
        return None
    names = org.get("names") or [a.parent]
    entry = Entry("group" if org.get("kind") == "group" else "org", a.parent, str(names[0]))
    return entry_actor(gaz, entry, a.text)


def _ruled_state(a: Actor, day: date | None) -> Actor | None:
    """A post of a group ruling a state ("the Taliban's foreign minister"): the
    mention names more than the group itself."""
    if a.kind != "group" or not a.code or a.text.strip() in (a.name, a.code):
        return None
    org = load_gazetteer().orgs.get(a.code) or {}
    state, since = org.get("ruler_of"), org.get("ruler_from")
    if not state or (day is not None and since and day.isoformat() < str(since)):
        return None
    gaz = load_gazetteer()
    post = gaz.by_lower.get(a.text.split()[-1].lower()) if a.text.split() else None
    if post is None or post.kind not in ("title", "sector") or post.sector != "GOV":
        return None  # the group itself or its fighters, not one of its officials
    return Actor(
        text=a.text, name=gaz.states.get(state, state), code=state, country=state, sector="GOV", kind="state"
    )


def acting_party(m: Mention, day: date | None = None) -> Mention:
    """The party a mention acts for in an event."""
    actor = _org_actor(m.actor) or _ruled_state(m.actor, day)
    return m if actor is None else replace(m, actor=actor)
