"""The status bar's progress words: a stage still at work ends in an ellipsis ("Loading language
model…"); the last one does not: "Done…" read as if something were still going on."""

from __future__ import annotations

from desktop.qt.main_window import MainWindow


def test_a_stage_at_work_trails_off_and_the_last_one_does_not(window: MainWindow) -> None:
    window.session.progressChanged.emit("Comparing", 0.6)
    assert window.stage.text() == "Comparing…"
    assert window.progress.value() == 60
    window.session.progressChanged.emit("Done", 1.0)
    assert window.stage.text() == "Done"
    assert window.progress.value() == 100
