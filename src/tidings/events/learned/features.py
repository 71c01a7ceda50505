"""Features of a candidate event: pure, cheap functions of the event and its parsed document.

Each candidate becomes a list of feature names (binary indicators). Names come
from small closed vocabularies (PLOVER types, modes, actor kinds and sectors,
buckets) or from words the model only keeps when training saw them often
enough, so an unseen word costs nothing. No second parse and no vectors: only
the sentence a candidate sits in and the other candidates of the document are
read.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tidings.records import Actor, Event, Mention, Span, TimeExpr, actor_key

REPORTING = frozenset(
    {"say", "tell", "add", "state", "report", "claim", "quote", "write", "note", "explain", "argue", "warn"}
)
OPINION = frozenset({"hope", "believe", "think", "expect", "fear", "worry", "concern", "likely", "could"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "our"})
QUOTES = "\"“”«»'‘’"
CREDIT_WORDS = frozenset({"contributed", "reporting", "photo", "copyright", "©", "editing", "writing"})


@dataclass(frozen=True, slots=True)
class DocView:
    """What the features read of one document: sentence bounds, dated sentences, candidates."""

    starts: tuple[int, ...]  # first character of each sentence
    sents: tuple[Any, ...]  # spaCy sentence spans, in order
    dated: frozenset[int]  # sentences holding a time expression
    mentions: tuple[Mention, ...]


def doc_view(parsed: Any, mentions: Sequence[Mention], times: Sequence[TimeExpr]) -> DocView:
    sents = tuple(parsed.sents) if parsed is not None else ()
    starts = tuple(s.start_char for s in sents)
    dated = frozenset(_sent_index(starts, t.span[0]) for t in times)
    return DocView(starts=starts, sents=sents, dated=dated, mentions=tuple(mentions))


def _sent_index(starts: tuple[int, ...], char: int) -> int:
    return max(bisect.bisect_right(starts, char) - 1, 0)


def document_features(
    events: Sequence[Event], parsed: Any, mentions: Sequence[Mention], times: Sequence[TimeExpr]
) -> list[list[str]]:
    """The feature names of every candidate of one document, in the candidates' order."""
    view = doc_view(parsed, mentions, times)
    where = [_sent_index(view.starts, e.span[0]) for e in events]
    per_sent = Counter(where)
    seen_keys: set[tuple[str, str, str]] = set()
    seen_dyads: set[tuple[str, str]] = set()
    out = []
    for ev, si in zip(events, where, strict=True):
        key = (ev.type, actor_key(ev.source), actor_key(ev.target))
        feats = event_features(ev, view, si, per_sent[si])
        if key in seen_keys:
            feats.append("repeat_key")
        elif key[1:] in seen_dyads:
            feats.append("repeat_dyad")
        seen_keys.add(key)
        seen_dyads.add(key[1:])
        out.append(feats)
    return out


def event_features(ev: Event, view: DocView, sent_index: int, in_sentence: int) -> list[str]:
    """Feature names of one candidate, given the document view and its sentence."""
    t = ev.type
    cameo = ev.cameo or ""
    f = [
        f"type={t}",
        f"mode={t}:{ev.mode}",
        f"cameo={cameo[:3]}",
        f"cameo4={cameo}",
        f"modality={ev.modality}",
    ]
    f += [f"ctx={c}" for c in ev.context[:3]]
    f += _actor("src", ev.source, t)
    f += _actor("tgt", ev.target, t) if ev.target is not None else ["tgt=none", f"tgt=none:{t}"]
    if ev.source is not None and ev.target is not None:
        same = ev.source.country is not None and ev.source.country == ev.target.country
        f.append("domestic" if same else "foreign")
        if actor_key(ev.source) == actor_key(ev.target):
            f += ["self_pair", f"self_pair:{t}"]
    f.append(f"via={_via(ev.source, ev.span, view.mentions)}")
    f.append(f"sent={_bucket(sent_index, (0, 1, 2, 3, 5, 9, 15))}")
    f.append(f"cands={min(in_sentence, 4)}")
    f.append(f"doc_sents={_bucket(len(view.sents), (0, 2, 6))}")  # a one-sentence text, a brief, a story
    f.append(f"conf={round(ev.confidence, 1)}")
    if ev.date is None:
        f.append("undated")
    elif sent_index in view.dated:
        f.append(f"dated={ev.date_precision}")
    if ev.location is not None:
        f.append("located")
    if ev.quote is not None:
        f += ["quote", f"quote:{t}"]
    f += _sentence(ev, view, sent_index, t)
    return f


def _sentence(ev: Event, view: DocView, sent_index: int, type_: str) -> list[str]:
    text = ev.sentence.strip()
    f = []
    if text[:1] in QUOTES:
        f.append("starts_quote")
    if text.rstrip(".")[-1:] in QUOTES:
        f.append("ends_quote")
    if any(q in text for q in QUOTES[:5]):
        f.append("has_quote")
    n_words = len(text.split())
    f.append(f"len={_bucket(n_words, (0, 8, 15, 25, 40))}")
    if not view.sents:
        return f
    sent = view.sents[min(sent_index, len(view.sents) - 1)]
    root = sent.root
    head = _span_head(sent, ev.span)
    if head is not None:
        f += [f"head={head.lemma_.lower()}", f"head_dep={head.dep_}", f"head_dep:{type_}={head.dep_}"]
        if head.dep_ != "ROOT" and head.head.lemma_.lower() in REPORTING:
            f.append("under_reporting")
    f.append(f"root_pos={root.pos_}")
    lemmas = {tok.lemma_.lower() for tok in sent}
    if root.lemma_.lower() in REPORTING:
        f += ["root_reporting", f"root_reporting:{type_}"]
    elif lemmas & REPORTING:
        f.append("reporting")
    if lemmas & OPINION:
        f.append("opinion")
    if lemmas & CREDIT_WORDS:
        f.append("credit")
    if any(tok.is_digit for tok in sent) and n_words < 8:
        f.append("short_numeric")
    return f


def _span_head(sent: Any, span: Span) -> Any:
    """The token of the evidence nearest the sentence's root (the trigger or what governs it)."""
    best, depth = None, 99
    for tok in sent:
        if span[0] <= tok.idx < span[1] and not tok.is_punct:
            d, t = 0, tok
            while t.head.i != t.i and d < depth:
                t, d = t.head, d + 1
            if d < depth:
                best, depth = tok, d
    return best


def _actor(side: str, a: Actor | None, type_: str) -> list[str]:
    if a is None:
        return [f"{side}=none"]
    f = [f"{side}_kind={a.kind}", f"{side}_sector={a.sector}", f"{side}_kind:{type_}={a.kind}"]
    if a.kind == "person":
        f.append(f"{side}_person_country={a.country is not None}")
        f.append(f"{side}_person_role={a.role is not None}")
    words = a.text.split()
    if words and words[0][:1].islower():
        f.append(f"{side}_lower")
        f.append(f"{side}_word={words[-1].lower()}")
    if a.text.lower() in PRONOUNS:
        f.append(f"{side}_pronoun")
    return f


def _via(a: Actor | None, span: Span, mentions: Sequence[Mention]) -> str:
    """How the source was found: the `via` of its mention inside the evidence, else outside."""
    if a is None:
        return "none"
    for m in mentions:
        if m.actor.text == a.text and span[0] <= m.span[0] and m.span[1] <= span[1]:
            return m.via
    return "outside"


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    """The largest edge not above `value`, as a label ("3+")."""
    i = bisect.bisect_right(edges, value) - 1
    return f"{edges[max(i, 0)]}+"
