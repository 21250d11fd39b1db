"""Saving, reopening, recovering and exporting a reviewed comparison in the window."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QImage

from desktop.core.export.export_kinds import ExportKind
from desktop.core.model import FindingKind, ReviewStatus, Side
from desktop.core.persistence.persist import (
    SavedComparison,
    file_sha256,
    find_recoveries,
    load_comparison,
    save_comparison,
)
from desktop.qt.dialogs import HeadlessPrompts
from desktop.qt.findings_model import Column
from desktop.qt.main_window import MainWindow
from desktop.qt.session import ComparisonSession
from desktop.qt.settings import Settings
from tests.factories import FakeCompare, finding_of, story_report
from tests.qt.qt_helpers import comparison_of, drop_files, report_of

ROOT = Path(__file__).resolve().parents[2]


def _articles(tmp_path: Path) -> tuple[Path, Path]:
    left, right = tmp_path / "tass.txt", tmp_path / "reuters.txt"
    left.write_text("Ivan Kovgan died near Stepanakert.\n", encoding="utf-8")
    right.write_text("Ivan Petrov died near Stepanakert.\n", encoding="utf-8")
    return left, right


def _compare(qtbot, window: MainWindow, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        assert window.files.open_pair(*_articles(tmp_path))


def _review(window: MainWindow) -> None:
    """Some of everything: statuses, a note, a link added, a link removed."""
    window.review.set_status(ReviewStatus.CONFIRMED, "f00")
    window.review.set_status(ReviewStatus.DISPUTED, "f01")
    window.review.set_status(ReviewStatus.DISMISSED, "f07")
    window.review.set_note("f00", "TASS names Kovgan; <script>alert(1)</script> check the MoD list")
    report = report_of(window.session)
    for side, phrase in ((Side.LEFT, "Rybar"), (Side.RIGHT, "Putin")):
        start = report.document(side).document.text.index(phrase)
        window.view.text(side).select_range(start, start + len(phrase))
    assert window.review.link_selection(FindingKind.AGREE)
    assert window.review.remove_link("f05")


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    """Fresh windows (a new session, settings and fake engine each), as after a restart."""
    made: list[tuple[MainWindow, FakeCompare]] = []

    def make(recovery_dir: Path | None = None, **answers: object) -> tuple[MainWindow, FakeCompare]:
        n = len(made)
        engine = FakeCompare()
        prompts = HeadlessPrompts(**answers)  # type: ignore[arg-type]
        window = MainWindow(
            ComparisonSession(compare=engine),
            Settings(tmp_path / f"settings-{n}.ini"),
            modal_errors=False,
            prompts=prompts,
            recovery_dir=recovery_dir or tmp_path / f"recovery-{n}",
        )
        qtbot.addWidget(window)
        window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        made.append((window, engine))
        return window, engine

    yield make
    for window, _engine in made:
        window.session.wait_for_done()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_saved_review_reopens_identically_without_running_the_comparison(
    qtbot, window: MainWindow, make_window, tmp_path: Path
) -> None:
    _compare(qtbot, window, tmp_path)
    _review(window)
    target = tmp_path / "kovgan"
    window.prompts.save_paths.append(target)  # type: ignore[attr-defined]
    assert window.action_table.save.isEnabled()
    window.action_table.save.trigger()  # never saved: Save asks where, and adds the suffix
    saved_file = tmp_path / "kovgan.crosscheck"
    assert saved_file.is_file() and window.session.file_path == saved_file
    on_disk = load_comparison(saved_file)
    assert on_disk.saved_by == window.session.user and on_disk.saved_at
    assert on_disk.removed == ("f05",)

    fresh, engine = make_window()
    assert fresh.files.open_comparison(saved_file)
    assert engine.calls == [] and not fresh.session.busy  # no worker, no source files read
    assert fresh.session.report == window.session.report
    assert comparison_of(fresh.session).removed == ("f05",)
    assert len(comparison_of(fresh.session).history) == len(comparison_of(window.session).history)
    assert fresh.view.report == window.session.report
    model = fresh.dock.model
    assert model.index(model.row_of("f00"), Column.STATUS).data() == "✓ Confirmed"
    assert "TASS names Kovgan" in model.index(model.row_of("f00"), Column.NOTE).data()
    assert not fresh.isWindowModified()
    assert fresh.windowTitle() == "kovgan.crosscheck[*] — Crosscheck"
    assert fresh.session.undo_stack.count() == 0


def test_the_title_marks_unsaved_work_until_saved_or_undone(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _compare(qtbot, window, tmp_path)
    assert not window.isWindowModified()  # a fresh comparison can be re-run: nothing to lose
    assert window.files.save_as(tmp_path / "review.crosscheck")
    assert window.windowTitle() == "review.crosscheck[*] — Crosscheck"
    assert not window.isWindowModified()

    window.review.set_status(ReviewStatus.CONFIRMED, "f00")
    window.review.set_note("f01", "ask the desk")
    assert window.isWindowModified()
    window.action_table.undo.trigger()
    assert window.isWindowModified()
    window.action_table.undo.trigger()
    assert not window.isWindowModified()  # back at the save point
    window.action_table.redo.trigger()
    assert window.isWindowModified()
    assert window.files.save()
    assert not window.isWindowModified()
    assert finding_of(load_comparison(tmp_path / "review.crosscheck").report, "f00").status is (
        ReviewStatus.CONFIRMED
    )


def test_closing_with_unsaved_work_asks_and_respects_the_answer(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    prompts = window.prompts
    assert isinstance(prompts, HeadlessPrompts)
    _compare(qtbot, window, tmp_path)
    window.review.set_status(ReviewStatus.DISPUTED, "f00")

    prompts.unsaved_answer = "cancel"
    assert not window.close()
    assert window.isVisible() and finding_of(window.session, "f00").status is ReviewStatus.DISPUTED
    assert prompts.asked[-1] == ("unsaved", "this comparison before closing")

    # Opening other articles asks the same question; cancelling keeps the review.
    assert not window.files.open_pair(*_articles(tmp_path))
    assert prompts.asked[-1][0] == "unsaved"

    prompts.unsaved_answer = "save"
    prompts.save_paths.append(tmp_path / "closing.crosscheck")
    assert window.close()
    saved = load_comparison(tmp_path / "closing.crosscheck")
    assert finding_of(saved.report, "f00").status is ReviewStatus.DISPUTED


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda raw: raw[: len(raw) // 2], "truncated"),
        (lambda raw: b"\x00\x01garbage" + raw, "not a Crosscheck comparison file"),
        (
            lambda raw: json.dumps({**json.loads(raw), "version": 99}).encode(),
            "made by a newer Crosscheck (version 99",
        ),
    ],
    ids=["truncated", "corrupt", "future-version"],
)
def test_a_damaged_or_newer_file_is_refused_and_nothing_changes(
    qtbot, window: MainWindow, tmp_path: Path, damage, reason: str
) -> None:
    _compare(qtbot, window, tmp_path)
    window.review.set_status(ReviewStatus.CONFIRMED, "f00")
    good = tmp_path / "good.crosscheck"
    save_comparison(good, SavedComparison(report=story_report()))
    bad = tmp_path / "bad.crosscheck"
    bad.write_bytes(damage(good.read_bytes()))
    raw, mtime = bad.read_bytes(), bad.stat().st_mtime_ns
    before = comparison_of(window.session)

    assert not window.files.open_comparison(bad)

    assert "bad.crosscheck" in window.last_error and reason in window.last_error
    assert window.statusBar().currentMessage() == window.last_error
    assert window.session.comparison is before and window.view.report is before.report
    assert window.isWindowModified()  # the unsaved review is still there, still unsaved
    assert window.prompts.asked == []  # type: ignore[attr-defined]
    assert bad.read_bytes() == raw and bad.stat().st_mtime_ns == mtime
    # Saving now goes to the comparison's own place, never to the refused file.
    window.prompts.save_paths.append(tmp_path / "mine.crosscheck")  # type: ignore[attr-defined]
    assert window.files.save()
    assert bad.read_bytes() == raw


def test_dropping_a_saved_comparison_opens_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    saved = SavedComparison(report=story_report(left_source="a.txt", right_source="b.txt"))
    path = tmp_path / "dropped.crosscheck"
    save_comparison(path, saved)
    with qtbot.waitSignal(window.session.reportChanged, timeout=5_000):
        drop = drop_files(window.view.text(Side.LEFT).viewport(), [path])
        assert drop.isAccepted()
    assert window.session.file_path == path
    assert window.session.report == saved.report

    other = tmp_path / "other.crosscheck"
    save_comparison(other, replace(saved, report=story_report(left_source="c.txt")))
    with qtbot.waitSignal(window.session.reportChanged, timeout=5_000):
        drop_files(window, [other])  # anywhere on the window
    assert window.session.file_path == other


def _saved_with_sources(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A .crosscheck whose documents carry the sha256 of real source files, with a review."""
    left, right = _articles(tmp_path)
    report = story_report(left_source=str(left), right_source=str(right))
    docs = {
        side: replace(
            report.document(side),
            document=replace(report.document(side).document, sha256=file_sha256(path)),
        )
        for side, path in ((Side.LEFT, left), (Side.RIGHT, right))
    }
    findings = tuple(
        replace(f, status=ReviewStatus.CONFIRMED, note="seen") if f.id == "f00" else f
        for f in report.findings
        if f.id != "f05"
    )
    report = replace(report, left=docs[Side.LEFT], right=docs[Side.RIGHT], findings=findings)
    path = tmp_path / "sources.crosscheck"
    save_comparison(path, SavedComparison(report=report, removed=("f05",)))
    return path, left, right


