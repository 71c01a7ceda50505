"""Persons: names after posts ("Foreign Minister X"), appositions ("X, the acting foreign minister"),
spaCy PERSON entities, and known office holders; variants of one name resolve to one person."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tidings.actors.affiliation import PLACES, after, before
from tidings.actors.clock import Clock
from tidings.actors.gazetteer import Gazetteer
from tidings.actors.hits import PROPER, Post, role_text
from tidings.actors.scan import Atom, is_name_token

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_NAME_TOKENS = 7  # "Kassym - Zhomart Tokayev" is four tokens
ARTICLES = frozenset({"the", "a", "an"})
# Lowercase words inside personal names.
NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "de", "van", "von", "der", "da", "di", "du", "del", "la"}
)
# First words of a role held no more (PLOVER's ELI sector): "former president", "ousted leader".
OUT_OF_OFFICE = frozenset({"former", "ousted", "exiled", "deposed", "toppled", "ex-", "late"})
# Posts held "to" or "in" a place that is not the holder's own state.
POSTED = frozenset(
    {"ambassador", "envoy", "representative", "consul", "consul-general", "affaires", "attache"}
)


@dataclass(frozen=True, slots=True)
class PersonFind:
    """One mention of a person, before the document's mentions of them are pooled."""

    start: int
    end: int
    name_start: int
    name_end: int
    via: str
    role: str | None = None
    sector: str | None = None
    country: str | None = None
    org: str | None = None
    abroad: str | None = None  # where an envoy is posted: not their country


@dataclass(frozen=True, slots=True)
class PersonScan:
    finds: list[PersonFind]
    posts: list[Post]
    used: set[int]  # indices of atoms the persons consumed


def name_end(doc: Doc, j: int, by_start: dict[int, Atom], gaz: Gazetteer) -> int:
    """End of a run of name tokens starting at j (j itself when there is none)."""
    k = j
    while k < len(doc) and k - j < MAX_NAME_TOKENS and _in_name(doc, k, j):
        a = by_start.get(k)
        if (a is not None and a.kind in PROPER | {"title", "sector"}) or doc[k].text in gaz.non_name_words:
            break
        if doc[k].lower_ in gaz.ministry_sector:  # "Minister for Interior", not a name
            break
        if k > j and "\n" in doc[k - 1].whitespace_ + doc[k - 1].text:
            break
        k += 1
    while k > j and doc[k - 1].text == "-":
        k -= 1
    real = [t for t in doc[j:k] if t.is_alpha and len(t) > 1]
    return k if real else j


def _in_name(doc: Doc, k: int, start: int) -> bool:
    """A name token, or a particle inside a name: "Omar Hassan al-Bashir", "Pieter de Klerk", "bin Salman"."""
    tok = doc[k]
    if is_name_token(tok) and not tok.is_stop:
        return True
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if k <= start or tok.lower_ not in NAME_PARTICLES or nxt is None:
        return False
    return is_name_token(nxt) or (nxt.lower_ in NAME_PARTICLES and _in_name(doc, k + 1, start))


def _post(
    doc: Doc,
    idx: int,
    atoms: list[Atom],
    by_start: dict[int, Atom],
    by_end: dict[int, Atom],
    gaz: Gazetteer,
    clock: Clock,
) -> Post:
    a = atoms[idx]
    s, mods, left = before(doc, a.start, by_end, gaz, clock, gaz.title_modifiers)
    right = after(doc, a.end, by_start, gaz, clock)
    aff = left or right
    head = a.name.lower().split()[-1]
    words = mods + a.name.split()
    definite = s > 0 and doc[s - 1].lower_ in ARTICLES
    end = right.end if right is not None else a.end
    return Post(
        s,
        end,
        role_text(words),
        head,
        a.entry.sector,
        aff.country if aff else None,
        aff.org if aff else None,
        definite,
    )


def find_persons(doc: Doc, atoms: list[Atom], gaz: Gazetteer, clock: Clock) -> PersonScan:
    by_start = {a.start: a for a in atoms}
    by_end = {a.end: a for a in atoms}
    index = {id(a): i for i, a in enumerate(atoms)}
    finds: list[PersonFind] = []
    posts: list[tuple[int, Post]] = []
    used: set[int] = set()
    named: set[int] = set()  # tokens inside names already found
    for i, a in enumerate(atoms):
        if a.kind != "title" and not _titled_sector(doc, a, gaz):
            continue
        post = _post(doc, i, atoms, by_start, by_end, gaz, clock)
        if a.kind == "sector" and any(t.lower_ in OUT_OF_OFFICE for t in doc[max(0, post.start - 2) : a.end]):
            continue  # "former (top) EU official X" speaks for no one now
        j = _posting_end(doc, post.end, by_start)
        if j + 1 < len(doc) and doc[j].text == ",":
            j += 1 if _is_person_ent(doc, j + 1) else 0
        k = name_end(doc, j, by_start, gaz)
        capital = any(w[:1].isupper() for w in a.name.split())
        if k > j and (capital or j > post.end or _is_person_ent(doc, j)):
            country, org, end = post.country, post.parent, k
            if country is None and org is None and (of := after(doc, k, by_start, gaz, clock)) is not None:
                country, org, end = of.country, of.org, of.end  # "King Hassan of Morocco"
            sector = "ELI" if post.role.split()[0].lower() in OUT_OF_OFFICE else post.sector
            abroad = _posted_to(doc, post.end, j, by_start)
            finds.append(
                PersonFind(post.start, end, j, k, "title", post.role, sector, country, org, abroad=abroad)
            )
            named.update(range(j, k))
            used.update(index[id(x)] for x in atoms if post.start <= x.start < post.end)
        else:
            posts.append((i, post))
    finds += _appositions_and_entities(doc, atoms, by_start, by_end, gaz, clock, named, used, index)
    unnamed = [p for i, p in posts if i not in used]
    finds = _honorifics_in_posts(doc, finds, unnamed)
    for p in unnamed:
        used.update(index[id(x)] for x in atoms if p.start <= x.start < p.end)
    return PersonScan(sorted(finds, key=lambda f: f.start), unnamed, used)


