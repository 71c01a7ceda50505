"""Spun variants of names, titles and collocations, generated from the synonym tables.

Every fixed expression (our own list, plus the world gazetteer's surface forms
once `tidings.actors` exposes them) is rewritten through the spinner's synonym
table; each rewritten form that differs from the original is a `Variant` that
points back to the canonical expression.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from tidings.clean.synonyms import (
    COLLOCATIONS,
    NORMAL_PHRASES,
    ORGANISATIONS,
    PROPER_ADJECTIVES,
    STRONG,
    TITLES,
    WEAK,
)

TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*")
FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "in", "on", "to", "a", "an", "at"})
MAX_VARIANTS_PER_EXPRESSION = 256
MAX_KEY_WORDS = max(len(k.split()) for k in (*STRONG, *WEAK))


@dataclass(frozen=True, slots=True)
class Variant:
    """A spun form (`tokens`, lower case) of the expression `canonical`."""

    tokens: tuple[str, ...]
    caps: tuple[bool, ...]  # tokens that must start with a capital letter in the text
    canonical: str
    name: bool  # a name or title (always repaired when tortured), not a collocation
    subs: int  # how many words were substituted
    strong: int  # how many of those were strong substitutions

    @property
    def tortured(self) -> bool:
        """Not normal English on its own: evidence of spinning, safe to repair anywhere."""
        return self.strong > 0 or self.subs >= 2  # one everyday swap ("World Court") may be a real name

    @property
    def content_words(self) -> int:
        return sum(1 for w in self.canonical.split() if w.lower() not in FUNCTION_WORDS)


@dataclass(frozen=True, slots=True)
class _Chunk:
    tokens: tuple[str, ...]
    caps: tuple[bool, ...]
    sub: int  # 0 verbatim, 1 weak, 2 strong


def _options(words: list[str], i: int) -> Iterator[tuple[int, _Chunk]]:
    """Ways to render words[i:]'s first few words: verbatim, or through the table."""
    w = words[i]
    yield 1, _Chunk((w.lower(),), (w[:1].isupper() and w.lower() not in FUNCTION_WORDS,), 0)
    for n in range(min(MAX_KEY_WORDS, len(words) - i), 0, -1):
        key = " ".join(words[i : i + n]).lower()
        capital = words[i][:1].isupper()
        for table, strength in ((STRONG, 2), (WEAK, 1)):
            for spun in table.get(key, ()):
                toks = tuple(spun.split())
                yield n, _Chunk(toks, (capital, *([False] * (len(toks) - 1))), strength)


def spin_expression(expr: str, *, name: bool) -> list[Variant]:
    """Every spun form of `expr` (capped), excluding the expression itself."""
    words = [m.group() for m in TOKEN_RE.finditer(expr)]
    out: list[Variant] = []

    def walk(i: int, acc: list[_Chunk]) -> None:
        if len(out) >= MAX_VARIANTS_PER_EXPRESSION:
            return
        if i == len(words):
            subs = [c.sub for c in acc if c.sub]
            if subs:
                toks = tuple(t for c in acc for t in c.tokens)
                caps = tuple(f for c in acc for f in c.caps) if name else (False,) * len(toks)
                out.append(Variant(toks, caps, expr, name, len(subs), subs.count(2)))
            return
        for n, chunk in _options(words, i):
            walk(i + n, [*acc, chunk])

    walk(0, [])
    shortest = 1 if expr in PROPER_ADJECTIVES else 2  # "Ecu" alone is a spun "European"
    return [v for v in out if " ".join(v.tokens) not in NORMAL_PHRASES and len(v.tokens) >= shortest]


def _gazetteer_names() -> tuple[str, ...]:
    """Multi-word surface forms from the actors gazetteer, when that stage provides one."""
    try:
        actors = importlib.import_module("tidings.actors")
        gaz = actors.load_gazetteer()
        forms = {str(surface) for surface, _actor in gaz.variants()}
    except (ImportError, AttributeError):
        return ()
    keys = {k.split()[0] for k in (*STRONG, *WEAK)}
    return tuple(
        sorted(f for f in forms if " " in f.strip() and keys & {t.lower() for t in TOKEN_RE.findall(f)})
    )


PhraseTable = dict[str, tuple[Variant, ...]]


def build_table(names: Iterable[str], collocations: Iterable[str]) -> PhraseTable:
    """Index variants by their first token, longest first; canonical forms never match."""
    names = list(dict.fromkeys(names))
    canon = {n.lower() for n in names} | {c.lower() for c in collocations}
    seen: set[tuple[str, ...]] = set()
    index: dict[str, list[Variant]] = {}
    for expr, is_name in [*((n, True) for n in names), *((c, False) for c in collocations)]:
        for v in spin_expression(expr, name=is_name):
            if v.tokens in seen or " ".join(v.tokens) in canon:
                continue
            seen.add(v.tokens)
            index.setdefault(v.tokens[0], []).append(v)
    return {k: tuple(sorted(vs, key=lambda v: -len(v.tokens))) for k, vs in index.items()}


@cache
def phrase_table() -> PhraseTable:
    """The table used by the clean stage: our names and titles, the gazetteer's, collocations."""
    return build_table([*ORGANISATIONS, *TITLES, *_gazetteer_names()], (*COLLOCATIONS, *PROPER_ADJECTIVES))