def test_a_changed_source_is_reported_and_rerun_keeps_the_review(
    qtbot, window: MainWindow, fake_compare: FakeCompare, tmp_path: Path
) -> None:
    path, left, right = _saved_with_sources(tmp_path)
    assert window.files.open_comparison(path)
    assert window.info_bar.isHidden()  # unchanged sources: nothing to say

    right.write_text("Ivan Petrov died near Stepanakert, officials said.\n", encoding="utf-8")
    assert window.files.open_comparison(path)
    assert window.info_bar.isVisible()
    assert "reuters.txt has changed" in window.info_bar.label.text()
    assert window.info_bar.action_button.text() == "Re-run Comparison"
    assert fake_compare.calls == []

    with qtbot.waitSignal(window.session.reportChanged, timeout=10_000):
        window.info_bar.action_button.click()
    assert fake_compare.calls == [(left, right)]
    finding = window.session.finding("f00")
    assert finding is not None and finding.status is ReviewStatus.CONFIRMED
    assert finding.note == "seen"
    assert window.session.finding("f05") is None  # removed stays removed
    assert window.session.file_path == path
    assert window.isWindowModified()  # the file still holds the old comparison
    assert window.session.undo_stack.count() == 0  # a re-run is not an undo step
    assert window.info_bar.isHidden()


