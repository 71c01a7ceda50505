"""http(s) URLs as inputs, against a server the test starts on 127.0.0.1 (ephemeral port)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner, Result

from tidings.cli import main
from tidings.config import IngestSettings
from tidings.ingest.readers import read_inputs
from tidings.records import Failure, RawDoc
from tidings.store import Store

LIMIT = 4096
STORY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pipeline route agreed</title>
<meta property="og:site_name" content="Caspian Ledger"><meta name="author" content="Nodir Usmonov">
<meta property="article:published_time" content="2024-09-05"></head><body>
<article><h1>Pipeline route agreed</h1>
<p>Energy ministers from Turkmenistan and Azerbaijan agreed in Ashgabat on a survey of the seabed
route for a gas pipeline that would cross the Caspian Sea to the terminal near Baku.</p>
<p>The survey will take eighteen months and be paid for in equal shares, the ministers said at a
joint press conference after the meeting.</p></article><footer>All rights reserved</footer></body></html>"""
NOTE_RU = "Министры энергетики договорились о совместном изучении маршрута газопровода по дну моря."
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger Feed</title>
<item><title>Survey begins</title><pubDate>Thu, 05 Sep 2024 12:00:00 GMT</pubDate>
<description>The seabed survey for the pipeline route began on Thursday.</description></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass

    def send(self, status: int, ctype: str, body: bytes, *, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/story.html":
            self.send(200, "text/html; charset=utf-8", STORY.encode())
        elif path == "/note":
            self.send(200, "text/plain; charset=windows-1251", NOTE_RU.encode("cp1251"))
        elif path == "/wire":
            self.send(200, "application/rss+xml", RSS.encode())
        elif path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/story.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/big-declared":
            self.send(200, "text/plain", b"x " * LIMIT)
        elif path == "/big-streamed":  # no Content-Length: the cap must hold while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(8):
                self.wfile.write(b"word " * 200)
        elif path == "/logo.png":
            self.send(200, "image/png", b"\x89PNG\r\n\x1a\n\x00\x00")
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, "text/plain", b"too late")
        else:
            self.send(404, "text/html", b"<html><body>Not here</body></html>")


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:  # a client that gave up
        pass


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    guard = threading.Timer(120, server.shutdown)  # stops by itself should a test hang
    guard.daemon = True
    guard.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        guard.cancel()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def ingest(db: Path, *args: str) -> Result:
    opts = ["--set", 'pipeline=["ingest.document"]', "--set", f"ingest.max_bytes={LIMIT}", "-q"]
    opts += ["--set", "ingest.url_timeout=0.5"]
    return CliRunner().invoke(main, ["ingest", *args, "--db", str(db), *opts])


def test_urls_in_a_batch_good_and_bad(tmp_path: Path, base: str) -> None:
    urls = [f"{base}/{p}" for p in ("story.html", "missing", "note", "big-declared", "wire")]
    urls += [f"{base}/big-streamed", f"{base}/moved", f"{base}/logo.png", f"{base}/slow"]
    db = tmp_path / "u.duckdb"
    res = ingest(db, *urls)
    assert res.exit_code == 1
    assert "Traceback" not in res.output
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("failed ")]
    assert lines == [
        f"failed {base}/missing: HTTP 404 Not Found",
        f"failed {base}/big-declared: too large ({2 * LIMIT:,} bytes; the limit is {LIMIT:,})",
        f"failed {base}/big-streamed: too large (over the limit of {LIMIT:,} bytes)",
        f"failed {base}/logo.png: unsupported content type image/png",
        f"failed {base}/slow: timed out after 0.5s",
    ]
    with Store(db, read_only=True) as store:
        rows = store.query(
            "SELECT d.doc_name, d.doc_id, d.duplicate_of, d.fmt, t.raw_text "
            "FROM documents d JOIN texts t USING (doc_id)"
        )
        errors = store.query("SELECT name FROM ingest_errors")
    got = {r["doc_name"]: r for r in rows}
    # the redirect lands on the same story: stored under the name asked for, as its duplicate
    assert set(got) == {f"{base}/story.html", f"{base}/moved", f"{base}/note", f"{base}/wire#1"}
    moved, story = got[f"{base}/moved"], got[f"{base}/story.html"]
    assert (moved["duplicate_of"], story["duplicate_of"]) in {
        (story["doc_id"], None),
        (None, moved["doc_id"]),
    }
    assert got[f"{base}/story.html"]["fmt"] == "html" and "<p>" not in got[f"{base}/story.html"]["raw_text"]
    assert got[f"{base}/note"]["raw_text"] == NOTE_RU  # charset from the Content-Type header
    assert len(errors) == 5
    assert "unchanged 0" in res.stdout


def test_url_hints_and_redirect_target(base: str) -> None:
    with httpx.Client(follow_redirects=True, timeout=5) as client:
        (raw,) = list(read_inputs([f"{base}/moved"], IngestSettings(), client=client))
    assert isinstance(raw, RawDoc) and raw.name == f"{base}/moved"
    assert raw.hints["url"] == f"{base}/story.html"
    assert raw.hints["source"] == "Caspian Ledger" and raw.hints["published"] == "2024-09-05"


def test_unreachable_host_is_one_failure() -> None:
    settings = IngestSettings(url_timeout=2)
    (fail,) = list(read_inputs(["http://127.0.0.1:9/nothing"], settings))  # the discard port: refused
    assert isinstance(fail, Failure) and fail.name == "http://127.0.0.1:9/nothing"
    assert fail.reason.startswith("cannot fetch: ConnectError")
