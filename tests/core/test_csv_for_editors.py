"""The CSV an editor opens in a spreadsheet, with no report beside it."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from desktop.core.export import CSV_ENCODING, export_csv
from desktop.core.export.csv import COLUMNS
from desktop.core.persistence.persist import SavedComparison
from tests.core.test_export import make_report


def _rows(saved: SavedComparison) -> list[dict[str, str]]:
    data = export_csv(saved).encode(CSV_ENCODING)
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_every_row_says_which_article_is_left_and_which_is_right() -> None:
    rows = _rows(SavedComparison(make_report()))

    assert {(r["left_article"], r["right_article"]) for r in rows} == {
        ("Aliyev <b>apologises</b>", "right.txt")
    }


def test_an_untitled_article_is_named_by_its_file_and_a_formula_title_is_not_run() -> None:
    report = make_report()
    left = replace(report.left.document, title="=HYPERLINK(1)", source="/news/untitled.html")
    right = replace(report.right.document, title="", source="/news/wire-story.txt")
    report = replace(
        report,
        left=replace(report.left, document=left),
        right=replace(report.right, document=right),
    )

    row = _rows(SavedComparison(report))[0]

    assert (row["left_article"], row["right_article"]) == ("'=HYPERLINK(1)", "wire-story.txt")


def test_the_article_columns_come_after_the_old_ones_so_scripts_by_position_still_work() -> None:
    assert COLUMNS[:9] == (
        "id",
        "kind",
        "type",
        "left_text",
        "right_text",
        "reason",
        "confidence",
        "status",
        "note",
    )
    assert COLUMNS[-2:] == ("left_article", "right_article")