def test_a_missing_source_is_reported_without_a_rerun_button(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path, left, _right = _saved_with_sources(tmp_path)
    left.unlink()
    assert window.files.open_comparison(path)  # the saved text does not need the file
    assert "tass.txt is no longer there" in window.info_bar.label.text()
    assert window.info_bar.action_button.isHidden()


def test_unsaved_work_has_a_recovery_copy_offered_at_the_next_start(
    qtbot, window: MainWindow, make_window, recovery_dir: Path, tmp_path: Path
) -> None:
    window.recovery.timer.setInterval(20)  # the real delay is 2 s after the last edit
    _compare(qtbot, window, tmp_path)
    assert window.files.save_as(tmp_path / "work.crosscheck")
    assert not list(recovery_dir.glob("*"))

    window.review.set_status(ReviewStatus.DISMISSED, "f01")
    window.review.set_note("f01", "wrong unit")
    qtbot.waitUntil(lambda: window.recovery.file is not None, timeout=5_000)
    copy = window.recovery.file
    assert copy is not None
    assert copy.parent == recovery_dir and copy.name.startswith("work-")
    kept = load_comparison(copy)
    assert finding_of(kept.report, "f01").note == "wrong unit"
    assert window.recovery.candidates() == []  # this window's own copy is never offered

    # Undoing to the save point leaves nothing to recover; editing again brings the copy back.
    window.action_table.undo.trigger()
    window.action_table.undo.trigger()
    assert not copy.exists()
    window.action_table.redo.trigger()
    window.action_table.redo.trigger()
    qtbot.waitUntil(copy.exists, timeout=5_000)

    # A crash: the copy outlives the window. The next start finds it and offers it.
    after_crash = tmp_path / "after-crash"
    after_crash.mkdir()
    shutil.copy2(copy, after_crash / copy.name)
    fresh, engine = make_window(recovery_dir=after_crash, recovery_answer="restore")
    assert fresh.files.offer_recoveries()
    assert fresh.prompts.asked == [("recovery", str(after_crash / copy.name))]
    assert engine.calls == []
    assert finding_of(fresh.session, "f01").note == "wrong unit"
    assert fresh.session.file_path == tmp_path / "work.crosscheck"
    assert fresh.isWindowModified()
    assert [r.file for r in find_recoveries(after_crash)] == [after_crash / copy.name]
    assert fresh.files.save()  # saving the restored work retires its recovery copy
    assert find_recoveries(after_crash) == []
    assert finding_of(load_comparison(tmp_path / "work.crosscheck").report, "f01").note == (
        "wrong unit"
    )

    # Saving (or a clean close) removes the copy.
    assert window.files.save()
    assert not copy.exists()


def test_declined_recoveries_are_discarded_or_kept(qtbot, make_window, tmp_path: Path) -> None:
    first, _ = make_window()
    first.session.load(SavedComparison(report=story_report()), None, changed=True)
    written = first.recovery.write_now()
    assert written is not None and written.name.startswith("untitled-")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy2(written, elsewhere / written.name)
    (elsewhere / "broken.recovery.crosscheck").write_text("{", encoding="utf-8")

    later, _ = make_window(recovery_dir=elsewhere, recovery_answer="later")
    assert not later.files.offer_recoveries()
    assert len(find_recoveries(elsewhere)) == 2 and later.session.report is None

    discard, _ = make_window(recovery_dir=elsewhere, recovery_answer="discard")
    assert not discard.files.offer_recoveries()
    assert find_recoveries(elsewhere) == []
    first.recovery.discard()


def test_exports_include_the_review(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _compare(qtbot, window, tmp_path)
    _review(window)
    html_file, csv_file = tmp_path / "report.html", tmp_path / "findings.csv"
    assert window.files.export("html", html_file)
    html = html_file.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    assert "confirmed" in html and "Linked by the reviewer" in html
    assert window.files.export("csv", csv_file)
    csv = csv_file.read_text(encoding="utf-8-sig")
    assert "disputed" in csv and "Linked by the reviewer" in csv
    window.prompts.save_paths.append(tmp_path / "report")  # type: ignore[attr-defined]
    window.action_table.exports[ExportKind.PDF].trigger()
    pdf = tmp_path / "report.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert window.isWindowModified()  # exporting is not saving


def test_the_command_line_opens_a_saved_comparison_without_the_engine(tmp_path: Path) -> None:
    saved = tmp_path / "shown.crosscheck"
    report = story_report()
    findings = tuple(
        replace(f, status=ReviewStatus.DISMISSED) if f.id == "f01" else f for f in report.findings
    )
    save_comparison(saved, SavedComparison(report=replace(report, findings=findings)))
    out = tmp_path / "shot.png"
    code = (
        "import sys\n"
        "sys.argv = ['crosscheck', 'screenshot', sys.argv[1], sys.argv[2], '--size', '900x600']\n"
        "from desktop.__main__ import main\n"
        "code = main()\n"
        "print(sorted(m for m in ('spacy', 'desktop.core.compare') if m in sys.modules))\n"
        "raise SystemExit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code, str(out), str(saved)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("[]")  # shown without loading the language model
    assert QImage(str(out)).width() == 900


def test_a_single_argument_must_be_a_saved_comparison() -> None:
    from desktop.app import _parse

    assert _parse(["review.crosscheck"])[1] == [Path("review.crosscheck")]
    with pytest.raises(SystemExit):
        _parse(["left.txt"])
