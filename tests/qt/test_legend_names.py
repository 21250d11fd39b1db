"""The key to the name colours on a laptop screen: the legend row has no room for all seven name
types, so it says how many it left out ("+5") and its tooltip names every type in its
colour. Before, the tail was dropped without a word and a date's pink bar went unexplained."""

from __future__ import annotations

import html

from desktop.core.results.palette import TYPE_GROUPS
from desktop.qt.legend import Legend, more_label


def test_a_narrow_legend_says_how_many_name_types_it_left_out_and_names_them_on_hover(
    qtbot,
) -> None:
    legend = Legend()
    qtbot.addWidget(legend)
    legend.resize(880, legend.sizeHint().height())  # the articles' width beside a side panel
    legend.grab()  # paint
    # Person and organisation, the commonest, keep their own key beside the count.
    assert 0 < legend.hidden_types <= len(TYPE_GROUPS) - 2
    assert more_label(legend.hidden_types) == f"+{legend.hidden_types}"
    tip = legend.toolTip()
    for label, _types in TYPE_GROUPS:
        assert html.escape(label) in tip, label


def test_a_wide_legend_shows_every_name_type_and_no_more_marker(qtbot) -> None:
    legend = Legend()
    qtbot.addWidget(legend)
    legend.resize(legend.sizeHint().width(), legend.sizeHint().height())
    legend.grab()
    assert legend.hidden_types == 0
