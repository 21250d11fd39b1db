"""The PDF's findings: one table per finding, whose columns line up with the section's header."""

from __future__ import annotations

from desktop.core.export import export_html
from desktop.core.export.print_tables import with_widths
from tests.core.test_export_front_page import make_saved


def test_a_conflict_spanning_two_rows_gets_each_column_its_width() -> None:
    rows = (
        '<tr><td rowspan="2">1</td><td colspan="3">why</td></tr>'
        '<tr><td class="quote">left</td><td>right</td><td>review</td></tr>'
    )
    assert with_widths(rows, (5, 37, 37, 21)) == (
        '<tr><td width="5%" rowspan="2">1</td><td colspan="3">why</td></tr>'
        '<tr><td width="37%" class="quote">left</td><td width="37%">right</td>'
        '<td width="21%">review</td></tr>'
    )


def test_each_finding_of_the_printed_report_is_its_own_table_and_the_screen_one_is_not() -> None:
    printed = export_html(make_saved(), for_print=True).split("Appendix A")[0]
    screen = export_html(make_saved()).split("Appendix A")[0]
    conflicts = printed.split("Conflicts (2)")[1].split("<h2")[0]
    assert conflicts.count("<table") == 2 and conflicts.count("<thead>") == 1
    assert screen.split("Conflicts (2)")[1].split("<h2")[0].count("<table") == 1
