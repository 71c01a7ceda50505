"""Gazetteer atoms in a parsed document: longest token-trie matches, ministries and posts extended by rule."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tidings.actors.gazetteer import Entry, Gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Heads of organ and post names that take a subject: "Ministry of Industry and Trade", "Trade Minister".
EXTENSIBLE = frozenset(
    {
        "ministry",
        "ministries",
        "minister",
        "ministers",
        "committee",
        "agency",
        "department",
        "authority",
        "service",
        "council",
        "commission",
        "office",
        "secretary",
        "envoy",
        "representative",
        "chamber",
        "company",
        "corporation",
        "bank",
    }
)
NOT_PLACES = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
LEFT_STOP = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "and",
        "or",
        "of",
        "to",
        "for",
        "with",
        "by",
        "in",
        "on",
        "at",
        "from",
        "as",
        "that",
        "this",
        "these",
        "those",
        "both",
        "two",
        "said",
        "says",
        "new",
        "former",
        "acting",
        "deputy",
        "first",
        "then",
        "interim",
        "country",
    }
)
OWNERS = frozenset({"state", "adjective", "group", "org", "agency"})
# Nouns that close a group phrase without changing its sector: "opposition groups", "army officers".
SECTOR_TAILS = frozenset(
    {
        "group",
        "groups",
        "leaders",
        "leadership",
        "officials",
        "members",
        "officers",
        "agents",
        "candidates",
        "figures",
        "personnel",
        "units",
        "unit",
        "commanders",
        "sources",
        "staff",
        "teams",
        "team",
        "organizations",
        "organisations",
        "movement",
        "movements",
        "activists",
        "supporters",
        "spokesmen",
        "representatives",
        "chiefs",
        "forces",
        "troops",
        "workers",
    }
)
CONNECTORS = frozenset({"and", "&", ",", "the"})


@dataclass(frozen=True, slots=True)
class Atom:
    """A gazetteer match over tokens [start, end); `name` is the surface (or built organ/post name)."""

    start: int
    end: int
    entry: Entry
    name: str

    @property
    def kind(self) -> str:
        return self.entry.kind


def _match(doc: Doc, i: int, gaz: Gazetteer) -> tuple[int, Entry] | None:
    """The longest entry starting at token i: proper names case-sensitively, common words in lowercase."""
    best: tuple[int, Entry] | None = None
    n = len(doc)
    for toks, entry in gaz.proper.get(doc[i].text, ()):
        size = len(toks)
        if i + size <= n and all(doc[i + k].text == toks[k] for k in range(1, size)):
            if _shouting(doc, i, size, toks):
                continue
            best = (size, entry)
            break
    for toks, entry in gaz.common.get(doc[i].lower_, ()):
        size = len(toks)
        if i + size <= n and all(doc[i + k].lower_ == toks[k] for k in range(1, size)):
            if best is None or size > best[0]:
                best = (size, entry)
            break
    return best


def _shouting(doc: Doc, i: int, size: int, toks: tuple[str, ...]) -> bool:
    """A short all-caps acronym (IS, WHO, AU) inside an all-caps headline is an ordinary word."""
    if size != 1 or len(toks[0]) > 4 or not toks[0].isupper():
        return False
    around = [doc[k] for k in (i - 1, i + 1) if 0 <= k < len(doc) and doc[k].is_alpha]
    return any(t.is_upper and len(t) > 1 for t in around)


def _extend(doc: Doc, start: int, end: int, taken_until: int, gaz: Gazetteer) -> tuple[int, int]:
    """Grow "Ministry"/"Minister" over its subject: "Foreign Ministry", "Ministry of Industry and Trade"."""
    if doc[end - 1].lower_ not in EXTENSIBLE:
        return start, end
    s = start
    while s - 1 >= taken_until and s - start > -3:
        t = doc[s - 1]
        if not t.is_alpha or t.lower_ in LEFT_STOP or t.pos_ in ("VERB", "AUX", "DET"):
            break
        if not (t.is_title or t.pos_ in ("ADJ", "NOUN", "PROPN")):
            break
        s -= 1
    e = end
    if (
        e + 1 < len(doc)
        and doc[e].lower_ in ("of", "for")
        and doc[e + 1].is_title
        and not _names_owner(doc, e + 1, gaz)
    ):
        k = e + 1
        while k < len(doc) and (
            doc[k].is_title or (doc[k].lower_ in CONNECTORS and k + 1 < len(doc) and doc[k + 1].is_title)
        ):
            if doc[k - 1].lower_ in ("of", "the") and _names_owner(doc, k, gaz):
                break
            if doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B" and k > e + 1:
                break  # "Minister for Foreign Affairs [Ishaq Dar]"
            k += 1
        while k > e + 1 and doc[k - 1].lower_ in CONNECTORS:
            k -= 1
        e = k
    return s, e


def _names_owner(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """A state, organisation or group starts at token i ("Ministry of Defence of [Pakistan]")."""
    hit = _match(doc, i, gaz)
    return hit is not None and hit[1].kind in OWNERS


def organ_sector(words: str, default: str | None, gaz: Gazetteer) -> str | None:
    """Sector of a ministry or post from the words of its name (defence -> MIL, interior -> COP)."""
    for w in words.lower().replace("-", " ").split():
        if w in gaz.ministry_sector:
            return gaz.ministry_sector[w]
    return default


WATERS = frozenset({"Gulf", "Sea", "Bay", "Strait", "Straits", "Bight"})


def scan(doc: Doc, gaz: Gazetteer) -> list[Atom]:
    """All gazetteer atoms, left to right, without overlap."""
    atoms: list[Atom] = []
    i, n = 0, len(doc)
    while i < n:
        hit = _match(doc, i, gaz) if not doc[i].is_space else None
        if hit is None:
            i += 1
            continue
        size, entry = hit
        start, end = i, i + size
        if entry.kind == "city" and _in_longer_name(doc, i, size):
            i += 1  # "Ben Bella", "Nur Otan": a name that begins or ends with a town's
            continue
        if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].text in WATERS:
            i += size  # "the Gulf of Oman", "the Sea of Japan": waters, not the state
            continue
        if entry.kind == "agency" and size == 1 and _embedded(doc, i, gaz):
            i += 1  # "National Congress Party", "African National Congress": not the U.S. Congress
            continue
        if entry.kind in ("sector", "title"):
            start, end = _extend(doc, start, end, atoms[-1].end if atoms else 0, gaz)
            text = doc[start:end].text
            if (start, end) != (i, i + size):
                sector = organ_sector(text, entry.sector, gaz)
                entry = Entry(entry.kind, sector or entry.key, text, sector=sector)
        atoms.append(Atom(start, end, entry, doc[start:end].text))
        i = end
    return _chain(doc, atoms)


def _embedded(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """A one-word agency name (Congress) flanked by a capitalised word that names nothing we know:
    part of a longer name. A state before it ("U.S. Congress") or a date after it does not count."""
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    before = prev is not None and prev.is_title and not prev.is_sent_start and _match(doc, i - 1, gaz) is None
    after = (
        nxt is not None
        and nxt.is_title
        and nxt.pos_ == "PROPN"
        and nxt.ent_type_ not in ("DATE", "TIME")
        and _match(doc, i + 1, gaz) is None
    )
    return before or after


def _in_longer_name(doc: Doc, i: int, size: int) -> bool:
    """Tokens [i, i+size) are part of a longer name that is not a place: a person ("Ben Bella") or an
    organisation ("Moro Islamic Liberation Front"). A lone town name mistagged as a person is kept."""
    if doc[i].ent_iob_ not in ("B", "I") or doc[i].ent_type_ not in NOT_PLACES:
        return False
    start, end = i, i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start > size


def _chain(doc: Doc, atoms: list[Atom]) -> list[Atom]:
    """Adjacent group words are one phrase: "rebel leaders", "border patrol agents", "government troops".

    The phrase takes the first specific sector of its words (REB in "rebel forces", MIL in "government
    troops"), GOV when all are generic.
    """
    out: list[Atom] = []
    for a in atoms:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "sector" and a.kind == "sector" and prev.end == a.start:
            sectors = [x for x in (prev.entry.sector, a.entry.sector) if x]
            sector = next((x for x in sectors if x != "GOV"), sectors[0] if sectors else None)
            text = doc[prev.start : a.end].text
            out[-1] = Atom(prev.start, a.end, Entry("sector", sector or "GOV", text, sector=sector), text)
        else:
            out.append(a)
    for n, a in enumerate(out):
        if a.kind != "sector":
            continue
        limit = out[n + 1].start if n + 1 < len(out) else len(doc)
        end = a.end
        while end < limit and doc[end].lower_ in SECTOR_TAILS and doc[end - 1].whitespace_:
            end += 1
        if end > a.end:
            text = doc[a.start : end].text
            out[n] = Atom(a.start, end, Entry("sector", a.entry.key, text, sector=a.entry.sector), text)
    return out


def is_name_token(tok: Token) -> bool:
    """A token that can be part of a person's name: Tokayev, Kassym, K., or the hyphen in Kassym-Zhomart."""
    text = tok.text
    if tok.is_title and tok.is_alpha:
        return True
    if len(text) == 2 and text[0].isupper() and text[1] == ".":
        return True
    doc = tok.doc
    return (
        text == "-"
        and 0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].whitespace_ == ""
        and tok.whitespace_ == ""
        and doc[tok.i + 1].is_alpha
    )
