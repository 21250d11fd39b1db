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
