"""Saved web pages, Word documents and PDFs, each built inside the test."""

from __future__ import annotations

import datetime as dt
import io
import socket
from pathlib import Path

import pytest

from desktop.core.ingest import load_document
from desktop.core.runtime.errors import IngestError

BODY = "A strong earthquake struck the town of Exampleville on Friday, officials said."
MORE = "The mayor said rescue teams searched collapsed buildings through the night."


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


# --- HTML ----------------------------------------------------------------------------------------

SAVED_PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>Quake hits Exampleville | Daily News</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-09-22T10:00:00Z">
<script>var tracker = "script text must not appear";</script>
<style>p {{ color: red; }}</style></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
<article>
<h1>Quake hits Exampleville</h1>
<p class="byline">By Jane Doe</p>
<p>{body} At least twelve people were injured when an old hotel collapsed.</p>
<!-- an HTML comment that must not appear -->
<p>{more} Shelters were opened in three schools, the city's website said.</p>
<div class="share">Share this: <a href="#">Facebook</a> <a href="#">Twitter</a></div>
<p>Residents were told to expect aftershocks for several days, according to the national
seismology office in the capital, which said the quake had a magnitude of 6.1.</p>
</article>
<section id="comments"><h3>3 Comments</h3><p>Great article, thanks from a reader!</p></section>
<footer>© 2023 Daily News. All rights reserved.</footer>
</body></html>
"""


def saved_page(charset: str = "utf-8") -> str:
    return SAVED_PAGE.format(charset=charset, body=BODY, more=MORE)


def test_a_saved_web_page_gives_the_article_and_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "quake.html"
    path.write_text(saved_page(), encoding="utf-8")

    document = load_document(path)

    assert document.format == "html"
    assert document.title == "Quake hits Exampleville"
    assert document.byline == "Jane Doe"
    assert document.date == "2023-09-22"
    assert paragraphs(document.text)[0] == "Quake hits Exampleville"
    assert BODY in document.text and MORE in document.text
    assert "magnitude of 6.1" in document.text
    for junk in ("script text", "World news menu", "HTML comment", "Share this", "Great article"):
        assert junk not in document.text
    assert "All rights reserved" not in document.text


def test_reading_a_web_page_never_touches_the_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    path = tmp_path / "quake.htm"
    path.write_text(saved_page().replace("<head>", '<head><base href="https://x.test/">'))

    assert BODY in load_document(path).text


def test_a_web_page_in_a_declared_legacy_charset_reads(tmp_path: Path) -> None:
    page = saved_page("windows-1251").replace("Exampleville", "Примерово")
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))

    document = load_document(path)

    assert document.title == "Quake hits Примерово"
    assert document.encoding == "cp1251"


def test_a_tiny_web_page_still_gives_its_text(tmp_path: Path) -> None:
    path = tmp_path / "tiny.html"
    path.write_text(
        "<html><body><nav>Menu</nav><p>Short note.</p><script>x()</script></body></html>"
    )

    assert load_document(path).text == "Short note."


def test_a_web_page_without_article_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>T</title><script>x()</script></head><body></body></html>")

    with pytest.raises(IngestError, match="contains no article text"):
        load_document(path)


# --- Word ----------------------------------------------------------------------------------------


def make_docx(path: Path, lines: list[tuple[str, str | None]], **properties: object) -> Path:
    import docx

    document = docx.Document()
    for text, style in lines:
        document.add_paragraph(text, style=style)
    for name, value in properties.items():
        setattr(document.core_properties, name, value)
    document.save(str(path))
    return path


def test_a_word_document_gives_its_paragraphs_and_headline(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "quake.docx",
        [("Quake hits Exampleville", "Title"), ("", None), (BODY, None), (MORE, None)],
    )

    document = load_document(path)

    assert document.format == "docx"
    assert document.encoding is None
    assert document.title == "Quake hits Exampleville"
    assert paragraphs(document.text) == ["Quake hits Exampleville", BODY, MORE]
    # python-docx's template author and creation date say nothing about the article.
    assert document.byline is None
    assert document.date is None


def test_a_word_documents_properties_fill_in_missing_metadata(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "quake.docx",
        [(BODY, None), (MORE, None)],
        title="Quake hits Exampleville",
        author="Jane Doe",
        created=dt.datetime(2023, 9, 22, 8, 30),
    )

    document = load_document(path)

    assert document.title == "Quake hits Exampleville"
    assert document.byline == "Jane Doe"
    assert document.date == "2023-09-22"
    assert paragraphs(document.text) == [BODY, MORE]


def test_a_dateline_in_a_word_document_beats_the_file_creation_date(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "quake.docx",
        [("Quake hits Exampleville", None), ("By John Smith | May 3, 2013", None), (BODY, None)],
        author="Office PC",
        created=dt.datetime(2024, 1, 1),
    )

    document = load_document(path)

    assert document.date == "2013-05-03"
    assert document.byline == "John Smith"
    assert paragraphs(document.text) == ["Quake hits Exampleville", BODY]


# --- PDF -----------------------------------------------------------------------------------------


def make_pdf(pages: list[list[str]], *, title: str | None = None) -> bytes:
    """A minimal valid PDF: Helvetica text, one ``Tj`` per line, optional /Title in /Info."""

    def literal(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        font,
    ]
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 740 Td"]
        ops += [f"({literal(line)}) Tj T*" for line in lines]
        stream = "\n".join([*ops, "ET"]).encode("cp1252")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    info = ""
    if title is not None:
        objects.append(f"<< /Title ({literal(title)}) >>".encode("cp1252"))
        info = f" /Info {len(objects)} 0 R"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info} >>\n".encode()
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


WRAPPED_PAGES = [
    [
        "Quake hits Exampleville",
        "A strong earthquake struck the town of Exampleville on Fri-",
        "day, officials said. At least twelve people were injured in",
        "the collapse of an old hotel near the well-",
        "known railway station.",
        "The mayor said rescue teams searched the ruins all night.",
        "1",
    ],
    [
        "Residents were told to expect after-",
        "shocks for several days, said a well-known seismologist.",
        "2",
    ],
]


def test_a_pdf_is_rejoined_into_paragraphs_with_hyphenation_undone(tmp_path: Path) -> None:
    path = tmp_path / "quake.pdf"
    path.write_bytes(make_pdf(WRAPPED_PAGES, title="Quake hits Exampleville"))

    document = load_document(path)

    assert document.format == "pdf"
    assert document.title == "Quake hits Exampleville"
    assert paragraphs(document.text) == [
        "Quake hits Exampleville",
        "A strong earthquake struck the town of Exampleville on Friday, officials said. At "
        "least twelve people were injured in the collapse of an old hotel near the well-known "
        "railway station.",
        "The mayor said rescue teams searched the ruins all night.",
        "Residents were told to expect aftershocks for several days, said a well-known "
        "seismologist.",
    ]


def test_a_pdf_file_name_in_the_title_field_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "quake.pdf"
    path.write_bytes(make_pdf([[BODY, MORE]], title="Microsoft Word - draft3.docx"))

    assert load_document(path).title is None


def test_a_pdf_without_a_text_layer_is_reported_as_a_probable_scan(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []]))

    with pytest.raises(IngestError) as caught:
        load_document(path)

    assert caught.value.reason.startswith("has no text layer, only images (is it a scan?); run OCR")
    assert caught.value.path == str(path)


def test_a_password_protected_pdf_is_reported(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf([[BODY]]))))
    try:
        writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    except Exception as exc:  # pragma: no cover - depends on optional crypto support
        pytest.skip(f"pypdf cannot encrypt here: {exc}")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buffer.getvalue())

    with pytest.raises(IngestError, match="is password-protected"):
        load_document(path)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("broken.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "is not a valid PDF"),
        ("text.pdf", b"Quake hits Exampleville\n" + BODY.encode(), "is not a valid PDF"),
        ("zip.pdf", b"PK\x03\x04" + b"\x00" * 40, "is not a valid PDF"),
        ("text.docx", BODY.encode(), "is not a valid Word (.docx) document"),
        ("broken.docx", b"PK\x03\x04" + b"\x00" * 40, "is not a valid Word (.docx) document"),
        (
            "old.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
            "is an old-style Word (.doc) file; save it as .docx first",
        ),
        ("pdf.docx", make_pdf([[BODY]]), "is not a valid Word (.docx) document"),
        ("pdf.txt", make_pdf([[BODY]]), "is not a text file (binary data)"),
    ],
)
def test_a_file_that_is_not_what_its_name_says_is_reported(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)

    with pytest.raises(IngestError) as caught:
        load_document(path)

    assert caught.value.reason == reason
    assert str(path) in str(caught.value)


def test_a_zip_that_is_not_a_word_document_is_reported(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a document")

    with pytest.raises(IngestError, match=r"is not a valid Word \(\.docx\) document"):
        load_document(path)
