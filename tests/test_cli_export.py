"""Stories: a journalist saves a reviewed comparison, then exports it for the editor (shell)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import cli
from desktop.core import compare as compare_module
from desktop.core.model import (
    Finding,
    Report,
    ReviewStatus,
    Summary,
)
from desktop.core.persistence.persist import SavedComparison, load_comparison, save_comparison
from tests.factories import finding, report

ROOT = Path(__file__).resolve().parents[1]
LEFT = (
    "Azerbaijan's President Ilham Aliyev apologised to Russia for the deaths of peacekeepers. "
    "The Kremlin confirmed the apology.\n\n"
    "A Russian Navy veterans' club named one of the dead as Ivan Kovgan, deputy chief of the "
    "Northern Fleet's submarine forces. Peacekeepers helped evacuate 5,000 of 10,000 residents. "
) * 3
RIGHT = (
    "President Aliyev of Azerbaijan apologised to Vladimir Putin, the Kremlin said.\n\n"
    "One of the dead was Ivan Petrov, according to a Russian Navy club. "
) * 3
NOTE = "Call the ministry <script>alert(1)</script>"
A4_POINTS = (595, 842)
LETTER_POINTS = (612, 792)


def _finding(fid: str, kind: str, type_: str, left=(), right=(), **kw) -> Finding:
    return finding((LEFT, RIGHT), fid, kind, type_, left, right, confidence=0.8, **kw)


def make_report() -> Report:
    findings = (
        _finding("a1", "agree", "person", ["Ilham Aliyev"], ["Aliyev"]),
        _finding("a2", "agree", "organisation", ["Kremlin"], ["Kremlin"]),
        _finding("c1", "conflict", "person", ["Ivan Kovgan"], ["Ivan Petrov"], reason="names"),
        _finding("l1", "left_only", "number", ["5,000"]),
        _finding("r1", "right_only", "person", [], ["Vladimir Putin"]),
    )
    return report(
        (LEFT, RIGHT),
        findings,
        sources=("left.txt", "right.txt"),
        summary=Summary(0.8, 0.6, {"agree": 2, "conflict": 1}, "likely the same event; 1 conflict"),
    )


def _reviewed_file(folder: Path) -> Path:
    report = make_report()
    findings = tuple(
        replace(f, status=ReviewStatus.CONFIRMED, note=NOTE) if f.id == "c1" else f
        for f in report.findings
    )
    path = folder / "story.crosscheck"
    saved = SavedComparison(
        replace(report, findings=findings), saved_at="2024-05-02T10:31:00Z", saved_by="Ana"
    )
    save_comparison(path, saved)
    return path


def _run(*args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI in a fresh interpreter, so imports and stderr are exactly what a user gets."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "desktop"]
    if not code:
        command += list(args)
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


# ------------------------------------------------------------------------------------- export


NO_MODEL_CHECK = """
import sys
from desktop.cli import main
rc = main(sys.argv[1:])
# Exporting reads the saved file only: no language model (and without --pdf, no Qt) is loaded.
assert not any(m == "spacy" or m.startswith("spacy.") for m in sys.modules), "spacy imported"
if "--pdf" not in sys.argv:
    assert "PySide6" not in sys.modules, "Qt imported"
