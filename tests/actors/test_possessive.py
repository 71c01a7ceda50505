"""Posts and organs owned through "its" (sentences written here)."""

from __future__ import annotations

from collections.abc import Callable

from .conftest import Found, first

Run = Callable[..., Found]


def test_its_post_belongs_to_the_last_state(mentions: Run) -> None:
    found = mentions("Mongolia opened the new embassy. Its prime minister cut the ribbon.")
    m = first(found, "Its prime minister")
    assert (m.actor.code, m.actor.kind, m.actor.sector, m.via) == ("MNG", "state", "GOV", "coref")


def test_its_organ_takes_the_organ_sector(mentions: Run) -> None:
    m = first(mentions("Armenia sealed the crossing and its army reinforced the posts."), "its army")
    assert (m.actor.code, m.actor.sector) == ("ARM", "MIL")


def test_its_post_of_an_organisation(mentions: Run) -> None:
    m = first(
        mentions("ASEAN met in Jakarta. Its secretary general urged restraint."), "Its secretary general"
    )
    assert (m.actor.code, m.actor.kind) == ("ASEAN", "igo")


def test_its_skips_places_and_persons(mentions: Run) -> None:
    found = mentions("Georgia sent a delegation to the Turkish city of Izmir. Its defence minister led it.")
    assert first(found, "Its defence minister").actor.code == "GEO"


def test_its_without_an_owner_nearby_is_left_alone(mentions: Run) -> None:
    found = mentions("The weather was cold. The roads were closed. Its foreign minister spoke.")
    assert all(not text.startswith("Its") for text, _ in found)


def test_owned_object_of_the_subject_is_not_a_new_party(mentions: Run) -> None:
    found = mentions("Egypt moved its troops closer to the border with Sudan.")
    assert all(not text.startswith("its") for text, _ in found)


def test_its_prefers_the_subject_over_a_later_object(mentions: Run) -> None:
    found = mentions("Peru recalled its envoy from Chile after the vote. Its navy then sailed north.")
    assert first(found, "Its navy").actor.code == "PER"
