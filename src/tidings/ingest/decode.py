"""Bytes to text: a BOM, UTF-8, a declared charset, then a detected encoding.

Binary data and bytes no encoding fits are refused with an `InputError` that
names the input. The content hash is taken over the decoded text, so the same
article saved in two encodings is one document.
"""

from __future__ import annotations

import codecs
import hashlib
import re

from tidings.errors import InputError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# When detection ties, the encodings news text is most often saved in win.
PREFERRED = (
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1251",
    "koi8_r",
    "cp1250",
    "iso8859_2",
    "cp1256",
    "gb18030",
)
CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
CONTROL_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(CONTROL | {0x1B, 0x7F})) + "]")
MIN_CONTROLS = 8  # a short text may hold this many stray control characters and still be read
SNIFF = 8192
MAX_BAD_UTF8 = 0.002  # a few corrupt bytes in a UTF-8 file are replaced, not guessed around


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode one input with newlines made "\\n" and stray control characters dropped (a NUL or
    a bell inside good text); `declared` is a charset from HTTP or HTML."""
    text = CONTROL_RE.sub("", _decode(data, name, declared))
    if not text.strip():
        raise InputError(name, "empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _decode(data: bytes, name: str, declared: str | None) -> str:
    if not data.strip():
        raise InputError(name, "empty file")
    for bom, enc in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], enc, name)
    if looks_binary(data):
        raise InputError(name, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _non_utf8(data, name, declared)
    if not text.strip():
        raise InputError(name, "empty file")
    return text


def looks_binary(data: bytes) -> bool:
    """More than one byte in a hundred of the head is a NUL or a control character: a text
    with a few of them inside is still text."""
    head = data[:SNIFF]
    controls = sum(1 for b in head if b in CONTROL)
    return controls > max(MIN_CONTROLS, len(head) // 100)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML head declares, if any (only the first 2 KB are read)."""
    head = data[:2048].lower()
    for marker in (b"charset=", b"encoding="):
        i = head.find(marker)
        if i >= 0:
            rest = head[i + len(marker) :].lstrip(b"\"' ")
            value = rest.split(b'"')[0].split(b"'")[0].split(b";")[0].split(b" ")[0].split(b">")[0]
            name = value.decode("ascii", "ignore").strip("/?")
            if name:
                return name
    return None


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as e:
        raise InputError(name, f"invalid {enc} text at byte {e.start}") from e
    if not text.strip():
        raise InputError(name, "empty file")
    return text


def _non_utf8(data: bytes, name: str, declared: str | None) -> str:
    if declared and _known(declared) and _known(declared) != "utf-8":
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    bad = _utf8_errors(data)
    if bad and bad <= max(1, int(len(data) * MAX_BAD_UTF8)) and _has_utf8_multibyte(data):
        return data.decode("utf-8", errors="replace")
    from charset_normalizer import from_bytes

    # Detection on short texts is weak: the common encodings are tried on their
    # own too, and ties go to the more coherent text, then to the commoner encoding.
    matches = [*from_bytes(data), *from_bytes(data, cp_isolation=list(PREFERRED))]
    if not matches:
        raise InputError(name, "cannot decode: not UTF-8 and no other encoding fits")
    rank = {enc: i for i, enc in enumerate(PREFERRED)}
    best = min(
        matches,
        key=lambda m: (round(m.chaos, 2), -round(m.coherence, 2), rank.get(m.encoding, len(rank))),
    )
    return str(best)


def _known(enc: str) -> str | None:
    try:
        return codecs.lookup(enc).name
    except (LookupError, ValueError):  # an unknown name, or one with a NUL in it
        return None


def _utf8_errors(data: bytes) -> int:
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.decode("utf-8", "ignore").count(
        "\ufffd"
    )


def _has_utf8_multibyte(data: bytes) -> bool:
    return any(ord(ch) > 0x7F and ch != "\ufffd" for ch in data.decode("utf-8", errors="replace"))
