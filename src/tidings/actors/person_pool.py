"""Pool a document's person finds: name variants, bare surnames and known office holders become one person."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from tidings.actors.clock import Clock
from tidings.actors.gazetteer import Gazetteer, KnownPerson, person_id
from tidings.actors.hits import Hit
from tidings.actors.names import first_name_compatible, name_key
from tidings.actors.persons import PersonFind
from tidings.actors.scan import Atom, is_name_token
from tidings.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

MIN_SURNAME_KEY = 5  # shorter surnames (Khan, Xi) are too common to match alone
MONARCHS = frozenset({"king", "queen", "emir", "amir", "sultan", "shah", "emperor", "empress", "monarch"})
HONORIFICS = frozenset({"sheikh", "shaikh", "sheik", "mawlawi", "maulvi", "mullah", "mulla", "haji"})
PATRONYMICS = frozenset({"bin", "ibn", "bint", "ben", "ould", "binti"})
REGNAL = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})


@dataclass(slots=True)
class Person:
    surname_key: str
    firsts: list[str]
    names: list[str]
    finds: list[PersonFind] = field(default_factory=list)
    known: KnownPerson | None = None

    def accepts(self, first: str, key: str) -> bool:
        if key != self.surname_key:
            return False
        return not first or not self.firsts or any(first_name_compatible(first, f) for f in self.firsts)


def _split(doc: Doc, f: PersonFind) -> tuple[str, str, str]:
    """(full name as written, given names, surname)."""
    text = doc[f.name_start : f.name_end].text
    words = text.split()
    return text, " ".join(words[:-1]), words[-1]


def _known(
    gaz: Gazetteer, first: str, key: str, f: PersonFind, day: date | None, regnal: bool
) -> KnownPerson | None:
    """The known office holder a name stands for; never one who served another state than the text says.

    A bare surname must be long enough to be distinctive, unless a title comes with it ("President Bush");
    holders from the succession lists need a title that fits one of their posts. A monarch's title
    ("King Abdullah") or regnal number ("Abdullah II") only matches a known monarch. Among several
    candidates, the one in office on the document's day wins.
    """
    monarch = (f.role is not None and _head(f.role) in MONARCHS) or regnal
    found: list[KnownPerson] = []
    for p in gaz.persons:
        if p.surname_key != key:
            continue
        if f.country is not None and all(r.country != f.country for r in p.roles):
            continue
        if monarch and not any(_head(r.role) in MONARCHS for r in p.roles):
            continue
        if first:
            if first_name_compatible(_own_given(first), p.name.split()[0]):
                found.append(p)
        elif (
            _title_fits(f.role, p)
            if p.bare_needs_title
            else len(key) >= MIN_SURNAME_KEY or f.role is not None
        ):
            found.append(p)
    in_office = [p for p in found if day is not None and p.role_on(day) is not None]
    best = in_office or found
    return best[0] if best else None


def _own_given(first: str) -> str:
    """Given names before a patronymic ("Tamim bin Hamad" -> "Tamim"): the father's name is not theirs."""
    words = first.split()
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in PATRONYMICS), len(words))
    return " ".join(words[:cut])


def _regnal(doc: Doc, f: PersonFind) -> bool:
    return f.name_end < len(doc) and doc[f.name_end].text in REGNAL


def _title_fits(role: str | None, p: KnownPerson) -> bool:
    """Whether a title written with a bare surname names one of the person's posts."""
    if not role:
        return False
    head = _head(role)
    return any(_head(r.role) == head for r in p.roles)


def _head(role: str) -> str:
    words = role.lower().replace("-", " ").split(" of ")[0].split()
    return words[-1] if words else ""


