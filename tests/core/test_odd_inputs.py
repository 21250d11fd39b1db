"""Odd files a journalist drops: each gets one plain reason naming the file and what to do,
never a traceback or an empty comparison. Every file here is built by the test itself."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from desktop import cli
from desktop.core.ingest import load_document
from desktop.core.ingest.pdf import is_garbled
from desktop.core.runtime.errors import IngestError
from tests.core.test_ingest_formats import make_pdf

STORY = [
    "The harbour master of Lowmere closed the east pier on Friday evening.",
    "Two fishing boats had struck the old breakwater during the storm.",
    "Repairs are expected to take about six weeks, the council said.",
]


def _reason(path: Path) -> str:
    with pytest.raises(IngestError) as caught:
        load_document(path)
    assert caught.value.path == str(path) or str(path) in str(caught.value)
    return caught.value.reason


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_scanned_pdf_says_it_has_no_text_and_to_run_ocr(tmp_path: Path) -> None:
    scan = _write(tmp_path, "scan.pdf", make_pdf([[]]))
    reason = _reason(scan)
    assert "no text layer" in reason and "run OCR" in reason


def test_a_pdf_whose_words_run_together_is_refused_not_compared(tmp_path: Path) -> None:
    glued = _write(tmp_path, "glued.pdf", make_pdf([[s.replace(" ", "") for s in STORY]]))
    reason = _reason(glued)
    assert reason.startswith("has a damaged text layer") and "export it as text" in reason


def test_a_pdf_with_one_letter_per_line_is_refused_not_compared(tmp_path: Path) -> None:
    letters = [c for c in " ".join(STORY) if c != " "]
    spelled = _write(tmp_path, "spelled.pdf", make_pdf([letters[:120]]))
    assert _reason(spelled).startswith("has a damaged text layer")


def test_an_ordinary_pdf_is_still_read(tmp_path: Path) -> None:
    fine = _write(tmp_path, "fine.pdf", make_pdf([STORY]))
    assert "east pier" in load_document(fine).text


def test_ordinary_prose_and_a_short_caption_are_not_called_garbled() -> None:
    assert not is_garbled("\n".join(STORY))
    assert not is_garbled("Fig.3")  # too little to judge
    assert not is_garbled("A boat, a pier and a storm: I saw a wave hit a wall at 9 p.m.")
    assert is_garbled(" ".join("".join(STORY)))


def test_a_language_written_without_spaces_is_not_called_garbled() -> None:
    assert not is_garbled("港口管理员周五晚上关闭了东码头，两艘渔船在风暴中撞上了旧防波堤。" * 3)


def test_an_rtf_file_renamed_docx_says_what_it_is(tmp_path: Path) -> None:
    rtf = ("{\\rtf1\\ansi " + " ".join(STORY) + "}").encode()
    for name in ("memo.docx", "memo.txt", "memo.rtf"):
        reason = _reason(_write(tmp_path, name, rtf))
        assert reason.startswith("is a Rich Text (RTF) file") and "save it as .docx" in reason


def test_an_old_word_file_says_to_save_it_as_docx(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)
    for name in ("old.doc", "old.docx"):
        assert "save it as .docx" in _reason(_write(tmp_path, name, ole))


def test_a_docx_whose_text_is_only_in_a_table_is_read(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=len(STORY), cols=1)
    for row, sentence in enumerate(STORY):
        table.cell(row, 0).text = sentence
    buffer = io.BytesIO()
    document.save(buffer)
    path = _write(tmp_path, "table.docx", buffer.getvalue())
    assert "breakwater" in load_document(path).text


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("story.url", b"[InternetShortcut]\r\nURL=https://example.org/lowmere-pier\r\n"),
        ("story.webloc", b"<plist><dict><key>URL</key><string>https://example.org</string>"),
    ],
)
def test_a_web_shortcut_says_the_app_is_offline_and_to_save_the_page(
    tmp_path: Path, name: str, data: bytes
) -> None:
    reason = _reason(_write(tmp_path, name, data))
    assert "shortcut to a web page" in reason and "offline" in reason
    assert "Save Page As" in reason


def test_a_pasted_web_address_is_not_fetched_and_says_why() -> None:
    for address in ("https://example.org/lowmere-pier", "https:/example.org/x", "www.example.org"):
        with pytest.raises(IngestError) as caught:
            load_document(address)
        assert "web address" in caught.value.reason and "offline" in caught.value.reason


def test_a_local_file_named_like_a_website_is_still_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("www.lowmere-news.txt").write_text("\n".join(STORY), encoding="utf-8")
    assert "east pier" in load_document("www.lowmere-news.txt").text


def test_a_utf16_text_with_a_bom_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "utf16.txt", "\n".join(STORY).encode("utf-16"))
    assert "harbour master" in load_document(path).text


def test_a_text_of_only_whitespace_says_it_has_no_article_text(tmp_path: Path) -> None:
    assert _reason(_write(tmp_path, "blank.txt", b"  \n\n\t \r\n ")) == "contains no article text"


def test_the_command_line_names_a_glued_pdf_and_a_web_address_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _write(tmp_path, "good.txt", "\n".join(STORY).encode())
    glued = _write(tmp_path, "glued.pdf", make_pdf([[s.replace(" ", "") for s in STORY]]))
    for bad in (str(glued), "https://example.org/lowmere-pier"):
        assert cli.main(["compare", bad, str(good)]) == cli.EXIT_BAD_INPUT
        error = capsys.readouterr().err
        assert error.count("\n") == 1 and "Traceback" not in error
        assert Path(bad).name in error or "example.org" in error
