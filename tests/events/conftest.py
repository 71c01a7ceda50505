"""Code events from text written here, with actor mentions made by hand."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest

from tidings.events import code_events
from tidings.nlp import load_model
from tidings.records import Actor, ActorKind, Event, Mention, TimeExpr

# surface -> (code, country, kind); demonyms and capitals stand for their state.
ACTORS: dict[str, tuple[str | None, str | None, ActorKind]] = {
    "Norway": ("NOR", "NOR", "state"), "Norwegian": ("NOR", "NOR", "state"),
    "Sweden": ("SWE", "SWE", "state"), "Denmark": ("DNK", "DNK", "state"),
    "Finland": ("FIN", "FIN", "state"), "Peru": ("PER", "PER", "state"), "Peruvian": ("PER", "PER", "state"),
    "Bolivia": ("BOL", "BOL", "state"), "Bolivian": ("BOL", "BOL", "state"), "Kenya": ("KEN", "KEN", "state"),
    "Kenyan": ("KEN", "KEN", "state"), "Ugandan": ("UGA", "UGA", "state"), "Uganda": ("UGA", "UGA", "state"),
    "Ghana": ("GHA", "GHA", "state"), "Ghanaian": ("GHA", "GHA", "state"), "Nigeria": ("NGA", "NGA", "state"),
    "Brazil": ("BRA", "BRA", "state"), "Chile": ("CHL", "CHL", "state"), "Chilean": ("CHL", "CHL", "state"),
    "Mongolia": ("MNG", "MNG", "state"), "Japan": ("JPN", "JPN", "state"), "Canberra": ("AUS", "AUS", "state"),
    "Australia": ("AUS", "AUS", "state"), "Fiji": ("FJI", "FJI", "state"), "Portugal": ("PRT", "PRT", "state"),
    "Spain": ("ESP", "ESP", "state"), "Spanish": ("ESP", "ESP", "state"), "Ecuador": ("ECU", "ECU", "state"),
    "Colombia": ("COL", "COL", "state"), "Colombian": ("COL", "COL", "state"), "Morocco": ("MAR", "MAR", "state"),
    "the African Union": ("AU", None, "igo"), "the Red Cross": ("ICRC", None, "ngo"),
    "the Shining Path": ("SHINING_PATH", "PER", "group"),
}  # fmt: skip
PLACES = {"Nairobi": "KEN", "Lagos": "NGA", "Quito": "ECU", "Lima": "PER"}


def make_mentions(text: str) -> tuple[Mention, ...]:
    out = []
    for surface, (code, country, kind) in ACTORS.items():
        for m in re.finditer(rf"\b{re.escape(surface)}\b", text, flags=re.I if " " in surface else 0):
            actor = Actor(text=surface, name=surface, code=code, country=country, kind=kind)
            out.append(Mention(span=(m.start(), m.end()), actor=actor))
    for place, country in PLACES.items():
        for m in re.finditer(rf"\b{place}\b", text):
            actor = Actor(text=place, name=place, code=country, country=country, sector="GOV")
            out.append(Mention(span=(m.start(), m.end()), actor=actor, via="metonymy"))
    return tuple(sorted(out, key=lambda m: m.span))


def make_times(text: str) -> tuple[TimeExpr, ...]:
    out = []
    for m in re.finditer(r"\b(\d{1,2}) March 2022\b", text):
        d = date(2022, 3, int(m.group(1)))
        out.append(TimeExpr(span=m.span(), text=m.group(0), value=d.isoformat(), precision="day", start=d, end=d))
    return tuple(out)


Coder = Callable[[str], tuple[Event, ...]]


@pytest.fixture(scope="session")
def code() -> Coder:
    nlp = load_model()

    def run(text: str) -> tuple[Event, ...]:
        return code_events(nlp(text), None, make_mentions(text), make_times(text))

    return run


def dyad(ev: Event) -> tuple[str, str | None, str | None]:
    return (ev.type, ev.source.code if ev.source else None, ev.target.code if ev.target else None)
