"""http(s) URLs: fetched with a timeout and a size cap enforced while streaming."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from tidings.errors import InputError

USER_AGENT = "tidings (+news ingest; one request per URL given)"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # media type only, lower case
    charset: str | None
    data: bytes


def is_url(arg: str) -> bool:
    return arg.lower().startswith(("http://", "https://"))


def make_client(timeout: float) -> httpx.Client:
    return httpx.Client(
        timeout=timeout, follow_redirects=True, max_redirects=10, headers={"User-Agent": USER_AGENT}
    )


def fetch(url: str, client: httpx.Client, *, max_bytes: int) -> Fetched:
    """GET one URL; any failure is an InputError naming the URL."""
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise InputError(url, f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            declared = resp.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise InputError(url, f"too large ({int(declared):,} bytes; the limit is {max_bytes:,})")
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(url, f"too large (over the limit of {max_bytes:,} bytes)")
                chunks.append(chunk)
            ctype = resp.headers.get("Content-Type", "")
            return Fetched(
                url=str(resp.url),
                content_type=ctype.split(";")[0].strip().lower(),
                charset=resp.charset_encoding,
                data=b"".join(chunks),
            )
    except httpx.TimeoutException as e:
        raise InputError(url, f"timed out after {client.timeout.read}s") from e
    except httpx.TooManyRedirects as e:
        raise InputError(url, "too many redirects") from e
    except httpx.HTTPError as e:
        raise InputError(url, f"cannot fetch: {type(e).__name__}: {e}") from e
    except (httpx.InvalidURL, httpx.StreamError) as e:
        raise InputError(url, f"cannot fetch: {e}") from e
