"""Inputs that are mostly good but odd: a few control characters, pages nested past any parser."""

from __future__ import annotations

from pathlib import Path

from tidings.records import Failure, RawDoc

from .test_readers import PARAS, docs, ingest, read


def test_text_with_a_few_control_characters_is_read_without_them(tmp_path: Path) -> None:
    body = PARAS[0].replace(" met ", " met\x00 ").replace("Wednesday", "Wed\x07nesday")
    f = tmp_path / "ctrl.txt"
    f.write_bytes(f"Khiva talks\n\n{body}\x1b\n".encode())
    (raw,) = read(f)
    assert isinstance(raw, RawDoc)
    assert PARAS[0] in raw.text  # the stray characters dropped, nothing else
    assert not any(ord(c) < 0x20 and c not in "\n\t" for c in raw.text)


def test_mostly_control_bytes_are_still_binary(tmp_path: Path) -> None:
    f = tmp_path / "blob.txt"
    f.write_bytes(bytes(range(32)) * 40 + b"some words")
    (out,) = read(f)
    assert isinstance(out, Failure) and "binary" in out.reason


def test_a_page_nested_twenty_thousand_deep_gives_its_paragraphs(tmp_path: Path) -> None:
    depth = 20_000
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    body = f"{'<div>' * depth}{paras}{'</div>' * depth}"
    html = f"<html><head><title>Khiva talks</title></head><body>{body}</body></html>"
    f = tmp_path / "deep.html"
    f.write_text(html, encoding="utf-8")
    res = ingest(tmp_path / "s.duckdb", f)
    assert res.exit_code == 0, res.output
    stored = docs(tmp_path / "s.duckdb")["deep.html"]
    assert all(p in stored["raw_text"] for p in PARAS)


def test_a_store_another_process_holds_is_busy_in_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('open', flush=True); "
            "time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        f = tmp_path / "a.txt"
        f.write_text("Khiva talks\n\n" + PARAS[0] + "\n", encoding="utf-8")
        res = ingest(db, f)
    finally:
        holder.kill()
        holder.communicate()
    assert res.exit_code != 0
    lines = [ln for ln in res.output.splitlines() if ln.strip()]
    assert any("the store is busy" in ln and f"PID {holder.pid}" in ln for ln in lines), res.output
    assert "Traceback" not in res.output


def test_a_text_past_the_size_cap_fails_alone_with_its_reason(tmp_path: Path) -> None:
    long, short = tmp_path / "long.txt", tmp_path / "short.txt"
    long.write_text("Khiva talks\n\n" + " ".join(PARAS * 20) + "\n", encoding="utf-8")
    short.write_text("Khiva talks\n\n" + PARAS[0] + "\n", encoding="utf-8")
    res = ingest(tmp_path / "s.duckdb", long, short, "--set", "ingest.max_chars=2000")
    assert res.exit_code == 1
    failed = [ln for ln in res.output.splitlines() if "long.txt" in ln]
    assert len(failed) == 1 and "text too long for one document" in failed[0] and "limit 2,000" in failed[0]
    assert set(docs(tmp_path / "s.duckdb")) == {"short.txt"}


def test_mutated_real_files_give_documents_or_one_error_each(tmp_path: Path) -> None:
    import random

    from tidings.records import Failure, RawDoc

    from ..conftest import EXAMPLES

    rng = random.Random(3)
    sources = sorted(p for p in (EXAMPLES / "corpus").iterdir() if p.is_file())
    files = []
    for i in range(40):
        data = bytearray(rng.choice(sources).read_bytes())
        for _ in range(rng.randint(1, 30)):  # flip, drop, insert and truncate bytes
            at = rng.randrange(len(data))
            op = rng.choice(("flip", "drop", "insert", "cut"))
            if op == "flip":
                data[at] = rng.randrange(256)
            elif op == "drop":
                del data[at : at + rng.randint(1, 200)]
            elif op == "insert":
                data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 20)))
            elif len(data) > 100:
                del data[rng.randrange(len(data) // 2, len(data)) :]
            if not data:
                data = bytearray(b"x")
        f = tmp_path / f"m{i:02d}{rng.choice(sources).suffix}"
        f.write_bytes(bytes(data))
        files.append(f)
    out = read(*files)
    names = {f.name for f in files}
    assert {o.name.split("#")[0] for o in out} <= names
    for o in out:
        assert isinstance(o, RawDoc | Failure)
        if isinstance(o, Failure):
            assert o.reason and "\n" not in o.reason and "Traceback" not in o.reason
    res = ingest(tmp_path / "m.duckdb", *files)
    assert res.exit_code in (0, 1) and "Traceback" not in res.output, res.output
