"""Intermediate finds over token spans, shared by the persons, compounds and coreference steps."""

from __future__ import annotations

from dataclasses import dataclass

from tidings.records import Actor

# Kinds of atom that name who someone works for: "Kazakh", "Kazakhstan's", "Taliban", "UN".
# Regions ("Sindh police", "the government of Balochistan") stand for their state.
AFFILIATIONS = frozenset({"state", "adjective", "group", "org", "agency", "metonym", "territory"})
PROPER = frozenset({"state", "adjective", "demonym", "group", "org", "agency", "metonym", "capital"})
GENITIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True, slots=True)
class Hit:
    """An actor over tokens [start, end); `head` is the noun a later "the <head>" can refer back with."""

    start: int
    end: int
    actor: Actor
    via: str
    head: str | None = None
    gender: str | None = None
    abroad: str | None = None  # a country the actor is posted to, so not its own


@dataclass(frozen=True, slots=True)
class Post:
    """A post named without a person ("the Kazakh foreign minister", "the president")."""

    start: int
    end: int
    role: str
    head: str
    sector: str | None
    country: str | None
    parent: str | None
    definite: bool


def role_text(words: list[str]) -> str:
    """Capitalise a post's words: "acting foreign minister" -> "Acting Foreign Minister"."""
    small = {"of", "and", "the", "for", "at", "on", "in"}
    return " ".join(w if w in small or not w.islower() else w[:1].upper() + w[1:] for w in words)
