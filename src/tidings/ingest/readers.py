"""Readers: paths, folders and globs to `RawDoc` records, one reader per format."""

from __future__ import annotations

import glob
from collections.abc import Iterator
from pathlib import Path

from tidings.config import IngestSettings
from tidings.errors import InputError
from tidings.ingest.decode import content_hash, decode_bytes
from tidings.records import Failure, RawDoc

TEXT_EXTS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html"}
SUPPORTED = set(TEXT_EXTS)


def expand(args: list[str]) -> Iterator[Path | Failure]:
    """Files, folders (recursive, supported extensions only) and globs."""
    for arg in args:
        p = Path(arg)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED)
        elif p.exists():
            yield p
        elif any(ch in arg for ch in "*?["):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield Failure(name=arg, uri=arg, stage="ingest", reason="no file matches this pattern")
            for m in matches:
                yield Path(m)
        else:
            yield Failure(name=p.name or arg, uri=arg, stage="ingest", reason="no such file or folder")


def read_file(path: Path, settings: IngestSettings) -> list[RawDoc]:
    name = path.name
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise InputError(name, f"too large ({size:,} bytes; the limit is {settings.max_bytes:,})")
        data = path.read_bytes()
    except PermissionError as e:
        raise InputError(name, "permission denied") from e
    except OSError as e:
        raise InputError(name, f"cannot read: {e.strerror or e}") from e
    fmt = TEXT_EXTS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(name, f"unsupported file type {path.suffix or '(none)'}")
    text = decode_bytes(data, name)
    return [RawDoc(name=name, uri=str(path), text=text, fmt=fmt, content_hash=content_hash(text))]


def read_inputs(args: list[str], settings: IngestSettings) -> Iterator[RawDoc | Failure]:
    for item in expand(args):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield from read_file(item, settings)
        except InputError as e:
            yield Failure(name=e.name, uri=str(item), stage="ingest", reason=e.reason)
