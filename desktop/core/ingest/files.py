"""Getting a file's bytes, or a plain reason why not. The file is only ever opened for reading."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.runtime.errors import IngestError

MB = 1024 * 1024
PERMISSION_DENIED = "cannot be read (permission denied)"


@contextmanager
def _told_plainly(path: str) -> Iterator[None]:
    """The system's error about ``path`` as a plain reason (``IngestError``)."""
    try:
        yield
    except FileNotFoundError:
        raise IngestError(path, "file not found") from None
    except PermissionError:
        raise IngestError(path, PERMISSION_DENIED) from None
    except OSError as exc:
        raise IngestError(path, _os_reason(exc)) from None


def check_file(path: str) -> None:
    """Raise ``IngestError`` unless ``path`` names an existing regular file."""
    with _told_plainly(path):
        info = Path(path).stat()
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(path, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        # A pipe or device would block or never end; nothing a user means to compare.
        raise IngestError(path, "is not a regular file")


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The whole file, if it is neither empty nor over ``max_bytes``."""
    with _told_plainly(path), open(path, "rb") as handle:
        check_size(path, os.fstat(handle.fileno()).st_size, max_bytes)
        # One byte more than allowed tells a file that grew since fstat() from one that fits.
        data = handle.read(max_bytes + 1)
    check_size(path, len(data), max_bytes)
    if not data:
        raise IngestError(path, "is empty")
    return data


def check_size(path: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise IngestError(
            path, f"is too large ({format_size(size)}; the limit is {format_size(max_bytes)})"
        )


def format_size(size: int) -> str:
    """ "31.2 MB", "20 MB", "512 KB": one decimal at most, none when it is zero."""
    if size >= MB:
        value, unit = size / MB, "MB"
    elif size >= 1024:
        value, unit = size / 1024, "KB"
    else:
        return f"{size} bytes"
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text} {unit}"


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.EISDIR:
        return "is a folder, not a file"
    detail = exc.strerror or type(exc).__name__
    return f"cannot be read ({detail.lower()})"
