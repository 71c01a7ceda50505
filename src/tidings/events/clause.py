"""Fallback targets: the other party named anywhere in the event's clause, or
the place where it happened ("lifted the curfew in Montenegro", "exploded
bombs in the capital Kabul" -> the state of that place)."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.events.arguments import PLACE_HEADS, MentionIndex, as_place_actor, is_actor
from tidings.records import Actor, Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
# Clauses that report or frame the event rather than belong to it.
FRAME_DEPS = frozenset({"parataxis", "dep"})
TIMING_MARKS = frozenset({"before", "after", "when", "since", "until", "till", "once"})
MAX_DEPTH = 6
VENUE_PREPS = frozenset({"in", "at"})


def _clause_tokens(root: Token, max_depth: int) -> list[tuple[int, Token]]:
    """(depth, token) under `root`, without its subjects and framing clauses."""
    out: list[tuple[int, Token]] = []
    stack = [(0, root)]
    while stack:
        depth, tok = stack.pop()
        out.append((depth, tok))
        if depth >= max_depth:
            continue
        for child in tok.children:
            if (tok == root and child.dep_ in SUBJECT_DEPS) or child.dep_ in FRAME_DEPS or _timing(child):
                continue
            stack.append((depth + 1, child))
    return out


def _timing(tok: Token) -> bool:
    """A clause after the event that only dates it ("condemned them days before X flew to Y"): its
    parties are not the target (one before it often sets the scene: "After X took Y, Z pledged aid")."""
    if tok.i < tok.head.i:
        return False
    if tok.dep_ == "prep" and tok.lower_ in TIMING_MARKS:  # "... before allowing U.N. convoys in"
        return any(c.dep_ == "pcomp" for c in tok.children)
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIMING_MARKS for c in tok.children)


LIKENESS = frozenset({"like", "unlike"})


def party(actor: Actor) -> tuple[str | None, str | None]:
    """What tells two parties apart: the code, and for a state the sector."""
    return (actor.code, actor.sector if actor.kind == "state" else None)


def _differs(m: Mention, sources: list[Mention]) -> bool:
    return all(m.span != s.span and party(m.actor) != party(s.actor) for s in sources)


def clause_targets(
    roots: list[Token],
    sources: list[Mention],
    index: MentionIndex,
    anchor: Token | None = None,
    max_depth: int = MAX_DEPTH,
    *,
    venues: bool = True,
) -> list[Mention]:
    """The nearest actor in the clauses under `roots` other than the sources:
    another state or organisation first, then a foreign place standing for
    its state, then a party of the source's own country (a domestic target),
    then a home place. Places naming
    an event noun ("the Lima summit") are where it happened, not a party, and so are places after
    in/at when not `venues` (a meeting's place is not its counterpart)."""
    ranked: list[tuple[int, int, int, Mention]] = []
    seen: set[int] = set()
    src_codes = {s.actor.code for s in sources} | {s.actor.country for s in sources}
    for root in roots:
        for depth, tok in _clause_tokens(root, max_depth):
            if tok.i in seen:
                continue
            seen.add(tok.i)
            if tok.dep_ in ("amod", "compound", "poss") and tok.head.lemma_.lower() in PLACE_HEADS:
                continue  # "on the Kenyan border": a place, not a party
            if any(a.dep_ == "prep" and a.lower_ in LIKENESS for a in tok.ancestors):
                continue  # "an arrangement like an Asian NATO": a comparison, not a party
            naming = anchor is not None and tok.head == anchor and tok.i < anchor.i  # "the Lima summit"
            for m in index.at(tok):
                if naming and m.via in ("metonymy", "location"):
                    continue
                if is_actor(m):
                    if not _differs(m, sources):
                        continue
                    foreign = m.actor.code not in src_codes and m.actor.country not in src_codes
                    ranked.append((0 if foreign else 2, depth, abs(tok.i - root.i), m))
                elif (
                    tok.head.dep_ == "prep"
                    and tok.head.lower_ in VENUE_PREPS
                    and (not venues or tok.head.head.dep_ in ("acl", "relcl"))
                ):
                    continue  # "will meet again in Istanbul", "the deal signed in Pretoria": where
                elif (p := as_place_actor(m)) is not None and _differs(p, sources):
                    foreign = p.actor.country not in src_codes
                    ranked.append((1 if foreign else 3, depth, abs(tok.i - root.i), p))
    if not ranked:
        return []
    ranked.sort(key=lambda r: r[:3])
    return [ranked[0][3]]
