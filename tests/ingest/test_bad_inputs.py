"""Bad inputs: one line naming the file and the reason, a row in ingest_errors,
exit code 1, the rest of the batch stored, and never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tidings.cli import main
from tidings.store import Store

FAST = ["--set", 'pipeline=["ingest.document"]', "-q"]
GOOD = (
    "Border guards of Tajikistan and Kyrgyzstan agreed on Friday to pull back heavy weapons from the "
    "disputed valley, after two days of talks in Batken mediated by regional envoys."
)
ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Valley pull-back agreed</title></head><body><article><h1>Valley pull-back agreed</h1>
<p>Border guards of both countries agreed on Friday to pull back heavy weapons from the disputed
valley, after two days of talks mediated by regional envoys in the town of Batken.</p>
<p>The agreement sets up a joint patrol and a hotline between the two border commands, which will
report to their governments every week until a final demarcation is signed.</p>
<p>Villagers on both sides said they hoped the irrigation canals would reopen before the harvest.</p>
</article><footer>Newsletter sign-up</footer></body></html>"""


def ingest(db: Path, *args: object) -> Result:
    return CliRunner().invoke(main, ["ingest", *map(str, args), "--db", str(db), *FAST])


def stored(db: Path) -> list[str]:
    with Store(db, read_only=True) as store:
        return [r["doc_name"] for r in store.query("SELECT doc_name FROM documents ORDER BY doc_name")]


def errors(db: Path) -> list[tuple[str, str]]:
    with Store(db, read_only=True) as store:
        rows = store.query("SELECT name, reason FROM ingest_errors ORDER BY error_id")
    return [(r["name"], r["reason"]) for r in rows]


def failure_lines(res: Result) -> list[str]:
    return [ln for ln in res.stderr.splitlines() if ln.startswith("failed ")]


def _empty(d: Path) -> Path:
    (d / "empty.txt").write_bytes(b"")
    return d / "empty.txt"


def _blank(d: Path) -> Path:
    (d / "blank.md").write_bytes(b"  \n\n\t \n")
    return d / "blank.md"