def _initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _surname_finds(
    doc: Doc, atoms: list[Atom], finds: list[PersonFind], keys: set[str], firsts: set[str], own: set[str]
) -> list[PersonFind]:
    """Later bare mentions of a surname already known in this document ("Tokayev said"); the surname
    of a person the document names in full beats a town or province of that name ("Zamora said")."""
    places = {a.start for a in atoms if a.kind in ("city", "territory") and a.end - a.start == 1}
    taken = {t for f in finds for t in range(f.start, f.end)} | {
        t for a in atoms for t in range(a.start, a.end) if a.start not in places
    }
    out: list[PersonFind] = []
    for tok in doc:
        if tok.i in taken or not (tok.is_title and tok.is_alpha) or name_key(tok.text) not in keys:
            continue
        if tok.i in places and name_key(tok.text) not in own:
            continue
        if tok.i + 1 < len(doc) and is_name_token(doc[tok.i + 1]) and doc[tok.i + 1].i not in taken:
            continue  # a first name followed by more name: not a surname alone
        s = tok.i
        while (
            s > 0
            and s - 1 not in taken
            and (_initial(doc[s - 1].text) or (doc[s - 1].is_title and name_key(doc[s - 1].text) in firsts))
        ):
            s -= 1
        if s > 0 and doc[s - 1].text == "-":
            continue
        out.append(PersonFind(s, tok.i + 1, s, tok.i + 1, "variant"))
        taken.update(range(s, tok.i + 1))
    return out


def pool_persons(
    doc: Doc, atoms: list[Atom], finds: list[PersonFind], gaz: Gazetteer, clock: Clock
) -> list[Hit]:
    own = {name_key(_split(doc, f)[2]) for f in finds if _split(doc, f)[1]}
    keys = {name_key(_split(doc, f)[2]) for f in finds}
    keys |= {p.surname_key for p in gaz.persons if len(p.surname_key) >= MIN_SURNAME_KEY}
    firsts = {name_key(w) for f in finds for w in _split(doc, f)[1].split()}
    firsts |= {p.first_key for p in gaz.persons}
    finds = sorted(finds + _surname_finds(doc, atoms, finds, keys, firsts, own), key=lambda f: f.start)
    people: list[Person] = []
    owner: list[Person] = []
    for f in finds:
        text, first, surname = _split(doc, f)
        key = name_key(surname)
        person = next((p for p in reversed(people) if p.accepts(first, key)), None)
        if person is None:
            person = Person(key, [], [], known=_known(gaz, first, key, f, clock.day, _regnal(doc, f)))
            people.append(person)
        if first:
            person.firsts.append(first)
        person.names.append(text)
        person.finds.append(f)
        owner.append(person)
    return [_hit(f, p, gaz, clock, doc) for f, p in zip(finds, owner, strict=True) if _real(p)]


def _real(p: Person) -> bool:
    """A bare single name that never appears in full, has no post and is not known is too weak to keep."""
    return p.known is not None or bool(p.firsts) or any(f.role for f in p.finds)


def _hit(f: PersonFind, p: Person, gaz: Gazetteer, clock: Clock, doc: Doc) -> Hit:
    name = p.known.name if p.known else max(p.names, key=len)
    pid = p.known.person_id if p.known else person_id(name)
    role, sector, country, org = f.role, f.sector, f.country, f.org
    for g in p.finds:  # what the document says elsewhere about the same person
        role, sector = role or g.role, sector or g.sector
        country, org = country or g.country, org or g.org
    if p.known is not None:
        held = p.known.role_on(clock.day)
        if held is None and clock.day is not None:
            past = [r for r in p.known.roles if r.end is not None and r.end < clock.day]
            if past:  # a former office holder (PLOVER's ELI)
                held = dataclasses.replace(past[-1], sector="ELI", role=f"Former {past[-1].role}")
        if held is not None:
            holder_is_state = held.country in gaz.states
            if role is not None and role.lower() in HONORIFICS:  # "Sheikh X" who holds an office
                role, sector = None, None
            role = role or held.role
            sector = sector or held.sector
            country = country or (held.country if holder_is_state else None)
            org = org or (None if holder_is_state else held.country)
        org = org or p.known.org
        if org == "TALIBAN" and country is None:
            country = "AFG"
    actor = Actor(
        text=doc[f.start : f.end].text,
        name=name,
        code=pid,
        country=country,
        sector=sector,
        kind="person",
        parent=org,
        role=role,
        person_id=pid,
    )
    head = role.lower().split(" of ")[0].split()[-1] if role else None
    gender = p.known.gender if p.known else None
    abroad = next((g.abroad for g in p.finds if g.abroad), None)
    return Hit(f.start, f.end, actor, f.via, head=head, gender=gender, abroad=abroad)
