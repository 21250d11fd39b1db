"""Stories: a journalist mistypes an output path on the command line; nothing they have is lost,
and the message names the path they typed. The summary shows the report's notices."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop import cli
from desktop.core.model import Notice, NoticeCode, Side, Summary
from desktop.core.persistence.persist import SavedComparison, save_comparison
from tests.factories import report

LEFT = "The mayor, Anna Berg, said on Monday that 12 people were hurt.\n"
RIGHT = "Mayor Anna Berg said 14 people were hurt in the fire on Monday.\n"


def _articles(tmp_path: Path) -> tuple[Path, Path]:
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(LEFT, encoding="utf-8")
    right.write_text(RIGHT, encoding="utf-8")
    return left, right


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("option", ["--csv", "--json", "--html", "--save"])
def test_an_output_that_names_an_input_article_is_refused_and_the_article_kept(
    tmp_path: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    left, right = _articles(tmp_path)
    before = _digest(right)
    code = cli.main(["compare", str(left), str(right), option, str(right)])
    assert code == cli.EXIT_BAD_INPUT
    assert _digest(right) == before
    err = capsys.readouterr().err
    assert f"{option} {right}" in err and "one of the input files" in err


def test_the_same_input_spelled_another_way_is_still_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    left, right = _articles(tmp_path)
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    code = cli.main(["compare", str(left), str(right), "--csv", "../left.txt"])
    assert code == cli.EXIT_BAD_INPUT
    assert left.read_text(encoding="utf-8") == LEFT
    assert "one of the input files" in capsys.readouterr().err


def test_a_link_to_an_input_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    left, right = _articles(tmp_path)
    link = tmp_path / "link.csv"
    link.symlink_to(left)
    assert cli.main(["compare", str(left), str(right), "--csv", str(link)]) == cli.EXIT_BAD_INPUT
    assert left.read_text(encoding="utf-8") == LEFT


def test_exporting_over_the_saved_comparison_itself_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "story.crosscheck"
    save_comparison(saved, SavedComparison(report=report((LEFT, RIGHT), [])))
    before = _digest(saved)
    assert cli.main(["export", str(saved), "--html", str(saved)]) == cli.EXIT_BAD_INPUT
    assert _digest(saved) == before


def test_an_output_folder_that_does_not_exist_is_named_as_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    left, right = _articles(tmp_path)
    target = tmp_path / "no such folder" / "report.csv"
    assert cli.main(["compare", str(left), str(right), "--csv", str(target)]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert str(target) in err and "does not exist" in err
    assert ".tmp" not in err


def test_a_failed_write_names_the_users_path_not_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "story.crosscheck"
    save_comparison(saved, SavedComparison(report=report((LEFT, RIGHT), [])))
    target = tmp_path / "out.csv"

    def full_disk(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device", str(path.parent / f".{path.name}.x1.tmp"))

    monkeypatch.setattr("desktop.core.persistence.atomic.write_bytes_atomic", full_disk)
    assert cli.main(["export", str(saved), "--csv", str(target)]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert f"{target}: No space left on device" in err and ".tmp" not in err


def test_the_printed_summary_lists_the_notices_under_the_verdict() -> None:
    notices = (
        Notice(NoticeCode.LANGUAGE, Side.RIGHT, "The right article seems to be in German."),
        Notice(NoticeCode.SAME_TEXT, None, "Both sides are the same text."),
    )
    summary = Summary(0.8, 0.5, {}, "Not reliable: the right article ...", notices=notices)
    lines = cli.format_summary(report((LEFT, RIGHT), [], summary=summary)).splitlines()
    # The notices come first, before any verdict, so nobody reads the counts without them.
    assert lines[1:3] == [
        "Note: The right article seems to be in German.",
        "Note: Both sides are the same text.",
    ]


def test_a_summary_piped_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    """``crosscheck export review.crosscheck | head -1``: head leaves, and that is no error."""
    import os
    import subprocess
    import sys

    saved = tmp_path / "review.crosscheck"
    save_comparison(saved, SavedComparison(report=report((LEFT, RIGHT), [])))
    root = Path(__file__).resolve().parents[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "export", str(saved)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before a line is written
    with process.stderr:
        err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0
    assert "Broken pipe" not in err and "Traceback" not in err and "Exception" not in err
