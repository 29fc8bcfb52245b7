"""Plain-text files: decode bytes to ``str`` without guessing silently.

City systems export text as UTF-8 (sometimes with a BOM) or, from HWP and older
systems, CP949/EUC-KR. A wrong guess produces mojibake in which no name or number
can be found, which is worse than an error, so decoding is a strict try-order:
BOM → UTF-8 → CP949 (a superset of EUC-KR) → charset-normalizer, and the last one
is accepted only when it is confident and the result looks like text.
"""
from __future__ import annotations

import codecs
import unicodedata

from domain.types import Extracted

from . import limits
from .errors import ExtractionError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),   # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}


def decode_text(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``ExtractionError`` when no decoding is trustworthy."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_texty(data.decode(encoding), encoding), encoding
            except UnicodeDecodeError as exc:
                raise ExtractionError(f"undecodable text: has a {encoding} byte-order mark but invalid bytes at offset {exc.start}") from exc
    if b"\x00" in data:
        raise ExtractionError("undecodable text: contains NUL bytes (binary file or UTF-16 without BOM?)")
    for encoding in ("utf-8", "cp949"):
        try:
            return _check_texty(data.decode(encoding), encoding), encoding
        except UnicodeDecodeError:
            continue
    return _guess(data)


def _guess(data: bytes) -> tuple[str, str]:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it is a declared dependency
        raise ExtractionError("undecodable text: neither UTF-8 nor CP949/EUC-KR") from None
    best = from_bytes(data).best()
    # chaos is charset-normalizer's mess ratio (0 = clean); 0.1 is its own default cut-off.
    if best is None or best.chaos > 0.1:
        raise ExtractionError("undecodable text: neither UTF-8 nor CP949/EUC-KR, and no confident guess")
    return _check_texty(str(best), best.encoding), best.encoding


def _check_texty(text: str, encoding: str) -> str:
    """Refuse decodings that are full of control characters: that is binary, not text."""
    sample = text[:20000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    if controls > max(2, len(sample) // 200):
        raise ExtractionError(f"undecodable text: decodes as {encoding} but contains {controls} control characters (binary file?)")
    return text


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF; NFC joins decomposed Hangul jamo (e.g. from macOS).

    NFC, unlike NFKC, leaves full-width digits (０１０－…) and other compatibility
    characters alone, so values keep the exact form layer 1 must mask.
    """
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def extract_txt(data: bytes) -> Extracted:
    limits.check_bytes(len(data))
    text, encoding = decode_text(data)
    text = normalize_newlines(limits.check_text(text))
    warnings = []
    if encoding not in ("utf-8", "utf-8-sig", "ascii"):
        warnings.append(f"decoded as {encoding}")
    return Extracted(text=text, format="txt", page_offsets=[0], warnings=warnings)
