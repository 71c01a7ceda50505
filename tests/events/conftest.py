"""Code events from text written here, with actor mentions made by hand."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest

from tidings.events import code_events
from tidings.nlp import load_model
from tidings.records import Actor, ActorKind, Event, Mention, TimeExpr

# Names and demonyms of states stand for the state.
STATES = {
    "Norway": "NOR",
    "Norwegian": "NOR",
    "Sweden": "SWE",
    "Denmark": "DNK",
    "Finland": "FIN",
    "Peru": "PER",
    "Peruvian": "PER",
    "Bolivia": "BOL",
    "Bolivian": "BOL",
    "Kenya": "KEN",
    "Kenyan": "KEN",
    "Ugandan": "UGA",
    "Uganda": "UGA",
    "Ghana": "GHA",
    "Ghanaian": "GHA",
    "Nigeria": "NGA",
    "Nigerian": "NGA",
    "Brazil": "BRA",
    "Chile": "CHL",
    "Chilean": "CHL",
    "Mongolia": "MNG",
    "Japan": "JPN",
    "Australia": "AUS",
    "Fiji": "FJI",
    "Portugal": "PRT",
    "Spain": "ESP",
    "Spanish": "ESP",
    "Ecuador": "ECU",
    "Colombia": "COL",
    "Colombian": "COL",
    "Morocco": "MAR",
}
# surface -> (code, country, kind)
OTHERS: dict[str, tuple[str, str | None, ActorKind]] = {
    "the African Union": ("AU", None, "igo"),
    "the Red Cross": ("ICRC", None, "ngo"),
    "the Shining Path": ("SHINING_PATH", "PER", "group"),
}
ACTORS: dict[str, tuple[str, str | None, ActorKind]] = {
    **{k: (v, v, "state") for k, v in STATES.items()},
    **OTHERS,
}
# Plural demonyms name a state's people.
DEMONYMS = {"Ghanaians": "GHA", "Kenyans": "KEN", "Peruvians": "PER"}
PLACES = {"Nairobi": "KEN", "Lagos": "NGA", "Quito": "ECU", "Lima": "PER"}


def make_mentions(text: str) -> tuple[Mention, ...]:
    out = []
    for surface, (code, country, kind) in ACTORS.items():
        for m in re.finditer(rf"\b{re.escape(surface)}\b", text, flags=re.I if " " in surface else 0):
            actor = Actor(text=surface, name=surface, code=code, country=country, kind=kind)
            out.append(Mention(span=(m.start(), m.end()), actor=actor))
    for word, country in DEMONYMS.items():
        for m in re.finditer(rf"\b{word}\b", text):
            actor = Actor(text=word, name=word, code=country, country=country, sector="CVL", kind="state")
            out.append(Mention(span=(m.start(), m.end()), actor=actor, via="demonym"))
    for place, country in PLACES.items():
        for m in re.finditer(rf"\b{place}\b", text):
            actor = Actor(text=place, name=place, code=country, country=country, sector="GOV")
            out.append(Mention(span=(m.start(), m.end()), actor=actor, via="metonymy"))
    return tuple(sorted(out, key=lambda m: m.span))


def make_times(text: str) -> tuple[TimeExpr, ...]:
    out = []
    for m in re.finditer(r"\b(\d{1,2}) March 2022\b", text):
        d = date(2022, 3, int(m.group(1)))
        out.append(
            TimeExpr(span=m.span(), text=m.group(0), value=d.isoformat(), precision="day", start=d, end=d)
        )
    return tuple(out)


Coder = Callable[[str], tuple[Event, ...]]


@pytest.fixture(scope="session")
def code() -> Coder:
    nlp = load_model()

    def run(text: str) -> tuple[Event, ...]:  # the rules' own output, before the document's refinement
        return code_events(nlp(text), None, make_mentions(text), make_times(text), refine=False)

    return run


def dyad(ev: Event) -> tuple[str, str | None, str | None]:
    return (ev.type, ev.source.code if ev.source else None, ev.target.code if ev.target else None)
