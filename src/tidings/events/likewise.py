"""Acts told by reference to the one before: "Kyrgyzstan did the same", "Chile followed suit".

The sentence names a new doer and no act of its own (no trigger at all: "courts may suspend such
bans, and the court did so" refers to its own clause); the act is the last one the story coded, done by
this doer to the same target (or back to its doer, when the target answers in kind), dated by its
own clause."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from tidings.events import arguments as args
from tidings.events.assemble import confidence, date_of, date_value, event_id
from tidings.events.lexicon import Lexicon
from tidings.events.modality import stance
from tidings.events.subjects import subjects
from tidings.records import Actor, Event, Mention, TimeExpr

# verb -> the object that makes it a reference to the act before: "did the same", "followed suit"
SAME_ACT = {"do": frozenset({"same", "likewise", "so"}), "follow": frozenset({"suit"})}


def _refers_back(tok: Token) -> bool:
    words = SAME_ACT.get(tok.lemma_.lower())
    return words is not None and any(
        c.dep_ in ("dobj", "advmod", "attr") and c.lower_ in words for c in tok.children
    )


def _state(a: Actor | None) -> str | None:
    return a.country or a.code if a is not None else None


def _target(prior: Event, doer: Mention) -> tuple[bool, Actor | None]:
    """Whether a new doer repeats the act, and on whom: the same target, or, when the target itself
    does the same, the one who acted on it ("Peru expelled Chile's envoy; Chile did the same")."""
    who = _state(doer.actor)
    if who == _state(prior.source):
        return False, None
    return True, prior.source if who == _state(prior.target) else prior.target


def likewise(
    sent: Sentence,
    prior: Sequence[Event],
    index: args.MentionIndex,
    times: tuple[TimeExpr, ...],
    text: str,
    lex: Lexicon,
) -> list[Event]:
    """The acts of `sent` that repeat the last of `prior` with a new doer; none when the clause is
    negated or only supposed ("might follow suit")."""
    out: list[Event] = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or not _refers_back(tok):
            continue
        st = stance(tok, None, lex)
        if st.negated or st.modality != "asserted":
            continue
        doers = subjects(tok, index)
        last = next((e for e in reversed(prior) if not e.negated and e.modality == "asserted"), None)
        if not doers or last is None:
            continue
        doer = doers[0]
        new, target = _target(last, doer)
        if not new:
            continue
        span = (min(doer.span[0], tok.idx), tok.idx + len(tok.text))
        when = date_of(times, (tok.idx, tok.idx + len(tok.text)), text)
        date, precision = date_value(when) if when is not None else (None, None)
        out.append(
            dataclasses.replace(
                last,
                event_id=event_id(last.doc_id, span, last.type, doer.actor, target),
                source=doer.actor,
                target=target,
                date=date,
                date_precision=precision,
                date_text=when.text if when is not None else None,
                location=None,
                quote=None,
                sentence=sent.text,
                span=span,
                mentions=(),
                confidence=confidence(target is not None, doer.via, "asserted", True),
            )
        )
    return out