def _binary(d: Path) -> Path:
    (d / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    return d / "scan.txt"


def _undecodable(d: Path) -> Path:
    noise = bytes((i * 7919 + 13) % 128 + 128 for i in range(3000))  # high bytes in no language
    (d / "noise.txt").write_bytes(noise)
    return d / "noise.txt"


def _truncated_to_nothing(d: Path) -> Path:
    (d / "cut.html").write_text(ARTICLE[: ARTICLE.index("<p>") + 8], encoding="utf-8")
    return d / "cut.html"


def _bad_json(d: Path) -> Path:
    (d / "broken.json").write_text('{"text": "Border guards agreed', encoding="utf-8")
    return d / "broken.json"


def _unsupported(d: Path) -> Path:
    (d / "report.pdf").write_bytes(b"%PDF-1.7\n")
    return d / "report.pdf"


def _missing(d: Path) -> Path:
    return d / "nowhere" / "gone.txt"


def _huge(d: Path) -> Path:
    with open(d / "huge.txt", "wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: no disk used, and never read
    return d / "huge.txt"


CASES: dict[str, tuple[Callable[[Path], Path], str, str]] = {
    "empty": (_empty, "empty.txt", "empty file"),
    "whitespace only": (_blank, "blank.md", "empty file"),
    "binary": (_binary, "scan.txt", "binary file, not text"),
    "undecodable": (_undecodable, "noise.txt", "cannot decode: not UTF-8 and no other encoding fits"),
    "truncated html": (_truncated_to_nothing, "cut.html", "no main text found"),
    "invalid json": (_bad_json, "broken.json", "invalid JSON at line 1"),
    "explicit unsupported": (_unsupported, "report.pdf", "unsupported file type .pdf"),
    "missing": (_missing, "gone.txt", "no such file or folder"),
    "200 MB": (_huge, "huge.txt", "too large (209,715,200 bytes; the limit is 52,428,800)"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_one_line_and_the_batch_goes_on(tmp_path: Path, case: str) -> None:
    make, name, reason = CASES[case]
    (tmp_path / "before.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "after.html").write_text(ARTICLE, encoding="utf-8")
    bad = make(tmp_path)
    db = tmp_path / "t.duckdb"
    res = ingest(db, tmp_path / "before.txt", bad, tmp_path / "after.html")
    assert res.exit_code == 1
    assert "Traceback" not in res.output and isinstance(res.exception, SystemExit)
    (line,) = failure_lines(res)
    assert line.startswith(f"failed {name}: ") and reason in line
    assert stored(db) == ["after.html", "before.txt"]
    ((row_name, row_reason),) = errors(db)
    assert row_name == name and reason in row_reason


def test_huge_file_is_refused_by_size_without_being_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = _huge(tmp_path)
    real_open = Path.open

    def guarded(self: Path, *args: Any, **kw: Any) -> Any:
        assert self.name != huge.name, "the 200 MB file was opened"
        return real_open(self, *args, **kw)

    monkeypatch.setattr(Path, "open", guarded)
    res = ingest(tmp_path / "t.duckdb", huge)
    assert res.exit_code == 1 and "failed huge.txt: too large" in res.stderr


def test_unsupported_file_in_a_folder_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.txt").write_text(GOOD, encoding="utf-8")
    _unsupported(tmp_path / "in")
    (tmp_path / "in" / "photo.JPG").write_bytes(b"\xff\xd8\xff")
    db = tmp_path / "t.duckdb"
    res = ingest(db, tmp_path / "in")
    assert res.exit_code == 0, res.output
    assert stored(db) == ["note.txt"] and errors(db) == []


def test_truncated_html_keeps_what_is_there(tmp_path: Path) -> None:
    cut = ARTICLE[: ARTICLE.index("The agreement sets up") + 60]
    (tmp_path / "half.html").write_text(cut, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    res = ingest(db, tmp_path / "half.html")
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as store:
        (row,) = store.query("SELECT raw_text FROM texts")
    assert "pull back heavy weapons" in row["raw_text"] and "joint patrol" in row["raw_text"]
    assert "<p>" not in row["raw_text"]


def test_other_encodings_are_decoded_in_a_batch(tmp_path: Path) -> None:
    ru = "Пограничники Таджикистана и Кыргызстана договорились в пятницу отвести тяжёлое вооружение."
    (tmp_path / "ru.txt").write_bytes(ru.encode("cp1251"))
    fr = "Les gardes-frontières ont accepté vendredi de retirer les armes lourdes de la vallée contestée."
    (tmp_path / "fr.txt").write_bytes(fr.encode("latin-1"))
    (tmp_path / "mostly.txt").write_bytes(GOOD.encode() + b" \xff " + "— café".encode())
    db = tmp_path / "t.duckdb"
    res = ingest(db, tmp_path)
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as store:
        texts = {
            r["doc_name"]: r["raw_text"]
            for r in store.query("SELECT d.doc_name, t.raw_text FROM documents d JOIN texts t USING (doc_id)")
        }
    assert texts["ru.txt"] == ru and texts["fr.txt"] == fr
    assert texts["mostly.txt"] == GOOD + " \ufffd — café"  # one bad byte is replaced, not guessed around


def test_a_failing_batch_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    good, worse = tmp_path / "good", tmp_path / "bad"
    good.mkdir()
    worse.mkdir()
    for i, place in enumerate(["Osh", "Khujand", "Isfara"]):
        (good / f"good{i}.txt").write_text(f"{GOOD} Observers were sent to {place}.", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    first = ingest(db, good)
    assert first.exit_code == 0, first.output
    assert stored(db) == ["good0.txt", "good1.txt", "good2.txt"]
    bad = [make(worse) for make, _, _ in CASES.values()]
    again = ingest(db, good, *bad)
    assert again.exit_code == 1
    assert "Traceback" not in again.output
    assert "read 3, added 0, unchanged 3" in again.stdout
    assert stored(db) == ["good0.txt", "good1.txt", "good2.txt"]
    names = [n for n, _ in errors(db)]
    assert len(failure_lines(again)) == len(names)
    for _, name, _ in CASES.values():
        assert name in names


def without_file_permission_override() -> list[str]:
    """A command prefix under which permissions bite even for root: drop the capabilities that let
    root read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), as an ordinary user has none."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and util-linux setpriv is absent: cannot drop CAP_DAC_OVERRIDE")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_unreadable_file_and_folder(tmp_path: Path) -> None:
    d = tmp_path
    (d / "ok.txt").write_text(GOOD, encoding="utf-8")
    (d / "secret.txt").write_text(GOOD + " Secret annex.", encoding="utf-8")
    (d / "locked").mkdir()
    (d / "locked" / "inside.txt").write_text(GOOD + " Locked annex.", encoding="utf-8")
    (d / "secret.txt").chmod(0)
    (d / "locked").chmod(0)
    try:
        exe = Path(sys.executable).with_name("tidings")
        cmd = [
            *without_file_permission_override(),
            str(exe),
            "ingest",
            str(d / "ok.txt"),
            str(d / "secret.txt"),
        ]
        res = subprocess.run(
            [*cmd, str(d / "locked"), "--db", str(d / "t.duckdb"), *FAST],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        (d / "secret.txt").chmod(0o644)
        (d / "locked").chmod(0o755)
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("failed ")]
    assert lines == [
        "failed secret.txt: permission denied",
        "failed locked: cannot list the folder: Permission denied",
    ]
    assert stored(d / "t.duckdb") == ["ok.txt"]
    assert [n for n, _ in errors(d / "t.duckdb")] == ["secret.txt", "locked"]


def test_names_with_brackets_are_shown_as_they_are(tmp_path: Path) -> None:
    (tmp_path / "notes[draft].txt").write_bytes(b"")
    res = ingest(tmp_path / "t.duckdb", tmp_path / "notes[draft].txt")
    assert res.exit_code == 1
    assert failure_lines(res) == ["failed notes[draft].txt: empty file"]
