"""Command-line paths to files: single files, folders (recursive) and glob patterns.

A file named explicitly is always read (an unsupported type is then an error);
files found in a folder or by a pattern are read only when their type is
supported, and hidden files and folders are skipped.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from tidings.records import Failure

EXTS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",  # read only when it turns out to be a feed
    ".warc": "warc",
}
SUPPORTED_NAMES = " ".join([*EXTS, ".warc.gz"])


def format_of(path: Path) -> str | None:
    if path.name.lower().endswith(".warc.gz"):
        return "warc"
    return EXTS.get(path.suffix.lower())


def expand(arg: str) -> Iterator[tuple[Path, bool] | Failure]:
    """(path, named explicitly) for each file an argument stands for, or a Failure."""
    p = Path(arg)
    if p.is_dir():
        yield from _folder(p, arg)
    elif p.exists() or p.is_symlink():
        yield p, True
    elif any(ch in arg for ch in "*?["):
        matches = sorted(glob.glob(arg, recursive=True))
        found = False
        for m in map(Path, matches):
            if m.is_dir():
                for item in _folder(m, str(m), report_empty=False):
                    found = True
                    yield item
            elif format_of(m) is not None:
                found = True
                yield m, False
        if not found:
            yield _fail(arg, "no supported file matches this pattern")
    else:
        yield _fail(arg, "no such file or folder")


def _folder(root: Path, arg: str, *, report_empty: bool = True) -> Iterator[tuple[Path, bool] | Failure]:
    failures: list[Failure] = []

    def unreadable(e: OSError) -> None:
        where = e.filename or arg
        failures.append(_fail(str(where), f"cannot list the folder: {e.strerror or e}"))

    found = []
    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            path = Path(folder, f)
            if not f.startswith(".") and format_of(path) is not None:
                found.append(path)
    yield from failures
    for path in found:
        yield path, False
    if not found and not failures and report_empty:
        yield _fail(arg, f"the folder holds no supported files ({SUPPORTED_NAMES})")


def _fail(where: str, reason: str) -> Failure:
    return Failure(name=Path(where).name or where, uri=where, stage="ingest", reason=reason)
