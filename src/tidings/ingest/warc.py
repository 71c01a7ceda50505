"""WARC archives (.warc, .warc.gz): each HTML or text response is one document.

The archive is streamed record by record, so the size limit applies to each
record rather than to the archive: a crawl of many pages is not one input.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from tidings.errors import InputError
from tidings.ingest.decode import declared_charset, decode_bytes
from tidings.ingest.htmltext import html_to_raw
from tidings.ingest.raw import make_raw
from tidings.records import Failure, RawDoc

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown")


def read_warc(stream: IO[bytes], *, name: str, uri: str, max_bytes: int) -> Iterator[RawDoc | Failure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ("response", "resource"):
                continue
            headers = record.http_headers if record.rec_type == "response" else record.rec_headers
            ctype = (headers.get_header("Content-Type") or "") if headers is not None else ""
            kind = ctype.split(";")[0].strip().lower()
            if kind not in HTML_TYPES and kind not in TEXT_TYPES:
                continue
            if record.rec_type == "response" and record.http_headers.get_statuscode() != "200":
                continue
            n += 1
            ename, euri = f"{name}#{n}", f"{uri}#{n}"
            target = record.rec_headers.get_header("WARC-Target-URI")
            data = record.content_stream().read(max_bytes + 1)
            try:
                if len(data) > max_bytes:
                    raise InputError(ename, f"record too large (over {max_bytes:,} bytes)")
                text = decode_bytes(data, ename, _charset(ctype) or declared_charset(data))
                if kind in HTML_TYPES:
                    yield html_to_raw(text, name=ename, uri=euri, hints={"url": target})
                else:
                    yield make_raw(name=ename, uri=euri, text=text.strip(), fmt="txt", hints={"url": target})
            except InputError as e:
                yield Failure(name=e.name, uri=euri, stage="ingest", reason=e.reason)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as e:
        raise InputError(name, f"not a readable WARC archive after {n} records: {e}") from e
    if n == 0:
        raise InputError(name, "the WARC archive has no HTML or text responses")


def _charset(ctype: str) -> str | None:
    for part in ctype.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
