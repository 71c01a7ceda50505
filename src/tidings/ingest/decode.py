"""Bytes to text: UTF-8 first, then a detected encoding; binary is refused."""

from __future__ import annotations

import hashlib

from tidings.errors import InputError


def decode_bytes(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(name, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(name, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(name, "cannot decode: not UTF-8 and no other encoding fits")
    return str(best)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
