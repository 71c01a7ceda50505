"""The state where a clause happens: "protested in <city>", "rebels in <state>", "a jail in <capital>".

Unnamed people ("refugees", "ethnic Uzbeks", "a journalist") belong, for coding, to the state they
are in. `setting_country` reads it, nearest first:

1. a place or state hanging from the noun or its verb through a chain of place prepositions
   ("at a jail in the capital Dili", "Palestinians of the West Bank");
2. else the one state the sentence names besides the noun itself (by a state, place or office
   holder: "fundamentalists demanded the resignation of the Algerian president");
3. else, when the sentence names no state or place, the document's dominant state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

from tidings.actors.hits import Hit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SETTING_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around", "of", "from"}
)
# "of" and "from" only from the noun ("refugees from X", "Palestinians of X"), not from the verb.
VERB_PREPS = SETTING_PREPS - {"of", "from"}
# Place nouns whose "of" names the place: "the town of X", "the capital of X".
PLACE_HEADS = frozenset({"city", "town", "village", "capital", "province", "region", "district", "area"})
# Verbs that report a sentence rather than act in it.
REPORTING = frozenset(
    {"say", "report", "tell", "announce", "claim", "add", "state", "quote", "confirm", "write"}
)
MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})
MAX_CHAIN = 3
MIN_DOMINANT = 2


def hit_country(h: Hit, states: Collection[str]) -> str | None:
    """The state a state or place mention stands in (persons, groups and organisations: none)."""
    a = h.actor
    if a.kind in ("state", "other") and a.country in states:
        return a.country
    return None


def dominant_count(counts: Counter[str]) -> str | None:
    """The state named more often than any other, at least twice."""
    top = counts.most_common(2)
    if not top or top[0][1] < MIN_DOMINANT or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def dominant_state(hits: list[Hit], states: Collection[str]) -> str | None:
    """The dominant state among the states and places `hits` name."""
    return dominant_count(Counter(c for h in hits if (c := hit_country(h, states)) is not None))


def _chain(starts: list[tuple[Token, frozenset[str]]]) -> Iterable[Token]:
    """Objects of place prepositions reached from `starts`, nearest first."""
    frontier = starts
    for _ in range(MAX_CHAIN):
        nxt: list[tuple[Token, frozenset[str]]] = []
        for tok, preps in frontier:
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in preps:
                    continue
                objs = [c for c in prep.children if c.dep_ == "pobj"]  # and "outside of the city":
                objs += [o for c in prep.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
                for pobj in objs:
                    yield pobj
                    nxt.append((pobj, VERB_PREPS | ({"of"} if pobj.lemma_ in PLACE_HEADS else set())))
        frontier = nxt


def _phrase(pobj: Token) -> list[Token]:
    """The object's own noun phrase: modifiers, appositions and compounds, not clauses or preps."""
    out = [pobj]
    for c in pobj.children:
        if c.dep_ in ("compound", "amod", "poss", "appos", "nmod", "det"):
            out.extend(c.subtree)
    return out


def _starts(tok: Token) -> list[tuple[Token, frozenset[str]]]:
    """Where place chains begin: the noun, the phrase it heads ("a group of <noun>"), the clauses
    describing it ("refugees living in X") and the verb it is an argument of."""
    node = tok
    while node.dep_ == "conj" and node.head.pos_ == "NOUN":
        node = node.head
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "NUM", "PRON"):
        node = node.head.head
    starts = [(tok, SETTING_PREPS)]
    starts += [(c, VERB_PREPS) for c in tok.children if c.dep_ in ("acl", "relcl")]
    if node.dep_ == "pobj" and node.head.dep_ == "agent":
        node = node.head
    if node.dep_ in ("nsubj", "nsubjpass", "dobj", "agent"):
        verb = node.head
        starts.append((verb, VERB_PREPS))
        starts += [(c, VERB_PREPS) for c in verb.children if c.dep_ == "dobj" and c is not node]
    return starts


def _reports(doc: Doc, h: Hit) -> bool:
    """The mention is who reports the sentence ("..., the military said"), not where it happens."""
    for t in doc[h.start : h.end]:
        while t.dep_ in MODIFIERS:  # "Kenyan" in "Kenyan police said"
            t = t.head
        if t.dep_ == "nsubj" and t.head.lemma_ in REPORTING:
            return True
    return False


def setting_country(
    doc: Doc, tok: Token, hits: list[Hit], states: Iterable[str], own: tuple[int, int] | None = None
) -> str | None:
    """The state where the clause of `tok` happens, or None when the text leaves it open."""
    states = frozenset(states)
    at = {t: h for h in hits for t in range(h.start, h.end)}
    own = own or (tok.i, tok.i + 1)
    for pobj in _chain(_starts(tok)):
        for t in _phrase(pobj):
            h = at.get(t.i)
            if h is not None and (c := hit_country(h, states)) is not None:
                return c
    sent = tok.sent
    around = [
        h
        for h in hits
        if sent.start <= h.start < sent.end and not own[0] <= h.start < own[1] and not _reports(doc, h)
    ]
    named = {c for h in around if (c := hit_country(h, states)) is not None}
    named |= {h.actor.country for h in around if h.actor.kind == "person" and h.actor.country in states}
    if len(named) == 1:
        return next(iter(named))
    return dominant_state(hits, states) if not named else None
