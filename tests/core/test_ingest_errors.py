"""Bad input: every problem reaches the user as one IngestError naming the file, never a
traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.ingest import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_EXTENSIONS,
    files,
    is_supported,
    load_document,
    registry,
)
from desktop.core.runtime.errors import IngestError

ARTICLE = b"Quake hits Exampleville\n\nA strong earthquake struck on Friday, officials said.\n"


def reason_for(path: str | Path, **kwargs: int) -> str:
    """Load ``path`` expecting failure; check the error names the file; return its reason."""
    with pytest.raises(IngestError) as caught:
        load_document(path, **kwargs)
    error = caught.value
    assert error.path == str(path)
    assert str(path) in str(error)
    return error.reason


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    assert reason_for(tmp_path / "nowhere.txt") == "file not found"


def test_a_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "articles.txt"
    folder.mkdir()

    assert reason_for(folder) == "is a folder, not a file"
    assert reason_for(tmp_path) == "is a folder, not a file"


def test_an_empty_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")

    assert reason_for(path) == "is empty"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("blank.txt", b"  \r\n\t\n\xc2\xa0\n"),
        ("furniture.txt", b"Share this:\nLeave a Reply\n"),
        ("blank.md", b"---\ntitle:\n---\n\n![photo](a.png)\n"),
    ],
)
def test_a_file_without_article_text_is_reported(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)

    assert reason_for(path) == "contains no article text"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        bytes(range(256)) * 8,
        b"\x7fELF\x02\x01\x01" + b"\x00" * 64,
        b"Some text\x00\x00\x01\x02 and then binary \x00\xff\xfe",
    ],
)
def test_a_binary_file_named_txt_is_reported(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(data)

    assert reason_for(path) == "is not a text file (binary data)"


def test_an_unsupported_extension_lists_what_is_readable(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xyz"
    path.write_bytes(ARTICLE)

    assert reason_for(path) == (
        "unsupported file type '.xyz'; Crosscheck reads .txt, .md, .html, .htm, .docx, .pdf"
    )


def test_a_file_without_an_extension_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_bytes(ARTICLE)

    assert reason_for(path).startswith("unsupported file type (no extension); Crosscheck reads")


def test_a_file_over_the_default_size_limit_is_reported_without_reading_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: no 31 MB actually written
        handle.truncate(int(31.2 * 1024 * 1024))

    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024
    assert reason_for(path) == "is too large (31.2 MB; the limit is 20 MB)"


def test_the_size_limit_can_be_set_by_the_caller(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE * 40)

    assert reason_for(path, max_bytes=1024) == "is too large (3.1 KB; the limit is 1 KB)"
    assert load_document(path, max_bytes=len(ARTICLE) * 40).text


def test_an_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(ARTICLE)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Root may read anything, so the refusal is simulated where the ingest layer opens files.
    monkeypatch.setattr(files, "open", denied, raising=False)

    assert reason_for(path) == "cannot be read (permission denied)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)

    assert reason_for(path) == "is not a regular file"


def test_an_unexpected_reader_failure_still_becomes_an_ingest_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(data: bytes, path: str) -> None:
        raise RuntimeError("bug in a library")

    monkeypatch.setitem(registry._READERS, ".txt", ("txt", crash))
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE)

    assert reason_for(path) == "could not be read (RuntimeError)"


def test_supported_extensions_are_the_advertised_ones() -> None:
    assert {".txt", ".md", ".html", ".htm", ".docx", ".pdf"} == SUPPORTED_EXTENSIONS
    assert is_supported("a/b/Story.PDF")
    assert is_supported(Path("story.htm"))
    assert not is_supported("story.doc")
    assert not is_supported("README")


def test_a_text_that_mentions_a_pdf_header_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "pdf-news.txt"
    path.write_bytes(b"PDF files start with %PDF-1.7, the researchers explained.\n" + ARTICLE)

    assert "%PDF-1.7" in load_document(path).text
