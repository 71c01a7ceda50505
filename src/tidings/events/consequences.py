"""Threats told as what would follow: "X said sanctions could follow if Y went ahead", "there would
be consequences if Y refused", "bad things would happen if Y did not return it".

The speaker names no act of its own; the harm it says would come on a condition of another party's
doing is a threat (CAMEO 13) by the speaker against the party of the condition."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from tidings.events import arguments as args
from tidings.events.modality import CONDITIONAL_MARKS, SPEECH_VERBS
from tidings.events.subjects import subjects
from tidings.records import Mention

# the harm that is said to come: "sanctions", "consequences", "retaliation", "bad things"
HARMS = frozenset(
    {"sanction", "consequence", "retaliation", "reprisal", "punishment", "penalty", "countermeasure",
     "response", "war", "tariff", "strike", "attack", "price", "hell"}
)  # fmt: skip
BAD = frozenset({"bad", "terrible", "serious", "grave", "dire", "severe", "very"})
# the verbs that say it comes: "could follow", "would happen", "will come"
COMING = frozenset({"follow", "happen", "come", "ensue", "result", "be"})
CONDITIONS = CONDITIONAL_MARKS - {"whether", "until"}


def _harm(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if any(c.lower_ in ("no", "little") for c in tok.children):
        return False  # "there would be no consequences"
    if lemma in HARMS:
        return True
    return lemma == "thing" and any(c.dep_ == "amod" and c.lower_ in BAD for c in tok.children)


def _harm_comes(verb: Token) -> bool:
    """ "sanctions could follow", "there would be consequences", "bad things would happen"."""
    if verb.lemma_.lower() not in COMING or any(c.dep_ == "neg" for c in verb.children):
        return False
    deps = ("nsubj", "attr") if any(c.dep_ == "expl" for c in verb.children) else ("nsubj",)
    return any(c.dep_ in deps and _harm(c) for c in verb.children)


def _condition(verb: Token) -> Token | None:
    """The clause of the condition: "if Y went ahead", "unless Y withdraws"."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children):
            return c
    return None


def threats_of_consequence(
    sent: Sentence, index: args.MentionIndex
) -> Iterator[tuple[Token, Mention, Mention]]:
    """(speech verb, speaker, party of the condition) for each such threat in the sentence."""
    for verb in sent:
        if verb.dep_ not in ("ccomp", "parataxis") or not _harm_comes(verb):
            continue
        said = verb.head
        condition = _condition(verb)
        if said.lemma_.lower() not in SPEECH_VERBS or condition is None:
            continue
        speakers, parties = subjects(said, index), subjects(condition, index)
        if speakers and parties and _state(speakers[0]) != _state(parties[0]):
            yield said, speakers[0], parties[0]


def _state(m: Mention) -> str | None:
    return m.actor.country or m.actor.code
