"""Stories: a journalist drops the Word and PDF files colleagues send: facts in tables and text
boxes, a Strict Open XML document, a PDF "protected" with AES that opens without a password."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop.core.ingest import load_document
from desktop.core.runtime.errors import IngestError

BODY = (
    "Firefighters battled a blaze at a chemical plant in Lakeside on Tuesday, officials said. "
    "Fire chief Dana Ortiz said 14 workers were evacuated."
)
BOX = "Residents within two miles were told to keep windows shut."
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_with_table_and_text_box(path: Path) -> Path:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("Chemical plant fire", level=1)
    document.add_paragraph(BODY)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Workers evacuated"
    table.cell(0, 1).text = "14"
    table.cell(1, 0).text = "Treated in hospital"
    table.cell(1, 1).text = "2"
    anchor = document.add_paragraph("Map of the area.")
    # A text box as Word writes it: a DrawingML version and a VML fallback of the same box.
    anchor._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:v="urn:schemas-microsoft-com:vml">'
            '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
            f"<w:txbxContent><w:p><w:r><w:t>{BOX}</w:t></w:r></w:p></w:txbxContent>"
            "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
            f"<w:txbxContent><w:p><w:r><w:t>{BOX}</w:t></w:r></w:p></w:txbxContent>"
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    document.save(str(path))
    return path


def test_text_in_tables_and_text_boxes_is_read_once_each(tmp_path: Path) -> None:
    document = load_document(_docx_with_table_and_text_box(tmp_path / "fire.docx"))
    paragraphs = document.text.split("\n\n")
    assert document.title == "Chemical plant fire"
    assert BODY in paragraphs
    assert {"Workers evacuated", "14", "Treated in hospital", "2"} <= set(paragraphs)
    assert document.text.count(BOX) == 1
    assert paragraphs.index("Map of the area.") < paragraphs.index(BOX)


def _strict_docx() -> bytes:
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/><Override PartName="/word/document.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>",
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/'
            'officeDocument/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        package.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document xmlns:w="{strict}"><w:body>'
            f"<w:p><w:r><w:t>{BODY}</w:t></w:r></w:p></w:body></w:document>",
        )
    return buffer.getvalue()


def test_a_strict_open_xml_document_is_read(tmp_path: Path) -> None:
    path = tmp_path / "strict.docx"
    path.write_bytes(_strict_docx())
    assert load_document(path).text == BODY


def test_a_zip_that_is_not_a_word_document_is_refused_plainly(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", "<notword><body/></notword>")
    path = tmp_path / "odd.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(IngestError, match=r"is not a valid Word \(\.docx\) document"):
        load_document(path)


def _pdf(text: str, *, password: str | None = None, owner: str = "owner-secret") -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 11 Tf 50 780 Td ({text}) Tj ET".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    if password is not None:
        writer.encrypt(user_password=password, owner_password=owner, algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_an_aes_protected_pdf_that_opens_without_a_password_is_read(tmp_path: Path) -> None:
    path = tmp_path / "protected.pdf"
    path.write_bytes(_pdf("Fire chief Dana Ortiz said 14 workers were evacuated.", password=""))
    assert b"/AESV3" in path.read_bytes()  # really AES-encrypted
    assert "Dana Ortiz said 14 workers" in load_document(path).text


def test_a_pdf_that_needs_a_password_says_so(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_pdf("Secret text.", password="letmein"))
    with pytest.raises(IngestError, match="password-protected"):
        load_document(path)


def test_text_moved_away_in_tracked_changes_is_not_read_twice(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Fire chief Dana Ortiz said ")
    paragraph._p.append(
        parse_xml(
            f'<w:moveFrom xmlns:w="{W}" w:id="1" w:author="ed" w:date="2024-05-07T00:00:00Z">'
            "<w:r><w:t>14 workers</w:t></w:r></w:moveFrom>"
        )
    )
    paragraph._p.append(
        parse_xml(
            f'<w:moveTo xmlns:w="{W}" w:id="2" w:author="ed" w:date="2024-05-07T00:00:00Z">'
            "<w:r><w:t>14 workers were evacuated.</w:t></w:r></w:moveTo>"
        )
    )
    path = tmp_path / "edited.docx"
    document.save(str(path))
    assert load_document(path).text == "Fire chief Dana Ortiz said 14 workers were evacuated."
