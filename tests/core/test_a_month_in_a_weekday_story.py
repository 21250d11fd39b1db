"""An undated report whose opening dates its event by a weekday ("hit the island on Sunday") is
this week's news, and never dates its own event by a month alone: "A quake of magnitude 6.1
struck southern Iran in September, killing seven" tells an earlier quake, whose magnitude is no
reading of Sunday's. Told "on Sunday", the same sentence still gives Sunday's quake a reading
that clashes with the other article's."""

from __future__ import annotations

import pytest

from tests.factories import compare_texts, conflict_texts

_LEFT = (
    "Quake injures five on Gulf island\n\n"
    "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five "
    "people and damaging buildings, state media said. A powerful quake with a magnitude of 6.1 "
    "struck southern Iran {} near the port city of Bandar Abbas, killing at least seven people."
)
_RIGHT = (
    "Iran quake hurts three\n\n"
    "Iran's state television says a magnitude-5.2 quake has injured three people on the Gulf "
    "island of Qeshm. The U.S. Geological Survey put the quake's strength at magnitude 5.4."
)


def _clashes_with_the_usgs_reading(when: str) -> bool:
    found = conflict_texts(compare_texts(_LEFT.format(when), _RIGHT))
    return ({"6.1"}, {"5.4"}) in found


@pytest.mark.parametrize("when", ["in September", "in 2003"])
def test_a_quake_dated_by_a_month_or_year_alone_is_an_earlier_one(when: str) -> None:
    assert not _clashes_with_the_usgs_reading(when)


def test_the_same_quake_told_on_sunday_still_clashes() -> None:
    assert _clashes_with_the_usgs_reading("on Sunday")
