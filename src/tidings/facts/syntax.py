"""The clause a figure sits in, read from the dependency parse: who does what with it.

"Foreign Minister Wang Yi pledged 200 million yuan" -> the doer is Wang Yi;
"Afghanistan received $20 million from the bank" -> Afghanistan is the receiver;
"$5 million was given by Japan" -> Japan (the agent of a passive) is the doer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Verbs whose subject gets the figure rather than giving it.
RECEIVE_LEMMAS = frozenset(
    {"receive", "get", "take", "accept", "obtain", "import", "buy", "purchase", "borrow", "secure", "win"}
)
# Climb from a verb to the one that holds its subject: "was to supply", "signed and pledged".
_SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj", "aux", "auxpass"})
_MAX_CLIMB = 8


@dataclass(frozen=True, slots=True)
class Clause:
    """The doer of the verb that governs a figure, as a character span, and the verb's lemma."""

    doer: tuple[int, int] | None  # the giver, seller, investor (subject or passive agent)
    receiver: tuple[int, int] | None  # the subject of a receiving verb
    verb: str


def clause_of(parsed: Any, start: int, end: int) -> Clause | None:
    """The clause governing the figure at [start, end), or None when the parse has no verb for it."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    preps = 0
    for _ in range(_MAX_CLIMB):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "acl", "relcl", "prep"):
            break
        if tok.head.i == tok.i:
            return None
        preps += tok.dep_ == "prep"
        if preps > 1:
            return None  # "thanks to the export of $5m": the figure hangs off a noun, not the verb
        tok = tok.head
    else:
        return None
    verb = tok
    holder = verb
    for _ in range(_MAX_CLIMB):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children):
            break
        if holder.dep_ not in _SHARED_SUBJECT_DEPS or holder.head.i == holder.i:
            return None
        holder = holder.head
    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.dep_ == "nsubjpass":
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        doer = _extent(next(iter(agent.children), None)) if agent is not None else None
        return Clause(doer=doer, receiver=None, verb=verb.lemma_.lower())
    if verb.lemma_.lower() in RECEIVE_LEMMAS:
        return Clause(doer=None, receiver=_extent(subj), verb=verb.lemma_.lower())
    return Clause(doer=_extent(subj), receiver=None, verb=verb.lemma_.lower())


def _extent(tok: Any) -> tuple[int, int] | None:
    """The characters of a token's subtree without its relative clauses and appositions."""
    if tok is None:
        return None
    kept = [t for t in tok.subtree if not any(a.dep_ in ("relcl", "appos", "acl") for a in _path(t, tok))]
    return kept[0].idx, kept[-1].idx + len(kept[-1].text)


def _path(t: Any, top: Any) -> list[Any]:
    """Tokens from t up to (not including) top."""
    out = []
    while t.i != top.i and t.head.i != t.i:
        out.append(t)
        t = t.head
    return out
