"""Bytes to text: UTF-8 first, then a declared or detected encoding, else a clear error."""

from __future__ import annotations

import codecs
import logging
import re

from charset_normalizer import from_bytes

log = logging.getLogger("newstimeline.ingest")

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
# Encoding declarations in the head of HTML and XML files.
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})|"""
    rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
DECLARATION_SEARCH_BYTES = 4096


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we can read or detect."""


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or an XML declaration names, if it is a known codec."""
    match = _DECLARED.search(data[:DECLARATION_SEARCH_BYTES])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text of ``data`` and the encoding used; empty, binary or undecodable data raises."""
    if not data.strip():
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"byte-order mark says {encoding}, but {exc.reason}") from exc
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file (contains NUL bytes), not article text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    declared = declared_encoding(data)
    if declared and declared not in {"utf-8", "utf-8-sig"}:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass
        else:
            log.warning("%s: decoded as %s (declared in the file)", name, declared)
            return text, declared
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        log.warning("%s: not UTF-8 (%s); decoded as %s (detected)", name, first_bad, best.encoding)
        return str(best), best.encoding
    raise DecodeError(f"not valid UTF-8 ({first_bad}) and no other encoding could be detected")
