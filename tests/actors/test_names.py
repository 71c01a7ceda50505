"""Name keys and first-name compatibility for transliteration variants."""

from __future__ import annotations

import pytest

from tidings.actors.names import first_name_compatible, name_key, slug


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Yessentayev", "Esentaev"),
        ("Nazarbayev", "Nazarbaev"),
        ("Berdimuhamedow", "Berdymukhamedov"),
        ("Dzhaparov", "Japarov"),
        ("Rakhmon", "Rahmon"),
        ("Mirziyoyev", "Mirziyoev"),
        ("Muttaqi", "Mutaqi"),
    ],
)
def test_variants_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_different_names_differ() -> None:
    assert name_key("Tokayev") != name_key("Tokmakov")
    assert name_key("Karimov") != name_key("Kamilov")


def test_first_names_and_initials() -> None:
    assert first_name_compatible("K.", "Kassym-Zhomart")
    assert first_name_compatible("Kasymzhomart", "Kassym-Zhomart")
    assert first_name_compatible("S. Frederick", "Frederick")
    assert not first_name_compatible("A.", "Kassym")
    assert not first_name_compatible("Amir Khan", "Nuruddin")


def test_slug() -> None:
    assert slug("Kassym-Zhomart Tokayev") == "kassym-zhomart-tokayev"
    assert slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
