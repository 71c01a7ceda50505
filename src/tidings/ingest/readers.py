"""Readers: command-line inputs (paths, folders, globs, URLs, "-") to `RawDoc` records.

`read_inputs` is a lazy stream of `RawDoc | Failure`: an input that cannot be
read becomes one Failure naming it and saying why, and the others go on.
Formats live in their own modules (htmltext, jsondocs, feeds, warc, urls);
this module decides which one reads an input.
"""

from __future__ import annotations

import io
import json
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import httpx

from tidings.config import IngestSettings
from tidings.errors import InputError
from tidings.ingest.decode import declared_charset, decode_bytes
from tidings.ingest.feeds import is_feed, read_feed
from tidings.ingest.htmltext import html_to_raw, looks_like_html
from tidings.ingest.jsondocs import read_json, read_jsonl
from tidings.ingest.paths import SUPPORTED_NAMES, expand, format_of
from tidings.ingest.raw import make_raw
from tidings.ingest.urls import fetch, is_url, make_client
from tidings.ingest.warc import read_warc
from tidings.records import Failure, RawDoc

Item = RawDoc | Failure
MEDIA_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/plain": "txt",
    "text/markdown": "md",
    "application/warc": "warc",
}


def read_inputs(
    args: list[str],
    settings: IngestSettings,
    *,
    stdin: IO[bytes] | None = None,
    client: httpx.Client | None = None,
) -> Iterator[Item]:
    """Every document the arguments stand for, in order; failures in their place."""
    own_client = client is None and any(is_url(a) for a in args)
    http = make_client(settings.url_timeout) if own_client else client
    try:
        for arg in args:
            if arg == "-":
                source = stdin if stdin is not None else sys.stdin.buffer
                yield from _guarded("stdin", "-", read_stream(source, settings))
            elif is_url(arg):
                assert http is not None
                yield from _guarded(arg, arg, read_url(arg, http, settings))
            else:
                for item in expand(arg):
                    if isinstance(item, Failure):
                        yield item
                    else:
                        path, explicit = item
                        docs = read_path(path, settings, explicit=explicit)
                        yield from _guarded(path.name, str(path), docs)
    finally:
        if own_client and http is not None:
            http.close()


def read_path(path: Path, settings: IngestSettings, *, explicit: bool = True) -> Iterator[Item]:
    """One file, refused by its size before it is read; a folder's odd files are skipped."""
    name, uri = path.name, str(path)
    fmt = format_of(path)
    if fmt is None:
        if explicit:
            kind = path.suffix or "(none)"
            raise InputError(name, f"unsupported file type {kind}; tidings reads {SUPPORTED_NAMES}")
        return
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise InputError(name, "not a regular file")
        if fmt == "warc":
            with path.open("rb") as f:
                yield from read_warc(f, name=name, uri=uri, max_bytes=settings.max_bytes)
            return
        if st.st_size > settings.max_bytes:
            raise InputError(name, f"too large ({st.st_size:,} bytes; the limit is {settings.max_bytes:,})")
        with path.open("rb") as f:
            data = f.read(settings.max_bytes + 1)
    except PermissionError as e:
        raise InputError(name, "permission denied") from e
    except OSError as e:
        raise InputError(name, f"cannot read: {e.strerror or e}") from e
    if len(data) > settings.max_bytes:
        raise InputError(name, f"too large (over the limit of {settings.max_bytes:,} bytes)")
    if fmt == "xml":
        if not is_feed(data):
            if explicit:
                raise InputError(name, "an .xml file that is not an RSS or Atom feed")
            return
        fmt = "feed"
    yield from read_data(data, fmt, name=name, uri=uri)


def read_stream(stream: IO[bytes], settings: IngestSettings) -> Iterator[Item]:
    """Standard input: the format is sniffed from the content."""
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        raise InputError("stdin", f"too large (over the limit of {settings.max_bytes:,} bytes)")
    yield from read_data(data, sniff(data), name="stdin", uri="-")


def read_url(url: str, client: httpx.Client, settings: IngestSettings) -> Iterator[Item]:
    """One URL; the Content-Type decides the format, the content only when it is vague."""
    got = fetch(url, client, max_bytes=settings.max_bytes)
    fmt = MEDIA_TYPES.get(got.content_type)
    if fmt == "xml" or (fmt is None and got.content_type.endswith("+xml")):
        fmt = "feed" if is_feed(got.data) else None
    elif fmt == "txt" and sniff(got.data) == "html":  # servers often send pages as text/plain
        fmt = "html"
    elif fmt is None and not got.content_type:
        fmt = sniff(got.data)
    if fmt is None:
        raise InputError(url, f"unsupported content type {got.content_type or '(none)'}")
    hints = {"url": got.url}
    yield from read_data(got.data, fmt, name=url, uri=url, declared=got.charset, hints=hints)


def read_data(
    data: bytes,
    fmt: str,
    *,
    name: str,
    uri: str,
    declared: str | None = None,
    hints: dict[str, str] | None = None,
) -> Iterator[Item]:
    """Bytes of a known format to documents."""
    if fmt == "warc":
        yield from read_warc(io.BytesIO(data), name=name, uri=uri, max_bytes=len(data) + 1)
        return
    markup = fmt in ("html", "feed")
    text = decode_bytes(data, name, declared or (declared_charset(data) if markup else None))
    if fmt == "feed":
        yield from read_feed(data, name=name, uri=uri)
    elif fmt == "html":
        yield html_to_raw(text, name=name, uri=uri, hints=hints)
    elif fmt == "json":
        yield from read_json(text, name=name, uri=uri)
    elif fmt == "jsonl":
        yield from read_jsonl(text, name=name, uri=uri)
    else:
        yield make_raw(name=name, uri=uri, text=text, fmt=fmt, hints=hints)


def sniff(data: bytes) -> str:
    """The format of bytes without a name: feed, HTML, JSON, JSON Lines or text."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"<") and is_feed(head):
        return "feed"
    if looks_like_html(head) or (head.startswith(b"<") and b"<p" in data[:65536].lower()):
        return "html"
    if head.startswith((b"[", b"{")):
        try:
            json.loads(data)
            return "json"
        except ValueError:
            lines = [ln for ln in data.splitlines()[:3] if ln.strip()]
            if head.startswith(b"{") and len(lines) > 1 and all(ln.rstrip().endswith(b"}") for ln in lines):
                return "jsonl"
    return "txt"


def _guarded(name: str, uri: str, items: Iterator[Item]) -> Iterator[Item]:
    """One input's documents; what goes wrong with it becomes a Failure naming it."""
    try:
        for item in items:
            yield _one_line(item) if isinstance(item, Failure) else item
    except InputError as e:
        yield _one_line(Failure(name=e.name, uri=uri, stage="ingest", reason=e.reason))
    except Exception as e:  # one bad input must neither stop the batch nor print a traceback
        reason = f"unexpected {type(e).__name__}: {e}"
        yield _one_line(Failure(name=name, uri=uri, stage="ingest", reason=reason))


def _one_line(f: Failure) -> Failure:
    reason = " ".join(f.reason.split())
    return f if reason == f.reason else Failure(name=f.name, uri=f.uri, stage=f.stage, reason=reason)
