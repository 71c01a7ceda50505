"""One sentence usually reports one main event: keep the event of the
highest clause and drop subordinate ones that add nothing new.

A subordinate event (in a complement, adverbial or relative clause, or an
event noun in a modifier) is dropped when a higher one has the same source
and the same target (or the subordinate one names none; a relative clause on
the subject that tells an act of another type stays), or when it sits in
a relative clause describing what the higher event is about,
or when it is what a request asks for ("urged X to withdraw"),
and an event noun that no verb carries and that names no target ("since
last year's invasion") is background when a verb in the sentence reports an
event of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from tidings.events.triggers import SETTING_PREPS, Hit
from tidings.records import Event, actor_key

ASKING = frozenset({"REQUEST"})


def depth(tok: Token) -> int:
    """Clause steps from the token up to its sentence root (coordinated
    clauses stand level with the clause they join)."""
    n = 0
    for _ in range(50):
        if tok.head == tok:
            break
        n += tok.dep_ != "conj"
        tok = tok.head
    return n


def _clause_token(hit: Hit, doer: Token | None) -> Token:
    return hit.verb or doer or hit.anchor


def _covers(high: Sequence[Event], low: Sequence[Event]) -> bool:
    """A higher event covers a lower one with the same source and no other target."""
    return any(
        e.target is None or actor_key(h.target) == actor_key(e.target)
        for h in high
        for e in low
        if actor_key(h.source) == actor_key(e.source)
    )


def _within(low: Token, high: Token) -> bool:
    """The lower clause hangs under the higher one, not on another branch of the sentence."""
    return bool(high.is_ancestor(low))


def _set_beside(low: Token, high: Token) -> bool:
    """The lower act is only set in time beside the higher one: "agreed to halt fire, following
    strikes on X", "after X began deporting ..." (an act of its own)."""
    cur = low
    for _ in range(12):
        if cur == high or cur.head == cur:
            return False
        if (cur.dep_ == "prep" and cur.lower_ in SETTING_PREPS) or (
            cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SETTING_PREPS for c in cur.children)
        ):
            return True  # "following strikes on X", "after Chile began deporting"
        cur = cur.head
    return False


def _subject_aside(tok: Token) -> bool:
    """A relative clause on the subject: "The Taliban, who seized power in 2021, have banned ...":
    an act of its own, not part of the main one."""
    return tok.dep_ == "relcl" and tok.head.dep_ in ("nsubj", "nsubjpass")


def _describes(low: Token, high: Token) -> bool:
    """The lower clause only describes a thing the higher event is about: "will
    support a resolution that aims to tighten sanctions"."""
    cur = low
    for _ in range(12):
        if cur.head == cur:
            return False
        if cur.dep_ in ("relcl", "acl") and cur.head.dep_ in ("dobj", "pobj", "nsubjpass"):
            if _when_clause(cur):
                return False  # "since 2011, when the government sent soldiers": a dated act of its own
            node = cur.head
            while node.head != node and node.dep_ not in ("ROOT",) and node != high:
                node = node.head
                if node == high:
                    return True
            return False
        cur = cur.head
    return False


def _when_clause(clause: Token) -> bool:
    """A relative clause on a time or place ("in 2011, when ...", "Gaza, where ...")."""
    return clause.head.ent_type_ in ("DATE", "TIME") or any(
        c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in clause.children
    )


def _demanded(low: Token, high: Token) -> bool:
    """The lower clause is what a request asks for: "asked X to issue visas and to release prisoners"."""
    cur = low
    for _ in range(6):
        if cur.dep_ in ("xcomp", "ccomp") and cur.head == high:
            return True
        if cur.dep_ not in ("conj", "xcomp", "ccomp") or cur.head == cur:
            return False
        cur = cur.head
    return False


def main_events(coded: Sequence[tuple[Hit, Token | None, list[Event]]]) -> list[Event]:
    """Events of one sentence without those subordinate to a higher event.
    `coded` holds each hit, the verb whose subject performs it, and its events."""
    ranked = [(depth(_clause_token(h, doer)), h, doer, evs) for h, doer, evs in coded if evs]
    has_verb_event = any(h.verb is not None or doer is not None for _, h, doer, _ in ranked)
    out: list[Event] = []
    for d, hit, doer, evs in ranked:
        background = (
            hit.verb is None and doer is None and has_verb_event and all(e.target is None for e in evs)
        )
        tok = _clause_token(hit, doer)
        covered = any(
            d2 < d
            and (
                (
                    _covers(evs2, evs)
                    and not (_subject_aside(tok) and h2.type != hit.type)
                    and (h2.type == hit.type or _within(tok, _clause_token(h2, doer2)))
                    and not _set_beside(tok, _clause_token(h2, doer2))
                )
                or _describes(tok, _clause_token(h2, doer2))
                or (h2.type in ASKING and _demanded(tok, _clause_token(h2, doer2)))
            )
            for d2, h2, doer2, evs2 in ranked
            if h2 is not hit
        )
        if not (background or covered):
            out.extend(evs)
    return out
