"""Everyday-English spinner swaps are repaired only inside collocations of spun documents."""

from __future__ import annotations

from pathlib import Path

from tidings.clean.spun import analyse, repair_text

SPUN_FRAME = (
    "The United International locations said its overseas coverage had changed. "
    "The Safety Board of the United International locations met again. {body}"
)


def _repair(text: str) -> tuple[bool, str]:
    report = analyse(text)
    return report.spun, repair_text(text, report.hits, spun=report.spun)[0]


def test_everyday_swaps_are_repaired_inside_collocations_of_spun_text() -> None:
    body = (
        "Later the two leaders held a telephone name and agreed an assist bundle for refugees. "
        "Twelve workforce participants of the embassy left, and a global convention on water opened."
    )
    spun, fixed = _repair(SPUN_FRAME.format(body=body))
    assert spun
    for canonical in ("telephone call", "aid package", "staff members", "conference on water"):
        assert canonical in fixed, fixed
    assert "bundle" not in fixed and "workforce" not in fixed


def test_the_same_words_outside_collocations_are_left_alone() -> None:
    body = "A name was read out, volunteers came to assist, and a bundle of letters was handed over."
    spun, fixed = _repair(SPUN_FRAME.format(body=body))
    assert spun
    assert body in fixed


def test_clean_text_with_the_spun_forms_is_unchanged() -> None:
    text = (
        "The court heard that the caller gave a false telephone name. Doctors came to assist. "
        "The peace settlement was signed at a summit of regional leaders in Accra on Monday."
    )
    spun, fixed = _repair(text)
    assert not spun
    assert fixed == text


def test_clean_news_and_seeds_keep_their_collocations(shared: Path) -> None:
    """No collocation of clean text is touched (three name-title repairs remain, see the report)."""
    paths = [
        *sorted((shared / "bench" / "voa" / "texts").glob("*.txt")),
        *(p for p in sorted((shared / "seeds").glob("*.txt")) if not p.name.startswith(("000", "001"))),
    ]
    assert paths
    for path in paths:
        report = analyse(path.read_text())
        assert not report.spun, path.name
        applied = [h for h in report.hits if not h.generic]
        assert all(h.replacement[:1].isupper() for h in applied), (path.name, applied)
