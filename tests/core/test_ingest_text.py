"""Plain text and Markdown files: encodings, paragraphs, normalisation of what the user sees."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import unicodedata
from pathlib import Path

import pytest

from desktop.core.ingest import document_from_text, load_document
from desktop.core.model import Document

ARTICLE = (
    "Quake hits Exampleville\n"
    "\n"
    "A strong earthquake struck the town of Exampleville on Friday, officials said.\n"
    "\n"
    "The mayor said rescue teams searched collapsed buildings through the night.\n"
)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def assert_normalised(document: Document) -> None:
    """The invariants every offset in the engine relies on."""
    text = document.text
    assert text == unicodedata.normalize("NFC", text)
    assert text == text.strip()
    assert "\r" not in text and "\t" not in text and "\u00a0" not in text
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\ufeff\u00ad]", text)
    assert "  " not in text
    for paragraph in text.split("\n\n"):
        assert paragraph and "\n" not in paragraph
        assert paragraph == paragraph.strip()


def test_a_utf8_text_file_reads_with_its_paragraphs(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "quake.txt", ARTICLE.encode()))

    assert document.text.split("\n\n") == [
        "Quake hits Exampleville",
        "A strong earthquake struck the town of Exampleville on Friday, officials said.",
        "The mayor said rescue teams searched collapsed buildings through the night.",
    ]
    assert document.title == "Quake hits Exampleville"
    assert document.encoding == "utf-8"
    assert document.format == "txt"


def test_the_file_is_identified_by_path_hash_and_format(tmp_path: Path) -> None:
    data = ARTICLE.encode()
    path = write(tmp_path, "quake.txt", data)

    document = load_document(path)

    assert document.source == str(path)
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    assert load_document(str(path)).source == str(path)


def test_reading_a_file_leaves_it_untouched(tmp_path: Path) -> None:
    data = ("\ufeff" + ARTICLE.replace("\n", "\r\n") + "Leave a Reply\r\n").encode()
    path = write(tmp_path, "quake.txt", data)
    os.utime(path, (1_000_000_000, 1_000_000_000))

    load_document(path)

    assert path.read_bytes() == data
    assert path.stat().st_mtime == 1_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quake.txt"]


def test_a_utf8_file_with_a_bom_loses_the_bom(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "bom.txt", codecs.BOM_UTF8 + ARTICLE.encode()))

    assert document.text.startswith("Quake hits")
    assert document.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_a_utf16_or_utf32_file_with_a_bom_reads(tmp_path: Path, codec: str) -> None:
    data = ARTICLE.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data

    document = load_document(write(tmp_path, "wide.txt", data))

    assert document.text.startswith("Quake hits Exampleville\n\nA strong earthquake")
    assert document.encoding in {"utf-16", "utf-32"}


def test_a_utf16_file_saved_without_a_bom_still_reads(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "wide.txt", ARTICLE.encode("utf-16-le")))

    assert "The mayor said" in document.text
    assert document.encoding == "utf-16-le"


def test_a_cp1251_text_file_reads_as_cyrillic(tmp_path: Path) -> None:
    text = (
        "Землетрясение в Примерово\n\n"
        "Сильное землетрясение произошло в пятницу, сообщили власти города.\n\n"
        "Мэр заявил, что спасатели работали всю ночь под завалами домов.\n"
    )
    document = load_document(write(tmp_path, "ru.txt", text.encode("cp1251")))

    assert document.text.startswith("Землетрясение в Примерово")
    assert "спасатели работали всю ночь" in document.text
    assert document.encoding == "cp1251"


def test_a_latin1_text_file_keeps_its_accents(tmp_path: Path) -> None:
    text = "Café crème à la française\n\nLe maire a déjà visité l'hôpital où 12 blessés sont soignés.\n"

    document = load_document(write(tmp_path, "fr.txt", text.encode("latin-1")))

    assert document.text == text.strip().replace("\n\n", "\n\n")
    assert document.encoding == "cp1252"


def test_windows_newlines_odd_spaces_and_control_characters_are_cleaned(tmp_path: Path) -> None:
    raw = (
        "Headline\u00a0with  odd\tspaces   \r\n\r\n\r\n\r\n"
        "Body\u200b text\x07 with a soft\u00adhyphen and e\u0301 decomposed.\r\n"
        "Second\u2028line.\x0c"
    )
    document = load_document(write(tmp_path, "messy.txt", raw.encode()))

    assert document.text == (
        "Headline with odd spaces\n\n"
        "Body text with a softhyphen and \u00e9 decomposed.\n\n"
        "Second\n\nline."
    )
    assert_normalised(document)


def test_a_file_with_one_paragraph_per_line_keeps_each_line_as_a_paragraph() -> None:
    document = document_from_text(
        "Quake hits Exampleville\n"
        "A strong earthquake struck the town of Exampleville on Friday, officials said.\n"
        "The mayor said rescue teams searched collapsed buildings through the night.\n"
    )

    assert len(document.text.split("\n\n")) == 3
    assert document.title == "Quake hits Exampleville"


def test_a_hard_wrapped_text_file_is_rejoined_into_paragraphs() -> None:
    wrapped = (
        "Quake hits Exampleville\n"
        "\n"
        "A strong earthquake struck the town of Exampleville on\n"
        "Friday, officials said, and at least twelve people were\n"
        "injured when an old hotel collapsed near the station.\n"
        "\n"
        "The mayor said rescue teams searched the collapsed build-\n"
        "ings through the night and that shelters were opened in\n"
        "three schools.\n"
    )

    document = document_from_text(wrapped)

    assert document.text.split("\n\n") == [
        "Quake hits Exampleville",
        "A strong earthquake struck the town of Exampleville on Friday, officials said, and at "
        "least twelve people were injured when an old hotel collapsed near the station.",
        "The mayor said rescue teams searched the collapsed buildings through the night and "
        "that shelters were opened in three schools.",
    ]


def test_markdown_headings_emphasis_and_links_become_plain_text(tmp_path: Path) -> None:
    source = (
        "# Quake hits *Exampleville*\n"
        "\n"
        "A **strong** earthquake struck [Exampleville](https://example.org/town) on\n"
        "Friday, _officials_ said. ![map](map.png)\n"
        "\n"
        "## Rescue\n"
        "\n"
        "> The mayor said teams worked `all night`.\n"
        "\n"
        "- Twelve people were injured.\n"
        "* Three schools became shelters.\n"
        "\n"
        "---\n"
        "Prices rose 5\\* percent, see [the report][1].\n"
        "\n"
        "[1]: https://example.org/report\n"
    )

    document = load_document(write(tmp_path, "quake.md", source.encode()))

    assert document.format == "md"
    assert document.title == "Quake hits Exampleville"
    assert document.text.split("\n\n") == [
        "Quake hits Exampleville",
        "A strong earthquake struck Exampleville on Friday, officials said.",
        "Rescue",
        "The mayor said teams worked all night.",
        "Twelve people were injured.",
        "Three schools became shelters.",
        "Prices rose 5* percent, see the report.",
    ]


def test_markdown_front_matter_gives_title_date_and_author() -> None:
    source = (
        "---\n"
        'title: "Quake hits Exampleville"\n'
        "date: 2023-09-22\n"
        "author: Jane Doe\n"
        "---\n"
        "A strong earthquake struck Exampleville on Friday, officials said.\n"
    )

    document = document_from_text(source, fmt="md")

    assert document.title == "Quake hits Exampleville"
    assert document.date == "2023-09-22"
    assert document.byline == "Jane Doe"
    assert document.text.split("\n\n")[0] == "Quake hits Exampleville"
    assert "author:" not in document.text


def test_a_markdown_hashtag_line_is_not_a_heading() -> None:
    document = document_from_text(
        "#Quake #Exampleville\n\nA strong earthquake struck on Friday.", fmt="md"
    )

    assert document.text.startswith("#Quake #Exampleville")
    assert document.title == "Quake Exampleville"


def test_pasted_text_becomes_a_document_with_the_given_identity() -> None:
    document = document_from_text(
        ARTICLE, source="clipboard", sha256="abc", encoding="utf-8", fmt="txt"
    )

    assert document.source == "clipboard"
    assert document.sha256 == "abc"
    assert document.encoding == "utf-8"
    assert document.word_count == 26


def test_pasted_text_rejects_binary_formats() -> None:
    with pytest.raises(ValueError, match="txt, md or html"):
        document_from_text(ARTICLE, fmt="pdf")


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        "\ufeff  Line one\u00a0\u00a0 ends  \r\nline two\x00\x1b[0m\r\n\r\n\r\n\u3000third\u2029",
        "e\u0301\te\u0301\n\n\n\n\n   \n\t\nZero\u200bwidth\n",
    ],
)
def test_every_document_text_obeys_the_normalisation_rules(text: str) -> None:
    assert_normalised(document_from_text(text))
    assert_normalised(document_from_text(text, fmt="md"))


def test_typographic_ligatures_are_spelled_out() -> None:
    document = document_from_text("The oﬃcials ﬂed the ﬁre.")

    assert document.text == "The officials fled the fire."