sys.exit(rc)
"""


def test_export_reads_the_review_without_the_pipeline(tmp_path: Path) -> None:
    saved = _reviewed_file(tmp_path)
    before = saved.read_bytes()
    html, csv_file = tmp_path / "r.html", tmp_path / "r.csv"
    args = ("export", str(saved), "--json", "-", "--html", str(html), "--csv", str(csv_file))
    result = _run(*args, code=NO_MODEL_CHECK)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    c1 = next(f for f in report["findings"] if f["id"] == "c1")
    assert (c1["status"], c1["note"]) == ("confirmed", NOTE)
    page = html.read_text("utf-8")
    assert "✓ confirmed" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page and "2024-05-02 10:31 UTC by Ana" in page
    assert len(csv_file.read_text("utf-8-sig").strip().splitlines()) == 1 + 5
    assert saved.read_bytes() == before  # exporting never rewrites the comparison


def test_export_after_a_reviewer_link_prints_one_conflict_count(tmp_path: Path, capsys) -> None:
    saved = load_comparison(_reviewed_file(tmp_path))
    link = _finding(
        "u-1",
        "conflict",
        "number",
        ["5,000"],
        ["Ivan Petrov"],
        origin="user",
        status=ReviewStatus.CONFIRMED,
    )
    dismissed = replace(saved.report.findings[0], status=ReviewStatus.DISMISSED)
    findings = (dismissed, *saved.report.findings[1:], link)
    path = tmp_path / "linked.crosscheck"
    save_comparison(path, replace(saved, report=replace(saved.report, findings=findings)))
    assert cli.main(["export", str(path)]) == cli.EXIT_OK
    out = capsys.readouterr().out
    # The verdict and the section agree: the engine's one conflict plus the reviewer's link.
    assert "2 conflicts, 1 corroborated, 1 only left, 1 only right, 1 more dismissed" in out
    assert "Conflicts (2):" in out and "Corroborated (2, 1 dismissed):" in out
    assert out.index("Conflicts (2):") < out.index("Only in the left article")
    assert "[✓ confirmed]" in out


def test_export_pdf_on_a4_and_letter(tmp_path: Path) -> None:
    saved = _reviewed_file(tmp_path)
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    result = _run("export", str(saved), "--pdf", str(a4), "-q", code=NO_MODEL_CHECK)
    assert result.returncode == 0, result.stderr
    result = _run("export", str(saved), "--pdf", str(letter), "--page-size", "Letter", "-q")
    assert result.returncode == 0, result.stderr
    for pdf, size in ((a4, A4_POINTS), (letter, LETTER_POINTS)):
        reader = PdfReader(pdf)
        assert len(reader.pages) >= 2  # findings first, then the texts in an appendix page
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size
        # Qt writes tabs between words and ligatures ("ﬁ"): compare the text as a reader sees it.
        text = " ".join(
            unicodedata.normalize("NFKC", "".join(p.extract_text() for p in reader.pages)).split()
        )
        assert "Ivan Kovgan" in text and "Ivan Petrov" in text and "confirmed" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "a4.pdf",
        "letter.pdf",
        "story.crosscheck",
    ]
    _render_first_page(a4, tmp_path / "a4")


def _render_first_page(pdf: Path, prefix: Path) -> None:
    """A PNG of page 1 for a human to look at; skipped where poppler is not installed."""
    if shutil.which("pdftoppm") is None:
        return
    subprocess.run(
        ["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", str(pdf), str(prefix)],
        check=True,
        timeout=60,
    )
    assert any(p.suffix == ".png" for p in prefix.parent.iterdir())


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": "crosscheck", "version": 1, "report": {"ver', "truncated"),
        (b"\x00\x01garbage\xff", "not UTF-8"),
        (b'{"format": "crosscheck", "version": 7, "report": {}}', "newer Crosscheck"),
    ],
)
def test_bad_saved_file_gives_one_message_and_exit_2(
    tmp_path: Path, capsys, content: bytes, expected: str
) -> None:
    bad = tmp_path / "bad.crosscheck"
    bad.write_bytes(content)
    out = tmp_path / "out.html"
    assert cli.main(["export", str(bad), "--html", str(out)]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err and expected in err
    assert bad.read_bytes() == content and not out.exists()


def test_missing_file_in_a_real_shell(tmp_path: Path) -> None:
    result = _run("export", str(tmp_path / "nope.crosscheck"), "--csv", "-")
    assert result.returncode == 2
    assert "nope.crosscheck: no such file" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_unwritable_output_is_a_message(tmp_path: Path, capsys) -> None:
    saved = _reviewed_file(tmp_path)
    target = tmp_path / "no" / "such" / "folder" / "r.html"
    assert cli.main(["export", str(saved), "--html", str(target)]) == cli.EXIT_BAD_INPUT
    assert "crosscheck:" in capsys.readouterr().err


# ------------------------------------------------------------------------------------ compare


def test_compare_saves_and_exports_everything(tmp_path: Path, monkeypatch, qapp, capsys) -> None:
    # The engine is exercised by its own tests; here it is a stand-in so the story runs in ms.
    monkeypatch.setattr(compare_module, "compare_files", lambda left, right, **kw: make_report())
    out = {ext: tmp_path / f"out.{ext}" for ext in ("crosscheck", "html", "pdf", "csv")}
    outputs = [f"--{'save' if ext == 'crosscheck' else ext}={path}" for ext, path in out.items()]
    rc = cli.main(["compare", "left.txt", "right.txt", *outputs])
    assert rc == 0
    assert "likely the same event" in capsys.readouterr().out
    saved = load_comparison(out["crosscheck"])
    assert saved.report == make_report() and saved.saved_at
    assert "Ivan Kovgan" in out["html"].read_text("utf-8")
    assert len(PdfReader(out["pdf"]).pages) >= 1
    assert out["csv"].read_bytes().startswith(b"\xef\xbb\xbfid,kind,type")


# ------------------------------------------------------------------------------------- the PDF


def test_pdf_write_is_atomic(tmp_path: Path, monkeypatch, qapp) -> None:
    from desktop.core.persistence import atomic
    from desktop.qt import pdf_export

    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF- the editor's copy")

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", crash)
    with pytest.raises(OSError):
        pdf_export.export_pdf("<p>hello</p>", target)
    assert target.read_bytes() == b"%PDF- the editor's copy"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_pdf_uses_the_existing_application(tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.qt.pdf_export import export_pdf

    export_pdf("<h1>Title</h1><p>Body</p>", tmp_path / "r.pdf", page_size="Letter")
    assert QCoreApplication.instance() is qapp
    assert len(PdfReader(tmp_path / "r.pdf").pages) == 1
    with pytest.raises(ValueError):
        export_pdf("<p>x</p>", tmp_path / "x.pdf", page_size="A3")
