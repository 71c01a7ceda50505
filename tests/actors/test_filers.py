"""A lawsuit that speaks is its filer (sentences written here)."""

from __future__ import annotations

from collections.abc import Callable

from tidings.records import Result

Run = Callable[..., Result]


def _accusations(res: Result) -> list[tuple[str | None, str | None]]:
    return [
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in res.events
        if e.type == "ACCUSE"
    ]


def test_the_suit_alleging_is_its_filers_accusation(run_text: Run) -> None:
    text = (
        "Amnesty International filed a lawsuit against Kenya in March over the camps. "
        "In May a second suit filed by Human Rights Watch reached the court. "
        "The suit alleges that Uganda tortured detainees."
    )
    assert ("HRW", "UGA") in _accusations(run_text(text))  # the last filer, not the first


def test_a_suit_with_no_filer_in_the_story_is_no_one(run_text: Run) -> None:
    res = run_text("The suit alleges that Uganda tortured detainees.")
    assert _accusations(res) == []
