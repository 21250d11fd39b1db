"""Stories: whatever file a journalist drops, damaged, truncated or not an article at all, the
answer is the article or a plain "cannot read this file" message, never a traceback."""

from __future__ import annotations

import io
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.ingest import SUPPORTED_EXTENSIONS, load_article
from desktop.core.model import Document
from desktop.core.runtime.errors import IngestError

ARTICLE = (
    "Chemical plant fire forces Lakeside residents indoors\n\n"
    "By Dana Reporter, May 7, 2024\n\n"
    "Firefighters battled a blaze at a chemical plant in Lakeside on Tuesday, officials said. "
    "Fire chief Dana Ortiz said 14 workers were evacuated and two were treated."
)

# Modest counts keep the suite quick; each run still tries new inputs.
_SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def _seeds() -> dict[str, bytes]:
    """A small real-shaped file for every supported extension."""
    import docx
    from pypdf import PdfWriter

    paragraphs = ARTICLE.split("\n\n")
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Plant fire</title></head><body>'
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</body></html>"
    )
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    docx_bytes = io.BytesIO()
    document.save(docx_bytes)
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    pdf_bytes = io.BytesIO()
    writer.write(pdf_bytes)
    seeds = {
        ".txt": ARTICLE.encode("utf-8"),
        ".md": ("# Plant fire\n\n" + ARTICLE).encode("utf-8"),
        ".html": html.encode("utf-8"),
        ".htm": html.encode("cp1252", errors="replace"),
        ".docx": docx_bytes.getvalue(),
        ".pdf": pdf_bytes.getvalue(),
    }
    assert set(seeds) == set(SUPPORTED_EXTENSIONS)
    return seeds


def _read(data: bytes, extension: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"dropped{extension}"
        path.write_bytes(data)
        try:
            loaded = load_article(path)
        except IngestError as error:
            assert error.path == str(path) and error.reason
            return
        assert isinstance(loaded.document, Document) and loaded.document.text.strip()


@st.composite
def _mutated(draw: st.DrawFn) -> tuple[bytes, str]:
    extension = draw(st.sampled_from(sorted(SUPPORTED_EXTENSIONS)))
    data = bytearray(_seeds()[extension])
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[at : at + draw(st.integers(1, 64))]
    return bytes(data), extension


@_SETTINGS
@given(data=st.binary(max_size=4096), extension=st.sampled_from(sorted(SUPPORTED_EXTENSIONS)))
def test_random_bytes_under_any_extension_give_an_article_or_a_plain_message(
    data: bytes, extension: str
) -> None:
    _read(data, extension)


@_SETTINGS
@given(case=_mutated())
def test_damaged_real_shaped_files_give_an_article_or_a_plain_message(
    case: tuple[bytes, str],
) -> None:
    _read(*case)


def test_the_unharmed_seed_files_are_all_read() -> None:
    for extension, data in _seeds().items():
        if extension == ".pdf":
            continue  # the seed PDF is a blank page: "no text layer" is the right answer
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"article{extension}"
            path.write_bytes(data)
            assert "14 workers" in load_article(path).document.text
