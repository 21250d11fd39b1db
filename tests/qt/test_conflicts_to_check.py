"""Sure conflicts and conflicts to check in the window: the hand-made story holds one of each
("Ivan Kovgan" / "Ivan Petrov", a name told two ways the engine is sure of, and "6 weeks" /
"8 weeks", a figure clash under ``TO_CHECK_BELOW``). The two must look apart in the panes, the
overview strip, the link map, the legend and the findings table, and review the same."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat

from desktop.core.model import FindingKind, ReviewStatus, Side
from desktop.core.persistence.persist import SavedComparison, comparison_to_dict, save_comparison
from desktop.qt.findings_model import FINDING_ID_ROLE, Column
from desktop.qt.legend import LEGEND_KINDS
from desktop.qt.link_map import conflict_link_checks, conflict_links
from desktop.qt.main_window import MainWindow
from tests.factories import story_report
from tests.qt.qt_helpers import open_story, report_of, selections_on

SURE, CHECK = "f00", "f01"  # Ivan Kovgan / Ivan Petrov; 6 weeks / 8 weeks


@pytest.fixture
def comparing(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    return open_story(qtbot, window, tmp_path)


def _format(window: MainWindow, phrase: str) -> QTextCharFormat:
    """The finding's own format on ``phrase`` (not its sentence's tint), copied out of Qt."""
    found = [
        QTextCharFormat(s.format)
        for s in selections_on(window.view.text(Side.LEFT), phrase)
        if s.format.underlineStyle() is QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert found, f"no conflict painted on {phrase!r}"
    return found[-1]


def _table_rows(window: MainWindow) -> list[tuple[str, str]]:
    proxy = window.dock.proxy
    return [
        (str(proxy.index(r, 0).data(FINDING_ID_ROLE)), str(proxy.index(r, Column.KIND).data()))
        for r in range(proxy.rowCount())
    ]


def test_a_conflict_the_engine_is_unsure_of_is_drawn_as_one_to_check(
    comparing: MainWindow,
) -> None:
    window = comparing
    theme = window.view.theme
    sure, check = _format(window, "Ivan Kovgan"), _format(window, "6 weeks")

    # Both keep the conflict's wavy underline; only the sure one has the solid tint.
    for fmt in (sure, check):
        assert fmt.underlineStyle() is QTextCharFormat.UnderlineStyle.WaveUnderline
    assert sure.background().color() == theme.tint(FindingKind.CONFLICT)
    assert (
        check.background().color() == theme.check_format(FindingKind.CONFLICT).background().color()
    )
    assert check.background().color() != sure.background().color()
    assert check.background().color().lightness() > sure.background().color().lightness()

    pane = window.view.panes[Side.LEFT]
    pane.refresh_overview()
    marks = [m for m in pane.overview.marks() if m.kind is FindingKind.CONFLICT]
    assert sorted(m.to_check for m in marks) == [False, True]
    assert marks[-1].to_check is False  # the sure one is painted on top

    report = report_of(window.view)
    assert len(conflict_links(report)) == 2
    assert conflict_link_checks(report) == [False, True]
    assert (FindingKind.CONFLICT, "Conflict to check") in LEGEND_KINDS


def test_a_conflict_to_check_is_listed_under_the_sure_one_and_counted_apart(
    comparing: MainWindow,
) -> None:
    window = comparing
    rows = _table_rows(window)
    ids = [fid for fid, _verdict in rows]

    assert ids.index(SURE) < ids.index(CHECK)
    assert dict(rows)[SURE] == "≠ Conflict" and dict(rows)[CHECK] == "≠ To check"
    assert window.dock.kind_buttons[FindingKind.CONFLICT].text().endswith("(2, 1 to check)")
    assert window.view.summary.text().startswith("2 conflicts (1 to check), ")
    tip = window.dock.model.index(window.dock.model.row_of(CHECK) or 0, Column.KIND).data(
        3  # ToolTipRole
    )
    assert str(tip).startswith("Conflict — to check")


def test_a_sure_conflict_alone_shows_no_check_mark(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    report = story_report()
    sure_only = replace(report, findings=tuple(f for f in report.findings if f.id != CHECK))
    path = tmp_path / "sure.crosscheck"
    save_comparison(path, SavedComparison(report=sure_only))
    with qtbot.waitSignal(window.session.reportChanged, timeout=5_000):
        assert window.files.open_comparison(path)

    assert "to check" not in window.view.summary.text()
    assert "to check" not in window.dock.kind_buttons[FindingKind.CONFLICT].text()
    assert all(not m.to_check for m in window.view.panes[Side.LEFT].overview.marks())


def test_reviewing_a_conflict_to_check_works_as_for_a_sure_one(comparing: MainWindow) -> None:
    window = comparing
    assert window.review.set_status(ReviewStatus.DISMISSED, CHECK)
    dismissed = _format(window, "6 weeks")
    assert dismissed.background().color().alpha() < 255  # faded like any dismissed finding
    assert (
        window.dock.kind_buttons[FindingKind.CONFLICT]
        .text()
        .endswith("(2, 1 dismissed, 1 to check)")
    )

    window.action_table.undo.trigger()
    finding = window.session.finding(CHECK)
    assert finding is not None and finding.status is ReviewStatus.OPEN
    assert _format(window, "6 weeks").background().color() == (
        window.view.theme.check_format(FindingKind.CONFLICT).background().color()
    )


def test_an_old_saved_comparison_without_the_field_still_opens_and_shows_its_conflicts(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    data = comparison_to_dict(SavedComparison(report=story_report()))
    for f in data["report"]["findings"]:
        f.pop("to_check")
    path = tmp_path / "old.crosscheck"
    path.write_text(json.dumps(data), encoding="utf-8")
    with qtbot.waitSignal(window.session.reportChanged, timeout=5_000):
        assert window.files.open_comparison(path)

    assert window.view.summary.text().startswith("2 conflicts (1 to check), ")
    assert [fid for fid, _v in _table_rows(window)][:2] == [SURE, CHECK]
