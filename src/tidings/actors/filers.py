"""A lawsuit that speaks is its filer: "Rights groups filed two lawsuits ... The suits allege that
the government ..." The suit (or complaint, or petition) as subject stands for whoever the story last
said filed one: the subject of "filed a lawsuit", the agent of "a suit filed by", the owner of
"X's lawsuit", or one who "sued"."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from tidings.actors.hits import Hit
from tidings.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUITS = frozenset({"lawsuit", "suit", "complaint", "petition"})
FILING_VERBS = frozenset({"file", "bring", "lodge", "launch", "submit"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _actor_in(tok: Token, hits: list[Hit]) -> Actor | None:
    """The first actor named in the phrase of `tok`."""
    lo, hi = tok.left_edge.i, tok.right_edge.i
    return next((h.actor for h in hits if lo <= h.start <= hi), None)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _filer(tok: Token, hits: list[Hit]) -> Actor | None:
    """Who filed the suit `tok` names, when its own clause says."""
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in FILING_VERBS:
        subject = _subject(head)
        return _actor_in(subject, hits) if subject is not None else None
    for child in tok.children:
        if child.dep_ == "poss":
            return _actor_in(child, hits)
        if child.dep_ == "acl":  # "a suit filed by the union"
            agent = next((g for g in child.children if g.dep_ == "agent"), None)
            if agent is not None:
                return _actor_in(agent, hits)
    return None


def resolve_filers(doc: Doc, hits: list[Hit]) -> list[Hit]:
    """The suits that are subjects with no filer named in their clause, as their last filer."""
    taken = {t for h in hits for t in range(h.start, h.end)}
    out: list[Hit] = []
    last: Actor | None = None
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma == "sue" and tok.pos_ == "VERB" and (subject := _subject(tok)) is not None:
            last = _actor_in(subject, hits) or last
            continue
        if lemma not in SUITS or tok.pos_ != "NOUN":
            continue
        filer = _filer(tok, hits)
        if filer is not None:
            last = filer
        elif last is not None and tok.dep_ in SUBJECTS and tok.i not in taken:
            start = min(
                (c.i for c in tok.children if c.dep_ in ("det", "amod", "nummod") and c.i < tok.i),
                default=tok.i,
            )
            text = doc[start : tok.i + 1].text
            out.append(Hit(start, tok.i + 1, dataclasses.replace(last, text=text), "coref", head=lemma))
    return out
