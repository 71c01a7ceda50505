"""The document's events judged together: one act, one event, between identifiable actors.

The rules code sentence by sentence. Here the whole document's events are refined:

- a credit line ("X contributed to this report") and the headline code nothing (the story
  itself tells the act);
- a speaker we cannot place (a person with no state and no organisation), and a scholar or
  analyst wherever they sit, is a commentator, not an actor of an event; a person acted on
  whom nothing places belongs to the story's dominant state (a jailed or killed local:
  "charges against a person target that person's state");
- a denial with no one named answers the last accusation against its source; then an act
  with no identifiable target is not coded, except deployments, withdrawals and an
  organisation's own summit, whose target is often open;
- a meeting, agreement or joint venture of coordinated parties in one sentence ("A and B met C")
  is one event whose actors list every participant's code (other acts keep one event per party:
  "A and B condemned X" is two condemnations);
- the same act told again (same type, mode and parties, compatible dates) is one event that keeps
  every mention's span and the most precise date.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from tidings.actors.setting import dominant_count
from tidings.events.parties import commentator
from tidings.events.rules import SYMMETRIC
from tidings.records import Actor, Document, Event, Mention, Span, actor_key

OPEN_TARGET = frozenset({"MOBILIZE", "RETREAT"})
CREDIT_RE = re.compile(
    r"\b(contributed|contributing)\s+(to\s+)?(this\s+)?(report|reporting|story)\b|\breported from\b",
    re.IGNORECASE,
)
PRECISION_RANK = {None: 0, "year": 1, "half": 2, "quarter": 2, "month": 3, "day": 4}


def refine_events(
    events: Sequence[Event], doc: Document | None, mentions: Sequence[Mention] = ()
) -> list[Event]:
    """The document's events after the judgements above, in text order."""
    events = answer_targets(events)
    title = _title_span(doc)
    home = dominant_count(Counter(m.actor.country for m in mentions if m.actor.country and _place(m.actor)))
    kept = [
        e if e.target is None or placed(e.target) or home is None else _placed_target(e, home)
        for e in events
        if not CREDIT_RE.search(e.sentence)
        and not (title and e.span[0] < title[1] and e.span[1] > title[0])
        and placed(e.source)
        and not commentator(e.source)
        and (e.target is not None or _open_target(e))
    ]
    return merge_retellings(merge_joint(kept))


def answer_targets(events: Sequence[Event]) -> list[Event]:
    """A denial with no one named ("DHS dismissed the allegations") answers the last accusation
    made against its source: the accuser is its target."""
    out: list[Event] = []
    for e in events:
        if e.type == "REJECT" and e.target is None and e.source is not None:
            own = _identity(e.source)
            accuser = next(
                (p.source for p in reversed(out) if p.type == "ACCUSE" and own & _identity(p.target)), None
            )
            e = dataclasses.replace(e, target=accuser) if accuser is not None else e
        out.append(e)
    return out


def _open_target(e: Event) -> bool:
    return e.type in OPEN_TARGET or (e.type == "CONSULT" and e.source is not None and e.source.kind == "igo")


def _place(actor: Actor) -> bool:
    return actor.kind in ("state", "other")


def _placed_target(e: Event, home: str) -> Event:
    assert e.target is not None
    return dataclasses.replace(e, target=dataclasses.replace(e.target, country=home))


def placed(actor: Actor | None) -> bool:
    """An actor that event data can code: anything but a person with no state or organisation."""
    return actor is not None and not (actor.kind == "person" and not actor.country and not actor.parent)


def party_codes(actor: Actor | None) -> tuple[str, ...]:
    """The codes an actor stands for: each joint party's, or its own code (or country)."""
    if actor is None:
        return ()
    if actor.codes:
        return actor.codes
    key = actor_key(actor)
    return (key,) if key else ()


def joint(actors: Iterable[Actor]) -> Actor:
    """One actor for several coordinated parties: the first, listing every party's code."""
    group = list(actors)
    codes = tuple(dict.fromkeys(c for a in group for c in party_codes(a)))
    if len(group) == 1:
        return group[0]
    first = group[0]
    return dataclasses.replace(first, text=" and ".join(dict.fromkeys(a.text for a in group)), codes=codes)


def merge_joint(events: Sequence[Event]) -> list[Event]:
    """Symmetric events of one sentence that share their type and one party and differ in the other
    are one multilateral act ("A and B met C", "X signed with A and B")."""
    out: list[Event] = [e for e in events if e.type not in SYMMETRIC]
    groups: dict[tuple[str, str, tuple[str, ...]], list[Event]] = {}
    for e in events:
        if e.type in SYMMETRIC:
            groups.setdefault((e.type, e.sentence, party_codes(e.target)), []).append(e)
    by_source: dict[tuple[str, str, tuple[str, ...]], list[Event]] = {}
    for same_target in groups.values():
        first = same_target[0]
        merged = dataclasses.replace(first, source=joint(e.source for e in same_target if e.source))
        by_source.setdefault((first.type, first.sentence, party_codes(merged.source)), []).append(merged)
    for same_source in by_source.values():
        first = same_source[0]
        targets = [e.target for e in same_source if e.target is not None]
        out.append(dataclasses.replace(first, target=joint(targets)) if targets else first)
    return sorted(out, key=lambda e: (e.span, e.type))


def _identity(actor: Actor | None) -> frozenset[str]:
    """Who a party is, for telling acts apart: its codes; an uncoded group by its kind and country
    (insurgents in Pakistan are not Pakistan)."""
    if actor is not None and not actor.codes and not actor.code and actor.kind != "state":
        return frozenset({f"{actor.kind}@{actor.country}"})
    return frozenset(party_codes(actor))


def _dyad_key(e: Event) -> tuple[str, frozenset[str], frozenset[str]]:
    src, tgt = _identity(e.source), _identity(e.target)
    if e.type in SYMMETRIC:
        both = src | tgt
        return e.type, both, both
    return e.type, src, tgt


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _same_mode(a: Event, b: Event) -> bool:
    """Two acts of one type can be one act unless their modes differ (an arrest is no curfew)."""
    return a.mode is None or b.mode is None or a.mode == b.mode


def merge_retellings(events: Sequence[Event]) -> list[Event]:
    """The same act told again later in the story is one event: the first telling, with every
    mention's span and the most precise date any telling gives."""
    out: list[Event] = []
    by_key: dict[tuple[str, frozenset[str], frozenset[str]], list[int]] = {}
    for e in events:
        same = by_key.setdefault(_dyad_key(e), [])
        prior = next((i for i in same if _compatible(out[i].date, e.date) and _same_mode(out[i], e)), None)
        if prior is None:
            same.append(len(out))
            out.append(dataclasses.replace(e, mentions=e.mentions or (e.span,)))
            continue
        first = out[prior]
        spans: tuple[Span, ...] = (*first.mentions, e.span)
        better = PRECISION_RANK[e.date_precision] > PRECISION_RANK[first.date_precision]
        dated = (
            {"date": e.date, "date_precision": e.date_precision, "date_text": e.date_text} if better else {}
        )
        out[prior] = dataclasses.replace(first, mentions=spans, **dated)  # type: ignore[arg-type]
    return out


def _title_span(doc: Document | None) -> Span | None:
    """Where the headline stands in the clean text, when the text opens with it."""
    if doc is None or not doc.meta.title:
        return None
    at = doc.text.find(doc.meta.title, 0, len(doc.meta.title) + 200)
    return (at, at + len(doc.meta.title)) if at >= 0 else None
