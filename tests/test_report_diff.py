"""A speed change is kept only when every report reads the same: tools.report_diff says so."""

from __future__ import annotations

from pathlib import Path

from tools.report_diff import diff


def _folder(root: Path, name: str, reports: dict[str, str]) -> Path:
    folder = root / name
    folder.mkdir()
    for file, body in reports.items():
        (folder / file).write_text(body, encoding="utf-8")
    return folder


def test_the_same_reports_before_and_after_pass(tmp_path: Path) -> None:
    old = _folder(tmp_path, "old", {"sample.json": '{"findings": []}\n'})
    new = _folder(tmp_path, "new", {"sample.json": '{"findings": []}\n'})
    assert diff(old, new) == 0


def test_a_verdict_changed_by_the_new_code_fails_the_check(tmp_path: Path) -> None:
    old = _folder(tmp_path, "old", {"sample.json": '{"kind": "agree"}\n'})
    new = _folder(tmp_path, "new", {"sample.json": '{"kind": "conflict"}\n'})
    assert diff(old, new) == 1


def test_a_report_the_new_code_did_not_write_fails_the_check(tmp_path: Path) -> None:
    old = _folder(tmp_path, "old", {"sample.json": "{}\n", "pair.json": "{}\n"})
    new = _folder(tmp_path, "new", {"sample.json": "{}\n"})
    assert diff(old, new) == 1