def _titled_sector(doc: Doc, a: Atom, gaz: Gazetteer) -> bool:
    """A sector word that is also a post, right before a person's name: "U.N. envoy Jane Doe"."""
    return (
        a.kind == "sector"
        and a.name.lower().split()[-1] in gaz.title_words
        and a.end < len(doc)
        and _is_person_ent(doc, a.end)
    )


def _honorifics_in_posts(doc: Doc, finds: list[PersonFind], posts: list[Post]) -> list[PersonFind]:
    """A post in apposition to an honorific and name ("Qatar's emir, Sheikh X,") gives them its country."""
    after_post = {p.end + 1: p for p in posts if p.end < len(doc) and doc[p.end].text == ","}
    out: list[PersonFind] = []
    for f in finds:
        p = after_post.get(f.start)
        if p is not None and f.country is None and f.org is None and p.country is not None:
            f = dataclasses.replace(f, role=p.role, sector=p.sector, country=p.country)
        out.append(f)
    return out


def _posting_end(doc: Doc, end: int, by_start: dict[int, Atom]) -> int:
    """Skip where an envoy is posted: "Ambassador to Afghanistan [Name]", "Envoy in Kabul [Name]"."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("to", "in") or doc[end - 1].lower_ not in POSTED:
        return end
    k = end + 1 + (doc[end + 1].lower_ == "the")
    a = by_start.get(k)
    return a.end if a is not None and a.kind in PLACES else end


def _posted_to(doc: Doc, start: int, end: int, by_start: dict[int, Atom]) -> str | None:
    """The country an envoy is posted to (never the envoy's own), from the words skipped before the name."""
    return next((a.entry.country for k in range(start, end) if (a := by_start.get(k)) is not None), None)


def _is_person_ent(doc: Doc, i: int) -> bool:
    return doc[i].ent_type_ == "PERSON"


def _appositions_and_entities(
    doc: Doc,
    atoms: list[Atom],
    by_start: dict[int, Atom],
    by_end: dict[int, Atom],
    gaz: Gazetteer,
    clock: Clock,
    named: set[int],
    used: set[int],
    index: dict[int, int],
) -> list[PersonFind]:
    """Names from spaCy PERSON entities, with a role when an apposition follows them."""
    out: list[PersonFind] = []
    proper_tokens = {t for a in atoms if a.kind in PROPER for t in range(a.start, a.end)}
    spans = [(ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON"]
    spans += _names_before_appositions(doc, atoms, by_start, by_end, gaz, clock)
    for start, end in sorted(spans):
        if named & set(range(start, end)):
            continue
        s = start
        while s < end and (not is_name_token(doc[s]) or doc[s].text in gaz.non_name_words):
            s += 1
        e = name_end(doc, s, by_start, gaz)
        if e <= s or proper_tokens & set(range(s, e)):
            continue
        named.update(range(s, e))
        find = PersonFind(s, e, s, e, "entity")
        if e + 1 < len(doc) and doc[e].text == ",":
            k = e + 1 + (doc[e + 1].lower_ in ARTICLES)
            title = _title_within(doc, k, atoms, by_start, by_end, gaz, clock)
            if title is not None:
                i = index[id(title)]
                post = _post(doc, i, atoms, by_start, by_end, gaz, clock)
                used.update(index[id(x)] for x in atoms if post.start <= x.start < post.end)
                find = PersonFind(s, e, s, e, "apposition", post.role, post.sector, post.country, post.parent)
        out.append(find)
    return out


def _names_before_appositions(
    doc: Doc,
    atoms: list[Atom],
    by_start: dict[int, Atom],
    by_end: dict[int, Atom],
    gaz: Gazetteer,
    clock: Clock,
) -> list[tuple[int, int]]:
    """Two to four name tokens before ", [the] <post>" that spaCy did not tag as a person."""
    out: list[tuple[int, int]] = []
    for tok in doc:
        if tok.text != "," or tok.i < 2 or tok.i + 1 >= len(doc):
            continue
        k = tok.i + 1 + (doc[tok.i + 1].lower_ in ARTICLES)
        if _title_within(doc, k, atoms, by_start, by_end, gaz, clock) is None:
            continue
        s = tok.i
        while (
            s > 0
            and tok.i - s < 4
            and is_name_token(doc[s - 1])
            and doc[s - 1].text not in gaz.non_name_words
        ):
            if s - 1 in by_end or by_start.get(s - 1) is not None:
                break
            s -= 1
        if tok.i - s >= 2:
            out.append((s, tok.i))
    return out


def _title_within(
    doc: Doc,
    k: int,
    atoms: list[Atom],
    by_start: dict[int, Atom],
    by_end: dict[int, Atom],
    gaz: Gazetteer,
    clock: Clock,
) -> Atom | None:
    """A post atom within a few modifier or affiliation tokens of k ("the Taliban's acting minister")."""
    j = k
    for _ in range(6):
        if j >= len(doc):
            return None
        a = by_start.get(j)
        if a is not None and a.kind == "title":
            return a
        if a is not None and a.kind in PROPER:
            j = a.end
            continue
        if doc[j].text in ("'s", "’s") or doc[j].lower_ in gaz.title_modifiers:
            j += 1
            continue
        return None
    return None
