"""Crosscheck never opens a network connection: every workflow passes with all sockets refused.

The guard replaces the Python-level ways out (connect, connect_ex, create_connection, sendto and
name lookups) with one that records the attempt and raises. The workflows must succeed AND the
record must stay empty, so an attempt swallowed by a library's ``except`` still fails the test.
The subprocess variant installs the same guard before anything is imported, so it also covers
import time (spaCy, trafilatura, dateparser...) and loading the pipeline in a fresh process.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.compare import compare_files
from desktop.core.export import export_csv, export_html
from desktop.core.extraction import pipeline
from desktop.core.persistence.persist import SavedComparison, load_comparison, save_comparison
from desktop.core.report import report_to_json

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
LEFT, RIGHT = SAMPLES / "left.txt", SAMPLES / "right.txt"

# Installed first thing in a subprocess (python -c); kept in step with the fixture below.
GUARD = """
import socket, sys
def _refuse(*args, **kwargs):
    sys.stderr.write("NETWORK ATTEMPT %r\\n" % (args[1:2] or args[:1],))
    raise OSError(101, "Network is unreachable (crosscheck offline test)")
for _name in ("connect", "connect_ex", "sendto"):
    setattr(socket.socket, _name, _refuse)
for _name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
    setattr(socket, _name, _refuse)
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, tuple[object, ...]]]:
    """Refuse every connection and name lookup; return the list of attempts (must stay empty)."""
    attempts: list[tuple[str, tuple[object, ...]]] = []

    def refuse(name: str):
        def refused(*args: object, **kwargs: object) -> object:
            attempts.append((name, args[1:2] or args[:1]))
            raise OSError(101, "Network is unreachable (crosscheck offline test)")

        return refused

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(name))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    # Load the pipeline again under the guard, not from an earlier test's cache.
    monkeypatch.setattr(pipeline, "_cache", {})
    return attempts


def test_the_guard_refuses_connections(no_network: list) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    with pytest.raises(OSError):
        socket.getaddrinfo("example.com", 443)
    assert [name for name, _ in no_network] == ["create_connection", "getaddrinfo"]
    no_network.clear()


def test_compare_export_save_and_load_offline(no_network: list, tmp_path: Path) -> None:
    report = compare_files(LEFT, RIGHT)
    assert report.findings and report.summary.counts["conflict"] >= 1

    data = json.loads(report_to_json(report))
    assert len(data["findings"]) == len(report.findings)
    html = export_html(report)
    assert "Kovgan" in html and "<html" in html.lower()
    assert export_csv(report).count("\r\n") == len(report.findings) + 1

    path = tmp_path / "review.crosscheck"
    save_comparison(path, SavedComparison(report=report))
    loaded = load_comparison(path)
    assert report_to_json(loaded.report) == report_to_json(report)
    assert "Kovgan" in export_html(loaded)
    assert no_network == []


def test_every_input_format_is_read_offline(no_network: list, tmp_path: Path) -> None:
    """A saved web page (trafilatura, htmldate, courlan: a canonical link and dates to read),
    a Word file and a dateline in Russian (dateparser) are all read without a connection."""
    import docx

    from desktop.core.ingest import load_document

    paragraphs = [p for p in LEFT.read_text(encoding="utf-8").splitlines() if p.strip()]
    page = tmp_path / "left.html"
    page.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>Apology | Example News</title>"
        "<link rel='canonical' href='https://news.example.co.uk/world/2023/11/09/apology'>"
        "<meta property='article:published_time' content='2023-11-09T10:03:00+00:00'>"
        "<meta name='author' content='Jane Doe'></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{paragraphs[0]}</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
        + "</article><footer>© Example News</footer></body></html>",
        encoding="utf-8",
    )
    word = tmp_path / "right.docx"
    document = docx.Document()
    for line in RIGHT.read_text(encoding="utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line)
    document.save(str(word))
    dated = tmp_path / "dated.txt"
    dated.write_text("Peacekeepers killed\n\n22 сентября 2023\n\n" + "\n\n".join(paragraphs[1:]))

    html_doc = load_document(page)
    assert html_doc.date == "2023-11-09" and "Kovgan" in html_doc.text
    assert "Petrov" in load_document(word).text
    assert load_document(dated).date == "2023-09-22"
    report = compare_files(page, word)
    assert report.findings
    assert no_network == []


def test_the_window_compares_the_sample_offline(no_network: list, qtbot, tmp_path: Path) -> None:
    from desktop.qt.main_window import MainWindow
    from desktop.qt.settings import Settings

    window = MainWindow(settings=Settings(tmp_path / "settings.ini"), modal_errors=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.session.reportChanged, timeout=120_000) as blocker:
        assert window.files.open_pair(LEFT, RIGHT)
    assert blocker.args[0].findings
    window.session.wait_for_done()
    assert no_network == []


def test_the_command_line_runs_with_sockets_refused_from_the_start() -> None:
    """A fresh interpreter with the guard installed before any import: `crosscheck compare`."""
    code = (
        GUARD
        + "import runpy\n"
        + f"sys.argv = ['crosscheck', 'compare', {str(LEFT)!r}, {str(RIGHT)!r}, '--json', '-']\n"
        + "runpy.run_module('desktop', run_name='__main__', alter_sys=True)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "NETWORK ATTEMPT" not in result.stderr, result.stderr
    report = json.loads(result.stdout)
    in_process = json.loads(report_to_json(compare_files(LEFT, RIGHT)))
    assert report == in_process
