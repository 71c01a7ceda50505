"""Parties standing for others: organisation posts, posts of ruling groups, host places."""

from __future__ import annotations

from datetime import date

from tidings.events.parties import acting_party
from tidings.records import Actor, Mention

from .conftest import Coder, dyad


def _mention(actor: Actor) -> Mention:
    return Mention(span=(0, len(actor.text)), actor=actor, via="title")


def test_person_holding_an_organisation_post_acts_for_it() -> None:
    envoy = Actor(
        text="NATO envoy Jan Berg", name="Jan Berg", code="PER:jan-berg", kind="person", parent="NATO"
    )
    got = acting_party(_mention(envoy)).actor
    assert (got.code, got.kind) == ("NATO", "igo")


def test_person_with_a_country_stays_a_person() -> None:
    minister = Actor(
        text="Foreign Minister Ana Lima",
        name="Ana Lima",
        code="PER:ana-lima",
        country="PER",
        kind="person",
        parent="UN",
    )
    assert acting_party(_mention(minister)).actor == minister


def test_post_of_a_ruling_group_is_an_official_of_its_state() -> None:
    post = Actor(text="Taliban's top envoy", name="Taliban", code="TALIBAN", country="AFG", kind="group")
    assert acting_party(_mention(post), date(2024, 3, 1)).actor.code == "AFG"
    assert acting_party(_mention(post), date(2019, 3, 1)).actor.code == "TALIBAN"  # before it ruled
    fighters = Actor(text="Taliban fighters", name="Taliban", code="TALIBAN", country="AFG", kind="group")
    assert acting_party(_mention(fighters), date(2024, 3, 1)).actor.code == "TALIBAN"


def test_host_city_is_where_a_meeting_between_two_parties_took_place(code: Coder) -> None:
    evs = code(
        "The Kenyan city of Nairobi hosted the first meeting between Norway's foreign minister "
        "and Sweden's foreign minister on Monday."
    )
    assert {dyad(e) for e in evs} == {("CONSULT", "NOR", "SWE")}
    assert evs[0].location is not None and evs[0].location.name == "Nairobi"
