"""Saving for the first time: a journalist who opened two articles from the command line (or by
dropping them) is offered the articles' own folder, not the home folder; once a file dialog has
been used, its folder is offered again, as before. Export offers the same folder."""

from __future__ import annotations

from pathlib import Path

from desktop.qt.dialogs import HeadlessPrompts
from desktop.qt.main_window import MainWindow
from desktop.qt.settings import Settings
from tests.qt.qt_helpers import open_story


def _open_in(qtbot, window: MainWindow, folder: Path) -> None:
    folder.mkdir()
    open_story(qtbot, window, folder)


def test_the_first_save_offers_the_articles_folder(
    qtbot, window: MainWindow, prompts: HeadlessPrompts, settings: Settings, tmp_path: Path
) -> None:
    assert settings.last_dir == ""
    desk = tmp_path / "desk"
    _open_in(qtbot, window, desk)
    assert not window.files.save_as()  # the dialog is cancelled
    assert window.files.export("html") is False
    assert [path.parent for path in prompts.suggested] == [desk, desk]
    assert prompts.suggested[0].suffix == ".crosscheck"
    assert prompts.suggested[1].suffix == ".html"


def test_a_folder_used_before_is_offered_again(
    qtbot, window: MainWindow, prompts: HeadlessPrompts, settings: Settings, tmp_path: Path
) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    settings.last_dir = str(archive)
    _open_in(qtbot, window, tmp_path / "desk")
    assert not window.files.save_as()
    assert prompts.suggested[0].parent == archive
