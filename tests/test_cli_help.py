"""A new user types ``crosscheck --help`` and learns every way in: window, saved file, commands."""

from __future__ import annotations

import pytest

from desktop.__main__ import main


def test_help_says_how_to_open_the_window_a_saved_file_and_a_screenshot(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for line_start in (
        "  crosscheck  ",  # the window on the built-in sample
        "  crosscheck LEFT RIGHT ",
        "  crosscheck review.crosscheck ",
        "  crosscheck screenshot OUT.png",
    ):
        assert line_start in out
    assert "compare" in out and "export" in out
    assert max(len(line) for line in out.splitlines()) <= 100  # readable in a terminal


def test_screenshot_help_explains_the_screenshot_command_and_writes_no_file(
    capsys, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["screenshot", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: crosscheck screenshot" in out and "--size" in out and "OUT.png" in out
    assert list(tmp_path.iterdir()) == []  # "--help" is not taken for the picture's name


def test_screenshot_without_an_output_file_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["screenshot"])
    assert exit_info.value.code == 2
    assert "usage: crosscheck screenshot" in capsys.readouterr().err


def test_the_screenshot_size_may_come_before_the_articles(tmp_path) -> None:
    from desktop.app import _parse

    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    shot, files, size = _parse(
        ["screenshot", str(tmp_path / "out.png"), "--size", "1280x720", str(left), str(right)]
    )
    assert shot == tmp_path / "out.png" and files == [left, right] and size == (1280, 720)
