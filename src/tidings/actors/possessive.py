"""Posts and organs owned through "its"/"their" that act: "Its foreign minister said", "its army shelled"
belong to the last state or organisation subject named before them (persons cannot be "it").

Only subjects are resolved: an owned object ("Israel strengthened its forces") is the subject's own means,
not a second party."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidings.actors.gazetteer import Gazetteer
from tidings.actors.hits import Hit, Post
from tidings.actors.scan import Atom
from tidings.records import Actor, ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

POSSESSIVES = frozenset({"its", "their"})
LOOKBACK_SENTENCES = 2  # the owner is named in this sentence or the one before
OWNER_KINDS = frozenset({"state", "igo", "ngo", "group"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _subject(doc: Doc, start: int, end: int, *, main: bool = False) -> bool:
    """Some token of [start, end) is the subject of a verb (with `main`, of the main clause)."""
    for tok in doc[start:end]:
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ not in SUBJECT_DEPS:
            continue
        verb = tok.head
        while main and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        if not main or verb.dep_ == "ROOT":
            return True
    return False


def _owner(doc: Doc, hits: list[Hit], start: int) -> Hit | None:
    """The last state or organisation mentioned before token `start`, within the look-back window."""
    sent = doc[start].sent
    first = sent.start
    for _ in range(LOOKBACK_SENTENCES - 1):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    owners = [
        h
        for h in sorted(hits, key=lambda h: -h.end)
        if first <= h.start and h.end <= start and h.actor.kind in OWNER_KINDS and h.actor.code is not None
    ]
    main = (h for h in owners if _subject(doc, h.start, h.end, main=True))
    fallback = owners[0] if owners else None
    return next(main, next((h for h in owners if _subject(doc, h.start, h.end)), fallback))


def _owned(owner: Actor, text: str, role: str | None, sector: str | None, gaz: Gazetteer) -> Actor:
    code = owner.code
    assert code is not None
    if owner.kind == "state":
        name = f"{gaz.states.get(owner.country or code, code)} {role or ''}".strip()
        country = owner.country or code
        return Actor(
            text=text, name=name, code=country, country=country, sector=sector, kind="state", role=role
        )
    kind: ActorKind = owner.kind
    return Actor(
        text=text, name=owner.name, code=code, country=owner.country, sector=sector, kind=kind, role=role
    )


def resolve_possessives(
    doc: Doc, posts: list[Post], loose: list[Atom], hits: list[Hit], gaz: Gazetteer
) -> list[Hit]:
    """Mentions for "its <post>" and "its <organ>" (from "its" to the end of the post or organ)."""
    out: list[Hit] = []
    spans: list[tuple[int, int, str | None, str | None, str]] = [
        (p.start, p.end, p.role, p.sector, p.head) for p in posts if p.country is None and p.parent is None
    ]
    # generic organs ("its officials", "its representatives") are too vague to name a party
    spans += [
        (a.start, a.end, None, a.entry.sector, a.name.lower().split()[-1])
        for a in loose
        if a.entry.sector not in (None, "GOV")
    ]
    for start, end, role, sector, head in spans:
        if start == 0 or doc[start - 1].lower_ not in POSSESSIVES or not _subject(doc, start, end):
            continue
        owner = _owner(doc, hits, start - 1)
        if owner is None:
            continue
        text = doc[start - 1 : end].text
        out.append(Hit(start - 1, end, _owned(owner.actor, text, role, sector, gaz), "coref", head))
    return out
