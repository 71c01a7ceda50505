"""HTML to PDF with Debian's chromium in headless mode, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from tidings.errors import TidingsError

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)


def find_chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def html_to_pdf(html: str, output: Path, *, timeout: float = 60) -> Path:
    browser = find_chromium()
    if browser is None:
        raise TidingsError(
            "no PDF tool: chromium is not installed", hint="apt-get install chromium, or write .html"
        )
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        cmd = [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp}/profile",
            f"--print-to-pdf={output.resolve()}",
            page.as_uri(),
        ]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=timeout)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as e:
            raise TidingsError(f"{output}: chromium could not print the report: {e}") from e
    if not output.exists():
        raise TidingsError(f"{output}: chromium printed no PDF")
    return output
