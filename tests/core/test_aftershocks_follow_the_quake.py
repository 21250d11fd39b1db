"""Aftershocks follow the quake: "jolted the island on Sunday, followed by several aftershocks on
Monday" dates the quake Sunday and the aftershocks Monday. The quake's day is then the one the
lead gives the event, and a changed day in the other article's lead is a conflict."""

from __future__ import annotations

from tests.factories import compare_texts, conflict_texts

LEFT = (
    "Quake hits island\n\nAn earthquake measuring 5.6 on the Richter scale jolted Qeshm island "
    "off the southern coast on Sunday, followed by several aftershocks on Monday.\n\nThe "
    "aftershocks on Monday varied in magnitude.\n"
)


def test_the_quake_day_is_set_against_the_other_lead_not_the_aftershocks_day() -> None:
    report = compare_texts(
        LEFT,
        "Quake damages island\n\nAn earthquake with a magnitude of 5.6 on the Richter scale shook "
        "the southern island of Qeshm and caused damage to buildings in villages on Wednesday, a "
        "news agency reported.\n",
    )
    assert ({"Sunday"}, {"Wednesday"}) in conflict_texts(report)


def test_the_aftershocks_day_never_clashes_with_the_quake_day() -> None:
    report = compare_texts(
        LEFT,
        "Quake damages island\n\nAn earthquake with a magnitude of 5.6 on the Richter scale shook "
        "the southern island of Qeshm on Sunday, a news agency reported.\n",
    )
    assert conflict_texts(report) == []
