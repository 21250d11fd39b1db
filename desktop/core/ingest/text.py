"""Plain-text files: finding the encoding, telling text from binary, finding the paragraphs."""

from __future__ import annotations

import codecs
import re

from desktop.core.ingest.article import RawArticle
from desktop.core.ingest.normalise import (
    clean_chars,
    looks_hard_wrapped,
    paragraphs_from_lines,
    unwrap_lines,
)
from desktop.core.ingest.sniff import binary_kind
from desktop.core.runtime.errors import IngestError

NOT_TEXT = "is not a text file (binary data)"

# Longest first: a UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
]

# When charset-normalizer finds several single-byte encodings about equally plausible (short texts
# often are: "Café crème" decodes cleanly as cp1257 or cp1250 too, as "crčme"), the common one
# wins. Its "chaos" score is a mess ratio; a decoding into the wrong script scores far above this.
_PREFERRED = ("cp1252", "cp1251", "cp1250", "iso8859-15")
_CHAOS_SLACK = 0.1

# Share of NUL bytes a text may have and still be read (after dropping them): a damaged save has
# a handful; UTF-16 text has one in every two bytes, binary files many more than this.
STRAY_NUL_MAX_SHARE = 0.01

# Share of control characters above which a "decoded" file is really binary.
_MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_txt(data: bytes, path: str) -> RawArticle:
    text, encoding = decode_text(data, path)
    return RawArticle(plain_text_paragraphs(text), encoding=encoding)


def plain_text_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text: one per line, unless the file was wrapped at a fixed width."""
    lines = clean_chars(text).split("\n")
    if looks_hard_wrapped(lines):
        return unwrap_lines(lines, vocabulary=text)
    return paragraphs_from_lines(lines)


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name) for the bytes of a text file, or raise ``IngestError``."""
    if binary_kind(data) is not None:
        raise IngestError(path, NOT_TEXT)
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(codec), path), name
            except UnicodeDecodeError:
                raise IngestError(path, NOT_TEXT) from None
    if b"\x00" in data:
        if data.count(0) > len(data) * STRAY_NUL_MAX_SHARE:
            return _decode_utf16_without_bom(data, path)
        data = data.replace(b"\x00", b"")  # a few NULs from a damaged save, not UTF-16
    try:
        # Valid UTF-8 is almost never an accident, and it is by far the most common encoding.
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_guessed(data, path)


def _decode_guessed(data: bytes, path: str) -> tuple[str, str]:
    import charset_normalizer

    try:
        matches = charset_normalizer.from_bytes(data)
        best = matches.best()
    except Exception:  # the detector is a heuristic; any failure means "cannot tell"
        best = None
    if best is None:
        raise IngestError(path, NOT_TEXT)
    text = str(best)
    encoding = codecs.lookup(best.encoding).name
    for preferred in _PREFERRED:
        if preferred == encoding:
            break
        candidate = _try_decode(data, preferred)
        if candidate is None:
            continue
        if candidate == text or any(
            codecs.lookup(m.encoding).name == preferred and m.chaos <= best.chaos + _CHAOS_SLACK
            for m in matches
        ):
            text, encoding = candidate, preferred
            break
    return _checked(text, path), encoding


def _decode_utf16_without_bom(data: bytes, path: str) -> tuple[str, str]:
    """UTF-16 text saved without a byte-order mark: one byte of each pair is mostly zero."""
    if len(data) % 2 == 0:
        even_zero = data[0::2].count(0) / (len(data) // 2)
        odd_zero = data[1::2].count(0) / (len(data) // 2)
        codec = "utf-16-le" if odd_zero > 0.6 else "utf-16-be" if even_zero > 0.6 else None
        if codec is not None and (text := _try_decode(data, codec)) is not None:
            return _checked(text, path), codec
    raise IngestError(path, NOT_TEXT)


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _checked(text: str, path: str) -> str:
    """Reject text that decoded but is full of control characters: a binary file in disguise."""
    if "\x00" in text:
        raise IngestError(path, NOT_TEXT)
    controls = len(_CONTROL.findall(text))
    if text and controls / len(text) > _MAX_CONTROL_SHARE:
        raise IngestError(path, NOT_TEXT)
    return text
