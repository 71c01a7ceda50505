"""Reactions to an act the story has just told: "The United States welcomed the releases", "Sudan
condemned the move", "the OAS said the raid violated international law". The object names the act,
not its author; the reaction is aimed at the one who did it, the doer of the last such act coded."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from tidings.events import arguments as args
from tidings.events.lexicon import Lexicon, blamed_party
from tidings.records import Actor, Event

ANSWERING = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
# words that name an act without saying whose ("welcomed the move", "called the launch an outrageous
# act"), with the types of act they can name (none: any)
ACT_WORDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("move", "decision", "step", "action", "measure", "announcement", "initiative", "gesture", "ruling",
         "verdict", "order", "crackdown"),
        frozenset(),
    ),
    **dict.fromkeys(("launch", "test", "drill", "exercise"), frozenset({"MOBILIZE", "COOPERATE"})),
}  # fmt: skip
LOOKBACK = 4  # the act answered is among the last few the story coded


def answered_act(verb: Token, index: args.MentionIndex, lex: Lexicon) -> set[str] | None:
    """The types of the act a reaction's object, or the wrong it says was done, names (empty: any
    act), or None when it names no act or names its author ("condemned Peru's move")."""
    blamed = [b for c in verb.children if c.dep_ == "ccomp" and (b := blamed_party(c)) is not None]
    for obj in [c for c in verb.children if c.dep_ == "dobj"] + blamed:
        if any(index.at(t) for t in obj.subtree):
            continue
        lemma = obj.lemma_.lower()
        told = lex.triggers.get((lemma, "N"), ())
        if told:
            return {t.type for t in told}
        if lemma in ACT_WORDS:
            return set(ACT_WORDS[lemma])
    return None


def _state(a: Actor | None) -> str | None:
    return a.country or a.code if a is not None else None


def answered_doer(types: set[str], prior: Sequence[Event], reactor: Actor) -> Actor | None:
    """Who did the act answered: the source of the last act of those types (any, when none is
    given) among the last few coded, done by another party than the one reacting."""
    for ev in list(reversed(prior))[:LOOKBACK]:
        if ev.negated or ev.source is None or _state(ev.source) == _state(reactor):
            continue
        if not types or ev.type in types:
            return ev.source
    return None
